"""The MkDocs cache's entry store (generator/mkdocs_cache/store.py): segments, their index, damage, workers, compaction."""
from __future__ import annotations

import os
import pickle

import pytest

from generator.mkdocs_cache.store import MAX_SEGMENTS, EntryStore


def key(number: int) -> str:
    return f"{number:064x}"


def segments(folder) -> list:
    return sorted(p for p in folder.iterdir() if p.name.startswith("segment-"))


def filled(folder, count: int = 3) -> EntryStore:
    """A store with `count` entries, finished (its index saved) and opened again."""
    store = EntryStore(folder)
    for number in range(count):
        store.put(key(number), {"number": number, "html": "<p>x</p>" * number})
    assert store.finish(None) == 0
    return EntryStore(folder)


def test_entries_are_found_by_the_next_build(tmp_path):
    store = filled(tmp_path)
    assert [store.get(key(n)) for n in range(3)] == [{"number": n, "html": "<p>x</p>" * n} for n in range(3)]
    assert store.get(key(9)) is None and not store.has(key(9)) and store.has(key(1))
    assert store.hits == 3 and len(segments(tmp_path)) == 1


def flip_byte_of_record(folder, number: int, at: int) -> None:
    """Change one byte of entry `number`'s record: at 2 its key's length, at 10 its key, at -1 its payload."""
    place = EntryStore(folder).places[key(number)]
    path = folder / place[0]
    data = bytearray(path.read_bytes())
    data[place[1] + (at if at >= 0 else place[2] + at)] ^= 1
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("at", [2, 10, -1])
def test_a_damaged_record_is_a_miss_and_the_others_still_hold(tmp_path, at):
    filled(tmp_path)
    flip_byte_of_record(tmp_path, 1, at)
    store = EntryStore(tmp_path)
    assert store.get(key(1)) is None
    assert store.get(key(0))["number"] == 0 and store.get(key(2))["number"] == 2


@pytest.mark.parametrize("damage", ["missing", "garbage", "flipped"])
def test_without_a_sound_index_the_segments_are_read_record_by_record(tmp_path, damage):
    filled(tmp_path)
    index = tmp_path / "index.pickle"
    if damage == "missing":
        index.unlink()
    elif damage == "garbage":
        index.write_bytes(b"not an index")
    else:
        data = bytearray(index.read_bytes())
        data[-1] ^= 1
        index.write_bytes(bytes(data))
    store = EntryStore(tmp_path)
    assert [store.get(key(n))["number"] for n in range(3)] == [0, 1, 2]


def test_a_segment_cut_short_keeps_its_whole_records(tmp_path):
    """A build killed while writing: the records before the cut are read, the one cut short is not."""
    store = EntryStore(tmp_path)
    for number in range(3):
        store.put(key(number), "x" * 100)
    store.close()  # no index: as after a build that stopped
    segment = segments(tmp_path)[0]
    segment.write_bytes(segment.read_bytes()[:-5])
    again = EntryStore(tmp_path)
    assert again.get(key(0)) == "x" * 100 and again.get(key(1)) == "x" * 100 and again.get(key(2)) is None


def test_entries_a_forked_worker_stores_are_found_after_refresh(tmp_path):
    store = filled(tmp_path, 1)
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        try:
            store.put(key(7), "from the worker")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert not store.has(key(7))
    store.refresh()
    assert store.get(key(7)) == "from the worker" and store.get(key(0))["number"] == 0
    store.put(key(8), "from the parent")
    assert store.finish({key(7), key(8)}) == 1  # key(0) dropped
    again = EntryStore(tmp_path)
    assert again.get(key(7)) == "from the worker" and again.get(key(8)) == "from the parent" and again.get(key(0)) is None


def test_unused_entries_are_dropped_and_the_store_stays_the_size_of_one_build(tmp_path):
    """Builds that each change one entry of 50 append a small segment; the segments stay few and the bytes
    about those of the entries in use."""
    store = EntryStore(tmp_path)
    for number in range(50):
        store.put(key(number), "y" * 1000)
    store.finish(None)
    one_build = sum(p.stat().st_size for p in segments(tmp_path))
    for build in range(1, 40):
        store = EntryStore(tmp_path)
        used = {key(n) for n in range(50) if n != build % 50} | {key(1000 + build)}
        for name in sorted(used):
            if store.get(name) is None:
                store.put(name, "z" * 1000)
        assert store.finish(used) == (1 if build == 1 else 2)  # the entry left out, and the last build's new one
        assert len(segments(tmp_path)) <= MAX_SEGMENTS
    store = EntryStore(tmp_path)
    assert all(store.get(name) is not None for name in used) and len(store.places) == 50
    assert sum(p.stat().st_size for p in segments(tmp_path)) < 2 * one_build


def test_a_store_dropping_most_entries_is_copied_into_a_smaller_segment(tmp_path):
    filled(tmp_path, 10)
    before = sum(p.stat().st_size for p in segments(tmp_path))
    store = EntryStore(tmp_path)
    assert store.finish({key(9)}) == 9
    after = segments(tmp_path)
    assert len(after) == 1 and after[0].stat().st_size < before / 5
    assert EntryStore(tmp_path).get(key(9))["number"] == 9


def test_files_of_the_older_layout_are_removed(tmp_path):
    """The layout before segments (a file per entry, in folders by the key's first two characters)."""
    old = tmp_path / "ab" / ("ab" * 32)
    old.parent.mkdir(parents=True)
    old.write_bytes(b"\0" * 32 + pickle.dumps("old"))
    store = EntryStore(tmp_path)
    assert store.get("ab" * 32) is None
    store.put(key(1), "new")
    store.finish({key(1)})
    assert not old.parent.exists() and EntryStore(tmp_path).get(key(1)) == "new"


def test_an_unreadable_segment_is_a_miss(tmp_path):
    filled(tmp_path)
    store = EntryStore(tmp_path)
    for segment in segments(tmp_path):
        segment.unlink()
    assert store.get(key(0)) is None and store.get(key(2)) is None
