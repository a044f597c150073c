"""Table-driven tests of generator/lang/scripts.py: the script of each letter, counted per text."""
from collections import Counter

import pytest

from generator.lang.scripts import dominant_script, script_counts, script_of


@pytest.mark.parametrize("text, counts, dominant", [
    ("", {}, None),
    ("123 — !", {}, None),
    ("Liaoning", {"LATIN": 8}, "LATIN"),
    ("Ляонин и Liaoning", {"CYRILLIC": 7, "LATIN": 8}, "LATIN"),
    ("ab вг", {"LATIN": 2, "CYRILLIC": 2}, "CYRILLIC"),  # a tie goes to the first name
    ("لياونينغ 2023", {"ARABIC": 8}, "ARABIC"),
    ("มณฑลเหลียวหนิง", {"THAI": 12}, "THAI"),
    ("辽宁省 ひらがな カタカナ", {"HAN": 3, "KANA": 8}, "KANA"),
])
def test_script_counts(text, counts, dominant):
    assert dict(script_counts(text)) == counts
    assert dominant_script(text) == dominant


def test_scripts_counted_per_distinct_character_as_per_character():
    # script_counts looks each distinct character up once: the same counts, in the same order, as one look-up a character.
    text = "Der Gouverneur von 辽宁 sagte: «Ляонин» — لياونينغ, มณฑล 2023! Und wieder Ляонин."
    one_by_one = Counter(script_of(char) for char in text)
    del one_by_one[None]
    assert list(script_counts(text).items()) == list(one_by_one.items())
