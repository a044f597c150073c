"""What is installed, as the caches and the site stamp hash it: every package's name and version, a template folder's state.

A package's name and version are read from the head of its metadata file (the lines before the first
blank one), not through `importlib.metadata`'s `metadata`, which parses the whole file as an e-mail,
long description included: that was 0.1 s of every `make site` step that asks (the stamp's check,
MkDocs' render cache), a tenth of a second-run check at 1,000 articles.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

_TEMPLATE_PACKAGES = ("mkdocs-material", "mkdocs")


def head_fields(text: str) -> dict[str, str]:
    """The fields of a metadata file's head by name in lower case, the first of each (as the e-mail parser
    gives a field), continuation lines left out (a name and a version have none)."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break
        if line[0] not in " \t":
            name, _, value = line.partition(":")
            fields.setdefault(name.strip().lower(), value.lstrip(" \t"))
    return fields


def _name_and_version(dist: metadata.Distribution) -> tuple[str, str]:
    fields = head_fields(dist.read_text("METADATA") or dist.read_text("PKG-INFO") or "")
    return fields.get("name", ""), fields.get("version", "")


def installed_versions() -> list[str]:
    """Every installed package as name==version, sorted."""
    return sorted(f"{name}=={version}" for name, version in map(_name_and_version, metadata.distributions()) if name)


def template_folder_state(folder: Path) -> str:
    """A template folder: its package's version if it is inside an installed package, else a hash of its files
    (an absent folder as an empty one)."""
    for dist in _TEMPLATE_PACKAGES:
        try:
            found = metadata.distribution(dist)
        except metadata.PackageNotFoundError:
            continue
        root = Path(found.locate_file("")).resolve()
        if folder.resolve().is_relative_to(root / dist.replace("mkdocs-", "").replace("-", "_")):
            return f"{dist}=={_name_and_version(found)[1]}"
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def folder_state(folder: Path) -> str:
    """A template folder's state (see `template_folder_state`), "" for an absent folder."""
    return template_folder_state(folder) if folder.is_dir() else ""
