"""Decode a seed's bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, else detect and report."""
from __future__ import annotations

import codecs
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
_CONFIDENT_DETECTION = 0.25  # charset-normalizer "chaos" at most this


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a seed, the encoding used, and whether that was a guess worth reporting."""

    text: str
    encoding: str
    guessed: bool = False


def decode_bytes(raw: bytes) -> Decoded:
    """Decode a seed's bytes, or raise SeedError saying why it cannot be read as text."""
    if not raw:
        raise SeedError("the file is empty", "add the article's text or remove the file")
    if not raw.strip():
        raise SeedError("the file holds only white space", "add the article's text or remove the file")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(_decode_marked(raw, encoding))
    try:
        return _checked(Decoded(raw.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        return _checked(_detected(raw))


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


def _detected(raw: bytes) -> Decoded:
    """Decode bytes that are not UTF-8 with the encoding charset-normalizer finds most likely."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > _CONFIDENT_DETECTION:
        raise SeedError(
            "the file is not UTF-8 and its encoding cannot be recognised (binary data?)",
            "save the article as UTF-8 text",
        )
    return Decoded(str(best), codecs.lookup(best.encoding).name, guessed=True)


def _checked(decoded: Decoded) -> Decoded:
    """Refuse text that is really binary data or holds nothing but white space."""
    text = decoded.text
    if not text.strip():
        raise SeedError("the file holds only white space", "add the article's text or remove the file")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise SeedError("the file looks like binary data, not text", "give the seed folder text files only")
    return decoded
