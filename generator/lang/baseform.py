"""Base (dictionary) forms of names: Путина -> Путин, Niemczech -> Niemcy.

Russian and Ukrainian: pymorphy3 with its OpenCorpora / VESUM dictionaries (pymorphy3-dicts-ru,
pymorphy3-dicts-uk, inside the wheels), which also tag names (Name, Surn, Patr), places (Geox) and
organisations (Orgn).
A name whose words the dictionaries do not know keeps the form it was written in.
"""
from __future__ import annotations

from functools import lru_cache

_MORPHOLOGY_LANGS = ("ru", "uk")
_TAG_TYPES = (("Name", "person"), ("Surn", "person"), ("Patr", "person"), ("Geox", "place"), ("Orgn", "organisation"))


@lru_cache(maxsize=None)
def _analyser(lang: str):
    """pymorphy3's analyser of a language (ru, uk), or None when it is not installed."""
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a pinned dependency
        return None
    return pymorphy3.MorphAnalyzer(lang=lang)


def preload_dictionaries(lang: str) -> None:
    """Load the language's morphological dictionary now (for forked workers to share)."""
    if lang in _MORPHOLOGY_LANGS:
        _analyser(lang)


@lru_cache(maxsize=65536)
def _parse(word: str, lang: str):
    """The likeliest dictionary reading of a capitalised word, preferring a name's reading."""
    analyser = _analyser(lang)
    if analyser is None:
        return None
    parses = analyser.parse(word)
    named = [p for p in parses if any(tag in p.tag.grammemes for tag, _ in _TAG_TYPES)]
    return (named or [p for p in parses if "NOUN" in p.tag.grammemes] or [None])[0]


def dictionary_type(surface: str, lang: str) -> str:
    """The type the dictionary gives a name's words (person, place, organisation), or ""."""
    if lang not in _MORPHOLOGY_LANGS:
        return ""
    kinds = []
    for word in surface.split():
        parse = _parse(word, lang)
        if parse is not None and parse.score >= 0.1 and not _guessed(parse):
            kinds += [kind for tag, kind in _TAG_TYPES if tag in parse.tag.grammemes]
    if "person" in kinds:
        return "person"
    return kinds[0] if kinds else ""


def given_name_split(words: list[str], lang: str) -> int:
    """Where a given name begins that the dictionary knows, after words it knows as no names: "США | Дональда
    Трампа" (a genitive before a person's name); 0 when there is none, or a name, title or unknown word leads."""
    analyser = _analyser(lang) if lang in _MORPHOLOGY_LANGS else None
    if analyser is None:
        return 0
    for index, word in enumerate(words[1:-1], start=1):
        parse = _parse(word, lang)
        if parse is not None and "Name" in parse.tag.grammemes and not _guessed(parse) and parse.score >= 0.1:
            return index if all(_known_common(w, analyser) for w in words[:index]) else 0
    return 0


def _known_common(word: str, analyser) -> bool:
    """Whether every reading of a word is in the dictionary and none of them is a person's name."""
    parses = analyser.parse(word)
    return bool(parses) and not any(_guessed(p) or {"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def _guessed(parse) -> bool:
    """Whether pymorphy3 guessed the reading from the word's ending (a word not in its dictionary)."""
    return any(type(method[0]).__name__ != "DictionaryAnalyzer" for method in parse.methods_stack)


def base_form(surface: str, lang: str, kind: str) -> str:
    """The name in its dictionary form, word by word where the dictionary knows the words."""
    words = surface.split()
    if lang in _MORPHOLOGY_LANGS and (len(words) == 1 or kind == "person"):
        return " ".join(_nominative(w, lang) for w in words)
    return " ".join(words)


def _nominative(word: str, lang: str) -> str:
    """A word in the nominative singular, capitalised as written; the word itself if unknown."""
    parse = _parse(word, lang)
    if parse is None or _guessed(parse) and "Surn" not in parse.tag.grammemes:
        return word
    form = parse.inflect({"nomn"}) if "Pltm" in parse.tag.grammemes else parse.inflect({"nomn", "sing"})
    if form is None:
        return word
    return _recase(form.word, word)


def _recase(form: str, written: str) -> str:
    """A dictionary form in the case pattern of the written word (capitals, hyphen parts)."""
    if written.isupper():
        return form.upper()
    parts = form.split("-")
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p
                    for p, w in zip(parts, written.split("-") + [""] * len(parts)))


# Case endings of Slavic nouns and adjectives (oblique cases: genitive, dative, locative, instrumental), and
# the nominative endings that may replace them; from the declension tables of the grammars. Used only to
# find an inflected name's entry in a gazetteer (Pakistanie -> Pakistan, Brytanii -> Brytania, Rosji -> Rosja).
_OBLIQUE = ("ami", "ach", "ech", "ách", "ích", "owi", "ovi", "ové", "ого", "ому", "ами", "ями", "ові", "ою", "ею",
            "iej", "ej", "ém", "ie", "ii", "ji", "em", "om", "ou", "ov", "ým", "ím", "ой", "ей", "ом", "ем", "ах", "ях",
            "ии", "ию", "ії", "ію", "ью",
            "a", "u", "e", "y", "i", "ą", "ę", "ě", "á", "é", "í", "ы", "и", "е", "у", "ю", "а", "я", "і", "ї", "ь")
_NOMINATIVE = ("", "a", "o", "e", "y", "ia", "ie", "ja", "ija", "á", "é", "а", "я", "о", "ия", "ія", "ь", "й", "ій",
               "ий", "ый", "a", "i", "и", "ы", "і")
# Consonant alternations of Polish declension (locative and dative singular in -e, locative plural in -ech),
# with the nominative ending they come from: k/c, g/dz, ch/sz, r/rz, t/ci, d/dzi, ł/l, st/ści; then Czech's.
_ALTERNATIONS = (("ce", "ka"), ("dze", "ga"), ("sze", "cha"), ("rze", "ra"), ("cie", "ta"), ("dzie", "da"),
                 ("le", "ła"), ("ście", "sta"), ("czech", "cy"), ("szech", "chy"), ("ech", "y"),
                 # Czech and Slovak locatives and datives in -e soften h, r, ch: Praha -> Praze, r -> ř, ch -> š.
                 ("ze", "ha"), ("ře", "ra"), ("še", "cha"))
_INFLECTED_LANGS = frozenset("pl cs sk sl hr sr bs bg mk ru uk be lt lv".split())


def nominative_candidates(word: str, lang: str) -> list[str]:
    """Forms a Slavic (or Baltic) word may have in the nominative, the word itself first; [word] elsewhere."""
    if lang.split("-")[0] not in _INFLECTED_LANGS:
        return [word]
    edits = []
    for ending in _OBLIQUE:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:len(word) - len(ending)]
            edits += [(len(ending) + len(nominative), stem + nominative) for nominative in _NOMINATIVE]
    # Polish locatives and datives soften the stem's last consonant: Polsce -> Polska, Niemczech -> Niemcy.
    for oblique, nominative in _ALTERNATIONS:
        if word.endswith(oblique) and len(word) - len(oblique) >= 3:
            edits.append((len(oblique) + len(nominative), word[:len(word) - len(oblique)] + nominative))
    # The smallest change first: Rosji -> Rosja (one letter for one) before Rosa (two letters for one).
    return list(dict.fromkeys([word] + [form for _, form in sorted(edits, key=lambda e: e[0]) if form != word]))


@lru_cache(maxsize=65536)
def is_genitive(word: str, lang: str) -> bool:
    """Whether the dictionary (ru, uk) reads a word as a noun or adjective in the genitive, or as a
    coordinating conjunction ("внутренних", "дел", "і"): a word of a genitive complement."""
    analyser = _analyser(lang) if lang in _MORPHOLOGY_LANGS else None
    if analyser is None:
        return False
    for parse in analyser.parse(word):
        grammemes = parse.tag.grammemes
        if _guessed(parse):
            continue
        if "CONJ" in grammemes and "coord" in grammemes or "gent" in grammemes and grammemes & {"NOUN", "ADJF"}:
            return True
    return False


# Bulgarian adjectives in -ски with the definite article glued on ("европейския", "папската"): the article
# makes them a noun phrase's first word, and names do not take it alone (the grammar's article forms).
_BULGARIAN_ARTICLED_ADJECTIVE = ("ския", "ският", "ската", "ското", "ските")


@lru_cache(maxsize=65536)
def adjective_alone(word: str, lang: str) -> bool:
    """Whether a capitalised word is only ever an adjective (pymorphy3's dictionaries for ru and uk, the
    article's ending for bg): alone, with no head noun after it, it names nothing ("Немецкие", "Європейське")."""
    if lang == "bg":
        return word.casefold().endswith(_BULGARIAN_ARTICLED_ADJECTIVE)
    analyser = _analyser(lang) if lang in _MORPHOLOGY_LANGS else None
    if analyser is None:
        return False
    parses = analyser.parse(word)
    return bool(parses) and all(not _guessed(p) and p.tag.grammemes & {"ADJF", "PRTF"}
                                and not p.tag.grammemes & {"NOUN", "Name", "Surn", "Patr", "Geox", "Orgn"}
                                for p in parses)
