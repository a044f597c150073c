"""MkDocs hook (listed under `hooks:` in mkdocs.yml): each page converted once, on every core.

- on_config (last): the configuration's fingerprint, the cache folder, Material's search entries cached;
  Python-Markdown's inline stage tries only the patterns that can match a page (inline.py).
- on_nav (last): the pages converted ahead in forked workers (generator/mkdocs_cache/parallel.py).
- on_page_read_source: a page whose source is as the last build read it is not read (its front matter
  and key are the ones recorded: generator/mkdocs_cache/sources.py).
- on_page_markdown (last, once the Markdown is final): a cached conversion whose link targets are
  unchanged is taken (the page skips its conversion); otherwise the conversion is recorded.
- on_page_content (first): the cached conversion restored and its log replayed, or the new one stored.
- on_env (last): each page's rendering through its template cached (generator/mkdocs_cache/render.py),
  read back from the last build's site when make names it (site_files.py); the templates kept compiled;
  the pages whose source changed rendered ahead in forked workers (parallel.render_ahead).
- on_nav and on_env: what the build holds then lives to its end, set aside from the cycle collector's
  scans (generator/memory.py), as Python's documentation advises before forking workers.
- on_page_context (first) and on_post_page (last): a page's HTML is held compressed from its
  conversion to its rendering, and let go once it is rendered (generator/mkdocs_cache/held.py).
- on_post_build: Material's search entries let go once written; entries this build did not use are
  removed (not by a --dirty build, which reads only the pages it rebuilds); the state of each page's source is kept
  (the next build forks workers only for the pages whose source changed).

The design is described in generator/mkdocs_cache/__init__.py.
"""
from __future__ import annotations

import logging
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

from mkdocs.plugins import event_priority

# MkDocs loads a hook by its path: make the project's packages importable.
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from generator.cache import CACHE_DIR_NAME  # noqa: E402
from generator.memory import pause_collector, resume_collector, set_aside  # noqa: E402
from generator.mkdocs_cache import CACHE_SUBDIR, CACHE_VARIABLE, PREVIOUS_SITE_VARIABLE  # noqa: E402
from generator.mkdocs_cache.held import (SEARCH_ATTRIBUTE_MARK, HeldPages, html_digest, html_may_wait,  # noqa: E402
                                         packed, unpacked)
from generator.mkdocs_cache.inline import SkipUnmatchablePatterns  # noqa: E402
from generator.mkdocs_cache.pages import Recorder, config_fingerprint, make_entry, page_key, restore, still_valid  # noqa: E402
from generator.mkdocs_cache.parallel import (convert_ahead, documentation_pages, likely_changed, render_ahead,  # noqa: E402
                                             source_states)
from generator.mkdocs_cache.render import (TEMPLATES_SUBDIR, build_fingerprint, cache_rendering,  # noqa: E402
                                           keep_compiled_templates, page_renderer)
from generator.mkdocs_cache.site_files import (LinkedOutput, link_page, load_record, pages_may_be_linked,  # noqa: E402
                                               previous_site, save_record)
from generator.mkdocs_cache.search import (cache_indexing, lighten_page_context, release_entries,  # noqa: E402
                                           search_fingerprint, search_index_of)
from generator.mkdocs_cache.sources import Sources, only_listener  # noqa: E402
from generator.mkdocs_cache.store import EntryStore, load_sources, save_sources  # noqa: E402
from generator.parallel import worker_count  # noqa: E402

log = logging.getLogger("mkdocs.hooks.dossier.cache")


class _Build:
    """The cache state of one build."""

    def __init__(self, folder: Path, fingerprint: str):
        self.folder = folder
        self.pages = EntryStore(folder / "pages")
        self.search = EntryStore(folder / "search")
        self.render = EntryStore(folder / "render")
        self.nav = None
        self.fingerprint = fingerprint
        self.pending: dict[int, tuple] = {}  # id(page) -> (key, final Markdown, entry or Recorder)
        self.ahead = False  # in a worker converting ahead: a page already in the cache is skipped
        self.index = None   # Material's search indexing of one page, cached
        self.workers = self.ahead_converted = 0
        self.sources: dict = {}  # src_uri -> (size, mtime) of each page's source as this build found it
        self.link_states: dict = {}  # link target -> its state in this build (pages.still_valid)
        self.held = HeldPages()  # each converted page's Markdown and HTML, compressed until it is rendered
        self.renderings: Counter = Counter()  # pages "rendered" through their template (of which "ahead"), and "taken"
        self.site = None  # the last build's site (site_files.PreviousSite), when make site names it
        self.outputs: dict[str, str] = {}  # each page's output path -> its output's digest (with a last site)
        self.linked: set[str] = set()  # pages linked from the last site (MkDocs logs them as skipped)
        self.changed: list = []  # the files of the pages whose source changed since the last build (converted ahead)
        self.written: dict[str, str] = {}  # output path -> digest of each page rendered ahead ("-": not written)
        self.written_pages: set[str] = set()  # pages a worker wrote ahead (MkDocs logs them as skipped)
        self.render_workers = 0
        self.read: Sources | None = None  # the pages' sources as read by the last build (sources.py), when unread pages may be
        self.unread: dict[int, object] = {}  # id(page) -> the record of its source, for a page given an empty source


_build: _Build | None = None
_command = "build"
_dirty = False  # `--dirty`: MkDocs keeps site/ and writes only changed pages


def on_startup(command, dirty):
    """Remember whether this is `mkdocs build` (workers) or `serve` (no workers: pages rebuild one by one), and dirty."""
    global _command, _dirty
    _command, _dirty = command, bool(dirty)


@event_priority(-10_000)  # after every other plugin has set the configuration
def on_config(config):
    """Open the cache beside docs/ (unless DOSSIER_MKDOCS_CACHE=0) and cache Material's search entries."""
    global _build
    _build = None
    if os.environ.get(CACHE_VARIABLE, "").strip() == "0":
        return config
    folder = Path(config.docs_dir).resolve().parent / CACHE_DIR_NAME / CACHE_SUBDIR
    if not any(isinstance(extension, SkipUnmatchablePatterns) for extension in config.markdown_extensions):
        config.markdown_extensions.append(SkipUnmatchablePatterns())  # the same HTML, sooner (inline.py)
    _build = _Build(folder, config_fingerprint(config))
    search_index = search_index_of(config)
    if search_index is not None:
        cache_indexing(search_index, _build.search, search_fingerprint(config, search_index), _build.held)
        _build.index = search_index.add_entry_from_context
        lighten_page_context(config, _build.held)
    return config


@event_priority(-10_000)  # once every plugin has its navigation
def on_nav(nav, config, files):
    """Convert the pages ahead in forked workers (one per core; DOSSIER_WORKERS)."""
    if _build is None:
        return nav
    _build.nav = nav
    if _command == "serve":
        return nav
    set_aside()  # the files and navigation live to the end of the build; the workers fork now (generator/memory.py)
    pages = documentation_pages(files)
    _build.sources = source_states(pages)
    # Pages whose source did not change since the last finished build are (almost surely) cached: not forked for.
    changed = _build.changed = likely_changed(pages, _build.sources, load_sources(_build.folder, _build.fingerprint))
    _build.ahead = True
    try:
        _build.workers, _build.ahead_converted = convert_ahead(config, files, changed, worker_count(), _build.index,
                                                               _skip_in_worker)
    finally:
        _build.ahead = False
    for store in (_build.pages, _build.search, _build.render):
        store.refresh()  # the entries the workers appended to their own segments
    if only_listener(config.plugins.events, {"page_read_source": on_page_read_source, "page_markdown": on_page_markdown}):
        _build.read = Sources(_build.folder, _build.fingerprint)
    # Reading the pages makes what lives to the end of the build (pages, tables of contents, conversions
    # restored): no cyclic collections until every page is read (on_env; generator/memory.py).
    pause_collector()
    return nav


def on_page_read_source(page, config):
    """An empty source for a page whose source is as the last build read it (sources.py); else MkDocs reads it."""
    if _build is None or _build.read is None or _build.ahead:
        return None
    found = _build.read.unread(page)
    if found is None:
        return None
    _build.unread[id(page)] = found
    return ""


@event_priority(-10_000)  # the environment as every other plugin left it
def on_env(env, config, files):
    """Cache each page's rendering through its template (generator/mkdocs_cache/render.py)."""
    if _build is None or _build.nav is None:
        return env
    if _command != "serve":
        resume_collector()  # (paused in on_nav)
        set_aside()  # every page is read: the pages live to the end of the build (generator/memory.py)
    keep_compiled_templates(env, _build.folder / TEMPLATES_SUBDIR)
    # make site builds into a staging folder and names the site it replaces: the outputs are linked (or read back) from it.
    named = os.environ.get(PREVIOUS_SITE_VARIABLE, "") if _command == "build" else ""
    links = pages_may_be_linked(config.plugins.events.get("post_page", []), on_post_page)
    _build.held.waiting = _command == "build" and html_may_wait(config.plugins.events.get("page_context", []),
                                                                 on_page_context)
    _build.site = previous_site(config.site_dir, named, load_record(_build.folder) if named else None, links)
    if _build.site is not None and links:
        logging.getLogger("mkdocs.commands.build").addFilter(_linked_pages_filter)
    env = cache_rendering(env, _build.render, build_fingerprint(config, env, _build.nav, files),
                          _build.renderings, _build.held, _build.site, _build.outputs, _build.written)
    if _command == "build" and not _dirty and (_build.site is None or links):
        _render_ahead(config, env, files)
    return env


def _render_ahead(config, env, files) -> None:
    """Render the pages whose source changed (all of them in a first build) ahead, in forked workers: each
    worker's renderings go to the cache and, with a last site, its outputs to their files; MkDocs then
    takes them as it builds each page (render.page_renderer)."""
    # The page list as MkDocs gives each page's context (the pages it builds); the changed ones are among them.
    render = page_renderer(config, _build.nav, env, documentation_pages(files), _build.renderings, _build.outputs,
                           write=_build.site is not None)
    _build.render_workers, reports = render_ahead(_build.changed, worker_count(), render)
    for line in reports:
        digest, _, path = line.partition("\t")
        _build.written[path] = digest
    if _build.render_workers:
        for store in (_build.render, _build.search):
            store.refresh()  # the entries the workers appended to their own segments


def _linked_pages_filter(record: logging.LogRecord) -> bool:
    """MkDocs' note that it skipped a page with empty output, left out for the pages linked from the last site."""
    if _build is None or not (_build.linked or _build.written_pages) or not str(record.msg).startswith("Page skipped: '"):
        return True
    page = str(record.msg).removeprefix("Page skipped: '").partition("'")[0]
    return page not in _build.linked and page not in _build.written_pages


def _skip_in_worker(page) -> bool:
    """In a worker: whether the page's conversion was in the cache already (nothing to do)."""
    pending = _build.pending.get(id(page))
    if pending is not None and pending[2] is None:
        del _build.pending[id(page)]
        return True
    return False


@event_priority(-10_000)  # the Markdown as every other plugin left it
def on_page_markdown(markdown, page, config, files):
    """Take the cached conversion if it holds (the page then skips its conversion), else record the conversion."""
    if _build is None:
        return markdown
    found = _build.unread.pop(id(page), None)
    if found is not None:
        page.meta = pickle.loads(found.meta)
        entry = _build.pages.get(found.key)
        if entry is not None and still_valid(entry, files, _build.link_states):
            _build.read.taken(found)
            return _take(page, found.key, "", entry)
        markdown = _build.read.read_now(page, found)  # its conversion is to be made: the source is read after all
    key = page_key(_build.fingerprint, page, markdown)
    if _build.read is not None and not _build.ahead:
        _build.read.read(page, key)
    if _build.ahead and _build.pages.has(key):
        _build.pending[id(page)] = (key, markdown, None)
        return markdown
    entry = None if _build.ahead else _build.pages.get(key)
    if entry is not None and still_valid(entry, files, _build.link_states):
        return _take(page, key, markdown, entry)
    recorder = Recorder(files).__enter__()
    _build.pending[id(page)] = (key, markdown, recorder)
    return markdown


def _take(page, key: str, markdown: str, entry: dict) -> str:
    """Take a cached conversion: the page skips its own (on this page object only), restored in on_page_content."""
    _build.pending[id(page)] = (key, markdown, entry)
    page.render = lambda config, files: setattr(page, "content", "")
    return ""


@event_priority(10_000)  # before any other plugin reads the page's HTML
def on_page_content(html, page, config, files):
    """Restore a cached conversion (and replay its log), or store the one MkDocs just made."""
    if _build is None or id(page) not in _build.pending:
        return html
    key, markdown, held = _build.pending.pop(id(page))
    if isinstance(held, Recorder):
        held.__exit__()
        packed_html, digest, search_attributes = packed(html), html_digest(html), SEARCH_ATTRIBUTE_MARK in (html or "")
        _build.pages.put(key, make_entry(page, packed_html, held, digest, search_attributes))
    else:
        page.__dict__.pop("render", None)
        packed_html, digest, search_attributes = restore(page, held, files)
        html = None
    if _command == "serve" or _build.ahead:  # (a worker converting ahead drops the page once it is stored)
        page.markdown = markdown
        return unpacked(packed_html) if html is None else html
    return _build.held.hold(page, packed_html, digest, search_attributes)


@event_priority(10_000)  # before any other plugin reads the page's HTML
def on_page_context(context, page, config, nav):
    """Give the page its HTML back, for its rendering (or, when no handler reads it, only if it is rendered)."""
    if _build is not None and not _build.held.waiting:
        _build.held.give_back(page)
    return context


@event_priority(-10_000)  # once every plugin has seen the page
def on_post_page(output, page, config):
    """Let go of the page's Markdown and HTML: it is rendered (every page holds them at once otherwise). A page
    taken from the last site is linked from it, and its empty output makes MkDocs write nothing."""
    if _build is not None:
        _build.held.let_go(page)
        if isinstance(output, LinkedOutput):
            if str(output.source) == page.file.abs_dest_path:  # written there ahead, by a worker of this build
                _build.written_pages.add(page.file.src_uri)
            else:
                link_page(output.source, page.file.abs_dest_path)
                _build.linked.add(page.file.src_uri)
            return ""
    return output


def on_build_error(error):
    """A failed conversion leaves no recorder listening, and the cycle collector on."""
    resume_collector()
    logging.getLogger("mkdocs.commands.build").removeFilter(_linked_pages_filter)
    if _build is not None:
        for _, _, held in _build.pending.values():
            if isinstance(held, Recorder):
                held.__exit__()
        _build.pending.clear()
        for store in (_build.pages, _build.search, _build.render):
            store.close()


@event_priority(-50)  # after Material's search plugin wrote its index (0), before the offline plugin (-100)
def on_post_build(config):
    """Remove the entries this build did not use (the cache never outgrows one site); let go of Material's
    search entries once it wrote them."""
    if _build is None:
        return
    release_entries(config)
    pages = _build.pages
    # A dirty build reads only the pages it rebuilds: the entries of the others are still the site's.
    removed = sum(store.finish(None if _dirty else store.used) for store in (pages, _build.search, _build.render))
    if _build.sources:
        save_sources(_build.folder, _build.fingerprint, _build.sources)
    if _build.read is not None:
        _build.read.save(Path(config.docs_dir), keep_others=_dirty)
    logging.getLogger("mkdocs.commands.build").removeFilter(_linked_pages_filter)
    if _build.site is not None and not _dirty:
        save_record(_build.folder, config.site_dir, _build.outputs)
    ahead = f" ({_build.ahead_converted} ahead in {_build.workers} processes)" if _build.workers else ""
    linked = f" ({len(_build.linked)} linked from the last site)" if _build.linked else ""
    rendered_ahead = (f"; {_build.renderings['ahead']} rendered ahead in {_build.render_workers} processes"
                      if _build.render_workers else "")
    log.info("MkDocs cache: %d pages converted%s, %d taken from an earlier build; %d rendered, %d taken%s; "
             "%d unused entries removed; %d sources not read%s", pages.written + _build.ahead_converted, ahead,
             pages.hits - _build.ahead_converted, _build.renderings["rendered"], _build.renderings["taken"], linked, removed,
             _build.read.unread_count if _build.read is not None else 0, rendered_ahead)
