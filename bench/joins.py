"""How many entity-article pairs of a curated build one page holds in a build without the registry.

usage: python -m bench.joins WITH_REGISTRY_DOCS WITHOUT_REGISTRY_DOCS [--table]

Build the same seeds twice (with seeds/knowledge/, and a copy of the articles without it), then
compare the two knowledge.json files. The registry build is the reference: each reviewed entity
with its articles. In the build without registry, a pair (entity, article) is on the entity's page
when the candidate page that holds the entity's mentions in the most articles has a mention that is
one of the entity's mentions in that article (see _same). A pair found on some other page only
counts as found, not as joined.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


def load(docs: str) -> dict:
    """knowledge.json of a docs folder (or the file itself)."""
    path = Path(docs)
    return json.loads((path / "knowledge.json" if path.is_dir() else path).read_text(encoding="utf-8"))


def spans_by_entity(knowledge: dict, reviewed: bool | None) -> dict[str, dict[str, list[tuple]]]:
    """entity id -> article id -> mention spans (only reviewed or only candidate entities, or all with None)."""
    found: dict[str, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for entity in knowledge["entities"]:
        if reviewed is None or bool(entity.get("reviewed", True)) == reviewed:
            for mention in entity["mentions"]:
                found[entity["id"]][mention["article"]].append(_span(mention))
    return found


def _span(mention: dict) -> tuple:
    """A body mention's offsets; a header mention (a dateline's place, no offsets) by its surface."""
    if mention.get("in") == "header":
        return ("header", mention["surface"].casefold())
    return (mention["start"], mention["end"])


def compare(with_registry: dict, without: dict) -> list[tuple[str, list[str], list[str], list[str], str]]:
    """Per reference entity: (id, its languages, languages on its best page, languages found elsewhere, best page)."""
    lang = {a["id"]: a["lang"] for a in with_registry["articles"]}
    reference = spans_by_entity(with_registry, True)
    pages = spans_by_entity(without, None)
    by_article: dict[str, list[tuple[str, tuple]]] = defaultdict(list)
    for page, articles in pages.items():
        for article, spans in articles.items():
            by_article[article].extend((page, span) for span in spans)
    rows = []
    for entity, articles in sorted(reference.items()):
        holders: dict[str, set[str]] = {}
        for article, spans in articles.items():
            holders[article] = {page for page, span in by_article[article] if any(_same(span, ref) for ref in spans)}
        counts = defaultdict(int)
        for pages_here in holders.values():
            for page in pages_here:
                counts[page] += 1
        best = min(counts, key=lambda p: (-counts[p], p)) if counts else ""
        on_page = sorted(lang[a] for a in articles if best in holders[a])
        elsewhere = sorted(lang[a] for a in articles if holders[a] and best not in holders[a])
        rows.append((entity, sorted(lang[a] for a in articles), on_page, elsewhere, best))
    return rows


def _same(span: tuple, reference: tuple) -> bool:
    """Whether a mention is the reference mention: overlapping half the shorter and a third of the longer.

    "Dalian" in "Städten Dalian" and "Liaoning" in "Provinz Liaoning" are; "Liaoning" inside the name
    of the province's information office is not.
    """
    if "header" in (span[0], reference[0]):
        return span == reference  # a dateline's place: the same name in the same header
    overlap = min(span[1], reference[1]) - max(span[0], reference[0])
    lengths = sorted((span[1] - span[0], reference[1] - reference[0]))
    return overlap > 0 and overlap >= lengths[0] / 2 and overlap >= lengths[1] / 3


def main(argv: list[str]) -> int:
    """Print the pairs on one page (and, with --table, one row per reference entity)."""
    if len(argv) < 3:
        sys.exit(__doc__)
    rows = compare(load(argv[1]), load(argv[2]))
    total = sum(len(r[1]) for r in rows)
    joined = sum(len(r[2]) for r in rows)
    found = joined + sum(len(r[3]) for r in rows)
    if "--table" in argv:
        for entity, langs, on_page, elsewhere, best in rows:
            missing = sorted(set(langs) - set(on_page) - set(elsewhere))
            print(f"{entity:45} {' '.join(langs):15} on {best or '-':40} {' '.join(on_page):15}"
                  f"{'  elsewhere: ' + ' '.join(elsewhere) if elsewhere else ''}{'  missed: ' + ' '.join(missing) if missing else ''}")
    print(f"entity-article pairs: {total}; found {found} ({found / total:.0%}); on the entity's one page {joined} ({joined / total:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
