"""The search normaliser, Python twin of `DossierSearch` in generator/assets/search.js.

The build indexes with this module (generator/search/shards.py writes every word under its
`index_forms`), the browser folds and looks up what is typed with search.js: the two must agree, and
tests/test_search.py runs both on one table and compares the rule tables. Keep the two in step: the
same tables, the same steps in the same order. The build also uses `compose_sara_am` for Thai.

- `fold(text)`: decomposed SARA AM composed, invisible characters dropped, lower case, a few letters
  spelled out (ß ss, æ ae, ...), ё е, Latin and Greek accents dropped, Arabic marks and tatweel dropped
  and letter forms unified (أ إ آ ٱ ا, ى ی ي, ة ه, ک ك), digits of every script as ASCII digits.
- `index_forms(word)`: the forms a folded word of the text is indexed under, the word first: Arabic
  without each clitic prefix; Russian (Cyrillic) and German (Latin-script) with the ending stripped.
  (A Thai word is also found from each of the browser's word-breaker boundaries on; Python has no
  ICU word breaker, so `index_forms` gives a Thai word alone and the worker adds those forms.)
- `query_form(word)`: the form a typed, folded word is looked up as, by prefix: a prefix of one of
  the index forms of every word it is a form of.
"""
from __future__ import annotations

import re
import unicodedata

RULES: dict = {
    "arabicQueryPrefixes": [
        ["وبال", 2], ["وكال", 2], ["فبال", 2], ["فكال", 2], ["ولل", 2], ["فلل", 2],
        ["وال", 2], ["فال", 2], ["بال", 2], ["كال", 2], ["لل", 2], ["ال", 2], ["و", 3], ["ف", 3],
    ],
    "arabicIndexPrefixes": [
        ["وبال", 2], ["وكال", 2], ["فبال", 2], ["فكال", 2], ["ولل", 2], ["فلل", 2],
        ["وال", 2], ["فال", 2], ["بال", 2], ["كال", 2], ["لل", 2], ["ال", 2],
        ["وب", 3], ["ول", 3], ["وك", 3], ["فب", 3], ["فل", 3], ["فك", 3],
        ["و", 3], ["ف", 3], ["ب", 3], ["ل", 3], ["ك", 3],
    ],
    "russianEndings": [
        "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иям", "иях", "ией", "ием",
        "ов", "ев", "ей", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое",
        "ее", "ые", "ие", "ый", "ий", "ым", "им", "ых", "их", "ию", "ии", "ия", "ью",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    ],
    "latinEndings": ["ern", "em", "en", "er", "e"],
    "minimumStem": 3,
    "letters": {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ς": "σ"},
    "arabicLetters": {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك"},
}

_SARA_AM = re.compile("([\u0e48-\u0e4b]?)\u0e4d([\u0e48-\u0e4b]?)\u0e32")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_ACCENTS = re.compile("([a-z\u03b1-\u03c9])[\u0300-\u036f]+")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x0E50)
_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]")
_THAI = re.compile("[\u0e00-\u0e7f]")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-z\u00e0-\u024f]")
_DIGIT = re.compile("[0-9]")
_QUERY_PREFIXES = sorted(RULES["arabicQueryPrefixes"], key=lambda p: -len(p[0]))
_INDEX_PREFIXES = sorted(RULES["arabicIndexPrefixes"], key=lambda p: -len(p[0]))


def compose_sara_am(text: str) -> str:
    """Decomposed SARA AM (NIKHAHIT + SARA AA, a tone mark before or between) as the one letter U+0E33."""
    return _SARA_AM.sub(lambda m: m.group(1) + m.group(2) + "\u0e33", text)


def _ascii_digit(match: re.Match) -> str:
    code = ord(match.group(0))
    return str(code - next(zero for zero in _DIGIT_ZEROS if zero <= code <= zero + 9))


def fold(text: str) -> str:
    """Fold text for matching: what the eye does not distinguish, or a reader would not type."""
    s = compose_sara_am(unicodedata.normalize("NFC", text))
    s = _INVISIBLE.sub("", s).lower()
    s = "".join(RULES["letters"].get(c, c) for c in s).replace("ё", "е")
    s = unicodedata.normalize("NFC", _ACCENTS.sub(r"\1", unicodedata.normalize("NFD", s)))
    s = "".join(RULES["arabicLetters"].get(c, c) for c in _ARABIC_MARKS.sub("", s))
    return _DIGITS.sub(_ascii_digit, s)


def script_of(word: str) -> str:
    """Which rules a folded word follows: the script of its letters."""
    if _THAI.search(word):
        return "thai"
    if _ARABIC_LETTER.search(word):
        return "arabic"
    if _DIGIT.search(word):
        return "other"
    if _CYRILLIC.search(word):
        return "cyrillic"
    if _LATIN.search(word):
        return "latin"
    return "other"


def _strip_prefix(word: str, prefixes: list) -> str:
    for prefix, rest in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= rest:
            return word[len(prefix):]
    return word


def russian_stem(word: str) -> str:
    """A Russian word without its case ending (and a soft sign before it), keeping three letters."""
    least = RULES["minimumStem"]
    for ending in RULES["russianEndings"]:
        if word.endswith(ending) and len(word) - len(ending) >= least:
            stem = word[: -len(ending)]
            return stem[:-1] if stem.endswith("ь") and len(stem) - 1 >= least else stem
    return word


def latin_stem(word: str) -> str:
    """A German (Latin-script) word without a genitive or plural -s/-es and one ending, keeping three letters."""
    least = RULES["minimumStem"]
    stem = word
    if stem.endswith("es") and len(stem) - 2 >= least:
        stem = stem[:-2]
    elif stem.endswith("s") and not stem.endswith("ss") and len(stem) - 1 >= least:
        stem = stem[:-1]
    for ending in RULES["latinEndings"]:
        if stem.endswith(ending) and len(stem) - len(ending) >= least:
            return stem[: -len(ending)]
    return stem


def query_form(word: str) -> str:
    """The form a typed (folded) word is looked up as."""
    script = script_of(word)
    if script == "arabic":
        return _strip_prefix(word, _QUERY_PREFIXES)
    if script == "cyrillic":
        return russian_stem(word)
    if script == "latin":
        return latin_stem(word)
    return word


def index_forms(word: str) -> list[str]:
    """The forms a (folded) word of the text is indexed under, the word first."""
    forms = [word]

    def add(form: str) -> None:
        if form and form not in forms:
            forms.append(form)

    script = script_of(word)
    if script == "arabic":
        for prefix, rest in _INDEX_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= rest:
                add(word[len(prefix):])
        for form in list(forms):
            add(query_form(form))
    elif script in ("cyrillic", "latin"):
        add(query_form(word))
    return forms
