"""German capitalises every noun: the signs that a capitalised German word is a name nonetheless.

From German grammar: a common noun takes an article or a determiner ("die Regierung", "einem
Jahr"), an inflected adjective ("neue Wege") or a number ("drei Jahre"); derived nouns end in
productive suffixes (-ung, -heit, -keit, -schaft...). Adjectives are written in lower case unless
they are part of a name, so two capitalised words side by side mid-sentence are a name
("Deutsche Bank", "Angela Merkel").
"""
from __future__ import annotations

from generator.annotate.recognise.tokens import Token, is_acronym
from generator.lang import gazetteer, german_nouns
from generator.lang.namewords import ORGANISATION_WORDS, PLACE_WORDS, is_title, type_word
from generator.lang.stopwords import never_a_name

# Articles, determiners and pronouns that stand before a common noun (every case form).
DETERMINERS = frozenset((
    "der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen "
    "dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes jedem jeden "
    "mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen "
    "ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren euer eure "
    "welcher welche welches welchem welchen alle allen aller manche mancher viele vielen wenige "
    "wenigen mehrere mehreren einige einigen solche solchen beide beiden zum zur im am vom beim ins ans"
).split())
_FUSED = frozenset("beim zum zur im am vom ins ans aufs durchs fürs ums".split())
# Derivational suffixes of common nouns (Duden's word formation).
NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
                 "tät", "täten", "ion", "ionen", "ismus", "nis", "nisse", "chen", "lein", "ment", "ling", "linge", "tum", "ei",
                 "eien", "erin", "erinnen", "ler", "ner", "euer", "eur", "eure", "ist", "isten", "ik", "ie", "ien",
                 "gen", "ten", "ern", "sten", "zeit", "jahr", "jahre", "jahren", "tag", "tage", "tagen", "stand",
                 "werk", "weise", "wesen", "stoff", "kraft", "kräfte", "markt", "land", "länder",
                 "ity")  # English abstract nouns in German text ("Security", "Community")
_PLACE_SUFFIXES = ("land", "burg", "berg", "dorf", "hausen", "heim", "stadt")  # often places: Deutschland, Hamburg


def preload(lang: str) -> None:
    """Load the German noun dictionary when the corpus has German articles (before workers fork)."""
    if lang == "de":
        german_nouns.preload()


def is_name(piece: list[Token], before: str, listed: bool = False) -> bool:
    """Whether a run of capitalised German words is a name (before: the word just before it; listed: the run
    stands between a list's commas or conjunctions, where two bare nouns side by side cannot meet)."""
    if any(is_acronym(t.text) or t.text in ("of", "and", "for", "the") for t in piece):
        return True
    if any(type_word(t.text, "de") in ("organisation", "project", "event") for t in piece) and len(piece) > 1:
        return True
    capitalised = [t for t in piece if t.capitalised]
    if len(capitalised) >= 2 and is_known_place([t.text for t in piece]):
        return True
    if len(capitalised) >= 2:
        if before.casefold() not in DETERMINERS and all(is_common_noun(t.text) for t in capitalised) and not listed:
            # Bare nouns side by side meet across a phrase boundary ("in Abständen Vibrationsplatten"); after
            # an article they make one phrase, a name in English word order ("ein Empowerment Center").
            return False
        return before.casefold() not in DETERMINERS or any(not _common_looking(t.text) for t in capitalised[1:])
    if len(capitalised) != 1:
        return False
    word = capitalised[0].text
    flags = german_nouns.classes(word)
    common_position = before.casefold() in DETERMINERS or before.isdigit() or after_adjective(before)
    # A country that is a common noun too ("Polen": Poles, "Marken": brands) is the noun after an adjective
    # or a number; after "der", "die" it stays the place ("der" is a relative pronoun too).
    plural = after_adjective(before) or before.isdigit()
    if is_proper(word) and not (flags & german_nouns.COMMON and plural) or is_federal_body(word):
        return True  # a name takes an article or an adjective too: "die Schweiz", "im royalen Stockholm"
    if (_place_adjective_before(before) and not flags & german_nouns.COMMON and not is_common_noun(word)
            and not _common_looking(word)):
        return True  # a place after its region's or country's adjective: "im aargauischen Riniken"
    if common_position:
        return False  # an inflected adjective before it: "neuen Wege" (a verb in -en passes too: a loss taken)
    if (flags & german_nouns.COMMON and flags & german_nouns.SURNAME and not flags & german_nouns.GIVEN
            and not is_title(before, "de")):
        return False  # a common noun that is a surname too ("Arzt", "Zufall"): alone, without a title, a noun
    if not flags and not is_common_noun(word) and len(word) <= 12:
        # Unlisted by the Wiktionary (100,000 nouns): only a productive derivational suffix still says common
        # noun; short endings (-ik, -ler, -ner, -ei) end many surnames too ("Janik", "Kessler").
        return not word.casefold().endswith(_PRODUCTIVE_SUFFIXES)
    return not _common_looking(word) and not is_common_noun(word)


# Suffixes that make new German nouns from verbs and adjectives (Duden's word formation): words made so
# are often missing from a dictionary.
_PRODUCTIVE_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
                        "tionen", "ismus", "nis", "nisse", "chen", "lein", "erin", "erinnen", "tum", "ling", "linge", "ment",
                        "ity")  # and English ones, English nouns in German text ("Development", "Security")


def _place_adjective_before(before: str) -> bool:
    """Whether a word is an inflected adjective in -isch of a place or people ("englischen", "bulgarischen")."""
    return before.islower() and before.endswith(("ische", "ischen", "ischer", "isches", "ischem"))


# Weak and strong endings of a German adjective, and the nominative ending they stand for (German
# declension): "den Vereinigten Staaten" is "Vereinigte Staaten".
_ADJECTIVE_ENDINGS = (("en", "e"), ("er", "e"), ("es", "e"), ("em", "e"))


def is_known_place(words: list[str]) -> bool:
    """Whether the gazetteer knows a run of words as a place, as written or with its first word (an
    adjective) in the nominative."""
    forms = [" ".join(words)]
    first = words[0]
    forms += [" ".join([first[:-len(end)] + to, *words[1:]]) for end, to in _ADJECTIVE_ENDINGS if first.endswith(end)]
    return any((entry := gazetteer.lookup(form, "de")) is not None and entry.type == "place" for form in forms)


# Heads of the compounds that name a federal or state body (German administrative naming: Bundes- and
# Landes- + an institution: "Bundesnachrichtendienst", "Landeskriminalamt", "Bundesärztekammer"). Bundestag,
# Landtag are head words of their own (namewords); "-rat" and "-tag" also end titles and holidays.
_BODY_HEADS = ("amt", "ämter", "ministerium", "kammer", "dienst", "gericht", "gerichtshof", "bank", "anstalt",
               "agentur", "behörde", "wehr", "polizei", "verband", "verwaltung", "institut",
               "kriminalamt", "zentrale", "stiftung", "kommission", "versammlung")
_BODY_PREFIXES = ("bundes", "landes")


def is_federal_body(word: str) -> bool:
    """Whether a word names a federal or state body: Bundes-/Landes- and an institution head ("Bundesrat")."""
    folded = word.casefold()
    # The genitive adds -s or -es ("des Bundesnachrichtendienstes"), the plural -n ("Landesbanken").
    stems = {folded} | {folded[:-len(end)] for end in ("es", "s", "en", "n") if folded.endswith(end)}
    return (folded.startswith(_BODY_PREFIXES) and any(stem.endswith(_BODY_HEADS) for stem in stems)
            and len(folded) > 8 and "-" not in folded)


_MIN_NAMED_HEAD = 5  # letters of the shortest common noun that makes a compound after a name's part


def is_common_noun(word: str) -> bool:
    """Whether a capitalised word is a common noun by the Wiktionary (a hyphenated one by its last part)."""
    if "-" in word:
        first, last = word.split("-", 1)[0], word.rsplit("-", 1)[1]
        # "Fussball-Experte", "Löwen-Keeper" are nouns; "Coca-Cola" is no compound of listed words. A name or
        # an acronym before a long common noun makes a noun too ("Opel-Werke", "SPD-Vorsitzende": compounds
        # are right-headed); a short last part may be a name's own ("Coca-Cola").
        known_first = bool(german_nouns.classes(first)) or len(last) >= _MIN_NAMED_HEAD
        return known_first and last[:1].isupper() and german_nouns.is_common_noun(last)
    return german_nouns.is_common_noun(word)


def quoted_name(word: str, lang: str) -> bool:
    """Whether one capitalised German word in quotation marks is a name: one the Wiktionary does not list
    (a shop's, a product's: „Zorbelino“). A listed noun in quotation marks is one used loosely ("Experten")."""
    return lang == "de" and word[1:].islower() and not german_nouns.classes(word)


def is_proper(word: str) -> bool:
    """Whether a word is a name wherever it stands: a proper noun only (Wiktionary), a country or region,
    a federal or state body."""
    if german_nouns.is_proper_only(word):
        return True
    if is_federal_body(word):
        return True
    if german_nouns.classes(word) == german_nouns.COMMON:
        return False  # listed as a common noun only: a region's German name may be one too ("Stadt")
    entry = gazetteer.lookup(word, "de")
    # Countries and regions only: towns share their names with common nouns ("Essen", "Hof").
    return entry is not None and entry.type == "place" and not entry.id.startswith("geonames:")


# Auxiliary and modal verb forms ending like inflected adjectives (a closed class of German grammar):
# a name after them is a subject ("Zuvor musste Krüger aber").
_VERBS = frozenset((
    "habe haben hatte hatten hätte hätten werde werden wurde wurden würde würden wäre wären "
    "musste mussten müsse müssen müsste müssten sollte sollten solle sollen wollte wollten wolle wollen "
    "konnte konnten könne können könnte könnten durfte durften dürfe dürfen dürfte dürften "
    "mochte mochten möchte möchten sagte sagten erklärte erklärten"
).split())


def after_adjective(before: str) -> bool:
    """Whether a word looks like an inflected attributive adjective (lower case, ending -e, -en, -er, -em, -es)."""
    return (before.islower() and len(before) > 3 and before.endswith(("e", "en", "er", "em", "es"))
            and before not in _VERBS)


def is_common_noun_position(before: str) -> bool:
    """Whether a capitalised German word after this word stands where common nouns stand.

    Not after a place's adjective in -isch: it stands before places as often ("im englischen Ipswich").
    """
    return before.casefold() in DETERMINERS or after_adjective(before) and not _place_adjective_before(before)


def _common_looking(word: str) -> bool:
    """Whether a German word ends like a derived or compound common noun."""
    folded = word.casefold()
    if folded.endswith(_PLACE_SUFFIXES):
        return False
    return len(folded) > 12 or folded.endswith(NOUN_SUFFIXES)


def without_leading_noun(piece: list[Token], before: str) -> list[Token]:
    """A run after an article without its first word when a name of two words follows ("der Anteil Saudi Arabiens")."""
    capitalised = [t for t in piece if t.capitalised]
    first = piece[0].text
    if (before.casefold() in DETERMINERS and len(capitalised) >= 3 and piece[0].capitalised and piece[1].capitalised
            and "-" not in first and first[1:].islower()):
        return piece[1:]
    return piece


def without_descriptor(piece: list[Token], body: str, before: str = "") -> tuple[list[Token], str]:
    """A run without the common nouns in apposition before the name, and the type they give it.

    German puts a describing noun right before a name: "Chemiekonzern BASF", "Kanton Baselland",
    "Torjäger Robert Vittek"; the name is what follows. A title makes it a person, a head word of
    organisations or places gives that type. Kept when the rest would be common nouns only.
    """
    kind = ""
    # A preposition fused with an article never begins a name: "Beim Chemiekonzern BASF" where no sentence
    # start was seen (after a dateline).
    while len(piece) > 1 and piece[0].text.casefold() in _FUSED:
        piece = piece[1:]
    while (len(piece) > 1 and piece[0].capitalised and body[piece[0].end:piece[1].start] == " "
           and (_descriptor(piece[0].text, piece[1].text) or _noun_phrase_head(piece[0].text, before))):
        rest = piece[1:]
        if not any(t.capitalised and (is_acronym(t.text) or not is_common_noun(t.text)) for t in rest):
            break
        if not _descriptor(piece[0].text, piece[1].text) and not _named(rest):
            break  # an apposition names something known: "Heimat Bochum", not "Wall Street"
        word = piece[0].text.rsplit("-", 1)[-1]
        head = head_type(word)
        kind = "person" if is_title(word, "de") else head if head in ("organisation", "place") else kind
        piece = rest
        while piece and piece[0].connector:
            piece = piece[1:]
    return piece, kind


def _named(rest: list[Token]) -> bool:
    """Whether words look like a name of their own: two capitalised, an acronym, a listed name or place."""
    capitalised = [t.text for t in rest if t.capitalised]
    return len(capitalised) >= 2 or any(is_acronym(w) or german_nouns.classes(w) & german_nouns.NAMED
                                        or gazetteer.lookup(w, "de") is not None for w in capitalised)


def _noun_phrase_head(word: str, before: str) -> bool:
    """Whether a common noun after an article or an adjective heads a noun phrase, the name after it in
    apposition ("seiner alten Heimat Bochum", "der Niederlassung Hof"): a noun listed as common only."""
    return ((before.casefold() in DETERMINERS or after_adjective(before)) and word[1:].islower()
            and not _place_adjective(word)
            and german_nouns.classes(word) == german_nouns.COMMON)


def as_before(word: str) -> str:
    """A capitalised word as the word before a name: a place's adjective in lower case, as adjectives are
    written ("Schweizer" -> "schweizer"), so that it counts as an adjective."""
    return word.lower() if _place_adjective(word) else word


def _place_adjective(word: str) -> bool:
    """Whether a word is a place's adjective in -er ("Frankfurter", "Berliner"): part of the name after it."""
    return word.endswith("er") and gazetteer.lookup(word[:-2], "de") is not None


def _descriptor(word: str, following: str) -> bool:
    """Whether a word is a common noun that describes the name after it.

    Describing nouns are titles and heads ("Professor", "Kanton"), compounds ("Chemiekonzern",
    "Fussball-Experte"), or any common noun before a given name ("Sohn Tobias"); a short noun before
    another capitalised word is more often a name's own word ("Ross Brawn", "Borussia Dortmund").
    """
    if is_acronym(word) or not (word[1:].islower() or "-" in word):
        return False
    if is_title(word, "de") or head_type(word):
        return True
    if "-" in word:
        return is_common_noun(word)
    flags = german_nouns.classes(word)
    if flags & german_nouns.GIVEN:
        return False
    if german_nouns.is_compound(word):
        return True
    return bool(flags & german_nouns.COMMON) and german_nouns.proper_kind(following) == "person" \
        and bool(german_nouns.classes(following) & german_nouns.GIVEN)


def without_trailing_noun(piece: list[Token]) -> list[Token]:
    """A run without common nouns after a name ("Zabels Entscheidung", "SWR Fernsehen").

    Kept: head words of names ("Deutsche Bank") and nouns after an adjective ("Weißes Haus").
    """
    while len(piece) > 1 and (piece[-1].text.casefold() in DETERMINERS or is_title(piece[-1].text, "de")
                              or piece[-1].capitalised and _trailing_noun(piece[-1].text, piece[-2].text,
                                                                          len(piece) == 2)):
        piece = piece[:-1]  # an article or a title ends no name: "ISAF Angry Young Men Ein", "Gründer Dr."
    while piece and piece[-1].connector:
        piece = piece[:-1]
    return piece


def _trailing_noun(word: str, before: str, second: bool) -> bool:
    """Whether a word after a name is a common noun of its own: listed as one only (or any noun after an
    acronym: "SWR Fernsehen"), not a head word, not after an adjective, a given name or a common noun.

    A given name counts only as the run's first word (second: the word is the run's second): after a
    full name a common noun is the sentence's ("Freund Matthew Williams Liebeskummer").
    """
    given = second and german_nouns.classes(before) & german_nouns.GIVEN
    if word.casefold() in _NUMERALS:
        return False  # German writes numerals in lower case: a capitalised one is a name's ("Pro Sieben")
    if (type_word(word, "de") or _adjective_like(before) or given
            or is_common_noun(before) and not is_acronym(before)):
        return False  # a name's own words: "Deutsche Bank", "Simon Fischhaber", "Empowerment Center"
    flags = german_nouns.classes(word)
    return bool(flags) and not flags & german_nouns.NAMED or is_acronym(before) and is_common_noun(word)


_NUMERALS = frozenset("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split())


def _adjective_like(word: str) -> bool:
    """Whether a capitalised word ends like an inflected adjective inside a name ("Deutsche", "Weißes")."""
    return not is_acronym(word) and word.endswith(("e", "en", "er", "es", "em"))


# Heads of German compounds that name organisations and places (namewords' lists, compounds are right-headed).
_HEADS = tuple((word, kind) for kind, table in (("organisation", ORGANISATION_WORDS), ("place", PLACE_WORDS))
               for word in table["de"].split() if len(word) >= 4)


def head_type(word: str) -> str:
    """organisation or place when a German word or its compound's head is such a head word ("Chemiekonzern")."""
    folded = word.casefold()
    # Plurals and datives take an umlaut and -e, -er, -en ("Städten" is "Stadt"): German noun inflection.
    stems = {folded} | {folded[:-len(e)].translate(_UMLAUTS) for e in ("en", "er", "e", "n", "s") if folded.endswith(e)}
    return type_word(word, "de") or next((kind for head, kind in _HEADS for stem in stems if stem.endswith(head)), "")


_UMLAUTS = str.maketrans("äöü", "aou")


def name_type(words: list[str]) -> str:
    """The type the German Wiktionary's name lists give a name, or "" when they say nothing.

    A listed given name or surname alone, or a given name first, is a person; a listed place alone is a
    place; several words with a common noun or a place among them, no given name first, are an
    organisation ("Borussia Dortmund", "Adler Frintrop": clubs and firms are named after towns and things).
    """
    if len(words) == 1:
        return german_nouns.proper_kind(words[0]) or head_type(words[0])
    if german_nouns.classes(words[0]) & german_nouns.GIVEN:
        return "person"
    # A compound head word: "Frankfurter Hauptbahnhof", "Deutsche Kreditbank"; a place's own name is no
    # compound of its head ("Mailand", "Finnland" end in -land): a club or firm named after it, below.
    if head_type(words[-1]) and not _toponym(words[-1]):
        return head_type(words[-1])
    capitalised = [w for w in words if w[:1].isupper()]
    if any(german_nouns.classes(w) & (german_nouns.COMMON | german_nouns.PLACE) or is_compound_noun(w)
           for w in capitalised[1:]) or any(_town(w) for w in capitalised):
        return "organisation"
    return ""


def is_compound_noun(word: str) -> bool:
    """Whether a word is a compound of a German common noun ("Hauptbahnhof")."""
    return german_nouns.is_compound(word)


def _toponym(word: str) -> bool:
    """Whether the Wiktionary lists a word as a place's name or the gazetteer knows it as a place."""
    entry = gazetteer.lookup(word, "de")
    return bool(german_nouns.classes(word) & german_nouns.PLACE) or entry is not None and entry.type == "place"


def _town(word: str) -> bool:
    """Whether the gazetteer knows the word as a place that the Wiktionary does not list as a name of another kind.

    Small towns share their names with people (Wayne, Savage): a word the Wiktionary lists as a given name
    or surname, or does not list at all, is a town only when it is the gazetteer's main name of a country
    or region, or the Wiktionary lists it as a place too.
    """
    entry = gazetteer.lookup(word, "de")
    if entry is None or entry.type != "place":
        return False
    return not entry.id.startswith("geonames:") or bool(german_nouns.classes(word) & german_nouns.PLACE)


# German main clauses put the finite verb second (verb-second order, Duden grammar): a sentence's first
# word right before a verb in the 3rd person singular is a whole constituent, its subject. A common noun
# in the singular takes an article there ("Der Trainer ist"); a bare capitalised word that the Wiktionary
# does not list as a common noun is then a name ("Krüger war seit 1990", "Martin stellt ihn"). Irregular
# and modal forms are listed (a closed class); the regular ones end in -t (present) or -te (past).
_IRREGULAR_SINGULAR = frozenset((
    "ist war hat wird kann muss soll will darf mag weiß kam ging gab blieb stand lag fiel sprach nahm "
    "rief ließ zog sah fand trat bat traf schrieb hielt wies lief"
).split())
# Adverbs that open sentences end so (German word formation: "schließlich", "jedenfalls", "damals",
# "teilweise", "zunächst"); a verb after them does not make them a subject.
_ADVERB_ENDINGS = ("lich", "falls", "mals", "weise", "dings", "halb", "wärts", "seits", "ens", "dem", "dessen",
                   "her", "hin", "nächst", "letzt", "erst", "zeit", "tags", "abends", "morgens", "dort", "da",
                   "wann", "weil", "weile", "mal", "wo", "wie", "dann", "wegen", "los", "gegen", "zu", "um", "nun")
_ADVERB_PREFIXES = ("irgend", "nirgend", "dar", "hier", "wo", "auch", "eben", "ober", "unter", "außer")

def is_singular_verb(word: str) -> bool:
    """Whether a lower-case word can be a finite verb in the 3rd person singular ("ist", "stellt", "sagte")."""
    if not word.isalpha() or not word.islower() or word in DETERMINERS:
        return False
    if word in _IRREGULAR_SINGULAR:
        return True
    # Function words end in -t too ("nicht", "jetzt", "selbst"): stopwordsiso's German list.
    return len(word) > 3 and word.endswith(("t", "te")) and not never_a_name(word, "de")


def is_subject_before_verb(word: str, following: str) -> bool:
    """Whether a sentence's capitalised first word is a name by verb-second order (before a singular verb):
    not a common noun only, not an adverb; or a listed name before a colon (following: the word after, or ":")."""
    folded = word.casefold()
    if not word[:1].isupper() or not word[1:].islower() or folded.endswith(_ADVERB_ENDINGS) or (
            folded.startswith(_ADVERB_PREFIXES) and not german_nouns.classes(word)):
        return False
    flags = german_nouns.classes(word)
    if following == ":":  # a speaker's label in an interview ("Krüger: Ich bin..."): a listed name only
        return bool(flags & (german_nouns.GIVEN | german_nouns.SURNAME))
    if flags and not flags & (german_nouns.GIVEN | german_nouns.SURNAME) or not flags and is_common_noun(word):
        return False
    return is_singular_verb(following)


# German prepositions (Duden grammar, a closed class) and coordinating conjunctions: after them a bare
# name is an object or a list's member, whatever its kind ("für Porsche", "zwischen X und Y").
_PREPOSITIONS = frozenset((
    "ab an auf aus außer bei bis durch für gegen gegenüber hinter in mit nach neben ohne seit über um unter "
    "von vor während wegen zu zwischen laut trotz dank per pro via samt nahe entlang innerhalb außerhalb "
    "und oder sowie bzw sondern als wie"
).split())
# Prepositions of origin and direction that take a town's bare name (towns take no article in German:
# "aus Hamburg", "nahe Bremen"; organisations take one: "aus der Partei").
_FROM_PLACE = frozenset("aus nahe nach".split())


def lone_name_kind(before: str) -> str:
    """person or place for a lone German name no list knows, by the word before it; "" when it says nothing.

    German names persons without an article ("Krüger sagte", "sagt Krüger"), while companies, parties and
    bodies mostly take one ("die Telekom", "der Verein"): a bare name as the subject (after a sentence's or
    clause's start, a verb in the 3rd person singular or a pronoun: before is "" or such a word) is a
    person's. A town takes no article either, after a preposition of origin or a place's adjective
    ("aus Wendelsau", "im aargauischen Wendelsau").
    """
    folded = before.casefold()
    if folded in _FROM_PLACE or _place_adjective_before(before):
        return "place"
    if not before:
        return "person"
    if (not before.islower() or folded in DETERMINERS or folded in _PREPOSITIONS
            or after_adjective(before) and not is_singular_verb(before)):
        return ""
    return "person"
