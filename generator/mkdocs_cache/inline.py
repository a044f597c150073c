"""Python-Markdown's inline patterns, each tried only on a page where it can match: the same HTML, sooner.

Python-Markdown tries every inline pattern on every piece of a page's text, and each try costs
whether or not it matches. On the generator's pages (about 150 links a page on a list of mentions)
the four reference-link patterns alone parse the brackets of every link again and never match:
a reference link needs a definition (`[id]: url`) on the page, and the pages have none. So just
before the inline stage, this extension looks at the page's parsed text and sets aside the stock
patterns that cannot match it:

- the reference patterns, when the page defines no reference;
- a pattern whose regular expression needs a character (or a few characters in a row) that the
  page's text does not hold, as `backtick` needs "`" and `autolink` needs "<" and "://".

Why that is the same HTML: inline patterns only ever see the text of the parsed tree (each
element's text and tail) and pieces of it, in which earlier patterns replace what they match with
placeholders (control characters, letters and digits); they never remove text, so no pattern sees a
character, or a run of characters, that the tree's text lacks. A pattern is set aside only when it
is the stock one (its class and its expression as Python-Markdown registers them): another
extension's pattern under the same name is always tried. Measured on the pages of 1,000 generated
articles: about a fifth less conversion time, the HTML of every page unchanged
(tests/test_mkdocs_inline.py compares it with plain Python-Markdown's).
"""
from __future__ import annotations

from markdown import inlinepatterns as stock
from markdown.extensions import Extension
from markdown.treeprocessors import InlineProcessor

# Pattern name -> (its stock class, its stock expression, what its expression needs in the text, whether
# it resolves references). The needs are read off each expression in markdown/inlinepatterns.py.
_STOCK = {
    "backtick": (stock.BacktickInlineProcessor, stock.BACKTICK_RE, ("`",), False),
    "escape": (stock.EscapeInlineProcessor, stock.ESCAPE_RE, ("\\",), False),
    "reference": (stock.ReferenceInlineProcessor, stock.REFERENCE_RE, ("[",), True),
    "link": (stock.LinkInlineProcessor, stock.LINK_RE, ("[",), False),
    "image_link": (stock.ImageInlineProcessor, stock.IMAGE_LINK_RE, ("![",), False),
    "image_reference": (stock.ImageReferenceInlineProcessor, stock.IMAGE_REFERENCE_RE, ("![",), True),
    "short_reference": (stock.ShortReferenceInlineProcessor, stock.REFERENCE_RE, ("[",), True),
    "short_image_ref": (stock.ShortImageReferenceInlineProcessor, stock.IMAGE_REFERENCE_RE, ("![",), True),
    "autolink": (stock.AutolinkInlineProcessor, stock.AUTOLINK_RE, ("<", "://"), False),
    "automail": (stock.AutomailInlineProcessor, stock.AUTOMAIL_RE, ("<", "@"), False),
    "linebreak": (stock.SubstituteTagInlineProcessor, stock.LINE_BREAK_RE, ("  \n",), False),
    "html": (stock.HtmlInlineProcessor, stock.HTML_RE, ("<",), False),
    "entity": (stock.HtmlInlineProcessor, stock.ENTITY_RE, ("&",), False),
}


def unmatchable(md, text: str) -> list[str]:
    """The names of the stock inline patterns that cannot match in this text (with md's references)."""
    names = []
    for name, (kind, expression, needs, references) in _STOCK.items():
        item = md.inlinePatterns[name] if name in md.inlinePatterns else None
        if type(item) is not kind or getattr(item, "pattern", None) != expression:
            continue  # not the stock pattern: always tried
        if any(piece not in text for piece in needs) or (references and not md.references):
            names.append(name)
    return names


def tree_text(tree) -> str:
    """Every text and tail of a parsed tree: what the inline stage will see (pieces of it)."""
    return "".join(piece for element in tree.iter() for piece in (element.text, element.tail) if piece)


class _PatternsThatCanMatch(InlineProcessor):
    """Python-Markdown's inline stage, run with the patterns that can match the page's text."""

    def run(self, tree, ancestors=None):
        text = tree_text(tree)
        patterns = self.md.inlinePatterns[:]  # a copy: the page's own Markdown keeps every pattern
        for name in unmatchable(self.md, text):
            patterns.deregister(name)
        self.inlinePatterns = patterns
        try:
            return super().run(tree, ancestors)
        finally:
            self.inlinePatterns = self.md.inlinePatterns


class SkipUnmatchablePatterns(Extension):
    """Run the inline stage with only the patterns that can match (when it is Python-Markdown's own)."""

    def extendMarkdown(self, md):
        if type(md.treeprocessors["inline"]) is InlineProcessor:
            # In its place: Python-Markdown registers its inline stage at priority 20 (treeprocessors.py).
            md.treeprocessors.register(_PatternsThatCanMatch(md), "inline", 20)
