"""Events: dated sentences become events, reports of one event merge across languages, overrides apply."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.errors import BuildAborted
from generator.assembly.events import assemble_events
from generator.knowledge.events_file import EventOverride, load_event_overrides
from generator.knowledge.registry import Entity, load_registry
from generator.read.normalise import normalise_text
from generator.read.reader import analyse

D = dt.date
REGISTRY = (
    Entity("germany", "place", (("de", "Deutschland"), ("en", "Germany"))),
    Entity("liaoning", "place", (("de", "Liaoning"), ("en", "Liaoning"))),
    Entity("munich", "place", (("de", "München"), ("en", "Munich"))),
    Entity("russia", "place", (("de", "Russland"), ("en", "Russia"))),
    Entity("expo", "event", (("en", "Liaoning Expo"),)),
)
ENTITIES = {e.id: e for e in REGISTRY}


def corpus(*texts: tuple[str, str]) -> dict:
    """Articles (id, text) read and annotated with the small registry."""
    knowledge = Knowledge(build_name_index(REGISTRY))
    return {name: annotate(analyse(normalise_text(text), f"{name}.txt", "utf-8"), knowledge) for name, text in texts}


EN = ("en", "Delegation from Liaoning in Europe\n2023-10-26 10:00\n\n"
            "From October 11 to 13, the delegation from Liaoning visited Germany and met companies. "
            "On October 20, the Liaoning Expo opened in Munich. "
            "From October 16 to 19, the delegation from Liaoning was in Russia.")
DE = ("de", "Delegation aus Liaoning in Europa\n\n"
            "SHENYANG, 26. Oktober 2023 — Vom 11. bis 13. Oktober besuchte die Delegation aus Liaoning Deutschland. "
            "Vom 16. bis 19. Oktober reiste die Delegation aus Liaoning nach Russland.")


def test_one_visit_reported_in_two_languages_is_one_event():
    """The same dates and place in English and German make one event with two sources."""
    events, notices = assemble_events(corpus(EN, DE), ENTITIES, (), "events.yml")
    germany = [e for e in events.values() if "germany" in e.places]
    assert len(germany) == 1 and notices == []
    event = germany[0]
    assert (event.first, event.last, event.precision) == (D(2023, 10, 11), D(2023, 10, 13), "day")
    assert sorted(s.article for s in event.sources) == ["de", "en"]
    assert event.title == "Germany, Oct 11 – 13, 2023"


def test_different_legs_stay_apart_although_they_share_the_delegation():
    """Liaoning is in every sentence: sharing it does not merge the Germany and Russia legs."""
    events, _ = assemble_events(corpus(EN, DE), ENTITIES, (), "events.yml")
    assert {(e.first, e.last) for e in events.values()} == {(D(2023, 10, 11), D(2023, 10, 13)), (D(2023, 10, 16), D(2023, 10, 19)),
                                                            (D(2023, 10, 20), D(2023, 10, 20))}


def test_named_event_gives_the_title():
    """An event entity in the sentence names the event."""
    events, _ = assemble_events(corpus(EN), ENTITIES, (), "events.yml")
    assert [e.title for e in events.values() if e.first == D(2023, 10, 20)] == ["Liaoning Expo, October 20, 2023"]


def test_single_day_inside_a_range_is_its_own_event():
    """A one-day meeting on the 11th does not merge into an 11-13 visit (too little overlap)."""
    one_day = ("en2", "Roundtable\n2023-10-26 10:00\n\nOn October 11, 2023, a roundtable with Liaoning was held in Germany.")
    events, _ = assemble_events(corpus(EN, one_day), ENTITIES, (), "events.yml")
    assert sorted((e.first, e.last) for e in events.values() if "germany" in e.places) == [
        (D(2023, 10, 11), D(2023, 10, 11)), (D(2023, 10, 11), D(2023, 10, 13))]


def test_overrides_title_merge_split_drop_and_unknown_id():
    """events.yml sets titles per language, merges, splits and drops events; unknown ids are reported."""
    base, _ = assemble_events(corpus(EN, DE), ENTITIES, (), "events.yml")
    ids = {e.first.day: e.id for e in base.values()}
    overrides = (
        EventOverride(ids[11], 2, titles=(("de", "Besuch in Deutschland"), ("en", "Visit to Germany"))),
        EventOverride(ids[20], 5, merge_into=ids[16]),
        EventOverride(ids[16], 7, split=True),
        EventOverride("no-such-event", 9, drop=True),
    )
    events, notices = assemble_events(corpus(EN, DE), ENTITIES, overrides, "events.yml")
    visit = events[ids[11]]
    assert (visit.title, visit.title_in("de"), visit.title_in("ru")) == ("Visit to Germany", "Besuch in Deutschland", "Visit to Germany")
    assert ids[16] not in events and ids[20] in events  # split first: the merge target is gone
    assert sum(1 for e in events.values() if e.first == D(2023, 10, 16)) == 2
    assert [n.line for n in notices] == [9, 5]


def test_events_file_errors_say_where(tmp_path):
    """A malformed events file stops the build with file:line."""
    path = tmp_path / "events.yml"
    path.write_text("events:\n  - id: x\n    colour: red\n", encoding="utf-8")
    with pytest.raises(BuildAborted, match=r"events.yml:2: unknown field 'colour'"):
        load_event_overrides(path)


SEED_EVENTS = [
    # first, last, languages of the sources: the trip legs and what the articles date
    (D(2023, 3, 1), D(2023, 3, 31), {"de", "th"}),      # start of construction of the Huajin-Aramco project
    (D(2023, 6, 1), D(2023, 8, 31), {"ru"}),            # Liaoning guests in Tver "this summer"
    (D(2023, 10, 1), D(2023, 10, 10), {"de"}),          # the trip "Anfang Oktober"
    (D(2023, 10, 11), D(2023, 10, 20), {"ar", "th"}),   # the trip "in mid-October"
    (D(2023, 10, 11), D(2023, 10, 13), {"ar", "de", "en", "th"}),  # the Germany leg
    (D(2023, 10, 11), D(2023, 10, 11), {"en"}),         # Liaoning-Frankfurt roundtable, Redbach
    (D(2023, 10, 12), D(2023, 10, 12), {"en"}),         # Liaoning-Germany conference, Munich
    (D(2023, 10, 13), D(2023, 10, 13), {"en"}),         # visits to BMW Group and Siemens headquarters
    (D(2023, 10, 14), D(2023, 10, 15), {"ar", "de", "th"}),  # the Saudi Arabia leg
    (D(2023, 10, 16), D(2023, 10, 19), {"ar", "de", "th"}),  # the Russia leg
    (D(2023, 11, 20), D(2023, 11, 26), {"ru"}),         # the Tver delegation in China "last week"
]


def test_seed_corpus_events(seed_articles):
    """The trip legs, the dated meetings and the Tver visit are events with the right ranges and sources."""
    root = Path(__file__).resolve().parent.parent
    entities = load_registry(root / "seeds" / "knowledge" / "entities.yml")
    knowledge = Knowledge(build_name_index(entities))
    annotated = {a.id: annotate(a, knowledge) for a in seed_articles.values()}
    langs = {a.id: a.lang for a in seed_articles.values()}
    events, _ = assemble_events(annotated, {e.id: e for e in entities}, (), "events.yml")
    found = sorted((e.first, e.last, frozenset(langs[s.article] for s in e.sources)) for e in events.values())
    assert found == sorted((first, last, frozenset(languages)) for first, last, languages in SEED_EVENTS)


def _seed_events(seed_articles, with_registry: bool) -> set[tuple]:
    """(first day, last day, languages of the sources) of every event of the seeds, with or without seeds/knowledge/."""
    from generator.build import discover

    knowledge_dir = Path(__file__).resolve().parent.parent / "seeds" / "knowledge"
    registry = load_registry(knowledge_dir / "entities.yml") if with_registry else ()
    annotated = {a.id: annotate(a, Knowledge(build_name_index(registry))) for a in seed_articles.values()}
    candidates, annotated = discover(annotated, registry)
    overrides = load_event_overrides(knowledge_dir / "events.yml") if with_registry else ()
    events, _ = assemble_events(annotated, {e.id: e for e in registry + candidates}, overrides, "events.yml")
    langs = {a.id: a.lang for a in seed_articles.values()}
    return {(e.first, e.last, tuple(sorted({langs[s.article] for s in e.sources}))) for e in events.values()}


def test_seed_events_without_the_registry_are_those_with_it(seed_articles):
    """The trip's legs (Germany 11-13, Saudi Arabia 14-15, Russia 16-19 October), the Munich conference (12),
    the Huajin-Aramco project (March) and the Tver visit (20-26 November) come out the same without the registry:
    names joined across scripts carry them, as registry names do."""
    without = _seed_events(seed_articles, False)
    assert without == _seed_events(seed_articles, True)
    day = dt.date
    assert {(day(2023, 10, 11), day(2023, 10, 13), ("ar", "de", "en", "th")),
            (day(2023, 10, 14), day(2023, 10, 15), ("ar", "de", "th")),
            (day(2023, 10, 16), day(2023, 10, 19), ("ar", "de", "th")),
            (day(2023, 10, 12), day(2023, 10, 12), ("en",)),
            (day(2023, 3, 1), day(2023, 3, 31), ("de", "th")),
            (day(2023, 11, 20), day(2023, 11, 26), ("ru",))} <= without
