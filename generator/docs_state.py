"""What docs/ held when the last run wrote it: each generated file's size, modification time, inode and SHA-256.

Why: a second run keeps every page whose inputs did not change, after checking that the file is still
in docs/ as the last run wrote it; reading and hashing docs/ for that (900 MB at 10,000 articles) took
several seconds. A file whose size, modification time and inode are as recorded holds the recorded
bytes, as git and make take it: editing a file changes its modification time. A file modified in the
tick of the file system's clock in which the record is made, or later, is not recorded (an edit within
that tick would not show), so it is read and hashed on the next run, and recorded then. The tick is
found as git finds it for its index ("racy git"): by the modification time of a file made beside the
folder as the record is made, so a clock of coarse ticks (2 s on FAT) is taken as it is. Where no file
can be made there, or it lands on another file system, a file modified less than RACY_NS before the
record is not recorded. (Before: always RACY_NS, so the last 2 s of a large build's writes, 21,000 of
33,000 pages at 10,000 articles, were read and hashed again by the next run.)
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path
from typing import Iterable

RACY_NS = 2_000_000_000
_KEY = "docs"  # the one entry of its cache table


class DocsState:
    """The SHA-256 of the files of one docs folder: from the last run's record when their stat says so, else read."""

    def __init__(self, docs_dir: Path, recorded: dict | None = None):
        self.docs_dir = docs_dir
        self.recorded = recorded or {}  # path -> (size, mtime_ns, inode, sha256)
        self._root = os.fspath(docs_dir)  # joined as a string: a pathlib object per file was a second at 10,000 articles

    @classmethod
    def from_store(cls, docs_dir: Path, store, key: str = _KEY) -> "DocsState":
        """The state recorded in a cache table (generator.cache.Store) by the last run (under key: one per folder)."""
        return cls(docs_dir, store.get(key))

    def digest(self, path: str) -> str | None:
        """The SHA-256 of docs/<path> (None if it cannot be read)."""
        try:
            full = os.path.join(self._root, path)
            status = os.stat(full)
            recorded = self.recorded.get(path)
            if recorded is not None and recorded[:3] == (status.st_size, status.st_mtime_ns, status.st_ino):
                return recorded[3]
            return hashlib.sha256(Path(full).read_bytes()).hexdigest()
        except OSError:
            return None

    def record(self, digests: Iterable[tuple[str, str]], store, key: str = _KEY) -> None:
        """Record the files just written or read (path, SHA-256) in a cache table, for the next run."""
        state = self.recordable(digests)
        if state != self.recorded:  # (else the table need not be written again)
            store.put(key, state)

    def recordable(self, digests: Iterable[tuple[str, str | None]]) -> dict:
        """What can be recorded of these files (path, SHA-256): each one's stat and digest, but for racy ones (see the module)."""
        made_before = self.clock_tick()
        state = {}
        for path, digest in digests:
            try:
                status = os.stat(os.path.join(self._root, path))
            except OSError:
                continue
            if digest is not None and status.st_mtime_ns < made_before:
                state[path] = (status.st_size, status.st_mtime_ns, status.st_ino, digest)
        return state

    def clock_tick(self) -> int:
        """The modification time a file made now beside the folder gets (see the module), else RACY_NS before now."""
        try:
            folder = self.docs_dir.resolve()
            with tempfile.NamedTemporaryFile(dir=folder.parent, prefix=f".{folder.name}.clock-") as marker:
                status = os.fstat(marker.fileno())
                if status.st_dev == os.stat(folder).st_dev:
                    return status.st_mtime_ns
        except OSError:  # a folder beside which nothing can be written (read-only seeds): the fixed margin
            pass
        return time.time_ns() - RACY_NS
