"""The author's box at the end of an article: a short biography that starts with the byline's name."""
from __future__ import annotations

import re

from generator.lang.bylines import byline_name
from generator.read.lines import Line, Removed

# Sites print the author's biography under the text ("Jane Doe is a reporter at ..."), and it
# starts with the name their byline gave above the text: a person named in the byline and again
# at the start of one of the text's last paragraphs is the author introduced, not the article's
# subject (whose name stands in the headline, not alone in a byline).
_LAST_PARAGRAPHS = 4
_NAME_LINE_MAX = 80  # a byline or a name line is short; a paragraph naming the author is not one
# A name: two to four capitalised words (hyphens and apostrophes inside: "Jean-Luc", "O'Neill").
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PARTS = re.compile(r"\s+[|·•/–—-]\s+|\s*[|·•]\s*")


def byline_names(lines: list[Line]) -> set[str]:
    """The authors' names that short lines of a page's head give: after a byline lead ("By Jane
    Doe"), alone on their line, or as one part of a dated line ("12.01.2024 - Jane Doe - 5 comments")."""
    names = set()
    for line in lines:
        if len(line.text) > _NAME_LINE_MAX:
            continue
        lead = byline_name(line.text)
        parts = [lead] if lead else _PARTS.split(line.text.strip())
        names.update(part.casefold() for part in parts if part and _is_name(part))
    return names


def _is_name(text: str) -> bool:
    """Whether a text is two to four capitalised words (a person's name, by its shape)."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words)


def author_box(body: list[Line], names: set[str], page: list[Line]) -> tuple[list[Line], list[Removed]]:
    """The body without the author's biography among its last paragraphs, and the lines removed.

    names: the authors the page's head names; page: every line of the page, where the box's
    heading (the name alone on the line above the biography) is looked for.
    """
    if len(body) <= _LAST_PARAGRAPHS:
        return body, []
    above = {line.number: previous for previous, line in zip(page, page[1:])}
    box = []
    for line in body[len(body) - _LAST_PARAGRAPHS:]:
        heading = above.get(line.number)
        if _starts_with_name(line.text, names | byline_names([heading] if heading else [])):
            box.append(line)
    return [line for line in body if line not in box], [Removed(line, "author box") for line in box]


def _starts_with_name(text: str, names: set[str]) -> bool:
    """Whether a paragraph (longer than a name line) starts with one of the names, then a word in
    lower case (its verb: "is", "ist", "lehrt"), as a biography does and a quotation ("Name: ...") does not."""
    if len(text) <= _NAME_LINE_MAX:
        return False
    words = text.split()
    return any(" ".join(words[:count]).casefold() in names and len(words) > count and words[count][:1].islower()
               for count in (2, 3, 4))
