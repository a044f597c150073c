"""Event pages and the timeline: what happened when, and what each source says of it.

An event reported by many articles quotes them on numbered pages; the timeline is cut into pages
of a fixed number of events, with a link to the page where each year begins.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from generator.lang.labels import site_language, tr, trn
from generator.lang.locale import format_range, native_name
from generator.model import Event, Site
from generator.render.environment import render, render_from
from generator.render.inline import linked_text
from generator.render.pictures import timeline_chart
from generator.render.pages import chunks, event_title, page_range, pager, year_links
from generator.slugs import TIMELINE_PAGE, numbered_pages

SOURCES_PER_PAGE = 20  # quoted sources per page of an event
TIMELINE_PAGE_SIZE = 200  # events per page of the timeline


def event_page(site: Site, event_id: str) -> list[tuple[str, str]]:
    """The pages of one event: date range, places and participants, each source's sentence, SOURCES_PER_PAGE a page."""
    event = site.events[event_id]
    pieces = chunks(list(enumerate(event.sources, start=1)), SOURCES_PER_PAGE)
    paths = numbered_pages(site.event_pages[event.id], len(pieces))
    return [_event_page(site, event, piece, paths, number) for number, piece in enumerate(pieces, start=1)]


def _event_page(site: Site, event: Event, piece: list, paths: list[str], number: int) -> tuple[str, str]:
    """Page `number` of an event: the whole summary on the first, its share of the sources on each."""
    page = paths[number - 1]
    sources = []
    for index, source in piece:
        article, annotated = site.articles[source.article], site.annotated[source.article]
        sources.append({
            "article": {"title": article.title, "lang": article.lang}, "index": index,
            "path": site.page_paths[source.article], "anchor": source.paragraph,
            "language": native_name(article.lang), "said": article.body[source.date.start:source.date.end], "dates": "",
            "text": linked_text(annotated, source.sentence, page, site.entity_pages),
        })
    lang = site_language()
    dates = page_range(event.first, event.last, event.precision, lang)
    return page, render(
        "event.md.j2", event={"id": event.id, "title": event_title(site, event, lang), "dates": dates,
                              "titles": [{"lang": t_lang, "title": title} for t_lang, title in event.titles if t_lang != lang]},
        conflict=_conflict_rows(site, event, lang) if number == 1 else [],
        source_count=len(event.sources), page=page, event_page=paths[0], sources=sources, timeline=TIMELINE_PAGE,
        pager=pager(paths, number),
        places=_links(site, event.places), participants=_links(site, event.participants),
        description=f"{dates}: " + trn(lang, "{n} source", "{n} sources", len(event.sources)),
    )


def conflicting_events(site: Site, event: Event) -> list[Event]:
    """Other events that versions of the same story report with other dates (Site.conflicts_of), by id."""
    return [site.events[other] for other in site.conflicts_of.get(event.id, ())]


def _conflict_rows(site: Site, event: Event, lang: str) -> list[dict]:
    """This event's dates and each conflicting event's, with the languages of the versions that give them."""
    rows = []
    for each in [event, *conflicting_events(site, event)] if conflicting_events(site, event) else []:
        languages = sorted({site.articles[s.article].lang for s in each.sources})
        rows.append({"dates": page_range(each.first, each.last, each.precision, lang),
                     "languages": [{"lang": code, "name": native_name(code)} for code in languages]})
    return rows


def _links(site: Site, entity_ids: tuple[str, ...]) -> list[dict]:
    """Entity names and page paths, for a list of links."""
    return [{"name": site.entities[e].name(), "path": site.entity_pages[e]} for e in entity_ids]


def timeline(site: Site) -> list[tuple[str, str]]:
    """All events in date order, grouped by month, with the languages of their sources, TIMELINE_PAGE_SIZE a page."""
    pieces = chunks(sorted(site.events.values(), key=lambda e: (e.first, e.last, e.id)), TIMELINE_PAGE_SIZE)
    paths = numbered_pages(TIMELINE_PAGE, len(pieces))
    lang = site_language()
    periods = [page_range(p[0].first, p[-1].first, "day", lang) if p else "" for p in pieces]
    years = year_links(pieces, paths, lambda event: event.first.year,
                       lambda event: f"m{event.first.year:04d}-{event.first.month:02d}") if len(pieces) > 1 else []
    return [_timeline_page(site, piece, paths, periods, years, number) for number, piece in enumerate(pieces, start=1)]


def _timeline_page(site: Site, piece: list[Event], paths: list[str], periods: list[str], years: list[dict],
                   number: int) -> tuple[str, str]:
    """Page `number` of the timeline: its events by month, links to every page and to the page of every year.

    Titling each event in the site's language is most of the work: a page whose events, their pages,
    entities, conflicts and languages did not change is not made again.
    """
    page = paths[number - 1]
    inputs = (page, paths, periods, years, number, len(site.events), len(site.articles),
              [_timeline_row_inputs(site, event) for event in piece])
    return page, render_from("timeline.md.j2", inputs,
                             lambda: _timeline_context(site, piece, paths, periods, years, number))


def _timeline_row_inputs(site: Site, event: Event) -> tuple:
    """What a timeline row and bar read: the event, its page, the entities its title may name, its conflicts, its languages."""
    return (event, site.event_pages[event.id], [site.entities.get(e) for e in (*event.places, *event.participants)],
            site.conflicts_of.get(event.id, ()), sorted({site.articles[s.article].lang for s in event.sources}))


def _timeline_context(site: Site, piece: list[Event], paths: list[str], periods: list[str], years: list[dict],
                      number: int) -> dict:
    """The template context of timeline page `number`."""
    page = paths[number - 1]
    lang = site_language()
    months: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for event in piece:
        months[(event.first.year, event.first.month)].append({
            "title": event_title(site, event, lang), "path": site.event_pages[event.id], "sources": len(event.sources),
            "dates": page_range(event.first, event.last, event.precision, lang),
            "conflict": bool(conflicting_events(site, event)),
            "languages": ", ".join(sorted({site.articles[s.article].lang for s in event.sources})),
        })
    groups = [{"month": format_range(_month(year, month), _month(year, month), "month", lang),
               "anchor": f"m{year:04d}-{month:02d}", "rows": rows} for (year, month), rows in sorted(months.items())]
    summary = tr(lang, "{events} from {articles}, in date order.",
                 events=trn(lang, "{n} event", "{n} events", len(site.events)),
                 articles=trn(lang, "{n} article", "{n} articles", len(site.articles)))
    conflicts = {event.id for event in piece if conflicting_events(site, event)}
    return dict(
        page=page, groups=groups, chart=timeline_chart(site, piece, page, lang, conflicts), summary=summary, pager=pager(paths, number, periods),
        title=tr(lang, "Timeline") if number == 1 else f"{tr(lang, 'Timeline')} ({number}/{len(paths)})",
        period=periods[number - 1] if len(paths) > 1 else "", years=years,
    )


def _month(year: int, month: int) -> dt.date:
    """The first day of a month."""
    return dt.date(year, month, 1)
