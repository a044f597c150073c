"""Date words per language: range connectors, day ordinals, parts of a month, relative phrases.

Every table is keyed by language code; a language missing from a table simply lacks that form.
Month names are not here: they come from Babel's CLDR data (generator.lang.locale.month_names),
plus the few inflected forms CLDR lacks, derived by the suffix rules in DERIVED_MONTH_SUFFIXES.

Templates of day forms are regular expressions with placeholders that generator.dates fills in:
{d1} {d2} a day number with the language's optional ordinal suffix, {n1} {n2} the bare number,
{m} the month of the last day, {m1} the month of the first day when it differs, {join} the words
between a day and its month. Other tables hold plain regular expressions (matched ignoring case).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Iterable

from babel import Locale
from babel.localedata import locale_identifiers

from generator.lang.locale import babel_locale, month_names

# Languages written without spaces between words: no word boundaries around date words.
UNSPACED = frozenset({"th", "lo", "km", "my", "zh", "ja"})

# Letters that attach to the front of a word (Arabic و "and", ف "so", ب "in"): "وفي بداية".
PROCLITICS: dict[str, str] = {"ar": "وفب", "fa": "و"}

# The suffix a day number may carry ("11th", "11.", "16-го", "1er"); none when not listed.
ORDINALS: dict[str, str] = {
    "en": r"st|nd|rd|th", "fr": r"er|e|ème", "ru": r"-?го|-?е|-?ого", "es": r"º|°", "pt": r"º|°", "it": r"º|°",
    **dict.fromkeys(("de", "pl", "cs", "sk", "da", "no", "nb", "fi", "hu", "hr", "sr", "sl", "et", "lv"), r"\."),
}

# Words between a month and its year ("octubre de 2023").
YEAR_JOINS: dict[str, str] = {"es": r"de\s+", "pt": r"de\s+"}

# Words after a year ("2023 г.", "2023 года").
YEAR_SUFFIXES: dict[str, str] = {"ru": r"\s*(?:г\.|года|году)", "uk": r"\s*(?:р\.|року)"}

# Words between a day and its month ("13th of October", "13 de octubre", "13 เดือนตุลาคม").
JOINS: dict[str, str] = {
    "en": r"\s*(?:of\s+)?", "es": r"\s*(?:de\s+)?", "pt": r"\s*(?:de\s+)?", "th": r"\s*(?:เดือน\s*)?",
    "ar": r"\s*(?:من\s+)?(?:شهر\s+)?",
}

_ARTICLE = r"ال\u0640*\s*"  # Arabic article before a day number, often with a tatweel: "الـ 11"
_EN_ORD = r"(?:st|nd|rd|th)"
_EN_TO = r"(?:to|until|till|through|[-–—])"

# Day forms: (template, needs a month). Without a month, a form is resolved against context.
GENERIC_DAY_FORMS: tuple[tuple[str, bool], ...] = (
    (r"{d1}\s*[-–—]\s*{d2}", True),
    (r"{d1}{join}{m1}\s*[-–—]\s*{d2}", True),
    (r"{d1}", True),
)
DAY_FORMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "en": (
        (rf"between\s+the\s+{{n1}}{_EN_ORD}\s+and\s+(?:the\s+)?{{n2}}{_EN_ORD}", False),
        (rf"from\s+the\s+{{n1}}{_EN_ORD}\s+(?:to|until|till|through)\s+(?:the\s+)?{{n2}}{_EN_ORD}", False),
        (rf"on\s+the\s+{{n1}}{_EN_ORD}", False),
        (r"(?:between\s+)?{d1}\s+and\s+{d2}", True),
        (r"(?:from\s+)?{d1}\s+(?:to|until|till|through)\s+{d2}", True),
        (r"(?:from\s+)?{d1}{join}{m1}\s+(?:to|until|till|through)\s+{d2}", True),
        (rf"(?:from\s+)?{{m}}\s+{{d1}}\s*{_EN_TO}\s*{{d2}}", True),
        (rf"(?:from\s+)?{{m1}}\s+{{d1}}\s*{_EN_TO}\s*{{m}}\s+{{d2}}", True),
        (r"(?:between\s+)?{m}\s+{d1}\s+and\s+{d2}", True),
        (r"{m}\s+{d1}", True),
    ),
    "de": (
        (r"vom\s+{n1}\.\s*bis\s+(?:zum\s+)?{n2}\.", False),
        (r"zwischen\s+dem\s+{n1}\.\s*und\s+(?:dem\s+)?{n2}\.", False),
        (r"am\s+{n1}\.", False),
        (r"{n1}\.\s*(?:und|bis)\s+{n2}\.", True),
        (r"vom\s+{n1}\.\s*{m1}\s+bis\s+(?:zum\s+)?{n2}\.", True),
    ),
    "ru": (
        (r"с\s+{d1}\s+по\s+{d2}", False),
        (r"{n1}-?го\s+числа", False),
        (r"со?\s+{d1}\s+до\s+{d2}", True),
        (r"с\s+{d1}\s+{m1}\s+по\s+{d2}", True),
        (r"{d1}\s+и\s+{d2}", True),
    ),
    "ar": (
        (rf"بين\s+{_ARTICLE}{{n1}}\s+و\s*{_ARTICLE}{{n2}}", False),
        (rf"من\s+{_ARTICLE}{{n1}}\s+(?:إلى|الى|حتى)\s+{_ARTICLE}{{n2}}", False),
        (rf"يوم\s+(?:{_ARTICLE})?{{n1}}", False),
        (r"(?:بين\s+)?{d1}\s+و\s*{d2}", True),
        (r"(?:من\s+)?{d1}\s+(?:إلى|الى|حتى)\s+{d2}", True),
    ),
    "th": (
        (r"(?:ระหว่าง|ตั้งแต่|เมื่อ|ใน)?วันที่\s*{d1}\s*(?:[-–—]|ถึง(?:วันที่)?)\s*{d2}", False),
        (r"(?:เมื่อ|ใน)?วันที่\s*{d1}", False),
        (r"{d1}\s*ถึง\s*(?:วันที่\s*)?{d2}", True),
    ),
    "fr": (
        (r"du\s+{d1}\s+au\s+{d2}", False),
        (r"du\s+{d1}\s+{m1}\s+au\s+{d2}", True),
        (r"entre\s+le\s+{d1}\s+et\s+le\s+{d2}", False),
        (r"(?:les\s+)?{d1}\s+et\s+{d2}", True),
    ),
    "es": (
        (r"del\s+{d1}\s+al\s+{d2}", False),
        (r"entre\s+el\s+{d1}\s+y\s+el\s+{d2}", False),
        (r"(?:los\s+)?{d1}\s+y\s+{d2}", True),
    ),
    "pl": (
        (r"w\s+dniach\s+{d1}\s*[-–—]\s*{d2}", False),
        (r"od\s+{d1}\s+do\s+{d2}", True),
    ),
}

# What a day without a month must be followed by ("On the 11th," but not "on the 11th floor").
DAY_END: dict[str, str] = {"en": r"\s*(?:[,.;:!?)]|$)"}

# Words after a day number without a month that make it a count or an ordinal, not a date.
NOT_AFTER_DAY: dict[str, str] = {
    "en": r"\s*(?:centur|floor|place|grade|anniversar|time|round|minute|hour|street|avenue|amendment|edition|percent|per\s*cent|day|week|year)",
    "de": r"\s*(?:Jahrhundert|Mal\b|Platz|Stock|Etage|Klasse|Kapitel|Lebensjahr|Geburtstag|Spieltag|Tag\b|Runde|Woche|Monat|Auflage|Ausgabe|Stelle|Rang|Uhr|Prozent)",
    "ru": r"\s*(?:класс|этаж|мест|век|глав|стать|пункт|час|номер|лет|год|процент|раз)",
    "ar": r"\s*(?:في\s*المئة|بالمئة|مليار|مليون|ألف|ساعة|عام|سنة)",
    "fr": r"\s*(?:siècle|étage|place|h\b|heure|pour)",
    "pl": r"\s*(?:wiek|miejsc|klas|proc|godz)",
}

# Words before a month alone ("in March", "Im März", "в марте", "في مارس", "เมื่อเดือนมีนาคม").
MONTH_LEADS: dict[str, str] = {
    "en": r"in|during", "de": r"im|in", "ru": r"в|во", "ar": r"في|خلال", "th": r"เมื่อ|ใน|ระหว่าง|ช่วง",
    "fr": r"en|au|courant",
}
# The word "month" before a month's name ("in the month of March", "เดือนมีนาคม", "شهر مارس").
MONTH_WORDS: dict[str, str] = {
    "en": r"the\s+month\s+of", "de": r"Monat", "ar": r"شهر", "th": r"เดือน", "fr": r"mois\s+d['’e]",
}

# Russian prepositional months are not in CLDR: октябрь -> октябре, май -> мае, март -> марте.
DERIVED_MONTH_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("ь", "е"), ("й", "е"), ("т", "те")),
}

# Days of a month each part covers (clipped to the month's length) and months of a year.
PART_DAYS = {"start": (1, 10), "mid": (11, 20), "end": (21, 31), "first-half": (1, 15), "second-half": (16, 31)}
PART_MONTHS = {"start": (1, 3), "mid": (5, 8), "end": (10, 12), "first-half": (1, 6), "second-half": (7, 12)}

_TH_AT = r"(?:ระหว่าง|ใน|เมื่อ|ช่วง)?"
# Parts of a month or a year, before it: "Anfang Oktober", "mid-October", "в середине октября".
PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"(?:in\s+)?early", "start"), (r"(?:at\s+|in\s+)?the\s+(?:beginning|start)\s+of", "start"),
        (r"(?:in\s+)?mid-?", "mid"), (r"(?:in\s+)?the\s+middle\s+of", "mid"),
        (r"(?:in\s+)?late", "end"), (r"(?:at\s+|by\s+|in\s+)?the\s+end\s+of", "end"),
        (r"(?:in\s+)?the\s+first\s+half\s+of", "first-half"), (r"(?:in\s+)?the\s+second\s+half\s+of", "second-half"),
    ),
    "de": ((r"Anfang", "start"), (r"Mitte", "mid"), (r"Ende", "end")),
    "ru": (
        (r"в\s+начале", "start"), (r"в\s+первых\s+числах", "start"), (r"в\s+первой\s+декаде", "start"),
        (r"в\s+середине", "mid"), (r"во\s+второй\s+декаде", "mid"),
        (r"в\s+конце", "end"), (r"в\s+последних\s+числах", "end"), (r"в\s+третьей\s+декаде", "end"),
        (r"в\s+первой\s+половине", "first-half"), (r"во\s+второй\s+половине", "second-half"),
    ),
    "ar": (
        (r"(?:في\s+)?(?:بداية|بدايات|مطلع|أوائل|اوائل)", "start"),
        (r"(?:في\s+)?(?:منتصف|أواسط|اواسط)", "mid"),
        (r"(?:في\s+)?(?:نهاية|أواخر|اواخر)", "end"),
    ),
    "th": ((_TH_AT + "ต้น", "start"), (_TH_AT + "กลาง", "mid"), (_TH_AT + "ปลาย", "end")),
    "fr": (
        (r"(?:au\s+|en\s+)?début(?:\s+d['’e])?", "start"), (r"(?:à\s+la\s+)?mi-", "mid"),
        (r"(?:à\s+la\s+|en\s+)?fin(?:\s+d['’e])?", "end"),
    ),
    "pl": ((r"na\s+początku", "start"), (r"w\s+połowie", "mid"), (r"pod\s+koniec|na\s+końcu", "end")),
}

# Thai counts before "year"/"week" ("หลายปีที่แล้ว", "2 ปีที่แล้ว": years ago) are not "last year".
_TH_UNCOUNTED = "".join(f"(?<!{w})" for w in ("หลาย", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "วัน"))
_TH_UNCOUNTED += r"(?<!\d)(?<!\d\s)"

# Year phrases after a month or a part ("März dieses Jahres", "марте прошлого года"):
# the offset from the publication year, or None for "the most recent one before publication".
YEAR_PHRASES: dict[str, tuple[tuple[str, int | None], ...]] = {
    "en": ((r"(?:of\s+)?this\s+year", 0), (r"(?:of\s+)?last\s+year", -1), (r"(?:of\s+)?next\s+year", 1)),
    "de": (
        (r"dieses\s+Jahres|diesen\s+Jahres|des\s+(?:laufenden|aktuellen)\s+Jahres|des\s+Jahres", 0),
        (r"(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Jahres", -1), (r"(?:des\s+)?(?:nächsten|kommenden)\s+Jahres", 1),
    ),
    "ru": ((r"(?:этого|текущего|нынешнего|сего)\s+года", 0), (r"прошлого\s+года", -1), (r"следующего\s+года", 1)),
    "ar": (
        (r"(?:من\s+)?(?:هذا\s+العام|العام\s+(?:الحالي|الجاري)|هذه\s+السنة|السنة\s+(?:الحالية|الجارية))", 0),
        (r"(?:من\s+)?(?:العام\s+الماضي|السنة\s+الماضية)", -1),
        (r"(?:من\s+)?(?:العام\s+(?:المقبل|القادم)|السنة\s+(?:المقبلة|القادمة))", 1),
        (r"الماضي|المنصرم", None),
    ),
    "th": ((r"(?:ของ)?ปีนี้", 0), (r"(?:ของ)?ปี(?:ที่แล้ว|ที่ผ่านมา)", -1), (r"(?:ของ)?ปีหน้า", 1), (r"ที่ผ่านมา|ที่แล้ว", None)),
    "fr": (
        (r"(?:de\s+)?cette\s+année", 0), (r"(?:de\s+)?l['’]année\s+(?:dernière|passée)", -1),
        (r"(?:de\s+)?l['’]année\s+prochaine", 1), (r"dernier", None),
    ),
    "pl": ((r"(?:tego|bieżącego)\s+roku", 0), (r"(?:zeszłego|ubiegłego|poprzedniego)\s+roku", -1), (r"przyszłego\s+roku", 1)),
}


def _seasons(phrases: dict[str, tuple[str, ...]], forms: dict[str, str]) -> tuple[tuple[str, str, int], ...]:
    """Season phrases from deictic words per offset and a template per season ("{w} Sommer")."""
    return tuple((form.format(w="(?:" + "|".join(words) + ")"), season, offset)
                 for season, form in forms.items() for offset, words in phrases.items())


# Relative phrases: (regex, unit, offset from the publication's week/month/year/season).
RELATIVE: dict[str, tuple[tuple[str, str, int], ...]] = {
    "en": (
        (r"(?<!the\s)last\s+week", "week", -1), (r"this\s+week", "week", 0), (r"(?<!the\s)next\s+week", "week", 1),
        (r"(?<!the\s)last\s+month", "month", -1), (r"this\s+month", "month", 0), (r"(?<!the\s)next\s+month", "month", 1),
        (r"(?<!the\s)last\s+year", "year", -1), (r"(?:earlier\s+)?this\s+year", "year", 0), (r"(?<!the\s)next\s+year", "year", 1),
        *_seasons({-1: ("last",), 0: ("this",), 1: ("next",)},
                  {"spring": "{w}\\s+spring", "summer": "{w}\\s+summer", "autumn": "{w}\\s+(?:autumn|fall)", "winter": "{w}\\s+winter"}),
    ),
    "de": (
        (r"(?<!die\s)(?<!der\s)(?:letzte|vergangene|vorige)\s+Woche|in\s+der\s+(?:letzten|vergangenen|vorigen)\s+Woche", "week", -1),
        (r"(?:in\s+)?diese[r]?\s+Woche", "week", 0),
        (r"(?<!die\s)(?:nächste|kommende)\s+Woche|in\s+der\s+(?:nächsten|kommenden)\s+Woche", "week", 1),
        (r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+Monat", "month", -1), (r"(?:in\s+)?diese[mn]\s+Monat", "month", 0),
        (r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+Jahr|(?:vergangenes|letztes|voriges)\s+Jahr"
         r"|(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Jahres", "year", -1),
        (r"(?:in\s+)?diesem\s+Jahr|dieses\s+Jahr(?:es)?|diesen\s+Jahres|(?:im\s+)?laufenden\s+Jahr(?:es)?", "year", 0),
        (r"(?:im\s+)?(?:nächsten|kommenden)\s+Jahr|(?:nächstes|kommendes)\s+Jahr|(?:des\s+)?(?:nächsten|kommenden)\s+Jahres", "year", 1),
        *_seasons({-1: ("letzten", "vergangenen", "im\\s+vergangenen", "im\\s+letzten"), 0: ("diesen", "in\\s+diesem"),
                   1: ("nächsten", "kommenden", "im\\s+nächsten", "im\\s+kommenden")},
                  {"summer": "{w}\\s+Sommer", "autumn": "{w}\\s+Herbst", "winter": "{w}\\s+Winter", "spring": "{w}\\s+Frühling"}),
        (r"dieses\s+Frühjahr|in\s+diesem\s+Frühjahr", "spring", 0), (r"(?:im\s+)?(?:vergangenen|letzten)\s+Frühjahr", "spring", -1),
    ),
    "ru": (
        (r"на\s+прошлой\s+неделе", "week", -1), (r"на\s+(?:этой|текущей)\s+неделе", "week", 0),
        (r"на\s+(?:следующей|будущей)\s+неделе", "week", 1),
        (r"в\s+прошлом\s+месяце", "month", -1), (r"в\s+(?:этом|текущем)\s+месяце", "month", 0),
        (r"в\s+(?:следующем|будущем)\s+месяце", "month", 1),
        (r"в\s+прошлом\s+году|прошлого\s+года", "year", -1),
        (r"в\s+(?:этом|текущем|нынешнем)\s+году|(?:этого|текущего|нынешнего)\s+года", "year", 0),
        (r"в\s+(?:следующем|будущем)\s+году|следующего\s+года", "year", 1),
        *_seasons({-1: ("прошлым",), 0: ("этим",), 1: ("следующим", "будущим")}, {"summer": "{w}\\s+летом"}),
        *_seasons({-1: ("прошлой",), 0: ("этой",), 1: ("следующей", "будущей")},
                  {"spring": "{w}\\s+весной", "autumn": "{w}\\s+осенью", "winter": "{w}\\s+зимой"}),
        *_seasons({-1: ("прошлого",), 0: ("этого", "текущего")},
                  {"summer": "летом\\s+{w}\\s+года", "spring": "весной\\s+{w}\\s+года", "autumn": "осенью\\s+{w}\\s+года"}),
    ),
    "ar": (
        (r"الأسبوع\s+الماضي|الاسبوع\s+الماضي", "week", -1), (r"هذا\s+الأسبوع", "week", 0),
        (r"الأسبوع\s+(?:المقبل|القادم)", "week", 1),
        (r"الشهر\s+الماضي", "month", -1), (r"هذا\s+الشهر|الشهر\s+(?:الحالي|الجاري)", "month", 0),
        (r"الشهر\s+(?:المقبل|القادم)", "month", 1),
        (r"العام\s+الماضي|السنة\s+الماضية", "year", -1),
        (r"هذا\s+العام|العام\s+(?:الحالي|الجاري)|هذه\s+السنة", "year", 0),
        (r"العام\s+(?:المقبل|القادم)|السنة\s+(?:المقبلة|القادمة)", "year", 1),
        *_seasons({-1: ("الماضي",), 1: ("المقبل", "القادم")},
                  {"summer": "الصيف\\s+{w}", "winter": "الشتاء\\s+{w}", "spring": "الربيع\\s+{w}", "autumn": "الخريف\\s+{w}"}),
        (r"هذا\s+الصيف", "summer", 0), (r"هذا\s+الشتاء", "winter", 0), (r"هذا\s+الربيع", "spring", 0), (r"هذا\s+الخريف", "autumn", 0),
    ),
    "th": (
        (_TH_UNCOUNTED + r"(?:สัปดาห์|อาทิตย์)(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "week", -1),
        (r"(?<!วัน)(?:สัปดาห์|อาทิตย์)นี้", "week", 0), (r"(?<!วัน)(?:สัปดาห์|อาทิตย์)หน้า", "week", 1),
        (_TH_UNCOUNTED + r"เดือน(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "month", -1), (r"เดือนนี้", "month", 0), (r"เดือนหน้า", "month", 1),
        (_TH_UNCOUNTED + r"ปี(?:ที่แล้ว|ที่ผ่านมา)", "year", -1), (r"ปีนี้", "year", 0), (r"ปีหน้า", "year", 1),
    ),
    "fr": (
        (r"la\s+semaine\s+(?:dernière|passée)", "week", -1), (r"cette\s+semaine", "week", 0),
        (r"la\s+semaine\s+prochaine", "week", 1),
        (r"le\s+mois\s+(?:dernier|passé)", "month", -1), (r"ce\s+mois-ci", "month", 0),
        (r"l['’]année\s+(?:dernière|passée)|l['’]an\s+dernier", "year", -1), (r"cette\s+année", "year", 0),
        (r"l['’]année\s+prochaine|l['’]an\s+prochain", "year", 1),
        (r"cet\s+été", "summer", 0), (r"l['’]été\s+dernier", "summer", -1),
        (r"cet\s+hiver", "winter", 0), (r"l['’]hiver\s+dernier", "winter", -1),
    ),
    "pl": (
        (r"w\s+(?:zeszłym|ubiegłym|poprzednim)\s+tygodniu", "week", -1), (r"w\s+tym\s+tygodniu", "week", 0),
        (r"w\s+przyszłym\s+tygodniu", "week", 1),
        (r"w\s+(?:zeszłym|ubiegłym)\s+roku", "year", -1), (r"w\s+tym\s+roku", "year", 0), (r"w\s+przyszłym\s+roku", "year", 1),
        (r"tego\s+lata|latem\s+tego\s+roku", "summer", 0), (r"(?:zeszłego|ubiegłego)\s+lata", "summer", -1),
    ),
}

# First month of each meteorological season (northern hemisphere); each lasts three months.
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


@lru_cache(maxsize=None)
def wide_month_names(lang: str) -> frozenset[str]:
    """The full (not abbreviated) CLDR month names of a language, every variant, case-folded."""
    wide: set[str] = set()
    for identifier in locale_identifiers():
        if identifier == lang or identifier.startswith(lang + "_"):
            months = Locale.parse(identifier).months
            for context in ("format", "stand-alone"):
                wide.update(" ".join(n.casefold().split()) for n in months.get(context, {}).get("wide", {}).values())
    return frozenset(wide & set(month_names(lang)))


@lru_cache(maxsize=None)
def derived_month_names(lang: str) -> dict[str, int]:
    """Inflected month names CLDR lacks, derived from the wide names by the language's suffix rules."""
    derived: dict[str, int] = {}
    for name in wide_month_names(lang):
        for suffix, replacement in DERIVED_MONTH_SUFFIXES.get(lang, ()):
            if name.endswith(suffix):
                derived.setdefault(name[: len(name) - len(suffix)] + replacement, month_names(lang)[name])
                break
    return derived


@lru_cache(maxsize=None)
def months_capitalised(lang: str) -> bool:
    """Whether the language writes month names with a capital (English, German): "may" is then no month."""
    locale = babel_locale(lang)
    name = locale.months.get("format", {}).get("wide", {}).get(1, "") if locale is not None else ""
    return name[:1].isupper()


@lru_cache(maxsize=None)
def month_pattern(lang: str, wide_only: bool) -> str:
    """The language's month names as one regex alternation: all forms, or only full names (for a month alone)."""
    full = wide_month_names(lang) | set(derived_month_names(lang))
    names = full if wide_only else full | set(month_names(lang))
    escaped = (re.escape(n).replace(r"\ ", r"\s+") + ("" if n in full else r"\.?")
               for n in sorted(names, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")" + ("" if lang in UNSPACED else r"(?![^\W\d_])")


def month_number(name: str, lang: str) -> int:
    """The number of a month name as written (any case, form or spacing, with or without its dot)."""
    key = " ".join(name.casefold().rstrip(".").split())
    return month_names(lang).get(key) or derived_month_names(lang)[key]


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def relative_range(unit: str, offset: int, day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday-Sunday week, month, year or season (northern, meteorological) offset from the day's own.

    "This winter" is the winter the day is in when it falls in January or February, else the coming one.
    """
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        year, month = divmod(day.year * 12 + day.month - 1 + offset, 12)
        return dt.date(year, month + 1, 1), month_end(year, month + 1)
    if unit == "year":
        return dt.date(day.year + offset, 1, 1), dt.date(day.year + offset, 12, 31)
    start = SEASON_START[unit]
    year = day.year + offset - (unit == "winter" and day.month <= 2)
    end_year, end_month = divmod(year * 12 + start + 1, 12)
    return dt.date(year, start, 1), month_end(end_year, end_month + 1)


def alternation(patterns: Iterable[str]) -> str:
    """Regular expressions as one alternation, longest first."""
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def lookup(table: Iterable[tuple], text: str) -> tuple:
    """The values of the first table entry whose regular expression is the whole text."""
    return next(entry[1:] for entry in table if re.fullmatch(entry[0], text, re.IGNORECASE))


# A reading-time label ("5 min read", "11 minut czytania", "Lesezeit: 3 Minuten"): a count of
# minutes in CLDR's unit patterns (duration-minute: long, short and narrow forms, every plural
# category) with a few words around it; pages print it by the headline and it is none.
_READING_TIME_WORDS = 3


@lru_cache(maxsize=None)
def _minute_units(lang: str) -> re.Pattern[str] | None:
    """The minute units of a language and of English (pages carry English labels), in every regional
    variant ("mins" is en-GB's), as one pattern of a count and its unit."""
    units: set[str] = set()
    codes = [i for i in locale_identifiers() if i.split("_")[0] in (lang, "en")]
    for code in codes:
        locale = babel_locale(code)
        patterns = locale._data["unit_patterns"].get("duration-minute", {}) if locale is not None else {}
        for width in patterns.values():
            for count, pattern in width.items():
                unit = pattern.replace("{0}", "").strip() if count != "per" and "{0}" in pattern else ""
                if unit and not unit[:1].isdigit():
                    units.add(unit.casefold())
    if not units:
        return None
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])\d{{1,3}}\s?(?:{names})\.?(?![^\W\d_])", re.IGNORECASE)


def reading_time(text: str, lang: str) -> bool:
    """Whether a short line is a reading-time label: a count of minutes and at most three other words."""
    units = _minute_units(lang)
    match = units.search(text) if units is not None and len(text) <= 60 else None
    if match is None:
        return False
    rest = (text[:match.start()] + " " + text[match.end():]).split()
    return len([w for w in rest if any(ch.isalpha() for ch in w)]) <= _READING_TIME_WORDS and not any(ch.isdigit() for ch in " ".join(rest))


@lru_cache(maxsize=None)
def _capitalised_parts(lang: str) -> re.Pattern[str] | None:
    """The language's capitalised part words before a month (German "Anfang", "Mitte", "Ende"), with the
    month after them, a coordinated part between ("Mitte und Ende Mai"); None where the parts are lower case."""
    words = [pattern for pattern, _ in PARTS.get(lang, ()) if pattern.isalpha() and pattern[:1].isupper()]
    if not words:
        return None
    part = "(?:" + "|".join(words) + ")"
    return re.compile(rf"\b{part}(?=(?:\s+(?:und|oder|bis)\s+{part})?\s+{month_pattern(lang, True)})", re.IGNORECASE)


def month_part_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the part words of a date before a month ("Mitte Mai"): capitalised, yet no name (Berlin's Mitte)."""
    pattern = _capitalised_parts(lang)
    return [match.span() for match in pattern.finditer(text)] if pattern is not None else []
