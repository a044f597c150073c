"""The seed site as a reader meets it: each page in its language and direction, labels in it, no accessibility faults."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from selenium.webdriver.common.by import By

from generator.lang.labels import CATALOG_DIR, tr

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "generator" / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
TRANSLATED = ["ar", "de", "ru", "th"]
# Body text, quotes, names and titles are the articles' own words: what is left of an article page is labels.
CONTENT = "h1, .dossier-subtitle, [id^='p'], a, .dossier-quote, span[lang]"


@pytest.fixture(scope="module")
def knowledge(built_site) -> dict:
    return json.loads((built_site / "site" / "knowledge.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site_root(built_site) -> str:
    return (built_site / "site").as_uri() + "/"


def _page_types(knowledge: dict) -> dict[str, str]:
    """One page of each type of the seed site."""
    articles = {a["lang"]: a["url"] for a in knowledge["articles"]}
    entity = max(knowledge["entities"], key=lambda e: len(e["mentions"]))
    return {
        "home": "index.html", "language index": "ar/index.html", "article en": articles["en"], "article ar": articles["ar"],
        "article th": articles["th"], "entity": entity["url"], "entities index": "entities/index.html",
        "event": knowledge["events"][0]["url"], "timeline": "events/index.html", "story": knowledge["stories"][0]["url"],
        "stories index": "stories/index.html", "build report": "report.html",
    }


def _html_attributes(driver) -> tuple[str, str]:
    return driver.execute_script("return [document.documentElement.lang, document.documentElement.dir]")


def test_every_page_has_its_language_and_direction(driver, site_root, knowledge):
    """<html lang dir> is the article's language on article pages, the site's (English) on pages about many languages."""
    for article in knowledge["articles"]:
        driver.get(site_root + article["url"])
        assert _html_attributes(driver) == [article["lang"], "rtl" if article["lang"] == "ar" else "ltr"], article["url"]
    for name, page in _page_types(knowledge).items():
        if not name.startswith(("article", "language")):
            driver.get(site_root + page)
            assert _html_attributes(driver) == ["en", "ltr"], page
    driver.get(site_root + "ar/index.html")
    assert _html_attributes(driver) == ["ar", "rtl"]


def test_arabic_page_mirrors_the_whole_layout(driver, site_root, knowledge):
    """On an Arabic page the navigation is on the right, the table of contents on the left, the drawer button on the right."""
    article = next(a for a in knowledge["articles"] if a["lang"] == "ar")
    driver.set_window_size(1400, 1000)
    try:
        driver.get(site_root + article["url"])
        content = driver.find_element(By.CSS_SELECTOR, ".md-content").rect
        navigation = driver.find_element(By.CSS_SELECTOR, ".md-sidebar--primary").rect
        contents = driver.find_element(By.CSS_SELECTOR, ".md-sidebar--secondary").rect
        assert navigation["x"] >= content["x"] + content["width"] - 1, (navigation, content)
        assert contents["x"] + contents["width"] <= content["x"] + 1, (contents, content)
        driver.set_window_size(390, 900)
        driver.get(site_root + article["url"])
        width = driver.execute_script("return window.innerWidth")
        drawer_button = driver.find_element(By.CSS_SELECTOR, "label.md-header__button[for='__drawer']").rect
        assert drawer_button["x"] > width / 2, drawer_button
        assert driver.execute_script("return getComputedStyle(document.body).direction") == "rtl"
    finally:
        driver.set_window_size(1280, 1000)


def _english_labels() -> list[str]:
    """The English labels (catalog messages) without values to fill in."""
    with (CATALOG_DIR / "dossier.pot").open("rb") as stream:
        return [m.id for m in read_po(stream) if m.id and isinstance(m.id, str) and "{" not in m.id]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_english_label_on_an_article_page(driver, site_root, knowledge, lang):
    """What an article page says besides the article (names and quotes aside) is in its language, Material's strings too."""
    article = next(a for a in knowledge["articles"] if a["lang"] == lang)
    driver.get(site_root + article["url"])
    labels = driver.execute_script(
        "const copy = document.querySelector('article.dossier-article').cloneNode(true);"
        "copy.querySelectorAll(arguments[0]).forEach(e => e.remove()); return copy.textContent;", CONTENT)
    english = [label for label in _english_labels()
               if tr(lang, label) != label and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", labels)]
    assert not english, f"{lang}: English labels {english} in {labels!r}"
    placeholder = driver.find_element(By.CSS_SELECTOR, "input.md-search__input").get_attribute("placeholder")
    assert placeholder != "Search", "Material's interface is still English"
    assert "Published" not in driver.page_source and "Seed file" not in driver.page_source


def _axe_violations(driver) -> list[dict]:
    """Serious and critical axe-core violations of the current page."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map("
        "  v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_fault_on_any_page_type(driver, site_root, knowledge):
    """axe-core (pinned in generator/vendor/package.json) on every page type, and on an Arabic article at 390 px."""
    assert AXE.is_file(), "axe-core is missing: run `make test` (npm ci in generator/vendor)"
    driver.set_script_timeout(60)
    found = {}
    for name, page in _page_types(knowledge).items():
        driver.get(site_root + page)
        found[name] = _axe_violations(driver)
    driver.set_window_size(390, 900)
    try:
        driver.get(site_root + _page_types(knowledge)["article ar"])
        found["article ar at 390 px"] = _axe_violations(driver)
    finally:
        driver.set_window_size(1280, 1000)
    assert not {name: faults for name, faults in found.items() if faults}
