"""Grouping by shared keys: items are compared only with items that share a key, each pair once."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable


def connected_groups(keys_of: list[Iterable[str]], linked: Callable[[int, int], bool],
                     usable: Callable[[str], bool] = lambda key: True) -> list[list[int]]:
    """Groups of item indexes, joined wherever two items share a usable key and `linked` says so.

    Comparing only items that share a key keeps the cost near-linear when keys are specific.
    """
    parent = list(range(len(keys_of)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holders: dict[str, list[int]] = defaultdict(list)
    for index, keys in enumerate(keys_of):
        for key in dict.fromkeys(keys):
            holders[key].append(index)
    compared: set[tuple[int, int]] = set()
    for key in sorted(holders):
        if not usable(key):
            continue
        members = holders[key]
        for position, i in enumerate(members):
            for j in members[position + 1:]:
                if (i, j) not in compared:
                    compared.add((i, j))
                    if root(i) != root(j) and linked(i, j):
                        parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(keys_of)):
        groups[root(index)].append(index)
    return sorted(groups.values())
