"""The build through its command line: help, exit codes, bad input, escaping, determinism, docs/ safety."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, build_project
from generator.cache import CACHE_DIR_NAME

GOOD = (
    "Flood waters rose across the valley on Tuesday as heavy rain continued for a third day. "
    "Local officials opened emergency shelters in two schools and asked residents of low-lying streets to leave.\n\n"
    "The weather service expects the rain to ease by Thursday, but warned that rivers would stay high all weekend.\n"
)
RUSSIAN = (
    "Москва, 12 марта 2024 года. Правительство области подписало соглашение о сотрудничестве с китайскими "
    "партнёрами. Делегация посетила несколько промышленных предприятий и обсудила поставки "
    "сельскохозяйственной продукции.\n\n"
    "Губернатор заявил, что новые проекты создадут сотни рабочих мест в регионе. Переговоры продолжатся "
    "в следующем месяце в Пекине, где стороны обсудят инвестиции в транспорт и туризм.\n"
)
RUSSIAN_WORD = "сельскохозяйственной"
COUNTS = re.compile(r"docs: (\d+) files written, (\d+) unchanged, (\d+) removed")


def _random_bytes(seed: int, count: int, low: int = 0) -> bytes:
    """Reproducible random bytes."""
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(count))


# name, content, what the reason must say (a regex)
BAD_FILES = [
    pytest.param("empty.txt", b"", r"empty", id="empty"),
    pytest.param("blank.txt", b"  \n\t\n   \r\n  ", r"empty|white space", id="whitespace-only"),
    pytest.param("x.txt", b"\x00" * 64 + _random_bytes(1, 2000), r"binary", id="binary-nul-random"),
    pytest.param("nuls.txt", b"Text\x00with\x00nul\x00bytes\x00" * 50, r"binary", id="utf8-with-nuls"),
    pytest.param("undecodable.txt", _random_bytes(7, 3000, low=128), r"not UTF-8|encoding", id="undecodable"),
    pytest.param("bom8.txt", codecs.BOM_UTF8 + GOOD.encode() + b"\xff\xfe\xc3\x28", r"UTF|decod|encoding",
                 id="utf8-bom-then-invalid-bytes"),
    pytest.param("bom16.txt", GOOD.encode("utf-16") + b"A", r"UTF|decod|encoding", id="utf16-bom-truncated"),
]


def generator(*args: object) -> subprocess.CompletedProcess:
    """Run `python -m generator ...` from the project root; no run may end in a traceback."""
    result = subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=ROOT, capture_output=True, text=True)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def corpus(folder: Path, files: dict[str, bytes | str]) -> Path:
    """A seeds folder holding the given files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def seed_copy(folder: Path) -> Path:
    """A writable copy of the real seed corpus."""
    shutil.copytree(SEEDS, folder, copy_function=shutil.copyfile)
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, relative path -> bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def stats(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under a folder with its bytes, mtime and inode."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def counts(stderr: str) -> tuple[int, int, int]:
    """(written, unchanged, removed) from the build's INFO line."""
    match = COUNTS.search(stderr)
    assert match, stderr
    return tuple(int(n) for n in match.groups())


def knowledge(docs: Path) -> dict:
    """The parsed knowledge.json of a docs folder."""
    return json.loads((docs / "knowledge.json").read_text(encoding="utf-8"))


def article_of(docs: Path, source_file: str) -> dict:
    """The knowledge.json record of the article read from one seed file."""
    found = [a for a in knowledge(docs)["articles"] if a["source_file"] == source_file]
    assert len(found) == 1, f"{source_file} is not one article in knowledge.json"
    return found[0]


def page_of(docs: Path, source_file: str) -> Path:
    """The Markdown page of the article read from one seed file."""
    return docs / re.sub(r"\.html$", ".md", article_of(docs, source_file)["url"])


def unescape_markdown(text: str) -> str:
    """Markdown text with backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", text)


def report_row(docs: Path, name: str) -> list[str]:
    """The cells of one file's row in the Files table of docs/report.md."""
    lines = unescape_markdown((docs / "report.md").read_text(encoding="utf-8")).splitlines()
    rows = [line for line in lines if line.startswith(f"| {name} |")]
    assert len(rows) == 1, f"{name}: no single row on the build report"
    return [cell.strip() for cell in rows[0].strip().strip("|").split("|")]


def first_difference(a: dict[str, bytes], b: dict[str, bytes]) -> str | None:
    """The first file that is missing from one tree or differs between them, or None."""
    return next((path for path in sorted(set(a) | set(b)) if a.get(path) != b.get(path)), None)


class Page(HTMLParser):
    """An HTML page parsed into its elements, script contents and visible text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.headings: list[str] = []
        self._text: list[str] = []
        self._raw: str | None = None  # inside <script> or <style>
        self._heading: list[str] | None = None
        self.feed(html)
        self.close()

    @property
    def text(self) -> str:
        """The visible text, entities decoded."""
        return "".join(self._text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._raw = tag
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append("".join(self._heading))
            self._heading = None

    def handle_data(self, data):
        if self._raw == "script":
            self.scripts.append(data)
        elif self._raw is None:
            self._text.append(data)
            if self._heading is not None:
                self._heading.append(data)


# 1. Help


@pytest.mark.parametrize("command, mentions", [
    pytest.param((), ["build", "clean"], id="top"),
    pytest.param(("build",), ["--seeds", "--docs", "--strict"], id="build"),
    pytest.param(("clean",), ["--docs"], id="clean"),
])
def test_every_command_has_help(command, mentions):
    """`--help` exits 0 and prints usage and the command's options."""
    result = generator(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage:")
    assert all(word in result.stdout for word in mentions), result.stdout


# 2. Exit codes


@pytest.mark.parametrize("kind, strict, code", [
    pytest.param("clean", False, 0, id="clean"),
    pytest.param("clean", True, 0, id="clean-strict"),
    pytest.param("bad", False, 0, id="bad"),
    pytest.param("bad", True, 1, id="bad-strict"),
    pytest.param("missing", False, 2, id="missing-seeds"),
    pytest.param("missing", True, 2, id="missing-seeds-strict"),
])
def test_exit_codes(tmp_path, kind, strict, code):
    """0 for success, 1 for warnings under --strict, 2 when the seeds folder is missing (named)."""
    seeds = tmp_path / "seeds"
    if kind == "clean":
        seed_copy(seeds)
    elif kind == "bad":
        corpus(seeds, {"good.txt": GOOD, "empty.txt": b"", "x.txt": b"\x00" * 64 + _random_bytes(1, 2000)})
    result = generator("build", "--seeds", seeds, "--docs", tmp_path / "docs", *(["--strict"] if strict else []))
    assert result.returncode == code, result.stderr
    if kind == "missing":
        assert str(seeds) in result.stderr and "does not exist" in result.stderr
        assert not (tmp_path / "docs").exists()


# 3. Bad files and other encodings


@pytest.mark.parametrize("name, content, reason", BAD_FILES)
def test_bad_file_is_reported_and_skipped(tmp_path, name, content, reason):
    """A bad seed is named with its reason on stderr and the report; its good neighbour still becomes a page."""
    seeds = corpus(tmp_path / "seeds", {name: content, "good.txt": GOOD})
    docs = tmp_path / "docs"
    result = generator("build", "--seeds", seeds, "--docs", docs)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING") and name in line]
    assert warnings and re.search(reason, warnings[0]), result.stderr
    _, result_cell, _, reason_cell = report_row(docs, name)
    assert result_cell == "skipped" and re.search(reason, reason_cell), reason_cell
    assert page_of(docs, "good.txt").is_file()
    assert report_row(docs, "good.txt")[1] == "article"
    strict = generator("build", "--strict", "--seeds", seeds, "--docs", tmp_path / "docs-strict")
    assert strict.returncode == 1, strict.stderr


@pytest.mark.parametrize("encoding, warned", [
    pytest.param("cp1251", True, id="windows-1251"),
    pytest.param("utf-16", False, id="utf-16-bom"),
])
def test_other_encodings_are_read(tmp_path, encoding, warned):
    """Windows-1251 (with a warning naming the detected encoding) and UTF-16 with BOM (silently) become Russian pages."""
    assert RUSSIAN.encode(encoding).startswith(codecs.BOM_UTF16) == (encoding == "utf-16")
    seeds = corpus(tmp_path / "seeds", {"russian.txt": RUSSIAN.encode(encoding), "good.txt": GOOD})
    docs = tmp_path / "docs"
    result = generator("build", "--seeds", seeds, "--docs", docs)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING") and "russian.txt" in line]
    if warned:
        assert any("cp1251" in line and "detected" in line for line in warnings), result.stderr
    else:
        assert warnings == []
    assert article_of(docs, "russian.txt")["lang"] == "ru"
    page = page_of(docs, "russian.txt").read_text(encoding="utf-8")
    assert 'lang: "ru"' in page and RUSSIAN_WORD in page


# 4. Markdown and HTML in seeds are shown literally

HOSTILE_TITLE = "Council <script>alert(1)</script> vote"
HOSTILE = {
    "stars": "*stars*",
    "heading": "# not a heading",
    "table": "| a | b |",
    "js-link": "[x](javascript:alert(1))",
    "script": "<script>alert(1)</script>",
    "img": "<img src=x onerror=alert(1)>",
    "title": HOSTILE_TITLE,
}
HOSTILE_SEED = f"""---
title: "{HOSTILE_TITLE}"
lang: en
date: 2024-03-01
---
*stars* were promised to every district when the city council met on Monday to discuss the new budget.

# not a heading, the clerk wrote at the top of the minutes, because the agenda had no sections at all.

| a | b | is how the table in the appendix began, and nobody could read the rest of it on the screen.

[x](javascript:alert(1)) was the link a resident pasted into the public comment form during the meeting.

<script>alert(1)</script> and <img src=x onerror=alert(1)> were found in the same comment by the clerk.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The built project of a corpus whose one article is full of Markdown and HTML."""
    project = tmp_path_factory.mktemp("hostile")
    seeds = corpus(project / "seeds", {"hostile.md": HOSTILE_SEED})
    result = build_project(seeds, project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="module")
def hostile_page(hostile_site) -> Page:
    """The parsed HTML page of the hostile article."""
    url = article_of(hostile_site / "docs", "hostile.md")["url"]
    return Page((hostile_site / "site" / url).read_text(encoding="utf-8"))


@pytest.mark.parametrize("literal", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_shown_literally(hostile_page, literal):
    """Each piece of Markdown or HTML in the seed is visible, as written, in the article's page."""
    assert literal in hostile_page.text


def test_hostile_text_is_never_interpreted(hostile_page):
    """The hostile article's page has no injected script, handler, link, image or heading."""
    assert not any("alert" in script for script in hostile_page.scripts)
    assert not any(tag == "img" and attrs.get("src") == "x" for tag, attrs in hostile_page.elements)
    assert not any(tag in ("em", "table") for tag, _ in hostile_page.elements)
    assert HOSTILE_TITLE in hostile_page.headings
    assert not any("not a heading" in heading for heading in hostile_page.headings)


def test_no_page_has_active_content(hostile_site):
    """No built HTML page has `<script>alert`, an onerror attribute or a javascript: URL."""
    pages = sorted((hostile_site / "site").rglob("*.html"))
    assert len(pages) >= 4
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html and 'href="javascript:' not in html, path
        for tag, attrs in Page(html).elements:
            assert "onerror" not in attrs, (path, tag, attrs)
            urls = [attrs.get(name) or "" for name in ("href", "src", "action", "formaction")]
            assert not any(url.strip().lower().startswith("javascript:") for url in urls), (path, tag, attrs)


# 5. Determinism


def test_two_builds_are_byte_identical(tmp_path):
    """The same seeds built in two project folders give the same docs/ and site/, byte for byte."""
    projects = [tmp_path / "a", tmp_path / "b"]
    for project in projects:
        result = build_project(seed_copy(project / "seeds"), project)
        assert result.returncode == 0, result.stdout + result.stderr
    for folder in ("docs", "site"):
        a, b = (tree(project / folder) for project in projects)
        assert a, f"{folder}/ is empty"
        assert first_difference(a, b) is None, f"{folder}/{first_difference(a, b)} differs between the two builds"
    assert "sitemap.xml" in tree(projects[0] / "site")


def test_rebuild_leaves_unchanged_files_untouched(tmp_path):
    """A second build into the same docs/ writes and removes nothing; every file keeps its inode and mtime."""
    seeds, docs = seed_copy(tmp_path / "seeds"), tmp_path / "docs"
    first = generator("build", "--seeds", seeds, "--docs", docs)
    assert first.returncode == 0, first.stderr
    before = stats(docs)
    second = generator("build", "--seeds", seeds, "--docs", docs)
    assert second.returncode == 0, second.stderr
    assert "0 removed" in second.stderr
    assert counts(second.stderr) == (0, len(before), 0)
    assert stats(docs) == before


# 6. Hand-written pages

HAND_WRITTEN = [
    pytest.param("notes.md", id="top"),
    pytest.param("guides/notes.md", id="own-folder"),
    pytest.param("en/notes.md", id="generated-folder"),
]


def hand_written_project(tmp_path: Path, path: str) -> tuple[Path, Path, bytes]:
    """A docs folder built once from a small corpus, with one hand-written page added after the build."""
    seeds, docs = corpus(tmp_path / "seeds", {"good.txt": GOOD}), tmp_path / "docs"
    assert generator("build", "--seeds", seeds, "--docs", docs).returncode == 0
    content = "# My notes\n\nWritten by hand.\n".encode()
    (docs / path).parent.mkdir(parents=True, exist_ok=True)
    (docs / path).write_bytes(content)
    return seeds, docs, content


@pytest.mark.parametrize("path", HAND_WRITTEN)
def test_hand_written_page_survives_rebuild(tmp_path, path):
    """A hand-written page in docs/ is kept, unchanged, by the next build."""
    seeds, docs, content = hand_written_project(tmp_path, path)
    result = generator("build", "--seeds", seeds, "--docs", docs)
    assert result.returncode == 0, result.stderr
    assert (docs / path).read_bytes() == content
    assert counts(result.stderr)[2] == 0


@pytest.mark.parametrize("path", HAND_WRITTEN)
def test_clean_keeps_hand_written_pages(tmp_path, path):
    """`clean` removes every generated file and keeps the hand-written page."""
    _, docs, content = hand_written_project(tmp_path, path)
    generated = json.loads((docs / ".dossier" / "manifest.json").read_text(encoding="utf-8"))
    result = generator("clean", "--docs", docs)
    assert result.returncode == 0, result.stderr
    assert f"removed {len(generated)} generated files" in result.stderr
    assert tree(docs) == {path: content}


@pytest.mark.parametrize("path", ["report.md", "index.md", "knowledge.json", "en/index.md"])
def test_hand_written_file_is_never_overwritten(tmp_path, path):
    """A hand-written file where a generated one goes (no previous build) stops the build with exit 2."""
    seeds, docs = corpus(tmp_path / "seeds", {"good.txt": GOOD}), tmp_path / "docs"
    (docs / path).parent.mkdir(parents=True)
    (docs / path).write_bytes(b"mine\n")
    result = generator("build", "--seeds", seeds, "--docs", docs)
    assert result.returncode == 2, result.stderr
    assert str(docs / path) in result.stderr and "overwrite" in result.stderr
    assert tree(docs) == {path: b"mine\n"}
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.name != CACHE_DIR_NAME], \
        "a staging folder was left behind"


# 7. A failed build leaves docs/ as it was


@pytest.mark.parametrize("break_seeds", [
    pytest.param(lambda seeds: shutil.rmtree(seeds), id="seeds-missing"),
    pytest.param(lambda seeds: (shutil.rmtree(seeds), seeds.write_text("not a folder")), id="seeds-is-a-file"),
])
def test_failed_build_leaves_docs_intact(tmp_path, break_seeds):
    """A build that stops (exit 2) leaves the previous docs/ byte for byte, inode for inode."""
    seeds, docs = corpus(tmp_path / "seeds", {"good.txt": GOOD}), tmp_path / "docs"
    assert generator("build", "--seeds", seeds, "--docs", docs).returncode == 0
    before = stats(docs)
    break_seeds(seeds)
    result = generator("build", "--seeds", seeds, "--docs", docs)
    assert result.returncode == 2 and str(seeds) in result.stderr, result.stderr
    assert stats(docs) == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.name != CACHE_DIR_NAME], \
        "a staging folder was left behind"


# 8. knowledge.json


def test_knowledge_json(built_site):
    """knowledge.json is in docs/ and site/, with the documented keys and article fields."""
    docs_copy = (built_site / "docs" / "knowledge.json").read_bytes()
    assert (built_site / "site" / "knowledge.json").read_bytes() == docs_copy
    data = json.loads(docs_copy)
    assert {"format", "articles", "entities", "events", "stories"} <= set(data)
    assert len(data["articles"]) == len(list(SEEDS.glob("*.txt")))
    for article in data["articles"]:
        assert {"id", "source_file", "lang", "title", "published", "url", "story", "truncated"} <= set(article)
        assert (SEEDS / article["source_file"]).is_file() and article["lang"] and article["title"]
        assert article["published"] is None or dt.date.fromisoformat(article["published"]).isoformat() == article["published"]
        assert article["url"].endswith(".html") and (built_site / "site" / article["url"]).is_file(), article["url"]
        assert isinstance(article["truncated"], bool)
