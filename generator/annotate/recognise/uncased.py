"""Names in scripts without capitals (Arabic, Thai): found by the words that introduce or head them.

Arabic: a title before a person ("الرئيس", "السيد"; adjectives with the article after the title
are skipped: "الرئيس الأمريكي جورج بوش") and the words without the article that follow it; a head
noun of an organisation in a construct state with its genitive ("مجلس الأمن", "حزب الله").
Thai: a title glued to the given name, then the surname after a space ("นายสมชาย ใจดี"); heads
of organisations and places glued to their names ("กระทรวงการคลัง", "จ.เชียงใหม่").
Names these cues do not introduce need a gazetteer (generator.lang.gazetteer) or a name already
known in another script (generator.assembly.names).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from generator.annotate.recognise.found import Found
from generator.annotate.recognise.tokens import Token
from generator.lang import gazetteer
from generator.lang.arabic import (GOD, NAME_PARTICLES, definite_stem, definite_stems, is_family_name_with_article, is_plural_or_feminine,
                                   starts_with_conjunction)
from generator.lang.namewords import ORGANISATION_WORDS, PERSON_TITLES, PLACE_WORDS
from generator.lang.scripts import dominant_script
from generator.lang.stopwords import calendar_word, function_words

_ARABIC_CLITICS = re.compile(r"^(?:[وف]?[بلك]?)(?=ال)|^[وف](?=\w{3})")
_ARABIC_STOP = re.compile(r"[^\u0621-\u064A\u0671-\u06D3]")
# Titles of more than one word that end with a word the single-word list has no reason to hold.
_ARABIC_TITLE_PAIRS = ("الأمين العام", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "وزير الداخلية",
                       "ولي العهد", "المتحدث باسم")
# Verbs of saying: in news the speaker's name follows them ("وقال كوفي أنان").
_ARABIC_SAYING = frozenset("قال وقال أكد وأكد أعلن وأعلن أضاف وأضاف أوضح وأوضح صرح وصرح".split())
_ARABIC_THAT = frozenset("إن أن ان انه إنه أنه".split())  # "that" after a verb of saying
# Words of time that follow an organisation's name without being part of it ("مجلس الأمن الأسبوع الماضي").
_ARABIC_TIME = frozenset("الأسبوع الاسبوع اليوم الشهر العام السنة الماضي الماضية المقبل المقبلة الحالي الحالية "
                         "الجاري الأول الثاني".split())

_THAI = "\u0e01-\u0e4e"
# Words that begin with a title's letters but are common nouns (นายก "chief", นายอำเภอ "district chief",
# คุณภาพ "quality"...).
_THAI_NOT_TITLE = "ภาพ|สมบัติ|ค่า|ธรรม|ก|อำเภอ|ทหาร|หน้า|จ้าง|ตรวจ|ทุน|ด่าน|ท่า|ประกัน|สิบ|ร้อย|พล|พัน|ช่าง|งาน|ยาม|พราน|เรือ|ตำรวจ"
_THAI_NAME_MAX = 18  # letters of a Thai given name or organisation name after its head, at most
_THAI_PLACE_ABBREVIATIONS = ("จ.", "อ.", "ต.")  # จังหวัด, อำเภอ, ตำบล written short
_THAI_NOT_SURNAME = ("กล่าว", "ระบุ", "เปิดเผย", "ให้", "ได้", "เป็น", "จะ", "ซึ่ง", "ที่", "และ", "โดย", "ว่า",
                     "พร้อม", "เพื่อ", "เมื่อ", "ยัง", "ก็", "คือ", "หรือ", "แต่", "ไป", "มา", "อายุ", "รมว.", "รมช.",
                     "ผู้", "นาย", "ประธาน", "อธิบดี", "เลขาธิการ", "ผอ.", "ปลัด", "รอง", "แพทย์")


def find(body: str, lang: str, tokens: list[Token]) -> Iterator[Found]:
    """Names introduced or headed by cue words, in the Arabic and Thai parts of a body."""
    if lang == "ar" or any(t.script == "ARABIC" for t in tokens[:50]):
        yield from _arabic(body, [t for t in tokens if t.script == "ARABIC"])
    if lang == "th" or "\u0e01" <= body[:1] <= "\u0e4e" or any(t.script == "THAI" for t in tokens[:50]):
        yield from _thai(body)


def screened(body: str, found: list[Found]) -> list[Found]:
    """The finds without Arabic phrases that only quotation marks single out.

    Arabic news quotes words and phrases to report them ("جدول زمني دقيق"), not to name something; without
    capitals nothing tells a quoted name from a quoted phrase, so a cue or a gazetteer must find the name.
    """
    return [f for f in found if f.kind or f.ref or dominant_script(body[f.start:f.end]) != "ARABIC"]


def preload() -> None:
    """Compile the Thai patterns and load the word lists now."""
    _thai_pattern()
    _thai_cuts()
    _arabic_words()


def _bare(word: str) -> str:
    """An Arabic word without the conjunction and preposition clitics before its article (وبالرئيس -> الرئيس)."""
    return _ARABIC_CLITICS.sub("", word)


@lru_cache(maxsize=None)
def _arabic_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Arabic titles, organisation heads and function words."""
    return (frozenset(PERSON_TITLES["ar"].split()), frozenset(ORGANISATION_WORDS["ar"].split()),
            function_words("ar"))


def _arabic(body: str, tokens: list[Token]) -> Iterator[Found]:
    """Arabic names after titles and verbs of saying, and organisations after their head nouns."""
    titles, heads, stop = _arabic_words()
    # Words the article writes with the article ال are common nouns and adjectives, never a foreign name.
    common = definite_stems([t.text for t in tokens]) | stop | _ARABIC_THAT | titles | heads
    for index, token in enumerate(tokens):
        # As written first: و begins words too (وزارة, وزير), and is a clitic only when what is left is a word.
        word = token.text if token.text in titles or token.text in heads else _bare(token.text)
        pair = f"{word} {_bare(tokens[index + 1].text)}" if index + 1 < len(tokens) else ""
        if pair in _ARABIC_TITLE_PAIRS:
            yield from _arabic_person(body, tokens, index + 2, common)
        elif word in titles:
            yield from _arabic_person(body, tokens, index + 1, common)
        elif token.text in _ARABIC_SAYING:
            yield from _arabic_speaker(body, tokens, index + 1, common)
        elif word in heads and index + 1 < len(tokens) and _adjacent(body, token, tokens[index + 1]):
            yield from _arabic_organisation(body, tokens, index, stop)


def _adjacent(body: str, first: Token, second: Token) -> bool:
    """Whether only a space separates two tokens."""
    return body[first.end:second.start] == " "


def _arabic_speaker(body: str, tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """The speaker's name between a verb of saying and the "that" (إن / أن) of what was said: "وقال كوفي أنان إن"."""
    for end in range(index + 1, min(index + 4, len(tokens))):
        if _bare(tokens[end].text) in _ARABIC_THAT:
            name = tokens[index:end]
            if all(_name_word(t.text, common) and not is_plural_or_feminine(t.text)
                   and not starts_with_conjunction(t.text, i) for i, t in enumerate(name)) and all(
                    _adjacent(body, a, b) for a, b in zip(tokens[index - 1:end], tokens[index:end + 1])):
                yield Found(name[0].start, name[-1].end, "person")
            return


def _name_word(word: str, common: frozenset[str]) -> bool:
    """Whether a word without the article can be part of a personal name: no function word, no common
    noun the text writes with the article, no country, no month or weekday."""
    bare = _bare(word)
    if word in common or bare in common or definite_stem(word) or len(word) < 2 or calendar_word(word, "ar"):
        return False
    if word[:1] in "بلك" and word[1:] in _arabic_words()[0] | _arabic_words()[1]:
        return False  # a preposition glued to a title or a head noun: بمجلس, لحزب
    entry = gazetteer.lookup(bare, "ar")
    return entry is None or not entry.id.startswith("cldr:")


_ARABIC_NAME_WORDS = 2  # given name and family name; a particle (بن, عبد, أبو) adds the word it governs


def _arabic_person(body: str, tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """The name after a title: adjectives with the article skipped first ("الرئيس السوري بشار الأسد"),
    then up to two words without the article, or a given name and a family name with it (بشار الأسد)."""
    skipped = 0
    while index < len(tokens) and tokens[index].text.startswith("ال") and skipped < 2 and (
            index == 0 or _adjacent(body, tokens[index - 1], tokens[index])):
        index, skipped = index + 1, skipped + 1
    name: list[Token] = []
    limit = _ARABIC_NAME_WORDS
    while index < len(tokens) and len(name) < limit:
        token = tokens[index]
        if index > 0 and not _adjacent(body, tokens[index - 1], token):
            break
        text = token.text
        if name and (text in GOD or (name[-1].text in NAME_PARTICLES and text.startswith("ال"))):
            name.append(token)  # عبد الله, نصر الله, أبو القاسم
            break
        if text in NAME_PARTICLES and name:
            limit += 1
        elif len(name) == 1 and is_family_name_with_article(text) and _bare(text) == text and (
                text not in common and text not in _ARABIC_TIME and not calendar_word(text, "ar")):
            name.append(token)  # a family name with the article after a given name: بشار الأسد
            break
        elif not _name_word(text, common) or starts_with_conjunction(text, len(name)):
            break
        name.append(token)
        index += 1
    if name and index < len(tokens) and tokens[index].text in GOD and _adjacent(body, name[-1], tokens[index]):
        name.append(tokens[index])  # a theophoric family name after the limit: حسن نصر الله
    while name and name[-1].text in NAME_PARTICLES:
        name.pop()
    if name:
        yield Found(name[0].start, name[-1].end, "person")


def _arabic_organisation(body: str, tokens: list[Token], index: int, stop: frozenset[str]) -> Iterator[Found]:
    """A head noun and the genitives with the article that follow it ("مجلس الأمن الدولي")."""
    end = index
    while end + 1 < len(tokens) and end - index < 4 and _adjacent(body, tokens[end], tokens[end + 1]):
        following = tokens[end + 1].text
        if following in stop or following in _ARABIC_TIME or not (following.startswith("ال") or following.startswith("لل")):
            break
        end += 1
    if end > index:
        start = tokens[index].start + (len(tokens[index].text) - len(_bare(tokens[index].text)))
        yield Found(start, tokens[end].end, "organisation")


def _thai(body: str) -> Iterator[Found]:
    """Thai names glued to a title, an organisation head or a place head, up to the next space."""
    for match in _thai_pattern().finditer(body):
        kind = "person" if match.group("title") else "organisation" if match.group("org") else "place"
        head = len(match.group("title") or match.group("org") or match.group("place"))
        if body.startswith(_thai_cuts(), match.start() + head):
            continue  # the head is followed by a function word or an adjective: a common phrase ("บริษัทใน")
        end = _thai_cut(body, match.start() + head, match.end())
        if not 2 <= end - match.start() - head <= _THAI_NAME_MAX:
            continue  # nothing left, or a run of words no cut word ended
        if kind == "person" and end == match.end():
            end = _with_surname(body, end)
        yield Found(match.start(), end, kind)


def _thai_cut(body: str, start: int, end: int) -> int:
    """Where a name glued to the words after it ends: before the first function word or verb of saying.

    Thai writes no space between words; a name runs into "กล่าวว่า" (said that) or "ได้" (did).
    Function words of three letters or more (pythainlp's list) and the verbs below mark the cut.
    """
    text = body[start:end]
    for index in range(2, len(text) - 1):
        if text.startswith(_thai_cuts(), index):
            return start + index
    return end


@lru_cache(maxsize=None)
def _thai_cuts() -> tuple[str, ...]:
    """Words that end a Thai name glued to what follows: function words, verbs of saying."""
    words = ({w for w in function_words("th") if len(w) >= 3} | set(_THAI_NOT_SURNAME) | set(_THAI_SAYING)
             | set(_THAI_NOT_NAME))
    return tuple(sorted(words, key=len, reverse=True))


# Short function words and adjectives that follow a head noun in common phrases ("สำนักงานใหญ่" head office).
_THAI_NOT_NAME = ("ใน", "ของ", "นี้", "นั้น", "ใหญ่", "ใหม่", "เล็ก", "ทั้ง", "อื่น", "ต่าง", "แห่ง", "ทุก", "หลาย")
_THAI_SAYING = ("กล่าว", "เผย", "ตอบ", "ระบุ", "แถลง", "ชี้แจง", "เปิดเผย", "อธิบาย", "บอก", "ยืนยัน", "เสียชีวิต", "วัย")


def _with_surname(body: str, end: int) -> int:
    """The end of a Thai person's name: the surname after one space, when one follows."""
    surname = re.match(f" ([{_THAI}]{{2,18}})(?=[\\s,.()\"“”']|$)", body[end:end + 24])
    if surname is None or surname.group(1).startswith(_THAI_NOT_SURNAME):
        return end
    return end + surname.end()


@lru_cache(maxsize=None)
def _thai_pattern() -> re.Pattern:
    """Title + given name, organisation head + name, place head + name (all glued, up to a space)."""
    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    titles = alternation(PERSON_TITLES["th"].split())
    heads = alternation(ORGANISATION_WORDS["th"].split())
    places = alternation(list(PLACE_WORDS["th"].split()) + list(_THAI_PLACE_ABBREVIATIONS))
    name = f"[{_THAI}]{{2,40}}(?![{_THAI}])"
    abbreviation = f"[{_THAI}]{{1,4}}\\."  # stacked academic and rank titles: รศ.น.สพ.ดร.
    return re.compile(f"(?P<title>(?:{abbreviation})*(?:{titles})(?!{_THAI_NOT_TITLE})(?:{abbreviation})*){name}|"
                      f"(?P<org>{heads}){name}|(?P<place>{places}){name}")
