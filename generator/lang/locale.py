"""Locale rules from Babel's CLDR data: direction, native names, month names, date formats, eras."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton
from babel.localedata import locale_identifiers

# Calendars Babel does not have: the year offset to add to a Gregorian year, per language,
# and the era marker written before such a year. Thai dates use the Buddhist era.
ERA_OFFSETS: dict[str, tuple[int, str]] = {"th": (543, "พ.ศ.")}

# Era markers a date may carry before its year, as written (with and without dots or spaces),
# mapped to the offset from the Gregorian year. Gregorian markers map to 0.
ERA_MARKERS: dict[str, int] = {"พ.ศ.": 543, "พ.ศ": 543, "พ. ศ.": 543, "ค.ศ.": 0, "ค.ศ": 0}

# Words that introduce a date in a dateline and are not part of the place ("วันที่ 26 ...").
DATE_INTRO_WORDS: tuple[str, ...] = ("วันที่", "เมื่อวันที่", "on", "am", "le", "el")


@lru_cache(maxsize=None)
def babel_locale(lang: str) -> Locale | None:
    """Babel's locale for a language code, or None when CLDR has no data for it."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def direction(lang: str) -> str:
    """"rtl" for languages written right to left, else "ltr"."""
    locale = babel_locale(lang)
    return "rtl" if locale is not None and locale.character_order == "right-to-left" else "ltr"


def native_name(lang: str) -> str:
    """The language's name in the language itself, capitalised as a heading ("Русский", "ไทย")."""
    locale = babel_locale(lang)
    name = locale.get_display_name(locale) if locale is not None else None
    if not name:
        return lang
    return name[0].upper() + name[1:]


def english_name(lang: str) -> str:
    """The language's name in English ("Arabic"), or the code when CLDR does not know it."""
    locale = babel_locale(lang)
    return (locale.get_display_name("en") if locale is not None else None) or lang


@lru_cache(maxsize=None)
def month_names(lang: str) -> dict[str, int]:
    """Every CLDR month name of a language, case-folded, mapped to its number.

    All regional variants count (Arabic has both أكتوبر and تشرين الأول), in every form
    (format and stand-alone, wide and abbreviated, so Russian октября and октябрь).
    """
    names: dict[str, int] = {}
    for identifier in _identifiers_of(lang):
        locale = Locale.parse(identifier)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months.get(context, {}).get(width, {}).items():
                    key = " ".join(name.casefold().rstrip(".").split())
                    if len(key) >= 3 and not key.isdigit():
                        names.setdefault(key, number)
    return names


@lru_cache(maxsize=None)
def _identifiers_of(lang: str) -> tuple[str, ...]:
    """The CLDR locale identifiers of one language (ar, ar_SY, ar_LB, ...)."""
    return tuple(sorted(i for i in locale_identifiers() if i == lang or i.startswith(lang + "_")))


def numeric_date_order(lang: str) -> str:
    """The order of day, month and year in the language's short numeric dates ("DMY", "MDY", "YMD")."""
    locale = babel_locale(lang)
    if locale is None:
        return "DMY"
    pattern = re.sub(r"'[^']*'", "", locale.date_formats["short"].pattern)
    positions = {field: pattern.find(letter) for field, letter in (("D", "d"), ("M", "M"), ("Y", "y"))}
    return "".join(sorted((f for f in positions if positions[f] >= 0), key=positions.get)) or "DMY"


def format_long_date(day: dt.date, lang: str) -> str:
    """A date written the way a reader of the language expects it, era included (Thai: พ.ศ. 2566)."""
    locale = babel_locale(lang) or babel_locale("en")
    if lang in ERA_OFFSETS:
        offset, marker = ERA_OFFSETS[lang]
        return format_date(day, "d MMMM", locale=locale) + f" {marker} {day.year + offset}"
    return format_date(day, "long", locale=locale)


def gregorian_year(year: int, era_marker: str | None, lang: str) -> int:
    """Convert a year written in another era: marked as such, or unmarked but far beyond today."""
    if era_marker:
        return year - ERA_MARKERS.get(" ".join(era_marker.split()), 0)
    if lang in ERA_OFFSETS and year > 2400:
        return year - ERA_OFFSETS[lang][0]
    return year


def format_range(first: dt.date, last: dt.date, precision: str, lang: str) -> str:
    """A date or date range as a reader of the language writes it ("Oct 11 – 13, 2023", "ตุลาคม พ.ศ. 2566")."""
    locale = babel_locale(lang) or babel_locale("en")
    if precision == "month" or (first.day == 1 and last == _month_end(first) and first != last):
        text = format_skeleton("yMMMM", first, locale=locale)
    elif first == last:
        return format_long_date(first, lang)
    else:
        text = format_interval(first, last, "yMMMd", locale=locale)
    return _with_era(text, last.year, lang)


def _month_end(day: dt.date) -> dt.date:
    """The last day of the date's month."""
    following = day.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def _with_era(text: str, year: int, lang: str) -> str:
    """The text with a Gregorian year rewritten in the language's own era, where Babel has none."""
    if lang not in ERA_OFFSETS or str(year) not in text:
        return text
    offset, marker = ERA_OFFSETS[lang]
    head, _, tail = text.rpartition(str(year))
    return f"{head}{marker} {year + offset}{tail}"


def language_name(lang: str, in_lang: str) -> str:
    """A language's name in another language, from CLDR ("Arabisch" for ar in de), else the code."""
    locale, reader = babel_locale(lang), babel_locale(in_lang) or babel_locale("en")
    name = locale.get_display_name(reader) if locale is not None else None
    return (name[0].upper() + name[1:]) if name else lang


def unbreakable(text: str) -> str:
    """A date as one unit on screen: its spaces become no-break spaces, so it never wraps mid-date."""
    return text.replace("\u2009", "\u202f").replace(" ", "\u00a0")
