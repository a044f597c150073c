"""Conflicting events (assembly.site._conflicts): one trip dated differently by versions of one story."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.assembly.site import _conflicts
from generator.model import Event, EventSource, Story

DAY = dt.date(2023, 5, 1)


def event(event_id: str, articles: tuple[str, ...], day: int = 0, places=("p",), participants=(), days: int = 0) -> Event:
    """An event reported by these articles, `day` days after DAY, lasting `days` more."""
    first = DAY + dt.timedelta(days=day)
    return Event(event_id, event_id, first, first + dt.timedelta(days=days), "day", tuple(places), tuple(participants),
                 tuple(EventSource(a, (0, 1), (0, 1), "p1") for a in articles))


def conflicts(events: list[Event], stories: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """_conflicts over these events and stories (story id -> versions), with the indexes assembly gives it."""
    by_id = {e.id: e for e in events}
    story_of = {a: s for s, versions in stories.items() for a in versions}
    events_of_article: dict[str, list[str]] = {}
    for e in events:
        for article in dict.fromkeys(s.article for s in e.sources):
            events_of_article.setdefault(article, []).append(e.id)
    return _conflicts(by_id, {s: Story(s, s, v) for s, v in stories.items()}, story_of,
                      {a: tuple(v) for a, v in events_of_article.items()})


CASES = [
    ("two versions date one trip differently",
     [event("e1", ("a",)), event("e2", ("b",), day=1)], {"s": ("a", "b")}, {"e1": ("e2",), "e2": ("e1",)}),
    ("the same dates: one trip, no conflict",
     [event("e1", ("a",)), event("e2", ("b",))], {"s": ("a", "b")}, {}),
    ("the same first day, another last day",
     [event("e1", ("a",)), event("e2", ("b",), days=2)], {"s": ("a", "b")}, {"e1": ("e2",), "e2": ("e1",)}),
    ("other places: two trips",
     [event("e1", ("a",)), event("e2", ("b",), day=1, places=("q",))], {"s": ("a", "b")}, {}),
    ("more participants: two trips",
     [event("e1", ("a",)), event("e2", ("b",), day=1, participants=("x",))], {"s": ("a", "b")}, {}),
    ("the same entities given as place and participant",
     [event("e1", ("a",), places=("p", "x")), event("e2", ("b",), day=1, places=("p",), participants=("x",))],
     {"s": ("a", "b")}, {"e1": ("e2",), "e2": ("e1",)}),
    ("articles of different stories",
     [event("e1", ("a",)), event("e2", ("b",), day=1)], {"s": ("a",), "t": ("b",)}, {}),
    ("articles in no story",
     [event("e1", ("a",)), event("e2", ("b",), day=1)], {}, {}),
    ("no places or participants",
     [event("e1", ("a",), places=()), event("e2", ("b",), day=1, places=())], {"s": ("a", "b")}, {}),
    ("three datings of one trip",
     [event("e1", ("a",)), event("e2", ("b",), day=1), event("e3", ("c",), day=2)], {"s": ("a", "b", "c")},
     {"e1": ("e2", "e3"), "e2": ("e1", "e3"), "e3": ("e1", "e2")}),
    ("an event reported by one version of each of two stories",
     [event("e1", ("a", "c")), event("e2", ("b",), day=1), event("e3", ("d",), day=2)], {"s": ("a", "b"), "t": ("c", "d")},
     {"e1": ("e2", "e3"), "e2": ("e1",), "e3": ("e1",)}),
]


@pytest.mark.parametrize("events, stories, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_conflicts(events, stories, expected):
    assert conflicts(events, stories) == expected


def all_against_all(events: list[Event], stories: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The definition, event against event: some story holds an article of each; same entities, other dates."""
    story_of = {a: s for s, versions in stories.items() for a in versions}
    found = {}
    for e in events:
        entities = set(e.places) | set(e.participants)
        mine = {story_of[s.article] for s in e.sources if s.article in story_of}
        others = sorted(o.id for o in events if o.id != e.id and entities and set(o.places) | set(o.participants) == entities
                        and (o.first, o.last) != (e.first, e.last)
                        and mine & {story_of[s.article] for s in o.sources if s.article in story_of})
        if others:
            found[e.id] = tuple(others)
    return found


@pytest.mark.parametrize("seed", range(20))
def test_conflicts_are_those_of_every_pair(seed):
    """Bucketed by story and entities, the conflicts are those found by comparing every pair of events."""
    rng = random.Random(seed)
    articles = [f"a{i}" for i in range(12)]
    stories = {f"s{i}": tuple(rng.sample(articles, 3)) for i in range(3)}
    stories = {s: tuple(a for a in v if not any(a in w for t, w in stories.items() if t < s)) for s, v in stories.items()}
    events = [event(f"e{i}", tuple(rng.sample(articles, rng.randint(1, 2))), day=rng.randint(0, 2),
                    places=tuple(rng.sample("pq", rng.randint(0, 1))), participants=tuple(rng.sample("xy", rng.randint(0, 1))))
              for i in range(15)]
    assert conflicts(events, stories) == all_against_all(events, stories)
