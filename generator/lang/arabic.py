"""Arabic words that shape a name's span: name particles, conjunctions, adjective endings.

Arabic has no capitals: a name found after a cue (a title, a verb of saying) ends where the words
stop looking like names. These are facts of the grammar and of Arabic naming, not of any corpus.
"""
from __future__ import annotations

import re

# Particles inside a compound personal name: "son of", "father of", "servant of", "daughter of"
# (عبد الله, أبو مازن, بن علي): the word after them belongs to the name too.
NAME_PARTICLES = frozenset("بن ابن أبو ابو أبي ابي عبد بنت آل".split())
# God's name ends theophoric names (عبد الله, فضل الله, جاد الله) though it carries the article.
GOD = frozenset({"الله"})
# Endings of adjectives and plurals, not of family names: the feminine nisba (-iyya: الأميركية),
# sound masculine plurals (-ūn/-īn: الإسرائيليون, الإسرائيليين), the dual (-ān).
_ADJECTIVE_ENDING = re.compile(r"(?:ية|يه|يون|يين|ون|ين|ان)$")
_ARTICLE = "ال"
# Offices that stand before a person's name, beyond namewords.PERSON_TITLES: feminine forms (-a), envoys,
# delegates, senators, leaders, judges, directors, lawyers, correspondents (with and without the article; not صحفي,
# "journalist" and "press" as in مؤتمر صحفي, press conference).
OFFICE_TITLES = frozenset(
    form for word in ("وزيرة مندوب مندوبة سناتور سيناتور مبعوث مبعوثة نائبة سفيرة متحدثة ناطقة زعيم قائد "
                      "مدير مديرة قاضي رئيسة مستشارة ممثل ممثلة محامي محامية مراسل مراسلة").split()
    for form in (word, "ال" + word))
# Heads of organisations beyond namewords.ORGANISATION_WORDS: institute, centre, authority, office, academy
# (with and without the article).
ORGANISATION_HEADS = frozenset(
    form for word in "معهد مركز سلطة مكتب أكاديمية".split() for form in (word, "ال" + word))
# Adverbs: nouns in the indefinite accusative (-an, written with a final alif) and adverbs of time, which
# stand where a name could after a verb ("وأضاف خصوصا أن", and added especially that).
ADVERBS = frozenset("خصوصا أيضا ايضا تماما كثيرا جدا دائما أحيانا احيانا مجددا سابقا لاحقا حاليا رسميا فورا "
                    "أخيرا اخيرا مؤخرا أمس امس غدا خاصة عموما مثلا".split())
# Quantifiers with a preposition glued before them ("بأي تصريح", with any statement; "لكل", for each): function
# words that the stop-word lists give only bare, in both spellings of hamza on alif.
GLUED_QUANTIFIERS = frozenset(p + q for p in "بلك" for q in ("أي", "اي", "كل", "بعض"))
# Nouns of natural features that head a place's name, with an adjective or a genitive after them: ocean,
# sea, gulf, river, mountain(s), island(s), lake, desert, strait, plateau, valley (not قناة: canal and TV channel).
GEOGRAPHIC_HEADS = frozenset(
    form for word in "محيط بحر خليج نهر جبل جبال جزيرة جزر بحيرة صحراء مضيق هضبة وادي".split()
    for form in (word, _ARTICLE + word))
# Letters of the clitics written glued before a word: conjunctions و ف, prepositions ب ل ك.
_PROCLITIC = re.compile(r"^[وف]?[بلك]?")


def definite_stem(word: str) -> str:
    """The word without its clitics and the article (والخارجية, للخارجية -> خارجية), or "" if it has no article."""
    if word.startswith("لل") and len(word) > 4:
        return word[2:]  # ل + ال is written لل
    if word[:1] in "وف" and word[1:3] == "لل" and len(word) > 5:
        return word[3:]
    rest = _PROCLITIC.sub("", word) if not word.startswith(_ARTICLE) else word
    return rest[2:] if rest.startswith(_ARTICLE) and len(rest) > 3 else ""


def definite_stems(words: list[str]) -> frozenset[str]:
    """The stems the text writes with the article: common nouns and adjectives (a foreign name takes none)."""
    return frozenset(filter(None, map(definite_stem, words)))


def is_family_name_with_article(word: str) -> bool:
    """Whether a word with the article can be a family name after a given name (المنصوري, الحسيني, القاسم).

    Adjectives and plurals agree with what precedes them and end in the endings above; a family name
    with the article is a noun or a nisba in -ī (الحريري).
    """
    return word.startswith(_ARTICLE) and len(word) >= 5 and not _ADJECTIVE_ENDING.search(word)


def surname(words: list[str]) -> str:
    """The family name a full name's words end with: the last word, or the last two when the last is God's name
    (خالد فضل الله -> فضل الله) or a name particle governs it (سعيد بن علي -> بن علي): a theophoric or
    patronymic surname is two words and its last word alone names no one."""
    if len(words) >= 3 and (words[-1] in GOD or words[-2] in NAME_PARTICLES):
        return " ".join(words[-2:])
    return words[-1] if words else ""


# Long vowels and glides written as letters (alif, waw, ya, alif maqsura). Arabic nouns and adjectives are built on
# a root of three or four consonants in patterns with at most one long vowel after the first letter (fa'īl, fi'āl,
# maf'ūl; an initial alif carries a hamza); a transcription writes every vowel of the foreign name as a letter
# (سيلاكاب, بيكول). Words ending like a feminine, a plural, a nisba or with a pronoun are Arabic by their ending.
_LONG_VOWELS = frozenset("اويى")
_TRANSCRIBED_MIN = 4  # letters: shorter words are too often Arabic words with two weak letters (يوم)
_ARABIC_ENDING = re.compile(r"(?:ة|ات|ية|يه|يون|يين|ون|ين|ي|ها|هم|هما)$")
# Adverbs from a nisba in the indefinite accusative (-iyyan, written يا): a root of three letters + يا (سلبيا
# "negatively", رسميا "officially", يوميا "daily"); longer words in يا are foreign names (تاسيكمالايا).
_ADVERB_ENDING, _ADVERB_LETTERS = "يا", 5


def looks_transcribed(word: str) -> bool:
    """Whether a word without the article looks transcribed from another language: two long vowels or more after its
    first letter, and no Arabic ending (سياميس, ميريلاند; not حظر, كبيرة, عمليات)."""
    return (len(word) >= _TRANSCRIBED_MIN and not word.startswith(_ARTICLE) and not _ARABIC_ENDING.search(word)
            and not (len(word) <= _ADVERB_LETTERS and word.endswith(_ADVERB_ENDING))
            and sum(letter in _LONG_VOWELS for letter in word[1:]) >= 2)


_PLURAL_OR_FEMININE = re.compile(r"(?:ية|يون|يين)$")


def is_plural_or_feminine(word: str) -> bool:
    """Whether a word ends like a nisba adjective in the feminine or the masculine plural (-iyya, -iyyūn, -iyyīn):
    "experts", "officials" and their adjectives say who speaks without naming anyone."""
    return bool(_PLURAL_OR_FEMININE.search(word))


# Verb forms whose pattern no foreign name takes: form VI tafāʿala (تجاوز "exceeded", تبادل) and form X
# istafʿala (استقبل "received", استخدم), in the past tense and the verbal noun.
_VERB_PATTERN = re.compile(r"^(?:ت.ا..|است...)$")


def is_derived_verb(word: str) -> bool:
    """Whether a word has the pattern of a derived verb form VI or X (تجاوز, استقبل)."""
    return bool(_VERB_PATTERN.match(word))


def starts_with_conjunction(word: str, previous_words: int) -> bool:
    """Whether a word after the first of a name begins with the conjunction و ("and": ماكرون وميركل)."""
    return previous_words > 0 and word.startswith("و") and len(word) >= 4
