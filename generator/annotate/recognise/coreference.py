"""In-article coreference: a surname alone is the full name written earlier or later in the same
article ("Seibert" -> "Steffen Seibert"); an acronym in brackets after a name is that name."""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.recognise.tokens import is_acronym
from generator.model import Mention

_MIN_STEM = 4  # letters two forms of a surname share before their case endings differ


def corefer(mentions: list[Mention], lang: str) -> tuple[Mention, ...]:
    """The mentions, a lone word re-keyed to the person's full name of the same article that ends with it."""
    people = _people(mentions)
    result = []
    for mention in mentions:
        words = mention.surface.split()
        # A word a gazetteer knows (a country, a city) is that place, not a person's name's part, unless it is a
        # town's and the article has already named a person by it: the surname then is that person's.
        # A word a rule typed "other" (a nationality, a currency) is no person's name's part either.
        alone = len(words) == 1 and not is_acronym(words[0]) and mention.kind != "other"
        if not alone:
            full = None
        elif not mention.ref:
            full = _full_name(words[0], people)
        else:
            full = _named_before(mention, people) if _town(mention.ref) else None
        if full is not None:
            mention = replace(mention, entity=full.entity, kind="person", base=full.base, ref="")
        result.append(mention)
    return tuple(_acronyms(result))


def corefer_headline(headline: tuple[Mention, ...], body: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The headline's mentions, a lone word of a candidate re-keyed to the person's full name the body writes
    ("Iraq's Saddam meets ..." over a body naming "Saddam Hussein"): headlines shorten names as later
    sentences do. A word a gazetteer knows stays that place (the body names the person after the headline)."""
    people = _people(body)
    result = []
    for mention in headline:
        words = mention.surface.split()
        if mention.kind and mention.kind != "other" and not mention.ref and len(words) == 1 and not is_acronym(words[0]):
            full = _full_name(words[0], people)
            if full is not None:
                mention = replace(mention, entity=full.entity, kind="person", base=full.base)
        result.append(mention)
    return tuple(result)


def _people(mentions) -> list[Mention]:
    """The persons named in full (two words or more): what a lone surname or first name may stand for."""
    return [m for m in mentions if m.kind == "person" and len(m.surface.split()) >= 2]


def _town(ref: str) -> bool:
    """Whether a gazetteer id is a city's or town's (GeoNames), not a country's or a region's."""
    return ref.startswith("geonames:")


def _named_before(mention: Mention, people: list[Mention]) -> Mention | None:
    """The longest person's name written earlier in the article whose last word is the mention's word in some case
    form ("Anna Kowalska ... Kowalska": a surname repeated, not the town of that name)."""
    word = mention.surface
    matches = [p for p in people if p.end <= mention.start and _same_word(word, p.surface.split()[-1])]
    return max(matches, key=lambda p: (len(p.surface), -p.start), default=None)


def _full_name(word: str, people: list[Mention]) -> Mention | None:
    """The longest person's name whose last (or first) word is this word in some case form."""
    matches = [p for p in people if any(_same_word(word, w) for w in (p.surface.split()[-1], p.surface.split()[0]))]
    return max(matches, key=lambda p: (len(p.surface), -p.start), default=None)


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one name in different case forms: a shared stem, short endings."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    shared = len(_common_prefix(a, b))
    return shared >= _MIN_STEM and max(len(a), len(b)) - shared <= 3


def _common_prefix(a: str, b: str) -> str:
    index = 0
    while index < min(len(a), len(b)) and a[index] == b[index]:
        index += 1
    return a[:index]


def _acronyms(mentions: list[Mention]) -> list[Mention]:
    """An acronym right after a name, in brackets, whose letters are the name's initials, joins it."""
    result = list(mentions)
    for index in range(1, len(result)):
        acronym, name = result[index], result[index - 1]
        if not is_acronym(acronym.surface) or acronym.start - name.end > 3:
            continue
        initials = "".join(w[0] for w in re.findall(r"\w+", name.surface) if w[0].isupper())
        if initials.casefold() == acronym.surface.casefold():
            result[index] = replace(acronym, entity=name.entity, kind=name.kind, base=name.base)
    return result
