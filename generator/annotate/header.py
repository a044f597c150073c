"""The article's header as a mention: the place its dateline names ("SHENYANG, China", "Берлин").

The reader cuts the dateline from the body and keeps its place in Article.place; the article still
reports from there, so each place it names is a mention of that place, located in the header (offsets
in Article.place), not in the body. A registry name there is that entity; any other is a candidate
place (a dateline names places: a news agency's convention), joined with the body's names later.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from generator.annotate.mentions import NameIndex, find_mentions
from generator.annotate.recognise import place_mention
from generator.lang import gazetteer
from generator.lang.boundaries import UNSPACED_SCRIPTS
from generator.lang.scripts import script_of
from generator.model import HEADER_PLACE, Article, Mention

# A dateline's place is one name or several, from the smallest to the largest, between commas
# ("SHENYANG, China", "Lyon, France", "القاهرة، مصر"): each part is a name of its own. In scripts written
# without spaces between words, a space separates phrases as a comma does ("เชียงหยาง ประเทศจีน").
_PART = re.compile(r"[^,،]+")
_UNSPACED_PART = re.compile(r"[^,،\s]+")


def header_mentions(article: Article, names: NameIndex) -> tuple[Mention, ...]:
    """The mentions of the article's dateline place: registry names first, each other part a candidate place."""
    place = article.place or ""
    registry = [replace(m, header=HEADER_PLACE) for m in find_mentions(place, names)]
    found = list(registry)
    unspaced = any(script_of(c) in UNSPACED_SCRIPTS for c in place)
    for part in (_UNSPACED_PART if unspaced else _PART).finditer(place):
        start, end = _stripped(place, part.start(), part.end())
        if end > start and any(c.isalpha() for c in place[start:end]) and not any(
                m.start < end and start < m.end for m in registry):
            found.append(replace(_place(place, article.lang, start, end), header=HEADER_PLACE))
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _place(place: str, lang: str, start: int, end: int) -> Mention:
    """The candidate place of one part: the whole part, or the gazetteer's name ending it after a head word
    ("ประเทศจีน": country + China) when the whole part is no name the gazetteer knows."""
    mention = place_mention(place, lang, start, end)
    if mention.ref:
        return mention
    inner = [(s, e) for s, e, _ in gazetteer.find_names(place[start:end], lang) if s > 0 and start + e == end]
    return place_mention(place, lang, start + inner[0][0], end) if len(inner) == 1 else mention


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and punctuation around it (marks, such as Thai tone marks, stay)."""
    while start < end and _outside(text[start]):
        start += 1
    while end > start and _outside(text[end - 1]):
        end -= 1
    return start, end


def _outside(char: str) -> bool:
    """Whether a character is a space or punctuation, which no name begins or ends with here."""
    return char.isspace() or unicodedata.category(char)[0] in "PZ"
