"""The joins that span scripts, for reviewers: each candidate named in two or more scripts, with why.

`python -m generator discover --joins` prints them: per entity its id, type and gazetteer id, then one
line per name (language, name, the rule that made it part of the entity, the evidence).
"""
from __future__ import annotations

from generator.annotate.recognise.tokens import script_of_word
from generator.knowledge.registry import Entity


def scripts_of(entity: Entity) -> set[str]:
    """The scripts the entity's names are written in (the names its mentions gave)."""
    return {script_of_word(name) or "OTHER" for _, name, _, _ in entity.joins}


def joins_text(entities: tuple[Entity, ...], mention_counts: dict[str, int], every_language: bool = False) -> str:
    """The candidates named in two or more scripts (or languages, with every_language), one block each."""
    lines: list[str] = []
    shown = 0
    for entity in entities:
        languages = {lang for lang, _, _, _ in entity.joins}
        if len(scripts_of(entity)) < 2 and not (every_language and len(languages) > 1):
            continue
        shown += 1
        ref = f", {entity.ref}" if entity.ref else ""
        lines.append(f"{entity.id} ({entity.type}{ref}; {mention_counts.get(entity.id, 0)} mentions)")
        for lang, name, rule, evidence in entity.joins:
            lines.append(f"  {lang:3} {name}  [{rule}{': ' + evidence if evidence else ''}]")
    kind = "two or more languages" if every_language else "two or more scripts"
    lines.append(f"# {shown} candidate entities named in {kind}")
    return "\n".join(lines) + "\n"


def discover_joins(seeds_dir, every_language: bool = False) -> str:
    """The cross-script joins of a seeds folder (read, annotate and discover only; nothing is written)."""
    from generator.annotate.mentions import build_name_index
    from generator.annotate.pipeline import Knowledge
    from generator.build import annotate_all, discover, read_all
    from generator.knowledge.registry import load_registry

    outcomes = read_all(seeds_dir)
    registry = load_registry(seeds_dir / "knowledge" / "entities.yml")
    candidates, annotated = discover(annotate_all(outcomes, Knowledge(build_name_index(registry))), registry)
    counts = {e.id: sum(1 for a in annotated.values() for m in a.candidates if m.entity == e.id) for e in candidates}
    return joins_text(candidates, counts, every_language)
