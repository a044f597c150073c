"""The generated files between rendering and writing, kept on disk instead of in memory.

Why: every page of docs/ is rendered before any is written (entity pages need every article, and
docs/ is replaced in one swap), and at 10,000 articles the pages are gigabytes. Each rendered page
goes to a spool folder beside docs/ as it is made, written there by the worker process that rendered
it (its text never crosses to the parent: the largest jobs make tens of megabytes); a file already
in docs/ as it should be is kept as a reference to it.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from collections.abc import Iterable, Iterator, MutableMapping
from pathlib import Path

from generator.writer import process_running

_KIND = "spool"


@dataclass(frozen=True)
class Spooled:
    """A page a worker process wrote into the spool folder itself: its file, SHA-256 and template key."""

    holder: Path
    digest: str
    key: str | None = None


def spool_page(folder: Path, name: str, text: str) -> Spooled:
    """Write a rendered page into the spool folder (in a worker: its text never crosses to the parent)."""
    data = text.encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    holder = folder / f"page-{name}"  # never a number alone: those are the Spool's own
    holder.write_bytes(data)
    return Spooled(holder, hashlib.sha256(data).hexdigest(), getattr(text, "key", None))


class Spool(MutableMapping):
    """docs-relative path -> bytes, each value in a file (a spool file, or a docs/ file kept as it is)."""

    def __init__(self, docs_dir: Path):
        self.docs_dir = docs_dir
        self.folder = docs_dir.parent / f".{docs_dir.name}.{_KIND}-{os.getpid()}"
        self._holders: dict[str, Path] = {}
        self._digests: dict[str, str] = {}  # path -> SHA-256 of its value (known as it is made or kept)
        self._count = 0
        remove_leftovers(docs_dir)

    def __setitem__(self, path: str, data: bytes) -> None:
        if self._count == 0:
            self.folder.mkdir(parents=True, exist_ok=True)
        self._count += 1
        holder = self.folder / str(self._count)  # numbered: a docs path may not be a valid flat name
        holder.write_bytes(data)
        self._holders[path] = holder
        self._digests[path] = hashlib.sha256(data).hexdigest()

    def write_parts(self, path: str, parts: Iterable[bytes]) -> None:
        """Set path's value from its parts, written as they come (a large file is never whole in memory)."""
        self[path] = b""
        digest = hashlib.sha256()
        with self._holders[path].open("wb") as holder:
            for part in parts:
                digest.update(part)
                holder.write(part)
        self._digests[path] = digest.hexdigest()

    def adopt(self, path: str, page: Spooled) -> None:
        """Hold a page a worker wrote into this spool's folder as the value of path."""
        self._holders[path] = page.holder
        self._digests[path] = page.digest

    def keep(self, path: str, digest: str) -> None:
        """Hold docs/<path> as the file's value, as it is now (the caller checked its bytes: their SHA-256)."""
        self._holders[path] = self.docs_dir / path
        self._digests[path] = digest

    def digest(self, path: str) -> str:
        """The SHA-256 of path's value."""
        return self._digests[path]

    def holder(self, path: str) -> Path:
        """The file whose bytes are the value of path."""
        return self._holders[path]

    def __getitem__(self, path: str) -> bytes:
        return self._holders[path].read_bytes()

    def __contains__(self, path) -> bool:
        return path in self._holders  # (Mapping's own reads the value to find out)

    def __delitem__(self, path: str) -> None:
        del self._holders[path]
        del self._digests[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._holders)

    def __len__(self) -> int:
        return len(self._holders)

    def remove(self) -> None:
        """Delete the spool folder (files already linked into docs/ stay there)."""
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_leftovers(docs_dir: Path) -> None:
    """Remove the spool folders of earlier runs that were killed (their process is gone, or it is this one's id)."""
    for leftover in docs_dir.parent.glob(f".{_escaped(docs_dir.name)}.{_KIND}-*"):
        pid = leftover.name.rpartition("-")[2]
        if pid.isdigit() and (int(pid) == os.getpid() or not process_running(int(pid))):
            shutil.rmtree(leftover, ignore_errors=True)


def _escaped(name: str) -> str:
    """A file name with glob's special characters taken literally."""
    import glob

    return glob.escape(name)


def put_parts(files: MutableMapping[str, bytes], path: str, parts: Iterable[bytes]) -> None:
    """files[path] = the parts joined: written part by part into a spool, joined in any other mapping."""
    if isinstance(files, Spool):
        files.write_parts(path, parts)
    else:
        files[path] = b"".join(parts)
