"""English signs that capitalised words and a word around them make one name.

From English usage and newswire style: a possessive of a plural noun of people names a body by its
members ("People's Daily", "Workers' Party", "Women's Union"); a party's head noun is often written in
lower case after the capitalised words of its name ("the Liberal Democratic party", "the Social
Democratic party"; news agencies' style books lower-case "party" when it follows the name).
"""
from __future__ import annotations

from generator.annotate.recognise.tokens import Token, is_acronym
from generator.lang import gazetteer, german_nouns
from generator.lang.demonyms import is_demonym, leading_demonym
from generator.lang.namewords import type_word

# Plural nouns of people that name bodies by their members in the possessive (English word formation):
# "People's Republic", "Workers' Party", "Farmers' Union", "Children's Hospital", "Veterans' Affairs".
COLLECTIVE_POSSESSORS = frozenset(
    "people peoples workers women children men farmers citizens veterans students teachers miners "
    "nations soldiers youth".split())

# Head nouns that English news writes in lower case after a name's capitalised words.
_LOWER_CASE_HEADS = frozenset(("party",))


def lower_case_head(body: str, tokens: list[Token], piece: list[Token], lang: str) -> Token | None:
    """The lower-case "party" right after an English run of two or more capitalised words that make no
    other name ("Liberal Democratic party"), else None.

    Not after a place ("the Hong Kong party"), a nationality ("Bosnian Serb party": the party of a
    people, no name), a person (a listed given name first) or a name that has a head word already.
    """
    if lang != "en" or len(piece) < 2 or sum(t.capitalised for t in piece) < 2:
        return None
    words = [t.text for t in piece]
    index = next((i for i, t in enumerate(tokens) if t.start == piece[-1].start), -1) + 1
    if not 0 < index < len(tokens) or tokens[index].text not in _LOWER_CASE_HEADS:
        return None
    if body[piece[-1].end:tokens[index].start] != " " or _other_name(words, lang):
        return None
    return tokens[index]


def _other_name(words: list[str], lang: str) -> bool:
    """Whether words name something else already: a head word, a place, a nationality, a person, an acronym."""
    return (any(type_word(w, lang) for w in words) or gazetteer.lookup(" ".join(words), lang) is not None
            or is_demonym(" ".join(words), lang) or bool(leading_demonym(words, lang))
            or bool(german_nouns.classes(words[0]) & german_nouns.GIVEN) or any(is_acronym(w) for w in words))


def is_collective_possessive(word: str) -> bool:
    """Whether a word is a plural noun of people in the possessive ("People's", "Workers'"): a body's name."""
    for mark in ("'s", "’s", "'", "’"):
        if word.endswith(mark):
            return word[:-len(mark)].casefold() in COLLECTIVE_POSSESSORS
    return False


def demonyms(tokens: list[Token], lang: str) -> list[tuple[int, int]]:
    """Spans of capitalised nationality words ("Czech", "South African", "Frenchman") in English text.

    English capitalises them, and English news annotation (CoNLL-2003's MISC) counts them as names;
    one glued before a person or a title is cut from that name ("American Anne Miller") and stays a
    name of its own. A longer name that begins with one ("Chinese Communist Party") wins over it.
    """
    if lang != "en":
        return []
    spans = []
    index = 0
    while index < len(tokens):
        for count in (2, 1):
            words = tokens[index:index + count]
            if (len(words) == count and all(t.capitalised for t in words)
                    and is_nationality(" ".join(t.text for t in words), lang)):
                spans.append((words[0].start, words[-1].end))
                index += count - 1
                break
        index += 1
    return spans


def is_nationality(words: str, lang: str) -> bool:
    """Whether words name a nationality ("Czech", "South African"), or two joined by a hyphen ("Ruritanian-Syrian
    talks": one adjective of both)."""
    parts = words.split("-")
    return is_demonym(words, lang) or len(parts) == 2 and all(p[:1].isupper() and is_demonym(p, lang) for p in parts)
