"""Gazetteer coordinates for the map, without loading the whole gazetteer index.

The home page's map needs the latitude and longitude of a few dozen entries; the gazetteer index
(every folded form of every place, with matchers) takes seconds to load. When the index is
already in memory (annotation or assembly used it), it answers; otherwise a small table of
id -> (latitude, longitude), built once from the index and kept beside the gazetteer's cache file
with the same digest in its name (so a changed gazetteer module or data package builds it again),
loads in a fraction of the time. Either way the answer is the index's own: `entry(id)` coordinates.
"""
from __future__ import annotations

from functools import lru_cache

Coordinates = tuple[float, float]


def gazetteer_coordinates(entry_id: str) -> Coordinates | None:
    """The latitude and longitude the gazetteer gives the entry with this id (None when it gives none)."""
    return _table().get(entry_id)


def preload() -> None:
    """Make the table now from the gazetteer's index if it is loaded (then the index may go); else leave it to the first page that asks."""
    from generator.lang import gazetteer

    if gazetteer.is_loaded():
        _table()


@lru_cache(maxsize=1)
def _table() -> dict[str, Coordinates]:
    """Every gazetteer entry's coordinates: from the index when it is loaded, else from the kept table."""
    from generator.lang import gazetteer

    if gazetteer.is_loaded():  # loaded in this process already: reading it costs nothing
        return coordinates_of_index(gazetteer._index())
    from generator.lang.datacache import load_or_build
    from generator.lang.gazetteer_data import _cache_path

    index_path = _cache_path()
    return load_or_build(index_path.with_name(f"{index_path.stem}-coordinates.pickle"),
                         lambda: coordinates_of_index(gazetteer._index()), dict)


def coordinates_of_index(index) -> dict[str, Coordinates]:
    """The entries of a gazetteer index that carry both a latitude and a longitude."""
    return {entry_id: (entry.latitude, entry.longitude) for entry_id, entry in index.entries.items()
            if entry.latitude is not None and entry.longitude is not None}
