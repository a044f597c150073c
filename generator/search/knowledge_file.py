"""The entities of knowledge.json as the search index needs them (URL, names, aliases), read line by line.

The search hook needs only the entities' names from the site's data export, but json.load of the
whole file held about 700 MB at 10,000 articles (153 MB of JSON, held as one string and then as
objects) in MkDocs' post-build, where its peak is. The generator writes the file one item per line
(`generator/render/export.py`: a key line, then each item on its line); read that way, only the
entity lines are parsed and memory stays at one line. A file laid out otherwise (edited by hand,
pretty-printed) is read whole, as before.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_KEY_LINE = re.compile(r'(?P<key>"(?:[^"\\]|\\.)*"): (?P<value>.*?),?')
_END_OF_ARRAY = ("]", "],")
_KEPT = ("url", "names", "aliases")


class _OtherLayout(ValueError):
    """The file is not one item per line."""


def knowledge_entities(path: Path) -> list[dict]:
    """Each entity of the knowledge file (its url, names and aliases), in the file's order."""
    try:
        return _entities_line_by_line(path)
    except _OtherLayout:
        with path.open(encoding="utf-8") as stream:
            document = json.load(stream)
        entities = document.get("entities", []) if isinstance(document, dict) else []
        return [_slim(entity) for entity in entities if isinstance(entity, dict)]


def _slim(entity: dict) -> dict:
    return {key: entity[key] for key in _KEPT if key in entity}


def _entities_line_by_line(path: Path) -> list[dict]:
    found: list[dict] = []
    array = None  # the key of the array whose items are being read
    with path.open(encoding="utf-8") as stream:
        if stream.readline() != "{\n":
            raise _OtherLayout(path)
        for line in stream:
            line = line.rstrip("\n")
            if array is not None:
                if line in _END_OF_ARRAY:
                    array = None
                elif array == "entities":
                    found.append(_entity(line))
                continue
            if line == "}":
                return found
            match = _KEY_LINE.fullmatch(line)
            if match is None:
                raise _OtherLayout(path)
            if match["value"] == "[":
                array = json.loads(match["key"])
    raise _OtherLayout(path)  # no closing brace: cut short


def _entity(line: str) -> dict:
    try:
        entity = json.loads(line[:-1] if line.endswith(",") else line)
    except ValueError as error:
        raise _OtherLayout(line[:80]) from error
    if not isinstance(entity, dict):
        raise _OtherLayout(line[:80])
    return _slim(entity)
