"""The search hook's reading of knowledge.json (generator/search/knowledge_file.py): the entities' url, names
and aliases, exactly as json.load of the whole file gives them, whether the file is one item per line (as the
generator writes it) or laid out otherwise.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.search import knowledge_file
from generator.search.knowledge_file import knowledge_entities

ENTITIES = [
    {"aliases": ["Ляонин"], "id": "liaoning", "mentions": [{"article": "a", "offsets": [1, 9]}],
     "names": {"en": "Liaoning", "ru": "Ляонин", "th": "เหลียวหนิง"}, "type": "place", "url": "entities/liaoning.html"},
    {"aliases": [], "id": "q", "names": {"en": "A \"quoted\", [bracketed] name\nwith a line"}, "type": "person",
     "url": "entities/q.html"},
    {"id": "no-page", "names": {"en": "No page"}},
]
DOCUMENT = {"articles": [{"body": "Text,\n]\n}", "id": "a"}], "entities": ENTITIES, "events": [],
            "format": 1, "stories": [{"id": "s"}]}


def one_item_per_line(document: dict) -> str:
    """The document as the generator writes knowledge.json (generator.render.export)."""
    from generator.render.export import _one_item_per_line
    return "".join(_one_item_per_line(document))


def expected(document: dict) -> list[dict]:
    return [{k: e[k] for k in ("url", "names", "aliases") if k in e} for e in document.get("entities", [])]


LAYOUTS = {
    "one item per line": one_item_per_line,
    "indented": lambda d: json.dumps(d, ensure_ascii=False, indent=2),
    "one line": lambda d: json.dumps(d),
    "keys in another order": lambda d: json.dumps(dict(reversed(list(d.items()))), indent=1),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("entities", [ENTITIES, [], ENTITIES[:1]])
def test_entities_as_json_load_gives_them(tmp_path, layout, entities):
    document = {**DOCUMENT, "entities": entities}
    path = tmp_path / "knowledge.json"
    path.write_text(LAYOUTS[layout](document), encoding="utf-8")
    assert knowledge_entities(path) == expected(document)


def test_the_generators_layout_is_read_line_by_line(tmp_path, monkeypatch):
    """The export's layout never falls back to reading the whole file."""
    path = tmp_path / "knowledge.json"
    path.write_text(one_item_per_line(DOCUMENT), encoding="utf-8")
    monkeypatch.setattr(knowledge_file.json, "load", lambda *a, **k: pytest.fail("read whole"))
    assert knowledge_entities(path) == expected(DOCUMENT)


def test_the_seed_sites_export(built_site):
    """The export of a real build, line by line, equals its entities read whole."""
    path = built_site / "docs" / "knowledge.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert len(document["entities"]) > 10
    assert knowledge_entities(path) == expected(document)


@pytest.mark.parametrize("text", ['{\n"entities": [\n{"url": "x"', '{\n"entities": [\n{"url": "x"}\n]\n'])
def test_a_file_cut_short_is_an_error_not_fewer_names(tmp_path, text):
    """A truncated file fails as json.load fails on it (the build reports it), never gives a partial list."""
    path = tmp_path / "knowledge.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        knowledge_entities(path)
