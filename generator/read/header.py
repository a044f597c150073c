"""The top and bottom of an article: title, second title, timestamp, masthead, source and dateline."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from generator.dates import DateMatch, find_dates
from generator.lang.detect import detect_language
from generator.lang.locale import DATE_INTRO_WORDS, month_names
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script, ends_sentence
from generator.lang.clutter import credit_marker
from generator.lang.bylines import agency_in, byline_name, is_update
from generator.lang.sources import masthead_name, source_line
from generator.read.lines import Line, Removed, reads_as_text

TITLE_MAX_CHARS = 200
_HEADER_LINES = 4  # how far down metadata lines (timestamps, mastheads) are looked for
_DATELINE_REACH = 150  # a dateline's date starts within this many characters
_DATELINE_DASH = re.compile(r"\s*(?:[—–―-]+|:)\s*")
_TITLE_END = re.compile(r"[.,;:،؛]$")
_NAV_SEPARATORS = re.compile(r"\s[|·•»›>/]\s|\s[|·•]|[|·•]\s")
_AGENCY_PAREN = re.compile(r"\s*\((?P<agency>[^()]{2,40})\)")
_UNDATED = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){0,3})"
    r"(?:,\s*(?P<region>[^\W\d_][^,()\d]{1,40}?))?"
    r"(?:,?\s*(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,12})\.?)?"
    r"(?:\s*\((?P<agency>[^()]{2,40})\))?\s*[—–-]\s+"
)
_DATELINE_TEXT_MIN = 40  # the text after a dateline is a sentence, not a word or two
_CLOSING_LINES = 3  # lines after the article in which its agency may be named
_TITLE_AFTER_DATE = re.compile(r"\s*(?:[:|—–-]|\s)\s*")
_NEAR_TOP = 30  # body lines from which a timestamp or byline line is taken out
_DATE_LINE_MAX = 100  # a line this short with a date in it is a timestamp or byline, not text
# WordPress writes the published and updated dates with no space between ("19. Juni 201619. Juni 2016").
_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)(?=\d{1,2}(?:[./\s]|$))")
# A headline has a few words; more make a teaser. It sits close above its text and is followed by
# its date or byline more often than any other line of a page's head.
_TITLE_WORDS = 10
# Head lines in which the headline is looked for (a headline sits a few lines above its text; the
# menus, breadcrumbs and share rows before it are dropped, their dates read when nothing else has one).
HEAD_WINDOW = 20
_TITLE_DISTANCE_COST = 0.4
_TITLE_DATED_BONUS = 6
_TITLE_OTHER_LANGUAGE_COST = 6
_TITLE_LONG = 130  # a headline is rarely longer; a standfirst or teaser often is
_TITLE_LONG_COST = 3
_STANDFIRST_COST = 5
_TITLE_MIN_CHARS = 20  # a headline of one or two words is a long compound ("Last-Minute-Halloween-Kostüme")
_TITLE_MENU_COST = 4
_UNSPACED_TITLE_SCRIPTS = frozenset({"HAN", "KANA", "THAI", "LAO", "KHMER", "MYANMAR"})


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
    """Take the title, second title and metadata lines off the top (and dates off the bottom).

    Lines marked head (before the article's run of paragraphs, see generator.read.lines) are a
    page's header: the title is chosen among them, the date, byline and source read from them,
    and the rest (menus, breadcrumbs, share rows) removed.
    """
    header, removed, before = Header(), [], []
    tail = [line for line in lines if line.tail]
    lines = [line for line in lines if not line.tail]
    head = [line for line in lines if line.head]
    if head:
        at = title_index(head, lang, dominant_script(" ".join(line.text for line in lines[len(head):][:20])))
        before = head[:at] if at is not None else []
        removed = [Removed(line, "page header") for line in before]
        lines = lines[len(before):]
        if at is not None and _two_line_title(head, at):
            header = Header(title=f"{head[at].text} {head[at + 1].text}")
            lines = lines[2:]
        elif at is not None and _dated_title(head[at].text, lang):
            header, lines = _header_line(header, lines[0], lang, has_more=True)[0], lines[1:]
    header, body, removed = _top_lines(header, lines, removed, lang)
    rest = [line for line in body if line.head]
    header, lead, removed = _read_head(header, rest, lang, removed)
    body = lead + body[len(rest):]
    if header.published is None:
        header = _first_date(header, before, lang, "page header")
    header, body, removed = _trailing_date(header, body, removed, lang)
    header, body = _dateline(header, body, lang)
    if header.published is None and body:
        header, body, removed = _date_near_top(header, body, lang, removed)
    if header.published is None:
        header = _first_date(header, tail, lang, "after the article")
    if header.source is None:
        header = replace(header, source=_closing_agency([*body[-1:], *tail[:_CLOSING_LINES]]))
    removed += [Removed(line, "after the article") for line in tail]
    return header, body, sorted(removed, key=lambda r: r.line.number)


def _top_lines(header: Header, lines: list[Line], removed: list[Removed], lang: str):
    """The title, second title, timestamp, masthead and source lines at the very top."""
    body, removed = list(lines), list(removed)
    while body and len(lines) - len(body) < _HEADER_LINES:
        line = body[0]
        updated, kind = _header_line(header, line, lang, has_more=len(body) > 1)
        if kind is None:
            break
        header = updated
        body.pop(0)
        if kind not in ("title", "subtitle"):
            removed.append(Removed(line, kind))
    return header, body, removed


def _read_head(header: Header, head: list[Line], lang: str, removed: list[Removed]):
    """Date, byline and source from a page's head lines after the title; lead lines kept for the body."""
    lead, removed = [], list(removed)
    for line in head:
        header, kind = _head_line(header, line, lang)
        # A page without a headline has no page header either: a short sentence above its text is text.
        if kind is not None and header.title is None and ends_sentence(line.text) and any(c.isalpha() for c in line.text):
            kind = None
        if kind is None:
            lead.append(Line(line.number, line.text))
        else:
            removed.append(Removed(line, kind))
    return header, lead, removed


def _head_line(header: Header, line: Line, lang: str) -> tuple[Header, str | None]:
    """What a head line after the title is: a date, byline or source line (read), text (None), or clutter."""
    text = line.text
    if reads_as_text(text) and not _dated_prefix(text, lang):
        return header, None
    dates = [] if is_update(text) else header_dates(text, lang)
    if dates and header.published is None:
        header = replace(header, published=dates[0].date, published_time=dates[0].time, date_basis="page header")
    name = byline_name(text)
    agency = agency_in(text) if (name or dates or len(text) <= 60) else None
    source = source_line(text) or agency
    if source and header.source is None:
        header = replace(header, source=source)
    if name:
        return header, "byline"
    if dates and header.place is None:
        header = replace(header, place=_place_before(text, dates[0]))
    if dates or is_update(text):
        return header, "date line"
    if len(text) > 100 and not any(ch in text for ch in "|·•"):
        return header, None  # a lead paragraph without final punctuation
    return header, "page header"


def _closing_agency(lines: list[Line]) -> str | None:
    """The agency the article's last line or the copyright notice after it names ("© Copyright ANSA")."""
    for line in lines:
        if len(line.text) <= _DATE_LINE_MAX * 2:
            agency = agency_in(line.text)
            if agency:
                return agency
    return None


def _first_date(header: Header, lines: list[Line], lang: str, basis: str) -> Header:
    """The header with the first date of the lines that is no update, when it has none."""
    for line in lines:
        dates = [] if is_update(line.text) else header_dates(line.text, lang)
        if dates:
            return replace(header, published=dates[0].date, published_time=dates[0].time, date_basis=basis)
    return header


def _date_near_top(header: Header, body: list[Line], lang: str, removed: list[Removed]):
    """The first date in a short line of the text (a timestamp or byline under a headline that
    reads as text, or a "published on" line); near the top, the line, when it is only that, is
    taken out of the body."""
    for index, line in enumerate(body):
        if reads_as_text(line.text) or is_update(line.text):
            continue
        dates = header_dates(line.text, lang)
        if dates:
            header = replace(header, published=dates[0].date, published_time=dates[0].time, date_basis="byline")
            if len(line.text) <= _DATE_LINE_MAX and index < _NEAR_TOP:
                return header, body[:index] + body[index + 1:], [*removed, Removed(line, "date line")]
            return header, body, removed
    return header, body, removed


def header_dates(text: str, lang: str) -> list[DateMatch]:
    """Full dates of a header line: the language's forms, two-digit years, and English month names
    (pages in any language carry English dates from their publishing system)."""
    text = _GLUED_YEAR.sub(r"\1 ", text)
    dates = find_dates(text, lang, short_years=True)
    if not dates and lang != "en":
        dates = find_dates(text, "en", short_years=True)
    return dates


def title_index(head: list[Line], lang: str, script: str | None = None) -> int | None:
    """The index of the head line that is the headline, or None.

    A headline is a title-like line of several words (or one long compound), closest to the
    text, followed by its date or byline more often than not; menu items and labels are short.
    A breadcrumb ends with the headline, a standfirst under it is longer than it, a kicker above
    it shorter; a line in another script than the text's (script) is a second title.
    """
    window = range(max(0, len(head) - HEAD_WINDOW), len(head))
    candidates = {index for index in window if _headline_candidate(head[index].text, lang)}
    best, best_score = None, 0.0
    for index in sorted(candidates):
        text = head[index].text
        if any(other != index and _ends_with_line(text, head[other].text) for other in candidates):
            continue  # a breadcrumb ending with the headline
        score = min(_title_words(text), _TITLE_WORDS) - _TITLE_DISTANCE_COST * (len(head) - index)
        if len(text) > _TITLE_LONG:
            score -= _TITLE_LONG_COST
        if index - 1 in candidates and len(head[index - 1].text) < len(text):
            score -= _STANDFIRST_COST  # a longer title-like line under a headline is its standfirst
        if _reads_as_menu(text):
            score -= _TITLE_MENU_COST
        following = head[index + 1:index + 4]
        if header_dates(" ".join(l.text for l in following), lang) or any(byline_name(l.text) for l in following):
            score += _TITLE_DATED_BONUS
        if score > best_score and script and dominant_script(text) != script:
            score -= _TITLE_OTHER_LANGUAGE_COST  # a second title, translating the headline above it
        if score > best_score:
            best, best_score = index, score
    return best


def _headline_candidate(text: str, lang: str) -> bool:
    """Whether a head line may be the headline: title-like, long enough, no date, byline, update or caption."""
    dated_title = _dated_title(text, lang)
    if dated_title:
        text = dated_title[1]
    if _title_words(text) < 3 and len(text) < _TITLE_MIN_CHARS:
        return False
    if not is_title_like(text, strict=True) or not _starts_as_text(text) or header_dates(text, lang):
        return False
    return not (byline_name(text) or is_update(text) or credit_marker(text))


def _ends_with_line(text: str, other: str) -> bool:
    """Whether a line ends with another, shorter line ("Home > News > The headline")."""
    return len(other) < len(text) and text.casefold().endswith(other.casefold())


def _reads_as_menu(text: str) -> bool:
    """Whether a line of a cased script is a row of capitalised menu words, or all lower case."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or not all(w[:1].isupper() or w[:1].islower() for w in words):
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return capitals == 0 or (capitals == len(words) and not any(ch in text for ch in ":,–—-?!\"'„“«"))


def _starts_as_text(text: str) -> bool:
    """Whether a line starts with a letter, digit or opening quote (not an arrow, dash or bullet of a widget)."""
    first = text[:1]
    return first.isalnum() or first in "\"'„“«‚‘¿¡(["


def _dated_title(text: str, lang: str) -> tuple[DateMatch, str] | None:
    """A title written after its date and time ("11.01.2019 01:05 : The headline"): the date and the title."""
    dates = header_dates(text[:_DATELINE_REACH], lang)
    if not dates or dates[0].start > 2:
        return None
    separator = _TITLE_AFTER_DATE.match(text, dates[0].end)
    title = text[separator.end():].strip() if separator else ""
    if len(title.split()) < 2 or not is_title_like(title) or header_dates(title, lang):
        return None
    return dates[0], title


def _two_line_title(head: list[Line], at: int) -> bool:
    """Whether the headline goes on in the next line ("Headline:" + "its second part")."""
    return head[at].text.endswith(":") and at + 1 < len(head) and is_title_like(head[at + 1].text)


def _title_words(text: str) -> int:
    """Words of a line; in scripts without spaces, one word per two characters."""
    if dominant_script(text) in _UNSPACED_TITLE_SCRIPTS:
        return len(text) // 2
    return len(text.split())


def _dated_prefix(text: str, lang: str) -> bool:
    """Whether a line starts with a date (a timestamp before its text)."""
    dates = header_dates(text[:40], lang)
    return bool(dates) and dates[0].start <= 2


def _header_line(header: Header, line: Line, lang: str, has_more: bool) -> tuple[Header, str | None]:
    """What one line near the top is (title, subtitle, timestamp, masthead, source), or None."""
    text = line.text
    dated_title = _dated_title(text, lang) if header.title is None else None
    if dated_title:
        match, title = dated_title
        return _with_date(replace(header, title=title), match, "title line"), "title"
    dates = find_dates(text, lang)
    if dates and _only_dates(text, dates):
        return _with_date(header, dates[0], "timestamp line"), "timestamp line"
    if source_line(text):
        return replace(header, source=header.source or source_line(text)), "source line"
    if header.title and byline_name(text):
        header = replace(header, source=header.source or agency_in(text))
        dated = header_dates(text, lang)
        return (_with_date(header, dated[0], "byline") if dated else header), "byline"
    if header.title and is_update(text) and len(text) <= _DATE_LINE_MAX:
        return header, "update line"  # "Updated 5 hours ago": an update, not the publication date
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


def is_title_like(text: str, strict: bool = False) -> bool:
    """Whether a line reads as a headline: short, not ending like a sentence or a clause.

    strict (for a page's head lines): not ending in a colon either, unless a second part follows,
    and holding no bar or bullet (navigation and share rows are separated so).
    """
    if len(text) > TITLE_MAX_CHARS or (_TITLE_END.search(text) and not (strict and text.endswith(":"))):
        return False
    if strict and (_NAV_SEPARATORS.search(text) or text.isupper() and len(text) < 40):
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
    """The date of a dateline at the start of a line ("SHENYANG, China, 26. Oktober 2023 —",
    "PARIS, 3 mars 2024 (AFP) -")."""
    for match in find_dates(text[:_DATELINE_REACH + 40], lang)[:1]:
        if match.start > _DATELINE_REACH or ends_sentence(text[:match.start]):
            return None
        paren = _AGENCY_PAREN.match(text, match.end)
        at = paren.end() if paren else match.end
        dash = _DATELINE_DASH.match(text, at)
        if dash and dash.end() > at:
            return match, dash
    return None


def _undated_dateline(text: str, lang: str) -> re.Match[str] | None:
    """A dateline without a year ("LONDON (Reuters) -", "ROMA, 4 MAR -", "PARIS (AFP) —"): a place
    in capitals or an agency in brackets, an optional region and day with its month, then a dash."""
    match = _UNDATED.match(text)
    if match is None or len(text) - match.end() < _DATELINE_TEXT_MIN:
        return None
    place, agency = match.group("place"), match.group("agency")
    if not ((place.isupper() and len(place) >= 3) or (agency and agency_in(agency))):
        return None
    if match.group("month") and match.group("month").casefold() not in month_names(lang):
        return None
    return match


def _dateline(header: Header, body: list[Line], lang: str) -> tuple[Header, list[Line]]:
    """Take the dateline off the first body line: its place, agency and date go to the header."""
    found = _dateline_match(body[0].text, lang) if body else None
    if found is None:
        undated = _undated_dateline(body[0].text, lang) if body else None
        if undated is None:
            return header, body
        return _without_dateline(header, body, undated.group("place", "region"), undated.group("agency"), undated.end())
    match, dash = found
    prefix = body[0].text[:match.start]
    dated = replace(header, published=match.date, published_time=match.time, date_basis="dateline")
    if header.date_basis and header.date_basis != "dateline":
        dated = header  # a timestamp or masthead line above the text wins over the dateline
    agency = agency_in(body[0].text[:dash.start()])
    return _without_dateline(dated, body, (_AGENCY_PAREN.sub("", prefix),), agency, dash.end())


def _without_dateline(header: Header, body: list[Line], place_parts, agency: str | None, end: int):
    """The header with the dateline's place and agency, and the body without the dateline."""
    place = _place(", ".join(part for part in place_parts if part))
    source = header.source or (agency_in(agency) if agency else None)
    first = Line(body[0].number, body[0].text[end:].strip())
    return replace(header, place=place or header.place, source=source), ([first] if first.text else []) + body[1:]


def _place_before(text: str, date: DateMatch) -> str | None:
    """The place a date line names before its date ("Warszawa, 04.03.2024 r."), or None."""
    prefix = text[:date.start].strip()
    if not prefix.endswith(",") or not 1 <= len(prefix.split()) <= 3 or not prefix[:1].isupper():
        return None
    if byline_name(prefix) or is_update(prefix) or any(ch.isdigit() for ch in prefix):
        return None
    return _place(prefix)


def _place(prefix: str) -> str | None:
    """The place of a dateline prefix, with upper-case words in normal case ("SHENYANG, China")."""
    words = prefix.strip(" ,،;-").split()
    while words and words[-1].casefold() in DATE_INTRO_WORDS:
        words.pop()
    place = " ".join(w.capitalize() if w.isupper() and len(w.strip(",")) > 3 else w for w in words)
    return place.strip(" ,،") or None
