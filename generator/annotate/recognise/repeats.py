"""Later mentions of a name found once in an article, in scripts without capitals, and its clitic forms joined.

A cue introduces a name once ("قال جون بولتون إن"); the article then repeats it bare, or only the
surname ("بولتون"). In Arabic a conjunction or preposition may be written glued before it (و ف ب ل ك):
the span covers the whole written word.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.recognise.found import Found
from generator.lang.arabic import surname
from generator.lang.scripts import dominant_script
from generator.model import Mention

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


# Clitics written glued before an Arabic name: the conjunctions و ف, the prepositions ب ل ك, and a conjunction with
# a preposition (وبـ, ولـ). Before the article they are part of the written word the gold and readers see ("وحزب الله").
_GLUED_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def joined_clitic_forms(mentions: list[Mention]) -> list[Mention]:
    """The mentions, an Arabic name written with a clitic glued before it ("لحزب الله", "وبلير") given the entity,
    base form and type of the same name written bare in the article, so that both are one entity (one page)."""
    bare = {m.surface: m for m in mentions if dominant_script(m.surface) == "ARABIC"}
    joined = []
    for mention in mentions:
        clitic = next((c for c in _GLUED_CLITICS if mention.surface.startswith(c)
                       and bare.get(mention.surface[len(c):]) is not None), "") if mention.surface in bare else ""
        if clitic:
            name = bare[mention.surface[len(clitic):]]
            mention = replace(mention, entity=name.entity, base=name.base, kind=name.kind, ref=name.ref)
        joined.append(mention)
    return joined
