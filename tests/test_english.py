"""English rules: collective possessors and lower-case party heads inside names (invented names)."""
from __future__ import annotations

import pytest

from generator.lang.english import is_collective_possessive


@pytest.mark.parametrize("word,expected", [
    ("People's", True), ("Workers'", True), ("Farmers’", True), ("Women's", True),
    ("Ruritania's", False),  # a place's possessive: a possessor of its own
    ("People", False),  # no possessive
], ids=["people", "workers", "farmers-curly", "women", "place", "bare"])
def test_collective_possessives(word, expected):
    """A plural noun of people in the possessive names a body by its members."""
    assert is_collective_possessive(word) is expected

