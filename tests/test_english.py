"""English rules: collective possessors and lower-case party heads inside names (invented names)."""
from __future__ import annotations

import pytest

from generator.lang.english import is_collective_possessive
from test_recognise import corpus, found


@pytest.mark.parametrize("word,expected", [
    ("People's", True), ("Workers'", True), ("Farmers’", True), ("Women's", True),
    ("Ruritania's", False),  # a place's possessive: a possessor of its own
    ("People", False),  # no possessive
], ids=["people", "workers", "farmers-curly", "women", "place", "bare"])
def test_collective_possessives(word, expected):
    """A plural noun of people in the possessive names a body by its members."""
    assert is_collective_possessive(word) is expected


@pytest.mark.parametrize("body,expected", [
    ("The editorial of the People's Courier was read out in Zorbania on Monday.",
     [("People's Courier", "organisation"), ("Zorbania", "place")]),
    ("Voters in Zorbania backed his Radical Progressive party on Sunday.",
     [("Zorbania", "place"), ("Radical Progressive party", "organisation")]),
], ids=["collective-possessor", "party"])
def test_english_names_with_collective_possessors_and_party_heads(body, expected):
    """A collective possessor stays inside the name; "party" after two capitalised words is the name's head."""
    assert found(body, "en") == expected


@pytest.mark.parametrize("body,lang", [
    ("Voters backed the Bosnian Serb party on Sunday.", "en"),  # a people's party: no name of its own
    ("Voters backed the Hong Kong party on Sunday.", "en"),  # a place's party
    ("Voters backed the Zorbex party on Sunday.", "en"),  # one word: a name and a common noun
    ("Die Wähler wählten die Radical Progressive party.", "de"),  # an English style rule
], ids=["nationality", "place", "one-word", "german"])
def test_party_stays_out_after_places_peoples_and_single_words(body, lang):
    """Only two or more capitalised words that name nothing else take the lower-case "party"."""
    assert found(body, lang) and not any("party" in surface for surface, _ in found(body, lang))


def _surfaces(*bodies: str) -> list[str]:
    """The candidates' surfaces of the first of several English articles, after the corpus' evidence."""
    return [m.surface for m in corpus(*(("en", body) for body in bodies))["a0"].candidates]


def test_a_demonym_before_a_name_the_corpus_finds_alone_is_cut():
    """"Canadian Zorbex Cup" is the demonym and the name "Zorbex Cup" the corpus finds on its own."""
    assert _surfaces("The Canadian Zorbex Cup ended on Monday.",
                     "He won the Zorbex Cup in 1990 with his team.") == ["Zorbex Cup"]


def test_a_demonym_before_a_body_stays_in_its_name():
    """Before an organisation's head the demonym is the body's own ("Canadian Zorbex Party")."""
    assert "Canadian Zorbex Party" in _surfaces("The Canadian Zorbex Party met on Monday.",
                                                  "He left the Zorbex Party in 1990 with his friends.")


@pytest.mark.parametrize("body,lang,expected", [
    ("She drew American Anne Miller in the first round.", "en",
     [("American", "other"), ("Anne Miller", "person")]),  # cut from the name, kept
    ("He lost to Frenchman Jorna Velk on Monday.", "en", [("Frenchman", "other"), ("Jorna Velk", "person")]),
    ("Spanish officials said so. The farm minister agreed.", "en", [("Spanish", "other")]),  # a sentence's start
    ("He met the Chinese Communist Party chief.", "en", [("Chinese Communist Party", "organisation")]),  # longer wins
    ("The Israeli-Syrian talks stalled again.", "en", [("Israeli-Syrian", "other")]),  # two nationalities, one word
    ("Er traf den Amerikaner Jorna Velk.", "de", [("Jorna Velk", "person")]),  # German declines them: no rule here
], ids=["en-before-person", "en-man", "en-sentence-start", "en-party", "en-pair", "de-none"])
def test_nationality_words_are_names_in_english(body, lang, expected):
    """English capitalises nationality words; one before a person's name is a name of its own."""
    assert found(body, lang) == expected


def test_a_nationality_joins_no_persons_name():
    """A nationality word alone stays itself, not the first word of a longer name the article writes."""
    assert ("Russian", "other") in found("The Russian Zorbex said so. Russian officials agreed.", "en")
