"""The body of an article: paragraphs with anchors, subheadings, a derived title, truncation."""
from __future__ import annotations

import re

from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script, ends_sentence
from generator.lang.thai import ends_mid_word
from generator.model import Paragraph
from generator.read.lines import Line, ends_with_emoji
from generator.slugs import paragraph_anchor

PARAGRAPH_SEPARATOR = "\n\n"
_HEADING_MAX_CHARS = 60
_HEADING_MAX_WORDS = 8
_DERIVED_TITLE_CHARS = 90
# A sign-off after the last sentence: a short group in brackets ("(dpa)", "(AFP/jd)", "(BA)").
_SIGN_OFF = re.compile(r"(?<=[.!?…\"”“»«’'])\s*\([^()]{1,30}\)$")
_CLOSING_QUOTES = re.compile(r"[\s\u00a0\u202f]*[»“«‘‹”’\"']+$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？؟])\s+")


def build_body(lines: list[Line]) -> tuple[str, tuple[Paragraph, ...]]:
    """Join the body lines into one text (paragraphs separated by a blank line) with their spans."""
    paragraphs, parts, offset = [], [], 0
    for index, line in enumerate(lines):
        kind = "heading" if _is_subheading(lines, index) else "text"
        paragraphs.append(Paragraph(paragraph_anchor(index + 1), kind, offset, offset + len(line.text)))
        parts.append(line.text)
        offset += len(line.text) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(parts), tuple(paragraphs)


def _is_subheading(lines: list[Line], index: int) -> bool:
    """A short unpunctuated line followed by a longer paragraph, in a script that punctuates."""
    text = lines[index].text
    # The length first: a long line is no heading, whatever its script (and costs nothing to rule out).
    if index + 1 >= len(lines) or len(text) > _HEADING_MAX_CHARS or dominant_script(text) in UNPUNCTUATED_SCRIPTS:
        return False
    return (
        len(text.split()) <= _HEADING_MAX_WORDS
        and not ends_sentence(text)
        and not text.endswith((":", ",", ";"))
        and len(lines[index + 1].text) > len(text)
    )


def is_truncated(body: str, paragraphs: tuple[Paragraph, ...]) -> bool:
    """Whether the text is cut off: it ends mid-sentence, or (Thai and other unspaced scripts) mid-word."""
    if not paragraphs:
        return False
    last = body[paragraphs[-1].start:paragraphs[-1].end]
    if dominant_script(last) in UNPUNCTUATED_SCRIPTS:
        return ends_mid_word(last, context=body)
    return not _ends_text(last)


def _ends_text(text: str) -> bool:
    """Whether a last paragraph ends as a text ends: a sentence, then perhaps a closing quotation
    mark of the German or French style (“, and » after a space, besides those a sentence end takes)
    or the agency's or writer's initials in brackets ("... on Monday. (dpa)"), or an emoji."""
    text = _SIGN_OFF.sub("", text.rstrip())
    return ends_sentence(text) or ends_sentence(_CLOSING_QUOTES.sub("", text)) or ends_with_emoji(text)


def derived_title(body: str, paragraphs: tuple[Paragraph, ...]) -> str:
    """A title made from the first sentence of the first text paragraph, shortened at a word."""
    first = next((p for p in paragraphs if p.kind == "text"), None)
    if first is None:
        return ""
    sentence = _SENTENCE_BREAK.split(body[first.start:first.end], maxsplit=1)[0].strip()
    if len(sentence) <= _DERIVED_TITLE_CHARS:
        return sentence.rstrip(".。")
    cut = sentence[:_DERIVED_TITLE_CHARS]
    if " " in cut:
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip(" ,،;:") + "…"
