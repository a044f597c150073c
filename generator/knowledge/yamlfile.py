"""Curated YAML files: loaded with the line of every mapping, so every error can say file:line."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.errors import BuildAborted


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that remembers the line of every mapping under the key "__line__"."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)

# Code points a Python string can hold but UTF-8 cannot encode: YAML's "\ud800" escape makes them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_yaml_list(path: Path, key: str, what: str) -> list:
    """The list under `key` in a YAML file ([] if the file does not exist); any problem stops the build."""
    if not path.is_file():
        return []
    try:
        loader = _LineLoader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            _check_text(node, key, path, what)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        # The context mark is where the broken construct starts ("[" never closed); the problem mark
        # is where the parser gave up, which can be the end of the file.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise BuildAborted(f"{path}:{line}: {what} is not valid YAML ({getattr(error, 'problem', error)}); fix the YAML") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BuildAborted(f"{path}: {what} cannot be read ({error}); save it as UTF-8 text") from None
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise BuildAborted(f"{path}:1: {what} must be a mapping with a list under '{key}:'; see the README")
    return data[key]


def _check_text(node: yaml.Node | None, key: str, path: Path, what: str) -> None:
    """Stop the build at the first value (or key) holding a lone surrogate, naming its line and field.

    Such text cannot be written as UTF-8: left in, it would crash the build when pages are written.
    """
    found = _surrogate_in(node, [], set())
    if found is None:
        return
    line, fields, item_id, code_point = found
    fields = fields[1:] if fields[:1] == [key] else fields  # the line already says which item
    field = ".".join(fields) or key
    owner = f" of '{item_id}'" if item_id else ""
    raise BuildAborted(
        f"{path}:{line}: {what}: field {field}{owner} holds U+{code_point:04X}, a lone surrogate (from an escape such as "
        f"\"\\u{code_point:04x}\"), which is not a character and cannot be written as UTF-8; type the character itself, "
        f"or escape one beyond U+FFFF with \\U and 8 hex digits (\"\\U0001F600\")"
    )


def _surrogate_in(node: yaml.Node | None, fields: list[str], seen: set[int],
                  item_id: str | None = None) -> tuple[int, list[str], str | None, int] | None:
    """(line, field path, id of the enclosing item, code point) of the first lone surrogate under a node, or None.

    Each node is visited once: YAML anchors share nodes, and may even make them recursive.
    """
    if node is None or id(node) in seen:
        return None
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        match = _SURROGATE.search(node.value)
        return (node.start_mark.line + 1, fields, item_id, ord(match.group())) if match else None
    if isinstance(node, yaml.SequenceNode):
        for child in node.value:
            found = _surrogate_in(child, fields, seen, item_id)
            if found:
                return found
        return None
    if isinstance(node, yaml.MappingNode):
        ids = [v.value for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == "id" and isinstance(v, yaml.ScalarNode)]
        if ids and not _SURROGATE.search(ids[0]):
            item_id = ids[0]
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            if _SURROGATE.search(name):
                found = _surrogate_in(key_node, [*fields, "(a key)"], seen, item_id)
                if found:
                    return found
            found = _surrogate_in(value_node, [*fields, name], seen, item_id)
            if found:
                return found
    return None
