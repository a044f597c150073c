"""Codes of two capital letters and a number written with a space ("FR 1002", "EU 261"): one name.

A flight number is the airline's two-character IATA designator and one to four digits (IATA Resolution 762),
a regulation's number its body's two letters and the number; the press writes both glued ("FR1002") and,
less often, with a space. A space alone does not tell a code from an acronym before a figure ("NATO 2020",
"EU 27 states"), so a spaced code is taken only where the same article writes those letters glued to digits:
then they are that kind of code there.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

_GLUED = re.compile(r"(?<!\w)([A-Z]{2})\d{1,4}(?!\w)")
_SPACED = re.compile(r"(?<!\w)([A-Z]{2}) \d{1,4}(?![\w]|[.,]\d)")


def spaced_codes(body: str) -> Iterator[tuple[int, int]]:
    """The spans of codes written with a space whose letters the article also writes glued to digits."""
    glued = {match.group(1) for match in _GLUED.finditer(body)}
    for match in _SPACED.finditer(body):
        if match.group(1) in glued:
            yield match.start(), match.end()
