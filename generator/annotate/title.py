"""The article's headline as mentions: the names its title holds, located in Article.title.

A headline often names what the body goes on to call otherwise ("Zorbel Airways" above, "the
airline" below), so the title is read too, as a heading of its own, by the same recognisers as the body; what
they find there is a header mention (Mention.header == HEADER_TITLE, offsets in Article.title).
Headlines are noisy: English title case capitalises every content word and some sites write
headlines in capitals, so capitals there say nothing. The recognisers run only on a headline in
sentence case or in a script without case (Thai, Arabic), where they say what they say in the body
(generator.assembly.evidence then judges its single words as the body's). Registry names are found in
every headline; in any headline, a name the corpus finds elsewhere is found in assembly
(generator.assembly.titles). A title the reader derived from the body's first sentence is body text
already: it is not read twice.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from generator.annotate.mentions import NameIndex, find_mentions
from generator.annotate.recognise import find_candidates
from generator.annotate.recognise.keys import candidate_key
from generator.annotate.recognise.tokens import is_cased, tokenize
from generator.annotate.recognise.types import kind_of
from generator.annotate.sentences import split_sentences
from generator.lang.baseform import base_form
from generator.lang.demonyms import is_demonym
from generator.lang.namewords import type_word
from generator.lang.stopwords import function_words
from generator.model import HEADER_TITLE, AnnotatedArticle, Article, Mention, Paragraph, Span

TITLE_PARAGRAPH = "title"  # the anchor of the one paragraph of a title read as a text
# A character reference left in a headline as written ("&quot;") is markup, part of no name: a title copied
# from a page's source keeps them where the body's text was decoded.
_MARKUP = re.compile(r"&#?\w+;")


def title_text(article: Article) -> Article | None:
    """The article's title as a text of its own (one heading paragraph), or None when there is none to read."""
    title = article.title
    if article.title_derived or not any(c.isalpha() for c in title):
        return None
    return replace(article, body=title, paragraphs=(Paragraph(TITLE_PARAGRAPH, "heading", 0, len(title)),),
                   place=None, subtitle=None)


# A headline's colon sets a label or a speaker apart from what follows ("Storm: Roads closed", "Velk: We
# stay"), and what follows is written as a sentence, its first word capitalised as a sentence's is.
_COLON = re.compile(r"[:：]\s+")


def title_sentences(text: Article) -> tuple[Span, ...]:
    """The sentences of a title read as a text (title_text): its sentences, each cut after a colon too."""
    spans = []
    for sentence in split_sentences(text):
        start = sentence.start
        for colon in _COLON.finditer(text.body, sentence.start, sentence.end):
            spans.append(Span(start, colon.start() + 1))
            start = colon.end()
        spans.append(Span(start, sentence.end))
    return tuple(spans)


def in_sentence_case(article: Article) -> bool:
    """Whether a headline's capitals say what they say in the body: a script without case, or sentence case.

    Title case (English, and house styles elsewhere) leaves only function words in lower case ("Man Held
    in Raid"), capitals leave none; a content word in lower case ("Storm hits coast") is sentence case.
    The function words are stopwordsiso's (generator.lang.stopwords).
    """
    words = [t.text for t in tokenize(article.title, article.lang) if is_cased(t.text)]
    if not words:
        return True  # no case in the script (Thai, Arabic): the recognisers read cue words, not capitals
    common = function_words(article.lang)
    return any(word.islower() and word.casefold() not in common for word in words)


def title_mentions(article: Article, names: NameIndex) -> tuple[Mention, ...]:
    """The headline's registry names, and (in sentence case or without case) its candidate names, in title order."""
    text = title_text(article)
    if text is None:
        return ()
    registry = find_mentions(text.body, names)
    found = list(registry)
    if in_sentence_case(article):
        annotated = AnnotatedArticle(text, sentences=title_sentences(text), mentions=registry)
        found += [m for m in find_candidates(annotated)
                  if not _MARKUP.search(text.body, m.start, m.end + 1) and not _quoted_uncased(text.body, m)]
    return tuple(sorted((replace(m, header=HEADER_TITLE) for m in found), key=lambda m: (m.start, m.end)))


_QUOTES = frozenset("\"'«»„“”‚‘’")


def _quoted_uncased(title: str, mention: Mention) -> bool:
    """Whether a candidate is only a quoted word of a script without case: headlines quote a story's terms as
    often as its names, and without capitals nothing else tells them apart (generator.assembly.titles finds
    it again when the corpus names it elsewhere)."""
    return (not mention.ref and not is_cased(mention.surface) and title[mention.start - 1:mention.start] in _QUOTES
            and title[mention.end:mention.end + 1] in _QUOTES and mention.start > 0)


def title_trimmed(mention: Mention, lang: str, is_label: Callable[[str], bool]) -> Mention | None:
    """A headline's candidate without the words that begin it and are a label's ("LIVEBLOG", "Z OSTATNIEJ
    CHWILI": a kicker) or a nationality's ("Zorbish | Velk Embassy"), or None when nothing is left.

    Headlines set labels and kickers in capitals, where the body sets an acronym so: a word in capitals that
    the corpus' evidence does not make a name (is_label, given the word case-folded), or a function word, is
    the label's. Headlines drop articles and stack modifiers ("Ruritanian Zorbland embassy says"): a
    nationality opening a run is an adjective before it, unless an organisation's head word makes the run
    one body's name ("Ruritanian Workers Party"), as generator.assembly.evidence cuts one in the body.
    """
    words = mention.surface.split(" ")
    cut = 0
    # An acronym's case ending after a hyphen ("SMS-y", "NATO-ja") leaves it a word in capitals.
    while cut < len(words) and words[cut].split("-")[0].isupper() and len(words[cut]) > 1 and (
            is_label(words[cut].casefold()) or words[cut].casefold() in function_words(lang)):
        cut += 1
    if len(words) - cut >= 2 and is_demonym(words[cut], lang) and not any(
            type_word(word, lang) == "organisation" for word in words[cut + 1:]):
        cut += 1
    if cut == 0:
        return mention
    if cut == len(words):
        return None
    start = mention.start + len(" ".join(words[:cut])) + 1
    surface = " ".join(words[cut:])
    kind = kind_of(surface, lang)
    return replace(mention, entity=candidate_key(surface, lang), start=start, surface=surface,
                   base=base_form(surface, lang, kind), kind=kind)
