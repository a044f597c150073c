"""Date expressions: find full dates in text of any language and resolve them to calendar dates."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from generator.lang.locale import ERA_MARKERS, gregorian_year, month_names, numeric_date_order
from generator.lang.scripts import to_ascii_digits

_MIN_YEAR, _MAX_YEAR = 1800, 2200
# A date's numbers are not part of a longer number (83,7 or 1.000.000 or 12/2023/5).
_NOT_DIGIT_BEFORE = r"(?<!\d)(?<!\d[.,/-])"
_NOT_DIGIT_AFTER = r"(?!\d|[.,/-]\d)"
_ORDINAL = r"(?:st|nd|rd|th|er|e|\.|º)?"
_ERA = "|".join(re.escape(m).replace(r"\ ", r"\s?") for m in sorted(ERA_MARKERS, key=len, reverse=True))
_TIME = r"(?:[ T,]+(?P<time>\d{1,2}:\d{2})(?::\d{2})?(?:\s?(?:[AaPp]\.?[Mm]\.?))?)?"


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: its span, the date, the time of day if written, and its style."""

    start: int
    end: int
    date: dt.date
    time: str | None
    style: str


def find_dates(text: str, lang: str) -> list[DateMatch]:
    """Every full date (day, month and year) in the text, in order, without overlaps."""
    digits = to_ascii_digits(text)
    found: list[DateMatch] = []
    for style, pattern in _patterns(lang):
        for match in pattern.finditer(digits):
            day = _resolve(style, match, lang)
            if day is not None:
                found.append(DateMatch(match.start(), match.end(), day, match.groupdict().get("time"), style))
    return _without_overlaps(found)


def _without_overlaps(found: list[DateMatch]) -> list[DateMatch]:
    """Keep the longest of overlapping matches, then sort by position."""
    kept: list[DateMatch] = []
    for candidate in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
    return kept


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled date patterns of one language: its month names plus numeric forms."""
    months = _month_alternation(lang)
    patterns = [
        ("iso", rf"{_NOT_DIGIT_BEFORE}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}{_NOT_DIGIT_AFTER}"),
        ("numeric", rf"{_NOT_DIGIT_BEFORE}(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}"),
        ("numeric-ymd", rf"{_NOT_DIGIT_BEFORE}(?P<y>\d{{4}})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}}){_NOT_DIGIT_AFTER}"),
        ("han", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    ]
    if months:
        patterns += [
            ("day-month-year", rf"{_NOT_DIGIT_BEFORE}(?P<d>\d{{1,2}}){_ORDINAL}\s*(?:de\s+)?(?P<month>{months})\.?,?\s+(?:de\s+)?(?:(?P<era>{_ERA})\s*)?(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}"),
            ("month-day-year", rf"(?<!\w)(?P<month>{months})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}}){_NOT_DIGIT_AFTER}"),
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
    if style == "numeric":
        day, month = _day_month(int(groups["a"]), int(groups["b"]), lang)
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


def _day_month(first: int, second: int, lang: str) -> tuple[int, int]:
    """Day and month of a numeric date, in the language's order unless the numbers rule it out."""
    month_first = numeric_date_order(lang).index("M") < numeric_date_order(lang).index("D")
    if month_first and first > 12 >= second:
        month_first = False
    elif not month_first and second > 12 >= first:
        month_first = True
    return (second, first) if month_first else (first, second)
