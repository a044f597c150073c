"""The entity registry (seeds/knowledge/entities.yml): a typed schema; every error says file:line."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BuildAborted
from generator.knowledge.yamlfile import load_yaml_list

ENTITY_TYPES = ("person", "organisation", "place", "zone", "project", "event", "other")
FIELDS = ("id", "type", "names", "aliases", "description", "wikidata")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
ANY_LANGUAGE = "any"


@dataclass(frozen=True)
class Entity:
    """One curated entity: its names by language, aliases by language, description."""

    id: str
    type: str
    names: tuple[tuple[str, str], ...]  # (lang, name), sorted by lang
    aliases: tuple[tuple[str, str], ...] = ()  # (lang or "any", alias)
    description: str = ""
    wikidata: str | None = None
    reviewed: bool = True  # False for candidates found by discovery
    ref: str = ""  # candidates: the shared gazetteer id that joined their names ("cldr:DE"), if any
    joins: tuple[tuple[str, str, str, str], ...] = ()  # candidates: (lang, name, join rule, evidence) per name

    def name(self, lang: str = "en") -> str:
        """The entity's name in a language, else in English, else its first name."""
        by_lang = dict(self.names)
        return by_lang.get(lang) or by_lang.get("en") or self.names[0][1]

    def surface_forms(self) -> tuple[tuple[str, str], ...]:
        """Every (lang, form) the registry gives: names first, then aliases."""
        return self.names + self.aliases


def load_registry(path: Path) -> tuple[Entity, ...]:
    """The entities of a registry file (none if it does not exist); any error stops the build."""
    items = load_yaml_list(path, "entities", "the registry")
    errors: list[str] = []
    entities = [e for e in (_entity(item, path, errors) for item in items) if e]
    _check_unique(entities, items, path, errors)
    if errors:
        raise BuildAborted("the entity registry has errors:\n  " + "\n  ".join(errors))
    return tuple(sorted(entities, key=lambda e: e.id))


def _entity(item: object, path: Path, errors: list[str]) -> Entity | None:
    """One entity from its YAML mapping; problems are added to errors."""
    if not isinstance(item, dict):
        errors.append(f"{path}: every item under 'entities:' must be a mapping with id, type and names")
        return None
    line = item.get("__line__", 0)
    where = f"{path}:{line}"
    unknown = sorted(set(item) - set(FIELDS) - {"__line__"})
    if unknown:
        errors.append(f"{where}: unknown field '{unknown[0]}'; the fields are {', '.join(FIELDS)}")
    entity_id = item.get("id")
    if not isinstance(entity_id, str) or not _ID.fullmatch(entity_id):
        errors.append(f"{where}: id {entity_id!r} must be lower-case letters, digits and hyphens (e.g. hao-peng)")
        return None
    if item.get("type") not in ENTITY_TYPES:
        errors.append(f"{where}: entity '{entity_id}' has type {item.get('type')!r}; use one of {', '.join(ENTITY_TYPES)}")
    names = _by_language(item.get("names"), where, f"'{entity_id}' names", errors, allow_any=False)
    if not names:
        errors.append(f"{where}: entity '{entity_id}' needs at least one name under names: (lang: name)")
        return None
    wikidata = item.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.fullmatch(wikidata)):
        errors.append(f"{where}: entity '{entity_id}' wikidata {wikidata!r} must look like Q42")
    return Entity(
        id=entity_id, type=str(item.get("type")), names=names,
        aliases=_by_language(item.get("aliases"), where, f"'{entity_id}' aliases", errors, allow_any=True),
        description=str(item.get("description") or ""), wikidata=wikidata,
    )


def _by_language(value: object, where: str, what: str, errors: list[str], allow_any: bool) -> tuple[tuple[str, str], ...]:
    """A lang -> name (or list of names) mapping as sorted (lang, name) pairs."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        errors.append(f"{where}: {what} must be a mapping of language code to name(s)")
        return ()
    pairs = []
    for lang, names in value.items():
        if lang == "__line__":
            continue
        if not (isinstance(lang, str) and (_LANG.fullmatch(lang) or (allow_any and lang == ANY_LANGUAGE))):
            errors.append(f"{where}: {what}: {lang!r} is not a language code")
            continue
        for name in names if isinstance(names, list) else [names]:
            if not isinstance(name, str) or not name.strip():
                errors.append(f"{where}: {what} in '{lang}' must be non-empty text")
            else:
                pairs.append((lang, " ".join(name.split())))
    return tuple(sorted(set(pairs)))


def _check_unique(entities: list[Entity], items: list, path: Path, errors: list[str]) -> None:
    """No two entities share an id, and no name or alias belongs to two entities."""
    lines = {item.get("id"): item.get("__line__", 0) for item in items if isinstance(item, dict)}
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for entity in entities:
        if entity.id in seen_ids:
            errors.append(f"{path}: duplicate id '{entity.id}'; give each entity its own id or merge them")
        seen_ids.add(entity.id)
        for _, form in entity.surface_forms():
            key = form.casefold()
            if owner.get(key, entity.id) != entity.id:
                errors.append(
                    f"{path}:{lines.get(entity.id, 0)}: '{form}' is claimed by both '{owner[key]}' and "
                    f"'{entity.id}'; keep it on one entity"
                )
            owner.setdefault(key, entity.id)
