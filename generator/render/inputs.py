"""What the pages of one article, entity, event or story are made from, as a hash: unchanged inputs, unchanged pages.

A second run after one seed changed still assembles the whole site model, but most pages read
only a small part of it. For the page types with one page (or a few) per article, entity, event
or story, the parts they read are listed here, and a page job whose parts hash as in the last run is not run again (its files are taken
from docs/). Everything a page function reads must be listed: the tests of the build cache compare
every page with a full run after a changed seed, registry and template. The site's language is part
of every key: the labels and dates of most pages are in it.
"""
from __future__ import annotations

import weakref
from functools import lru_cache

from generator.cache import content_key
from generator.lang.labels import site_language
from generator.model import Article, Site


class Digests:
    """Hashes of the records of one site model, each computed once."""

    def __init__(self, site: Site):
        self.site = site
        self.article = lru_cache(maxsize=None)(self._article)
        self.entity = lru_cache(maxsize=None)(self._entity)
        self.event = lru_cache(maxsize=None)(self._event)
        self.group = lru_cache(maxsize=None)(self._group)
        self.event_entities = lru_cache(maxsize=None)(self._event_entities)

    def _article(self, article_id: str) -> str:
        """An article as annotated (mentions keyed to their entities), its page and its place on the report."""
        site = self.site
        position = site.outcome_of.get(article_id)
        return content_key("article", site.annotated[article_id].cache_key, site.page_paths[article_id], position,
                           site.outcomes[position].path if position is not None else None)

    def _entity(self, entity_id: str) -> str:
        return content_key("entity", self.site.entities[entity_id])

    def _event(self, event_id: str) -> str:
        return content_key("event", self.site.events[event_id])

    def _event_entities(self, event_id: str) -> str:
        """The entities whose names the event's title may be said in (its places and participants), by their hashes."""
        event = self.site.events[event_id]
        return content_key("event-entities", [(e, self.entity(e)) for e in event.places + event.participants])

    def _group(self, article_id: str) -> str:
        """See group_inputs."""
        annotated = self.site.annotated[article_id]
        entities = sorted({m.entity for m in annotated.header + annotated.all_mentions()})
        return content_key("group", self.article(article_id), [(e, self.site.entity_pages.get(e)) for e in entities])


def article_page_inputs(site: Site, digests: Digests, article: Article) -> str:
    """Everything article_page reads: the article, the entities it names, its events, its story's versions."""
    annotated = site.annotated[article.id]
    entities = sorted({m.entity for m in annotated.header + annotated.all_mentions()})
    story_id = site.story_of.get(article.id)
    versions = site.stories[story_id].articles if story_id is not None else ()
    return content_key(
        "article_page", site_language(), article.id, digests.article(article.id),
        [(e, digests.entity(e)) for e in entities],
        [(v, digests.event(v)) for v in site.events_of_article.get(article.id, ())],
        story_id, [(a, digests.article(a)) for a in versions],
        _event_entities(site, digests, site.events_of_article.get(article.id, ())),
    )


def entity_page_inputs(site: Site, digests: Digests, entity_id: str) -> str:
    """Everything entity_page reads: the entity, the articles that mention it, its events, its related entities.

    Its mentions are not hashed again: they are those of the entity in these articles as annotated (each article's
    hash), in article order (assembly.site._mentions_by_entity)."""
    articles = dict.fromkeys(a for a, _ in site.mentions_of.get(entity_id, ()))
    related = site.related.get(entity_id, ())
    return content_key(
        "entity_page", site_language(), entity_id, digests.entity(entity_id),
        [(a, digests.article(a)) for a in articles],
        [(v, digests.event(v)) for v in site.events_of_entity.get(entity_id, ())],
        [(other, count, digests.entity(other)) for other, count in related],
        # its pictures: the neighbours' sizes are their mention counts; its event titles name the events' entities
        [(other, len(site.mentions_of.get(other, ()))) for other, _ in related],
        _event_entities(site, digests, site.events_of_entity.get(entity_id, ())),
    )


def _event_entities(site: Site, digests: Digests, event_ids) -> list:
    """The entities whose names the titles of these events are said in (pages.event_title), hashed once per event."""
    return [digests.event_entities(v) for v in event_ids]


def event_page_inputs(site: Site, digests: Digests, event_id: str) -> str:
    """Everything event_page reads: the event, the articles of its sources, its places and participants, its conflicts."""
    from generator.render.event_pages import conflicting_events  # event_pages imports the page helpers, not this module
    event = site.events[event_id]
    return content_key(
        "event_page", site_language(), event_id, digests.event(event_id),
        [(a, digests.article(a)) for a in dict.fromkeys(s.article for s in event.sources)],
        [(e, digests.entity(e)) for e in event.places + event.participants],
        [(other.id, digests.event(other.id)) for other in conflicting_events(site, event)],
    )


def story_page_inputs(site: Site, digests: Digests, story_id: str) -> str:
    """Everything story_page reads: the story and its facts, its versions, and every entity they name."""
    story = site.stories[story_id]
    entities = sorted({m.entity for a in story.articles for m in site.annotated[a].all_mentions()})
    return content_key(
        "story_page", site_language(), story_id, content_key("story", story),
        [(a, digests.article(a)) for a in story.articles],
        [(e, digests.entity(e)) for e in entities],
    )


_digests_of: tuple = (lambda: None, None)  # (a weak reference to the site model, its Digests)


def digests_of(site: Site) -> Digests:
    """The Digests of this site model, made once: the build fills them before rendering forks its workers,
    which then find every article hashed (pickling every annotated article again in each worker cost seconds
    at 10,000 articles)."""
    global _digests_of
    held, digests = _digests_of
    if held() is not site or digests is None:
        digests = Digests(site)
        _digests_of = (weakref.ref(site), digests)
    return digests


def group_inputs(site: Site, article_id: str) -> str:
    """What a row of an article's mentions reads (entity_pages._group_row): the article as annotated, its page,
    and the page of every entity it names (the sentences link to them); hashed once per article and site model."""
    return digests_of(site).group(article_id)


def event_row_inputs(site: Site, event_id: str) -> tuple:
    """What a row of an entity's list of events reads (entity_pages._event_row): the event, its page, and the
    entities its title may name, by their hashes (pickling the records themselves was most of a list's time)."""
    digests = digests_of(site)
    event = site.events[event_id]
    return (event_id, digests.event(event_id), site.event_pages[event_id],
            [(e, digests.entity(e) if e in site.entities else None) for e in (*event.places, *event.participants)])
