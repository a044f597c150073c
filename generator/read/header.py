"""The top and bottom of an article: title, second title, timestamp, masthead, source and dateline."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from generator.dates import DateMatch, find_dates
from generator.lang.bylines import agency_in, before_update, byline_name, is_update
from generator.lang.clutter import credit_marker
from generator.lang.detect import detect_language
from generator.lang.scripts import dominant_script, ends_sentence
from generator.lang.sources import masthead_name, source_line
from generator.lang.stopwords import calendar_word
from generator.read.datelines import (
    AGENCY_PAREN, dated_prefix, dateline_match, dateline_place, dateline_with_text, header_dates, mostly_date, only_dates,
    place_before, undated_dateline,
)
from generator.read.lines import Line, Removed, is_copyright, reads_as_text
from generator.read.standfirst import short_lead
from generator.read.titles import (
    TITLE_MAX_CHARS, dated_title, ends_with_full_stop, is_title_like, opening_stems, title_index,
    two_line_title, without_counters,
)

_HEADER_LINES = 4  # how far down metadata lines (timestamps, mastheads) are looked for
_CLOSING_LINES = 3  # lines after the article in which its agency may be named
_NEAR_TOP = 30  # body lines from which a timestamp or byline line is taken out
_DATE_LINE_MAX = 100
_STAMP_ABOVE = 3
_KICKER_WORDS = (3, 6)
_DATELINE_LINES = 4  # text lines in which the dateline is looked for (a standfirst, credit or byline may stand above it)
_FOLLOWING_LINES = 3  # text lines under the head in which a headline's date or byline may stand
_OPENING_LINES = 6  # the text's first lines, whose words its headline shares
_STAMP_REACH = 4  # text lines under which a timestamp or byline shows the lines above it are the article's header
# A headline written twice in a row, its date or byline within _STAMP_NEAR lines, is the article's
# headline within this many lines of the text's start (a run may begin with a sidebar's teasers).
_DOUBLED_REACH = 100
_DOUBLED_WORDS = 3
_STAMP_NEAR = 3
_LOW_STAMP_REACH = 30  # text lines in which the date or byline of a header the page's head lacks is looked for
_STAMP_KINDS = frozenset({"byline", "date line"})
_OPENER_CHARS = 130  # a headline is rarely longer (generator/read/titles.py _TITLE_LONG)  # head lines above the headline where its timestamp may stand
# Agencies' captions start with a label in capitals ("FILE PHOTO:", "FOTO:", "ARCHIV:").
_CAPTION_LEAD = re.compile(r"[^\W\d_a-z]{2,}(?:\s[^\W\d_a-z]{2,})?:")  # a line this short with a date in it is a timestamp or byline, not text


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


def read_header(lines: list[Line], lang: str, after: tuple[Line, ...] = ()) -> tuple[Header, list[Line], list[Removed]]:
    """Take the title, second title and metadata lines off the top (and dates off the bottom).

    Lines marked head (before the article's run of paragraphs, see generator.read.lines) are a
    page's header: the title is chosen among them, the date, byline and source read from them,
    and the rest (menus, breadcrumbs, share rows) removed. after: the clutter lines removed
    below the last kept line, where a copyright notice may name the agency.
    """
    header, removed, before = Header(), [], []
    page = tuple(line.text for line in lines)
    tail = [line for line in lines if line.tail]
    lines = [line for line in lines if not line.tail]
    head = [line for line in lines if line.head]
    headless = False
    if head:
        script = dominant_script(" ".join(line.text for line in lines[len(head):][:20]))
        choices = head + _above_stamp(lines[len(head):], lang)
        opening = opening_stems([line.text for line in lines[len(choices):len(choices) + _OPENING_LINES]])
        below = tuple(lines[len(choices):len(choices) + _FOLLOWING_LINES])
        at = title_index(choices, lang, script, page, text_from=len(head), opening=opening, below=below)
        if at is None:  # no headline above the text: it may be the text's first line
            choices = head + _run_opener(lines[len(head):len(head) + 2])
            at = title_index(choices, lang, script, page, opening=opening)
        if at is None or not any(_dated_or_signed(line.text, lang) for line in choices[at + 1:at + 1 + _FOLLOWING_LINES]):
            # no headline above the text, or one without its date or byline: the article's header may
            # stand lower, its headline right above its date or byline
            low = head + _above_low_stamp(lines[len(head):], lang)
            lower = title_index(low, lang, script, page, opening=opening) if len(low) > len(head) else None
            if lower is not None and (at is None or lower == len(low) - 1):
                choices, at = low, lower
        # No head line is a headline: none becomes the title below, unless it stands alone above
        # the text (the plain "title, blank line, text" file, whatever its title looks like).
        headless = at is None and len(head) > 1
        if at and _kicker_with_colon(choices[at - 1].text) and two_line_title(choices, at - 1):
            at -= 1  # "Kicker:" above the headline: the headline's first part
        before = choices[:at] if at is not None else []
        removed = [Removed(line, "page header") for line in before]
        if at is not None:
            header = _timestamp(header, choices, at, lang)
        lines = lines[len(before):]
        if at is not None and two_line_title(choices, at):
            header = replace(header, title=f"{choices[at].text} {choices[at + 1].text}")
            lines = lines[2:]
        elif at is not None and dated_title(choices[at].text, lang):
            header, lines = _header_line(header, lines[0], lang, has_more=True)[0], lines[1:]
        elif at is not None and ends_with_full_stop(choices[at].text):
            header, lines = replace(header, title=choices[at].text), lines[1:]  # is_title_like rejects its stop
    header, body, removed = _top_lines(header, lines, removed, lang, headless)
    rest = [line for line in body if line.head]
    header, lead, removed = _read_head(header, rest, lang, removed)
    body = lead + body[len(rest):]
    header, body, removed = _trailing_date(header, body, removed, lang)
    header, body = _dateline(header, body, lang)
    if header.published is None and body:
        header, body, removed = _date_near_top(header, body, lang, removed)
    # A date far above the headline (the site's "today" line over its menu) dates the page, not
    # the article: it comes after the text's own date and timestamp lines.
    if header.published is None:
        header = _first_date(header, _today_line_last(_stamps_first(before, lang), lang), lang, "page header")
    if header.published is None:
        header = _first_date(header, tail, lang, "after the article")
    if header.published is None:
        header = _update_date(header, [*(r.line for r in removed), *body, *tail], lang)
    if header.source is None:
        notices = [line for line in after if is_copyright(line.text)]
        header = replace(header, source=_closing_agency([*body[-1:], *tail[:_CLOSING_LINES], *notices]))
    removed += [Removed(line, "after the article") for line in tail]
    if header.title:
        header = replace(header, title=without_counters(header.title))
    return header, body, sorted(removed, key=lambda r: r.line.number)


def _timestamp(header: Header, head: list[Line], at: int, lang: str) -> Header:
    """The header with the date of the timestamp line (a date and a few words) nearest the headline:
    under it, else just above it. A timestamp dates the article before any longer head line that
    mentions a date (a caption dates its picture, a teaser its own story)."""
    # the nearest stamp, at equal distance the one under the headline: a stamp right above it
    # beats one far below (a book's or an event's date in a fact box under the headline)
    near = [*((index - at, 0, head[index]) for index in range(at + 1, len(head))),
            *((at - index, 1, head[index]) for index in range(max(0, at - _STAMP_ABOVE), at))]
    stamps = [line for _, _, line in sorted(near, key=lambda item: item[:2]) if mostly_date(before_update(line.text), lang)]
    return _first_date(header, stamps[:1], lang, "timestamp line")


def _kicker_with_colon(text: str) -> bool:
    """Whether a line is a short kicker ending with a colon ("Streit um den Haushalt:"), the first
    part of the headline under it; a longer line ending so introduces a list or a quote, a line of
    one or two words is a label ("Exclusive:", "Search for:")."""
    words = len(text.split())
    return text.endswith(":") and _KICKER_WORDS[0] <= words <= _KICKER_WORDS[1] and is_title_like(text[:-1])


def _above_stamp(body: list[Line], lang: str) -> list[Line]:
    """The first lines of the text above a timestamp, byline or update line among its first few:
    a headline the page's layout did not set apart from its text, with its kicker or standfirst
    (the article's own header sits above its date and author, wherever the head of the page ends)."""
    doubled = _through_doubled(body, lang)
    if doubled:
        return doubled
    for index, line in enumerate(body[:_STAMP_REACH]):
        if _stamp(line.text, lang):
            return body[:index]
    return []


def _above_low_stamp(body: list[Line], lang: str) -> list[Line]:
    """The first lines of the text through the line above a date or byline within _LOW_STAMP_REACH
    lines, when more of the text lies under it than above it and at most one paragraph above it."""
    for index, line in enumerate(body[1:_LOW_STAMP_REACH], start=1):
        if _dated_or_signed(line.text, lang):
            above, under = (sum(len(other.text) for other in part) for part in (body[:index], body[index + 1:]))
            # the page's lines above the headline and its standfirst hold one paragraph at most (a
            # site's blurb or notice); more are the text's opening, over a subheading and its date
            paragraphs = sum(reads_as_text(other.text) for other in body[:index - 2])
            return body[:index] if above < under and paragraphs <= 1 else []
    return []


def _dated_or_signed(text: str, lang: str) -> bool:
    """Whether a short line holds a date or a byline (the article's header has them, a page's widgets seldom)."""
    return len(text) <= _DATE_LINE_MAX and bool(header_dates(text, lang) or byline_name(text))


def _stamp(text: str, lang: str) -> bool:
    """Whether a line is a timestamp, byline or update line."""
    return len(text) <= _DATE_LINE_MAX and bool(mostly_date(before_update(text), lang) or byline_name(text) or is_update(text))


def _through_doubled(body: list[Line], lang: str) -> list[Line]:
    """The first lines of the text through a headline written twice (a hidden heading, then the
    visible one) with a timestamp or byline next to it: the article's header, however many lines of
    the page's widgets the text's run took in above it."""
    for index, line in enumerate(body[:_DOUBLED_REACH]):
        first = next((other for other in range(max(0, index - 2), index)
                      if body[other].text.casefold() == line.text.casefold()), None)
        if first is None or len(line.text.split()) < _DOUBLED_WORDS or not is_title_like(line.text, strict=True):
            continue
        near = body[max(0, first - _STAMP_NEAR):first] + body[index + 1:index + 1 + _STAMP_NEAR]
        # the text lies under its header: less of it above the headline than under it
        above, under = (sum(len(other.text) for other in part) for part in (body[:first], body[index + 1:]))
        if above < under and any(_dated_or_signed(other.text, lang) for other in near):
            return body[:index + 1]
    return []


def _run_opener(first: list[Line]) -> list[Line]:
    """The first line of the article's run when it may be its headline (a question or exclamation
    reads as text, and joins the run): short, not ending with a full stop, and followed by a longer line."""
    if len(first) < 2 or len(first[0].text) > _OPENER_CHARS or len(first[1].text) <= len(first[0].text):
        return []
    return [] if first[0].text.endswith((".", "。")) else first[:1]


def _top_lines(header: Header, lines: list[Line], removed: list[Removed], lang: str, headless: bool = False):
    """The title, second title, timestamp, masthead and source lines at the very top; headless:
    the page's head lines were judged and none is a headline (a menu item is no title)."""
    body, removed = list(lines), list(removed)
    while body and len(lines) - len(body) < _HEADER_LINES:
        line = body[0]
        updated, kind = _header_line(header, line, lang, has_more=len(body) > 1)
        if kind == "title" and headless and line.head:
            break
        if kind is None:
            break
        header = updated
        body.pop(0)
        if kind not in ("title", "subtitle"):
            removed.append(Removed(line, kind))
    return header, body, removed


def _read_head(header: Header, head: list[Line], lang: str, removed: list[Removed]):
    """Date, byline and source from a page's head lines after the title; lead lines kept for the body."""
    lead, removed, kinds = [], list(removed), []
    for index, line in enumerate(head):
        # the last line, with only the headline's date and byline lines above it, may be its standfirst
        under_title = index == len(head) - 1 and all(kind in _STAMP_KINDS for kind in kinds)
        header, kind = _head_line(header, line, lang, last=under_title)
        kinds.append(kind)
        # A page without a headline has no page header either: a short sentence above its text is text.
        if kind is not None and header.title is None and ends_sentence(line.text) and any(c.isalpha() for c in line.text):
            kind = None
        if kind is None:
            lead.append(Line(line.number, line.text))
        else:
            removed.append(Removed(line, kind))
    return header, lead, removed


def _head_line(header: Header, line: Line, lang: str, last: bool = False) -> tuple[Header, str | None]:
    """What a head line after the title is: a date, byline or source line (read), text (None), or
    clutter; last: the line right above the text's run."""
    text = line.text
    if (reads_as_text(text) and not dated_prefix(text, lang) and not mostly_date(text, lang)
            or dateline_with_text(text, lang)):
        return header, None  # (a dateline with text: taken off the text by _dateline)
    dates = header_dates(before_update(text), lang)
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
        header = replace(header, place=place_before(text, dates[0], lang))
    if dates or is_update(text):
        return header, "date line"
    if (len(text) > 100 or last and short_lead(text)) and not any(ch in text for ch in "|·•"):
        return header, None  # a lead paragraph without final punctuation (a shorter one right above the text)
    return header, "page header"


def _closing_agency(lines: list[Line]) -> str | None:
    """The agency the article's last line or the copyright notice after it names ("© Copyright ANSA")."""
    for line in lines:
        if len(line.text) <= _DATE_LINE_MAX * 2:
            agency = agency_in(line.text)
            if agency:
                return agency
    return None


def _update_date(header: Header, lines: list[Line], lang: str) -> Header:
    """The header with the date of the first update line near the top, when the page gives no
    other date: the last change is the closest to publication that the page says."""
    for line in sorted(lines, key=lambda line: line.number):
        if len(line.text) <= _DATE_LINE_MAX and is_update(line.text):
            dates = header_dates(line.text, lang)
            if dates:
                return replace(header, published=dates[0].date, published_time=dates[0].time, date_basis="update line")
    return header


def _today_line_last(lines: list[Line], lang: str) -> list[Line]:
    """The page header's lines with its first dated line put last when that line is a weekday and a
    date alone ("Donnerstag, 16. Februar 2012": the site's "today" line over its menu, printed on the
    day the page was saved) and another dated line follows it (the article's own, nearer the headline)."""
    dated = [index for index, line in enumerate(lines) if header_dates(line.text, lang)]
    if len(dated) < 2:
        return lines
    first = lines[dated[0]]
    if not _weekday_and_date(first.text, lang):
        return lines
    return lines[:dated[0]] + lines[dated[0] + 1:] + [first]


def _stamps_first(lines: list[Line], lang: str) -> list[Line]:
    """The lines with the short date lines first ("04:30, 3 NOV 2023"): a sentence or caption in
    the page's header dates what it tells or shows ("... vanished on November 3, 2013"), not the page."""
    stamps = [line for line in lines if len(line.text) <= _DATE_LINE_MAX and mostly_date(before_update(line.text), lang)]
    return stamps + [line for line in lines if line not in stamps]


def _weekday_and_date(text: str, lang: str) -> bool:
    """Whether a line is a date with its weekday and nothing else but a time ("Mittwoch, 26.02.2020")."""
    dates = header_dates(text, lang)
    if not dates or len(text) > _DATE_LINE_MAX:
        return False
    words = [w.strip(",.") for w in (text[:dates[0].start] + " " + text[dates[-1].end:]).split()]
    named = [w for w in words if any(ch.isalpha() for ch in w)]
    return len(named) == 1 and calendar_word(named[0], lang)


def _first_date(header: Header, lines: list[Line], lang: str, basis: str) -> Header:
    """The header with the first date of the lines that is no update, when it has none."""
    for line in lines:
        dates = header_dates(before_update(line.text), lang)
        if dates:
            return replace(header, published=dates[0].date, published_time=dates[0].time, date_basis=basis)
    return header


def _date_near_top(header: Header, body: list[Line], lang: str, removed: list[Removed]):
    """The first date in a short line of the text (a timestamp or byline under a headline that
    reads as text, or a "published on" line); near the top, the line, when it is only that, is
    taken out of the body."""
    for index, line in enumerate(body):
        if reads_as_text(line.text) and not mostly_date(line.text, lang):
            continue
        dates = header_dates(before_update(line.text), lang)
        if dates:
            header = replace(header, published=dates[0].date, published_time=dates[0].time, date_basis="byline",
                             place=header.place or _place_of(line.text, dates, lang))
            if len(line.text) <= _DATE_LINE_MAX and index < _NEAR_TOP:
                return header, body[:index] + body[index + 1:], [*removed, Removed(line, "date line")]
            return header, body, removed
    return header, body, removed


def _header_line(header: Header, line: Line, lang: str, has_more: bool) -> tuple[Header, str | None]:
    """What one line near the top is (title, subtitle, timestamp, masthead, source), or None."""
    text = line.text
    prefixed = dated_title(text, lang) if header.title is None else None
    if prefixed:
        match, title = prefixed
        return _with_date(replace(header, title=title), match, "title line"), "title"
    dates = header_dates(text, lang)
    if dates and only_dates(text, dates):
        return _with_date(header, dates[0], "timestamp line"), "timestamp line"
    if source_line(text):
        return replace(header, source=header.source or source_line(text)), "source line"
    if header.title and byline_name(text):
        header = replace(header, source=header.source or agency_in(text))
        dated = header_dates(text, lang)
        return (_with_date(header, dated[0], "byline") if dated else header), "byline"
    if header.title and is_update(text) and len(text) <= _DATE_LINE_MAX:
        # "Updated 5 hours ago": an update, not the publication date; a date before the update
        # ("Written: <date> / Updated: <date>") is the publication's
        dated = header_dates(before_update(text), lang)
        return (_with_date(header, dated[0], "timestamp line") if dated else header), "update line"
    masthead = masthead_name(text)
    # A dated line under the title is a masthead or timestamp, unless it is a picture's caption
    # ("FILE PHOTO: ... March 5, 2019. REUTERS/Name"): its date is the picture's.
    if masthead or (dates and header.title and len(text) <= TITLE_MAX_CHARS and not ends_sentence(text)
                    and not credit_marker(text) and not _CAPTION_LEAD.match(text) and not dateline_with_text(text, lang)):
        header = replace(header, source=header.source or masthead, place=header.place or _place_of(text, dates, lang))
        return (_with_date(header, dates[0], "masthead line") if dates else header), "masthead line"
    if not has_more or not is_title_like(text) or dateline_match(text, lang):
        return header, None
    if header.title is None:
        return replace(header, title=text), "title"
    line_lang = detect_language(text)[0]
    if header.subtitle is None and line_lang and line_lang != lang:
        return replace(header, subtitle=text, subtitle_lang=line_lang), "subtitle"
    return header, None


def _place_of(text: str, dates: list[DateMatch], lang: str) -> str | None:
    """The place a dated line names before its first date, if any ("BRUSSELS 1996-08-22")."""
    return place_before(text, dates[0], lang, wire_only=True) if dates else None


def _with_date(header: Header, match: DateMatch, basis: str) -> Header:
    """The header with a publication date, unless it already has one."""
    if header.published is not None:
        return header
    return replace(header, published=match.date, published_time=match.time, date_basis=basis)


def _trailing_date(header: Header, body: list[Line], removed: list[Removed], lang: str):
    """A date alone on the last line is the publication date written at the end."""
    if len(body) > 1:
        dates = find_dates(body[-1].text, lang)
        if dates and only_dates(body[-1].text, dates):
            removed = [*removed, Removed(body[-1], "date line")]
            return _with_date(header, dates[0], "date at the end"), body[:-1], removed
    return header, body, removed


def _dateline(header: Header, body: list[Line], lang: str) -> tuple[Header, list[Line]]:
    """Take the dateline off the text's first line (or, after a standfirst or byline left there,
    off one of the next two): its place, agency and date go to the header."""
    for index, line in enumerate(body[:_DATELINE_LINES]):
        found = dateline_match(line.text, lang)
        if found is not None and (index == 0 or _dateline_prefix(line.text[:found[0].start].rstrip(" (["), lang)):
            match, dash = found
            prefix = line.text[:match.start].rstrip(" ([")  # "Köln, (27.1.2022)."
            dated = replace(header, published=match.date, published_time=match.time, date_basis="dateline")
            if header.date_basis and header.date_basis != "dateline":
                dated = header  # a timestamp or masthead line above the text wins over the dateline
            agency = agency_in(line.text[:dash.start()])
            return _without_dateline(dated, body, (AGENCY_PAREN.sub("", prefix),), agency, dash.end(), index)
        if index == 0:
            undated = undated_dateline(line.text, lang)
            if undated is not None:
                return _without_dateline(header, body, undated.group("place", "region"), undated.group("agency"), undated.end())
    return header, body


def _dateline_prefix(prefix: str, lang: str) -> bool:
    """Whether the words before a date further down than the first line make a dateline: none
    ("27.1.2022 - …"), or a place of up to three capitalised words and a comma ("Köln, 27.1.2022 - …"),
    no weekday ("Mittwoch, 1. November 2023 - Handel": a timestamp and its section);
    a sentence's words before a date and a dash ("Seit dem 1. Januar 2024 – so die Regel – …") do not."""
    words = AGENCY_PAREN.sub("", prefix).split()
    return not words or (len(words) <= 3 and words[-1].endswith(",") and all(w[:1].isupper() for w in words)
                         and not any(calendar_word(w.strip(","), lang) for w in words))


def _without_dateline(header: Header, body: list[Line], place_parts, agency: str | None, end: int, index: int = 0):
    """The header with the dateline's place and agency, and the body without the dateline (in its line at index)."""
    place = dateline_place(", ".join(part for part in place_parts if part))
    source = header.source or (agency_in(agency) if agency else None)
    rest = Line(body[index].number, body[index].text[end:].strip())
    lines = body[:index] + ([rest] if rest.text else []) + body[index + 1:]
    return replace(header, place=place or header.place, source=source), lines


