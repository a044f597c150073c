"""Prepare Material's search index for every language (used by the build hook, generator/search/hook.py)."""
from __future__ import annotations

import html
import json
import posixpath
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from generator.search import FIELDS, LUNR_LANGUAGE, SEPARATOR
from generator.slugs import (
    ENTITIES_INDEX, HOME_PAGE, REPORT_PAGE, STORIES_INDEX, TIMELINE_PAGE, entity_page, event_page,
    language_index_page, story_page,
)

_SECTIONS_REPEAT = frozenset({ENTITIES_INDEX, HOME_PAGE, REPORT_PAGE, STORIES_INDEX, TIMELINE_PAGE})
_KINDS = (("entity", entity_page), ("event", event_page), ("story", story_page))


@dataclass(frozen=True)
class PageInfo:
    """What the index needs to know about a page: its language (if it is in one) and kind."""

    lang: str | None
    kind: str  # article | language | entity | event | story | site | page (hand-written)

    @property
    def whole(self) -> bool:
        """Whether every section of the page is indexed (articles and hand-written pages)."""
        return self.kind in ("article", "page")


def page_info(src_uri: str, meta: Mapping) -> PageInfo:
    """The kind of a docs page, from where the generator puts it and its front matter."""
    lang = meta.get("lang") if isinstance(meta.get("lang"), str) else None
    if meta.get("dossier_article"):
        return PageInfo(lang, "article")
    if lang and src_uri == language_index_page(lang):
        return PageInfo(lang, "language")
    # Pages about many languages carry the site's language for their labels only: their text is in
    # every language, so search shows their kind ("Entity"), not a language.
    if src_uri in _SECTIONS_REPEAT:
        return PageInfo(None, "site")
    for kind, page in _KINDS:
        folder = posixpath.dirname(page("x"))
        if posixpath.dirname(src_uri) == folder and src_uri.endswith(".md"):
            return PageInfo(None, kind)
    return PageInfo(None, "page")


def entity_names(knowledge: Mapping) -> dict[str, list[str]]:
    """The names and aliases of each entity in every language, by the URL of its page (from knowledge.json)."""
    names: dict[str, list[str]] = {}
    for entity in knowledge.get("entities", []):
        if not entity.get("url"):
            continue
        found = [*entity.get("names", {}).values(), *entity.get("aliases", [])]
        names[entity["url"]] = list(dict.fromkeys(n for n in found if isinstance(n, str) and n.strip()))
    return names


def thai_names(knowledge: Mapping) -> set[str]:
    """Every entity name and alias, for the Thai segmenter's dictionary (it keeps only the Thai ones)."""
    return {name for names in entity_names(knowledge).values() for name in names}


def prepare(index: Mapping, pages: Mapping[str, PageInfo], names: Mapping[str, list[str]],
            languages: Mapping[str, str], segment: Callable[[str], str]) -> dict:
    """The index with Thai segmented, repeated sections left out, entity names as tags, languages marked.

    `pages` and `names` are keyed by page URL (percent-decoded); `languages` maps a language code to
    its native name.
    """
    docs = []
    # A page's sections share its path: decoded once (unquote was most of prepare's time at 10,000 articles).
    decoded: dict[str, str] = {}
    for doc in _merge_title_sections(index.get("docs", [])):
        path, _, anchor = doc["location"].partition("#")
        readable = decoded.get(path)
        if readable is None:
            readable = decoded[path] = unquote(path)
        info = pages.get(readable, PageInfo(None, "page"))
        if anchor and not info.whole:
            continue
        entry = dict(doc)
        # Page URLs as UTF-8 too (the browser percent-encodes them when it follows a result).
        if not set(readable) & set("%#?\\"):
            entry["location"] = readable + (f"#{anchor}" if anchor else "")
        entry["title"] = segment(entry.get("title", ""))
        entry["text"] = segment(entry.get("text", ""))
        if not anchor:
            if info.lang:
                entry["lang"] = info.lang
            if info.kind in ("entity", "event", "story", "site"):
                entry["kind"] = info.kind
            if info.kind == "entity" and names.get(readable):
                # The index holds HTML (Material renders it as such): names are text, so escape them.
                entry["tags"] = [segment(html.escape(name, quote=False)) for name in names[readable]]
        if "tags" in entry and info.kind != "entity":
            entry["tags"] = [segment(str(tag)) for tag in entry["tags"]]
        docs.append(entry)
    used = used_languages(pages.values())
    config = dict(index.get("config", {}))
    config.update({
        "lang": [LUNR_LANGUAGE],
        "separator": config.get("separator") or SEPARATOR,
        "pipeline": [],
        "fields": config.get("fields") or FIELDS,
        "dossier": {"languages": {lang: languages.get(lang, lang) for lang in used}},
    })
    return {**index, "config": config, "docs": docs}


def entries_used(entries: list[dict], info: PageInfo) -> list[dict]:
    """Of one page's search entries as Material made them (in order), those `prepare` can use: all of a page
    indexed whole; of another, its first entry and the sections `_merge_title_sections` joins to it.

    The other sections of entity, event and story pages (every quoted mention, most of the raw index)
    are left out by `prepare` anyway: dropped as each page is indexed, they are never held to the end
    of the build, written into Material's index and parsed back from it.
    """
    if info.whole or not entries:
        return entries
    first = entries[0]
    path, _, anchor = first["location"].partition("#")
    used = [first]
    for doc in entries[1:] if not anchor else ():
        doc_path, _, doc_anchor = doc["location"].partition("#")
        if not (doc_anchor and doc_path == path and doc.get("title") == first.get("title")):
            break
        used.append(doc)
    return used


def _merge_title_sections(docs: list[dict]) -> list[dict]:
    """Documents with a page's title section joined to the page itself.

    A page whose heading comes inside a wrapper (an article's <article>) is split by Material into a
    page document with what lies outside the wrapper and a section with the page's own title holding
    the text; the text belongs to the page (Material ranks pages above their sections).
    """
    merged: list[dict] = []
    for doc in docs:
        path, _, anchor = doc["location"].partition("#")
        page = merged[-1] if merged else None
        # Sections follow their page: the page being the last document means this is its first section.
        if anchor and page is not None and page["location"] == path and page.get("title") == doc.get("title"):
            text = " ".join(t for t in (doc.get("text", ""), page.get("text", "")) if t)
            merged[-1] = {**page, "text": text}
            continue
        merged.append(doc)
    return merged


def dumps(index: Mapping) -> str:
    """The index as compact JSON with characters as they are (UTF-8), not \\u escapes."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def used_languages(pages: Iterable[PageInfo]) -> list[str]:
    """The languages of the pages, sorted."""
    return sorted({info.lang for info in pages if info.lang})
