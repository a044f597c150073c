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

import unicodedata
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


def is_loaded() -> bool:
    """Whether this process has loaded the index."""
    return _index.cache_info().currsize > 0


def unload() -> None:
    """Let the index go (a later question loads it again)."""
    _index.cache_clear()


def entry(entry_id: str) -> Entry | None:
    """The entry with this id, or None."""
    return _index().entries.get(entry_id)


def lookup(name: str, lang: str, guessed: bool = False) -> Entry | None:
    """The entry a whole name stands for in a language (folded comparison), or None.

    A form the data gives for this language wins over one given for another; among the rest the
    most important source wins (countries, then regions, then the most populous city). A guessed
    name (a nominative made from a case form) does not stand for a town by an alternate name only.
    """
    key = fold_form(name)
    if not key:
        return None
    return _index().resolve(key, lang, guessed)


# Languages that inflect names by case (Slavic, Baltic, Finnic, Hungarian, Greek): Polsce, Szwecji, Швеції
# are Polska, Szwecja, Швеція. Their case endings are at most three letters long.
INFLECTING = frozenset("cs sk pl ru uk be sl hr sr bs lt lv fi et hu el".split())
_MAX_ENDING = 3
_MIN_STEM = 4


def lookup_inflected(name: str, lang: str) -> Entry | None:
    """The entry of a name in a case form: lookup() first, else the one entry whose form in this language
    (or in no stated language) has the name's words' stems and endings of at most three letters."""
    found = lookup(name, lang)
    if found is not None or lang.split("-")[0] not in INFLECTING:
        return found
    words = fold_form(name).replace("-", " ").split()
    if not words or any(len(w) <= _MIN_STEM for w in words):
        return None
    index = _index()
    from generator.lang.gazetteer_data import COUNTRY, town_alternate

    for cut in range(1, _MAX_ENDING + 1):
        stems = [w[:max(_MIN_STEM, len(w) - cut)] for w in words]
        fitting = [(option, index.forms[form], form) for form in index.forms_starting(stems[0])
                   if _inflects(form.split(), stems, words)
                   for option in index.forms[form] if option[1] in ("", lang.split("-")[0])]
        if fitting:
            # The longest stem that fits decides; a town's alternate there is no evidence (town_alternate), nor
            # a city's or region's name whose ending is no nominative's (_nominative_ending), and a shorter stem
            # would only fit more words by chance.
            options = {(option[2], option[0]) for option, all_options, form in fitting
                       if not town_alternate(option, all_options)
                       and (option[2] == COUNTRY or _nominative_ending(form.split(), stems))}
            if not options:
                return None
            best = min(tier for tier, _ in options)
            ids = {entry_id for tier, entry_id in options if tier == best}
            # Two places of the same rank fit: the form decides nothing.
            return index.entries[ids.pop()] if len(ids) == 1 else None
    return None


def _inflects(form_words: list[str], stems: list[str], words: list[str]) -> bool:
    """Whether each word of a form is its stem with an ending of at most three letters, no longer than
    the word itself: a case ending adds to the nominative (Ivanov is no case of Ivanovo)."""
    return len(form_words) == len(stems) and all(
        f.startswith(s) and len(f) - len(s) <= _MAX_ENDING and len(f) <= len(w)
        for f, s, w in zip(form_words, stems, words))


# The endings of nominatives that case endings replace: vowels, j and the soft sign (Praga/Pragi, Рязань/Рязани,
# Moskwa/Moskwie), and the -s of Baltic and Greek nominatives (Vilnius/Vilniuje). Among some 350,000 city forms
# a stem of four letters, the shortest taken, followed by a consonant is another word's ("Borian" is no
# nominative of "Borina", "Брент" of "Бреннер"); a longer stem may end in a consonant that alternates
# (Erfurt/Erfurcie), and countries, which are few, keep their alternations at any length (Polska/Polsce).
_NOMINATIVE_LETTERS = frozenset("aeiouyjаеёиоуыэюяіїєйьαεηιουως")


def _nominative_ending(form_words: list[str], stems: list[str]) -> bool:
    """Whether each word of a form ends after a stem of four letters in a nominative's ending (vowels, j, the
    soft sign, a final s), or has a longer stem."""
    for form, stem in zip(form_words, stems):
        if len(stem) > _MIN_STEM:
            continue
        ending = unicodedata.normalize("NFD", form[len(stem):])
        ending = "".join(c for c in ending if not unicodedata.combining(c))
        if ending.endswith("s"):
            ending = ending[:-1]
        if any(c not in _NOMINATIVE_LETTERS for c in ending):
            return False
    return True


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


def is_country_acronym(word: str, lang: str) -> bool:
    """Whether a word in capitals is a country's acronym in a language (США, САЩ, ZDA, UAE)."""
    return word.casefold() in _country_acronyms(lang.split("-")[0])


@lru_cache(maxsize=32)
def _country_acronyms(lang: str) -> frozenset[str]:
    """The initials of countries' ISO 3166-1 names as pycountry translates them into a language ("Сполучені Штати
    Америки" -> сша), case-folded. Kept only where CLDR's everyday name has two or more words, all of them in that
    name, the first one too: then the acronym abbreviates the everyday name (the United States), not a title
    ("Republic of Sierra Leone", "Kingdom of ..." are no names in use by their initials). Function words (short, lower case) have no initial; three or more
    initials, in cased scripts only (an initial of a word is a letter of an acronym only there)."""
    import gettext

    import pycountry
    from babel import Locale, UnknownLocaleError

    try:
        everyday = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return frozenset()
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    acronyms = set()
    for country in pycountry.countries:
        short = everyday.get(country.alpha_2, "").casefold().split()
        for attribute in ("name", "official_name"):
            name = getattr(country, attribute, None)
            words = [w for w in translation.gettext(name).replace("’", " ").replace("'", " ").split()
                     if not (w.islower() and len(w) <= 3)] if name else []
            if (len(short) >= 2 and set(short) <= {w.casefold() for w in words} and len(words) >= 3
                    and words[0].casefold() in short
                    and all(script_of(w[0]) in CASED_SCRIPTS for w in words)):
                acronyms.add("".join(w[0] for w in words).casefold())
    return frozenset(acronyms)
