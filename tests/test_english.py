"""English rules: collective possessors and lower-case party heads inside names (invented names)."""
from __future__ import annotations

import pytest

from generator.lang.english import is_collective_possessive
from test_recognise import found


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
