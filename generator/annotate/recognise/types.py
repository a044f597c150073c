"""The type of a candidate name from its own words: heads and legal forms, a morphological
dictionary's name tags (pymorphy3 for Russian and Ukrainian; the German Wiktionary's name lists),
capitals and length."""
from __future__ import annotations

from generator.annotate.recognise.tokens import is_acronym
from generator.lang import english, gazetteer, german, german_nouns
from generator.lang.demonyms import is_demonym, leading_demonym
from generator.lang.media import cited_medium
from generator.lang.baseform import dictionary_type, nominative_candidates
from generator.lang.translit import latin
from generator.lang.namewords import is_place_preposition, type_word

_ORDER = ("organisation", "event", "project", "place")  # an organisation's name may hold a place word
# Languages whose multi-word names end with their head word (Germanic word order: modifier before head).
_HEAD_LAST = frozenset("en de nl sv da no nb nn is".split())


def _numbered(words: list[str]) -> bool:
    """Whether a name without a head word holds a number: a model, a type or a flight (Boeing 737, FR1234, A320).

    Persons, places and organisations are rarely named with figures; products, designs and standards are
    (numbered models and versions). A number alone (a year, a count) is no name at all.
    """
    return any(c.isdigit() for w in words for c in w) and sum(c.isalpha() for w in words for c in w) >= 2


def kind_of(surface: str, lang: str, before: str | None = None) -> str:
    """person, organisation, place, event or project: the type the name's own words make likeliest.

    `before` is the word before the name ("" at a sentence's or clause's start, None when unknown): a
    preposition of place there makes an unknown single word a place.
    """
    words = surface.split()
    marked = {type_word(w, lang) for w in words} - {""}
    if words and lang.split("-")[0] in _HEAD_LAST and type_word(words[-1], lang):
        # English and German names end with their head ("Heathrow International Airport", "Film Festival").
        return type_word(words[-1], lang)
    for kind in _ORDER:
        if kind in marked:
            return kind
    if "&" in words[1:-1]:
        return "organisation"  # partners joined by an ampersand: a firm ("Herzog & Partner", "Procter & Gamble")
    if lang == "en" and any(english.is_collective_possessive(w) for w in words[:-1]):
        return "organisation"  # named by its members: "People's Daily", "Workers' Party"
    if _numbered(words) or cited_medium(surface, before or "", lang):
        return "project"  # a model's number, or a medium cited as a report's source (generator.lang.media)
    tagged = dictionary_type(surface, lang) or (german.name_type(words) if lang == "de" else "")
    if tagged:
        return tagged
    if len(words) == 1 and is_acronym(words[0]):
        # Most acronyms in news name organisations (NATO, МИД); a country's own (США, ZDA) is that place.
        return "place" if gazetteer.is_country_acronym(words[0], lang) else "organisation"
    acronyms = [i for i, w in enumerate(words) if is_acronym(w) and sum(c.isalpha() for c in w) >= 2]
    if len(words) >= 2 and acronyms and (acronyms[0] > 0 or len(words) - len(acronyms) <= 1):
        # An acronym inside a longer name: a company's or body's (PKN Orlen, BZ WBK, Fraunhofer FIT, holenderski
        # MSZ); people's names hold initials of one letter ("George W. Bush"), not acronyms. An acronym before
        # two or more words is more often a body's name run into a person's ("… ACS Ašik Masíh prosí").
        return "organisation"
    if len(words) >= 2 and _regional(words, lang):
        return "place"
    if len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2:
        # Two or more capitalised words with no head word: most often a person's name, unless a word is a
        # place the gazetteer knows ("Borussia Dortmund", "Taiwan Strait"): people are rarely named after one.
        if any(len(w) > 2 and _country_or_region(w, lang) for w in words if w[:1].isupper()) or _team(words, lang):
            return "organisation"
        return "person"
    if len(words) == 1 and (_given_name(words[0], lang) or _feminine_surname(words[0], lang)):
        return "person"
    if len(words) == 1 and lang == "de" and before is not None and german.lone_name_kind(before):
        return german.lone_name_kind(before)  # German names people and towns without an article
    # A single capitalised word that no gazetteer knows as a place and no cue types: in news most often
    # a company, party, agency or medium (places are in the gazetteers, people are found by coreference),
    # unless a preposition of place stands before it ("in Wendelsau", "w Zabłociewie", "в Карабаде").
    return "place" if before and is_place_preposition(before, lang) else "organisation"


# English points of the compass: a name made with one is a region's ("West Bank", "Middle East", "South
# Lebanon"); people are not named so, and organisations named after a region carry a head word ("Southern
# Baptist Convention", "Eastern Airlines") that decides first.
_COMPASS = {"en": frozenset("north south east west northern southern eastern western".split())}


def _regional(words: list[str], lang: str) -> bool:
    """Whether a name of several words is a region by its words: a compass point first or last, or a people's
    adjective before a country or region the gazetteer knows ("Iranian Kurdistan", "Turkish Cyprus")."""
    compass = _COMPASS.get(lang.split("-")[0], frozenset())
    if len(words) == 2 and (words[0].casefold() in compass or words[-1].casefold() in compass):
        # Two words only: longer names hold a body's words ("Southern Baptist Convention") or a person
        # after a demonym ("South African Amanda Coetzer"); "South African" itself is a demonym.
        return not is_demonym(" ".join(words), lang)
    # A region or country only: towns share their names with bodies and people ("Russian Duma").
    count = leading_demonym(words, lang)
    return bool(count) and _country_or_region(" ".join(words[count:]), lang)


# Czech and Slovak form a woman's surname with -ová (Novák -> Nováková, Merkel -> Merkelová), foreign ones
# included, and decline it as an adjective (-ové, -ovou); no common noun or place ends so, few adjectives do
# ("nová": new, five letters).
_FEMININE_SURNAME = {"cs": ("ová", "ové", "ovou"), "sk": ("ová", "ovej", "ovou")}


def _feminine_surname(word: str, lang: str) -> bool:
    """Whether a capitalised word ends in a Czech or Slovak woman's surname suffix ("Bartošová", "Merkelové")."""
    endings = _FEMININE_SURNAME.get(lang.split("-")[0], ())
    return bool(endings) and len(word) > 6 and word[:1].isupper() and word.endswith(endings)


def _given_name(word: str, lang: str) -> bool:
    """Whether a word (or its nominative, or its Latin transliteration) is only a given name in the German
    Wiktionary's lists (mostly international names: Tim, Ali, Mohammed), never a common noun nor a place."""
    forms = nominative_candidates(word, lang)
    forms += [latin(form) for form in forms if not form.isascii()]
    for form in forms:
        classes = german_nouns.classes(form)
        if classes:
            return bool(classes & german_nouns.GIVEN) and not classes & (german_nouns.COMMON | german_nouns.PLACE)
    return False


def _country_or_region(word: str, lang: str) -> bool:
    """Whether a word names a country or region (CLDR, ISO 3166): towns share their names with people (Anna)."""
    entry = gazetteer.lookup(word, lang)
    return entry is not None and bool(region_type(entry.id))


def _team(words: list[str], lang: str) -> bool:
    """Whether an English name is a town and a plural noun: a team ("Baltimore Orioles", "New York Mets").

    English sports teams are named after their town and a plural; a person's given name may be a town's
    (Charlotte, Florence), so a listed given name or surname (the German Wiktionary's lists, mostly
    international names) leaves the name a person's ("Charlotte Edwards", "Florence Roberts").
    """
    last = words[-1]
    if lang != "en" or not last.endswith("s") or last.endswith(("ss", "'s", "’s")) or not last[:1].isupper():
        return False
    town = gazetteer.lookup(" ".join(words[:-1]), lang)
    named = german_nouns.GIVEN | german_nouns.SURNAME
    return town is not None and town.type == "place" and not any(german_nouns.classes(w) & named for w in words)


def region_type(ref: str) -> str:
    """The gazetteer's type of a country or region id (CLDR, ISO 3166), or "" for any other id.

    A name resolved to a country or a region is that place whatever its words looked like (Wielkiej
    Brytanii, two capitalised words, looked like a person's name). Not towns (they share their names with
    people: Anna), nor continents (UN M49 numeric codes: Asia is a given name).
    """
    if not ref or ref.startswith("geonames:") or ref.split(":")[-1].isdigit():
        return ""
    entry = gazetteer.entry(ref)
    return entry.type if entry is not None else ""
