"""Arabic places the gazetteer may lack, found by the nouns written before them and the places listed with them.

Arabic names a town after a settlement noun in the construct state (مدينة أكادير, "the city of Agadir"), a place
after a noun whose genitive is a place (شمال X, north of X; شرطة X, the police of X), and lists places with the
conjunction و glued to each (X وY وZ). A town the gazetteer knows is found there even when too small to be looked for
everywhere; a word transcribed from another language (arabic.looks_transcribed) is a place it lacks.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from generator.annotate.recognise.found import Found
from generator.annotate.recognise.tokens import Token
from generator.lang import gazetteer
from generator.lang.arabic import is_plural_or_feminine, looks_transcribed

# Nouns of a settlement or an administrative division written before its name (the dual مدينتي before two names
# joined by و; ولاية, مقاطعة: state, province).
SETTLEMENT_HEADS = frozenset("مدينة مدينتي بلدة بلدتي قرية قريتي منطقة إقليم محافظة ولاية مقاطعة".split())
# Nouns whose genitive in the construct state is a place: the points of the compass and the centre ("شمال X", north
# of X), a town's police, residents and suburbs, and buildings named after the place they stand in (mosque, airport,
# port, base, camp). Only a transcribed word is taken after them (a town the gazetteer knows is found anyway; a mosque
# or an airport named after a person has an Arabic name: مطار رفيق ...).
PLACE_GENITIVE_HEADS = frozenset("شمال جنوب شرق غرب وسط ضواحي شرطة سكان أهالي مسجد مطار ميناء قاعدة مخيم".split())
_PREPOSITIONS = ("ب", "ل", "وب", "ول", "فب", "فل")
_AND = "و"
_LIST_MEMBERS = 3  # places in a list, at least, for an unknown member to count as one
_KNOWN_MEMBERS = 2  # members of the list the gazetteer knows as places, at least


def adjacent(body: str, first: Token, second: Token) -> bool:
    """Whether only a space separates two tokens."""
    return body[first.end:second.start] == " "


def settlement_head(word: str, heads: frozenset[str] = SETTLEMENT_HEADS) -> bool:
    """Whether a word is one of the heads, perhaps with و and a preposition glued before it (بمنطقة, وبإقليم)."""
    return any(word[len(clitics):] in heads for clitics in ("", "و", "ف")) or (
        any(word[:len(c)] == c and word[len(c):] in heads for c in _PREPOSITIONS))


def transcribed_genitive(body: str, tokens: list[Token], index: int,
                         name_word: Callable[[str], bool]) -> Iterator[Found]:
    """A transcribed word the gazetteer lacks right after a noun whose genitive is a place (شرطة X, مسجد X)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and adjacent(body, tokens[index], following) and looks_transcribed(
            following.text) and name_word(following.text) and gazetteer.lookup(following.text, "ar") is None:
        yield Found(following.start, following.end, "place")


def settlements(body: str, tokens: list[Token], index: int, name_word: Callable[[str], bool],
                common: frozenset[str]) -> Iterator[Found]:
    """The towns the gazetteer knows or a transcribed name right after a settlement noun, and a second one joined
    by و."""
    following = tokens[index + 1:index + 3]
    for position, token in enumerate(following):
        text = token.text[1:] if position and token.text.startswith(_AND) else token.text
        if position and text == token.text or not adjacent(body, tokens[index + position], token):
            return
        entry = gazetteer.lookup(text, "ar")
        if entry is None and looks_transcribed(text) and name_word(text):
            yield Found(token.end - len(text), token.end, "place")
            continue
        if entry is None or entry.type != "place" or text in common:
            return
        yield Found(token.end - len(text), token.end, "place", entry.id)


def coordinated_places(body: str, tokens: list[Token], name_word: Callable[[str], bool],
                       common: frozenset[str]) -> Iterator[Found]:
    """The members of a list of places joined by و ("X وحيفا والناصرة"), three or more, two of them places the
    gazetteer knows: each town it knows (even one too small to be looked for alone) and each name word it lacks
    (without the article)."""
    start = 0
    for index in range(1, len(tokens) + 1):
        if index < len(tokens) and tokens[index].text.startswith(_AND) and len(tokens[index].text) > 3 and adjacent(
                body, tokens[index - 1], tokens[index]):
            continue
        yield from _members(tokens[start:index], name_word, common)
        start = index


def _members(chain: list[Token], name_word: Callable[[str], bool], common: frozenset[str]) -> Iterator[Found]:
    """The places of one chain of tokens joined by و, when it lists places: in a list of three or more with two known
    places, every member; in a shorter list or with one known place, a transcribed member only (طابا وإيلات)."""
    if len(chain) < 2:
        return
    members = [(token, token.text[len(_AND):] if position else token.text) for position, token in enumerate(chain)]
    entries = [gazetteer.lookup(text, "ar") for _, text in members]
    known = sum(entry is not None and entry.type == "place" for entry in entries)
    listed = len(chain) >= _LIST_MEMBERS and known >= _KNOWN_MEMBERS
    if not known:
        return
    for (token, text), entry in zip(members, entries):
        if entry is not None and entry.type == "place" and text not in common and listed:
            yield Found(token.end - len(text), token.end, "place", entry.id)  # a town too small to be looked for alone
        elif entry is None and name_word(text) and not text.startswith("ال") and not is_plural_or_feminine(text) and (
                listed or looks_transcribed(text)):
            yield Found(token.end - len(text), token.end, "place")


_OPENING = re.compile(r"^ ?\($")  # a parenthesis opened right after a name, its first word glued inside
_PLACE_WORDS = 2  # words of a place's name before the parenthesis that locates it, at most
# A located name is a place after a preposition of place (in, from, to, near), or in a dateline: "X (COUNTRY) - AGENCY",
# the closing parenthesis followed by a dash (a person's country in parentheses is followed by other text).
_PLACE_PREPOSITIONS = frozenset("في من إلى الى قرب نحو".split())
_DATELINE = re.compile(r" ?[-ـ–—]")


def located_places(body: str, tokens: list[Token], name_word: Callable[[str], bool]) -> Iterator[Found]:
    """A name followed by the country or the division it lies in, in parentheses, after a preposition of place or in
    a dateline ("X (COUNTRY) - AGENCY", "في X (ولاية Y)"): the one or two name words before the parenthesis."""
    for index in range(1, len(tokens)):
        inside = tokens[index]
        if not _OPENING.match(body[tokens[index - 1].end:inside.start]) or not _locates(inside.text):
            continue
        start = index
        while start > 0 and index - start < _PLACE_WORDS and name_word(tokens[start - 1].text) and not tokens[
                start - 1].text.startswith("ال") and gazetteer.lookup(tokens[start - 1].text, "ar") is None and (
                start == index or adjacent(body, tokens[start - 1], tokens[start])):
            start -= 1
        if start < index and (start > 0 and tokens[start - 1].text in _PLACE_PREPOSITIONS or _DATELINE.match(
                body, body.find(")", inside.end) + 1)):
            yield Found(tokens[start].start, tokens[index - 1].end, "place")


def _locates(word: str) -> bool:
    """Whether a word names a country or a region the gazetteer knows, or is a division noun (ولاية, إقليم)."""
    entry = gazetteer.lookup(word, "ar")
    return word in SETTLEMENT_HEADS or entry is not None and entry.type == "place" and entry.id.startswith("cldr:")

