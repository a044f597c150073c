"""Types of candidate names from their own words: numbered products, head words last, foreign head words."""
from __future__ import annotations

import pytest

from generator.annotate.recognise.types import kind_of
from generator.lang.namewords import type_word


@pytest.mark.parametrize("surface,lang,expected", [
    ("Boeing 737", "en", "project"),  # a model number
    ("Boeing 737", "uk", "project"),
    ("CFM56-7B", "sl", "project"),  # letters and figures in one word: a design
    ("FR1234", "pl", "project"),  # a flight number
    ("Airbus A320", "de", "project"),
    ("G20", "en", "organisation"),  # one letter and a number: a group of states, no model
    ("1. FC Nürnberg", "de", "organisation"),  # a head word outranks the figure
    ("Nord Stream 2", "ru", "project"),
], ids=["model-en", "model-uk", "engine-sl", "flight-pl", "airbus-de", "group-of-states", "club-head", "pipeline"])
def test_numbered_names_are_products(surface, lang, expected):
    """A name that holds a number and no head word is a product, a model or a flight."""
    assert kind_of(surface, lang) == expected


@pytest.mark.parametrize("surface,lang,expected", [
    ("Heathrow International Airport", "en", "place"),  # the last word is the head in English
    ("Cannes Film Festival", "en", "event"),
    ("Amnesty International", "en", "organisation"),
    ("Amnesty International", "uk", "organisation"),  # English heads count in every language
    ("Bank of England", "en", "organisation"),  # no head last: the first type word
], ids=["airport-last", "festival-last", "international", "international-uk", "bank-of"])
def test_english_and_german_names_end_with_their_head(surface, lang, expected):
    """Germanic names put their head last: it decides over a type word before it."""
    assert kind_of(surface, lang) == expected


@pytest.mark.parametrize("word,lang,expected", [
    ("Vereinigung", "cs", "organisation"),  # a German head in a Czech text
    ("Stiftung", "pl", "organisation"),
    ("Ministerium", "sl", "organisation"),
    ("See", "pl", ""),  # short foreign words are too often other things (a surname, a word)
    ("Rat", "cs", ""),
    ("Cockpit", "cs", ""),
], ids=["vereinigung", "stiftung", "ministerium", "short-see", "short-rat", "no-head"])
def test_foreign_head_words(word, lang, expected):
    """A long head word of another language's list marks the name in any text (names keep their language)."""
    assert type_word(word, lang) == expected


# Invented places and companies: the rule reads the preposition, not the word.
@pytest.mark.parametrize("surface,lang,before,expected", [
    ("Wendelsau", "de", "in", "place"),
    ("Kleinhohenfeld", "de", "nach", "place"),
    ("Zabłociewie", "pl", "w", "place"),
    ("Lipnikovju", "sl", "v", "place"),
    ("Карабаде", "ru", "в", "place"),
    ("Карабаді", "uk", "у", "place"),
    ("Tarvington", "en", "in", "place"),
    ("Skyvarem", "pl", "z", "organisation"),  # "z" is also "with": no cue
    ("Skyvaro", "en", "from", "organisation"),  # "from" also names a source: no cue
    ("Skyvaro", "en", "", "organisation"),  # no word before: the default
    ("NATO", "de", "in", "organisation"),  # an acronym keeps its own rule
    ("Jens Rigg", "en", "in", "person"),  # only a single unknown word takes the cue
], ids=["de-in", "de-nach", "pl-w", "sl-v", "ru-v", "uk-u", "en-in", "pl-z", "en-from", "none", "acronym", "two-words"])
def test_a_preposition_of_place_makes_an_unknown_word_a_place(surface, lang, before, expected):
    """A single unknown word after a preposition of place or direction is a place, not the default organisation."""
    assert kind_of(surface, lang, before) == expected


@pytest.mark.parametrize("surface,lang,expected", [
    ("KWB Nordtank", "de", "organisation"),  # an acronym first
    ("Fraunhofer FIT", "de", "organisation"),  # an acronym last
    ("holenderski MSZ", "pl", "organisation"),
    ("George W. Bush", "en", "person"),  # an initial is one letter: no acronym
    ("Anna Nowak", "pl", "person"),
], ids=["acronym-first", "acronym-last", "acronym-pl", "initial", "no-acronym"])
def test_an_acronym_inside_a_name_makes_an_organisation(surface, lang, expected):
    """Companies and bodies hold acronyms in their names; people hold initials of one letter."""
    assert kind_of(surface, lang) == expected


@pytest.mark.parametrize("surface,lang,expected", [
    ("США", "uk", "place"),  # Сполучені Штати Америки: pycountry's name, CLDR's everyday words
    ("САЩ", "bg", "place"),  # Съединени американски щати: lower-case words have initials too
    ("ZDA", "sl", "place"),  # Združene države Amerike
    ("UAE", "en", "place"),  # United Arab Emirates
    ("NATO", "uk", "organisation"),  # no country's initials
    ("IRA", "en", "organisation"),  # Islamic Republic of Afghanistan: a title's initials, not the everyday name's
    ("KSA", "en", "organisation"),  # Kingdom of Saudi Arabia: the same
], ids=["uk-usa", "bg-usa", "sl-usa", "en-uae", "uk-nato", "en-title", "en-kingdom"])
def test_a_countrys_acronym_is_a_place(surface, lang, expected):
    """An acronym of a country's everyday name in the language is that country, any other a body."""
    assert kind_of(surface, lang) == expected


def test_an_acronym_run_into_a_persons_name_leaves_the_person():
    """An acronym before two capitalised words is a body's name run into a person's: the words stay a person's."""
    assert kind_of("ACS Anna Nowak", "pl") == "person"


@pytest.mark.parametrize("surface,lang,expected", [
    ("Tim", "bg", "person"),  # a listed given name alone
    ("Тим", "bg", "person"),  # through its Latin transliteration
    ("Mohammeda", "cs", "person"),  # through its nominative
    ("Ali", "pl", "person"),
    ("Bayer", "de", "organisation"),  # a surname and a common noun: no sign of a person alone
    ("Skyvaro", "pl", "organisation"),  # not listed: the default
], ids=["given", "given-cyrillic", "given-genitive", "given-pl", "surname-and-noun", "unlisted"])
def test_a_listed_given_name_alone_is_a_person(surface, lang, expected):
    """A word that the Wiktionary lists only as a given name is a person's name on its own."""
    assert kind_of(surface, lang) == expected


@pytest.mark.parametrize("word,before,expected", [
    ("Wendlinger", "", "person"),  # a sentence's or clause's first word: a bare subject
    ("Wendlinger", "sagt", "person"),  # after a verb in the 3rd person singular (inverted order)
    ("Wendlinger", "stützte", "person"),  # a weak past form ends like an adjective: still a verb
    ("Wendlinger", "musste", "person"),  # a modal verb
    ("Wendlinger", "sich", "person"),  # after a reflexive pronoun
    ("Wendlinger", "die", "organisation"),  # an article: a company or body ("die Telekom")
    ("Wendlinger", "für", "organisation"),  # after a preposition the name is an object of any kind
    ("Wendlinger", "und", "organisation"),  # a list's member: no sign
    ("Wendlinger", "neuen", "organisation"),  # after an inflected adjective
    ("Wendlinger", "aus", "place"),  # towns take no article after a preposition of origin
    ("Wendlinger", "aargauischen", "place"),  # a region's adjective before a town
    ("Wendlinger", "Konzern", "organisation"),  # a capitalised noun in apposition: no sign
], ids=["start", "verb", "past-verb", "modal", "pronoun", "article", "preposition", "list", "adjective",
        "origin", "region-adjective", "apposition"])
def test_a_lone_german_name_without_article_is_a_person(word, before, expected):
    """German names people (and towns) without an article: a bare unknown word as subject is a person."""
    assert kind_of(word, "de", before) == expected


def test_a_lone_name_without_article_is_a_person_in_german_only():
    """English names companies without an article too ("Wendlinger said"): the rule is German."""
    assert kind_of("Wendlinger", "en", "") == "organisation"


def test_a_lone_german_name_without_its_context_keeps_the_default():
    """Without the word before (None: unknown, not a sentence's start) no position speaks for a person."""
    assert kind_of("Wendlinger", "de") == "organisation"


# Invented regions: the rule reads the compass word or the demonym, not the place.
@pytest.mark.parametrize("surface,lang,expected", [
    ("Middle Ruritania", "en", "person"),  # no compass word: two capitalised words stay a person's
    ("North Ruritania", "en", "place"),  # a compass point first
    ("Ruritania West", "en", "place"),  # or last
    ("Southern Ruritanian Convention", "en", "organisation"),  # three words: the head word decides
    ("South African", "en", "organisation"),  # a demonym itself, no region (bare demonyms are no entities)
    ("Iranian Kurdistan", "en", "place"),  # a people's adjective before a region the gazetteer knows
    ("Russian Duma", "en", "person"),  # a town's name (Duma, Syria) is no region: no sign
], ids=["no-compass", "compass-first", "compass-last", "three-words", "demonym", "demonym-region",
        "demonym-town"])
def test_english_regions_by_their_words(surface, lang, expected):
    """A compass point in a two-word English name, or a demonym before a known region, makes a place."""
    assert kind_of(surface, lang) == expected


def test_english_compass_words_make_no_region_in_german():
    """The compass words are English: in German text they say nothing of the type."""
    assert kind_of("North Ruritania", "de") != "place"


@pytest.mark.parametrize("surface,lang", [
    ("Zorbek & Partner", "de"), ("Zorbek & de Vries", "de"), ("Zorbek & Lumm", "en"), ("Зорбек & Лумм", "ru"),
], ids=["partner-de", "particle-de", "en", "ru"])
def test_an_ampersand_between_names_makes_a_firm(surface, lang):
    """Partners joined by an ampersand name a firm, never a person."""
    assert kind_of(surface, lang) == "organisation"
