"""The build cache: a second run after a change gives exactly the output of a full run, and reuses the rest."""
from __future__ import annotations

import json
import os
import pickle
import shutil
from collections import Counter
from pathlib import Path

import pytest

import generator.assembly.evidence as evidence
import generator.cache as cache
import generator.render.export as export
from generator.build import build
from generator.model import Site, SiteSummary
from generator.render import environment
from tests.conftest import SEEDS


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def full_build(seeds: Path, tmp_path: Path, name: str = "full") -> dict[str, bytes]:
    """The docs/ a build without any cache makes of these seeds."""
    build(seeds, tmp_path / name / "docs", use_cache=False)
    return tree(tmp_path / name / "docs")


def counts(caplog) -> str:
    """The cache summary the last build logged."""
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("cache:")][-1]


@pytest.fixture()
def project(tmp_path):
    """A copy of the seed corpus and a docs folder built from it once (cache filled)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build(seeds, tmp_path / "project" / "docs")
    return seeds, tmp_path / "project" / "docs"


def test_unchanged_input_reuses_everything(project, caplog):
    seeds, docs = project
    before = {p: docs.joinpath(p).stat().st_mtime_ns for p in tree(docs)}
    caplog.set_level("INFO", logger="dossier")
    result = build(seeds, docs)
    assert result.written.written == 0 and result.written.removed == 0
    assert {p: docs.joinpath(p).stat().st_mtime_ns for p in tree(docs)} == before  # MkDocs sees no change
    summary = counts(caplog)
    assert "seeds 5 reused, 0 computed" in summary and "annotations 5 reused, 0 computed" in summary
    # No page made again; the one entry that may be is the record of docs/, taking in the files the first run
    # wrote in the clock tick of its own record (generator/docs_state.py).
    assert int(summary.split("pages")[1].split(", ")[1].removesuffix(" computed")) <= 1


def test_changed_seed_gives_the_full_output(project, tmp_path, caplog):
    seeds, docs = project
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file() and p.read_text(encoding="utf-8").count("Liaoning") > 2)
    seed.write_text(seed.read_text(encoding="utf-8") + "\nDie Delegation aus Liaoning besuchte auch Tianjin.\n", encoding="utf-8")
    caplog.set_level("INFO", logger="dossier")
    result = build(seeds, docs)
    summary = counts(caplog)
    assert tree(docs) == full_build(seeds, tmp_path)
    assert "seeds 4 reused, 1 computed" in summary and "annotations 4 reused, 1 computed" in summary
    assert 0 < result.written.written < result.written.unchanged  # the other articles' pages stay untouched


def test_removed_and_added_seeds_give_the_full_output(project, tmp_path):
    seeds, docs = project
    removed = sorted(p for p in seeds.iterdir() if p.is_file())[0]
    copy = seeds / "copy with a new name.txt"
    copy.write_text(removed.read_text(encoding="utf-8") + "\nOne more sentence about Shenyang.\n", encoding="utf-8")
    removed.unlink()
    build(seeds, docs)
    assert tree(docs) == full_build(seeds, tmp_path)


def test_changed_registry_gives_the_full_output(project, tmp_path, caplog):
    seeds, docs = project
    registry = seeds / "knowledge" / "entities.yml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.rstrip("\n") + "\n  - id: empowerment-center\n    type: organisation\n    names:\n      en: Empowerment Center\n",
                        encoding="utf-8")
    caplog.set_level("INFO", logger="dossier")
    build(seeds, docs)
    summary = counts(caplog)
    assert tree(docs) == full_build(seeds, tmp_path)
    assert "annotations 0 reused, 5 computed" in summary
    assert b"Empowerment Center" in tree(docs)["entities/empowerment-center.md"]


def test_changed_template_gives_the_full_output(project, tmp_path, monkeypatch):
    seeds, docs = project
    package = tmp_path / "package"
    shutil.copytree(Path(cache.__file__).parent, package, ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
    template = package / "templates" / "event.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\nAn added line at the end of every event page.\n", encoding="utf-8")
    from jinja2 import FileSystemLoader
    monkeypatch.setattr(cache, "_PACKAGE", package)
    cache.code_fingerprint.cache_clear()
    environment.environment.cache_clear()
    monkeypatch.setattr(environment, "PackageLoader", lambda *_: FileSystemLoader(package / "templates"))
    try:
        build(seeds, docs)
        expected = full_build(seeds, tmp_path)
    finally:
        cache.code_fingerprint.cache_clear()
        environment.environment.cache_clear()
    events = [p for p in tree(docs) if p.startswith("events/") and p != "events/index.md"]
    assert events and all(tree(docs)[p].endswith(b"An added line at the end of every event page.\n") for p in events)
    assert tree(docs) == expected


def test_a_generated_file_changed_by_hand_is_rendered_again(project, tmp_path):
    seeds, docs = project
    page = next(p for p in sorted(tree(docs)) if p.startswith("entities/") and p != "entities/index.md")
    (docs / page).write_text("edited by hand\n", encoding="utf-8")
    (docs / "report.md").unlink()
    build(seeds, docs)
    assert tree(docs) == full_build(seeds, tmp_path)


def test_a_damaged_cache_is_rebuilt(project, tmp_path, caplog):
    seeds, docs = project
    for table in (docs.parent / cache.CACHE_DIR_NAME).iterdir():
        table.write_bytes(b"not a pickle")
    caplog.set_level("INFO", logger="dossier")
    build(seeds, docs)
    summary = counts(caplog)
    assert tree(docs) == full_build(seeds, tmp_path)
    assert "seeds 0 reused, 5 computed" in summary


def test_cache_values_damaged_after_their_keys_are_rebuilt(project, tmp_path, caplog):
    """Every table's keys whole but its last values garbled: the run after a change trusts none of that table."""
    seeds, docs = project
    for table in (docs.parent / cache.CACHE_DIR_NAME).glob("*.pickle"):
        data = table.read_bytes()
        table.write_bytes(data[:-16] + b"\xff" * 16)
    seed = sorted(p for p in seeds.iterdir() if p.is_file())[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more sentence about Shenyang.\n", encoding="utf-8")
    caplog.set_level("INFO", logger="dossier")
    build(seeds, docs)
    assert tree(docs) == full_build(seeds, tmp_path)
    assert "seeds 0 reused, 5 computed" in counts(caplog)


def test_two_workers_give_the_output_of_one(tmp_path, monkeypatch):
    """Enough articles to start two worker processes for reading and annotating (not used for a handful)."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS / "knowledge", seeds / "knowledge")
    originals = sorted(p for p in SEEDS.iterdir() if p.is_file())
    for n in range(66):
        source = originals[n % len(originals)]
        text = source.read_text(encoding="utf-8") + f"\nRevision {n}: corrected on day {n + 1}.\n"
        (seeds / f"{n:03d}-{source.name}").write_text(text, encoding="utf-8")
    monkeypatch.setenv("DOSSIER_WORKERS", "1")
    one = full_build(seeds, tmp_path, "one")
    monkeypatch.setenv("DOSSIER_WORKERS", "2")
    assert full_build(seeds, tmp_path, "two") == one


def test_no_cache_computes_everything_and_fills_the_cache_anew(project, caplog):
    seeds, docs = project
    from generator.cli import main
    caplog.set_level("INFO", logger="dossier")
    assert main(["build", "--seeds", str(seeds), "--docs", str(docs), "--no-cache"]) == 0
    assert "seeds 0 reused, 5 computed" in counts(caplog)
    build(seeds, docs)
    assert "seeds 5 reused, 0 computed" in counts(caplog)


def test_changed_title_reaches_every_page_that_shows_it(project, tmp_path):
    """A new title changes the article's page path and every entity, event and story page that lists it."""
    seeds, docs = project
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file() and p.read_text(encoding="utf-8").startswith("Liaoning"))
    lines = seed.read_text(encoding="utf-8").split("\n")
    seed.write_text("\n".join(["Liaoning delegation: a corrected title"] + lines[1:]), encoding="utf-8")
    build(seeds, docs)
    assert tree(docs) == full_build(seeds, tmp_path)


def test_unchanged_input_takes_the_site_model_and_files_from_the_cache(project, tmp_path, monkeypatch, caplog):
    seeds, docs = project
    import generator.build as build_module

    def not_again(*_):
        raise AssertionError("the site model was assembled again")
    monkeypatch.setattr(build_module, "assemble_all", not_again)
    monkeypatch.setattr(build_module, "render_all", not_again)
    caplog.set_level("INFO", logger="dossier")
    build(seeds, docs)
    assert "site model and files 2 reused, 0 computed" in counts(caplog)
    monkeypatch.undo()
    assert tree(docs) == full_build(seeds, tmp_path)


def test_the_cache_keeps_the_site_models_summary_not_the_model(project, tmp_path):
    """A run with nothing changed reports what the run that assembled the model did, from its summary alone."""
    seeds, docs = project
    (seeds / "knowledge" / "events.yml").write_text("events:\n  - id: no-such-event\n    title: A stale override\n",
                                                    encoding="utf-8")
    first = build(seeds, docs)
    table = cache.Store.load(docs.parent / cache.CACHE_DIR_NAME, cache.table_prefix(docs) + "assemble")
    values = [table.get(key) for key in sorted(table.entries)]
    assert not any(isinstance(part, Site) for value in values for part in (value if isinstance(value, tuple) else (value,)))
    assert [value for value in values if isinstance(value, SiteSummary)] == [first.summary]
    again = build(seeds, docs)
    assert again.site is None and first.site is not None  # nothing assembled: the last run's files kept
    assert again.summary == first.summary == SiteSummary.of(first.site, first.summary.notices[len(first.site.notices):])
    assert again.notices == first.notices and any("no-such-event" in str(n) for n in again.warnings)
    assert (again.summary.articles, again.summary.languages) == (5, ("ar", "de", "en", "ru", "th"))
    assert tree(docs) == full_build(seeds, tmp_path)


def test_changed_event_overrides_assemble_the_site_model_again(project, tmp_path, caplog):
    seeds, docs = project
    overrides = seeds / "knowledge" / "events.yml"
    overrides.write_text("events:\n  - id: no-such-event\n    title: A title for an event that does not exist\n", encoding="utf-8")
    caplog.set_level("INFO", logger="dossier")
    result = build(seeds, docs)
    assert "site model and files 0 reused, 2 computed" in counts(caplog)
    assert tree(docs) == full_build(seeds, tmp_path)
    assert any("no-such-event" in str(notice) for notice in result.warnings)  # the stale override is reported


def test_unchanged_input_keeps_the_annotations_unread_for_the_next_change(project, tmp_path, monkeypatch, caplog):
    """The site model is cached: nothing is annotated, yet the annotations stay in the cache for a later change."""
    seeds, docs = project
    import generator.build as build_module

    def not_again(*_):
        raise AssertionError("the articles were annotated again")
    monkeypatch.setattr(build_module, "annotate_all", not_again)
    caplog.set_level("INFO", logger="dossier")
    build(seeds, docs)
    assert "annotations 5 reused, 0 computed" in counts(caplog)
    monkeypatch.undo()
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file())
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA line added later.\n", encoding="utf-8")
    build(seeds, docs)
    assert "annotations 4 reused, 1 computed" in counts(caplog)
    assert tree(docs) == full_build(seeds, tmp_path)


def saved_table(folder: Path, entries: dict) -> cache.Store:
    """A table saved with these entries, loaded again as the next run finds it."""
    store = cache.Store(folder / "t.pickle")
    for key, value in entries.items():
        store.put(key, value)
    store.save()
    return cache.Store.load(folder, "t")


def test_table_values_are_read_only_when_one_is_asked_for(tmp_path):
    table = saved_table(tmp_path, {"a": [1], "b": [2]})
    assert set(table.entries) == {"a", "b"} and not table._checked  # keys only
    assert table.get("c") is None and not table._checked  # an absent key reads nothing
    assert table.get("b") == [2] and table._checked and table.entries["a"] is cache._PENDING
    assert table.get("a") == [1]


def test_table_values_are_read_one_at_a_time_never_whole(tmp_path, monkeypatch):
    """The values are checked block by block and each read on its own: the table is never held whole as bytes."""
    values = {f"k{i}": list(range(i * 100)) for i in range(50)}
    table = saved_table(tmp_path, values)
    largest = max(len(pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for v in values.values())
    reads = []
    pread = os.pread
    monkeypatch.setattr(cache.os, "pread", lambda fd, size, offset: reads.append(size) or pread(fd, size, offset))
    monkeypatch.setattr(cache, "_COPY_BUFFER", 4096)
    assert table.get("k7") == values["k7"] and len(reads) == 1 and reads[0] <= largest
    table.keep_all()
    table.save()  # every value of the last run copied one by one from its file
    assert len(reads) == 1 + len(values) and max(reads) <= largest
    again = cache.Store.load(tmp_path, "t")
    assert {key: again.get(key) for key in values} == values


def test_a_value_taken_is_not_held_and_is_saved_again_as_it_was(tmp_path):
    """take: the value as get gives it, counted as used, its object let go (copied as its bytes on save)."""
    table = saved_table(tmp_path, {"a": [1], "b": [2]})
    assert table.take("a") == [1] and table.hits == 1
    assert table.entries["a"] is cache._PENDING and table.used["a"] is cache._PENDING
    assert table.take("a") == [1]  # read again from the file when asked again
    assert table.take("c") is None
    table.put("c", [3])
    assert table.used["c"] == [3]  # a value put in this run stays held (to be pickled on save)
    table.save()
    again = cache.Store.load(tmp_path, "t")
    assert {key: again.get(key) for key in again.entries} == {"a": [1], "c": [3]}


def test_retained_values_are_saved_again_unread(tmp_path):
    """retain: entries of the last run kept for the next one without being read; absent keys are ignored."""
    table = saved_table(tmp_path, {"a": [1], "b": [2], "c": [3]})
    table.retain(["a", "x"])
    assert table.entries["a"] is cache._PENDING and not table._places  # nothing read
    assert table.get("b") == [2]
    table.save()
    again = cache.Store.load(tmp_path, "t")
    assert {key: again.get(key) for key in again.entries} == {"a": [1], "b": [2]}


def test_a_table_saved_can_still_give_its_values(tmp_path):
    """After a save replaced its file, the values of the last run are still read from the old one."""
    table = saved_table(tmp_path, {"a": [1], "b": [2]})
    table.keep_all()
    table.put("c", [3])
    table.save()
    assert table.get("a") == [1] and table.get("b") == [2]


@pytest.mark.parametrize("then", ["nothing", "put", "get"])
def test_kept_entries_are_saved_again_as_they_were(tmp_path, then):
    """Entries kept unread are written back with their values when the table changes (a put, a read)."""
    table = saved_table(tmp_path, {"a": [1], "b": [2]})
    assert table.keep(["a", "b"]) and table.hits == 2
    if then == "put":
        table.put("c", [3])
    elif then == "get":
        table.get("a")
    table.save()
    again = cache.Store.load(tmp_path, "t")
    expected = {"a": [1], "b": [2], **({"c": [3]} if then == "put" else {})}
    assert {key: again.get(key) for key in expected} == expected and set(again.entries) == set(expected)


def test_keep_of_other_keys_does_nothing(tmp_path):
    table = saved_table(tmp_path, {"a": [1], "b": [2]})
    assert not table.keep(["a"]) and not table.keep(["a", "b", "c"])
    assert table.used == {} and table.hits == 0


def test_a_table_damaged_after_its_keys_is_not_trusted(tmp_path):
    saved_table(tmp_path, {"a": [1]})
    path = tmp_path / "t.pickle"
    path.write_bytes(path.read_bytes()[:-8])  # the values cut short
    table = cache.Store.load(tmp_path, "t")
    assert table.get("a") is None and table.entries == {}
    kept = cache.Store.load(tmp_path, "t")
    assert kept.keep(["a"])
    kept.put("b", [2])
    kept.save()  # the kept value cannot be read: the table is left for the next run to rebuild
    assert cache.Store.load(tmp_path, "t").get("b") is None


def test_unchanged_pages_of_older_mentions_are_not_made_again(tmp_path, monkeypatch):
    """One article per page of mentions: after one seed changed, the pages of the other articles are taken
    from docs/ without quoting their sentences again, and docs/ is still that of a full build."""
    from generator.render import entity_pages

    monkeypatch.setenv("DOSSIER_WORKERS", "1")  # the rows counted below are made in this process
    monkeypatch.setattr(entity_pages, "MENTION_ARTICLES_PER_PAGE", 1)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    build(seeds, tmp_path / "project" / "docs")
    rows = []
    make_row = entity_pages._group_row
    monkeypatch.setattr(entity_pages, "_group_row", lambda *args: rows.append(args[3]) or make_row(*args))
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file() and p.read_text(encoding="utf-8").count("Liaoning") > 2)
    seed.write_text(seed.read_text(encoding="utf-8") + "\nDie Delegation aus Liaoning besuchte auch Tianjin.\n", encoding="utf-8")
    build(seeds, tmp_path / "project" / "docs")
    again = Counter(rows)  # rows quoted per entity whose pages were made again
    rows.clear()
    assert tree(tmp_path / "project" / "docs") == full_build(seeds, tmp_path)
    assert any(path.endswith("--p2.md") for path in tree(tmp_path / "full" / "docs"))  # pages of older mentions exist
    full = Counter(rows)  # every row of every entity
    # An entity the changed seed names has its job run again, but only the page of that article is quoted again.
    assert again and any(again[entity] < full[entity] for entity in again)


def pages_made_by_template(tmp_path, monkeypatch, module, template: str, sentence: str) -> tuple[int, int, int]:
    """How many pages of a template `module` makes through render_from: at a first build, after a sentence is added
    to a seed, and at a full build of the changed seeds (checked to give the same docs/ as the cached one)."""
    monkeypatch.setenv("DOSSIER_WORKERS", "1")  # the pages counted are made in this process
    made: list[str] = []
    render_from = module.render_from
    monkeypatch.setattr(module, "render_from", lambda name, inputs, context: render_from(
        name, inputs, lambda: made.append(name) or context()))
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    counts = []
    build(seeds, tmp_path / "project" / "docs")
    counts.append(made.count(template))
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file() and p.read_text(encoding="utf-8").count("Liaoning") > 2)
    seed.write_text(seed.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
    made.clear()
    build(seeds, tmp_path / "project" / "docs")
    counts.append(made.count(template))
    made.clear()
    assert tree(tmp_path / "project" / "docs") == full_build(seeds, tmp_path)
    counts.append(made.count(template))
    return tuple(counts)


def test_unchanged_pages_of_an_entitys_events_are_not_made_again(tmp_path, monkeypatch):
    """One event per page of an entity's events list: after one seed changed, a page whose event, its page and
    its entities did not change is taken from docs/ without titling its events again; docs/ is a full build's."""
    from generator.render import entity_pages

    monkeypatch.setattr(entity_pages, "ENTITY_EVENTS", 1)
    monkeypatch.setattr(entity_pages, "EVENTS_PER_PAGE", 1)
    first, again, full = pages_made_by_template(tmp_path, monkeypatch, entity_pages, "entity_events.md.j2",
                                                "Am 3. Mai 2024 besuchte die Delegation aus Liaoning Tianjin.")
    assert first > 1 and full > first  # the new sentence is one more event
    assert 0 < again < full  # the pages of entities the new event names are made again, the others taken from docs/


def test_unchanged_pages_of_the_timeline_are_not_made_again(tmp_path, monkeypatch):
    """Two events per timeline page: after a seed changed but not its events, the pages are taken from docs/
    without titling their events again; docs/ is a full build's. (A new event changes every page: each counts the events.)"""
    from generator.render import event_pages

    monkeypatch.setattr(event_pages, "TIMELINE_PAGE_SIZE", 2)
    first, again, full = pages_made_by_template(tmp_path, monkeypatch, event_pages, "timeline.md.j2",
                                                "Die Delegation aus Liaoning besuchte auch Tianjin.")
    assert first > 2 and full == first and again == 0


def test_only_the_values_computed_in_this_run_are_pickled_again(tmp_path, monkeypatch):
    """Entries read or kept from the last run are written back as the bytes they were read as; new ones are pickled."""
    table = saved_table(tmp_path, {"a": [1], "b": [2], "c": [3]})
    pickled = []
    dump = cache.pickle.dump
    monkeypatch.setattr(cache.pickle, "dump", lambda value, file, **options: pickled.append(value) or dump(value, file, **options))
    assert table.get("a") == [1]
    table.used["b"] = table.entries["b"]  # b kept unread (as Store.keep does), c not used: dropped
    table.put("d", [4])
    table.save()
    assert [value for value in pickled if "keys" not in value] == [[4]]  # (the header is pickled too)
    again = cache.Store.load(tmp_path, "t")
    assert set(again.entries) == {"a", "b", "d"}
    assert {key: again.get(key) for key in "abd"} == {"a": [1], "b": [2], "d": [4]}


@pytest.mark.parametrize("damage", ["cut", "garbled"])
def test_a_damaged_value_is_not_trusted(tmp_path, damage):
    """A table whose values are cut short, or one value garbled, gives nothing: the run computes it all again."""
    saved_table(tmp_path, {"a": "first value", "b": "second value"})
    path = tmp_path / "t.pickle"
    data = path.read_bytes()
    path.write_bytes(data[:-3] if damage == "cut" else data[:-3] + b"\xff\xff\xff")
    table = cache.Store.load(tmp_path, "t")
    assert set(table.entries) == {"a", "b"}  # the keys are whole
    assert table.get("b") is None and table.get("a") is None and table.entries == {}


def test_tables_of_per_article_work_saved_before_rendering_stay_as_saved(tmp_path):
    """Seeds, annotations and texts are written when complete and their values let go; the end of the run does not write them again."""
    caches = cache.Caches.load(tmp_path, prefix="docs.")
    caches.read.put("seed", ["as read"])
    caches.annotate.put("article", ["as annotated"])
    caches.texts.put("text", ["words"])
    caches.pages.put("page", ["digest"])
    for table in (caches.read, caches.annotate, caches.texts):
        table.save_and_release()
    assert caches.read.used == {} and caches.annotate.used == {} and caches.texts.used == {}
    assert caches.pages.used == {"page": ["digest"]}  # rendering still puts its page keys
    caches.save()
    again = cache.Caches.load(tmp_path, prefix="docs.")
    assert again.read.get("seed") == ["as read"] and again.annotate.get("article") == ["as annotated"]
    assert again.texts.get("text") == ["words"] and again.pages.get("page") == ["digest"]
    assert "computed" in caches.summary() and caches.annotate.computed == 1  # still counted for the log


def test_the_language_classifier_is_let_go_before_assembly(tmp_path, monkeypatch):
    """A run that reads seeds in this process (one worker) loads the classifier; assembly runs without it."""
    import generator.build as build_module
    from generator.lang import detect

    monkeypatch.setenv("DOSSIER_WORKERS", "1")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    classifier, asked = detect._classifier, []

    def counted(candidates):
        asked.append(candidates)
        return classifier(candidates)

    counted.cache_clear = classifier.cache_clear
    monkeypatch.setattr(detect, "_classifier", counted)
    loaded_at_assembly = []
    assemble_all = build_module.assemble_all
    monkeypatch.setattr(build_module, "assemble_all", lambda *args, **kwargs: (
        loaded_at_assembly.append(classifier.cache_info().currsize), assemble_all(*args, **kwargs))[1])
    build(seeds, tmp_path / "project" / "docs")
    assert asked  # the Latin- and Cyrillic-script seeds are told apart by the classifier
    assert loaded_at_assembly == [0]


def test_a_changed_seed_loads_recognition_data_for_its_language_only(project, monkeypatch):
    """Of the corpus' languages, only the changed article's is preloaded (the others' data is not needed)."""
    import generator.build as build_module

    seeds, docs = project
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file() and "Liaoning" in p.read_text(encoding="utf-8"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThe delegation also visited Tianjin.\n", encoding="utf-8")
    preloaded = []
    monkeypatch.setattr(build_module, "preload_recognition", preloaded.append)
    result = build(seeds, docs)
    changed = next(a for a in result.site.articles.values() if Path(a.source_file).name == seed.name)
    assert preloaded == [[changed.lang]] and len({a.lang for a in result.site.articles.values()}) > 1


def test_word_case_counts_are_let_go_before_names_are_merged(tmp_path, monkeypatch):
    """No article holds its word case counts once they are summed (at 10,000 articles they are hundreds of MB)."""
    import gc

    import generator.build as build_module
    from generator.model import AnnotatedArticle

    holding = []
    merge = build_module.merge_with_headers

    def counted(*args, **kwargs):
        gc.collect()
        holding.append(sum(1 for o in gc.get_objects() if isinstance(o, AnnotatedArticle) and o.word_cases))
        return merge(*args, **kwargs)

    monkeypatch.setattr(build_module, "merge_with_headers", counted)
    outcomes = build_module.read_all(SEEDS)
    annotated = build_module.annotate_all(outcomes, build_module.Knowledge(build_module.build_name_index(())))
    assert sum(1 for a in annotated.values() if a.word_cases) > 1  # what there is to let go (cased scripts)
    build_module.assemble_all(outcomes, annotated, (), (), "events.yml")
    assert holding == [0] and annotated == {}


def test_article_digests_are_made_once_per_site_model_before_rendering_forks(tmp_path, monkeypatch):
    """The page keys hash every article once; the entity pages' rows (in the forked workers) reuse those digests."""
    from generator.render import inputs

    result = build(SEEDS, tmp_path / "docs")
    digests = inputs.digests_of(result.site)
    assert digests is inputs.digests_of(result.site)
    assert digests.article.cache_info().currsize == len(result.site.articles)  # filled by the job keys
    hashed = []
    monkeypatch.setattr(inputs, "content_key", lambda kind, *parts: hashed.append(kind) or kind)
    digests.group.cache_clear()
    article = sorted(result.site.articles)[0]
    assert inputs.group_inputs(result.site, article) == "group"
    assert inputs.group_inputs(result.site, article) == "group"
    assert hashed == ["group"]  # the article's own digest was not made again, and the row's only once


def test_pages_of_older_mentions_kept_through_a_run_that_kept_their_job(tmp_path, monkeypatch):
    """A run that takes an entity's pages whole (its job unchanged) keeps their own keys too: when a later change
    makes the job again, only the changed article's page is quoted again, not every page of the entity."""
    from generator.render import entity_pages

    monkeypatch.setenv("DOSSIER_WORKERS", "1")  # the rows counted below are made in this process
    monkeypatch.setattr(entity_pages, "MENTION_ARTICLES_PER_PAGE", 1)
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = tmp_path / "project" / "docs"
    build(seeds, docs)
    rows = []
    make_row = entity_pages._group_row
    monkeypatch.setattr(entity_pages, "_group_row", lambda *args: rows.append(args[3]) or make_row(*args))
    paths = sorted(p for p in seeds.iterdir() if p.is_file())
    # Each seed in turn gets a sentence that names nothing new: every entity's job is kept by some of these runs.
    for path in paths:
        rows.clear()
        path.write_text(path.read_text(encoding="utf-8") + "\nand that was all that was said on the day.\n", encoding="utf-8")
        build(seeds, docs)
        again = Counter(rows)
        # The summary page quotes its first article; of the pages of older mentions, only the changed article's.
        assert again and max(again.values()) <= 2, (path.name, again.most_common(3))
    assert tree(docs) == full_build(seeds, tmp_path)


def test_peek_reads_a_value_without_keeping_it(tmp_path):
    Store = cache.Store
    """A value peeked at is not saved again unless it is used otherwise; one used is still kept."""
    store = Store.load(tmp_path, "t")
    store.put("a", 1)
    store.put("b", 2)
    store.save()
    store = Store.load(tmp_path, "t")
    assert store.peek("a") == 1 and store.peek("missing") is None and store.hits == 0 and "a" not in store.used
    assert store.get("b") == 2 and store.peek("b") == 2 and "b" in store.used
    store.put("c", 3)
    store.save()
    assert set(Store.load(tmp_path, "t").entries) == {"b", "c"}


def test_seeds_whose_stat_is_as_recorded_are_not_read_again(project, monkeypatch, caplog):
    """A second run hashes a seed from its recorded stat (size, modification time, inode), as for docs/: no seed is
    read when none changed; an edited seed (its modification time changes) is read and hashed again."""
    seeds, docs = project
    before = tree(docs)
    read = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or original(self))
    caplog.set_level("INFO", logger="dossier")
    build(seeds, docs)
    seed_names = {p.name for p in seeds.iterdir()}
    assert not seed_names & set(read) and "seeds 5 reused, 0 computed" in counts(caplog) and tree(docs) == before
    seed = sorted(p for p in seeds.iterdir() if p.is_file())[0]
    seed.write_bytes(original(seed) + b"\n")
    read.clear()
    build(seeds, docs)
    assert seed_names & set(read) == {seed.name} and "seeds 4 reused, 1 computed" in counts(caplog)


def test_an_unchanged_articles_judgement_follows_the_corpus_counts_it_read(tmp_path, monkeypatch):
    """A sentence's first word stands as a name once another article capitalises it mid-sentence: the unchanged
    article's judgement, kept with the counts it read, is made again when one of them moves (and only then)."""
    seeds, docs = tmp_path / "seeds", tmp_path / "project" / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Plant opens\n\nZorbex opened a plant on Monday. The plant employs four hundred "
                                 "people.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Strike\n\nWorkers went on strike on Tuesday.\n", encoding="utf-8")
    (seeds / "c.txt").write_text("Harbour\n\nThe harbour of Velkton reopened on Wednesday.\n", encoding="utf-8")

    def names() -> set[str]:
        knowledge = json.loads((docs / "knowledge.json").read_text(encoding="utf-8"))
        return {m["surface"] + "@" + m["article"] for e in knowledge["entities"] for m in e["mentions"]}

    build(seeds, docs)
    assert "Zorbex@a" not in names()
    (seeds / "b.txt").write_text("Strike\n\nWorkers at Zorbex went on strike on Tuesday.\n", encoding="utf-8")
    build(seeds, docs)
    assert {"Zorbex@a", "Zorbex@b"} <= names()
    assert tree(docs) == full_build(seeds, tmp_path)
    (seeds / "c.txt").write_text("Harbour\n\nThe harbour of Velkton reopened on Thursday.\n", encoding="utf-8")
    judged = Counter()
    judge = evidence._judged_header
    monkeypatch.setattr(evidence, "_judged_header", lambda article, *counts: judged.update([article.article.id]) or judge(article, *counts))
    build(seeds, docs)
    assert judged == {"c": 1}  # the counts a and b read did not move
    assert {"Zorbex@a", "Zorbex@b"} <= names()
    assert tree(docs) == full_build(seeds, tmp_path, "full-2")


def test_a_rekeyed_articles_key_is_its_annotations_and_discoverys_changes():
    """Discovery marks each article it re-keys with its annotation's key: the article's key is made of that and of
    the fields discovery changed; a copy made otherwise is hashed whole."""
    from dataclasses import replace
    from generator.annotate.mentions import build_name_index
    from generator.annotate.pipeline import Knowledge, annotate
    from test_discovery import make_article

    annotated = annotate(make_article("Anna Velk visited Zorbland on Monday.", "en", "a"), Knowledge(build_name_index(())))
    marked = replace(annotated).rekeyed_from("annotation-1")
    assert marked.cache_key != replace(annotated).rekeyed_from("annotation-2").cache_key
    assert marked.cache_key != replace(annotated, candidates=annotated.candidates[:1]).rekeyed_from("annotation-1").cache_key
    assert marked.cache_key != replace(annotated, header=annotated.candidates[:1]).rekeyed_from("annotation-1").cache_key
    copy = replace(marked, sentences=())
    assert copy.cache_key == cache.content_key("annotated", copy) != marked.cache_key
    assert pickle.loads(pickle.dumps(marked)).cache_key == cache.content_key("annotated", annotated)  # not pickled


def changed_liaoning_seed(seeds: Path) -> None:
    """Append a sentence to a seed that names Liaoning (its entity's knowledge.json item changes)."""
    seed = next(p for p in sorted(seeds.iterdir()) if p.is_file() and p.read_text(encoding="utf-8").count("Liaoning") > 2)
    seed.write_text(seed.read_text(encoding="utf-8") + "\nDie Delegation aus Liaoning besuchte auch Tianjin.\n", encoding="utf-8")


def test_knowledge_items_of_unchanged_entities_are_taken_from_the_last_file(project, tmp_path, monkeypatch):
    """An entity (or story) whose page inputs did not change is copied from the last knowledge.json, the others made."""
    seeds, docs = project
    made = Counter()
    make_entity = export._entity
    monkeypatch.setattr(export, "_entity", lambda site, entity: made.update(["entity"]) or make_entity(site, entity))
    changed_liaoning_seed(seeds)
    result = build(seeds, docs)
    assert 0 < made["entity"] < len(result.site.entities)  # the changed article names 52 of the 82
    assert tree(docs) == full_build(seeds, tmp_path)


def test_a_knowledge_file_changed_by_hand_gives_no_items(project, tmp_path):
    """The last run's items are read only from the file it wrote: one edited since is made again whole."""
    seeds, docs = project
    knowledge = docs / "knowledge.json"
    text = knowledge.read_text(encoding="utf-8")
    entity_line = next(line for line in text.splitlines() if line.startswith('{"aliases"'))
    knowledge.write_text(text.replace(entity_line, entity_line.replace('"id": "', '"id": "x', 1)[:len(entity_line)]),
                         encoding="utf-8")  # the same size: only its bytes tell
    changed_liaoning_seed(seeds)
    build(seeds, docs)
    assert tree(docs) == full_build(seeds, tmp_path)
