"""Names in cased scripts (Latin, Cyrillic, Greek...): runs of capitalised words, single words included.

A capital is a sign of a name except where grammar puts one anyway: at a sentence start, in a
title-case headline, on German nouns. Sentence-initial single words are kept here and judged
with the whole corpus' evidence in generator.assembly.evidence; the rest is decided per article.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from typing import Iterator, NamedTuple

from generator.annotate.recognise.complements import genitive_names
from generator.annotate.recognise.found import Found
from generator.annotate.recognise.places import gazetteer_entry
from generator.annotate.recognise.splits import (broken_compound, inner_place_word, is_place_noun, is_title_word,
                                                 listed, middle_initial, owner, part_of_known, split_after_agency,
                                                 split_after_country, split_at_article, split_before_country,
                                                 split_coordinated, split_of_place, split_possessive, split_titles,
                                                 without_demonym)
from generator.annotate.recognise.tokens import (PARTICLE, Taken, Token, is_acronym, is_cased,
                                                 is_lower_case_agency)
from generator.lang import english, german
from generator.lang.baseform import adjective_alone
from generator.lang.inhabitants import inhabitant_place
from generator.lang.institutions import INSTITUTION_HEADS, is_court_adjective, is_court_head, state_institutions
from generator.lang.namewords import is_leading_place_head, is_title, type_word
from generator.lang.numbers import is_amount_word
from generator.lang.stopwords import calendar_word, is_common_abbreviation, never_a_name

# Function words that start sentences, beyond stopwordsiso's lists (which lack some forms).
_LEADING = {lang: frozenset(words.split()) for lang, words in {
    "en": "the this that these those a an in on at during from with by when after before for to as it its he she "
          "they we i our their his her but and or if while since under into through also there here many some "
          "most all both each every several more",
    "de": "die der das den dem des ein eine einer eines einem einen im am als während in auf mit von vom zum zur "
          "bei nach vor seit für über unter durch um aus es er sie wir ich dies diese dieser dieses und aber auch "
          "wie wenn da so laut",
    "ru": "в во на по об о от до за для из к с со у при это здесь как но и а он она они мы вы я его её их так "
          "также что когда где там тут этот эта эти все уже однако кроме после перед не",
    "pl": "w we na po z ze do to ten ta te jak od podczas według przez dla i a ale on ona oni my",
}.items()}
_QUOTED = re.compile(r"«([^«»\n]{1,80})»|„([^„“”\n]{1,80})[“”]|“([^“”\n]{1,80})”|"
                     r"\"(?=\S)([^\"\n]{1,80})\"|»([^»«\n]{1,80})«")
# A straight quote mark opens and closes alike: one followed by a space closes a quotation, so the search
# moves on to the next mark ('habe "Der Zauberwald" gelesen' after an earlier quotation's closing mark).
# First- and second-person pronouns (a closed class of each grammar): speech opens with them, titles rarely.
_SPEAKERS = {"en": frozenset("i we you".split()), "de": frozenset("ich wir du ihr".split())}
_QUOTE_STOP = re.compile(r"[.!?…,;:]")  # a quoted sentence or list is no name
# Markup, code, paths, handles and character references are no name either ("Acme <b>Holdings</b>"):
# names never hold these, and a candidate's name is shown on pages and in knowledge.json.
_QUOTE_MARKUP = re.compile(r"[<>\[\]{}`*_|\\^~=#@/]|&#?\w+;")
# Languages whose names capitalise their content words (English title case, German nouns); Slavic names
# write only their first word so ("Дунав мост").
_CAPITALISING = frozenset(("en", "de"))
_SLAVIC = frozenset("pl cs sk sl hr sr bs bg mk ru uk be".split())
_GLUE = re.compile(r"[ \t\u00a0-]+")
# English marks a plural possessor with a bare apostrophe, inside a name: "National Farmers' Union".
_PLURAL_POSSESSIVE = frozenset(("' ", "’ ", " ' ", " ’ "))  # also as tokenised text writes it


class Context(NamedTuple):
    """What the run rules need to know about the article."""

    body: str
    lang: str
    taken: Taken  # registry mentions
    starts: set[int]  # offsets of the first word of each sentence
    lower: set[str]  # words the article writes in lower case (case-folded): common words
    foreign_latin: bool  # whether the article is written in another script than Latin
    written: frozenset[str] = frozenset()  # words the article writes capitalised, as written


def agencies(tokens: list[Token]) -> Iterator[Found]:
    """News agencies written in lower case ("(dpa)", "epd", "dpa-AFX"): capitalised ones are found as any name."""
    for token in tokens:
        if not token.capitalised and is_lower_case_agency(token.text):
            yield Found(token.start, token.end, "organisation")


# Acronyms written with full stops ("U.N.", "U.S."): two to four capitals, each with its stop, not glued to
# a following word ("U.S.-led" is an adjective).
_DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,4}(?![\w-])")


def dotted_acronyms(body: str, tokens: list[Token]) -> Iterator[Found]:
    """Acronyms written with full stops in a paragraph ("U.N."); a capitalised word after one may begin
    the next sentence ("in the U.S. Clinton said"), so it is not joined."""
    if tokens:
        for match in _DOTTED.finditer(body, tokens[0].start, tokens[-1].end + 1):
            if match.group().isupper():
                yield Found(match.start(), match.end(), "")


def runs(context: Context, tokens: list[Token], heading: bool) -> Iterator[Found]:
    """The names among one paragraph's capitalised runs (Latin runs in non-Latin text)."""
    yield from agencies(tokens)
    if context.lang in INSTITUTION_HEADS:
        yield from (Found(start, end, "organisation") for start, end in state_institutions(context.body, tokens,
                                                                                           context.lang))
    yield from (Found(start, end, "organisation") for start, end in genitive_names(context.body, tokens, context.lang))
    # Inhabitants' nouns in lower case ("пакистанката"): persons by SlavicNER's guidelines (generator.lang.inhabitants).
    # A sentence's first word is capitalised anyway ("Белгийците ...").
    yield from (Found(t.start, t.end, "person") for t in tokens
                if (t.text.islower() or t.start in context.starts) and inhabitant_place(t.text.casefold(), context.lang))
    yield from dotted_acronyms(context.body, tokens)
    title_case = is_title_case(tokens, heading)
    # Plural nouns of people are common words as possessors too ("People's Daily"): generator.lang.english.
    lower = context.lower | english.COLLECTIVE_POSSESSORS if context.lang == "en" else context.lower
    for run, after_known in _raw_runs(context, tokens):
        # Possessors first: "PUK and Iraq's Kurdistan Democratic Party" coordinates "PUK" and "Iraq" only.
        genitives: set[int] = set()  # where a place split off before a name starts: the title is the name's
        pieces = [named for owned in split_possessive(run, lower) for article in split_at_article(owned)
                  for coordinated in split_coordinated(article, context.lang, context.lower)
                  for part in split_after_agency(coordinated, context.lang)
                  for p in split_titles(part, context.lang, context.lower)
                  for country in _after_country(context, tokens, p, genitives)
                  for q in split_before_country(country, context.lang)
                  for named in split_of_place(q, context.lang)]
        # In Latin script a place leads the name: "<Munich> Municipal Government" is no name of its own.
        rest = after_known and pieces[0][0].script == "LATIN" and not is_title(pieces[0][0].text, context.lang)
        for piece in pieces[1:] if rest else pieces:
            # A surname's particle makes a person too; a place in the genitive before a name is not the title's.
            titled = piece[0].start not in genitives and (_titled(context, piece) or _dutch_particle(piece))
            piece = owner(_trim(context, piece))
            foreign = context.foreign_latin and bool(piece) and piece[0].script == "LATIN"
            if not piece or (title_case and not foreign) or _no_name(piece, context.lang):
                continue
            if not _enough(context, piece, foreign, tokens):
                continue
            described = ""
            if context.lang == "de" and not foreign and not _english_order(piece):
                before, words = _before(tokens, piece[0], context.body), len(piece)
                trimmed = german.without_leading_noun(piece, before)
                if trimmed is not piece:  # the word cut is now the one before ("der Schweizer | Architekten")
                    before, piece = german.as_before(piece[0].text), trimmed
                piece, described = german.without_descriptor(piece, context.body, before)
                piece = german.without_trailing_noun(piece)
                if len(piece) > 1 and german.is_known_place([t.text for t in piece]):
                    described = "place"  # "den Vereinigten Staaten": its common-looking words say organisation
                if not piece or (len(piece) < words == 2 and german.is_common_noun(piece[0].text)
                                 and not is_acronym(piece[0].text)):
                    continue  # only a common noun was left: "vom Gründer Dr. Bernd Rödl" -> "Gründer"
            parts = listed(piece, context.lang)
            if len(parts) > 1:
                # A list holds places (and codes before them: "FR1057"), whatever their words look like.
                yield from (Found(t.start, t.end, "" if any(c.isdigit() for c in t.text) else "place")
                            for t in parts)
                continue
            end = piece[-1].end - (2 if piece[-1].text.endswith(("'s", "’s")) else 0)
            if len(piece) > 1 and len(piece[-1].text) == 1 and context.body[end:end + 1] == ".":
                end += 1  # a surname written as its initial keeps its full stop ("Nico G.")
            if context.lang == "de" and not foreign:
                end = _purpose(context.body, tokens, piece[-1]) or end
            headed = (_lower_case_head(context, tokens, piece)
                      or english.lower_case_head(context.body, tokens, piece, context.lang))
            leading = _leading_head(context, tokens, piece) if len(piece) == 1 and not titled else None
            if len(piece) == 1 and not (headed or leading or titled) and adjective_alone(piece[0].text, context.lang):
                continue  # an adjective with no head noun: a common noun phrase's first word ("Немецкие пилоты")
            yield Found(leading.start if leading else _ordinal_start(context.body, piece[0]),
                        headed.end if headed else end, "place" if leading else "person" if titled else described)


def _after_country(context: Context, tokens: list[Token], piece: list[Token], genitives: set[int]) -> list[list[Token]]:
    """A run split after a leading place (splits.split_after_country); the place's start goes into genitives."""
    parts = split_after_country(piece, context.lang, _before(tokens, piece[0], context.body), context.written)
    if len(parts) > 1:
        genitives.add(parts[0][0].start)
    return parts


_ENGLISH_JOINS = frozenset("of and for the on".split())


def _english_order(piece: list[Token]) -> bool:
    """Whether a run holds English function words: an English name in German text ("California Institute
    of Technology"), which German noun rules would cut."""
    return any(t.text in _ENGLISH_JOINS for t in piece)


def _start(token: Token) -> int:
    """A token's offset (the key tokens are searched by, without building a list of offsets per call)."""
    return token.start


def _purpose(body: str, tokens: list[Token], head: Token) -> int:
    """Where an organisation's name ends that its head word continues with "für" and its field
    ("Bundesamt für Gesundheit", "Ministerium für Bildung und Forschung"): German names of public bodies
    state their purpose so. 0 when the head is no organisation's or no capitalised field follows."""
    if german.head_type(head.text) != "organisation" and not german.is_federal_body(head.text):
        return 0
    index = bisect_left(tokens, head.start, key=_start) + 1
    end = 0
    if index < len(tokens) and tokens[index].text == "für" and body[head.end:tokens[index].start] == " ":
        for token in tokens[index + 1:index + 5]:
            if not (token.capitalised or token.text == "und") or body[tokens[index].end:token.start] != " ":
                break
            end = token.end if token.capitalised else end
            index += 1
    return end


_ORDINAL = re.compile(r"(?<![\w.])\d{1,2}\. $")  # "1. " before a club's acronym: "1. FC Köln", "1. FSV Mainz 05"


def _ordinal_start(body: str, first: Token) -> int:
    """Where a name begins: at an ordinal number right before its first word when that is an acronym."""
    match = _ORDINAL.search(body, max(0, first.start - 4), first.start)
    return match.start() if match and is_acronym(first.text) else first.start






def _leading_head(context: Context, tokens: list[Token], piece: list[Token]) -> Token | None:
    """The lower-case airport or river word right before a name, which Slavic usage names with it
    ("letališče Heathrow", "reka Hudson": namewords.LEADING_PLACE_HEADS), if there is one. Not before a
    place the gazetteer knows: "аэропорт Барселоны" is the airport of a city, whose name is the city's."""
    index = bisect_left(tokens, piece[0].start, key=_start) - 1
    if index < 0 or context.body[tokens[index].end:piece[0].start] != " ":
        return None
    word = tokens[index]
    if not word.text.islower() or not is_leading_place_head(word.text, context.lang):
        return None
    text = " ".join(t.text for t in piece)
    entry = gazetteer_entry(text, text, context.lang)
    return None if entry is not None and entry.type == "place" else word


def _lower_case_head(context: Context, tokens: list[Token], piece: list[Token]) -> Token | None:
    """The lower-case head noun that ends a name begun by a capitalised adjective, if one follows.

    Slavic languages capitalise only the first word of many names: "Sąd Najwyższy" but
    "Pakistansko vrhovno sodišče", "České republiky", "Върховният съд". Up to two lower-case words
    after the run, the last an organisation or place word, belong to the name.
    """
    # One capitalised word (the adjective), not a sentence's first word (capitalised anyway: "Letadla společnosti"),
    # unless a court follows the adjective ("Vrhovno sodišče je ...": generator.lang.institutions).
    if context.lang in ("en", "de") or len(piece) != 1 or not piece[-1].capitalised:
        return None
    if piece[0].start in context.starts:
        return _court_after(context, tokens, piece[0])
    if is_place_noun(piece[0].text, context.lang):
        return None  # a place in an oblique case, then a clause's subject: "В Іспанії суд прийняв ..."
    if is_acronym(piece[0].text):
        return None  # an acronym is no adjective: "NTK sparaliżowała sądy" is a subject, its verb and object
    index = bisect_left(tokens, piece[-1].start, key=_start) + 1
    for following in tokens[index:index + 2]:
        gap = context.body[tokens[index - 1].end:following.start]
        if not following.text.islower() or gap != " " or never_a_name(following.text, context.lang):
            return None  # a preposition or another function word: "Delegacja z prowincji" is no name
        if type_word(following.text, context.lang) in ("organisation", "place"):
            return following
        index += 1
    return None


def _court_after(context: Context, tokens: list[Token], adjective: Token) -> Token | None:
    """The court's head noun right after a sentence's first word that ends as an adjective ("Верховний суд")."""
    index = bisect_left(tokens, adjective.start, key=_start) + 1
    if index >= len(tokens) or context.body[adjective.end:tokens[index].start] != " ":
        return None
    if not is_court_adjective(adjective.text.casefold(), context.lang) or never_a_name(adjective.text, context.lang):
        return None  # a pronoun or determiner ("Ten sąd", "Этот суд")
    return tokens[index] if is_court_head(tokens[index].text, context.lang) else None


def _enough(context: Context, piece: list[Token], foreign: bool, tokens: list[Token]) -> bool:
    """Whether a trimmed run is a name: two capitalised words, or one that passes the single-word rules."""
    capitalised = sum(t.capitalised for t in piece)
    if context.lang == "de" and not foreign:
        if len(piece) == 1 and piece[0].start in context.starts and german.is_subject_before_verb(
                piece[0].text, _after(tokens, piece[0], context.body)):
            return True  # verb-second order: "Krüger ist wieder in Mainz" (generator.lang.german)
        return german.is_name(piece, _before(tokens, piece[0], context.body), _listed(context.body, piece))
    if capitalised >= 2 or foreign:
        return True
    word = piece[0]
    if len(piece) != 1 or len(word.text) < 2 or not is_cased(word.text):
        return False
    # A word the article also writes in lower case is a common word capitalised by position.
    return word.text.casefold() not in context.lower and not is_title(word.text, context.lang)


_LIST_BEFORE = re.compile(r",\s*$")
_LIST_AFTER = re.compile(r"\s*,|\s+(?:und|oder|sowie)\s")


def _listed(body: str, piece: list[Token]) -> bool:
    """Whether a run stands between a list's separators: a comma before it, a comma or a conjunction after it
    ("X Y, Zorb Velk und Z W"): list members are phrases of their own, so its words make one phrase."""
    return (_LIST_BEFORE.search(body, max(0, piece[0].start - 3), piece[0].start) is not None
            and _LIST_AFTER.match(body, piece[-1].end) is not None)


def _before(tokens: list[Token], token: Token, body: str) -> str:
    """The word before a token in its paragraph, if only spaces separate them ("" otherwise)."""
    index = bisect_left(tokens, token.start, key=_start)
    if index == 0:
        return ""
    previous = tokens[index - 1]
    return previous.text if body[previous.end:token.start].strip() == "" else ""


def _after(tokens: list[Token], token: Token, body: str) -> str:
    """The word after a token in its paragraph, if one space separates them; ":" before a colon; else ""."""
    if body[token.end:token.end + 2] == ": ":
        return ":"
    index = bisect_left(tokens, token.start, key=_start) + 1
    if index >= len(tokens):
        return ""
    following = tokens[index]
    return following.text if body[token.end:following.start] == " " else ""


def _titled(context: Context, piece: list[Token]) -> bool:
    """Whether a title introduces the run ("President Duda", "губернатор Руденя"): it names a person."""
    if piece and is_title(piece[0].text, context.lang) and len(piece) > 1:
        return True
    start = piece[0].start if piece else 0
    head = context.body[max(0, start - 40):start].split()
    return bool(head) and is_title(head[-1].strip(".,"), context.lang) and head[-1][-1:] not in ".,;:"


def is_title_case(tokens: list[Token], heading: bool) -> bool:
    """Whether a paragraph is a headline in title case (or in capitals), where capitals say nothing."""
    words = [t for t in tokens if is_cased(t.text) and len(t.text) > 3]
    if len(words) >= 3 and all(t.text.isupper() for t in words):
        return True
    return (heading or len(words) >= 6) and len(words) >= 3 and all(t.capitalised for t in words)


def _raw_runs(context: Context, tokens: list[Token]) -> Iterator[tuple[list[Token], bool]]:
    """Maximal runs of capitalised words and connectors of one script, and whether a mention precedes them.

    Registry mentions break runs; a run glued to a mention may be the rest of a longer name (see runs
    and part_of_known).
    """
    run: list[Token] = []
    after_known = previous_known = False
    for index, token in enumerate(tokens):
        known = context.taken.overlaps((token.start, token.end))
        gap = context.body[tokens[index - 1].end:token.start] if index else "\n"
        glued = _GLUE.fullmatch(gap) is not None or (
            context.lang == "en" and gap in _PLURAL_POSSESSIVE and tokens[index - 1].text.endswith("s"))
        fits = (token.capitalised or token.connector or inner_place_word(run, tokens, index, context.body,
                                                                        context.lang)) and not known
        glued = glued and ("-" not in gap or broken_compound(run, gap, token, context.lang)) or (
            middle_initial(run, gap) and token.start not in context.starts
            and not never_a_name(token.text, context.lang))  # "Plan B. Then": a sentence after an initial
        if fits and run and glued and token.script in (run[0].script, None):
            run.append(token)
            continue
        if run and not (known and glued and part_of_known(run, context.lang)):
            yield run, after_known
        run = [token] if fits else []
        after_known = previous_known and glued and tokens[index - 1].script == token.script
        previous_known = known
    if run:
        yield run, after_known





def _trim(context: Context, piece: list[Token]) -> list[Token]:
    """Drop sentence-starting common words, leading titles and dates, and connectors at either end.

    A sentence's first word is capitalised anyway: it counts only if it is no function word and is
    not seen in lower case elsewhere in the article ("Many German", "Здесь Игорь Руденя").
    """
    leading = _LEADING.get(context.lang, frozenset())
    if piece and piece[0].start in context.starts:
        while piece and (piece[0].text.casefold() in leading or piece[0].text.casefold() in context.lower
                         or never_a_name(piece[0].text, context.lang)):
            piece = piece[1:]
    # A one-letter preposition or conjunction of a Slavic language ("Z Krakowa", "V Praze", "В Москве"),
    # capitalised by a sentence start the text lost, is no initial: an initial takes its full stop.
    while (len(piece) > 1 and len(piece[0].text) == 1 and context.lang.split("-")[0] in _SLAVIC
           and never_a_name(piece[0].text, context.lang) and context.body[piece[0].end:piece[0].end + 1] != "."):
        piece = piece[1:]
    # A compound whose last part is in lower case is an adjective or participle, capitalised for its first
    # part only ("das FDP-geführte Bundesjustizministerium", "U.S.-led forces"): no name's first word.
    while len(piece) > 1 and "-" in piece[0].text and piece[0].text.rsplit("-", 1)[1].islower():
        piece = piece[1:]
    # Inside a run, only months and weekdays are cut: stopword lists hold content words too ("Group").
    # A scale or currency word begins an amount, no name ("einige Milliarden Überschüsse"): CLDR's words.
    while len(piece) > 1 and is_amount_word(piece[0].text, context.lang):
        piece = piece[1:]
    # A Dutch surname's particle stays ("van der Vaart"): it is no connector of English or German.
    while piece and (piece[0].connector and not _dutch_particle(piece) or is_title_word(piece[0].text, context.lang)
                     or calendar_word(_unpossessed(piece[0].text), context.lang)):
        piece = piece[1:]
    while piece and (piece[-1].connector or calendar_word(_unpossessed(piece[-1].text), context.lang)):
        piece = piece[:-1]
    return without_demonym(piece, context.lang)


def _dutch_particle(piece: list[Token]) -> bool:
    """Whether a run begins with a Dutch surname's particle, then a capitalised word ("van der Vaart")."""
    rest = piece[1:]
    while rest and rest[0].connector and rest[0].text in ("der", "den", "de"):
        rest = rest[1:]
    return piece[0].text == PARTICLE and bool(rest) and rest[0].capitalised


def _unpossessed(word: str) -> str:
    """A word without its possessive ending: "Thursday's" -> "Thursday"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word






def _no_name(piece: list[Token], lang: str) -> bool:
    """Whether every word is a month, a weekday, a number or a function word."""
    return all(t.connector or t.text.isdigit() or (never_a_name(t.text, lang) and not is_acronym(t.text))
               or is_common_abbreviation(t.text, lang)
               or t.text.casefold() in _LEADING.get(lang, ()) for t in piece)


def quoted(body: str, lang: str) -> Iterator[Found]:
    """Names in quotation marks: 1-6 words, starting with a capital in cased scripts, no markup."""
    for match in _QUOTED.finditer(body):
        start, end = match.span(next(g for g in range(1, 6) if match.group(g) is not None))
        if body[start:start + 1].isspace() or body[end - 1:end].isspace():
            continue  # an opening mark is glued to its first word: '," Levy said. "' is between two quotes
        if _QUOTE_STOP.search(body, start, end):
            continue  # a quoted sentence or clause ('"It is late," he said'), punctuation inside the marks
        while start < end and not body[start].isalnum():
            start += 1
        # A combining mark ends a word in scripts that write vowels so (Thai "คีรู"): it is the word's.
        while end > start and not body[end - 1].isalnum() and not unicodedata.category(body[end - 1]).startswith("M"):
            end -= 1
        text = body[start:end]
        if not text or len(text.split()) > 6 or _QUOTE_STOP.search(text) or not text[0].isalpha():
            continue
        if _QUOTE_MARKUP.search(text):
            continue
        if is_cased(text) and not text[0].isupper():
            continue  # a cased script in lower case is a phrase ("double carbon"), not a name
        words = text.split()
        if lang in _CAPITALISING and len(words) > 2 and words[-1].islower():
            continue  # a quoted sentence ends in lower case ('"Das reicht nicht", sagt er'); names rarely do
        if len(words) >= 3 and words[0].casefold() in _SPEAKERS.get(lang, ()):
            continue  # a quotation in the first or second person is speech ('"Ich bin kein Dieb"'), no title
        if len(words) == 1 and is_cased(text) and not is_acronym(text) and not german.quoted_name(text, lang):
            continue  # one capitalised quoted word is found (or not) by the run rules
        if not all(never_a_name(w, lang) for w in words):
            # A lone quoted word no dictionary lists names a shop, a product, a work: no person or place.
            yield Found(start, end, "other" if len(words) == 1 and german.quoted_name(text, lang) else "")
