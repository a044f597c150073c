"""The entity registry: a valid file loads; every kind of error stops the build with file:line and a fix."""
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import BuildAborted
from generator.knowledge.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent

VALID = """\
entities:
  - id: liaoning
    type: place
    names: {en: Liaoning, ru: Ляонин}
    aliases: {en: [Liaoning Province], any: [LN]}
    description: Province in north-east China.
    wikidata: Q43934
"""

BROKEN = [
    ("bad-yaml", "entities:\n  - id: x\n    names: {en: [unclosed\n", ":3: the registry is not valid YAML"),
    ("not-a-list", "entities: {id: x}\n", ":1: the registry must be a mapping with a list under 'entities:'"),
    ("unknown-field", "entities:\n  - id: x\n    type: place\n    names: {en: X}\n    colour: red\n", ":2: unknown field 'colour'"),
    ("bad-type", "entities:\n  - id: x\n    type: planet\n    names: {en: X}\n", ":2: entity 'x' has type 'planet'"),
    ("bad-id", "entities:\n  - id: Hao Peng\n    type: person\n    names: {en: Hao Peng}\n", ":2: id 'Hao Peng' must be lower-case"),
    ("no-names", "entities:\n  - id: x\n    type: place\n", ":2: entity 'x' needs at least one name"),
    ("bad-lang", "entities:\n  - id: x\n    type: place\n    names: {English: X}\n", ":2: 'x' names: 'English' is not a language code"),
    ("duplicate-id", "entities:\n  - id: x\n    type: place\n    names: {en: X}\n  - id: x\n    type: place\n    names: {en: Y}\n", "duplicate id 'x'"),
    ("alias-twice", "entities:\n  - id: x\n    type: place\n    names: {en: X}\n    aliases: {en: [Shared]}\n"
                    "  - id: y\n    type: place\n    names: {en: Y}\n    aliases: {de: [shared]}\n", ":6: 'shared' is claimed by both 'x' and 'y'"),
    ("bad-wikidata", "entities:\n  - id: x\n    type: place\n    names: {en: X}\n    wikidata: 42\n", ":2: entity 'x' wikidata 42 must look like Q42"),
]


def test_valid_registry_loads(tmp_path):
    """Names and aliases by language, description and Wikidata id are kept."""
    path = tmp_path / "entities.yml"
    path.write_text(VALID, encoding="utf-8")
    [entity] = load_registry(path)
    assert entity.names == (("en", "Liaoning"), ("ru", "Ляонин"))
    assert entity.aliases == (("any", "LN"), ("en", "Liaoning Province"))
    assert (entity.name("ru"), entity.name("de"), entity.wikidata) == ("Ляонин", "Liaoning", "Q43934")


def test_missing_registry_is_no_error(tmp_path):
    """The generator works without a registry."""
    assert load_registry(tmp_path / "entities.yml") == ()


@pytest.mark.parametrize("text,message", [(t, m) for _, t, m in BROKEN], ids=[n for n, _, _ in BROKEN])
def test_broken_registry_says_where_and_what(tmp_path, text, message):
    """Each kind of mistake is reported with the file, the line and what to do."""
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BuildAborted) as error:
        load_registry(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_broken_registry_stops_the_build_with_exit_2(tmp_path):
    """Through the command line: exit code 2, the message, no traceback, docs/ not written."""
    seeds = tmp_path / "seeds"
    (seeds / "knowledge").mkdir(parents=True)
    (seeds / "a.txt").write_text("Headline here\n\nThe delegation visited Munich and signed agreements.", encoding="utf-8")
    (seeds / "knowledge" / "entities.yml").write_text(BROKEN[0][1], encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "entities.yml:3: the registry is not valid YAML" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "docs").exists()


def test_seed_registry_loads():
    """The curated registry of the seed corpus is valid."""
    assert len(load_registry(ROOT / "seeds" / "knowledge" / "entities.yml")) >= 60
