"""Assemble: the whole site model from every article, before anything is rendered or written."""
from __future__ import annotations

import datetime as dt

from generator.lang.search import search_languages
from generator.model import Article, Notice, SeedOutcome, Site
from generator.slugs import article_page, slugify, unique

_RESERVED_SLUGS = frozenset({"index"})


def assemble(outcomes: list[SeedOutcome]) -> Site:
    """Index the articles: page paths, languages newest first, search languages."""
    articles = {o.article.id: o.article for o in outcomes if o.article is not None}
    by_language = _by_language(articles.values())
    usable, unsupported = search_languages(tuple(by_language))
    notices = tuple(
        Notice("mkdocs.yml", f"search has no rules for language '{lang}': its words are indexed as plain tokens",
               "see the README on search languages", level="info")
        for lang in unsupported
    )
    return Site(
        outcomes=tuple(outcomes),
        articles=articles,
        page_paths=_page_paths(articles),
        by_language=by_language,
        search_languages=usable,
        notices=notices,
    )


def _page_paths(articles: dict[str, Article]) -> dict[str, str]:
    """A unique page path per article, from its title, under its language (ties broken by id)."""
    taken: dict[str, set[str]] = {}
    paths = {}
    for article_id in sorted(articles):
        article = articles[article_id]
        used = taken.setdefault(article.lang, set(_RESERVED_SLUGS))
        slug = unique(slugify(article.title, fallback=article.id), used)
        paths[article_id] = article_page(article.lang, slug)
    return paths


def _by_language(articles) -> dict[str, tuple[str, ...]]:
    """Article ids per language, newest first; undated articles last, then by id."""
    grouped: dict[str, list[Article]] = {}
    for article in articles:
        grouped.setdefault(article.lang, []).append(article)
    return {
        lang: tuple(a.id for a in sorted(group, key=_newest_first))
        for lang, group in sorted(grouped.items())
    }


def _newest_first(article: Article) -> tuple:
    """Sort key: dated before undated, newest first, then by id."""
    day = article.published or dt.date.min
    return (article.published is None, -day.toordinal(), article.id)
