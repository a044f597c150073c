"""Variants of registry names as articles write them: case forms, genitives, hyphen or space.

Generating the forms of a known name is more reliable than lemmatising text: foreign names
(Ляонин, Руденя) are in no dictionary, but their endings follow the regular patterns.
"""
from __future__ import annotations

import re

# Russian paradigms: nominative ending -> endings of the genitive, dative, accusative (inanimate),
# accusative (animate), instrumental and prepositional, in that order, so the words of a phrase
# can be put in the same case. Over-generation is harmless: a form no text contains matches nothing.
_RU_ADJECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ая", ("ой", "ой", "ую", "ую", "ой", "ой")),
    ("яя", ("ей", "ей", "юю", "юю", "ей", "ей")),
    ("кий", ("кого", "кому", "кий", "кого", "ким", "ком")),
    ("гий", ("гого", "гому", "гий", "гого", "гим", "гом")),
    ("хий", ("хого", "хому", "хий", "хого", "хим", "хом")),
    ("ий", ("его", "ему", "ий", "его", "им", "ем")),
    ("ый", ("ого", "ому", "ый", "ого", "ым", "ом")),
    ("ой", ("ого", "ому", "ой", "ого", "ым", "ом")),
    ("ое", ("ого", "ому", "ое", "ое", "ым", "ом")),
    ("ее", ("его", "ему", "ее", "ее", "им", "ем")),
)
_RU_NOUNS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("ия", (("ии", "ии", "ию", "ию", "ией", "ии"),)),
    ("ие", (("ия", "ию", "ие", "ие", "ием", "ии"),)),
    ("ка", (("ки", "ке", "ку", "ку", "кой", "ке"),)),
    ("га", (("ги", "ге", "гу", "гу", "гой", "ге"),)),
    ("а", (("ы", "е", "у", "у", "ой", "е"),)),
    ("я", (("и", "е", "ю", "ю", "ей", "е"),)),
    ("ь", (("и", "и", "ь", "ь", "ью", "и"), ("я", "ю", "ь", "я", "ем", "е"))),
    ("й", (("я", "ю", "й", "я", "ем", "е"),)),
    # Neuter nouns in -о/-е decline (Правительство), foreign names in -о do not (Хао): both.
    ("о", (("а", "у", "о", "о", "ом", "е"), ("о",) * 6)),
    ("е", (("я", "ю", "е", "е", "ем", "е"), ("е",) * 6)),
)
_RU_CONSONANT = ("а", "у", "", "а", "ом", "е")
_CASES = 6
_INDECLINABLE = re.compile(r"[иуэю]$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def variants(form: str, lang: str) -> set[str]:
    """Every way an article may write a registry form: the form, its inflections, hyphen/space."""
    forms = {form}
    if lang == "ru" or (lang == "any" and _CYRILLIC.search(form)):
        forms |= russian_case_forms(form)
    if lang == "de":
        forms |= {g for f in list(forms) for g in german_genitives(f)}
    if form.startswith(("ال", "أل")):
        forms.add("ل" + form[1:])  # ل + ال is written لل: للصين
    return {v for f in forms for v in hyphen_space_variants(f)}


def hyphen_space_variants(form: str) -> set[str]:
    """The form with its hyphens as written, as spaces, and (for spaced words) joined by hyphens."""
    result = {form}
    if "-" in form:
        result.add(form.replace("-", " "))
    return result


def german_genitives(form: str) -> set[str]:
    """Genitives of a German name: -s or -es on the last word (Chinas, Saudi-Arabiens, Föderationsrates)."""
    if form[-1:] in "sßxz":
        return {form}
    return {form + "s", form + "es"}


def russian_case_forms(form: str) -> set[str]:
    """Case forms of a Russian name: the first k words in one case, the rest as written.

    k = all words declines "Тверская область"; k = 1 keeps the complement of
    "Правительство Тверской области"; k = 2 that of "Коммунистическая партия Китая".
    """
    words = form.split(" ")
    paradigms = [_paradigms(word) for word in words]
    forms = set()
    for case in range(_CASES):
        phrases = [""]
        for index, (word, options) in enumerate(zip(words, paradigms)):
            inflected = sorted({option[case] for option in options}) if options else [word]
            phrases = [f"{p} {w}".strip() for p in phrases for w in inflected]
            forms.update(" ".join([p, *words[index + 1:]]) for p in phrases)
    return forms


def _paradigms(word: str) -> list[tuple[str, ...]]:
    """The case forms (in _CASES order) of a word, one tuple per possible paradigm; [] if it does not decline."""
    head, _, last = word.rpartition("-")
    prefix = head + "-" if head else ""
    lower = last.lower()
    if not _CYRILLIC.search(last) or len(last) < 2 or last.isupper():
        return []
    for nominative, endings in _RU_ADJECTIVES:
        if lower.endswith(nominative) and len(last) > len(nominative) + 2:
            return [tuple(prefix + _replace_end(last, nominative, e) for e in endings)]
    for nominative, options in _RU_NOUNS:
        if lower.endswith(nominative):
            return [tuple(prefix + _replace_end(last, nominative, e) for e in endings) for endings in options]
    if _INDECLINABLE.search(lower):
        return []
    return [tuple(prefix + last + _cased(e, last) for e in _RU_CONSONANT)]


def _replace_end(word: str, ending: str, new: str) -> str:
    """The word with its ending replaced, keeping upper case for upper-case words."""
    return word[: len(word) - len(ending)] + _cased(new, word)


def _cased(ending: str, word: str) -> str:
    """The ending in upper case when the word is written in upper case."""
    return ending.upper() if word[-1].isupper() else ending
