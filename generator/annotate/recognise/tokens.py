"""The words of an article body as tokens, and the registry spans they must not overlap."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import NamedTuple

from generator.lang.bylines import AGENCIES
from generator.lang.namewords import type_word
from generator.lang.scripts import script_of

# A word: letters and digits, joined by apostrophes, ampersands and hyphens ("Saif-ul-Muluk", "AT&T").
WORD = re.compile(r"[^\W_]+(?:['’&-][^\W_]+)*|&")
CONNECTORS = frozenset("of the and for de la von der des du und für et i y van & и де ду".split())
GERMAN_CONNECTORS = frozenset("von der des und für".split())  # German joins common nouns with them
COORDINATORS = frozenset("and und et i y и".split())


class Token(NamedTuple):
    """A word (or a lone &) of the body: its script, and whether it may join the words of a name."""

    start: int
    end: int
    text: str
    script: str | None
    connector: bool
    capitalised: bool


class Taken:
    """Spans (registry mentions) that can be asked whether they overlap a span, in log time."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        # The largest end among the first k spans: a span overlaps one of them iff that end passes its start.
        self.reach = list(accumulate((end for _, end in spans), max, initial=-1))

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether the span overlaps any of the taken spans."""
        return self.reach[bisect_left(self.starts, span[1])] > span[0]


def script_of_word(word: str) -> str | None:
    """The script of a word's first letter."""
    # Most words start with a letter: asked for every word of every article, so that case goes first.
    return (script_of(word[0]) if word else None) or next((s for s in map(script_of, word) if s), None)


def tokenize(body: str, lang: str) -> list[Token]:
    """The words of a body, in text order."""
    connectors = CONNECTORS - GERMAN_CONNECTORS if lang == "de" else CONNECTORS
    tokens = [Token(m.start(), m.end(), word, script_of_word(word), word in connectors,
                    word[0].isupper() or is_camel_case(word)) for m in WORD.finditer(body) for word in (m.group(),)]
    # English names put "on" after a body's or a meeting's head: "Council on Foreign Relations", "Conference on
    # Disarmament" (in German text too, where "on" is no word); elsewhere it joins nothing ("Smith on Monday").
    if lang in ("en", "de") and any(t.text == "on" for t in tokens):
        tokens = [t._replace(connector=True) if t.text == "on" and i and _heads_on(tokens[i - 1].text) else t
                  for i, t in enumerate(tokens)]
    # The article of a Dutch surname's particle joins it: "van der Vaart", "van den Berg".
    if any(t.text == PARTICLE for t in tokens):
        tokens = [t._replace(connector=True) if t.text in _DUTCH_ARTICLES and i and tokens[i - 1].text == PARTICLE
                  else t for i, t in enumerate(tokens)]
    return tokens


# The Dutch particle of surnames ("van Gogh", "van der Vaart"): no English or German word, so a run that
# begins with it begins with the name (Dutch naming: the particle is written in lower case after a given
# name or a title, and belongs to the surname).
PARTICLE = "van"
_DUTCH_ARTICLES = frozenset(("der", "den", "de"))


def is_camel_case(word: str) -> bool:
    """Whether a word in lower case at first has a capital right after a small letter inside ("easyJet", "iPhone",
    "eBay"): a brand written so is a name; a capital after a hyphen is a prefix's ("anti-Trump") and is not."""
    return word[0].islower() and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def is_cased(word: str) -> bool:
    """Whether a word's first letter has an upper and a lower case form (Latin, Cyrillic, Greek...)."""
    return word[:1].lower() != word[:1].upper()


def is_acronym(word: str) -> bool:
    """Whether a word is written in capitals only, 2 to 6 letters (NATO, МИД, UE)."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


# Agencies whose names are written in lower case (generator.lang.bylines, the reader's dateline data: "dpa",
# "epd"): found by the list, not by a capital.
LOWER_CASE_AGENCIES = frozenset(a for a in AGENCIES if a[:1].islower() and " " not in a)


def is_lower_case_agency(word: str) -> bool:
    """Whether a word is a news agency written in lower case, alone or before a hyphen ("dpa-AFX")."""
    return word.split("-")[0] in LOWER_CASE_AGENCIES


def _heads_on(word: str) -> bool:
    """Whether an English word is the head of a body or a meeting that "on" and its field may follow."""
    return word[:1].isupper() and type_word(word, "en") in ("organisation", "event")
