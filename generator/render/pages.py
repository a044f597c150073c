"""One function per page type: the site model in, (docs path, Markdown text) out.

Listings that grow with the corpus are cut into numbered pages (`generator.slugs.continuation_page`)
so that no page grows with it: the function of such a page type returns a list of pages, its first
page first. Every template context is plain data (strings, numbers, dates, Markup made here, lists
and dicts of them), so that a page can be cached by a hash of its pickled context.
"""
from __future__ import annotations

from collections import Counter

from babel.lists import format_list
from markupsafe import Markup

from generator.escape import web_url
from generator.lang.labels import site_language, tr, trn
from generator.lang.locale import babel_locale, format_long_date, format_range, language_name, native_name, unbreakable
from generator.model import Article, Site
from generator.render import pictures
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


def page_date(day, lang: str) -> str:
    """A publication date in the page's locale, in one piece (no wrapping mid-date); "" for none."""
    return unbreakable(format_long_date(day, lang)) if day else ""


def page_range(first, last, precision: str, lang: str) -> str:
    """A date or range in the page's locale (Babel's interval formats), in one piece."""
    return unbreakable(format_range(first, last, precision, lang))


def article_ref(site: Site, article_id: str, lang: str) -> dict:
    """An article as a listing in `lang` shows it: title, language, date, page."""
    article = site.articles[article_id]
    return {"id": article.id, "title": article.title, "lang": article.lang, "published": article.published,
            "truncated": article.truncated, "path": site.page_paths[article_id], "language": native_name(article.lang),
            "date": page_date(article.published, lang)}


# Pages


def article_page(site: Site, article: Article) -> tuple[str, str]:
    """The page of one article: its text with names linked, and the entities it names."""
    page = site.page_paths[article.id]
    annotated = site.annotated[article.id]
    text = render(
        "article.md.j2", ui=article.lang, article=_article_fields(article), page=page, description=_description(article),
        source_url=_source_link(article),
        language_index=language_index_page(article.lang),
        paragraphs=[{"anchor": p.anchor, "heading": p.kind == "heading",
                     "text": linked_text(annotated, p, page, site.entity_pages)} for p in article.paragraphs],
        named=_named_entities(site, article),
        story=_story_links(site, article),
        events=[{"title": event_title(site, e, article.lang), "path": site.event_pages[e.id],
                 "dates": page_range(e.first, e.last, e.precision, article.lang)}
                for e in (site.events[i] for i in site.events_of_article.get(article.id, ()))],
    )
    return page, text


def _source_link(article: Article) -> Markup | None:
    """The article's original URL (front matter `url`) as a link target, when it is a web address."""
    url = web_url(article.url)
    return Markup(f"<{url}>") if url else None


def event_title(site: Site, event, lang: str) -> str:
    """An event's title in a language: the one events.yml gives, else rebuilt from its entities' names in that language.

    The assembled title is "<names>, <dates>" in English; the names it holds are looked up among the
    event's entities and said again in the language (joined by CLDR's list pattern), the dates in its locale.
    """
    given = dict(event.titles)
    if lang in given:
        return given[lang]
    english_dates = format_range(event.first, event.last, event.precision, "en")
    head = event.title.removesuffix(", " + " ".join(english_dates.split())) if "," in event.title else ""
    named = sorted(((head.find(site.entities[e].name()), e) for e in (*event.places, *event.participants)
                    if e in site.entities and site.entities[e].name() in head), key=lambda pair: pair[0])
    if not head or not named or head == event.title:
        return event.title
    names = [site.entities[e].name(lang) for _, e in named]
    locale = babel_locale(lang) or babel_locale("en")
    return f"{format_list(names, locale=locale)}, {format_range(event.first, event.last, event.precision, lang)}"


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
    """The entities an article names (in its header too: dateline, headline), most mentioned first, with their names
    in its language."""
    annotated = site.annotated[article.id]
    counts = Counter(m.entity for m in annotated.header + annotated.all_mentions())
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
    periods = [page_range(min(days), max(days), "day", lang) if days else "" for days in dated]
    several = len(paths) > 1
    years = year_links(pieces, paths, lambda i: site.articles[i].published and site.articles[i].published.year)
    description = f"{native_name(lang)}: " + trn(lang, "{n} article", "{n} articles", len(ids))
    return [
        (page, render(
            "language_index.md.j2", ui=lang, lang=lang, page=page, count=len(ids), description=description,
            title=native_name(lang) if number == 1 else f"{native_name(lang)} ({number}/{len(paths)})",
            entries=[article_ref(site, i, lang) for i in piece], pager=pager(paths, number, periods),
            period=periods[number - 1] if several else "", years=years if several else [],
        ))
        for number, (piece, page) in enumerate(zip(pieces, paths), start=1)
    ]


def home(site: Site) -> tuple[str, str]:
    """The home page: what the corpus is, counts, languages, the latest stories and articles."""
    articles = sorted(site.articles.values(), key=lambda a: (a.published is None, -(a.published.toordinal() if a.published else 0), a.id))
    languages = [
        {"code": lang, "native": native_name(lang), "english": language_name(lang, site_language()),
         "count": len(site.by_language[lang]), "path": language_index_page(lang)}
        for lang in site.languages
    ]
    summary = _corpus_summary(site)
    return HOME_PAGE, render(
        "home.md.j2", page=HOME_PAGE, summary=summary, description=summary, languages=languages,
        latest=[article_ref(site, a.id, site_language()) for a in articles[:_LATEST]], report=REPORT_PAGE, knowledge=KNOWLEDGE_FILE,
        entities=ENTITIES_INDEX, entity_count=len(site.entities), timeline=TIMELINE_PAGE, event_count=len(site.events),
        stories=[{"title": s.title, "path": site.story_pages[s.id], "count": len(s.articles),
                  "disagreements": len(s.discrepancies),
                  "languages": version_languages(site, s.articles)}
                 for s in newest_stories(site)[:HOME_STORIES]],
        story_count=len(site.stories), stories_index=STORIES_INDEX,
        network=pictures.network(site, HOME_PAGE, site_language()), map=pictures.place_map(site, HOME_PAGE, site_language()),
    )


def newest_stories(site: Site) -> list:
    """The stories, the one with the most recent version first (undated last, then by id)."""
    def newest(story) -> int:
        days = [site.articles[a].published for a in story.articles if site.articles[a].published]
        return max(days).toordinal() if days else 0
    return sorted(site.stories.values(), key=lambda s: (-newest(s), s.id))


def _corpus_summary(site: Site) -> str:
    """One sentence on what the corpus is, in the site's language."""
    lang = site_language()
    dates = sorted(a.published for a in site.articles.values() if a.published)
    articles = trn(lang, "{n} news article", "{n} news articles", len(site.articles))
    languages = trn(lang, "{n} language", "{n} languages", len(site.by_language))
    if dates:
        return tr(lang, "{articles} in {languages}, published {dates}, each readable in its own language.",
                  articles=articles, languages=languages, dates=format_range(dates[0], dates[-1], "day", lang))
    return tr(lang, "{articles} in {languages}, each readable in its own language.", articles=articles, languages=languages)


def _description(article: Article) -> str:
    """A short plain-text description of an article: the start of its first text paragraph."""
    first = next((p for p in article.paragraphs if p.kind == "text"), article.paragraphs[0])
    text = article.text_of(first)
    return text if len(text) <= _DESCRIPTION_CHARS else text[:_DESCRIPTION_CHARS].rsplit(" ", 1)[0] + "…"
