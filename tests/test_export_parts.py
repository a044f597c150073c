"""knowledge.json written in parts (generator/render/export.py): one item per line, as one json dump would read."""
from __future__ import annotations

import json

import pytest

from generator.render.export import _one_item_per_line


@pytest.mark.parametrize("document", [
    {"format": 1, "articles": [{"id": "a", "body": "Текст ไทย"}, {"id": "b", "body": ""}], "events": []},
    {"format": 1, "articles": [], "entities": [], "events": [], "stories": []},
    {"format": 1, "stories": [{"id": "s", "facts": [{"values": [1, 2]}]}]},
])
def test_parts_make_one_json_document_with_one_item_per_line(document):
    """Lists given as generators come out as the lists would: one item per line, empty lists as []."""
    streamed = {key: (iter(value) if isinstance(value, list) else value) for key, value in document.items()}
    parts = list(_one_item_per_line(streamed))
    text = "".join(parts)
    assert json.loads(text) == document
    assert text.startswith("{\n") and text.endswith("\n}\n")
    lines = [line.rstrip(",") for line in text.splitlines()]
    for key, value in document.items():
        if isinstance(value, list) and value:
            assert lines.count(json.dumps(value[0], ensure_ascii=False, sort_keys=True)) == 1
        elif isinstance(value, list):
            assert f"\"{key}\": []" in lines
    assert len(parts) >= sum(len(v) for v in document.values() if isinstance(v, list))  # item by item, never whole
