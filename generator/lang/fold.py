"""Folding text for matching: case, Arabic letter forms and marks, ё; with a map back to offsets."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Arabic: tatweel and harakat carry no identity; alef, alef maqsura and ta marbuta have
# interchangeable spellings in news text.
_DROPPED = frozenset("\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670")
_REPLACED = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ё": "е", "Ё": "е",
             "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"}


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the offset of the original character."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a folded span."""
        return self.origin[start], self.origin[end - 1] + 1


def fold_char(char: str) -> str:
    """The folded form of one character ('' for marks that do not count)."""
    if char in _DROPPED:
        return ""
    return _REPLACED.get(char, char).casefold()


# Every character of every article is folded: one look-up per distinct character instead of a call each.
_fold_cached = lru_cache(maxsize=1 << 14)(fold_char)


def fold(text: str) -> Folded:
    """Fold text for matching, remembering where each folded character came from."""
    pieces = list(map(_fold_cached, text))
    folded = "".join(pieces)
    if len(folded) == len(text) and "" not in pieces:  # one character each (the usual case)
        return Folded(folded, tuple(range(len(text))))
    return Folded(folded, tuple(index for index, piece in enumerate(pieces) for _ in piece))


@lru_cache(maxsize=1 << 16)  # asked for each mention's name by every join rule: the same few thousand names
def fold_form(text: str) -> str:
    """Fold a name the way text is folded, with runs of spaces collapsed."""
    return " ".join("".join(map(_fold_cached, text)).split())
