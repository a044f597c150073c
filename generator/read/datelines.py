"""Dates and datelines of a page's header: full dates in any of the language's forms, and the
dateline (PLACE [, REGION] [(AGENCY)] [DATE] followed by a dash or colon) that opens a text."""
from __future__ import annotations

import re

from generator.dates import DateMatch, find_dates
from generator.lang.bylines import agency_in, byline_name, is_update
from generator.lang.locale import DATE_INTRO_WORDS, month_names
from generator.lang.gazetteer import lookup
from generator.lang.stopwords import calendar_word
from generator.lang.scripts import ends_sentence

DATELINE_REACH = 150  # a dateline's date starts within this many characters
_DATELINE_DASH = re.compile(r"\s*(?:[—–―-]+|:)\s*")
# A dateline may end with a full stop ("31. Oktober 2023. Der Text …", "Karlsruhe, (12.11.2021). Der
# Text …"): a date alone before a stop is no sentence, so the text starts after it (a capital follows).
_DATELINE_STOP = re.compile(r"\)?\.\s+(?=[^\W\d_])")
_STOP_PLACE = re.compile(r"(?:[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2},)?\s*\(?")
AGENCY_PAREN = re.compile(r"\s*\((?P<agency>[^()]{2,40})\)")
_UNDATED = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){0,3})"
    r"(?:,\s*(?P<region>[^\W\d_][^,()\d]{1,40}?))?"
    r"(?:,?\s*(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,12})\.?)?"
    r"(?:\s*\((?P<agency>[^()]{2,40})\))?\s*[—–-]\s+"
)
_DATE_LINE_WORDS = 4  # words besides its date in a timestamp line ("Publié le", "a las", a weekday)
_STAMP_MAX_CHARS = 60  # a timestamp line; a longer line with a date is a sentence
# A time of day as pages write it ("09:20", "14h30", "13.47 Uhr"); "12.10." is a date.
_TIME_OF_DAY = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d\s*uhr)(?!\d)", re.IGNORECASE)
_DATELINE_TEXT_MIN = 40  # the text after a dateline is a sentence, not a word or two
# WordPress writes the published and updated dates with no space between ("19. Juni 201619. Juni 2016").
_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)(?=\d{1,2}(?:[./\s]|$))")
# Blog themes print the day and the year of a date badge in separate boxes, copied without a space
# ("Apr 042013"): a two-digit day glued to a year after a word.
_GLUED_DAY = re.compile(r"(?<=[^\W\d_]\s)(\d{2})((?:19|20)\d\d)(?!\d)")


def header_dates(text: str, lang: str) -> list[DateMatch]:
    """Full dates of a header line: the language's forms, two-digit years, and English month names
    (pages in any language carry English dates from their publishing system)."""
    text = _GLUED_DAY.sub(r"\1 \2", _GLUED_YEAR.sub(r"\1 ", text))
    dates = find_dates(text, lang, short_years=True)
    if not dates and lang != "en":
        dates = find_dates(text, "en", short_years=True)
    return dates


def dated_prefix(text: str, lang: str) -> bool:
    """Whether a line starts with a date (a timestamp before its text)."""
    dates = header_dates(text[:40], lang)
    return bool(dates) and dates[0].start <= 2


def mostly_date(text: str, lang: str) -> bool:
    """Whether a line is a date with a few words around it ("Miércoles, 4 de mayo de 2022 a las
    07:46 hrs.", "Published on 3 March 2024"): a timestamp, even when it ends with a full stop."""
    dates = header_dates(text, lang)
    if not dates:
        return False
    rest = text
    for match in reversed(dates):
        rest = rest[:match.start] + " " + rest[match.end:]
    return len([w for w in rest.split() if any(ch.isalpha() for ch in w)]) <= _DATE_LINE_WORDS


def timestamp_line(text: str, lang: str) -> bool:
    """Whether a line is a stamp, no text: a date with a time and a word or two (a live entry's or an
    update's stamp), or a date after a dash (an embedded post's sign-off: "— Name (@name) 3 March 2024").
    A date with words and no time may be a subheading ("Weekend in Rome 3.-5.5.")."""
    if len(text) > _STAMP_MAX_CHARS or not (_TIME_OF_DAY.search(text) or text.lstrip().startswith(("—", "–"))):
        return False
    return mostly_date(text, lang)


def only_dates(text: str, dates: list[DateMatch]) -> bool:
    """Whether a line holds nothing but dates (and times, punctuation, digits)."""
    rest = text
    for match in reversed(dates):
        rest = rest[:match.start] + rest[match.end:]
    return sum(ch.isalpha() for ch in rest) <= 2


def dateline_match(text: str, lang: str) -> tuple[DateMatch, re.Match[str]] | None:
    """The date of a dateline at the start of a line ("SHENYANG, China, 26. Oktober 2023 —",
    "PARIS, 3 mars 2024 (AFP) -")."""
    for match in find_dates(text[:DATELINE_REACH + 40], lang)[:1]:
        if match.start > DATELINE_REACH or ends_sentence(text[:match.start]):
            return None
        paren = AGENCY_PAREN.match(text, match.end)
        at = paren.end() if paren else match.end
        if text[at:at + 1] == ")" and text[:match.start].rstrip().endswith("("):
            at += 1  # the date in brackets: "Köln, (27.1.2022) - …"
        dash = _DATELINE_DASH.match(text, at)
        if dash and dash.end() > at:
            return match, dash
        stop = None if paren else _DATELINE_STOP.match(text, match.end)
        if stop and text[stop.end()].isupper() and _STOP_PLACE.fullmatch(text[:match.start]):
            return match, stop
    return None


def undated_dateline(text: str, lang: str) -> re.Match[str] | None:
    """A dateline without a year ("LONDON (Reuters) -", "ROMA, 4 MAR -", "PARIS (AFP) —"): a place
    in capitals or an agency in brackets, an optional region and day with its month, then a dash."""
    match = _UNDATED.match(text)
    if match is None or len(text) - match.end() < _DATELINE_TEXT_MIN:
        return None
    if text[match.end():].isupper():  # "SPORT - A HEADLINE IN CAPITALS": a section label, no place
        return None
    place, agency = match.group("place"), match.group("agency")
    if not ((place.isupper() and len(place) >= 3) or (agency and agency_in(agency))):
        return None
    if match.group("month") and match.group("month").casefold() not in month_names(lang):
        return None
    return match


def place_before(text: str, date: DateMatch, lang: str = "en", wire_only: bool = False) -> str | None:
    """The place a date line names before its date ("Warszawa, 04.03.2024 r.", "BRUSSELS 1996-08-22"), or None.

    wire_only: only a wire's dateline in capitals (for a line not known to be a page's header line,
    where "Name, date" is as often an author's byline)."""
    prefix = text[:date.start].strip()
    if not 1 <= len(prefix.split()) <= 3 or not prefix[:1].isupper():
        return None
    if any(calendar_word(w.strip(",.-"), lang) for w in prefix.split()):
        return None  # "Mittwoch, 5. März 2024": a weekday, no place
    wire = text[date.start - 1:date.start].isspace() and _wire_place(prefix, text[date.end:], lang)
    if not wire and (wire_only or not prefix.endswith(",")):
        return None
    if byline_name(prefix) or is_update(prefix) or any(ch.isdigit() for ch in prefix):
        return None
    return dateline_place(prefix)


def _wire_place(prefix: str, after: str, lang: str) -> bool:
    """Whether the words before a date with nothing after it are a news wire's dateline place
    ("BRUSSELS 1996-08-22", "NEW YORK 5 March 2024"): one to three words in capitals, as agencies
    write the place, none a weekday or month name; two or three words only when the gazetteer
    knows them as a place (an author's name in capitals stands so before a date as often). A
    capitalised word is not enough: labels ("Published", "Stand") stand so before a date too."""
    if any(ch.isalpha() for ch in after) or not prefix[-1:].isalpha():
        return False
    words = prefix.split()
    if not all(w.replace("-", "").replace(".", "").isalpha() and w.isupper() and len(w) > 1 for w in words):
        return False
    if any(calendar_word(w, lang) for w in words):
        return False
    if len(words) == 1:
        return True
    entry = lookup(dateline_place(prefix) or "", lang)
    return entry is not None and entry.type == "place"


def dateline_place(prefix: str) -> str | None:
    """The place of a dateline prefix, with upper-case words in normal case ("SHENYANG, China")."""
    words = prefix.strip(" ,،;-").split()
    while words and words[-1].casefold() in DATE_INTRO_WORDS:
        words.pop()
    parts = " ".join(words).split(",")
    return ", ".join(p for p in (_name_case(part.split()) for part in parts) if p) or None


def _name_case(words: list[str]) -> str:
    """A place's words in capitals written in name case ("SHENYANG" -> "Shenyang", "NEW YORK" ->
    "New York"); a short word in capitals alone is an abbreviation and stays ("UAE", "USA")."""
    longer = any(w.isupper() and len(w) > 3 for w in words)
    return " ".join(w.capitalize() if w.isupper() and (len(w) > 3 or longer) else w for w in words).strip(" ،")


def dateline_with_text(text: str, lang: str) -> bool:
    """Whether a short line is a dateline followed by text of its own ("Bern, 17.08.2024 - Speech by Jane
    Doe at the mayors' summit"): a phrase of _DATELINE_TEXT_MIN characters or more after the dash, with
    words in lower case (a phrase, not a list of names), that is no byline, update or agency. The reader
    then takes the dateline off and keeps the text, as it does with a dateline that opens a paragraph. A
    labelled field after the dash ("Editor: Jane Doe") is no text."""
    found = dateline_match(text, lang)
    if found is None:
        return False
    rest = text[found[1].end():].strip()
    return (len(rest) >= _DATELINE_TEXT_MIN and any(word.islower() for word in rest.split())
            and not _LABELLED.match(rest) and not byline_name(rest) and not is_update(rest)
            and not agency_in(rest) and not mostly_date(rest, lang))


_LABELLED = re.compile(r"[^\W\d_]+\s?:")  # "Editor: Jane Doe", "Contact: ...": a labelled field, no text
