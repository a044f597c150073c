"""A page's conversion as a cache entry: its key, what is recorded while MkDocs converts it, and its restoration.

What `Page.render` (MkDocs 1.6) leaves on a page: `content`, `toc`, `_title_from_render` (the title
from the first heading; private, see tests/test_mkdocs_cache.py, which pins the versions where it
holds), `present_anchor_ids` and `links_to_anchors` (read by MkDocs' anchor validation after every
page is built), and log records (link warnings, which strict mode counts). Links are resolved
through `files.get_file_from_path`: each lookup and its answer is recorded, so that a hit can be
checked against the files of this build.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import platform
import sys
from importlib import metadata
from pathlib import Path, PurePath
from typing import Any

from mkdocs.structure.files import Files
from mkdocs.structure.toc import get_toc

FORMAT = 1  # bump when an entry changes shape
_PACKAGES = ("mkdocs", "Markdown", "pymdown-extensions", "mkdocs-material")
_LOGGERS = ("", "mkdocs")  # MkDocs' own logger does not propagate to the root: listen on both


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def _code_hash() -> str:
    """A hash of this package's code: a new version of the hook starts from an empty cache."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _plain(value: Any) -> str:
    """A stable text for configuration values (dicts sorted; anything else by its repr)."""
    return json.dumps(value, sort_keys=True, default=repr, ensure_ascii=False)


def config_fingerprint(config) -> str:
    """A hash of everything outside a page that its conversion depends on."""
    extensions = [ext if isinstance(ext, str) else f"{type(ext).__module__}.{type(ext).__qualname__}:{_plain(vars(ext))}"
                  for ext in config.markdown_extensions]
    parts = {
        "format": FORMAT, "python": [platform.python_implementation(), sys.version],
        "versions": {package: _version(package) for package in _PACKAGES}, "code": _code_hash(),
        "extensions": extensions, "extension_configs": config.mdx_configs,
        "validation": dict(config.validation.links), "use_directory_urls": config.use_directory_urls,
        # MkDocs keeps links_to_anchors only when its log is not at debug level.
        "debug": logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() <= logging.DEBUG,
    }
    return hashlib.sha256(_plain(parts).encode("utf-8")).hexdigest()


def page_key(fingerprint: str, page, markdown: str) -> str:
    """The key of one page's conversion: the configuration's fingerprint, where the page is, its final Markdown."""
    digest = hashlib.sha256(fingerprint.encode())
    for part in (page.file.src_uri, page.file.url, page.file.inclusion.name, markdown):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def _file_state(file) -> tuple | None:
    """What a link rewrite reads of a target file: where it is, its URL, whether it is built."""
    return None if file is None else (file.src_uri, file.url, file.inclusion.name)


class Recorder(logging.Handler):
    """While one page converts: the log records it emits, and the link targets it looks up."""

    def __init__(self, files):
        super().__init__(logging.NOTSET)
        self.files = files
        self.records: list[tuple[str, int, str]] = []
        self.lookups: dict[str, tuple | None] = {}
        self._last: logging.LogRecord | None = None
        self._get = _getter(files)  # MkDocs' look-up, its path normalisation memoised (a page has ~150 links)

    def emit(self, record: logging.LogRecord) -> None:
        if record is self._last:  # one record seen by both loggers (when MkDocs' logger propagates)
            return
        self._last = record
        self.records.append((record.name, record.levelno, record.getMessage()))

    def lookup(self, path: str):
        """files.get_file_from_path, recorded."""
        found = self._get(path)
        if path not in self.lookups:
            self.lookups[path] = _file_state(found)
        return found

    def __enter__(self) -> "Recorder":
        for name in _LOGGERS:
            logging.getLogger(name).addHandler(self)
        self.files.get_file_from_path = self.lookup  # on this Files object only, for this page only
        return self

    def __exit__(self, *exc) -> None:
        for name in _LOGGERS:
            logging.getLogger(name).removeHandler(self)
        self.files.__dict__.pop("get_file_from_path", None)


def _toc_tokens(items) -> list[dict]:
    return [{"name": item.title, "id": item.id, "level": item.level, "children": _toc_tokens(item.children)}
            for item in items]


def make_entry(page, content: bytes | None, recorder: Recorder, digest: str, search_attributes: bool) -> dict:
    """The cache entry of a page MkDocs just converted (its HTML packed, its digest, whether it has search
    attributes: generator.mkdocs_cache.held)."""
    links = getattr(page, "links_to_anchors", None)
    return {
        "content": content,
        "digest": digest,
        "search_attributes": search_attributes,
        "toc": _toc_tokens(page.toc),
        "title": page._title_from_render,
        "anchor_ids": sorted(page.present_anchor_ids or ()),
        "links_to_anchors": None if links is None else [(file.src_uri, dict(anchors)) for file, anchors in links.items()],
        "records": recorder.records,
        "lookups": recorder.lookups,
    }


@functools.lru_cache(maxsize=1 << 18)
def _posix(path: str) -> str:
    """A link target as MkDocs' Files.get_file_from_path normalises it (the same few thousand paths, over and over)."""
    return PurePath(path).as_posix()


def _getter(files):
    """files.get_file_from_path: MkDocs' own (a dict look-up of the normalised path, memoised) unless a subclass overrides it."""
    if type(files).get_file_from_path is not Files.get_file_from_path:
        return functools.partial(type(files).get_file_from_path, files)
    uris = files.src_uris
    return lambda path: uris.get(_posix(path))


def still_valid(entry: dict, files, states: dict | None = None) -> bool:
    """Whether every link target the cached conversion looked up is still what it was.

    states: each target's state in this build, filled as targets are looked up (a build's files do
    not change once its pages are read, and thousands of pages link to the same entity pages).
    """
    if states is not None and entry["lookups"].items() <= states.items():
        return True  # every target looked up before, each as the conversion saw it (compared in C: 33,000 pages)
    get = _getter(files)
    states = {} if states is None else states
    for path, state in entry["lookups"].items():
        found = states.get(path, states)
        if found is states:
            found = states[path] = _file_state(get(path))
        if found != state:
            return False
    return True


def restore(page, entry: dict, files) -> tuple[bytes | None, str, bool]:
    """Put a cached conversion on the page as MkDocs' own would have left it; replay its log; the HTML, packed,
    its digest and whether it has search attributes."""
    page.toc = get_toc(entry["toc"])
    page._title_from_render = entry["title"]
    page.present_anchor_ids = set(entry["anchor_ids"])
    if entry["links_to_anchors"] is not None:
        get = _getter(files)
        page.links_to_anchors = {get(src_uri): dict(anchors) for src_uri, anchors in entry["links_to_anchors"]}
    for name, level, message in entry["records"]:
        logging.getLogger(name).log(level, message)
    return entry["content"], entry["digest"], entry["search_attributes"]
