"""Where a run of capitalised words holds more than one name: at coordination, titles, possessors,
articles, a country after a genitive chain, "of" before a place (rules of English and Slavic syntax);
and where runs join (broken compounds, middle initials) or shed words (a demonym, an owner's unit)."""
from __future__ import annotations

import re

from generator.annotate.recognise.places import gazetteer_entry, is_place_word
from generator.annotate.recognise.tokens import COORDINATORS, Token, is_acronym
from generator.lang import gazetteer
from generator.lang.baseform import given_name_split, nominative_candidates
from generator.lang.bylines import AGENCIES
from generator.lang.demonyms import leading_demonym
from generator.lang.namewords import is_division, is_place_preposition, is_role, is_title, type_word

_ARTICLES = frozenset(("the",))  # an English article a coordinated name may begin with


def split_coordinated(run: list[Token], lang: str, lower: set[str]) -> list[list[Token]]:
    """Split a run at "and" unless it joins common words inside one name ("Science and Technology").

    "and" stays when the word before it is no title or type word and the word after it is a common
    word (seen in lower case) or is followed by two more words; so "BMW Group and Siemens",
    "Liaoning and Germany" and "Hao Peng and Stephen Blandall" are split.
    """
    pieces, current = [], []
    for index, token in enumerate(run):
        if token.text in COORDINATORS and 0 < index < len(run) - 1:
            before, after = run[index - 1].text, run[index + 1].text.casefold()
            # An article after "and" begins a noun phrase of its own: "Jordan and the West Bank".
            if (is_title(before, lang) or type_word(before, lang) or after in _ARTICLES
                    or not (after in lower or len(run) - index >= 4 or _field_pair(run, index, lang))
                    or _two_places(run, index, lang)):
                pieces, current = [*pieces, current], []
                continue
        current.append(token)
    return [p for p in [*pieces, current] if p]


_FIELD_JOINS = frozenset("of on for".split())


def _field_pair(run: list[Token], index: int, lang: str) -> bool:
    """Whether "and" ends a name by joining the two fields of a body's or a meeting's head ("Institute of
    Science and Technology", "Council on Security and Development"): a head, "of", "on" or "for" before,
    one word after, neither word a place or an acronym ("Bank of England and Barclays" are two)."""
    before, after = run[index - 1].text, run[index + 1].text
    headed = any(type_word(run[i].text, lang) in ("organisation", "event") and run[i + 1].text in _FIELD_JOINS
                 for i in range(index - 1))
    return (headed and index == len(run) - 2 and not any(is_place_word(w, lang) or is_acronym(w)
                                                         for w in (before, after)))


def _two_places(run: list[Token], index: int, lang: str) -> bool:
    """Whether a coordinator joins two places, not one place's name ("Португалии и Испании и Италии", but
    "Bosnia and Herzegovina", "Trinidad and Tobago": the gazetteer knows those whole)."""
    before, after = run[index - 1].text, run[index + 1].text
    whole = f"{before} {run[index].text} {after}"
    return is_place_word(before, lang) and is_place_word(after, lang) and gazetteer_entry(whole, whole, lang) is None


# Languages that put a country in the genitive between a title and a name: "президента США Дональда Трампа",
# "premier Wielkiej Brytanii Theresa May" (Slavic noun phrases: the genitive follows its noun).
_GENITIVE_CHAIN = frozenset("pl cs sk sl hr sr bs bg mk ru uk be".split())


def split_after_country(piece: list[Token], lang: str, before: str = "",
                        written: frozenset[str] = frozenset()) -> list[list[Token]]:
    """Split a run after a leading place (one or two words) when two or more words follow ("президента США
    Дональда Трампа"), or before a given name the dictionary knows after common words (Russian, Ukrainian).

    A country or region leads such a run anywhere; a city only after a title or a preposition of place
    ("starostka Paříže Anne ...", "консул в Букурещ Мирчо ..."): many given names are also some town's.
    After a title or a preposition, an organisation in a case form of a name the article writes on its own
    leads the run the same way ("direktor Ryanaira | Michael ...": "Ryanair"), and so does an acronym.
    A head or title word keeps the run whole ("Фонд Владимира ...": an organisation named after a person).
    """
    words = len(piece)
    while words and piece[words - 1].connector:
        words -= 1  # a connector the run ends with is cut later ("Асия Биби и мать"): no part of the name
    if lang.split("-")[0] not in _GENITIVE_CHAIN or words < 3 or any(t.connector for t in piece[:words]):
        return [piece]
    for cut in (1, 2):
        text = " ".join(t.text for t in piece[:cut])
        if words - cut >= 2 and _leading_place(text, lang, before):
            whole = " ".join(t.text for t in piece)
            if gazetteer_entry(whole, whole, lang) is None:
                return [piece[:cut], piece[cut:]]
    if _introduced(before, lang) and (is_acronym(piece[0].text) or _inflected_name(piece[0].text, lang, written)):
        return [piece[:1], piece[1:]]
    whole = " ".join(t.text for t in piece[:words])
    if is_division(before, lang) and gazetteer_entry(whole, whole, lang) is None:
        return [piece[:1], piece[1:]]  # "guvernér provincie Paňdžáb | Jan Novák": the unit's name is one word
    cut = given_name_split([t.text for t in piece[:words]], lang)
    if cut and not any(is_title(t.text, lang) or type_word(t.text, lang) for t in piece[:cut]):
        return [piece[:cut], piece[cut:]]
    return [piece]


def _introduced(before: str, lang: str) -> bool:
    """Whether the word before a run is a title, a role or a preposition of place."""
    return bool(before) and (is_title(before, lang) or is_role(before, lang) or is_place_preposition(before, lang))


def _inflected_name(word: str, lang: str, written: frozenset[str]) -> bool:
    """Whether a word is a case form of another word the article writes capitalised ("Ryanairu": "Ryanair")."""
    return any(form in written for form in nominative_candidates(word, lang)[1:])


def _leading_place(text: str, lang: str, before: str) -> bool:
    """Whether words that lead a run are a place that a genitive chain puts before a name."""
    entry = gazetteer_entry(text, text, lang)
    if entry is None or entry.type != "place":
        return False
    return not entry.id.startswith("geonames:") or bool(before) and (is_title(before, lang)
                                                                     or is_place_preposition(before, lang))


# Wire agencies of one word as they are written ("Reuters", "ČTK", "ТАСС"): a credit or a signature that stands
# before the next sentence's first word ("Foto: Reuters Ryanair zaznamenal", "... smlouvy. ČTK Zkrácená adresa").
_ONE_WORD_AGENCIES = frozenset(a for a in AGENCIES if " " not in a and "-" not in a)


def split_after_agency(piece: list[Token], lang: str) -> list[list[Token]]:
    """Split a run after a leading wire agency: an agency's name goes on only with a head word ("Reuters
    Institute", "Bloomberg News"), so another capitalised word begins another name."""
    if len(piece) < 2 or piece[0].text not in _ONE_WORD_AGENCIES and piece[0].text.title() not in _ONE_WORD_AGENCIES:
        return [piece]
    if not piece[1].capitalised or type_word(piece[1].text, lang):
        return [piece]
    return [piece[:1], piece[1:]]


def split_possessive(piece: list[Token], lower: set[str]) -> list[list[Token]]:
    """Split a run after a possessor ("Israel's Channel Two", "Sydney's Daily Telegraph"): two names.

    A possessor the article writes in lower case is a common word inside one name ("People's Daily").
    """
    for index, token in enumerate(piece[:-1]):
        if token.text.endswith(("'s", "’s")) and piece[index + 1].capitalised:
            if (index == 0 or piece[index - 1].connector) and token.text[:-2].casefold() in lower:
                continue
            head = token._replace(end=token.end - 2, text=token.text[:-2])
            return [[*piece[:index], head], *split_possessive(piece[index + 1:], lower)]
    return [piece]


def split_at_article(piece: list[Token]) -> list[list[Token]]:
    """Split an English run at "the" that follows no connector: "Baghdad | the Secretary-General of the
    Kurdistan Democratic Party"; a name holds "the" only after "of", "for", "and" ("Bank of the West")."""
    for index, token in enumerate(piece[1:-1], start=1):
        if token.text == "the" and not piece[index - 1].connector:
            return [piece[:index], *split_at_article(piece[index:])]
    return [piece]


def split_of_place(piece: list[Token], lang: str) -> list[list[Token]]:
    """Split "Karim Alami of Morocco", "David Rikl of the Czech Republic": a person's name, then the country.

    Kept whole when a head word makes the first part an organisation's ("Bank of England", "Party of Iran").
    """
    cut = next((i for i, t in enumerate(piece) if t.text in ("of", "de") and 2 <= i < len(piece) - 1), None)
    if cut is None or any(type_word(t.text, lang) for t in piece[:cut]):
        return [piece]
    after = piece[cut + 1:]
    while after and after[0].connector:
        after = after[1:]
    text = " ".join(t.text for t in after)
    entry = gazetteer_entry(text, text, lang) if after else None
    if entry is None or entry.type != "place" or sum(t.capitalised for t in piece[:cut]) < 2:
        return [piece]
    return [piece[:cut], after]


def split_titles(piece: list[Token], lang: str, lower: set[str]) -> list[list[Token]]:
    """Split a run before the name a title introduces ("Dalian Mayor Chen Shaowang").

    Words right before the title that the article writes in lower case qualify the title ("EU Farm
    Commissioner": "farm ministers"), and a nationality before it describes it ("Israeli Foreign
    Minister"): neither is a name.
    """
    if len(piece) >= 3 and is_title_word(piece[0].text, lang) and piece[1].capitalised:
        return split_titles(piece[1:], lang, lower)  # a sentence's first word: "Жительница Пакистана Асия ..."
    for index, token in enumerate(piece[1:-1], start=1):
        if is_title_word(token.text, lang) and piece[index + 1].capitalised:
            head = piece[:index]
            while head and head[-1].text.casefold() in lower:
                head = head[:-1]
            if leading_demonym([t.text for t in piece[:index + 1]], lang):
                head = []
            return [*([head] if head else []), *split_titles(piece[index + 1:], lang, lower)]
    return [piece]


def is_title_word(word: str, lang: str) -> bool:
    """Whether a word is a title or an apposition role (namewords), or a hyphenated word whose first part is a
    title ("Secretary-General"); a German compound's last part is its head, which describes ("Fußball-Experte
    Kramer") and is cut elsewhere."""
    parts = word.split("-")
    return is_title(word, lang) or is_role(word, lang) or len(parts) > 1 and is_title(parts[0], lang)


def split_before_country(piece: list[Token], lang: str) -> list[list[Token]]:
    """Split a run before a country that follows a place's head word: two names side by side ("the Sinai
    Peninsula Egypt held": a place, then the subject of a clause); a place's head word ends its name."""
    inner = piece[1:] if piece and piece[0].connector else piece  # an article before it: "the Sinai Peninsula"
    if len(inner) < 3 or any(t.connector for t in inner) or type_word(piece[-2].text, lang) != "place":
        return [piece]
    last = piece[-1].text
    entry = gazetteer_entry(last, last, lang)
    if entry is None or entry.type != "place" or entry.id.startswith("geonames:"):
        return [piece]
    return [piece[:-1], piece[-1:]]


def listed(piece: list[Token], lang: str) -> list[Token]:
    """The words of a run that is a list, not a name: places side by side ("Berlin Kraków Berlin",
    "Berlin-Kraków-Berlin"), or codes of letters and digits before them ("FR1057 Bruksela"); else the run as one.

    Two words need a code before them: many people's names are places too ("Asia Bibi").
    """
    if len(piece) == 1:
        return hyphenated_places(piece[0], lang)
    if any(t.connector or not t.capitalised for t in piece):
        return [piece[0]]
    code = any(c.isdigit() for c in piece[0].text) and any(c.isalpha() for c in piece[0].text)
    parts = [_route_parts(t, lang) for t in (piece[1:] if code else piece)]
    places = [place for part in parts if part is not None for place in part]
    if None in parts or not (code or len(places) >= 3):
        return [piece[0]]
    text = " ".join(t.text for t in piece)
    if gazetteer_entry(text, text, lang) is not None:
        return [piece[0]]
    return [piece[0], *places] if code else places


def _route_parts(token: Token, lang: str) -> list[Token] | None:
    """A word of a list of places: itself, or the places of a route its hyphens join ("Warszawa-Modlin": a
    city, then a place the gazetteer need not know, its airport's); None when it is no place."""
    if is_place_word(token.text, lang):
        return [token]
    parts = _hyphen_parts(token)
    if len(parts) > 1 and is_place_word(parts[0].text, lang) and all(p.text[:1].isupper() for p in parts):
        return parts
    return None


def hyphenated_places(token: Token, lang: str) -> list[Token]:
    """The places of a word that joins places with hyphens (a route: "Berlin-Kraków-Berlin"), unless the
    gazetteer knows the whole word ("Baden-Württemberg", "Bielsko-Biała"); else the word as one."""
    parts = token.text.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or gazetteer_entry(token.text, token.text, lang):
        return [token]
    if not all(is_place_word(p, lang) for p in parts):
        return [token]
    return _hyphen_parts(token)


def _hyphen_parts(token: Token) -> list[Token]:
    """The parts of a hyphenated word as tokens of their own."""
    tokens, start = [], token.start
    for part in token.text.split("-"):
        tokens.append(token._replace(start=start, end=start + len(part), text=part))
        start += len(part) + 1
    return tokens


def without_demonym(piece: list[Token], lang: str) -> list[Token]:
    """A run without the nationality before a title or a person's name ("American Anne Miller").

    Kept when the rest has a head word or a connector ("Chinese Communist Party", "American Bank of
    Commerce"): a demonym is often part of an organisation's or an event's name.
    """
    count = leading_demonym([t.text for t in piece], lang)
    rest = piece[count:]
    if not count or not rest[0].capitalised:
        return piece
    if is_title(rest[0].text, lang):
        return rest
    if sum(t.capitalised for t in rest) >= 2 and not any(t.connector or type_word(t.text, lang) for t in rest):
        return rest
    return piece


def owner(piece: list[Token]) -> list[Token]:
    """Of "Global Strategy and Business Development of Sulzer Group" only the organisation counts."""
    if piece and type_word(piece[-1].text, "en") == "organisation":
        cut = max((i for i, t in enumerate(piece) if t.text == "of"), default=-1)
        if cut >= 0 and sum(t.capitalised for t in piece[cut + 1:]) >= 2:
            return piece[cut + 1:]
    return piece


def broken_compound(run: list[Token], gap: str, token: Token, lang: str) -> bool:
    """Whether a hyphen and a space join two words of one hyphenated place the gazetteer knows, split where
    a line was broken ("Schleswig- Holstein"); else a hyphen ends a run ("Berlin- und Brandenburg")."""
    if gap != "- " or len(run) != 1:
        return False
    entry = gazetteer_entry(f"{run[0].text}-{token.text}", f"{run[0].text}-{token.text}", lang)
    return entry is not None and entry.type == "place"


def inner_place_word(run: list[Token], tokens: list[Token], index: int, body: str, lang: str) -> bool:
    """Whether a lower-case word joins a run to the next capitalised word as part of one place's name the
    gazetteer knows ("Frankfurt nad Mohanem", "Ústí nad Labem", "Stratford upon Avon"): a preposition or
    particle between two capitalised words is otherwise no part of a name."""
    token = tokens[index]
    if not run or not token.text.islower() or index + 1 >= len(tokens) or not tokens[index + 1].capitalised:
        return False
    following = tokens[index + 1]
    if body[run[-1].end:token.start] != " " or body[token.end:following.start] != " ":
        return False
    for lead in (run[-1:], run[-2:]):
        name = " ".join([*(t.text for t in lead), token.text, following.text])
        entry = gazetteer.lookup(name, lang)
        if entry is not None and entry.type == "place":
            return True
    return False


def middle_initial(run: list[Token], gap: str) -> bool:
    """Whether a run so far is a given name and an initial with its full stop ("George W. Bush")."""
    return (gap == ". " and len(run) >= 2 and len(run[-1].text) == 1 and run[-1].text.isupper()
            and run[-2].capitalised and len(run[-2].text) > 1)


def part_of_known(run: list[Token], lang: str) -> bool:
    """Whether a run that leads into a registry mention is a part of it: "Development of <Sulzer Group>".

    A unit has a connector or a type word of its own ("Municipal Government of <Munich>"); a person
    does not ("Jens Rigg of <Sulzer Group>") and stands.
    """
    return run[-1].connector and any(t.connector or type_word(t.text, lang) for t in run[:-1])


# The suffixes of Slavic relational adjectives made from place names (-sk-, -ck-, -zk-: "polski", "české",
# "пакистанський", "брюссельського"), from the grammars' word formation: such a word names no place itself.
_ADJECTIVE_SUFFIX = re.compile(r"(?:sk|ck|zk|ск|цк|зк)[^\W\d_]{0,4}$", re.IGNORECASE)


def is_place_noun(word: str, lang: str) -> bool:
    """Whether one capitalised word is a place's name (in any case form), not an adjective made from one."""
    return is_place_word(word, lang) and not _ADJECTIVE_SUFFIX.search(word)
