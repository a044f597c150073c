"""The article's header as a mention: the place its dateline names ("SHENYANG, China", "Берлин").

The reader cuts the dateline from the body and keeps its place in Article.place; the article still
reports from there, so each place it names is a mention of that place, located in the header (offsets
in Article.place), not in the body. A registry name there is that entity; any other is a candidate
place (a dateline names places: a news agency's convention), joined with the body's names later.
"""
from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.mentions import NameIndex, find_mentions
from generator.annotate.recognise import place_mention
from generator.model import Article, Mention

# A dateline's place is one name or several, from the smallest to the largest, between commas
# ("SHENYANG, China", "Lahore, Pakistan", "القاهرة، مصر"): each part is a name of its own.
_PART = re.compile(r"[^,،]+")


def header_mentions(article: Article, names: NameIndex) -> tuple[Mention, ...]:
    """The mentions of the article's dateline place: registry names first, each other part a candidate place."""
    place = article.place or ""
    registry = [replace(m, header=True) for m in find_mentions(place, names)]
    found = list(registry)
    for part in _PART.finditer(place):
        start, end = _stripped(place, part.start(), part.end())
        if end > start and any(c.isalpha() for c in place[start:end]) and not any(
                m.start < end and start < m.end for m in registry):
            found.append(replace(place_mention(place, article.lang, start, end), header=True))
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces and punctuation around it."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end
