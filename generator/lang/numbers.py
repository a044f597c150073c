"""Amounts in text: numbers with decimal commas or points, scale words and units, per language.

"83,7 Milliarden Yuan", "83.7 مليار يوان", "837 พันล้านหยวน" and "83,7 млрд юаней" become
(83_700_000_000, "yuan") or (837_000_000_000, "yuan"), so versions of a story can be compared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from generator.lang.locale import babel_locale
from generator.lang.scripts import to_ascii_digits

# Scale words, longest first within each language; values are powers of ten.
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "million": 6, "mn": 6, "billion": 9, "bn": 9, "trillion": 12},
    "de": {"tausend": 3, "tsd.": 3, "million": 6, "millionen": 6, "mio.": 6, "milliarde": 9, "milliarden": 9,
           "mrd.": 9, "billion": 12, "billionen": 12},
    "ru": {"тыс.": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "млн": 6, "миллион": 6, "миллиона": 6,
           "миллионов": 6, "млрд": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "трлн": 12},
    "ar": {"ألف": 3, "آلاف": 3, "مليون": 6, "ملايين": 6, "مليار": 9, "مليارات": 9, "تريليون": 12},
    "th": {"พัน": 3, "หมื่น": 4, "แสน": 5, "ล้าน": 6, "สิบล้าน": 7, "ร้อยล้าน": 8, "พันล้าน": 9,
           "หมื่นล้าน": 10, "แสนล้าน": 11, "ล้านล้าน": 12},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9},
}
# Units and currencies: forms in any language -> one key.
UNITS: dict[str, str] = {
    "yuan": "yuan", "yuans": "yuan", "rmb": "yuan", "юань": "yuan", "юаня": "yuan", "юаней": "yuan",
    "يوان": "yuan", "اليوان": "yuan", "หยวน": "yuan",
    "dollar": "dollar", "dollars": "dollar", "dólar": "dollar", "dólares": "dollar", "dollari": "dollar", "usd": "dollar", "$": "dollar", "доллар": "dollar",
    "долларов": "dollar", "دولار": "dollar", "ดอลลาร์": "dollar",
    "euro": "euro", "euros": "euro", "eur": "euro", "€": "euro", "евро": "euro", "يورو": "euro", "ยูโร": "euro",
    "рубль": "rouble", "рубля": "rouble", "рублей": "rouble", "roubles": "rouble", "rubel": "rouble",
    "га": "hectare", "ha": "hectare", "hectares": "hectare", "hektar": "hectare", "هكتار": "hectare", "เฮกตาร์": "hectare",
}
# Languages that write the decimal separator as a comma (83,7) rather than a point (83.7).
DECIMAL_COMMA = frozenset({"de", "ru", "fr", "es", "it", "pl", "uk", "pt", "nl", "tr"})

_NUMBER = r"(?<![\d.,])\d+(?:[.,٫]\d+)?(?![\d])"


@dataclass(frozen=True)
class Amount:
    """A quantity found in text: its span, value, unit key and the text as written."""

    start: int
    end: int
    value: Decimal
    unit: str
    surface: str


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Every number followed (within a scale word) by a known unit, with its value in units."""
    digits = to_ascii_digits(text)
    found = []
    for match in _pattern(lang).finditer(digits):
        value = _decimal(match.group("number"), lang)
        if value is None:
            continue
        scale = _scales(lang).get((match.group("scale") or "").casefold(), 0)
        unit = _units(lang)[" ".join(match.group("unit").casefold().split())]
        found.append(Amount(match.start(), match.end(), value * (Decimal(10) ** scale), unit, text[match.start():match.end()]))
    return found


# CLDR currency codes whose names (in each language, singular and plural) become unit keys.
CURRENCY_UNITS: dict[str, str] = {"EUR": "euro", "USD": "dollar", "CNY": "yuan", "RUB": "rouble", "GBP": "pound", "JPY": "yen"}
# Words between a scale word and its unit: "150 millions d'euros", "150 milioni di euro", "millones de dólares".
_UNIT_JOIN = r"(?:(?:d['’]|de\s+|di\s+|of\s+)\s*)?"


def is_amount_word(word: str, lang: str) -> bool:
    """Whether a word is a scale word (Milliarden, млн) or a currency name (yuan, euros) of the language."""
    folded = word.casefold()
    return folded in _scales(lang) or folded in _units(lang)


@lru_cache(maxsize=None)
def _scales(lang: str) -> dict[str, int]:
    """The language's scale words: CLDR's compact-number words (Mio., mln, milioni, млн, مليون),
    the hand-kept ones above, and English ones too (news text mixes them in)."""
    return {**SCALES["en"], **cldr_scales(lang), **SCALES.get(lang, {})}


@lru_cache(maxsize=None)
def cldr_scales(lang: str) -> dict[str, int]:
    """Scale words of the language's CLDR compact decimal patterns ("0 Mio'.'" is 10^6), case-folded.

    Words of one letter ("0 M", "0K") are left out: a letter after a number is too often something else.
    """
    locale = babel_locale(lang)
    if locale is None:
        return {}
    scales: dict[str, int] = {}
    for width in ("short", "long"):
        for by_count in locale.compact_decimal_formats.get(width, {}).values():
            for magnitude, pattern in by_count.items():
                text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                word = " ".join(text.replace("'", "").replace("0", " ").replace("¤", " ").split()).casefold()
                power = len(magnitude) - 1 - (text.count("0") - 1)
                if len(word.rstrip(".")) >= 2 and not any(ch.isdigit() for ch in word) and power % 3 == 0:
                    scales.setdefault(word, power)
    return scales


@lru_cache(maxsize=None)
def _units(lang: str) -> dict[str, str]:
    """Unit forms: the hand-kept ones and CLDR's currency names of the language, singular and plural."""
    units = dict(UNITS)
    locale = babel_locale(lang)
    if locale is not None:
        plurals = locale._data.get("currency_names_plural", {})  # Babel has no public accessor for plural names
        for code, key in CURRENCY_UNITS.items():
            names = [locale.currencies.get(code, ""), *dict(plurals.get(code, {})).values()]
            for name in names:
                if name and len(name) >= 3 and " " not in name.strip():  # "dollar des États-Unis" is written "dollars"
                    units.setdefault(name.casefold(), key)
    return units


@lru_cache(maxsize=None)  # built once per language, not once per article
def _pattern(lang: str) -> re.Pattern[str]:
    """Number, optional scale word, unit; spaces optional (Thai writes none)."""
    scales = "|".join(re.escape(s) for s in sorted(_scales(lang), key=len, reverse=True))
    units = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(_units(lang), key=len, reverse=True))
    return re.compile(
        rf"(?P<number>{_NUMBER})\s*(?:(?P<scale>{scales})\s*{_UNIT_JOIN})?(?P<unit>{units})(?![^\W\d_])",
        re.IGNORECASE,
    )


# Languages whose news annotation counts a currency's name in an amount as a name of its own: German
# (GermEval 2014's NoSta-D guidelines tag "Euro", "EUR" as other names; English CoNLL-2003 does not).
NAMED_CURRENCIES = frozenset({"de"})


def currency_names(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the currency names written in words after an amount ("120 Millionen Euro", "5 Mrd. EUR"),
    in the languages of NAMED_CURRENCIES; a symbol ("€") or a unit of another kind is no name."""
    if lang not in NAMED_CURRENCIES:
        return []
    digits = to_ascii_digits(text)
    currencies = frozenset(CURRENCY_UNITS.values())
    spans = []
    for match in _pattern(lang).finditer(digits):
        start, end = match.span("unit")
        if _units(lang)[" ".join(match.group("unit").casefold().split())] in currencies and text[start:end][:1].isupper():
            spans.append((start, end))
    return spans


def _decimal(number: str, lang: str) -> Decimal | None:
    """A number with the language's decimal separator (83,7 in German is 83.7)."""
    number = number.replace("٫", ".")
    if lang in DECIMAL_COMMA:
        number = number.replace(".", "").replace(",", ".")
    else:
        number = number.replace(",", "")
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def describe(value: Decimal, unit: str) -> str:
    """An amount in plain English ("83.7 billion yuan")."""
    for power, word in ((12, "trillion"), (9, "billion"), (6, "million"), (3, "thousand")):
        if value >= Decimal(10) ** power:
            scaled = (value / Decimal(10) ** power).normalize()
            return f"{scaled:f} {word} {unit}"
    return f"{value.normalize():f} {unit}"
