"""The bench's measured steps run in the environment make gives its recipes."""
from __future__ import annotations

import sys
from pathlib import Path

from bench import run


def test_a_measured_step_writes_compiled_modules_to_the_virtual_environment(monkeypatch):
    """As the Makefile: PYTHONDONTWRITEBYTECODE dropped, compiled modules under the venv's pycache, extras added."""
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("DOSSIER_BENCH_PROBE", "kept")
    env = run.step_environment(SOURCE_DATE_EPOCH="0")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["PYTHONPYCACHEPREFIX"] == str(Path(sys.executable).parent.parent / "pycache")
    assert (env["DOSSIER_BENCH_PROBE"], env["SOURCE_DATE_EPOCH"], env["PYTHAINLP_OFFLINE"]) == ("kept", "0", "1")
