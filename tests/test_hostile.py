"""Bad and hostile input: every seed accounted for, nothing injected, nothing lost, the same output every time.

The corpus is tests/fixtures/hostile.py (written at test time). The browser half of the proof is
tests/test_hostile_browser.py; this file checks the built files, the reader, the writer and the
command line, and states the escaping, slug and reader rules as properties (hypothesis).
"""
from __future__ import annotations

import errno
import html
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
import unicodedata
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import tree_cpu_seconds
from fixtures.hostile import (
    ARABIC, GERMAN, LONG_LINE_CHARS, MARKDOWN_SHAPES, PAYLOADS, PWN, REGISTRY, RUSSIAN, THAI, TITLE_TRAVERSAL,
    Expect, big_article, build, english, generate, shared_build,
)
from generator import cli
from generator.cache import CACHE_DIR_NAME
from generator.search.shards import read_index
from generator.errors import SeedError
from generator.escape import html_text, markdown_text, plain_text, yaml_string
from generator.model import Article, Notice, Paragraph, SeedOutcome
from generator.read.decode import decode_bytes
from generator.read.duplicates import distinct_ids, mark_duplicates
from generator.read.normalise import normalise_text
from generator.read.reader import MAX_SEED_BYTES, analyse, find_seeds, read_seed
from generator.slugs import MAX_SLUG_LENGTH, slugify
from generator.writer import write_docs

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]
# Elements neither the generator nor the theme makes; the theme's <script>s are checked separately.
FORBIDDEN_TAGS = {"iframe", "embed", "object", "base", "img", "style", "frame", "frameset", "applet", "meta-refresh"}
ACTIVE_URL = re.compile(r"^\s*(?:javascript|data|vbscript):", re.I)


# --------------------------------------------------------------------------------------------
# Helpers


class Html(HTMLParser):
    """A page parsed into its elements (tag, attributes), inline scripts, tables and visible text."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.inline_scripts: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.headings: list[str] = []
        self._text: list[str] = []
        self._raw: str | None = None
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None
        self.feed(text)
        self.close()

    @property
    def text(self) -> str:
        return "".join(self._text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            tag = "meta-refresh"
        self.elements.append((tag, attributes))
        if tag in ("script", "style"):
            self._raw = tag
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading = []

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None
        elif tag in ("td", "th") and self._cell is not None and self.tables and self.tables[-1]:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None
        elif re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None

    def handle_data(self, data):
        if self._raw == "script":
            self.inline_scripts.append(data)
        elif self._raw is None:
            self._text.append(data)
            for part in (self._cell, self._heading):
                if part is not None:
                    part.append(data)


def injected(page: Html) -> list:
    """Whatever on a page could run or load something: handlers, active URLs, frames, inline code."""
    found = []
    for tag, attrs in page.elements:
        found += [(tag, name, value) for name, value in attrs.items() if name.startswith("on")]
        found += [(tag, name, value) for name, value in attrs.items()
                  if name in ("href", "src", "action", "formaction", "srcdoc", "xlink:href") and value and
                  (name == "srcdoc" or ACTIVE_URL.match(value))]
        if tag in FORBIDDEN_TAGS:
            found.append((tag, attrs))
    # The theme's own inline scripts are fixed; every payload of the corpus names window.__pwned.
    found += [("script", code[:80]) for code in page.inline_scripts if "__pwned" in code]
    return found


def files_table(site: Path) -> dict[str, list[str]]:
    """The rows of the Files table of the built report page, keyed by the File cell."""
    page = Html((site / "report.html").read_text(encoding="utf-8"))
    table = next(t for t in page.tables if t and t[0][:2] == ["File", "Result"])
    rows: dict[str, list[str]] = {}
    for row in table[1:]:
        assert row[0] not in rows, f"{row[0]}: two rows on the build report"
        rows[row[0]] = row[1:]
    return rows


def knowledge(built) -> dict:
    """The parsed knowledge.json of the built site."""
    return json.loads((built.site / "knowledge.json").read_text(encoding="utf-8"))


def articles_by_file(built) -> dict[str, dict]:
    """knowledge.json articles keyed by source file."""
    return {a["source_file"]: a for a in knowledge(built)["articles"]}


def page_of(built, source_file: str) -> Html:
    """The built HTML page of the article read from one seed file."""
    return Html((built.site / articles_by_file(built)[source_file]["url"]).read_text(encoding="utf-8"))


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, relative path -> bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Staging or retired trees the writer left beside docs/."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name != CACHE_DIR_NAME)


def render(text: str) -> str:
    """Markdown rendered as the site renders it."""
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile corpus, generated and built once (shared with the browser tests)."""
    result = shared_build(tmp_path_factory)
    assert "Traceback" not in result.result.stdout + result.result.stderr, result.result.stderr
    assert result.result.returncode == 0, result.result.stdout + result.result.stderr
    return result


@pytest.fixture(scope="module")
def terminal(built, tmp_path_factory) -> subprocess.CompletedProcess:
    """What the generator prints for the hostile corpus under --strict (build_project keeps no output)."""
    result = generate(built.seeds, tmp_path_factory.mktemp("terminal") / "docs", "--strict")
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


# --------------------------------------------------------------------------------------------
# 1. Every entry of the seeds folder ends as a page, a merge or a skip with its reason


def test_every_entry_is_on_the_build_report(built):
    """One row per entry: an article in its language, a merge naming the page kept, or a skip with its reason."""
    rows = files_table(built.site)
    assert sorted(rows) == sorted(built.expect), "entries missing from or extra on the build report"
    for path, expected in built.expect.items():
        result, lang, reason = rows[path]
        if expected.result == "article":
            assert result == "article" and (lang == expected.detail or not expected.detail), (path, rows[path])
        elif expected.result == "merged":
            kept = articles_by_file(built)[expected.detail]
            assert result == "merged" and lang == kept["lang"], (path, rows[path])
            assert reason == f"into {kept['title']} (duplicate of {expected.detail}: merged into its page)", (path, rows[path])
        else:
            assert result == "skipped" and re.search(expected.detail, reason), (path, rows[path])


def test_merged_files_link_to_the_page_kept(built):
    """A merged file's row links to the page of the file kept; the summary counts merges apart from skips."""
    report = (built.docs / "report.md").read_text(encoding="utf-8")
    found = articles_by_file(built)
    merged = {path: e.detail for path, e in built.expect.items() if e.result == "merged"}
    assert merged
    for path, kept in merged.items():
        page = found[kept]["url"].removesuffix(".html") + ".md"
        [row] = [line for line in report.splitlines() if line.startswith(f"| {markdown_text(path)} |")]
        assert row.split(" | ")[1] == "merged" and row.split(" | ")[3].startswith("into [") and f"](<{page}>)" in row, row
    skipped = sum(1 for e in built.expect.values() if e.result == "skipped")
    assert f"{len(merged)} were merged into the page of an identical file, {skipped} were skipped;" in report


def test_every_skip_and_merge_is_in_the_terminal(built, terminal):
    """Each file that is no page is named in the terminal, with its reason, at its level."""
    lines = terminal.stderr.splitlines()
    for path, expected in built.expect.items():
        if expected.result == "article":
            continue
        level = "WARNING" if expected.result == "merged" else expected.level.upper()
        pattern = "duplicate of " + re.escape(expected.detail) if expected.result == "merged" else expected.detail
        named = [line for line in lines if line.startswith(f"{level}: {path}: ")]
        assert any(re.search(pattern, line) for line in named), f"{path}: no {level} line matching {pattern!r}"


def test_every_article_is_in_knowledge_json(built):
    """Each article of the corpus is in knowledge.json, once, from its file, in its language, with its page."""
    found = articles_by_file(built)
    expected = {path: e for path, e in built.expect.items() if e.result == "article"}
    assert sorted(found) == sorted(expected)
    assert len({a["id"] for a in found.values()}) == len(found), "two articles share an id"
    assert len({a["url"] for a in found.values()}) == len(found), "two articles share a page"
    for path, article in found.items():
        assert not expected[path].detail or article["lang"] == expected[path].detail, (path, article["lang"])
        assert (built.site / article["url"]).is_file(), article["url"]


def test_terminal_summary_counts_merges_apart_from_skips(built, terminal):
    """The last INFO line says how many files were merged into an identical file's page and how many were skipped."""
    merged = sum(1 for e in built.expect.values() if e.result == "merged")
    skipped = sum(1 for e in built.expect.values() if e.result == "skipped")
    summary = [line for line in terminal.stderr.splitlines() if line.startswith("INFO: read ")]
    assert summary and f"{merged} merged into the page of an identical file, {skipped} skipped;" in summary[-1], summary


def test_exit_codes_with_warnings(built, terminal):
    """The build warns and succeeds (0: build_project went on to MkDocs); under --strict it fails with 1."""
    assert built.result.args[0].endswith("mkdocs")
    assert terminal.returncode == 1 and "WARNING" in terminal.stderr
    assert terminal.stderr.splitlines()[-1].startswith("ERROR: --strict: "), terminal.stderr[-300:]


def test_terminal_obeys_no_control_character(terminal):
    """File names with escape sequences, line breaks and bidi overrides are printed as escapes, never obeyed."""
    err = terminal.stderr
    assert "\x1b" not in err and "\u202e" not in err and "\r" not in err
    assert all(re.match(r"(INFO|WARNING|ERROR): ", line) or line.startswith("  ") for line in err.splitlines()), err


def test_duplicates_have_one_page(built):
    """The same article under four names (other white space, UTF-16, a link) has one page."""
    found = articles_by_file(built)
    assert "dup-a.txt" in found
    titles = [a["title"] for a in found.values()]
    assert titles.count(found["dup-a.txt"]["title"]) == 1


def test_titles_with_one_slug_get_two_pages(built):
    """Two titles that slugify alike get two pages (the second numbered)."""
    found = articles_by_file(built)
    assert found["clash-1.txt"]["url"] == "en/budget-vote-what-happens-next.html"
    assert found["clash-2.txt"]["url"] == "en/budget-vote-what-happens-next-2.html"


def test_encodings_are_decoded(built):
    """UTF-16 with and without BOM, Windows-1251 and -1256 and damaged UTF-8 become the right text."""
    found = articles_by_file(built)
    assert "Делегация посетила несколько промышленных" in found["windows-1251.txt"]["body"]
    assert "والتقى الوفد بعدد من المسؤولين" in found["windows-1256.txt"]["body"]
    assert "والتقى الوفد" in found["utf16le-nobom.txt"]["body"]
    assert "คณะผู้แทนได้พบกับเจ้าหน้าที่" in found["utf16le-thai.txt"]["body"]
    assert "Harbour" in found["utf16be-nobom.txt"]["title"]
    assert "Делегация" in found["utf16-bom.txt"]["body"]
    damaged = found["invalid-utf8.txt"]["body"]
    assert "fördern" in damaged and "Gespräche" in damaged and "\ufffd" in damaged, damaged


def test_long_line_is_one_paragraph(built):
    """A 100,000-character line becomes one paragraph, whole."""
    article = articles_by_file(built)["long-line.txt"]
    lengths = [p["end"] - p["start"] for p in article["paragraphs"]]
    assert LONG_LINE_CHARS in lengths, lengths


def test_mixed_line_endings(built):
    """CR, LF and CRLF all end lines: the body has LF only and the CR-separated sentence is its own paragraph."""
    article = articles_by_file(built)["mixed-eol.txt"]
    assert "\r" not in article["body"] and len(article["paragraphs"]) == 3


# --------------------------------------------------------------------------------------------
# 2. No input text becomes markup or script


def test_no_page_has_injected_markup(built):
    """No built page has a handler attribute, an active URL, a frame, an image, a style element or inline code."""
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) > 40
    problems = {page.relative_to(built.site).as_posix(): injected(Html(page.read_text(encoding="utf-8"))) for page in pages}
    assert not {page: found for page, found in problems.items() if found}


@pytest.mark.parametrize("literal", [*PAYLOADS.values(), *MARKDOWN_SHAPES.values()],
                         ids=[*PAYLOADS, *MARKDOWN_SHAPES])
def test_hostile_text_is_shown_as_written(built, literal):
    """Each hostile string of hostile.md is visible, character for character, on its page."""
    assert literal in page_of(built, "hostile.md").text


def test_hostile_page_has_no_structure_from_markdown(built):
    """Markdown in the text made no table, list, quotation, rule, code or emphasis; its headings are the generator's."""
    source = (built.site / articles_by_file(built)["hostile.md"]["url"]).read_text(encoding="utf-8")
    start = source.index('class="dossier-article"')
    article = Html(source[start - len("<article "):source.index("</article>", start)])
    made = {tag for tag, _ in article.elements}
    assert not made & {"table", "blockquote", "hr", "pre", "code", "em", "ol", "b"}, made
    assert all(not ("heading" in h.casefold()) or h.startswith("#") for h in article.headings), article.headings
    assert f"Council <script>{PWN}</script> vote" in article.headings


def test_front_matter_values_are_text(built):
    """A hostile title, source and URL from front matter are text; a traversal title makes a safe page path."""
    found = articles_by_file(built)
    hostile = found["hostile.md"]
    assert hostile["title"] == f"Council <script>{PWN}</script> vote"
    assert hostile["source"] == f'<img src=x onerror="{PWN}">'
    assert hostile["source_url"] == f"javascript:{PWN}"
    page = page_of(built, "hostile.md")
    assert not any(ACTIVE_URL.match(attrs.get("href") or "") for _, attrs in page.elements)
    assert found["fm-traversal.md"]["title"] == TITLE_TRAVERSAL and found["fm-traversal.md"]["url"] == "en/etc-passwd.html"
    assert found["fm-lang-traversal.md"]["lang"] == "en"
    assert found["fm-title-controls.md"]["title"] == "Bell and [2J clear evil end"


def test_bidi_overrides_are_dropped(built):
    """No right-to-left override reaches a page or knowledge.json (titles, bodies, file names)."""
    assert "\u202e" not in (built.site / "knowledge.json").read_text(encoding="utf-8")
    for page in built.site.rglob("*.html"):
        assert "\u202e" not in page.read_text(encoding="utf-8"), page
    assert "Town news of the week" in articles_by_file(built)["hostile.txt"]["title"]


def test_registry_text_is_shown_as_written(built):
    """An entity name and description with HTML, Jinja and a javascript: link are text on the entity page."""
    page = Html((built.site / "entities" / "evil-corp.html").read_text(encoding="utf-8"))
    assert f"Evil <script>{PWN}</script> Corp" in page.text
    assert f'<img src=x onerror="{PWN}"> {{{{ config }}}} [x](javascript:{PWN})' in page.text
    assert not injected(page)


def test_search_index_holds_no_markup_from_input(built):
    """The search index keeps text as HTML (Material renders it with innerHTML): every "<" of the input is escaped.

    The titles and texts live in the index's text pieces (generator/search/shards.py); read_index puts them back.
    """
    index = read_index(built.site / "search")
    hostile = [doc for doc in index["docs"] if doc["location"].startswith(articles_by_file(built)["hostile.md"]["url"])]
    assert hostile, "the hostile article is not in the search index"
    for doc in index["docs"]:
        for field in ("title", "text"):
            value = doc.get(field) or ""
            assert "<script" not in value.lower() and "<img" not in value.lower(), (doc["location"], field, value[:200])
            parsed = Html(value)
            assert not injected(parsed), (doc["location"], field, value[:200])
            assert {tag for tag, _ in parsed.elements} <= {"p", "ul", "li", "strong", "a", "span", "table", "thead",
                                                           "tbody", "tr", "th", "td", "code", "em", "div"}, value[:200]
    shown_text = " ".join(Html(doc["title"]).text + " " + Html(doc["text"]).text for doc in hostile)
    for payload in PAYLOADS.values():
        assert payload in shown_text, payload


def test_knowledge_json_is_plain_data(built):
    """knowledge.json is valid JSON in docs/ and site/, and hostile strings are in it as plain strings."""
    raw = (built.site / "knowledge.json").read_text(encoding="utf-8")
    assert raw == (built.docs / "knowledge.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    body = articles_by_file(built)["hostile.md"]["body"]
    for payload in PAYLOADS.values():
        assert payload in body, payload
    names = {name for entity in data["entities"] for name in entity["names"].values()}
    assert f"Evil <script>{PWN}</script> Corp" in names


def test_paths_stay_inside_docs(built):
    """Every generated file is inside docs/; no name from the input ran anything or left the project."""
    manifest = json.loads((built.docs / ".dossier" / "manifest.json").read_text(encoding="utf-8"))
    for path in manifest:
        pure = PurePosixPath(path)
        assert not pure.is_absolute() and ".." not in pure.parts and "\\" not in path, path
        assert (built.docs / path).resolve().is_relative_to(built.docs.resolve()), path
    assert not {p.name for p in built.project.iterdir()} - {"docs", "mkdocs.yml", "seeds", "site", "generator", CACHE_DIR_NAME}
    assert not (ROOT / "pwned").exists() and not (built.project / "pwned").exists()


# --------------------------------------------------------------------------------------------
# 3. The reader, in process


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    """A file that cannot be read (simulated: running as root, chmod 000 would not stop reading) is skipped with the reason."""
    (tmp_path / "locked.txt").write_text(english("Locked", 1), encoding="utf-8")

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    outcome = read_seed(tmp_path / "locked.txt", tmp_path)
    assert outcome.article is None and outcome.skip_reason == "the file cannot be read (Permission denied)"
    assert outcome.notices[0].level == "warning" and "locked.txt" in str(outcome.notices[0])


def test_unlistable_folder_is_reported(tmp_path, monkeypatch):
    """A sub-folder that cannot be listed is an entry of its own, skipped with the reason (simulated)."""
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "a.txt").write_text(english("Closed", 1), encoding="utf-8")
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(path=".", *args):
        if Path(path).name == "closed":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", refuse)
    monkeypatch.setattr(os, "listdir", lambda path=".": refuse(path) and real_listdir(path))
    assert find_seeds(tmp_path) == [tmp_path / "closed"]
    outcome = read_seed(tmp_path / "closed", tmp_path)
    assert outcome.skip_reason and "folder cannot be read (Permission denied)" in outcome.skip_reason


def test_find_seeds_survives_links_and_is_sorted(tmp_path):
    """Link loops end; every entry is listed once, sorted, the knowledge folder left out."""
    built = write_corpus_only(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in find_seeds(tmp_path)]
    assert found == sorted(found, key=PurePosixPath) and len(found) == len(set(found)) == len(built)
    assert not any(p.startswith("knowledge") for p in found)


def write_corpus_only(folder: Path) -> dict[str, Expect]:
    """The hostile corpus without its 20 MB file."""
    from fixtures.hostile import write_corpus
    return write_corpus(folder, big=False)


def test_big_file_is_skipped_before_reading(tmp_path, monkeypatch):
    """A 20 MB file is skipped as too large, from its size, without reading it."""
    (tmp_path / "big.txt").write_bytes(big_article())

    def never_read(self):
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", never_read)
    outcome = read_seed(tmp_path / "big.txt", tmp_path)
    assert outcome.article is None and "20.0 MB" in outcome.skip_reason and f"at most {MAX_SEED_BYTES / 1e6:g} MB" in outcome.skip_reason


def test_reader_reads_the_largest_seed_it_accepts():
    """An article just under the size limit, thousands of paragraphs, is read whole.

    How the reader's time grows with the size (up to 20 MB) is measured by
    `python -m bench.reader_scale`, not asserted here: timings on shared machines are noise.
    """
    raw = big_article(MAX_SEED_BYTES - 1_000)
    decoded = decode_bytes(raw)
    article = analyse(normalise_text(decoded.text), "big.txt", decoded.encoding)
    assert len(raw) < MAX_SEED_BYTES and article.title == "Flood report from the valley"
    assert len(article.paragraphs) == raw.count(b"\n\nReport ")
    assert article.body.endswith("leave.")


@pytest.mark.parametrize("text, encoding", [
    pytest.param(RUSSIAN, "cp1251", id="windows-1251"),
    pytest.param(ARABIC, "cp1256", id="windows-1256"),
    pytest.param(RUSSIAN, "utf-16", id="utf-16-bom"),
    pytest.param(ARABIC, "utf-16-le", id="utf-16-le-arabic"),
    pytest.param(THAI, "utf-16-le", id="utf-16-le-thai"),
    pytest.param(GERMAN, "utf-16-be", id="utf-16-be-german"),
    pytest.param(english("Plain", 1), "utf-16-le", id="utf-16-le-ascii"),
    pytest.param(english("Plain", 1), "utf-16-be", id="utf-16-be-ascii"),
])
def test_encodings_decode_exactly(text, encoding):
    """Each encoding decodes to the very text that was encoded."""
    assert decode_bytes(text.encode(encoding)).text == text


def test_damaged_utf8_is_read_as_utf8():
    """A few bad bytes in UTF-8 are replaced and counted; the rest is not garbled as a legacy encoding."""
    raw = GERMAN.encode("utf-8").replace(b"Landwirtschaft", b"Land\xffwirtschaft")
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8" and decoded.damaged == 1
    assert decoded.text == GERMAN.replace("Landwirtschaft", "Land\ufffdwirtschaft")


# --------------------------------------------------------------------------------------------
# 4. Duplicates and ids


def _article(path: str, body: str, article_id: str | None = None) -> SeedOutcome:
    """An outcome holding a minimal article with the given body."""
    article = Article(id=article_id or path.rsplit(".", 1)[0], source_file=path, lang="en", lang_basis="test",
                      title="T", title_derived=False, body=body, paragraphs=(Paragraph("p1", "text", 0, len(body)),),
                      truncated=False, encoding="utf-8")
    return SeedOutcome(path, article, None, (Notice(path, "an earlier notice", level="info"),))


def test_mark_duplicates():
    """Bodies equal but for white space merge into the smallest path; case, other text and skips stay apart."""
    skipped = SeedOutcome("empty.txt", None, "the file is empty")
    outcomes = [
        _article("b.txt", "One two.\n\nThree."),
        skipped,
        _article("a/z.txt", "One  two.\tThree. "),
        _article("c.txt", "one two. three."),
        _article("d.txt", "One two.\n\nThree."),
        _article("e.txt", "Something else."),
    ]
    result = mark_duplicates(outcomes)
    assert [o.path for o in result] == [o.path for o in outcomes]
    kept = [o.path for o in result if o.article is not None]
    assert kept == ["a/z.txt", "c.txt", "e.txt"]
    for merged in (result[0], result[4]):
        assert merged.skip_reason == "duplicate of a/z.txt: merged into its page"
        assert merged.notices[0].message == "an earlier notice"
        assert merged.notices[-1].level == "warning" and merged.notices[-1].message == merged.skip_reason
    assert result[1] is skipped and mark_duplicates([]) == []


def test_mark_duplicates_orders_by_path_components():
    """"Smallest path" compares folder by folder ("a/x" before "a-b/x"), as find_seeds sorts."""
    result = mark_duplicates([_article("a-b/x.txt", "Same text."), _article("a/x.txt", "Same text.")])
    assert result[0].skip_reason == "duplicate of a/x.txt: merged into its page" and result[1].article is not None


def test_read_all_merges_duplicates_and_separates_ids(tmp_path):
    """The build reads through mark_duplicates and distinct_ids (generator/build.py read_all)."""
    from generator.build import read_all

    for name, text in (("a b.txt", english("Spaces", 1)), ("a-b.txt", english("Hyphen", 2)), ("same.txt", english("Same", 3)),
                       ("same.md", english("Same", 3))):
        (tmp_path / name).write_text(text, encoding="utf-8")
    outcomes = {o.path: o for o in read_all(tmp_path)}
    wired = "wire them in generator/build.py: outcomes = distinct_ids(mark_duplicates([read_seed(...) ...]))"
    assert outcomes["same.txt"].skip_reason == "duplicate of same.md: merged into its page", wired
    assert {outcomes["a b.txt"].article.id, outcomes["a-b.txt"].article.id} == {"a-b", "a-b-2"}, wired


def test_distinct_ids():
    """Colliding ids get the first free number, in path order; others are untouched."""
    outcomes = [_article("a_b.txt", "2", "a-b"), _article("a b.txt", "1", "a-b"), _article("a-b-2.txt", "3", "a-b-2"),
                SeedOutcome("x.txt", None, "skipped"), _article("c.txt", "4", "c")]
    result = distinct_ids(outcomes)
    assert [o.article.id if o.article else None for o in result] == ["a-b-3", "a-b", "a-b-2", None, "c"]
    assert result[0].notices[-1].level == "info" and "a-b-3" in result[0].notices[-1].message
    assert result[4] is outcomes[4]


# --------------------------------------------------------------------------------------------
# 5. A failed or interrupted run leaves docs/ as it was


@pytest.fixture
def written_docs(tmp_path) -> tuple[Path, dict[str, bytes], dict[str, tuple[bytes, int]]]:
    """A docs folder written once, with a hand-written page; the files of a second run; the state before it."""
    docs = tmp_path / "docs"
    write_docs({"index.md": b"# One\n", "en/a.md": b"a\n", "en/b.md": b"b\n"}, docs)
    (docs / "notes.md").write_bytes(b"mine\n")
    second = {"index.md": b"# Two\n", "en/a.md": b"a\n", "en/c.md": b"c\n", "ru/d.md": b"d\n"}
    before = {p.relative_to(docs).as_posix(): (p.read_bytes(), p.stat().st_ino) for p in docs.rglob("*") if p.is_file()}
    return docs, second, before


def _state(docs: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(docs).as_posix(): (p.read_bytes(), p.stat().st_ino) for p in docs.rglob("*") if p.is_file()}


def _failing_write(error: BaseException, after: int = 1):
    """A Path.write_bytes that fails in the staging folder after `after` successful writes."""
    real = Path.write_bytes
    calls = {"n": 0}

    def write_bytes(self, data):
        if ".staging-" in str(self):
            calls["n"] += 1
            if calls["n"] > after:
                raise error
        return real(self, data)

    return write_bytes


@pytest.mark.parametrize("error", [
    pytest.param(RuntimeError("boom"), id="exception"),
    pytest.param(KeyboardInterrupt(), id="ctrl-c"),
    pytest.param(OSError(errno.ENOSPC, "No space left on device"), id="disk-full"),
])
def test_failed_write_leaves_docs_as_it_was(written_docs, monkeypatch, error):
    """An exception, Ctrl-C or a full disk while staging leaves docs/ byte for byte (and inode for inode), no staging left."""
    docs, second, before = written_docs
    monkeypatch.setattr(Path, "write_bytes", _failing_write(error))
    with pytest.raises(type(error)):
        write_docs(second, docs)
    assert _state(docs) == before
    assert leftovers(docs.parent) == []


def test_failed_swap_puts_the_old_docs_back(written_docs, monkeypatch):
    """If the new tree cannot be moved into place (Ctrl-C between the two renames), the old docs/ comes back."""
    docs, second, before = written_docs
    real = Path.rename

    def rename(self, target):
        if ".staging-" in self.name:
            raise KeyboardInterrupt
        return real(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(KeyboardInterrupt):
        write_docs(second, docs)
    assert _state(docs) == before and leftovers(docs.parent) == []


def test_killed_run_leftovers_are_removed(written_docs):
    """The staging and retired trees of a run that was killed (no cleanup ran) are removed by the next run."""
    docs, second, _ = written_docs
    dead = 2 ** 22 + 12345  # above Linux's default pid_max: no such process
    for name in (f".docs.staging-{dead}", f".docs.old-{dead}"):
        (docs.parent / name / "en").mkdir(parents=True)
        (docs.parent / name / "en" / "x.md").write_bytes(b"x")
    write_docs(second, docs)
    assert leftovers(docs.parent) == []
    assert (docs / "index.md").read_bytes() == b"# Two\n" and (docs / "notes.md").read_bytes() == b"mine\n"


def test_a_second_write_keeps_what_did_not_change_and_replaces_the_rest(written_docs):
    """Unchanged generated files keep their inode; changed, new (in a new folder) and removed ones are as
    the run says; hand-written files and links (nested too) are carried over; a generated file a link
    replaced is written again as a plain file."""
    docs, second, before = written_docs
    (docs / "en" / "mine").mkdir()
    (docs / "en" / "mine" / "deep.md").write_bytes(b"deep\n")
    (docs / "link.md").symlink_to("notes.md")
    (docs / "en" / "b.md").unlink()
    (docs / "en" / "b.md").symlink_to("a.md")  # generated last run, a link now
    second = {**second, "en/b.md": b"a\n"}
    summary = write_docs(second, docs)
    after = _state(docs)
    assert after["en/a.md"] == before["en/a.md"]  # unchanged: the same file
    assert after["index.md"][0] == b"# Two\n" and after["ru/d.md"][0] == b"d\n" and after["en/c.md"][0] == b"c\n"
    assert not (docs / "en" / "b.md").is_symlink() and after["en/b.md"][0] == b"a\n"
    assert after["en/b.md"][1] != after["en/a.md"][1]
    assert after["notes.md"] == before["notes.md"] and after["en/mine/deep.md"][0] == b"deep\n"
    assert (docs / "link.md").is_symlink() and os.readlink(docs / "link.md") == "notes.md"
    assert (summary.written, summary.unchanged, summary.removed) == (5, 1, 0)  # index, b, c, d and the manifest; a


@pytest.fixture
def small_project(tmp_path) -> tuple[Path, Path]:
    """A seeds folder of two articles and a docs folder generated from it."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(english("First", 1), encoding="utf-8")
    (seeds / "b.txt").write_text(english("Second", 2), encoding="utf-8")
    assert cli.main(["build", "--quiet", "--seeds", str(seeds), "--docs", str(docs)]) == 0
    (seeds / "c.txt").write_text(english("Third", 3), encoding="utf-8")
    return seeds, docs


@pytest.mark.parametrize("error, code, message", [
    pytest.param(KeyboardInterrupt(), 130, r"interrupted: .*docs was left as it was", id="ctrl-c"),
    pytest.param(OSError(errno.ENOSPC, "No space left on device"), 2, r"No space left on device: the disk is full; free some space", id="disk-full"),
    pytest.param(PermissionError(errno.EACCES, "Permission denied"), 2, r"Permission denied: permission denied; check", id="permission"),
    pytest.param(ZeroDivisionError("division by zero"), 2, r"internal error: ZeroDivisionError: division by zero \(at test_hostile\.py:\d+\)", id="bug"),
])
def test_command_line_turns_failures_into_messages(small_project, monkeypatch, caplog, error, code, message):
    """Ctrl-C exits 130, an OS error 2 with what to do, a bug 2 with where it is; docs/ stays as it was."""
    seeds, docs = small_project
    before = tree(docs)
    monkeypatch.setattr(Path, "write_bytes", _failing_write(error, after=0))
    with caplog.at_level(logging.INFO, logger="dossier"):
        assert cli.main(["build", "--seeds", str(seeds), "--docs", str(docs)]) == code
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and re.search(message, errors[-1]), errors
    assert tree(docs) == before and leftovers(docs.parent) == []


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_a_real_build(built, tmp_path, workers):
    """SIGINT to a running build (the hostile corpus takes seconds): exit 130, a message, docs/ as it was.

    With two workers the signal reaches the worker processes too (same process group), as a Ctrl-C in a terminal does.
    """
    docs = tmp_path / "docs"
    write_docs({"index.md": b"# Before\n"}, docs)
    before = tree(docs)
    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "--seeds", str(built.seeds), "--docs", str(docs)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "DOSSIER_WORKERS": workers}, start_new_session=True)
    # Past start-up (imports take well under a second of CPU), in the middle of reading and annotating.
    while process.poll() is None and tree_cpu_seconds(process.pid) < 1.0:
        time.sleep(0.05)
    assert process.poll() is None, "the build ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted: " in err and "Traceback" not in err, err[-500:]
    assert tree(docs) == before and leftovers(tmp_path) == []


def test_printable_log_lines():
    """The terminal formatter shows control and bidi characters as escapes, keeping line breaks."""
    record = logging.LogRecord("dossier", logging.WARNING, __file__, 1, "%s: skipped", ("a\x1b[2Jb\u202ec\r\n.txt",), None)
    assert cli.PrintableFormatter("%(levelname)s: %(message)s").format(record) == "WARNING: a\\x1b[2Jb\\u202ec\\x0d\n.txt: skipped"


@pytest.mark.parametrize("registry, message", [
    pytest.param("entities:\n  - id: x\n    names: {en: [unclosed\n", "not valid YAML", id="bad-yaml"),
    pytest.param(REGISTRY + REGISTRY.removeprefix("entities:\n"), "duplicate id 'evil-corp'", id="duplicate-id"),
    pytest.param("entities:\n  - id: x\n    type: place\n    names: {en: X}\n    aliases: {en: [Shared]}\n"
                 "  - id: y\n    type: place\n    names: {en: Y}\n    aliases: {de: [shared]}\n", "claimed by both", id="alias-twice"),
])
def test_broken_registry_stops_the_build(tmp_path, registry, message):
    """A broken registry stops the build with exit 2 and its message; docs/ is not touched (tests/test_registry.py has every case)."""
    seeds = tmp_path / "seeds"
    (seeds / "knowledge").mkdir(parents=True)
    (seeds / "a.txt").write_text(english("Registry", 1), encoding="utf-8")
    (seeds / "knowledge" / "entities.yml").write_text(registry, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "docs").exists()


def test_missing_seeds_stops_the_build(tmp_path):
    """No seeds folder: exit 2, the folder named, nothing written."""
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(tmp_path / "nope"),
                             "--docs", str(tmp_path / "docs")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2 and "nope: the seeds folder does not exist" in result.stderr
    assert not (tmp_path / "docs").exists()


# --------------------------------------------------------------------------------------------
# 6. Deterministic output


def test_output_is_deterministic(built, tmp_path):
    """docs/ and site/ are byte-identical whatever the hash seed and the order the files were created in."""
    again = build(tmp_path / "again", reverse=True, hash_seed="2")
    assert again.result.returncode == 0, again.result.stdout + again.result.stderr
    for folder in ("docs", "site"):
        a, b = tree(built.project / folder), tree(again.project / folder)
        different = sorted(path for path in set(a) | set(b) if a.get(path) != b.get(path))
        assert a and not different, f"{folder}: {different[:5]}"


# --------------------------------------------------------------------------------------------
# 7. Properties

# Text as seeds hold it: any characters, controls and line breaks included, with hostile pieces mixed in.
PIECES = st.sampled_from([*PAYLOADS.values(), *MARKDOWN_SHAPES.values(), "\n", "\r\n", "\r", "\t", "    ", "\u202e",
                          "\x00", "\x1b[2J", "\x85", "\u2028", "\ufeff", "\uffff", "&amp;", "\\", "[TOC]", "{: #x }",
                          "---", "12. März 2024 —", "Reading time: 3 min", "1234 views", "Share this"])
TEXT = st.lists(st.one_of(st.text(max_size=40), PIECES), max_size=30).map("".join)
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def shown(text: str) -> str:
    """What a paragraph of escaped text shows: the plain text, without the white space Markdown trims at its start."""
    return plain_text(text).lstrip()


@PROPERTY
@given(TEXT)
def test_markdown_text_renders_as_the_text_itself(text):
    """Escaped text renders as at most one paragraph whose text is the input (controls dropped, one line)."""
    out = render(markdown_text(text))
    expected = shown(text)
    if not expected:
        assert out == "", out
        return
    assert out.startswith("<p>") and out.endswith("</p>") and out.count("<") == 2, out
    assert html.unescape(out[3:-4]) == expected


@PROPERTY
@given(TEXT)
def test_html_text_is_inert(text):
    """HTML-escaped text has no tag, attribute quote or line break of its own and decodes to the plain text."""
    escaped = html_text(text)
    assert not set(escaped) & set("<>\"'\n\r") and html.unescape(escaped) == plain_text(text)


@PROPERTY
@given(TEXT)
def test_yaml_string_is_valid_yaml(text):
    """A front matter value is one valid YAML scalar holding the HTML-escaped text, whatever the input."""
    assert yaml.safe_load(f"title: {yaml_string(text)}\nnext: 1")["title"] == html_text(text)


@PROPERTY
@given(st.text(max_size=200))
def test_plain_text_is_one_printable_line(text):
    """Plain text has no control, bidi-override or line-separator character left, nor any surrogate."""
    plain = plain_text(text)
    assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]", plain)
    assert plain_text(plain) == plain


def _slug_character(ch: str) -> bool:
    """A letter, a digit, a combining mark, or the hyphen."""
    return ch == "-" or unicodedata.category(ch)[0] in "LNM"


@PROPERTY
@given(st.one_of(TEXT, st.text(), st.sampled_from(["../../etc/passwd", "..", ".", "/", "CON", "nul.txt", "a/../b"])))
def test_slugify_is_a_safe_file_name(text):
    """A slug is never empty, never a path, at most 60 characters of letters, digits, marks and hyphens."""
    slug = slugify(text)
    assert slug and len(slug) <= MAX_SLUG_LENGTH
    assert "/" not in slug and "\\" not in slug and slug not in (".", "..") and not slug.startswith(("-", "."))
    assert all(_slug_character(ch) for ch in slug), (slug, [unicodedata.category(ch) for ch in slug])


@pytest.mark.parametrize("text, slug", [
    pytest.param("฿100 ๏ ๚ ๛", "100", id="thai-symbols"),
    pytest.param("हिन्दी समाचार", "हिन्दी-समाचार", id="devanagari-marks"),
    pytest.param("ফ্রান্স", "ফ্রান্স", id="bengali-marks"),
    pytest.param("กรุงเทพฯ ๆ", "กรุงเทพฯ-ๆ", id="thai-letters-lo-lm"),
    pytest.param("a_b\u200bc\ue000d\u0e7fe", "a-b-c-d-e", id="underscore-zero-width-private-unassigned"),
])
def test_slugify_keeps_letters_digits_marks_only(text, slug):
    """Slugs keep every letter, digit and mark of any script (Thai ฯ is a letter, Lo), and nothing else."""
    assert slugify(text) == slug


SEED_LINES = st.lists(st.one_of(TEXT, st.sampled_from([
    "Council approves the new budget", "SHENYANG, China, 26. Oktober 2023 — Eine Delegation reiste nach Deutschland.",
    "2023-10-13 13:29", "Source: Example News", "The council met on Monday and approved the plan.",
    "Примерное время чтения: 3 минуты", "وفد اقتصادي يزور المدينة", "ลี่อนิงมุ่งมั่นส่งเสริมความร่วมมือ", "",
])), max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SEED_LINES)
def test_reader_returns_an_article_or_a_reason(text):
    """analyse() on any text gives an Article or raises SeedError; the paragraphs tile the body, whose text was in the seed."""
    normalised = normalise_text(text)
    try:
        article = analyse(normalised, "x.txt", "utf-8")
    except SeedError as error:
        assert error.reason
        return
    assert isinstance(article, Article) and article.title and article.lang
    body, paragraphs = article.body, article.paragraphs
    assert paragraphs and paragraphs[0].start == 0 and paragraphs[-1].end == len(body)
    assert body == "\n\n".join(body[p.start:p.end] for p in paragraphs)
    for paragraph in paragraphs:
        piece = body[paragraph.start:paragraph.end]
        assert 0 <= paragraph.start < paragraph.end <= len(body) and "\n" not in piece
        assert piece in normalised, piece
