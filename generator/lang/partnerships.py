"""Firms of partners named by their partners' surnames: "Velk, Arno und Partner", "Velk & Partner".

German law requires a partnership's name to hold a partner's surname and "und Partner" or
"Partnerschaft" (Partnerschaftsgesellschaftsgesetz, § 2): capitalised surnames, commas between them,
before "und Partner" or "& Partner" are one organisation's name, commas included, where the run
rules would split it into persons.
"""
from __future__ import annotations

import re

from generator.lang import german_nouns

_PARTNERS = re.compile(r"(?<![\w-])((?:[^\W\d_][\w'’-]*, )*[^\W\d_][\w'’-]*) (?:und|&) Partner(?:schaft)?(?![\w-])")
# Languages whose law names partnerships so.
PARTNERSHIP_LANGUAGES = frozenset({"de"})


def partnerships(body: str, lang: str) -> list[tuple[int, int]]:
    """Spans of partnerships' names in a text of a language in PARTNERSHIP_LANGUAGES, else none."""
    if lang not in PARTNERSHIP_LANGUAGES:
        return []
    spans = []
    for match in _PARTNERS.finditer(body):
        start = match.start()
        for part in match.group(1).split(", "):
            if part[:1].isupper():
                break
            start += len(part) + 2  # a lower-case word before the surnames is the sentence's ("sagte er, ...")
        given = body[max(0, start - 24):start].split()[-1:]
        if given and german_nouns.classes(given[0]) & german_nouns.GIVEN:
            continue  # a person and a partner: "Anna Velk und Partner kamen"
        if start < match.start(1) + len(match.group(1)) and body[start:start + 1].isupper():
            spans.append((start, match.end()))
    return spans
