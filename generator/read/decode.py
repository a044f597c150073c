"""Decode a seed's bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, else detect and report.

Detected cases, each reported with a warning: UTF-16 without a byte-order mark (recognised by its
zero bytes, all on one side of the 16-bit units), UTF-8 with a few damaged bytes (decoded as UTF-8,
the bad bytes replaced by U+FFFD, rather than guessed as a legacy encoding, which would garble
every other non-ASCII letter), and legacy encodings (Windows-1251, Windows-1256, ...) found by
charset-normalizer.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from generator.errors import SeedError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters above which a decoded text is taken for binary data.
_MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # Unicode category Cc but \t \n \r \f
_CONFIDENT_DETECTION = 0.25  # charset-normalizer "chaos" at most this
# UTF-16 without BOM: at least this share of the 16-bit units have a zero high byte (spaces,
# digits, punctuation and line breaks in any script; every letter in Latin script) ...
_UTF16_MIN_ZERO_SHARE = 0.01
# ... and the other byte of the units is zero at most this often relative to it (binary data
# has zero bytes on both sides).
_UTF16_MAX_OTHER_SIDE = 0.05
# Damaged UTF-8: read as UTF-8 when well-formed multi-byte characters outnumber bad bytes this much
# (in a legacy encoding they are rare: almost every non-ASCII byte there is a bad one).
_UTF8_GOOD_PER_BAD = 2
_UTF8_MIN_GOOD = 4
_REPLACEMENT = "\ufffd"
_PLAUSIBLE_SAMPLE = 10_000


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a seed, the encoding used, and whether that was a guess worth reporting."""

    text: str
    encoding: str
    guessed: bool = False
    damaged: int = 0  # bytes that were not valid in the encoding, replaced by U+FFFD


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a seed's bytes, or raise SeedError saying why it cannot be read as text."""
    if not raw:
        raise SeedError("the file is empty", "add the article's text or remove the file")
    if not raw.strip():
        raise SeedError("the file holds only white space", "add the article's text or remove the file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(_decode_marked(raw, encoding))
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _checked(utf16)
    try:
        return _checked(Decoded(raw.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        return _checked(_damaged_utf8(raw) or _detected(raw))


def _decode_marked(raw: bytes, encoding: str) -> Decoded:
    """Decode bytes whose byte-order mark names the encoding; bad bytes after it make it unreadable."""
    try:
        return Decoded(raw.decode(encoding, errors="strict"), encoding)
    except UnicodeDecodeError as error:
        name = encoding.upper().removesuffix("-SIG")
        raise SeedError(
            f"the file starts with a {name} byte-order mark but byte {error.start} is not valid {name}",
            "re-save the file as UTF-8",
        ) from None


def _utf16_without_bom(raw: bytes) -> Decoded | None:
    """UTF-16 text without a byte-order mark, recognised by zero bytes on one side of each unit."""
    if len(raw) < 8 or len(raw) % 2:
        return None
    units = len(raw) // 2
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= _UTF16_MIN_ZERO_SHARE * units and other <= _UTF16_MAX_OTHER_SIDE * zeros:
            try:
                text = raw.decode(encoding, errors="strict")
            except UnicodeDecodeError:
                return None
            return Decoded(text, encoding, guessed=True) if _plausible(text) else None
    return None


def _plausible(text: str) -> bool:
    """Whether decoded text reads as text: its start is almost all letters, marks, digits, punctuation, spaces."""
    sample = text[:_PLAUSIBLE_SAMPLE]
    odd = sum(1 for ch in sample if unicodedata.category(ch)[0] not in "LMNPZS" and ch not in "\n\r\t")
    return odd <= _MAX_CONTROL_SHARE * len(sample)


def _damaged_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a damaged copy), decoded with the bad bytes replaced; else None."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count(_REPLACEMENT) - raw.count(_REPLACEMENT.encode("utf-8"))
    good = len(text) - len(text.encode("ascii", errors="ignore")) - text.count(_REPLACEMENT)
    if good >= _UTF8_MIN_GOOD and good >= _UTF8_GOOD_PER_BAD * bad:
        return Decoded(text, "utf-8", damaged=bad)
    return None


def _detected(raw: bytes) -> Decoded:
    """Decode bytes that are not UTF-8 with the encoding charset-normalizer finds most likely."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(raw).best()
        text = str(best) if best is not None else None
    except (LookupError, UnicodeError, ValueError):
        best = text = None
    if best is None or text is None or best.chaos > _CONFIDENT_DETECTION:
        raise SeedError(
            "the file is not UTF-8 and its encoding cannot be recognised (binary data?)",
            "save the article as UTF-8 text",
        )
    return Decoded(text, codecs.lookup(best.encoding).name, guessed=True)


def _checked(decoded: Decoded) -> Decoded:
    """Refuse text that is really binary data or holds nothing but white space."""
    text = decoded.text
    if not text.strip():
        raise SeedError("the file holds only white space", "add the article's text or remove the file")
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise SeedError("the file looks like binary data, not text", "give the seed folder text files only")
    return decoded
