"""Direct speech: its first word is capitalised as a sentence's is, so it is no evidence of a name."""
from __future__ import annotations

import pytest

from generator.annotate.recognise import opens_quotation
from tests.test_discovery import surfaces


@pytest.mark.parametrize("text,word,expected", [
    ('Dejala je: "Vem, da bo tako."', "Vem", True),  # colon and a quotation mark (sl)
    ("Padły takie słowa: - Wciąż nie wiem.", "Wciąż", True),  # colon and a speech dash (pl)
    ("Он сказал: «Посмотрим».", "Посмотрим", True),  # guillemets (ru)
    ("Sie sagte: „Morgen kommen wir.“", "Morgen", True),  # German low quotation mark
    ("Asia Bibi powiedziała: Jezus umarł.", "Jezus", False),  # a bare colon: a name as often as not
    ("Um 10:30 Berlin verlassen.", "Berlin", False),  # a time, not a colon before speech
    ('Die Zeitung "Bild" schrieb.', "Bild", False),  # a quoted name mid-sentence, no colon
], ids=["sl-quote", "pl-dash", "ru-guillemets", "de-low-quote", "bare-colon", "time", "quoted-name"])
def test_opens_quotation(text, word, expected):
    """Only a colon followed by a quotation mark or a dash opens direct speech."""
    assert opens_quotation(text, text.index(word)) is expected


@pytest.mark.parametrize("body,lang,absent", [
    ('Premierka je dejala: "Vem, da bo težko." Nato je odšla.', "sl", "Vem"),
    ("Padły takie słowa: - Wciąż nie wiem, co będzie.", "pl", "Wciąż"),
], ids=["sl", "pl"])
def test_the_first_word_of_direct_speech_is_no_name(body, lang, absent):
    """A common word opening a quotation is not taken for a name."""
    assert absent not in surfaces(body, lang)
