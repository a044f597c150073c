"""Escaping: the only way input text (seeds, front matter, registry, file names) reaches a page.

Two contexts, one module. `markdown_text` is for text inside the Markdown body: it can never
become markup, a link, a heading or raw HTML. `html_text` is for values MkDocs' theme prints
without escaping (front matter title and description, HTML attributes).

Both first make the text plain (`plain_text`): one line, no control characters, no bidi
embeddings, overrides or isolates (which could make a file name or a title read backwards),
no code points that are not text (lone surrogates, U+FFFE/U+FFFF), so what a page shows is
what was written, and every value is printable in YAML front matter and UTF-8 output.
"""
from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

# Python-Markdown's backslash-escapable characters (plus "|", which the tables extension adds).
# "<", ">" and "&" are not backslash-escaped but written as entities, which Markdown passes through.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
# Every character that breaks a line somewhere (Markdown, YAML 1.1, str.splitlines), with the
# white space around it: the value is shown on one line.
_LINE_BREAKS = re.compile(r"\s*[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]\s*")
_SPACE_RUNS = re.compile(r"[ \t]{2,}|\t")
# Control characters (C0 but tab, DEL, C1) and bidi embeddings, overrides and isolates are
# dropped, as the reader drops them from article text.
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
# Code points that are no text at all: lone surrogates (from undecodable file names) and the
# two noncharacters YAML refuses.
_NOT_TEXT = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
# Anything one of the four above would change (a superset): most texts have none, and one search
# is much cheaper than four substitutions (plain_text runs over every piece of every page).
_NOT_PLAIN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]|  ")
# What `printable` shows as escapes: controls (tab aside), bidi marks and controls, line separators,
# lone surrogates.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNPRINTABLE_BUT_LF = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def plain_text(text: str) -> str:
    """The text as a page shows it: on one line, without control or bidi-override characters.

    Runs of spaces and tabs become one space, as a browser shows them anyway: in Markdown, four
    spaces at the start of a line would make a code block, two at the end a line break.
    """
    if not _NOT_PLAIN.search(text):
        return text
    text = _NOT_TEXT.sub("\ufffd", _DROPPED.sub("", text))
    return _SPACE_RUNS.sub(" ", _LINE_BREAKS.sub(" ", text))


def printable(text: str, keep_line_breaks: bool = False) -> str:
    """Text with every invisible control, bidi and line-separator character shown as an escape (\\x1b, \\u202e).

    For file names and terminal lines: a name may hold anything but "/", and must not be able to
    move the cursor, recolour the terminal, forge a line or reorder what the user reads.
    """
    pattern = _UNPRINTABLE_BUT_LF if keep_line_breaks else _UNPRINTABLE
    return pattern.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    """One character as a Python-style escape."""
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def html_text(text: str) -> str:
    """Text made inert for HTML: &, <, >, quotes become entities; line breaks become spaces."""
    return html.escape(plain_text(text), quote=True)


def markdown_text(text: str) -> str:
    """Text made inert for Markdown and HTML, shown exactly as written, on one line."""
    escaped = html.escape(plain_text(text), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar of HTML-escaped text, for front matter the theme prints raw."""
    value = html_text(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{value}"'


# What a link target may keep as it is: RFC 3986's reserved and unreserved characters, and "%" of
# escapes already there. Everything else (spaces, quotes, "<", ">", "\", non-ASCII) is percent-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def web_url(text: str | None) -> str | None:
    """An input URL (front matter `url`) made safe to link to: http(s) with a host only, percent-encoded; else None.

    Nothing else may become a link: `javascript:`, `data:` and relative URLs stay text (knowledge.json keeps them).
    """
    if not text:
        return None
    candidate = plain_text(text).strip()
    parts = urlsplit(candidate)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or candidate != candidate.strip():
        return None
    return quote(candidate, safe=_URL_SAFE)
