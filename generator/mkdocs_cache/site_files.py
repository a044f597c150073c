"""The last build's site, read back: where the render cache finds each page's last output.

A page's HTML file is its template's output as MkDocs wrote it (no plugin of this project changes a
page's output after its template). So the render cache (render.py) keeps only each output's
digest, and takes the output from the page's file in the last build's site when that file has
the digest; a missing or edited file is a miss, and the page is rendered. At 10,000 articles the
stored outputs were 1.5 GB, read again at every build on a machine that keeps little in its page
cache, beside the 1.5 GB of the site itself.

`mkdocs build` empties its site folder before it renders, so the last site must be elsewhere:
`make site` builds into a staging folder beside the site and swaps them once the build succeeded
(a failed build leaves the site as it was), and names the site in DOSSIER_PREVIOUS_SITE. The site
is only read, never moved, written or linked from: the build must leave it as it was. A build
without that variable (`mkdocs build` run by hand into the site itself) has no last site to read,
and the render cache keeps whole outputs.
"""
from __future__ import annotations

import os
from pathlib import Path


class PreviousSite:
    """The files of the last build's site, read by the path of the same file in the site being built."""

    def __init__(self, site_dir: Path, previous_site: Path):
        self.site_dir, self.previous_site = site_dir, previous_site

    def previous(self, output_path: str) -> bytes | None:
        """The bytes of the last site's file at this path of the site being built, or None (none, or unreadable)."""
        relative = os.path.relpath(os.path.abspath(output_path), self.site_dir)
        if relative.startswith(os.pardir) or os.path.isabs(relative):
            return None
        try:
            return (self.previous_site / relative).read_bytes()
        except OSError:
            return None


def previous_site(site_dir: str, named: str) -> PreviousSite | None:
    """The last site named for a build into site_dir (DOSSIER_PREVIOUS_SITE), or None: none named, or the
    build's own folder (which MkDocs empties first)."""
    if not named.strip():
        return None
    site, previous = Path(os.path.abspath(site_dir)), Path(os.path.abspath(named.strip()))
    if previous.resolve() == site.resolve():
        return None
    return PreviousSite(site, previous)
