"""Ctrl-C and bugs on the command line: one line and an exit code, never a traceback unless asked for.

tests/test_hostile.py interrupts a build in the middle of its work; these interrupt it while it
starts (the heavy imports), after it has written docs/, and check what an internal error prints.
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import cpu_seconds
import generator.build
from generator import cli

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Council approves the harbour budget\n\nThe council met on Monday and approved the plan for the new harbour.\n"


@pytest.fixture
def project(tmp_path) -> tuple[Path, Path]:
    """A seeds folder with one article, and where docs/ would go."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return seeds, tmp_path / "docs"


def test_the_command_line_imports_no_heavy_module():
    """Importing generator.cli leaves the pipeline (and Babel, numpy, ...) to main(), inside its Ctrl-C handling."""
    check = "import sys, generator.cli; print(sorted(m for m in ('generator.build', 'babel', 'numpy', 'jinja2') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout + result.stderr


# Past the interpreter's own start-up (a few hundredths of a second of CPU: before it, SIGINT still
# kills Python the default way), before the imports are done (about 0.18 s of CPU with the compiled
# modules kept in .venv/pycache, 0.25 s compiling the project's own; generator.cli is in by 0.03 s).
@pytest.mark.parametrize("cpu", [0.08, 0.15], ids=["early-imports", "late-imports"])
def test_ctrl_c_during_start_up(project, cpu):
    """SIGINT while `python -m generator build` imports its modules: exit 130, one line, no traceback, no docs/."""
    seeds, docs = project
    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while process.poll() is None and cpu_seconds(process.pid) < cpu:
        time.sleep(0.002)
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, (process.returncode, err[-500:])
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ERROR: interrupted"), err
    assert not docs.exists()


def test_a_ctrl_c_caught_inside_exec_still_exits_130(tmp_path):
    """`python -m generator` after a Ctrl-C that landed inside exec() of a string and was handled: still 130.

    CPython then marks it unhandled and ends the process by SIGINT (-2) at exit; dataclasses are
    made by exec(), so the CPU-timed start-up test above hit this about once in ten runs. Here a
    sitecustomize makes it certain: its stand-in for the command catches a Ctrl-C raised inside
    exec() and reports the interruption (130), as the command does.
    """
    (tmp_path / "sitecustomize.py").write_text(
        "import generator.cli\n"
        "def interrupted_in_exec():\n"
        "    try:\n        exec('raise KeyboardInterrupt')\n    except KeyboardInterrupt:\n        return 130\n"
        "generator.cli.main = interrupted_in_exec\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    result = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 130, (result.returncode, result.stderr[-500:])


def test_ctrl_c_after_docs_were_written_says_so(project, monkeypatch, caplog):
    """Interrupted after the new docs/ was swapped in: the message does not claim docs/ was left as it was."""
    seeds, docs = project
    real = generator.build.write_docs

    def write_then_interrupt(files, docs_dir):
        real(files, docs_dir)
        raise KeyboardInterrupt

    monkeypatch.setattr(generator.build, "write_docs", write_then_interrupt)
    with caplog.at_level(logging.INFO, logger="dossier"):
        assert cli.main(["build", "--seeds", str(seeds), "--docs", str(docs)]) == 130
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [f"interrupted: {docs} had already been replaced in full by this run (this command never writes site/)"]
    assert (docs / "report.md").is_file()


def test_ctrl_c_before_writing_leaves_docs_as_it_was(project, monkeypatch, caplog):
    """Interrupted before writing: the message says docs/ was left as it was, and it was."""
    seeds, docs = project
    assert cli.main(["build", "--quiet", "--seeds", str(seeds), "--docs", str(docs)]) == 0
    before = {p: p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(generator.build, "write_docs", interrupt)
    with caplog.at_level(logging.INFO, logger="dossier"):
        assert cli.main(["build", "--seeds", str(seeds), "--docs", str(docs)]) == 130
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [f"interrupted: {docs} was left as it was before this run (this command never writes site/)"]
    assert {p: p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()} == before


@pytest.mark.parametrize("traceback_wanted", [False, True], ids=["default", "DOSSIER_TRACEBACK=1"])
def test_internal_error_is_one_line_and_exit_2(project, monkeypatch, caplog, capsys, traceback_wanted):
    """A bug: exit 2 and one line saying where; the traceback too only with DOSSIER_TRACEBACK=1."""
    seeds, docs = project

    def broken(*_args, **_kwargs):
        raise ValueError("a bug\nover two lines")

    monkeypatch.setattr(generator.build, "build", broken)
    if traceback_wanted:
        monkeypatch.setenv("DOSSIER_TRACEBACK", "1")
    else:
        monkeypatch.delenv("DOSSIER_TRACEBACK", raising=False)
    with caplog.at_level(logging.INFO, logger="dossier"):
        assert cli.main(["build", "--seeds", str(seeds), "--docs", str(docs)]) == 2
    [error] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert error.startswith("internal error: ValueError: a bug over two lines (at test_input_interrupt.py:") and "\n" not in error
    assert f"{docs} was left as it was before this run" in error
    err = capsys.readouterr().err
    assert ("Traceback (most recent call last)" in err) == traceback_wanted, err
    assert not docs.exists()


def test_internal_error_through_the_command_line(project):
    """The same through `python -m generator`: exit 2 and no traceback; with DOSSIER_TRACEBACK=1 a traceback, still exit 2."""
    seeds, docs = project
    bug = ("import runpy, sys, generator.build\n"
           "def build(*args, **options): raise ZeroDivisionError('division by zero')\n"
           "generator.build.build = build\n"
           f"sys.argv = ['generator', 'build', '--seeds', {str(seeds)!r}, '--docs', {str(docs)!r}]\n"
           "runpy.run_module('generator', run_name='__main__')\n")
    plain = subprocess.run([sys.executable, "-c", bug], cwd=ROOT, capture_output=True, text=True, env={**os.environ, "DOSSIER_TRACEBACK": ""})
    traced = subprocess.run([sys.executable, "-c", bug], cwd=ROOT, capture_output=True, text=True, env={**os.environ, "DOSSIER_TRACEBACK": "1"})
    assert plain.returncode == 2 and traced.returncode == 2, (plain.stderr, traced.stderr)
    assert plain.stderr.splitlines() == [plain.stderr.splitlines()[0]] and "Traceback" not in plain.stderr, plain.stderr
    assert plain.stderr.startswith("ERROR: internal error: ZeroDivisionError: division by zero (at <string>:2)"), plain.stderr
    assert "Traceback (most recent call last)" in traced.stderr and traced.stderr.splitlines()[-1] == plain.stderr.splitlines()[0]
    assert not docs.exists()
