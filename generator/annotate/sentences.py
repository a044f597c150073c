"""Sentences: spans of each paragraph, split where a sentence ends (Thai: by pythainlp's segmenter)."""
from __future__ import annotations

import re

from generator.lang import thai
from generator.lang.scripts import dominant_script
from generator.model import Article, Span

# A sentence ends at . ! ? … (and their forms in other scripts) followed by white space,
# unless the full stop follows a single letter or a number (initials, "Nr. 5", "т.д.").
_SENTENCE_END = re.compile(r"(?<![\s.][^\W\d_])(?<!\d)[.!?…。！？؟।]+['\"”’»)]*\s+")


def split_sentences(article: Article) -> tuple[Span, ...]:
    """The sentence spans of the article's body, paragraph by paragraph."""
    spans = []
    for paragraph in article.paragraphs:
        text = article.text_of(paragraph)
        pieces = thai.sentence_spans(text) if dominant_script(text) == "THAI" else _punctuated(text)
        spans += [Span(paragraph.start + start, paragraph.start + end) for start, end in pieces]
    return tuple(spans)


def _punctuated(text: str) -> list[tuple[int, int]]:
    """Sentence spans of text in a script that ends sentences with punctuation."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
