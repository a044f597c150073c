"""The site's files kept where a build writes them again with the same bytes.

`mkdocs build` empties site/ (all but its hidden entries, as `mkdocs.utils.clean_directory` does)
and writes every file anew. Creating tens of thousands of files, most of them the bytes they held
before, is a large part of a build after a small change (at 1,000 articles, 3 of its 17 s; the
files are created while the disk is still taking the last ones). So, before MkDocs cleans the
site, its entries are moved aside into the cache folder (one rename each, on the same file
system), and MkDocs' `write_file` is replaced for the build by one that, when the file set aside
at that path holds exactly the bytes to write, moves it back instead of writing (a file keeps its
inode and modification time; its bytes are the bytes MkDocs would write). What was set aside and
not taken back is removed after the pages and MkDocs' own files are written, so site/ ends with
exactly the files a cold build leaves. A site on another file system, or a folder that cannot be
moved, is left to MkDocs' clean.

`make site` builds into a staging folder beside the site and swaps them once the build succeeded,
so that a failed build leaves the site as it was: it names the site in DOSSIER_PREVIOUS_SITE, and
then the site is only read, never moved or linked from (a plugin that rewrites a file in place, as
the search hook does search_index.json, would change the site that a failed build must leave as
it was): MkDocs writes every file, and the render cache reads the outputs back from the site.

The files set aside (or the previous site) are also where the render cache finds a page's last output (render.py): a
page's HTML file is its template's output as written, so the cache keeps only the output's digest
and reads the output back from the file set aside, once for both (at 10,000 articles the stored
outputs were 1.5 GB, read again at every build on a machine that keeps little in its page cache).
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import mkdocs.utils

log = logging.getLogger("mkdocs.hooks.dossier.cache")


class KeptSite:
    """The files of the last build's site, set aside to be taken back where the new build writes the same bytes
    (or, named as the previous site of a build into another folder, only read)."""

    def __init__(self, site_dir: Path, aside: Path, previous_site: Path | None = None):
        self.site_dir = site_dir
        # Another folder holds the last build's site (make's staging): only read.
        self.read_only = previous_site is not None and previous_site.resolve() != site_dir.resolve()
        self.aside = previous_site if self.read_only else aside
        self.kept = self.written = 0
        self.whole = False  # the whole last site is at hand (else the render cache keeps whole outputs)
        self._write_file = None
        self._last: tuple[str, bytes | None] = ("", None)  # the last file read back: its page is written next

    def set_aside(self) -> None:
        """Move the site's entries (not its hidden ones, which MkDocs keeps) aside, and take over MkDocs' write_file."""
        if self.read_only:
            self.whole = True
            return
        self._move_aside()
        self._write_file, mkdocs.utils.write_file = mkdocs.utils.write_file, self.write_file

    def _move_aside(self) -> None:
        shutil.rmtree(self.aside, ignore_errors=True)  # left by a build that was killed
        try:
            self.aside.mkdir(parents=True, exist_ok=True)
            if self.site_dir.is_dir():
                for entry in sorted(os.listdir(self.site_dir)):
                    if not entry.startswith("."):
                        os.rename(self.site_dir / entry, self.aside / entry)
            self.whole = True
        except OSError as error:  # another file system: what was not moved is cleaned by MkDocs
            log.debug("%s: the site's files could not be set aside (%s)", self.site_dir, error)

    def previous(self, output_path: str) -> bytes | None:
        """The bytes of the file set aside at this path of the site, or None (none there, or unreadable)."""
        if self._last[0] == output_path:
            return self._last[1]
        before = self._aside_path(output_path)
        try:
            data = before.read_bytes() if before is not None else None
        except OSError:
            data = None
        self._last = (output_path, data)
        return data

    def write_file(self, content: bytes, output_path: str) -> None:
        """MkDocs' write_file, that takes back the file set aside at this path when it holds these bytes."""
        before = self._aside_path(output_path)
        if before is not None and self._holds(output_path, before, content):
            os.makedirs(os.path.dirname(output_path), exist_ok=True)
            os.replace(before, output_path)
            self.kept += 1
        else:
            self._write_file(content, output_path)
            self.written += 1
        self._last = ("", None)

    def _holds(self, output_path: str, before: Path, content: bytes) -> bool:
        """Whether the file set aside holds exactly these bytes (a missing or unreadable file does not)."""
        if self._last[0] == output_path:  # read back for the render cache just before
            return self._last[1] == content
        try:
            if os.stat(before).st_size != len(content):
                return False
            with open(before, "rb") as stream:
                return stream.read() == content
        except OSError:
            return False

    def _aside_path(self, output_path: str) -> Path | None:
        relative = os.path.relpath(os.path.abspath(output_path), self.site_dir)
        if relative.startswith(os.pardir) or os.path.isabs(relative):
            return None
        return self.aside / relative

    def finish(self) -> None:
        """Give MkDocs its write_file back and remove what was set aside and not taken back (not a previous site)."""
        if self._write_file is not None:
            mkdocs.utils.write_file, self._write_file = self._write_file, None
        if not self.read_only:
            shutil.rmtree(self.aside, ignore_errors=True)
