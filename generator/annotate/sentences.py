"""Sentences: spans of each paragraph, split where a sentence ends (Thai: at spaces)."""
from __future__ import annotations

import re

from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script
from generator.model import Article, Span

# A sentence ends at . ! ? … (and their forms in other scripts) followed by white space,
# unless the full stop follows a single letter or a number (initials, "Nr. 5", "т.д.").
_SENTENCE_END = re.compile(r"(?<![\s.][^\W\d_])(?<!\d)[.!?…。！？؟।]+['\"”’»)]*\s+")
# Thai separates sentences, clauses and foreign words with a space: a sentence ends at a space
# once it is long enough to stand alone.
_THAI_BREAK = re.compile(r"\s+")
_THAI_SENTENCE_MIN = 60


def split_sentences(article: Article) -> tuple[Span, ...]:
    """The sentence spans of the article's body, paragraph by paragraph."""
    spans = []
    for paragraph in article.paragraphs:
        text = article.text_of(paragraph)
        unpunctuated = dominant_script(text) in UNPUNCTUATED_SCRIPTS
        breaker = _THAI_BREAK if unpunctuated else _SENTENCE_END
        start = 0
        for match in breaker.finditer(text):
            if unpunctuated and match.start() - start < _THAI_SENTENCE_MIN:
                continue
            spans.append(Span(paragraph.start + start, paragraph.start + match.start() + len(match.group().rstrip())))
            start = match.end()
        if start < len(text):
            spans.append(Span(paragraph.start + start, paragraph.end))
    return tuple(spans)
