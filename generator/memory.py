"""Giving memory back to the system between the build's stages, and keeping what lives long out of the cycle collector's way.

Why: reading, annotating and assembling a large corpus allocate and free many short-lived values;
the C allocator keeps the freed pages, so the process stays at its high-water mark. Rendering forks
its workers from that process, and each starts with the parent's resident pages. Trimming the heap
before the fork lets the pages that hold nothing go.

Python's cycle collector scans every object in its oldest generation at each full collection, and
runs one each time that generation has grown by a quarter: while a build loads the gazetteer, the
cached annotations and the site model (millions of objects that live to the end of the build), most
of those scans find nothing (a one-change run at 1,000 articles spent 1.1 s of 8 in them, 16 %).
`set_aside` moves what the process holds at the end of such a load to the permanent generation
(`gc.freeze`), which collections do not scan; Python's documentation of `gc.freeze` gives the same
advice before forking workers, whose collections would otherwise write to every shared page.
Objects set aside are still freed when nothing refers to them; only a reference cycle among them is
not collected, and the data loaded at these points (records, tuples, dicts, lists) has none.

While such values are being made, the collector still runs a full collection each time the oldest
generation has grown by a quarter: a run after one changed article at 10,000 articles spent 9.4 s of
57 in 43 of them (unpickling the cached annotations, assembling the site model), and they found 108
objects to free in all. `collector_paused` leaves the collector off through those stages and sets
aside what they made; forked workers turn it on again (`in_worker`): their work is open-ended.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import resource
from contextlib import contextmanager
from functools import lru_cache

log = logging.getLogger("dossier")


@lru_cache(maxsize=1)
def _libc():
    """The C library, if it is glibc (malloc_trim is a glibc function); None elsewhere."""
    name = ctypes.util.find_library("c")
    try:
        library = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return library if library is not None and hasattr(library, "malloc_trim") else None


def resident_megabytes() -> int | None:
    """This process's resident memory in MB (Linux), for the log; None where /proc is not there."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * resource.getpagesize() // 2**20
    except (OSError, ValueError, IndexError):
        return None


def give_back() -> None:
    """Collect garbage, return the free pages of the C heap to the system (glibc; elsewhere nothing), and set aside what is left."""
    before = resident_megabytes()
    gc.collect()
    library = _libc()
    if library is not None:
        library.malloc_trim(0)
    set_aside()
    log.debug("memory: %s MB resident before, %s MB after giving back", before, resident_megabytes())


def set_aside() -> None:
    """Leave every object this process holds now out of the cycle collector's scans (they live long; see the module)."""
    gc.freeze()


_paused = False  # the collector was turned off by pause_collector (not by the program that runs the build)


@contextmanager
def collector_paused():
    """Run the block without automatic cyclic collections, and set aside what it made (see the module)."""
    if not pause_collector():
        yield  # within another pause, or off anyway: left as it is
        return
    try:
        yield
    finally:
        resume_collector()


def pause_collector() -> bool:
    """Turn automatic collections off until resume_collector (for a stage spread over MkDocs' events); False if
    they were off already."""
    global _paused
    if _paused or not gc.isenabled():
        return False
    gc.disable()
    _paused = True
    return True


def resume_collector() -> None:
    """Set aside what was made since pause_collector and turn collections on again (nothing if none was paused)."""
    global _paused
    if _paused:
        _paused = False
        set_aside()
        gc.enable()


def in_worker() -> None:
    """In a forked worker: turn the collector on again if the parent paused it (a worker's work is open-ended)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()
