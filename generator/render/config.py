"""The corpus-dependent part of the MkDocs configuration, which mkdocs.yml INHERITs."""
from __future__ import annotations

import datetime as dt

from pathlib import Path

import material
import yaml

from generator.lang.labels import site_language, tr
from generator.lang.locale import native_name
from generator.model import Site
from generator.search import FIELDS, SEPARATOR
from generator.slugs import (ASSETS_DIR, ENTITIES_INDEX, HOME_PAGE, REPORT_PAGE, STORIES_INDEX, TIMELINE_PAGE,
                             language_index_page)

IFRAME_WORKER_SHIM = f"{ASSETS_DIR}/iframe-worker-shim.js"
# Dossier's search script (generator/assets/search.js): loaded in every page after the shim, and by the
# search worker (the build hook, generator/search/hook.py, installs a copy where Material's worker looks).
SEARCH_SCRIPT = f"{ASSETS_DIR}/search.js"


def mkdocs_fragment(site: Site) -> str:
    """Navigation (section index pages only, so pages stay small), search settings and the page scripts.

    Search: the corpus languages it handles (generator/lang/search.py), a separator that splits at
    U+200B (put between Thai words at build time) and at the punctuation of every script, no lunr
    pipeline functions (generator/assets/search.js normalises instead), and the field boosts.
    """
    lang = site_language()
    nav = [{tr(lang, "Home"): HOME_PAGE}]
    nav += [{native_name(code): language_index_page(code)} for code in site.languages]
    nav.append({tr(lang, "Stories"): STORIES_INDEX})
    nav.append({tr(lang, "Entities"): ENTITIES_INDEX})
    nav.append({tr(lang, "Timeline"): TIMELINE_PAGE})
    nav.append({tr(lang, "Build report"): REPORT_PAGE})
    config = {
        "nav": nav,
        "plugins": [
            {"search": {
                "lang": list(site.search_languages),
                "separator": SEPARATOR,
                "pipeline": [],
                "fields": FIELDS,
            }},
            {"offline": {}},
        ],
        # The offline plugin would add the shim from a CDN; a local copy keeps the site self-contained.
        # The search script wraps the (shimmed) Worker, so it comes after the shim.
        # The languages Material has interface strings for: the theme override takes a page's strings
        # in its own language when it is one of them (generator/theme/partials/language.html).
        "extra": {"polyfills": [IFRAME_WORKER_SHIM, SEARCH_SCRIPT], "dossier": {"ui_languages": material_languages()}},
    }
    header = "# Written by `python -m generator build` from the corpus; edit mkdocs.yml instead.\n"
    return header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def material_languages() -> list[str]:
    """The language codes Material for MkDocs translates its interface into (its partials/languages/*.html)."""
    folder = Path(material.__file__).parent / "templates" / "partials" / "languages"
    return sorted(p.stem for p in folder.glob("*.html"))


def source_date_epoch(site: Site) -> str:
    """A build date derived from the input (the newest publication), for reproducible MkDocs output."""
    dates = [a.published for a in site.articles.values() if a.published]
    newest = max(dates) if dates else dt.date(2000, 1, 1)
    moment = dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc)
    return f"{int(moment.timestamp())}\n"
