"""Scale: the indexed look-ups and groupings give what the direct (quadratic) rules give, at linear cost.

Each fast path is checked against the plain rule it replaces, on random input, and the groupings
of events and stories are checked to compare a number of pairs that grows with the items, not
with their square.
"""
from __future__ import annotations

import datetime as dt
import pickle
import random
from collections import Counter

import pytest

from generator.assembly import events, stories
from generator.annotate.recognise import find_candidates
from generator.annotate.recognise.tokens import Taken as _Taken
from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.assembly.events import Candidate, _common_entities, _same_event, group_candidates
from generator.assembly.grouping import connected_groups
from generator.model import AnnotatedArticle, Article, EventSource, Mention, Paragraph, Span
from generator.assembly.stories import Fingerprint, _similar_groups, _similarity

EMPTY = Knowledge(build_name_index(()))


def article(body: str, paragraphs: tuple[Paragraph, ...], lang: str = "en") -> Article:
    """An article with the given body and paragraphs."""
    return Article(id="a", source_file="a.txt", lang=lang, lang_basis="test", title="Title", title_derived=False,
                   body=body, paragraphs=paragraphs, truncated=False, encoding="utf-8")


def random_spans(rng: random.Random, length: int, ordered: bool) -> tuple[Span, ...]:
    """Spans over [0, length]: in order and apart (as the annotators make them), or anyhow."""
    if not ordered:
        return tuple(Span(*sorted((rng.randint(0, length), rng.randint(0, length)))) for _ in range(rng.randint(0, 8)))
    cuts = sorted(rng.sample(range(length + 1), rng.randint(0, 12) * 2))
    return tuple(Span(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2))


def random_annotated(rng: random.Random, ordered: bool) -> AnnotatedArticle:
    """An article with random sentences, paragraphs and (possibly overlapping) mentions."""
    length = 200
    paragraphs = tuple(Paragraph(f"p{i}", "text", s.start, s.end)
                       for i, s in enumerate(random_spans(rng, length, ordered) or (Span(0, length),)))
    mentions = [Mention(f"e{rng.randint(0, 5)}", s, s + rng.randint(0, 9), "x")
                for s in (rng.randint(0, length) for _ in range(rng.randint(0, 15)))]
    split = rng.randint(0, len(mentions))
    return AnnotatedArticle(article(" " * length, paragraphs), random_spans(rng, length, ordered),
                            tuple(mentions[:split]), tuple(mentions[split:]))


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "by-hand"])
def test_offset_lookups_match_the_scans(ordered):
    """sentence_at, paragraph_at and the mentions of a span: the same as scanning every item in order."""
    rng = random.Random(7)
    for _ in range(300):
        item = random_annotated(rng, ordered)
        every = tuple(sorted(item.mentions + item.candidates, key=lambda m: (m.start, m.end)))
        assert item.all_mentions() == every
        for offset in range(-1, 203):
            assert item.sentence_at(offset) == next(
                (s for s in item.sentences if s.start <= offset < s.end), Span(offset, offset))
            assert item.paragraph_at(offset) == next(
                (p for p in item.article.paragraphs if p.start <= offset <= p.end), item.article.paragraphs[-1])
        for start, end in [(rng.randint(0, 200), rng.randint(0, 200)) for _ in range(30)]:
            assert item.mentions_within(start, end) == tuple(m for m in every if start <= m.start and m.end <= end)
            assert item.mentions_starting_in(start, end) == tuple(m for m in every if start <= m.start < end)


def test_cached_indexes_stay_out_of_pickles_and_equality():
    """Pickles (the build cache hashes them) and equality see the fields only, used or not."""
    item = random_annotated(random.Random(3), True)
    before = pickle.dumps(item)
    item.sentence_at(5), item.paragraph_at(5), item.mentions_within(0, 100), item.candidate_set
    assert pickle.dumps(item) == before
    copy = pickle.loads(before)
    assert copy == item and copy.all_mentions() == item.all_mentions()


def test_taken_spans_overlap_as_the_scan_says():
    """_Taken answers whether a span overlaps any taken span as comparing with each one does."""
    rng = random.Random(11)
    for _ in range(500):
        taken = [tuple(sorted((rng.randint(0, 60), rng.randint(0, 60)))) for _ in range(rng.randint(0, 8))]
        index = _Taken(taken)
        for _ in range(20):
            span = tuple(sorted((rng.randint(0, 60), rng.randint(0, 60))))
            assert index.overlaps(span) == any(span[0] < end and start < span[1] for start, end in taken)


@pytest.mark.parametrize("quoted", [
    "„Acme <b>Holdings</b>“", "\"Acme <img src=x onerror=y> Werke\"", "«Acme [Werke](javascript:x)»",
    "\"Acme `Werke`\"", "\"Acme *Werke*\"", "\"Acme_Werke\"", "\"Acme {Werke}\"", "\"Acme | Werke\"",
    "\"Acme &lt;b&gt; Werke\"", "\"Acme/Werke\"", "\"Acme @Werke\"", "\"Acme #Werke\"",
])
def test_quoted_markup_is_no_name(quoted):
    """A quoted "name" holding markup characters or character references is no candidate (its words may be)."""
    body = f"The residents wrote to the firm {quoted} about it."
    annotated = annotate(article(body, (Paragraph("p1", "text", 0, len(body)),)), EMPTY)
    assert [m.surface for m in find_candidates(annotated) if "Acme" in m.surface and m.surface != "Acme"] == []


def test_quoted_names_with_ampersands_stay():
    """An ampersand between words is part of names ("Procter & Gamble"), quoted or not."""
    body = "The residents wrote to the firm \"Procter & Gamble\" about it."
    annotated = annotate(article(body, (Paragraph("p1", "text", 0, len(body)),)), EMPTY)
    assert [m.surface for m in find_candidates(annotated)] == ["Procter & Gamble"]


def candidate(rng: random.Random, pool: list[str]) -> Candidate:
    """A random event candidate: precision, a range (empty now and then), entities from a small pool."""
    first = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 40))
    last = first + dt.timedelta(days=rng.choice([-1, 0, 0, 1, 2, 5, 9]))
    source = EventSource("a", Span(0, 1), Span(0, 1), "p1")
    return Candidate(first, last, rng.choice(["day", "week"]), tuple(rng.sample(pool, rng.randint(1, min(3, len(pool))))), source)


def pairwise_groups(candidates: list[Candidate]) -> list[list[Candidate]]:
    """The events as the rule states it: every pair that shares a specific entity is compared."""
    common = _common_entities(candidates)
    indexes = connected_groups([c.entities for c in candidates], lambda i, j: _same_event(candidates[i], candidates[j]),
                               usable=lambda entity: entity not in common)
    groups = [[candidates[i] for i in group] for group in indexes]
    return sorted(groups, key=lambda g: (min(c.first for c in g), g[0].source.article, g[0].source.date.start))


def test_event_groups_match_pairwise_comparison():
    """Grouping by cells and a sweep over date ranges gives the events comparing every pair gives."""
    rng = random.Random(5)
    for size in (1, 2, 5, 20, 60, 150):
        for _ in range(20):
            pool = [f"e{k}" for k in range(rng.randint(1, 8))]
            found = [candidate(rng, pool) for _ in range(size)]
            assert group_candidates(found) == pairwise_groups(found)


def test_event_comparisons_grow_linearly(monkeypatch):
    """Thousands of candidates naming a few places over a few weeks: the comparisons are of distinct date ranges.

    Comparing every pair that shares an entity makes sixteen times as many for four times the candidates;
    here the date ranges are all taken at the smaller size already, so the count barely moves.
    """
    calls = Counter()

    def counted(a, b):
        calls["n"] += 1
        return _same_event(a, b)

    monkeypatch.setattr(events, "_same_event", counted)
    rng, made = random.Random(1), []
    for size in (6000, 24000):
        calls.clear()
        group_candidates([candidate(rng, ["liaoning", "germany", "russia", "munich", "expo"]) for _ in range(size)])
        made.append(calls["n"])
    assert made[1] < 1.3 * made[0] and made[0] < 6000 ** 2 / 500, made


def fingerprint_corpus(rng: random.Random, stories_count: int) -> list[Fingerprint]:
    """Stories of three versions: their own rare features, shared ones of all rarities, some noise."""
    prints = []
    for story in range(stories_count):
        own = {f"own:{story}:{k}" for k in range(rng.randint(0, 4))}
        shared = {f"mid:{rng.randint(0, stories_count // 20 + 1)}" for _ in range(3)}
        shared |= {f"common:{k}" for k in range(rng.randint(0, 6))}
        for version in range(3):
            kept = {f for f in sorted(own | shared) if rng.random() < 0.8}
            kept |= {f"noise:{rng.randint(0, stories_count * 4)}" for _ in range(rng.randint(0, 3))}
            prints.append(Fingerprint(f"{story:05d}-{version}", frozenset(kept)))
    return prints


def pairwise_stories(prints: list[Fingerprint]) -> list[list[str]]:
    """The story groups as the rule states it: every pair sharing a rare feature is compared."""
    frequency = Counter(f for p in prints for f in p.features)
    weight = {f: 1 / n for f, n in frequency.items()}
    rare_limit = max(stories.MIN_RARE, stories.RARE_SHARE * len(prints))
    groups = connected_groups([sorted(p.features) for p in prints],
                              lambda i, j: _similarity(prints[i], prints[j], weight) >= stories.MIN_SIMILARITY,
                              usable=lambda feature: frequency[feature] <= rare_limit)
    return sorted(sorted(prints[i].article for i in group) for group in groups if len(group) > 1)


def test_story_groups_match_pairwise_comparison():
    """Comparing only on the rarest features of each article groups the stories as every pair does."""
    rng = random.Random(9)
    for count in (1, 2, 5, 30, 120):
        for _ in range(10):
            prints = fingerprint_corpus(rng, count)
            assert _similar_groups(prints) == pairwise_stories(prints)


def test_story_comparisons_grow_linearly(monkeypatch):
    """Four times the stories, about four times the comparisons (the pairwise rule makes 50 times as many)."""
    calls = Counter()

    def counted(a, b, weight):
        calls["n"] += 1
        return _similarity(a, b, weight)

    monkeypatch.setattr(stories, "_similarity", counted)
    made = []
    for count in (600, 2400):
        calls.clear()
        _similar_groups(fingerprint_corpus(random.Random(2), count))
        made.append(calls["n"])
    assert made[1] < 5 * made[0], made
