"""The author's box at the end of an article: a short biography that starts with the byline's name."""
from __future__ import annotations

import re

from generator.lang.bylines import LEAD_ALONE, byline_name
from generator.lang.clutter import clutter_kind
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
# The label over an author's box when the themes print it alone: the word "author" (singular or
# plural, any case) in the languages of the themes' translations (WordPress, Drupal: "Author",
# "Autor", "Autorin", "Auteur", "Autore", "Автор"), or "Written by".
_AUTHOR_LABEL = re.compile(
    r"(?:authors?|autor(?:in|en|innen|ka|zy|es|a)?|auteure?s?|autore|autori|autrice|autrices|авторы?|автор[ка]?"
    r"|written\s+by|geschrieben\s+von)\s*:?", re.IGNORECASE)
# What may follow the label to the end of the text: the name, the biography, a link or two; the
# label stands in the text's last part (in its first part it is a byline's label).
_BOX_MAX_LINES = 4
_BOX_TEXT_SHARE = 3  # the box is less than a third of the text


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
    above = {line.number: previous for previous, line in zip(page, page[1:])}
    body, labelled = _labelled_box(body, above)
    if len(body) <= _LAST_PARAGRAPHS:
        return body, labelled
    box = []
    for line in body[len(body) - _LAST_PARAGRAPHS:]:
        heading = above.get(line.number)
        if _starts_with_name(line.text, names | byline_names([heading] if heading else [])):
            box.append(line)
    return [line for line in body if line not in box], labelled + [Removed(line, "author box") for line in box]


def _labelled_box(body: list[Line], above: dict[int, Line]) -> tuple[list[Line], list[Removed]]:
    """The body without an author's box under its own label ("Author", "Über den Autor") near the
    end of the article's run: the label (in the body, or removed as clutter right above it) and the
    few lines after it (the name, the biography), and the long lines given back from below the run
    (the box ends the article: what follows it is the page's teasers and comments)."""
    run = [line for line in body if not line.tail]
    for index in range(len(run) - 1, max(len(run) - 1 - _BOX_MAX_LINES, 0), -1):
        label = above.get(run[index].number)
        if _is_author_label(run[index].text) or (label and label not in body and _is_author_label(label.text)):
            box = run[index:]
            if sum(len(line.text) for line in box) * _BOX_TEXT_SHARE < sum(len(line.text) for line in run):
                below = [line for line in body if line.tail and line.number > box[0].number]
                kept = [line for line in body if line.number < box[0].number]
                return kept, [Removed(line, "author box") for line in box] + [Removed(line, "after the article") for line in below]
            break
    return body, []


def _is_author_label(text: str) -> bool:
    """Whether a line is the label of an author's box ("Author", "AUTOREN", "Über den Autor")."""
    return bool(_AUTHOR_LABEL.fullmatch(text.strip())) or clutter_kind(text) == "author heading"


def _starts_with_name(text: str, names: set[str]) -> bool:
    """Whether a paragraph (longer than a name line) starts with one of the names, then a word in
    lower case (its verb: "is", "ist", "lehrt"), as a biography does and a quotation ("Name: ...") does not."""
    if len(text) <= _NAME_LINE_MAX:
        return False
    words = text.split()
    return any(" ".join(words[:count]).casefold() in names and len(words) > count and words[count][:1].islower()
               for count in (2, 3, 4))


def joined_bylines(lines: list[Line]) -> list[Line]:
    """The lines with each byline split over two put back together ("By" / "Jane Doe" -> "By Jane Doe",
    numbered as the first): a byline's lead alone on its line and, on the next, the name it introduces."""
    joined: list[Line] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        following = lines[at + 1].text.strip() if at + 1 < len(lines) else ""
        if following and LEAD_ALONE.fullmatch(line.text):
            text = f"{line.text.strip()} {following}"
            name = byline_name(text)
            if name and following.startswith(name):
                joined.append(Line(line.number, text))
                at += 2
                continue
        joined.append(line)
        at += 1
    return joined
