"""German capitalises every noun: the signs that a capitalised German word is a name nonetheless.

From German grammar: a common noun takes an article or a determiner ("die Regierung", "einem
Jahr"), an inflected adjective ("neue Wege") or a number ("drei Jahre"); derived nouns end in
productive suffixes (-ung, -heit, -keit, -schaft...). Adjectives are written in lower case unless
they are part of a name, so two capitalised words side by side mid-sentence are a name
("Deutsche Bank", "Angela Merkel").
"""
from __future__ import annotations

from generator.annotate.recognise.tokens import Token, is_acronym
from generator.lang.namewords import type_word

# Articles, determiners and pronouns that stand before a common noun (every case form).
DETERMINERS = frozenset((
    "der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen "
    "dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden "
    "mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen "
    "ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren euer eure "
    "welcher welche welches welchem welchen alle allen aller manche mancher viele vielen wenige "
    "wenigen mehrere mehreren einige einigen solche solchen beide beiden zum zur im am vom beim ins ans"
).split())
# Derivational suffixes of common nouns (Duden's word formation).
NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
                 "tät", "täten", "ion", "ionen", "ismus", "nis", "nisse", "chen", "lein", "ment", "ling", "linge", "tum", "ei",
                 "eien", "erin", "erinnen", "ler", "ner", "euer", "eur", "eure", "ist", "isten", "ik", "ie", "ien",
                 "gen", "ten", "ern", "sten", "zeit", "jahr", "jahre", "jahren", "tag", "tage", "tagen", "stand",
                 "werk", "weise", "wesen", "stoff", "kraft", "kräfte", "markt", "land", "länder")
_PLACE_SUFFIXES = ("land", "burg", "berg", "dorf", "hausen", "heim", "stadt")  # often places: Deutschland, Hamburg


def is_name(piece: list[Token], before: str) -> bool:
    """Whether a run of capitalised German words is a name (before: the word just before it)."""
    if any(is_acronym(t.text) or t.text in ("of", "and", "for", "the") for t in piece):
        return True
    if any(type_word(t.text, "de") in ("organisation", "project", "event") for t in piece) and len(piece) > 1:
        return True
    capitalised = [t for t in piece if t.capitalised]
    if len(capitalised) >= 2:
        return before.casefold() not in DETERMINERS or any(not _common_looking(t.text) for t in capitalised[1:])
    if len(capitalised) != 1 or before.casefold() in DETERMINERS or before.isdigit():
        return False
    if after_adjective(before):
        return False  # an inflected adjective before it: "neuen Wege" (a verb in -en passes too: a loss taken)
    return not _common_looking(capitalised[0].text)


def after_adjective(before: str) -> bool:
    """Whether a word looks like an inflected attributive adjective (lower case, ending -e, -en, -er, -em, -es)."""
    return before.islower() and len(before) > 3 and before.endswith(("e", "en", "er", "em", "es"))


def is_common_noun_position(before: str) -> bool:
    """Whether a capitalised German word after this word stands where common nouns stand."""
    return before.casefold() in DETERMINERS or after_adjective(before)


def _common_looking(word: str) -> bool:
    """Whether a German word ends like a derived or compound common noun."""
    folded = word.casefold()
    if folded.endswith(_PLACE_SUFFIXES):
        return False
    return len(folded) > 12 or folded.endswith(NOUN_SUFFIXES)


def without_leading_noun(piece: list[Token], before: str) -> list[Token]:
    """A run after an article without its first word when a name of two words follows ("der Anteil Saudi Arabiens")."""
    capitalised = [t for t in piece if t.capitalised]
    first = piece[0].text
    if (before.casefold() in DETERMINERS and len(capitalised) >= 3 and piece[0].capitalised and piece[1].capitalised
            and "-" not in first and first[1:].islower()):
        return piece[1:]
    return piece
