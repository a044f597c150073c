"""Pictures: static, deterministic SVG drawn at build time (no script, no request outside the site).

A timeline chart of events, an entity's mentions over time and by language, the network of
entities named together, a map of places with known coordinates. Every text an SVG holds goes
through generator/escape.py (`html_text`); every picture has a <title> and <desc> for screen readers.
Each picture is a raw HTML block (one line, no blank line), so Markdown leaves it alone; its links
point at the built .html pages, since MkDocs rewrites only Markdown links.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from babel.dates import format_skeleton
from markupsafe import Markup

from generator.escape import html_text
from generator.lang.labels import tr, trn
from generator.lang.locale import babel_locale, direction, native_name
from generator.model import Event, Site
from generator.slugs import html_url, relative_link

WIDTH = 720  # the SVG's own coordinate width; it scales down to the column on a phone
ROW = 18  # height of one bar and its label
GANTT_ROWS = 40  # a timeline page with more events gets a histogram of events per month instead
GRAPH_NODES = 24  # entities on the home page's network
NEIGHBOURS = 12  # entities around one entity in its neighbourhood
LABEL_CHARS = 38  # a label longer than this is shortened with "…" (its link or title has it whole)
GRAPH_LABEL_CHARS = 22  # labels beside the nodes of a network
BAR = "#1e5fa8"  # 7:1 against white: bars tell apart by shape and label, not by colour alone
CONFLICT = "#b35900"


def _attr(text: str) -> str:
    """Text for an SVG attribute or text node (the one escaping function)."""
    return html_text(text)


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    """A label cut to `limit` characters."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _href(page: str, target: str) -> str:
    """A link from a docs page to another page of the built site."""
    return _attr(html_url(relative_link(page, target)))


def _text(x: float, y: float, text: str, lang: str, anchor: str = "start", size: int = 11) -> str:
    """An SVG text element, in its language and direction (right-to-left names anchor at their right end)."""
    rtl = direction(lang) == "rtl"
    if rtl:  # in right-to-left text "start" is its right end: swap, so the label sits where a left-to-right one would
        anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
    flow = ' direction="rtl"' if rtl else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" lang="{_attr(lang)}"'
            f'{flow}>{_attr(text)}</text>')


def _svg(name: str, height: float, title: str, description: str, body: list[str], image: bool = True) -> Markup:
    """The whole picture, with its accessible name and description, as one raw HTML line."""
    role = 'role="img" ' if image else 'role="group" '
    return Markup(
        f'<div class="dossier-picture" data-search-exclude=""><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'width="{WIDTH}" height="{height:.0f}" {role}aria-labelledby="{name}-title {name}-desc" '
        f'font-family="system-ui, sans-serif" fill="currentColor">'
        f'<title id="{name}-title">{_attr(title)}</title><desc id="{name}-desc">{_attr(description)}</desc>'
        + "".join(body) + "</svg></div>"
    )


def _month_label(day: dt.date, lang: str) -> str:
    """A month as a chart axis says it ("Oct 2023"), in the page's locale."""
    return format_skeleton("yMMM", day, locale=babel_locale(lang) or babel_locale("en"))


# Timeline


def timeline_chart(site: Site, events: list[Event], page: str, lang: str, conflicts: set[str]) -> Markup | None:
    """The events of a timeline page as bars on a date axis (a histogram by month when there are many)."""
    if not events:
        return None
    if len(events) > GANTT_ROWS:
        return _histogram("timeline-chart", Counter((e.first.year, e.first.month) for e in events), lang,
                          tr(lang, "Events per month"), trn(lang, "{n} event", "{n} events", len(events)))
    first = min(e.first for e in events)
    last = max(e.last for e in events)
    span = max(1, (last - first).days + 1)
    left, right, top = 300, WIDTH - 10, 24
    scale = (right - left) / span
    body = _month_ticks(first, last, left, scale, top, top + ROW * len(events), lang)
    for row, event in enumerate(events):
        y = top + row * ROW
        x = left + (event.first - first).days * scale
        width = max(3.0, ((event.last - event.first).days + 1) * scale)
        colour = CONFLICT if event.id in conflicts else BAR
        title = site_title(site, event, lang)
        mark = " ⚠" if event.id in conflicts else ""
        body.append(
            f'<a href="{_href(page, site.event_pages[event.id])}"><title>{_attr(title + mark)}</title>'
            f'<rect x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{ROW - 6}" fill="{colour}" rx="2"/>'
            + _text(4, y + ROW - 5, _short(title) + mark, lang) + "</a>")
    description = tr(lang, "{events}, from {first} to {last}; bars in orange are dates the versions disagree on.",
                     events=trn(lang, "{n} event", "{n} events", len(events)),
                     first=_month_label(first, lang), last=_month_label(last, lang))
    return _svg("timeline-chart", top + ROW * len(events) + 6, tr(lang, "Timeline chart"), description, body, image=False)


def site_title(site: Site, event: Event, lang: str) -> str:
    """An event's title in the page's language (pages.event_title; imported late, pages imports this module)."""
    from generator.render.pages import event_title
    return event_title(site, event, lang)


def _month_ticks(first: dt.date, last: dt.date, left: float, scale: float, top: float, bottom: float, lang: str) -> list[str]:
    """A vertical line and a label at the start of each month the axis spans (at most 12 labels)."""
    months, day = [], dt.date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    step = max(1, math.ceil(len(months) / 12))
    body = []
    for index, month in enumerate(months):
        x = left + max(0, (month - first).days) * scale
        body.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{bottom:.1f}" stroke="#767676" stroke-width="0.5"/>')
        if index % step == 0:
            body.append(_text(x + 2, top - 8, _month_label(month, lang), lang, size=10))
    return body


def _histogram(name: str, counts: Counter, lang: str, title: str, description: str) -> Markup:
    """Bars per month, from the first month to the last (empty months included, so time reads evenly)."""
    months = sorted(counts)
    (y0, m0), (y1, m1) = months[0], months[-1]
    span = [(y0 + (m0 - 1 + i) // 12, (m0 - 1 + i) % 12 + 1) for i in range((y1 - y0) * 12 + m1 - m0 + 1)]
    height, top, bottom = 150, 16, 130
    step = (WIDTH - 20) / len(span)
    peak = max(counts.values())
    body = [f'<line x1="10" y1="{bottom}" x2="{WIDTH - 10}" y2="{bottom}" stroke="#767676"/>']
    labels_every = max(1, math.ceil(len(span) / 10))
    for index, (year, month) in enumerate(span):
        count = counts.get((year, month), 0)
        bar = (bottom - top) * count / peak
        x = 10 + index * step
        label = _month_label(dt.date(year, month, 1), lang)
        body.append(f'<rect x="{x + 1:.1f}" y="{bottom - bar:.1f}" width="{max(1.0, step - 2):.1f}" height="{bar:.1f}" '
                    f'fill="{BAR}"><title>{_attr(label)}: {count}</title></rect>')
        if index % labels_every == 0:
            body.append(_text(x + 1, bottom + 14, label, lang, size=10))
    return _svg(name, height, title, description, body)


# Entity pictures


def entity_pictures(site: Site, entity_id: str, page: str, lang: str) -> list[Markup]:
    """An entity's mentions by month and by language, and its neighbourhood of entities named with it."""
    mentions = site.mentions_of.get(entity_id, ())
    if not mentions:
        return []
    name = site.entities[entity_id].name(lang)
    pictures = []
    by_month = Counter((site.articles[a].published.year, site.articles[a].published.month)
                       for a, _ in mentions if site.articles[a].published)
    if by_month:
        pictures.append(_histogram("mentions-by-month", by_month, lang, tr(lang, "Mentions over time"),
                                   tr(lang, "Mentions of {name} per month of publication.", name=name)))
    pictures.append(_by_language(Counter(site.articles[a].lang for a, _ in mentions), lang, name))
    graph = neighbourhood(site, entity_id, page, lang)
    return pictures + ([graph] if graph else [])


def _by_language(counts: Counter, lang: str, name: str) -> Markup:
    """Horizontal bars: mentions in each language, most first, languages named in themselves."""
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    peak = rows[0][1]
    body = []
    for index, (code, count) in enumerate(rows):
        y = 4 + index * ROW
        width = (WIDTH - 200) * count / peak
        body.append(_text(4, y + ROW - 5, native_name(code), code))
        body.append(f'<rect x="130" y="{y + 3}" width="{width:.1f}" height="{ROW - 6}" fill="{BAR}"/>')
        body.append(_text(134 + width, y + ROW - 5, str(count), lang))
    return _svg("mentions-by-language", 8 + ROW * len(rows), tr(lang, "Mentions by language"),
                tr(lang, "Mentions of {name} in each language.", name=name), body)


# Networks


def neighbourhood(site: Site, entity_id: str, page: str, lang: str) -> Markup | None:
    """The entity in the middle, the entities most often named in the same paragraphs around it."""
    related = list(site.related.get(entity_id, ()))[:NEIGHBOURS]
    if not related:
        return None
    nodes = [entity_id] + [other for other, _ in related]
    edges = [(entity_id, other, count) for other, count in related]
    name = site.entities[entity_id].name(lang)
    return _network("neighbourhood", site, nodes, edges, page, lang, tr(lang, "Named together with {name}", name=name),
                    centre=entity_id)


def network(site: Site, page: str, lang: str) -> Markup | None:
    """The most mentioned entities and how often each pair is named in the same paragraphs."""
    ranked = sorted(site.entities, key=lambda e: (-len(site.mentions_of.get(e, ())), e))
    nodes = [e for e in ranked if site.mentions_of.get(e)][:GRAPH_NODES]
    chosen = set(nodes)
    edges = sorted({tuple(sorted((a, b))) + (count,) for a in nodes for b, count in site.related.get(a, ()) if b in chosen})
    if len(nodes) < 2 or not edges:
        return None
    return _network("network", site, nodes, edges, page, lang, tr(lang, "Who is named with whom"))


def _node_size(mentions: int) -> float:
    """A node's radius from its own mentions alone (log scale, 4 to 14): an entity is drawn the same size on every
    page, and a page's picture changes only when its own entities' counts do, not with the corpus' largest one."""
    return min(14.0, 4 + 2.5 * math.log2(max(mentions, 1)))


def _network(name: str, site: Site, nodes: list[str], edges: list, page: str, lang: str, title: str,
             centre: str | None = None) -> Markup:
    """Nodes on a circle (the centre, if any, in the middle), sized by mentions, linked to their pages."""
    height = 420
    cx, cy, radius = WIDTH / 2, height / 2, height / 2 - 40
    ring = [n for n in nodes if n != centre]
    # Wide ellipse: the labels beside the nodes on the left and right need GRAPH_LABEL_CHARS of room.
    position = {node: (cx + (cx - GRAPH_LABEL_CHARS * 7.5) * math.cos(2 * math.pi * i / len(ring) - math.pi / 2),
                       cy + radius * math.sin(2 * math.pi * i / len(ring) - math.pi / 2)) for i, node in enumerate(ring)}
    if centre:
        position[centre] = (cx, cy)
    strongest = max(count for _, _, count in edges)
    body = []
    for a, b, count in edges:
        (x1, y1), (x2, y2) = position[a], position[b]
        body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#767676" '
                    f'stroke-width="{0.5 + 3 * count / strongest:.1f}" stroke-opacity="0.6"/>')
    for node in nodes:
        x, y = position[node]
        size = _node_size(len(site.mentions_of.get(node, ())))
        label = site.entities[node].name(lang)
        anchor = "middle" if node == centre or abs(x - cx) < 40 else ("start" if x > cx else "end")
        offset = 0 if anchor == "middle" else (size + 3 if x > cx else -size - 3)
        body.append(f'<a href="{_href(page, site.entity_pages[node])}"><title>{_attr(label)}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size:.1f}" fill="{CONFLICT if node == centre else BAR}"/>'
                    + _text(x + offset, y + (size + 12 if anchor == "middle" else 4), _short(label, GRAPH_LABEL_CHARS), lang, anchor=anchor)
                    + "</a>")
    description = tr(lang, "{entities}; a line joins two that are named in the same paragraphs, thicker when more often.",
                     entities=trn(lang, "{n} entity", "{n} entities", len(nodes)))
    return _svg(name, height, title, description, body, image=False)


# Map


def place_map(site: Site, page: str, lang: str) -> Markup | None:
    """The places whose coordinates are known, on a plain longitude/latitude grid; None when none is known."""
    places = [(e, _coordinates(site.entities[e])) for e in sorted(site.entities) if site.mentions_of.get(e)]
    places = [(e, c) for e, c in places if c]
    if not places:
        return None
    height = WIDTH / 2
    body = [f'<rect x="0" y="0" width="{WIDTH}" height="{height:.0f}" fill="none" stroke="#767676"/>']
    for longitude in range(-180, 181, 60):
        x = (longitude + 180) / 360 * WIDTH
        body.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height:.0f}" stroke="#bbb" stroke-width="0.5"/>')
    for latitude in range(-60, 61, 30):
        y = (90 - latitude) / 180 * height
        body.append(f'<line x1="0" y1="{y:.1f}" x2="{WIDTH}" y2="{y:.1f}" stroke="#bbb" stroke-width="0.5"/>')
    for entity_id, (latitude, longitude) in places:
        x, y = (longitude + 180) / 360 * WIDTH, (90 - latitude) / 180 * height
        label = site.entities[entity_id].name(lang)
        body.append(f'<a href="{_href(page, site.entity_pages[entity_id])}"><title>{_attr(label)}</title>'
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{CONFLICT}"/>'
                    + _text(x + 6, y + 4, _short(label), lang, size=10) + "</a>")
    return _svg("place-map", height, tr(lang, "Map of places"),
                trn(lang, "{n} place with known coordinates.", "{n} places with known coordinates.", len(places)), body, image=False)


def _coordinates(entity) -> tuple[float, float] | None:
    """An entity's latitude and longitude, when the registry or the gazetteer gives them."""
    latitude, longitude = getattr(entity, "latitude", None), getattr(entity, "longitude", None)
    if (latitude is None or longitude is None) and getattr(entity, "ref", ""):
        # Read only when some entity has a gazetteer id; a small table, not the whole index.
        from generator.render.coordinates import gazetteer_coordinates

        latitude, longitude = gazetteer_coordinates(entity.ref) or (None, None)
    if latitude is None or longitude is None:
        return None
    return float(latitude), float(longitude)
