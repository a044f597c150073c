"""The spool of rendered files: values on disk, docs/ files kept as references, written as a dict would be."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from generator.spool import Spool, remove_leftovers
from generator.writer import write_docs


def test_values_are_on_disk_and_read_back(tmp_path):
    docs = tmp_path / "docs"
    spool = Spool(docs)
    spool["en/a.md"] = b"a\n"
    spool["index.md"] = "é\n".encode("utf-8")
    assert dict(spool) == {"en/a.md": b"a\n", "index.md": "é\n".encode("utf-8")}
    assert spool.holder("en/a.md").parent == spool.folder and spool.holder("en/a.md").read_bytes() == b"a\n"
    spool.remove()
    assert not spool.folder.exists()


def test_a_kept_file_is_the_docs_file(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en").mkdir(parents=True)
    (docs / "en" / "a.md").write_bytes(b"old\n")
    spool = Spool(docs)
    spool.keep("en/a.md", hashlib.sha256(b"old\n").hexdigest())
    assert spool.holder("en/a.md") == docs / "en" / "a.md" and spool["en/a.md"] == b"old\n"
    assert spool.digest("en/a.md") == hashlib.sha256(b"old\n").hexdigest()
    assert not spool.folder.exists()  # nothing spooled, no folder made


def test_write_from_a_spool_as_from_a_dict(tmp_path):
    """The same files through a spool and through a dict: the same docs/, and unchanged files keep their inode."""
    files = {"index.md": b"# Home\n", "en/a.md": b"a\n", "en/b.md": b"b\n"}
    by_dict, by_spool = tmp_path / "one" / "docs", tmp_path / "two" / "docs"
    write_docs(files, by_dict)
    write_docs(files, by_spool)
    inode = (by_spool / "en" / "a.md").stat().st_ino
    second = {**files, "en/b.md": b"changed\n"}
    write_docs(second, by_dict)
    spool = Spool(by_spool)
    spool.keep("en/a.md", hashlib.sha256(b"a\n").hexdigest())
    spool.keep("index.md", hashlib.sha256(b"# Home\n").hexdigest())
    spool["en/b.md"] = b"changed\n"
    summary = write_docs(spool, by_spool)
    spool.remove()
    assert (summary.written, summary.unchanged) == (1, 3)  # b.md; a.md, index.md and the manifest
    assert {p.relative_to(by_spool): p.read_bytes() for p in by_spool.rglob("*") if p.is_file()} == \
        {p.relative_to(by_dict): p.read_bytes() for p in by_dict.rglob("*") if p.is_file()}
    assert (by_spool / "en" / "a.md").stat().st_ino == inode


@pytest.mark.parametrize("second", [b"same text\n", b"same size\n", b"a longer text\n"])
def test_spooled_values_are_compared_and_written_without_being_read_whole(tmp_path, monkeypatch, second):
    """A spooled value (knowledge.json is 150 MB at 10,000 articles) is compared with docs/ and copied as a file."""
    docs = tmp_path / "docs"
    write_docs({"data.json": b"same text\n"}, docs)
    spool = Spool(docs)
    spool["data.json"] = second
    monkeypatch.setattr(Spool, "__getitem__", lambda self, path: pytest.fail(f"{path} read whole"))
    summary = write_docs(spool, docs)
    spool.remove()
    assert (docs / "data.json").read_bytes() == second
    assert summary.written == (0 if second == b"same text\n" else 1)


def test_a_killed_run_s_spool_is_removed(tmp_path):
    docs = tmp_path / "docs"
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f".docs.spool-{int(ended.stdout)}"
    alive = tmp_path / f".docs.spool-{os.getppid()}"
    for folder in (dead, alive):
        folder.mkdir()
        (folder / "1").write_bytes(b"x")
    remove_leftovers(docs)
    assert not dead.exists() and alive.exists()


@pytest.mark.parametrize("parts", [[b"one"], [b"{\n", b'"a": 1', b"\n}\n"], [], [b"", "Тайский ไทย".encode()]])
def test_a_value_written_in_parts_is_the_parts_joined_in_a_spool_and_in_a_dict(tmp_path, parts):
    """put_parts gives the same bytes whether the files are spooled (written part by part) or held in a dict."""
    from generator.spool import put_parts

    spool, held = Spool(tmp_path / "docs"), {}
    put_parts(spool, "knowledge.json", iter(parts))
    put_parts(held, "knowledge.json", iter(parts))
    assert spool["knowledge.json"] == held["knowledge.json"] == b"".join(parts)
    spool.remove()
