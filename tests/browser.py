"""Helpers for the browser tests: Debian's Chromium through Selenium, a local HTTP server, search."""
from __future__ import annotations

import functools
import http.server
import json
import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--window-size=1280,1000",
)


def missing() -> list[str]:
    """The browser executables that are not installed."""
    return [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).is_file()]


@contextmanager
def chromium():
    """A headless Chromium driver, with a throwaway profile and the performance log on."""
    with tempfile.TemporaryDirectory(prefix="dossier-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        try:
            yield driver
        finally:
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not log every request to stderr."""

    def log_message(self, format, *args):
        """Say nothing."""


@contextmanager
def served(directory: Path):
    """Serve a folder on 127.0.0.1 at a free port in a thread; yield its base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def requested_urls(driver) -> list[str]:
    """URLs requested since the performance log was last read (reading it empties it)."""
    messages = (json.loads(entry["message"])["message"] for entry in driver.get_log("performance"))
    return [m["params"]["request"]["url"] for m in messages if m["method"] == "Network.requestWillBeSent"]


def search(driver, query: str, timeout: float = 10) -> list[str]:
    """Type a query into the site search on the current page; return the texts of the results."""
    box = driver.find_element(By.CSS_SELECTOR, "input.md-search__input")
    if box.is_displayed():
        box.click()
    else:
        driver.find_element(By.CSS_SELECTOR, "label.md-header__button[for='__search']").click()
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(query)
    none = driver.execute_script(
        "return JSON.parse(document.getElementById('__config').textContent).translations['search.result.none']")

    def answered(d):
        # The texts are read inside the wait: Material may redraw the list between finding and reading
        # an item (a stale element), and the wait then simply tries again.
        texts = [item.text for item in d.find_elements(By.CSS_SELECTOR, ".md-search-result__item")]
        meta = d.find_element(By.CSS_SELECTOR, ".md-search-result__meta").text.strip()
        return (texts,) if texts or meta == none else None

    (texts,) = WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException,)).until(
        answered, f"no search results and no 'none' message for {query!r}")
    return texts
