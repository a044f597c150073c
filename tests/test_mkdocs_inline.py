"""Inline patterns tried only where they can match (generator/mkdocs_cache/inline.py): always Python-Markdown's HTML.

Every text is converted twice, by plain Python-Markdown and with the extension, with the site's
extensions (mkdocs.yml), and the HTML must be the same: a table of texts for each pattern, and
thousands of random texts made of the characters the patterns look for.
"""
from __future__ import annotations

import random

import markdown
import pytest
from markdown.inlinepatterns import InlineProcessor as PatternProcessor

from generator.mkdocs_cache.inline import SkipUnmatchablePatterns, tree_text, unmatchable

SITE_EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]


def html(text: str, skipping: bool) -> str:
    """The text as HTML, with or without the extension."""
    extensions = SITE_EXTENSIONS + ([SkipUnmatchablePatterns()] if skipping else [])
    return markdown.Markdown(extensions=extensions).convert(text)


def skipped(text: str) -> list[str]:
    """The patterns set aside for this text, as the inline stage finds it."""
    md = markdown.Markdown(extensions=SITE_EXTENSIONS)
    found = []

    class Spy(markdown.treeprocessors.Treeprocessor):
        def run(self, root):
            found.extend(unmatchable(self.md, tree_text(root)))

    md.treeprocessors.register(Spy(md), "spy", 21)
    md.convert(text)
    return found


CASES = {
    "plain words": "Just words, nothing else.",
    "code": "Some `code` and ``two `ticks` `` and \\`escaped\\`.",
    "escapes": "Not \\*emphasis\\*, not \\[a link\\], a \\\\ backslash.",
    "link": "[a link](<page.md>){: .dossier-mention } and [another](http://example.com \"title\").",
    "reference": "[a reference][ref] and [ref] and [ref][]\n\n[ref]: http://example.com",
    "reference without definition": "[a reference][ref] and [ref] and [ref][]",
    "image": "![alt](pic.png) and ![alt][pic]\n\n[pic]: pic.png",
    "image without definition": "![alt](pic.png) and ![alt][pic] and ![pic]",
    "bang before a link": "Wow![not an image](page.md)",
    "autolink": "<https://www.wikidata.org/wiki/Q1> and <ftp://x.org/y>",
    "autolink lookalike": "<not a link> a://b <b>bold</b>",
    "automail": "<someone@example.com> and someone@example.com",
    "line break": "first line  \nsecond line\nthird",
    "tab line break": "first line\t\t\nsecond",
    "html": "<span class=\"x\">inline</span> <!-- comment --> <strong>strong</strong>",
    "entities": "&amp; &#x27; &#39; &copy; & alone",
    "emphasis": "*em* **strong** ***both*** _under_ __dunder__ snake_case_word",
    "markdown in html": "<div class=\"q\" markdown>\n\n[x](<y.md>) and `c` and ![i][r]\n\n</div>\n\n[r]: i.png",
    "table": "| a | `b` |\n|---|---|\n| [c](d.md) | <e@f.g> |",
    "admonition": "!!! note \"[not a link]\"\n\n    `code` and [link](x.md)",
    "heading attributes": "# Title `x` {: #title }\n\nText {: .c }",
    "list": "- [one](a.md)\n- `two`\n- ![three](b.png)",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_html_as_python_markdown(name):
    text = CASES[name]
    assert html(text, skipping=True) == html(text, skipping=False)


def test_random_texts_give_the_same_html():
    # The pieces each pattern looks for, and words and line breaks around them.
    pieces = ["`", "``", "\\", "[", "]", "(", ")", "!", "<", ">", "://", "@", "&", ";", "#", "*", "_", "  \n", "\n",
              "\n\n", "word", " ", "x.md", "http", "amp", "span", "{: .c }", "[r]: u", "|", "-", "\t"]
    generator = random.Random(14)
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 40)))
        assert html(text, skipping=True) == html(text, skipping=False), repr(text)


def test_patterns_a_page_cannot_match_are_set_aside():
    assert set(skipped("Just words.")) >= {"backtick", "escape", "reference", "link", "image_link", "autolink",
                                           "automail", "linebreak", "html", "entity"}
    assert "em_strong" not in skipped("Just words.")  # not a stock pattern this extension knows: always tried
    links = skipped("[a](b.md) and <span>x</span>")
    assert "link" not in links and "html" not in links and "autolink" in links
    assert {"reference", "short_reference"} <= set(links)  # no definition on the page
    assert not {"reference", "short_reference"} & set(skipped("[a][r]\n\n[r]: http://example.com"))


def test_a_pattern_another_extension_registered_is_always_tried():
    md = markdown.Markdown(extensions=SITE_EXTENSIONS)

    class Other(PatternProcessor):
        def handleMatch(self, m, data):
            return None, None, None

    md.inlinePatterns.register(Other(r"\[", md), "link", 160)
    assert "link" not in unmatchable(md, "no brackets here")
    assert "backtick" in unmatchable(md, "no brackets here")


def test_only_python_markdowns_own_inline_stage_is_replaced():
    class OwnStage(markdown.treeprocessors.InlineProcessor):
        pass

    class Replaces(markdown.extensions.Extension):
        def extendMarkdown(self, md):
            md.treeprocessors.register(OwnStage(md), "inline", 20)

    md = markdown.Markdown(extensions=[Replaces(), SkipUnmatchablePatterns()])
    assert type(md.treeprocessors["inline"]) is OwnStage
    md = markdown.Markdown(extensions=[SkipUnmatchablePatterns()])
    assert type(md.treeprocessors["inline"]) is not markdown.treeprocessors.InlineProcessor


def test_the_page_keeps_every_pattern_after_converting():
    md = markdown.Markdown(extensions=SITE_EXTENSIONS + [SkipUnmatchablePatterns()])
    before = [type(p) for p in md.inlinePatterns]
    md.convert("Just words.")
    assert [type(p) for p in md.inlinePatterns] == before
    md.reset()
    assert md.convert("`code` and [a](b.md)") == html("`code` and [a](b.md)", skipping=False)
