"""Shared fixtures: the seed corpus read once, and a site built from it in a temporary project."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

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
