"""The facts of a story's versions, aligned: amounts, dates, and entities one version replaces.

Facts are aligned through the entities named in their sentences: the amount in the sentence about
the Huajin-Aramco project and Panjin in one version is compared with the amount in the sentence
about the same project and city in another, whatever the languages.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Mapping

from generator.assembly.events import date_context
from generator.assembly.name_forms import readable_name
from generator.knowledge.registry import Entity
from generator.lang.numbers import describe, find_amounts
from generator.model import AnnotatedArticle, Fact, FactValue, Mention, Span

MIN_CONTEXT_OVERLAP = 0.34
COMPARED_TYPES = frozenset({"place", "person", "organisation", "zone", "project"})
_COARSE = {"day": 0, "week": 1, "part-of-month": 1, "month": 2, "season": 3, "year": 4}

Item = tuple[FactValue, frozenset[str], str]  # the value, the entities of its sentence, its precision


def align_facts(versions: list[AnnotatedArticle], entities: Mapping[str, Entity],
                sure: frozenset[str] | None = None, amounts: Mapping[str, tuple] | None = None) -> tuple[Fact, ...]:
    """Every fact stated by two or more versions, aligned; amounts and dates first, then replacements.

    `sure`: the entities that may stand in a replacement (default: all); see _replacements.
    `amounts`: each article's amounts by id, when already found (stories.article_amounts).
    """
    facts, found = [], [_facts(v, (amounts or {}).get(v.article.id)) for v in versions]  # once per version, not per kind
    for kind in sorted({k for f in found for k in f}):
        facts += [_fact(kind, cluster, entities) for cluster in _clusters([f.get(kind, []) for f in found])]
    facts += _replacements(versions, entities, set(entities) if sure is None else sure)
    return tuple(facts)


def _facts(item: AnnotatedArticle, amounts: tuple | None = None) -> dict[str, list[Item]]:
    """An article's amounts (by unit) and dates, each with the entities of its sentence."""
    body, found = item.article.body, {}
    for amount in find_amounts(body, item.article.lang) if amounts is None else amounts:
        sentence = item.sentence_at(amount.start)
        value = FactValue(item.article.id, describe(amount.value, amount.unit), amount.surface, sentence, Span(amount.start, amount.end))
        found.setdefault(f"amount in {amount.unit}", []).append((value, _entities_in(item, sentence), "amount"))
    for date in item.dates:
        sentence = date_context(item, date)
        shown = date.first.isoformat() if date.first == date.last else f"{date.first.isoformat()} – {date.last.isoformat()}"
        value = FactValue(item.article.id, shown, body[date.start:date.end], sentence, Span(date.start, date.end))
        found.setdefault("date", []).append((value, _entities_in(item, sentence), date.precision))
    return found


def _entities_in(item: AnnotatedArticle, sentence: Span) -> frozenset[str]:
    """The entities named in a span."""
    return frozenset(m.entity for m in item.mentions_starting_in(sentence.start, sentence.end))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two entity sets."""
    return len(a & b) / len(a | b) if a | b else 0.0


def _clusters(per_version: list[list[Item]]) -> list[list[Item]]:
    """Facts of different versions joined where each is the other's best match by sentence entities."""
    joined: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for v, facts in enumerate(per_version):
        for w in range(v + 1, len(per_version)):
            for i, j in _mutual_best(facts, per_version[w]):
                group = joined.get((v, i), {(v, i)}) | joined.get((w, j), {(w, j)})
                for member in group:
                    joined[member] = group
    seen, clusters = set(), []
    for key in sorted(joined):
        group = joined[key]
        if id(group) in seen:
            continue
        seen.add(id(group))
        first_per_version = {}
        for v, i in sorted(group):
            first_per_version.setdefault(v, per_version[v][i])
        clusters.append([first_per_version[v] for v in sorted(first_per_version)])
    return clusters


def _mutual_best(a: list[Item], b: list[Item]) -> list[tuple[int, int]]:
    """Index pairs (i in a, j in b) that are each other's best match, above the minimum overlap."""
    def best(item: Item, others: list[Item]) -> int | None:
        scores = [(_overlap(item[1], other[1]), -k) for k, other in enumerate(others)]
        if not scores or max(scores)[0] < MIN_CONTEXT_OVERLAP:
            return None
        return -max(scores)[1]

    if len(a) == 1 and len(b) == 1:
        return [(0, 0)]  # one fact of this kind in each version of one story: the same fact
    return [(i, j) for i, item in enumerate(a) if (j := best(item, b)) is not None and best(b[j], a) == i]


def _fact(kind: str, cluster: list[Item], entities: Mapping[str, Entity]) -> Fact:
    """One aligned fact, labelled by the entities its sentences share."""
    shared = frozenset.intersection(*(c[1] for c in cluster))
    names = [readable_name(entities[e]) for e in sorted(shared) if e in entities][:3]
    label = f"{kind} ({', '.join(names)})" if names else kind
    precisions = {c[2] for c in cluster}
    note = "vague in some versions, precise in others" if len({_COARSE.get(p, 0) for p in precisions}) > 1 else ""
    return Fact(kind.split(" ")[0], label, tuple(c[0] for c in cluster), note)


def _replacements(versions: list[AnnotatedArticle], entities: Mapping[str, Entity], sure: set[str] | frozenset[str]) -> list[Fact]:
    """Entities most versions name that one version replaces by another of the same type.

    Both must be sure names (reviewed, gazetteer-resolved or named in two languages): a name that
    recognition found in one version only is as often a name the other versions' recognition missed,
    or a common word taken for a name ("Häfen"), as a name the version put in another's place.
    """
    named = [frozenset(m.entity for m in v.all_mentions()) for v in versions]
    counts = Counter(e for n in named for e in n)
    # The sentence entities of every mention, once per story: each version is asked again for every
    # entity it lacks, and a story grows with the corpus (versions chain into one story).
    around = [_sentence_entities(v) for v in versions]
    facts, reported = [], set()
    for v, version in enumerate(versions):
        others = [w for w in range(len(versions)) if w != v]
        elsewhere = frozenset().union(*(named[w] for w in others))
        for missing in sorted(e for e in counts if e not in named[v] and counts[e] * 2 >= len(others) and e in sure):
            replacement = _replacement(around, v, elsewhere, missing, entities, sure)
            if replacement and (missing, replacement[0]) not in reported:
                reported.add((missing, replacement[0]))
                facts.append(_replacement_fact(versions, v, missing, replacement, entities))
    return facts


def _sentence_entities(item: AnnotatedArticle) -> tuple[list[tuple[Mention, frozenset[str]]], dict[str, list[frozenset[str]]]]:
    """Each mention with the entities of its sentence, in text order; and those sentence entities by entity."""
    pairs = [(m, _entities_in(item, item.sentence_at(m.start))) for m in item.all_mentions()]
    by_entity: dict[str, list[frozenset[str]]] = defaultdict(list)
    for mention, named in pairs:
        by_entity[mention.entity].append(named)
    return pairs, by_entity


def _replacement(around: list, v: int, elsewhere: frozenset[str], missing: str, entities: Mapping[str, Entity],
                 sure: set[str] | frozenset[str]):
    """The entity of the same type that stands in version v where the others name `missing`, with its mention."""
    kind = entities[missing].type
    if kind not in COMPARED_TYPES:
        return None
    contexts = [named - {missing} for w, (_, by_entity) in enumerate(around) if w != v for named in by_entity.get(missing, ())]
    for mention, named in around[v][0]:
        if mention.entity in elsewhere or mention.entity not in sure or entities[mention.entity].type != kind:
            continue
        here = named - {mention.entity}
        if any(_overlap(here, context) >= MIN_CONTEXT_OVERLAP for context in contexts):
            return mention.entity, mention
    return None


def _replacement_fact(versions, v, missing, replacement, entities) -> Fact:
    """The fact that one version names another entity where the others name `missing`."""
    entity_id, mention = replacement
    values = []
    for w, version in enumerate(versions):
        chosen = mention if w == v else next((m for m in version.all_mentions() if m.entity == missing), None)
        if chosen is not None:
            values.append(FactValue(version.article.id, readable_name(entities[chosen.entity]), chosen.surface,
                                    version.sentence_at(chosen.start), Span(chosen.start, chosen.end)))
    return Fact("entity", f"{entities[missing].type}: {readable_name(entities[missing])} or {readable_name(entities[entity_id])}", tuple(values))
