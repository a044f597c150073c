"""Stories: amounts per language, grouping of translations by fingerprint, disagreements on the seeds."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.knowledge.registry import Entity, load_registry
from generator.lang.numbers import describe, find_amounts
from generator.read.frontmatter import FrontMatter
from generator.read.normalise import normalise_text
from generator.read.reader import analyse
from generator.assembly.stories import assemble_stories, group_stories

AMOUNTS = [
    ("de", "eine Investition von 83,7 Milliarden Yuan", "83,7 Milliarden Yuan", "83.7 billion yuan"),
    ("ar", "باستثمار قدره 83.7 مليار يوان صيني", "83.7 مليار يوان", "83.7 billion yuan"),
    ("ar", "باستثمار قدره ٨٣٫٧ مليار يوان", "٨٣٫٧ مليار يوان", "83.7 billion yuan"),
    ("th", "ด้วยงบประมาณ 837 พันล้านหยวน ได้เริ่ม", "837 พันล้านหยวน", "837 billion yuan"),
    ("th", "งบ ๕ หมื่นล้านหยวน", "๕ หมื่นล้านหยวน", "50 billion yuan"),
    ("ru", "83,7 млрд юаней", "83,7 млрд юаней", "83.7 billion yuan"),
    ("ru", "зона площадью 40 га, а", "40 га", "40 hectare"),
    ("en", "an investment of 83.7 billion yuan", "83.7 billion yuan", "83.7 billion yuan"),
    ("en", "1,200 million dollars", "1,200 million dollars", "1.2 billion dollar"),
    ("fr", "3,5 milliards d'euros", "3,5 milliards d'euros", "3.5 billion euro"),
    ("en", "an investment of 83.7 billion", None, None),
]


@pytest.mark.parametrize("lang,text,surface,value", AMOUNTS, ids=[f"{r[0]}:{r[1][:20]}" for r in AMOUNTS])
def test_amounts(lang, text, surface, value):
    """Scale words, decimal commas and digits of other scripts give one comparable value."""
    found = find_amounts(text, lang)
    if surface is None:
        assert found == []  # no unit: no amount
    else:
        assert [(a.surface, describe(a.value, a.unit)) for a in found] == [(surface, value)]


def test_amount_values_are_exact():
    """Values are decimals, not floats: 83,7 billion is exactly 83 700 000 000."""
    [amount] = find_amounts("83,7 Milliarden Yuan", "de")
    assert amount.value == Decimal("83700000000")


REGISTRY = (
    Entity("liaoning", "place", (("de", "Liaoning"), ("en", "Liaoning"))),
    Entity("germany", "place", (("de", "Deutschland"), ("en", "Germany"))),
    Entity("munich", "place", (("de", "München"), ("en", "Munich"))),
    Entity("dalian", "place", (("de", "Dalian"), ("en", "Dalian"))),
    Entity("tianjin", "place", (("de", "Tianjin"), ("en", "Tianjin"))),
    Entity("bmw", "organisation", (("en", "BMW Group"),)),
    Entity("basf", "organisation", (("en", "BASF"),)),
)

EN_VISIT = ("en", "Liaoning delegation visits Germany\n2023-10-26 10:00\n\n"
                  "From October 11 to 13, 2023, the delegation from Liaoning visited Germany and BMW Group in Munich. "
                  "It signed deals worth 83.7 billion yuan. A flight from Dalian to Munich was opened.")
DE_VISIT = ("de", "Delegation aus Liaoning besucht Deutschland\n\n"
                  "Vom 11. bis 13. Oktober 2023 besuchte die Delegation aus Liaoning Deutschland und die BMW Group in München. "
                  "Sie unterzeichnete Verträge über 837 Milliarden Yuan. Ein Flug von Tianjin nach München wurde eröffnet.")
EN_OTHER = ("en2", "Liaoning and Germany: trade grows\n2024-03-02 10:00\n\n"
                   "In February 2024 trade between Liaoning and Germany grew, BASF said in Munich. "
                   "Officials from Liaoning plan a new visit to Germany in May 2024.")


def corpus(*texts, story: dict | None = None) -> dict:
    """Articles annotated with the small registry; `story` maps article ids to front matter story keys."""
    knowledge = Knowledge(build_name_index(REGISTRY))
    return {name: annotate(analyse(normalise_text(text), f"{name}.txt", "utf-8", FrontMatter(story=(story or {}).get(name))), knowledge)
            for name, text in texts}


def test_translations_group_and_same_topic_stays_apart():
    """The English and German versions of one visit are one story; a later report on the same topic is not."""
    groups = group_stories(corpus(EN_VISIT, DE_VISIT, EN_OTHER))
    assert groups == [(["de", "en"], False)]


def test_front_matter_story_key_forces_a_group():
    """A story key groups articles that share nothing else, and keeps them out of automatic grouping."""
    groups = group_stories(corpus(EN_VISIT, DE_VISIT, EN_OTHER, story={"en2": "trade", "de": "trade"}))
    assert groups == [(["de", "en2"], True)]


def test_disagreements_of_a_made_up_story():
    """The amount gains a zero and Dalian becomes Tianjin in the German version; the dates agree."""
    entities = {e.id: e for e in REGISTRY}
    [story] = assemble_stories(corpus(EN_VISIT, DE_VISIT), entities).values()
    found = {(f.kind, tuple(sorted((v.article, v.value) for v in f.values))) for f in story.discrepancies}
    assert found == {
        ("amount", (("de", "837 billion yuan"), ("en", "83.7 billion yuan"))),
        ("entity", (("de", "Tianjin"), ("en", "Dalian"))),
    }
    assert any(f.kind == "date" and not f.disagrees for f in story.facts)


# The disagreements between the Arabic, German and Thai versions of the seeds' press release, found by
# reading them, that need no entity recognised in Thai (the fourth, Dalian vs Tianjin, does).
PRESS_RELEASE_DISAGREEMENTS = {
        ("amount", (("ar", "83.7 billion yuan"), ("de", "83.7 billion yuan"), ("th", "837 billion yuan"))),
        ("date", (("ar", "2023-10-11 – 2023-10-20"), ("de", "2023-10-01 – 2023-10-10"), ("th", "2023-10-11 – 2023-10-20"))),
        ("date", (("ar", "2023-01-01 – 2023-03-31"), ("de", "2023-03-01 – 2023-03-31"), ("th", "2023-03-01 – 2023-03-31"))),
}


def _versions_and_disagreements(story, seed_articles) -> tuple[list[str], set]:
    """A story's languages, and each disagreement as (kind, ((language, value), ...))."""
    langs = {a.id: a.lang for a in seed_articles.values()}
    found = {(f.kind, tuple(sorted((langs[v.article], v.value) for v in f.values))) for f in story.discrepancies}
    return sorted(langs[a] for a in story.articles), found


def test_seed_stories(seed_articles):
    """The three versions of the press release are one story; the German report and the Tver report are not in it.

    The disagreements are the four found by reading the three versions.
    """
    root = Path(__file__).resolve().parent.parent
    entities = load_registry(root / "seeds" / "knowledge" / "entities.yml")
    knowledge = Knowledge(build_name_index(entities))
    annotated = {a.id: annotate(a, knowledge) for a in seed_articles.values()}
    [story] = assemble_stories(annotated, {e.id: e for e in entities}).values()
    assert _versions_and_disagreements(story, seed_articles) == (
        ["ar", "de", "th"], PRESS_RELEASE_DISAGREEMENTS | {("entity", (("ar", "Dalian"), ("de", "Dalian"), ("th", "Tianjin")))})


def test_noise_names_of_one_version_weigh_half():
    """Names discovery found in one article only (no gazetteer id) count half against two versions being one story.

    The two versions share four features; one also has four names nobody else writes ("Häfen",
    "Bergbau": recognition noise, or names the other language's recognition missed).
    """
    from generator.assembly.stories import Fingerprint, _similar_groups

    shared = {"e:liaoning", "e:germany", "d:2023-10-11/2023-10-13", "a:8.37E+10:yuan"}
    noise = {f"e:candidate-noise-{n}" for n in range(4)}
    prints = [Fingerprint("ar", frozenset(shared)), Fingerprint("de", frozenset(shared | noise)),
              Fingerprint("x", frozenset({"e:liaoning", "e:x"})), Fingerprint("y", frozenset({"e:germany", "e:y"}))]
    # Shared: Liaoning and Germany (1/3 each: three articles name them), date and amount (1/2 each) = 5/3;
    # the noise adds 4 (1 each): 5/3 / (5/3 + 4) = 0.29 < 0.3, and at half weight 5/3 / (5/3 + 2) = 0.45.
    assert _similar_groups(prints) == []  # counted fully, the noise outweighs what the versions share
    assert _similar_groups(prints, frozenset(noise)) == [["ar", "de"]]


def test_sure_names():
    """Reviewed, gazetteer-resolved and multilingual names are sure; a candidate of one language without an id is not."""
    from generator.assembly.stories import sure_names
    from generator.model import Mention

    entities = {e.id: e for e in (
        Entity("germany", "place", (("en", "Germany"),)),
        Entity("candidate-haefen", "organisation", (("de", "Häfen"),), reviewed=False),
        Entity("candidate-panjin", "place", (("de", "Panjin"),), reviewed=False, ref="geonames:1"),
        Entity("candidate-siemens", "organisation", (("de", "Siemens"), ("th", "Siemens")), reviewed=False),
    )}
    articles = corpus(EN_VISIT, DE_VISIT)
    de, en = articles["de"], articles["en"]
    articles["de"] = replace(de, candidates=(Mention("candidate-haefen", 0, 1, "x"), Mention("candidate-siemens", 2, 3, "y")))
    articles["en"] = replace(en, candidates=(Mention("candidate-siemens", 0, 1, "z"),))
    assert sure_names(articles, entities) == {"germany", "candidate-panjin", "candidate-siemens"}


def test_no_replacement_by_an_unsure_name():
    """A name that only one version's recognition found is no disagreement: Tianjin, unsure, does not replace Dalian."""
    entities = {e.id: e for e in REGISTRY}
    from generator.assembly.story_facts import align_facts

    versions = list(corpus(EN_VISIT, DE_VISIT).values())
    kinds = {f.kind for f in align_facts(versions, entities, frozenset(set(entities) - {"tianjin"})) if f.disagrees}
    assert kinds == {"amount"}
    kinds = {f.kind for f in align_facts(versions, entities) if f.disagrees}
    assert kinds == {"amount", "entity"}


def test_seed_story_without_the_registry(seed_articles):
    """Without seeds/knowledge/, the three versions of the press release are still one story, with the three
    disagreements that do not depend on Thai recognising เตียนจิน (Tianjin), and no rows of noise names."""
    from generator.build import discover

    annotated = {a.id: annotate(a, Knowledge(build_name_index(()))) for a in seed_articles.values()}
    candidates, annotated = discover(annotated)
    [story] = assemble_stories(annotated, {e.id: e for e in candidates}).values()
    assert _versions_and_disagreements(story, seed_articles) == (["ar", "de", "th"], PRESS_RELEASE_DISAGREEMENTS)


def _groups_of_every_pair(keys_of, linked):
    """The groups as the rule states them: every two items that share a key and are linked, joined transitively."""
    groups = [{i} for i in range(len(keys_of))]
    for i in range(len(keys_of)):
        for j in range(i + 1, len(keys_of)):
            if set(keys_of[i]) & set(keys_of[j]) and linked(i, j):
                joined = next(g for g in groups if i in g) | next(g for g in groups if j in g)
                groups = [g for g in groups if i not in g and j not in g] + [joined]
    return sorted(sorted(g) for g in groups)


@pytest.mark.parametrize("seed", range(8))
def test_connected_groups_as_every_pair(seed):
    """Grouping through an inverted index of keys joins the items comparing every pair joins."""
    import random

    from generator.assembly.grouping import connected_groups

    rng = random.Random(seed)
    keys_of = [rng.sample("abcdefghij", rng.randint(0, 3)) for _ in range(40)]
    links = {(i, j) for i in range(40) for j in range(i + 1, 40) if rng.random() < 0.3}
    assert connected_groups(keys_of, lambda i, j: (i, j) in links) == _groups_of_every_pair(keys_of, lambda i, j: (i, j) in links)


def test_articles_of_very_different_weight_are_not_one_story():
    """Two articles sharing all of the lighter one's features, but under MIN_SIMILARITY of the heavier's weight: no story."""
    from generator.assembly.stories import Fingerprint, _similar_groups

    # Each feature but e:c is in two articles (weight 1/2; e:c weight 1). "short" weighs 1, "long" 5:
    # they share 1 of a whole of 5 (0.2, under 0.3). "long" and "copy" share d:0-7, 4 of a whole of 6.
    short = Fingerprint("short", frozenset({"e:a", "e:b"}))
    long_ = Fingerprint("long", frozenset({"e:a", "e:b", *(f"d:{k}" for k in range(8))}))
    copy = Fingerprint("copy", frozenset({*(f"d:{k}" for k in range(8)), "e:c"}))
    assert _similar_groups([short, long_, copy]) == [["copy", "long"]]


def test_amounts_from_the_build_cache_give_the_same_stories():
    """Each article's amounts are kept in the store by its text: a warm store finds none again, a changed text
    only its own, and the stories are those made without a store."""
    from generator.cache import Store

    entities = {e.id: e for e in REGISTRY}
    articles = corpus(EN_VISIT, DE_VISIT, EN_OTHER)
    plain = assemble_stories(articles, entities)
    cold = Store(None)
    assert assemble_stories(articles, entities, cold) == plain and cold.computed == 3 + 1  # amounts, the story's facts
    warm = Store(None, entries=dict(cold.used))
    assert assemble_stories(articles, entities, warm) == plain and (warm.computed, warm.hits) == (0, 4)
    changed = corpus(EN_VISIT, ("de", DE_VISIT[1].replace("837 Milliarden", "83,7 Milliarden")), EN_OTHER)
    later = Store(None, entries=dict(cold.used))
    stories = assemble_stories(changed, entities, later)
    # The changed text's amounts and its story's facts are made again.
    assert stories == assemble_stories(changed, entities) and (later.computed, later.hits) == (2, 2)
    [story] = stories.values()
    assert not any(f.kind == "amount" and f.disagrees for f in story.facts)  # the amounts agree now


def _renamed(entity: Entity, name: str) -> Entity:
    return replace(entity, names=tuple((lang, name) for lang, _ in entity.names))


@pytest.mark.parametrize("change, made_again", [
    (lambda entities, sure: (entities, sure), False),
    # What the facts do not read: a candidate's join evidence, a description.
    (lambda entities, sure: ({**entities, "dalian": replace(entities["dalian"], joins=(("en", "Dalian", "same name", "x"),),
                                                             description="A city.")}, sure), False),
    # An entity no version names.
    (lambda entities, sure: ({**entities, "basf": _renamed(entities["basf"], "BASF SE")}, sure), False),
    (lambda entities, sure: (entities, sure | {"basf"}), False),
    # A name the facts show, a type, whether a name is sure.
    (lambda entities, sure: ({**entities, "dalian": _renamed(entities["dalian"], "Dairen")}, sure), True),
    (lambda entities, sure: ({**entities, "tianjin": replace(entities["tianjin"], type="organisation")}, sure), True),
    (lambda entities, sure: (entities, sure - {"tianjin"}), True),
])
def test_story_facts_are_taken_from_the_store_unless_what_they_read_changed(change, made_again):
    """A story's facts are keyed by its versions and, of the entities they name, type, names and sureness."""
    from generator.assembly.stories import story_facts
    from generator.assembly.story_facts import align_facts
    from generator.cache import Store

    versions = list(corpus(EN_VISIT, DE_VISIT).values())
    entities, sure = {e.id: e for e in REGISTRY}, frozenset(e.id for e in REGISTRY)
    store = Store(None)
    assert story_facts(versions, entities, sure, {}, store) == align_facts(versions, entities, sure)
    entities, sure = change(entities, sure)
    again = Store(None, entries=dict(store.used))
    assert story_facts(versions, entities, sure, {}, again) == align_facts(versions, entities, sure)
    assert (again.computed, again.hits) == ((1, 0) if made_again else (0, 1))
