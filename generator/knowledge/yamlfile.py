"""Curated YAML files: loaded with the line of every mapping, so every error can say file:line."""
from __future__ import annotations

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


def load_yaml_list(path: Path, key: str, what: str) -> list:
    """The list under `key` in a YAML file ([] if the file does not exist); any problem stops the build."""
    if not path.is_file():
        return []
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
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
