"""Story pages and the stories index: the versions of one story side by side, and where they disagree.

A story told in many versions shows them side by side a few at a time, on numbered pages; its
disagreements are summarised on the first page. The stories index is cut into pages too.
"""
from __future__ import annotations

import re
from collections import Counter

from markupsafe import Markup

from generator.escape import markdown_text
from generator.lang.labels import site_language, tr, trn
from generator.lang.locale import native_name
from generator.model import Site, Span, Story
from generator.render.environment import render
from generator.render.inline import linked_text
from generator.render.pages import balanced_chunks, chunks, newest_stories, page_date, pager, version_languages
from generator.slugs import STORIES_INDEX, numbered_pages

VERSIONS_PER_PAGE = 8  # versions side by side on one page
QUOTES_PER_DISAGREEMENT = 8  # versions quoted for one disagreement; the others are named in its summary
STORIES_PER_PAGE = 100  # rows per page of the stories index


def story_page(site: Site, story_id: str) -> list[tuple[str, str]]:
    """The versions in columns (one per language), the table of aligned facts, the disagreements; VERSIONS_PER_PAGE a page."""
    story = site.stories[story_id]
    pieces = balanced_chunks(list(story.articles), VERSIONS_PER_PAGE)
    paths = numbered_pages(site.story_pages[story.id], len(pieces))
    return [_story_page(site, story, pieces, paths, number) for number in range(1, len(pieces) + 1)]


def _story_page(site: Site, story: Story, pieces: list[list[str]], paths: list[str], number: int) -> tuple[str, str]:
    """Page `number` of a story: the disagreements on the first, the facts and texts of its share of the versions on each."""
    page = paths[number - 1]
    versions = pieces[number - 1]
    lang = site_language()
    disputed = _disputed_spans(story)
    columns = []
    for article_id in versions:
        article, annotated = site.articles[article_id], site.annotated[article_id]
        columns.append({
            "article": {"title": article.title, "lang": article.lang, "truncated": article.truncated},
            "path": site.page_paths[article_id], "language": native_name(article.lang),
            "date": page_date(article.published, lang),
            "paragraphs": [{"anchor": p.anchor, "heading": p.kind == "heading",
                            "text": linked_text(annotated, p, page, site.entity_pages, marks=disputed.get(article_id, ()))}
                           for p in article.paragraphs],
        })
    rows = [[column["paragraphs"][i] if i < len(column["paragraphs"]) else None for column in columns]
            for i in range(max((len(c["paragraphs"]) for c in columns), default=0))]
    facts = [_fact_row(site, versions, fact, page) for fact in story.facts]
    return page, render(
        "story.md.j2", story={"id": story.id, "title": story.title, "forced": story.forced}, rows=rows,
        version_count=len(story.articles), disagreement_count=len(story.discrepancies),
        page=page, story_page=paths[0], first=sum(len(p) for p in pieces[:number - 1]) + 1, columns=columns, facts=facts,
        index=STORIES_INDEX, pager=pager(paths, number),
        disagreements=[row for row in facts if row["disagrees"]] if number == 1 else [],
        description=trn(lang, "{n} version", "{n} versions", len(story.articles)) + ", "
        + trn(lang, "{n} disagreement", "{n} disagreements", len(story.discrepancies)),
    )


def _fact_row(site: Site, versions: list[str], fact, page: str) -> dict:
    """One aligned fact as a table row: a cell per version of the page, and the quotes behind each value."""
    by_article = {v.article: v for v in fact.values}
    # The value most versions give is the reference; a cell that gives another one is marked as differing.
    common = Counter(v.value for v in fact.values).most_common(1)[0][0] if fact.values else None
    cells = [{**_cell(site, article_id, by_article.get(article_id), page),
              "differs": fact.disagrees and article_id in by_article and by_article[article_id].value != common}
             for article_id in versions]
    holders: dict[str, list[dict]] = {}
    for value in fact.values:
        lang = site.articles[value.article].lang
        holders.setdefault(value.value, []).append({"lang": lang, "name": native_name(lang)})
    return {
        "label": fact_label(fact.label), "note": tr(site_language(), fact.note) if fact.note else "",
        "disagrees": fact.disagrees, "cells": cells,
        "summary": [{"value": value, "languages": langs} for value, langs in holders.items()],
        "quotes": [{**_cell(site, v.article, v, page), "differs": v.value != common}
                   for v in fact.values[:QUOTES_PER_DISAGREEMENT]] if fact.disagrees else [],
        "unquoted": max(0, len(fact.values) - QUOTES_PER_DISAGREEMENT),
    }


def _cell(site: Site, article_id: str, value, page: str) -> dict:
    """What one version says for a fact: the value, its sentence and the paragraph it is in."""
    article = site.articles[article_id]
    return {
        "article": {"lang": article.lang, "truncated": article.truncated}, "path": site.page_paths[article_id],
        "language": native_name(article.lang),
        "value": {"value": value.value, "surface": value.surface} if value else None,
        "anchor": site.annotated[article_id].paragraph_at(value.span.start).anchor if value else "",
        "quote": _quote(article.body, value) if value else "",
    }


def _quote(body: str, value) -> Markup:
    """The sentence that gives a value, escaped, with the value's words marked."""
    sentence, span = value.sentence, value.span
    start, end = max(span.start, sentence.start), min(span.end, sentence.end)
    if start >= end:
        return Markup(markdown_text(body[sentence.start:sentence.end]))
    return Markup(markdown_text(body[sentence.start:start]) + "<mark>" + markdown_text(body[start:end]) + "</mark>"
                  + markdown_text(body[end:sentence.end]))


def _disputed_spans(story: Story) -> dict[str, tuple[Span, ...]]:
    """For each version, the spans of the values it gives for facts the versions disagree on."""
    found: dict[str, list[Span]] = {}
    for fact in story.discrepancies:
        for value in fact.values:
            found.setdefault(value.article, []).append(value.span)
    return {article: tuple(spans) for article, spans in found.items()}


_FACT_LABEL = re.compile(r"^(?P<kind>amount in (?P<unit>\S+)|date|place)(?P<rest>.*)$")


def fact_label(label: str) -> str:
    """A fact's label (made in English by the story assembly) with its kind said in the site's language."""
    lang = site_language()
    found = _FACT_LABEL.match(label)
    if not found:
        return label
    kinds = {"date": tr(lang, "date"), "place": tr(lang, "place")}
    kind = tr(lang, "amount in {unit}", unit=found["unit"]) if found["unit"] else kinds[found["kind"]]
    return kind + found["rest"]


def stories_index(site: Site) -> list[tuple[str, str]]:
    """Every story, the most recent first, with its versions' languages and its number of disagreements; STORIES_PER_PAGE a page."""
    pieces = chunks(newest_stories(site), STORIES_PER_PAGE)
    paths = numbered_pages(STORIES_INDEX, len(pieces))
    lang = site_language()
    summary = trn(lang, "{n} story published in more than one version.", "{n} stories published in more than one version.", len(site.stories))
    return [
        (page, render(
            "stories_index.md.j2", page=page, summary=summary, pager=pager(paths, number),
            title=tr(lang, "Stories") if number == 1 else f"{tr(lang, 'Stories')} ({number}/{len(paths)})",
            rows=[{"title": story.title, "path": site.story_pages[story.id], "disagreements": len(story.discrepancies),
                   "languages": version_languages(site, story.articles)} for story in piece],
        ))
        for number, (piece, page) in enumerate(zip(pieces, paths), start=1)
    ]
