"""knowledge.json: everything extracted, for other tools (its format is documented in the README)."""
from __future__ import annotations

import json
from functools import partial
from collections.abc import Callable, Iterator, Mapping
from typing import Protocol

from generator.model import HEADER_TITLE, Site
from generator.slugs import html_url

FORMAT_VERSION = 1


class Lines(Protocol):
    """Where items of the last run's knowledge.json are found again, by a key that stands for what each is made of."""

    def line(self, key: str) -> bytes | None:
        """The item's JSON as the last run wrote it (None: make it)."""

    def wrote(self, key: str, offset: int, size: int) -> None:
        """Where this run wrote the item (its offset and size in the file)."""


def knowledge(site: Site) -> str:
    """The JSON export of the site model, sorted and stable."""
    return "".join(knowledge_parts(site))


def knowledge_parts(site: Site) -> Iterator[str]:
    """The JSON export in parts of one article, entity, event or story each, made as they are written."""
    return (part.decode("utf-8") for part in knowledge_bytes(site))


def knowledge_bytes(site: Site, keys: Mapping[tuple[str, str], str] | None = None,
                    lines: Lines | None = None) -> Iterator[bytes]:
    """The JSON export as UTF-8 parts of one article, entity, event or story each, made as they are written.

    At 10,000 articles the export is a few hundred MB as text and several times that as Python
    objects: made whole, it was most of the generator's peak memory. `keys`: (section, id) -> a hash of
    everything the item is made of; an item whose key `lines` holds is taken from there, not made again.
    """
    document = {"format": FORMAT_VERSION, "articles": _articles(site), "entities": _entities(site),
                "events": _events(site), "stories": _stories(site)}
    return _item_lines(document, keys or {}, lines)


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
    return (part.decode("utf-8") for part in _item_lines(document, {}, None))


def _item_lines(document: dict, keys: Mapping[tuple[str, str], str], lines: Lines | None) -> Iterator[bytes]:
    """_one_item_per_line as UTF-8 bytes; an item is a value, or (id, a function that makes the value)."""
    def dump(value) -> bytes:
        return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")

    offset = 0
    for number, name in enumerate(sorted(document)):
        value = document[name]
        head = ("{\n" if number == 0 else ",\n").encode("utf-8") + dump(name) + b": "
        if isinstance(value, (int, str)):
            part = head + dump(value)
            yield part
            offset += len(part)
            continue
        before = b"[\n"
        for item in value:
            item_id, make = item if isinstance(item, tuple) else (None, lambda item=item: item)
            key = keys.get((name, item_id)) if item_id is not None else None
            text = lines.line(key) if lines is not None and key is not None else None
            text = dump(make()) if text is None else text
            offset += len(head) + len(before)
            if lines is not None and key is not None:
                lines.wrote(key, offset, len(text))
            yield head + before + text
            offset += len(text)
            head, before = b"", b",\n"
        tail = b"[]" if before == b"[\n" else b"\n]"
        yield head + tail
        offset += len(head) + len(tail)
    yield b"\n}\n"


def _entities(site: Site) -> Iterator[tuple[str, Callable[[], dict]]]:
    """Every entity (registry and candidates) with its mentions as article id + span + surface (made when asked)."""
    return _made_when_asked(site, site.entities, _entity)


def _made_when_asked(site: Site, records: Mapping[str, object], make) -> Iterator[tuple[str, Callable[[], dict]]]:
    """(id, a function making its item) for each record, by id: an item the last run wrote is not made."""
    return ((record_id, partial(make, site, records[record_id])) for record_id in sorted(records))


def _entity(site: Site, entity) -> dict:
    """One entity of the export."""
    return {
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


def _stories(site: Site) -> Iterator[tuple[str, Callable[[], dict]]]:
    """Every story with its versions and every aligned fact, disagreements flagged (made when asked)."""
    return _made_when_asked(site, site.stories, _story)


def _story(site: Site, story) -> dict:
    """One story of the export."""
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "forced": story.forced,
        "url": html_url(site.story_pages[story.id]),
        "facts": [_fact(fact) for fact in story.facts],
        "discrepancies": [_fact(fact) for fact in story.discrepancies],
    }


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
