"""Read one seed file into an Article: decode, normalise, strip clutter, detect, in that order."""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import replace
from pathlib import Path, PurePath

from generator.errors import BuildAborted, SeedError
from generator.escape import printable
from generator.lang.bylines import byline_name
from generator.lang.clutter import FOOTER_KINDS
from generator.lang.detect import detect_language
from generator.lang.pagetalk import page_talk
from generator.lang.scripts import dominant_script
from generator.lang.sources import attributed_source, source_line
from generator.model import Article, Notice, SeedOutcome
from generator.read.authorbox import author_box, byline_names, joined_bylines
from generator.read.body import build_body, derived_title, is_truncated
from generator.read.dateorder import in_page_order
from generator.read.decode import decode_bytes
from generator.read.datelines import timestamp_line
from generator.read.frontmatter import FrontMatter, split_front_matter
from generator.read.header import Header, read_header
from generator.read.lines import Line, Removed, reads_as_text, split_lines, starts_with_date, strip_clutter
from generator.read.normalise import normalise_text
from generator.read.titles import TITLE_MAX_CHARS
from generator.slugs import article_id

SEED_SUFFIXES = (".txt", ".md")
KNOWLEDGE_DIR = "knowledge"  # seeds/knowledge/ holds the curated registry, not articles
# No news article comes near this size (a long read is 100 KB, in Thai too); a larger file is a
# dump or an archive, would make one page, and the search index every page loads, as large as
# itself, and costs the annotation stages minutes.
MAX_SEED_BYTES = 500_000
# The language is decided on the start of the text: enough for any classifier, and a long text
# costs no more than this.
_LANGUAGE_SAMPLE_CHARS = 100_000
_BYLINE_REACH = 3  # first lines of the text where a byline the header did not take may stand
# A line after the run that reads as text comes back when one of this many lines above it is
# in the body (measured on reader-dev: with 2, four more article snippets kept and two clutter
# snippets came in, a paywall's "read on:" and a licence line now read as a notice; with 1, two
# fewer kept; with 3, three more clutter snippets; with lines of 100 characters at least, three fewer kept).
_CONTINUING_REACH = 2


class _NotASeed(SeedError):
    """A file that is no article file at all (by its name): noted, not warned about."""


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Every entry under the folder that the build must account for, sorted by path (deterministic).

    That is every file, whatever its name or type (read_seed reads article files and says why it
    skips anything else), every link to a folder (never followed: it could loop or lead out of the
    seeds folder), every hidden folder (.git, not searched: one entry, not thousands) and every
    folder that cannot be listed. The knowledge folder is not searched.
    """
    unlisted: list[Path] = []

    def refused(error: OSError) -> None:
        unlisted.append(Path(error.filename) if error.filename else seeds_dir)

    found: list[Path] = []
    for root, dirs, names in os.walk(seeds_dir, onerror=refused, followlinks=False):
        folder = Path(root)
        if folder == seeds_dir:
            dirs[:] = [d for d in dirs if d != KNOWLEDGE_DIR]
        passed = [d for d in dirs if d.startswith(".") or (folder / d).is_symlink()]
        dirs[:] = sorted(d for d in dirs if d not in passed)
        found += [folder / name for name in [*names, *passed]]
    if seeds_dir in unlisted:
        raise BuildAborted(f"{seeds_dir}: the seeds folder cannot be read; check its permissions")
    return sorted(found + unlisted)


def display_path(relative: PurePath) -> str:
    """A seed's path as reports show it: POSIX separators; bytes that are no UTF-8 and invisible
    control or bidi characters written as escapes (\\xff, \\x1b, \\u202e)."""
    return printable(relative.as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))


def read_seed(path: Path, seeds_dir: Path) -> SeedOutcome:
    """Read one seed; a seed that cannot become an article is skipped with its reason, never raised."""
    relative = display_path(path.relative_to(seeds_dir))
    try:
        article, notices = _read(path, relative, seeds_dir)
    except SeedError as error:
        level = "info" if isinstance(error, _NotASeed) else "warning"
        return SeedOutcome(relative, None, error.reason, (Notice(relative, f"skipped: {error.reason}", error.hint, level=level),))
    except OSError as error:
        reason = f"the file cannot be read ({error.strerror or error})"
        return SeedOutcome(relative, None, reason, (Notice(relative, f"skipped: {reason}", "check its permissions"),))
    return SeedOutcome(relative, article, None, tuple(notices))


def _read(path: Path, relative: str, seeds_dir: Path) -> tuple[Article, list[Notice]]:
    """The article in one seed file and the notices about it."""
    decoded = decode_bytes(_seed_bytes(path, seeds_dir))
    notices = []
    if decoded.damaged:
        notices.append(Notice(relative, f"not valid UTF-8 in {decoded.damaged} places: read as UTF-8, "
                                        "each bad byte sequence shown as U+FFFD (\ufffd)", "re-save the file as UTF-8"))
    elif decoded.guessed:
        notices.append(Notice(relative, f"not UTF-8: decoded as {decoded.encoding} (detected)", "save the file as UTF-8 to be sure"))
    front, text, front_notices = (
        split_front_matter(decoded.text, relative) if path.suffix.lower() == ".md" else (FrontMatter(), decoded.text, [])
    )
    notices.extend(front_notices)
    article = analyse(normalise_text(text), relative, decoded.encoding, front)
    return article, notices


def _seed_bytes(path: Path, seeds_dir: Path) -> bytes:
    """The bytes of an article file; SeedError for anything that is not one (checked before reading)."""
    if path.is_symlink():
        _check_link(path, seeds_dir)
    elif path.is_dir():  # find_seeds returns hidden folders and the folders it could not list
        if path.name.startswith("."):
            raise _NotASeed("a hidden folder: not read", "move its articles out of it if it holds any")
        try:
            os.listdir(path)
        except OSError as error:
            raise SeedError(f"the folder cannot be read ({error.strerror or error}): its files are not read",
                            "check its permissions") from None
        raise SeedError("a folder that could not be listed when the build started", "run the build again")
    if path.suffix.lower() not in SEED_SUFFIXES:
        raise _NotASeed("not an article file: only .txt and .md files are read",
                        "rename it to .txt or .md if it is an article, or move it out of the seeds folder")
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise SeedError("not a regular file (a named pipe, socket or device)", "give the seed folder text files only")
    if status.st_size > MAX_SEED_BYTES:
        raise SeedError(
            f"the file is {status.st_size / 1e6:.1f} MB, more than one article can be (at most {MAX_SEED_BYTES / 1e6:g} MB)",
            "split it into one file per article, or remove it",
        )
    return path.read_bytes()


def _check_link(path: Path, seeds_dir: Path) -> None:
    """Refuse a symbolic link that loops, leads nowhere, leads to a folder or out of the seeds folder.

    A link to a file in the seeds folder is read (the file is then a duplicate of its target).
    """
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        raise SeedError(f"a symbolic link to nothing (its target {_shown_target(path)} does not exist)",
                        "remove the link or restore its target") from None
    except (RuntimeError, OSError) as error:  # Python 3.11 raises RuntimeError for a loop, later ones OSError
        if isinstance(error, RuntimeError) or error.errno == errno.ELOOP:
            raise SeedError("a symbolic link that loops back on itself", "remove the link") from None
        raise
    root = seeds_dir.resolve()
    if target.is_dir():
        if target.is_relative_to(root) and target != root:
            raise _NotASeed("a symbolic link to a folder of the seeds folder: not followed (its files are read where they are)")
        raise SeedError("a symbolic link to a folder: not followed (it loops back or leads out of the seeds folder)",
                        "move or copy the folder into the seeds folder")
    if not target.is_relative_to(root):
        raise SeedError("a symbolic link to a file outside the seeds folder: not read",
                        "copy the file into the seeds folder instead of linking to it")


def _shown_target(path: Path) -> str:
    """A link's target as written in the link, printable."""
    try:
        return display_path(PurePath(os.readlink(path)))
    except OSError:
        return "?"


def _language_sample(lines: list[Line]) -> str:
    """The start of the text, whole lines, about _LANGUAGE_SAMPLE_CHARS long."""
    taken, size = [], 0
    for line in lines:
        taken.append(line.text)
        size += len(line.text) + 1
        if size >= _LANGUAGE_SAMPLE_CHARS:
            break
    return "\n".join(taken)[:_LANGUAGE_SAMPLE_CHARS]


def analyse(text: str, relative: str, encoding: str, front: FrontMatter = FrontMatter()) -> Article:
    """Turn normalised text into an Article; front matter fields override what is detected."""
    kept, removed, credits = strip_clutter(joined_bylines(split_lines(text)))
    if not kept:
        raise SeedError("nothing is left once site clutter is removed", "check that the file holds the article's text")
    sample = _language_sample(kept)
    lang, lang_basis = (front.lang, "front matter") if front.lang else detect_language(sample)
    if lang is None and dominant_script(sample) is None:
        raise SeedError("no article text: the file holds no letters, only digits, punctuation or symbols",
                        "check that the file holds the article's text")
    if lang is None:
        raise SeedError(f"the language cannot be detected ({lang_basis})", "add front matter with lang: <code>")
    after = tuple(r.line for r in removed if r.line.number > kept[-1].number)
    header, body_lines, header_removed = _paragraphs_kept(*read_header(kept, lang, after), _page_end(kept, removed))
    # the byline read off the header, or left at the top of the text ("By Jane Doe" under the title)
    bylines = [r.line for r in header_removed if r.kind == "byline"] + body_lines[:_BYLINE_REACH]
    names = byline_names([*(line for line in kept if line.head), *bylines])
    body_lines, box = author_box(body_lines, names, split_lines(text))
    header_removed += box
    body_lines, left = _without(body_lines, _bylines_left(body_lines), "byline")
    body_lines, marks = _without(body_lines, _source_marks(body_lines), "source line")
    body_lines, stamps = _without(body_lines, _stamps_within(body_lines, lang), "timestamp")
    header_removed += left + marks + stamps
    if not body_lines:
        raise SeedError(_no_text_reason(header, header_removed), "add the article's text")
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
        truncated=is_truncated(body, paragraphs, _followed(body_lines, [*removed, *header_removed])),
        encoding=encoding,
        subtitle=header.subtitle,
        subtitle_lang=header.subtitle_lang,
        published=in_page_order(header.published, text, lang),
        published_time=header.published_time,
        date_basis=header.date_basis,
        place=header.place,
        source=header.source or attributed_source(body, lang),
        credits=tuple(credits),
        removed=tuple(f"line {r.line.number} ({r.kind}): {r.line.text}" for r in sorted(
            [*removed, *header_removed], key=lambda r: r.line.number)),
    )
    return _overridden(article, front)


def _followed(body_lines: list[Line], removed: list[Removed]) -> bool:
    """Whether the page's clutter stands around the text's last line (lines removed after it, or
    between it and the line above): the page went on there, the copy did not stop mid-text."""
    above = body_lines[-2].number if len(body_lines) > 1 else body_lines[-1].number
    return any(r.line.number > above for r in removed)


# What each kind of metadata line sets in the header (generator/read/header.py), and the date_basis
# it writes: a line given back to the body takes these back with it.
_FIELDS_OF_KIND = {
    "masthead line": ("source", "masthead line"),
    "source line": ("source", None),
    "timestamp line": (None, "timestamp line"),
    "date line": (None, "date at the end"),
}


def _no_paragraph(text: str) -> bool:
    """Whether a long line after the run is no paragraph of the article: the site's talk, a list of
    words, or another story's teaser led by its date."""
    return bool(page_talk(text)) or not reads_as_text(text) or starts_with_date(text)


def _page_end(kept: list[Line], removed: list[Removed]) -> int:
    """The number of the first share row, comment prompt, "read also" or rating line after the
    article's run: the article does not go on below it (the page's teasers and comments do)."""
    run = [line.number for line in kept if not line.tail]
    last = run[-1] if run else 0
    return min((r.line.number for r in removed if r.kind in FOOTER_KINDS and r.line.number > last), default=1 << 30)


def _paragraphs_kept(header: Header, body: list[Line], removed: list[Removed], page_end: int) -> tuple[Header, list[Line], list[Removed]]:
    """Give back to the body every line the header took as metadata that is longer than any title.

    Metadata lines (timestamp, masthead, source) are short; a line longer than a title can be is a
    paragraph, whatever words or dates it holds (a paragraph quoting a newspaper's name in «» reads
    like a masthead). Without this, a title and one long paragraph lost the paragraph, and the file.
    A long line after the article's run comes back too (the run may have ended early), unless it
    is the site's talk (an appeal, a notice: generator/lang/pagetalk.py), a list of tags or
    places, or stands below the page_end line (a teaser's or comment's text).
    """
    back = [r for r in removed if len(r.line.text) > TITLE_MAX_CHARS
            and not (r.kind == "after the article" and (r.line.number > page_end or _no_paragraph(r.line.text)))]
    back += _continuing(body, removed, back, page_end)
    if not back:
        return header, body, removed
    kept = [r for r in removed if r not in back]
    for kind in {r.kind for r in back} - {r.kind for r in kept}:
        field, basis = _FIELDS_OF_KIND.get(kind, (None, None))
        if field:
            header = replace(header, **{field: None})
        if basis and header.date_basis == basis:
            header = replace(header, published=None, published_time=None, date_basis=None)
    return header, sorted([*body, *(r.line for r in back)], key=lambda line: line.number), kept


def _continuing(body: list[Line], removed: list[Removed], back: list[Removed], page_end: int) -> list[Removed]:
    """The shorter lines after the run that read as text and stand at most _CONTINUING_REACH lines
    under a line of the body (a paragraph under a picture's caption or a subheading, a sentence
    introducing a list): the article goes on there, as the long lines given back show."""
    taken, order = [], sorted([*(line.number for line in body), *(r.line.number for r in removed)])
    inside = {line.number for line in body} | {r.line.number for r in back}
    at = {number: index for index, number in enumerate(order)}
    for r in sorted(removed, key=lambda r: r.line.number):
        if (r.kind == "after the article" and r not in back and r.line.number < page_end
                and not _no_paragraph(r.line.text) and not _title_cased(r.line.text)
                and any(number in inside for number in order[max(0, at[r.line.number] - _CONTINUING_REACH):at[r.line.number]])):
            taken.append(r)
            inside.add(r.line.number)
    return taken


def _title_cased(text: str) -> bool:
    """Whether a line of a cased script has fewer than a third of its words in lower case: a
    headline, a list of names or a standards line, no sentence of the text (function words are
    lower-case in every cased language)."""
    words = [word for word in text.split() if word[:1].isalpha()]
    cased = [word for word in words if word[:1].islower() or word[:1].isupper()]
    return len(cased) * 2 > len(words) and sum(word[:1].islower() for word in cased) * 3 < len(cased)


def _without(body: list[Line], taken: list[Line], kind: str) -> tuple[list[Line], list[Removed]]:
    """The body without the lines taken out as one kind of non-text, and those lines as removed; the
    body as it is when none is taken or all would be (a file of such lines only is left to say so)."""
    if not taken or len(taken) == len(body):
        return body, []
    return [line for line in body if line not in taken], [Removed(line, kind) for line in taken]


def _bylines_left(body: list[Line]) -> list[Line]:
    """A byline left among the body's first lines ("By Jane Doe" under the standfirst): the author's name, not text."""
    return [line for line in body[:_BYLINE_REACH] if byline_name(line.text)]


def _source_marks(body: list[Line]) -> list[Line]:
    """The body's "Source: X" lines (a figure's or table's source, or the article's once the header has
    read it): a credit, not text. A line longer than a title is a paragraph."""
    return [line for line in body if len(line.text) <= TITLE_MAX_CHARS and source_line(line.text)]


def _stamps_within(body: list[Line], lang: str) -> list[Line]:
    """The timestamp lines inside the body (see timestamp_line), which are no text."""
    return [line for line in body[1:] if timestamp_line(line.text, lang)]


def _no_text_reason(header: Header, removed: list[Removed]) -> str:
    """Why a file has no article text, true of that file: what its lines are instead."""
    found = (["a title"] if header.title else []) + (["a second title"] if header.subtitle else [])
    found += sorted({f"a {r.kind}" for r in removed}) + (["a dateline"] if header.date_basis == "dateline" else [])
    return f"no article text: the file holds only {', '.join(found) or 'metadata lines'}"


def _overridden(article: Article, front: FrontMatter) -> Article:
    """The article with every field the front matter sets taken from the front matter."""
    changes = {
        "published": front.date, "source": front.source, "url": front.url, "story": front.story,
    }
    changes = {key: value for key, value in changes.items() if value is not None}
    if front.date is not None:
        changes.update(published_time=None, date_basis="front matter")
    return replace(article, **changes)
