"""Material's search entries of pages not indexed whole are left out as each page is indexed
(generator.search.index.entries_used, applied by the search hook): the prepared index is the one all
the entries give, for every kind of page and every order of sections.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator.search import hook
from generator.search.index import PageInfo, entries_used, prepare

KINDS = {"article": PageInfo("en", "article"), "page": PageInfo(None, "page"), "entity": PageInfo(None, "entity"),
         "event": PageInfo(None, "event"), "story": PageInfo(None, "story"), "site": PageInfo(None, "site"),
         "language": PageInfo("en", "language")}


def entry(location: str, title: str, text: str = "text") -> dict:
    return {"location": location, "title": title, "text": f"{text} of {location}"}


# One page's entries as Material makes them: (page URL, entries).
PAGES = {
    "page entry, title section, other sections": ("x.html", [entry("x.html", "X"), entry("x.html#x", "X"),
                                                             entry("x.html#a", "A"), entry("x.html#b", "B")]),
    "two title sections, then one": ("x.html", [entry("x.html", "X"), entry("x.html#x", "X"), entry("x.html#x-2", "X"),
                                                entry("x.html#a", "A")]),
    "a title section after another section": ("x.html", [entry("x.html", "X"), entry("x.html#a", "A"),
                                                         entry("x.html#x", "X")]),
    "no page entry": ("x.html", [entry("x.html#a", "A"), entry("x.html#x", "X")]),
    "page entry only": ("x.html", [entry("x.html", "X")]),
    "nothing": ("x.html", []),
}


def index_of(pages: list[tuple[str, list[dict]]]) -> dict:
    return {"config": {"lang": ["en"]}, "docs": [doc for _, entries in pages for doc in entries]}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("case", sorted(PAGES))
def test_the_prepared_index_is_the_same_without_the_entries_left_out(kind, case):
    url, entries = PAGES[case]
    info = KINDS[kind]
    before = ("a.html", [entry("a.html", "A"), entry("a.html#x", "X")])  # a neighbour page indexed whole
    pages = {"a.html": PageInfo("en", "article"), url: info}
    everything = prepare(index_of([before, (url, entries)]), pages, {}, {"en": "English"}, lambda text: text)
    used = prepare(index_of([before, (url, entries_used(entries, info))]), pages, {}, {"en": "English"},
                   lambda text: text)
    assert used == everything
    if info.whole:
        assert entries_used(entries, info) == entries


def test_sections_of_an_entity_page_are_left_out():
    _, entries = PAGES["page entry, title section, other sections"]
    assert [e["location"] for e in entries_used(entries, KINDS["entity"])] == ["x.html", "x.html#x"]


def test_the_hook_trims_only_the_entries_of_the_page_just_indexed():
    """The hook takes the last entries located at the page's URL, after Material's plugin appended them."""
    earlier = [entry("e.html", "E"), entry("e.html#a", "A")]  # another entity page, already trimmed or not
    _, entries = PAGES["page entry, title section, other sections"]
    index = SimpleNamespace(entries=[*earlier, *entries])
    config = SimpleNamespace(plugins={"material/search": SimpleNamespace(search_index=index)})
    page = SimpleNamespace(url="x.html")
    hook._drop_unused_entries(config, page, KINDS["entity"])
    assert index.entries == [*earlier, *entries[:2]]
    hook._drop_unused_entries(config, page, KINDS["article"])
    assert index.entries == [*earlier, *entries[:2]]  # a page indexed whole: nothing left out
