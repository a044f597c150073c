"""The top and bottom of an article: title, second title, timestamp, masthead, source and dateline."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from generator.dates import DateMatch, find_dates
from generator.lang.detect import detect_language
from generator.lang.locale import DATE_INTRO_WORDS
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script, ends_sentence
from generator.lang.sources import masthead_name, source_line
from generator.read.lines import Line, Removed

TITLE_MAX_CHARS = 200
_HEADER_LINES = 4  # how far down metadata lines (timestamps, mastheads) are looked for
_DATELINE_REACH = 150  # a dateline's date starts within this many characters
_DATELINE_DASH = re.compile(r"\s*(?:[—–―-]+|:)\s*")
_TITLE_END = re.compile(r"[.,;:،؛]$")


@dataclass(frozen=True)
class Header:
    """What the top and bottom lines of an article say about it."""

    title: str | None = None
    subtitle: str | None = None
    subtitle_lang: str | None = None
    published: dt.date | None = None
    published_time: str | None = None
    date_basis: str | None = None
    source: str | None = None
    place: str | None = None


def read_header(lines: list[Line], lang: str) -> tuple[Header, list[Line], list[Removed]]:
    """Take the title, second title and metadata lines off the top (and dates off the bottom)."""
    header, body, removed = Header(), list(lines), []
    while body and len(lines) - len(body) < _HEADER_LINES:
        line = body[0]
        updated, kind = _header_line(header, line, lang, has_more=len(body) > 1)
        if kind is None:
            break
        header = updated
        body.pop(0)
        if kind not in ("title", "subtitle"):
            removed.append(Removed(line, kind))
    header, body, removed = _trailing_date(header, body, removed, lang)
    header, body = _dateline(header, body, lang)
    return header, body, removed


def _header_line(header: Header, line: Line, lang: str, has_more: bool) -> tuple[Header, str | None]:
    """What one line near the top is (title, subtitle, timestamp, masthead, source), or None."""
    text = line.text
    dates = find_dates(text, lang)
    if dates and _only_dates(text, dates):
        return _with_date(header, dates[0], "timestamp line"), "timestamp line"
    if source_line(text):
        return replace(header, source=header.source or source_line(text)), "source line"
    masthead = masthead_name(text)
    if masthead or (dates and header.title and len(text) <= TITLE_MAX_CHARS and not ends_sentence(text)):
        header = replace(header, source=header.source or masthead)
        return (_with_date(header, dates[0], "masthead line") if dates else header), "masthead line"
    if not has_more or not is_title_like(text) or _dateline_match(text, lang):
        return header, None
    if header.title is None:
        return replace(header, title=text), "title"
    line_lang = detect_language(text)[0]
    if header.subtitle is None and line_lang and line_lang != lang:
        return replace(header, subtitle=text, subtitle_lang=line_lang), "subtitle"
    return header, None


def is_title_like(text: str) -> bool:
    """Whether a line reads as a headline: short, not ending like a sentence or a clause."""
    if len(text) > TITLE_MAX_CHARS or _TITLE_END.search(text):
        return False
    return len(text.split()) >= 2 or dominant_script(text) in UNPUNCTUATED_SCRIPTS


def _only_dates(text: str, dates: list[DateMatch]) -> bool:
    """Whether a line holds nothing but dates (and times, punctuation, digits)."""
    rest = text
    for match in reversed(dates):
        rest = rest[:match.start] + rest[match.end:]
    return sum(ch.isalpha() for ch in rest) <= 2


def _with_date(header: Header, match: DateMatch, basis: str) -> Header:
    """The header with a publication date, unless it already has one."""
    if header.published is not None:
        return header
    return replace(header, published=match.date, published_time=match.time, date_basis=basis)


def _trailing_date(header: Header, body: list[Line], removed: list[Removed], lang: str):
    """A date alone on the last line is the publication date written at the end."""
    if len(body) > 1:
        dates = find_dates(body[-1].text, lang)
        if dates and _only_dates(body[-1].text, dates):
            removed = [*removed, Removed(body[-1], "date line")]
            return _with_date(header, dates[0], "date at the end"), body[:-1], removed
    return header, body, removed


def _dateline_match(text: str, lang: str) -> tuple[DateMatch, re.Match[str]] | None:
    """The date of a dateline at the start of a line ("SHENYANG, China, 26. Oktober 2023 —")."""
    for match in find_dates(text[:_DATELINE_REACH + 40], lang)[:1]:
        if match.start > _DATELINE_REACH or ends_sentence(text[:match.start]):
            return None
        dash = _DATELINE_DASH.match(text, match.end)
        if dash and dash.end() > match.end:
            return match, dash
    return None


def _dateline(header: Header, body: list[Line], lang: str) -> tuple[Header, list[Line]]:
    """Take the dateline off the first body line: its place and date go to the header."""
    found = _dateline_match(body[0].text, lang) if body else None
    if found is None:
        return header, body
    match, dash = found
    place = _place(body[0].text[:match.start])
    dated = replace(header, published=match.date, published_time=match.time, date_basis="dateline")
    if header.date_basis and header.date_basis != "dateline":
        dated = header  # a timestamp or masthead line above the text wins over the dateline
    first = Line(body[0].number, body[0].text[dash.end():].strip())
    return replace(dated, place=place or header.place), ([first] if first.text else []) + body[1:]


def _place(prefix: str) -> str | None:
    """The place of a dateline prefix, with upper-case words in normal case ("SHENYANG, China")."""
    words = prefix.strip(" ,،;-").split()
    while words and words[-1].casefold() in DATE_INTRO_WORDS:
        words.pop()
    place = " ".join(w.capitalize() if w.isupper() and len(w.strip(",")) > 3 else w for w in words)
    return place.strip(" ,،") or None
