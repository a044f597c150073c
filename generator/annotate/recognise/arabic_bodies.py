"""Arabic bodies named in quotation marks after the noun that says what they are.

Arabic news writes a company's, a magazine's or an association's foreign or invented name in quotation marks right
after its head noun (مجلة "…", the magazine "…"; شركة «…») or after the office of the person who heads it (رئيس "…",
the president of "…"). Without capitals a quoted phrase alone may be any quotation; after these nouns it is a name.
"""
from __future__ import annotations

import re
from typing import Iterator

from generator.annotate.recognise.found import Found
from generator.annotate.recognise.tokens import Token
from generator.lang.arabic import ORGANISATION_HEADS
from generator.lang.namewords import ORGANISATION_WORDS

# Heads of a body beyond namewords and arabic.ORGANISATION_HEADS: magazine, and the offices that head a body
# (president, director, founder of).
_MORE_HEADS = frozenset("مجلة المجلة رئيس رئيسة مدير مديرة مؤسس".split())
_QUOTED = re.compile(r' ?["«“]([\u0621-\u064a\u0671-\u06d3][\u0621-\u064a\u0671-\u06d3 \-]{1,60}?)["»”]')
_QUOTED_WORDS = 4  # words of a quoted name, at most (a longer quotation is what someone said)


def quoted_bodies(body: str, tokens: list[Token]) -> Iterator[Found]:
    """A quoted name of up to four words right after a body's head noun or the office that heads it."""
    heads = frozenset(ORGANISATION_WORDS["ar"].split()) | ORGANISATION_HEADS | _MORE_HEADS
    for token in tokens:
        if token.text not in heads:
            continue
        match = _QUOTED.match(body, token.end)
        if match and len(match.group(1).split()) <= _QUOTED_WORDS:
            yield Found(match.start(1), match.end(1), "organisation")
