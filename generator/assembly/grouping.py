"""Grouping by shared keys: items are compared only with items that share a key, each pair once."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable


class UnionFind:
    """Disjoint sets of item indexes 0..n-1, joined pair by pair."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def root(self, i: int) -> int:
        """The representative of the set that holds i."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Merge the sets of i and j."""
        a, b = self.root(i), self.root(j)
        if a != b:
            self.parent[b] = a

    def groups(self) -> list[list[int]]:
        """Every set, as its sorted indexes; the sets in order of their smallest index."""
        groups: dict[int, list[int]] = defaultdict(list)
        for index in range(len(self.parent)):
            groups[self.root(index)].append(index)
        return sorted(groups.values())


def connected_groups(keys_of: list[Iterable[str]], linked: Callable[[int, int], bool],
                     usable: Callable[[str], bool] = lambda key: True) -> list[list[int]]:
    """Groups of item indexes, joined wherever two items share a usable key and `linked` says so.

    Comparing only items that share a key keeps the cost near-linear when keys are specific.
    """
    sets = UnionFind(len(keys_of))
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
                    if sets.root(i) != sets.root(j) and linked(i, j):
                        sets.join(i, j)
    return sets.groups()
