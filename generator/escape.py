"""Escaping: the only way input text (seeds, front matter, registry) reaches a page.

Two contexts, one module. `markdown_text` is for text inside the Markdown body: it can never
become markup, a link, a heading or raw HTML. `html_text` is for values MkDocs' theme prints
without escaping (front matter title and description, HTML attributes).
"""
from __future__ import annotations

import html
import re

# Python-Markdown's backslash-escapable characters (plus "|", which the tables extension adds).
# "<", ">" and "&" are not backslash-escaped but written as entities, which Markdown passes through.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def html_text(text: str) -> str:
    """Text made inert for HTML: &, <, >, quotes become entities; line breaks become spaces."""
    return html.escape(_LINE_BREAKS.sub(" ", text), quote=True)


def markdown_text(text: str) -> str:
    """Text made inert for Markdown and HTML, shown exactly as written, on one line."""
    escaped = html.escape(_LINE_BREAKS.sub(" ", text), quote=False)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar of HTML-escaped text, for front matter the theme prints raw."""
    value = html_text(text).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{value}"'
