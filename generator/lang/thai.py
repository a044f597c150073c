"""Thai words: a dictionary check for text written without spaces between words (pythainlp, offline)."""
from __future__ import annotations

import bisect
import os
import re
from functools import lru_cache

# pythainlp must never try to download a corpus or write to the user's home at run time.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")


@lru_cache(maxsize=1)
def _sorted_words() -> tuple[str, ...]:
    """pythainlp's Thai word list, sorted for prefix look-ups."""
    from pythainlp.corpus import thai_words

    return tuple(sorted(thai_words()))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Thai given names (pythainlp's lists of female and male names, shipped in its wheel)."""
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_female_names()) | frozenset(thai_male_names())


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Thai family names (pythainlp's list, shipped in its wheel)."""
    from pythainlp.corpus import thai_family_names

    return frozenset(thai_family_names())


# Words this frequent in the Thai National Corpus (pythainlp's counts) are ordinary text: function words,
# numbers, common nouns; the syllables of a transcribed foreign name are rarer.
FREQUENT = 10_000


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """Word counts of the Thai National Corpus (pythainlp ships them)."""
    from pythainlp.corpus import tnc

    return dict(tnc.word_freqs())


def is_frequent(token: str) -> bool:
    """Whether a Thai token is one of the most frequent words of the Thai National Corpus."""
    return _frequencies().get(token, 0) >= FREQUENT


# Words this rare in the Thai National Corpus (pythainlp's counts, about 30 million words) are seldom ordinary
# text: pythainlp's dictionary lists some given names (เนวิน) among its words, and they are this rare.
RARE = 1_000


def is_rare(token: str) -> bool:
    """Whether a Thai token is rare in the Thai National Corpus (or absent from it)."""
    return _frequencies().get(token, 0) < RARE


def is_word(token: str) -> bool:
    """Whether the token is a word of pythainlp's Thai dictionary."""
    words = _sorted_words()
    index = bisect.bisect_left(words, token)
    return index < len(words) and words[index] == token


def is_word_prefix(token: str) -> bool:
    """Whether some longer dictionary word starts with the token."""
    words = _sorted_words()
    index = bisect.bisect_right(words, token)
    return index < len(words) and words[index].startswith(token)


# Characters that cannot begin a Thai word: following vowels, tone marks and other signs.
_WORD_CONTINUES = frozenset("ะัาำิีึืฺุู็่้๊๋์ํ๎")
_TAIL = 4


def ends_mid_word(text: str, context: str = "") -> bool:
    """Whether Thai text stops inside a word ("…สำค" of สำคัญ).

    The dictionary decides first: the last token must be no word but the start of one. Names
    are rarely in the dictionary, so the context (the whole article) gets the last word: if the
    same final letters appear elsewhere followed by the start of a new word, they can end a word.
    """
    from pythainlp.tokenize import word_tokenize

    text = text.rstrip()
    tokens = [t for t in word_tokenize(text[-60:], engine="newmm", keep_whitespace=False) if t.strip()]
    if not tokens or not any("\u0e00" <= ch <= "\u0e7f" for ch in tokens[-1]):
        return False
    last, joined = tokens[-1], "".join(tokens[-2:])
    if is_word(last) or is_word(joined) or not is_word_prefix(last):
        return False
    return not _ends_a_word_elsewhere(text[-_TAIL:], context or text)


def _ends_a_word_elsewhere(tail: str, context: str) -> bool:
    """Whether the tail occurs in the context followed by something that starts a new word."""
    start = context.find(tail)
    while start != -1:
        after = start + len(tail)
        if after < len(context) and context[after] not in _WORD_CONTINUES:
            return True
        start = context.find(tail, start + 1)
    return False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Thai sentence spans, from pythainlp's CRF sentence segmenter (its model ships in the wheel).

    Thai separates clauses, sentences and foreign words alike with a space; a space alone does
    not tell where a sentence ends.
    """
    from pythainlp.tokenize import sent_tokenize

    spans, offset = [], 0
    for sentence in sent_tokenize(text, engine="crfcut"):
        start = text.find(sentence.strip(), offset) if sentence.strip() else -1
        if start == -1:
            continue
        end = start + len(sentence.strip())
        spans.append((start, end))
        offset = end
    return spans


# Abbreviated titles written glued before a given name (Royal Institute abbreviations): military and
# police ranks (พ.ต.ท. police lieutenant colonel), children (ด.ช. boy, ด.ญ. girl), physicians (น.พ., พ.ญ.),
# Miss (น.ส.). namewords.PERSON_TITLES holds the full words.
TITLE_ABBREVIATIONS = tuple(
    "พล.อ. พล.ท. พล.ต. พ.อ. พ.ท. พ.ต. ร.อ. ร.ท. ร.ต. พล.ต.อ. พล.ต.ท. พล.ต.ต. พ.ต.อ. พ.ต.ท. พ.ต.ต. ร.ต.อ. ร.ต.ท. "
    "ร.ต.ต. ด.ต. จ.ส.ต. ส.ต.อ. ส.ต.ท. ส.ต.ต. พล.ร.อ. พล.อ.อ. น.อ. น.ท. น.ต. ด.ช. ด.ญ. น.พ. นพ. พ.ญ. พญ. ทพ. "
    "ทพญ. น.ส. นส. ดร. ผศ. รศ. ศ.".split())
def given_name(person: str) -> str:
    """The given name of a Thai person's written name: the first word after its titles (นายแพทย์สมชาย ใจดี ->
    สมชาย), or "" when no title begins it (then nothing says where the name starts)."""
    from generator.lang.namewords import PERSON_TITLES

    match = _titles_pattern(PERSON_TITLES["th"]).match(person)
    return person[match.end():].split(" ")[0] if match else ""


@lru_cache(maxsize=1)
def _titles_pattern(words: str) -> re.Pattern:
    """Stacked Thai titles at the start of a text (the full words and TITLE_ABBREVIATIONS)."""
    titles = sorted(set(words.split()) | set(TITLE_ABBREVIATIONS), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, titles))})+")


# Abbreviated offices, written before or after the body they head (ผอ. director, ผวจ. provincial governor,
# ผบ. commander, ผกก. police superintendent, ผญบ. village headman: ผู้ "one who" gives ผ; รมว./รมช./รมต.
# minister; นรม. prime minister; ปธ. chairman; อธ. director-general): a person's office, not a body's name.
OFFICE_ABBREVIATION = re.compile("^(?:ผ|รม|นรม|ปธ\\.|อธ\\.)")
# Thai abbreviations of units of measure (Royal Institute): kilometre, kilogram, centimetre, millimetre,
# hour, millilitre; they follow numbers (as do ตร.ม., ลบ.ม., square and cubic metre) and name nothing.
UNIT_ABBREVIATIONS = frozenset("กม. กก. ซม. มม. ชม. มล.".split())
# Words that classify a place and are written glued before its name: "country", "city", "metropolis",
# "(Chinese) province", "state", "district", "(Lao) province", "province", "district", "subdistrict".
# Thai writes ประเทศฝรั่งเศส, เมืองเชียงใหม่: the classifier is part of the name as written.
PLACE_CLASSIFIERS = ("ประเทศ", "เมือง", "นคร", "มณฑล", "รัฐ", "เขต", "แขวง", "จังหวัด", "อำเภอ", "ตำบล")
# Thai vowels written before the consonant they follow in speech: a match that starts right after one
# starts inside a syllable (ท่าน in เท่านั้น).
LEADING_VOWELS = frozenset("เแโใไ")


def segment(text: str) -> list[str]:
    """Thai words of a text (pythainlp's newmm dictionary segmentation, offline)."""
    from pythainlp.tokenize import word_tokenize

    return [w for w in word_tokenize(text, engine="newmm", keep_whitespace=False) if w]


def part_of_speech(words: list[str]) -> list[str]:
    """ORCHID part-of-speech tags of Thai words (pythainlp's perceptron tagger, its model in the wheel)."""
    from pythainlp.tag import pos_tag

    return [tag for _, tag in pos_tag(words, engine="perceptron", corpus="orchid")]
