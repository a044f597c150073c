"""Stories: group the language versions of one story, and find the facts on which they disagree.

No machine translation: versions are compared through language-independent fingerprints
(linked entities, exact date ranges, amounts with their units). Only articles that share a rare
feature among the rarest of each are compared, so the cost grows with the corpus, not with its square.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping

from generator.assembly.grouping import connected_groups
from generator.cache import Store, content_key, stored
from generator.model import AnnotatedArticle, Story
from generator.slugs import TakenSlugs, slugify, unique
from generator.assembly.story_facts import align_facts

MIN_SIMILARITY = 0.3  # weighted share of features two versions of one story have in common
# A name discovery found in one article only, in one language, without a gazetteer id, is as likely
# recognition noise ("Häfen", a German plural noun) as a name its translations left unrecognised
# (Arabic and Thai recognition finds fewer names than Latin-script recognition): it counts half
# against two versions being one story. Reviewed, gazetteer-resolved and multilingual names count fully.
UNSURE_NAME_WEIGHT = 0.5
RARE_SHARE = 0.1  # features in at most this share of articles (and at least 3) lead to comparisons
MIN_RARE = 3


@dataclass(frozen=True)
class Fingerprint:
    """The language-independent features of one article."""

    article: str
    features: frozenset[str]


def fingerprint(item: AnnotatedArticle, amounts: tuple | None = None) -> Fingerprint:
    """Entities named, exact date ranges, and amounts with units (the article's amounts, when already found)."""
    # Names typed other (a currency in an amount, a nationality word) are names in some languages only (German
    # counts "Euro", English capitalises "Chinese"): no sign of one story across languages; amounts count below.
    features = {f"e:{m.entity}" for m in item.all_mentions() if m.kind != "other"}
    features |= {f"d:{d.first}/{d.last}" for d in item.dates if d.precision == "day"}
    features |= {f"a:{a.value.normalize()}:{a.unit}" for a in (item_amounts(item) if amounts is None else amounts)}
    return Fingerprint(item.article.id, frozenset(features))


def item_amounts(item: AnnotatedArticle):
    """The amounts of an article (numbers with units), in text order."""
    return _amounts(item.article.body, item.article.lang)


def _amounts(body: str, lang: str) -> tuple:
    """The amounts of a text in a language, in text order."""
    from generator.lang.numbers import find_amounts

    return tuple(find_amounts(body, lang))


def article_amounts(annotated: Mapping[str, AnnotatedArticle], store: Store | None = None) -> dict[str, tuple]:
    """Each article's amounts, from the store when it holds the same text (a second run finds those of changed articles)."""
    return {i: stored(store, "amounts", _amounts, a.article.body, a.article.lang) for i, a in annotated.items()}


def group_stories(annotated: Mapping[str, AnnotatedArticle], entities: Mapping[str, "Entity"] | None = None,
                  amounts: Mapping[str, tuple] | None = None) -> list[tuple[list[str], bool]]:
    """Groups of two or more article ids that are versions of one story, and whether forced by front matter."""
    forced: dict[str, list[str]] = defaultdict(list)
    free = []
    for article_id in sorted(annotated):
        key = annotated[article_id].article.story
        (forced[key] if key else free).append(article_id)
    groups = [(ids, True) for _, ids in sorted(forced.items()) if len(ids) > 1]
    unsure = unsure_names(annotated, entities or {})
    groups += [(ids, False) for ids in _similar_groups([fingerprint(annotated[i], (amounts or {}).get(i)) for i in free], unsure)]
    return groups


def unsure_names(annotated: Mapping[str, AnnotatedArticle], entities: Mapping[str, "Entity"]) -> frozenset[str]:
    """The features of candidate names seen in one article only, with no gazetteer id (see UNSURE_NAME_WEIGHT)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for article_id, item in annotated.items():
        for mention in item.candidates:
            articles[mention.entity].add(article_id)
    return frozenset(f"e:{entity_id}" for entity_id, found in articles.items()
                     if len(found) == 1 and (entity := entities.get(entity_id)) is not None
                     and not entity.reviewed and not entity.ref)


def sure_names(annotated: Mapping[str, AnnotatedArticle], entities: Mapping[str, "Entity"]) -> frozenset[str]:
    """Entities that are no recognition noise: reviewed (the registry), resolved to a gazetteer id, or named in two languages."""
    languages: dict[str, set[str]] = defaultdict(set)
    for item in annotated.values():
        for mention in item.candidates:
            languages[mention.entity].add(item.article.lang)
    return frozenset(entity_id for entity_id, entity in entities.items()
                     if entity.reviewed or entity.ref or len(languages.get(entity_id, ())) > 1)


def _similar_groups(prints: list[Fingerprint], unsure: frozenset[str] = frozenset()) -> list[list[str]]:
    """Connected groups of articles that share a rare feature and whose weighted feature overlap reaches MIN_SIMILARITY."""
    frequency = Counter(f for p in prints for f in p.features)
    # A feature few articles share says more; 1/df keeps a version's own details (a changed number,
    # a swapped city) from outweighing everything it shares with its translations.
    weight = {f: (UNSURE_NAME_WEIGHT if f in unsure else 1) / n for f, n in frequency.items()}
    rare_limit = max(MIN_RARE, RARE_SHARE * len(prints))
    keys = [[f for f in _prefix(p, frequency, weight) if 1 < frequency[f] <= rare_limit] for p in prints]
    groups = connected_groups(keys, lambda i, j: _similarity(prints[i], prints[j], weight) >= MIN_SIMILARITY)
    return sorted(sorted(prints[i].article for i in group) for group in groups if len(group) > 1)


def _prefix(print_: Fingerprint, frequency: Counter, weight: dict[str, float]) -> list[str]:
    """The rarest features of an article, until what is left weighs less than MIN_SIMILARITY of the whole.

    Why only these are compared on (prefix filtering): a rare feature may be shared by a tenth of
    the corpus, and comparing all its holders grows with the square of the corpus. Take features
    in one order, rarest first. If the first feature two articles share lies outside the prefix
    of one, all they share lies in the rest of that one, which weighs less than MIN_SIMILARITY of
    it: they are not similar. So similar articles share a feature in both prefixes (the first
    they share), and it is at least as rare as any other they share, so rare whenever the rule
    lets them be compared: comparing on rare prefix features only links the same groups.
    """
    features = sorted(print_.features, key=lambda f: (frequency[f], f))
    total = sum(weight[f] for f in features)
    left, prefix = total, []
    for feature in features:
        # A margin of 1e-9: rounding in the sums must never leave out a pair at the threshold.
        if left < MIN_SIMILARITY * total * (1 - 1e-9):
            break
        prefix.append(feature)
        left -= weight[feature]
    return prefix


def _similarity(a: Fingerprint, b: Fingerprint, weight: dict[str, float]) -> float:
    """Weighted Jaccard: the weight of shared features over the weight of all features of the two."""
    shared = sum(weight[f] for f in a.features & b.features)
    total = sum(weight[f] for f in a.features | b.features)
    return shared / total if total else 0.0


def assemble_stories(annotated: Mapping[str, AnnotatedArticle], entities: Mapping[str, "Entity"],
                     store: Store | None = None) -> dict[str, Story]:
    """Every story with two or more versions, its aligned facts and its disagreements.

    `store`: each article's amounts (see article_amounts) and each story's facts (see story_facts).
    """
    stories, taken = {}, TakenSlugs()
    sure = sure_names(annotated, entities)
    amounts = article_amounts(annotated, store)
    for ids, forced in group_stories(annotated, entities, amounts):
        versions = sorted(ids, key=lambda i: (annotated[i].article.lang, i))
        title = _title([annotated[i].article for i in versions])
        key = annotated[versions[0]].article.story if forced else None
        story_id = unique(slugify(key or title, fallback="story"), taken)
        facts = story_facts([annotated[i] for i in versions], entities, sure, amounts, store)
        stories[story_id] = Story(story_id, title, tuple(versions), facts, forced)
    return stories


def story_facts(versions: list[AnnotatedArticle], entities: Mapping[str, "Entity"], sure: frozenset[str],
                amounts: Mapping[str, tuple], store: Store | None = None) -> tuple:
    """align_facts of a story's versions, or what the store holds for the same versions and names.

    The facts are made from the versions as annotated and, of the entities their mentions name, the
    type and names (story_facts reads nothing else of them) and whether each is a sure name; the
    amounts are a function of each version's text. That is the key: after one article changed, only
    the stories whose versions or names changed are aligned again (the alignment was 9.5 of the 11 s
    of the stories in a profile of a one-change run at 10,000 articles).
    """
    if store is None:
        return align_facts(versions, entities, sure, amounts)
    named = sorted({m.entity for version in versions for m in version.all_mentions()})
    key = content_key("story facts", [v.cache_key for v in versions],
                      [(e, entities[e].type, entities[e].names) for e in named if e in entities],
                      sorted(e for e in named if e in sure))
    found = store.get(key)  # a 1-tuple: None is a value too
    if found is None:
        found = (align_facts(versions, entities, sure, amounts),)
        store.put(key, found)
    return found[0]


def _title(articles) -> str:
    """The story's title: its English version's, else the first version's with a Latin-script title."""
    by_lang = {a.lang: a for a in articles}
    chosen = by_lang.get("en") or next((a for a in articles if a.title.isascii() or a.subtitle_lang == "en"), articles[0])
    if chosen.lang != "en" and chosen.subtitle_lang == "en" and chosen.subtitle:
        return chosen.subtitle
    return chosen.title
