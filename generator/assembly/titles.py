"""Names the corpus finds elsewhere, found again in headlines: the cross-article evidence for a title's names.

A headline in title case or in capitals ("Velk Wins Zorbland Vote", "VELK WINS") says nothing by its
capitals, so recognition reads no name there (generator.annotate.title); a quoted word in a headline
without case (Thai, Arabic) is a term as often as a name. A name that the article's body or another
article of its language finds, written in the headline, is that name all the same: each headline is
searched for the folded forms of the corpus' candidate names (one automaton, linear in the text),
case aside where the headline's capitals say nothing, with the capital a name has where they do.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import ahocorasick

from generator.annotate.mentions import longest_matches
from generator.annotate.recognise.tokens import is_cased
from generator.annotate.title import in_sentence_case, title_text
from generator.lang.fold import fold_form
from generator.model import HEADER_TITLE, AnnotatedArticle, Mention

MIN_FORM = 2  # characters: one letter is no name's form


def with_titled_names(annotated: dict[str, AnnotatedArticle], counts: tuple[Counter, Counter]) -> dict[str, AnnotatedArticle]:
    """The articles, each headline with the corpus' candidate names it holds as header mentions (after evidence).

    `counts`: the corpus' word_evidence, as the bodies were judged by (the articles judged carry no counts)."""
    common, capital = counts
    automata = {lang: _automaton(forms) for lang, forms in _forms_by_language(annotated, common, capital).items()}
    found = {}
    for article_id in sorted(annotated):
        article = annotated[article_id]
        automaton = automata.get(article.article.lang)
        added = _titled(article, automaton) if automaton is not None else ()
        found[article_id] = replace(article, header=article.header + added) if added else article
    return found


def _forms_by_language(annotated: dict[str, AnnotatedArticle], common: Counter,
                       capital: Counter) -> dict[str, dict[str, Mention]]:
    """Per language: each folded form of a candidate name, with the first mention (by article, offset) that has it.

    A one-word form the corpus writes in lower case at least half as often as capitalised mid-sentence is
    left out (as generator.assembly.evidence reads the counts): in a headline, case aside, it is that word.
    """
    forms: dict[str, dict[str, Mention]] = {}
    for article_id in sorted(annotated):
        article = annotated[article_id]
        for mention in article.candidates:
            form = fold_form(mention.surface)
            word = mention.surface.casefold()
            if len(form) < MIN_FORM or (" " not in word and is_cased(word) and common[word] * 2 > capital[word]):
                continue
            forms.setdefault(article.article.lang, {}).setdefault(form, mention)
    return forms


def _automaton(forms: dict[str, Mention]) -> ahocorasick.Automaton:
    """One automaton over the folded forms, each with its mention."""
    automaton = ahocorasick.Automaton()
    for form in sorted(forms):
        automaton.add_word(form, (forms[form], len(form)))
    automaton.make_automaton()
    return automaton


def _titled(article: AnnotatedArticle, automaton: ahocorasick.Automaton) -> tuple[Mention, ...]:
    """The corpus' names in one headline that no header mention there covers yet."""
    text = title_text(article.article)
    if text is None:
        return ()
    title = text.body
    taken = [(m.start, m.end) for m in article.header if m.header == HEADER_TITLE]
    sentence_case = in_sentence_case(article.article)
    added = []
    for start, end, mention in longest_matches(title, automaton):
        if any(start < e and s < end for s, e in taken):
            continue
        # In sentence case a name keeps its capital: "mark" in "Stocks mark gains" is no "Mark".
        if sentence_case and is_cased(title[start]) and title[start].islower() != mention.surface[:1].islower():
            continue
        added.append(Mention(mention.entity, start, end, title[start:end], mention.base, mention.kind, mention.ref,
                             header=HEADER_TITLE))
    return tuple(added)
