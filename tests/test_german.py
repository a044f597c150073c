"""German rules: common nouns told from names, bare names typed by their position."""
from __future__ import annotations

import pytest

from generator.lang import german


# Invented brands and parties: the rule reads the compound's last part, not the first.
@pytest.mark.parametrize("word,expected", [
    ("Fussball-Experte", True),  # a listed first part and a common noun
    ("Zorbex-Elemente", True),  # an unlisted name's part before a long common noun: a compound noun
    ("ZPX-Vorsitzende", True),  # an acronym before a long common noun
    ("Zorbex-Cola", False),  # a short last part may be the name's own ("Coca-Cola")
    ("Zorbex-Tralunga", False),  # an unlisted last part: no common noun
    ("Zorbex-Werke", True),  # five letters: long enough
], ids=["listed-first", "name-first", "acronym-first", "short-last", "unlisted-last", "five-letters"])
def test_hyphenated_compounds_are_common_nouns_by_their_last_part(word, expected):
    """German compounds are right-headed: a long common noun last makes the hyphenated word a noun."""
    assert german.is_common_noun(word) is expected


@pytest.mark.parametrize("before,expected", [
    ("", "person"), ("sagt", "person"), ("stützte", "person"), ("was", "person"),
    ("der", ""), ("mit", ""), ("oder", ""), ("großen", ""), ("Konzern", ""),
    ("aus", "place"), ("nahe", "place"), ("badischen", "place"),
], ids=["start", "verb", "past-verb", "pronoun", "article", "preposition", "conjunction", "adjective",
        "noun", "origin", "near", "region-adjective"])
def test_lone_name_kind_by_the_word_before(before, expected):
    """A bare German name is a person's as a subject, a town's after a preposition of origin or a region's adjective."""
    assert german.lone_name_kind(before) == expected


def _surfaces(*bodies: str) -> list[str]:
    """The candidates' surfaces of the first of several German articles, after the corpus' evidence."""
    from test_recognise import corpus
    return [m.surface for m in corpus(*(("de", body) for body in bodies))["a0"].candidates]


def test_a_word_no_list_knows_stays_in_a_name_though_written_in_lower_case_elsewhere():
    """"pro Jahr" in lower case elsewhere does not cut "Pro" from a name: no noun, its capital is the name's."""
    others = ("Die Kosten steigen um drei Euro pro Jahr. ", "Sie zahlen zehn Euro pro Monat und pro Kopf. ")
    assert "Pro Zorbex" in _surfaces("Anleger spekulieren auf ein Gefecht um Pro Zorbex, sagte er.", *others)


def test_a_listed_noun_before_a_name_is_still_cut_by_the_corpus_evidence():
    """A noun the Wiktionary lists, after articles elsewhere ("die Hostess"), is cut from the name's start."""
    others = ("Die Hostess kam spät. ", "Eine Hostess lachte, und die Hostess ging. ")
    assert _surfaces("Gestern sagte Hostess Zorbina Lummer etwas.", *others) == ["Zorbina Lummer"]


@pytest.mark.parametrize("words,expected", [
    (["Inter", "Mailand"], "organisation"),  # a place's own name in -land is no compound head: a club
    (["Frankfurter", "Hauptbahnhof"], "place"),  # a compound's head word decides
    (["Deutsche", "Kreditbank"], "organisation"),
], ids=["club-after-town", "station", "bank"])
def test_a_place_name_ending_like_a_head_is_no_head(words, expected):
    """"Mailand" ends in -land but names a town: a name ending with it is a club's or firm's, not a place."""
    assert german.name_type(words) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ("Der Umbau kostet rund 120 Millionen Euro, sagte Jorna Velk.", "de", ["Euro", "Jorna Velk"]),
    ("Die Firma zahlte 5 Mrd. EUR an die Stadt.", "de", ["EUR"]),
    ("Das Ticket kostet 4 € und ist teuer.", "de", []),  # a symbol is no name
    ("Die Fläche misst 30 Hektar.", "de", []),  # a unit of another kind
    ("Der Euro ist eine Währung.", "de", []),  # no amount: the currency word alone is left to the other rules
    ("The upgrade cost 120 million euros, Jorna Velk said.", "en", ["Jorna Velk"]),  # English: no name
], ids=["de-amount", "de-code", "de-symbol", "de-hectare", "de-no-amount", "en-amount"])
def test_a_currency_name_in_an_amount_is_a_name_in_german(body, lang, expected):
    """German annotation counts "Euro" in "120 Millionen Euro" as a name; English does not."""
    from test_recognise import found
    assert [surface for surface, _ in found(body, lang)] == expected


@pytest.mark.parametrize("body,expected", [
    ('Sie las "Der Zauberwald" mit zwölf Jahren.', ["Der Zauberwald"]),
    # A closing mark, then a later opening one: the title is found after a quotation ends.
    ('"Das war klar." Dann habe ich "Der Zauberwald" gelesen.', ["Der Zauberwald"]),
    ('"Das war klar." Dann habe ich das gelesen.', []),
], ids=["title", "after-quotation", "no-title"])
def test_a_quoted_title_keeps_its_article(body, expected):
    """Quotation marks delimit a title, its article included; a closing mark opens no quotation."""
    others = ("Der Wald ist groß, und der Wald ist alt. ", "Die Kinder lesen das Buch. ")
    assert _surfaces(body, *others) == expected


@pytest.mark.parametrize("body,lang,expected", [
    # A partnership's name: surnames, commas between them, "und Partner" (PartGG § 2).
    ("Er verwies auf die Klage der Architekten Velk, Arno und Partner gegen die Stadt.", "de",
     [("Velk, Arno und Partner", "organisation")]),
    ("Die Kanzlei Velk & Partner prüft den Fall.", "de", [("Velk & Partner", "organisation")]),
    ("Gestern kam Anna Velk und Partner zur Feier.", "de", [("Anna Velk", "person")]),  # a given name: a person
    ("The firm Velk & Partner closed.", "en", [("Velk & Partner", "organisation")]),  # found as any name there
    # An English body's head, "on" and its field: one name, in English and in German text.
    ("Ein Bericht des Zorbex Council on Security and Development (ZCSD) erschien.", "de",
     [("Zorbex Council on Security and Development", "organisation"), ("ZCSD", "organisation")]),
    ("The Zorbex Institute of Science and Technology said so.", "en",
     [("Zorbex Institute of Science and Technology", "organisation")]),
    ("The Bank of Portugal and Velkbank said so.", "en", [("Bank of Portugal", "organisation"), ("Velkbank", "organisation")]),
    ("He met Jorna Velk on Monday.", "en", [("Jorna Velk", "person")]),
    # A part of a month before the month is a date's, though a gazetteer knows the word as a district.
    ("Der Verband hofft auf die Turniere Mitte und Ende Mai in Rom.", "de", [("Rom", "place")]),
    ("Er wohnt in Mitte, nicht in Rom.", "de", [("Mitte", "place"), ("Rom", "place")]),
    # A quotation in the first person is speech, no title.
    ('Der Prozess — "Ich bin ein ehrlicher Mann" In der Stadt war es ruhig.', "de", []),
    ('The trial — "I am an honest Man" In the city all was calm.', "en", []),
], ids=["de-partners", "de-ampersand", "de-partner-noun", "en-ampersand", "de-council-on", "en-institute-of",
        "en-bank-and-bank", "en-on-monday", "de-month-part", "de-district", "de-speech", "en-speech"])
def test_firms_bodies_dates_and_speech(body, lang, expected):
    """Partnerships, bodies with their fields, parts of months and quoted speech, in German and English."""
    from test_recognise import found
    assert found(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    ('Ihm gehört auch der Laden "Zorbelino".', "de", [("Zorbelino", "other")]),  # unlisted: a shop's name
    ('Sie tranken vier "Zorbelinos" am Tag.', "de", [("Zorbelinos", "other")]),  # a numeral's ending: still apart
    ('Die sogenannten "Experten" kamen.', "de", []),  # a listed noun in quotation marks is used loosely
    ('He owns the shop "Zorbelino" now.', "en", [("Zorbelino", "organisation")]),  # English: the run rules
], ids=["de-shop", "de-after-numeral", "de-listed", "en-run"])
def test_a_lone_quoted_word_no_dictionary_lists_is_a_name_in_german(body, lang, expected):
    """German capitalises every noun: in quotation marks, a word the Wiktionary does not list is a name."""
    from test_recognise import found
    assert found(body, lang) == expected


@pytest.mark.parametrize("body,expected", [
    # Two listed nouns side by side between a list's separators are one phrase: a name ("Grant" is a noun).
    ("Im Sommer gingen Jorna Velk, Grant Zorbitter und Mila Arno weg.", ["Jorna Velk", "Grant Zorbitter", "Mila Arno"]),
    # Outside a list, bare nouns side by side meet across a phrase boundary.
    ("Er misst in Abständen Vibrationen.", []),
], ids=["list-member", "no-list"])
def test_two_nouns_between_list_separators_are_a_name(body, expected):
    """A list's members are phrases of their own: two capitalised words in one member make a name."""
    from test_recognise import found
    assert [surface for surface, _ in found(body, "de")] == expected
