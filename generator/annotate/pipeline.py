"""The annotation stages, in order; each takes the article so far and returns it with more found."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from generator.annotate.header import header_mentions
from generator.annotate.recognise import recognise
from generator.annotate.recognise.coreference import corefer_headline
from generator.annotate.mentions import NameIndex, find_mentions
from generator.annotate.sentences import split_sentences
from generator.annotate.title import title_mentions
from generator.dates import find_date_expressions
from generator.model import AnnotatedArticle, Article


@dataclass(frozen=True)
class Knowledge:
    """What annotation needs to know beyond the article: the registry's name index."""

    names: NameIndex


def sentences(annotated: AnnotatedArticle, knowledge: Knowledge) -> AnnotatedArticle:
    """Requires: the body. Assigns: sentence spans."""
    return replace(annotated, sentences=split_sentences(annotated.article))


def mentions(annotated: AnnotatedArticle, knowledge: Knowledge) -> AnnotatedArticle:
    """Requires: the body and the registry. Assigns: mentions of registry entities."""
    return replace(annotated, mentions=find_mentions(annotated.article.body, knowledge.names))


def candidates(annotated: AnnotatedArticle, knowledge: Knowledge) -> AnnotatedArticle:
    """Requires: sentences and mentions. Assigns: names not in the registry (keys to merge on), word case counts."""
    candidates, word_cases = recognise(annotated)
    return replace(annotated, candidates=candidates, word_cases=word_cases)


def header(annotated: AnnotatedArticle, knowledge: Knowledge) -> AnnotatedArticle:
    """Requires: the article's header (its dateline place, its title), the registry and the body's candidates.
    Assigns: the header's mentions, the dateline's first (a headline's surname keyed to the body's full name)."""
    article = annotated.article
    titled = corefer_headline(title_mentions(article, knowledge.names), annotated.candidates)
    return replace(annotated, header=header_mentions(article, knowledge.names) + titled)


def dates(annotated: AnnotatedArticle, knowledge: Knowledge) -> AnnotatedArticle:
    """Requires: the body and its publication date. Assigns: date expressions, resolved, in text order."""
    article = annotated.article
    return replace(annotated, dates=tuple(find_date_expressions(article.body, article.lang, article.published)))


Stage = Callable[[AnnotatedArticle, Knowledge], AnnotatedArticle]
STAGES: tuple[Stage, ...] = (sentences, mentions, candidates, header, dates)


def annotate(article: Article, knowledge: Knowledge, stages: tuple[Stage, ...] = STAGES) -> AnnotatedArticle:
    """Run every stage, in order, over one article."""
    annotated = AnnotatedArticle(article)
    for stage in stages:
        annotated = stage(annotated, knowledge)
    return annotated
