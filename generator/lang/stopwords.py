"""Words that are never a name on their own: function words (stopwordsiso), month and weekday names (Babel's CLDR)."""
from __future__ import annotations

from functools import lru_cache

import stopwordsiso
from babel.localedata import locale_identifiers

from generator.lang.datewords import derived_month_names, wide_month_names
from generator.lang.locale import babel_locale
from generator.lang.numbers import is_amount_word

# Function words stopwordsiso lacks or keeps only in one case form, by language: pronouns and
# determiners that start sentences ("Она", "Tego"), from the grammar of each language.
_EXTRA = {
    "en": "i it its he she they we you this that these those there here also however meanwhile",
    "de": "laut seit bis zum zur beim vom",
    "ru": "это этот эта эти тот та те он она они оно его её их ему ей им",
    "uk": "це цей ця ці той та ті він вона вони воно його її їх йому їй "
          # stopwordsiso's Ukrainian list has 73 words: prepositions, conjunctions and particles of the grammar
          "у в уві з зі із за до на над під по при про від без через між перед після біля серед крім замість "
          "для щодо згідно відповідно зважаючи завдяки внаслідок попри навколо протягом "
          "і й а але або чи та що щоб як коли де куди звідки якщо хоча тому тоді також тобто однак проте "
          "адже бо навіть лише тільки вже ще теж не ні так так-от ось от ж же би б будь хай нехай "
          "я ти ми ви вас нас нам вам мене тебе себе свій своя своє свої наш наша наше наші ваш ваша "
          "який яка яке які якого якої яких котрий кожен кожна кожне усі всі все весь вся інший інша інші "
          "там тут тепер зараз потім вчора сьогодні завтра",
    "pl": "to ten ta te tego tej tym on ona oni ono jego jej ich mu jemu",
}


# Definite articles, by language (each language's grammar; the elided French and Italian "l'" too).
# News headlines drop them ("headlinese"), the sentences of a standfirst keep them.
_DEFINITE_ARTICLES = {
    "en": "the",
    "de": "der die das den dem des",
    "nl": "de het",
    "fr": "le la les l' l’",
    "es": "el la los las",
    "it": "il lo la i gli le l' l’",
    "pt": "o a os as",
}


def opens_with_definite_article(text: str, lang: str) -> bool:
    """Whether a line's first word is a definite article of its language ("The council…", "L'usine…")."""
    words = text.split()
    if not words:
        return False
    articles = _DEFINITE_ARTICLES.get(lang, "").split()
    first = words[0].casefold()
    return first in articles or any(first.startswith(a) for a in articles if a.endswith(("'", "’")))


# Abbreviations of common nouns, written in capitals like a name's acronym but naming no one: the press, a news
# agency as a kind, a road accident, a toilet, a text message, information technology (each language's usage).
_COMMON_ABBREVIATIONS = {
    "ru": "СМИ ИА ДТП ЧП ЖКХ",
    "uk": "ЗМІ ІА ДТП ІТ",
    "bg": "СМИ ИА ПТП",
    "pl": "WC SMS",
    "cs": "WC SMS",
    "sl": "WC SMS",
    "en": "SMS",
    "de": "SMS",
}


def is_common_abbreviation(word: str, lang: str) -> bool:
    """Whether a word in capitals abbreviates a common noun in the language ("СМИ": mass media), no name."""
    return word in _COMMON_ABBREVIATIONS.get(lang.split("-")[0], "").split()


@lru_cache(maxsize=None)
def function_words(lang: str) -> frozenset[str]:
    """The language's function words, case-folded (empty for a language stopwordsiso does not know)."""
    base = lang.split("-")[0]
    words = stopwordsiso.stopwords(base) if stopwordsiso.has_lang(base) else set()
    return frozenset(w.casefold() for w in words) | frozenset(_EXTRA.get(base, "").split())


@lru_cache(maxsize=None)
def calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names of a language in every CLDR form and regional variant, case-folded."""
    # Full names only: abbreviations ("Jan", "Mar", "Sun") are given names and words too.
    base = lang.split("-")[0]
    words = set(wide_month_names(base)) | set(derived_month_names(base))
    for identifier in locale_identifiers():
        if identifier == base or identifier.startswith(base + "_"):
            locale = babel_locale(identifier)
            for context in (locale.days if locale is not None else {}).values():
                words.update(n.casefold() for n in context.get("wide", {}).values())
    return frozenset(w for name in words for w in name.split())


@lru_cache(maxsize=65536)
def never_a_name(word: str, lang: str) -> bool:
    """Whether a word alone is no name in the language: a function word, a month, a weekday, or a
    scale or currency word of an amount (CLDR's compact numbers and currency names: "Milliarden Yuan")."""
    folded = word.casefold()
    return (folded in function_words(lang) or folded in calendar_words(lang) or folded in calendar_words("en")
            or is_amount_word(folded, lang))


@lru_cache(maxsize=65536)
def calendar_word(word: str, lang: str) -> bool:
    """Whether a word is a month or weekday name in the language or in English."""
    folded = word.casefold()
    return folded in calendar_words(lang) or folded in calendar_words("en")
