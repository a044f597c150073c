"""A page's rendering through its theme template, cached: Jinja renders every page at every build.

MkDocs renders each page with `env.get_template(name).render(context)`; `on_env` may return the
environment it uses. The hook makes that environment's `get_template` return the template wrapped:
rendering a page's context takes the output stored under a hash of everything the output can
depend on, or renders it and stores it. Other templates (404, sitemap) render as they are.

The hash holds, for the build: the configuration files as written (mkdocs.yml and what it
INHERITs), the hook files it lists, every installed package's version, the theme's template
folders (a folder inside an installed package by that package's version, any other folder by its
files), SOURCE_DATE_EPOCH and the navigation (every item's title, URL and children); for the page:
the template's name, every value of its context other than the navigation, the page list and the
configuration (base URL, styles and scripts, build date, whatever a plugin added), and the page as
a template reads it (URL, title, HTML, table of contents, front matter, canonical and edit URLs,
update date, previous, next and parent pages).

The list of every page (the context's `pages`) is in the hash only of a rendering that reads it.
Material's page templates never do, so a page added or removed (a new entity, a new article) would
otherwise make every page of the site render again. A rendering is made with the list watched
(`WatchedPages`): one that touched it is stored under a second key that holds the list's paths and
URLs, and its first key keeps only a note saying so. The templates are deterministic given what
the first key holds, so a rendering that did not read the list once never reads it.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path

from jinja2 import BytecodeCache
from mkdocs.structure.pages import Page

from generator.mkdocs_cache.installed import template_folder_state, installed_versions
from generator.mkdocs_cache.site_files import LinkedOutput, linked_output
from generator.mkdocs_cache.store import read_checked, write_checked

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
    folders = [template_folder_state(Path(folder)) for folder in getattr(env.loader, "searchpath", [])]
    parts = [_config_files(Path(config.config_file_path), set()), hooks, code_fingerprint(), versions, folders,
             os.environ.get("SOURCE_DATE_EPOCH", ""), _nav_items(nav.items)]
    return hashlib.sha256(_stable(parts).encode("utf-8", "surrogatepass")).hexdigest()


_listed: list = [None, ""]  # the last page list hashed and its hash: one list object serves a whole build


def _page_list_digest(pages) -> str:
    if _listed[0] is not pages:
        files = [getattr(item, "file", item) for item in pages]  # MkDocs gives the pages' files
        _listed[:] = [pages, _stable([(file.src_uri, file.url) for file in files])]
    return _listed[1]


def page_list_key(key: str, pages) -> str:
    """The key of a rendering that read the page list: its own key and every page's path and URL."""
    return hashlib.sha256((key + _page_list_digest(pages)).encode("utf-8", "surrogatepass")).hexdigest()


class WatchedPages:
    """The page list as a template sees it, noting whether the template used it in any way.

    Only the operations a template can apply reach the list (iteration, length, index, membership,
    comparison, text, attributes such as `index`); any other use is a TypeError, never a silent read.
    """

    def __init__(self, pages):
        self._pages, self.read = pages, False

    def _used(self):
        self.read = True
        return self._pages

    def __iter__(self):
        return iter(self._used())

    def __reversed__(self):
        return reversed(self._used())

    def __len__(self):
        return len(self._used())

    def __bool__(self):
        return bool(self._used())

    def __getitem__(self, index):
        return self._used()[index]

    def __contains__(self, item):
        return item in self._used()

    def __eq__(self, other):
        return self._used() == other

    def __ne__(self, other):
        return self._used() != other

    __hash__ = None

    def __str__(self):
        return str(self._used())

    def __repr__(self):
        return repr(self._used())

    def __getattr__(self, name):
        if name.startswith("_"):  # protocols (copy, pickle) and this object's own fields: not the list's
            raise AttributeError(name)
        return getattr(self._used(), name)


_READS_PAGE_LIST = ("reads the page list",)  # stored under a rendering's first key when it read the list


def _toc(items) -> list:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in items]


def _link(page) -> list | None:
    return None if page is None else [getattr(page, "title", None), getattr(page, "url", None)]


def render_key(fingerprint: str, name: str, context, html_digest) -> str | None:
    """The key of one page's rendering, or None (not a page: rendered as it is); html_digest(page): its HTML's digest."""
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
    # The HTML (most of the bytes) by its digest, held since its conversion (held.HeldPages).
    digest.update(html_digest(page).encode())
    return digest.hexdigest()


class CachedTemplate:
    """A Jinja template whose output for a page is taken from the store when its key is there.

    With the last build's site at hand (site_files.PreviousSite), an entry is the output's digest and the
    output is the page's file in that site (its bytes as MkDocs wrote them, or the file itself, linked:
    site_files.LinkedOutput); otherwise the output itself.
    """

    def __init__(self, template, name: str, store, fingerprint: str, counts: Counter, held, site=None,
                 outputs: dict | None = None, written: dict | None = None):
        self.template, self.name, self.store, self.fingerprint = template, name, store, fingerprint
        self.held = held  # the pages' HTML, packed until a page is rendered (held.HeldPages)
        self.counts = counts  # pages "rendered" (of which "ahead", by a worker) and "taken" in this build
        self.site = site
        self.outputs = {} if outputs is None else outputs  # with a last site: each page's output path -> digest
        self.written = {} if written is None else written  # output path -> digest of each page rendered ahead ("-": not written)

    def render(self, *args, **kwargs) -> str:
        context = dict(*args, **kwargs)
        key = render_key(self.fingerprint, self.name, context, self.held.digest)
        if key is None:
            return self.template.render(context)
        entry = self.store.get(key)
        reads_list = entry == _READS_PAGE_LIST
        if reads_list:
            key = page_list_key(key, context.get("pages") or [])
            entry = self.store.get(key)
        ahead = self._written_ahead(entry, context["page"])
        if ahead is not None:
            self.counts.update(("rendered", "ahead"))  # (in a worker, this build: see render_ahead)
            self.outputs[context["page"].file.abs_dest_path] = entry[1]
            return ahead
        output = self._output(entry, context["page"])
        if output is not None:
            self.counts.update(("rendered", "ahead") if context["page"].file.abs_dest_path in self.written else ("taken",))
            if self.site is not None:
                if isinstance(entry, str):  # a whole output kept by a build without a last site: its digest from now on
                    entry = self._entry(output)
                    self.store.put(key, entry)
                self.outputs[context["page"].file.abs_dest_path] = entry[1]
            return output
        self.held.give_back(context["page"])
        if reads_list:  # the key holds the list already
            output = self.template.render(context)
        else:
            watched = WatchedPages(context.get("pages") or [])
            output = self.template.render({**context, "pages": watched} if "pages" in context else context)
            if watched.read:
                self.store.put(key, _READS_PAGE_LIST)
                key = page_list_key(key, watched._pages)
        self.counts["rendered"] += 1
        entry = self._entry(output)
        self.store.put(key, entry)
        if self.site is not None:
            self.outputs[context["page"].file.abs_dest_path] = entry[1]
        return output

    def _output(self, entry, page) -> str | None:
        """The output an entry stands for: itself, or the page's file in the last site if it has the entry's digest
        (linked there, unread, when pages may be linked: site_files.LinkedOutput)."""
        if isinstance(entry, str):
            return entry
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == _SITE_FILE and self.site is not None):
            return None
        if self.site.links:
            source = self.site.linkable(page.file.abs_dest_path, entry[1])
            return None if source is None else linked_output(source)
        data = self.site.previous(page.file.abs_dest_path)
        try:
            output = data.decode("utf-8") if data is not None else None
        except UnicodeDecodeError:  # (MkDocs writes xmlcharrefreplace: such a file is no output as it was)
            return None
        return output if output is not None and _digest(output) == entry[1] else None

    def _written_ahead(self, entry, page) -> LinkedOutput | None:
        """The page's file as a worker of this build wrote it, if it holds the output of the entry's digest."""
        path = page.file.abs_dest_path
        if not (self.site is not None and isinstance(entry, tuple) and len(entry) == 2 and entry[0] == _SITE_FILE
                and self.written.get(path) == entry[1]):
            return None
        return linked_output(Path(path))

    def _entry(self, output: str):
        return (_SITE_FILE, _digest(output)) if self.site is not None else output

    def __getattr__(self, name):
        return getattr(self.template, name)


_SITE_FILE = "the page's site file"


def _digest(output: str) -> str:
    return hashlib.sha256(output.encode("utf-8", "surrogatepass")).hexdigest()


def cache_rendering(env, store, fingerprint: str, counts: Counter, held, site=None, outputs: dict | None = None,
                    written: dict | None = None):
    """The environment, its templates' page renderings cached (get_template replaced on this object only).

    `held`: the pages' HTML held packed (held.HeldPages), given back to a page only when it is rendered;
    `site`: the last build's site (site_files.PreviousSite), where the outputs are read back or linked from;
    `outputs`: filled with each page's output path and its output's digest (with a last site only);
    `written`: the output path and digest of each page a worker rendered and wrote ahead (render_ahead).
    """
    get_template = env.get_template

    def cached_get_template(name, *args, **kwargs):
        template = get_template(name, *args, **kwargs)
        return CachedTemplate(template, str(name), store, fingerprint, counts, held, site, outputs, written)

    env.get_template = cached_get_template
    return env


TEMPLATES_SUBDIR = "templates"  # Jinja's compiled templates, in the MkDocs cache folder


def keep_compiled_templates(env, folder: Path) -> None:
    """Keep the theme's templates compiled between builds (unless the environment has a bytecode cache already).

    Compiling Material's templates again was a fixed cost of every build (about 0.1 s of 5 after one
    change at 1,000 articles). Jinja keys each template by its name and file, and checks the hash of
    its source: a changed template is compiled again.
    """
    if env.bytecode_cache is None:
        env.bytecode_cache = _CheckedBytecodeCache(folder)


class _CheckedBytecodeCache(BytecodeCache):
    """Jinja's compiled templates in files (as its FileSystemBytecodeCache), each with its SHA-256: Jinja checks
    the template's source, not the compiled code, and a damaged file must be a miss, never a wrong page."""

    def __init__(self, folder: Path):
        self.folder = folder

    def load_bytecode(self, bucket) -> None:
        data = read_checked(self.folder / f"{bucket.key}.bin")
        if data is not None:
            bucket.bytecode_from_string(data)  # (Jinja itself drops code of another version or source)

    def dump_bytecode(self, bucket) -> None:
        try:
            write_checked(self.folder / f"{bucket.key}.bin", bucket.bytecode_to_string())
        except OSError:  # only time is lost
            pass


def page_renderer(config, nav, env, doc_files, counts: Counter, outputs: dict, write: bool):
    """What renders one page ahead, in a worker: MkDocs' own steps for a page up to its template's output (the
    page made active, its context, the plugins' page_context, the template from `env`, whose rendering is
    cached and counted in `counts`), the output written where MkDocs writes it (`write`: with a last site,
    where the main process then takes it from) and reported as "digest<TAB>path" ("-" for the digest of an
    output not written: the main process takes it from the cache); None for a page taken from the cache.

    `doc_files` must be the list MkDocs gives each page's context (the pages it builds). The steps after
    the template (post_page) are MkDocs' alone: pages are written ahead only when every post_page handler
    leaves the output alone (site_files.pages_may_be_linked).
    """
    from mkdocs.commands.build import get_context
    from mkdocs.utils import write_file

    def render(file) -> str | None:
        page = file.page
        if page is None:
            return None
        rendered = counts["rendered"]
        config._current_page, page.active = page, True
        try:
            context = get_context(nav, doc_files, config, page)
            template = env.get_template(page.meta.get("template", "main.html"))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            output = template.render(context)
        finally:
            config._current_page, page.active = None, False
        if counts["rendered"] == rendered:  # taken from the cache
            return None
        digest = outputs.get(file.abs_dest_path)
        if not write or isinstance(output, LinkedOutput) or digest is None or not output.strip():
            return f"-\t{file.abs_dest_path}"
        write_file(output.encode("utf-8", errors="xmlcharrefreplace"), file.abs_dest_path)
        return f"{digest}\t{file.abs_dest_path}"

    return render
