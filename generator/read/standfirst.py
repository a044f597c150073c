"""The standfirst: the lead under a headline, told from the headline under its kicker and from the
captions and breadcrumbs that stand where a standfirst would."""
from __future__ import annotations

import re

from generator.lang.clutter import credit_marker
from generator.lang.stopwords import opens_with_definite_article
from generator.read.datelines import mostly_date
from generator.read.lines import Line
from generator.read.textshape import NAV_SEPARATORS

_WORD = re.compile(r"[^\W\d_]+")
# A standfirst is markedly longer than its headline; a line under a candidate and only a little longer
# than it (by under this factor) is the headline under its kicker, unless it opens with a definite
# article (headlines drop them, standfirsts are sentences that keep them) or has under three words (a
# name, a label). Measured on reader-dev: from 1.25 to 1.35 the headlines found hardly change.
_STANDFIRST_RATIO = 1.3
_STANDFIRST_MIN_WORDS = 3
_STAMP_WORDS = 6  # a timestamp line between a headline and its standfirst: a date and a word or two
# A standfirst without its full stop right above the text has a sentence's words, a label few.
_STANDFIRST_WORDS = 8
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_GLUED_STOP = re.compile(r"(?<=[^\W\d_]{2})([.!?])(?=[^\W\d_]{2,}\s*:)")  # "Name.Foto:": a stop before a label


def standfirst_under(above: str, text: str, lang: str) -> bool:
    """Whether a line under a candidate headline is its standfirst by length and shape (_STANDFIRST_RATIO)."""
    if len(above) >= len(text):
        return False
    return (len(text) >= _STANDFIRST_RATIO * len(above) or opens_with_definite_article(text, lang)
            or len(_WORD.findall(text)) < _STANDFIRST_MIN_WORDS)


def over_stamp(head: list[Line], index: int, lang: str) -> int | None:
    """The index of the line above a candidate, over a timestamp or byline line between them (a
    headline, its date line, then its standfirst); None at the top."""
    if index >= 2 and stamp_line(head[index - 1].text, lang):
        return index - 2
    return index - 1 if index else None


def stamped_above(head: list[Line], index: int, candidates: set[int], lang: str) -> bool:
    """Whether a timestamp line right above a candidate dates it (the date over the headline, as
    many sites set it): unless a headline over that date line has it under it."""
    return (index >= 1 and stamp_line(head[index - 1].text, lang)
            and not (index >= 2 and index - 2 in candidates))


def over_standfirst(head: list[Line], index: int, lang: str) -> bool:
    """Whether the line under a candidate is its standfirst and the last of the head (right above the text)."""
    return index == len(head) - 2 and standfirst_under(head[index].text, head[index + 1].text, lang)


def stamp_line(text: str, lang: str) -> bool:
    """Whether a short line is a date with a word or two (a timestamp, "12.01.2024 Sport")."""
    return len(_WORD.findall(text)) <= _STAMP_WORDS and mostly_date(text, lang)


def short_lead(text: str) -> bool:
    """Whether a line of under 100 characters right above the text is its standfirst without a full
    stop: one sentence of a sentence's words; a caption holds a sentence and its credit after it,
    glued to it at times ("… so Name.Foto: Name"), a breadcrumb its separators."""
    spaced = _GLUED_STOP.sub(r"\1 ", text)
    return (len(text.split()) >= _STANDFIRST_WORDS and not _SENTENCE_BREAK.search(spaced)
            and not credit_marker(spaced) and not NAV_SEPARATORS.search(text))
