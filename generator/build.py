"""The build, as a table of contents: read, annotate, assemble, render, write (then MkDocs builds site/).

Entity, event and story pages need every article, so nothing is written before the whole
site model is assembled; and what is written replaces docs/ in one swap.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, MutableMapping

from generator.assembly.evidence import typed_by_mentions, with_evidence, word_evidence
from generator.assembly.names import merge_with_headers, registry_yaml
from generator.assembly.titles import with_titled_names
from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.annotate.recognise import preload as preload_recognition
from generator.assembly.site import assemble
from generator.assembly.events import assemble_events
from generator.assembly.stories import assemble_stories
from generator.knowledge.events_file import load_event_overrides
from generator.knowledge.registry import load_registry
from generator.docs_state import DocsState
from generator.cache import Caches, Store, cache_dir_for, cached_map, content_key, table_prefix
from generator.errors import BuildAborted
from generator.lang.labels import site_language
from generator.model import AnnotatedArticle, Notice, SeedOutcome, Site, SiteSummary
from generator.read.duplicates import distinct_ids, mark_duplicates
from generator.read.reader import MAX_SEED_BYTES, SEED_SUFFIXES, find_seeds, read_seed
from generator import memory
from generator.parallel import parallel_unordered
from generator.progress import stage
from generator.lang import detect, gazetteer
from generator.render import coordinates
from generator.render import config, entity_pages, environment, event_pages, export, inputs, pages, report, story_pages
from generator.render.export_lines import KnowledgeLines
from generator.slugs import ASSETS_DIR, KNOWLEDGE_FILE, STATE_DIR
from generator.spool import Spool, Spooled, put_parts, spool_page
from generator.writer import WriteSummary, write_docs

log = logging.getLogger("dossier")

PACKAGE_DIR = Path(__file__).parent
_SHIM = PACKAGE_DIR / "vendor" / "node_modules" / "iframe-worker" / "shim" / "index.js"
_ASSETS = PACKAGE_DIR / "assets"


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the files read, the site model's summary, every notice, what was written, and the site
    model (None when the last run's files were kept: nothing changed)."""

    outcomes: tuple[SeedOutcome, ...]
    summary: SiteSummary
    notices: tuple[Notice, ...]
    written: WriteSummary
    site: Site | None = None

    @property
    def warnings(self) -> tuple[Notice, ...]:
        """The notices that count against --strict."""
        return tuple(n for n in self.notices if n.level == "warning")


def build(seeds_dir: Path, docs_dir: Path, use_cache: bool = True, fresh_cache: bool = False) -> BuildResult:
    """Generate docs/ from the seeds folder (reusing what the last run computed for unchanged input)."""
    # Per-article results and page keys of the last run, beside docs/: only what changed is redone.
    caches = Caches.load(cache_dir_for(docs_dir) if use_cache else None, fresh_cache, table_prefix(docs_dir))
    # Read every seed on its own: a bad file is reported and skipped, never stops the others.
    outcomes = read_all(seeds_dir, caches.read, caches.pages)
    caches.read.save_and_release()  # complete: the last run's values need not stay in memory through assembly
    detect.unload()  # read in this process (a few changed seeds, no workers): not needed through assembly
    # The curated registry: a malformed one stops the build here, before anything is written.
    entities = load_registry(seeds_dir / "knowledge" / "entities.yml")
    registry_key = content_key("registry", entities)
    overrides_path = seeds_dir / "knowledge" / "events.yml"
    overrides = load_event_overrides(overrides_path)
    # The same articles, registry and overrides as the last run: its files, if docs/ still holds them as it
    # wrote them, are this run's (nothing to annotate, assemble or render). An article's annotation is a
    # function of its annotation key (the article, the registry, the code), so the keys stand for the
    # annotated articles here. The cache keeps the site model's summary under this key, not the model: a
    # few hundred megabytes at 10,000 articles, pickled on every run that changed something.
    annotation_keys = [annotation_key(registry_key, o.article) for o in outcomes if o.article is not None]
    assembly_key = content_key("assemble", outcomes, annotation_keys, entities, overrides, str(overrides_path))
    state = DocsState.from_store(docs_dir, caches.pages)  # each file as the last run wrote it
    file_notices = tuple(n for o in outcomes for n in o.notices)
    summary, site, files = caches.assemble.get(assembly_key), None, None
    if summary is not None and caches.annotate.keep(annotation_keys):  # (else the annotations are read again to be kept)
        rendered = caches.assemble.get(_rendered_key(assembly_key, file_notices + summary.notices))
        files = files_as_rendered(rendered, state, caches.pages)
    if files is None:
        # Annotate each article on its own: sentences, mentions of registry names, unknown names.
        annotated = annotate_all(outcomes, Knowledge(build_name_index(entities)), caches.annotate, registry_key)
        caches.annotate.save_and_release()
        keys = dict(zip((o.article.id for o in outcomes if o.article is not None), annotation_keys))
        site, event_notices = assemble_all(outcomes, annotated, entities, overrides, str(overrides_path), caches.texts, keys)
        annotated = None  # the annotations as found, before discovery: the site model holds what pages read
        summary = SiteSummary.of(site, tuple(event_notices))
        caches.assemble.put(assembly_key, summary)
    else:
        caches.annotate.save_and_release()
        caches.texts.keep_all()  # not needed by this run, but by the next one that changes an article
    caches.texts.save_and_release()  # before rendering forks its workers: they would each hold the table's values
    notices = file_notices + summary.notices
    try:
        if files is None:
            # Render every page and data file into a spool (a page whose inputs did not change is taken from docs/).
            _before_rendering()
            files = render_all(site, notices, docs_dir, caches.pages, state)
            caches.assemble.put(_rendered_key(assembly_key, notices), _digests(files))
        files.update(static_assets())  # not in the code fingerprint (the vendored shim): always read
        # ...and only then write, replacing the generated part of docs/ in one swap.
        written = write_docs(files, docs_dir)
        state.record(((path, files.digest(path)) for path in sorted(files)), caches.pages)
    finally:
        if isinstance(files, Spool):
            files.remove()
    caches.save()
    log.info("cache: %s", caches.summary())
    # The notices of the whole corpus (events.yml overrides, the site model) on every run; those of
    # each file were said as it was read.
    say_notices(summary.notices)
    return BuildResult(tuple(outcomes), summary, notices, written, site)


def _rendered_key(assembly_key: str, notices: tuple[Notice, ...]) -> str:
    """The key of the files render_all gave: the site model's (by its assembly key), every notice, the site's language."""
    return content_key("rendered", assembly_key, notices, site_language())


def assemble_all(outcomes: list[SeedOutcome], annotated: dict[str, AnnotatedArticle], entities: tuple,
                 overrides: tuple, overrides_where: str, texts: Store | None = None,
                 keys: Mapping[str, str] | None = None) -> tuple[Site, list[Notice]]:
    """The site model from every article: candidate entities, events, stories, indexes; and the notices of events.yml.

    `texts` keeps what assembly computes from one article's text alone (a second run redoes it for changed articles
    only), and with `keys` (each article's annotation key) what it computes from one article and a few corpus counts.
    `annotated` is left empty (its articles are taken over, see discover).
    """
    # Millions of records that live to the end of the build, and no cycles: no collections (generator/memory.py).
    with memory.collector_paused():
        # Merge the unknown names of all articles into candidate entities, awaiting review. The articles move
        # out of the caller's dict: discovery then holds the only reference, and their word case counts (a few
        # hundred MB at 10,000 articles) are freed once summed, before merging needs the room.
        candidates, annotated = discover(_taken_from(annotated), entities, texts, keys)
        # Events need every article too: the same visit is reported in several languages.
        registry = {e.id: e for e in entities + candidates}
        events, event_notices = assemble_events(annotated, registry, overrides, overrides_where)
        # Stories too: versions of one story are found by comparing every article's fingerprint.
        stories = assemble_stories(annotated, registry, texts)
        # Assemble the whole site model: it needs every article (mentions by entity, co-occurrence).
        return assemble(outcomes, annotated, entities + candidates, events, stories), list(event_notices)


def _taken_from(articles: dict) -> dict:
    """A new dict with the articles, the given one left empty (its holders no longer keep the articles alive)."""
    taken = dict(articles)
    articles.clear()
    return taken


def _before_rendering() -> None:
    """Let go of what rendering does not read, before its workers fork and each starts with this process' memory.

    Of the gazetteer's index (a few hundred MB as objects) rendering reads the coordinates of a few places.
    """
    coordinates.preload()
    gazetteer.unload()
    memory.give_back()


def say_notices(notices) -> None:
    """Log each notice on its own line: warnings as warnings, notes as information."""
    for notice in notices:
        log.warning("%s", notice) if notice.level == "warning" else log.info("%s", notice)


def discover_yaml(seeds_dir: Path) -> str:
    """The candidate entities of the corpus as registry YAML (read and annotate only; nothing is written)."""
    outcomes = read_all(seeds_dir)
    entities = load_registry(seeds_dir / "knowledge" / "entities.yml")
    candidates, annotated = discover(annotate_all(outcomes, Knowledge(build_name_index(entities))), entities)
    counts = {e.id: sum(1 for a in annotated.values() for m in a.candidates if m.entity == e.id) for e in candidates}
    return registry_yaml(candidates, counts)


def read_all(seeds_dir: Path, store: Store | None = None, states: Store | None = None) -> list[SeedOutcome]:
    """Read every seed under the folder, in path order (a seed whose bytes did not change is taken from the cache).

    `states`: the table where the seeds' stat and SHA-256 are recorded (see DocsState): a seed whose size,
    modification time and inode are as the last run recorded is not read to be hashed."""
    if not seeds_dir.is_dir():
        raise BuildAborted(f"{seeds_dir}: the seeds folder does not exist; create it and put article files (.txt, .md) in it")
    paths = find_seeds(seeds_dir)
    state = DocsState.from_store(seeds_dir, states, SEEDS_STATE) if states is not None else DocsState(seeds_dir)
    keys = [_seed_key(path, seeds_dir, state) for path in paths]
    with stage("reading", len(paths), "files") as advance:
        read = cached_map(store or Store(None), _read_one, paths, [key for key, _ in keys], seeds_dir, advance)
    if states is not None:
        state.record((digest for _, digest in keys if digest is not None), states, SEEDS_STATE)
    # Duplicates merge into the first copy's page; colliding ids get a numeric suffix.
    outcomes = distinct_ids(mark_duplicates(read))
    say_notices(n for o in outcomes for n in o.notices)  # cached or not: a cached outcome keeps its notices
    return outcomes


def _read_one(seeds_dir: Path, path: Path) -> SeedOutcome:
    """Read one seed (run in a worker process)."""
    return read_seed(path, seeds_dir)


SEEDS_STATE = "seeds"  # the seeds' stat and SHA-256, in the table that records docs/ under "docs" (DocsState)


def _seed_key(path: Path, seeds_dir: Path, state: DocsState) -> tuple[str | None, tuple[str, str] | None]:
    """The cache key of a seed (its path and the SHA-256 of its bytes) and (path, SHA-256) to record; None for what
    is not a plain article file (always read again)."""
    try:
        if path.is_symlink() or not path.is_file() or path.suffix.lower() not in SEED_SUFFIXES:
            return None, None
        if path.stat().st_size > MAX_SEED_BYTES:
            return None, None
        relative = path.relative_to(seeds_dir).as_posix()
        digest = state.digest(relative)
        if digest is None:
            return None, None
        return content_key("read", relative, digest), (relative, digest)
    except OSError:
        return None, None  # read_seed reports why


def annotate_all(outcomes: list[SeedOutcome], knowledge: Knowledge, store: Store | None = None,
                 registry_key: str = "") -> dict[str, AnnotatedArticle]:
    """Run the annotation stages over every article that was read (an unchanged article under an unchanged registry is cached)."""
    articles = [o.article for o in outcomes if o.article is not None]
    keys = [annotation_key(registry_key, article) if registry_key else None for article in articles]
    store = store or Store(None)
    to_annotate = [a for a, key in zip(articles, keys) if key is None or key not in store.entries]
    if to_annotate:
        # Recognition's data (gazetteer, dictionaries, word lists) of the languages to annotate loads once
        # here; forked workers share it (a language no article to annotate is in loads later if asked).
        preload_recognition(sorted({a.lang for a in to_annotate}))
    with stage("annotating", len(articles), "articles") as advance:
        annotated = cached_map(store, _annotate_one, articles, keys, knowledge, advance)
    return {a.id: result for a, result in zip(articles, annotated)}


def annotation_key(registry_key: str, article) -> str:
    """The cache key of an article's annotation: the article and the registry (and the code, as every key)."""
    return content_key("annotate", registry_key, article)


def _annotate_one(knowledge: Knowledge, article) -> AnnotatedArticle:
    """Annotate one article (run in a worker process)."""
    return annotate(article, knowledge)


def discover(annotated: dict[str, AnnotatedArticle], registry: tuple = (), texts: Store | None = None,
             keys: Mapping[str, str] | None = None) -> tuple[tuple, dict[str, AnnotatedArticle]]:
    """Candidate entities from the names no registry entry covers (joined across languages), and the articles re-keyed to them.

    `keys`: each article's annotation key (with `texts`, each article's judgement by the corpus' evidence is kept)."""
    # Single words need the whole corpus' evidence (capitalised mid-sentence, rarely in lower case); headlines
    # are read for the corpus' names by the same counts (the judged articles no longer carry them).
    counts = word_evidence(annotated)
    annotated = with_titled_names(with_evidence(annotated, counts, texts, keys), counts)
    entities, mentions, headers = merge_with_headers(annotated, {i: a.candidates for i, a in annotated.items()},
                                                    registry, texts)
    # Word case counts were evidence for discovery only: at 10,000 articles they are a few hundred megabytes.
    rekeyed = {i: replace(a, candidates=mentions.get(i, ()), header=headers.get(i, ()), word_cases=())
               for i, a in annotated.items()}
    if keys:
        # Evidence, titles and merging changed candidates, header and word case counts only: every other field
        # is the annotation's, which its key stands for (the keys of the pages that show the article hash less).
        rekeyed = {i: a.rekeyed_from(keys[i]) if i in keys else a for i, a in rekeyed.items()}
    return typed_by_mentions(entities, annotated, rekeyed), rekeyed


def render_all(site: Site, notices: tuple[Notice, ...], docs_dir: Path | None = None,
               store: Store | None = None, state: DocsState | None = None) -> MutableMapping[str, bytes]:
    """Every generated file of docs/, as bytes, keyed by docs-relative path (kept in a spool beside docs/ when given).

    A page job whose inputs hash as in the last run is not run (its files are taken from docs/, if
    `state` finds them as the last run wrote them); a page whose template context hashes as in the
    last run is not rendered.
    """
    store = store or Store(None)
    state = state or (DocsState(docs_dir) if docs_dir is not None else None)
    jobs = page_jobs(site, notices)
    job_keys = _job_keys(site, jobs) if docs_dir is not None else [None] * len(jobs)
    # On disk, not in memory: the pages of a large corpus are gigabytes (a bare dict without docs/).
    files: MutableMapping[str, bytes] = Spool(docs_dir) if docs_dir is not None else {}
    todo = _keep_unchanged_jobs(job_keys, store, state, files)
    spool_folder = files.folder if isinstance(files, Spool) else None  # where the workers write the pages they make
    environment.reuse(frozenset(store.entries) if docs_dir is not None else frozenset())
    again: list[int] = []  # jobs with a reused page whose last output is gone or was changed by hand
    try:
        with stage("rendering", len(jobs), "pages") as advance:  # a job is one page, or a list in several pages
            advance(len(jobs) - len(todo))
            # Each job's pages stored as they arrive, in any order (each file goes to its own path): no
            # page's text waits for the others, nor for a large job still being made before it.
            for position, pages_of_job in parallel_unordered(_render_job, todo, (site, jobs, spool_folder), advance,
                                                             items_per_worker=_RENDER_JOBS_PER_WORKER):
                if not _store_job(job_keys[todo[position]], pages_of_job, state, store, files):
                    again.append(todo[position])
        environment.reuse(frozenset())  # before the workers fork: they render these jobs without reuse
        again.sort()
        for position, pages_of_job in parallel_unordered(_render_job, again, (site, jobs, spool_folder)):
            _store_job(job_keys[again[position]], pages_of_job, None, store, files)
    except BaseException:
        if isinstance(files, Spool):
            files.remove()
        raise
    finally:
        environment.reuse(frozenset())
    _put_knowledge(site, files, jobs, job_keys, store, state)
    files.update({
        f"{STATE_DIR}/mkdocs.corpus.yml": config.mkdocs_fragment(site).encode("utf-8"),
        f"{STATE_DIR}/source-date-epoch": config.source_date_epoch(site).encode("utf-8"),
    })
    return files


def _put_knowledge(site: Site, files: MutableMapping[str, bytes], jobs: list[tuple], job_keys: list[str | None],
                   store: Store, state: DocsState | None) -> None:
    """knowledge.json among the files: each entity and story whose page job key is the last run's taken from its file."""
    if state is None or not isinstance(files, Spool):  # (a spool and a state only with a docs folder)
        put_parts(files, KNOWLEDGE_FILE, export.knowledge_bytes(site))
        return
    sections = {entity_pages.entity_page: "entities", story_pages.story_page: "stories"}
    keys = {(sections[function], argument): key for (function, argument), key in zip(jobs, job_keys)
            if function in sections and key is not None}
    lines = KnowledgeLines.of_last_run(state, store)
    try:
        put_parts(files, KNOWLEDGE_FILE, export.knowledge_bytes(site, keys, lines))
    finally:
        lines.close()
    lines.save(files.digest(KNOWLEDGE_FILE), store)


# The jobs a changed article leaves to run are few but large: the pages of the entities it names, the most
# named among them (a tenth to a third of a second each at 10,000 articles, in one process 7 s after one
# change). Forking a worker costs a few hundredths of a second, so a handful of jobs is worth one.
_RENDER_JOBS_PER_WORKER = 4


def _store_job(job_key: str | None, pages_of_job: list[tuple[str, Any]], state: DocsState | None, store: Store,
               files: MutableMapping[str, bytes]) -> bool:
    """Put a job's pages among the files, and its key with the digests of what it wrote.

    A page is a Spooled file (written by the worker), a text (without a spool), or a reused page's empty text.
    False if a page the job reused is no longer in docs/ as the last run wrote it (nothing is stored then).
    """
    digests = [_page_digest(path, page, state, store) for path, page in pages_of_job]
    if any(digest is None for digest in digests):
        return False
    for (path, page), digest in zip(pages_of_job, digests):
        if isinstance(page, Spooled):
            files.adopt(path, page)
        elif getattr(page, "reused", False) and isinstance(files, Spool):
            files.keep(path, digest)  # in docs/ as the last run wrote it (checked): not copied into the spool
        else:
            files[path] = page.encode("utf-8")
    if job_key is not None:
        # With the keys of its pages (render_from's): a run that keeps the job keeps them too, for the next
        # run that makes the job again (an entity's pages of older mentions, each reused by its own key).
        page_keys = tuple(key for _, page in pages_of_job if (key := getattr(page, "key", None)) is not None)
        store.put(job_key, ("job", tuple((path, digest) for (path, _), digest in zip(pages_of_job, digests)), page_keys))
    return True


def _digests(files: Mapping[str, bytes]) -> tuple[tuple[str, str], ...]:
    """Each file's path and SHA-256, sorted by path (a spool knows them; other values are hashed)."""
    if isinstance(files, Spool):
        return tuple((path, files.digest(path)) for path in sorted(files))
    return tuple((path, hashlib.sha256(files[path]).hexdigest()) for path in sorted(files))


def files_as_rendered(digests, state: DocsState, pages_store: Store) -> Spool | None:
    """The files render_all gave for this site model last run, as they are in docs/ (None if any is gone or changed)."""
    found = _paths_as_written(digests, state) if digests is not None else None
    if found is None:
        return None
    pages_store.keep_all()  # no page rendered: every key of the last run still holds
    files = Spool(state.docs_dir)
    for path, digest in found:
        files.keep(path, digest)
    return files


def _keep_unchanged_jobs(job_keys: list[str | None], store: Store, state: DocsState | None,
                         files: MutableMapping[str, bytes]) -> list[int]:
    """Keep the files of the jobs whose inputs did not change; the indexes of the jobs still to run."""
    todo = []
    for index, key in enumerate(job_keys):
        entry = store.get(key) if key is not None else None
        kept = _files_of_job(entry, state)
        if kept is None:
            todo.append(index)
        else:
            for path, digest in kept:
                files.keep(path, digest)  # a job key is only given with docs/, so files is a Spool here
            store.retain(entry[2])  # its pages' own keys, unread: dropped, the next change would remake every page
    return todo


def _job_keys(site: Site, jobs: list[tuple]) -> list[str | None]:
    """The hash of what each article, entity, event and story page job reads (None for the indexes: always run)."""
    digests = inputs.digests_of(site)  # kept for the workers (entity pages hash their articles' rows by them)
    readers = {pages.article_page: inputs.article_page_inputs, entity_pages.entity_page: inputs.entity_page_inputs,
               event_pages.event_page: inputs.event_page_inputs, story_pages.story_page: inputs.story_page_inputs}
    return [readers[function](site, digests, argument) if function in readers else None for function, argument in jobs]


def _files_of_job(entry, state: DocsState | None) -> list[tuple[str, str]] | None:
    """The files a job wrote last run (path, sha256), if each is still in docs/ as written (None: run the job)."""
    if state is None or not entry or entry[0] != "job" or len(entry) != 3:
        return None
    return _paths_as_written(entry[1], state)


def _paths_as_written(digests, state: DocsState) -> list[tuple[str, str]] | None:
    """The (path, sha256) files, if every one is still in docs/ as written (else None)."""
    digests = list(digests)
    return digests if all(state.digest(path) == digest for path, digest in digests) else None


def page_jobs(site: Site, notices: tuple[Notice, ...]) -> list[tuple]:
    """Every page to render, as (page function, its argument after the site); each returns one page or several."""
    jobs: list[tuple] = [(pages.home, None), (report.report, notices)]
    jobs += [(pages.language_index, lang) for lang in site.languages]
    jobs += [(pages.article_page, site.articles[i]) for i in sorted(site.articles)]
    jobs += [(entity_pages.entity_page, entity_id) for entity_id in sorted(site.entities)]
    jobs.append((entity_pages.entities_index, None))
    jobs += [(event_pages.event_page, event_id) for event_id in sorted(site.events)]
    jobs.append((event_pages.timeline, None))
    jobs += [(story_pages.story_page, story_id) for story_id in sorted(site.stories)]
    jobs.append((story_pages.stories_index, None))
    return jobs


def _render_job(shared: tuple, index: int) -> list[tuple[str, Any]]:
    """Run one page function (in a worker process): its pages as (path, text), or (path, Spooled) when there is a spool folder."""
    site, jobs, spool_folder = shared
    function, argument = jobs[index]
    result = function(site) if argument is None else function(site, argument)
    pages_of_job = [result] if isinstance(result, tuple) else list(result)
    if spool_folder is None:
        return pages_of_job
    return [(path, text if getattr(text, "reused", False) else spool_page(spool_folder, f"{index}-{number}", text))
            for number, (path, text) in enumerate(pages_of_job)]


def _page_digest(path: str, page, state: DocsState | None, store: Store) -> str | None:
    """A page's SHA-256: of its new text, or, for a page whose key is unchanged, of the file the last run wrote (None if it is gone or changed)."""
    key = getattr(page, "key", None)
    if not getattr(page, "reused", False):
        digest = page.digest if isinstance(page, Spooled) else hashlib.sha256(page.encode("utf-8")).hexdigest()
        if key is not None:
            store.put(key, (path, digest))
        return digest
    written_path, digest = store.get(key) or ("", "")
    found = state.digest(path) if state is not None and written_path == path else None
    return digest if found is not None and found == digest else None


def static_assets() -> dict[str, bytes]:
    """The site's own stylesheet and scripts, and the vendored iframe-worker shim."""
    if not _SHIM.is_file():
        raise BuildAborted(
            f"{_SHIM}: the iframe-worker shim is missing; run `make site` "
            "(it runs `npm ci` in generator/vendor) so that search works offline"
        )
    assets = {f"{ASSETS_DIR}/{p.name}": p.read_bytes() for p in sorted(_ASSETS.iterdir()) if p.is_file()}
    assets[config.IFRAME_WORKER_SHIM] = _SHIM.read_bytes()
    return assets
