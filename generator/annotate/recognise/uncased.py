"""Names in scripts without capitals (Arabic, Thai): found by the words that introduce or head them.

Arabic: a title before a person ("الرئيس", "السيد"; adjectives with the article after the title
are skipped: "الرئيس الفرنسي إيمانويل ماكرون") and the words without the article that follow it; a head
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

from generator.annotate.recognise import thai_bodies, thai_names
from generator.annotate.recognise.arabic_bodies import quoted_bodies
from generator.annotate.recognise.arabic_places import (PLACE_GENITIVE_HEADS, adjacent as _adjacent,
                                                        coordinated_places, located_places, settlement_head, settlements,
                                                        transcribed_genitive)
from generator.annotate.recognise.found import Found
from generator.annotate.recognise.tokens import Token
from generator.lang import gazetteer
from generator.lang.arabic import (ADVERBS, GEOGRAPHIC_HEADS, GLUED_QUANTIFIERS, GOD, NAME_PARTICLES, OFFICE_TITLES,
                                   ORGANISATION_HEADS, definite_stem, definite_stems, is_derived_verb,
                                   is_family_name_with_article, is_plural_or_feminine,
                                   starts_with_conjunction)
from generator.lang.namewords import ORGANISATION_WORDS, PERSON_TITLES
from generator.lang.scripts import dominant_script
from generator.lang.stopwords import calendar_word, function_words

_ARABIC_CLITICS = re.compile(r"^(?:[وف]?[بلك]?)(?=ال)|^[وف](?=\w{3})")
_ARABIC_STOP = re.compile(r"[^\u0621-\u064A\u0671-\u06D3]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
# Titles of more than one word that end with a word the single-word list has no reason to hold.
_ARABIC_TITLE_PAIRS = ("الأمين العام", "أمين عام", "امين عام", "الامين العام", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "وزير الداخلية",
                       "ولي العهد", "المتحدث باسم")
# Verbs of saying: in news the speaker's name follows them ("وقال كوفي أنان").
_ARABIC_SAYING = frozenset(f"{c}{verb}{t}" for verb in "قال أكد أعلن أضاف أوضح صرح ذكر اعتبر رأى".split()
                           for c in ("", "و", "ف") for t in ("", "ت"))  # "he said", "she said" (-at), "and said"
# What follows the speaker's name other than "that": a preposition (لوكالة, للصحفيين, في), punctuation.
_ARABIC_AFTER_SPEAKER = frozenset("في أمام خلال بعد عقب امام".split())
# What else closes a speaker's name: the relative pronoun "who" (الذي, التي) and the office the speaker
# holds, in apposition after the name ("وقال فلان الفلاني رئيس المعهد").
_ARABIC_AFTER_NAME = frozenset("الذي التي الذين".split())
_ARABIC_THAT = frozenset("إن أن ان انه إنه أنه".split())  # "that" after a verb of saying
# Words of time that follow an organisation's name without being part of it ("مجلس الأمن الأسبوع الماضي").
_ARABIC_TIME = frozenset("الأسبوع الاسبوع اليوم الشهر العام السنة الماضي الماضية المقبل المقبلة الحالي الحالية "
                         "الجاري الأول الثاني".split())

def find(body: str, lang: str, tokens: list[Token]) -> Iterator[Found]:
    """Names introduced or headed by cue words, in the Arabic and Thai parts of a body."""
    if lang == "ar" or any(t.script == "ARABIC" for t in tokens[:50]):
        yield from _arabic(body, [t for t in tokens if t.script == "ARABIC"])
    if lang == "th" or "\u0e01" <= body[:1] <= "\u0e4e" or any(t.script == "THAI" for t in tokens[:50]):
        yield from thai_names.find(body, lang)
        yield from thai_bodies.find(body)


def screened(body: str, found: list[Found]) -> list[Found]:
    """The finds with the Thai glosses in parentheses after them and given names repeated, in Arabic text without quoted phrases and
    common nouns.

    - Arabic news quotes words and phrases to report them ("خطة زمنية واضحة"), not to name something; without
      capitals nothing tells a quoted name from a quoted phrase, so a cue or a gazetteer must find the name.
    - One word the article also writes with the article ال is a common noun (دولة "state", though GeoNames
      lists it as a town's name): a name without the article never takes it.
    """
    found = found + thai_names.glosses(body, found)
    found = _with_given_names(body, found, thai_names.given_name_repeats(body, found))
    if not any(dominant_script(body[f.start:f.end]) == "ARABIC" for f in found):
        return found
    common = definite_stems(_ARABIC_WORD.findall(body))
    return [f for f in found if not _arabic_phrase_or_noun(body, f, common)]


def _with_given_names(body: str, found: list[Found], given: list[Found]) -> list[Found]:
    """The finds with the given names repeated; a find no cue or gazetteer typed (a quoted phrase) that holds
    one gives way to it ("สมคิด-เนวิน" in quotes: two people), and so does a title's find that runs on from it
    into the glued words after it (นายสมชายขอ: the name the article introduced ends before the verb)."""
    if not given:
        return found
    return [f for f in found if not any(f.start <= g.start and g.end <= f.end and (
        not (f.kind or f.ref) or _runs_on(body, f, g)) for g in given)] + given


def _runs_on(body: str, item: Found, given: Found) -> bool:
    """Whether a person's find begins where a given name's repeat does and runs on past it without a space."""
    return item.kind == "person" and not item.ref and item.start == given.start and given.end < item.end and (
        " " not in body[given.end:item.end])


def _arabic_phrase_or_noun(body: str, item: Found, common: frozenset[str]) -> bool:
    """Whether an Arabic find is a phrase no cue or gazetteer found, one word the text writes with the article
    (here or elsewhere: "للدولة" is ل + ال + دولة), or God's name alone (the end of a theophoric name)."""
    surface = body[item.start:item.end]
    if dominant_script(surface) != "ARABIC":
        return False
    if not (item.kind or item.ref) or surface in GOD:
        return True
    stem = definite_stem(surface)
    with_article = (body[max(0, item.start - 2):item.start] in ("ال", "لل") and not surface.startswith("ال")) or (
        stem and not surface.startswith("ال") and gazetteer.lookup(stem, "ar") is not None
        and gazetteer.lookup("ال" + stem, "ar") is None)  # not للبنان: ل + لبنان
    return " " not in surface and (_bare(surface) in common or bool(with_article))


def preload() -> None:
    """Compile the Thai patterns and load the word lists now."""
    thai_names.preload()
    _arabic_words()


def _bare(word: str) -> str:
    """An Arabic word without the conjunction and preposition clitics before its article (وبالرئيس -> الرئيس)."""
    return _ARABIC_CLITICS.sub("", word)


@lru_cache(maxsize=None)
def _arabic_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Arabic titles, organisation heads and function words."""
    return (frozenset(PERSON_TITLES["ar"].split()) | OFFICE_TITLES,
            frozenset(ORGANISATION_WORDS["ar"].split()) | ORGANISATION_HEADS, function_words("ar"))


def _arabic(body: str, tokens: list[Token]) -> Iterator[Found]:
    """Arabic names after titles and verbs of saying, and organisations after their head nouns."""
    titles, heads, stop = _arabic_words()
    # Words the article writes with the article ال are common nouns and adjectives, never a foreign name.
    common = definite_stems([t.text for t in tokens]) | stop | _ARABIC_THAT | titles | heads | ADVERBS | GLUED_QUANTIFIERS
    yield from _arabic_appositions(body, tokens, common)
    yield from _arabic_subjects(body, tokens, common)
    yield from _arabic_before_office(body, tokens, common)
    yield from _arabic_patronymics(body, tokens, common)
    yield from coordinated_places(body, tokens, lambda word: _name_word(word, common), common)
    yield from located_places(body, tokens, lambda word: _name_word(word, common))
    yield from quoted_bodies(body, tokens)
    for index, token in enumerate(tokens):
        # As written first: و begins words too (وزارة, وزير), and is a clitic only when what is left is a word.
        word = token.text if token.text in titles or token.text in heads else _bare(token.text)
        if word not in titles and token.text[:1] in "لب" and token.text[1:] in titles:
            word = token.text[1:]  # a preposition glued to a title without the article: لمحامي "to the lawyer of"
        pair = f"{word} {_bare(tokens[index + 1].text)}" if index + 1 < len(tokens) else ""
        if pair in _ARABIC_TITLE_PAIRS:
            yield from _arabic_person(body, tokens, index + 2, common)
        elif word in titles:
            yield from _arabic_person(body, tokens, index + 1, common)
        elif token.text in _ARABIC_SAYING:
            yield from _arabic_speaker(body, tokens, index + 1, common)
            yield from _arabic_speaker_first(body, tokens, index, common)
        elif word in heads and index + 1 < len(tokens) and _adjacent(body, token, tokens[index + 1]):
            yield from _arabic_organisation(body, tokens, index, stop)
            yield from _arabic_named_by_head(tokens, index, common)
        elif word in GEOGRAPHIC_HEADS and index + 1 < len(tokens) and _adjacent(body, token, tokens[index + 1]):
            yield from _arabic_place(body, tokens, index, common)
        elif settlement_head(token.text):
            yield from settlements(body, tokens, index, lambda word: _name_word(word, common), common)
        elif settlement_head(token.text, PLACE_GENITIVE_HEADS):
            yield from transcribed_genitive(body, tokens, index, lambda word: _name_word(word, common))


def _arabic_speaker(body: str, tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """The speaker's name after a verb of saying, up to the "that" (إن / أن) of what was said, a preposition
    or punctuation: "وقال مارك روته إن", "وقالت ميلر للصحفيين", "وقال روته: ..."."""
    for end in range(index + 1, min(index + 4, len(tokens))):
        name = tokens[index:end]
        if not _speaker_words(body, tokens, index, end, common):
            return
        following = _bare(tokens[end].text)
        punctuated = body[name[-1].end:tokens[end].start].strip() not in ("", )
        if following in _ARABIC_THAT or punctuated or following in _ARABIC_AFTER_SPEAKER or following in (
                _ARABIC_AFTER_NAME) or tokens[end].text in _arabic_words()[0] or (
                tokens[end].text[:1] == "ل" and definite_stem(tokens[end].text)):
            yield Found(name[0].start, name[-1].end, "person")
            return
    return


_SENTENCE_START = re.compile(r"(?:^|[.!?؟:\n])\s*$")


def _arabic_speaker_first(body: str, tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """A full name opening the sentence before its verb of saying (subject first): "فلان الفلاني قال إن"."""
    if index < 2 or not _SENTENCE_START.search(body, max(0, tokens[index - 2].start - 4), tokens[index - 2].start):
        return
    name = tokens[index - 2:index]
    family = name[1].text
    if all(_adjacent(body, a, b) for a, b in zip(name, tokens[index - 1:index + 1])) and _name_word(
            name[0].text, common) and (_name_word(family, common) and not is_plural_or_feminine(family) or (
            is_family_name_with_article(family) and family not in common)):
        yield Found(name[0].start, name[-1].end, "person")


def _speaker_words(body: str, tokens: list[Token], index: int, end: int, common: frozenset[str]) -> bool:
    """Whether tokens[index:end] can be a speaker's name: name words, one space apart, after the verb."""
    if not _adjacent(body, tokens[end - 2] if end - 1 > index else tokens[index - 1], tokens[end - 1]):
        return False
    word = tokens[end - 1].text
    return _name_word(word, common) and not is_plural_or_feminine(word) and not starts_with_conjunction(
        word, end - 1 - index)


_COMMA = re.compile(r"^\s*[,،]\s*$")
_APPOSITION_WORDS = (2, 3)  # a full name between commas: given name and surname, perhaps a middle name


def _arabic_appositions(body: str, tokens: list[Token], common: frozenset[str]) -> Iterator[Found]:
    """A full name set off by commas after the office it holds: "رئيس اللجنة، فلان الفلاني، قال"."""
    for index in range(1, len(tokens)):
        if not _COMMA.match(body[tokens[index - 1].end:tokens[index].start]):
            continue
        for count in _APPOSITION_WORDS:
            end = index + count
            if end >= len(tokens) or not _COMMA.match(body[tokens[end - 1].end:tokens[end].start]):
                continue
            name = tokens[index:end]
            if all(_adjacent(body, a, b) for a, b in zip(name, name[1:])) and all(
                    _name_word(t.text, common) and not is_plural_or_feminine(t.text)
                    and not starts_with_conjunction(t.text, i) for i, t in enumerate(name)):
                yield Found(name[0].start, name[-1].end, "person")
            break


def _arabic_subjects(body: str, tokens: list[Token], common: frozenset[str]) -> Iterator[Found]:
    """A full name between the adjective closing an office ("... الأوروبي") and the "that" of what it said:
    in verb-first order the verb of saying stands before the whole office ("أعلن الممثل الأعلى ... فلان أن")."""
    for index in range(1, len(tokens) - 2):
        before = tokens[index - 1].text
        if not before.startswith("ال") or before in common or not _adjacent(body, tokens[index - 1], tokens[index]):
            continue  # not after an adjective with the article (التي "which" is a function word)
        end = index + 2
        if _bare(tokens[end].text) not in _ARABIC_THAT or not all(
                _adjacent(body, a, b) for a, b in zip(tokens[index:end], tokens[index + 1:end + 1])):
            continue
        name = tokens[index:end]
        if all(_name_word(t.text, common) and not is_plural_or_feminine(t.text)
               and not starts_with_conjunction(t.text, i) for i, t in enumerate(name)):
            yield Found(name[0].start, name[-1].end, "person")


_SON_OF = "بن"  # "son of" between a given name and the father's or the family's name (not ابن, also "son" alone)


def _arabic_patronymics(body: str, tokens: list[Token], common: frozenset[str]) -> Iterator[Found]:
    """A name with بن "son of" between name words ("سعيد بن علي", "خالد بن الوليد"): a personal name by its form,
    with no cue; a clitic glued to its first word is part of the written span (as repeats() writes it)."""
    for index in range(1, len(tokens) - 1):
        before, after = tokens[index - 1], tokens[index + 1]
        if tokens[index].text != _SON_OF or not (_adjacent(body, before, tokens[index]) and _adjacent(
                body, tokens[index], after)):
            continue
        first = before.text[1:] if before.text[:1] in "وفبلك" and before.text[1:] not in common and len(
            before.text) > 4 else before.text
        family = after.text.startswith("ال") and is_family_name_with_article(after.text) and after.text not in common
        if _name_word(first, common) and not is_plural_or_feminine(first) and (family or _name_word(after.text, common)):
            yield Found(before.start, after.end, "person")


# Offices in the construct state (no article: "نائب وزير الخارجية", deputy foreign minister; "رئيس وزراء"):
# written right after a full name, they stand in apposition to it ("فلان الفلاني نائب وزير ...").
_OFFICES_IN_APPOSITION = frozenset({"نائب", "وزير", "رئيس", "سفير", "مندوب", "مبعوث", "مدير", "زعيم", "قائد",
                                    "أمين", "امين", "مستشار", "ممثل", "محافظ", "قائد"})


def _arabic_before_office(body: str, tokens: list[Token], common: frozenset[str]) -> Iterator[Found]:
    """A full name (two name words) right before the office it holds: "أجرى فلان الفلاني نائب وزير ...".

    No word of it may be an office itself or a place the gazetteer knows: a dateline's city and the verb after it
    ("بيروت أعلن رئيس ...") come before an office as often as a name does."""
    for index in range(2, len(tokens)):
        if tokens[index].text not in _OFFICES_IN_APPOSITION:
            continue
        name = tokens[index - 2:index]
        if all(_adjacent(body, a, b) for a, b in zip(name, tokens[index - 1:index + 1])) and all(
                _name_word(t.text, common) and not is_plural_or_feminine(t.text) and _bare(t.text) not in (
                    _OFFICES_IN_APPOSITION) and gazetteer.lookup(_bare(t.text), "ar") is None
                and not starts_with_conjunction(t.text, i) for i, t in enumerate(name)):
            yield Found(name[0].start, name[-1].end, "person")


def _name_word(word: str, common: frozenset[str]) -> bool:
    """Whether a word without the article can be part of a personal name: no function word, no common
    noun the text writes with the article, no country, no month or weekday."""
    bare = _bare(word)
    if word in common or bare in common or definite_stem(word) or len(word) < 2 or calendar_word(word, "ar") or (
            word in _ARABIC_SAYING) or is_derived_verb(word) or settlement_head(word) or settlement_head(
            word, PLACE_GENITIVE_HEADS):
        return False  # a settlement noun or a place's head, perhaps with a preposition (بمنطقة): no name's word
    if word[:1] in "بلك" and word[1:] in common and word[1:] not in _arabic_words()[2]:
        return False  # a preposition glued to a title, a head or a common noun: بمجلس, لحزب, بمنطقة (not كوفي)
    entry = gazetteer.lookup(bare, "ar")
    return entry is None or not entry.id.startswith("cldr:")


_ARABIC_NAME_WORDS = 2  # given name and family name; a particle (بن, عبد, أبو) adds the word it governs


def _arabic_person(body: str, tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """The name after a title: adjectives with the article skipped first ("الرئيس الفرنسي إيمانويل ماكرون"),
    then up to two words without the article, or a given name and a family name with it (خالد المنصوري)."""
    skipped = 0
    while index < len(tokens) and tokens[index].text.startswith(("ال", "لل")) and skipped < 2 and (
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
            name.append(token)  # عبد الله, فضل الله, أبو القاسم
            break
        if text in NAME_PARTICLES and name:
            limit += 1
        elif len(name) == 1 and is_family_name_with_article(text) and _bare(text) == text and (
                text not in common and text not in _ARABIC_TIME and not calendar_word(text, "ar")):
            name.append(token)  # a family name with the article after a given name: خالد المنصوري
            break
        elif not _name_word(text, common) or starts_with_conjunction(text, len(name)):
            break
        name.append(token)
        index += 1
    if name and index < len(tokens) and tokens[index].text in GOD and _adjacent(body, name[-1], tokens[index]):
        name.append(tokens[index])  # a theophoric family name after the limit: خالد فضل الله
    elif len(name) == limit and index + 1 < len(tokens) and _adjacent(body, name[-1], tokens[index]) and _name_word(
            tokens[index].text, common) and not starts_with_conjunction(tokens[index].text, 1) and _ends_a_name(
            body, tokens[index], tokens[index + 1], common):
        name.append(tokens[index])  # a third name (father's name, "عادل كريم حسين") closed by a word that ends names
    while name and name[-1].text in NAME_PARTICLES:
        name.pop()
    if name:
        yield Found(name[0].start, name[-1].end, "person")


def _ends_a_name(body: str, last: Token, following: Token, common: frozenset[str]) -> bool:
    """Whether what follows a word closes a name there: punctuation, "that", an adverb of time, a preposition."""
    word = _bare(following.text)
    return bool(body[last.end:following.start].strip()) or word in _ARABIC_THAT or following.text in ADVERBS or (
        following.text in _ARABIC_AFTER_SPEAKER)


# Adjectives that describe a body after its name without being part of it: "official", "governmental" of
# an agency or a broadcaster ("وكالة الأنباء ... الرسمية", the official news agency).
_DESCRIBING = frozenset("الرسمية الرسمي الحكومية الحكومي".split())


def _arabic_organisation(body: str, tokens: list[Token], index: int, stop: frozenset[str]) -> Iterator[Found]:
    """A head noun and the genitives with the article that follow it ("مجلس الأمن الدولي").

    A head with the article followed by adjectives only ("المحكمة الدستورية", the constitutional court) describes a
    body without naming it; with a genitive after a preposition ("المنظمة العربية للتنمية الزراعية") it is a name.
    """
    end, genitive = index, False
    while end + 1 < len(tokens) and end - index < _ORGANISATION_WORDS and _adjacent(body, tokens[end], tokens[end + 1]):
        following = tokens[end + 1].text
        if end == index and _construct_chain(body, tokens, end + 1, stop):
            end += 1  # a chain of genitives: "اتحاد نقابات العمال" (union of the unions of the workers)
            continue
        if end > index and tokens[index].text.startswith("ال") and _purpose(body, tokens, end, stop):
            end, genitive = end + 2, True  # "المعهد الوطني لرصد الزلازل", "الهيئة العامة للتنسيق في الكوارث"
            continue
        if end == index + 1 and not tokens[index].text.startswith("ال") and _coordinated_genitive(tokens, end + 1, stop):
            end += 1  # "وزارة التربية والتعليم": two genitives joined by و name the body's field
            continue
        if _is_stop(following, stop) or following in _ARABIC_TIME or following in _DESCRIBING or not (
                following.startswith("ال") or following.startswith("لل")) or _causal_adjective(body, tokens, end + 1):
            break
        if end > index and tokens[end].text.endswith(_FEMININE_ADJECTIVE) and following.startswith("ال") and (
                not following.endswith("ة")):
            break  # after an adjective in -iyya a masculine word neither agrees with the name nor is a genitive
        if end == index and following.startswith("لل") and not tokens[index].text.startswith("ال"):
            break  # an indefinite head and a purpose, "مؤسسة للسلام" (a foundation for peace): a description
        genitive = genitive or following.startswith("لل")
        end += 1
    head = tokens[index].text if tokens[index].text in _arabic_words()[1] else _bare(tokens[index].text)
    if end > index and (genitive or not head.startswith("ال")):
        start = tokens[index].end - len(head)  # وكالة is the head itself, not و + كالة
        yield Found(start, tokens[end].end, "organisation")


def _coordinated_genitive(tokens: list[Token], index: int, stop: frozenset[str]) -> bool:
    """Whether tokens[index] is a second genitive joined by و to the first after a head in the construct state
    (و + ال + noun: "معهد الفلك والفيزياء"), not another body or place begun by it ("مجلس الأمن والأمم المتحدة")."""
    word = tokens[index].text
    if not word.startswith("وال") or len(word) < 6 or _is_stop(word[1:], stop) or word[1:] in _ARABIC_TIME:
        return False
    pair = f"{word[1:]} {tokens[index + 1].text}" if index + 1 < len(tokens) else ""
    return word[1:] not in _arabic_words()[1] and gazetteer.lookup(word[1:], "ar") is None and (
        not pair or gazetteer.lookup(pair, "ar") is None)


# Heads written before a proper name in apposition (company, agency, group, newspaper, bank): "شركة نوكيا",
# "وكالة رويترز" name the company and the agency by the word after the head, which the gold of news corpora
# and the reader take as the name (as "جزيرة كريت" names the island كريت).
# Without the article only: after "الشركة" (the company) an indefinite noun begins the predicate ("الشركة مكاسب").
_APPOSITION_HEADS = frozenset("شركة وكالة مجموعة صحيفة بنك مصرف".split())


def _arabic_named_by_head(tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """The proper name (a word without the article, no common word) right after a company's or agency's head."""
    head = tokens[index].text if tokens[index].text in _APPOSITION_HEADS else _bare(tokens[index].text)
    following = tokens[index + 1].text
    if head in _APPOSITION_HEADS and _name_word(following, common) and not is_plural_or_feminine(following) and (
            not starts_with_conjunction(following, 0)):
        yield Found(tokens[index + 1].start, tokens[index + 1].end, "organisation")


def _arabic_place(body: str, tokens: list[Token], index: int, common: frozenset[str]) -> Iterator[Found]:
    """A natural feature's name: its head noun and up to two words with the article ("البحر الأبيض المتوسط"),
    or the name word after a head without the article ("جزيرة كريت": the island is كريت, the head a common noun)."""
    head = _bare(tokens[index].text)
    if not head.startswith("ال"):
        if _name_word(tokens[index + 1].text, common):
            yield Found(tokens[index + 1].start, tokens[index + 1].end, "place")
        return
    end = index
    while end + 1 < len(tokens) and end - index < 2 and _adjacent(body, tokens[end], tokens[end + 1]):
        following = tokens[end + 1].text
        if not following.startswith("ال") or following in _ARABIC_TIME or following in common or _causal_adjective(
                body, tokens, end + 1):
            break
        end += 1
    if end > index:
        yield Found(tokens[index].end - len(head), tokens[end].end, "place")


_PRONOUN_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)$")  # "his/its", "her/its", "their" glued to a noun


def _causal_adjective(body: str, tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is an adjective that describes a noun of its own after it, which carries a pronoun
    referring back ("الجبل البالغ ارتفاعه", the mountain whose height reaches): it ends the name before it."""
    return index + 1 < len(tokens) and _adjacent(body, tokens[index], tokens[index + 1]) and not tokens[
        index + 1].text.startswith("ال") and bool(_PRONOUN_SUFFIX.search(tokens[index + 1].text))


_FEMININE_ADJECTIVE = "ية"  # the feminine nisba: القضائية, الدولية
_ORGANISATION_WORDS = 6  # words of an organisation's name after its head, at most
_IN = "في"


def _purpose(body: str, tokens: list[Token], end: int, stop: frozenset[str]) -> bool:
    """Whether the two words after tokens[end] state a body's purpose inside its name (after a definite head and its
    adjectives; after a construct "مجلس الأمن لبحث الأزمة" is "met to discuss the crisis"): ل + a verbal noun and its
    definite genitive ("لرصد الزلازل", for monitoring earthquakes), or في + a definite noun after a genitive with
    لل ("للتنسيق في الكوارث", for coordination in disasters)."""
    if end + 2 >= len(tokens) or not _adjacent(body, tokens[end + 1], tokens[end + 2]):
        return False
    word, genitive = tokens[end + 1].text, tokens[end + 2].text
    if not genitive.startswith("ال") or _is_stop(genitive, stop) or genitive in _ARABIC_TIME or genitive in _DESCRIBING:
        return False
    if word == _IN:
        return tokens[end].text.startswith("لل")
    return word.startswith("ل") and not word.startswith(("لل", "ال")) and len(word) >= 4 and not _is_stop(word, stop)


def _construct_chain(body: str, tokens: list[Token], index: int, stop: frozenset[str]) -> bool:
    """Whether tokens[index] is a noun without the article in a construct chain: a definite genitive follows it."""
    word = tokens[index].text
    return (index + 1 < len(tokens) and not word.startswith(("ال", "لل", "و")) and len(word) >= 3
            and not _is_stop(word, stop) and tokens[index + 1].text.startswith("ال")
            and not _is_stop(tokens[index + 1].text, stop) and _adjacent(body, tokens[index], tokens[index + 1]))


def _is_stop(word: str, stop: frozenset[str]) -> bool:
    """Whether a word is a function word, also in the spelling with final ي for ى (الي for الى "to")."""
    return word in stop or (word.endswith("ي") and word[:-1] + "ى" in stop)
