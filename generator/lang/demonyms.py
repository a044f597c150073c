"""Nationality adjectives and nouns (demonyms) in English, derived from CLDR's names (Babel).

English names most languages after their people ("French", "Czech", "Japanese") and forms most
demonyms from a territory's name with a suffix (America -> American, Israel -> Israeli, Japan ->
Japanese, South Africa -> South African); a person of that people adds -man/-woman ("Frenchman").
A demonym glued before a person's name is no part of the name ("American Anne Miller").
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

# English demonym suffixes (-an, -ian, -ese, -i, -ish, -er: American, Canadian, Chinese, Iraqi, Danish,
# New Zealander); a territory's final -a/-e/-o/-y or plural -s drops before them (Mexico -> Mexican,
# Italy -> Italian, Americas -> American).
_SUFFIXES = ("n", "an", "ian", "ese", "i", "ish", "er", "ean")
_DROPPED = ("a", "e", "o", "y", "s")
# Language names shaped like demonyms (CLDR also names languages after places and tribes: "Alabama",
# "Delaware", "Fang"): the endings above plus -ch/-sh/-ek (French, Dutch, Czech, Welsh, Greek).
_LANGUAGE_ENDINGS = ("an", "ese", "i", "ish", "ch", "sh", "ek")
_PERSON = ("man", "men", "woman", "women")  # Frenchman, Englishwomen
_LAND_OF = ("istan", "stan")
_MIN_STEM = 5


@lru_cache(maxsize=None)
def _demonyms(lang: str) -> frozenset[str]:
    """Case-folded demonyms of a language (English only: other languages write them in lower case or
    decline them as nouns, which their own rules handle)."""
    if lang != "en":
        return frozenset()
    locale = Locale(lang)
    words = {name.casefold() for name in locale.languages.values()
             if " " not in name and name.endswith(_LANGUAGE_ENDINGS) and name[:1].isupper()}
    for territory in locale.territories.values():
        if "&" in territory or "(" in territory:
            continue
        folded = territory.casefold()
        stems = {folded} | {folded[:-1] for end in _DROPPED if folded.endswith(end)}
        words |= {stem + suffix for stem in stems for suffix in _SUFFIXES if len(stem) >= 3}
        # A "-stan" country (Persian "land of") is named after its people: the stem is the demonym (Afghanistan
        # -> Afghan, Kazakhstan -> Kazakh); a short stem is no word of its own (Pakistan -> Pakistani above).
        land = next((folded[:-len(end)] for end in _LAND_OF if folded.endswith(end)), "")
        if len(land) >= _MIN_STEM:
            words.add(land)
    return frozenset(words)


def leading_demonym(words: list[str], lang: str) -> int:
    """How many of the first words (0, 1 or 2) are a demonym: "South African Amanda Coetzer" -> 2."""
    for count in (2, 1):
        if len(words) > count and is_demonym(" ".join(words[:count]), lang):
            return count
    return 0


def is_demonym(words: str, lang: str) -> bool:
    """Whether a word or two ("Czech", "Frenchman", "South African") name a nationality."""
    folded = words.casefold()
    known = _demonyms(lang)
    if folded in known:
        return True
    return any(folded.endswith(person) and folded[:-len(person)] in known for person in _PERSON)
