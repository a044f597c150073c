"""Pages whose source did not change since the last build are not read: their front matter and page key are remembered.

Why: after one change at 10,000 articles MkDocs still read all 33,416 sources (750 MB), parsed each
one's YAML front matter, and the hook hashed each page's Markdown for its key, only to find nearly
every conversion in the cache. A source whose size, modification time and inode are as when the last
build read it holds the bytes it held then (the rule of generator/docs_state.py, files modified in
the clock tick of the record excluded), so its Markdown is the one read then: its front matter
(`page.meta`) and its page key are the ones recorded. MkDocs is given an empty source for such a page
(`on_page_read_source`, a documented event), and the hook puts the recorded front matter on the page
in `on_page_markdown`; if the page's conversion is not in the cache after all (a page it links to
moved), the source is read there as MkDocs reads it, and converted.

Only where nothing else can see the difference: under `mkdocs build` (not `serve`), in the main
process (not a worker converting ahead), and when no other plugin or hook listens to `pre_page`,
`page_read_source` or `page_markdown` (any of them could read or change a page's source).
"""
from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils import meta as front_matter

from generator.docs_state import DocsState
from generator.mkdocs_cache.store import read_checked, write_checked

RECORD_NAME = "read-sources.pickle"
_FORMAT = 1


@dataclass(frozen=True)
class ReadSource:
    """What the last build found reading a page's source."""

    stat: tuple[int, int, int]  # the source's size, modification time (ns) and inode before it was read
    place: tuple[str, str, str]  # the page's src_uri, URL and inclusion (in its key too)
    key: str  # the page key of its Markdown (pages.page_key)
    meta: bytes  # its front matter, pickled (each page gets a copy of its own)


def _place(page) -> tuple[str, str, str]:
    return (page.file.src_uri, page.file.url, page.file.inclusion.name)


def _stat(page) -> tuple[int, int, int] | None:
    try:
        status = os.stat(page.file.abs_src_path) if page.file.abs_src_path else None
    except OSError:
        return None
    return None if status is None else (status.st_size, status.st_mtime_ns, status.st_ino)


def only_listener(events: dict, own: dict) -> bool:
    """Whether the hook's own handlers are the only ones of the events that see a page's source (see the module)."""
    return all(all(handler is own.get(name) for handler in events.get(name, [])) for name in
               ("pre_page", "page_read_source", "page_markdown"))


class Sources:
    """The sources read by the last build (by src_uri), and those this build reads or takes unread, to record."""

    def __init__(self, folder: Path, fingerprint: str):
        self.folder, self.fingerprint = folder, fingerprint
        self.recorded = _load(folder, fingerprint)
        self.stats: dict[str, tuple[int, int, int]] = {}  # src_uri -> its stat, taken before MkDocs reads it
        self.kept: dict[str, ReadSource] = {}  # this build's records
        self.unread_count = 0  # pages taken without reading their source

    def unread(self, page) -> ReadSource | None:
        """The last build's record of the page's source if the source is as it was then (None: it is to be read)."""
        stat = _stat(page)
        found = self.recorded.get(page.file.src_uri)
        if stat is not None and found is not None and found.stat == stat and found.place == _place(page):
            return found
        if stat is not None:
            self.stats[page.file.src_uri] = stat
        return None

    def taken(self, found: ReadSource) -> None:
        """A page taken unread: its record stands for the next build."""
        self.kept[found.place[0]] = found
        self.unread_count += 1

    def read_now(self, page, found: ReadSource) -> str:
        """Read a page's source after all (its conversion was not in the cache), as MkDocs reads it; its Markdown."""
        self.stats[page.file.src_uri] = found.stat  # (taken before this read)
        page.markdown, page.meta = front_matter.get_data(page.file.content_string)
        return page.markdown

    def read(self, page, key: str) -> None:
        """A page whose source MkDocs read: its front matter and key, with the stat taken before the read."""
        stat = self.stats.pop(page.file.src_uri, None)
        if stat is None:
            return
        try:
            meta = pickle.dumps(page.meta, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # front matter that does not pickle: read at every build
            return
        self.kept[page.file.src_uri] = ReadSource(stat, _place(page), key, meta)

    def save(self, docs_dir: Path, keep_others: bool = False) -> None:
        """Record this build's sources for the next (with keep_others, a --dirty build's, the last records of the pages it did
        not read too); a source modified in the clock tick of the record is left out (generator/docs_state.py)."""
        tick = DocsState(docs_dir).clock_tick()
        records = {**(self.recorded if keep_others else {}), **self.kept}
        records = {uri: found for uri, found in sorted(records.items()) if found.stat[1] < tick}
        try:  # with its SHA-256: a damaged file must be no record, not another
            write_checked(self.folder / RECORD_NAME, pickle.dumps(
                {"format": _FORMAT, "fingerprint": self.fingerprint, "sources": records}, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:  # only time is lost: the next build reads every source
            pass


def _load(folder: Path, fingerprint: str) -> dict[str, ReadSource]:
    """The last build's records under this fingerprint ({} if none, another, or unreadable)."""
    try:
        data = read_checked(folder / RECORD_NAME)
        if data is None:
            return {}
        stored = pickle.loads(data)
        if stored.get("format") != _FORMAT or stored.get("fingerprint") != fingerprint:
            return {}
        records = stored["sources"]
        return records if all(isinstance(found, ReadSource) for found in records.values()) else {}
    except Exception:  # missing or damaged: every source is read
        return {}
