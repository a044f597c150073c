"""Read one seed file into an Article: decode, normalise, strip clutter, detect, in that order."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.errors import SeedError
from generator.lang.detect import detect_language
from generator.lang.sources import attributed_source
from generator.model import Article, Notice, SeedOutcome
from generator.read.body import build_body, derived_title, is_truncated
from generator.read.decode import decode_bytes
from generator.read.frontmatter import FrontMatter, split_front_matter
from generator.read.header import read_header
from generator.read.lines import split_lines, strip_clutter
from generator.read.normalise import normalise_text
from generator.slugs import article_id

SEED_SUFFIXES = (".txt", ".md")


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Every seed file under the folder, sorted by path, so that the build is deterministic."""
    return sorted(p for p in seeds_dir.rglob("*") if p.suffix.lower() in SEED_SUFFIXES and p.is_file()
                  and "knowledge" not in p.relative_to(seeds_dir).parts[:1])


def read_seed(path: Path, seeds_dir: Path) -> SeedOutcome:
    """Read one seed; a seed that cannot become an article is skipped with its reason, never raised."""
    relative = path.relative_to(seeds_dir).as_posix()
    try:
        article, notices = _read(path, relative)
    except SeedError as error:
        return SeedOutcome(relative, None, error.reason, (Notice(relative, f"skipped: {error.reason}", error.hint),))
    except OSError as error:
        reason = f"the file cannot be read ({error.strerror or error})"
        return SeedOutcome(relative, None, reason, (Notice(relative, f"skipped: {reason}", "check its permissions"),))
    return SeedOutcome(relative, article, None, tuple(notices))


def _read(path: Path, relative: str) -> tuple[Article, list[Notice]]:
    """The article in one seed file and the notices about it."""
    decoded = decode_bytes(path.read_bytes())
    notices = []
    if decoded.guessed:
        notices.append(Notice(relative, f"not UTF-8: decoded as {decoded.encoding} (detected)", "save the file as UTF-8 to be sure"))
    front, text, front_notices = (
        split_front_matter(decoded.text, relative) if path.suffix.lower() == ".md" else (FrontMatter(), decoded.text, [])
    )
    notices.extend(front_notices)
    article = analyse(normalise_text(text), relative, decoded.encoding, front)
    return article, notices


def analyse(text: str, relative: str, encoding: str, front: FrontMatter = FrontMatter()) -> Article:
    """Turn normalised text into an Article; front matter fields override what is detected."""
    kept, removed, credits = strip_clutter(split_lines(text))
    if not kept:
        raise SeedError("nothing is left once site clutter is removed", "check that the file holds the article's text")
    lang, lang_basis = (front.lang, "front matter") if front.lang else detect_language("\n".join(l.text for l in kept))
    if lang is None:
        raise SeedError(f"the language cannot be detected ({lang_basis})", "add front matter with lang: <code>")
    header, body_lines, header_removed = read_header(kept, lang)
    if not body_lines:
        raise SeedError("the file has a title but no article text", "add the article's text")
    body, paragraphs = build_body(body_lines)
    title = front.title or header.title
    article = Article(
        id=article_id(relative),
        source_file=relative,
        lang=lang,
        lang_basis=lang_basis,
        title=title or derived_title(body, paragraphs),
        title_derived=title is None,
        body=body,
        paragraphs=paragraphs,
        truncated=is_truncated(body, paragraphs),
        encoding=encoding,
        subtitle=header.subtitle,
        subtitle_lang=header.subtitle_lang,
        published=header.published,
        published_time=header.published_time,
        date_basis=header.date_basis,
        place=header.place,
        source=header.source or attributed_source(body, lang),
        credits=tuple(credits),
        removed=tuple(f"line {r.line.number} ({r.kind}): {r.line.text}" for r in sorted(
            [*removed, *header_removed], key=lambda r: r.line.number)),
    )
    return _overridden(article, front)


def _overridden(article: Article, front: FrontMatter) -> Article:
    """The article with every field the front matter sets taken from the front matter."""
    changes = {
        "published": front.date, "source": front.source, "url": front.url, "story": front.story,
    }
    changes = {key: value for key, value in changes.items() if value is not None}
    if front.date is not None:
        changes.update(published_time=None, date_basis="front matter")
    return replace(article, **changes)
