"""Pages converted ahead, in forked processes, before MkDocs reads them one by one.

At `on_nav` every page is known. Pages whose source file is as it was when the last finished build
read it (size and modification time, under the same configuration fingerprint) are most likely in
the cache already: they are left to MkDocs (which checks their key as always), so that a rebuild
with little changed forks no worker, or workers for the changed pages only. Each worker (forked: it shares the configuration, the files and
every plugin's state without pickling) takes every n-th page and runs on it what MkDocs would:
`on_pre_page`, reading the source, `on_page_markdown`, the conversion and `on_page_content` (so the
hook stores the conversion), then Material's search entries. Workers write only the cache; their
log and output go nowhere, and whatever fails in a worker is left for MkDocs to do (and report)
itself. MkDocs then reads each page as usual and finds its conversion in the cache: the output is
that of MkDocs alone, whatever the number of workers.

Rendering ahead (`render_ahead`) shares out the same pages again at `on_env`, once MkDocs has read
them all: each worker renders its pages through their templates (render.page_renderer) and reports
the outputs it wrote; MkDocs takes them from the cache as it builds each page.
"""
from __future__ import annotations

import logging
import os
import signal
import tempfile
from typing import Callable

from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

from generator import memory

_MINIMUM_PAGES = 16  # below this, forking costs more than it saves


def documentation_pages(files) -> list:
    """The pages MkDocs builds (what is converted ahead)."""
    return list(files.documentation_pages(inclusion=InclusionLevel.is_included))


def source_states(pages) -> dict[str, tuple[int, int] | None]:
    """Each page's source file as (size, modification time in ns), by src_uri (None: not a plain file)."""
    states = {}
    for file in pages:
        try:
            stat = os.stat(file.abs_src_path) if file.abs_src_path else None
        except OSError:
            stat = None
        states[file.src_uri] = None if stat is None else (stat.st_size, stat.st_mtime_ns)
    return states


def likely_changed(pages, states: dict, previous: dict) -> list:
    """The pages whose source is not as the last finished build read it (a guess: the cache key decides)."""
    return [file for file in pages if states.get(file.src_uri) is None or previous.get(file.src_uri) != states[file.src_uri]]


def convert_ahead(config, files, pages: list, workers: int, index: Callable | None, skip: Callable) -> tuple[int, int]:
    """Convert (and index) these pages of a build in `workers` forked processes; (processes, pages converted)."""
    workers = min(workers, len(pages) // _MINIMUM_PAGES)
    if workers < 2 or not hasattr(os, "fork"):
        return 0, 0
    reports = in_workers(workers, lambda number: [str(_convert(pages[number::workers], config, files, index, skip))])
    return workers, sum(int(line) for line in reports)


def render_ahead(pages: list, workers: int, render: Callable) -> tuple[int, list[str]]:
    """Render these pages through their templates in `workers` forked processes, each page by `render(page)`
    (a line to report, or None); (processes, the lines reported)."""
    workers = min(workers, len(pages) // _MINIMUM_PAGES)
    if workers < 2 or not hasattr(os, "fork"):
        return 0, []
    return workers, in_workers(workers, lambda number: _each(pages[number::workers], render))


def _each(share: list, work: Callable) -> list[str]:
    """In a worker: work(item) for each item of its share, the lines it gave (a failure is left for MkDocs to meet)."""
    lines = []
    for item in share:
        try:
            line = work(item)
        except Exception:  # MkDocs renders this page itself, and reports what is wrong with it
            continue
        if line is not None:
            lines.append(line)
    return lines


def in_workers(workers: int, work: Callable[[int], list[str]]) -> list[str]:
    """work(number) in each of `workers` forked processes (their output and log go nowhere); the lines they report.

    Each worker writes its lines to a file of its own, read once it has ended: a pipe shared by the
    workers would mix their reports, and one per worker would block a worker whose report outgrows it.
    A worker that failed or was stopped reports nothing.
    """
    children, reports = [], [tempfile.TemporaryFile() for _ in range(workers)]
    try:
        for number in range(workers):
            pid = os.fork()
            if pid == 0:  # pragma: no cover (runs in the child)
                code = 1
                try:
                    _quiet()
                    lines = work(number)
                    reports[number].write("".join(f"{line}\n" for line in lines).encode("utf-8", "surrogatepass"))
                    reports[number].flush()
                    code = 0
                finally:
                    os._exit(code)
            children.append(pid)
    finally:
        ended = [os.waitpid(pid, 0)[1] for pid in children]
    found = []
    for report, status in zip(reports, ended):
        with report:
            if os.waitstatus_to_exitcode(status) == 0:
                report.seek(0)
                found += report.read().decode("utf-8", "surrogatepass").splitlines()
    return found


def _quiet() -> None:
    """In a worker: no output (MkDocs prints what it does itself), Ctrl-C ends it, cycles are collected."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    memory.in_worker()
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    for name in ("", "mkdocs"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.addHandler(logging.NullHandler())


def _convert(share, config, files, index: Callable | None, skip: Callable) -> int:
    """In a worker: each page of its share through MkDocs' events up to its conversion, stored by the hook; how many."""
    plugins = config.plugins
    converted = 0
    for file in share:
        try:
            page = file.page if file.page is not None else Page(None, file, config)
            page = plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            page.markdown = plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
            if skip(page):  # converted by an earlier build
                continue
            page.render(config, files)
            page.content = plugins.on_page_content(page.content, page=page, config=config, files=files)
            converted += 1
            if index is not None:
                index(page)
            page.markdown = page.content = None  # stored: the worker's copy is no longer needed
        except Exception:  # MkDocs converts this page itself, and reports what is wrong with it
            continue
    return converted
