"""The on-disk store of the MkDocs cache: one file per entry, named by its key, checked when read.

One file per entry (not one table): forked workers write side by side without a lock, a build
reads only the entries it needs, and memory stays flat at any corpus size. Each file is a SHA-256
of the payload followed by the payload (a pickle of plain values the hook wrote itself): a damaged
or truncated file fails the check and is a miss, never trusted.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.dossier.cache")

_DIGEST = 32


class EntryStore:
    """Entries (plain values) by key (hex), under one folder; remembers which keys this build used."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()
        self.hits = 0
        self.written = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> Any | None:
        """The entry stored under key, or None (missing, damaged or unreadable)."""
        self.used.add(key)
        try:
            data = self._path(key).read_bytes()
        except OSError:
            return None
        payload = data[_DIGEST:]
        if len(data) <= _DIGEST or hashlib.sha256(payload).digest() != data[:_DIGEST]:
            return None
        try:
            value = pickle.loads(payload)
        except Exception:  # a damaged cache is a miss, never a failed build
            return None
        self.hits += 1
        return value

    def has(self, key: str) -> bool:
        """Whether an entry file exists under key (not checked: `get` checks it)."""
        return self._path(key).is_file()

    def put(self, key: str, value: Any) -> None:
        """Store an entry (atomically: a killed build leaves no half-written file under the key)."""
        self.used.add(key)
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{key}.{os.getpid()}")
            temporary.write_bytes(hashlib.sha256(payload).digest() + payload)
            os.replace(temporary, path)
            self.written += 1
        except OSError as error:  # the cache only saves time: failing to write it is not worth failing the build
            log.debug("%s: the MkDocs cache entry could not be written (%s)", path, error)

    def prune(self, keep: set[str]) -> int:
        """Remove every entry (and left-over temporary file) whose key is not in keep; how many were removed."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for sub in sorted(self.folder.iterdir()):
            if not sub.is_dir():
                continue
            for path in sub.iterdir():
                if path.name not in keep:
                    try:
                        path.unlink()
                        removed += 1
                    except OSError:
                        pass
        return removed


_SOURCES = "sources.pickle"


def load_sources(folder: Path, fingerprint: str) -> dict:
    """The state of each page's source as the last finished build under this fingerprint read it ({} if none or damaged)."""
    try:
        stored = pickle.loads((folder / _SOURCES).read_bytes())
        return stored["sources"] if stored.get("fingerprint") == fingerprint else {}
    except Exception:  # a missing or damaged table only means more pages are converted ahead
        return {}


def save_sources(folder: Path, fingerprint: str, sources: dict) -> None:
    """Keep the state of each page's source for the next build (atomically)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{_SOURCES}.{os.getpid()}"
        temporary.write_bytes(pickle.dumps({"fingerprint": fingerprint, "sources": sources}))
        os.replace(temporary, folder / _SOURCES)
    except OSError as error:  # only time is lost
        log.debug("%s: the state of the sources could not be written (%s)", folder, error)
