"""The entity registry: a valid file loads; every kind of error stops the build with file:line and a fix."""
import subprocess
import sys
from pathlib import Path

import pytest

from generator.errors import BuildAborted
from generator.knowledge.events_file import load_event_overrides
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
    # Lone surrogates (YAML's "\ud800" escape) cannot be written as UTF-8: named with their line and field.
    ("surrogate-name", 'entities:\n  - id: x\n    type: place\n    names:\n      en: X\n      ru: "bad \\ud800 name"\n',
     ":6: the registry: field names.ru of 'x' holds U+D800, a lone surrogate"),
    ("surrogate-alias", 'entities:\n  - id: x\n    type: place\n    names: {en: X}\n    aliases:\n      th: [ok, "\\udfff"]\n',
     ":6: the registry: field aliases.th of 'x' holds U+DFFF"),
    ("surrogate-pair", 'entities:\n  - id: x\n    type: place\n    names: {en: X}\n    description: "\\ud83d\\ude00"\n',
     ":5: the registry: field description of 'x' holds U+D83D"),
    ("surrogate-key", 'entities:\n  - id: x\n    type: place\n    names: {"\\udc00": X}\n',
     ":4: the registry: field names.(a key) of 'x' holds U+DC00"),
    ("surrogate-id", 'entities:\n  - id: "x\\ud800"\n    type: place\n    names: {en: X}\n', ":2: the registry: field id holds U+D800"),
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


def test_text_with_a_lone_surrogate_stops_the_build_with_exit_2(tmp_path):
    """A "\\ud800" escape in the registry: exit 2 with file:line and the field, not an internal error later."""
    seeds = tmp_path / "seeds"
    (seeds / "knowledge").mkdir(parents=True)
    (seeds / "a.txt").write_text("Headline here\n\nThe delegation visited Munich and signed agreements.", encoding="utf-8")
    (seeds / "knowledge" / "entities.yml").write_text(
        'entities:\n  - id: munich\n    type: place\n    names: {en: Munich, de: "M\\ud800nchen"}\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert "entities.yml:4: the registry: field names.de of 'munich' holds U+D800" in result.stderr, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "docs").exists()


def test_events_file_with_a_lone_surrogate_says_where(tmp_path):
    """events.yml goes through the same loader: the same check, the same file:line message."""
    path = tmp_path / "events.yml"
    path.write_text('events:\n  - id: some-event\n    title: {en: Fine, de: "x\\udc00"}\n', encoding="utf-8")
    with pytest.raises(BuildAborted, match=r"events\.yml:3: the events file: field title\.de of 'some-event' holds U\+DC00"):
        load_event_overrides(path)


def test_escaped_characters_beyond_the_basic_plane_load(tmp_path):
    """A character written as "\\U0001F600" (or typed) is text like any other: no error."""
    path = tmp_path / "entities.yml"
    path.write_text('entities:\n  - id: x\n    type: other\n    names: {en: "Smile \\U0001F600", de: "Lächeln 😀"}\n', encoding="utf-8")
    [entity] = load_registry(path)
    assert entity.names == (("de", "Lächeln \U0001F600"), ("en", "Smile \U0001F600"))


def test_recursive_yaml_is_an_error_not_a_hang(tmp_path):
    """Anchors that make a node contain itself are reported, not walked forever."""
    path = tmp_path / "entities.yml"
    path.write_text("entities:\n  - &a {id: x, type: place, names: {en: X}, aliases: {any: [*a]}}\n", encoding="utf-8")
    with pytest.raises(BuildAborted, match=r"entities\.yml"):
        load_registry(path)
