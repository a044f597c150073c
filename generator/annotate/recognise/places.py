"""Gazetteer lookups of names as written in cased scripts, through their nominative forms."""
from __future__ import annotations

from generator.lang import gazetteer
from generator.lang.baseform import nominative_candidates


def gazetteer_entry(surface: str, base: str, lang: str):
    """The gazetteer entry of a name as written, in its base form, or (one or two words) in a nominative form."""
    entry = gazetteer.lookup(base, lang) or (gazetteer.lookup(surface, lang) if base != surface else None)
    words = surface.split()
    if entry is not None or len(words) > 2 or not words:
        return entry
    for last in nominative_candidates(words[-1], lang)[1:] if len(words) == 1 else nominative_candidates(words[-1], lang):
        for first in nominative_candidates(words[0], lang)[:12] if len(words) == 2 else [""]:
            entry = gazetteer.lookup(f"{first} {last}".strip(), lang, guessed=True)
            if entry is not None:
                return entry
    return None


def is_place_word(word: str, lang: str) -> bool:
    """Whether one capitalised word is a place the gazetteer knows (in any case form)."""
    entry = gazetteer_entry(word, word, lang)
    return entry is not None and entry.type == "place"
