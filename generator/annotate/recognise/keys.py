"""The merge key of a candidate name: folded, Russian case endings and a German genitive s dropped."""
from __future__ import annotations

from functools import lru_cache

from generator.annotate.recognise.tokens import script_of_word
from generator.lang.fold import fold_form

_RU_ENDINGS = sorted("ией ого ому его ему ими ыми ями ами ая яя ое ее ые ие ый ий ой ей ую юю ом ем ам ям ах ях ых "
                     "их ым им ию ия ии ью а я у ю е ы и ь".split(), key=len, reverse=True)


@lru_cache(maxsize=1 << 16)  # asked for each mention by several join rules (names.coreferred): the same names again
def candidate_key(surface: str, lang: str) -> str:
    """The merge key of a name: folded; Russian words stemmed; a German genitive s dropped."""
    words = [_russian_stem(w) if script_of_word(w) == "CYRILLIC" else w for w in fold_form(surface).split(" ")]
    if lang == "de" and script_of_word(words[-1]) == "LATIN" and words[-1].endswith("s") and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _russian_stem(word: str) -> str:
    """A Russian word (its last hyphen part) without its case ending, when 3 letters or more are left."""
    head, _, last = word.rpartition("-")
    ending = next((e for e in _RU_ENDINGS if last.endswith(e) and len(last) - len(e) >= 3), "")
    return f"{head}{'-' if head else ''}{last[:len(last) - len(ending)]}"
