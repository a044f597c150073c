"""Forms of a name that joining compares: without a company word, a place word or a glued acronym; its gazetteer id.

Recognition sometimes takes a common word or a body's acronym into a name ("Städten Dalian", "VC Martin
Locher"), and articles write a company with or without its company word ("Siemens Group", "Siemens"):
the rules of generator/assembly/names.py compare these forms too.
"""
from __future__ import annotations

from functools import lru_cache

from generator.annotate.recognise import candidate_key
from generator.annotate.recognise.tokens import script_of_word
from generator.knowledge.registry import Entity
from generator.lang.namewords import LEGAL_FORMS, MARKER_TYPE


# Words that say a name is a company, which its own articles and others write or leave out as they
# please ("Siemens Group", "Siemens AG", "Siemens"): the legal forms of generator/lang/namewords.py (as
# written: "SE", not "se") and the words for group and company in the languages of cased scripts.
CORPORATE_DESIGNATORS = frozenset(
    "group company corporation holding holdings gruppe konzern groupe gruppo grupo grupa skupina "
    "группа компания корпорация холдинг група компанія корпорація".split())


def without_designator(name: str, lang: str) -> str:
    """A company's name without its last word when that is a company word, "" otherwise.

    Not when what is left is a gazetteer place: the "Dalian Group" is not the city of Dalian.
    """
    words = name.split()
    if len(words) < 2 or not (words[-1] in LEGAL_FORMS or words[-1].casefold() in CORPORATE_DESIGNATORS):
        return ""
    rest = " ".join(words[:-1])
    return "" if lookup_id(rest, lang) else rest


@lru_cache(maxsize=1 << 14)
def lookup_id(name: str, lang: str) -> str:
    """The gazetteer id of a name: as written or in a case form (Polsce is Polska), as its merge key (German genitive s dropped), or
    without a place word before or after it ("Shenyang City", "Provinz Liaoning" are the places)."""
    from generator.lang.gazetteer import lookup_inflected as lookup

    words = name.split()
    if len(words) == 1 and place_word(name):
        return ""  # a place word alone ("Stadt") names no place, whatever subdivision the data calls so (Basel-Stadt)
    tries = [name, candidate_key(name, lang) if lang == "de" else ""]
    if len(words) > 1 and MARKER_TYPE.get(words[-1].casefold()) == "place":
        tries.append(" ".join(words[:-1]))
    if len(words) > 1 and place_word(words[0]):
        tries.append(" ".join(words[1:]))
    found = next((hit for hit in (lookup(t, lang) for t in tries if t) if hit is not None), None)
    return found.id if found is not None else ""


# German plural and case endings, and the umlaut of plurals (Stadt, Städte, Städten; Provinz, Provinzen):
# "Städten Dalian" ("the cities Dalian ...", a common noun that a run of capitals took in) is Dalian.
_PLACE_WORD_ENDINGS = ("", "e", "en", "er", "es", "n", "s")
_UMLAUTS = str.maketrans("äöü", "aou")
MIN_PLACE_STEM = 4  # shorter place words (sea, see) end too many names (Sean)


def place_word(word: str) -> bool:
    """Whether a word is a place word (city, Provinz, область), or a German plural or case form of one."""
    folded = word.casefold()
    if MARKER_TYPE.get(folded) == "place":
        return True
    plain = folded.translate(_UMLAUTS)
    return any(plain.endswith(ending) and len(plain) - len(ending) >= MIN_PLACE_STEM
               and MARKER_TYPE.get(plain[:len(plain) - len(ending)]) == "place" for ending in _PLACE_WORD_ENDINGS[1:])


def key_forms(name: str) -> list[str]:
    """The name, and without an acronym before two or more words: a body's acronym that a run of capitals
    glued to the name of its head ("Szef VC Martin Locher", "na stránkách ACS Ašik Masíh")."""
    words = name.split()
    if len(words) > 2 and len(words[0]) > 1 and words[0].isupper() and not words[1].isupper():
        return [name, " ".join(words[1:])]
    return [name]


def readable_name(entity: Entity, lang: str = "en") -> str:
    """The entity's name in a language, else in English, else its first name in Latin letters, else its first name.

    Labels of facts and events are read by users of the site's language: a candidate that no English
    article names ("Primorsky Krai" in ar, de and th) is shown by its Latin-script name, not its Arabic one.
    """
    by_lang = dict(entity.names)
    latin_names = [name for _, name in entity.names if script_of_word(name) == "LATIN"]
    return by_lang.get(lang) or by_lang.get("en") or (latin_names or [entity.name(lang)])[0]
