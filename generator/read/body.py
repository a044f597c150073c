"""The body of an article: paragraphs with anchors, subheadings, a derived title, truncation."""
from __future__ import annotations

import re

from generator.lang.bylines import byline_name, is_update
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script, ends_sentence
from generator.lang.thai import ends_mid_word
from generator.model import Paragraph
from generator.read.lines import Line
from generator.read.textshape import BOOK_NUMBER, CODE_LINE, attributed, ends_with_emoji
from generator.slugs import paragraph_anchor

PARAGRAPH_SEPARATOR = "\n\n"
_HEADING_MAX_CHARS = 60
_HEADING_MAX_WORDS = 8
_DERIVED_TITLE_CHARS = 90
# A sign-off after the last sentence: a short group in brackets ("(dpa)", "(AFP/jd)", "(BA)").
_SIGN_OFF = re.compile(r"(?<=[.!?…\"”“»«’'])\s*\([^()]{1,30}\)$")
_CLOSING_QUOTES = re.compile(r"[\s\u00a0\u202f]*[»“«‘‹”’\"']+$")
# Short last lines under the text (signatures, dates, labels), at most this many, this long.
_TRAILER_MAX = 2
_TRAILER_MAX_CHARS = 40
# A web or e-mail address at the end of a text ("... unter www.example.org", "presse(at)example.de").
_LINK_END = re.compile(r"(?:https?://|www\.|\S@|\S\(at\))\S*$|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?$")
# A sentence, then a short tail on the same line (a name, a date: checked by _is_trailer).
_SIGNED = re.compile(r"^(.*[.!?…][\"”“»«’']*)\s+[–—-]?\s*(\S.{0,%d})$" % (_TRAILER_MAX_CHARS - 1), re.DOTALL)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。！？؟])\s+")
_LABEL_MAX_WORDS = 10
_CREDITED = re.compile(r"^(.*[.!?…][\"”“»«’']*)\s+(\S.{0,99})$", re.DOTALL)
# The writer's initials after the last sentence, in lower case as German papers sign ("... mit. aw",
# "... gesagt. dpa/lnw").
_INITIALS = re.compile(r"[^\W\d_A-Z]{2,3}(?:/[^\W\d_A-Z]{2,4})?")


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


def is_truncated(body: str, paragraphs: tuple[Paragraph, ...], followed: bool = False) -> bool:
    """Whether the text is cut off: it ends mid-sentence, or (Thai and other unspaced scripts) mid-word.
    followed: the page goes on under the text (its footer, other stories), so a short last line is a
    button or another story's headline left over, not the text cut off where the copy ended."""
    if not paragraphs:
        return False
    texts = [body[p.start:p.end] for p in paragraphs]
    last = texts[-1]
    if dominant_script(last) in UNPUNCTUATED_SCRIPTS:
        return ends_mid_word(last, context=body)
    if CODE_LINE.search(last):
        return False  # a technical text may end with its example: a line of code has no full stop to miss
    if _ends_text(last):
        return False
    # a signature, a date or a label left under the text ("Jane Doe", "The editors", "Nov 1, 08:20"),
    # a button or another story's headline says nothing of whether the text is whole: the paragraph
    # above it does
    for _ in range(_TRAILER_MAX):
        if len(texts) > 1 and (_is_trailer(texts[-1]) or followed and _is_label(texts[-1])):
            texts.pop()
    return not _ends_text(texts[-1])


def _is_label(text: str) -> bool:
    """Whether a last line is a button, a link or a headline under the text: a few words, no sentence
    break nor end in it ("Write to the editor", "Previous post: A week by the sea")."""
    return len(text.split()) <= _LABEL_MAX_WORDS and not _SENTENCE_BREAK.search(text) and not ends_sentence(text)


def _is_trailer(text: str) -> bool:
    """Whether a last line is a signature, a date or a label: short, and no word in lower case
    (a cut-off sentence has some: "The delegation signed agreem")."""
    return len(text) <= _TRAILER_MAX_CHARS and not any(word[:1].islower() for word in text.split())


def _ends_text(text: str) -> bool:
    """Whether a last paragraph ends as a text ends: a sentence, then perhaps a closing quotation
    mark of the German or French style (“, and » after a space, besides those a sentence end takes)
    or the agency's or writer's initials in brackets ("... on Monday. (dpa)"), an emoji, a web or
    e-mail address, or a colon."""
    text = _SIGN_OFF.sub("", text.rstrip().rstrip(" –—"))
    signed = _SIGNED.match(text)
    if signed and (_is_trailer(signed.group(2)) or _INITIALS.fullmatch(signed.group(2))):
        text = signed.group(1)  # a sentence, then the writer's name or a date on the same line
    credited = _CREDITED.match(text)
    if credited and (byline_name(credited.group(2)) or is_update(credited.group(2)) or "©" in credited.group(2)):
        text = credited.group(1)  # a sentence, then its writers, the last update or the copyright on the same line
    if _LINK_END.search(text) or text.endswith((":", "：")) or _ends_with_book_number(text):
        return True  # a press release's last line gives its address; a colon introduced an embed left out;
        # a review's, the book's ISBN
    return (ends_sentence(text) or ends_sentence(_CLOSING_QUOTES.sub("", text)) or ends_with_emoji(text)
            or attributed(text))


def _ends_with_book_number(text: str) -> bool:
    """Whether a line ends with an ISBN (a book review's details under its text)."""
    numbers = list(BOOK_NUMBER.finditer(text))
    return bool(numbers) and not text[numbers[-1].end():].strip(" .")


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
