"""The frozen records that flow through the pipeline: seed outcomes, articles, the site model."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TYPE_CHECKING, Mapping

from generator.cache import content_key

if TYPE_CHECKING:
    from generator.knowledge.registry import Entity


@dataclass(frozen=True)
class Notice:
    """A warning or a note about one input file, shown in the terminal and on the build report."""

    path: str
    message: str
    hint: str = ""
    line: int | None = None
    level: str = "warning"  # "warning" counts against --strict; "info" does not

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.message}{hint}"


@dataclass(frozen=True)
class Paragraph:
    """One block of the cleaned body: its anchor, kind and character span in `Article.body`."""

    anchor: str
    kind: str  # "text" or "heading"
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A seed after reading: decoded, normalised, stripped of clutter, with detected metadata."""

    id: str
    source_file: str
    lang: str
    lang_basis: str
    title: str
    title_derived: bool
    body: str
    paragraphs: tuple[Paragraph, ...]
    truncated: bool
    encoding: str
    subtitle: str | None = None
    subtitle_lang: str | None = None
    published: dt.date | None = None
    published_time: str | None = None
    date_basis: str | None = None
    place: str | None = None
    source: str | None = None
    url: str | None = None
    story: str | None = None
    credits: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()  # clutter lines taken out of the body, for the build report

    def text_of(self, paragraph: Paragraph) -> str:
        """The text of one paragraph of this article."""
        return self.body[paragraph.start:paragraph.end]


@dataclass(frozen=True)
class Span:
    """A character span of an article body (a sentence)."""

    start: int
    end: int


HEADER_PLACE = "place"  # a header mention in Article.place (the dateline's place)
HEADER_TITLE = "title"  # a header mention in Article.title (the headline)


@dataclass(frozen=True)
class Mention:
    """A name in an article that refers to an entity: its span and the text as written.

    Most mentions are in the body (start and end are offsets in Article.body). A header mention is in one
    of the article's header texts, which `header` names: "place", the dateline's place (offsets in
    Article.place: the reader cut the dateline from the body), or "title", a name in the headline (offsets
    in Article.title). It has no sentence nor paragraph: see AnnotatedArticle.header.
    """

    entity: str
    start: int
    end: int
    surface: str
    # Filled for discovered names (candidates) only; registry mentions leave them empty.
    base: str = ""  # the base (dictionary) form of the name: Niemczech -> Niemcy, Путина -> Путин
    kind: str = ""  # the type recognition gives it: person, organisation, place, event, project, other
    ref: str = ""  # a shared id from a gazetteer ("cldr:DE", "geonames:2034937") that joins names across languages
    header: str = ""  # "" in the body; HEADER_PLACE or HEADER_TITLE: the header text its offsets are in


_ANNOTATION_KEY = "_annotation_key"  # in the instance dict of a re-keyed AnnotatedArticle (not a field: never pickled)


@dataclass(frozen=True)
class AnnotatedArticle:
    """An article with what the annotation stages found in it, all as spans of its body."""

    article: Article
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    candidates: tuple[Mention, ...] = ()  # names not in the registry; entity is a candidate key
    dates: tuple = ()  # generator.dates.DateExpression, in text order
    # Per word (case-folded): times written as a common word, times capitalised mid-sentence; summed over
    # the corpus, the evidence that decides sentence-initial candidates (generator.assembly.evidence).
    word_cases: tuple[tuple[str, int, int], ...] = ()
    # Mentions in the article's header (Mention.header): the places of its dateline and the names of its
    # headline, registry or candidate names; kept apart because they have no body span (no sentence,
    # paragraph nor inline link).
    header: tuple[Mention, ...] = ()

    def all_mentions(self) -> tuple[Mention, ...]:
        """Registry mentions and candidate mentions of the body together, in text order (not the header's)."""
        return self._all_mentions

    def mentions_within(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions (registry and candidate) that lie wholly inside [start, end), in text order."""
        mentions, starts = self._all_mentions, self._mention_starts
        # Sorted by start: only the mentions starting in the span can lie in it (<= end: an empty one at the end).
        return tuple(m for m in mentions[bisect_left(starts, start):bisect_right(starts, end)] if m.end <= end)

    def mentions_starting_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions (registry and candidate) that start in [start, end), in text order."""
        starts = self._mention_starts
        return self._all_mentions[bisect_left(starts, start):bisect_left(starts, end)]

    def sentence_at(self, offset: int) -> Span:
        """The sentence that holds a character offset."""
        starts = self._sentence_starts
        if starts is None:  # not in order (made by hand): the first sentence that holds it
            return next((s for s in self.sentences if s.start <= offset < s.end), Span(offset, offset))
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return Span(offset, offset)

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph that holds a character offset."""
        paragraphs, ends = self.article.paragraphs, self._paragraph_ends
        if ends is None:  # not in order (made by hand): the first paragraph that holds it
            return next((p for p in paragraphs if p.start <= offset <= p.end), paragraphs[-1])
        index = bisect_left(ends, offset)  # the first paragraph that does not end before the offset
        if index < len(paragraphs) and paragraphs[index].start <= offset:
            return paragraphs[index]
        return paragraphs[-1]

    # Indexes computed once per article, on first use: pages ask for mentions, sentences and
    # paragraphs by offset tens of thousands of times, and scanning them each time is quadratic.
    # They live in the instance dict (not fields): equality, hashing and pickles see only the fields.
    @cached_property
    def _all_mentions(self) -> tuple[Mention, ...]:
        return tuple(sorted(self.mentions + self.candidates, key=lambda m: (m.start, m.end)))

    @cached_property
    def cache_key(self) -> str:
        """generator.cache.content_key of the article as annotated, made once: the keys of its story's facts and of
        every page that shows it are made from it (pickling the article for each was seconds at 10,000 articles).

        Of an article discovery re-keyed (see rekeyed_from), the key of its annotation stands for every field but
        the three discovery changes: only those are pickled (the whole article was 2 s at 10,000 articles)."""
        annotation_key = self.__dict__.get(_ANNOTATION_KEY)
        if annotation_key is not None:
            return content_key("annotated, re-keyed", annotation_key, self.candidates, self.header, self.word_cases)
        return content_key("annotated", self)

    def rekeyed_from(self, annotation_key: str) -> "AnnotatedArticle":
        """This article, marked as the annotation that annotation_key stands for but for its candidates, header and
        word case counts (discovery's changes). A copy made with dataclasses.replace is not marked."""
        self.__dict__[_ANNOTATION_KEY] = annotation_key
        return self

    @cached_property
    def candidate_set(self) -> frozenset[Mention]:
        """The candidate mentions, for membership tests."""
        return frozenset(self.candidates)

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [m.start for m in self._all_mentions]

    @cached_property
    def _sentence_starts(self) -> list[int] | None:
        spans = self.sentences
        ordered = all(a.start <= a.end <= b.start <= b.end for a, b in zip(spans, spans[1:]))
        return [s.start for s in spans] if ordered else None

    @cached_property
    def _paragraph_ends(self) -> list[int] | None:
        spans = self.article.paragraphs
        ordered = all(a.start <= a.end <= b.start <= b.end for a, b in zip(spans, spans[1:]))
        return [p.end for p in spans] if ordered else None

    def __getstate__(self) -> dict:
        """The fields only: the cached indexes are rebuilt on use, and keep pickles (cache keys) stable."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class EventSource:
    """What one article says of an event: the sentence and the date expression in it."""

    article: str
    sentence: Span
    date: Span
    paragraph: str  # anchor


@dataclass(frozen=True)
class Event:
    """Something that happened on a date or in a date range, with its places, participants and sources."""

    id: str
    title: str  # English, built from its parts unless events.yml gives one
    first: dt.date
    last: dt.date
    precision: str
    places: tuple[str, ...]  # entity ids
    participants: tuple[str, ...]  # entity ids
    sources: tuple[EventSource, ...]
    titles: tuple[tuple[str, str], ...] = ()  # (lang, title) from events.yml

    def title_in(self, lang: str) -> str:
        """The event's title in a language when events.yml gives one, else the English title."""
        return dict(self.titles).get(lang, self.title)


@dataclass(frozen=True)
class FactValue:
    """What one version of a story says for one fact: the value as compared, and where it says it."""

    article: str
    value: str  # normalised, in English ("83.7 billion yuan", "2023-10-11 – 2023-10-13", an entity id)
    surface: str  # as written
    sentence: Span
    span: Span


@dataclass(frozen=True)
class Fact:
    """One fact aligned across the versions of a story; it disagrees when the values differ."""

    kind: str  # "amount" | "date" | "entity"
    label: str  # what the fact is about, in English
    values: tuple[FactValue, ...]  # one per version that states it, in the story's article order
    note: str = ""  # e.g. "vague in one version, precise in another"

    @property
    def disagrees(self) -> bool:
        """Whether the versions give different values."""
        return len({v.value for v in self.values}) > 1


@dataclass(frozen=True)
class Story:
    """The versions of one story across languages, their aligned facts and disagreements."""

    id: str
    title: str
    articles: tuple[str, ...]
    facts: tuple[Fact, ...] = ()
    forced: bool = False  # grouped by a front matter story key

    @property
    def discrepancies(self) -> tuple[Fact, ...]:
        """The facts on which the versions disagree."""
        return tuple(f for f in self.facts if f.disagrees)


@dataclass(frozen=True)
class SeedOutcome:
    """What became of one input file: an article, or a skip with its reason; plus its notices."""

    path: str
    article: Article | None
    skip_reason: str | None = None
    notices: tuple[Notice, ...] = ()
    merged_into: str | None = None  # a duplicate: the path of the file whose page it was merged into


@dataclass(frozen=True)
class Site:
    """The whole site model; cross-references live here as indexes, not on the articles."""

    outcomes: tuple[SeedOutcome, ...]
    articles: Mapping[str, Article]
    page_paths: Mapping[str, str]  # article id -> docs-relative Markdown path
    by_language: Mapping[str, tuple[str, ...]]  # lang -> article ids, newest first
    search_languages: tuple[str, ...]
    notices: tuple[Notice, ...] = field(default=())
    annotated: Mapping[str, AnnotatedArticle] = field(default_factory=dict)  # article id -> annotations
    entities: Mapping[str, "Entity"] = field(default_factory=dict)  # entity id -> entity, candidates included
    entity_pages: Mapping[str, str] = field(default_factory=dict)  # entity id -> docs path
    mentions_of: Mapping[str, tuple[tuple[str, Mention], ...]] = field(default_factory=dict)  # entity -> (article id, mention)
    related: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)  # entity -> (entity, shared paragraphs)
    events: Mapping[str, Event] = field(default_factory=dict)  # event id -> event, in date order
    event_pages: Mapping[str, str] = field(default_factory=dict)  # event id -> docs path
    stories: Mapping[str, Story] = field(default_factory=dict)  # story id -> story (two or more versions)
    story_pages: Mapping[str, str] = field(default_factory=dict)  # story id -> docs path
    story_of: Mapping[str, str] = field(default_factory=dict)  # article id -> story id
    outcome_of: Mapping[str, int] = field(default_factory=dict)  # article id -> position of its file in outcomes
    events_of_entity: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # entity id -> event ids, date order
    events_of_article: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # article id -> event ids, date order
    conflicts_of: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # event id -> events dated otherwise (assembly.site)

    @property
    def languages(self) -> tuple[str, ...]:
        """The corpus languages, sorted by code."""
        return tuple(sorted(self.by_language))


@dataclass(frozen=True)
class SiteSummary:
    """What a build reports of its site model: its notices and counts (kept by the cache in place of the model)."""

    notices: tuple[Notice, ...]  # the site model's and the events' (those of each file are in its outcome)
    articles: int
    languages: tuple[str, ...]
    entities: int
    candidates: int
    events: int
    stories: int

    @classmethod
    def of(cls, site: Site, event_notices: tuple[Notice, ...] = ()) -> "SiteSummary":
        """The summary of a site model (with the notices of events.yml, which assembly gives apart)."""
        return cls((*site.notices, *event_notices), len(site.articles), site.languages, len(site.entities),
                   sum(1 for e in site.entities.values() if not e.reviewed), len(site.events), len(site.stories))
