"""The order of day and month in a page's numeric dates, from the page itself.

A numeric date such as 02/11/2023 is read in the order of the language's locale (CLDR: English
month first, as in the United States). Sites in the United Kingdom, Ireland, Australia or India
write English day first; the page usually says which: a numeric date whose first number is over
12 can only be a day first, one whose second number is, a month first; and a date the page also
writes with its month's name ("November 2, 2023" beside 02/11/2023) tells how the numbers go.
"""
from __future__ import annotations

import datetime as dt
import re

from generator.dates import find_dates
from generator.lang.scripts import to_ascii_digits
from generator.lang.locale import numeric_date_order

# A numeric date with slashes or hyphens (dotted dates are read day first in every locale).
_SLASHED = re.compile(r"(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?!\d)")
_NAMED_STYLES = frozenset({"day-month-year", "month-day-year"})


def in_page_order(published: dt.date | None, text: str, lang: str) -> dt.date | None:
    """The publication date with day and month swapped when it was read from an ambiguous numeric date
    (both numbers 12 or less) and the page shows its numeric dates go the other way; else as it is."""
    if published is None or published.day > 12 or published.day == published.month:
        return published
    swapped = dt.date(published.year, published.day, published.month)
    digits = to_ascii_digits(text)
    if not any(_reading(match, _month_first(lang)) == published for match in _SLASHED.finditer(digits)
               if _year_of(match) == published.year):
        return published  # not read from a slashed numeric date
    named = {m.date for m in find_dates(digits, lang) if m.style in _NAMED_STYLES}
    if published in named:
        return published  # the page writes it with its month's name too
    evidence = _order_evidence(digits, lang, swapped in named)
    if evidence is not None and evidence != _month_first(lang):
        return swapped
    return published


def _month_first(lang: str) -> bool:
    order = numeric_date_order(lang)
    return order.index("M") < order.index("D")


def _year_of(match: re.Match[str]) -> int:
    year = match.group(0).replace("-", "/").rsplit("/", 1)[1]
    return int(year) + (2000 if len(year) == 2 else 0)


def _reading(match: re.Match[str], month_first: bool) -> dt.date | None:
    """A slashed date read in one order (None when that reading is no date)."""
    first, second = int(match.group(1)), int(match.group(2))
    month, day = (first, second) if month_first else (second, first)
    try:
        return dt.date(_year_of(match), month, day)
    except ValueError:
        return None


def _order_evidence(digits: str, lang: str, swap_named: bool) -> bool | None:
    """True when the page writes its slashed dates month first, False day first, None when it does not tell
    (or tells both); swap_named: the page writes the other reading of the date with its month's name."""
    firsts = set()
    for match in _SLASHED.finditer(digits):
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            firsts.add(False)
        elif second > 12 >= first:
            firsts.add(True)
    if swap_named:
        firsts.add(not _month_first(lang))
    return next(iter(firsts)) if len(firsts) == 1 else None
