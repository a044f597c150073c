"""Story pages and the stories index: the versions of one story side by side, and where they disagree."""
from __future__ import annotations

from generator.lang.locale import format_long_date, native_name
from generator.model import Site
from generator.render.environment import render
from generator.render.inline import linked_text
from generator.slugs import STORIES_INDEX


def story_page(site: Site, story_id: str) -> tuple[str, str]:
    """The versions in columns (one per language), the table of aligned facts, the disagreements."""
    story = site.stories[story_id]
    page = site.story_pages[story_id]
    columns = []
    for article_id in story.articles:
        article, annotated = site.articles[article_id], site.annotated[article_id]
        columns.append({
            "article": article, "path": site.page_paths[article_id], "language": native_name(article.lang),
            "date": format_long_date(article.published, article.lang) if article.published else "",
            "paragraphs": [{"anchor": p.anchor, "heading": p.kind == "heading",
                            "text": linked_text(annotated, p, page, site.entity_pages)} for p in article.paragraphs],
        })
    facts = [_fact_row(site, story, fact, page) for fact in story.facts]
    return page, render(
        "story.md.j2", story=story, page=page, columns=columns, facts=facts, index=STORIES_INDEX,
        disagreements=[row for row in facts if row["disagrees"]],
        description=f"{len(story.articles)} versions, {len(story.discrepancies)} disagreements",
    )


def _fact_row(site: Site, story, fact, page: str) -> dict:
    """One aligned fact as a table row: a cell per version, and the quotes behind each value."""
    by_article = {v.article: v for v in fact.values}
    cells = []
    for article_id in story.articles:
        value = by_article.get(article_id)
        article = site.articles[article_id]
        cells.append({
            "article": article, "value": value, "path": site.page_paths[article_id],
            "anchor": site.annotated[article_id].paragraph_at(value.span.start).anchor if value else "",
            "quote": article.body[value.sentence.start:value.sentence.end] if value else "",
        })
    holders: dict[str, list[dict]] = {}
    for value in fact.values:
        lang = site.articles[value.article].lang
        holders.setdefault(value.value, []).append({"lang": lang, "name": native_name(lang)})
    summary = [{"value": value, "languages": langs} for value, langs in holders.items()]
    return {"fact": fact, "cells": cells, "disagrees": fact.disagrees, "summary": summary}


def stories_index(site: Site) -> tuple[str, str]:
    """Every story with its versions' languages and its number of disagreements."""
    rows = [
        {"story": story, "path": site.story_pages[story.id],
         "languages": ", ".join(native_name(site.articles[a].lang) for a in story.articles)}
        for story in sorted(site.stories.values(), key=lambda s: s.id)
    ]
    summary = f"{len(site.stories)} stories published in more than one version."
    return STORIES_INDEX, render("stories_index.md.j2", page=STORIES_INDEX, rows=rows, summary=summary)
