"""One function per page type: the site model in, (docs path, Markdown text) out."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.lang.locale import english_name, format_long_date, format_range, native_name
from generator.model import Article, Notice, Site
from generator.render.environment import render
from generator.render.event_pages import events_of
from generator.render.inline import linked_text
from generator.slugs import ENTITIES_INDEX, STORIES_INDEX, TIMELINE_PAGE, HOME_PAGE, KNOWLEDGE_FILE, REPORT_PAGE, language_index_page, slugify

_DESCRIPTION_CHARS = 160
_LATEST = 10


@dataclass(frozen=True)
class Entry:
    """An article as listed on an index page."""

    article: Article
    path: str
    language: str = ""
    date: str = ""


def article_page(site: Site, article: Article) -> tuple[str, str]:
    """The page of one article: its text with names linked, and the entities it names."""
    page = site.page_paths[article.id]
    annotated = site.annotated[article.id]
    text = render(
        "article.md.j2", article=article, page=page, description=_description(article),
        language_index=language_index_page(article.lang), report=REPORT_PAGE,
        linked=lambda span: linked_text(annotated, span, page, site.entity_pages),
        named=_named_entities(site, article),
        story=_story_links(site, article),
        events=[{"title": e.title_in(article.lang), "path": site.event_pages[e.id],
                 "dates": format_range(e.first, e.last, e.precision, article.lang)} for e in events_of(site, article_id=article.id)],
    )
    return page, text


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


def language_index(site: Site, lang: str) -> tuple[str, str]:
    """The index of one language: its articles, newest first, dates in its locale."""
    page = language_index_page(lang)
    entries = [Entry(site.articles[i], site.page_paths[i]) for i in site.by_language[lang]]
    description = f"{english_name(lang)}: {len(entries)} article{'' if len(entries) == 1 else 's'}"
    return page, render("language_index.md.j2", lang=lang, page=page, entries=entries, description=description)


def home(site: Site) -> tuple[str, str]:
    """The home page: what the corpus is, counts, languages, latest articles."""
    articles = sorted(site.articles.values(), key=lambda a: (a.published is None, -(a.published.toordinal() if a.published else 0), a.id))
    languages = [
        {"code": lang, "native": native_name(lang), "english": english_name(lang),
         "count": len(site.by_language[lang]), "path": language_index_page(lang)}
        for lang in site.languages
    ]
    latest = [
        Entry(a, site.page_paths[a.id], native_name(a.lang),
              format_long_date(a.published, a.lang) if a.published else "")
        for a in articles[:_LATEST]
    ]
    summary = _corpus_summary(site)
    return HOME_PAGE, render(
        "home.md.j2", page=HOME_PAGE, summary=summary, description=summary, languages=languages,
        latest=latest, report=REPORT_PAGE, knowledge=KNOWLEDGE_FILE,
        entities=ENTITIES_INDEX, entity_count=len(site.entities), timeline=TIMELINE_PAGE, event_count=len(site.events),
        stories=[{"title": s.title, "path": site.story_pages[s.id], "count": len(s.articles),
                  "disagreements": len(s.discrepancies),
                  "languages": ", ".join(native_name(site.articles[a].lang) for a in s.articles)} for s in site.stories.values()],
        stories_index=STORIES_INDEX,
    )


def report(site: Site, notices: tuple[Notice, ...]) -> tuple[str, str]:
    """The build report: every file read, merged or skipped and why, every warning, removed clutter.

    Each file has one row. A duplicate (generator/read/duplicates.py: an outcome without article whose
    reason is "duplicate of <path>: merged into its page") is shown as merged into the page of the
    file that kept it, with its reason; every other file without article as skipped.
    """
    kept = {o.path: o.article for o in site.outcomes if o.article is not None}
    prefix, suffix = "duplicate of ", ": merged into its page"
    rows = []
    for outcome in site.outcomes:
        row = {**_report_row(site, outcome), "merged_into": None, "merged_title": None}
        reason = outcome.skip_reason or ""
        keeper = kept.get(reason[len(prefix):-len(suffix)]) if reason.startswith(prefix) and reason.endswith(suffix) else None
        if outcome.article is None and keeper is not None:
            row.update(result="merged", lang=keeper.lang, merged_into=site.page_paths[keeper.id], merged_title=keeper.title)
        rows.append(row)
    merged = sum(1 for row in rows if row["merged_into"])
    skipped = sum(1 for o in site.outcomes if o.article is None) - merged
    warnings = [n for n in notices if n.level == "warning"]
    summary = (f"{len(site.outcomes)} files read: {len(site.articles)} became articles, "
               + (f"{merged} were merged into the page of an identical file, " if merged else "")
               + f"{skipped} were skipped; {len(warnings)} warnings.")
    return REPORT_PAGE, render(
        "report.md.j2", page=REPORT_PAGE, rows=rows, summary=summary, warnings=[str(n) for n in warnings],
        notes=[str(n) for n in notices if n.level != "warning"], candidates=_candidate_rows(site),
    )


def _candidate_rows(site: Site) -> list[dict]:
    """The entities discovery found that the registry does not list, most mentioned first."""
    rows = []
    for entity_id, entity in site.entities.items():
        if entity.reviewed:
            continue
        mentions = site.mentions_of.get(entity_id, ())
        rows.append({"name": entity.name(), "type": entity.type, "path": site.entity_pages[entity_id],
                     "count": len(mentions), "languages": ", ".join(sorted({site.articles[a].lang for a, _ in mentions}))})
    return sorted(rows, key=lambda r: (-r["count"], r["name"].casefold()))


def _report_row(site: Site, outcome) -> dict:
    """One file's row on the build report."""
    article = outcome.article
    return {
        "path": outcome.path,
        "anchor": "file-" + slugify(outcome.path, fallback="file"),
        "result": "article" if article else "skipped",
        "lang": article.lang if article else "",
        "title": article.title if article else outcome.skip_reason,
        "page": site.page_paths[article.id] if article else None,
        "removed": article.removed if article else (),
    }


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
