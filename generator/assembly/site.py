"""Assemble: the whole site model from every article, before anything is rendered or written."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from generator.knowledge.registry import Entity
from generator.lang.search import search_languages
from generator.model import AnnotatedArticle, Article, Event, Mention, Notice, SeedOutcome, Site, Story
from generator.slugs import TakenSlugs, article_page, entity_page, event_page, slugify, story_page, unique

_RESERVED_SLUGS = frozenset({"index"})
_RELATED_LIMIT = 20


def assemble(outcomes: list[SeedOutcome], annotated: dict[str, AnnotatedArticle], entities: tuple[Entity, ...],
             events: dict[str, Event] | None = None, stories: dict[str, Story] | None = None) -> Site:
    """Index everything: page paths, languages newest first, mentions by entity, co-occurrence."""
    articles = {o.article.id: o.article for o in outcomes if o.article is not None}
    by_language = _by_language(articles.values())
    usable, unsupported = search_languages(tuple(by_language))
    notices = tuple(
        Notice("mkdocs.yml", f"search cannot find words in language '{lang}': it is written without spaces and Dossier has no segmenter for it",
               "add a segmenter in generator/search/ (see generator/lang/search.py), or leave its articles out", level="warning")
        for lang in unsupported
    )
    registry = {e.id: e for e in entities}
    mentions_of = _mentions_by_entity(annotated)
    by_entity_and_article = _events_by_entity_and_article(events or {})
    story_of = {article_id: story.id for story in (stories or {}).values() for article_id in story.articles}
    return Site(
        outcomes=tuple(outcomes),
        articles=articles,
        page_paths=_page_paths(articles),
        by_language=by_language,
        search_languages=usable,
        notices=notices,
        annotated=annotated,
        entities=registry,
        entity_pages={entity_id: entity_page(entity_id) for entity_id in sorted(registry)},
        mentions_of=mentions_of,
        related=_co_occurrence(annotated),
        events=events or {},
        event_pages={event_id: event_page(event_id) for event_id in sorted(events or {})},
        stories=stories or {},
        story_pages={story_id: story_page(story_id) for story_id in sorted(stories or {})},
        story_of=story_of,
        outcome_of={o.article.id: i for i, o in enumerate(outcomes) if o.article is not None},
        conflicts_of=_conflicts(events or {}, stories or {}, story_of, by_entity_and_article["events_of_article"]),
        **by_entity_and_article,
    )


def _conflicts(events: dict[str, Event], stories: dict[str, Story], story_of: dict[str, str],
               events_of_article: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each event's conflicting events (sorted ids): those that versions of one of its stories report with other
    dates and the same places and participants.

    Two versions of one story that date one trip differently make two events; each is flagged as
    conflicting with the other (on the timeline and on its page), instead of looking like two trips.
    Events meet only in buckets of one story and one set of entities (never all against all).
    """
    def entities_of(event: Event) -> frozenset[str]:
        return frozenset(event.places) | frozenset(event.participants)

    buckets: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    for story in stories.values():
        for version in story.articles:
            for event_id in events_of_article.get(version, ()):
                buckets[(story.id, entities_of(events[event_id]))].add(event_id)
    found: dict[str, tuple[str, ...]] = {}
    for event in events.values():
        entities = entities_of(event)
        if not entities:
            continue
        met = set().union(*(buckets.get((story_of[s.article], entities), ()) for s in event.sources if s.article in story_of))
        others = sorted(o for o in met if o != event.id and (events[o].first, events[o].last) != (event.first, event.last))
        if others:
            found[event.id] = tuple(others)
    return found


def _events_by_entity_and_article(events: dict[str, Event]) -> dict[str, dict[str, tuple[str, ...]]]:
    """The events each entity takes part in and each article reports, in date order (events come in date order)."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    by_article: dict[str, list[str]] = defaultdict(list)
    for event in events.values():
        for entity_id in dict.fromkeys(event.places + event.participants):
            by_entity[entity_id].append(event.id)
        for article_id in dict.fromkeys(source.article for source in event.sources):
            by_article[article_id].append(event.id)
    return {"events_of_entity": {k: tuple(v) for k, v in by_entity.items()},
            "events_of_article": {k: tuple(v) for k, v in by_article.items()}}


def _mentions_by_entity(annotated: dict[str, AnnotatedArticle]) -> dict[str, tuple[tuple[str, Mention], ...]]:
    """Every mention of each entity, as (article id, mention), in article order: the header's, then the body's by offset."""
    found: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for article_id in sorted(annotated):
        for mention in annotated[article_id].header + annotated[article_id].all_mentions():
            found[mention.entity].append((article_id, mention))
    return {entity_id: tuple(found[entity_id]) for entity_id in sorted(found)}


def _co_occurrence(annotated: dict[str, AnnotatedArticle]) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each entity, the entities named in the same paragraphs, with how many paragraphs they share."""
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for article_id in sorted(annotated):
        item = annotated[article_id]
        in_paragraph: dict[str, set[str]] = defaultdict(set)
        for mention in item.all_mentions():
            in_paragraph[item.paragraph_at(mention.start).anchor].add(mention.entity)
        for names in in_paragraph.values():
            for entity_id in names:
                shared[entity_id].update(names)  # itself too (one set fewer per name), taken out below
    return {
        entity_id: tuple(sorted(((other, n) for other, n in counts.items() if other != entity_id),
                                key=lambda kv: (-kv[1], kv[0]))[:_RELATED_LIMIT])
        for entity_id, counts in sorted(shared.items())
    }


def _page_paths(articles: dict[str, Article]) -> dict[str, str]:
    """A unique page path per article, from its title, under its language (ties broken by id)."""
    taken: dict[str, TakenSlugs] = {}
    paths = {}
    for article_id in sorted(articles):
        article = articles[article_id]
        if article.lang not in taken:
            taken[article.lang] = TakenSlugs(_RESERVED_SLUGS)
        used = taken[article.lang]
        slug = unique(slugify(article.title, fallback=article.id), used)
        paths[article_id] = article_page(article.lang, slug)
    return paths


def _by_language(articles) -> dict[str, tuple[str, ...]]:
    """Article ids per language, newest first; undated articles last, then by id."""
    grouped: dict[str, list[Article]] = {}
    for article in articles:
        grouped.setdefault(article.lang, []).append(article)
    return {
        lang: tuple(a.id for a in sorted(group, key=newest_first))
        for lang, group in sorted(grouped.items())
    }


def newest_first(article: Article) -> tuple:
    """Sort key: dated before undated, newest first, then by id."""
    day = article.published or dt.date.min
    return (article.published is None, -day.toordinal(), article.id)
