"""A state's institutions named by the adjective of its place, in lower case: "pakistansko vrhovno sodišče",
"пакистанський уряд", "pákistánského nejvyššího soudu" (the supreme court, the government of a country).

Slavic languages write such names without capitals (only the first word of an official name is capitalised,
and in running text not even that), so no capital finds them. The adjective is made from the place's name
with the relational suffix -sk-/-ск-/-ськ- (the grammars' word formation: Pakistan -> pakistanski); the head
is a state's court or government, given as stems as in generator/lang/namewords.py. Ministries, embassies and
the police were measured too and left out: "the French foreign ministry" names the office less often than it
describes it (measured on slavicner-dev: none of 9 ministry, embassy and police finds was a name there; 4 of 8
court and government finds were).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from generator.lang import gazetteer

# Stems of the heads, per language (a stem takes the case endings: "sodišče", "sodišča"; "уряд", "уряду").
INSTITUTION_HEADS = {
    "pl": "sąd rząd",
    "cs": "soud vlád",
    "sk": "súd vlád",
    "sl": "sodišč vlad",
    "hr": "sud vlad",
    "sr": "суд влад",
    "bg": "съд правителств",
    "ru": "суд правительств",
    "uk": "суд уряд",
}
_MAX_ENDING = 3  # the longest case ending after a head's stem
# A relational adjective: the place's stem, -sk-/-ck- (Latin), -ск-/-цк-/-ськ- (Cyrillic), an adjective's ending.
_ADJECTIVE = re.compile(r"^([^\W\d_]{3,}?)(?:ijsk|ск|ськ|цк|sk|ck)[^\W\d_]{1,4}$")
# Adjective endings (one to four letters) of the words between: "vrhovno", "nejvyššího", "верховний".
_ADJECTIVE_ENDING = re.compile(r"(?:[aeiouyáéíóúýěąęо]|[оеиыіїая][йяеюіїмху]|[oe]?[mg][aeiuo]?|ých|ích|ej|ой|ий)$")
# The nominative endings a place's name may take after the stem ("Pakistan", "Indija", "Česko", "Росія").
_NAME_ENDINGS = ("", "a", "ia", "ija", "ie", "o", "y", "и", "а", "ия", "ія", "я", "о")


@lru_cache(maxsize=None)
def _heads(lang: str) -> tuple[str, ...]:
    return tuple(sorted(set(INSTITUTION_HEADS.get(lang.split("-")[0], "").split())))


def is_institution_head(word: str, lang: str) -> bool:
    """Whether a lower-case word is a state institution's head noun in the language (any case form)."""
    return word.islower() and any(word.startswith(stem) and len(word) - len(stem) <= _MAX_ENDING
                                  for stem in _heads(lang))


def is_adjective(word: str) -> bool:
    """Whether a lower-case word ends as a Slavic adjective does (long-form endings)."""
    return word.islower() and _ADJECTIVE_ENDING.search(word) is not None


def place_stem(word: str) -> str:
    """The place-name stem of a relational adjective ("pakistansko" -> "pakistan"), or "" if it is none."""
    match = _ADJECTIVE.match(word.casefold())
    return match.group(1) if match else ""


def place_names(stem: str) -> list[str]:
    """The names a place may have whose adjective has this stem, capitalised: "pakistan" -> "Pakistan", ..."""
    return [stem[:1].upper() + stem[1:] + ending for ending in _NAME_ENDINGS]


class Word(Protocol):
    """A word of a body with its offsets (recognition's tokens)."""

    start: int
    end: int
    text: str


def state_institutions(body: str, words: Sequence[Word], lang: str) -> Iterator[tuple[int, int]]:
    """Spans of a state's institutions named in lower case by its place's adjective: the adjective, at most one
    more adjective, the head ("pakistansko vrhovno sodišče"), one space between each."""
    for index, word in enumerate(words):
        stem = place_stem(word.text) if word.text.islower() else ""
        if not stem or not _names_a_place(stem, lang):
            continue
        for previous, following in zip(words[index:index + 2], words[index + 1:index + 3]):
            if body[previous.end:following.start] != " ":
                break  # no clause or list boundary between the words
            if is_institution_head(following.text, lang):
                yield word.start, following.end
                break
            if not is_adjective(following.text):
                break


def _names_a_place(stem: str, lang: str) -> bool:
    """Whether a relational adjective's stem is a place's name the gazetteer knows ("pakistan": Pakistan)."""
    return any((entry := gazetteer.lookup(name, lang)) is not None and entry.type == "place"
               for name in place_names(stem))
