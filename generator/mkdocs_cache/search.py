"""Material's search entries of a page, cached: its plugin parses every page's HTML at every build.

Material's search plugin (9.x) adds a page to its index in `on_page_context` through
`SearchIndex.add_entry_from_context(page)`, which parses the page's HTML into sections and appends
one entry per section to `SearchIndex.entries`. What it reads of the page: its HTML, table of
contents, URL, title and front matter (`search`, `tags`, `title`). The hook replaces that method on
the plugin's own index object (not the class) with one that appends the entries stored under a
hash of those, or computes and stores them; tests/test_mkdocs_cache.py pins the Material versions
where this holds.
"""
from __future__ import annotations

import hashlib
import json
import re
from importlib import metadata

from generator.mkdocs_cache.held import SEARCH_ATTRIBUTE_MARK, reads_no_html

_PLUGIN_NAMES = ("material/search", "search")


def search_index_of(config):
    """Material's search index object of this build, or None (no search plugin, or not Material's)."""
    for name in _PLUGIN_NAMES:
        plugin = config.plugins.get(name)
        index = getattr(plugin, "search_index", None)
        if index is not None and hasattr(index, "add_entry_from_context") and isinstance(getattr(index, "entries", None), list):
            return index
    return None


def search_fingerprint(config, search_index) -> str:
    """A hash of what the entries depend on besides the page: Material's version, its settings, jieba."""
    from material.plugins.search import plugin as material_search

    parts = [metadata.version("mkdocs-material"), getattr(search_index, "config", {}),
             getattr(material_search, "jieba", None) is not None]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=repr).encode()).hexdigest()


def _toc(items) -> list:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in items]


def entries_key(fingerprint: str, page, html_digest: str) -> str:
    """The key of a page's search entries: what Material's indexing reads of the page (its HTML by its digest)."""
    parts = [fingerprint, page.url, page.title, _toc(page.toc), page.meta, html_digest]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=repr, ensure_ascii=False)
                          .encode("utf-8", "surrogatepass")).hexdigest()


def cache_indexing(search_index, store, fingerprint: str, held) -> None:
    """Make the index object take a page's entries from the store when they are there, and store them when not.

    `held`: the pages' HTML held packed (held.HeldPages), given back to a page only when its entries are computed."""
    compute = search_index.add_entry_from_context

    def add_entry_from_context(page):
        key = entries_key(fingerprint, page, held.digest(page))
        found = store.get(key)
        if found is not None:
            search_index.entries.extend(found)
            return
        held.give_back(page)
        start = len(search_index.entries)
        compute(page)
        store.put(key, search_index.entries[start:])

    search_index.add_entry_from_context = add_entry_from_context


# Material's SearchPlugin.on_page_context (9.x) indexes the page, then removes its `data-search-*`
# attributes with this pattern: a scan of the whole HTML, by a pattern with no literal prefix to
# search for (about a third of a second per thousand pages), that finds nothing in a page without
# the text "data-search-". The hook puts in its place the same two steps, the removal only where that
# text occurs (the same result: every match contains it); tests/test_mkdocs_cache.py pins the
# Material versions whose on_page_context is exactly these two steps.
_SEARCH_ATTRIBUTES = r"\s?data-search-\w+=\"[^\"]+\""
_CHECKED_MATERIAL = {"9.8.1"}


def _material_page_context(plugin, held):
    """Material's on_page_context, the removal of data-search-* attributes skipped where there are none (the HTML
    then left packed, if it is: held.HeldPages)."""
    @reads_no_html  # (only through `held`, which gives the HTML back where it is needed)
    def on_page_context(context, *, page, config, nav):
        if not plugin.config.enabled:
            return None
        plugin.search_index.add_entry_from_context(page)
        if held.search_attributes(page):
            held.give_back(page)
        if page.content is None or SEARCH_ATTRIBUTE_MARK in page.content:
            page.content = re.sub(_SEARCH_ATTRIBUTES, "", page.content)
        return None
    return on_page_context


def lighten_page_context(config, held) -> bool:
    """Put _material_page_context in the place of Material's search on_page_context (checked versions only)."""
    from material.plugins.search.plugin import SearchPlugin

    if metadata.version("mkdocs-material") not in _CHECKED_MATERIAL:
        return False
    events = config.plugins.events.get("page_context", [])
    for position, method in enumerate(events):
        plugin = getattr(method, "__self__", None)
        if isinstance(plugin, SearchPlugin) and getattr(method, "__func__", None) is SearchPlugin.on_page_context:
            replacement = _material_page_context(plugin, held)
            replacement.mkdocs_priority = getattr(method, "mkdocs_priority", 0)
            events[position] = replacement
            origins = getattr(config.plugins, "_event_origins", None)
            if isinstance(origins, dict) and method in origins:
                origins[replacement] = origins[method]
            return True
    return False


def release_entries(config) -> None:
    """Empty Material's search entries once its post-build wrote them (search_index.json is all that reads
    them later: the offline plugin and generator/search/hook.py read the file). Kept under `mkdocs serve
    --dirty`, where Material merges the next build's entries into them."""
    for name in _PLUGIN_NAMES:
        plugin = config.plugins.get(name)
        index = getattr(plugin, "search_index", None)
        if index is not None and isinstance(getattr(index, "entries", None), list) and not getattr(plugin, "is_dirty", False):
            index.entries = []
