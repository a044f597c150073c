"""Recognition: names the registry does not know, found per article, each with its base form and type.

One interface for every script: the cased recogniser (Latin, Cyrillic, Greek...) reads capitals,
the uncased one (Arabic, Thai and the rest) reads cue words before names and heads of names. Both
return spans; typing, base forms and in-article coreference are shared. What needs the whole
corpus (is this sentence-initial word a name elsewhere?) is decided in generator.assembly.evidence
from the word counts each article records (word_cases).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from generator.annotate.recognise import cased, uncased
from generator.annotate.recognise.codes import spaced_codes
from generator.annotate.recognise.coreference import corefer
from generator.annotate.recognise.found import Found
from generator.annotate.recognise.keys import candidate_key
from generator.annotate.recognise.places import gazetteer_entry
from generator.annotate.recognise.repeats import joined_clitic_forms, repeats
from generator.annotate.recognise.tokens import Taken, Token, is_cased, tokenize
from generator.annotate.recognise.types import kind_of, region_type
from generator.annotate.sentences import split_sentences
from generator.lang import english, gazetteer, german
from generator.lang.baseform import base_form, dictionary_type, preload_dictionaries
from generator.lang.datewords import month_part_spans
from generator.lang.domains import domains
from generator.lang.numbers import currency_names
from generator.lang.partnerships import partnerships
from generator.lang.scripts import dominant_script
from generator.lang.stopwords import calendar_word, never_a_name
from generator.model import AnnotatedArticle, Mention

__all__ = ["find_candidates", "recognise", "word_cases", "candidate_key", "preload", "place_mention", "opens_quotation"]


def preload(langs: list[str]) -> None:
    """Load what recognition reads for these languages (before worker processes fork, so they share it)."""
    gazetteer.preload()
    for lang in langs:
        never_a_name("", lang)
        calendar_word("", lang)
        preload_dictionaries(lang)
        german.preload(lang)
    uncased.preload()


def find_candidates(annotated: AnnotatedArticle) -> tuple[Mention, ...]:
    """Names in one article that no registry mention covers; Mention.entity holds the candidate key."""
    return recognise(annotated)[0]


def recognise(annotated: AnnotatedArticle) -> tuple[tuple[Mention, ...], tuple[tuple[str, int, int], ...]]:
    """The article's candidate names, and its word case counts (see word_cases), from one tokenisation."""
    body, lang = annotated.article.body, annotated.article.lang
    tokens = tokenize(body, lang)
    offsets = [t.start for t in tokens]
    starts = sentence_starts(annotated, offsets)
    return _candidates(annotated, tokens, offsets, starts), _word_cases(annotated, tokens, offsets, starts)


def _candidates(annotated: AnnotatedArticle, tokens: list[Token], offsets: list[int],
                starts: set[int]) -> tuple[Mention, ...]:
    """Names in one article that no registry mention covers."""
    body, lang = annotated.article.body, annotated.article.lang
    taken = Taken([(m.start, m.end) for m in annotated.mentions])
    context = cased.Context(body, lang, taken, starts, {t.text.casefold() for t in tokens if t.text.islower()},
                            dominant_script(body) != "LATIN", frozenset(t.text for t in tokens if t.capitalised))
    found: list[Found] = []
    for paragraph in annotated.article.paragraphs:
        words = tokens[bisect_left(offsets, paragraph.start):bisect_left(offsets, paragraph.end)]
        found += cased.runs(context, words, paragraph.kind == "heading")
    found += cased.quoted(body, lang)
    found += [Found(start, end, "project") for start, end in domains(body)]  # a site's name: a publication's
    found += [Found(start, end, "project") for start, end in spaced_codes(body)]  # a flight's, a regulation's
    found += [Found(start, end, "other") for start, end in currency_names(body, lang)]  # "120 Millionen Euro"
    found += [Found(start, end, "other") for start, end in english.demonyms(tokens, lang)]  # "Czech | Anna Velk"
    found += uncased.find(body, lang, tokens)
    found += [Found(start, end, entry.type, entry.id) for start, end, entry in gazetteer.find_names(body, lang)]
    found += repeats(body, [f for f in found if not taken.overlaps((f.start, f.end))])
    found = uncased.screened(body, found)
    # A partnership's name holds commas where the run rules split it ("Velk, Arno und Partner"): it wins.
    firms = [Found(start, end, "organisation") for start, end in partnerships(body, lang)]
    found = [f for f in found if not any(f.start < end and start < f.end for start, end, *_ in firms)] + firms
    dated = set(month_part_spans(body, lang))  # "Mitte Mai": a date's part, though a gazetteer knows "Mitte"
    kept = _without_overlaps([f for f in found if not taken.overlaps((f.start, f.end)) and (f.start, f.end) not in dated])
    mentions = [_mention(body, lang, f) for f in kept]
    return corefer(joined_clitic_forms(mentions), lang)


def _without_overlaps(found: list[Found]) -> list[Found]:
    """The longest of overlapping finds, in text order; a type from a cue survives the choice."""
    kept: list[Found] = []
    # The find itself breaks the last ties: a set's order changes with the string hash seed of each run.
    for item in sorted(set(found), key=lambda f: (f.start, f.start - f.end, f.kind == "", f.ref == "", f)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def _mention(body: str, lang: str, found: Found) -> Mention:
    """A candidate mention with its key, base form, type and gazetteer id."""
    surface = body[found.start:found.end]
    kind = found.kind or kind_of(surface, lang, _word_before(body, found.start))
    base = base_form(surface, lang, kind)
    ref = found.ref
    # A name the gazetteer knows (in its base form, as written, or in a nominative form) is the place
    # or organisation it names; its gazetteer name in the language is then its base form.
    entry = None if ref else gazetteer_entry(surface, base, lang)
    # A person by the dictionary (a known surname: Соколова) stays one; so does a person by a title, unless the
    # name is a country or region: a title's genitive names where its holder serves (премьер Великобритании).
    by_dictionary = kind == "person" and dictionary_type(surface, lang) == "person"
    by_title = found.kind == "person" and not region_type(entry.id if entry is not None else "")
    if entry is not None and not by_dictionary and not by_title:
        kind, ref = entry.type, entry.id
        base = base if base != surface else dict(entry.names).get(lang, base)
    return Mention(candidate_key(surface, lang), found.start, found.end, surface, base=base, kind=kind, ref=ref)


def _word_before(body: str, start: int) -> str:
    """The word just before an offset, in the same sentence (no punctuation between), or ""."""
    left = body[max(0, start - 24):start]
    stripped = left.rstrip()
    if len(stripped) == len(left) or not stripped:
        return ""  # glued to the name, or nothing before it
    words = stripped.split()
    last = words[-1] if words else ""
    return last if last.isalpha() else ""


def place_mention(text: str, lang: str, start: int, end: int) -> Mention:
    """A candidate mention of a place named in text[start:end] (a dateline's place), with its key, base form and id."""
    return _mention(text, lang, Found(start, end, "place", ""))


def sentence_starts(annotated: AnnotatedArticle, offsets: list[int]) -> set[int]:
    """Offsets of the first word of each sentence (and of each paragraph)."""
    spans = [(s.start, s.end) for s in annotated.sentences or split_sentences(annotated.article)]
    spans += [(p.start, p.end) for p in annotated.article.paragraphs]
    starts = set()
    for start, end in spans:
        index = bisect_left(offsets, start)
        if index < len(offsets) and offsets[index] < end:
            starts.add(offsets[index])
    body = annotated.article.body
    return starts | {offset for offset in offsets if opens_quotation(body, offset)}


# Direct speech opens after a colon and a quotation mark or a dash ('dejala je: "Vem, da…"', 'takie słowa:
# - Wciąż…'): its first word is capitalised as a sentence's is, whatever it is.
_QUOTE_OPENERS = "\"'„“”«»‚‘’‹›-–—"


def opens_quotation(body: str, offset: int) -> bool:
    """Whether the word at offset opens direct speech: a colon, then a quotation mark or a dash, before it."""
    index = offset - 1
    while index >= 0 and body[index] == " ":
        index -= 1
    if index < 0 or body[index] not in _QUOTE_OPENERS:
        return False  # after a bare colon, a capital is a name's as often ("powiedziała: Jezus umarł")
    index -= 1
    while index >= 0 and body[index] == " ":
        index -= 1
    return index >= 0 and body[index] == ":"


def word_cases(annotated: AnnotatedArticle) -> tuple[tuple[str, int, int], ...]:
    """Per word (case-folded): how often the article writes it as a common word, and capitalised mid-sentence.

    The corpus-wide sums are the evidence for sentence-initial words (generator.assembly.evidence).
    A German noun is capitalised anyway: there, a word after an article counts as common.
    """
    body, lang = annotated.article.body, annotated.article.lang
    tokens = tokenize(body, lang)
    offsets = [t.start for t in tokens]
    return _word_cases(annotated, tokens, offsets, sentence_starts(annotated, offsets))


def _word_cases(annotated: AnnotatedArticle, tokens: list[Token], offsets: list[int],
                starts: set[int]) -> tuple[tuple[str, int, int], ...]:
    """Per word: times written as a common word, times capitalised mid-sentence."""
    lang = annotated.article.lang
    common: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for paragraph in annotated.article.paragraphs:
        words = tokens[bisect_left(offsets, paragraph.start):bisect_left(offsets, paragraph.end)]
        if cased.is_title_case(words, paragraph.kind == "heading"):
            continue
        previous: Token | None = None
        for index, token in enumerate(words):
            folded = token.text.casefold()
            # German: a noun after an article is common, unless a capitalised word follows ("die Deutsche Bank").
            following = words[index + 1].text if index + 1 < len(words) else ""
            if not is_cased(token.text):
                pass
            # The word before must be in the same sentence: a sentence's last word ("tagte.") is no article.
            # A quotation mark between ('der "Zorbelino"') sets a name apart: no noun phrase's word then.
            elif token.text.islower() or (lang == "de" and previous is not None and token.start not in starts
                                          and not following[:1].isupper()
                                          and annotated.article.body[previous.end:token.start].isspace()
                                          and german.is_common_noun_position(previous.text)
                                          and not german.is_proper(token.text)):
                common[folded] += 1
            elif token.start not in starts:
                capital[folded] += 1
            previous = token
    return tuple((w, common[w], capital[w]) for w in sorted(common.keys() | capital.keys()))
