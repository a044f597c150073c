"""A page's rendering through its theme template, cached: Jinja renders every page at every build.

MkDocs renders each page with `env.get_template(name).render(context)`; `on_env` may return the
environment it uses. The hook makes that environment's `get_template` return the template wrapped:
rendering a page's context takes the output stored under a hash of everything the output can
depend on, or renders it and stores it. Other templates (404, sitemap) render as they are.

The hash holds, for the build: the configuration files as written (mkdocs.yml and what it
INHERITs), the hook files it lists, every installed package's version, the theme's template
folders (a folder inside an installed package by that package's version, any other folder by its
files), SOURCE_DATE_EPOCH, the navigation (every item's title, URL and children) and the
documentation pages (path and URL); for the page: the template's name, every value of its context
other than the navigation, the page list and the configuration (base URL, styles and scripts, build
date, whatever a plugin added), and the page as a template reads it (URL, title, HTML, table of
contents, front matter, canonical and edit URLs, update date, previous, next and parent pages).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from importlib import metadata
from pathlib import Path

from mkdocs.structure.pages import Page

_CONTEXT_KNOWN = {"nav", "pages", "config", "page"}
_INHERIT = re.compile(r"^INHERIT:\s*['\"]?([^'\"#\n]+?)['\"]?\s*(?:#.*)?$", re.MULTILINE)


def _stable(value) -> str:
    return json.dumps(value, sort_keys=True, default=repr, ensure_ascii=False)


def _config_files(path: Path, seen: set[Path]) -> list[tuple[str, str]]:
    """A configuration file and every file it INHERITs, with their text."""
    path = path.resolve()
    if path in seen or not path.is_file():
        return []
    seen.add(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    found = [(str(path), text)]
    for match in _INHERIT.finditer(text):
        found += _config_files(path.parent / match.group(1).strip(), seen)
    return found


def _folder_state(folder: Path) -> str:
    """A template folder: its package's version if it is inside an installed package, else a hash of its files."""
    for dist in ("mkdocs-material", "mkdocs"):
        try:
            root = Path(metadata.distribution(dist).locate_file("")).resolve()
        except metadata.PackageNotFoundError:
            continue
        if folder.resolve().is_relative_to(root / dist.replace("mkdocs-", "").replace("-", "_")):
            return f"{dist}=={metadata.version(dist)}"
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def installed_versions() -> list[str]:
    """Every installed package as name==version, sorted."""
    return sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions() if d.metadata["Name"])


def folder_state(folder: Path) -> str:
    """A template folder's state (see `_folder_state`); an absent folder has none."""
    return _folder_state(folder) if folder.is_dir() else ""


def _nav_items(items) -> list:
    return [[type(item).__name__, item.title, getattr(item, "url", None), _nav_items(item.children or [])]
            for item in items]


def build_fingerprint(config, env, nav, files) -> str:
    """A hash of what every page's rendering shares (see the module's docstring)."""
    from generator.cache import code_fingerprint  # the generator's code: hooks import it

    base = Path(config.config_file_path).parent
    hooks = [(str(path), hashlib.sha256((base / path).read_bytes()).hexdigest())
             for path in sorted(config.get("hooks") or []) if (base / path).is_file()]
    versions = installed_versions()
    folders = [_folder_state(Path(folder)) for folder in getattr(env.loader, "searchpath", [])]
    pages = [(file.src_uri, file.url) for file in files.documentation_pages()]
    parts = [_config_files(Path(config.config_file_path), set()), hooks, code_fingerprint(), versions, folders,
             os.environ.get("SOURCE_DATE_EPOCH", ""), _nav_items(nav.items), pages]
    return hashlib.sha256(_stable(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _toc(items) -> list:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in items]


def _link(page) -> list | None:
    return None if page is None else [getattr(page, "title", None), getattr(page, "url", None)]


def render_key(fingerprint: str, name: str, context) -> str | None:
    """The key of one page's rendering, or None (not a page: rendered as it is)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    parents, parent = [], page.parent
    while parent is not None:
        parents.append(parent.title)
        parent = parent.parent
    seen = [name, {k: v for k, v in context.items() if k not in _CONTEXT_KNOWN},
            [page.file.src_uri, page.url, page.title, _toc(page.toc), page.meta,
             page.canonical_url, page.abs_url, page.edit_url, page.update_date, page.is_homepage,
             _link(page.previous_page), _link(page.next_page), parents]]
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(_stable(seen).encode("utf-8", "surrogatepass"))
    # The HTML (most of the bytes) hashed as it is, after the rest: JSON-escaping it cost more than the hash.
    digest.update((page.content or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class CachedTemplate:
    """A Jinja template whose output for a page is taken from the store when its key is there."""

    def __init__(self, template, name: str, store, fingerprint: str):
        self.template, self.name, self.store, self.fingerprint = template, name, store, fingerprint

    def render(self, *args, **kwargs) -> str:
        context = dict(*args, **kwargs)
        key = render_key(self.fingerprint, self.name, context)
        if key is None:
            return self.template.render(context)
        output = self.store.get(key)
        if output is None:
            output = self.template.render(context)
            self.store.put(key, output)
        return output

    def __getattr__(self, name):
        return getattr(self.template, name)


def cache_rendering(env, store, fingerprint: str):
    """The environment, its templates' page renderings cached (get_template replaced on this object only)."""
    get_template = env.get_template

    def cached_get_template(name, *args, **kwargs):
        template = get_template(name, *args, **kwargs)
        return CachedTemplate(template, str(name), store, fingerprint)

    env.get_template = cached_get_template
    return env
