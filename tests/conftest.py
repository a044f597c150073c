"""Shared fixtures: the seed corpus read once, and a site built from it in a temporary project."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from browser import chromium, missing, served
from generator.read.reader import find_seeds, read_seed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def build_project(seeds: Path, project: Path, *extra_args: str) -> subprocess.CompletedProcess:
    """Generate docs/ and build site/ for a seeds folder in a fresh project folder, as `make site` does."""
    project.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    # mkdocs.yml lists its hooks (generator/search/hook.py) relative to itself.
    if not (project / "generator").exists():
        (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    generate = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(project / "docs"), *extra_args],
        cwd=ROOT, capture_output=True, text=True,
    )
    if generate.returncode != 0:
        return generate
    epoch = (project / "docs" / ".dossier" / "source-date-epoch").read_text().strip()
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(project / "mkdocs.yml")],
        cwd=project, capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": epoch},
    )


@pytest.fixture(autouse=True)
def sigint_restored():
    """After each test, Ctrl-C is handled as before it: the command line ignores a second Ctrl-C once it has
    reported the first, and an ignored SIGINT would be inherited by every process a later test starts."""
    previous = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.fixture(scope="session")
def seed_articles():
    """The five seed articles, read, keyed by seed file name."""
    return {p.name: read_seed(p, SEEDS).article for p in find_seeds(SEEDS)}


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """A project built from seeds/ (docs/ and site/), shared by the end-to-end tests."""
    project = tmp_path_factory.mktemp("project")
    result = build_project(SEEDS, project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="module")
def driver():
    """One Chromium for the whole module (the browser tests)."""
    if missing():
        pytest.fail(f"Chromium or ChromeDriver missing ({', '.join(missing())}): run `make browser`")
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def articles(built_site) -> dict[str, str]:
    """Site-relative URL path of each seed article page, keyed by language (from knowledge.json)."""
    knowledge = json.loads((built_site / "site" / "knowledge.json").read_text(encoding="utf-8"))
    return {article["lang"]: article["url"] for article in knowledge["articles"]}


@pytest.fixture(scope="module", params=["file", "http"])
def root(request, built_site) -> str:
    """Base URL of the seed site, from the file system or from a local HTTP server."""
    site = built_site / "site"
    if request.param == "file":
        yield site.as_uri() + "/"
    else:
        with served(site) as base:
            yield base


def cpu_seconds(pid: int) -> float:
    """The CPU time a process has used (Linux /proc); 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """The CPU time a process and its worker processes have used."""
    children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(int(p.name)) == pid]
    return cpu_seconds(pid) + sum(cpu_seconds(child) for child in children)


def _parent(pid: int) -> int | None:
    """The parent process id of a process (Linux /proc), None if it is gone."""
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None
