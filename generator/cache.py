"""The build cache: per-article results and page keys of the last run, so a second run redoes only what changed.

Every entry is keyed by a content hash that includes the generator's own code, templates and
pinned requirements (`code_fingerprint`): a cached value is reused only when recomputing it would
give the same result. The cache lives beside docs/ (`.dossier-cache/`), is never published, and a
missing, stale or unreadable cache only makes the run slower, never different.
"""
from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from generator.memory import collector_paused

log = logging.getLogger("dossier")

CACHE_DIR_NAME = ".dossier-cache"
_FORMAT = 2  # bump when what is stored changes shape
_PACKAGE = Path(__file__).parent
_PENDING = object()  # a table value not read from the file yet
_FINGERPRINTED = ("*.py", "*.j2", "*.css", "*.js", "*.po", "*.html", "requirements.txt")


def cache_dir_for(docs_dir: Path) -> Path:
    """Where the cache of a docs folder lives: beside it, so that tests and projects never share one."""
    return docs_dir.resolve().parent / CACHE_DIR_NAME


def table_prefix(docs_dir: Path) -> str:
    """The start of the names of a docs folder's tables: two docs folders side by side (docs-a/, docs-b/,
    one corpus each) share the cache folder but not its tables, so neither run throws the other's away."""
    return f"{docs_dir.resolve().name}."


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the generator's code, templates, assets and pinned requirements: any change empties the cache."""
    digest = hashlib.sha256(f"format {_FORMAT}".encode())
    paths = sorted({p for pattern in _FINGERPRINTED for p in _PACKAGE.rglob(pattern)
                    if "node_modules" not in p.parts and "__pycache__" not in p.parts})
    for path in paths:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def content_key(*parts: Any) -> str:
    """A hash of the code fingerprint and the pickled parts (strings, bytes and frozen records)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        data = part if isinstance(part, bytes) else _canonical_pickle(part)
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def _canonical_pickle(value: Any) -> bytes:
    """Pickled without the memo: equal values give equal bytes whether or not they share objects.

    (A normal pickle writes a second reference to one object as a back-reference, so a value read
    from the cache and the same value computed afresh would hash differently.)
    """
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(value)
    return stream.getvalue()


@dataclass
class Store:
    """One table of the cache (key -> value), its keys read at the start, its values when first asked for, saved whole at the end.

    Only the entries used in this run are saved, so the table never grows beyond one corpus. Each value
    is pickled on its own: a run unpickles only the values it asks for, and saves the entries it did not
    compute as the bytes they are in the last run's file (after one changed article, a table of a
    thousand is not pickled again). Values are read from the file one at a time, never the table whole:
    at 10,000 articles a table is 100-150 MB that would otherwise stay in memory beside its values.
    """

    path: Path | None
    entries: dict[str, Any] = field(default_factory=dict)
    used: dict[str, Any] = field(default_factory=dict)
    hits: int = 0
    computed: int = 0
    _stream: Any = field(default=None, repr=False)  # the open table file (its values read from it as asked for)
    _sizes: list[int] = field(default_factory=list, repr=False)  # the pickled size of each value, in key order
    _places: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)  # key -> (offset, size) of its value in the file, once checked
    _checked: bool = field(default=False, repr=False)  # the values' digest checked (once)
    _new: set[str] = field(default_factory=set, repr=False)  # keys put in this run (pickled again on save)
    _digest: str | None = field(default=None, repr=False)  # the SHA-256 of the values as saved
    _released: bool = field(default=False, repr=False)  # saved before the end of the run, its values let go

    def _close(self) -> None:
        """Let go of the table file (its values are not needed any more)."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    @classmethod
    def load(cls, cache_dir: Path | None, name: str, fresh: bool = False) -> "Store":
        """The table `name` of the cache folder (empty if there is none, it cannot be read, or `fresh` is asked for).

        Only the table's keys are read now; its values when one of them is first asked for (a table
        whose keys all changed, as the site model's after an edit, is never unpickled).
        """
        if cache_dir is None:
            return cls(None)
        path = cache_dir / f"{name}.pickle"
        if fresh:
            return cls(path)
        store = cls(path)
        try:
            stream = path.open("rb")  # kept open until the values are read: a build that replaces the file meanwhile is not seen
            header = pickle.load(stream)
            if header.get("code") == code_fingerprint() and len(header.get("keys", ())) == len(header.get("sizes", ())):
                store.entries = dict.fromkeys(header["keys"], _PENDING)
                store._sizes = list(header["sizes"])
                store._digest = header.get("digest")
                store._stream = stream
            else:
                stream.close()
        except FileNotFoundError:
            pass
        except Exception as error:  # a damaged cache is rebuilt, never trusted
            log.info("%s: the build cache could not be read (%s); it is rebuilt", path, error)
        return store

    def get(self, key: str) -> Any | None:
        """The value stored under key (None if there is none); counts as used."""
        if key in self.entries:
            if self.entries[key] is _PENDING:
                self._check_values()
                self._unpickle(key)
            if key in self.entries:
                self.hits += 1
                self.used[key] = self.entries[key]
                return self.entries[key]
        return None

    def peek(self, key: str) -> Any | None:
        """The value stored under key by the last run, not counted as used (not saved again unless used otherwise)."""
        if key not in self.entries or key in self.used:
            return self.get(key) if key in self.used else None
        value = self.get(key)
        if value is not None:
            self.hits -= 1
            del self.used[key]
        return value

    def take(self, key: str) -> Any | None:
        """The value stored under key, counted as used but not held: saved again as its bytes in the last run's file.

        For a table whose values are each needed once and are larger together than a build can hold (the
        word forms of every field of the search index: several hundred MB as objects at 10,000 articles).
        """
        value = self.get(key)
        if value is not None and key in self._places and key not in self._new:
            self.entries[key] = self.used[key] = _PENDING
        return value

    def _check_values(self) -> None:
        """Check the values after the keys against their digest, block by block (once); a damaged rest empties the table."""
        if self._checked or self._stream is None:
            return
        self._checked = True
        try:
            start, total, digest = self._stream.tell(), 0, hashlib.sha256()
            for block in iter(lambda: self._stream.read(_COPY_BUFFER), b""):
                digest.update(block)
                total += len(block)
            if total != sum(self._sizes) or digest.hexdigest() != self._digest:
                raise ValueError("the values do not match the keys")  # no value of a damaged table is used
            for key, size in zip(self.entries, self._sizes):
                self._places[key] = (start, size)
                start += size
        except Exception as error:  # a damaged cache is rebuilt, never trusted
            log.info("%s: the build cache could not be read (%s); it is rebuilt", self.path, error)
            self.entries, self._places = {}, {}
            self._close()

    def _value_bytes(self, key: str) -> bytes:
        """One value as pickled in the last run's file (pread: forked processes share the file's position)."""
        offset, size = self._places[key]
        data = os.pread(self._stream.fileno(), size, offset)
        if len(data) != size:
            raise ValueError(f"the file ends {size - len(data)} bytes early")
        return data

    def _unpickle(self, key: str) -> None:
        """Unpickle one value read from the file; a damaged one empties the table."""
        if key not in self._places:
            return
        try:
            self.entries[key] = pickle.loads(self._value_bytes(key))
        except Exception as error:  # a damaged cache is rebuilt, never trusted
            log.info("%s: the build cache could not be read (%s); it is rebuilt", self.path, error)
            self.entries, self._places = {}, {}

    def keep(self, keys) -> bool:
        """Count these entries as used, their values unread (saved again as they are); False, and nothing done, unless they are the table's."""
        keys = list(keys)
        if set(keys) != self.entries.keys():
            return False
        self.hits += len(keys)
        self.used.update(self.entries)
        return True

    def retain(self, keys) -> None:
        """Count these entries of the last run as used, their values unread (saved again as their bytes); others are ignored."""
        for key in keys:
            if key in self.entries and key not in self.used:
                self.used[key] = self.entries[key]

    def keep_all(self) -> None:
        """Count every entry of the last run as used in this one (they are saved again)."""
        self.keep(self.entries)

    def put(self, key: str, value: Any) -> None:
        """Store a value for this run and the next."""
        self.computed += 1
        self.used[key] = value
        self._new.add(key)

    def save(self) -> None:
        """Write the entries used in this run (atomically: a killed run leaves the old table)."""
        if self.path is None or self._released:
            return
        if any(key not in self._new for key in self.used):  # entries of the last run: saved as they were read
            self._check_values()
        old = [key not in self._new and key in self._places for key in self.used]
        if any(value is _PENDING and not kept for kept, value in zip(old, self.used.values())):
            return  # the rest of the old table was damaged: the next run rebuilds what it lacks
        # A value of the last run is copied as its bytes in the last run's file; one computed in this run is pickled.
        blobs = (self._value_bytes(key) if kept else None for kept, key in zip(old, self.used))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            # The values go to a file of their own first, each pickled straight into it: the site model's
            # pickle is hundreds of MB at 10,000 articles, more than the build's peak had room for as bytes.
            with tempfile.TemporaryFile(dir=self.path.parent) as values:
                sizes, digest = _write_values(values, blobs, self.used.values())
                with temporary.open("wb") as stream:  # the keys and sizes first, then the values (see load)
                    pickle.dump({"code": code_fingerprint(), "keys": list(self.used), "sizes": sizes,
                                 "digest": digest}, stream, protocol=pickle.HIGHEST_PROTOCOL)
                    values.seek(0)
                    shutil.copyfileobj(values, stream, _COPY_BUFFER)
            os.replace(temporary, self.path)  # (the old file stays readable through its open stream)
        except OSError as error:  # the cache only saves time: failing to write it is not worth failing the build
            log.info("%s: the build cache could not be written (%s); the next run will be a full one", self.path, error)

    def save_if_changed(self) -> None:
        """Write the table unless it is the one on disk already (every entry read and used, none computed)."""
        if self.computed or self.used.keys() != self.entries.keys():
            self.save()

    def save_and_release(self) -> None:
        """Write the table if it changed and let go of its values (nothing more is asked of it or put in it this run).

        A table of per-article work is complete before the build's end; at 10,000 articles its values are
        hundreds of MB that would stay in memory through assembly, and in every forked renderer.
        """
        self.save_if_changed()
        self._close()
        self._released = True
        self.entries, self.used, self._places, self._new = {}, {}, {}, set()


_COPY_BUFFER = 1 << 20


class _Hashed:
    """A file that hashes what is written to it (pickle.dump writes its frames straight through)."""

    def __init__(self, file):
        self.file, self.digest = file, hashlib.sha256()

    def write(self, data) -> int:
        self.digest.update(data)
        return self.file.write(data)


def _write_values(file, blobs: list, values) -> tuple[list[int], str]:
    """Write each value (its bytes as read, or pickled now) one after the other; their sizes and the SHA-256 of all."""
    hashed, sizes = _Hashed(file), []
    for blob, value in zip(blobs, values):
        start = file.tell()
        if blob is not None:
            hashed.write(blob)
        else:
            pickle.dump(value, hashed, protocol=pickle.HIGHEST_PROTOCOL)
        sizes.append(file.tell() - start)
    return sizes, hashed.digest.hexdigest()


@dataclass
class Caches:
    """The tables of one build: seeds as read, articles as annotated, the site model, the keys of the pages written, per-article assembly work."""

    read: Store
    annotate: Store
    pages: Store
    assemble: Store  # the summary of the site model of the last run's articles, registry and overrides, and its files' digests
    texts: Store  # what assembly computes from one article's text alone (word sequences of uncased text)

    @classmethod
    def load(cls, cache_dir: Path | None, fresh: bool = False, prefix: str = "") -> "Caches":
        """The caches in a folder (None: no cache; fresh: start empty and write them anew), tables named prefix + table."""
        return cls(*(Store.load(cache_dir, prefix + name, fresh) for name in ("read", "annotate", "pages", "assemble", "texts")))

    def save(self) -> None:
        """Write every table (after docs/ was written, so that page keys match the files on disk)."""
        for store in (self.read, self.annotate, self.pages, self.assemble, self.texts):
            store.save_if_changed()

    def summary(self) -> str:
        """Hits and misses, for the log."""
        tables = (("seeds", self.read), ("annotations", self.annotate), ("site model and files", self.assemble), ("article texts", self.texts),
                  ("pages", self.pages))
        return "; ".join(f"{name} {store.hits} reused, {store.computed} computed" for name, store in tables)


def stored(store: Store | None, kind: str, function, *arguments: Any) -> Any:
    """function(*arguments), or the value the store holds for the same kind and arguments (without a store: computed)."""
    if store is None:
        return function(*arguments)
    key = content_key(kind, *arguments)
    found = store.get(key)  # a 1-tuple: None is a value too
    if found is None:
        found = (function(*arguments),)
        store.put(key, found)
    return found[0]


def cached_map(store: Store, function, items: list, keys: list[str | None], shared: Any = None,
               advance: Callable[[int], None] | None = None) -> list:
    """[function(shared, item) for item in items], taking the value stored under an item's key when there is one.

    Items without a key (None) are always computed; the rest run on every core (generator.parallel).
    `advance(n)` counts items done, the cached ones at once (for a progress display).
    """
    from generator.parallel import parallel_map  # the cache is usable without multiprocessing

    # The values taken from the store and those made live on, and hold no cycles (generator/memory.py).
    with collector_paused():
        found = [store.get(key) if key is not None else None for key in keys]
        missing = [i for i, value in enumerate(found) if value is None]
        if advance is not None:
            advance(len(items) - len(missing))
        for i, value in zip(missing, parallel_map(function, [items[i] for i in missing], shared, advance)):
            found[i] = value
            if keys[i] is not None:
                store.put(keys[i], value)
    return found
