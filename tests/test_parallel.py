"""Per-item work on every core: the same results in every case, and workers only where enough items are worth them."""
from __future__ import annotations

import os

import pytest

from generator.parallel import WORKERS_VARIABLE, parallel_map, parallel_unordered


def _square_and_process(shared, item):
    return item * item + shared, os.getpid()


@pytest.mark.parametrize(("count", "items_per_worker", "processes"), [
    (0, 4, 0),
    (7, 4, 1),    # fewer than two workers' worth: in this process
    (8, 4, 2),    # two workers' worth
    (40, 32, 1),  # the default: 32 items a worker
    (64, 32, 2),
    (5, 1, 2),    # never more workers than asked for (DOSSIER_WORKERS=2)
])
def test_unordered_results_are_the_items_results_on_as_many_workers_as_the_items_are_worth(
        monkeypatch, count, items_per_worker, processes):
    monkeypatch.setenv(WORKERS_VARIABLE, "2")
    found = dict(parallel_unordered(_square_and_process, list(range(count)), 10, items_per_worker=items_per_worker))
    assert sorted(found) == list(range(count))
    assert [found[i][0] for i in range(count)] == [i * i + 10 for i in range(count)]
    pids = {pid for _, pid in found.values()}
    assert len(pids) <= processes and (os.getpid() in pids) == (processes == 1)
    if processes == 2:
        assert os.getpid() not in pids


def test_ordered_results_are_in_item_order(monkeypatch):
    monkeypatch.setenv(WORKERS_VARIABLE, "2")
    assert [value for value, _ in parallel_map(_square_and_process, list(range(100)), 1)] == [i * i + 1 for i in range(100)]


def test_advance_counts_every_item(monkeypatch):
    monkeypatch.setenv(WORKERS_VARIABLE, "2")
    done = []
    list(parallel_unordered(_square_and_process, list(range(9)), 0, done.append, items_per_worker=4))
    assert sum(done) == 9
