"""Each page's Markdown and HTML held compressed between its conversion and its rendering.

MkDocs converts every page before it renders the first one, and keeps each page's Markdown and
HTML on the page object to the end of the build: at 10,000 articles (31,606 pages) several GB held
at once, most of MkDocs' peak memory. A page needs them again only when it is rendered (its
template and the search index read its HTML; nothing reads another page's): in between they are
held compressed (zlib, about a sixth of the size), and once the page is rendered they are let go.
"""
from __future__ import annotations

import zlib

# Fastest zlib level: HTML and Markdown shrink to about a sixth even so, in a fraction of the conversion's time.
_LEVEL = 1


def _packed(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), _LEVEL)


def _unpacked(data: bytes | None) -> str | None:
    return None if data is None else zlib.decompress(data).decode("utf-8", "surrogatepass")


class HeldPages:
    """Pages' Markdown and HTML, compressed, by page (id: the page objects live to the end of the build)."""

    def __init__(self):
        self._held: dict[int, tuple[bytes | None, bytes | None]] = {}

    def hold(self, page, markdown: str | None, html: str | None) -> str:
        """Keep the page's Markdown and HTML compressed; what the page holds meanwhile (an empty HTML)."""
        self._held[id(page)] = (_packed(markdown), _packed(html))
        page.markdown = ""
        return ""

    def give_back(self, page) -> None:
        """Put the page's Markdown and HTML back on it (a page not held is left as it is)."""
        held = self._held.pop(id(page), None)
        if held is not None:
            page.markdown, page.content = _unpacked(held[0]), _unpacked(held[1])

    def let_go(self, page) -> None:
        """Drop the page's Markdown and HTML once it is rendered."""
        page.markdown = page.content = None
