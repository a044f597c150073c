"""Table-driven tests of the two modules every page depends on: escaping and slugs."""
import html

import markdown
import pytest

from generator.escape import html_text, markdown_text, yaml_string
from generator.slugs import TakenSlugs, article_id, relative_link, slugify, unique

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![x](data:text/html,<b>x</b>)",
    "# not a heading",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "| a | b |",
    "**not bold** _not italic_ `not code`",
    "{: onclick=alert(1) }",
    "&lt;already escaped&gt; & ampersand",
    "back\\slash \\*",
    "{{ jinja }} {% raw %}",
    "<http://autolink.example>",
]


def render(text: str) -> str:
    """Render Markdown with the extensions the site uses."""
    return markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables", "admonition", "toc"])


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_is_shown_literally(text):
    """Escaped text renders as one paragraph whose text is exactly the input: no markup, no link."""
    out = render(markdown_text(text))
    assert out.startswith("<p>") and out.endswith("</p>") and out.count("<") == 2
    assert html.unescape(out[3:-4]) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_has_no_markup(text):
    """HTML-escaped text has no tag, attribute or entity of its own."""
    escaped = html_text(text)
    assert "<" not in escaped and '"' not in escaped and html.unescape(escaped) == text


def test_yaml_string_round_trips():
    """Front matter strings are valid YAML holding HTML-escaped text."""
    import yaml
    text = 'Title: "quoted" \\ <b>bold</b>'
    assert yaml.safe_load(f"title: {yaml_string(text)}")["title"] == html_text(text)


@pytest.mark.parametrize("text,slug", [
    ("Hao Peng led economic and trade delegation from Liaoning Province to visit Germany",
     "hao-peng-led-economic-and-trade-delegation-from-liaoning"),
    ("Миссия в Китай. Тверская область", "миссия-в-китай-тверская-область"),
    ("شنيانغ، 26 أكتوبر", "شنيانغ-26-أكتوبر"),
    ("ลี่อนิงมุ่งมั่นส่งเสริม", "ลี่อนิงมุ่งมั่นส่งเสริม"),
    ("辽宁省代表团访问德国", "辽宁省代表团访问德国"),
    ("Saudi-Arabien / Saudi Arabien", "saudi-arabien-saudi-arabien"),
    ("../../etc/passwd", "etc-passwd"),
    ("CON", "con-page"),
    ("", "untitled"),
    ("!!! ???", "untitled"),
    ("ก" * 60 + "ี" + "ข" * 10, "ก" * 59),
], ids=["en", "ru", "ar", "th", "zh", "hyphen", "traversal", "windows-reserved", "empty", "punctuation", "thai-cut-before-mark"])
def test_slugify(text, slug):
    """Slugs keep letters of every script, drop the rest, stay short, never empty or reserved."""
    assert slugify(text) == slug


def test_article_ids_and_unique_slugs():
    """Ids come from file paths; taken slugs get a numeric suffix."""
    assert article_id("000_19d5bed1d5b90f32.txt") == "000-19d5bed1d5b90f32"
    assert article_id("folder/My File.md") == "folder-my-file"
    taken = {"index"}
    assert [unique("index", taken), unique("index", taken), unique("a", taken)] == ["index-2", "index-3", "a"]


@pytest.mark.parametrize("already, asked", [
    ({"index"}, ["index", "index", "a", "index"]),
    (set(), ["a", "a", "a-2", "a", "a-3", "a"]),  # a suffixed slug asked for itself, then its base again
    ({"a-3", "a-5"}, ["a", "a", "a", "a", "a"]),  # suffixes taken before the first ask are skipped
    ({"a", "a-2"}, ["b", "a", "a-3", "a", "a-4-2", "a-4", "a"]),
    (set(), ["a", "a", "+a-4", "+a-3", "a", "a", "a"]),  # "+": the caller adds the slug itself between asks
])
def test_taken_slugs_give_the_suffixes_a_plain_set_gives(already, asked):
    """TakenSlugs starts its search at the suffix it last found free: the same slugs as a plain set, in the same order."""
    plain, hinted = set(already), TakenSlugs(already)
    from_plain, from_hinted = [], []
    for slug in asked:
        if slug.startswith("+"):
            plain.add(slug[1:]), hinted.add(slug[1:])
            continue
        from_plain.append(unique(slug, plain))
        from_hinted.append(unique(slug, hinted))
    assert from_hinted == from_plain
    assert len(set(from_hinted)) == len(from_hinted)
    assert hinted == plain


@pytest.mark.parametrize("source,target,anchor,link", [
    ("index.md", "ar/x.md", "", "ar/x.md"),
    ("ar/index.md", "ar/x.md", "p2", "x.md#p2"),
    ("ar/x.md", "index.md", "", "../index.md"),
    ("ar/x.md", "report.md", "file-a", "../report.md#file-a"),
    ("entities/x.md", "entities/x--p2.md", "", "x--p2.md"),
    ("entities/x.md", "entities/x.md", "", "x.md"),
    ("a/b/c.md", "a/d/e.md", "", "../d/e.md"),
    ("a/b/c.md", "a/b/d/e.md", "", "d/e.md"),
    ("ru/миссия.md", "entities/гессен.md", "", "../entities/гессен.md"),
])
def test_relative_links(source, target, anchor, link):
    """Links between docs pages are relative, so the site works from any folder."""
    assert relative_link(source, target, anchor) == link


def test_relative_links_are_what_posixpath_says():
    # relative_link computes relpath itself (no os.getcwd); every pair of these paths must agree with posixpath.
    import posixpath

    pages = ["index.md", "a.md", "ar/x.md", "ar/y/z.md", "ar/y/w.md", "arx/x.md", "entities/x--p2.md", "a/b/c/d.md",
             "ar/../b.md", "./a.md", "ar//x.md", "/abs.md"]
    for source in pages:
        for target in pages:
            assert relative_link(source, target) == posixpath.relpath(target, posixpath.dirname(source) or "."), (source, target)


def test_plain_text_takes_its_shortcut_only_when_nothing_would_change():
    # plain_text returns a text none of its four substitutions would change as it is (one search instead);
    # the substitutions themselves, applied to random texts of the characters they look for, must agree.
    import random

    from generator import escape
    from generator.escape import plain_text

    def substituted(text: str) -> str:
        text = escape._NOT_TEXT.sub("\ufffd", escape._DROPPED.sub("", text))
        return escape._SPACE_RUNS.sub(" ", escape._LINE_BREAKS.sub(" ", text))

    pieces = [chr(c) for c in [*range(0x20), *range(0x7f, 0xa0)]] + [
        "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ud800", "\udfff", "\ufffe", "\uffff",
        "\u061c", "\u200e", " ", "  ", "a", "Ж", "ไทย", "\u00a0", "\u3000"]
    generator = random.Random(37)
    for _ in range(20000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 6)))
        assert plain_text(text) == substituted(text), repr(text)
