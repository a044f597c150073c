"""One function per page type: the site model in, (docs path, Markdown text) out.

Listings that grow with the corpus are cut into numbered pages (`generator.slugs.continuation_page`)
so that no page grows with it: the function of such a page type returns a list of pages, its first
page first. Every template context is plain data (strings, numbers, dates, Markup made here, lists
and dicts of them), so that a page can be cached by a hash of its pickled context.
"""
from __future__ import annotations

from collections import Counter

from generator.lang.locale import english_name, format_long_date, format_range, native_name
from generator.model import Article, Site
from generator.render.environment import render
from generator.render.inline import linked_text
from generator.slugs import (ENTITIES_INDEX, STORIES_INDEX, TIMELINE_PAGE, HOME_PAGE, KNOWLEDGE_FILE, REPORT_PAGE,
                             language_index_page, numbered_pages, slugify)

_DESCRIPTION_CHARS = 160
_LATEST = 10
LANGUAGE_PAGE_SIZE = 100  # articles per page of a language index
HOME_STORIES = 10  # the latest stories on the home page; the stories index has them all


# Helpers for every paginated listing (entity, event and story pages use them too).


def chunks(items: list, size: int) -> list[list]:
    """The items in consecutive pieces of at most `size` (one empty piece for no items)."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def balanced_chunks(items: list, size: int) -> list[list]:
    """The items in as few pieces of at most `size` as possible, of nearly equal length (9 by 8: 5 and 4)."""
    count = max(1, -(-len(items) // size))
    step = -(-len(items) // count) if items else size
    return chunks(items, step)


def pager(paths: list[str], number: int, titles: list[str] | None = None) -> dict | None:
    """Links between the numbered pages of one listing, seen from page `number`; None for a single page.

    Compact: the first and last page, the current one and two on each side, gaps between.
    `titles` (one per page, e.g. its date range) become the links' tooltips.
    """
    if len(paths) <= 1:
        return None
    shown = sorted({1, len(paths), *range(max(1, number - 2), min(len(paths), number + 2) + 1)})
    links, last = [], 0
    for n in shown:
        if n > last + 1:
            links.append({"gap": True})
        links.append({"gap": False, "number": n, "path": paths[n - 1], "current": n == number,
                      "title": titles[n - 1] if titles else ""})
        last = n
    return {"number": number, "count": len(paths), "links": links,
            "previous": paths[number - 2] if number > 1 else None,
            "next": paths[number] if number < len(paths) else None}


def year_links(pieces: list[list], paths: list[str], year_of, anchor_of=None) -> list[dict]:
    """For each year (in listing order), the page (and anchor) where its first item is: a jump list for long listings."""
    first: dict = {}
    for number, piece in enumerate(pieces):
        for item in piece:
            year = year_of(item)
            if year is not None and year not in first:
                first[year] = {"year": year, "path": paths[number], "anchor": anchor_of(item) if anchor_of else ""}
    return list(first.values())


def version_languages(site: Site, article_ids: tuple[str, ...] | list[str]) -> str:
    """The languages of a story's versions, each once, in their own names, with a count where there are several."""
    counts = Counter(site.articles[a].lang for a in article_ids)
    return ", ".join(native_name(lang) + (f" ×{counts[lang]}" if counts[lang] > 1 else "") for lang in counts)


def article_ref(site: Site, article_id: str) -> dict:
    """An article as a listing shows it: title, language, date, page."""
    article = site.articles[article_id]
    return {"id": article.id, "title": article.title, "lang": article.lang, "published": article.published,
            "truncated": article.truncated, "path": site.page_paths[article_id], "language": native_name(article.lang),
            "date": format_long_date(article.published, article.lang) if article.published else ""}


# Pages


def article_page(site: Site, article: Article) -> tuple[str, str]:
    """The page of one article: its text with names linked, and the entities it names."""
    from generator.render.report import removed_lines_link  # report.py builds on this module's listing helpers

    page = site.page_paths[article.id]
    annotated = site.annotated[article.id]
    text = render(
        "article.md.j2", article=_article_fields(article), page=page, description=_description(article),
        language_index=language_index_page(article.lang), report=removed_lines_link(site, article.id),
        paragraphs=[{"anchor": p.anchor, "heading": p.kind == "heading",
                     "text": linked_text(annotated, p, page, site.entity_pages)} for p in article.paragraphs],
        named=_named_entities(site, article),
        story=_story_links(site, article),
        events=[{"title": e.title_in(article.lang), "path": site.event_pages[e.id],
                 "dates": format_range(e.first, e.last, e.precision, article.lang)}
                for e in (site.events[i] for i in site.events_of_article.get(article.id, ()))],
    )
    return page, text


def _article_fields(article: Article) -> dict:
    """What the article template shows of an article (its paragraphs come linked, separately)."""
    fields = ("id", "title", "lang", "published", "published_time", "place", "source", "subtitle", "subtitle_lang",
              "title_derived", "truncated", "source_file", "encoding")
    return {**{name: getattr(article, name) for name in fields}, "credits": list(article.credits),
            "removed": len(article.removed)}


def _story_links(site: Site, article: Article) -> dict | None:
    """The other versions of the article's story (language names in their own language), and the story page."""
    story_id = site.story_of.get(article.id)
    if story_id is None:
        return None
    others = [site.articles[a] for a in site.stories[story_id].articles if a != article.id]
    return {"path": site.story_pages[story_id],
            "others": [{"language": native_name(o.lang), "lang": o.lang, "path": site.page_paths[o.id]} for o in others]}


def _named_entities(site: Site, article: Article) -> list[dict]:
    """The entities an article names, most mentioned first, with their names in its language."""
    counts = Counter(m.entity for m in site.annotated[article.id].all_mentions())
    rows = []
    for entity_id, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        entity = site.entities[entity_id]
        lang = article.lang if article.lang in dict(entity.names) else "en" if "en" in dict(entity.names) else entity.names[0][0]
        rows.append({"name": entity.name(lang), "lang": lang, "path": site.entity_pages[entity_id], "count": count})
    return rows


def language_index(site: Site, lang: str) -> list[tuple[str, str]]:
    """The index of one language: its articles, newest first, dates in its locale, LANGUAGE_PAGE_SIZE a page."""
    ids = list(site.by_language[lang])
    pieces = chunks(ids, LANGUAGE_PAGE_SIZE)
    paths = numbered_pages(language_index_page(lang), len(pieces))
    dated = [[site.articles[i].published for i in piece if site.articles[i].published] for piece in pieces]
    periods = [format_range(min(days), max(days), "day", lang) if days else "" for days in dated]
    several = len(paths) > 1
    years = year_links(pieces, paths, lambda i: site.articles[i].published and site.articles[i].published.year)
    description = f"{english_name(lang)}: {len(ids)} article{'' if len(ids) == 1 else 's'}"
    return [
        (page, render(
            "language_index.md.j2", lang=lang, page=page, count=len(ids), description=description,
            title=native_name(lang) if number == 1 else f"{native_name(lang)} ({number}/{len(paths)})",
            entries=[article_ref(site, i) for i in piece], pager=pager(paths, number, periods),
            period=periods[number - 1] if several else "", years=years if several else [],
        ))
        for number, (piece, page) in enumerate(zip(pieces, paths), start=1)
    ]


def home(site: Site) -> tuple[str, str]:
    """The home page: what the corpus is, counts, languages, the latest stories and articles."""
    articles = sorted(site.articles.values(), key=lambda a: (a.published is None, -(a.published.toordinal() if a.published else 0), a.id))
    languages = [
        {"code": lang, "native": native_name(lang), "english": english_name(lang),
         "count": len(site.by_language[lang]), "path": language_index_page(lang)}
        for lang in site.languages
    ]
    summary = _corpus_summary(site)
    return HOME_PAGE, render(
        "home.md.j2", page=HOME_PAGE, summary=summary, description=summary, languages=languages,
        latest=[article_ref(site, a.id) for a in articles[:_LATEST]], report=REPORT_PAGE, knowledge=KNOWLEDGE_FILE,
        entities=ENTITIES_INDEX, entity_count=len(site.entities), timeline=TIMELINE_PAGE, event_count=len(site.events),
        stories=[{"title": s.title, "path": site.story_pages[s.id], "count": len(s.articles),
                  "disagreements": len(s.discrepancies),
                  "languages": version_languages(site, s.articles)}
                 for s in newest_stories(site)[:HOME_STORIES]],
        story_count=len(site.stories), stories_index=STORIES_INDEX,
    )


def newest_stories(site: Site) -> list:
    """The stories, the one with the most recent version first (undated last, then by id)."""
    def newest(story) -> int:
        days = [site.articles[a].published for a in story.articles if site.articles[a].published]
        return max(days).toordinal() if days else 0
    return sorted(site.stories.values(), key=lambda s: (-newest(s), s.id))


def _corpus_summary(site: Site) -> str:
    """One sentence on what the corpus is."""
    dates = sorted(a.published for a in site.articles.values() if a.published)
    span = f", published from {dates[0].isoformat()} to {dates[-1].isoformat()}" if dates else ""
    return (f"{len(site.articles)} news articles in {len(site.by_language)} languages{span}, "
            "each readable in its own language.")


def _description(article: Article) -> str:
    """A short plain-text description of an article: the start of its first text paragraph."""
    first = next((p for p in article.paragraphs if p.kind == "text"), article.paragraphs[0])
    text = article.text_of(first)
    return text if len(text) <= _DESCRIPTION_CHARS else text[:_DESCRIPTION_CHARS].rsplit(" ", 1)[0] + "…"
