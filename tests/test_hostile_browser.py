"""The hostile site in a real browser (Debian's Chromium): no input runs, opens a dialog or loads anything.

Every payload of tests/fixtures/hostile.py sets `window.__pwned` and calls alert() if it ever runs:
after each page load (and after a search, and with search highlighting on) there must be no dialog
and no `window.__pwned`. The hostile strings must be visible as text.
"""
from __future__ import annotations

import json
import re
import time
from urllib.parse import quote

import pytest
from selenium.common.exceptions import NoAlertPresentException, UnexpectedAlertPresentException
from selenium.webdriver.support.ui import WebDriverWait

from browser import search, served
from fixtures.hostile import MARKDOWN_SHAPES, PAYLOADS, PWN, shared_build

# What could run or load something, looked for in the live page (after the theme's scripts ran), under
# the elements `arguments[0]` selects. The only frame allowed is the empty hidden one of the offline
# search shim (file://).
ACTIVE = """
const found = [];
const scope = [...document.querySelectorAll(arguments[0] || 'html')];
const inside = element => scope.some(root => root.contains(element));
for (const element of [...document.querySelectorAll('*')].filter(inside)) {
  for (const attribute of element.attributes) {
    const value = attribute.value.trim().toLowerCase();
    if (attribute.name.startsWith('on') || attribute.name === 'srcdoc' ||
        (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) &&
         /^(javascript|data|vbscript):/.test(value)))
      found.push(element.tagName + ' ' + attribute.name + '=' + attribute.value.slice(0, 60));
  }
}
for (const element of document.querySelectorAll('iframe, embed, object, img, base, meta[http-equiv]'))
  if (inside(element) && !(element.tagName === 'IFRAME' && element.hidden && !element.src))
    found.push(element.outerHTML.slice(0, 80));
for (const script of document.querySelectorAll('script'))
  if (inside(script) && script.textContent.includes('__pwned')) found.push('script ' + script.textContent.slice(0, 60));
return found;
"""
# Search results: the title and text of each (from the index's title and text).
RESULT_TEXT = ".md-search-result__article > h1, .md-search-result__article > p"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile site (built once per session, shared with tests/test_hostile.py)."""
    result = shared_build(tmp_path_factory)
    assert result.result.returncode == 0, result.result.stdout + result.result.stderr
    return result


@pytest.fixture(scope="module")
def base(built) -> str:
    """The hostile site over HTTP."""
    with served(built.site) as url:
        yield url


@pytest.fixture(scope="module")
def urls(built) -> dict[str, str]:
    """Site-relative URL of each article page, by seed file; plus the entity, event, story and report pages."""
    knowledge = json.loads((built.site / "knowledge.json").read_text(encoding="utf-8"))
    return {article["source_file"]: article["url"] for article in knowledge["articles"]}


def no_dialog(driver) -> None:
    """Fail if a dialog is open (an alert, confirm or prompt that input text opened)."""
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return
    text = alert.text
    alert.dismiss()
    pytest.fail(f"{driver.current_url}: a dialog opened: {text!r}")


def visit(driver, url: str, settle: float = 0.0) -> None:
    """Open a page, wait for it to load, and check that nothing of the input ran."""
    try:
        driver.get(url)
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        time.sleep(settle)
        no_dialog(driver)
        pwned = driver.execute_script("return window.__pwned")
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"{url}: a dialog opened: {error.alert_text!r}")
    assert pwned is None, f"{url}: input text ran as script (window.__pwned = {pwned!r})"


# The articles that carry hostile text (in their title, body, front matter or file name). Every page is
# scanned as a file by tests/test_hostile.py; here the pages are run, which takes a browser's time.
HOSTILE_SOURCES = ["hostile.md", "hostile.txt", "hostile-quoted.txt", "fm-title-controls.md", "fm-traversal.md",
                   "$(touch pwned); rm -rf ~ `id` |&<>*?!'\".txt", "\\x1b[31mred\\x1b[0m.txt", "invoice\\u202etxt.exe.md"]


def pages_to_run(built, urls) -> list[str]:
    """The site's own pages (home, report, English index, the hostile entities, events, stories) and the hostile articles."""
    articles = set(urls.values())
    own = [p.relative_to(built.site).as_posix() for p in sorted(built.site.rglob("*.html"))]
    skip = re.compile(r"404\.html|(?!en/)[a-z]{2,3}/index\.html|entities/(?!index|evil|candidate-acme).*")
    own = [p for p in own if p not in articles and not skip.fullmatch(p)]
    return [quote(p) for p in own + [urls[source] for source in HOSTILE_SOURCES]]


def test_no_page_runs_input(driver, built, base, urls):
    """The pages with hostile text load over HTTP without a dialog, without running input, without active elements."""
    pages = pages_to_run(built, urls)
    assert len(pages) > 15
    for page in pages:
        visit(driver, base + page)
        assert driver.execute_script(ACTIVE) == [], page


@pytest.mark.parametrize("source", ["hostile.md", "hostile.txt", "hostile-quoted.txt"])
def test_hostile_pages_from_file(driver, built, urls, source):
    """The hostile articles opened from file:// (as from a USB stick) run nothing either."""
    visit(driver, (built.site / urls[source]).as_uri(), settle=0.3)
    assert driver.execute_script(ACTIVE) == []


def test_hostile_strings_are_visible(driver, base, urls):
    """Every hostile string of hostile.md is visible on its page as the text it is."""
    visit(driver, base + quote(urls["hostile.md"]), settle=0.3)
    text = driver.execute_script("return document.querySelector('article.dossier-article').innerText")
    missing_strings = [s for s in [*PAYLOADS.values(), *MARKDOWN_SHAPES.values()] if s not in text]
    assert not missing_strings
    assert driver.execute_script("return document.title").startswith(f"Council <script>{PWN}</script> vote")


def test_overrides_and_registry_text_are_visible(driver, base, urls):
    """The bidi override is gone from the title of hostile.txt; registry HTML is text on its entity page."""
    visit(driver, base + quote(urls["hostile.txt"]))
    heading = driver.execute_script("return document.querySelector('h1').innerText")
    assert heading.startswith(f'<img src=x onerror="{PWN}"> Town news of the week') and "\u202e" not in heading
    visit(driver, base + "entities/evil-corp.html")
    text = driver.execute_script("return document.body.innerText")
    assert f"Evil <script>{PWN}</script> Corp" in text and f'<img src=x onerror="{PWN}">' in text


@pytest.mark.parametrize("query", ["script", "iframe"])
def test_search_results_are_text(driver, base, query):
    """Search results for hostile words show titles and text as text; rendering them runs nothing."""
    visit(driver, base + "index.html")
    results = search(driver, query)
    no_dialog(driver)
    assert driver.execute_script("return window.__pwned") is None
    assert driver.execute_script(ACTIVE, RESULT_TEXT) == []
    assert any(f"<{query}" in result for result in results), results


@pytest.mark.parametrize("query", ["Acme", "Evil"])
def test_entity_names_in_search_results_are_text(driver, base, query):
    """Names of entities, shown under their search results, are text: a hostile name runs nothing and makes no element.

    The names are the index's `tags`, which Material renders as HTML: a quoted name in an article
    ("Acme <img src=x onerror=...> Werke") becomes a candidate entity, so generator/search/index.py
    must escape them.
    """
    visit(driver, base + "index.html")
    search(driver, query)
    time.sleep(0.5)
    no_dialog(driver)
    assert driver.execute_script("return window.__pwned") is None
    assert driver.execute_script("return document.querySelectorAll('.md-tag *:not(mark)').length") == 0


def test_search_highlighting_runs_nothing(driver, base, urls):
    """A page opened from a search result (terms highlighted in it) runs nothing."""
    visit(driver, base + quote(urls["hostile.md"]) + "?h=script+pwned+onerror", settle=0.5)
    assert driver.execute_script(ACTIVE) == []
