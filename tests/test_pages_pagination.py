"""Pages stay lean as the corpus grows: long listings go on on numbered pages, bounded, linked, complete.

A synthetic corpus (24 English articles, one island named in all of them, several times in some)
is built with small page sizes, so that every paginated listing has several pages: an entity's
mentions, its events, the list of one entity type, an event's sources, a story's versions, a
language index, the timeline and the stories index. Each listing is walked from its first page
through its "next" links: every item is reached exactly once and no page holds more than its bound.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import ROOT
from generator.build import build
from generator.model import Site
from generator.render import entity_pages, event_pages, pages, story_pages
from generator.slugs import continuation_page, entity_events_page, entity_type_page, numbered_pages
from test_links import broken_links

ARTICLES = 24
# Small page sizes, so that 24 articles paginate every listing (module, constant, value).
SIZES = [
    (entity_pages, "MENTION_ARTICLES_PER_PAGE", 4),
    (entity_pages, "MENTION_SENTENCES_PER_PAGE", 7),
    (entity_pages, "SENTENCES_PER_ARTICLE", 2),
    (entity_pages, "ENTITY_EVENTS", 3),
    (entity_pages, "ENTITY_EVENTS_REPORTED", 2),
    (entity_pages, "EVENTS_PER_PAGE", 5),
    (entity_pages, "INDEX_ROWS", 1),
    (entity_pages, "TYPE_PAGE_ROWS", 2),
    (pages, "LANGUAGE_PAGE_SIZE", 5),
    (pages, "HOME_STORIES", 2),
    (event_pages, "SOURCES_PER_PAGE", 2),
    (event_pages, "TIMELINE_PAGE_SIZE", 5),
    (story_pages, "VERSIONS_PER_PAGE", 2),
    (story_pages, "QUOTES_PER_DISAGREEMENT", 1),
    (story_pages, "STORIES_PER_PAGE", 2),
]
REGISTRY = """entities:
  - {id: atlantis, type: place, names: {en: Atlantis}}
  - {id: port-royal, type: place, names: {en: Port Royal}}
  - {id: blue-harbour-company, type: organisation, names: {en: Blue Harbour Company}}
  - {id: red-hill-works, type: organisation, names: {en: Red Hill Works}}
  - {id: green-valley-bank, type: organisation, names: {en: Green Valley Bank}}
"""
ORGANISATIONS = ["Blue Harbour Company", "Red Hill Works", "Green Valley Bank"]


def article(number: int) -> str:
    """Article `number` of the corpus: Atlantis in 3 or 6 sentences, a dated meeting, some shared event and story."""
    published = dt.date(2022, 1, 10) + dt.timedelta(days=45 * number)
    story = f'story: "harbour-{number % 4}"\n' if number < 12 else ""
    paragraphs = [
        f"On {published.day} {published:%B %Y}, the council of Atlantis met in the town hall to discuss the harbour.",
        "Atlantis is a small island near Port Royal. Atlantis has a harbour, and the Atlantis harbour is busy.",
        "Traders from Atlantis sold fish. Visitors to Atlantis bought it. The mayor of Atlantis was pleased." if number % 2 == 0 else "",
        "On 5 May 2023, Blue Harbour Company opened a plant in Port Royal." if number < 6 else "",
        f"The {ORGANISATIONS[number % 3]} sent a letter to the council.",
    ]
    body = "\n\n".join(p for p in paragraphs if p)
    return f'---\ntitle: "Harbour news {number}"\ndate: {published.isoformat()}\nlang: en\n{story}---\n{body}\n'


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project whose docs/ is generated (as conftest.build_project does)."""
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    if not (project / "generator").exists():
        (project / "generator").symlink_to(ROOT / "generator", target_is_directory=True)
    epoch = (project / "docs" / ".dossier" / "source-date-epoch").read_text().strip()
    return subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "-f", str(project / "mkdocs.yml")],
        cwd=project, capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": epoch},
    )


@pytest.fixture(scope="module")
def small_pages():
    """The small page sizes, for the whole module."""
    with pytest.MonkeyPatch.context() as patch:
        for module, name, value in SIZES:
            patch.setattr(module, name, value)
        patch.setenv("DOSSIER_WORKERS", "1")
        yield


@pytest.fixture(scope="module")
def paged(tmp_path_factory, small_pages) -> tuple[Path, Site]:
    """The synthetic corpus built with small pages: the project folder (docs/ and site/) and the site model."""
    project = tmp_path_factory.mktemp("paged")
    seeds = project / "seeds"
    (seeds / "knowledge").mkdir(parents=True)
    (seeds / "knowledge" / "entities.yml").write_text(REGISTRY, encoding="utf-8")
    for number in range(ARTICLES):
        (seeds / f"{number:02d}.md").write_text(article(number), encoding="utf-8")
    result = build(seeds, project / "docs", use_cache=False)
    mkdocs = mkdocs_build(project)
    assert mkdocs.returncode == 0, mkdocs.stdout + mkdocs.stderr
    return project, result.site


@pytest.fixture(scope="module")
def site(paged) -> Path:
    """The built site/ folder of the synthetic corpus."""
    return paged[0] / "site"


@pytest.fixture(scope="module")
def knowledge(site) -> dict:
    """knowledge.json of the synthetic corpus."""
    return json.loads((site / "knowledge.json").read_text(encoding="utf-8"))


class Parsed(HTMLParser):
    """One HTML page: its elements in order, its next-page link, and the mentions quoted in each entity group."""

    def __init__(self, path: Path, site: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.path, self.site = path, site.resolve()
        self.elements: list[tuple[str, dict]] = []
        self.next: Path | None = None
        self.groups: dict[str, dict] = {}  # entity pages: article id -> quoted sentences, bold mentions, "more"
        self._group: dict | None = None
        self._quote_depth = 0
        self._more = False
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        classes = (attrs.get("class") or "").split()
        if tag == "a" and attrs.get("rel") == "next" and self.next is None:
            self.next = self.resolve(attrs["href"])
        if tag == "h3" and (attrs.get("id") or "").startswith("in-"):
            self._group = self.groups.setdefault(attrs["id"][3:], {"quotes": 0, "bold": 0, "more": 0})
        if tag == "div":
            if self._quote_depth:
                self._quote_depth += 1
            elif "dossier-quote" in classes and self._group is not None:
                self._quote_depth = 1
                self._group["quotes"] += 1
        if tag == "strong" and self._quote_depth:
            self._group["bold"] += 1
        self._more = self._more or (tag == "p" and "dossier-more" in classes)

    def handle_endtag(self, tag):
        if tag == "div" and self._quote_depth:
            self._quote_depth -= 1
        if tag == "p":
            self._more = False

    def handle_data(self, data):
        found = re.search(r"and (\d+) more mention", data)
        if self._more and found and self._group is not None:
            self._group["more"] += int(found.group(1))

    def resolve(self, href: str) -> Path:
        """The file a link on this page points to."""
        return (self.path.parent / unquote(urlsplit(href).path)).resolve()

    def links(self, pattern: str) -> list[str]:
        """The targets (site-relative, without anchor) of the links whose target matches the pattern."""
        targets = []
        for tag, attrs in self.elements:
            if tag == "a" and attrs.get("href") and not attrs.get("rel") and "#" not in attrs["href"][:1]:
                target = self.resolve(attrs["href"])
                relative = target.relative_to(self.site).as_posix() if target.is_relative_to(self.site) else ""
                if re.fullmatch(pattern, relative):
                    targets.append(relative)
        return targets

    def ids(self, pattern: str) -> list[str]:
        """The element ids that match the pattern."""
        return [attrs["id"] for _, attrs in self.elements if attrs.get("id") and re.fullmatch(pattern, attrs["id"])]


def walk(site: Path, first: str) -> list[Parsed]:
    """A listing's pages, from its first page (a docs path) through its "next" links; a loop fails."""
    walked = [Parsed(html(site, first), site)]
    while walked[-1].next is not None:
        assert walked[-1].next not in [p.path for p in walked], f"{walked[-1].next} is reached twice"
        walked.append(Parsed(walked[-1].next, site))
    return walked


def html(site: Path, docs_page: str) -> Path:
    """The built file of a docs page."""
    return (site / re.sub(r"\.md$", ".html", docs_page)).resolve()


def test_fixture_paginates_everything(paged, site):
    """The synthetic corpus is large enough: every kind of listing has more than one page."""
    _, model = paged
    assert max(len(e.sources) for e in model.events.values()) > 2
    for first in ["entities/atlantis.md", entity_events_page("atlantis"), entity_type_page("organisation"),
                  "en/index.md", "events/index.md", "stories/index.md"]:
        assert html(site, continuation_page(first, 2)).is_file(), first


def test_every_mention_reached_once(site, knowledge):
    """From the entity's first page through its continuation pages, each article once: quoted mentions plus 'more' are all of them."""
    atlantis = next(e for e in knowledge["entities"] if e["id"] == "atlantis")
    expected = Counter(m["article"] for m in atlantis["mentions"])
    walked = walk(site, "entities/atlantis.md")
    assert len(walked) > 2
    seen: Counter = Counter()
    for page in walked:
        assert 0 < len(page.groups) <= 4, page.path
        assert sum(g["quotes"] for g in page.groups.values()) <= 7, page.path
        for article_id, group in page.groups.items():
            seen[article_id] += 1
            assert group["quotes"] <= 2, (page.path, article_id)
            assert group["bold"] + group["more"] == expected[article_id], (page.path, article_id, group)
    assert seen == Counter(dict.fromkeys(expected, 1))
    assert any(g["more"] for page in walked for g in page.groups.values()), "no article had mentions left to link"


def test_entity_page_keeps_its_summary(site, knowledge):
    """Page 1 has the names and counts, the mentions by year with links to the pages, and a link to all events."""
    first = Parsed(html(site, "entities/atlantis.md"), site)
    assert first.ids(r"names|timeline|events|related") == ["names", "timeline", "events", "related"]
    events = [e for e in knowledge["events"] if "atlantis" in e["places"] + e["participants"]]
    listed = [p for page in walk(site, entity_events_page("atlantis")) for p in page.links(r"events/(?!index).+\.html")]
    assert sorted(listed) == sorted(e["url"] for e in events)
    assert "entities/atlantis--events.html" in first.links(r"entities/.*")
    second = Parsed(html(site, continuation_page("entities/atlantis.md", 2)), site)
    assert not second.ids(r"names|timeline|events|related")


@pytest.mark.parametrize("first, pattern, bound, expected", [
    pytest.param("en/index.md", r"en/(?!index).+\.html", 5, lambda k: [a["url"] for a in k["articles"]], id="language-index"),
    pytest.param("events/index.md", r"events/(?!index).+\.html", 5, lambda k: [e["url"] for e in k["events"]], id="timeline"),
    pytest.param("stories/index.md", r"stories/(?!index).+\.html", 2, lambda k: [s["url"] for s in k["stories"]], id="stories-index"),
    pytest.param(entity_type_page("organisation"), r"entities/(?!type--|index).+(?<!--events)\.html", 2,
                 lambda k: [e["url"] for e in k["entities"] if e["type"] == "organisation"], id="entity-type"),
])
def test_index_pages_list_everything_once(site, knowledge, first, pattern, bound, expected):
    """Each index, walked through its pages, lists every item exactly once, at most `bound` a page."""
    walked = walk(site, first)
    assert len(walked) > 1
    listed = []
    for page in walked:
        found = list(dict.fromkeys(page.links(pattern)))
        assert 0 < len(found) <= bound, (page.path, found)
        listed += found
    assert sorted(listed) == sorted(expected(knowledge))


def test_event_sources_paginate(site, knowledge):
    """The most reported event quotes every source once across its pages, two a page."""
    event = max(knowledge["events"], key=lambda e: len(e["sources"]))
    walked = walk(site, re.sub(r"\.html$", ".md", event["url"]))
    numbers = [i for page in walked for i in page.ids(r"source-\d+")]
    assert all(len(page.ids(r"source-\d+")) <= 2 for page in walked)
    assert numbers == [f"source-{n}" for n in range(1, len(event["sources"]) + 1)]


def test_story_versions_paginate(site, knowledge):
    """A story's versions are side by side two at a time; every version once, in the story's order."""
    story = knowledge["stories"][0]
    urls = {a["id"]: a["url"] for a in knowledge["articles"]}
    walked = walk(site, re.sub(r"\.html$", ".md", story["url"]))
    assert len(walked) == 2
    shown = [link for page in walked for link in dict.fromkeys(page.links(r"en/(?!index).+\.html"))]
    assert shown == [urls[a] for a in story["articles"]]


def test_links_between_pages_resolve(site):
    """Every link of every page (pagers, year lists, 'more' links) lands on a page and anchor that exist."""
    assert broken_links(site) == []


def test_continuation_pages_stay_out_of_search_and_nav(paged, site):
    """Pages after the first are not indexed by search; the navigation still lists only the section indexes."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if "--" in d["location"]]
    nav = (paged[0] / "docs" / ".dossier" / "mkdocs.corpus.yml").read_text(encoding="utf-8")
    assert "--" not in nav


def plain(value, path="context") -> list[str]:
    """Where a template context holds something that is not plain data (a set, a function, the site model)."""
    if isinstance(value, (str, int, float, bool, type(None), dt.date)):
        return []
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in plain(item, f"{path}.{key}")]
    if isinstance(value, (list, tuple)):
        return [p for i, item in enumerate(value) for p in plain(item, f"{path}[{i}]")]
    return [f"{path}: {type(value).__name__}"]


def test_contexts_are_plain_data(paged):
    """Every page's template context is plain, picklable data: no function, set, record or site model."""
    _, model = paged
    contexts = []
    with pytest.MonkeyPatch.context() as patch:
        for module in (pages, entity_pages, event_pages, story_pages):
            patch.setattr(module, "render", lambda template, **context: contexts.append((template, context)) or "")
        # Pages keyed by their inputs make their context only when rendered: make it here to check it too.
        for module in (entity_pages, event_pages):
            patch.setattr(module, "render_from",
                          lambda template, inputs, make_context: contexts.append((template, make_context())) or "")
        pages.home(model)
        pages.language_index(model, "en")
        pages.article_page(model, next(iter(model.articles.values())))
        for entity_id in model.entities:
            entity_pages.entity_page(model, entity_id)
        entity_pages.entities_index(model)
        event_pages.event_page(model, max(model.events.values(), key=lambda e: len(e.sources)).id)
        event_pages.timeline(model)
        story_pages.story_page(model, next(iter(model.stories)))
        story_pages.stories_index(model)
    assert len({template for template, _ in contexts}) >= 12
    for template, context in contexts:
        assert plain(context) == [], template
        pickle.dumps(context)


@pytest.mark.parametrize("page, number, expected", [
    ("entities/liaoning.md", 1, "entities/liaoning.md"),
    ("entities/liaoning.md", 2, "entities/liaoning--p2.md"),
    ("ar/index.md", 12, "ar/index--p12.md"),
    ("events/2023-10-11-germany.md", 3, "events/2023-10-11-germany--p3.md"),
    ("stories/ลี่อนิง-มุ่งมั่น.md", 2, "stories/ลี่อนิง-มุ่งมั่น--p2.md"),
])
def test_continuation_page_paths(page, number, expected):
    """Page n of a listing sits beside its first page; "--" is in no slug or id, so no page can collide."""
    assert continuation_page(page, number) == expected
    assert numbered_pages(page, 0) == [page]


@pytest.mark.parametrize("count, number, expected", [
    (1, 1, None),
    (3, 2, "‹ 1 [2] 3 ›"),
    (20, 1, "[1] 2 3 … 20 ›"),
    (20, 10, "‹ 1 … 8 9 [10] 11 12 … 20 ›"),
    (20, 20, "‹ 1 … 18 19 [20]"),
])
def test_pager_is_compact(count, number, expected):
    """The pager shows the first and last page, two on each side of the current one, and gaps."""
    paths = numbered_pages("x/index.md", count)
    found = pages.pager(paths, number)
    if expected is None:
        assert found is None
        return
    shown = ["‹"] if found["previous"] else []
    shown += ["…" if link["gap"] else f"[{link['number']}]" if link["current"] else str(link["number"]) for link in found["links"]]
    shown += ["›"] if found["next"] else []
    assert " ".join(shown) == expected


def test_chunks():
    """Pieces of at most the size; balanced pieces differ by at most one."""
    assert pages.chunks(list(range(5)), 2) == [[0, 1], [2, 3], [4]]
    assert pages.chunks([], 3) == [[]]
    assert [len(p) for p in pages.balanced_chunks(list(range(9)), 8)] == [5, 4]
    assert [len(p) for p in pages.balanced_chunks(list(range(8)), 8)] == [8]


def test_seed_corpus_has_no_pagination(built_site):
    """The five seed articles fit on first pages: no continuation page, no pager, every mention sentence quoted."""
    docs = built_site / "docs"
    assert not [p.name for p in docs.rglob("*.md") if "--" in p.name]
    for page in (built_site / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "dossier-pager" not in text and "dossier-more" not in text, page


def test_version_languages_are_counted_not_repeated():
    """A story told many times in one language lists that language once, with the count."""
    from types import SimpleNamespace
    from generator.render.pages import version_languages
    langs = {"a": "ru", "b": "ru", "c": "de", "d": "ru"}
    site = SimpleNamespace(articles={i: SimpleNamespace(lang=lang) for i, lang in langs.items()})
    assert version_languages(site, ["a", "b", "c", "d"]) == "Русский ×3, Deutsch"
    assert version_languages(site, ["c"]) == "Deutsch"
