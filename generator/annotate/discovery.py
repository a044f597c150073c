"""Discovery: names the registry does not know, found per article and merged across the corpus.

Precision matters more than recall: candidates reach readers (marked not reviewed), so every rule
below prefers missing a name to inventing one, and merging needs exact key equality, never a guess.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import Iterator, NamedTuple

from generator.annotate.sentences import split_sentences
from generator.lang.fold import fold_form
from generator.lang.scripts import dominant_script, script_of
from generator.model import AnnotatedArticle, Mention

_WORD = re.compile(r"[^\W_]+(?:['’&-][^\W_]+)*|&")
_CONNECTORS = frozenset("of the and for de la von der des du und für et i y van & и де ду".split())
_GERMAN_CONNECTORS = frozenset("von der des und für".split())  # German joins common nouns with them
_COORDINATORS = frozenset("and und et i y и".split())
_LEADING = {lang: frozenset(words.split()) for lang, words in {  # function words that start sentences
    "en": "the this that these those a an in on at during from with by when after before for to as it its he she "
          "they we i our their his her but and or if while since under into through also there here many some "
          "most all both each every several more",
    "de": "die der das den dem des ein eine einer eines einem einen im am als während in auf mit von vom zum zur "
          "bei nach vor seit für über unter durch um aus es er sie wir ich dies diese dieser dieses und aber auch "
          "wie wenn da so laut",
    "ru": "в во на по об о от до за для из к с со у при это здесь как но и а он она они мы вы я его её их так "
          "также что когда где там тут этот эта эти все уже однако кроме после перед не",
    "fr": "le la les l un une des du de en au aux dans pour par sur ce cette il elle ils elles lors selon avec et "
          "mais depuis",
    "pl": "w we na po z ze do to ten ta te jak od podczas według przez dla i a ale on ona oni my",
}.items()}
# Titles and roles before a name ("Vice President", "Mayor Chen Shaowang") are not part of it.
_TITLES = frozenset("president vice secretary director chairman chairwoman mayor governor minister chancellor "
                    "general ceo deputy chief mr mrs ms dr prof präsident bürgermeister kanzler herr frau prezes "
                    "pan pani m mme губернатор президент министр мэр глава председатель секретарь директор "
                    "господин госпожа".split())
_NATIONALITIES = frozenset("german chinese russian saudi french polish american british".split())
MARKER_TYPE = {word: kind for kind, words in {  # words that make the type obvious; the last one wins
    "organisation": "group gmbh ag se company ltd inc corp corporation bank association chamber council committee "
                    "ministry government department consulate center centre zentrum authority foundation "
                    "university gruppe konzern stiftung verband fundacja spółka groupe société завод компания "
                    "компан ассоциация ассоциац фонд",
    "place": "town city stadt город miasto ville province provinz",
    "project": "project projekt projet проект",
    "zone": "zone park zona парк зона зон",
}.items() for word in words.split()}
_DATE_WORDS = frozenset((
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday januar februar märz juni juli oktober dezember montag dienstag "
    "mittwoch donnerstag freitag samstag sonntag janvier février mars avril mai juin juillet août septembre "
    "octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche styczeń luty marzec kwiecień "
    "maj czerwiec lipiec sierpień wrzesień październik listopad grudzień январь февраль март апрель май июнь "
    "июль август сентябрь октябрь ноябрь декабрь января февраля марта апреля мая июня июля августа сентября "
    "октября ноября декабря понедельник вторник среда четверг пятница суббота воскресенье").split())
_TITLES_AND_DATES = _TITLES | _DATE_WORDS
_QUOTED = re.compile(r"«([^«»\n]{1,80})»|„([^„“”\n]{1,80})[“”]|“([^“”\n]{1,80})”|"
                     r"\"([^\"\n]{1,80})\"|»([^»«\n]{1,80})«")
_QUOTE_STOP = re.compile(r"[.!?…,;:]")  # a quoted sentence or list is no name
# Markup, code, paths, handles and character references are no name either ("Acme <b>Holdings</b>"):
# names never hold these, and a candidate's name is shown on pages and in knowledge.json.
_QUOTE_MARKUP = re.compile(r"[<>\[\]{}`*_|\\^~=#@/]|&#?\w+;")
_RU_ENDINGS = sorted("ией ого ому его ему ими ыми ями ами ая яя ое ее ые ие ый ий ой ей ую юю ом ем ам ям ах ях ых "
                     "их ым им ию ия ии ью а я у ю е ы и ь".split(), key=len, reverse=True)


class _Token(NamedTuple):
    """A word (or a lone &) of the body: its script, and whether it may join the words of a name."""

    start: int
    end: int
    text: str
    script: str | None
    connector: bool
    capitalised: bool


class _Taken:
    """Spans (registry mentions) that can be asked whether they overlap a span, in log time."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        # The largest end among the first k spans: a span overlaps one of them iff that end passes its start.
        self.reach = list(accumulate((end for _, end in spans), max, initial=-1))

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether the span overlaps any of the taken spans."""
        return self.reach[bisect_left(self.starts, span[1])] > span[0]


class _Context(NamedTuple):
    """What the run rules need to know about the article."""

    body: str
    lang: str
    taken: _Taken  # registry mentions
    starts: set[int]  # offsets of the first word of each sentence
    lower: set[str]  # words the article writes in lower case: common words
    foreign_latin: bool  # whether the article is written in another script than Latin


def find_candidates(annotated: AnnotatedArticle) -> tuple[Mention, ...]:
    """Names in one article that no registry mention covers; Mention.entity holds the candidate key."""
    body, lang = annotated.article.body, annotated.article.lang
    connectors = _CONNECTORS - _GERMAN_CONNECTORS if lang == "de" else _CONNECTORS
    tokens = [_Token(m.start(), m.end(), word, script_of_word(word), word in connectors, word[0].isupper())
              for m in _WORD.finditer(body) for word in (m.group(),)]
    # Tokens are in text order: the tokens of a sentence or paragraph are found by bisection.
    offsets = [t.start for t in tokens]
    starts = {_first_at_or_after(offsets, s.start, s.end)
              for s in annotated.sentences or split_sentences(annotated.article)}
    context = _Context(body, lang, _Taken([(m.start, m.end) for m in annotated.mentions]), starts,
                       {t.text for t in tokens if t.text.islower()}, dominant_script(body) != "LATIN")
    found = [span for p in annotated.article.paragraphs
             for span in _runs(context, tokens[bisect_left(offsets, p.start):bisect_left(offsets, p.end)],
                               p.kind == "heading")]
    found += [span for span in _quoted(body, lang) if not context.taken.overlaps(span)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda s: (s[0], s[0] - s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return tuple(Mention(candidate_key(body[s:e], lang), s, e, body[s:e]) for s, e in kept)


def _first_at_or_after(offsets: list[int], start: int, end: int) -> int:
    """The first offset in [start, end) of a sorted list, or -1."""
    index = bisect_left(offsets, start)
    return offsets[index] if index < len(offsets) and offsets[index] < end else -1


def _runs(context: _Context, tokens: list[_Token], heading: bool) -> Iterator[tuple[int, int]]:
    """Spans of the names among one paragraph's capitalised runs (Latin runs in non-Latin text)."""
    title_case = _is_title_case(tokens, heading)
    for run, after_known in _raw_runs(context, tokens):
        pieces = [p for part in _split_coordinated(run, context.lower) for p in _split_titles(part)]
        # In Latin script a place leads the name: "<Munich> Municipal Government" is no name of its own.
        rest = after_known and pieces[0][0].script == "LATIN" and pieces[0][0].text.casefold() not in _TITLES
        for piece in pieces[1:] if rest else pieces:
            piece = _owner(_trim(context, piece))
            foreign = context.foreign_latin and bool(piece) and piece[0].script == "LATIN"
            if not piece or sum(t.capitalised for t in piece) < (1 if foreign else 2) or (title_case and not foreign):
                continue
            if (context.lang == "de" and not foreign and not _german_name(piece)) or _no_name(piece, context.lang):
                continue
            yield piece[0].start, piece[-1].end - (2 if piece[-1].text.endswith(("'s", "’s")) else 0)


def script_of_word(word: str) -> str | None:
    """The script of a word's first letter."""
    # Most words start with a letter: asked for every word of every article, so that case goes first.
    return (script_of(word[0]) if word else None) or next((s for s in map(script_of, word) if s), None)


def _is_title_case(tokens: list[_Token], heading: bool) -> bool:
    """Whether a paragraph is a headline in title case, where capitals say nothing."""
    words = [t for t in tokens if t.text[0].lower() != t.text[0].upper() and len(t.text) > 3]
    return (heading or len(words) >= 6) and len(words) >= 3 and all(t.capitalised for t in words)


def _raw_runs(context: _Context, tokens: list[_Token]) -> Iterator[tuple[list[_Token], bool]]:
    """Maximal runs of capitalised words and connectors of one script, and whether a mention precedes them.

    Registry mentions break runs; a run glued to a mention may be the rest of a longer name (see _runs
    and _part_of_known).
    """
    run: list[_Token] = []
    after_known = previous_known = False
    for index, token in enumerate(tokens):
        known = context.taken.overlaps((token.start, token.end))
        gap = context.body[tokens[index - 1].end:token.start] if index else "\n"
        glued = re.fullmatch(r"[ \t\u00a0-]+", gap) is not None
        fits = (token.capitalised or token.connector) and not known
        if fits and run and glued and "-" not in gap and token.script in (next(t.script for t in run), None):
            run.append(token)
            continue
        if run and not (known and glued and _part_of_known(run)):
            yield run, after_known
        run = [token] if fits else []
        after_known = previous_known and glued and tokens[index - 1].script == token.script
        previous_known = known
    if run:
        yield run, after_known


def _part_of_known(run: list[_Token]) -> bool:
    """Whether a run that leads into a registry mention is a part of it: "Development of <Sulzer Group>".

    A unit has a connector or a type word of its own ("Municipal Government of <Munich>"); a person
    does not ("Jens Rigg of <Sulzer Group>") and stands.
    """
    return run[-1].connector and any(t.connector or t.text.casefold() in MARKER_TYPE for t in run[:-1])


def _split_coordinated(run: list[_Token], lower: set[str]) -> list[list[_Token]]:
    """Split a run at "and" unless it joins common words inside one name ("Science and Technology").

    "and" stays when the word before it is no title or type word and the word after it is a common
    word (seen in lower case) or is followed by two more words; so "BMW Group and Siemens",
    "Liaoning and Germany" and "Hao Peng and Stephen Blandall" are split.
    """
    pieces, current = [], []
    for index, token in enumerate(run):
        if token.text in _COORDINATORS and 0 < index < len(run) - 1:
            before, after = run[index - 1].text.casefold(), run[index + 1].text.casefold()
            if before in _TITLES or before in MARKER_TYPE or not (after in lower or len(run) - index >= 4):
                pieces, current = [*pieces, current], []
                continue
        current.append(token)
    return [p for p in [*pieces, current] if p]


def _split_titles(piece: list[_Token]) -> list[list[_Token]]:
    """Split a run before the name a title introduces ("Dalian Mayor Chen Shaowang")."""
    for index, token in enumerate(piece[1:-1], start=1):
        if token.text.casefold() in _TITLES and piece[index + 1].capitalised:
            return [piece[:index], *_split_titles(piece[index + 1:])]
    return [piece]


def _trim(context: _Context, piece: list[_Token]) -> list[_Token]:
    """Drop sentence-starting common words, leading titles and dates, and connectors at either end.

    A sentence's first word is capitalised anyway: it counts only if it is no function word and is
    not seen in lower case elsewhere in the article ("Many German", "Здесь Игорь Руденя").
    """
    leading = _LEADING.get(context.lang, frozenset())
    if piece and piece[0].start in context.starts:
        while piece and (piece[0].text.casefold() in leading or piece[0].text.casefold() in context.lower):
            piece = piece[1:]
    while piece and (piece[0].connector or piece[0].text.casefold() in _TITLES_AND_DATES or (
            len(piece) > 1 and piece[0].text.casefold() in _NATIONALITIES and piece[1].text.casefold() in _TITLES)):
        piece = piece[1:]
    while piece and piece[-1].connector:
        piece = piece[:-1]
    return piece


def _owner(piece: list[_Token]) -> list[_Token]:
    """Of "Global Strategy and Business Development of Sulzer Group" only the organisation counts."""
    if piece and MARKER_TYPE.get(piece[-1].text.casefold()) == "organisation":
        cut = max((i for i, t in enumerate(piece) if t.text == "of"), default=-1)
        if cut >= 0 and sum(t.capitalised for t in piece[cut + 1:]) >= 2:
            return piece[cut + 1:]
    return piece


def _german_name(piece: list[_Token]) -> bool:
    """German capitalises every noun, so a German run counts only with a sign that it is a name.

    The signs: an all-caps word (BMW), an organisation, project or zone word (Group, GmbH, Zentrum,
    Projekt; not Stadt or Provinz, which head common phrases too), or an English connector (a
    foreign name: "Fine Chemical and Raw Materials Project").
    """
    return any((t.text.isupper() and len(t.text) >= 2) or t.text in ("of", "and", "for", "the")
               or MARKER_TYPE.get(t.text.casefold(), "place") != "place" for t in piece)


def _no_name(piece: list[_Token], lang: str) -> bool:
    """Whether every word is a month, a weekday, a number or a function word."""
    return all(t.connector or t.text.isdigit() or t.text.casefold() in _DATE_WORDS
               or t.text.casefold() in _LEADING.get(lang, ()) for t in piece)


def _quoted(body: str, lang: str) -> Iterator[tuple[int, int]]:
    """Spans of names in quotation marks: 1-6 words, starting with a capital in cased scripts, no markup."""
    for match in _QUOTED.finditer(body):
        start, end = match.span(next(g for g in range(1, 6) if match.group(g) is not None))
        while start < end and not body[start].isalnum():
            start += 1
        while end > start and not body[end - 1].isalnum():
            end -= 1
        text = body[start:end]
        if not text or len(text.split()) > 6 or _QUOTE_STOP.search(text) or not text[0].isalpha():
            continue
        if _QUOTE_MARKUP.search(text):
            continue
        if text[0].lower() != text[0].upper() and not text[0].isupper():
            continue  # a cased script in lower case is a phrase ("double carbon"), not a name
        if not _no_name([_Token(0, 0, w, None, w in _CONNECTORS, False) for w in text.split()], lang):
            yield start, end


def candidate_key(surface: str, lang: str) -> str:
    """The merge key of a name: folded; Russian words stemmed; a German genitive s dropped."""
    words = [_russian_stem(w) if script_of_word(w) == "CYRILLIC" else w for w in fold_form(surface).split(" ")]
    if lang == "de" and script_of_word(words[-1]) == "LATIN" and words[-1].endswith("s") and len(words[-1]) > 4:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _russian_stem(word: str) -> str:
    """A Russian word (its last hyphen part) without its case ending, when 3 letters or more are left."""
    head, _, last = word.rpartition("-")
    ending = next((e for e in _RU_ENDINGS if last.endswith(e) and len(last) - len(e) >= 3), "")
    return f"{head}{'-' if head else ''}{last[:len(last) - len(ending)]}"
