"""Discovery: names the registry does not know, found per article and merged across the corpus.

Precision matters more than recall: a candidate is shown to readers (marked not reviewed), so
every rule below prefers missing a name to inventing one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

import yaml

from generator.annotate.sentences import split_sentences
from generator.knowledge.registry import Entity
from generator.lang.fold import fold_form
from generator.lang.scripts import dominant_script, script_of
from generator.model import AnnotatedArticle, Mention
from generator.slugs import slugify, unique

CANDIDATE_PREFIX = "candidate-"
_WORD = re.compile(r"[^\W_]+(?:['’&-][^\W_]+)*|&")
_GAP = re.compile(r"[ \t\u00a0]+")  # words of one name are separated by spaces only
_CONNECTORS = frozenset("of the and for de la von der des du und für et i y van & и де ду".split())
_COORDINATORS = frozenset("and und et i y и".split())
# Function words that start sentences; dropped from the start of a run that starts a sentence.
_LEADING = {
    "en": "the this that these those a an in on at during from with by when after before for to as it its "
          "he she they we i our their his her but and or if while since under into through also there here",
    "de": "die der das den dem des ein eine einer eines einem einen im am als während in auf mit von vom zum "
          "zur bei nach vor seit für über unter durch um aus es er sie wir ich dies diese dieser dieses und aber "
          "auch wie wenn da so laut",
    "ru": "в во на по об о от до за для из к с со у при это здесь как но и а он она они мы вы я его её их "
          "так также что когда где там тут этот эта эти все уже однако кроме после перед не",
    "fr": "le la les l un une des du de en au aux dans pour par sur ce cette il elle ils elles lors selon avec "
          "et mais depuis",
    "pl": "w we na po z ze do to ten ta te jak od podczas według przez dla i a ale on ona oni my",
}
_LEADING_WORDS = {lang: frozenset(words.split()) for lang, words in _LEADING.items()}
# Titles and roles before a name ("Vice President", "General Secretary Xi") are not part of it.
_TITLES = frozenset(
    "president vice secretary director chairman chairwoman mayor governor minister chancellor general ceo "
    "deputy chief mr mrs ms dr prof präsident bürgermeister kanzler herr frau prezes pan pani m mme".split())
_NATIONALITIES = frozenset("german chinese russian saudi french polish american british".split())
_MARKERS = {  # a word that makes the type obvious; the last marker of a name wins
    "organisation": "group gmbh ag se company ltd inc corp corporation bank association chamber council committee "
                    "ministry authority foundation university gruppe konzern stiftung verband fundacja spółka "
                    "groupe société завод компания компан ассоциация ассоциац фонд",
    "place": "town city stadt город miasto ville province provinz",
    "project": "project projekt projet проект",
    "zone": "zone park zona парк зона зон",
}
_MARKER_TYPE = {word: kind for kind, words in _MARKERS.items() for word in words.split()}
_DATE_WORDS = frozenset((
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday januar februar märz juni juli oktober dezember "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag janvier février mars avril mai juin juillet "
    "août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche styczeń "
    "luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień "
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января февраля марта "
    "апреля мая июня июля августа сентября октября ноября декабря понедельник вторник среда четверг "
    "пятница суббота воскресенье").split())
_QUOTED = re.compile(r"«([^«»\n]{1,80})»|„([^„“”\n]{1,80})[“”]|“([^“”\n]{1,80})”|\"([^\"\n]{1,80})\"|»([^»«\n]{1,80})«")
_QUOTE_STOP = re.compile(r"[.!?…,;:]")
_RU_ENDINGS = sorted("ией ого ому его ему ими ыми ями ами ая яя ое ее ые ие ый ий ой ей ую юю ом ем ам ям ах ях "
                     "ых их ым им ию ия ии ью а я у ю е ы и ь".split(), key=len, reverse=True)
_CYRILLIC_LATIN = {c: t.strip("_") for c, t in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya").split())}
_LATIN_EXTRA = {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th"}


@dataclass(frozen=True)
class _Token:
    """A word (or a lone &) of the body, with what the run rules need to know about it."""

    start: int
    end: int
    text: str
    script: str | None

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def connector(self) -> bool:
        return self.text in _CONNECTORS


def find_candidates(annotated: AnnotatedArticle) -> tuple[Mention, ...]:
    """Names in one article that no registry mention covers; entity holds the candidate key."""
    article = annotated.article
    body, lang = article.body, article.lang
    taken = [(m.start, m.end) for m in annotated.mentions]
    latin_is_foreign = dominant_script(body) != "LATIN"
    lower = {m.group() for m in _WORD.finditer(body) if m.group().islower()}
    found = [span for paragraph in article.paragraphs
             for span in _runs(annotated, (paragraph.start, paragraph.end), taken, latin_is_foreign, lower)]
    found += [span for span in _quoted(body, lang) if not _overlaps(span, taken)]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda s: (s[0], s[0] - s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return tuple(Mention(candidate_key(body[s:e], lang), s, e, body[s:e]) for s, e in kept)


def _runs(annotated: AnnotatedArticle, paragraph: tuple[int, int], taken: list, latin_is_foreign: bool,
          lower: set[str]):
    """Spans of capitalised runs in one paragraph (Latin runs of one word in non-Latin text)."""
    body, lang = annotated.article.body, annotated.article.lang
    start, end = paragraph
    tokens = [_Token(start + m.start(), start + m.end(), m.group(), _script(m.group()))
              for m in _WORD.finditer(body[start:end])]
    starts = _sentence_starts(annotated, tokens)
    title_case = _is_title_case(tokens)
    for run in _raw_runs(body, tokens, taken):
        for piece in _split_coordinated(run, lower):
            piece = _trim(piece, starts, lang)
            foreign = latin_is_foreign and piece and piece[0].script == "LATIN"
            words = sum(t.capitalised for t in piece)
            if not piece or words < (1 if foreign else 2) or (title_case and not foreign):
                continue
            if lang == "de" and not foreign and not _german_name(piece):
                continue
            if not _only_dates_or_function_words(piece, lang):
                yield piece[0].start, piece[-1].end - (2 if piece[-1].text.endswith(("'s", "’s")) else 0)


def _script(word: str) -> str | None:
    """The script of a word's first letter."""
    return next((s for s in map(script_of, word) if s), None)


def _sentence_starts(annotated: AnnotatedArticle, tokens: list[_Token]) -> set[int]:
    """Offsets of the first word of every sentence."""
    sentences = annotated.sentences or split_sentences(annotated.article)
    starts = set()
    for sentence in sentences:
        first = next((t for t in tokens if sentence.start <= t.start < sentence.end), None)
        if first:
            starts.add(first.start)
    return starts


def _is_title_case(tokens: list[_Token]) -> bool:
    """Whether a paragraph is written in title case (a headline), where capitals say nothing."""
    words = [t for t in tokens if t.text[0].isalpha() and t.text[0].lower() != t.text[0].upper() and not t.connector]
    return len(words) >= 4 and sum(t.capitalised for t in words) >= 0.75 * len(words)


def _raw_runs(body: str, tokens: list[_Token], taken: list):
    """Maximal runs of capitalised words and connectors of one script, joined by spaces only."""
    run: list[_Token] = []
    for token in tokens:
        fits = (token.capitalised or token.connector) and not _overlaps((token.start, token.end), taken)
        script = next((t.script for t in run if t.script), None)
        joined = run and _GAP.fullmatch(body[run[-1].end:token.start]) and token.script in (script, None)
        if fits and (joined or not run):
            run.append(token)
            continue
        if run:
            yield run
        run = [token] if fits else []
    if run:
        yield run


def _split_coordinated(run: list[_Token], lower_words: set[str]) -> list[list[_Token]]:
    """Split a run at "and" unless it joins common words inside one name ("Science and Technology").

    "and" stays when the word before it is no title or type word and the word after it is a common
    word (seen in lower case) or is followed by two more words; "BMW Group and Siemens",
    "Liaoning and Germany" and "Hao Peng and Stephen Blandall" are split.
    """
    pieces, current = [], []
    for index, token in enumerate(run):
        if token.text in _COORDINATORS and 0 < index < len(run) - 1:
            before, after = run[index - 1].text.casefold(), run[index + 1].text
            inside = after.casefold() in lower_words or len(run) - index - 2 >= 2
            if before in _TITLES or before in _MARKER_TYPE or not inside:
                pieces.append(current)
                current = []
                continue
        current.append(token)
    return [p for p in [*pieces, current] if p]


def _trim(piece: list[_Token], starts: set[int], lang: str) -> list[_Token]:
    """Drop a sentence-starting function word, leading titles and connectors at either end."""
    if piece and piece[0].start in starts and piece[0].text.casefold() in _LEADING_WORDS.get(lang, ()):
        piece = piece[1:]
    while piece and (piece[0].connector or _is_title(piece)):
        piece = piece[1:]
    while piece and piece[-1].connector:
        piece = piece[:-1]
    return piece


def _is_title(piece: list[_Token]) -> bool:
    """Whether the piece starts with a title ("President"), or a nationality before one."""
    first = piece[0].text.casefold()
    return first in _TITLES or (first in _NATIONALITIES and len(piece) > 1 and piece[1].text.casefold() in _TITLES)


def _german_name(piece: list[_Token]) -> bool:
    """German capitalises every noun, so a German run counts only with a sign that it is a name.

    The signs: an all-caps word (BMW), a type word (Group, GmbH, Zentrum, Stadt, Projekt), or an
    English connector (a foreign name: "Fine Chemical and Raw Materials Project").
    """
    return any(t.text.isupper() and len(t.text) >= 2 or t.text.casefold() in _MARKER_TYPE
               or t.text in ("of", "and", "for", "the") for t in piece)


def _only_dates_or_function_words(piece: list[_Token], lang: str) -> bool:
    """Whether every word is a month, a weekday, a number or a function word."""
    function_words = _LEADING_WORDS.get(lang, frozenset())
    return all(t.text.casefold() in _DATE_WORDS or t.text.casefold() in function_words or t.connector
               or t.text.isdigit() for t in piece)


def _quoted(body: str, lang: str):
    """Spans of names in quotation marks: 1-6 words, starting with a capital in cased scripts."""
    for match in _QUOTED.finditer(body):
        group = next(g for g in range(1, 6) if match.group(g) is not None)
        start, end = match.span(group)
        while start < end and not body[start].isalnum():
            start += 1
        while end > start and not body[end - 1].isalnum():
            end -= 1
        text = body[start:end]
        words = text.split()
        if not words or len(words) > 6 or _QUOTE_STOP.search(text) or not text[0].isalpha():
            continue
        if text[0].lower() != text[0].upper() and not text[0].isupper():
            continue  # a cased script written in lower case: a phrase ("double carbon"), not a name
        tokens = [_Token(0, 0, w, None) for w in words]
        if not _only_dates_or_function_words(tokens, lang):
            yield start, end


def _overlaps(span: tuple[int, int], taken: list) -> bool:
    """Whether a span overlaps any of the taken spans."""
    return any(span[0] < end and start < span[1] for start, end in taken)


def candidate_key(surface: str, lang: str) -> str:
    """The merge key of a name: folded; Russian words stemmed; a German genitive s dropped."""
    words = [_russian_stem(w) if _script(w) == "CYRILLIC" else w for w in fold_form(surface).split(" ")]
    last = words[-1] if words else ""
    if lang == "de" and _script(last) == "LATIN" and last.endswith("s") and len(last) > 4:
        words[-1] = last[:-1]
    return " ".join(words)


def _russian_stem(word: str) -> str:
    """A Russian word without its case ending, if a stem of 3 letters or more is left."""
    head, _, last = word.rpartition("-")
    for ending in _RU_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            last = last[: -len(ending)]
            break
    return f"{head}-{last}" if head else last


def transliterate(text: str) -> str:
    """Cyrillic letters written in Latin letters (ш -> sh, я -> ya, ь -> nothing); the rest as is."""
    return "".join(_CYRILLIC_LATIN.get(c, c) if c.islower() else _CYRILLIC_LATIN.get(c.lower(), c).capitalize()
                   for c in text)


def _merge_keys(mention: Mention) -> list[str]:
    """The keys that identify a candidate: its key, its folded form, their transliterations."""
    keys = [mention.entity, fold_form(mention.surface)]
    return keys + [transliterate(k) for k in keys if _script(k) == "CYRILLIC"]


def merge_candidates(annotated: dict[str, AnnotatedArticle], candidates: dict[str, tuple[Mention, ...]]
                     ) -> tuple[tuple[Entity, ...], dict[str, tuple[Mention, ...]]]:
    """Candidate entities (keys equal across articles and scripts merge) and their mentions by article."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    entries = []
    for article_id in sorted(candidates):
        lang = annotated[article_id].article.lang
        for mention in candidates[article_id]:
            keys = _merge_keys(mention)
            for key in keys[1:]:
                a, b = root(keys[0]), root(key)
                parent[max(a, b)] = min(a, b)
            entries.append((article_id, lang, mention, keys[0]))
    groups: dict[str, list] = defaultdict(list)
    for article_id, lang, mention, key in entries:
        groups[root(key)].append((article_id, lang, mention))
    entities, ids, taken = [], {}, set()
    for group_root, members in sorted(groups.items(), key=lambda g: (_slug(g[1]), g[0])):
        entity = _entity(unique(CANDIDATE_PREFIX + _slug(members), taken), members)
        entities.append(entity)
        ids[group_root] = entity.id
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for article_id, lang, mention, key in entries:
        by_article[article_id].append(Mention(ids[root(key)], mention.start, mention.end, mention.surface))
    return tuple(sorted(entities, key=lambda e: e.id)), {a: _no_overlaps(m) for a, m in sorted(by_article.items())}


def _names(members: list) -> dict[str, str]:
    """The most frequent surface form per language (ties: shortest, then alphabetical)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for _, lang, mention in members:
        counts[lang][" ".join(mention.surface.split())] += 1
    return {lang: min(c, key=lambda s: (-c[s], len(s), s)) for lang, c in sorted(counts.items())}


def _slug(members: list) -> str:
    """The slug of a group's English name, else its first Latin-script name, else its first name."""
    names = _names(members)
    latin = [n for _, n in sorted(names.items()) if _script(n) == "LATIN"]
    return slugify(names.get("en") or (latin[0] if latin else next(iter(names.values()))), fallback="name")


def _entity(entity_id: str, members: list) -> Entity:
    """A candidate entity from its mentions; typed only when a marker word makes it obvious."""
    names = _names(members)
    words = [w for name in names.values() for w in (fold_form(name) + " " + candidate_key(name, "")).split()]
    marked = [_MARKER_TYPE[w] for w in words if w in _MARKER_TYPE]
    return Entity(id=entity_id, type=marked[-1] if marked else "other",
                  names=tuple(sorted(names.items())), reviewed=False)


def _no_overlaps(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The mentions sorted by offset, each one that overlaps an earlier one left out."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return tuple(kept)


def registry_id(candidate_id: str, taken: set[str]) -> str:
    """A registry id ([a-z0-9-]) for a candidate: transliterated and folded; name-N if it cannot be."""
    slug = candidate_id.removeprefix(CANDIDATE_PREFIX)
    letters = transliterate(slug)
    letters = "".join(_LATIN_EXTRA.get(c, c) for c in unicodedata.normalize("NFKD", letters)
                      if not unicodedata.combining(c))
    ascii_id = re.sub(r"[^a-z0-9]+", "-", letters).strip("-")
    if not ascii_id or any(c.isalpha() and not c.isascii() for c in letters):
        ascii_id = f"name-{len([t for t in taken if t.startswith('name-')]) + 1}"
    return unique(ascii_id, taken)


def registry_yaml(entities: tuple[Entity, ...], mention_counts: dict[str, int]) -> str:
    """The candidates as registry YAML, to review and paste into seeds/knowledge/entities.yml."""
    lines = ["# Candidate entities found by discovery: names no registry entry covers yet.",
             "# Check each one (name, type), delete the noise, and paste the rest under entities:",
             "# in seeds/knowledge/entities.yml.", "entities:"]
    taken: set[str] = set()
    for entity in entities:
        forms: dict[str, str] = {}  # one language per distinct form: English if it has it
        for lang, name in sorted(entity.names, key=lambda pair: (pair[0] != "en", pair[0])):
            forms.setdefault(name, lang)
        item = {"id": registry_id(entity.id, taken), "type": entity.type,
                "names": {lang: name for name, lang in sorted(forms.items(), key=lambda f: (f[1], f[0]))}}
        lines.append(f"  # {mention_counts.get(entity.id, 0)} mention(s); candidate id {entity.id}")
        dumped = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, default_flow_style=False)
        lines.extend("  " + line for line in dumped.splitlines())
    return "\n".join(lines) + "\n"
