"""Events: dated sentences become event candidates; candidates reporting the same thing merge.

A candidate is a date expression with the places and participants named in its sentence. Two
candidates are one event when their dates are of the same precision and largely overlap, and they
share a place or participant that is specific: a name present in most candidates (the delegation's
home province) says nothing about which event is meant.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping

from generator.assembly.grouping import UnionFind
from generator.assembly.name_forms import readable_name
from generator.knowledge.events_file import EventOverride, apply_overrides
from generator.knowledge.registry import Entity
from generator.lang.locale import format_range
from generator.lang.scripts import UNPUNCTUATED_SCRIPTS, dominant_script
from generator.model import AnnotatedArticle, Event, EventSource, Notice, Span
from generator.slugs import TakenSlugs, slugify, unique

# Year-only references are too vague to stand for one event.
EVENT_PRECISIONS = frozenset({"day", "part-of-month", "month", "week", "season"})
PLACE_TYPES = frozenset({"place", "zone"})
NAMED_TYPES = frozenset({"event", "project"})
MIN_DATE_OVERLAP = 0.6  # share of the union of two date ranges that both cover
COMMON_SHARE = 0.5  # a name in more than this share of candidates is no evidence of sameness


@dataclass(frozen=True)
class Candidate:
    """One dated sentence of one article, with the entities it names."""

    first: dt.date
    last: dt.date
    precision: str
    entities: tuple[str, ...]  # in order of first mention, no repeats
    source: EventSource


def event_candidates(annotated: Mapping[str, AnnotatedArticle]) -> list[Candidate]:
    """Every dated sentence that names at least one entity, in article and text order."""
    found = []
    for article_id in sorted(annotated):
        item = annotated[article_id]
        for expression in item.dates:
            if expression.precision not in EVENT_PRECISIONS:
                continue
            sentence = date_context(item, expression)
            named = [m.entity for m in item.mentions_starting_in(sentence.start, sentence.end)]
            if named:
                source = EventSource(article_id, sentence, Span(expression.start, expression.end),
                                     item.paragraph_at(expression.start).anchor)
                found.append(Candidate(expression.first, expression.last, expression.precision,
                                       tuple(dict.fromkeys(named)), source))
    return found


def date_context(item: AnnotatedArticle, expression) -> Span:
    """The sentence that carries a date expression.

    In scripts without sentence punctuation (Thai) the segmenter may end a sentence with a time
    phrase that opens the next one ("... Saudi Aramco เมื่อเดือนมีนาคมที่ผ่านมา | การก่อสร้าง..."):
    a date at the very end of such a sentence is taken with the sentence that follows instead.
    """
    sentence = Span(item.sentence_at(expression.start).start, item.sentence_at(expression.end - 1).end)
    text = item.article.body[sentence.start:sentence.end]
    if expression.end >= sentence.end - 1 and dominant_script(text) in UNPUNCTUATED_SCRIPTS:
        following = item.sentence_at(sentence.end + 1)
        paragraph = item.paragraph_at(expression.start)
        if following.end > sentence.end and following.end <= paragraph.end:
            return Span(expression.start, following.end)
    return sentence


def group_candidates(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped into events; only candidates sharing a specific entity are compared."""
    groups = [[candidates[i] for i in group] for group in _linked_groups(candidates, _common_entities(candidates))]
    return sorted(groups, key=lambda g: (min(c.first for c in g), g[0].source.article, g[0].source.date.start))


def _linked_groups(candidates: list[Candidate], common: set[str]) -> list[list[int]]:
    """Connected groups of candidate indexes, linked where two share a specific entity and _same_event holds.

    Comparing every pair that shares an entity grows with the square of the corpus (a province is
    named in thousands of dated sentences). But _same_event looks at dates and precision only: the
    candidates of one entity with one precision and one date range are all linked (a cell), and two
    cells can link only if their ranges intersect. So each candidate joins its cells, and cells are
    compared in a sweep over their ranges in date order: the cost grows with the candidates and the
    distinct date ranges per entity, not with pairs of candidates.
    """
    sets = UnionFind(len(candidates))
    cells: dict[tuple[str, str], dict[tuple[dt.date, dt.date], int]] = defaultdict(dict)
    for index, candidate in enumerate(candidates):
        if candidate.last < candidate.first:
            continue  # an empty range overlaps nothing, so it matches nothing
        for entity in dict.fromkeys(candidate.entities):
            if entity not in common:
                sets.join(cells[(entity, candidate.precision)].setdefault((candidate.first, candidate.last), index), index)
    for ranges in cells.values():
        _join_intersecting(candidates, ranges, sets)
    return sets.groups()


def _join_intersecting(candidates: list[Candidate], ranges: dict[tuple[dt.date, dt.date], int], sets: UnionFind) -> None:
    """Join the cells (date range -> a candidate of it) whose ranges intersect and make one event."""
    active: list[tuple[dt.date, int]] = []  # (last day, candidate) of the cells not yet ended
    for (first, last), index in sorted(ranges.items()):
        active = [(end, other) for end, other in active if end >= first]
        for _, other in active:
            if _same_event(candidates[other], candidates[index]):
                sets.join(other, index)
        active.append((last, index))


def _common_entities(candidates: list[Candidate]) -> set[str]:
    """Entities named in so many candidates that sharing them says nothing."""
    counts = Counter(entity for c in candidates for entity in c.entities)
    limit = max(2, COMMON_SHARE * len(candidates))
    return {entity for entity, count in counts.items() if count > limit}


def _same_event(a: Candidate, b: Candidate) -> bool:
    """Same precision and date ranges that mostly coincide."""
    if a.precision != b.precision:
        return False
    overlap = (min(a.last, b.last) - max(a.first, b.first)).days + 1
    union = (max(a.last, b.last) - min(a.first, b.first)).days + 1
    return overlap > 0 and overlap / union >= MIN_DATE_OVERLAP


def assemble_events(annotated: Mapping[str, AnnotatedArticle], entities: Mapping[str, Entity],
                    overrides: tuple[EventOverride, ...], overrides_path: str) -> tuple[dict[str, Event], list[Notice]]:
    """All events of the corpus, after the curator's overrides, in date order."""
    candidates = event_candidates(annotated)
    common = _common_entities(candidates)
    events, members = build_events(group_candidates(candidates), entities, common, TakenSlugs())

    def split(event: Event) -> dict[str, Event]:
        return build_events([[c] for c in members[event.id]], entities, common, TakenSlugs(events))[0]

    return apply_overrides(events, overrides, overrides_path, split)


def build_events(groups: list[list[Candidate]], entities: Mapping[str, Entity], common: set[str],
                 taken: set[str]) -> tuple[dict[str, Event], dict[str, list[Candidate]]]:
    """One event per group: the date most sources give, entities by frequency, a title, a stable id."""
    events, members = {}, {}
    for group in groups:
        (first, last, precision), _ = Counter((c.first, c.last, c.precision) for c in group).most_common(1)[0]
        in_group = Counter(e for c in group for e in c.entities if e in entities)
        ranked = [e for e, _ in in_group.most_common()]
        places = tuple(e for e in ranked if entities[e].type in PLACE_TYPES)
        participants = tuple(e for e in ranked if entities[e].type not in PLACE_TYPES)
        primary = _primary(ranked, in_group, entities, common)
        title = " ".join(f"{primary}, {format_range(first, last, precision, 'en')}".split())  # Babel's thin spaces too
        event_id = unique(slugify(f"{first.isoformat()} {primary}", fallback=first.isoformat()), taken)
        sources = tuple(sorted((c.source for c in group), key=lambda s: (s.article, s.date.start)))
        events[event_id] = Event(event_id, title, first, last, precision, places, participants, sources)
        members[event_id] = group
    return events, members


def _primary(ranked: list[str], in_group: Counter, entities: Mapping[str, Entity], common: set[str]) -> str:
    """What an event is called: its named event or project, else its most reported places, else its actors."""
    named = [e for e in ranked if entities[e].type in NAMED_TYPES]
    if named:
        return readable_name(entities[named[0]])
    for kinds in (PLACE_TYPES, None):
        pool = [e for e in ranked if (kinds is None or entities[e].type in kinds)]
        pool = [e for e in pool if e not in common] or pool
        if pool:
            top = max(in_group[e] for e in pool)
            return _and([readable_name(entities[e]) for e in pool if in_group[e] == top][:3])
    return ""


def _and(names: list[str]) -> str:
    """Names joined as in English prose: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
