"""The build, as a table of contents: read, annotate, assemble, render, write (then MkDocs builds site/).

Entity, event and story pages need every article, so nothing is written before the whole
site model is assembled; and what is written replaces docs/ in one swap.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from generator.annotate.discovery import merge_candidates, registry_yaml
from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.assemble import assemble
from generator.events import assemble_events
from generator.stories import assemble_stories
from generator.knowledge.events_file import load_event_overrides
from generator.knowledge.registry import load_registry
from generator.errors import BuildAborted
from generator.model import AnnotatedArticle, Notice, SeedOutcome, Site
from generator.read.duplicates import distinct_ids, mark_duplicates
from generator.read.reader import find_seeds, read_seed
from generator.render import config, entity_pages, event_pages, export, pages, story_pages
from generator.slugs import ASSETS_DIR, KNOWLEDGE_FILE, STATE_DIR
from generator.writer import WriteSummary, write_docs

log = logging.getLogger("dossier")

PACKAGE_DIR = Path(__file__).parent
_SHIM = PACKAGE_DIR / "vendor" / "node_modules" / "iframe-worker" / "shim" / "index.js"
_ASSETS = PACKAGE_DIR / "assets"


@dataclass(frozen=True)
class BuildResult:
    """What a build did: the site model, every notice, and what was written."""

    site: Site
    notices: tuple[Notice, ...]
    written: WriteSummary

    @property
    def warnings(self) -> tuple[Notice, ...]:
        """The notices that count against --strict."""
        return tuple(n for n in self.notices if n.level == "warning")


def build(seeds_dir: Path, docs_dir: Path) -> BuildResult:
    """Generate docs/ from the seeds folder."""
    # Read every seed on its own: a bad file is reported and skipped, never stops the others.
    outcomes = read_all(seeds_dir)
    # The curated registry: a malformed one stops the build here, before anything is written.
    entities = load_registry(seeds_dir / "knowledge" / "entities.yml")
    # Annotate each article on its own: sentences, mentions of registry names, unknown names.
    annotated = annotate_all(outcomes, Knowledge(build_name_index(entities)))
    # Merge the unknown names of all articles into candidate entities, awaiting review.
    candidates, annotated = discover(annotated)
    # Events need every article too: the same visit is reported in several languages.
    registry = {e.id: e for e in entities + candidates}
    overrides_path = seeds_dir / "knowledge" / "events.yml"
    events, event_notices = assemble_events(annotated, registry, load_event_overrides(overrides_path), str(overrides_path))
    # Stories too: versions of one story are found by comparing every article's fingerprint.
    stories = assemble_stories(annotated, registry)
    # Assemble the whole site model: it needs every article (mentions by entity, co-occurrence).
    site = assemble(outcomes, annotated, entities + candidates, events, stories)
    notices = tuple(n for o in outcomes for n in o.notices) + site.notices + tuple(event_notices)
    # Render every page and data file in memory...
    files = render_all(site, notices)
    # ...and only then write, replacing the generated part of docs/ in one swap.
    written = write_docs(files, docs_dir)
    return BuildResult(site, notices, written)


def discover_yaml(seeds_dir: Path) -> str:
    """The candidate entities of the corpus as registry YAML (read and annotate only; nothing is written)."""
    outcomes = read_all(seeds_dir)
    entities = load_registry(seeds_dir / "knowledge" / "entities.yml")
    candidates, annotated = discover(annotate_all(outcomes, Knowledge(build_name_index(entities))))
    counts = {e.id: sum(1 for a in annotated.values() for m in a.candidates if m.entity == e.id) for e in candidates}
    return registry_yaml(candidates, counts)


def read_all(seeds_dir: Path) -> list[SeedOutcome]:
    """Read every seed under the folder, in path order."""
    if not seeds_dir.is_dir():
        raise BuildAborted(f"{seeds_dir}: the seeds folder does not exist; create it and put article files (.txt, .md) in it")
    # Duplicates merge into the first copy's page; colliding ids get a numeric suffix.
    outcomes = distinct_ids(mark_duplicates([read_seed(path, seeds_dir) for path in find_seeds(seeds_dir)]))
    for outcome in outcomes:
        for notice in outcome.notices:
            log.warning("%s", notice) if notice.level == "warning" else log.info("%s", notice)
    return outcomes


def annotate_all(outcomes: list[SeedOutcome], knowledge: Knowledge) -> dict[str, AnnotatedArticle]:
    """Run the annotation stages over every article that was read."""
    return {o.article.id: annotate(o.article, knowledge) for o in outcomes if o.article is not None}


def discover(annotated: dict[str, AnnotatedArticle]) -> tuple[tuple, dict[str, AnnotatedArticle]]:
    """Candidate entities from the names no registry entry covers, and the articles re-keyed to them."""
    entities, mentions = merge_candidates(annotated, {i: a.candidates for i, a in annotated.items()})
    rekeyed = {i: replace(a, candidates=mentions.get(i, ())) for i, a in annotated.items()}
    return entities, rekeyed


def render_all(site: Site, notices: tuple[Notice, ...]) -> dict[str, bytes]:
    """Every generated file of docs/, as bytes, keyed by docs-relative path."""
    rendered = [pages.home(site), pages.report(site, notices)]
    rendered += [pages.language_index(site, lang) for lang in site.languages]
    rendered += [pages.article_page(site, site.articles[i]) for i in sorted(site.articles)]
    rendered += [entity_pages.entity_page(site, entity_id) for entity_id in sorted(site.entities)]
    rendered.append(entity_pages.entities_index(site))
    rendered += [event_pages.event_page(site, event_id) for event_id in sorted(site.events)]
    rendered.append(event_pages.timeline(site))
    rendered += [story_pages.story_page(site, story_id) for story_id in sorted(site.stories)]
    rendered.append(story_pages.stories_index(site))
    rendered += [
        (KNOWLEDGE_FILE, export.knowledge(site)),
        (f"{STATE_DIR}/mkdocs.corpus.yml", config.mkdocs_fragment(site)),
        (f"{STATE_DIR}/source-date-epoch", config.source_date_epoch(site)),
    ]
    files = {path: text.encode("utf-8") for path, text in rendered}
    files.update(static_assets())
    return files


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
