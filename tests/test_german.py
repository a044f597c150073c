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
