"""Slugs and paths: the one place that decides what every page and anchor is called."""
from __future__ import annotations

import posixpath
import re
import unicodedata
from functools import lru_cache
from pathlib import PurePosixPath

MAX_SLUG_LENGTH = 60
_WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def slugify(text: str, fallback: str = "untitled") -> str:
    """A file-name-safe slug of any text: lower case, words joined by hyphens, at most 60 characters.

    Returns the fallback when nothing of the text is left (only punctuation, or empty).
    """
    text = unicodedata.normalize("NFC", text).casefold()
    words = "".join(ch if _is_slug_character(ch) else " " for ch in text).split()
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG_LENGTH:
            slug = slug or _cut(word, MAX_SLUG_LENGTH)
            break
        slug = candidate
    if not slug or slug in _WINDOWS_RESERVED:
        return fallback if not slug else f"{slug}-page"
    return slug


@lru_cache(maxsize=4096)
def _is_slug_character(ch: str) -> bool:
    """Whether a character stays in a slug: a letter, digit or combining mark (Unicode category L*, N* or M*).

    Letters and digits of every script stay (Arabic, Thai, Cyrillic, Han, Devanagari slugs are readable);
    combining marks stay with their letters (Thai and Indic vowel signs, viramas, Arabic harakat are part
    of words). Everything else (punctuation, symbols such as ฿ or ๏, spaces, controls, unassigned code
    points) separates words.
    """
    return unicodedata.category(ch)[0] in "LNM"


def _cut(word: str, length: int) -> str:
    """The word cut to at most `length` characters, never between a letter and its combining mark."""
    while 0 < length < len(word) and unicodedata.category(word[length]).startswith("M"):
        length -= 1
    return word[:length]


def article_id(relative_path: str) -> str:
    """The stable id of an article: its seed path without extension, slugified ("000_19d5..." keeps its name)."""
    path = PurePosixPath(relative_path)
    stem = "/".join([*path.parent.parts, path.stem]) if path.parent.parts else path.stem
    return slugify(stem.replace("/", " "), fallback="article")


class TakenSlugs(set):
    """A set of taken slugs that remembers, per slug, the suffix unique() last found free.

    A corpus with a thousand articles titled alike asked unique() to try suffixes 2, 3, ... a thousand times
    over (a second at 10,000 articles). Slugs are only ever added, so every suffix below the one last found
    free is still taken: the search starts there, and finds the same first free suffix.
    """

    def __init__(self, slugs=()):
        super().__init__(slugs)
        self.next_suffix: dict[str, int] = {}


def unique(slug: str, taken: set[str]) -> str:
    """The slug, or the slug with the first free numeric suffix (-2, -3, ...), recorded as taken.

    Pass a TakenSlugs when many slugs are made alike; with a plain set the suffixes are tried from 2."""
    hints = taken.next_suffix if isinstance(taken, TakenSlugs) else {}
    candidate, number = slug, hints.get(slug, 2)
    if slug in taken:
        while (candidate := f"{slug}-{number}") in taken:
            number += 1
    hints[slug] = number
    taken.add(candidate)
    return candidate


def article_page(lang: str, slug: str) -> str:
    """Where an article's Markdown page lives in docs/: under its language."""
    return f"{lang}/{slug}.md"


def language_index_page(lang: str) -> str:
    """Where a language's index page lives in docs/."""
    return f"{lang}/index.md"


def entity_page(entity_id: str) -> str:
    """Where an entity's page lives in docs/ (registry ids are already slugs)."""
    return f"entities/{entity_id}.md"


def event_page(event_id: str) -> str:
    """Where an event's page lives in docs/."""
    return f"events/{event_id}.md"


def story_page(story_id: str) -> str:
    """Where a story's page lives in docs/."""
    return f"stories/{story_id}.md"


STORIES_INDEX = "stories/index.md"
ENTITIES_INDEX = "entities/index.md"
TIMELINE_PAGE = "events/index.md"
HOME_PAGE = "index.md"
REPORT_PAGE = "report.md"
KNOWLEDGE_FILE = "knowledge.json"
ASSETS_DIR = "assets/dossier"
STATE_DIR = ".dossier"


# The anchor of an article page's header (title, date, place, source): where a dateline's place is named.
ARTICLE_HEADER_ANCHOR = "title"


def paragraph_anchor(number: int) -> str:
    """The anchor of the n-th paragraph (1-based) of an article: stable as long as the text is."""
    return f"p{number}"


def relative_link(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative link from one docs page to another (MkDocs resolves .md links and checks them)."""
    link = _relative(posixpath.dirname(from_page), to_page)
    return f"{link}#{anchor}" if anchor else link


def _relative(from_folder: str, to_page: str) -> str:
    """posixpath.relpath(to_page, from_folder) for two docs-relative paths, without its calls to os.getcwd
    (a page links to some 150 others: relpath was a twentieth of rendering)."""
    start, target = from_folder.split("/") if from_folder else [], to_page.split("/")
    if any(part in ("", ".", "..") for part in (*start, *target)):
        return posixpath.relpath(to_page, from_folder or ".")  # not a plain docs path: as posixpath says
    common = 0
    while common < min(len(start), len(target)) and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."


def html_url(page: str) -> str:
    """The URL of a docs page in the built site (use_directory_urls is off: a.md becomes a.html)."""
    return re.sub(r"\.md$", ".html", page)


# Long listings go on on numbered continuation pages beside their first page. "--" occurs in no slug
# and no id (slugify and the registry join words with one hyphen), so these paths never collide
# with a page of an article, entity, event or story.


def continuation_page(page: str, number: int) -> str:
    """Page `number` (1-based) of a listing whose first page is `page`: x.md, x--p2.md, x--p3.md, ..."""
    return page if number == 1 else re.sub(r"\.md$", f"--p{number}.md", page)


def numbered_pages(page: str, count: int) -> list[str]:
    """The paths of the `count` pages of a listing whose first page is `page` (at least the first)."""
    return [continuation_page(page, number) for number in range(1, max(count, 1) + 1)]


def entity_type_page(kind: str) -> str:
    """Where the list of every entity of one type begins (beside the entities index)."""
    return f"entities/type--{slugify(kind, fallback='other')}.md"


def entity_events_page(entity_id: str) -> str:
    """Where the list of every event an entity takes part in begins (beside its page)."""
    return f"entities/{entity_id}--events.md"
