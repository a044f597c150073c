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
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import mkdocs.utils

log = logging.getLogger("mkdocs.hooks.dossier.cache")


class KeptSite:
    """The files of the last build's site, set aside to be taken back where the new build writes the same bytes."""

    def __init__(self, site_dir: Path, aside: Path):
        self.site_dir, self.aside = site_dir, aside
        self.kept = self.written = 0
        self._write_file = None

    def set_aside(self) -> None:
        """Move the site's entries (not its hidden ones, which MkDocs keeps) aside, and take over MkDocs' write_file."""
        shutil.rmtree(self.aside, ignore_errors=True)  # left by a build that was killed
        if self.site_dir.is_dir():
            try:
                self.aside.mkdir(parents=True, exist_ok=True)
                for entry in sorted(os.listdir(self.site_dir)):
                    if not entry.startswith("."):
                        os.rename(self.site_dir / entry, self.aside / entry)
            except OSError as error:  # another file system: what was not moved is cleaned by MkDocs
                log.debug("%s: the site's files could not be set aside (%s)", self.site_dir, error)
        self._write_file, mkdocs.utils.write_file = mkdocs.utils.write_file, self.write_file

    def write_file(self, content: bytes, output_path: str) -> None:
        """MkDocs' write_file, that takes back the file set aside at this path when it holds these bytes."""
        before = self._aside_path(output_path)
        if before is not None and _holds(before, content):
            os.makedirs(os.path.dirname(output_path), exist_ok=True)
            os.replace(before, output_path)
            self.kept += 1
            return
        self._write_file(content, output_path)
        self.written += 1

    def _aside_path(self, output_path: str) -> Path | None:
        relative = os.path.relpath(os.path.abspath(output_path), self.site_dir)
        if relative.startswith(os.pardir) or os.path.isabs(relative):
            return None
        return self.aside / relative

    def finish(self) -> None:
        """Give MkDocs its write_file back and remove what was set aside and not taken back."""
        if self._write_file is not None:
            mkdocs.utils.write_file, self._write_file = self._write_file, None
        shutil.rmtree(self.aside, ignore_errors=True)


def _holds(path: Path, content: bytes) -> bool:
    """Whether the file at path holds exactly these bytes (a missing or unreadable file does not)."""
    try:
        if os.stat(path).st_size != len(content):
            return False
        with open(path, "rb") as stream:
            return stream.read() == content
    except OSError:
        return False
