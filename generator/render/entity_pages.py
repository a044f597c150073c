"""Entity pages and the entities index: everything the corpus says about one name, in every language.

An entity's page is its summary (names and counts per language, mentions by year, events, related
entities) and its most recent mentions; older mentions go on on numbered pages, each bounded in
articles and in quoted sentences, so that a name the whole corpus mentions still gets small pages.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from generator.knowledge.registry import ENTITY_TYPES
import re

from markupsafe import Markup

from generator.cache import content_key
from generator.lang.labels import site_language, tr, trn
from generator.lang.locale import native_name
from generator.model import HEADER_PLACE, HEADER_TITLE, Mention, Site, Span
from generator.render.environment import render, render_from
from generator.render.inputs import event_row_inputs, group_inputs
from generator.render.inline import highlighted_text, linked_text
from generator.render.pictures import entity_pictures
from generator.render.pages import chunks, event_title, page_date, page_range, pager
from generator.slugs import (ARTICLE_HEADER_ANCHOR, ENTITIES_INDEX, REPORT_PAGE, entity_events_page, entity_type_page,
                             numbered_pages)

MENTION_ARTICLES_PER_PAGE = 20  # articles per page of mentions
MENTION_SENTENCES_PER_PAGE = 60  # quoted sentences per page of mentions
SENTENCES_PER_ARTICLE = 3  # quoted per article when the mentions need several pages; the others are linked
_WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")  # Wikidata item ids: Q and a number; anything else is not linked
ENTITY_EVENTS = 10  # most recent events on the entity page (all of them on its events list)
ENTITY_EVENTS_REPORTED = 5  # most reported events on the entity page, when it has more than ENTITY_EVENTS
EVENTS_PER_PAGE = 100  # rows per page of an entity's events list
INDEX_ROWS = 50  # most mentioned entities of each type on the entities index
TYPE_PAGE_ROWS = 200  # rows per page of the list of one type


@dataclass(frozen=True)
class _Group:
    """The mentions of an entity in one article, and the distinct sentences that hold them."""

    article_id: str
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[Span, tuple[Mention, ...]], ...]  # in text order, with the mentions each holds
    quoted: int  # how many of the sentences the page quotes


def entity_page(site: Site, entity_id: str) -> list[tuple[str, str]]:
    """The pages of one entity: its summary and latest mentions, older mentions, the list of its events."""
    entity = site.entities[entity_id]
    page = site.entity_pages[entity_id]
    mentions = site.mentions_of.get(entity_id, ())
    plan = _plan(_groups(site, entity_id))
    paths = numbered_pages(page, len(plan))
    periods = _periods(site, plan)
    by_language = Counter(site.articles[a].lang for a, _ in mentions)
    articles_by_language = Counter(site.articles[g.article_id].lang for groups in plan for g in groups)
    names = dict(entity.names)
    summary = {
        "entity": _entity_fields(entity), "page": page, "count": len(mentions),
        "article_count": sum(len(groups) for groups in plan), "languages": len(by_language),
        "names": [{"lang": lang, "language": native_name(lang), "name": names.get(lang, ""),
                   "articles": articles_by_language[lang], "mentions": by_language[lang]}
                  for lang in sorted(set(names) | set(by_language))],
        "aliases": [{"lang": lang if lang != "any" else "und", "name": alias} for lang, alias in entity.aliases],
        "timeline": _timeline(site, plan[0]) if len(plan) == 1 else [],
        "years": _years(site, plan, paths) if len(plan) > 1 else [],
        "groups": [_group_row(site, g, page, entity_id) for g in plan[0]],
        "pager": pager(paths, 1, periods),
        "related": [
            {"name": site.entities[other].name(site_language()), "lang": name_language(site.entities[other], site_language()),
             "path": site.entity_pages[other], "count": count}
            for other, count in site.related.get(entity_id, ())
        ],
        "index": ENTITIES_INDEX, "report": REPORT_PAGE, "pictures": entity_pictures(site, entity_id, page, site_language()),
        "description": entity.description or f"{type_label(entity.type)}: " + trn(site_language(), "{n} mention", "{n} mentions", len(mentions)),
        **_events_summary(site, entity_id),
    }
    rendered = [(page, render("entity.md.j2", **summary))]
    # What every page of older mentions shows alike (the entity, and every page's path and period for the
    # pager), hashed once: hashed in each page's inputs, the lists of a much-named entity cost its pages squared.
    alike = content_key("entity-mentions", entity_id, entity, paths, periods) if len(plan) > 1 else ""
    rendered += [_mentions_page(site, entity_id, plan, paths, periods, number, alike) for number in range(2, len(plan) + 1)]
    events = list(site.events_of_entity.get(entity_id, ()))
    return rendered + (_events_list(site, entity_id, events) if len(events) > ENTITY_EVENTS else [])


def _entity_fields(entity) -> dict:
    """What the templates show of an entity's registry record."""
    wikidata = entity.wikidata if entity.wikidata and _WIKIDATA_ID.fullmatch(entity.wikidata) else None
    return {"id": entity.id, "name": entity.name(site_language()), "type": entity.type, "type_label": type_label(entity.type),
            "description": entity.description, "wikidata": entity.wikidata,
            "wikidata_url": Markup(f"<https://www.wikidata.org/wiki/{wikidata}>") if wikidata else None}


def name_language(entity, lang: str) -> str:
    """The language of the name Entity.name(lang) gives (marked on the page: an Arabic name in an English list
    is set right to left, apart from the counts beside it)."""
    names = dict(entity.names)
    return lang if names.get(lang) else "en" if names.get("en") else entity.names[0][0]


def type_label(kind: str) -> str:
    """An entity type as a heading in the site's language ("Places"); an unknown type as it is, capitalised."""
    labels = {"person": tr(site_language(), "People"), "organisation": tr(site_language(), "Organisations"), "place": tr(site_language(), "Places"),
              "zone": tr(site_language(), "Zones"),
              "event": tr(site_language(), "Named events"), "project": tr(site_language(), "Projects"),
              "other": tr(site_language(), "Other names")}
    return labels.get(kind, kind.capitalize())


def _groups(site: Site, entity_id: str) -> list[_Group]:
    """The entity's mentions grouped by article, newest article first (undated last).

    When they all fit on one page every sentence is quoted; else SENTENCES_PER_ARTICLE of each article.
    """
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for article_id, mention in site.mentions_of.get(entity_id, ()):
        by_article[article_id].append(mention)
    found = []
    for article_id in sorted(by_article, key=lambda a: _newest_first(site, a)):
        annotated = site.annotated[article_id]
        sentences: dict[Span, list[Mention]] = {}
        for mention in by_article[article_id]:
            # A header's mention is in no sentence: the group shows a dateline's place apart, and its heading is
            # the article's headline, linked to the article.
            if not mention.header:
                sentences.setdefault(annotated.sentence_at(mention.start), []).append(mention)
        found.append((article_id, tuple(by_article[article_id]), tuple((span, tuple(held)) for span, held in sentences.items())))
    fits = (len(found) <= MENTION_ARTICLES_PER_PAGE
            and sum(len(sentences) for _, _, sentences in found) <= MENTION_SENTENCES_PER_PAGE)
    return [_Group(article_id, mentions, sentences, len(sentences) if fits else min(len(sentences), SENTENCES_PER_ARTICLE))
            for article_id, mentions, sentences in found]


def _newest_first(site: Site, article_id: str) -> tuple:
    """Sort key: dated articles newest first, then undated ones, then by id."""
    published = site.articles[article_id].published
    return (published is None, -published.toordinal() if published else 0, article_id)


def _plan(groups: list[_Group]) -> list[list[_Group]]:
    """The groups cut into pages of at most MENTION_ARTICLES_PER_PAGE articles and MENTION_SENTENCES_PER_PAGE sentences."""
    pages: list[list[_Group]] = [[]]
    sentences = 0
    for group in groups:
        if pages[-1] and (len(pages[-1]) == MENTION_ARTICLES_PER_PAGE or sentences + group.quoted > MENTION_SENTENCES_PER_PAGE):
            pages.append([])
            sentences = 0
        pages[-1].append(group)
        sentences += group.quoted
    return pages


def _group_row(site: Site, group: _Group, page: str, entity_id: str) -> dict:
    """One article's mentions as a page shows them: a few sentences quoted, the rest counted and linked."""
    article, annotated = site.articles[group.article_id], site.annotated[group.article_id]
    shown, rest = group.sentences[:group.quoted], group.sentences[group.quoted:]
    return {
        "article": {"id": article.id, "title": article.title, "lang": article.lang},
        "path": site.page_paths[article.id], "count": len(group.mentions),
        "date": page_date(article.published, site_language()) or tr(site_language(), "date unknown"),
        "language": native_name(article.lang),
        "sentences": _headline(article.title, group) + [
            {"text": linked_text(annotated, span, page, site.entity_pages, entity_id),
             "anchor": annotated.paragraph_at(held[0].start).anchor} for span, held in shown],
        "more": sum(len(held) for _, held in rest),
        "more_anchor": annotated.paragraph_at(rest[0][1][0].start).anchor if rest else "",
        "dateline": ", ".join(m.surface for m in group.mentions if m.header == HEADER_PLACE),
        "dateline_anchor": ARTICLE_HEADER_ANCHOR,
    }


def _headline(title: str, group: _Group) -> list[dict]:
    """The article's headline quoted, the entity's names in it in bold, when it names the entity (a header mention)."""
    spans = tuple(Span(m.start, m.end) for m in group.mentions if m.header == HEADER_TITLE)
    return [{"text": highlighted_text(title, spans), "anchor": ARTICLE_HEADER_ANCHOR}] if spans else []


def _periods(site: Site, plan: list[list[_Group]]) -> list[str]:
    """The publication dates each page of mentions spans, for the links between the pages."""
    periods = []
    for groups in plan:
        days = [site.articles[g.article_id].published for g in groups if site.articles[g.article_id].published]
        periods.append(page_range(min(days), max(days), "day", site_language()) if days else tr(site_language(), "date unknown"))
    return periods


def _timeline(site: Site, groups: list[_Group]) -> list[dict]:
    """One row per article (for an entity whose mentions fit on one page)."""
    rows = []
    for group in groups:
        article = site.articles[group.article_id]
        rows.append({"date": page_date(article.published, site_language()), "language": native_name(article.lang), "lang": article.lang,
                     "title": article.title, "anchor": f"in-{article.id}", "count": len(group.mentions)})
    return rows


def _years(site: Site, plan: list[list[_Group]], paths: list[str]) -> list[dict]:
    """One row per year (newest first): articles, mentions, and the pages that hold them."""
    years: dict = {}
    for number, groups in enumerate(plan, start=1):
        for group in groups:
            published = site.articles[group.article_id].published
            row = years.setdefault(published.year if published else None, {
                "year": published.year if published else tr(site_language(), "date unknown"), "articles": 0, "mentions": 0,
                "first": number, "last": number, "path": paths[number - 1], "anchor": f"in-{group.article_id}"})
            row["articles"] += 1
            row["mentions"] += len(group.mentions)
            row["last"] = number
    return list(years.values())


def _mentions_page(site: Site, entity_id: str, plan: list[list[_Group]], paths: list[str], periods: list[str],
                   number: int, alike: str) -> tuple[str, str]:
    """Page `number` (2 or more) of an entity's mentions: older articles, within the same bounds as the first page."""
    entity = site.entities[entity_id]
    page = paths[number - 1]
    first = sum(len(groups) for groups in plan[:number - 1]) + 1
    groups = plan[number - 1]
    article_count = sum(len(groups) for groups in plan)
    # Quoting the sentences with their links is most of the work of a job: a page of older mentions
    # whose articles did not change is not made again (one changed article changes one such page).
    # A group is its article's mentions of the entity (given by the article as annotated) and how many it quotes.
    inputs = (alike, page, number, first, article_count,
              [(g.article_id, g.quoted, group_inputs(site, g.article_id)) for g in groups])
    return page, render_from("entity_mentions.md.j2", inputs, lambda: dict(
        entity=_entity_fields(entity), page=page, entity_page=paths[0],
        groups=[_group_row(site, g, page, entity_id) for g in groups],
        pager=pager(paths, number, periods), period=periods[number - 1],
        first=first, last=first + len(groups) - 1, article_count=article_count,
    ))


def _event_row(site: Site, event_id: str) -> dict:
    """An event as a list shows it: dates, title, number of sources."""
    event = site.events[event_id]
    return {"title": event_title(site, event, site_language()), "path": site.event_pages[event_id], "sources": len(event.sources),
            "dates": page_range(event.first, event.last, event.precision, site_language())}


def _events_summary(site: Site, entity_id: str) -> dict:
    """The entity's most recent events and, when it has many, its most reported ones and a link to them all."""
    events = list(site.events_of_entity.get(entity_id, ()))  # in date order
    if len(events) <= ENTITY_EVENTS:
        return {"events": [_event_row(site, e) for e in events], "reported": [], "event_count": len(events),
                "events_page": None}
    reported = sorted(events, key=lambda e: (-len(site.events[e].sources), e))[:ENTITY_EVENTS_REPORTED]
    return {"events": [_event_row(site, e) for e in reversed(events[-ENTITY_EVENTS:])],
            "reported": [_event_row(site, e) for e in reported], "event_count": len(events),
            "events_page": entity_events_page(entity_id)}


def _events_list(site: Site, entity_id: str, events: list[str]) -> list[tuple[str, str]]:
    """Every event the entity takes part in, newest first, on pages of EVENTS_PER_PAGE."""
    pieces = chunks(list(reversed(events)), EVENTS_PER_PAGE)
    paths = numbered_pages(entity_events_page(entity_id), len(pieces))
    entity = site.entities[entity_id]
    # Titling each event in the site's language is most of the work: a page whose events, their pages and
    # their entities did not change is not made again (a changed article changes the pages of its events).
    return [
        (path, render_from("entity_events.md.j2",
                           (entity_id, entity, path, site.entity_pages[entity_id], len(events), paths, number,
                            [event_row_inputs(site, e) for e in piece]),
                           lambda piece=piece, path=path, number=number: dict(
                               entity=_entity_fields(entity), page=path, entity_page=site.entity_pages[entity_id],
                               count=len(events), rows=[_event_row(site, e) for e in piece],
                               pager=pager(paths, number))))
        for number, (piece, path) in enumerate(zip(pieces, paths), start=1)
    ]


def entities_index(site: Site) -> list[tuple[str, str]]:
    """The most mentioned entities of each type, with mention counts and languages; then the whole list of each type."""
    by_type = _rows_by_type(site)
    sections = [{"type": kind, "label": type_label(kind), "count": len(rows), "rows": rows[:INDEX_ROWS],
                 "path": entity_type_page(kind) if len(rows) > INDEX_ROWS else None}
                for kind, rows in by_type.items()]
    summary = trn(site_language(), "{n} entity, most mentioned first.", "{n} entities, most mentioned first.", sum(len(rows) for rows in by_type.values()))
    index = (ENTITIES_INDEX, render("entities_index.md.j2", page=ENTITIES_INDEX, sections=sections, summary=summary))
    return [index, *(page for kind, rows in by_type.items() if len(rows) > INDEX_ROWS for page in _type_pages(kind, rows))]


def _rows_by_type(site: Site) -> dict[str, list[dict]]:
    """Every entity as an index row, by type (registry types first), most mentioned first."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for entity_id, entity in site.entities.items():
        mentions = site.mentions_of.get(entity_id, ())
        if not mentions:  # a registry name no article uses: nothing to read on its page
            continue
        by_type[entity.type].append({
            "name": entity.name(site_language()), "path": site.entity_pages[entity_id], "count": len(mentions),
            "languages": ", ".join(native_name(lang) for lang in sorted({site.articles[a].lang for a, _ in mentions})),
        })
    order = (*ENTITY_TYPES, *sorted(set(by_type) - set(ENTITY_TYPES)))
    return {kind: sorted(by_type[kind], key=lambda r: (-r["count"], r["name"].casefold()))
            for kind in order if by_type.get(kind)}


def _type_pages(kind: str, rows: list[dict]) -> list[tuple[str, str]]:
    """The whole list of one type, TYPE_PAGE_ROWS a page."""
    pieces = chunks(rows, TYPE_PAGE_ROWS)
    paths = numbered_pages(entity_type_page(kind), len(pieces))
    return [
        (path, render("entity_type.md.j2", type=kind, type_label=type_label(kind), page=path, index=ENTITIES_INDEX, count=len(rows),
                      rows=piece, first=(number - 1) * TYPE_PAGE_ROWS + 1, pager=pager(paths, number)))
        for number, (piece, path) in enumerate(zip(pieces, paths), start=1)
    ]
