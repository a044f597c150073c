"""What lives long is set aside from the cycle collector's scans, and is still freed; the collector paused while
it is made; the classifier is kept pickled."""
from __future__ import annotations

import gc
import os
import weakref

import pytest

from generator import memory, parallel
from generator.cache import Store, cached_map
from generator.lang import datacache, detect


class _Record:
    """A value that can be weakly referred to (plain tuples and dicts cannot)."""

    def __init__(self, text: str):
        self.text = text


@pytest.fixture(autouse=True)
def _unfrozen():
    """Each test starts and ends with nothing set aside (the rest of the suite runs as before)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_what_is_held_when_set_aside_is_out_of_the_collectors_generations():
    held = [_Record(str(n)) for n in range(1000)]
    memory.set_aside()
    assert gc.get_freeze_count() >= len(held)
    assert not any(gc.is_tracked(r) and r in gc.get_objects() for r in held[:3])


def test_an_object_set_aside_is_still_freed_when_nothing_refers_to_it():
    record = _Record("x")
    gone = weakref.ref(record)
    memory.set_aside()
    del record
    assert gone() is None


def test_giving_back_collects_first_then_sets_aside():
    cycle = _Record("cycle")
    cycle.itself = cycle  # garbage only the collector frees: it must not be set aside
    gone = weakref.ref(cycle)
    del cycle
    memory.give_back()
    assert gone() is None
    assert gc.get_freeze_count() > 0


def test_the_values_a_cached_map_takes_from_its_store_are_set_aside(tmp_path):
    store = Store.load(tmp_path, "values")
    for n in range(3):
        store.put(f"k{n}", [_Record(str(n))])
    store.save()
    gc.unfreeze()
    reloaded = Store.load(tmp_path, "values")
    found = cached_map(reloaded, lambda shared, item: [_Record("new")], ["a", "b", "c", "d"], ["k0", "k1", "k2", None])
    assert [value[0].text for value in found] == ["0", "1", "2", "new"]
    assert gc.get_freeze_count() > 0


def test_the_collector_is_off_in_a_pause_and_what_it_made_is_set_aside_after():
    assert gc.isenabled()
    with memory.collector_paused():
        assert not gc.isenabled()
        made = [_Record(str(n)) for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)


def test_a_pause_within_a_pause_or_with_the_collector_off_leaves_it_as_it_was():
    with memory.collector_paused():
        with memory.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # still paused: the outer block is not over
    assert gc.isenabled()
    gc.disable()  # off by the program that runs the build: left off
    try:
        with memory.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_the_block_fails():
    with pytest.raises(ZeroDivisionError), memory.collector_paused():
        1 / 0
    assert gc.isenabled()


def _collector_on(shared, item) -> tuple[bool, int]:
    """In a worker: whether the collector is on, and the worker's process id."""
    return gc.isenabled(), os.getpid()


def test_workers_forked_in_a_pause_collect_cycles(monkeypatch):
    """Workers do open-ended work (annotation, rendering): the parent's pause is not theirs."""
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, "2")
    with memory.collector_paused():
        found = parallel.parallel_map(_collector_on, list(range(80)))
    assert all(on for on, _ in found)
    assert os.getpid() not in {pid for _, pid in found}  # each item ran in a worker


@pytest.mark.parametrize("text, language", [
    ("Die Delegation aus Liaoning besuchte am Montag die Stadt Hamburg und sprach mit Vertretern der Wirtschaft.", "de"),
    ("The delegation from Liaoning visited Hamburg on Monday and met representatives of local business.", "en"),
    ("Делегация из Ляонина посетила в понедельник Тверь и встретилась с представителями бизнеса.", "ru"),
    ("Делегацията от Ляонин посети в понеделник Твер и се срещна с представители на бизнеса.", "bg"),
    ("Delegace z Liao-ningu navštívila v pondělí Tver a setkala se se zástupci podnikatelů.", "cs"),
    ("وزار وفد من مقاطعة لياونينغ مدينة هامبورغ يوم الاثنين والتقى بممثلي الشركات.", "ar"),
])
def test_the_classifier_kept_pickled_decides_as_the_wheels_model(tmp_path, monkeypatch, text, language):
    monkeypatch.setenv(datacache.CACHE_VARIABLE, str(tmp_path))
    detect.unload()
    first = detect.detect_language(text)  # the wheel's model, then pickled
    assert detect._model_cache_path().is_file()
    detect.unload()
    assert detect.detect_language(text) == first  # from the pickle
    assert first[0] == language
    detect.unload()


def test_a_damaged_classifier_pickle_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv(datacache.CACHE_VARIABLE, str(tmp_path))
    detect.unload()
    path = detect._model_cache_path()
    path.write_bytes(b"not a pickle")
    assert detect.detect_language("The delegation visited Hamburg on Monday and met business people there.")[0] == "en"
    assert path.stat().st_size > 1000
    detect.unload()
