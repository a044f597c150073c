"""Where a name may start and end, per script: word boundaries, Arabic clitics, Thai syllables."""
from __future__ import annotations

from functools import lru_cache
from itertools import product

from generator.lang.scripts import script_of

# Scripts written without spaces between words: a name may touch other letters of them.
UNSPACED_SCRIPTS = frozenset({"THAI", "LAO", "KHMER", "MYANMAR", "HAN", "KANA", "HIRAGANA", "KATAKANA"})

# Arabic clitics that may stand before a name without a space: conjunction, preposition, article,
# and their combinations (و ف, ب ل ك, ال; ل + ال is written لل). Folded forms (no tatweel).
ARABIC_CLITIC_PREFIXES = frozenset(
    {c + p + a for c, p, a in product(("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ال"))}
    | {c + "لل" for c in ("", "و", "ف")}
)


def is_name_boundary(text: str, start: int, end: int, thai_boundaries: frozenset[int]) -> bool:
    """Whether text[start:end] (folded text) may be a whole name in its context."""
    first, last = text[start], text[end - 1]
    return _start_ok(text, start, first, thai_boundaries) and _end_ok(text, end, last, thai_boundaries)


def _start_ok(text: str, start: int, first: str, thai_boundaries: frozenset[int]) -> bool:
    """Nothing glued before the name but what its script allows."""
    script = script_of(first)
    if script == "THAI":
        return start in thai_boundaries
    if script == "ARABIC":
        word_start = start
        while word_start > 0 and script_of(text[word_start - 1]) == "ARABIC":
            word_start -= 1
        return text[word_start:start] in ARABIC_CLITIC_PREFIXES
    return start == 0 or not _joins(text[start - 1], script)


def _end_ok(text: str, end: int, last: str, thai_boundaries: frozenset[int]) -> bool:
    """Nothing glued after the name but what its script allows."""
    script = script_of(last)
    if script == "THAI":
        return end in thai_boundaries
    return end == len(text) or not _joins(text[end], script)


def _joins(neighbour: str, script: str | None) -> bool:
    """Whether a neighbouring character would make the match part of a longer word."""
    if script in UNSPACED_SCRIPTS:
        return False
    if neighbour.isdigit():
        return True
    if not neighbour.isalpha() and not neighbour.isdigit():
        return neighbour in "\u200c\u200d"
    return script_of(neighbour) not in UNSPACED_SCRIPTS


@lru_cache(maxsize=64)
def thai_cluster_boundaries(text: str) -> frozenset[int]:
    """Positions in the text where a Thai character cluster (never inside a syllable) may start or end."""
    if not any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        return frozenset()
    from pythainlp.tokenize.tcc import tcc_pos

    return frozenset(tcc_pos(text)) | {0, len(text)}
