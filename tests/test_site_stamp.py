"""The site stamp (generator/mkdocs_cache/stamp.py): `make site` skips `mkdocs build` only when the site is
what a build would make now. One table: each change to what MkDocs reads, or to the built site, makes it
not current; nothing changed (or a file rewritten with the same text) leaves it current.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from generator.mkdocs_cache import stamp

CONFIG = """site_name: Test
INHERIT: !ENV [TEST_STAMP_CORPUS, docs/.dossier/corpus.yml]
docs_dir: !ENV [TEST_STAMP_DOCS, docs]
theme:
  name: material
  custom_dir: theme
hooks:
  - hooks/one.py
"""


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project with a configuration (INHERIT, a hook, a theme folder), docs/ and a site recorded as built."""
    monkeypatch.delenv("TEST_STAMP_CORPUS", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    files = {"mkdocs.yml": CONFIG, "docs/.dossier/corpus.yml": "nav:\n- Home: index.md\n",
             "docs/index.md": "# Home\n", "docs/en/a.md": "# A\n\nText.\n", "theme/main.html": "{{ page.content }}",
             "hooks/one.py": "def on_config(config):\n    return config\n",
             "site/index.html": "<h1>Home</h1>", "site/en/a.html": "<h1>A</h1>"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    stamp.record(tmp_path / "mkdocs.yml", tmp_path / "docs", tmp_path / "site")
    return tmp_path


def current(project: Path) -> bool:
    return stamp.is_current(project / "mkdocs.yml", project / "docs", project / "site")


def rewrite(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_nothing_changed_is_current(project):
    assert current(project)


def test_a_docs_file_rewritten_with_the_same_text_is_current(project):
    """The docs folder is compared by content: the generator or a copy that rewrites a file leaves it current."""
    path = project / "docs" / "en" / "a.md"
    os.utime(path, ns=(1, 1))
    rewrite(path, path.read_text(encoding="utf-8"))
    assert current(project)


CHANGES = {
    "a docs page edited, same size": lambda p: rewrite(p / "docs/en/a.md", "# B\n\nText.\n"),
    "a docs page added": lambda p: rewrite(p / "docs/en/b.md", "# B\n"),
    "a docs page removed": lambda p: (p / "docs/en/a.md").unlink(),
    "the inherited corpus configuration": lambda p: rewrite(p / "docs/.dossier/corpus.yml", "nav:\n- Start: index.md\n"),
    "mkdocs.yml": lambda p: rewrite(p / "mkdocs.yml", CONFIG.replace("site_name: Test", "site_name: Other")),
    "a theme template": lambda p: rewrite(p / "theme/main.html", "<main>{{ page.content }}</main>"),
    "a hook": lambda p: rewrite(p / "hooks/one.py", "def on_config(config):\n    return None\n"),
    "a site page edited by hand": lambda p: (rewrite(p / "site/index.html", "<h1>Mine</h1>"),
                                             os.utime(p / "site/index.html", ns=(1, 1))),
    "a site page deleted": lambda p: (p / "site/en/a.html").unlink(),
    "a file added to the site": lambda p: rewrite(p / "site/extra.html", "x"),
    "the site folder deleted": lambda p: [f.unlink() for f in sorted((p / "site").rglob("*.html"))],
    "the stamp deleted": lambda p: stamp.stamp_path(p / "docs").unlink(),
    "the stamp damaged": lambda p: rewrite(stamp.stamp_path(p / "docs"), '{"inputs": '),
    "the stamp of another site": lambda p: rewrite(
        stamp.stamp_path(p / "docs"),
        json.dumps({**json.loads(stamp.stamp_path(p / "docs").read_text(encoding="utf-8")), "site": "/elsewhere"})),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_makes_the_site_not_current(project, change):
    CHANGES[change](project)
    assert not current(project)


@pytest.mark.parametrize("name, value", [("SOURCE_DATE_EPOCH", "1800000000"), ("DOSSIER_MKDOCS_CACHE", "0"),
                                         ("TEST_STAMP_CORPUS", "docs/.dossier/other.yml")])
def test_a_changed_variable_makes_the_site_not_current(project, monkeypatch, name, value):
    """The build date, a DOSSIER_* setting, and an !ENV value of the configuration (here its INHERIT) count."""
    rewrite(project / "docs/.dossier/other.yml", "nav:\n- Other: index.md\n")
    stamp.record(project / "mkdocs.yml", project / "docs", project / "site")
    monkeypatch.setenv(name, value)
    assert not current(project)


def test_forget_makes_the_site_not_current(project):
    stamp.forget(project / "docs")
    assert not current(project)


def test_a_check_that_finds_the_site_not_current_drops_the_stamp(project):
    """A failed build after it never leaves the old stamp current."""
    rewrite(project / "docs/index.md", "# Changed\n")
    assert not stamp.check(project / "mkdocs.yml", project / "docs", project / "site")
    assert not stamp.stamp_path(project / "docs").exists()


def test_the_record_writes_the_inputs_the_check_found(project, monkeypatch):
    """The inputs are hashed once per build, by the check: the record after the build takes that hash."""
    rewrite(project / "docs/index.md", "# Changed\n")
    assert not stamp.check(project / "mkdocs.yml", project / "docs", project / "site")
    with monkeypatch.context() as patched:
        patched.setattr(stamp, "inputs_key", lambda *a: pytest.fail("the record hashed the inputs again"))
        stamp.record(project / "mkdocs.yml", project / "docs", project / "site")
    assert current(project)
    assert not stamp._pending_path(project / "docs").exists()


def test_a_file_edited_during_the_build_makes_the_next_check_build(project):
    """The record writes the inputs as the build found them, not as they are after it."""
    rewrite(project / "docs/index.md", "# Changed\n")
    assert not stamp.check(project / "mkdocs.yml", project / "docs", project / "site")
    rewrite(project / "docs/index.md", "# Changed during the build\n")
    stamp.record(project / "mkdocs.yml", project / "docs", project / "site")
    assert not current(project)


@pytest.mark.parametrize("pending", ["", "{", '{"inputs": 1}', '{"inputs": "x", "config": "/elsewhere.yml", "docs": "/d"}'],
                         ids=["empty", "cut-short", "not-a-hash", "another-project"])
def test_a_damaged_or_foreign_pending_hash_is_not_recorded(project, pending):
    """The record hashes the inputs itself then: the site is current, and nothing else is taken for its inputs."""
    rewrite(project / "docs/index.md", "# Changed\n")
    stamp._pending_path(project / "docs").write_text(pending, encoding="utf-8")
    stamp.record(project / "mkdocs.yml", project / "docs", project / "site")
    assert current(project)


def test_check_says_current_and_exits_0_else_1(project, capsys):
    arguments = ["--config", str(project / "mkdocs.yml"), "--docs", str(project / "docs"), "--site", str(project / "site")]
    assert stamp.main(["check", *arguments]) == 0
    assert "up to date" in capsys.readouterr().out
    rewrite(project / "docs/index.md", "# Changed\n")
    assert stamp.main(["check", *arguments]) == 1


def _aged(project: Path) -> None:
    """Every docs file modified long ago (out of the racy window), and the stamp recorded again."""
    for path in (project / "docs").rglob("*"):
        if path.is_file():
            os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    stamp.record(project / "mkdocs.yml", project / "docs", project / "site")


def _known(project: Path) -> dict:
    return stamp._known_digests(project / "docs")


def test_a_docs_file_whose_stat_is_as_recorded_is_not_read_again(project):
    """Its recorded digest stands for it (as git and make take a file's stat): shown by a recorded digest that is not its content's."""
    _aged(project)
    known = _known(project)
    assert set(known) == {".dossier/corpus.yml", "index.md", "en/a.md"}
    size, mtime, inode, _ = known["en/a.md"]
    stamp._keep_digests(project / "docs", {**known, "en/a.md": (size, mtime, inode, "0" * 64)})
    assert not current(project)  # the stamp was made from the true digest; the table's false one was taken
    stamp._keep_digests(project / "docs", known)
    assert current(project)


def test_an_edit_that_keeps_size_and_modification_time_is_seen_within_the_racy_window(project):
    """Files modified in the clock tick of the check or later are not recorded: read again at every check."""
    path = project / "docs" / "en" / "a.md"
    later = time.time_ns() + 60 * 10**9  # (a tick the check cannot be before)
    os.utime(path, ns=(later, later))
    stamp.check(project / "mkdocs.yml", project / "docs", project / "site")
    assert "en/a.md" not in _known(project)
    rewrite(path, "# B\n\nText.\n")  # same size
    os.utime(path, ns=(later, later))
    assert not current(project)


def test_an_edit_after_the_record_changes_the_stat_and_is_seen(project):
    _aged(project)
    rewrite(project / "docs" / "en" / "a.md", "# B\n\nText.\n")
    assert not current(project)


@pytest.mark.parametrize("table", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_damaged_digest_table_only_means_every_file_is_read(project, table):
    _aged(project)
    stamp._digests_path(project / "docs").write_bytes(table)
    assert current(project)
    rewrite(project / "docs" / "index.md", "# Changed\n")
    stamp._digests_path(project / "docs").write_bytes(table)
    assert not current(project)


def test_the_digest_table_is_kept_when_the_stamp_is_forgotten(project):
    _aged(project)
    stamp.forget(project / "docs")
    assert _known(project)


def test_the_files_of_a_folder_are_listed_as_sorted_rglob_lists_them(tmp_path):
    """The walk without pathlib gives the paths and order the stamp held before (folders entered in name
    order, a folder before a file whose name it starts, a linked folder listed by rglob but not entered)."""
    for name in ("a/b.html", "a.md", "a-b/c.html", "a/z/deep.js", ".hidden/x", "B.html", "b.html", "é.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name, encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "linked.md").symlink_to(tmp_path / "a.md")
    expected = [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*")) if p.is_file()]
    assert [path for path, _ in stamp._files_under(str(tmp_path))] == expected
    assert "linked.md" in expected and not any(path.startswith("linked/") for path in expected)
