"""`make site` on a corpus outside the repository: input problems are reported, not fatal (STRICT=1
makes them fatal), every warning is said again on a cached run, and progress is shown per stage.

Three `make` runs in all (they are slow): a full build, a cached STRICT=1 build that fails, then a
build with nothing changed (MkDocs is not run: the site is current).
"""
from __future__ import annotations

import io
import logging
import multiprocessing.pool
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import progress
from generator.cache import CACHE_DIR_NAME
from generator.parallel import parallel_map, parallel_unordered

ROOT = Path(__file__).resolve().parent.parent

GOOD = ("Harbour crane repaired after storm\n\n"
        "The harbour authority said on Monday that the large crane damaged in last week's storm works again. "
        "Ships that waited outside the port can now unload their containers, the authority said.\n")
# What becomes of each file, read from its text: the good file an article, the others skipped.
CORPUS = {
    "harbour.txt": GOOD,
    "empty.txt": "",
    "clutter.txt": "Reading time: 3 min\nShare this\n",
}
# An override of an event no article makes: a warning about the events file, not about a seed.
STALE_OVERRIDE = "events:\n  - id: 1999-01-01-nowhere\n    title:\n      en: An event that does not exist\n"


def make_site(project: Path, *variables: str) -> subprocess.CompletedProcess:
    """`make site` of the project's seeds into its docs/ and site/, output as a pipe (not a terminal)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOSSIER_", "MAKE"))}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "site", f"SEEDS={project / 'seeds'}",
         f"DOCS={project / 'docs'}", f"SITE={project / 'site'}", *variables],
        capture_output=True, text=True, env=env, timeout=600,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The corpus, then a full `make site`, a cached `make site STRICT=1` and `make site` again; the site's files after the first."""
    project = tmp_path_factory.mktemp("make-site")
    (project / "seeds" / "knowledge").mkdir(parents=True)
    for name, text in CORPUS.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    (project / "seeds" / "knowledge" / "events.yml").write_text(STALE_OVERRIDE, encoding="utf-8")
    full = make_site(project)
    site_files = site_states(project)
    return project, full, make_site(project, "STRICT=1"), make_site(project), site_files


def site_states(project: Path) -> dict[str, tuple[int, bytes]]:
    """Each file of the built site: its modification time and bytes."""
    site = project / "site"
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


def warnings_of(output: str) -> list[str]:
    """The warning lines the generator printed."""
    return sorted(line for line in output.splitlines() if line.startswith("WARNING: "))


def test_input_problems_do_not_fail_make_site(built):
    """Two skipped files and a stale override: exit 0, each named in the terminal, the site built."""
    project, full, *_ = built
    assert full.returncode == 0, full.stdout + full.stderr
    warned = warnings_of(full.stderr)
    for name in ("empty.txt", "clutter.txt", "events.yml"):
        assert any(name in line for line in warned), full.stderr
    assert (project / "site" / "index.html").is_file()
    assert (project / "site" / "report.html").is_file()
    # The cache lives beside the docs folder of the corpus, never in the repository.
    assert (project / CACHE_DIR_NAME).is_dir()
    assert not (project / "docs" / CACHE_DIR_NAME).exists()


def test_skipped_files_are_on_the_build_report(built):
    """The report page names each skipped file (Markdown escapes the dot) with its reason, and the stale override."""
    project, *_ = built
    report = (project / "docs" / "report.md").read_text(encoding="utf-8")
    assert re.search(r"\| empty\\?\.txt \| skipped \|  \| the file is empty \|", report), report
    assert re.search(r"\| clutter\\?\.txt \| skipped \|", report), report
    assert "1999\\-01\\-01\\-nowhere' does not exist" in report, report


def test_strict_fails_and_lists_every_warning(built):
    """STRICT=1: a non-zero exit, the error listing each warning, and the site not rebuilt."""
    _, full, strict, *_ = built
    assert strict.returncode != 0, strict.stdout + strict.stderr
    error = strict.stderr[strict.stderr.index("ERROR: --strict"):]
    assert error.startswith("ERROR: --strict: the build fails on its 3 warnings:"), error
    for name in ("empty.txt", "clutter.txt", "events.yml"):
        assert any(line.startswith("  - ") and name in line for line in error.splitlines()), error
    assert "mkdocs build" not in strict.stdout + strict.stderr  # the generator stopped the build before MkDocs


def test_nothing_changed_leaves_the_site_as_it_was(built):
    """A second `make site` with nothing changed: the generator runs, MkDocs does not, the site is untouched."""
    project, _, _, again, site_files = built
    assert again.returncode == 0, again.stdout + again.stderr
    assert "up to date" in again.stdout, again.stdout
    assert "mkdocs build" not in again.stdout + again.stderr
    assert "docs: 0 files written" in again.stderr, again.stderr
    assert site_states(project) == site_files


def test_every_warning_is_said_again_on_a_cached_run(built):
    """The second run takes everything from the cache and still prints each warning, not a count."""
    _, full, strict, *_ = built
    assert "seeds 3 reused, 0 computed" in strict.stderr, strict.stderr
    assert warnings_of(strict.stderr) == warnings_of(full.stderr)


def test_each_stage_says_one_line_when_output_is_no_terminal(built):
    """Not a terminal: one line per stage (generator and MkDocs), no bar drawn with carriage returns."""
    _, full, *_ = built
    output = full.stdout + full.stderr
    for stage in ("reading: 3 of 3 files", "annotating: 1 of 1 articles", "rendering: ",
                  "converting: ", "writing: ", "search index: done"):
        assert stage in output, output
    assert "\r" not in output


# Progress display, unit by unit.

@pytest.mark.parametrize("mode, expected", [
    ("lines", r"^reading: 3 of 3 files in \d+\.\d s$"),
    ("off", r"^$"),
])
def test_a_stage_says_one_line_or_nothing(caplog, monkeypatch, mode, expected):
    """Lines: one line at the end with the count and time; off: nothing."""
    monkeypatch.setenv(progress.PROGRESS_VARIABLE, mode)
    caplog.set_level(logging.INFO, logger="dossier")
    with progress.stage("reading", 3, "files") as advance:
        for _ in range(3):
            advance(1)
    said = "\n".join(r.getMessage() for r in caplog.records)
    assert re.match(expected, said), said


def test_a_stage_draws_a_bar_with_the_count_on_a_terminal(monkeypatch):
    """Bar (a terminal): tqdm writes the stage name, done/total and the unit to stderr."""
    monkeypatch.setenv(progress.PROGRESS_VARIABLE, "bar")
    screen = io.StringIO()
    monkeypatch.setattr(sys, "stderr", screen)
    with progress.stage("annotating", 4, "articles") as advance:
        advance(4)
    assert re.search(r"annotating\s*: 100%.*4/4 \[\d\d:\d\d<\d\d:\d\d", screen.getvalue()), screen.getvalue()


def test_without_a_terminal_and_when_quiet(monkeypatch):
    """No terminal: lines; --quiet (info not logged): off."""
    monkeypatch.delenv(progress.PROGRESS_VARIABLE, raising=False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    logger = logging.getLogger("dossier.test-progress")
    logger.setLevel(logging.INFO)
    assert progress.display_mode(logger) == "lines"
    logger.setLevel(logging.WARNING)
    assert progress.display_mode(logger) == "off"


def _square(shared, item):
    return item * item + shared


def test_parallel_map_counts_every_result_in_order(monkeypatch):
    """With two worker processes: each result counted once, results in the order of the items."""
    monkeypatch.setenv("DOSSIER_WORKERS", "2")
    counted = []
    items = list(range(100))
    assert parallel_map(_square, items, 1, counted.append) == [i * i + 1 for i in items]
    assert counted == [1] * len(items)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_parallel_unordered_gives_every_result_once_with_its_position(monkeypatch, workers):
    """Rendering takes results as they finish: each item's result once, with the item's position."""
    monkeypatch.setenv("DOSSIER_WORKERS", workers)
    counted = []
    items = [7, 3, 5] * 40
    found = list(parallel_unordered(_square, items, 1, counted.append))
    assert sorted(found) == [(position, item * item + 1) for position, item in enumerate(items)]
    assert counted == [1] * len(items)
    if workers == "1":
        assert found == sorted(found)  # in one process, in item order


def test_parallel_chunks_stay_small_for_many_items(monkeypatch):
    """A chunk's results wait whole in both processes: 20,000 page jobs go in chunks of at most 16, in order."""
    monkeypatch.setenv("DOSSIER_WORKERS", "2")
    chunk_sizes = []
    imap = multiprocessing.pool.Pool.imap

    def recording_imap(self, function, iterable, chunksize=1):
        chunk_sizes.append(chunksize)
        return imap(self, function, iterable, chunksize)

    monkeypatch.setattr(multiprocessing.pool.Pool, "imap", recording_imap)
    items = list(range(20_000))
    assert parallel_map(_square, items, 0) == [i * i for i in items]
    assert chunk_sizes == [16]


def test_recipes_keep_compiled_modules_in_the_virtual_environment_whatever_the_caller_says():
    """make's recipes write compiled modules to .venv/pycache, with PYTHONDONTWRITEBYTECODE unset for them.

    With the prefix set, Python reads no compiled module from beside any source: a caller's
    PYTHONDONTWRITEBYTECODE=1 (set on this project's own machines) had every module of every step
    compiled again: a generator run with nothing to do on the seeds took 0.95 s instead of 0.25 s.
    """
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(["make", "--no-print-directory", "-s", "-C", str(ROOT),
                             "--eval=recipe-environment: ; @env", "recipe-environment"],
                            capture_output=True, text=True, env=env, timeout=60)
    variables = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert result.returncode == 0, result.stderr
    assert "PYTHONDONTWRITEBYTECODE" not in variables
    assert variables["PYTHONPYCACHEPREFIX"] == str(ROOT / ".venv" / "pycache")
