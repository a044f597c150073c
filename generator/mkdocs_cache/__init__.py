"""MkDocs converts each page once: a page-conversion cache and conversion on every core.

`mkdocs build` spends most of its time in Python-Markdown (about 80 % at 1,000 articles) and has no
incremental build (`--dirty` drops unbuilt pages from the search index, keeps stale navigation and
fails strict mode). The hook generator/mkdocs_cache/hook.py (listed under `hooks:` in mkdocs.yml)
adds both, through MkDocs' documented events, so that a build is always the build MkDocs would make:

- Cache (`pages.py`, `store.py`): each page's conversion (HTML, table of contents, title from the
  first heading, anchor ids, links to anchors, the log records of the conversion, and every link
  target it looked up) is stored under a hash of the page's final Markdown (after every other
  plugin's `on_page_markdown`), its path, URL and inclusion, the Markdown extensions and their
  configuration, the link-validation settings, `use_directory_urls`, the versions of MkDocs,
  Markdown, pymdown-extensions, Material and Python, and this package's code. On a hit,
  `on_page_markdown` (run last) returns empty Markdown and the page skips its conversion;
  `on_page_content` (run first) restores everything, and replays the log records, so strict mode
  counts the same warnings. A hit holds only if every link target the conversion looked up is
  still what it was (the same page at the same URL, or still missing): a removed page that others
  link to makes them convert again, and warn.
- Material's search plugin parses each page's HTML into its index entries: those are cached too
  (`search.py`), under a hash of what they are made from (the page's HTML, table of contents,
  title, URL, front matter). Its `on_page_context` is replaced by the same two steps, the removal of
  `data-search-*` attributes skipped in pages without them (a scan of every page's HTML otherwise).
- Sources (`sources.py`): a page whose source is as the last build read it (size, modification
  time, inode) is not read again; its front matter and key are the recorded ones.
- Parallel conversion (`parallel.py`): before MkDocs reads the pages (`on_nav`), the pages are
  shared out between forked processes (one per core, `DOSSIER_WORKERS`), which run the same events
  up to the conversion and fill the cache; MkDocs then finds every page converted.
- Rendering (`render.py`): each page's output through its theme template, keyed by everything the
  template is given (the list of every page only for a rendering that read it). The pages whose
  source changed are rendered ahead at `on_env`, in forked processes (`parallel.render_ahead`):
  each runs MkDocs' steps up to the template's output, which goes to the cache (and, with a last
  site, to the page's file, reported with its digest); MkDocs then takes them.
- The last site (`site_files.py`): `make site` builds into a staging folder and names the site it
  replaces (DOSSIER_PREVIOUS_SITE); a rendering's entry is then its output's digest, and the page's
  file in that site is hard-linked into the staging folder (neither read, when its stat is as the
  last build recorded it, nor written again), or read back when another plugin handles `post_page`.

The cache lives beside `docs/` in `.dossier-cache/mkdocs/` (with the generator's cache; `make clean`
removes it), its entries in a few segment files per folder (`store.py`); entries not used by a
finished build are removed. A damaged entry is a miss.
`DOSSIER_MKDOCS_CACHE=0` turns the cache (and the parallel conversion) off.
"""
from __future__ import annotations

CACHE_VARIABLE = "DOSSIER_MKDOCS_CACHE"  # "0": no cache, every page converted by MkDocs as it is
CACHE_SUBDIR = "mkdocs"  # under the generator's .dossier-cache/
# The last build's site when MkDocs builds into another folder (make site: a staging folder, swapped in after)
PREVIOUS_SITE_VARIABLE = "DOSSIER_PREVIOUS_SITE"
