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
# The court's stem among them: a capitalised adjective before it names a court even where a sentence's first
# word is capitalised anyway ("Vrhovno sodišče", "Верховний суд", "Районният съд": a court is named by its
# rank or seat, not described: the grammars' examples of institution names).
_COURT_HEADS = {"pl": "sąd", "cs": "soud", "sk": "súd", "sl": "sodišč", "hr": "sud", "sr": "суд", "bg": "съд",
                "ru": "суд", "uk": "суд"}
# The endings of an adjective agreeing with the court's noun (masculine; Slovene "sodišče" neuter), in the
# singular's cases, from the declension tables: "Najwyższy sąd", "Nejvyšší soud", "Vrhovno sodišče",
# "Върховният съд" / "Районен съд", "Верховного суда", "Верховний суд". An adverb ("Dodatkowo sąd") agrees with nothing.
_COURT_ADJECTIVE_ENDINGS = {
    "pl": "y i ego emu ym im", "cs": "ý í ého ému ém ým ím", "sk": "ý í ého ému om ým", "sl": "o e ega emu em im",
    "hr": "i og oga om ome im", "sr": "и ог ога ом оме им", "bg": "ият ия ен ски",
    "ru": "ый ий ой ого его ому ему ом ем ым им", "uk": "ий ій ого ому ім им",
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


def is_court_head(word: str, lang: str) -> bool:
    """Whether a lower-case word is a court's head noun in the language (any case form: "sodišče", "суда")."""
    stem = _COURT_HEADS.get(lang.split("-")[0], "")
    return bool(stem) and word.islower() and word.startswith(stem) and len(word) - len(stem) <= _MAX_ENDING


# Bulgarian adjectives with the definite article glued on (the grammar's full and short article forms):
# "върховният", "върховния", "районната", "градското".
_BULGARIAN_DEFINITE = ("ият", "ия", "ата", "ото", "ите")


def is_court_adjective(word: str, lang: str) -> bool:
    """Whether a lower-case word ends as an adjective agreeing with the language's court noun does."""
    endings = tuple(_COURT_ADJECTIVE_ENDINGS.get(lang.split("-")[0], "").split())
    return bool(endings) and word.islower() and len(word) > 4 and word.endswith(endings)


def is_adjective(word: str, lang: str = "") -> bool:
    """Whether a lower-case word ends as a Slavic adjective does (long-form endings; Bulgarian's definite ones)."""
    return word.islower() and (_ADJECTIVE_ENDING.search(word) is not None
                               or lang == "bg" and word.endswith(_BULGARIAN_DEFINITE))


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
        # A sentence's first word is capitalised anyway: "Pakistansko vrhovno sodišče je ..."
        stem = place_stem(word.text) if word.text[1:].islower() else ""
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
