"""Latin letters for other scripts: readable transliterations, and the keys names are compared on.

- ``transliterate``: Cyrillic in Latin letters (registry ids, slugs);
- ``latin(text, lang)``: any script in plain ASCII Latin (anyascii's tables; Thai by the rules below);
- ``name_key(text, lang)``: a consonant skeleton that names written in different scripts share
  (Liaoning, Ляонин, لياونينغ and เหลียวหนิง all give "lnn"). Scripts write vowels differently (Arabic
  and Hebrew leave short ones out, Thai puts some before the consonant), so only consonants count,
  grouped into classes that transcription systems swap (b/p, d/t, g/k/q/c, v/w/f, s/z/sh, l/r kept
  apart). A key is evidence, never a join by itself: see generator/assembly/names.py.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.lang.thai import PLACE_CLASSIFIERS

CYRILLIC_LATIN = {c: t.strip("_") for c, t in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya").split())}


def transliterate(text: str) -> str:
    """Cyrillic letters in Latin letters (ш -> sh, я -> ya, ь -> nothing); other characters as they are."""
    return "".join(CYRILLIC_LATIN.get(c, c) if c.islower() else CYRILLIC_LATIN.get(c.lower(), c).capitalize()
                   for c in text)


# Thai consonants as the Royal Thai General System writes them at the start of a syllable; ว and ย
# are glides unless a vowel follows them (see _thai_latin). ห and อ carry tone or a vowel and are silent.
_THAI_CONSONANTS = dict(zip(
    "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ",
    "k k k k k k ng ch ch ch s ch y d t t t t n d t t t t n b p p f p f p m y r rue l lue w s s s _ l _ h".split()))
_THAI_VOWELS = frozenset("ะัาำิีึืุูเแโใไๅ็อ")  # vowel signs, and อ as a vowel carrier
# Vowel signs as RTGS writes them (ึ ื ue, แ ae, ใ ไ ai, อ as a vowel o), for the Latin forms whose likeness
# is evidence (generator/assembly/names.py); the preposed ones (เ แ โ ใ ไ) are spoken after their consonant.
_THAI_VOWEL_LATIN = dict(zip("ะัาำิีึืุูเแโใไๅ็อ", "a a a am i i ue ue u u e ae o ai ai a _ o".split()))
_THAI_VOWEL_LATIN["็"] = ""
_THAI_PREPOSED = frozenset("เแโใไ")
_THAI_SILENT = "\u0e4c"  # THANTHAKHAT: the letter it stands on is not pronounced, but it is the original's
_THAI_SONORANTS = frozenset("งญนมยรลว")  # ห before these only marks the tone (ห นำ)

# Classes of consonants that transcriptions between scripts exchange (v, w and f are one: Polish w,
# Thai ว and Arabic ف all write a foreign v); vowels, h and the glides y and j carry no class.
_CLASSES = str.maketrans({"b": "p", "d": "t", "g": "k", "q": "k", "c": "k", "x": "k", "v": "f", "w": "f",
                          "z": "s", "j": "", "y": "", "h": "", "a": "", "e": "", "i": "", "o": "", "u": ""})
# Digraphs first: one sound each. In Czech, Slovak, Polish and Croatian "ch" is the sound of Russian х (kh).
# Russian х and Arabic خ render a foreign h (Хуссейн, Хао): kh counts as h, i.e. nothing. Thai, Arabic
# and English all write Chinese ch and sh with one letter (ช, ش): ch counts as sh. Arabic ends Chinese
# -ng with غ (نغ), Russian drops the g (Шэньян): ng counts as n.
_DIGRAPHS = (("shch", "s"), ("tsch", "s"), ("sch", "s"), ("dzh", "s"), ("sh", "s"), ("zh", "s"), ("ch", "s"),
             ("kh", ""), ("ph", "f"), ("th", "t"), ("ngh", "n"), ("gh", "k"), ("ts", "s"), ("tz", "s"),
             ("ng", "n"), ("dj", "t"))
_CH_AS_KH = frozenset({"cs", "sk", "pl", "hr", "sl", "sr", "bs", "hsb", "dsb"})
_NON_LETTERS = re.compile(r"[^a-z ]+")


# Arabic and Hebrew write long vowels with consonant letters (matres lectionis): و and ו inside a word
# are u/o, ي and י inside a word are i, so that "فلاديفوستوك" gives f-l-d-f-s-t-k like "Vladivostok".
_MATRES = re.compile(r"(?<=[\u0600-\u06ff\u0590-\u05ff])[وويי]")
_MATRES_VOWEL = {"و": "u", "ו": "u", "ي": "i", "י": "i"}
# Modern Greek writes b, d, g and ng with pairs of letters (Μπερλίνο, Ντόρτμουντ, Σενγιάνγκ).
_GREEK_PAIRS = (("γκ", "g"), ("γγ", "ng"), ("μπ", "b"), ("ντ", "d"))


@lru_cache(maxsize=1 << 16)  # asked for each name once per join rule and round (discovery), the same few thousand names
def latin(text: str, lang: str = "") -> str:
    """The text in lower-case ASCII Latin letters (Thai by RTGS-like rules, other scripts by anyascii)."""
    if any("\u0e00" <= c <= "\u0e7f" for c in text):
        text = _thai_latin(_without_classifier(text))
    text = _MATRES.sub(lambda m: _MATRES_VOWEL[m.group()], text)
    for pair, sound in _GREEK_PAIRS:  # anyascii writes Greek letter by letter
        text = text.replace(pair, sound).replace(pair.upper(), sound.upper()).replace(pair.capitalize(), sound.capitalize())
    from anyascii import anyascii

    return anyascii(text).lower()


@lru_cache(maxsize=1 << 16)  # asked for each mention's name in every profile (discovery): a few thousand names
def name_keys(text: str, lang: str = "") -> tuple[str, ...]:
    """The name's key, and its key with j read as an affricate when that differs (see _J_AS_AFFRICATE).

    Latin j is a glide in German, Slavic and Nordic spelling (Jens, Jan: the key drops it, as it drops
    y) but the affricate of English and pinyin (Jakarta, Panjin), which Thai writes จ, Russian дж or
    цз: both readings are keys of the name, and the evidence decides (generator/assembly/names.py).
    """
    text = _without_classifier(text)
    key = name_key(text, lang)
    affricate = name_key(text, lang, j_affricate=True)
    return (key,) if affricate == key else (key, affricate)


_MIN_BARE = 2  # letters of a name left after its classifier


def _without_classifier(text: str) -> str:
    """A Thai place name without the classifier Thai writes glued before it (เมือง "city", มณฑล "province"):
    other scripts write the bare name (Panjin), so the classifier is no part of the key."""
    classifier = next((c for c in PLACE_CLASSIFIERS if text.startswith(c)), "")
    bare = text[len(classifier):]
    return bare if classifier and len(bare) >= _MIN_BARE and "\u0e01" <= bare[0] <= "\u0e4e" else text


@lru_cache(maxsize=1 << 16)
def name_key(text: str, lang: str = "", j_affricate: bool = False) -> str:
    """The consonant skeleton of a name, its words run together ("" when it has no consonant).

    Words run together because scripts split names differently (Tehreek-e-Labbaik, เหลียวหนิง unspaced).
    """
    words = []
    for word in _NON_LETTERS.sub(" ", latin(text, lang).replace("'", "")).split():
        if j_affricate:
            word = word.replace("j", "zh")  # then in the class of sh, zh, ch (the digraphs below)
        if lang.split("-")[0] in _CH_AS_KH:
            word = word.replace("ch", "kh")
        word = re.sub(r"(.)\1+", r"\1", word)  # doubled letters are one sound (Labbaik, Hussein)
        for digraph, sound in _DIGRAPHS:
            word = word.replace(digraph, sound)
        skeleton = word.translate(_CLASSES)
        if skeleton:
            words.append(skeleton)
    return "".join(words)


def _thai_latin(text: str) -> str:
    """Thai letters as Latin consonants and vowels, close enough for a consonant skeleton.

    Preposed vowels (เ แ โ ใ ไ) are written before the consonant they follow in speech; vowels are
    dropped by the key anyway, so only consonants need care: silent letters (์ and what it stands
    on, ห before a sonorant), and ว / ย, which are consonants only before a vowel.
    """
    out: list[str] = []
    preposed = ""
    for index, char in enumerate(text):
        after = text[index + 1] if index + 1 < len(text) else ""
        if char == _THAI_SILENT:  # the letter before it stays: foreign names keep their spelling (ซีเมนส์ Siemens)
            continue
        if char == "ห" and after in _THAI_SONORANTS:
            continue
        if char in "วย" and not (after in _THAI_VOWELS or _starts_syllable(text, index)):
            out.append("o" if char == "ว" else "i")  # a glide: part of the vowel
            continue
        if char in _THAI_PREPOSED and after in _THAI_CONSONANTS:
            preposed = _THAI_VOWEL_LATIN[char]  # spoken after the consonant it is written before
            continue
        if char in _THAI_CONSONANTS:
            out.append(_THAI_CONSONANTS[char].replace("_", "") + preposed)
            preposed = ""
        elif char in _THAI_VOWELS or "\u0e48" <= char <= "\u0e4b":
            out.append(_THAI_VOWEL_LATIN.get(char, "a") if char in _THAI_VOWELS else "")
        else:
            out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _starts_syllable(text: str, index: int) -> bool:
    """Whether the Thai letter at index starts a word (nothing Thai before it, or a preposed vowel)."""
    before = text[index - 1] if index else ""
    return not ("\u0e00" <= before <= "\u0e7f") or before in "เแโใไ"
