"""Giving memory back to the system between the build's stages.

Why: reading, annotating and assembling a large corpus allocate and free many short-lived values;
the C allocator keeps the freed pages, so the process stays at its high-water mark. Rendering forks
its workers from that process, and each starts with the parent's resident pages. Trimming the heap
before the fork lets the pages that hold nothing go.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import resource
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
    """Collect garbage and return the free pages of the C heap to the system (glibc; elsewhere nothing)."""
    before = resident_megabytes()
    gc.collect()
    library = _libc()
    if library is not None:
        library.malloc_trim(0)
    log.debug("memory: %s MB resident before, %s MB after giving back", before, resident_megabytes())
