"""Across seeds: the same article saved twice becomes one page, and every article gets an id of its own.

Both run on all outcomes after reading, before annotation; neither drops an outcome: a duplicate
stays in the list as a skip that names the file whose page it was merged into.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath

from generator.model import Notice, SeedOutcome
from generator.slugs import TakenSlugs, unique


def body_key(body: str) -> str:
    """What two bodies must share to be one article: the text with every run of white space as one space."""
    return " ".join(body.split())


def mark_duplicates(outcomes: list[SeedOutcome]) -> list[SeedOutcome]:
    """Each article whose body equals an earlier one's (white space aside) becomes a merge into that one.

    "Earlier" is the smaller source path (by path components, the order find_seeds gives): that file
    keeps its page; the others are returned as skips saying where they went, with a warning. The
    order of the list is kept.
    """
    keeper: dict[str, int] = {}  # body key -> index of the outcome that keeps the page
    for index in _by_path(outcomes):
        keeper.setdefault(body_key(outcomes[index].article.body), index)
    result = []
    for index, outcome in enumerate(outcomes):
        kept = keeper.get(body_key(outcome.article.body), index) if outcome.article is not None else index
        if kept == index:
            result.append(outcome)
            continue
        into = outcomes[kept].path
        reason = f"duplicate of {into}: merged into its page"
        notice = Notice(outcome.path, reason, f"the same text as {into}, white space aside; remove one of the two files")
        result.append(SeedOutcome(outcome.path, None, reason, (*outcome.notices, notice), merged_into=into))
    return result


def distinct_ids(outcomes: list[SeedOutcome]) -> list[SeedOutcome]:
    """Articles whose ids collide ("a b.txt", "a-b.txt", "A_B.md" are all "a-b") get numbered ids.

    The first by path keeps the id made from its path; the others get the first free "-2", "-3",
    ... with a note saying so. Nothing else about them changes.
    """
    result = list(outcomes)
    taken = TakenSlugs(o.article.id for o in outcomes if o.article is not None)
    seen: set[str] = set()
    for index in _by_path(outcomes):
        outcome = outcomes[index]
        article_id = outcome.article.id
        if article_id not in seen:
            seen.add(article_id)
            continue
        new_id = unique(article_id, taken)
        note = Notice(outcome.path, f"its id '{article_id}' is taken by another file's article: it is '{new_id}'",
                      "file names that differ only in case, spaces or punctuation make the same id", level="info")
        result[index] = replace(outcome, article=replace(outcome.article, id=new_id), notices=(*outcome.notices, note))
    return result


def _by_path(outcomes: list[SeedOutcome]) -> list[int]:
    """The indexes of the outcomes that are articles, in source path order."""
    return sorted((i for i, o in enumerate(outcomes) if o.article is not None), key=lambda i: (PurePosixPath(outcomes[i].path), i))
