"""Search in every language, typed into the built site's search box in Chromium, from file:// and over HTTP.

Each query is typed as a reader would type it; the assertions are on the result list the page shows:
which page comes first, which articles (by language) are among the results, or that there are none.
"""
from __future__ import annotations

import json
import os
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser import requested_urls, search

ALL = ("ar", "de", "en", "ru", "th")
LANGUAGE_NAMES = {"ar": "العربية", "de": "Deutsch", "en": "English", "ru": "Русский", "th": "ไทย"}
LOCAL_SCHEMES = ("data:", "about:", "chrome-extension:", "devtools:", "blob:")


@dataclass(frozen=True)
class Query:
    """A query and what its results must show."""

    text: str
    lang: str                      # the language the query is typed in
    first: str | None = None       # the page that must come first (site path)
    languages: tuple[str, ...] = ()  # languages whose article must be among the results
    none: bool = False             # no result at all
    why: str = ""

    def __str__(self) -> str:
        return self.text


def entity(entity_id: str) -> str:
    return f"entities/{entity_id}.html"


QUERIES = [
    # Thai: words from the middle of unspaced sentences, names, decomposed SARA AM, nonsense.
    Query("ความร่วมมือ", "th", languages=("th",), why="cooperation, inside ส่งเสริมความร่วมมือระหว่างประเทศ"),
    Query("ร่วมมือ", "th", languages=("th",), why="inside the compound ความร่วมมือ"),
    Query("เศรษฐกิจ", "th", languages=("th",), why="inside คณะผู้แทนทางเศรษฐกิจและการค้า"),
    Query("พิธีเปิดเที่ยวบิน", "th", languages=("th",), why="a phrase across words: opening ceremony of the flight"),
    Query("ท่าเรือ", "th", languages=("th",), why="port, inside ในเรื่องท่าเรือและการทำเหมือง"),
    Query("ประชุม", "th", languages=("th",), why="inside การประชุมกับประธาน"),
    Query("อุตสาหกรรม", "th", languages=("th",), why="industry"),
    Query("น้ำมันดิบ", "th", languages=("th",), why="crude oil, inside ผู้ผลิตน้ำมันดิบรายใหญ่"),
    Query("สําคัญ", "th", languages=("th",), why="typed with decomposed SARA AM (U+0E4D U+0E32)"),
    Query("เสิ่นหยาง", "th", first=entity("shenyang"), languages=ALL, why="Shenyang, written เมืองเสิ่นหยาง in the text"),
    Query("เหลียวหนิง", "th", first=entity("liaoning"), languages=ALL),
    Query("ซาอุดีอาระเบีย", "th", first=entity("saudi-arabia"), languages=("ar", "de", "th")),
    Query("หยางเสิ่น", "th", none=True, why="the syllables of a name, reversed"),
    Query("ช้างเผือก", "th", none=True),
    # Arabic: clitics, marks, tatweel, alef forms, names.
    Query("أرامكو", "ar", languages=("ar",), why="the text writes وأرامكو"),
    Query("وأرامكو", "ar", languages=("ar",)),
    Query("ارامكو", "ar", languages=("ar",), why="alef without hamza"),
    Query("أَرَامْكُو", "ar", languages=("ar",), why="with harakat"),
    Query("أرامـكو", "ar", languages=("ar",), why="with tatweel"),
    Query("مقاطعة", "ar", languages=("ar",), why="the text writes لـمقاطعة"),
    Query("تعاون", "ar", languages=("ar",), why="the text writes التعاون"),
    Query("شنيانغ", "ar", first=entity("shenyang"), languages=ALL),
    Query("لياونينغ", "ar", first=entity("liaoning"), languages=ALL),
    Query("الصين", "ar", first=entity("china"), languages=ALL),
    Query("روسيا", "ar", first=entity("russia"), languages=("ar", "de", "th")),
    Query("زززز", "ar", none=True),
    # Russian: case forms of names and words.
    Query("Шэньян", "ru", first=entity("shenyang"), languages=ALL, why="the text writes Шэньяне too"),
    Query("Шэньяне", "ru", first=entity("shenyang"), languages=ALL),
    Query("Ляонин", "ru", first=entity("liaoning"), languages=ALL, why="the title writes Ляонином"),
    Query("Ляонином", "ru", first=entity("liaoning"), languages=ALL),
    Query("Твери", "ru", first=entity("tver"), languages=("ru",), why="the registry names Тверь"),
    Query("область", "ru", languages=("ru",)),
    Query("сотрудничества", "ru", languages=("ru",), why="the text writes сотрудничество, сотрудничестве"),
    Query("губернатор", "ru", languages=("ru",), why="the text writes губернатором"),
    Query("компаниям", "ru", languages=("ru",), why="the text writes компании, компаний"),
    Query("Щщщщ", "ru", none=True),
    # German: genitives, plurals, umlauts typed or not.
    Query("Zusammenarbeit", "de", languages=("de",)),
    Query("Chinas", "de", first=entity("china"), languages=ALL),
    Query("Föderationsrat", "de", first=entity("federation-council"), languages=("ar", "de", "th"),
          why="the text writes Föderationsrates"),
    Query("Foderationsrates", "de", first=entity("federation-council"), languages=("de",)),
    Query("Unternehmens", "de", languages=("de",), why="the text writes Unternehmen"),
    Query("Russlands", "de", first=entity("russia"), languages=("ar", "de", "th")),
    Query("Saudi-Arabien", "de", first=entity("saudi-arabia"), languages=("ar", "de", "th")),
    Query("Quarkbrötchen", "de", none=True),
    # English, and names across every script.
    Query("Shenyang", "en", first=entity("shenyang"), languages=ALL),
    Query("Liaoning", "en", first=entity("liaoning"), languages=ALL),
    Query("Saudi Aramco", "en", first=entity("saudi-aramco"), languages=("ar", "de", "th")),
    Query("BMW", "en", first=entity("bmw-group"), languages=("ar", "de", "en", "th")),
    Query("Munich", "en", first=entity("munich"), languages=("en",)),
    Query("delegation", "en", languages=("de", "en")),
    Query("xylophone", "en", none=True),
]


def open_home(driver, root: str) -> None:
    """The home page, unless it is open already (the search box keeps working between queries)."""
    if re.split(r"[?#]", driver.current_url)[0] != root + "index.html":
        driver.get(root + "index.html")


def answered(driver, query: str, timeout: float = 15) -> None:
    """Wait until the search worker has answered the query as typed (not one of its prefixes)."""
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.execute_script(
            "const s = (window.DossierSearch || {}).status;"
            "return !!s && s.query === arguments[0] && s.sent === s.answered", query),
        f"the search worker did not answer {query!r}")


RESULTS_JS = """
return Array.from(document.querySelectorAll('.md-search-result__item')).map(li => {
  const link = li.querySelector('a.md-search-result__link')
  const article = li.querySelector('.md-search-result__article')
  const heading = li.querySelector('.md-search-result__article h1')
  const label = li.querySelector('.dossier-search-lang')
  return {
    href: link.href, text: li.innerText, lang: article.getAttribute('lang'),
    dir: heading && heading.getAttribute('dir'), label: label ? label.textContent : null,
    snippet_dir: (li.querySelector('.md-search-result__article p') || {getAttribute: () => null}).getAttribute('dir'),
    marks: Array.from(li.querySelectorAll('mark'), m => m.textContent)
  }
})
"""


def results(driver, root: str, query: str) -> list[dict]:
    """Type the query into the search box; every result the page lists (scrolling to load them all)."""
    open_home(driver, root)
    search(driver, query)
    answered(driver, query)
    meta = driver.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text
    total = int(m.group()) if (m := re.search(r"\d+", meta)) else 0
    for _ in range(50):
        items = driver.execute_script(RESULTS_JS)
        if len(items) >= total:
            break
        # Material renders 10 results, then 4 more each time the list is scrolled to its end.
        for position in ("0", "w.scrollHeight"):
            driver.execute_script(f"const w = document.querySelector('.md-search__scrollwrap'); w.scrollTop = {position}")
            time.sleep(0.05)
        WebDriverWait(driver, 5, poll_frequency=0.05).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, ".md-search-result__item")) > len(items))
    for item in items:
        item["path"] = unquote(urlsplit(item["href"]).path)[len(unquote(urlsplit(root).path)):]
    return items


def test_the_query_list_covers_every_language():
    assert len(QUERIES) >= 40
    assert {q.lang for q in QUERIES} == set(ALL)
    assert all(sum(q.none for q in QUERIES if q.lang == lang) >= 1 for lang in ALL)
    assert len({q.text for q in QUERIES}) == len(QUERIES)


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_search(driver, root, articles, query):
    """The query finds what a reader who types it expects (and nothing when there is nothing)."""
    found = results(driver, root, query.text)
    paths = [item["path"] for item in found]
    if query.none:
        assert not found, f"{query.text!r} should find nothing: {paths}"
        return
    assert found, f"no results for {query.text!r} ({query.why})"
    if query.first:
        assert paths[0] == query.first, f"{query.text!r}: {query.first} should come first: {paths[:5]}"
    lacking = [lang for lang in query.languages if articles[lang] not in paths]
    assert not lacking, f"{query.text!r} ({query.why}): no {lacking} article among {paths}"


def test_results_show_title_language_and_highlighted_snippet(driver, root, articles):
    """Each result: the page title, the page's language (label, lang, direction), highlighted matches."""
    found = {item["path"]: item for item in results(driver, root, "شنيانغ")}
    for lang in ALL:
        item = found[articles[lang]]
        assert item["label"] == LANGUAGE_NAMES[lang] and item["lang"] == lang
        assert item["dir"] == ("rtl" if lang == "ar" else "ltr")
        assert item["marks"], f"nothing highlighted in the {lang} result: {item['text'][:200]}"
    arabic = found[articles["ar"]]
    assert "شنيانغ" in arabic["marks"] and arabic["snippet_dir"] == "rtl"
    shenyang = found[entity("shenyang")]
    assert shenyang["label"] == "Entity" and shenyang["text"].splitlines()[0] == "Shenyang"
    assert {"شنيانغ", "Шэньян", "เสิ่นหยาง"} <= set(shenyang["marks"])

    thai = {item["path"]: item for item in results(driver, root, "ท่าเรือ")}[articles["th"]]
    assert "ท่าเรือ" in thai["marks"] and thai["label"] == "ไทย"
    russian = {item["path"]: item for item in results(driver, root, "Шэньян")}[articles["ru"]]
    assert {"Шэньян", "Шэньяне"} & set(russian["marks"])


def test_a_result_opens_its_page_with_the_words_highlighted(driver, root, articles):
    """Following a result (its URL in the page's own script) opens the article with the typed word marked."""
    found = results(driver, root, "ท่าเรือ")
    thai = next(item for item in found if item["path"] == articles["th"])
    driver.get(thai["href"])
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "article.dossier-article mark"))
    assert driver.find_element(By.CSS_SELECTOR, "article.dossier-article").get_attribute("lang") == "th"
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "article.dossier-article mark")]
    assert "ท่าเรือ" in marks, marks


def test_searching_requests_nothing_outside_the_site(driver, root):
    """Searching (the worker loads its index and language script from the site) fetches nothing else."""
    driver.get(root + "index.html")
    requested_urls(driver)
    for query in ("Shenyang", "ความร่วมมือ", "وأرامكو"):
        results(driver, root, query)
    urls = requested_urls(driver)
    outside = sorted({url for url in urls if not url.startswith((root, *LOCAL_SCHEMES))})
    assert not outside, f"requests outside {root}: {outside}"


TIMING_JS = """
const [query, done] = arguments
const input = document.querySelector('input.md-search__input')
const list = document.querySelector('.md-search-result__list')
const status = window.DossierSearch.status
const start = performance.now()
const ready = () => status.query === query && status.sent === status.answered &&
  list.querySelector('.md-search-result__item')
const observer = new MutationObserver(() => {
  if (ready()) { observer.disconnect(); done(performance.now() - start) }
})
observer.observe(list, {childList: true})
input.value = query
input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}))
"""
TIMED = ["Shenyang", "Шэньяне", "ความร่วมมือ", "وأرامكو", "Zusammenarbeit", "เสิ่นหยาง", "Chinas", "مقاطعة", "область"]


def test_time_to_first_result(driver, root):
    """From typing to the first result element, first query after opening the page and then warm."""
    driver.set_script_timeout(30)
    driver.get(root + "index.html")
    driver.find_element(By.CSS_SELECTOR, "label.md-header__button[for='__search']").click() \
        if not driver.find_element(By.CSS_SELECTOR, "input.md-search__input").is_displayed() \
        else driver.find_element(By.CSS_SELECTOR, "input.md-search__input").click()
    cold = driver.execute_async_script(TIMING_JS, "Liaoning")
    warm = [driver.execute_async_script(TIMING_JS, query) for query in TIMED]
    report = {"root": root.split(":")[0], "cold_ms": round(cold, 1), "warm_median_ms": round(statistics.median(warm), 1),
              "warm_ms": [round(w, 1) for w in warm]}
    print(json.dumps(report))
    if os.environ.get("DOSSIER_SEARCH_TIMING"):
        with open(os.environ["DOSSIER_SEARCH_TIMING"], "a", encoding="utf-8") as out:
            out.write(json.dumps(report) + "\n")
    assert cold < 10_000 and statistics.median(warm) < 2_000, report


def test_search_box_is_there_with_theme_font_off_and_offline_plugin(built_site):
    """The settings search must keep working with: no web fonts, the offline plugin, the local shim."""
    config = (Path(built_site) / "site" / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in config and "unpkg.com" not in config
    assert "assets/dossier/iframe-worker-shim.js" in config and "assets/dossier/search.js" in config
    assert 'id="__search"' in config
