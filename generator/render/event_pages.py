"""Event pages and the timeline: what happened when, and what each source says of it."""
from __future__ import annotations

from collections import defaultdict

from generator.lang.locale import format_range, native_name
from generator.model import Event, Site
from generator.render.environment import render
from generator.render.inline import linked_text
from generator.slugs import TIMELINE_PAGE


def event_page(site: Site, event_id: str) -> tuple[str, str]:
    """The page of one event: date range, places and participants, each source's sentence."""
    event = site.events[event_id]
    page = site.event_pages[event_id]
    sources = []
    for source in event.sources:
        article, annotated = site.articles[source.article], site.annotated[source.article]
        sources.append({
            "article": article, "path": site.page_paths[source.article], "anchor": source.paragraph,
            "language": native_name(article.lang), "said": article.body[source.date.start:source.date.end],
            "text": linked_text(annotated, source.sentence, page, site.entity_pages),
        })
    languages = sorted({site.articles[s.article].lang for s in event.sources})
    return page, render(
        "event.md.j2", event=event, page=page, sources=sources, timeline=TIMELINE_PAGE,
        dates=[{"lang": lang, "language": native_name(lang), "text": format_range(event.first, event.last, event.precision, lang)}
               for lang in languages],
        places=_links(site, event.places), participants=_links(site, event.participants),
        description=f"{format_range(event.first, event.last, event.precision, 'en')}: {len(event.sources)} sources",
    )


def _links(site: Site, entity_ids: tuple[str, ...]) -> list[dict]:
    """Entity names and page paths, for a list of links."""
    return [{"name": site.entities[e].name(), "path": site.entity_pages[e]} for e in entity_ids]


def timeline(site: Site) -> tuple[str, str]:
    """All events in date order, grouped by month, with the languages of their sources."""
    months: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for event in sorted(site.events.values(), key=lambda e: (e.first, e.last, e.id)):
        months[(event.first.year, event.first.month)].append({
            "event": event, "path": site.event_pages[event.id],
            "dates": format_range(event.first, event.last, event.precision, "en"),
            "languages": ", ".join(sorted({site.articles[s.article].lang for s in event.sources})),
        })
    groups = [{"month": format_range(rows[0]["event"].first.replace(day=1), rows[0]["event"].first.replace(day=1), "month", "en"),
               "anchor": f"{year:04d}-{month:02d}", "rows": rows} for (year, month), rows in sorted(months.items())]
    summary = f"{len(site.events)} events from {len(site.articles)} articles, in date order."
    return TIMELINE_PAGE, render("timeline.md.j2", page=TIMELINE_PAGE, groups=groups, summary=summary)


def events_of(site: Site, entity_id: str | None = None, article_id: str | None = None) -> list[Event]:
    """The events an entity takes part in, or an article reports, in date order."""
    return [
        event for event in site.events.values()
        if (entity_id and entity_id in event.places + event.participants)
        or (article_id and any(s.article == article_id for s in event.sources))
    ]
