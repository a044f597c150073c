"""Date expressions: find dates in text of any language and resolve them to calendar dates.

find_dates finds full dates (day, month and year). find_date_expressions finds every date
expression — full dates, ranges of days, days or months written without their year or month,
parts of a month, relative phrases ("last week") — and resolves each to a range of days.
The words of each language are in generator.lang.datewords; month names come from Babel.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from generator.lang import datewords as W
from generator.lang.locale import ERA_MARKERS, gregorian_year, month_names, numeric_date_order
from generator.lang.scripts import to_ascii_digits

_MIN_YEAR, _MAX_YEAR = 1800, 2200
# A date's numbers are not part of a longer number (83,7 or 1.000.000 or 12/2023/5).
_NOT_DIGIT_BEFORE = r"(?<!\d)(?<!\d[.,/-])"
# A month name starts a word, or is glued to the name before it where a page's markup held no
# space ("By Jane DoeNovember 6, 2023": a lower-case letter, then the month's capital; a site's
# name in another script, then a Latin month: "<name in Gujarati>Apr 02, 2020").
_MONTH_START = r"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z]))|(?<=[^\s\x00-\u024f])(?=[A-Za-z]))"
# ("2020,07:02pm": a time after a comma, written without a space, is no longer number)
_NOT_DIGIT_AFTER = r"(?!\d|[./-]\d|,\d(?!\d?[:.]\d\d))"
_ORDINAL = r"(?:st|nd|rd|th|er|e|\.|º)?"
_ERA = "|".join(re.escape(m).replace(r"\ ", r"\s?") for m in sorted(ERA_MARKERS, key=len, reverse=True))
_NUMBER_AFTER = re.compile(r"[.,:/-]?\d|\s*%")  # after a day: a number goes on ("12.10") or is a share ("13 %")
# A time after a date, in the forms news sites write: "13:29", "18.16", "16h33", "11:15 PM",
# after a space, "T", a comma, a bar or a preposition ("um", "at", "à", "a las", "в").
# Marks after a year: Polish "r.", Ukrainian "р.", Russian and Bulgarian "г." (CLDR's long date
# patterns of these locales end so).
_YEAR_MARK = r"\s?(?:r\.|р\.|г\.|г(?![^\W\d_]))"
_TIME = (r"(?:(?:[ T,|/-]|\s[-–|·•]\s|,?\s(?:um|at|à|a\s+las|alle|às|om|в|o)\s)\s*"
         r"(?P<time>(?:[01]?\d|2[0-3])(?::[0-5]\d|\.[0-5]\d(?!\d)|h[0-5]\d))(?::[0-5]\d)?"
         r"(?:\s?(?P<ampm>[AaPp]\.?[Mm]\.?))?(?!\d))?")


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: its span, the date, the time of day if written, and its style."""

    start: int
    end: int
    date: dt.date
    time: str | None
    style: str


def find_dates(text: str, lang: str, short_years: bool = False) -> list[DateMatch]:
    """Every full date (day, month and year) in the text, in order, without overlaps.

    short_years: also numeric dates with a two-digit year ("19.10.19", "30/10/23"), which news
    sites write in datelines and timestamps but which in running text may be other numbers.
    """
    digits = to_ascii_digits(text)
    found: list[DateMatch] = []
    for style, pattern in _patterns(lang, short_years):
        for match in pattern.finditer(digits):
            day = _resolve(style, match, lang)
            if day is not None:
                found.append(DateMatch(match.start(), match.end(), day, _time(match), style))
    return _without_overlaps(found)


def _time(match: re.Match[str]) -> str | None:
    """The time of day a date match carries, as HH:MM (24 hours when AM or PM is written)."""
    raw = match.groupdict().get("time")
    if not raw:
        return None
    hours, minutes = int(raw[:-3]), raw[-2:]
    meridiem = (match.groupdict().get("ampm") or "").lower()[:1]
    if meridiem == "p" and hours < 12:
        hours += 12
    elif meridiem == "a" and hours == 12:
        hours = 0
    return f"{hours:02d}:{minutes}"


def _without_overlaps(found: list[DateMatch]) -> list[DateMatch]:
    """Keep the longest of overlapping matches, then sort by position."""
    kept: list[DateMatch] = []
    for candidate in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


# Separators of numeric dates: "19.10.2019", "19/10/2019", "02-11-2023", "18. 05. 2014", and
# year-first "2020. 08. 18." (Hungarian writes a dot after each part).
_SEP = r"(?P<sep>[./-])"
_SEP_AGAIN = r"\s?(?P=sep)\s?"


@lru_cache(maxsize=None)
def _patterns(lang: str, short_years: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled date patterns of one language: its month names plus numeric forms."""
    months = _month_alternation(lang)
    year_dot = r"\.?" if numeric_date_order(lang).startswith("Y") else ""
    patterns = [
        ("iso", rf"{_NOT_DIGIT_BEFORE}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}{_NOT_DIGIT_AFTER}"),
        ("numeric", rf"{_NOT_DIGIT_BEFORE}(?P<a>\d{{1,2}}){_SEP}\s?(?P<b>\d{{1,2}}){_SEP_AGAIN}(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}(?:{_YEAR_MARK})?{_TIME}"),
        ("numeric-ymd", rf"{_NOT_DIGIT_BEFORE}(?P<y>\d{{4}}){_SEP}\s?(?P<m>\d{{1,2}}){_SEP_AGAIN}(?P<d>\d{{1,2}}){year_dot}{_NOT_DIGIT_AFTER}{_TIME}"),
        ("han", rf"(?P<y>\d{{4}})\s*[年년]\s*(?P<m>\d{{1,2}})\s*[月월]\s*(?P<d>\d{{1,2}})\s*[日일]{_TIME}"),
    ]
    # A two-digit year is no hour: "07.11. 09:20" is a day and month, then a time of day.
    if short_years:
        patterns.append(("numeric", rf"{_NOT_DIGIT_BEFORE}(?P<a>\d{{1,2}}){_SEP}\s?(?P<b>\d{{1,2}}){_SEP_AGAIN}(?P<y>\d{{2}}){_NOT_DIGIT_AFTER}(?![:h]\d){_TIME}"))
    if months:
        patterns += [
            ("day-month-year", rf"{_NOT_DIGIT_BEFORE}(?P<d>\d{{1,2}}){_ORDINAL}\s*(?:de\s+)?(?P<month>{months})\.?,?\s+(?:de\s+)?(?:(?P<era>{_ERA})\s*)?(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}{_TIME}"),
            ("month-day-year", rf"{_MONTH_START}(?P<month>{months})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}{_TIME}"),
        ]
    return tuple((style, re.compile(pattern, re.IGNORECASE)) for style, pattern in patterns)


def _month_alternation(lang: str) -> str:
    """A regex alternation of the language's month names, longest first, ending at a non-letter."""
    names = sorted(month_names(lang), key=len, reverse=True)
    escaped = (re.escape(name).replace(r"\ ", r"\s+") for name in names)
    return "|".join(f"{name}(?![^\\W\\d_])" for name in escaped)


def _resolve(style: str, match: re.Match[str], lang: str) -> dt.date | None:
    """The calendar date a match stands for, or None when it is not a valid date."""
    groups = match.groupdict()
    year = gregorian_year(int(groups["y"]), groups.get("era"), lang)
    if len(groups["y"]) == 2:
        year += 2000  # a two-digit year on a news page is of this century
    if style == "numeric":
        day, month = _day_month(int(groups["a"]), int(groups["b"]), lang, groups["sep"])
    elif groups.get("month"):
        month = month_names(lang)[" ".join(groups["month"].casefold().split())]
        day = int(groups["d"])
    else:
        day, month = int(groups["d"]), int(groups["m"])
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_month(first: int, second: int, lang: str, separator: str = "/") -> tuple[int, int]:
    """Day and month of a numeric date, in the language's order unless the numbers rule it out.

    Dates written with dots put the day first in every locale (CLDR's month-first locales, such
    as en-US, write slashes), so a dotted date is read day first.
    """
    month_first = numeric_date_order(lang).index("M") < numeric_date_order(lang).index("D") and separator != "."
    if month_first and first > 12 >= second:
        month_first = False
    elif not month_first and second > 12 >= first:
        month_first = True
    return (second, first) if month_first else (first, second)


_PRIORITY = {"dated": 0, "days": 1, "part": 2, "part-year": 3, "month": 4, "relative": 5}
_STYLE_KINDS = {"iso": "iso", "numeric": "numeric", "numeric-ymd": "numeric"}
_PUBLICATION = "publication date"


@dataclass(frozen=True)
class DateExpression:
    """A date expression in text: its span, the days it covers, its precision, its form and how it was resolved.

    precision: "day", "week", "month", "part-of-month", "season" or "year" (a part of a year,
    "early this year", is precision "year" with its months as the range: Jan-Mar, May-Aug, Oct-Dec).
    kind: "full" (days with a written month), "day-range" and "day" (days without a month),
    "month", "part-of-month", "relative" (to the publication date), "numeric", "iso".
    basis: "explicit", "previous date at <offset>" or "publication date".
    """

    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str
    kind: str
    basis: str


@dataclass(frozen=True)
class _Candidate:
    """A match before resolution: its span, the form that matched and the matched groups."""

    start: int
    end: int
    form: str
    groups: dict


def find_date_expressions(text: str, lang: str, published: dt.date | None = None) -> list[DateExpression]:
    """Every date expression in the text, resolved to a range of days, in order and without overlaps.

    What lacks a month or a year takes it from the nearest preceding expression that has a month
    (not a relative one, nor a month placed by "this year"/"last March"), else from the publication
    date (the most recent such days or month on or before it); without either it is skipped.
    """
    found: list[DateExpression] = []
    anchor: DateExpression | None = None
    for candidate in _candidates(text, lang):
        resolved = _RESOLVERS[candidate.form](candidate, lang, anchor, published)
        if resolved is not None:
            found.append(resolved[0])
            anchor = resolved[0] if resolved[1] else anchor
    return found


def _candidates(text: str, lang: str) -> list[_Candidate]:
    """Matches of every form; where they overlap the longest is kept; in text order."""
    digits = to_ascii_digits(text)
    found = [_Candidate(m.start, m.end, "dated", {"match": m}) for m in find_dates(text, lang)]
    for form, pattern in _forms(lang):
        for match in pattern.finditer(digits):
            if _acceptable(form, match.groupdict(), digits, match.end(), lang):
                found.append(_Candidate(match.start(), match.end(), form, match.groupdict()))
    kept: list[_Candidate] = []
    for candidate in sorted(found, key=lambda c: (c.start - c.end, _PRIORITY[c.form], c.start)):
        if all(candidate.end <= k.start or candidate.start >= k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def _acceptable(form: str, groups: dict, text: str, end: int, lang: str) -> bool:
    """Whether a match is a date: capitalised month where the language capitalises, valid days, no count after."""
    if W.months_capitalised(lang) and any(groups.get(k) and groups[k][0].islower() for k in ("m", "m1")):
        return False
    if form == "month":
        return any(groups.get(k) for k in ("lead", "mw", "y", "yrel"))
    if form != "days":
        return True
    first, last = int(groups["d1"]), int(groups.get("d2") or groups["d1"])
    if not (1 <= first <= 31 and 1 <= last <= 31) or (groups.get("d2") and not groups.get("m1") and first >= last):
        return False
    return bool(groups.get("m")) or _free_after(text, end, lang, single=not groups.get("d2"))


def _free_after(text: str, end: int, lang: str, single: bool) -> bool:
    """Whether what follows days without a month (text from `end`) leaves them dates (not "11th floor", "12.10", "13 %")."""
    # Matching at `end` rather than on text[end:]: a copy of the rest of the text per number is
    # quadratic in the article's length. The same matches, as the patterns start with no anchor,
    # lookbehind or word boundary (which would see the text before `end`).
    if _NUMBER_AFTER.match(text, end):
        return False
    if lang in W.NOT_AFTER_DAY and _after_pattern(W.NOT_AFTER_DAY[lang], re.IGNORECASE).match(text, end):
        return False
    return not (single and lang in W.DAY_END) or bool(_after_pattern(W.DAY_END[lang], 0).match(text, end))


@lru_cache(maxsize=None)
def _after_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """A pattern of what may follow a day, compiled once."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=None)
def _forms(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled expression patterns of one language, each with the name of its form."""
    start, end = _boundaries(lang)
    phrases = W.alternation(r for r, _, _ in W.RELATIVE.get(lang, ()))
    forms = [("relative", rf"{start}(?P<rel>{phrases}){end}")] if phrases else []
    if W.wide_month_names(lang):
        forms += [(form, start + body + end) for form, body in (*_day_forms(lang), *_month_forms(lang))]
    return tuple((form, re.compile(pattern, re.IGNORECASE)) for form, pattern in forms)


def _day_forms(lang: str) -> list[tuple[str, str]]:
    """Patterns of days with or without their month: the language's templates, then the generic ones."""
    months, year, join = W.month_pattern(lang, False), _year_regex(lang), W.JOINS.get(lang, r"\s*")
    forms = []
    for template, needs_month in (*W.DAY_FORMS.get(lang, ()), *W.GENERIC_DAY_FORMS):
        tail = f"{year}?" if "{m}" in template else rf"(?:{join}(?P<m>{months}){year}?)" + ("" if needs_month else "?")
        forms.append(("days", _fill(template, lang, months, join) + tail))
    return forms


def _month_forms(lang: str) -> list[tuple[str, str]]:
    """Patterns of a part of a month, of a part of a named year, and of a month alone."""
    months, bare, year = W.month_pattern(lang, False), W.month_pattern(lang, True), _year_regex(lang)
    month_word = rf"(?:(?P<mw>{W.MONTH_WORDS[lang]})\s*)?" if lang in W.MONTH_WORDS else ""
    separator = r"\s*" if lang in W.UNSPACED else r"\s+"
    lead = rf"(?:(?P<lead>{W.MONTH_LEADS[lang]}){separator})?" if lang in W.MONTH_LEADS else ""
    forms = [("month", rf"{lead}{month_word}(?P<m>{bare}){year}?")]
    parts = W.alternation(p for p, _ in W.PARTS.get(lang, ()))
    if parts:
        forms.append(("part", rf"(?P<part>{parts})\s*{month_word}(?P<m>{months}){year}?"))
    if parts and lang in W.YEAR_PHRASES:
        forms.append(("part-year", rf"(?P<part>{parts})\s*(?P<yrel>{W.alternation(p for p, _ in W.YEAR_PHRASES[lang])})"))
    return forms


def _boundaries(lang: str) -> tuple[str, str]:
    """What may stand before and after an expression: no letter, unless the script has no spaces."""
    if lang in W.UNSPACED:
        return "", ""
    start = r"(?<![^\W\d_])"
    if lang in W.PROCLITICS:
        start = rf"(?:{start}|(?<={start}[{W.PROCLITICS[lang]}]))"
    return start, r"(?![^\W\d_])"


def _fill(template: str, lang: str, months: str, join: str) -> str:
    """A day-form template with its placeholders replaced by regular expressions."""
    ordinal = f"(?:{W.ORDINALS[lang]})?" if lang in W.ORDINALS else ""
    first, last = r"(?<!\d)(?<!\d[.,/-])(?P<d1>\d{1,2})(?!\d)", r"(?<!\d)(?P<d2>\d{1,2})(?![.,/-]?\d)"
    values = {"{d1}": first + ordinal, "{d2}": last + ordinal, "{n1}": first, "{n2}": last,
              "{m}": f"(?P<m>{months})", "{m1}": f"(?P<m1>{months})", "{join}": join}
    for placeholder, value in values.items():
        template = template.replace(placeholder, value)
    return template


def _year_regex(lang: str) -> str:
    """A written year after a month ("2023", "พ.ศ. 2566", "2023 года") or a year phrase ("dieses Jahres")."""
    joined, suffix = W.YEAR_JOINS.get(lang, ""), W.YEAR_SUFFIXES.get(lang, "")
    explicit = rf",?\s*(?:{joined})?(?:(?P<era>{_ERA})\s*)?(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}(?:{suffix})?"
    if lang not in W.YEAR_PHRASES:
        return f"(?:{explicit})"
    return rf"(?:{explicit}|\s*(?P<yrel>{W.alternation(p for p, _ in W.YEAR_PHRASES[lang])}))"


def _previous(reference: DateExpression) -> str:
    """The basis of an expression resolved against an earlier one."""
    return f"previous date at {reference.start}"


def _latest_year(first_of: Callable[[int], dt.date], published: dt.date) -> int:
    """The year whose occurrence of a date is the most recent on or before the publication date."""
    try:
        return published.year if first_of(published.year) <= published else published.year - 1
    except ValueError:
        return published.year - 1


def _year(groups: dict, lang: str, anchor: DateExpression | None, published: dt.date | None,
          first_of: Callable[[int], dt.date]) -> tuple[int, str, bool] | None:
    """The year of an expression with a month, its basis, and whether later expressions may lean on it."""
    if groups.get("y"):
        year = gregorian_year(int(groups["y"]), groups.get("era"), lang)
        return (year, "explicit", True) if _MIN_YEAR <= year <= _MAX_YEAR else None
    if groups.get("yrel"):
        if published is None:
            return None
        (offset,) = W.lookup(W.YEAR_PHRASES[lang], groups["yrel"])
        return (_latest_year(first_of, published) if offset is None else published.year + offset), _PUBLICATION, False
    if anchor is not None:
        return anchor.last.year, _previous(anchor), True
    return (_latest_year(first_of, published), _PUBLICATION, True) if published is not None else None


def _context_month(day: int, anchor: DateExpression | None, published: dt.date | None) -> tuple[int, int, str] | None:
    """Year, month and basis for a day without a month: the anchor's, else the latest on or before publication."""
    if anchor is not None:
        return anchor.last.year, anchor.last.month, _previous(anchor)
    if published is None:
        return None
    year, month = published.year, published.month
    for _ in range(12):
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) <= published:
            return year, month, _PUBLICATION
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _expression(c: _Candidate, first: tuple, last: tuple, precision: str, kind: str, basis: str,
                anchor: bool) -> tuple[DateExpression, bool] | None:
    """An expression covering first to last (year, month, day), or None when those are no valid range."""
    try:
        a, b = dt.date(*first), dt.date(*last)
    except ValueError:
        return None
    return (DateExpression(c.start, c.end, a, b, precision, kind, basis), anchor) if a <= b else None


def _resolve_dated(c: _Candidate, lang: str, anchor: DateExpression | None, published: dt.date | None):
    """A full date found by find_dates."""
    match: DateMatch = c.groups["match"]
    kind = _STYLE_KINDS.get(match.style, "full")
    return DateExpression(c.start, c.end, match.date, match.date, "day", kind, "explicit"), True


def _resolve_days(c: _Candidate, lang: str, anchor: DateExpression | None, published: dt.date | None):
    """One day or a range of days, with its month written or taken from the context."""
    g = c.groups
    d1, d2 = int(g["d1"]), int(g.get("d2") or g["d1"])
    if not g.get("m"):
        context = _context_month(d1, anchor, published)
        if context is None:
            return None
        year, month, basis = context
        kind = "day-range" if g.get("d2") else "day"
        return _expression(c, (year, month, d1), (year, month, d2), "day", kind, basis, True)
    month = W.month_number(g["m"], lang)
    month1 = W.month_number(g["m1"], lang) if g.get("m1") else month
    wrap = int(month1 > month)
    found = _year(g, lang, anchor, published, lambda y: dt.date(y - wrap, month1, d1))
    if found is None:
        return None
    year, basis, leans = found
    return _expression(c, (year - wrap, month1, d1), (year, month, d2), "day", "full", basis, leans)


def _resolve_month(c: _Candidate, lang: str, anchor: DateExpression | None, published: dt.date | None):
    """A month alone, with its year written, named ("dieses Jahres") or taken from the context."""
    month = W.month_number(c.groups["m"], lang)
    found = _year(c.groups, lang, anchor, published, lambda y: dt.date(y, month, 1))
    if found is None:
        return None
    year, basis, leans = found
    return _expression(c, (year, month, 1), (year, month, W.month_end(year, month).day), "month", "month", basis, leans)


def _resolve_part(c: _Candidate, lang: str, anchor: DateExpression | None, published: dt.date | None):
    """A part of a month ("Anfang Oktober": days 1-10, "Mitte": 11-20, "Ende": 21 to the end)."""
    (part,) = W.lookup(W.PARTS[lang], c.groups["part"])
    low, high = W.PART_DAYS[part]
    month = W.month_number(c.groups["m"], lang)
    found = _year(c.groups, lang, anchor, published, lambda y: dt.date(y, month, low))
    if found is None:
        return None
    year, basis, leans = found
    high = min(high, W.month_end(year, month).day)
    return _expression(c, (year, month, low), (year, month, high), "part-of-month", "part-of-month", basis, leans)


def _resolve_part_year(c: _Candidate, lang: str, anchor: DateExpression | None, published: dt.date | None):
    """A part of a named year ("في بداية هذا العام": January to March of the publication year)."""
    (offset,) = W.lookup(W.YEAR_PHRASES[lang], c.groups["yrel"])
    if published is None or offset is None:
        return None
    (part,) = W.lookup(W.PARTS[lang], c.groups["part"])
    low, high = W.PART_MONTHS[part]
    year = published.year + offset
    last = (year, high, W.month_end(year, high).day)
    return _expression(c, (year, low, 1), last, "year", "relative", _PUBLICATION, False)


def _resolve_relative(c: _Candidate, lang: str, anchor: DateExpression | None, published: dt.date | None):
    """A week, month, year or season named relative to the publication date ("last week", "этим летом")."""
    if published is None:
        return None
    unit, offset = W.lookup(W.RELATIVE[lang], c.groups["rel"])
    first, last = W.relative_range(unit, offset, published)
    precision = unit if unit in ("week", "month", "year") else "season"
    return DateExpression(c.start, c.end, first, last, precision, "relative", _PUBLICATION), False


_RESOLVERS = {
    "dated": _resolve_dated, "days": _resolve_days, "month": _resolve_month, "part": _resolve_part,
    "part-year": _resolve_part_year, "relative": _resolve_relative,
}
