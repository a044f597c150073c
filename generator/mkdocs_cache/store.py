"""The on-disk store of the MkDocs cache: entries appended to a few segment files, found by an index, checked when read.

Why segments and not a file per entry: opening a file is the cost. On this kind of machine (a
virtualised file system) opening, reading and closing one small file takes about 85 µs whatever
its size; a build that takes three entries per page from the cache spent more time opening files
than reading them (at 1,000 articles 1.3 s for 14,415 files; one read of the same bytes from one
file took 0.2 s). Each entry is now one `pread` at a known offset.

- Every process that stores entries appends them to a segment of its own (`segment-<pid>-<n>.bin`):
  forked workers write side by side without a lock, and each record says what it is (its key, the
  payload's length and SHA-256), so a segment can be read without its index.
- The index (`index.pickle`, with its own SHA-256) maps each key to its segment, offset and length.
  A segment the index does not know (a worker's, or one left by a build that stopped) is read
  record by record and added; a record cut short ends its segment.
- At the end of a build (`finish`) the entries it did not use are dropped from the index. A segment
  that is less than half used, or one too many, is copied (its used entries only) into a new one, so
  the store stays about the size of one site and a build after one change appends one small segment.
- A damaged record (wrong key, length or SHA-256) or an unreadable segment is a miss, never trusted.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import struct
from collections import Counter
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.dossier.cache")

_HEADER = struct.Struct("<HQ")  # the key's length, the payload's length; then the key, the payload's SHA-256, the payload
_DIGEST = 32
_INDEX = "index.pickle"
_PREFIX, _SUFFIX = "segment-", ".bin"
MAX_SEGMENTS = 8  # beyond this many, the smallest are copied into one
_READ_CHUNK = 1 << 20


def _record(key: str, payload: bytes) -> bytes:
    name = key.encode("utf-8")
    return _HEADER.pack(len(name), len(payload)) + name + hashlib.sha256(payload).digest() + payload


def _payload(record: bytes, key: str) -> bytes | None:
    """The payload of a record read back for key, or None if it is not that key's record, whole and unchanged."""
    name = key.encode("utf-8")
    start = _HEADER.size + len(name) + _DIGEST
    if len(record) < start or _HEADER.unpack_from(record) != (len(name), len(record) - start):
        return None
    if record[_HEADER.size:_HEADER.size + len(name)] != name:
        return None
    payload = record[start:]
    return payload if hashlib.sha256(payload).digest() == record[start - _DIGEST:start] else None


class EntryStore:
    """Entries (plain values) by key, under one folder; remembers which keys this build used."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()
        self.hits = 0
        self.written = 0
        self.places: dict[str, tuple[str, int, int]] = {}  # key -> (segment, offset, length of its record)
        self._scanned: dict[str, int] = {}  # segment -> how many of its bytes are indexed
        self._readers: dict[str, int] = {}  # segment -> a descriptor open for reading
        self._writer: tuple[int, str, int] | None = None  # (process id, segment, descriptor) this process appends to
        self._end = 0  # the size of the segment this process appends to
        self._load_index()
        self.refresh()

    def get(self, key: str) -> Any | None:
        """The entry stored under key, or None (missing, damaged or unreadable)."""
        self.used.add(key)
        place = self.places.get(key)
        if place is None:
            return None
        segment, offset, length = place
        try:
            payload = _payload(os.pread(self._reader(segment), length, offset), key)
            if payload is None:
                return None
            value = pickle.loads(payload)
        except Exception:  # a damaged cache is a miss, never a failed build
            return None
        self.hits += 1
        return value

    def has(self, key: str) -> bool:
        """Whether the index has an entry under key (not checked: `get` checks it)."""
        return key in self.places

    def put(self, key: str, value: Any) -> None:
        """Store an entry: appended to this process's segment (a write cut short is a record `refresh` ignores)."""
        self.used.add(key)
        try:
            self._append(key, _record(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))
        except OSError as error:  # the cache only saves time: failing to write it is not worth failing the build
            log.debug("%s: the MkDocs cache entry could not be written (%s)", self.folder, error)
            self._close_writer()
            return
        self.written += 1

    def _append(self, key: str, record: bytes) -> None:
        """Append a record to this process's segment and index it there."""
        segment, descriptor = self._segment()
        if os.write(descriptor, record) != len(record):
            raise OSError("a short write")
        self.places[key] = (segment, self._end, len(record))
        self._end += len(record)

    def refresh(self) -> None:
        """Index the records of the segments written since the index was read (by workers, or a build that stopped)."""
        try:
            names = sorted(p.name for p in self.folder.iterdir() if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX))
        except OSError:
            return
        for segment in names:
            if self._writer is None or segment != self._writer[1]:
                self._scan(segment)

    def finish(self, keep: set[str] | None) -> int:
        """Save the index for the next build, the entries not in keep dropped (None: all kept); how many were dropped."""
        self.refresh()
        self._close_writer()
        live = self.places if keep is None else {k: p for k, p in self.places.items() if k in keep}
        removed = len(self.places) - len(live)
        try:
            self.places = self._compact(live)
            self._save_index()
            self._remove_unindexed()
        except OSError as error:  # only time is lost: the next build scans the segments again
            log.debug("%s: the MkDocs cache index could not be saved (%s)", self.folder, error)
        finally:
            self._close_readers()
        return removed

    def close(self) -> None:
        """Let go of the open segments (a failed build: its records are indexed by the next one's `refresh`)."""
        self._close_writer()
        self._close_readers()

    def _segment(self) -> tuple[str, int]:
        """The segment this process appends to (a forked worker opens its own)."""
        if self._writer is not None and self._writer[0] == os.getpid():
            return self._writer[1], self._writer[2]
        self.folder.mkdir(parents=True, exist_ok=True)
        for number in range(1000):
            segment = f"{_PREFIX}{os.getpid()}-{number}{_SUFFIX}"
            try:
                descriptor = os.open(self.folder / segment, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
                break
            except FileExistsError:
                continue
        else:
            raise OSError("no free segment name")
        self._writer, self._end = (os.getpid(), segment, descriptor), 0
        self._scanned[segment] = 0
        return segment, descriptor

    def _close_writer(self) -> None:
        if self._writer is not None and self._writer[0] == os.getpid():
            os.close(self._writer[2])
            self._scanned[self._writer[1]] = self._end
        self._writer = None

    def _reader(self, segment: str) -> int:
        descriptor = self._readers.get(segment)
        if descriptor is None:
            descriptor = self._readers[segment] = os.open(self.folder / segment, os.O_RDONLY)
        return descriptor

    def _close_readers(self) -> None:
        for descriptor in self._readers.values():
            os.close(descriptor)
        self._readers.clear()

    def _scan(self, segment: str) -> None:
        """Index a segment's records from where the index left off; a record cut short (or unreadable) ends it."""
        offset = self._scanned.get(segment, 0)
        try:
            with open(self.folder / segment, "rb", buffering=_READ_CHUNK) as stream:
                size = os.fstat(stream.fileno()).st_size
                stream.seek(offset)
                while offset + _HEADER.size <= size:
                    key_length, payload_length = _HEADER.unpack(stream.read(_HEADER.size))
                    length = _HEADER.size + key_length + _DIGEST + payload_length
                    if offset + length > size:
                        break
                    key = stream.read(key_length).decode("utf-8", "replace")
                    stream.seek(_DIGEST + payload_length, os.SEEK_CUR)
                    self.places.setdefault(key, (segment, offset, length))  # the first record of a key stands
                    offset += length
        except (OSError, struct.error):
            pass
        self._scanned[segment] = offset

    def _compact(self, live: dict[str, tuple[str, int, int]]) -> dict[str, tuple[str, int, int]]:
        """The places of the live entries, those of little-used or surplus segments copied into a new segment."""
        used_bytes = Counter()
        for segment, _, length in live.values():
            used_bytes[segment] += length
        sizes = {segment: self._scanned.get(segment, 0) for segment in used_bytes}
        worth_keeping = sorted((s for s in used_bytes if 2 * used_bytes[s] >= sizes[s]), key=lambda s: (-sizes[s], s))
        if len(worth_keeping) == len(used_bytes) <= MAX_SEGMENTS:
            return live  # every segment mostly used, and few of them
        copied = set(used_bytes) - set(worth_keeping[:MAX_SEGMENTS - 1])
        places = {k: p for k, p in live.items() if p[0] not in copied}
        moved = sorted(((p, k) for k, p in live.items() if p[0] in copied))
        for (segment, offset, length), key in moved:
            record = os.pread(self._reader(segment), length, offset)
            if _payload(record, key) is None:
                continue  # damaged: dropped rather than copied
            self._append(key, record)
            places[key] = self.places[key]
        self._close_writer()
        return places

    def _save_index(self) -> None:
        segments = {segment for segment, _, _ in self.places.values()}
        write_checked(self.folder / _INDEX, pickle.dumps({"scanned": {s: self._scanned[s] for s in sorted(segments)},
                                                          "places": self.places}, protocol=pickle.HIGHEST_PROTOCOL))

    def _load_index(self) -> None:
        try:
            data = read_checked(self.folder / _INDEX)
            if data is None:
                return
            index = pickle.loads(data)
            scanned, places = dict(index["scanned"]), dict(index["places"])
        except Exception:  # missing or damaged: the segments are read record by record instead
            return
        self._scanned, self.places = scanned, places

    def _remove_unindexed(self) -> None:
        """Remove every file here that is neither the index nor a segment it refers to (and entries of older layouts)."""
        keep = {_INDEX} | {segment for segment, _, _ in self.places.values()}
        for path in sorted(self.folder.iterdir()):
            if path.name in keep:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def write_checked(path: Path, data: bytes) -> None:
    """Write a file whole (a temporary file renamed), its SHA-256 before the data (read_checked); raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_bytes(hashlib.sha256(data).digest() + data)
    os.replace(temporary, path)


def read_checked(path: Path) -> bytes | None:
    """The data write_checked wrote, or None if the file is missing, unreadable or damaged (a miss, never another value)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data[_DIGEST:] if hashlib.sha256(data[_DIGEST:]).digest() == data[:_DIGEST] else None


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
