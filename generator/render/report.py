"""The build report: every file read, merged or skipped and why, every warning, the lines taken out of bodies.

Every file keeps exactly one row. A large corpus gets its file table in numbered pages (the first
page keeps the summary, the warnings and the candidates), so that no page grows with the corpus.
"""
from __future__ import annotations

from generator.model import Notice, SeedOutcome, Site
from generator.render.environment import render
from generator.render.pages import chunks, pager
from generator.slugs import ENTITIES_INDEX, REPORT_PAGE, continuation_page, numbered_pages, slugify

FILES_PER_PAGE = 200  # rows of the file table on one report page (with their removed lines)
NOTICES_SHOWN = 300  # warnings, and notes, listed on the first page; the terminal has every one
CANDIDATES_SHOWN = 100  # the most mentioned candidates; the entities index lists them all


def report(site: Site, notices: tuple[Notice, ...]) -> list[tuple[str, str]]:
    """The build report's pages: the first with the summary, warnings and candidates; then the rest of the files."""
    articles_by_file = {o.path: o.article for o in site.outcomes if o.article is not None}
    rows = [_report_row(site, outcome, articles_by_file) for outcome in site.outcomes]
    pieces = chunks(rows, FILES_PER_PAGE)
    paths = numbered_pages(REPORT_PAGE, len(pieces))
    warnings = [str(n) for n in notices if n.level == "warning"]
    notes = [str(n) for n in notices if n.level != "warning"]
    candidates = _candidate_rows(site)
    first = {
        "summary": _summary(site, rows, len(warnings)),
        "warnings": warnings[:NOTICES_SHOWN], "more_warnings": max(0, len(warnings) - NOTICES_SHOWN),
        "notes": notes[:NOTICES_SHOWN], "more_notes": max(0, len(notes) - NOTICES_SHOWN),
        "candidates": candidates[:CANDIDATES_SHOWN], "more_candidates": max(0, len(candidates) - CANDIDATES_SHOWN),
        "joins": _join_rows(site, candidates[:CANDIDATES_SHOWN]),
        "index": ENTITIES_INDEX,
    }
    pages = []
    for number, (path, piece) in enumerate(zip(paths, pieces), start=1):
        span = f"files {(number - 1) * FILES_PER_PAGE + 1}–{(number - 1) * FILES_PER_PAGE + len(piece)} of {len(rows)}"
        pages.append((path, render("report.md.j2", page=path, rows=piece, first=first if number == 1 else None,
                                   span=span if len(pieces) > 1 else "", pager=pager(paths, number), home=REPORT_PAGE)))
    return pages


def removed_lines_link(site: Site, article_id: str) -> tuple[str, str]:
    """The report page and anchor where the lines taken out of an article's body are listed."""
    position = site.outcome_of[article_id]
    number = position // FILES_PER_PAGE + 1
    return continuation_page(REPORT_PAGE, number), _anchor(site.outcomes[position].path)


def _summary(site: Site, rows: list[dict], warnings: int) -> str:
    """One sentence: files read, articles, merges, skips, warnings."""
    merged = sum(1 for row in rows if row["merged_into"])
    skipped = sum(1 for row in rows if row["result"] == "skipped")
    return (f"{len(site.outcomes)} files read: {len(site.articles)} became articles, "
            + (f"{merged} were merged into the page of an identical file, " if merged else "")
            + f"{skipped} were skipped; {warnings} warnings.")


def _report_row(site: Site, outcome: SeedOutcome, articles_by_file: dict) -> dict:
    """One file's row: an article and its page, a merge and the page kept, or a skip and its reason."""
    article = outcome.article
    kept = articles_by_file.get(outcome.merged_into) if outcome.merged_into else None
    return {
        "path": outcome.path,
        "anchor": _anchor(outcome.path),
        "result": "article" if article else "merged" if kept else "skipped",
        "lang": article.lang if article else kept.lang if kept else "",
        "title": article.title if article else outcome.skip_reason,
        "page": site.page_paths[article.id] if article else None,
        "merged_into": site.page_paths[kept.id] if kept else None,
        "merged_title": kept.title if kept else None,
        "removed": article.removed if article else (),
    }


def _anchor(path: str) -> str:
    """The anchor of a file's removed lines on its report page."""
    return "file-" + slugify(path, fallback="file")


def _join_rows(site: Site, candidates: list[dict]) -> list[dict]:
    """For each listed candidate joined across languages: each name, the join rule and its evidence."""
    rows = []
    for row in candidates:
        entity = site.entities[row["id"]]
        if len({lang for lang, _, _, _ in entity.joins}) > 1:
            rows += [{"entity": row["name"], "path": row["path"], "lang": lang, "name": name, "rule": rule,
                      "evidence": evidence, "ref": entity.ref} for lang, name, rule, evidence in entity.joins]
    return rows


def _candidate_rows(site: Site) -> list[dict]:
    """The entities discovery found that the registry does not list, most mentioned first."""
    rows = []
    for entity_id, entity in site.entities.items():
        if entity.reviewed:
            continue
        mentions = site.mentions_of.get(entity_id, ())
        rows.append({"id": entity_id, "name": entity.name(), "type": entity.type, "path": site.entity_pages[entity_id],
                     "count": len(mentions), "languages": ", ".join(sorted({site.articles[a].lang for a, _ in mentions}))})
    return sorted(rows, key=lambda r: (-r["count"], r["name"].casefold()))
