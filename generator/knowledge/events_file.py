"""Event overrides (seeds/knowledge/events.yml): titles per language, merge, split, drop."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from generator.errors import BuildAborted
from generator.knowledge.yamlfile import load_yaml_list
from generator.model import Event, Notice

FIELDS = ("id", "title", "merge_into", "split", "drop")


@dataclass(frozen=True)
class EventOverride:
    """What the curator says about one generated event."""

    id: str
    line: int
    titles: tuple[tuple[str, str], ...] = ()
    merge_into: str | None = None
    split: bool = False
    drop: bool = False


def load_event_overrides(path: Path) -> tuple[EventOverride, ...]:
    """The overrides of an events file (none if it does not exist); a malformed file stops the build."""
    return tuple(_override(item, path) for item in load_yaml_list(path, "events", "the events file"))


def _override(item: object, path: Path) -> EventOverride:
    """One override from its YAML mapping."""
    if not isinstance(item, dict) or not isinstance(item.get("id"), str):
        raise BuildAborted(f"{path}: every item under 'events:' needs an id: the id of a generated event")
    where = f"{path}:{item.get('__line__', 0)}"
    unknown = sorted(set(item) - set(FIELDS) - {"__line__"})
    if unknown:
        raise BuildAborted(f"{where}: unknown field '{unknown[0]}'; the fields are {', '.join(FIELDS)}")
    titles = item.get("title") or {}
    if isinstance(titles, str):
        titles = {"en": titles}
    if not isinstance(titles, dict) or not all(isinstance(v, str) for k, v in titles.items() if k != "__line__"):
        raise BuildAborted(f"{where}: title must be text, or a mapping of language code to text")
    return EventOverride(
        id=item["id"], line=item.get("__line__", 0),
        titles=tuple(sorted((k, " ".join(v.split())) for k, v in titles.items() if k != "__line__")),
        merge_into=item.get("merge_into"), split=bool(item.get("split")), drop=bool(item.get("drop")),
    )


def apply_overrides(events: dict[str, Event], overrides: tuple[EventOverride, ...], path: str,
                    split_event: Callable[[Event], dict[str, Event]]) -> tuple[dict[str, Event], list[Notice]]:
    """Events after splits, merges, drops and titles, in that order; unknown ids are reported."""
    notices = [Notice(path, f"event '{o.id}' does not exist (any more); the override is ignored",
                      "see the event ids on the timeline page", line=o.line)
               for o in overrides if o.id not in events]
    for override in (o for o in overrides if o.split and o.id in events):
        events = {**{k: v for k, v in events.items() if k != override.id}, **split_event(events[override.id])}
    for override in (o for o in overrides if o.merge_into and o.id in events):
        if override.merge_into not in events:
            notices.append(Notice(path, f"event '{override.id}' cannot merge into unknown '{override.merge_into}'", line=override.line))
            continue
        events = _merged(events, override.id, override.merge_into)
    events = {k: v for k, v in events.items() if not any(o.drop and o.id == k for o in overrides)}
    for override in (o for o in overrides if o.titles and o.id in events):
        event = events[override.id]
        events[override.id] = replace(event, titles=override.titles, title=dict(override.titles).get("en", event.title))
    return dict(sorted(events.items(), key=lambda kv: (kv[1].first, kv[0]))), notices


def _merged(events: dict[str, Event], source_id: str, target_id: str) -> dict[str, Event]:
    """The events with one merged into another: sources and entities joined, the target's date kept."""
    source, target = events[source_id], events[target_id]
    joined = replace(
        target,
        places=tuple(dict.fromkeys(target.places + source.places)),
        participants=tuple(dict.fromkeys(target.participants + source.participants)),
        sources=tuple(sorted(set(target.sources + source.sources), key=lambda s: (s.article, s.date.start))),
    )
    return {k: (joined if k == target_id else v) for k, v in events.items() if k != source_id}
