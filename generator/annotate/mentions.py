"""Mentions: every registry name in an article, found by one automaton over all name variants."""
from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from generator.knowledge.registry import Entity
from generator.lang.boundaries import is_name_boundary, thai_cluster_boundaries
from generator.lang.fold import fold, fold_form
from generator.lang.variants import variants
from generator.model import Mention

_EXPLICIT, _GENERATED = 0, 1


@dataclass(frozen=True)
class NameIndex:
    """One Aho-Corasick automaton over every folded variant of every registry name."""

    automaton: ahocorasick.Automaton
    size: int


def build_name_index(entities: tuple[Entity, ...]) -> NameIndex:
    """Index every variant of every name; a form the registry gives outranks a generated one."""
    owners: dict[str, tuple[int, str]] = {}
    for entity in entities:
        for lang, form in entity.surface_forms():
            explicit = fold_form(form)
            for variant in variants(form, lang):
                key = fold_form(variant)
                rank = (_EXPLICIT if key == explicit else _GENERATED, entity.id)
                if len(key) >= 2 and rank < owners.get(key, (9, "")):
                    owners[key] = rank
    automaton = ahocorasick.Automaton()
    for key, (_, entity_id) in sorted(owners.items()):
        automaton.add_word(key, (entity_id, len(key)))
    if owners:
        automaton.make_automaton()
    return NameIndex(automaton, len(owners))


def find_mentions(body: str, index: NameIndex) -> tuple[Mention, ...]:
    """Every registry name in the body: longest first, no overlaps, whole names only."""
    if index.size == 0:
        return ()
    return tuple(Mention(entity_id, start, end, body[start:end]) for start, end, entity_id in longest_matches(body, index.automaton))


def longest_matches(body: str, automaton: ahocorasick.Automaton) -> list[tuple[int, int, object]]:
    """(start, end, value) of the folded keys of an automaton (values: (value, key length)) found in a text as
    whole names, longest first, without overlaps, in text order; offsets in the text as written."""
    folded = fold(body)
    text = " ".join(folded.text.split(" "))  # already single-spaced by the reader
    thai = thai_cluster_boundaries(text)
    candidates = [
        (end + 1 - length, end + 1, value)
        for end, (value, length) in automaton.iter(text)
        if is_name_boundary(text, end + 1 - length, end + 1, thai)
    ]
    chosen: list[tuple[int, int, object]] = []
    taken: set[int] = set()
    for start, end, value in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not taken.intersection(range(start, end)):
            chosen.append((start, end, value))
            taken.update(range(start, end))
    return [(*folded.span(start, end), value) for start, end, value in sorted(chosen, key=lambda c: (c[0], c[1]))]
