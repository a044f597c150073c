"""The state of docs/ as the last run wrote it (generator/docs_state.py): files checked by stat, read only when it differs."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

import generator.cache as cache
from generator.build import build
from generator.docs_state import RACY_NS, DocsState
from tests.conftest import SEEDS


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def aged(path: Path, seconds: int = 60) -> None:
    """Set a file's modification time back (a file written this instant is not trusted by its stat)."""
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns - seconds * 10**9))


def recorded(tmp_path: Path, files: dict[str, bytes], age: bool = True) -> tuple[DocsState, cache.Store]:
    """A docs folder with these files, and its state as recorded and read back by the next run."""
    docs = tmp_path / "docs"
    for path, data in files.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(data)
        if age:
            aged(docs / path)
    store = cache.Store(tmp_path / "state.pickle")
    DocsState(docs).record(((p, sha(d)) for p, d in files.items()), store)
    store.save()
    store = cache.Store.load(tmp_path, "state")
    return DocsState.from_store(docs, store), store


def test_a_file_as_recorded_is_not_read(tmp_path, monkeypatch):
    state, _ = recorded(tmp_path, {"en/a.md": b"a\n"})
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    assert state.digest("en/a.md") == sha(b"a\n")


CHANGES = {
    "edited, other size": lambda p: p.write_bytes(b"a longer text\n"),
    "edited, same size and time": lambda p: (lambda t: (p.write_bytes(b"b\n"), os.utime(p, ns=(t, t + 1))))(p.stat().st_mtime_ns),
    "replaced by another file": lambda p: (p.unlink(), p.write_bytes(b"a\n")),
    "touched": lambda p: os.utime(p),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_file_changed_since_the_record_is_read(tmp_path, change):
    state, _ = recorded(tmp_path, {"en/a.md": b"a\n"})
    path = tmp_path / "docs" / "en" / "a.md"
    change(path)
    assert state.digest("en/a.md") == sha(path.read_bytes())


def test_a_removed_file_has_no_digest(tmp_path):
    state, _ = recorded(tmp_path, {"en/a.md": b"a\n"})
    (tmp_path / "docs" / "en" / "a.md").unlink()
    assert state.digest("en/a.md") is None


def test_a_file_modified_in_the_tick_of_the_record_or_later_is_not_trusted(tmp_path, monkeypatch):
    """An edit within the clock tick of the record could keep the time the file shows: such a file is read next time."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_bytes(b"a\n")
    later = DocsState(docs).clock_tick() + 60 * 10**9  # (not before the tick of the record below)
    os.utime(docs / "a.md", ns=(later, later))
    record = DocsState(docs).recordable([("a.md", sha(b"a\n"))])
    assert record == {}
    state = DocsState(docs, record)
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    assert state.digest("a.md") == sha(b"a\n") and read


def test_a_file_written_a_moment_before_the_record_is_recorded(tmp_path):
    """Git's rule, not a fixed margin: a page written 100 ms before the record (an earlier tick of the clock) is
    recorded, and the next run takes it by its stat (the last 2 s of a large build's writes were read again)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_bytes(b"a\n")
    status = (docs / "a.md").stat()
    os.utime(docs / "a.md", ns=(status.st_atime_ns, status.st_mtime_ns - 100_000_000))
    assert set(DocsState(docs).recordable([("a.md", sha(b"a\n"))])) == {"a.md"}
    assert not [p.name for p in tmp_path.iterdir() if "clock" in p.name]  # the file made to read the clock is gone


def test_without_a_file_beside_the_folder_the_margin_is_racy_ns(tmp_path, monkeypatch):
    """Where nothing can be made beside the folder (read-only seeds), a file modified less than RACY_NS ago is not recorded."""
    import tempfile

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_bytes(b"a\n")
    status = (docs / "a.md").stat()
    os.utime(docs / "a.md", ns=(status.st_atime_ns, status.st_mtime_ns - 100_000_000))

    def refused(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refused)
    assert DocsState(docs).recordable([("a.md", sha(b"a\n"))]) == {} and RACY_NS > 100_000_000
    aged(docs / "a.md")
    assert set(DocsState(docs).recordable([("a.md", sha(b"a\n"))])) == {"a.md"}


def test_an_unchanged_record_is_not_written_again(tmp_path):
    state, store = recorded(tmp_path, {"en/a.md": b"a\n"})
    state.record([("en/a.md", sha(b"a\n"))], store)
    assert store.computed == 0


def test_a_build_checks_kept_pages_by_stat_and_sees_a_hand_edit(tmp_path, monkeypatch):
    """Second run: the files of the first, aged, are recorded; third run: none is read, and an edited page is made again."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "project" / "docs"
    build(seeds, docs)
    for path in docs.rglob("*"):
        if path.is_file():
            aged(path)
    build(seeds, docs)  # reads and hashes every file, and records them
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    edited = next(p for p in sorted(docs.glob("*/*.md")) if p.parent.name not in ("entities", "events", "stories"))
    text = edited.read_bytes()
    read.clear()
    build(seeds, docs)
    assert not [p for p in read if docs in p.parents and p.suffix == ".md"]  # every page taken by its stat
    edited.write_bytes(text.replace(b"\n", b" \n", 1))
    build(seeds, docs)
    assert edited.read_bytes() == text  # the hand edit was seen: the page was made again
