"""knowledge.json: everything extracted, for other tools (its format is documented in the README)."""
from __future__ import annotations

import json
from collections.abc import Iterator

from generator.model import HEADER_TITLE, Site
from generator.slugs import html_url

FORMAT_VERSION = 1


def knowledge(site: Site) -> str:
    """The JSON export of the site model, sorted and stable."""
    return "".join(knowledge_parts(site))


def knowledge_parts(site: Site) -> Iterator[str]:
    """The JSON export in parts of one article, entity, event or story each, made as they are written.

    At 10,000 articles the export is a few hundred MB as text and several times that as Python
    objects: made whole, it was most of the generator's peak memory.
    """
    document = {"format": FORMAT_VERSION, "articles": _articles(site), "entities": _entities(site),
                "events": _events(site), "stories": _stories(site)}
    return _one_item_per_line(document)


def _articles(site: Site) -> Iterator[dict]:
    """Every article as read, with its page and paragraphs."""
    return (
        {
            "id": a.id,
            "source_file": a.source_file,
            "lang": a.lang,
            "title": a.title,
            "title_derived": a.title_derived,
            "subtitle": a.subtitle,
            "published": a.published.isoformat() if a.published else None,
            "published_time": a.published_time,
            "date_basis": a.date_basis,
            "place": a.place,
            "source": a.source,
            "url": html_url(site.page_paths[a.id]),
            "source_url": a.url,
            "story": a.story,
            "truncated": a.truncated,
            "paragraphs": [{"anchor": p.anchor, "kind": p.kind, "start": p.start, "end": p.end} for p in a.paragraphs],
            "body": a.body,
        }
        for a in (site.articles[i] for i in sorted(site.articles))
    )


def _one_item_per_line(document: dict) -> Iterator[str]:
    """The document as JSON with one article, entity, event or story per line: diffable, and written by
    json's C encoder (an indented dump is pure Python and takes seconds for thousands of articles)."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    for number, key in enumerate(sorted(document)):
        value = document[key]
        yield ("{\n" if number == 0 else ",\n") + f"{dump(key)}: "
        if isinstance(value, (int, str)):
            yield dump(value)
            continue
        items = iter(value)
        first = next(items, _NONE)
        if first is _NONE:
            yield "[]"
            continue
        yield "[\n" + dump(first)
        for item in items:
            yield ",\n" + dump(item)
        yield "\n]"
    yield "\n}\n"


_NONE = object()  # no item at all (an empty list is written "[]")


def _entities(site: Site) -> Iterator[dict]:
    """Every entity (registry and candidates) with its mentions as article id + span + surface."""
    return (
        {
            "id": entity.id,
            "type": entity.type,
            "names": dict(entity.names),
            "aliases": sorted({alias for _, alias in entity.aliases}),
            "description": entity.description or None,
            "wikidata": entity.wikidata,
            "ref": entity.ref or None,  # the shared gazetteer id (cldr:DE, geonames:2034937) that joined its names
            "reviewed": entity.reviewed,
            "url": html_url(site.entity_pages[entity.id]),
            "mentions": [
                # A name in the headline: its span is in the article's title ("in": "title").
                {"article": article_id, "start": m.start, "end": m.end, "surface": m.surface, "in": "title"}
                if m.header == HEADER_TITLE else
                # A dateline's place is in the article's header, not its body: no body span ("in": "header").
                {"article": article_id, "start": None, "end": None, "surface": m.surface, "in": "header"} if m.header else
                {"article": article_id, "start": m.start, "end": m.end, "surface": m.surface}
                for article_id, m in site.mentions_of.get(entity.id, ())
            ],
        }
        for entity in (site.entities[i] for i in sorted(site.entities))
    )


def _events(site: Site) -> Iterator[dict]:
    """Every event with its date range, places, participants and sources (sentence and date spans)."""
    return (
        {
            "id": event.id,
            "title": event.title,
            "titles": dict(event.titles),
            "start": event.first.isoformat(),
            "end": event.last.isoformat(),
            "precision": event.precision,
            "places": list(event.places),
            "participants": list(event.participants),
            "url": html_url(site.event_pages[event.id]),
            "sources": [
                {"article": s.article, "start": s.sentence.start, "end": s.sentence.end,
                 "date_start": s.date.start, "date_end": s.date.end, "paragraph": s.paragraph}
                for s in event.sources
            ],
        }
        for event in site.events.values()
    )


def _stories(site: Site) -> Iterator[dict]:
    """Every story with its versions and every aligned fact, disagreements flagged."""
    return (
        {
            "id": story.id,
            "title": story.title,
            "articles": list(story.articles),
            "forced": story.forced,
            "url": html_url(site.story_pages[story.id]),
            "facts": [_fact(fact) for fact in story.facts],
            "discrepancies": [_fact(fact) for fact in story.discrepancies],
        }
        for story in (site.stories[i] for i in sorted(site.stories))
    )


def _fact(fact) -> dict:
    """One aligned fact: what it is about, and the value each version gives, with spans."""
    return {
        "kind": fact.kind, "what": fact.label, "note": fact.note or None, "disagrees": fact.disagrees,
        "values": [
            {"article": v.article, "value": v.value, "surface": v.surface, "start": v.span.start, "end": v.span.end,
             "sentence_start": v.sentence.start, "sentence_end": v.sentence.end}
            for v in fact.values
        ],
    }
