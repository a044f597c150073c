"""Normalise decoded text: line endings, Unicode form, spaces, invisible and bidi-control characters."""
from __future__ import annotations

import re
import unicodedata

from generator.lang.scripts import compose_thai_sara_am

# Bidi embeddings, overrides and isolates can reorder what a reader sees; they are dropped.
# Zero-width space and the BOM carry nothing in article text. ZWJ/ZWNJ are kept: they
# change how Persian, Arabic and Indic words are written.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_SPACES = re.compile(r"[^\S\n]+")  # any white space but the line break, no-break spaces included
# C0 and C1 control characters (but tab, line feed, carriage return and NEL, which are white
# space), lone surrogates and the noncharacters U+FFFE/U+FFFF: no article text, and YAML and
# UTF-8 output refuse them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def normalise_text(text: str) -> str:
    """LF line endings, NFC, composed Thai SARA AM, one plain space for any run of spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    text = compose_thai_sara_am(text)
    text = _CONTROLS.sub("", text.translate(_INVISIBLE))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)
