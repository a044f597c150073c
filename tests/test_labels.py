"""Labels through gettext catalogs: every message in every catalog, CLDR plural forms, the site's language, safe URLs."""
from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from generator.escape import web_url
from generator.lang.labels import (CATALOG_DIR, catalog_languages, catalog_path, configured_language, label_lang,
                                   set_site_language, site_language, tr, trn)
from generator.lang.locale import format_range, unbreakable

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["ar", "de", "ru", "th"]


def _messages_in_code() -> set[str]:
    """Every message the generator's code and templates ask for (Babel's extraction, as generator/locale/README.md runs it)."""
    method_map = [("generator/render/**.py", "python"), ("generator/templates/**.j2", "jinja2")]
    options = {"generator/templates/**.j2": {"trim_blocks": "True", "lstrip_blocks": "True"}}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "tr": (2,), "trn": (2, 3)}
    found = set()
    for _, _, message, _, _ in extract_from_dir(str(ROOT), method_map, options, keywords=keywords):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_catalogs_of_the_seed_languages_exist():
    """A catalog for each seed language; English needs none (its messages are the labels)."""
    assert set(LANGUAGES) <= set(catalog_languages()) and "en" in catalog_languages()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    """Each catalog translates every message of the code, with as many plural forms as CLDR gives the language."""
    with catalog_path(lang).open("rb") as stream:
        catalog = read_po(stream, locale=lang)
    assert catalog.num_plurals == get_plural(lang).num_plurals  # Babel's gettext rule from CLDR
    translated = {(m.id[0] if isinstance(m.id, tuple) else m.id): m for m in catalog if m.id and m.string}
    missing = _messages_in_code() - set(translated)
    assert not missing, f"{lang}: untranslated {sorted(missing)}"
    for message in translated.values():
        if isinstance(message.id, tuple):
            assert len(message.string) == catalog.num_plurals and all(message.string), message.id


@pytest.mark.parametrize(("lang", "counts"), [
    # CLDR plural categories: Arabic zero/one/two/few (3-10)/many (11-99)/other (100-102).
    ("ar", {0: "0 مقالة", 1: "مقالة واحدة", 2: "مقالتان", 3: "3 مقالات", 11: "11 مقالة", 100: "100 مقالة"}),
    # Russian one (1, 21), few (2-4), many (5-20).
    ("ru", {1: "1 статья", 2: "2 статьи", 5: "5 статей", 21: "21 статья", 22: "22 статьи"}),
    ("de", {1: "1 Artikel", 2: "2 Artikel"}),
    ("th", {1: "1 บทความ", 7: "7 บทความ"}),
    ("en", {1: "1 article", 2: "2 articles", 0: "0 articles"}),
])
def test_plural_forms(lang, counts):
    """The plural form each language's rule picks (no "1 articles")."""
    for n, expected in counts.items():
        assert trn(lang, "{n} article", "{n} articles", n) == expected


@pytest.mark.parametrize(("lang", "expected"), [("ar", "تاريخ النشر"), ("de", "Veröffentlicht"), ("ru", "Опубликовано"),
                                                ("th", "เผยแพร่"), ("en", "Published"), ("sw", "Published")])
def test_label_falls_back_to_english(lang, expected):
    """A language without a catalog (Swahili here) gets the English label, and its lang attribute says so."""
    assert tr(lang, "Published") == expected
    assert label_lang(lang) == (lang if lang != "sw" else "en")


def test_site_language_from_mkdocs_yml(tmp_path):
    """theme.language of mkdocs.yml is the site's language; MkDocs' own tags do not stop the reading."""
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\ntheme:\n  name: material\n  language: de\nextra:\n  key: !ENV [X, y]\n", encoding="utf-8")
    assert configured_language(config) == "de"
    assert configured_language(tmp_path / "missing.yml") is None
    before = site_language()
    try:
        set_site_language("ru")
        assert site_language() == "ru"
    finally:
        set_site_language(before)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Oct 11\u2009–\u200913, 2023"), ("de", "11.–13. Okt. 2023"), ("ru", "11–13 окт. 2023\u202fг."),
])
def test_ranges_use_babel_interval_formats(lang, expected):
    """Date ranges are Babel's interval formats of the locale (read from CLDR, not hand-written)."""
    assert format_range(dt.date(2023, 10, 11), dt.date(2023, 10, 13), "day", lang) == expected


def test_dates_do_not_wrap():
    """A date shown on a page has no breakable space left."""
    shown = unbreakable(format_range(dt.date(2023, 10, 11), dt.date(2023, 11, 28), "day", "en"))
    assert " " not in shown and "\u2009" not in shown


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a b", "https://example.org/a%20b"),
    ("http://example.org/x?q=\"<1>\"", "http://example.org/x?q=%22%3C1%3E%22"),
    ("javascript:alert(1)", None), ("JavaScript://example.org/%0aalert(1)", None), ("data:text/html,<b>", None),
    ("//example.org/x", None), ("/etc/passwd", None), ("http:///x", None), ("", None), (None, None),
])
def test_only_web_urls_become_links(url, expected):
    """Front matter `url` becomes a link only as http(s) with a host, percent-encoded."""
    assert web_url(url) == expected
