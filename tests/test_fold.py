"""Folding for matching (generator/lang/fold.py): every script's rules, and fold_form agreeing with fold."""
from __future__ import annotations

import pytest

from generator.lang.fold import fold, fold_form


@pytest.mark.parametrize("text, folded", [
    ("Liaoning", "liaoning"),                 # Latin: case
    ("STRASSE Straße", "strasse strasse"),    # casefold, not lower: ß is ss
    ("Ёлка ёж", "елка еж"),                   # Russian: ё is е
    ("أحمد إبراهيم آمنة", "احمد ابراهيم امنة".replace("ة", "ه")),  # Arabic: alef forms, ta marbuta
    ("مُحَمَّد", "محمد"),                        # Arabic: harakat dropped
    ("مـــصر", "مصر"),                         # Arabic: tatweel dropped
    ("مستشفى", "مستشفي"),                     # Arabic: alef maqsura
    ("เหลียวหนิง", "เหลียวหนิง"),               # Thai: unchanged
    ("Sino\u2013German", "sino-german"),      # dashes are one hyphen
])
def test_fold_per_script(text, folded):
    assert fold(text).text == folded


@pytest.mark.parametrize("text", ["  Wang   Yi ", "مُحَمَّد  بن\tسلمان", "Ёлка", "", "Sino\u2013German   Forum"])
def test_fold_form_is_the_folded_text_with_spaces_collapsed(text):
    assert fold_form(text) == " ".join(fold(text).text.split())


def test_fold_keeps_the_offsets_of_the_original_text():
    folded = fold("مُحَمَّد علي")
    start = folded.text.index("علي")
    assert folded.span(start, start + 3) == (len("مُحَمَّد "), len("مُحَمَّد علي"))
