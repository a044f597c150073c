"""The MkDocs page cache and parallel conversion (generator/mkdocs_cache/): always the output of a cold build.

Every cached or parallel build of the seed site is compared, file by file and byte by byte, with a
cold single-process build of the same docs/ and mkdocs.yml (cache off, one process): after a changed
seed, a removed page that others link to, a changed theme template, a changed mkdocs.yml and a
damaged cache. Strict mode must fail on exactly the warnings the cold build has, in its order.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from generator.mkdocs_cache import CACHE_VARIABLE, PREVIOUS_SITE_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"

# The versions generator/mkdocs_cache/ was checked against: it restores Page._title_from_render (private in
# MkDocs 1.6), overrides `render` on a page object, wraps Material's SearchIndex.add_entry_from_context, and puts
# its own copy of Material's SearchPlugin.on_page_context in MkDocs' list of page_context events (search.py).
CHECKED_VERSIONS = {"mkdocs": {"1.6.1"}, "mkdocs-material": {"9.8.1"}}


def generate(project: Path, seeds: Path) -> None:
    """docs/ from a seeds folder, as `make docs` makes it."""
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds),
                             "--docs", str(project / "docs")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def mkdocs(project: Path, site: str, cache: bool = True, workers: int = 2, strict: bool = True, extra: tuple = (),
           env: dict | None = None):
    """`mkdocs build` into project/site (cache on or off, this many processes); (exit code, warning lines)."""
    epoch = (project / "docs" / ".dossier" / "source-date-epoch").read_text().strip()
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "DOSSIER_WORKERS": str(workers), CACHE_VARIABLE: "1" if cache else "0",
           **(env or {})}
    command = [str(MKDOCS), "build", "-f", str(project / "mkdocs.yml"), "-d", str(project / site)]
    result = subprocess.run(command + (["--strict"] if strict else []) + list(extra), cwd=project, capture_output=True, text=True, env=env)
    warnings = [line for line in result.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))
                and "Aborted" not in line]
    return result.returncode, warnings, result.stderr


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by its relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_same_tree(expected: Path, found: Path) -> None:
    """Two sites hold the same files with the same bytes."""
    left, right = tree(expected), tree(found)
    assert sorted(left) == sorted(right)
    differing = [name for name in left if left[name] != right[name]]
    assert differing == []


def check_like_cold(project: Path, strict: bool = True) -> tuple[list[str], str]:
    """A cold single-process build, then a cached build on two cores: same exit code, warnings and site.

    The warnings, and the cached build's log.
    """
    cold = mkdocs(project, "site-cold", cache=False, workers=1, strict=strict)
    cached = mkdocs(project, "site", cache=True, workers=2, strict=strict)
    assert cached[:2] == cold[:2], cached[2]
    if cold[0] == 0:
        assert_same_tree(project / "site-cold", project / "site")
    return cold[1], cached[2]


def cache_stats(stderr: str) -> tuple[int, int]:
    """(pages converted, pages taken from an earlier build), from the hook's summary line."""
    match = re.search(r"MkDocs cache: (\d+) pages converted.*?, (\d+) taken", stderr)
    assert match, stderr
    return int(match.group(1)), int(match.group(2))


def render_stats(stderr: str) -> tuple[int, int]:
    """(pages rendered through their template, renderings taken from an earlier build), from the summary line."""
    match = re.search(r"; (\d+) rendered, (\d+) taken(?: \(\d+ linked from the last site\))?;", stderr)
    assert match, stderr
    return int(match.group(1)), int(match.group(2))


def linked_pages(stderr: str) -> int:
    """Pages linked from the last site instead of written, from the summary line."""
    assert re.search(r"; \d+ rendered, \d+ taken", stderr), stderr
    match = re.search(r"taken \((\d+) linked from the last site\);", stderr)
    return int(match.group(1)) if match else 0


def use_theme_override(project: Path, main_html: str) -> str:
    """mkdocs.yml's custom_dir made project/overrides (the project's theme override plus this main.html); the
    original mkdocs.yml, to write back."""
    overrides = project / "overrides"
    shutil.rmtree(overrides, ignore_errors=True)
    shutil.copytree(ROOT / "generator" / "theme", overrides)
    (overrides / "main.html").write_text(main_html, encoding="utf-8")
    config = project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    assert "  custom_dir: generator/theme\n" in original
    config.write_text(original.replace("  custom_dir: generator/theme\n", "  custom_dir: overrides\n"), encoding="utf-8")
    return original


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A project (mkdocs.yml, the generator, docs/ from a copy of the seeds) with an empty MkDocs cache."""
    project = tmp_path_factory.mktemp("mkdocs-cache")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    generate(project, project / "seeds")
    return project


def test_checked_versions():
    """The private parts the hook relies on hold in these versions: check them again before adding one."""
    for package, versions in CHECKED_VERSIONS.items():
        assert metadata.version(package) in versions, (
            f"{package} {metadata.version(package)}: check generator/mkdocs_cache/pages.py and search.py against it")


def test_cold_parallel_and_cached_builds_are_the_cold_build(project):
    cold = mkdocs(project, "site-cold", cache=False, workers=1)
    assert cold[0] == 0, cold[2]
    first = mkdocs(project, "site", cache=True, workers=2)
    assert first[0] == 0 and first[1] == cold[1]
    assert_same_tree(project / "site-cold", project / "site")
    pages = len([p for p in (project / "docs").rglob("*.md")])
    assert cache_stats(first[2]) == (pages, 0)
    again = mkdocs(project, "site", cache=True, workers=2)
    assert again[0] == 0 and cache_stats(again[2]) == (0, pages)
    assert_same_tree(project / "site-cold", project / "site")
    single = mkdocs(project, "site", cache=True, workers=1)
    assert single[0] == 0 and cache_stats(single[2]) == (0, pages)
    assert_same_tree(project / "site-cold", project / "site")


def test_changed_seed(project):
    seed = sorted((project / "seeds").glob("*.txt"))[2]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA closing paragraph, added for this test.\n", encoding="utf-8")
    generate(project, project / "seeds")
    converted, reused = cache_stats(check_like_cold(project)[1])
    assert converted > 0 and reused > converted  # the article and the pages that show it, not the rest


def test_added_page_renders_only_itself(project):
    """A page added to docs/ (no other page links to it) is the only page rendered again: no template reads the list."""
    pages = len([p for p in (project / "docs").rglob("*.md")])
    mkdocs(project, "site")
    added = project / "docs" / "added-for-a-test.md"
    added.write_text("# Added\n\nA page no other page links to.\n", encoding="utf-8")
    try:
        log = check_like_cold(project)[1]
        assert cache_stats(log) == (1, pages) and render_stats(log) == (1, pages)
    finally:
        added.unlink()
    assert render_stats(check_like_cold(project)[1]) == (0, pages)


def test_template_that_reads_the_page_list_renders_again_when_a_page_is_added(project):
    """A rendering that read the page list is keyed by it: every page shows the new count, as a cold build does."""
    original = use_theme_override(project, '{% extends "base.html" %}\n'
                                           '{% block content %}<p class="count">{{ pages|length }} pages</p>'
                                           '{{ super() }}{% endblock %}\n')
    config = project / "mkdocs.yml"
    pages = len([p for p in (project / "docs").rglob("*.md")])
    added = project / "docs" / "added-for-a-test.md"
    try:
        check_like_cold(project)
        assert f'<p class="count">{pages} pages</p>' in (project / "site" / "index.html").read_text(encoding="utf-8")
        added.write_text("# Added\n\nA page no other page links to.\n", encoding="utf-8")
        log = check_like_cold(project)[1]
        assert render_stats(log) == (pages + 1, 0)
        assert f'<p class="count">{pages + 1} pages</p>' in (project / "site" / "index.html").read_text(encoding="utf-8")
        added.unlink()
        # The cache keeps the last build's renderings only: the list as it was before is rendered again.
        assert render_stats(check_like_cold(project)[1]) == (pages, 0)
    finally:
        added.unlink(missing_ok=True)
        config.write_text(original, encoding="utf-8")


@pytest.mark.parametrize("template, reads", [
    ("{{ pages|length }}", True),
    ("{% for p in pages %}{{ p }},{% endfor %}", True),
    ("{% if pages %}some{% endif %}", True),
    ("{{ pages[0] }} {{ pages[-1] }}", True),
    ("{{ 'b' in pages }}", True),
    ("{{ pages }}", True),
    ("{{ pages.index('b') }}", True),
    ("{{ pages|first }} {{ pages|last }}", True),
    ("{{ pages|sort|join(',') }} {{ pages|reverse|list }}", True),
    ("{{ pages is sequence }}", True),
    ("{{ title }}", False),
    ("{% if false %}{{ pages|length }}{% endif %}{{ title }}", False),
    ("{{ pages is defined }}", False),
])
def test_watched_page_list_notes_every_read_and_renders_as_the_list(template, reads):
    from jinja2 import Environment
    from generator.mkdocs_cache.render import WatchedPages

    compiled = Environment(autoescape=True).from_string(template)
    plain = ["a", "b", "c"]
    watched = WatchedPages(plain)
    assert compiled.render(pages=watched, title="T") == compiled.render(pages=plain, title="T")
    assert watched.read is reads


def test_dirty_build_leaves_the_site_and_the_cache_of_the_pages_it_does_not_build(project):
    """`mkdocs build --dirty` writes only changed pages into the site as it is, and reads no other page: the cache
    keeps their entries."""
    assert mkdocs(project, "site")[0] == 0
    site = project / "site"
    before = tree(site)
    dirty = mkdocs(project, "site", strict=False, extra=("--dirty", "--no-strict"))  # (it warns that it is dirty)
    assert dirty[0] == 0, dirty[2]
    # Every page is still there (the search index is not: a dirty build indexes the pages it rebuilt, as MkDocs does).
    pages = lambda files: sorted(name for name in files if name.endswith(".html"))
    assert pages(tree(site)) == pages(before) and len(pages(before)) > 100
    assert render_stats(dirty[2]) == (0, 0)  # MkDocs wrote no page: none is older than its source
    # It converts and renders no page, so it leaves the cache as it found it: the next build takes every page.
    again = mkdocs(project, "site")
    assert again[0] == 0 and cache_stats(again[2])[0] == 0 and render_stats(again[2])[0] == 0


def staged_build(project: Path) -> tuple[int, list[str], str]:
    """As `make site` builds: into a staging folder that names the site (DOSSIER_PREVIOUS_SITE), then swapped in."""
    staging, site = project / "site-staging", project / "site"
    shutil.rmtree(staging, ignore_errors=True)
    result = mkdocs(project, "site-staging", env={PREVIOUS_SITE_VARIABLE: str(site)})
    if result[0] == 0:
        shutil.rmtree(site, ignore_errors=True)
        staging.rename(site)
    return result


def test_renderings_are_read_back_from_the_last_site(project):
    """Built as make site builds, the render cache keeps each output's digest; the output is the page's file in the
    last site. A file edited by hand, or a site removed, makes those pages render again; the site is the cold build's."""
    pages = len([p for p in (project / "docs").rglob("*.md")])
    cold = mkdocs(project, "site-cold", cache=False, workers=1)
    shutil.rmtree(project / ".dossier-cache" / "mkdocs" / "render", ignore_errors=True)  # (a whole output, kept before, is taken as it is)
    assert staged_build(project)[0] == 0
    from generator.mkdocs_cache.store import EntryStore

    entries = EntryStore(project / ".dossier-cache" / "mkdocs" / "render").places.values()
    assert len(entries) >= pages and max(length for _, _, length in entries) < 512  # digests, not pages
    assert render_stats(staged_build(project)[2]) == (0, pages)
    edited = project / "site" / "index.html"
    edited.write_text(edited.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    again = staged_build(project)
    assert again[:2] == cold[:2] and render_stats(again[2]) == (1, pages - 1)
    assert_same_tree(project / "site-cold", project / "site")
    shutil.rmtree(project / "site")
    again = staged_build(project)
    assert again[:2] == cold[:2] and render_stats(again[2]) == (pages, 0)
    assert_same_tree(project / "site-cold", project / "site")
    # A build into the site itself has no last site to read: whole outputs are kept again.
    assert render_stats(mkdocs(project, "site")[2]) == (pages, 0)
    assert render_stats(mkdocs(project, "site")[2]) == (0, pages)
    assert_same_tree(project / "site-cold", project / "site")


def test_build_into_another_folder_reads_the_previous_site_and_leaves_it_as_it_was(project):
    """As `make site` builds (into a staging folder, DOSSIER_PREVIOUS_SITE naming the site): every rendering is
    read back from the site, which no step changes, and the staging folder is the cold build's site."""
    pages = len([p for p in (project / "docs").rglob("*.md")])
    assert mkdocs(project, "site")[0] == 0
    site = project / "site"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(site.rglob("*")) if p.is_file()}
    staged = mkdocs(project, "site-staging", env={PREVIOUS_SITE_VARIABLE: str(site)})
    assert staged[0] == 0 and render_stats(staged[2]) == (0, pages)
    after = {p: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(site.rglob("*")) if p.is_file()}
    assert after == before
    mkdocs(project, "site-cold", cache=False, workers=1)
    assert_same_tree(project / "site-cold", project / "site-staging")
    shutil.rmtree(project / "site-staging")


@pytest.mark.parametrize("named, path, found", [
    ("previous", "en/a.html", b"<p>last</p>"),
    ("previous", "en/missing.html", None),
    ("previous", "../previous/en/a.html", None),  # not a file of the site being built
    ("staging", "en/a.html", None),               # the build's own folder: MkDocs empties it first
    ("", "en/a.html", None),                      # none named: a build into the site itself
])
def test_previous_site_is_read_by_the_path_in_the_site_being_built(tmp_path, named, path, found):
    from generator.mkdocs_cache.site_files import previous_site

    (tmp_path / "previous" / "en").mkdir(parents=True)
    (tmp_path / "previous" / "en" / "a.html").write_bytes(b"<p>last</p>")
    (tmp_path / "staging" / "en").mkdir(parents=True)
    (tmp_path / "staging" / "en" / "a.html").write_bytes(b"<p>being built</p>")
    site = previous_site(str(tmp_path / "staging"), str(tmp_path / named) if named else "")
    got = site.previous(os.path.normpath(tmp_path / "staging" / path)) if site is not None else None
    assert got == found


def test_removed_page_that_others_link_to(project):
    entity = sorted((project / "docs").glob("entities/*.md"))[0]
    text = entity.read_text(encoding="utf-8")
    linking = [p for p in (project / "docs").rglob("*.md") if entity.name in p.read_text(encoding="utf-8")]
    assert len(linking) > 1
    entity.unlink()
    try:
        warnings = check_like_cold(project)[0]
        assert any(entity.name in line and "not found" in line for line in warnings)
        # Cached again: the records of the conversions are replayed, strict mode counts them again.
        replayed = mkdocs(project, "site", cache=True, workers=2)
        assert replayed[:2] == (1, warnings)
        check_like_cold(project, strict=False)
    finally:
        entity.write_text(text, encoding="utf-8")


def test_changed_template(project):
    original = use_theme_override(
        project, '{% extends "base.html" %}\n{% block content %}<p class="changed">Changed.</p>{{ super() }}{% endblock %}\n')
    overrides, config = project / "overrides", project / "mkdocs.yml"
    try:
        check_like_cold(project)
        assert 'class="changed"' in (project / "site" / "index.html").read_text(encoding="utf-8")
        # The template changes again, mkdocs.yml does not: every page is rendered anew.
        (overrides / "main.html").write_text((overrides / "main.html").read_text(encoding="utf-8")
                                             .replace("Changed.", "Changed again."), encoding="utf-8")
        check_like_cold(project)
        assert "Changed again." in (project / "site" / "index.html").read_text(encoding="utf-8")
    finally:
        config.write_text(original, encoding="utf-8")


def test_changed_mkdocs_yml(project):
    config = project / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    assert "      permalink: false\n" in original
    config.write_text(original.replace("      permalink: false\n", "      permalink: true\n"), encoding="utf-8")
    try:
        check_like_cold(project)
        assert 'class="headerlink"' in (project / "site" / "index.html").read_text(encoding="utf-8")
    finally:
        config.write_text(original, encoding="utf-8")


def test_damaged_cache(project):
    mkdocs(project, "site")  # the cache of this docs/ and mkdocs.yml, complete
    entries = sorted(p for p in (project / ".dossier-cache" / "mkdocs").rglob("*") if p.is_file())
    assert entries
    for number, path in enumerate(entries[::3]):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if number % 2 else data[:-1] + bytes([data[-1] ^ 1]))
    (entries[1].parent / "garbage").write_bytes(b"not an entry")
    check_like_cold(project)


@pytest.mark.parametrize("path", ["en/a.md", "./en/a.md", "en/./a.md", "en//a.md", "en/../de/b.md", "missing.md", "en/"])
def test_link_targets_are_looked_up_as_mkdocs_does(path):
    """The memoised look-up of a cached page's link targets answers as Files.get_file_from_path."""
    from mkdocs.structure.files import File, Files
    from generator.mkdocs_cache.pages import _getter

    files = Files([File(uri, "/docs", "/site", use_directory_urls=False) for uri in ("en/a.md", "de/b.md", "index.md")])
    assert _getter(files)(path) is files.get_file_from_path(path)


@pytest.mark.parametrize("state, previous, changed", [
    ((10, 5), {"a.md": (10, 5)}, False),   # as the last build read it: left to MkDocs (cached)
    ((10, 6), {"a.md": (10, 5)}, True),    # touched
    ((11, 5), {"a.md": (10, 5)}, True),    # another size
    ((10, 5), {}, True),                   # new, or no table from a last build
    (None, {"a.md": None}, True),          # not a plain file: always converted ahead
])
def test_pages_converted_ahead_are_those_whose_source_changed(state, previous, changed):
    from types import SimpleNamespace
    from generator.mkdocs_cache.parallel import likely_changed

    page = SimpleNamespace(src_uri="a.md")
    assert likely_changed([page], {"a.md": state}, previous) == ([page] if changed else [])


def test_source_table_is_kept_per_fingerprint_and_a_damaged_one_is_empty(tmp_path):
    from generator.mkdocs_cache.store import load_sources, save_sources

    save_sources(tmp_path, "fingerprint-1", {"a.md": (10, 5)})
    assert load_sources(tmp_path, "fingerprint-1") == {"a.md": (10, 5)}
    assert load_sources(tmp_path, "fingerprint-2") == {}
    (tmp_path / "sources.pickle").write_bytes(b"not a pickle")
    assert load_sources(tmp_path, "fingerprint-1") == {}
    assert load_sources(tmp_path / "none", "fingerprint-1") == {}


def test_search_pieces_of_an_unchanged_index_are_taken_whole(tmp_path, monkeypatch):
    import generator.search.hook as search_hook
    from generator.cache import Store
    from generator.search import SEPARATOR

    prepared = {"config": {"separator": SEPARATOR, "lang": ["en"], "fields": {"title": {"boost": 1000.0}}},
                "docs": [{"location": "en/a.html", "title": "Shenyang visit", "text": "<p>A delegation went to Shenyang.</p>",
                          "tags": ["Shenyang"]}]}
    (tmp_path / "one" / "search").mkdir(parents=True)
    (tmp_path / "two" / "search").mkdir(parents=True)
    pieces = Store.load(tmp_path / "cache", "search-pieces")
    search_hook.write_index(tmp_path / "one", prepared, offline=True, pieces=pieces)
    assert pieces.computed == 1
    pieces.save()
    pieces = Store.load(tmp_path / "cache", "search-pieces")  # as the next build finds it

    def not_again(*_, **__):
        raise AssertionError("the pieces were made again")
    monkeypatch.setattr(search_hook, "build_pieces", not_again)
    search_hook.write_index(tmp_path / "two", prepared, offline=True, pieces=pieces)
    assert pieces.hits == 1 and tree(tmp_path / "one") == tree(tmp_path / "two")
    changed = {**prepared, "docs": [{**prepared["docs"][0], "text": "<p>Another text.</p>"}]}
    with pytest.raises(AssertionError, match="made again"):
        search_hook.write_index(tmp_path / "two", changed, offline=True, pieces=pieces)


@pytest.mark.parametrize("content", [
    '<h1 id="a">A</h1><p>No attribute to remove.</p>',
    '<h1 id="a" data-search-exclude="x">A</h1><p data-search-boost="2">Two to remove.</p>',
    '<p>The words data-search- in text, no attribute.</p>',
    '',
])
@pytest.mark.parametrize("held_packed", [False, True])
def test_lightened_search_page_context_leaves_the_page_as_material_does(content, held_packed):
    """Material's on_page_context and the hook's replacement leave the same HTML and index the page once, whether
    the page has its HTML or it is held packed (given back for the rendering, or at once if it has attributes)."""
    from types import SimpleNamespace
    from material.plugins.search.plugin import SearchPlugin
    from generator.mkdocs_cache.held import HeldPages, html_digest, packed
    from generator.mkdocs_cache.search import _material_page_context

    indexed = []
    plugin = SimpleNamespace(config=SimpleNamespace(enabled=True),
                             search_index=SimpleNamespace(add_entry_from_context=indexed.append))
    theirs, ours = SimpleNamespace(content=content), SimpleNamespace(content=content, markdown="")
    held = HeldPages()
    if held_packed:
        ours.content = held.hold(ours, packed(content), html_digest(content), "data-search-" in content)
    SearchPlugin.on_page_context(plugin, {}, page=theirs, config=None, nav=None)
    _material_page_context(plugin, held)({}, page=ours, config=None, nav=None)
    if held_packed:
        assert (ours.content == "") == ("data-search-" not in content)  # left packed unless there is something to remove
    held.give_back(ours)
    assert ours.content == theirs.content and indexed == [theirs, ours]


@pytest.mark.parametrize("path, relative", [
    ("/w/site/a/b.html", "a/b.html"),
    ("/w/site/a/.hidden", "a/.hidden"),
    ("/w/site//a.html", "a.html"),
    ("/w/site/./a.html", "a.html"),
    ("/w/site/x/../a.html", "a.html"),
    ("/w/site/../y.html", None),
    ("/w/sitea/b.html", None),
    ("/elsewhere/a.html", None),
])
def test_a_page_files_place_in_the_last_site_is_its_place_in_this_one(path, relative):
    """The quick way (a prefix cut, for the 33,000 pages of a build) gives what os.path.relpath gives."""
    from generator.mkdocs_cache.site_files import PreviousSite

    assert PreviousSite(Path("/w/site"), Path("/w/old"))._relative(path) == relative


@pytest.mark.parametrize("path", ["/w/.site.staging/a/b.html", "/w/.site.staging/.x/y.html", "/w/.site.staging//a.html",
                                  "/w/.site.staging/x/../a.html", "/w/.site.staging/./a.html", "/elsewhere/a.html"])
def test_a_written_page_is_recorded_under_its_relative_path(path):
    """The record's quick cut gives what os.path.relpath gives, in a staging folder whose name starts with a dot."""
    from generator.mkdocs_cache.site_files import _site_relative

    site = Path("/w/.site.staging")
    assert _site_relative(path, site) == Path(os.path.relpath(path, site)).as_posix()


def test_link_target_states_are_memoised_per_build():
    """still_valid answers the same with a shared table of target states, and fills it once per target."""
    from mkdocs.structure.files import File, Files
    from generator.mkdocs_cache.pages import _file_state, still_valid

    files = Files([File(uri, "/docs", "/site", use_directory_urls=False) for uri in ("en/a.md", "de/b.md")])
    a_state = _file_state(files.get_file_from_path("en/a.md"))
    states: dict = {}
    assert still_valid({"lookups": {"en/a.md": a_state, "gone.md": None}}, files, states)
    assert states == {"en/a.md": a_state, "gone.md": None}
    assert not still_valid({"lookups": {"en/a.md": None}}, files, states)
    assert not still_valid({"lookups": {"de/b.md": a_state}}, files, states)
    assert still_valid({"lookups": {}}, files, states)


@pytest.mark.parametrize("html", [
    "<h1>Title</h1><p>Text.</p>",
    "<h1>Заголовок</h1><p>نص عربي และภาษาไทย 😀</p>",
    "<p>\udcff</p>",  # a seed's undecodable byte as Python keeps it
    "",
    None,
])
def test_held_pages_give_back_exactly_the_html_they_held_and_let_go_once_rendered(html):
    """Between conversion and rendering a page holds an empty HTML and no Markdown; its HTML is given back exactly."""
    from types import SimpleNamespace
    from generator.mkdocs_cache.held import HeldPages, html_digest, packed

    page, other = SimpleNamespace(markdown="# Title", content=None), SimpleNamespace(markdown="kept", content="kept")
    held = HeldPages()
    marked = "data-search-" in (html or "")
    assert held.hold(page, packed(html), html_digest(html), marked) == "" and page.markdown == ""
    assert held.digest(page) == html_digest(html) and held.search_attributes(page) == marked  # without the HTML
    held.give_back(other)  # a page that was never held is left as it is
    assert (other.markdown, other.content) == ("kept", "kept") and held.digest(other) == html_digest("kept")
    held.give_back(page)
    assert page.content == html and held.digest(page) == html_digest(html)  # the same digest, from the HTML now
    held.let_go(page)
    assert (page.markdown, page.content) == (None, None)


@pytest.mark.parametrize("dirty, left", [(False, []), (True, [{"location": "a.html"}])])
def test_material_search_entries_are_let_go_once_written_unless_a_dirty_reload_merges_them(dirty, left):
    """After Material's post-build wrote search_index.json its entries are emptied; `serve --dirty` keeps them."""
    from types import SimpleNamespace
    from generator.mkdocs_cache.search import release_entries

    index = SimpleNamespace(entries=[{"location": "a.html"}], add_entry_from_context=None)
    config = SimpleNamespace(plugins={"material/search": SimpleNamespace(search_index=index, is_dirty=dirty)})
    release_entries(config)
    assert index.entries == left


def test_pages_taken_from_the_last_site_are_linked_from_it_and_the_site_is_the_cold_build(project):
    """A staged build links each page it takes from the last site instead of writing it (same inode, never read
    once recorded); MkDocs does not report them as skipped; an edited page is rendered again, not linked."""
    pages = len([p for p in (project / "docs").rglob("*.md")])
    cold = mkdocs(project, "site-cold", cache=False, workers=1)
    assert staged_build(project)[0] == 0 and staged_build(project)[0] == 0  # the second build's files are recorded
    site = project / "site"
    inodes = {p: p.stat().st_ino for p in site.rglob("*.html")}
    edited = site / "index.html"
    edited.write_text(edited.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    again = staged_build(project)
    assert again[:2] == cold[:2] and render_stats(again[2]) == (1, pages - 1)
    assert linked_pages(again[2]) == pages - 1 and "Page skipped" not in again[2]
    relinked = [p for p, inode in inodes.items() if p.stat().st_ino == inode]
    assert len(relinked) == pages - 1 and site / "index.html" not in relinked
    assert_same_tree(project / "site-cold", site)


def test_pages_are_written_not_linked_when_another_plugin_handles_post_page(project):
    """A hook of post_page that does not say it leaves the output alone gets every page's output as text."""
    again = staged_builds_like_cold_with_hook(
        project, "def on_post_page(output, page, config):\n    return output.replace('</body>', '<!-- s --></body>')\n")
    assert linked_pages(again[2]) == 0
    assert "<!-- s --></body>" in (project / "site" / "index.html").read_text(encoding="utf-8")


@contextlib.contextmanager
def extra_hook(project: Path, code: str):
    """mkdocs.yml with one more hook (this code), listed first, for the time of the block."""
    (project / "extra_hook.py").write_text(code, encoding="utf-8")
    original = (project / "mkdocs.yml").read_text(encoding="utf-8")
    try:
        (project / "mkdocs.yml").write_text(original.replace("hooks:\n", "hooks:\n  - extra_hook.py\n"), encoding="utf-8")
        yield
    finally:
        (project / "mkdocs.yml").write_text(original, encoding="utf-8")


def staged_builds_like_cold_with_hook(project: Path, code: str) -> tuple[int, list[str], str]:
    """With one more hook (this code) in mkdocs.yml: two staged builds, the second's site the cold build's; its result."""
    with extra_hook(project, code):
        cold = mkdocs(project, "site-cold", cache=False, workers=1)
        assert staged_build(project)[0] == 0
        again = staged_build(project)
        assert again[:2] == cold[:2]
        assert_same_tree(project / "site-cold", project / "site")
        return again


def test_a_page_context_hook_that_reads_the_html_gets_it_and_the_site_is_the_cold_build(project):
    """The HTML stays packed through page_context only when every handler says it leaves it alone: a hook that
    reads and changes it gets every page's HTML, cached builds and all."""
    staged_builds_like_cold_with_hook(project, "def on_page_context(context, page, config, nav):\n"
                                               "    page.content = page.content.replace('</h1>', '</h1><!-- c -->', 1)\n"
                                               "    return context\n")
    assert "</h1><!-- c -->" in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_templates_are_kept_compiled_and_a_damaged_or_changed_one_is_compiled_again(tmp_path, monkeypatch):
    """A second environment takes the compiled template from the folder (Jinja does not compile it); a damaged
    file or a changed template is compiled again, and every rendering is the template's."""
    from jinja2 import Environment, FileSystemLoader

    from generator.mkdocs_cache.render import keep_compiled_templates

    templates, folder = tmp_path / "templates", tmp_path / "compiled"
    templates.mkdir()
    (templates / "page.html").write_text("<p>{{ name }} {{ 6 * 7 }}</p>", encoding="utf-8")

    def rendered() -> tuple[str, int]:
        env = Environment(loader=FileSystemLoader(str(templates)))
        keep_compiled_templates(env, folder)
        compiled = []
        original = env.compile
        monkeypatch.setattr(env, "compile", lambda *args, **kwargs: compiled.append(args) or original(*args, **kwargs))
        return env.get_template("page.html").render(name="A"), len(compiled)

    assert rendered() == ("<p>A 42</p>", 1)
    assert rendered() == ("<p>A 42</p>", 0)
    [kept] = list(folder.iterdir())
    data = kept.read_bytes()
    assert data.count(b"<p>") == 1  # the template's text, a constant of the compiled code
    kept.write_bytes(data.replace(b"<p>", b"<q>"))  # still code Jinja would run, but not the template's
    assert rendered() == ("<p>A 42</p>", 1)
    (templates / "page.html").write_text("<p>{{ name }} {{ 6 * 8 }}</p>", encoding="utf-8")
    assert rendered() == ("<p>A 48</p>", 1)
    assert rendered() == ("<p>A 48</p>", 0)


def unread_sources(stderr: str) -> int:
    """Pages taken without reading their source, from the summary line."""
    match = re.search(r"; (\d+) sources not read", stderr)
    assert match, stderr
    return int(match.group(1))


def test_sources_as_the_last_build_read_them_are_not_read_and_an_edited_one_is(project):
    """A build after one that read every source reads none of them again (their front matter and keys are the
    recorded ones) and is the cold build; a page edited to the same size is read, converted and is the cold build's."""
    pages = len(list((project / "docs").rglob("*.md")))
    mkdocs(project, "site")
    warnings, log = check_like_cold(project)
    assert unread_sources(log) == pages and cache_stats(log) == (0, pages)
    page = sorted((project / "docs").glob("en/*.md"))[0]
    text = page.read_text(encoding="utf-8")
    assert "Liaoning" in text
    last = text.rindex("Liaoning")  # in the text, below the front matter
    page.write_text(text[:last] + "Liaonigg" + text[last + len("Liaoning"):], encoding="utf-8")  # same size
    try:
        warnings, log = check_like_cold(project)
        assert unread_sources(log) == pages - 1 and cache_stats(log) == (1, pages - 1)
        assert "Liaonigg" in (project / "site" / page.relative_to(project / "docs").with_suffix(".html")).read_text(encoding="utf-8")
        # Its title edited (the front matter only): the page is read again, its conversion taken from the cache.
        edited = page.read_text(encoding="utf-8")
        assert edited.count('\ntitle: "') == 1
        page.write_text(edited.replace('\ntitle: "', '\ntitle: "Edited: ', 1), encoding="utf-8")
        warnings, log = check_like_cold(project)
        assert unread_sources(log) == pages - 1 and cache_stats(log) == (0, pages)
        assert "Edited: " in (project / "site" / page.relative_to(project / "docs").with_suffix(".html")).read_text(encoding="utf-8")
    finally:
        page.write_text(text, encoding="utf-8")


def test_a_page_whose_conversion_is_gone_is_read_after_all(project):
    """A source as the last build read it but whose cached conversion is gone (a damaged or removed entry) is read
    in on_page_markdown and converted: the site is the cold build's."""
    pages = len(list((project / "docs").rglob("*.md")))
    mkdocs(project, "site")
    shutil.rmtree(project / ".dossier-cache" / "mkdocs" / "pages")
    warnings, log = check_like_cold(project)
    assert unread_sources(log) == 0 and cache_stats(log)[0] == pages
    assert unread_sources(mkdocs(project, "site")[2]) == pages


def test_every_source_is_read_when_another_hook_listens_to_page_markdown(project):
    """A hook that may read or change a page's Markdown sees every source, cached builds and all."""
    again = staged_builds_like_cold_with_hook(
        project, "def on_page_markdown(markdown, page, config, files):\n    return markdown.replace('Liaoning', 'LIAONING')\n")
    assert unread_sources(again[2]) == 0
    assert "LIAONING" in (project / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "other fingerprint"])
def test_a_damaged_or_foreign_record_of_the_sources_is_no_record(tmp_path, damage):
    """The records of the sources are checked by their SHA-256 and the configuration's fingerprint."""
    from generator.mkdocs_cache.sources import RECORD_NAME, ReadSource, Sources

    sources = Sources(tmp_path, "fingerprint")
    sources.kept["en/a.md"] = ReadSource((3, 1, 7), ("en/a.md", "en/a.html", "INCLUDED"), "k", pickle.dumps({"title": "A"}))
    (tmp_path / "docs").mkdir()
    sources.save(tmp_path / "docs")
    assert Sources(tmp_path, "fingerprint").recorded == sources.kept
    data = (tmp_path / RECORD_NAME).read_bytes()
    if damage == "truncated":
        (tmp_path / RECORD_NAME).write_bytes(data[:-5])
    elif damage == "flipped":
        (tmp_path / RECORD_NAME).write_bytes(data.replace(b"A", b"B"))
    assert Sources(tmp_path, "another" if damage == "other fingerprint" else "fingerprint").recorded == {}


def rendered_ahead(stderr: str) -> int:
    """Pages rendered ahead in forked workers, from the summary line (0 if none)."""
    assert re.search(r"; \d+ rendered, \d+ taken", stderr), stderr
    match = re.search(r"; (\d+) rendered ahead in 2 processes", stderr)
    return int(match.group(1)) if match else 0


def empty_cache_and_site(project: Path) -> None:
    """As before a first `make site`: no MkDocs cache, no site."""
    for folder in (project / ".dossier-cache" / "mkdocs", project / "site", project / "site-staging"):
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("staged", [True, False], ids=["make-site", "into-the-site"])
def test_a_first_build_renders_its_pages_ahead_in_workers_and_is_the_cold_build(project, staged):
    """With nothing cached, the pages are rendered ahead in two processes (written in place by them as make site
    builds, else kept in the cache); MkDocs takes each, the warnings and the site are the cold single-process build's,
    and MkDocs does not report the pages written ahead as skipped. The next build renders nothing."""
    pages = len([p for p in (project / "docs").rglob("*.md")])
    cold = mkdocs(project, "site-cold", cache=False, workers=1)
    empty_cache_and_site(project)
    first = staged_build(project) if staged else mkdocs(project, "site")
    assert first[:2] == cold[:2] and rendered_ahead(first[2]) == pages
    assert render_stats(first[2]) == (pages, 0) and "Page skipped" not in first[2]
    assert_same_tree(project / "site-cold", project / "site")
    again = staged_build(project) if staged else mkdocs(project, "site")
    assert again[:2] == cold[:2] and render_stats(again[2]) == (0, pages) and rendered_ahead(again[2]) == 0
    assert_same_tree(project / "site-cold", project / "site")


def test_pages_rendered_ahead_see_what_a_page_context_hook_does(project):
    """Workers run every page_context handler before rendering, as MkDocs does: a hook that changes the HTML
    changes the pages rendered ahead too."""
    code = ("def on_page_context(context, page, config, nav):\n"
            "    page.content = page.content.replace('</h1>', '</h1><!-- c -->', 1)\n"
            "    return context\n")
    with extra_hook(project, code):
        cold = mkdocs(project, "site-cold", cache=False, workers=1)
        empty_cache_and_site(project)
        first = staged_build(project)
    assert first[:2] == cold[:2] and rendered_ahead(first[2]) > 0
    assert_same_tree(project / "site-cold", project / "site")
    assert "</h1><!-- c -->" in (project / "site" / "index.html").read_text(encoding="utf-8")


def test_a_page_a_worker_did_not_report_is_rendered_by_mkdocs(project):
    """Only what a worker reports is taken: a page written ahead but left out of the reports (a worker stopped
    midway) is rendered again, and the site is the cold build's."""
    cold = mkdocs(project, "site-cold", cache=False, workers=1)
    empty_cache_and_site(project)
    hook = ("from generator.mkdocs_cache import parallel\n"
            "_in_workers = parallel.in_workers\n"
            "def _first_page_dropped(*args):\n"
            "    lines = _in_workers(*args)\n"
            "    pages = sorted(line for line in lines if '\\t' in line)\n"
            "    return [line for line in lines if line != pages[0]] if pages else lines\n"
            "parallel.in_workers = _first_page_dropped\n")
    with extra_hook(project, hook):
        first = staged_build(project)
    pages = len([p for p in (project / "docs").rglob("*.md")])
    assert first[:2] == cold[:2] and rendered_ahead(first[2]) == pages - 1
    assert render_stats(first[2]) == (pages, 0)
    assert_same_tree(project / "site-cold", project / "site")


def test_search_pieces_holding_the_same_bytes_are_linked_from_the_last_site(project):
    """Built as make site builds, the search pieces a build makes as the last one did are the last site's files,
    linked (the same inodes); one edited by hand in the last site is written again. The site is the cold build's."""
    cold = mkdocs(project, "site-cold", cache=False, workers=1)
    assert staged_build(project)[0] == 0
    site = project / "site"
    before = {p.relative_to(site): p.stat().st_ino for p in sorted((site / "search").glob("*/*.js"))}
    assert len(before) > 2
    edited = sorted(before)[0]
    (site / edited).write_text((site / edited).read_text(encoding="utf-8") + "//", encoding="utf-8")
    assert staged_build(project)[:2] == cold[:2]
    assert_same_tree(project / "site-cold", site)
    after = {p.relative_to(site): p.stat().st_ino for p in sorted((site / "search").glob("*/*.js"))}
    assert sorted(after) == sorted(before)
    assert after[edited] != before[edited]
    assert all(after[path] == before[path] for path in before if path != edited)


_COLLECTOR_HOOK = ("import gc, json\n"
                   "seen = {}\n"
                   "def on_page_content(html, page, config, files):\n"
                   "    seen.setdefault('reading', set()).add(gc.isenabled())\n"
                   "    return html\n"
                   "def on_post_build(config):\n"
                   "    seen['after'] = {gc.isenabled()}\n"
                   "    open('collector.json', 'w').write(json.dumps({k: sorted(v) for k, v in seen.items()}))\n")


def test_the_cycle_collector_is_paused_while_the_pages_are_read_and_on_again_after(project):
    """Reading the pages (conversions restored) makes what lives to the end of the build: no cyclic collections
    then (generator/memory.py); on again for rendering and after. The site is the cold build's."""
    import json

    with extra_hook(project, _COLLECTOR_HOOK):
        cold = mkdocs(project, "site-cold", cache=False, workers=1)
        assert cold[0] == 0
        assert json.loads((project / "collector.json").read_text()) == {"reading": [True], "after": [True]}
        for build in (1, 2):  # the first build with nothing cached, the second with everything
            assert staged_build(project)[:2] == cold[:2]
            assert json.loads((project / "collector.json").read_text()) == {"reading": [False], "after": [True]}
    assert_same_tree(project / "site-cold", project / "site")


@pytest.mark.parametrize("lines, fail", [
    (["a", "b"], None),
    ([f"line {n}" * 40 for n in range(5000)], None),  # reports far larger than a pipe's buffer
    (["a"], 1),                                        # a worker that fails reports nothing
])
def test_workers_report_their_lines_whole(lines, fail):
    from generator.mkdocs_cache.parallel import in_workers

    def work(number):
        if number == fail:
            raise RuntimeError("stopped")
        return [f"{number}:{line}" for line in lines]

    found = in_workers(2, work)
    assert sorted(found) == sorted(f"{n}:{line}" for n in range(2) if n != fail for line in lines)
