"""Per-item work on every core: reading, annotating and rendering do not depend on one another.

Worker processes are forked, so they share what the parent built (the registry's automaton, the
site model) without pickling it; only the items and the results cross between processes. Results
come back in the order of the items, so the output does not depend on the number of workers.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from typing import Any, Callable, Iterator, Sequence, TypeVar

from generator import memory

Item = TypeVar("Item")
Result = TypeVar("Result")

WORKERS_VARIABLE = "DOSSIER_WORKERS"
_MINIMUM_ITEMS = 32  # below this, starting processes costs more than it saves
# A chunk's results cross as one message and wait whole in the worker and in this process. Rendering's
# jobs range up to tens of megabytes (the entity pages of the most named entities): chunks of a
# thousand jobs (20,000 jobs at 10,000 articles) made gigabyte spikes in both. Sending a chunk costs
# well under a millisecond, so a small cap costs nothing measurable.
_MAXIMUM_CHUNK = 16
_shared: Any = None  # what the workers read, set before they are forked


def worker_count() -> int:
    """How many processes to use: DOSSIER_WORKERS if set, else the cores this process may run on."""
    configured = os.environ.get(WORKERS_VARIABLE, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parallel_map(function: Callable[[Any, Item], Result], items: Sequence[Item], shared: Any = None,
                 advance: Callable[[int], None] | None = None) -> list[Result]:
    """[function(shared, item) for item in items], on every core when there are enough items.

    `advance(1)` is called in this process as each result arrives (for a progress display).
    """
    return list(parallel_results(function, items, shared, advance))


def parallel_results(function: Callable[[Any, Item], Result], items: Sequence[Item], shared: Any = None,
                     advance: Callable[[int], None] | None = None) -> Iterator[Result]:
    """function(shared, item) for each item in order, each yielded as it arrives (the caller need not hold them all)."""
    return (result for _, result in _results(function, items, shared, advance, ordered=True))


def parallel_unordered(function: Callable[[Any, Item], Result], items: Sequence[Item], shared: Any = None,
                       advance: Callable[[int], None] | None = None,
                       items_per_worker: int = _MINIMUM_ITEMS) -> Iterator[tuple[int, Result]]:
    """(position, function(shared, item)) for each item, in the order they finish.

    For work whose results vary a thousandfold in size (rendering): in item order, the results that
    finish while one large item is still being made wait in this process, hundreds of megabytes at
    10,000 articles. The caller must not let the order reach its output. `items_per_worker`: the
    fewest items worth a worker (fewer for items that each take a good part of a second).
    """
    return _results(function, items, shared, advance, ordered=False, items_per_worker=items_per_worker)


def _results(function: Callable[[Any, Item], Result], items: Sequence[Item], shared: Any,
             advance: Callable[[int], None] | None, ordered: bool,
             items_per_worker: int = _MINIMUM_ITEMS) -> Iterator[tuple[int, Result]]:
    """(position, result) for each item: in item order, or as they finish."""
    advance = advance or _nothing
    workers = min(worker_count(), len(items) // max(1, items_per_worker) or 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for position, item in enumerate(items):
            yield _counted((position, function(shared, item)), advance)
        return
    global _shared
    _shared = shared
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker) as pool:
            tasks = ((function, position, item) for position, item in enumerate(items))
            # imap, not map: in the order of the items, each as soon as its chunk is done.
            mapped = pool.imap if ordered else pool.imap_unordered
            for found in mapped(_call_at, tasks, chunksize=_chunk(items, workers)):
                yield _counted(found, advance)
    finally:
        _shared = None


def _chunk(items: Sequence, workers: int) -> int:
    """How many items go to a worker at a time: small chunks (fewer would cost less to send but make the progress display jump)."""
    return max(1, min(len(items) // (workers * 8), _MAXIMUM_CHUNK))


def _counted(result: Result, advance: Callable[[int], None]) -> Result:
    """The result, once counted as done."""
    advance(1)
    return result


def _nothing(count: int) -> None:
    """No progress display."""


def _call_at(task: tuple[Callable[[Any, Item], Result], int, Item]) -> tuple[int, Result]:
    """Run in a worker: the function over one item, with the item's position."""
    function, position, item = task
    return position, function(_shared, item)


def _start_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them (otherwise each would print a traceback), and
    collect cycles even where the parent paused its collector (generator/memory.py)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    memory.in_worker()
