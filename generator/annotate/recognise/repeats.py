"""Later mentions of a name found once in an article, in scripts without capitals.

A cue introduces a name once ("قال جون بولتون إن"); the article then repeats it bare, or only the
surname ("بولتون"). In Arabic a conjunction or preposition may be written glued before it (و ف ب ل ك):
the span covers the whole written word.
"""
from __future__ import annotations

import re

from generator.annotate.recognise.found import Found
from generator.lang.arabic import surname

_ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3"
_CLITICS = "[وفبلك]{0,2}"


def repeats(body: str, found: list[Found]) -> list[Found]:
    """Every other occurrence in the body of the Arabic names found (and of an Arabic person's surname)."""
    forms: dict[str, Found] = {}
    for item in found:
        surface = body[item.start:item.end]
        if not re.search(f"[{_ARABIC_LETTER}]", surface):
            continue
        forms.setdefault(surface, item)
        words = surface.split()
        if item.kind == "person" and len(words) >= 2 and len(surname(words)) >= 3:
            forms.setdefault(surname(words), item)
    if not forms:
        return []
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(f"(?<![{_ARABIC_LETTER}]){_CLITICS}({names})(?![{_ARABIC_LETTER}])")
    return [Found(m.start(), m.end(), forms[m.group(1)].kind, forms[m.group(1)].ref) for m in pattern.finditer(body)]
