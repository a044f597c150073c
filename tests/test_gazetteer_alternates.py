"""GeoNames' untagged alternate names: kept where they are a city's name, dropped or outranked where the data
says they are a word, a person's name, a fragment of the name, or another place's own name.

Invented places (Velkograd, Marenland...) in a gazetteer built for the test; real data only for clearly generic
cases (exonyms of capitals, a dictator's name)."""
from __future__ import annotations

import pytest

from generator.lang import gazetteer_data
from generator.lang.gazetteer import lookup
from generator.lang.gazetteer_alternates import fragment, word_first
from generator.lang.gazetteer_data import CITY, SUBDIVISION, TOWN, _TRANSLATED, _Builder

SMALL, MAJOR = 50_000, 2_000_000


# (alternate, the city's own name, population, dropped?)
WORD_FIRST = [
    ("Gurke", "Velkograd", SMALL, True),  # a German common noun (Wiktionary), no foreign name of a town
    ("Peter", "Velkograd", SMALL, True),  # a given name
    ("Schmidt", "Velkograd", SMALL, True),  # a surname
    ("Under", "Velkograd", SMALL, True),  # a function word (stopwordsiso)
    ("كان", "Velkograd", SMALL, True),  # Arabic "was": a function word in an uncased script too
    ("Gurke", "Velkograd", MAJOR, False),  # a city of millions is in the news under its foreign names
    ("Venedig", "Velkograd", SMALL, False),  # the Wiktionary lists it as a place
    ("Welkograd", "Velkograd", SMALL, False),  # a spelling no dictionary knows: a name
    ("Tisch", "Tisch", SMALL, False),  # a town named like a word keeps its own name
    ("Velkograd", "Velkográd", SMALL, False),  # its own name without the accent
]


@pytest.mark.parametrize("alternate, primary, population, dropped", WORD_FIRST)
def test_an_alternate_that_is_a_word_or_a_persons_name_first_is_dropped(alternate, primary, population, dropped):
    assert word_first(alternate, primary, population) is dropped


FRAGMENTS = [
    ("Velkograd", "Nova Velkograd", SMALL, True),  # the name without its first word: another name
    ("Velkograd", "Nova-Velkograd", SMALL, True),
    ("Velkograd", "Nova Velkograd", MAJOR, False),  # written so in the news for a large city
    ("Nova", "Nova Velkograd", SMALL, False),  # its first word: the head of the name (as in "Frankfurt")
    ("Velkograd", "Hanse- und Bischofsstadt Velkograd", SMALL, False),  # an official title's last word
    ("Nova Velkograd", "Nova Velkograd", SMALL, False),
]


@pytest.mark.parametrize("alternate, primary, population, dropped", FRAGMENTS)
def test_an_alternate_that_is_the_name_without_its_first_word_is_dropped(alternate, primary, population, dropped):
    assert fragment(alternate, primary, population) is dropped


def _tiny_gazetteer():
    """Velkograd (400,000, country QX) and Megapolis (2 million, QX) with alternates; a town, regions."""
    builder = _Builder()

    def city(entry_id, name, population, country, alternates):
        rank = (CITY if population >= 100_000 else TOWN, -population)
        builder.add("geonames", entry_id, "place", name, "en", rank)
        builder.countries[entry_id] = country
        for alternate in alternates:
            builder.add("geonames", entry_id, "place", alternate, "", rank)

    city("geonames:1", "Velkograd", 400_000, "QX", ["Velkograd", "Welkograd", "Velki", "Marenland", "Dorna", "Kalm"])
    city("geonames:2", "Velki", 20_000, "QY", ["Velki"])
    city("geonames:3", "Megapolis", 2_000_000, "QX", ["Sorn"])
    city("geonames:4", "Sorn", 30_000, "QZ", [])
    city("geonames:5", "Brelna", 40_000, "QX", ["Brelna", "Brelnia"])
    builder.add("pycountry", "iso3166-2:QX-MA", "place", "Marenland", "", (SUBDIVISION, 0))  # the city's own region
    builder.add("pycountry", "iso3166-2:QZ-DO", "place", "Dorna", "", (SUBDIVISION, 0))  # a region abroad
    builder.add("pycountry", "iso3166-2:QZ-KA", "place", "Kalm", "de", (SUBDIVISION, _TRANSLATED))
    return builder.index()


# (folded form, the entry it resolves to)
RESOLVED = [
    ("welkograd", "geonames:1"),  # an alternate no other entry bears: the city
    ("velkograd", "geonames:1"),
    ("velki", "geonames:2"),  # a town's own name beats a larger city's alternate
    ("marenland", "geonames:1"),  # a region of the city's own country named like it keeps the city
    ("dorna", "iso3166-2:QZ-DO"),  # a region abroad bearing it as its ISO name takes it
    ("sorn", "geonames:3"),  # a city of millions keeps its foreign names against a small town's own
    ("kalm", "geonames:1"),  # a region's translated name is no stronger than an alternate: the tiers decide
]


@pytest.mark.parametrize("key, expected", RESOLVED)
def test_an_alternate_gives_way_to_another_places_own_name(key, expected):
    assert _tiny_gazetteer().resolve(key, "en").id == expected


@pytest.mark.parametrize("key, guessed, expected", [
    ("brelnia", False, "geonames:5"),  # written so: the town's alternate is the town
    ("brelnia", True, None),  # a nominative guessed from a case form: a small town's alternate is no evidence
    ("brelna", True, "geonames:5"),  # the town's own name is
    ("welkograd", True, "geonames:1"),  # so is a large city's alternate
])
def test_guessed_forms_do_not_join_small_towns_by_their_alternates(key, guessed, expected):
    found = _tiny_gazetteer().resolve(key, "pl", guessed)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize("name, lang, expected", [
    ("Lissabon", "de", "geonames:2267057"),  # exonyms (Lisbon) still join, as GeoNames lists them
    ("Lisbonne", "fr", "geonames:2267057"),
    ("Stalin", "en", None),  # a person's name GeoNames lists as a former name of a city
    ("Humus", "de", None),  # a common noun GeoNames lists as one language's name of a city
])
def test_real_alternates(name, lang, expected):
    found = lookup(name, lang)
    assert (found.id if found else None) == expected


def test_the_cache_file_changes_with_the_dictionaries_the_rules_read(monkeypatch):
    """The built index depends on the word lists too: another version of them builds it again."""
    import importlib.metadata

    before = gazetteer_data._cache_path()
    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda package: "0.0.0" if package in ("german-nouns", "stopwordsiso") else real(package))
    assert gazetteer_data._cache_path() != before


def _inflecting_gazetteer():
    """Cities whose case forms are looked up: Borian, Marta, Velkograd; the town Brelna with an alternate."""
    builder = _Builder()
    for entry_id, name, population, alternates in [("geonames:10", "Borian", 300_000, ["Borian"]),
                                                   ("geonames:11", "Marta", 300_000, ["Marta"]),
                                                   ("geonames:12", "Velkograd", 300_000, []),
                                                   ("geonames:13", "Brelna", 40_000, ["Brelnia"])]:
        rank = (CITY if population >= 100_000 else TOWN, -population)
        builder.add("geonames", entry_id, "place", name, "en", rank)
        for alternate in [name, *alternates]:
            builder.add("geonames", entry_id, "place", alternate, "", rank)
    return builder.index()


# (a case form in Polish, the city it is a form of)
INFLECTED = [
    ("Marty", "geonames:11"),  # Marta: the nominative's vowel replaced by the case ending
    ("Velkogradu", "geonames:12"),  # Velkograd: a consonant stem with its ending added
    ("Borina", None),  # "Bori" + "an" is no nominative of it: a consonant after a four-letter stem
    ("Brelnii", None),  # only a small town's alternate fits
]


@pytest.mark.parametrize("name, expected", INFLECTED)
def test_case_forms_join_cities_by_their_stems_and_nominative_endings(monkeypatch, name, expected):
    from generator.lang import gazetteer

    monkeypatch.setattr(gazetteer, "_index", _inflecting_gazetteer)
    found = gazetteer.lookup_inflected(name, "pl")
    assert (found.id if found else None) == expected
