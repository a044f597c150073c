"""The type of a candidate name from its own words: heads and legal forms, a morphological
dictionary's name tags (pymorphy3 for Russian and Ukrainian), capitals and length."""
from __future__ import annotations

from generator.annotate.recognise.tokens import is_acronym
from generator.lang.baseform import dictionary_type
from generator.lang.namewords import type_word

_ORDER = ("organisation", "event", "project", "place")  # an organisation's name may hold a place word


def kind_of(surface: str, lang: str) -> str:
    """person, organisation, place, event or project: the type the name's own words make likeliest."""
    words = surface.split()
    marked = {type_word(w, lang) for w in words} - {""}
    for kind in _ORDER:
        if kind in marked:
            return kind
    tagged = dictionary_type(surface, lang)
    if tagged:
        return tagged
    if len(words) == 1 and is_acronym(words[0]):
        return "organisation"  # most acronyms in news name organisations (NATO, МИД); gazetteers know places
    if len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2:
        return "person"  # two or more capitalised words with no head word: most often a person's name
    return "place"  # a single capitalised word with no other sign: most often a place in news
