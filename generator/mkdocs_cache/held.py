"""Each page's HTML held compressed between its conversion and its rendering.

MkDocs converts every page before it renders the first, and keeps each page's Markdown and HTML on
the page object to the end of the build: at 10,000 articles (31,606 pages) several GB held at
once, most of MkDocs' peak memory. A page needs its HTML again only when it is rendered (its
template and the search index read it; nothing reads another page's): in between it is held
compressed (zlib, about a sixth of the size), and once the page is rendered it is let go. The
Markdown is not kept once converted: nothing in this site's configuration reads it after the
conversion (Material's templates, its search and offline plugins, the project's hooks), and
compressing it too cost a quarter of a rebuild with nothing changed.

The page cache stores the HTML as packed here (pages.make_entry), so that a page taken from the
cache is held as its entry's bytes: not decompressed at the conversion and compressed again.
"""
from __future__ import annotations

import zlib

# Fastest zlib level: HTML and Markdown shrink to about a sixth even so, in a fraction of the conversion's time.
_LEVEL = 1


def packed(text: str | None) -> bytes | None:
    """A page's HTML compressed (None stays None)."""
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), _LEVEL)


def unpacked(data: bytes | None) -> str | None:
    """The HTML that `packed` compressed."""
    return None if data is None else zlib.decompress(data).decode("utf-8", "surrogatepass")


class HeldPages:
    """Pages' HTML, compressed, by page (id: the page objects live to the end of the build)."""

    def __init__(self):
        self._held: dict[int, bytes | None] = {}

    def hold(self, page, html: bytes | None) -> str:
        """Keep the page's HTML (packed) and let go of its Markdown; what the page holds meanwhile (an empty HTML)."""
        self._held[id(page)] = html
        page.markdown = ""
        return ""

    def give_back(self, page) -> None:
        """Put the page's HTML back on it (a page not held is left as it is)."""
        if id(page) in self._held:
            page.content = unpacked(self._held.pop(id(page)))

    def let_go(self, page) -> None:
        """Drop the page's Markdown and HTML once it is rendered."""
        page.markdown = page.content = None
