"""MkDocs hook (listed under `hooks:` in mkdocs.yml): Material's search index, prepared for every language.

- on_config: the search languages as written in the configuration must be ones search handles
  (generator/lang/search.py), else the build stops; the separator must split at U+200B; the page
  script generator/assets/search.js must be among the polyfills.
- on_page_context: remembers each page's language and kind (article, entity page, ...).
- on_post_build, after Material's search plugin (which writes site/search/search_index.json) and the
  offline plugin (which copies it into search_index.js): prepares the index, see
  generator/search/index.py (Thai segmented, repeated sections left out, entity names as tags, one
  lunr "language": dossier), and writes it in pieces, see generator/search/shards.py (both files
  rewritten as a small base, the words and texts under search/terms/ and search/text/), as UTF-8;
  and installs the search script where Material's worker loads that language from.

The design is described in generator/search/__init__.py.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# MkDocs loads a hook by its path: make the project's packages importable.
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from generator.cache import Store, cache_dir_for  # noqa: E402
from generator.lang.locale import native_name  # noqa: E402
from generator.lang.search import UnsupportedSearchLanguage, check_search_languages  # noqa: E402
from generator.mkdocs_cache.held import reads_no_html  # noqa: E402
from generator.mkdocs_cache.site_files import PreviousSite, link_page, load_record, previous_site, save_record  # noqa: E402
from generator.mkdocs_cache import CACHE_SUBDIR, CACHE_VARIABLE, PREVIOUS_SITE_VARIABLE  # noqa: E402
from generator.render.config import SEARCH_SCRIPT  # noqa: E402
from generator.search import LUNR_LANGUAGE  # noqa: E402
from generator.search.knowledge_file import knowledge_entities  # noqa: E402
from generator.search.index import dumps, entity_names, entries_used, page_info, prepare, thai_names  # noqa: E402
from generator.search.segment import Remembered, thai_run_segmenter  # noqa: E402
from generator.search.shards import build as build_pieces, json_call  # noqa: E402
from generator.slugs import KNOWLEDGE_FILE  # noqa: E402

log = logging.getLogger("mkdocs.hooks.dossier.search")

_SEARCH_PLUGINS = ("search", "material/search")
_WORKER_LANGUAGE = f"assets/javascripts/lunr/min/lunr.{LUNR_LANGUAGE}.min.js"
_pages: dict = {}


def on_config(config):
    """Check the search configuration before anything is built."""
    _pages.clear()
    plugin = next((config.plugins[name] for name in _SEARCH_PLUGINS if name in config.plugins), None)
    if plugin is None:
        return config
    try:
        check_search_languages(_listed_languages(config), f"{config.config_file_path}: plugins.search.lang")
    except UnsupportedSearchLanguage as error:
        raise PluginError(str(error)) from None
    separator = plugin.config.separator or ""
    if not re.search(separator, "a\u200bb"):
        raise PluginError(
            f"{config.config_file_path}: plugins.search.separator {separator!r} does not split at U+200B, "
            "which separates Thai words in the index: use generator.search.SEPARATOR"
        )
    if SEARCH_SCRIPT not in (config.extra.get("polyfills") or []):
        raise PluginError(
            f"{config.config_file_path}: extra.polyfills lacks {SEARCH_SCRIPT}, the search script; "
            "run `python -m generator build`, which writes it into docs/.dossier/mkdocs.corpus.yml"
        )
    return config


def _listed_languages(config) -> list:
    """The search languages as the configuration files write them (MkDocs drops or remaps some silently)."""
    from mkdocs.utils.yaml import get_yaml_loader, yaml_load

    listed = None
    try:
        with open(config.config_file_path, encoding="utf-8") as file:
            raw = yaml_load(file, loader=get_yaml_loader(config=config))
    except (OSError, TypeError):
        raw = {}
    for entry in raw.get("plugins") or []:
        if isinstance(entry, dict):
            for name in _SEARCH_PLUGINS:
                if isinstance(entry.get(name), dict) and "lang" in entry[name]:
                    listed = entry[name]["lang"]
    if listed is None:
        plugin = next(config.plugins[name] for name in _SEARCH_PLUGINS if name in config.plugins)
        listed = plugin.config.lang or []
    return [listed] if isinstance(listed, str) else list(listed)


@reads_no_html  # (the page's source path, URL and front matter, and Material's entries: the MkDocs cache may hold the HTML)
def on_page_context(context, page, config, nav):
    """Remember the page's language and kind for the index."""
    from urllib.parse import unquote

    info = _pages[unquote(page.url)] = page_info(page.file.src_uri, page.meta)
    _drop_unused_entries(config, page, info)
    return context


def _drop_unused_entries(config, page, info) -> None:
    """Leave out of Material's index the entries of this page that the prepared index drops (index.entries_used).

    Runs after Material's search plugin indexed the page (plugins' events run before hooks'): its
    entries are the last ones, each located at the page's URL.
    """
    plugin = next((config.plugins[name] for name in _SEARCH_PLUGINS if name in config.plugins), None)
    entries = getattr(getattr(plugin, "search_index", None), "entries", None)
    if info.whole or not isinstance(entries, list):
        return
    start = len(entries)
    while start > 0 and entries[start - 1].get("location", "").partition("#")[0] == page.url:
        start -= 1
    entries[start:] = entries_used(entries[start:], info)


@event_priority(-110)  # after the search plugin (0) and the offline plugin (-100)
def on_post_build(config):
    """Rewrite the search index for every language and install the search script for the worker."""
    site = Path(config.site_dir)
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return
    script = site / SEARCH_SCRIPT
    if not script.is_file():
        raise PluginError(f"{script}: the search script is missing; run `python -m generator build` (it copies it)")
    knowledge_file = site / KNOWLEDGE_FILE
    # Only the entities' names are read (the whole file held ~700 MB at 10,000 articles).
    knowledge = {"entities": knowledge_entities(knowledge_file)} if knowledge_file.is_file() else {}

    languages = {info.lang: native_name(info.lang) for info in _pages.values() if info.lang}
    segments = _cache_table(config, "search-segments")
    names = thai_names(knowledge)
    salt = hashlib.sha256("\0".join(sorted(names)).encode("utf-8", "surrogatepass")).hexdigest()
    segment = Remembered(lambda: thai_run_segmenter(names), segments, salt)
    # The pieces of an index prepared from the same files as in the last build are taken whole, the index
    # neither parsed nor prepared; the word forms of each field (a larger table) are read only when the
    # pieces are made again.
    pieces = _cache_table(config, "search-pieces")
    forms = _Lazy(lambda: _cache_table(config, "search-forms"))
    made_from = _inputs_key(index_file, knowledge_file, languages)
    folder = _cache_folder(config)
    written: dict[str, str] = {}
    data = write_index(site, lambda: prepare(json.loads(index_file.read_text(encoding="utf-8")), _pages,
                                             entity_names(knowledge), languages, segment),
                       offline="offline" in config.plugins or "material/offline" in config.plugins,
                       store=forms, pieces=pieces, made_from=made_from,
                       previous=_previous_pieces(config, folder), written=written)
    if folder is not None:
        save_record(folder, config.site_dir, written, PIECES_RECORD)
    segment.keep()
    for store in (segments, forms.value, pieces):
        # Unchanged, or not used at all (the pieces taken whole): not written again.
        if store is not None and (store.computed or (store.used and store.used.keys() != store.entries.keys())):
            store.save()

    worker_script = site / _WORKER_LANGUAGE
    worker_script.parent.mkdir(parents=True, exist_ok=True)
    worker_script.write_bytes(script.read_bytes())
    log.debug("search index: %d bytes", len(data.encode("utf-8")))


def _inputs_key(index_file: Path, knowledge_file: Path, languages: dict) -> str:
    """What the prepared index is made from (prepare's inputs): Material's index and knowledge.json as
    files, every page's language and kind, the languages' names."""
    digest = hashlib.sha256()
    for path in (index_file, knowledge_file):
        digest.update(b"\0file\0")
        if path.is_file():
            with path.open("rb") as stream:
                for block in iter(lambda: stream.read(1 << 20), b""):
                    digest.update(block)
    digest.update(repr((sorted(_pages.items()), sorted(languages.items()))).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _cache_table(config, name: str) -> Store:
    """A table kept across builds: Thai segmentations, each indexed field's word forms, the pieces of the index.

    They live with the MkDocs page cache, in .dossier-cache/mkdocs/ beside docs/ (none when
    DOSSIER_MKDOCS_CACHE=0); every entry is keyed by what it is computed from, and a table is
    emptied by any change to the generator's code (generator.cache).
    """
    return Store.load(_cache_folder(config), name)


def _cache_folder(config) -> Path | None:
    """The MkDocs cache's folder, .dossier-cache/mkdocs/ beside docs/ (None when DOSSIER_MKDOCS_CACHE=0)."""
    off = os.environ.get(CACHE_VARIABLE, "").strip() == "0"
    return None if off else cache_dir_for(Path(config.docs_dir)) / CACHE_SUBDIR


# Each piece file of the last site (its size, modification time, inode and digest), as for pages (site_files.py).
PIECES_RECORD = "search-files.pickle"


def _previous_pieces(config, folder: Path | None) -> PreviousSite | None:
    """The last site, named by make site (DOSSIER_PREVIOUS_SITE), whose piece files that hold this build's
    bytes are linked, not written again: after one change most pieces are as they were (188 MB in
    10,000 files at 10,000 articles, 3.5 s to write)."""
    named = os.environ.get(PREVIOUS_SITE_VARIABLE, "")
    if folder is None or not named.strip():
        return None
    return previous_site(config.site_dir, named, load_record(folder, PIECES_RECORD), links=True)


class _Lazy:
    """A value made the first time it is asked for (a cache table read only when it is needed)."""

    def __init__(self, make):
        self.make, self.value = make, None

    def __call__(self):
        if self.value is None:
            self.value = self.make()
        return self.value


def _pieces_key(made_from, sizes: dict) -> str:
    """What the pieces are made from: the prepared index (or a hash of its inputs) and the piece sizes (the
    code is in the table's own key)."""
    digest = hashlib.sha256(repr(sorted(sizes.items())).encode())
    digest.update(made_from.encode() if isinstance(made_from, str) else dumps(made_from).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def write_index(site: Path, prepared, offline: bool, store=None, pieces: Store | None = None,
                made_from: str | None = None, previous: PreviousSite | None = None,
                written: dict[str, str] | None = None, **sizes) -> str:
    """Write the prepared index as a base and pieces (generator/search/shards.py) under site/search/; the base.

    `prepared`: the prepared index, or a function that gives it (called only when the pieces are made);
    `store`: a cache table of word forms (see shards.postings), or a function that gives it; `pieces`: a
    cache table of whole results by what they are made from: `made_from` (a hash of what the prepared
    index is made from), else the prepared index itself; `previous`: the last site, whose piece files that
    hold the same bytes are linked; `written`: filled with each piece file's path and SHA-256; `sizes`:
    piece_bytes, text_bytes (tests cut smaller pieces).
    """
    if callable(prepared) and (pieces is None or made_from is None):
        prepared = prepared()
    key = None if pieces is None else _pieces_key(prepared if made_from is None else made_from, sizes)
    files = pieces.get(key) if key is not None else None
    if files is None:
        # The word pieces are updated from the last build's (its one entry in the table: not kept unless used).
        last = pieces.peek(next(reversed(pieces.entries))) if pieces is not None and pieces.entries else None
        files = build_pieces(prepared() if callable(prepared) else prepared, store=store() if callable(store) else store,
                             last=getattr(last, "state", None), **sizes)
        del last
        if key is not None:
            pieces.put(key, files)
    folder = site / "search"
    data = dumps(files.base)
    (folder / "search_index.json").write_text(data, encoding="utf-8")
    if offline:  # as Material's offline plugin writes it, but parsed as JSON (faster for a large index)
        (folder / "search_index.js").write_text(f"var __index = {json_call(data)}", encoding="utf-8")
    for name, scripts in (("terms", files.terms), ("text", files.texts)):
        subfolder = folder / name
        shutil.rmtree(subfolder, ignore_errors=True)
        subfolder.mkdir(parents=True)
        for number, script in enumerate(scripts):
            _put_piece(str(subfolder / f"{number}.js"), script.encode("utf-8"), previous, written)
    return data


def _put_piece(path: str, data: bytes, previous: PreviousSite | None, written: dict[str, str] | None) -> None:
    """Write a piece file, or link the last site's file at its place when that holds these bytes."""
    digest = hashlib.sha256(data).hexdigest() if previous is not None or written is not None else ""
    source = previous.linkable(path, digest) if previous is not None else None
    if source is not None:
        link_page(source, path)
    else:
        with open(path, "wb") as file:
            file.write(data)
    if written is not None:
        written[path] = digest
