"""The build report of a large corpus: the file table in numbered pages, every file in exactly one row."""
from __future__ import annotations

import re
import shutil

import pytest

from conftest import SEEDS
from generator.build import build
from generator.render import report


@pytest.fixture()
def docs(tmp_path, monkeypatch):
    """The seeds plus three files that are no article, with two report rows a page."""
    monkeypatch.setattr(report, "FILES_PER_PAGE", 2)
    monkeypatch.setattr(report, "NOTICES_SHOWN", 1)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "empty.txt").write_text("")
    (seeds / "picture.png").write_bytes(b"\x89PNG")
    first = sorted(p for p in seeds.iterdir() if p.suffix == ".txt" and p.stat().st_size)[0]
    shutil.copy(first, seeds / "zz-copy.txt")
    build(seeds, tmp_path / "docs", use_cache=False)
    return tmp_path / "docs"


def rows(text: str) -> list[str]:
    """The File cells of the file table of one report page."""
    table = text.split("## Files", 1)[1].split("\n## ", 1)[0]
    return [line.split(" | ")[0].removeprefix("| ") for line in table.splitlines()
            if line.startswith("| ") and not line.startswith(("| File", "| ---"))]


def test_every_file_is_in_one_row_of_one_page(docs):
    pages = [docs / "report.md", *sorted(docs.glob("report--p*.md"), key=lambda p: int(p.stem.split("--p")[1]))]
    assert len(pages) == 4  # 8 files, 2 a page
    listed = [row for page in pages for row in rows(page.read_text(encoding="utf-8"))]
    assert len(listed) == len(set(listed)) == 8
    assert all(len(rows(page.read_text(encoding="utf-8"))) <= 2 for page in pages)


def test_first_page_has_the_summary_and_bounded_lists(docs):
    first = (docs / "report.md").read_text(encoding="utf-8")
    assert "8 files read: 5 became articles, 1 were merged into the page of an identical file, 2 were skipped" in first
    assert "## Warnings" in first and "more warnings: the terminal output of the build lists every one" in first
    later = (docs / "report--p2.md").read_text(encoding="utf-8")
    assert "## Warnings" not in later and "exclude: true" in later and "](<report.md>)" in later


def test_removed_lines_are_on_the_report_not_on_the_article(docs):
    """Maintainer detail (seed file name, lines taken out) is on the build report page that lists the file, not on the article."""
    import json

    from generator.escape import markdown_text
    from generator.render.report import removed_lines_link
    knowledge = json.loads((docs / "knowledge.json").read_text(encoding="utf-8"))
    checked = 0
    for article in knowledge["articles"]:
        page = (docs / article["url"].removesuffix(".html")).with_suffix(".md").read_text(encoding="utf-8")
        assert article["source_file"] not in page, article["source_file"]
        shown = markdown_text(article["source_file"])
        report_page = next(p for p in docs.glob("report*.md") if shown in p.read_text(encoding="utf-8"))
        checked += 1
    assert checked >= 1 and callable(removed_lines_link)
