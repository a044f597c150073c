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

The HTML's SHA-256 (and whether it has Material's `data-search-*` attributes) is held beside it:
the keys of the page's search entries and rendering hash the digest, not the HTML. When every
`page_context` handler is known to leave the HTML alone (`reads_no_html`), the HTML stays packed
until the page's rendering is not in the cache (`waiting`): a page taken from the last site is
never decompressed (at 10,000 articles 1.4 GB of HTML, decompressed and hashed twice per build).
"""
from __future__ import annotations

import hashlib
import zlib

# Fastest zlib level: HTML and Markdown shrink to about a sixth even so, in a fraction of the conversion's time.
_LEVEL = 1


_READS_NO_HTML = "dossier_reads_no_html"
SEARCH_ATTRIBUTE_MARK = "data-search-"  # in every match of Material's pattern for its search attributes


def reads_no_html(handler):
    """Mark a `page_context` handler that neither reads nor changes the page's HTML (so it may stay packed)."""
    setattr(handler, _READS_NO_HTML, True)
    return handler


def html_may_wait(page_context_handlers, own_handler) -> bool:
    """Whether every page_context handler but the cache's own leaves the page's HTML alone."""
    return all(h is own_handler or getattr(h, _READS_NO_HTML, False) for h in page_context_handlers)


def html_digest(text: str | None) -> str:
    """The SHA-256 of a page's HTML (None counts as empty), as the keys of its search entries and rendering hash it."""
    return hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest()


def packed(text: str | None) -> bytes | None:
    """A page's HTML compressed (None stays None)."""
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"), _LEVEL)


def unpacked(data: bytes | None) -> str | None:
    """The HTML that `packed` compressed."""
    return None if data is None else zlib.decompress(data).decode("utf-8", "surrogatepass")


class HeldPages:
    """Pages' HTML, compressed, with its digest, by page (id: the page objects live to the end of the build)."""

    def __init__(self):
        self._held: dict[int, tuple[bytes | None, str, bool]] = {}
        self.waiting = False  # the HTML is given back only for a rendering not in the cache (see html_may_wait)

    def hold(self, page, html: bytes | None, digest: str, search_attributes: bool) -> str:
        """Keep the page's HTML (packed), its digest and whether it has search attributes; let go of its Markdown;
        what the page holds meanwhile (an empty HTML)."""
        self._held[id(page)] = (html, digest, search_attributes)
        page.markdown = ""
        return ""

    def digest(self, page) -> str:
        """The digest of the page's HTML, held or given back."""
        held = self._held.get(id(page))
        return held[1] if held is not None else html_digest(page.content)

    def search_attributes(self, page) -> bool:
        """Whether the page's HTML, held or given back, has Material's search attributes."""
        held = self._held.get(id(page))
        return held[2] if held is not None else SEARCH_ATTRIBUTE_MARK in (page.content or "")

    def give_back(self, page) -> None:
        """Put the page's HTML back on it (a page not held is left as it is)."""
        if id(page) in self._held:
            page.content = unpacked(self._held.pop(id(page))[0])

    def let_go(self, page) -> None:
        """Drop the page's Markdown and HTML once it is rendered."""
        self._held.pop(id(page), None)
        page.markdown = page.content = None
