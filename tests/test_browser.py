"""The built site in a real browser (Debian's Chromium), opened from file:// and over HTTP."""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from selenium.webdriver.common.by import By

from browser import requested_urls, search

NAMES = {"ar": "العربية", "de": "Deutsch", "en": "English", "ru": "Русский", "th": "ไทย"}
SEARCHES = [  # query, text one of the results must contain
    ("Liaoning", ""),
    ("Шэньян", "Ляонин"),
    ("Zusammenarbeit", "Liaoning treibt die internationale Zusammenarbeit"),
]
EXTERNAL = re.compile(r"""(?:\b(?:src|href|srcset)\s*=\s*["']?|<link\b[^>]*?)((?:https?:)?//[^\s"'>]+)""", re.I)
NAVIGATION_LINK = re.compile(r"<a\s[^>]*>", re.I)
LOCAL_SCHEMES = ("data:", "about:", "chrome-extension:", "devtools:", "blob:")


def links(driver) -> set[str]:
    """Absolute, percent-decoded targets of every link on the current page."""
    return {unquote(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "a[href]")}


def assert_fits(driver):
    """The page does not overflow the window sideways (a broken layout would)."""
    width, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    assert width <= inner, f"{driver.current_url}: page is {width}px wide in a {inner}px window"


def test_articles_found(articles):
    """knowledge.json lists one article per language."""
    assert sorted(articles) == sorted(NAMES)


def test_home(driver, root, articles):
    """Home links to every language index and every article."""
    driver.get(root + "index.html")
    assert "Dossier" in driver.title
    found = links(driver)
    assert_fits(driver)
    for lang in NAMES:
        assert unquote(f"{root}{lang}/index.html") in found, lang
    missing_articles = [page for page in articles.values() if unquote(root + page) not in found]
    assert not missing_articles, f"articles not linked from home: {missing_articles}"


@pytest.mark.parametrize("lang", NAMES)
def test_language_index(driver, root, articles, lang):
    """A language's index is headed by its own name and links to its article."""
    driver.get(f"{root}{lang}/index.html")
    block = driver.find_element(By.CSS_SELECTOR, "div.dossier-language")
    assert block.get_attribute("lang") == lang
    assert block.find_element(By.TAG_NAME, "h1").text == NAMES[lang]
    assert unquote(root + articles[lang]) in links(driver)
    assert_fits(driver)


@pytest.mark.parametrize("lang", NAMES)
def test_article(driver, root, articles, lang):
    """An article page is marked with its language, numbered paragraphs and the right direction."""
    driver.get(root + articles[lang])
    article = driver.find_element(By.CSS_SELECTOR, "article.dossier-article")
    assert article.get_attribute("lang") == lang
    assert article.find_elements(By.CSS_SELECTOR, "#p1") and article.find_elements(By.CSS_SELECTOR, "#p2")
    direction = driver.execute_script("return getComputedStyle(arguments[0]).direction", article)
    assert direction == ("rtl" if lang == "ar" else "ltr")
    warnings = driver.find_elements(By.CSS_SELECTOR, ".admonition.warning")
    assert bool(warnings) == (lang == "th"), "only the truncated Thai article carries a warning"
    assert all(w.is_displayed() for w in warnings)
    assert_fits(driver)


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search(driver, root, query, expected):
    """The built-in search finds articles in several scripts."""
    driver.get(root + "index.html")
    results = search(driver, query)
    assert results, f"no results for {query!r}"
    assert any(expected in text for text in results), f"{expected!r} not in results for {query!r}: {results}"


def test_no_request_leaves_the_site(driver, root, articles):
    """Browsing every page and searching requests nothing outside the site."""
    requested_urls(driver)  # empty the log
    for page in ["index.html", "report.html", *(f"{lang}/index.html" for lang in NAMES), *articles.values()]:
        driver.get(root + page)
    search(driver, "Liaoning")
    urls = requested_urls(driver)
    assert any(url.startswith(root) for url in urls), "the performance log recorded no request at all"
    outside = sorted({url for url in urls if not url.startswith((root, *LOCAL_SCHEMES))})
    assert not outside, f"requests outside {root}: {outside}"


def test_no_external_references(built_site):
    """No built HTML page loads anything from another host (a link the reader may follow, <a href>, loads nothing:
    Wikidata ids and an article's original URL are such links)."""
    found = {
        f"{page.relative_to(built_site / 'site')}: {url}"
        for page in (built_site / "site").rglob("*.html")
        for url in EXTERNAL.findall(NAVIGATION_LINK.sub("<a>", page.read_text(encoding="utf-8")))
    }
    assert not found, "external references:\n" + "\n".join(sorted(found))


def test_screenshots(driver, built_site, articles, tmp_path):
    """Screenshots of home, the Arabic and the Thai article (from file://) for a human to look at."""
    folder = Path(os.environ.get("DOSSIER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    root = (built_site / "site").as_uri() + "/"
    for name, page in [("home", "index.html"), ("article-ar", articles["ar"]), ("article-th", articles["th"])]:
        driver.get(root + page)
        shot = folder / f"{name}.png"
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 10_000, shot
