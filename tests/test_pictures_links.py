"""Reader pages, unit by unit: links once per paragraph and kept apart, disputed words marked, per-language event
titles, and the SVG pictures (deterministic, escaped, titled, right-to-left labels)."""
from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.build import build
from generator.model import Mention, Span
from generator.render import pictures
from generator.render.event_pages import conflicting_events
from generator.render.inline import linked_text
from generator.render.pages import event_title

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(SEEDS, tmp_path_factory.mktemp("pictures") / "docs", use_cache=False).site


def _annotated(body: str, mentions: list[tuple[int, int, str]]):
    """A stand-in for an annotated article: its body and its mentions (start, end, entity)."""
    found = [Mention(start=s, end=e, entity=entity, surface=body[s:e]) for s, e, entity in mentions]
    return SimpleNamespace(article=SimpleNamespace(body=body), candidate_set=frozenset(),
                           mentions_within=lambda start, end: [m for m in found if start <= m.start and m.end <= end])


PAGES = {"a": "entities/a.md", "b": "entities/b.md"}


@pytest.mark.parametrize(("body", "mentions", "links", "separators"), [
    # the same name twice in one paragraph: linked where the reader first meets it
    ("Anna met Bob. Anna left.", [(0, 4, "a"), (9, 12, "b"), (14, 18, "a")], 2, 0),
    # two names side by side (Russian "провинции Ляонин Ли Лэчэн"): a separator keeps them apart
    ("провинции Ляонин Ли Лэчэн", [(10, 16, "a"), (17, 25, "b")], 2, 1),
    # names with words between them need none
    ("Anna and Bob", [(0, 4, "a"), (9, 12, "b")], 2, 0),
])
def test_one_link_per_entity_and_paragraph(body, mentions, links, separators):
    text = linked_text(_annotated(body, mentions), Span(0, len(body)), "en/x.md", PAGES)
    assert text.count("](<") == links
    assert text.count("dossier-sep") == separators


def test_disputed_words_are_marked_and_escaped():
    body = "It cost <b>837 billion</b> yuan."
    text = linked_text(_annotated(body, []), Span(0, len(body)), "en/x.md", PAGES, marks=(Span(11, 22),))
    assert "<mark>837 billion</mark>" in text and "<b>" not in text


def test_event_titles_in_each_language(site):
    """An event titled from its places gets their names in the page's language, its dates in that locale."""
    event = next(e for e in site.events.values() if e.title.count(",") >= 2 and not e.titles)
    for lang in ("ar", "ru", "th", "de"):
        title = event_title(site, event, lang)
        names = [site.entities[e].name(lang) for e in (*event.places, *event.participants) if site.entities[e].name() in event.title]
        assert names and all(name in title for name in names), (lang, title)
        assert event.title != title


def test_conflicting_reports_of_one_event_are_found(site):
    """Two events with the same places and participants from versions of one story, dated differently, conflict."""
    pairs = {(e.id, other.id) for e in site.events.values() for other in conflicting_events(site, e)}
    assert pairs and all((b, a) in pairs for a, b in pairs)
    for a, b in pairs:
        assert (site.events[a].first, site.events[a].last) != (site.events[b].first, site.events[b].last)


def _pictures(site) -> list[str]:
    entity = max(site.entities, key=lambda e: len(site.mentions_of.get(e, ())))
    events = sorted(site.events.values(), key=lambda e: (e.first, e.id))
    found = [pictures.timeline_chart(site, events, "events/index.md", "en", {events[0].id}),
             pictures.network(site, "index.md", "en"), *pictures.entity_pictures(site, entity, site.entity_pages[entity], "en")]
    return [str(p) for p in found if p]


def test_pictures_are_deterministic_titled_svg(site):
    first, again = _pictures(site), _pictures(site)
    assert first == again and len(first) >= 4
    for picture in first:
        svg = ElementTree.fromstring(picture).find(f"{SVG}svg")
        assert svg.find(f"{SVG}title").text and svg.find(f"{SVG}desc").text
        labelled = svg.get("aria-labelledby").split()
        assert labelled == [svg.find(f"{SVG}title").get("id"), svg.find(f"{SVG}desc").get("id")]
        assert "http" not in picture.replace("http://www.w3.org/2000/svg", "")
        for link in svg.iter(f"{SVG}a"):
            assert link.get("href").endswith(".html") and link.find(f"{SVG}title").text


def test_picture_text_is_escaped(site):
    entity = max(site.entities, key=lambda e: len(site.mentions_of.get(e, ())))
    hostile = dataclasses.replace(site.entities[entity], names=(("en", '<script>alert("x")</script> & co'),))
    changed = dataclasses.replace(site, entities={**site.entities, entity: hostile})
    picture = str(pictures.network(changed, "index.md", "en"))
    assert "<script" not in picture and "&lt;script&gt;" in picture
    ElementTree.fromstring(picture)


@pytest.mark.parametrize(("lang", "anchor", "rtl"), [("ar", "end", True), ("en", "start", False), ("th", "start", False)])
def test_right_to_left_labels(lang, anchor, rtl):
    """An Arabic label reads right to left and sits where a left-to-right one would (its anchor swapped)."""
    text = ElementTree.fromstring(pictures._text(10, 10, "x", lang))
    assert text.get("text-anchor") == anchor and (text.get("direction") == "rtl") == rtl and text.get("lang") == lang


def test_map_is_left_out_without_coordinates(site):
    """No place has coordinates in the seed site model: no empty map is drawn."""
    assert pictures.place_map(site, "index.md", "en") is None
    located = dataclasses.replace(site, entities={e: SimpleNamespace(**{f.name: getattr(x, f.name) for f in dataclasses.fields(x)},
                                                                     latitude=41.8, longitude=123.4, name=x.name)
                                                  for e, x in list(site.entities.items())[:1]})
    picture = pictures.place_map(located, "index.md", "en")
    assert picture is not None and "<circle" in str(picture)


@pytest.mark.parametrize("mentions, radius", [(0, 4.0), (1, 4.0), (2, 6.5), (4, 9.0), (16, 14.0), (5000, 14.0)])
def test_a_node_is_sized_by_its_own_mentions(mentions, radius):
    # No corpus-wide maximum in the scale: one more mention of the largest entity redraws no other picture.
    assert pictures._node_size(mentions) == pytest.approx(radius)
