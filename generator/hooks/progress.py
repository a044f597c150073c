"""MkDocs hook (listed under `hooks:` in mkdocs.yml): progress of MkDocs' own page building.

MkDocs builds in three passes, each shown as a stage (generator/progress.py: a bar on an
interactive terminal, one line per stage otherwise):
- converting: every page's Markdown to HTML (on_files starts it, on_page_content counts a page);
- writing: every page through the theme's templates into the site folder (on_env starts it,
  on_post_page counts a page);
- search index: Material's search plugin, the offline plugin and Dossier's own search hook
  (generator/search/hook.py), which run in on_post_build: one step, started after the last page.
While a bar is on screen, MkDocs' log lines are written above it instead of through it.
"""
from __future__ import annotations

import logging
import sys
from contextlib import ExitStack
from pathlib import Path

from mkdocs.plugins import event_priority

# MkDocs loads a hook by its path: make the project's packages importable.
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from generator.mkdocs_cache.site_files import leaves_output_alone  # noqa: E402
from generator.progress import Stage, display_mode, redirect_logging  # noqa: E402

log = logging.getLogger("mkdocs.hooks.dossier.progress")


class _Build:
    """The stage in progress and what to undo when the build ends (module state: MkDocs hooks are functions)."""

    stage: Stage | None = None
    pages = 0
    cleanup = ExitStack()


def _start(name: str, total: int, unit: str) -> None:
    """Close the stage in progress and start the next."""
    _finish()
    _Build.stage = Stage(name, total, unit, logger=log)


def _finish() -> None:
    """Close the stage in progress, if any."""
    if _Build.stage is not None:
        _Build.stage.close()
        _Build.stage = None


def on_files(files, config):
    """Count the pages and start converting them."""
    _Build.pages = len(files.documentation_pages())
    _Build.cleanup.close()
    if display_mode(log) == "bar":
        _Build.cleanup.enter_context(redirect_logging(logging.getLogger("mkdocs")))
    _start("converting", _Build.pages, "pages")


def on_page_content(html, page, config, files):
    """One more page converted."""
    if _Build.stage is not None:
        _Build.stage.advance(1)


def on_env(env, config, files):
    """Every page is converted: start writing them."""
    _start("writing", _Build.pages, "pages")


@leaves_output_alone  # (the MkDocs cache may then link unchanged pages from the last site)
def on_post_page(output, page, config):
    """One more page written; after the last, the search index is what MkDocs works on."""
    stage = _Build.stage
    if stage is not None:
        stage.advance(1)
        if stage.name == "writing" and stage.done >= stage.total:
            _start("search index", 1, "")


@event_priority(-200)  # after every other post_build: the search plugins and generator/search/hook.py
def on_post_build(config):
    """The search index is written: the last stage is done."""
    if _Build.stage is not None and _Build.stage.name == "search index":
        _Build.stage.advance(1)
    _finish()
    _Build.cleanup.close()


def on_build_error(error):
    """A failed build: close the stage so that MkDocs' error is printed below it, not through it."""
    _finish()
    _Build.cleanup.close()
