"""Candidate entities: the unknown names of every article merged across the corpus, and their registry YAML."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import yaml

from generator.annotate.discovery import MARKER_TYPE, candidate_key, script_of_word
from generator.knowledge.registry import Entity
from generator.lang.fold import fold_form
from generator.lang.translit import transliterate
from generator.model import AnnotatedArticle, Mention
from generator.slugs import slugify, unique

CANDIDATE_PREFIX = "candidate-"
LATIN_EXTRA = {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th"}


def merge_candidates(annotated: dict[str, AnnotatedArticle], candidates: dict[str, tuple[Mention, ...]]
                     ) -> tuple[tuple[Entity, ...], dict[str, tuple[Mention, ...]]]:
    """Candidate entities (equal keys merge, across articles and scripts) and their mentions by article."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    entries = [(a, annotated[a].article.lang, m) for a in sorted(candidates) for m in candidates[a]]
    for _, _, mention in entries:
        # The evidence that two mentions name one thing: the key, the folded form, their transliterations.
        keys = [mention.entity, fold_form(mention.surface)]
        for key in keys + [transliterate(k) for k in keys if script_of_word(k) == "CYRILLIC"]:
            low, high = sorted((root(mention.entity), root(key)))
            parent[high] = low
    groups: dict[str, list] = defaultdict(list)
    for entry in entries:
        groups[root(entry[2].entity)].append(entry)
    ids: dict[str, str] = {}
    for key, members in sorted(groups.items(), key=lambda g: (_slug(_names(g[1])), g[0])):
        ids[key] = unique(CANDIDATE_PREFIX + _slug(_names(members)), set(ids.values()))
    entities = tuple(sorted((_entity(ids[k], m) for k, m in groups.items()), key=lambda e: e.id))
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for article_id, _, m in entries:
        by_article[article_id].append(Mention(ids[root(m.entity)], m.start, m.end, m.surface))
    return entities, {a: _no_overlaps(ms) for a, ms in sorted(by_article.items())}


def _names(members: list) -> dict[str, str]:
    """The most frequent surface form per language (ties: shortest, then alphabetical)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for _, lang, mention in members:
        counts[lang][" ".join(mention.surface.split())] += 1
    return {lang: min(c, key=lambda s: (-c[s], len(s), s)) for lang, c in sorted(counts.items())}


def _slug(names: dict[str, str]) -> str:
    """The slug of the English name, else of the first Latin-script name, else of the first name."""
    latin = [name for name in names.values() if script_of_word(name) == "LATIN"]
    return slugify(names.get("en") or (latin or list(names.values()))[0], fallback="name")


def _entity(entity_id: str, members: list) -> Entity:
    """A candidate entity from its mentions; typed only when a marker word makes the type obvious."""
    names = _names(members)
    words = [w for name in names.values() for w in f"{fold_form(name)} {candidate_key(name, '')}".split()]
    marked = [MARKER_TYPE[w] for w in words if w in MARKER_TYPE]
    return Entity(entity_id, marked[-1] if marked else "other", tuple(sorted(names.items())), reviewed=False)


def _no_overlaps(mentions: list[Mention]) -> tuple[Mention, ...]:
    """The mentions sorted by offset, leaving out any that overlaps an earlier one."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return tuple(kept)


def registry_id(candidate_id: str, taken: set[str]) -> str:
    """A registry id ([a-z0-9-]) for a candidate: transliterated, accents dropped; name-N if impossible."""
    letters = "".join(LATIN_EXTRA.get(c, c) for c in unicodedata.normalize(
        "NFKD", transliterate(candidate_id.removeprefix(CANDIDATE_PREFIX))) if not unicodedata.combining(c))
    ascii_id = re.sub(r"[^a-z0-9]+", "-", letters).strip("-")
    if not ascii_id or any(c.isalpha() and not c.isascii() for c in letters):
        ascii_id = f"name-{sum(t.startswith('name-') for t in taken) + 1}"
    return unique(ascii_id, taken)


def registry_yaml(entities: tuple[Entity, ...], mention_counts: dict[str, int]) -> str:
    """The candidates as registry YAML, to review and paste into seeds/knowledge/entities.yml."""
    lines = ["# Candidate entities found by discovery: names no registry entry covers yet.",
             "# Check each one (names, type), delete the noise, and paste the rest under entities:",
             "# in seeds/knowledge/entities.yml.", "entities:"]
    taken: set[str] = set()
    for entity in entities:
        forms: dict[str, str] = {}  # each distinct form once, under English when English has it
        for lang, name in sorted(entity.names, key=lambda pair: (pair[0] != "en", pair[0])):
            forms.setdefault(name, lang)
        names = {lang: name for name, lang in sorted(forms.items(), key=lambda f: (f[1], f[0]))}
        item = {"id": registry_id(entity.id, taken), "type": entity.type, "names": names}
        lines.append(f"  # {mention_counts.get(entity.id, 0)} mention(s), shown on the site as {entity.id}")
        dumped = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, default_flow_style=False)
        lines.extend("  " + line for line in dumped.splitlines())
    return "\n".join(lines) + "\n"
