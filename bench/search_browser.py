"""Search in headless Chromium: time from typing to the first result, and JavaScript memory (page and worker).

Used by bench.search. One measurement opens the site's home page (a fresh page load), types the
first query right after the page's load event (the timer starts as the search box gets the focus,
which on file:// is what makes Material load the index), waits for the first result element of
that query, then types the later queries one after the other. Times are taken in the page
(performance.now() from the keystroke to the MutationObserver callback that sees the result).

Memory is the V8 heap of every JavaScript context searching involves, read over the DevTools
protocol (Runtime.getHeapUsage, after HeapProfiler.collectGarbage): the page's isolate (it holds
the iframe that stands in for the worker on file://, which runs in the page) and every dedicated
worker of the page (Material's search worker over HTTP). The peak is sampled every 0.1 s while the
first query runs (without a forced collection). The renderer processes' proportional set size
(/proc/PID/smaps_rollup) is reported alongside, since it also counts memory outside the heap.
"""
from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.request import urlopen

import websocket
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import CHROMEDRIVER, CHROMIUM, FLAGS, served  # noqa: E402

MB = 1024 * 1024
FIRST = "Liaoning"
LATER = ["Shenyang", "Шэньяне", "ความร่วมมือ", "وأرامكو", "Zusammenarbeit", "เสิ่นหยาง", "Chinas", "مقاطعة", "область"]

START_JS = """(function (query, focus) {
const input = document.querySelector('input.md-search__input')
const list = document.querySelector('.md-search-result__list')
const status = window.DossierSearch.status
window.__dossierTiming = null
const start = performance.now()
const ready = () => status.query === query && status.sent === status.answered &&
  list.querySelector('.md-search-result__item')
const observer = new MutationObserver(() => {
  if (ready()) {
    observer.disconnect()
    window.__dossierTiming = {start, end: performance.now(), results: list.querySelectorAll('.md-search-result__item').length,
                              setup: status.setup, ready: status.ready}
  }
})
observer.observe(list, {childList: true})
if (focus) {
  const toggle = document.getElementById('__search')
  if (!toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event('change')) }
  input.focus()
}
input.value = query
input.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}))
})"""


class DevTools:
    """A DevTools protocol connection to the whole browser, with flat sessions for the page and its workers."""

    def __init__(self, address: str):
        version = json.load(urlopen(f"http://{address}/json/version", timeout=10))
        self.socket = websocket.create_connection(version["webSocketDebuggerUrl"], timeout=600, suppress_origin=True)
        self.lock = threading.Lock()
        self.counter = 0
        self.workers: dict[str, str] = {}  # session id -> url
        self.page: str | None = None
        self.log: list[dict] = []  # console messages and exceptions, once Runtime is enabled

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        with self.lock:
            self.counter += 1
            message = {"id": self.counter, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            self.socket.send(json.dumps(message))
            while True:
                reply = json.loads(self.socket.recv())
                if reply.get("id") == self.counter:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply["result"]
                self._event(reply)

    def _event(self, event: dict) -> None:
        if event.get("method") in ("Runtime.consoleAPICalled", "Runtime.exceptionThrown"):
            self.log.append(event["params"])
        if event.get("method") == "Target.attachedToTarget":
            info = event["params"]["targetInfo"]
            if info["type"] in ("worker", "shared_worker", "service_worker"):
                self.workers[event["params"]["sessionId"]] = info["url"]
        elif event.get("method") == "Target.detachedFromTarget":
            self.workers.pop(event["params"].get("sessionId"), None)

    def attach_page(self) -> None:
        """Attach to the (only) page, and automatically to the workers it starts."""
        pages = [t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page"]
        self.page = self.call("Target.attachToTarget", {"targetId": pages[0]["targetId"], "flatten": True})["sessionId"]
        self.call("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True},
                  session=self.page)

    def heaps(self, collect: bool) -> dict[str, float]:
        """Used V8 heap in MB: the page, and each worker."""
        found = {}
        for name, session in [("page", self.page), *((f"worker {url.rsplit('/', 1)[-1]}", s) for s, url in list(self.workers.items()))]:
            try:
                if collect:
                    self.call("HeapProfiler.collectGarbage", session=session)
                found[name] = self.call("Runtime.getHeapUsage", session=session)["usedSize"] / MB
            except RuntimeError:
                continue
        return found


def renderer_pss_mb(root_pid: int) -> float:
    """Proportional set size of the renderer processes under a process (Chromium's, under ChromeDriver), in MB."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0.0, [root_pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


@contextmanager
def chromium():
    """Headless Chromium with precise memory info, its DevTools connection and the ChromeDriver process id."""
    with tempfile.TemporaryDirectory(prefix="dossier-bench-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*FLAGS, "--enable-precise-memory-info", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        service = Service(executable_path=CHROMEDRIVER)
        driver = webdriver.Chrome(service=service, options=options)
        try:
            tools = DevTools(driver.capabilities["goog:chromeOptions"]["debuggerAddress"])
            tools.attach_page()
            yield driver, tools, service.process.pid
        finally:
            driver.quit()


def start(tools: DevTools, query: str, focus: bool) -> None:
    """Type a query into the search box (the DevTools protocol waits while the page is busy; WebDriver gives up)."""
    tools.call("Runtime.evaluate", {"expression": f"{START_JS}({json.dumps(query)}, {json.dumps(focus)})"},
               session=tools.page)


def _wait(tools: DevTools, deadline: float, peak: dict | None) -> dict | None:
    """The timing the page records once the result is there (None at the deadline); heap samples meanwhile."""
    while True:
        reply = tools.call("Runtime.evaluate", {"expression": "window.__dossierTiming", "returnByValue": True},
                           session=tools.page)
        timing = reply.get("result", {}).get("value")
        if timing:
            return timing
        if peak is not None:
            for name, used in tools.heaps(collect=False).items():
                peak[name] = max(peak.get(name, 0.0), used)
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


def _since(timing: dict, key: str) -> float | None:
    """When the page sent the index to the worker / the worker was ready, after typing began (negative: before)."""
    return None if timing.get(key) is None else timing[key] - timing["start"]


def measure(root: str, first: str = FIRST, later: list[str] = LATER, timeout: float = 180, delay: float = 0) -> dict:
    """One fresh browser: open the home page under root, the first query, the later ones; times and memory.

    The first query is typed `delay` seconds after the page's load event (0: at once; over HTTP
    Material fetches the index and starts the worker at page load, so a reader who types later finds
    it ready). A first query with no result within `timeout` seconds is reported as such (first_ms
    None), with the heap sampled until then.
    """
    with chromium() as (driver, tools, pid):
        driver.get(root + "index.html")
        if delay:
            time.sleep(delay)
        start(tools, first, True)
        peak: dict[str, float] = {}
        timing = _wait(tools, time.monotonic() + timeout, peak)
        row = {"root": root.split(":")[0], "first_query": first, "delay_s": delay, "first_ms": None, "timeout_s": timeout}
        if timing is None:
            heap = tools.heaps(collect=False)
            return {**row, "heap_peak_mb": peak, "heap_mb": heap, "heap_total_mb": sum(heap.values()),
                    "heap_peak_total_mb": sum(peak.values()), "renderer_pss_mb": renderer_pss_mb(pid)}
        after_first = tools.heaps(collect=False)
        warm = []
        for query in later:
            start(tools, query, False)
            t = _wait(tools, time.monotonic() + timeout, None)
            warm.append(t["end"] - t["start"] if t else None)
        done = [w for w in warm if w is not None]
        heap = tools.heaps(collect=True)
        peak_all = {k: max(peak.get(k, 0.0), after_first.get(k, 0.0), heap.get(k, 0.0)) for k in {**after_first, **peak, **heap}}
        return {
            **row, "first_ms": timing["end"] - timing["start"], "first_from_navigation_ms": timing["end"],
            "index_sent_ms": _since(timing, "setup"), "worker_ready_ms": _since(timing, "ready"),
            "first_results": timing["results"], "later_ms": warm,
            "later_median_ms": sorted(done)[len(done) // 2] if done else None, "later_max_ms": max(done, default=None),
            "heap_after_first_mb": after_first, "heap_peak_mb": peak_all, "heap_peak_total_mb": sum(peak_all.values()),
            "heap_mb": heap, "heap_total_mb": sum(heap.values()), "renderer_pss_mb": renderer_pss_mb(pid),
        }


def measure_site(site: Path, schemes: tuple[str, ...] = ("file", "http"), **options) -> list[dict]:
    """Measure a built site from the file system and over a local HTTP server."""
    found = []
    for scheme in schemes:
        if scheme == "file":
            found.append(measure(site.resolve().as_uri() + "/", **options))
        else:
            with served(site) as base:
                found.append(measure(base, **options))
    return found


if __name__ == "__main__":
    # python -m bench.search_browser SITE [file,http] [delay seconds]
    for row in measure_site(Path(sys.argv[1]), tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("file", "http"),
                            delay=float(sys.argv[3]) if len(sys.argv) > 3 else 0):
        print(json.dumps(row))
