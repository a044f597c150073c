"""The map's coordinates: the gazetteer index's own, read from a small kept table when the index is not loaded."""
from __future__ import annotations

import pickle
from functools import lru_cache

import pytest

from generator.lang import gazetteer, gazetteer_data
from generator.lang.gazetteer import Entry
from generator.render import coordinates
from generator.render.coordinates import coordinates_of_index, gazetteer_coordinates


@pytest.fixture
def unloaded_index(tmp_path, monkeypatch):
    """A cache folder of its own, and a gazetteer index not loaded in this process (the fake one is counted)."""
    monkeypatch.setenv("DOSSIER_GAZETTEER_CACHE", str(tmp_path))
    calls = []

    @lru_cache(maxsize=1)
    def index():
        calls.append(1)
        return gazetteer_data.Index(entries={
            "geonames:1": Entry("geonames:1", "place", (("en", "A"),), 10.5, -20.25),
            "cldr:XX": Entry("cldr:XX", "place", (("en", "B"),)),  # no coordinates
        })

    monkeypatch.setattr(gazetteer, "_index", index)
    coordinates._table.cache_clear()
    yield calls
    coordinates._table.cache_clear()


def kept_path():
    path = gazetteer_data._cache_path()
    return path.with_name(f"{path.stem}-coordinates.pickle")


def test_table_holds_entries_with_both_coordinates():
    index = gazetteer_data.Index(entries={
        "geonames:1": Entry("geonames:1", "place", (), 1.0, 2.0),
        "geonames:2": Entry("geonames:2", "place", (), 1.0, None),
        "cldr:DE": Entry("cldr:DE", "place", ()),
    })
    assert coordinates_of_index(index) == {"geonames:1": (1.0, 2.0)}


def test_table_is_built_from_the_index_once_then_read_back(unloaded_index):
    """No kept table: the index gives it, and it is saved; the next process reads it without the index."""
    assert gazetteer_coordinates("geonames:1") == (10.5, -20.25)
    assert gazetteer_coordinates("cldr:XX") is None and gazetteer_coordinates("geonames:999") is None
    assert len(unloaded_index) == 1
    assert pickle.loads(kept_path().read_bytes()) == {"geonames:1": (10.5, -20.25)}
    coordinates._table.cache_clear()
    gazetteer._index.cache_clear()  # as in a new process
    unloaded_index.clear()
    assert gazetteer_coordinates("geonames:1") == (10.5, -20.25)
    assert unloaded_index == []


def test_loaded_index_answers_without_the_kept_table(unloaded_index):
    gazetteer._index()
    unloaded_index.clear()
    assert gazetteer_coordinates("geonames:1") == (10.5, -20.25)
    assert not kept_path().exists()


def test_same_answer_as_the_index_entries():
    """For real gazetteer ids: the coordinates entry() gives, or None where it gives none."""
    coordinates._table.cache_clear()
    for entry_id in ("geonames:524901", "cldr:DE", "cldr:ZZ"):
        place = gazetteer.entry(entry_id)
        expected = (place.latitude, place.longitude) if place and place.latitude is not None else None
        assert gazetteer_coordinates(entry_id) == expected
    assert gazetteer_coordinates("geonames:524901") is not None


def test_preloaded_table_outlives_the_index(unloaded_index):
    """Before rendering the table is made from the loaded index, which then goes; pages read the table without it."""
    coordinates.preload()
    assert unloaded_index == []  # not loaded: nothing to make the table from yet
    gazetteer._index()
    coordinates.preload()
    gazetteer.unload()
    assert not gazetteer.is_loaded()
    assert gazetteer_coordinates("geonames:1") == (10.5, -20.25)
    assert not gazetteer.is_loaded() and len(unloaded_index) == 1
