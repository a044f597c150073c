"""Corpus-level evidence for candidate names: what one article cannot know about its own words.

A word that the corpus writes capitalised in the middle of sentences, and not more often in lower
case, is a name; a word that starts a sentence is capitalised anyway, so it stays a candidate only
when it is seen capitalised mid-sentence somewhere in the corpus (or a gazetteer knows it). The
counts come from each article (AnnotatedArticle.word_cases) and are summed here, once.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Mapping

from generator.annotate.recognise import opens_quotation
from generator.annotate.recognise.keys import candidate_key
from generator.annotate.recognise.tokens import PARTICLE, is_acronym, is_camel_case, is_cased, is_lower_case_agency
from generator.annotate.recognise.types import kind_of, region_type
from generator.lang import german as german_rules, german_nouns
from generator.lang.stopwords import never_a_name
from generator.lang.baseform import base_form
from generator.lang.demonyms import is_demonym
from generator.lang.english import is_nationality
from generator.lang.domains import is_domain
from generator.lang.inhabitants import inhabitant_place
from generator.lang.namewords import type_word
from generator.annotate.title import title_sentences, title_text, title_trimmed
from generator.cache import Store, content_key
from generator.model import HEADER_TITLE, AnnotatedArticle, Mention


_ALONE = 3  # times the corpus finds a word as a name on its own before it counts as one


def word_evidence(annotated: dict[str, AnnotatedArticle]) -> tuple[Counter, Counter]:
    """Corpus-wide counts per case-folded word: written as a common word, capitalised mid-sentence."""
    common: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for article in annotated.values():
        for word, as_common, as_capital in article.word_cases:
            if as_common:
                common[word] += as_common
            if as_capital:
                capital[word] += as_capital
    return common, capital


def with_evidence(annotated: dict[str, AnnotatedArticle], counts: tuple[Counter, Counter] | None = None,
                  store: Store | None = None, keys: Mapping[str, str] | None = None) -> dict[str, AnnotatedArticle]:
    """The articles, each keeping only the single-word candidates the corpus' evidence supports (and no word case counts).

    `counts`: word_evidence(annotated), when the caller has it. With a `store` and `keys` (article id -> a key that
    stands for the article as annotated), each article's judgement is kept with the counts it read: a second run
    judges again only an article whose key changed, or one of whose counts did (a corpus' new article moves a few).
    """
    common, capital = counts or word_evidence(annotated)
    # Words the corpus finds as names on their own: "Ryanair" is one, so "Akcie Ryanair" at a sentence start
    # is a sentence's first word and that name (when the corpus never capitalises "Akcie" mid-sentence).
    # Names of several words count too: "Davis Cup" alone makes "Australian Davis Cup" a demonym and that name.
    alone = Counter(m.surface.casefold() for a in annotated.values() for m in a.candidates)
    judged = {}
    for article_id, article in annotated.items():
        key = content_key("evidence", keys[article_id]) if store is not None and keys and article_id in keys else None
        candidates, header = (_judged_or_remembered(article, store, key, (common, capital, alone)) if key is not None else
                              (_judged(article, common, capital, alone), _judged_header(article, common, capital, alone)))
        judged[article_id] = replace(article, candidates=candidates, header=header, word_cases=())
    return judged


def _judged_or_remembered(article: AnnotatedArticle, store: Store, key: str,
                          counts: tuple[Counter, Counter, Counter]) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The article's judged candidates and header: the last run's, if every count it read then is the same now."""
    entry = store.get(key)
    if entry is not None and all(tuple(map(found.__getitem__, words)) == values
                                 for found, (words, values) in zip(counts, entry[0])):
        return _decoded(entry[1], article.candidates), _decoded(entry[2], article.header)
    readings = tuple(_Reading(found) for found in counts)
    candidates, header = _judged(article, *readings), _judged_header(article, *readings)
    store.put(key, (tuple((tuple(r.read), tuple(r.read.values())) for r in readings),
                    _encoded(candidates, article.candidates), _encoded(header, article.header)))
    return candidates, header


class _Reading:
    """A corpus count, remembering every word read from it with its count (what a judgement depended on)."""

    def __init__(self, counts: Counter):
        self.counts, self.read = counts, {}

    def __getitem__(self, word: str) -> int:
        self.read[word] = count = self.counts[word]
        return count


def _encoded(mentions: tuple[Mention, ...], source: tuple[Mention, ...]) -> tuple:
    """The mentions, each one of `source` kept as its position there (most candidates stand as recognised)."""
    position = {id(m): i for i, m in enumerate(source)}
    return tuple(position.get(id(m), m) for m in mentions)


def _decoded(encoded: tuple, source: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions _encoded gave, from the same source."""
    return tuple(source[item] if isinstance(item, int) else item for item in encoded)


def _judged(article: AnnotatedArticle, common: Counter, capital: Counter, alone: Counter) -> tuple[Mention, ...]:
    """The article's candidates the corpus' evidence supports, trimmed of their leading common words."""
    return tuple(m for m in _trimmed_all(article, common, capital, alone)
                 if m is not None and _supported(article, m, common, capital))


def _judged_header(article: AnnotatedArticle, common: Counter, capital: Counter, alone: Counter) -> tuple[Mention, ...]:
    """The header's mentions, the headline's candidates judged as the body's are (the title read as a text)."""
    titled = tuple(m for m in article.header if m.header == HEADER_TITLE and m.kind)
    text = title_text(article.article) if titled else None
    if text is None:
        return article.header
    lang = article.article.lang
    # A word in capitals in a headline is a name's (an acronym's) only when the corpus capitalises it mid-sentence,
    # and does not write it in lower case as often (as _supported reads the counts); else it is a label's.
    trimmed = (title_trimmed(m, lang, lambda word: not capital[word] or common[word] * 2 > capital[word])
               for m in titled)
    heading = AnnotatedArticle(text, sentences=title_sentences(text), candidates=tuple(m for m in trimmed if m))
    judged = tuple(m for m in _judged(heading, common, capital, alone) if _opening_supported(heading, m, capital))
    return tuple(m for m in article.header if m not in titled) + judged


def _opening_supported(heading: AnnotatedArticle, mention: Mention, capital: Counter) -> bool:
    """Whether a headline's candidate that opens a sentence stands when its only capital is that first word's.

    A headline opens with a name more often than a body's sentence does, and gives no other sign: a single
    word, or a name capitalised on its first word only as Slavic bodies' names are ("Zorbelský soud"), stands on
    the corpus capitalising that word mid-sentence, or on a country's or region's id (a town the gazetteer
    knows may share its name with a word, a verb).
    """
    first, *rest = mention.surface.split(" ")
    if not is_cased(first) or any(word[:1].isupper() for word in rest) or not _sentence_initial(heading, mention.start):
        return True
    return bool(capital[first.casefold()] or region_type(mention.ref))


def _trimmed_all(article: AnnotatedArticle, common: Counter, capital: Counter,
                 alone: Counter) -> list[Mention | None]:
    """The article's candidates trimmed; a lone word that coreference joined to a trimmed name follows it.

    "Akcie Ryanair" at a sentence start looked like a person's name, so coreference made every lone
    "Ryanair" of the article that person; once "Akcie" is cut, they are "Ryanair" again.
    """
    lang = article.article.lang
    trimmed = [_trimmed(article, c, common, capital, alone) for c in article.candidates]
    moved = {old.entity: new for old, new in zip(article.candidates, trimmed)
             if new is not None and new is not old and len(old.surface.split()) > 1}
    result = []
    for old, new in zip(article.candidates, trimmed):
        target = moved.get(old.entity)
        if new is old and target is not None and " " not in old.surface:
            new = replace(old, entity=target.entity, kind=target.kind, base=base_form(old.surface, lang, target.kind))
        result.append(new)
    return result


def _trimmed(article: AnnotatedArticle, mention: Mention, common: Counter, capital: Counter,
             alone: Counter = Counter()) -> Mention | None:
    """A candidate without its leading common words ("Hostess Silvia Sommerlath" -> "Silvia Sommerlath")."""
    surface = mention.surface
    start = mention.start
    if _quoted_whole(article.article.body, mention) and not _sentence_initial(article, mention.start):
        # Quotation marks mid-sentence delimit a title, its article included ("Die Zauberflöte"): nothing to
        # cut. A quotation that opens a sentence is speech ("„Ein Wunder“. So ...").
        return mention
    while " " in surface:
        first, rest = surface.split(" ", 1)
        word = first.casefold()
        if not is_cased(first) or is_acronym(first) or first == PARTICLE:
            break  # a lower-case first word was kept on purpose: a surname's particle ("van der Vaart")
        if rest[:1].islower() and _headed(rest, article.article.lang):
            break  # a name going on in lower case was taken whole by a head rule ("Vrhovno sodišče", "Министерство дел")
        # A common word ("Hostess Silvia Sommerlath"), or a sentence's first word that the corpus writes in
        # lower case and never capitalised mid-sentence ("Dodatkowo Sąd"; but "Jens Rigg" stays).
        # Mid-sentence, only German capitals say nothing: elsewhere a capitalised common word there is a name's
        # own ("Sąd Najwyższy", "Supreme Court").
        # German counts a noun after an article as common: a word cut so is a noun the Wiktionary lists or a
        # function word; one it does not know, written in lower case elsewhere ("pro Jahr"), is a name's own
        # capitalised mid-sentence ("Pro Zehn": no noun, so its capital is the name's).
        german = article.article.lang == "de" and (bool(german_nouns.classes(first))
                                                   or german_rules.is_common_noun(first)
                                                   or never_a_name(word, "de"))
        opening = start == mention.start and capital[word] == 0 and _sentence_initial(article, start)
        if not (german and common[word] and common[word] * 2 > capital[word]) and not (
                opening and (common[word] or (" " not in rest and alone[rest.casefold()] >= _ALONE))) and not (
                start == mention.start and _demonym_before_name(first, rest, article.article.lang, alone)):
            break
        start += len(first) + 1
        surface = rest
    if start == mention.start:
        return mention
    lang = article.article.lang
    if lang == "de" and " " not in surface and german_rules.is_common_noun(surface) and not german_rules.is_federal_body(surface):
        return None  # a German common noun left alone ("Derartige Töne" -> "Töne"): the Wiktionary's, no name
    # A type the whole name was given by a cue stays; one guessed from its words is guessed again.
    guessed = mention.kind == kind_of(mention.surface, lang)
    # The word cut stands before the name now ("Chemiekonzern BASF"): a common noun in apposition, no start.
    kind = mention.kind if mention.kind in ("person", "organisation") and not guessed else kind_of(surface, lang, first)
    return replace(mention, entity=candidate_key(surface, lang), start=start, surface=surface,
                   base=base_form(surface, lang, kind), kind=kind)


def _headed(rest: str, lang: str) -> bool:
    """Whether the lower-case rest of a name ends in a capitalised name or in an organisation's or place's head
    word: a Slavic name capitalised on its first word only ("sodišče", "дел Пакистана"), not a quoted phrase."""
    if lang in ("en", "de"):
        return False  # their names capitalise every content word (and German every noun: "... unschuldiger Mann")
    last = rest.rsplit(" ", 1)[-1]
    return last[:1].isupper() or type_word(last, lang) in ("organisation", "place")


_QUOTES = frozenset("\"«»„“”‚‘’")


def _quoted_whole(body: str, mention: Mention) -> bool:
    """Whether quotation marks enclose the mention exactly (a quoted title or name, as cased.quoted finds it)."""
    return body[mention.start - 1:mention.start] in _QUOTES and body[mention.end:mention.end + 1] in _QUOTES


def _demonym_before_name(first: str, rest: str, lang: str, alone: Counter) -> bool:
    """Whether a name's first word is a demonym before a name of two or more words the corpus finds on its own
    ("Australian | Davis Cup"); kept before an organisation's head ("Chinese Communist Party" is one body)."""
    words = rest.split()
    return (len(words) >= 2 and is_demonym(first, lang) and alone[rest.casefold()] > 0
            and not any(type_word(w, lang) == "organisation" for w in words))


def _supported(article: AnnotatedArticle, mention: Mention, common: Counter, capital: Counter) -> bool:
    """Whether a candidate stands: several words, a gazetteer's or a cue's word, or a capitalised name."""
    words = mention.surface.split()
    if len(words) != 1 or not is_cased(words[0]) or _by_shape(words[0]):
        return True
    if inhabitant_place(words[0].casefold(), article.article.lang):
        return True  # found by its shape too, in lower case: an inhabitants' noun (generator.lang.inhabitants)
    word = words[0].casefold()
    if mention.kind == "other" and is_nationality(words[0], article.article.lang):
        return True  # English writes a nationality with a capital wherever it stands, a sentence's start too
    if common[word] * 2 > capital[word]:
        return False  # written in lower case (German: after an article) as often as half its capitals: a common word
    if capital[word] > 0 or bool(mention.ref) or not _sentence_initial(article, mention.start):
        return True
    return article.article.lang == "de" and german_rules.is_subject_before_verb(words[0], _following_word(article, mention))


def _by_shape(word: str) -> bool:
    """Whether the recogniser found a word by its shape, not its capital, so no count of capitals bears on it:
    an acronym, a web domain ("Ryanair.com" at a sentence start), a camel-case brand, a lower-case agency."""
    return is_acronym(word) or is_domain(word) or is_camel_case(word) or is_lower_case_agency(word)


_WORD_AFTER = re.compile(r" ([^\W\d_]+)\b|(:) ")


def _following_word(article: AnnotatedArticle, mention: Mention) -> str:
    """The word right after a mention, one space away; ":" before a colon; "" when else or nothing follows."""
    match = _WORD_AFTER.match(article.article.body, mention.end)
    return (match.group(1) or match.group(2)) if match else ""


def _sentence_initial(article: AnnotatedArticle, offset: int) -> bool:
    """Whether nothing but punctuation and spaces stands between a sentence's (or paragraph's) start and the offset."""
    sentence = article.sentence_at(offset)
    paragraph = article.paragraph_at(offset)
    start = max(sentence.start if sentence.start <= offset else paragraph.start, paragraph.start)
    return not any(c.isalnum() for c in article.article.body[start:offset]) or opens_quotation(article.article.body, offset)


def typed_by_mentions(entities: tuple, before: dict[str, AnnotatedArticle],
                      after: dict[str, AnnotatedArticle]) -> tuple:
    """Each candidate entity with the type most of its mentions were given (recognition's kind)."""
    kind_at = {(i, m.start): m.kind for i, a in before.items() for m in a.candidates if m.kind}
    votes: dict[str, Counter] = {}
    for article_id, article in after.items():
        for mention in article.candidates:
            kind = kind_at.get((article_id, mention.start))
            if kind:
                votes.setdefault(mention.entity, Counter())[kind] += 1
    return tuple(replace(e, type=region_type(e.ref) or _winner(votes[e.id])) if e.id in votes and not e.reviewed
                 else e for e in entities)


def _winner(votes: Counter) -> str:
    """The most frequent type; a tie goes to the type a cue or a head word gives most surely."""
    order = ("person", "organisation", "event", "project", "place", "other")
    return min(votes, key=lambda kind: (-votes[kind], order.index(kind) if kind in order else len(order)))
