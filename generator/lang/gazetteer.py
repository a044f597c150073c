"""Gazetteer: names of countries, regions and cities in many languages and scripts, with shared ids.

The API (used by recognition and by joining):

- ``lookup(name, lang) -> Entry | None``: the entry a whole name (a base form) stands for;
- ``find_names(text, lang) -> [(start, end, Entry)]``: gazetteer names inside a text, for scripts
  without capitals (Arabic, Thai, Hebrew, ...), with the boundary rules of generator/lang/boundaries.py;
- ``entry(id) -> Entry | None`` and ``preload()`` (load before worker processes fork, so they share it).

A name that resolves to one id in two languages is one entity: that id is the join. All data ships
inside wheels (nothing is downloaded); each source is loaded on first use and kept for the process.
The sources and what they give are in generator/lang/gazetteer_data.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from generator.lang.boundaries import is_name_boundary, thai_cluster_boundaries
from generator.lang.fold import fold, fold_form
from generator.lang.scripts import script_of

# Scripts without capital letters: in them only a gazetteer (or a cue) tells a name from a word.
CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "COPTIC", "GLAGOLITIC"})


@dataclass(frozen=True)
class Entry:
    """One gazetteer entity: shared id, type, names by language, coordinates when the data has them."""

    id: str  # "cldr:DE", "iso3166-2:CN-LN", "geonames:2034937"
    type: str  # "place" or "organisation" (the registry's types)
    names: tuple[tuple[str, str], ...]  # (lang, name) where the data says the language; sorted
    latitude: float | None = None
    longitude: float | None = None

    def name(self, lang: str = "en") -> str:
        """The entry's name in a language, else in English, else its first name."""
        by_lang = dict(self.names)
        return by_lang.get(lang) or by_lang.get("en") or self.names[0][1]


@lru_cache(maxsize=1)
def _index():
    """The folded-name index of every source (loaded once per process)."""
    from generator.lang.gazetteer_data import build_index

    return build_index()


def preload() -> None:
    """Load the gazetteer now (in the parent, so that forked workers share it)."""
    _index()


def entry(entry_id: str) -> Entry | None:
    """The entry with this id, or None."""
    return _index().entries.get(entry_id)


def lookup(name: str, lang: str) -> Entry | None:
    """The entry a whole name stands for in a language (folded comparison), or None.

    A form the data gives for this language wins over one given for another; among the rest the
    most important source wins (countries, then regions, then the most populous city).
    """
    key = fold_form(name)
    if not key:
        return None
    return _index().resolve(key, lang)


def find_names(text: str, lang: str) -> list[tuple[int, int, Entry]]:
    """Gazetteer names in the text as (start, end, entry), longest first where they overlap, in text order.

    Only names in scripts without capitals are looked for (in cased scripts capitals find names);
    each match must stand as a whole word by the rules of its script (Arabic clitics may precede it,
    Thai names start and end at character-cluster boundaries).
    """
    folded = fold(text)
    index = _index()
    found: list[tuple[int, int, Entry]] = []
    thai = thai_cluster_boundaries(folded.text)
    for script in sorted({script_of(c) for c in folded.text} - {None} - CASED_SCRIPTS):
        for start, end, key in index.matches(folded.text, script):
            if is_name_boundary(folded.text, start, end, thai):
                hit = index.resolve(key, lang)
                if hit is not None:
                    found.append((*folded.span(start, end), hit))
    kept: list[tuple[int, int, Entry]] = []
    for start, end, hit in sorted(found, key=lambda f: (f[0], -f[1], f[2].id)):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, hit))
    return kept
