"""Scripts: which writing system a character belongs to, and the text-level rules of each script."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

# Unicode names start with the script for letters ("ARABIC LETTER ...", "THAI CHARACTER ...");
# a few families need folding into one script.
_SCRIPT_ALIASES = {"CJK": "HAN", "HIRAGANA": "KANA", "KATAKANA": "KANA", "HALFWIDTH": "KANA"}

# Scripts whose writers do not end sentences with punctuation, so truncation must be judged
# from the words themselves.
UNPUNCTUATED_SCRIPTS = frozenset({"THAI", "LAO", "KHMER", "MYANMAR"})

# Characters that end a sentence in any script (Latin, Arabic, Devanagari, CJK, Ethiopic, ...),
# optionally followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…。！？؟۔।॥።]['\"”’»›)\]）」』]*$")

_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")

_THAI_TONE = "\u0e48-\u0e4b"
# Decomposed SARA AM (NIKHAHIT + SARA AA), with a tone mark on either side of the NIKHAHIT.
_THAI_DECOMPOSED_SARA_AM = re.compile(f"([{_THAI_TONE}]?)\u0e4d([{_THAI_TONE}]?)\u0e32")


@lru_cache(maxsize=4096)
def script_of(char: str) -> str | None:
    """The script of a letter ("LATIN", "ARABIC", "THAI", "HAN", ...), or None for non-letters."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    if not name:
        return None
    first = name.split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script the text has."""
    # Each distinct character once (counted in C): every character of every article passes here. The scripts
    # come in the order they first occur in the text, as when each character was looked up.
    counts: Counter[str] = Counter()
    for char, count in Counter(text).items():
        script = script_of(char)
        if script is not None:
            counts[script] += count
    return counts


@lru_cache(maxsize=1024)  # asked of the same article text by most stages of reading and annotating it
def dominant_script(text: str) -> str | None:
    """The script of most letters in the text; ties broken by name, so the answer is stable."""
    counts = script_counts(text)
    if not counts:
        return None
    return min(counts, key=lambda script: (-counts[script], script))


def compose_thai_sara_am(text: str) -> str:
    """Replace decomposed SARA AM (U+0E4D U+0E32) with U+0E33, keeping the tone mark before it.

    NFC leaves the decomposed form alone and NFKC goes the wrong way, so this is done by hand.
    """
    return _THAI_DECOMPOSED_SARA_AM.sub(lambda m: m.group(1) + m.group(2) + "\u0e33", text)


def to_ascii_digits(text: str) -> str:
    """Replace decimal digits of any script (Arabic-Indic, Thai, ...) by ASCII digits.

    Each digit is one code point either way, so character offsets are kept.
    """
    if text.isascii():
        return text
    # \d is exactly the decimal digits (category Nd) that str.isdecimal accepts.
    return _NON_ASCII_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), text)


def ends_sentence(text: str) -> bool:
    """Whether the text ends with sentence-final punctuation (of any script)."""
    return bool(SENTENCE_END.search(text.rstrip()))
