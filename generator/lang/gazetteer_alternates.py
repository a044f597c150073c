"""Which of GeoNames' alternate names of a city the gazetteer keeps, and where they give way.

GeoNames lists a city's names in hundreds of languages, historic names, nicknames and codes, and
says in no language which one is which (the cities15000 file carries no language). One language's
form of a city is often another language's word or name: a Lithuanian nominative, a translated
meaning, a given name. Such a form would join a party, a company or a person to a city. The rules
here keep the exonyms the news writes (Lissabon, Lisbonne, Kolonia) and drop a form when the
data says it is something else first.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

from generator.lang.scripts import script_of

# A city of a million people or more is in the news under its foreign names, even those that are words
# too; a smaller city's alternate that is a word or a person's name is that word first.
MAJOR_POPULATION = 1_000_000


def word_first(alternate: str, primary: str, population: int) -> bool:
    """Whether a city's alternate name is a word or a name of something else first, not this city's name.

    A function word of any language (stopwordsiso: بن "son of", كان "was", "area") is that word in its
    language's text before it is another language's name of a town.

    The German Wiktionary (package german-nouns) lists nouns and proper names of many languages (given
    names, surnames, peoples, languages, firms) and marks the place names among them (Toponym): a form
    it lists, but not as a place, names that thing in the press of every Latin-script language, not a
    city of under a million people that GeoNames also calls so (a Lithuanian form, a nickname).
    The city's own name is never dropped (a town named like a word is still that town).
    """
    if population >= MAJOR_POPULATION or _plain(alternate) == _plain(primary):
        return False  # a city of millions; or the city's own name, also without accents (Malmo, Malmö)
    if _plain(alternate) in _function_words():
        return True
    if script_of(alternate[:1]) != "LATIN":
        return False
    from generator.lang import german_nouns

    classes = german_nouns.classes(alternate)
    return bool(classes) and not classes & german_nouns.PLACE


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The function words of every language stopwordsiso lists, case-folded without accents."""
    import stopwordsiso

    return frozenset(_plain(word) for lang in sorted(stopwordsiso.langs()) for word in stopwordsiso.stopwords(lang))


def fragment(alternate: str, primary: str, population: int) -> bool:
    """Whether a city's alternate is its name without its first word ("Velkograd" of "Nova Velkograd"): the
    rest of such a name (after "New", "Saint", an article) is most often another place's or a person's
    name. A city of a million people or more is written so in the news; a long official title's last
    word is the town's everyday name ("Hanse- und Bischofsstadt Velkograd")."""
    words, rest = _plain(primary).replace("-", " ").split(), _plain(alternate).replace("-", " ").split()
    return population < MAJOR_POPULATION and len(rest) == len(words) - 1 > 0 and words[1:] == rest


Option = tuple[tuple, str, str]  # (rank, entry id, language) of one form, as the index builder collects them


def without_borrowed(options: list[Option], countries: dict[str, str], borrowed: Callable[[tuple, str], bool],
                     iso_named: Callable[[tuple, str], bool]) -> list[Option]:
    """One form's options without the cities that hold it only as an untagged alternate when another entry
    is named so in its own right (a town's own name, a country's, a region's ISO 3166-2 name).

    `borrowed(rank, lang)` tells a form the source gives as an alternate or a translation from one given as
    the entry's name; `iso_named(rank, lang)` a region's own ISO 3166-2 name. An untagged alternate may be
    any language's form, and where it coincides with another place's own name, that place is the likelier
    meaning (a region abroad, not a city that one language calls alike). A region of the city's own
    country named like it keeps the city (the city-state, the province named after its capital), and so
    does a city of a million people or more (its foreign names are in the news, a town of that name is
    not), unless a region of another country bears the form as its ISO name itself. GeoNames ranks are
    (tier, -population).
    """
    owners = {entry_id for rank, entry_id, lang in options if not borrowed(rank, lang)}
    if not owners:
        return options
    regions = {_region_country(entry_id) for entry_id in owners} - {""}
    iso_countries = {_region_country(entry_id) for rank, entry_id, lang in options if iso_named(rank, lang)}
    return [(rank, entry_id, lang) for rank, entry_id, lang in options
            if entry_id in owners or not borrowed(rank, lang) or countries.get(entry_id) in regions
            or (entry_id in countries and -rank[1] >= MAJOR_POPULATION and not iso_countries - {countries[entry_id]})]


def _plain(text: str) -> str:
    """A name case-folded without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def _region_country(entry_id: str) -> str:
    """The country code of a CLDR or ISO 3166-2 id ("cldr:AT", "iso3166-2:AT-9" -> "AT"), else ""."""
    source, _, code = entry_id.partition(":")
    if source == "cldr":
        return code
    return code.split("-")[0] if source == "iso3166-2" else ""
