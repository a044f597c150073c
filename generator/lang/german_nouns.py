"""German nouns from the German Wiktionary (package german-nouns, its CSV inside the wheel, CC BY-SA 4.0).

German capitalises every noun, so a capital says nothing there. The Wiktionary lists about 100,000
nouns with every case form, and tells common nouns (part of speech "Substantiv") from proper ones
(Toponym, Vorname, Nachname, Eigenname). A capitalised word that is only ever a common noun is no
name; one that is only ever a proper noun is a name wherever it stands ("die Schweiz", "im
royalen Stockholm"); a word that is both ("Polen": Poles and Poland, "Schwarz") is left to the
other rules. Compounds are right-headed (Duden, word formation): "Mindestsumme" is a "Summe".

The index (lower-case form -> classes) is built once from the package's files (~2 s) and kept in
the user's cache folder, like the gazetteer's.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from generator.lang.datacache import cache_folder, load_or_build


COMMON, ADJECTIVAL, PLACE, GIVEN, SURNAME, PROPER = 1, 2, 4, 8, 16, 32
NAMED = PLACE | GIVEN | SURNAME | PROPER
_CLASSES = {"Toponym": PLACE, "Vorname": GIVEN, "Nachname": SURNAME, "Eigenname": PROPER,
            "adjektivische Deklination": ADJECTIVAL}
# Endings of German place names and surnames (onomastics: -burg, -dorf, -mann...): a word ending so is
# no compound of the common noun it ends with ("Hofmann" is no "Mann", "Falkenhain" no "Hain").
_NAME_ENDINGS = ("mann", "burg", "berg", "dorf", "hausen", "heim", "stadt", "feld", "bach", "stein", "hain",
                 "thal", "tal", "ingen", "rode", "hagen", "furt", "horst", "wald", "brück", "brücken", "hof",
                 "holm", "mund", "land", "au", "see", "ried", "kirchen", "leben", "stedt", "schmidt", "meier",
                 "meyer", "müller", "bauer", "koch", "berger", "mayer", "macher")
_MIN_HEAD = 4  # letters of the shortest common noun taken for a compound's head
_MIN_FIRST = 3  # letters of the shortest first part of a compound


@lru_cache(maxsize=None)
def _index() -> dict[str, int]:
    """Lower-case noun forms -> their classes (bit flags), from the cache or built from the package."""
    return load_or_build(_cache_path(), _build)


def _build() -> dict[str, int]:
    """The index from the package's files: nouns.csv (lemma, part of speech) and index.txt (form -> rows)."""
    try:
        folder = resources.files("german_nouns")
    except ModuleNotFoundError:  # pragma: no cover - a pinned dependency
        return {}
    classes = []
    with (folder / "nouns.csv").open(encoding="utf-8") as file:
        next(file)
        for line in file:
            rest = line.split(",", 1)[1]
            parts = rest[1:rest.index('"', 1)] if rest.startswith('"') else rest[:rest.index(",")]
            flags = 0
            for part in parts.split(","):
                flags |= _CLASSES.get(part, 0)
            classes.append(flags if flags & (NAMED | ADJECTIVAL) else flags | COMMON)
    index: dict[str, int] = {}
    with (folder / "index.txt").open(encoding="utf-8") as file:
        for line in file:
            form, *rows = line.rstrip("\n").split("\t")
            flags = 0
            for row in rows:
                if row and int(row) < len(classes):
                    flags |= classes[int(row)]
            if flags and len(form) > 1:
                index[form] = flags
    return index


def _cache_path() -> Path:
    """The cache file, named by the package's version and this module's size (a change rebuilds it)."""
    try:
        version = metadata.version("german-nouns")
    except metadata.PackageNotFoundError:  # pragma: no cover
        version = "none"
    return cache_folder() / f"german-nouns-{version}-{os.path.getsize(__file__)}.pickle"


def preload() -> None:
    """Load the index now (before worker processes fork, so they share it)."""
    _index()


def classes(word: str) -> int:
    """The classes (bit flags) the Wiktionary gives a word form, 0 if it lists no noun so written.

    Names are listed without case forms: a genitive in -s of a listed name is that name ("Arabiens").
    """
    folded = word.lower()  # the package indexes its forms by str.lower (ß stays ß)
    index = _index()
    flags = index.get(folded, 0)
    if not flags and folded.endswith("s") and len(folded) > 4:
        flags = index.get(folded[:-1], 0) & NAMED
    return flags


@lru_cache(maxsize=65536)
def is_common_noun(word: str) -> bool:
    """Whether a word is only ever a common noun (or a compound of one), never a proper noun."""
    flags = classes(word)
    if flags:
        return not flags & NAMED
    return _compound_of_common(word)


def proper_kind(word: str) -> str:
    """place or person when the Wiktionary lists the word only as a place or a person's name; else ""."""
    flags = classes(word)
    if not flags or flags & (COMMON | ADJECTIVAL):
        return ""
    if flags & PLACE and not flags & (GIVEN | SURNAME):
        return "place"
    if flags & (GIVEN | SURNAME) and not flags & PLACE:
        return "person"
    return ""


def is_proper_only(word: str) -> bool:
    """Whether the Wiktionary lists the word as a proper noun and never as a common one."""
    flags = classes(word)
    return bool(flags & NAMED) and not flags & (COMMON | ADJECTIVAL)


def _compound_of_common(word: str) -> bool:
    """Whether an unlisted word ends with a listed common noun after a first part ("Mindestsumme")."""
    return not word.isupper() and not word.casefold().endswith(_NAME_ENDINGS) and is_compound(word)


@lru_cache(maxsize=65536)
def is_compound(word: str) -> bool:
    """Whether a word is a first part of 3 letters or more and a listed common noun of 4 or more ("Chemiekonzern")."""
    folded = word.lower()  # the package indexes its forms by str.lower (ß stays ß)
    if not folded.isalpha():
        return False
    index = _index()
    for cut in range(_MIN_FIRST, len(folded) - _MIN_HEAD + 1):
        first, head = folded[:cut], folded[cut:]
        # A short head needs a listed first part (with or without a linking -s, -n, -e): "Ringarzt",
        # not "Shenyang" ("Yang" is listed, "Shen" is not).
        if index.get(head, 0) & COMMON and (len(head) > _MIN_HEAD or first in index or first[:-1] in index):
            return True
    return False
