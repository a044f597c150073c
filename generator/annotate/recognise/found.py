"""What a recogniser reports: a name's span and the type its context gives it."""
from __future__ import annotations

from typing import NamedTuple


class Found(NamedTuple):
    """A name found in an article body: its span, and its type when the context tells it ("" if not)."""

    start: int
    end: int
    kind: str
    ref: str = ""  # the gazetteer id, when a gazetteer found the name
