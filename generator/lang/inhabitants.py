"""Nouns of a place's inhabitants in East and South Slavic (Cyrillic), written in lower case:
"пакистанка", "белгийците", "парижанкой", "українці".

Russian, Ukrainian and Bulgarian write nouns of inhabitants (and nationality nouns made from a country's
name) in lower case, so no capital finds them; SlavicNER's guidelines count them as persons. The grammars
form them from the place's stem with a few suffixes (-ец/-ець, -ка, -анин/-янин, plural -цы/-ці/-ци, -ане),
often after -и-/-й-/-ан-/-ян-/-иан- (Белгия -> белгиец, Италия -> италианка, Париж -> парижанка,
Россия -> россиянка), then a case ending or Bulgarian's article (-та, -те, -ът). A word counts when its
stem plus a nominative ending is a country the gazetteer knows (CLDR), or a city (GeoNames) for longer
stems; inhabitants' nouns of other shapes (немец, поляк) are not found.
"""
from __future__ import annotations

from functools import lru_cache

from generator.lang import gazetteer

LANGS = frozenset(("ru", "uk", "bg", "be", "mk"))
# Suffix and case ending together (the declension tables of -ец, -ка, -анин nouns, singular and plural).
_ENDINGS = tuple(sorted(set(
    "ец ца цу цем це цом цы цев цам цами цах ець ця цю ці ців цям цями цях ци "
    "ка ки ке ку кой кою ко кам ками ках ок кі "
    "анин анина анину анином анине ане ан анам анами анах ани "
    "янин янина янину янином янине яне ян янам янами янах яни".split()), key=len, reverse=True))
_ARTICLES = ("та", "те", "ът", "ят")  # Bulgarian's glued definite article ("пакистанката", "италианците")
_LINKS = ("", "и", "й", "ий", "ан", "ян", "иан")  # what stands between the place's stem and the suffix
_PLACE_ENDINGS = ("", "а", "я", "ия", "ія", "й", "и", "о")  # the place's nominative after its stem
_MIN_STEM = 4  # letters of the place's stem: "итал", "белги"
_MIN_CITY_STEM = 5  # a city's: its inhabitant nouns are rarer than countries', and short stems are common words'


@lru_cache(maxsize=65536)
def inhabitant_place(word: str, lang: str) -> str:
    """The gazetteer id of the place whose inhabitant(s) a lower-case word names ("пакистанката" -> "cldr:PK"), or ""."""
    if lang.split("-")[0] not in LANGS or not word.islower() or len(word) < _MIN_STEM + 2:
        return ""
    forms = [word] + ([word[:-len(a)] for a in _ARTICLES if word.endswith(a)] if lang == "bg" else [])
    for form in forms:
        for ending in _ENDINGS:
            if not form.endswith(ending):
                continue
            base = form[:-len(ending)]
            for link in _LINKS:
                if not base.endswith(link):
                    continue
                stem = base[:len(base) - len(link)]
                if len(stem) >= _MIN_STEM and (place := _place(stem, lang)):
                    return place
    return ""


def _place(stem: str, lang: str) -> str:
    """The country (or, for a longer stem, the city) a stem names with a nominative ending, or ""."""
    for ending in _PLACE_ENDINGS:
        entry = gazetteer.lookup(stem[:1].upper() + stem[1:] + ending, lang)
        if entry is None or entry.type != "place":
            continue
        if entry.id.startswith("cldr:") or len(stem) >= _MIN_CITY_STEM and entry.id.startswith("geonames:"):
            return entry.id
    return ""
