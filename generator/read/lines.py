"""Lines of a seed: the unit the reader works on before paragraphs exist."""
from __future__ import annotations

from dataclasses import dataclass

from generator.lang.clutter import FOOTER_KINDS, clutter_kind, photo_credit

# A footer starts at a footer marker when everything after it is short (widget titles, links).
_FOOTER_LINE_MAX = 100


@dataclass(frozen=True)
class Line:
    """One non-empty line of a seed, with its 1-based line number in the file."""

    number: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A line taken out of the body, and why."""

    line: Line
    kind: str


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of normalised text, numbered as in the file."""
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]


def strip_clutter(lines: list[Line]) -> tuple[list[Line], list[Removed], list[str]]:
    """Separate clutter from the article: kept lines, removed lines with their kind, photo credits."""
    kept, removed, credits = [], [], []
    footer_at = _footer_start(lines)
    for index, line in enumerate(lines):
        credit = photo_credit(line.text)
        kind = "footer" if index >= footer_at else clutter_kind(line.text)
        if credit and kind is None:
            credits.append(credit)
            removed.append(Removed(line, "photo credit"))
        elif kind:
            removed.append(Removed(line, kind))
        else:
            kept.append(line)
    return kept, removed, credits


def _footer_start(lines: list[Line]) -> int:
    """The index of the first footer marker after which only short lines follow (len(lines) if none)."""
    start = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        if len(lines[index].text) > _FOOTER_LINE_MAX:
            break
        if clutter_kind(lines[index].text) in FOOTER_KINDS:
            start = index + 1  # the marker itself is removed as its own kind
    return start
