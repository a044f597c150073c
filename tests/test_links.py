"""No broken link anywhere in the built site: every internal link and anchor resolves."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    """Collects the ids and the link targets of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.targets.append(attributes["href"])


def parse(page: Path) -> _Links:
    """The ids and link targets of a page."""
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    """Every internal link of the site whose file or anchor does not exist, as 'page -> href'."""
    pages = {p: parse(p) for p in site.rglob("*.html") if p.name != "404.html"}
    broken = []
    for page, links in sorted(pages.items()):
        for href in links.targets:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href} (no such file)")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parse(target).ids:
                broken.append(f"{page.relative_to(site)} -> {href} (no such anchor)")
    return broken


def test_no_broken_links(built_site):
    """Every link between pages, and to paragraph anchors, lands somewhere."""
    site = built_site / "site"
    assert list(site.rglob("*.html")), "the site has no pages"
    assert broken_links(site) == []


def test_link_checker_sees_a_broken_link(tmp_path):
    """The checker itself reports a missing file and a missing anchor."""
    (tmp_path / "a.html").write_text('<p id="x"><a href="b.html">b</a> <a href="a.html#y">y</a> <a href="#x">x</a></p>')
    assert broken_links(tmp_path) == ["a.html -> b.html (no such file)", "a.html -> a.html#y (no such anchor)"]
