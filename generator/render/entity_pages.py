"""Entity pages and the entities index: everything the corpus says about one name, in every language."""
from __future__ import annotations

from collections import Counter, defaultdict

from generator.knowledge.registry import ENTITY_TYPES
from generator.lang.locale import english_name, format_long_date, format_range, native_name
from generator.model import Site
from generator.render.environment import render
from generator.render.event_pages import events_of
from generator.render.inline import linked_text
from generator.slugs import ENTITIES_INDEX, REPORT_PAGE


def entity_page(site: Site, entity_id: str) -> tuple[str, str]:
    """The page of one entity: names, mentions with their sentences, related entities, timeline."""
    entity = site.entities[entity_id]
    page = site.entity_pages[entity_id]
    mentions = site.mentions_of.get(entity_id, ())
    groups = _mentions_by_article(site, entity_id, page)
    context = {
        "entity": entity, "page": page, "groups": groups,
        "count": len(mentions), "languages": sorted({site.articles[a].lang for a, _ in mentions}),
        "names": [{"lang": lang, "language": native_name(lang), "name": name} for lang, name in entity.names],
        "aliases": [{"lang": lang if lang != "any" else "und", "name": alias} for lang, alias in entity.aliases],
        "related": [
            {"name": site.entities[other].name(), "path": site.entity_pages[other], "count": count}
            for other, count in site.related.get(entity_id, ())
        ],
        "index": ENTITIES_INDEX, "report": REPORT_PAGE,
        "events": [{"title": e.title, "path": site.event_pages[e.id], "dates": format_range(e.first, e.last, e.precision, "en")}
                   for e in events_of(site, entity_id=entity_id)],
        "description": entity.description or f"{entity.type}: {len(mentions)} mentions",
    }
    return page, render("entity.md.j2", **context)


def _mentions_by_article(site: Site, entity_id: str, page: str) -> list[dict]:
    """The entity's mentions grouped by article, oldest article first (a timeline of mentions)."""
    by_article: dict[str, list] = defaultdict(list)
    for article_id, mention in site.mentions_of.get(entity_id, ()):
        by_article[article_id].append(mention)
    groups = []
    for article_id in sorted(by_article, key=lambda a: (site.articles[a].published is None, site.articles[a].published or 0, a)):
        article, annotated = site.articles[article_id], site.annotated[article_id]
        sentences = []
        for mention in by_article[article_id]:
            sentence = annotated.sentence_at(mention.start)
            if sentences and sentences[-1]["span"] == sentence:
                continue
            paragraph = annotated.paragraph_at(mention.start)
            sentences.append({"span": sentence, "text": linked_text(annotated, sentence, page, site.entity_pages, entity_id),
                              "anchor": paragraph.anchor})
        groups.append({
            "article": article, "path": site.page_paths[article_id], "count": len(by_article[article_id]),
            "date": format_long_date(article.published, article.lang) if article.published else "",
            "language": native_name(article.lang), "sentences": sentences,
        })
    return groups


def entities_index(site: Site) -> tuple[str, str]:
    """All entities by type, with mention counts and languages."""
    by_type: dict[str, list[dict]] = defaultdict(list)
    for entity_id, entity in site.entities.items():
        mentions = site.mentions_of.get(entity_id, ())
        languages = Counter(site.articles[a].lang for a, _ in mentions)
        by_type[entity.type].append({
            "name": entity.name(), "path": site.entity_pages[entity_id], "count": len(mentions),
            "languages": ", ".join(sorted(languages)), "reviewed": entity.reviewed,
        })
    sections = [
        {"type": kind, "rows": sorted(by_type[kind], key=lambda r: (-r["count"], r["name"].casefold()))}
        for kind in (*ENTITY_TYPES, *sorted(set(by_type) - set(ENTITY_TYPES))) if by_type.get(kind)
    ]
    summary = f"{len(site.entities)} entities; {sum(1 for e in site.entities.values() if not e.reviewed)} not yet reviewed."
    return ENTITIES_INDEX, render("entities_index.md.j2", page=ENTITIES_INDEX, sections=sections, summary=summary,
                                  english_name=english_name)
