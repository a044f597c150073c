"""The last build's site, read back or linked: where the render cache finds each page's last output.

A page's HTML file is its template's output as MkDocs wrote it (no plugin of this project changes a
page's output after its template). So the render cache (render.py) keeps only each output's
digest, and takes the output from the page's file in the last build's site when that file has
the digest; a missing or edited file is a miss, and the page is rendered. At 10,000 articles the
stored outputs were 1.5 GB, read again at every build on a machine that keeps little in its page
cache, beside the 1.5 GB of the site itself.

`mkdocs build` empties its site folder before it renders, so the last site must be elsewhere:
`make site` builds into a staging folder beside the site and swaps them once the build succeeded
(a failed build leaves the site as it was), and names the site in DOSSIER_PREVIOUS_SITE. The site
is only read or linked to, never moved or written: the build must leave it as it was.

A page taken from the last site is not read and written again but hard-linked into the staging
folder (a file's bytes are never changed in place, by MkDocs or by this hook, so the two names
cannot differ): at 10,000 articles that was 1.8 GB read and written again after one change. The
page's template output then never exists as text, so this is done only when every other handler
of MkDocs' `post_page` event is marked as leaving the output alone (`leaves_output_alone`); with
any other plugin reading or changing pages, the output is read back and written as before.
Whether the last site's file holds the output is decided as for docs/ (generator/docs_state.py):
the build records each page file's size, modification time, inode and the digest of the output
it was written from (`site-files.pickle` in the cache folder), and a file whose stat is as
recorded is not read again; any other file is read and hashed.

A build without DOSSIER_PREVIOUS_SITE (`mkdocs build` run by hand into the site itself) has no last
site to read, and the render cache keeps whole outputs.
"""
from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

from generator.docs_state import DocsState

RECORD_NAME = "site-files.pickle"  # in the MkDocs cache folder
_LEAVES_OUTPUT = "dossier_leaves_output_alone"


def leaves_output_alone(handler):
    """Mark a `post_page` handler that neither reads nor changes the page's output (so pages may be linked)."""
    setattr(handler, _LEAVES_OUTPUT, True)
    return handler


def pages_may_be_linked(post_page_handlers, own_handler) -> bool:
    """Whether every post_page handler but the cache's own leaves a page's output alone."""
    return all(handler is own_handler or getattr(handler, _LEAVES_OUTPUT, False) for handler in post_page_handlers)


class LinkedOutput(str):
    """A page's output that is the last site's file at `source`: linked, never read (empty as text)."""

    source: Path


def linked_output(source: Path) -> LinkedOutput:
    output = LinkedOutput("")
    output.source = source
    return output


class PreviousSite:
    """The files of the last build's site, by the path of the same file in the site being built."""

    def __init__(self, site_dir: Path, previous_site: Path, recorded: dict | None = None, links: bool = False):
        self.site_dir, self.previous_site = site_dir, previous_site
        self.state = DocsState(previous_site, recorded)  # each file's digest: from the record when its stat says so
        self.links = links  # pages may be linked (pages_may_be_linked)
        self._inside = os.path.join(str(site_dir), "")  # (a page's output path starts so: asked for every page)

    def _relative(self, output_path: str) -> str | None:
        tail = _plainly_inside(output_path, self._inside)
        if tail is not None:
            return tail
        relative = os.path.relpath(os.path.abspath(output_path), self.site_dir)
        return None if relative.startswith(os.pardir) or os.path.isabs(relative) else Path(relative).as_posix()

    def previous(self, output_path: str) -> bytes | None:
        """The bytes of the last site's file at this path of the site being built, or None (none, or unreadable)."""
        relative = self._relative(output_path)
        if relative is None:
            return None
        try:
            return (self.previous_site / relative).read_bytes()
        except OSError:
            return None

    def linkable(self, output_path: str, digest: str) -> Path | None:
        """The last site's file at this path if it holds the output of this digest and pages may be linked, else None."""
        relative = self._relative(output_path) if self.links else None
        if relative is None or self.state.digest(relative) != digest:
            return None
        return self.previous_site / relative


def link_page(source: Path, output_path: str) -> None:
    """Put the last site's file at the page's place in the site being built (a copy where links are refused)."""
    os.makedirs(os.path.dirname(output_path), exist_ok=True)
    try:
        os.link(source, output_path)
    except OSError:  # another file system, or none that links
        shutil.copyfile(source, output_path)


def load_record(folder: Path, name: str = RECORD_NAME) -> dict:
    """Each page file of the last site as the last build recorded it ({} if none or unreadable); `name`: the record's file."""
    try:
        record = pickle.loads((folder / name).read_bytes())
        return record if isinstance(record, dict) else {}
    except Exception:  # a missing or damaged record only means the files are read and hashed
        return {}


def save_record(folder: Path, site_dir: str, outputs: dict[str, str], name: str = RECORD_NAME) -> None:
    """Record each page file written by this build (its path in site_dir: the digest of its output) for the next;
    `name`: the record's file."""
    site = Path(os.path.abspath(site_dir))
    state = DocsState(site).recordable(sorted((_site_relative(path, site), digest) for path, digest in outputs.items()))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{name}.{os.getpid()}"
        temporary.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, folder / name)
    except OSError:  # only time is lost: the next build reads the files
        pass


def _plainly_inside(path: str, inside: str) -> str | None:
    """The path's part after `inside` (a folder's absolute path ending in a separator) when that is what relpath
    would give (no . or .. parts, no doubled slash), else None: relpath and a Path per page were slow at 10,000."""
    tail = path[len(inside) - 1:] if path.startswith(inside) else None
    if os.sep == "/" and tail is not None and "/." not in tail and "//" not in tail:
        return tail[1:]
    return None


def _site_relative(path: str, site: Path) -> str:
    """A written file's path relative to the site folder, with /."""
    tail = _plainly_inside(path, os.path.join(str(site), ""))
    return tail if tail is not None else Path(os.path.relpath(path, site)).as_posix()


def previous_site(site_dir: str, named: str, recorded: dict | None = None, links: bool = False) -> PreviousSite | None:
    """The last site named for a build into site_dir (DOSSIER_PREVIOUS_SITE), or None: none named, or the
    build's own folder (which MkDocs empties first)."""
    if not named.strip():
        return None
    site, previous = Path(os.path.abspath(site_dir)), Path(os.path.abspath(named.strip()))
    if previous.resolve() == site.resolve():
        return None
    return PreviousSite(site, previous, recorded, links)
