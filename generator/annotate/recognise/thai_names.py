"""Thai names: found by the title, head or classifier glued before them (Thai writes no spaces between words).

A title before a given name, then the surname after a space ("นายสมชาย ใจดี", "พ.ต.อ.สมชาย ใจดี"); an
organisation head and the nouns after it ("กระทรวงการคลัง"), or one dictionary word that begins with
the head (pythainlp lists "องค์การอนามัยโลก" whole); a place head and its name ("จ.เชียงใหม่"), and a
place classifier glued before a gazetteer name ("ประเทศฝรั่งเศส": Thai writes the classifier as part of it).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from generator.annotate.recognise import thai_abbreviations
from generator.annotate.recognise.found import Found
from generator.lang import gazetteer
from generator.lang.boundaries import thai_cluster_boundaries
from generator.lang.namewords import ORGANISATION_WORDS, PERSON_TITLES, PLACE_WORDS
from generator.lang.stopwords import function_words
from generator.lang.thai import (LEADING_VOWELS, PLACE_CLASSIFIERS, TITLE_ABBREVIATIONS, ends_mid_word, family_names,
                                 given_names, is_frequent, is_rare, is_word, part_of_speech, segment)

_THAI = "\u0e01-\u0e4e"
# Words that begin with a title's letters but are common nouns (นายก "chief", นายอำเภอ "district chief",
# คุณภาพ "quality"...).
_NOT_TITLE = "ภาพ|สมบัติ|ค่า|ธรรม|อำเภอ|ทหาร|หน้า|จ้าง|ตรวจ|ทุน|ด่าน|ท่า|ประกัน|สิบ|ร้อย|พล|พัน|ช่าง|งาน|ยาม|พราน|เรือ|ตำรวจ"
_NAME_MAX = 18  # letters of a Thai given name or organisation name after its head, at most
_ORGANISATION_WORDS = 6  # dictionary words of an organisation's name after its head, at most
# นายก "chief" heads the office it names (นายกรัฐมนตรี prime minister, นายกฯ, นายกเทศมนตรี mayor, นายกสมาคม
# the president of an association...); นาย before another given name in ก- is "Mr." (นายกนก). รัฐมนตรีช่วย is
# "deputy minister" (ช่วย "assist"), an office.
_CHIEF = "(?<=นาย)ก(?:ฯ|รัฐมนตรี|เทศมนตรี|สมาคม|องค์การ|สภา|อบ|ตำบล|เมือง)|(?<=รัฐมนตรี)ช่วย"
# "and", "of": inside an organisation's name between two nouns.
_JOINING = frozenset({"และ", "แห่ง"})
# Heads that are common nouns too (เขต "zone", แขวง "sub-district"): a place only before a proper noun.
_PROPER_PLACE_HEADS = ("เขต", "แขวง")
# A minister's title, abbreviated or not, glued before the name of the ministry: รมว. (รัฐมนตรีว่าการ, minister),
# รมช. (รัฐมนตรีช่วยว่าการ, deputy minister), รมต. (รัฐมนตรี).
_MINISTER = re.compile("(?:รมว\\.|รมช\\.|รมต\\.|รัฐมนตรีว่าการ|รัฐมนตรีช่วยว่าการ)(?=[\u0e01-\u0e4e])")
# Thai clock times: "20.20 น." (นาฬิกา); an abbreviated title after them does not begin with that น.
_TIME = re.compile("\\d[.:]\\d\\d\\s*$")
_OCLOCK = "น."
_PLACE_ABBREVIATIONS = ("จ.", "อ.", "ต.")  # จังหวัด, อำเภอ, ตำบล written short
_NOT_SURNAME = ("กล่าว", "ระบุ", "เปิดเผย", "ให้", "ได้", "เป็น", "จะ", "ซึ่ง", "ที่", "และ", "โดย", "ว่า",
                "พร้อม", "เพื่อ", "เมื่อ", "ยัง", "ก็", "คือ", "หรือ", "แต่", "ไป", "มา", "อายุ", "รมว.", "รมช.",
                "ผู้", "นาย", "ประธาน", "อธิบดี", "เลขาธิการ", "ผอ.", "ปลัด", "รอง", "แพทย์", "หนูน้อย")
# Short function words and adjectives that follow a head noun in common phrases ("สำนักงานใหญ่" head office, "จ.เดิม"
# the same province, "โรงพยาบาลทั่วประเทศ" hospitals all over the country).
_NOT_NAME = ("ใน", "ของ", "นี้", "นั้น", "ใหญ่", "ใหม่", "เล็ก", "ทั้ง", "อื่น", "ต่าง", "แห่ง", "ทุก", "หลาย", "ทั่ว",
             "เดิม", "เดียวกัน")  # "the same/former (province)", "the same"
_SAYING = ("กล่าว", "เผย", "ตอบ", "ระบุ", "แถลง", "ชี้แจง", "เปิดเผย", "อธิบาย", "บอก", "ยืนยัน", "เสียชีวิต", "วัย")
# Function words in the letters after a given name that make them a clause, not a surname (surnames are
# compounds of nouns and adjectives: ใจดี, ชินวัตร).
_CLAUSE_FUNCTION_WORDS = 2
# Quantifiers after a head: all over (ทั่ว), every (ทุก), several (หลาย), various (ต่าง).
_QUANTIFIERS = ("ทั่ว", "ทุก", "หลาย", "ต่าง")
# A head's letters followed by one or two more that make a dictionary word are another word (สภา in สภาพ).
_LONGER_WORD = 2


def find(body: str, lang: str) -> Iterator[Found]:
    """Thai names glued to a title, an organisation head, a place head or a place classifier, and a place
    coordinated with a place so found."""
    found = list(_cued(body, lang))
    yield from found
    yield from _coordinated_places(body, found)


# A second place joined by "and" (และ) to one a head named shares the head: Thai writes it once before the first
# ("อ.บางเลน และดอนตูม": the districts Bang Len and Don Tum). The second is the whole run up to a space or
# punctuation, a name of a few letters that begins with a noun (ORCHID tags: not ยังมี "there still is"), no frequent
# word and no function word.
_AND_PLACE = re.compile(f" ?และ ?([{_THAI}]{{3,{_NAME_MAX}}})(?=[\\s,.()]|$)")


_REPEAT = "ๆ"  # mai yamok repeats the word before it ("อื่นๆ", and others): no name holds it


def _coordinated_places(body: str, found: list[Found]) -> Iterator[Found]:
    """The place joined by "and" right after a place found by its head or classifier."""
    for item in found:
        match = _AND_PLACE.match(body, item.end) if item.kind == "place" else None
        if match is None:
            continue
        name, words = match.group(1), segment(match.group(1))
        if not (is_frequent(name) or words[0] in _cuts() or _REPEAT in name
                or not part_of_speech(words)[0].startswith("N") or any(
                word in function_words("th") or is_frequent(word) for word in words)):
            yield Found(match.start(1), match.end(1), "place")


def _cued(body: str, lang: str) -> Iterator[Found]:
    """Thai names glued to a title, an organisation head, a place head or a place classifier."""
    boundaries = thai_cluster_boundaries(body)
    position = 0
    while (match := _pattern().search(body, position)) is not None:
        position = match.end()
        if match.group().startswith(_OCLOCK) and _TIME.search(body, max(0, match.start() - 8), match.start()):
            match = _pattern().match(body, match.start() + len(_OCLOCK)) or match  # "20.20 น." is 20:20
        if match.start() not in boundaries or body[match.start() - 1:match.start()] in LEADING_VOWELS:
            continue  # the title's or head's letters end or start inside another syllable (ท่าน in เท่านั้น)
        found = _title_or_head(body, match)
        if found is not None:
            yield found
            # A glued run goes on after the name: another cue may begin in it (จังหวัดXที่ทางสำนักY…).
            position = max(found.end, match.start() + 1)
    yield from _classified_places(body, lang)
    yield from _ministries(body)
    yield from thai_abbreviations.find(body, lang)


# Thai news glosses a name in parentheses right after it: another transcription (นครเทียนจิน(เทียนสิน),
# เมืองฉงชิ่ง (จุงกิง)) or the English acronym read out (องค์การอนามัยโลก(ฮู), WHO). "(มหาชน)" after a company
# is its legal form (บริษัท … จำกัด (มหาชน): public company limited), no name.
_GLOSS = re.compile(f"\\s?\\(([{_THAI}]{{2,{_NAME_MAX}}})\\)")
_LEGAL_FORM = "มหาชน"


def glosses(body: str, found: list[Found]) -> list[Found]:
    """A Thai word in parentheses right after a name found by its cue or the gazetteer: the same kind of name."""
    glossed = []
    for item in found:
        match = _GLOSS.match(body, item.end)
        if (match and (item.kind or item.ref) and re.search(f"[{_THAI}]", body[item.start:item.end])
                and match.group(1) != _LEGAL_FORM and not is_frequent(match.group(1))
                and not match.group(1).startswith(_cuts())):
            glossed.append(Found(match.start(1), match.end(1), item.kind))
    return glossed


# Thai news names a person by the given name after the first mention (Thai convention: given name, not
# surname): "นายสมชาย ใจดี" once, then "สมชาย" alone, glued to what follows (สมชายกล่าวว่า).
_GIVEN_NAME_MIN = 3  # letters: shorter given names are too often a syllable of other words


def given_name_repeats(body: str, found: list[Found]) -> list[Found]:
    """Later mentions of a Thai person's given name alone, when a title introduced it with its surname."""
    given = set()
    for item in found:
        surface = body[item.start:item.end]
        title = _pattern().match(surface)
        if item.kind == "person" and title and title.group("title") and " " in surface:
            name = surface[len(title.group("title")):].split(" ")[0]
            if len(name) >= _GIVEN_NAME_MIN and (not is_word(name) or is_rare(name)):
                given.add(name)
    if not given:
        return []
    boundaries = thai_cluster_boundaries(body)
    pattern = re.compile("|".join(re.escape(name) for name in sorted(given, key=len, reverse=True)))
    return [Found(_title_start(body, m.start()), m.end(), "person") for m in pattern.finditer(body)
            if m.start() in boundaries and m.end() in boundaries | {len(body)}]


def _title_start(body: str, start: int) -> int:
    """Where a title glued before a given name begins (นายแพทย์วัลลภ: the title is part of the written name, as
    the title cues find it), else the name's own start."""
    match = _title_before().search(body, max(0, start - _TITLE_MAX), start)
    return match.start() if match else start


_TITLE_MAX = 20  # letters of the longest stacked title (พล.ต.อ.นายแพทย์)


@lru_cache(maxsize=1)
def _title_before() -> re.Pattern:
    """A person's title ending where the searched text ends."""
    titles = sorted(set(PERSON_TITLES["th"].split()) | set(TITLE_ABBREVIATIONS), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, titles))})+$")


def _ministries(body: str) -> Iterator[Found]:
    """The ministry a minister's title names: "รมว.พลังงาน" (minister of energy) names the ministry."""
    for match in _MINISTER.finditer(body):
        end = _noun_phrase_end(body, match.end(), _run_end(body, match.end()))
        if end is not None:
            yield Found(match.end(), end, "organisation")


def _run_end(body: str, start: int) -> int:
    """The end of the Thai letters from start (up to a space or another script)."""
    match = re.compile(f"[{_THAI}ฯ]*").match(body, start)
    return match.end() if match else start


def preload() -> None:
    """Compile the patterns and load the word lists now."""
    _pattern()
    _cuts()


def _title_or_head(body: str, match: re.Match) -> Found | None:
    """The name a title, an organisation head or a place head begins."""
    kind = "person" if match.group("title") else "organisation" if match.group("org") else "place"
    head = len(match.group("title") or match.group("org") or match.group("place"))
    if kind == "organisation":
        end = _organisation_end(body, match.start(), match.start() + head, match.end())
        return Found(match.start(), end, kind) if end is not None else None
    proper = match.group("place") in _PROPER_PLACE_HEADS  # the gazetteer or the tagger decides (บางรัก begins with บาง "some")
    if not proper and body.startswith(_cuts(), match.start() + head) and not (
            kind == "person" and _given_name_first(body, match.start() + head, match.end())):
        return None  # the head is followed by a function word or an adjective: a common phrase
    if proper:
        end = _proper_noun_end(body, match.start() + head, match.end())
    else:
        end = _cut(body, match.start() + head, match.end())
    if end is None or not 2 <= end - match.start() - head <= _NAME_MAX:
        return None  # nothing left, or a run of words no cut word ended
    if kind == "person" and end == match.end():
        end = _with_surname(body, end)
    office = next((o for o in _OFFICES if match.group("title").startswith(o)), "") if kind == "person" else ""
    if office:
        return Found(match.start() + len(office), end, kind)  # "รัฐมนตรีสมชาย": the office is no part of the name
    if match.group("place") in _PLACE_ABBREVIATIONS and _glued_after_letters(body, match.start()):
        return Found(match.start() + head, end, kind)  # จ. ends an office's acronym (ผวจ. governor): the bare name
    return Found(match.start(), end, kind)


# Offices among the person titles (president, prime minister, minister): written glued before a name like a title
# (ประธานาธิบดีX), but the name is what follows (Thai names a person by title + given name: นายX keeps นาย).
_OFFICES = ("ประธานาธิบดี", "นายกรัฐมนตรี", "รัฐมนตรี")


_ACRONYM_LETTERS = 4  # letters of a longer acronym before its last one, at most


def _glued_after_letters(body: str, start: int) -> bool:
    """Whether a place abbreviation at start (จ.) ends a longer acronym of pythainlp's dictionary (ผวจ., อบต.)."""
    end = body.find(".", start) + 1
    return end > 0 and any(is_word(body[start - k:end]) for k in range(1, min(start, _ACRONYM_LETTERS) + 1))


def _given_name_first(body: str, start: int, end: int) -> bool:
    """Whether the letters after a title (start to end) are or begin with a given name of pythainlp's lists.

    Given names can begin with the letters of a function word (สุดาพร begins with สุด "most") or be one
    (เล็ก "small" is a nickname): the lists of Thai given names tell them apart. The lists hold common
    words too (ใหม่ "new"), so a given name that is a function word needs a surname after it.
    """
    names, run = given_names(), body[start:end]
    if any(run[:cut] in names and run[:cut] not in _cuts() for cut in range(4, len(run) + 1)):
        return True
    return run in names and _with_surname(body, end) > end


def _organisation_end(body: str, start: int, name_start: int, end: int) -> int | None:
    """Where an organisation's name ends: one dictionary word that begins with the head (a name pythainlp
    lists whole: "สำนักงานตำรวจแห่งชาติ"), else the head and the nouns after it, up to a verb or a function word.

    Inside the name "and" and "of" may join two nouns ("สถาบันวิจัยและพัฒนาแห่งชาติ"), and a verb
    right after the head names what the body does ("กรมควบคุมมลพิษ", department for controlling pollution).
    """
    head = body[start:name_start]
    if any(is_word(body[start:name_start + extra]) for extra in range(1, _LONGER_WORD + 1)):
        return None  # the head's letters begin another word: สภาพ "condition", not สภา "council"
    words = segment(body[start:end])
    if not words or body.startswith(_QUANTIFIERS, name_start):
        return None  # "hospitals all over the country", "every ministry": no one body
    if words[0] != head:
        if body.startswith(_NOT_NAME, name_start):
            return None  # a compound of the head and an adjective or a function word: สำนักงานใหญ่ "head office"
        return start + len(words[0]) if words[0].startswith(head) and is_word(words[0]) else None
    return _nouns_end(name_start, words, part_of_speech(words), 1)


def _noun_phrase_end(body: str, start: int, end: int) -> int | None:
    """The end of the nouns from start (see _nouns_end), or None when none begins there."""
    words = segment(body[start:end])
    return _nouns_end(start, words, part_of_speech(words), 0) if words else None


# Bodies that Thai writes after the unit they hold, with no word between (กรมX กระทรวงY, department X of the ministry
# Y; คณะX มหาวิทยาลัยY, faculty X of university Y): the name before them ends there.
_TOP_BODIES = ("กระทรวง", "มหาวิทยาลัย")


def _nouns_end(start: int, words: list[str], tags: list[str], first: int) -> int | None:
    """Where the nouns from words[first] end: "and"/"of" between nouns and a verb first (with its object) stay in."""
    taken = start
    for index in range(first, min(len(words), first + _ORGANISATION_WORDS)):
        word, tag = words[index], tags[index]
        noun_follows = index + 1 < len(words) and tags[index + 1].startswith("N")
        if index > first and word.startswith(_TOP_BODIES):
            break  # "กรมX กระทรวงY": a department and the ministry it belongs to, two bodies written side by side
        if tag.startswith("N") and word not in _cuts() or (word == "ฯ" and index > first):
            pass
        elif not ((word in _JOINING or (tag.startswith("V") and index == first)) and noun_follows):
            break  # a verb, an adverb or a particle ends the name ("กระทรวงการคลังแถลง")
        taken += len(word)
    return taken if taken - start >= 2 else None


def _proper_noun_end(body: str, start: int, end: int) -> int | None:
    """The end of the proper noun right after a head such as เขต "district": the longest place the gazetteer knows
    there (at a syllable boundary: GeoNames and ISO 3166-2 name districts and foreign provinces too small to be
    looked for everywhere), else the first word if tagged NPRP (ORCHID), else None."""
    boundaries = thai_cluster_boundaries(body[start:end])
    for stop in range(end, start + _GAZETTEER_MIN - 1, -1):
        if stop - start in boundaries:
            entry = gazetteer.lookup(body[start:stop], "th")
            if entry is not None and entry.type == "place":
                return stop
    words = segment(body[start:end])
    if not words or part_of_speech(words[:2])[0] != "NPRP":
        return None
    return start + len(words[0])


_GAZETTEER_MIN = 3  # letters of a place name looked up after a head, at least


def _cut(body: str, start: int, end: int) -> int:
    """Where a name glued to the words after it ends: before the first function word or verb of saying.

    Thai writes no space between words; a name runs into "กล่าวว่า" (said that) or "ได้" (did).
    Function words of three letters or more (pythainlp's list) and the verbs below mark the cut.
    """
    text = body[start:end]
    for index in range(2, len(text) - 1):
        if text.startswith(_cuts(), index):
            return start + index
    return end


def cut_words() -> tuple[str, ...]:
    """Words that end a Thai name glued to what follows (longest first)."""
    return _cuts()


@lru_cache(maxsize=None)
def _cuts() -> tuple[str, ...]:
    """Words that end a Thai name glued to what follows: function words, verbs of saying."""
    words = ({w for w in function_words("th") if len(w) >= 3} | set(_NOT_SURNAME) | set(_SAYING) | set(_NOT_NAME))
    return tuple(sorted(words, key=len, reverse=True))


def _with_surname(body: str, end: int) -> int:
    """The end of a Thai person's name: the surname after one space, when one follows."""
    surname = re.match(f" ([{_THAI}]{{2,18}})(?=[\\s,.()\"“”']|$)", body[end:end + 24])
    if surname is None or surname.group(1).startswith(_cuts()) and surname.group(1) not in family_names():
        return end  # a word after the name, unless pythainlp lists it as a family name (ส่งเสริม begins with ส่ง)
    if surname.group(1) not in family_names() and sum(
            word in function_words("th") for word in segment(surname.group(1))) >= _CLAUSE_FUNCTION_WORDS:
        return end  # a clause after the name ("ลงไปในพื้นที่", went down into the area), no surname
    return end + surname.end()


def _classified_places(body: str, lang: str) -> Iterator[Found]:
    """A gazetteer place with the classifier glued before it: ประเทศฝรั่งเศส, เมืองเชียงใหม่, มณฑลเสฉวน, จ.เชียงราย;
    and a name the gazetteer lacks after "city" or "(Chinese) province" (see _transcribed_place)."""
    known = set()
    for start, end, entry in gazetteer.find_names(body, lang):
        if entry.type != "place":
            continue
        for classifier in PLACE_CLASSIFIERS + _PLACE_ABBREVIATIONS:
            if body.startswith(classifier, start - len(classifier)) and not (
                    classifier in _PLACE_ABBREVIATIONS and _glued_after_letters(body, start - len(classifier))):
                known.add(start - len(classifier))
                yield Found(start - len(classifier), end, "place", entry.id)
                break
    for match in re.finditer("|".join(_NAMING_CLASSIFIERS), body):
        if match.start() not in known:
            found = _transcribed_place(body, match.start(), match.end())
            if found is not None:
                yield found


# Classifiers that Thai writes before the name of a foreign city or Chinese province: "เมือง" (city),
# "มณฑล" (province of China). Foreign names are transcribed by sound into rare syllables (เมืองเตียนจิน),
# while the common phrases these words begin are made of dictionary words and frequent words
# (เมืองหลวง "capital", เมืองใหญ่ "big city", เมืองนี้ "this city").
_NAMING_CLASSIFIERS = ("เมือง", "มณฑล")


_SARA_AM, _NIKHAHIT_AA = "\u0e33", "\u0e4d\u0e32"


def _segment_composed(text: str) -> tuple[list[str], list[int]]:
    """Thai words of a text written with ำ or with its compatibility decomposition ํา (NFKC writes the latter;
    pythainlp's dictionary the former), and each word's length in the text as written."""
    words = segment(text.replace(_NIKHAHIT_AA, _SARA_AM))
    lengths, position = [], 0
    for word in words:
        length = sum(2 if c == _SARA_AM and text.startswith(_NIKHAHIT_AA, position + i) else 1
                     for i, c in enumerate(word))
        lengths.append(length)
        position += length
    return words, lengths


def _transcribed_place(body: str, start: int, name_start: int) -> Found | None:
    """The place a classifier names: the words after it up to a frequent word or a verb of three letters or
    more (ORCHID tags), when they are more than one dictionary word (เมืองหลวง, มณฑลทหารบก are common nouns);
    with the classifier."""
    if body[start - 1:start] in LEADING_VOWELS:
        return None
    run_end = _run_end(body, name_start)
    words, lengths = _segment_composed(body[name_start:run_end])
    if not words or words[0] in _cuts():
        return None
    end = name_start
    for word, tag, length in zip(words, part_of_speech(words), lengths):
        if len(word) >= 3 and (is_frequent(word) or not tag.startswith("N")):
            break
        end += length
    name = body[name_start:end]
    if not 2 <= len(name) <= _NAME_MAX or is_word(name) or is_word(body[start:end]):
        return None
    if end == run_end and (body[end:end + 1] in ("", "\n") and not is_word(words[-1]) or ends_mid_word(body[:end], body)):
        return None  # a text cut short inside a word ("…อุตสาหกรรมสำค" at the end of a paragraph)
    # Thai writes the classifier as part of the name (as _classified_places keeps it); its key and Latin form
    # leave it out (generator/lang/translit.py), so that it joins the bare name of other scripts (Panjin).
    return Found(start, end, "place")


_RUN_MAX = 120  # letters of a glued run read after a title or head, at most (names are far shorter: _NAME_MAX)


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    """Title + given name, organisation head + name, place head + name (all glued, up to a space)."""
    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    titles = alternation(PERSON_TITLES["th"].split() + list(TITLE_ABBREVIATIONS))
    heads = alternation(ORGANISATION_WORDS["th"].split())
    places = alternation(PLACE_WORDS["th"].split() + list(_PLACE_ABBREVIATIONS) + list(_PROPER_PLACE_HEADS))
    # The letters glued after the cue, up to a space or another script: Thai runs whole clauses together
    # ("กรม…ออกมาเตือนเกี่ยวกับ…"), so a long run is read from its start (the cut words end the name) rather than skipped.
    name = f"[{_THAI}]{{2,{_RUN_MAX}}}"
    abbreviation = f"[{_THAI}]{{1,4}}\\."  # stacked academic and rank titles: รศ.น.สพ.ดร.
    known = alternation(TITLE_ABBREVIATIONS)
    return re.compile(f"(?P<title>(?:{known})*(?:{titles})(?!{_NOT_TITLE})(?!{_CHIEF})(?:{abbreviation})*){name}|"
                      f"(?P<org>{heads}){name}|(?P<place>{places}){name}")


# Shared with thai_bodies: the Thai letters, the longest name after a head, the shortest given name looked for alone.
THAI_LETTERS, NAME_MAX, GIVEN_NAME_MIN = _THAI, _NAME_MAX, _GIVEN_NAME_MIN
