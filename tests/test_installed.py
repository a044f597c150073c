"""What is installed, as the caches and the site stamp hash it (generator/mkdocs_cache/installed.py)."""
from __future__ import annotations

from email.parser import Parser
from importlib import metadata

import pytest

from generator.mkdocs_cache.installed import head_fields, installed_versions

HEAD = "Metadata-Version: 2.1\nName: mkdocs-material\nVersion: 9.8.1\nSummary: Documentation that simply works\n"


@pytest.mark.parametrize("text, name, version", [
    (HEAD + "\n# Long description\n\nName: not-this\nVersion: 0\n", "mkdocs-material", "9.8.1"),
    ("name: lower\nVERSION:  2.0 \n", "lower", "2.0 "),  # any case; the value's leading blanks only dropped
    ("Name: first\nName: second\nVersion: 1\n", "first", "1"),
    ("Summary: two\n  lines\nName: after-a-continuation\nVersion: 3\n", "after-a-continuation", "3"),
    ("", None, None),
])
def test_the_head_of_a_metadata_file_gives_what_the_email_parser_gives(text, name, version):
    fields = head_fields(text)
    parsed = Parser().parsestr(text)
    assert (fields.get("name"), fields.get("version")) == (name, version) == (parsed["Name"], parsed["Version"])


def test_the_installed_versions_are_those_importlib_metadata_gives():
    """Every package of this environment, by the slow reading the quick one replaced."""
    slow = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions() if d.metadata["Name"])
    assert installed_versions() == slow and any(v.startswith("mkdocs==") for v in slow)
