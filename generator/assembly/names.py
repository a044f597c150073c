"""Candidate entities: the unknown names of every article joined across articles, languages and scripts.

Names join by these rules, in this order; every join is recorded with its evidence (build report):

1. the same name: equal candidate keys, folded forms or Cyrillic transliterations; a company with and
   without its company word (name_forms.py);
2. the same gazetteer id: the name (its base form) resolves to one id of generator/lang/gazetteer.py
   (CLDR region, ISO 3166-2 subdivision, GeoNames city) in each language; an acronym of a state or
   union (acronyms.py); a subdivision named like a large city is that city;
3. the same transliteration key (generator/lang/translit.py) in other languages, when the evidence
   carries it: the Latin forms alike, no conflicting gazetteer id or type, and names around it shared
   (the entities the two names' articles also mention); a join the evidence does not carry stays two;
4. names already known in another script found in Arabic, Thai and other uncased text (known_names.py);
5. with a registry: a name the registry lists (in any language), its gazetteer id, or its transliteration
   key with the evidence of rule 3, joins that entity.

Joining is near linear: names meet only in buckets of equal keys, never all against all.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from functools import lru_cache

import yaml

from generator.annotate.recognise import candidate_key
from generator.assembly.acronyms import acronym_ref
from generator.assembly.name_forms import key_forms, lookup_id, place_word, without_designator
from generator.annotate.recognise.tokens import script_of_word
from generator.knowledge.registry import Entity
from generator.lang.fold import fold_form
from generator.lang.namewords import MARKER_TYPE
from generator.lang.translit import latin, name_key, name_keys, transliterate
from generator.model import AnnotatedArticle, Mention
from generator.slugs import TakenSlugs, slugify, unique

CANDIDATE_PREFIX = "candidate-"
LATIN_EXTRA = {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th"}
REF_PREFIX = "ref:"  # union-find nodes for gazetteer ids
MIN_KEY = 3  # shorter consonant skeletons ("pn" of Hao Peng) match too many names to be evidence
SHORT_KEY = 5  # keys shorter than this need two shared neighbours, longer ones one
MIN_LATIN_SIMILARITY = 0.5  # difflib ratio of the two Latin forms: keys equal, spellings alike too
MIN_SINGLE_WORD_SIMILARITY = 0.7  # one word with a short key: the spellings must be closer
MAX_BUCKET = 12  # a key shared by more groups is too common to join on
KEY_ROUNDS = 3
# Languages that inflect names by case (Slavic, Baltic, Finnic, Hungarian, Greek, German genitive):
# there two spellings of one name in one language are its case forms (Wielka / Wielkiej Brytanii),
# and join when their Latin forms are this alike; elsewhere a different spelling is a different name.
CASE_LANGUAGES = frozenset("cs sk pl ru uk be sl hr sr bs bg mk lt lv fi et hu el de is".split())
MIN_CASE_FORM_SIMILARITY = 0.75


class Joins:
    """Union-find over name keys, remembering why each group joined another (rule, evidence)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.joined_to: dict[str, tuple[str, str, str]] = {}  # absorbed root -> (root it joined, rule, evidence)

    def root(self, key: str) -> str:
        """The representative of the key's group (see union: it does not depend on the order of joins)."""
        parent = self.parent  # (looked up once: millions of calls at 10,000 articles, most on a root)
        while (above := parent.setdefault(key, key)) != key:
            parent[key] = parent[above]
            key = parent[key]
        return key

    def union(self, first: str, second: str, rule: str, evidence: str) -> None:
        """Join two keys' groups, recording the rule on the key that joined."""
        # A gazetteer id roots its group (evidence then reads "cldr:DE"); else the smallest key: order-free.
        low, high = sorted((self.root(first), self.root(second)), key=lambda k: (not k.startswith(REF_PREFIX), k))
        if low != high:
            self.parent[high] = low
            self.joined_to[high] = (low, rule, evidence)

    def reason(self, key: str) -> tuple[str, str]:
        """Why a key's name is part of its group: the first join other than "same name" on its way to the root."""
        found: tuple[str, str] | None = None
        while key in self.joined_to:
            key, rule, evidence = self.joined_to[key]
            if rule != "same name":
                return rule, evidence
            found = found or (rule, evidence)
        return found or ("first name", "")


def merge_candidates(annotated: dict[str, AnnotatedArticle], candidates: dict[str, tuple[Mention, ...]],
                     registry: tuple[Entity, ...] = ()) -> tuple[tuple[Entity, ...], dict[str, tuple[Mention, ...]]]:
    """Candidate entities (joined across articles, languages and scripts) and their mentions by article.

    Mentions whose name the registry knows under another language (or by gazetteer id) are keyed to
    that registry entity instead; registry entities themselves are never changed.
    """
    entities, mentions, _ = merge_with_headers(annotated, candidates, registry)
    return entities, mentions


def merge_with_headers(annotated: dict[str, AnnotatedArticle], candidates: dict[str, tuple[Mention, ...]],
                       registry: tuple[Entity, ...] = (), store=None
                       ) -> tuple[tuple[Entity, ...], dict[str, tuple[Mention, ...]], dict[str, tuple[Mention, ...]]]:
    """merge_candidates, and each article's header mentions (AnnotatedArticle.header) keyed to their entities.

    A dateline's candidate place joins the body's names by rules 1 and 2 only (the same name, the same
    gazetteer id): it has no neighbours in the text for the others. Registry header mentions stay as they are.
    `store` (a generator.cache.Store) keeps what known_names computes from each article's text alone.
    """
    from generator.assembly.known_names import find_known_names, neighbours_by_article

    entries = _own_names([(a, annotated[a].article.lang, m) for a in sorted(candidates) for m in candidates[a]])
    # Candidates carry the type recognition gave them; registry mentions leave it empty (see Mention).
    headers = [(a, annotated[a].article.lang, m) for a in sorted(annotated) for m in annotated[a].header if m.kind]
    joins = Joins()
    _join_same_names(entries, joins)
    _join_gazetteer_ids(entries, joins)
    _join_same_names(headers, joins)
    _join_gazetteer_ids(headers, joins)
    by_article = neighbours_by_article(annotated, entries, joins, store)
    _join_transliteration_keys(entries, joins, by_article)
    entries += find_known_names(annotated, entries, joins, by_article, store)
    to_registry = _registry_targets(entries + headers, joins, registry)
    to_registry |= _registry_key_targets(entries, joins, registry, annotated, by_article, to_registry)
    groups: dict[str, list] = defaultdict(list)
    for entry in entries + headers:
        groups[joins.root(entry[2].entity)].append(entry)
    ids: dict[str, str] = dict(to_registry)
    taken = TakenSlugs(e.id for e in registry)
    names = {key: _names(members) for key, members in groups.items()}  # (each group's, counted once)
    slugs = {key: _slug(names[key]) for key in groups}
    for key in sorted(groups, key=lambda k: (slugs[k], k)):
        if key not in ids:
            ids[key] = unique(CANDIDATE_PREFIX + slugs[key], taken)
            taken.add(ids[key])
    refs: dict[str, list[str]] = defaultdict(list)
    for node in sorted(joins.parent):
        if node.startswith(REF_PREFIX):
            refs[joins.root(node)].append(node.removeprefix(REF_PREFIX))
    entities = tuple(sorted((_entity(ids[k], m, joins, refs.get(k, []), names[k]) for k, m in groups.items() if k not in to_registry),
                            key=lambda e: e.id))
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for article_id, _, m in entries:
        mentions[article_id].append(Mention(ids[joins.root(m.entity)], m.start, m.end, m.surface, m.base, m.kind, m.ref))
    return entities, {a: _no_overlaps(ms) for a, ms in sorted(mentions.items())}, _keyed_headers(annotated, ids, joins)


def _keyed_headers(annotated: dict[str, AnnotatedArticle], ids: dict[str, str],
                   joins: Joins) -> dict[str, tuple[Mention, ...]]:
    """Each article's header mentions, the candidates keyed to their entity's id (registry ones as they are)."""
    return {article_id: tuple(m if not m.kind else Mention(ids[joins.root(m.entity)], m.start, m.end, m.surface,
                                                                  m.base, m.kind, m.ref, header=m.header)
                              for m in annotated[article_id].header)
            for article_id in sorted(annotated) if annotated[article_id].header}


def _join_same_names(entries: list, joins: Joins) -> None:
    """Rule 1: equal keys, folded forms and Cyrillic transliterations are one name.

    A mention that in-article coreference keyed to a longer name ("Seibert" -> Steffen Seibert)
    belongs to that name, but its own words join nothing: "Dalian" inside an article that names the
    "Dalian High-tech Zone" must not make the zone and the city one.
    """
    for _, lang, mention in entries:
        if coreferred(mention, lang):
            joins.root(mention.entity)
            continue
        keys = [mention.entity, fold_form(mention.surface)] + ([fold_form(mention.base)] if mention.base else [])
        for key in keys + [transliterate(k) for k in keys if script_of_word(k) == "CYRILLIC"]:
            joins.union(mention.entity, key, "same name", key)
        company = without_designator(mention.base or mention.surface, lang)
        if company:
            joins.union(mention.entity, fold_form(company), "same name without its company word", fold_form(company))


def _join_gazetteer_ids(entries: list, joins: Joins) -> None:
    """Rule 2: names that resolve to one gazetteer id are one entity."""
    used: set[str] = set()
    for _, lang, mention in entries:
        ref = mention_ref(mention, lang)
        if ref:
            joins.union(REF_PREFIX + ref, mention.entity, "gazetteer id", ref)
            used.add(ref)
    _join_city_subdivisions(used, joins)


def _join_city_subdivisions(used: set[str], joins: Joins) -> None:
    """A subdivision that a language names exactly as a large city is that city (Rim, Rzym: Rome and its province).

    Cities that are subdivisions of their own (capitals, city-provinces) are both in the gazetteer;
    one language's form may resolve to the subdivision (Slovene "Rim") and another's to the city
    (Polish "Rzym"). A reader looks for one page.
    """
    from generator.lang.gazetteer import entry, lookup

    for ref in sorted(r for r in used if r.startswith("iso3166-2:")):
        found = entry(ref)
        for lang, name in found.names if found else ():
            city = lookup(name, lang)
            if city is not None and city.id in used and city.id.startswith("geonames:"):
                joins.union(REF_PREFIX + city.id, REF_PREFIX + ref, "gazetteer id", f"{ref} is named {name} ({lang}), as {city.id}")
                break


def mention_ref(mention: Mention, lang: str) -> str:
    """The gazetteer id of a mention: the one recognition gave, else its base form or surface looked up.

    Acronyms only as the initials of a state or union (generator/assembly/acronyms.py), never looked up
    as names (TUI, a company, is also a Spanish town); not for one-word names recognition
    typed as something other than a place or an organisation (the gazetteer holds places and bodies).
    """
    return _ref(mention.entity, mention.surface, mention.base, mention.kind, mention.ref, lang)


@lru_cache(maxsize=1 << 17)
def _ref(entity: str, surface: str, base: str, kind: str, ref: str, lang: str) -> str:
    """mention_ref of a mention with these fields (a name is looked up once per run, not once per mention)."""
    mention = Mention(entity, 0, 0, surface, base, kind, ref)
    name = mention.base or mention.surface
    if coreferred(mention, lang):
        return ""
    if len(name.split()) == 1 and place_word(name):
        return ""  # see lookup_id: "Stadt" alone is no place, whatever id recognition found for it
    if mention.ref:
        return mention.ref
    if name.isupper():  # an acronym: of a country or union of its language (США, ЕС), else of nothing known
        return acronym_ref(name, lang)
    if mention.kind not in ("", "other", "place", "zone", "organisation") and len(name.split()) < 2:
        return ""  # a one-word person name may be a place's too (Jordan, Chad); a longer one rarely is
    return lookup_id(name, lang)


def _own_names(entries: list) -> list:
    """Mentions coreference keyed to a longer name, given back their own key when they are names of their own.

    "China" is China, also in an article that names "Northeast China"; "Ляонин" is Liaoning, not the
    person "Ляонин Ли Лэчэн" a run of capitals made: a short form that has a gazetteer id, or whose
    transliteration key names something standing alone in another language, stands for that, unless
    it is the surname of a person named in full somewhere in the corpus ("Бреннер" stays Карл Бреннер
    even where another language's article writes "Brennera" alone).
    """
    standing: dict[str, set[str]] = defaultdict(set)
    surnames: set[str] = set()
    for _, lang, mention in entries:
        name = mention.base or mention.surface
        key = name_key(name, lang)
        if len(key) >= MIN_KEY and not coreferred(mention, lang):
            standing[key].add(lang)
        if mention.kind == "person" and len(name.split()) > 1:
            surnames.add(name_key(name.split()[-1], lang))
    kept = []
    for article_id, lang, mention in entries:
        if coreferred(mention, lang):
            ref = mention.ref or lookup_id(mention.surface, lang)
            if mention.kind == "person" and ref.startswith("geonames:"):
                ref = ""  # a surname that is also some town's name ("Бреннер") stays the person of its article
            key = name_key(mention.surface, lang)
            if ref or (standing.get(key, set()) - {lang} and key not in surnames):
                mention = Mention(candidate_key(mention.surface, lang), mention.start, mention.end, mention.surface,
                                  "", "", ref)
        kept.append((article_id, lang, mention))
    return kept


def coreferred(mention: Mention, lang: str) -> bool:
    """Whether recognition keyed the mention to a longer name of its article (fewer words than its key)."""
    own = candidate_key(mention.surface, lang)
    return mention.entity != own and len(own.split()) < len(mention.entity.split())


def _join_transliteration_keys(entries: list, joins: Joins, by_article: dict[str, set[str]]) -> None:
    """Rule 3: groups with one transliteration key, when the evidence carries it.

    A join can make two other names neighbours (Asia Bibi joined, Rizvi's articles now share her), so
    the pass is repeated, a few times at most, until nothing more joins.
    """
    for _ in range(KEY_ROUNDS):
        profiles = _profiles(entries, joins)
        buckets: dict[str, set[str]] = defaultdict(set)
        for root, profile in profiles.items():
            for key in profile["keys"]:
                buckets[key].add(root)
        joined = False
        for key in sorted(buckets):
            members = sorted(buckets[key])
            if not 2 <= len(members) <= MAX_BUCKET:
                continue
            for index, first in enumerate(members):
                for second in members[index + 1:]:
                    if joins.root(first) == joins.root(second):
                        continue
                    evidence = key_evidence(profiles[first], profiles[second], key, by_article, joins)
                    if evidence:
                        joins.union(first, second, "transliteration key", evidence)
                        joined = True
        if not joined:
            return


def _profiles(entries: list, joins: Joins) -> dict[str, dict]:
    """Per group: languages, Latin forms, keys, gazetteer ids, types and articles."""
    profiles: dict[str, dict] = defaultdict(lambda: {"langs": set(), "latin": set(), "keys": set(), "refs": set(),
                                                     "kinds": set(), "articles": set(), "names": set()})
    for article_id, lang, mention in entries:
        root = joins.root(mention.entity)
        profile = profiles[root]
        profile["root"] = root
        name = mention.base or mention.surface
        profile["langs"].add(lang)
        profile["articles"].add(article_id)
        profile["names"].add(name)
        latin_forms, keys = _latin_and_keys(name, lang)
        profile["latin"].update(latin_forms)
        profile["keys"].update(keys)
        if mention.kind and mention.kind != "other":
            profile["kinds"].add(mention.kind)
    for node in list(joins.parent):
        if node.startswith(REF_PREFIX) and joins.root(node) in profiles:
            profiles[joins.root(node)]["refs"].add(node)
    return profiles


@lru_cache(maxsize=None)
def _latin_and_keys(name: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A name's Latin forms and its transliteration keys long enough to be evidence, made once per name and
    language: the profiles are made again each round, for every mention (a tenth of discovery at 10,000 articles)."""
    forms = key_forms(name)
    return (tuple(latin(form, lang) for form in forms),
            tuple(key for form in forms for key in name_keys(form, lang) if len(key) >= MIN_KEY))


def key_evidence(first: dict, second: dict, key: str, by_article: dict[str, set[str]], joins: Joins) -> str:
    """Why two groups with one key are one entity ("" when the evidence does not carry the join)."""
    common = first["langs"] & second["langs"]
    if common and not (common <= CASE_LANGUAGES and _similarity(first, second) >= MIN_CASE_FORM_SIMILARITY):
        return ""  # in one language one name is spelled one way, up to its case endings
    if first["refs"] and second["refs"] and first["refs"] != second["refs"]:
        return ""
    if first["kinds"] and second["kinds"] and not first["kinds"] & second["kinds"]:
        return ""
    similarity = _similarity(first, second)
    single = _one_word(first) or _one_word(second)
    if similarity < (MIN_SINGLE_WORD_SIMILARITY if single and len(key) < SHORT_KEY else MIN_LATIN_SIMILARITY):
        return ""  # one short word shares a short key by chance (Zdroj "source" and Zadar)
    if single and (_named_by_gazetteer(first, second) or _named_by_gazetteer(second, first)):
        return ""
    shared = shared_neighbours(first, second, by_article, joins)
    if len(shared) < (2 if len(key) < SHORT_KEY else 1):
        return ""
    return f"{key}, Latin forms {similarity:.0%} alike, names around both: {', '.join(sorted(shared)[:4])}"


def _one_word(profile: dict) -> bool:
    """Whether every name of a group is one word."""
    return all(len(name.split()) == 1 for name in profile["names"])


def _named_by_gazetteer(place: dict, other: dict) -> bool:
    """Whether a gazetteer place already has its own name in a language of the other group.

    Then another word of that language is no name of the place, whatever its key: Czech calls
    Germany Německo, so Němec (a German, a surname) does not join it.
    """
    from generator.lang.gazetteer import entry

    for ref in place["refs"]:
        found = entry(ref.removeprefix(REF_PREFIX))
        if found is not None and {lang.split("-")[0] for lang in other["langs"]} & {lang for lang, _ in found.names}:
            return True
    return False


def _similarity(first: dict, second: dict) -> float:
    """How alike the two groups' closest Latin forms are (difflib ratio, 0 to 1)."""
    return max(SequenceMatcher(None, a, b).ratio() for a in sorted(first["latin"]) for b in sorted(second["latin"]))


def shared_neighbours(first: dict, second: dict, by_article: dict[str, set[str]], joins: Joins) -> set[str]:
    """The groups that both groups' articles also mention (gazetteer ids count as groups), as readable keys."""
    around_first = {joins.root(n) for a in first["articles"] for n in by_article.get(a, ())}
    around_second = {joins.root(n) for a in second["articles"] for n in by_article.get(a, ())}
    selves = {joins.root(first["root"]), joins.root(second["root"])}
    return {n.removeprefix(REF_PREFIX) for n in (around_first & around_second) - selves}


def _registry_targets(entries: list, joins: Joins, registry: tuple[Entity, ...]) -> dict[str, str]:
    """Rule 5: groups whose name or gazetteer id the registry lists -> that registry entity's id."""
    if not registry:
        return {}
    by_name: dict[str, set[str]] = defaultdict(set)
    for entity in registry:
        for lang, name in entity.surface_forms():
            by_name[fold_form(name)].add(entity.id)
            ref = lookup_id(name, lang if lang != "any" else "en")
            if ref:
                by_name[REF_PREFIX + ref].add(entity.id)
    targets: dict[str, str] = {}
    for _, lang, mention in entries:
        root = joins.root(mention.entity)
        for key in (fold_form(mention.base or mention.surface), REF_PREFIX + mention_ref(mention, lang)):
            owners = by_name.get(key, set())
            if len(owners) == 1:  # a name two registry entities share decides nothing
                targets.setdefault(root, next(iter(owners)))
    return targets


def _registry_key_targets(entries: list, joins: Joins, registry: tuple[Entity, ...], annotated: dict[str, AnnotatedArticle],
                          by_article: dict[str, set[str]], taken: dict[str, str]) -> dict[str, str]:
    """Rule 5 by transliteration key: a group whose key a registry name has, with the evidence of rule 3.

    The registry lists "Marco Bellini" in English; a Russian article's "Марко Беллини", in an article that
    names what the registry entity's articles name, is that entity (one registry entity per group, or none).
    """
    if not registry:
        return {}
    articles: dict[str, set[str]] = defaultdict(set)
    for article_id, item in annotated.items():
        for mention in item.mentions:
            articles[mention.entity].add(article_id)
    profiles, buckets = {}, defaultdict(set)
    for entity in registry:
        forms = [(lang, name) for lang, name in entity.surface_forms()]
        profile = {"root": "registry:" + entity.id, "langs": {lang for lang, _ in forms if lang != "any"},
                   "latin": {latin(name, lang) for lang, name in forms}, "names": {name for _, name in forms},
                   "keys": set(), "refs": set(), "articles": articles.get(entity.id, set()),
                   "kinds": {entity.type} if entity.type != "other" else set()}
        for lang, name in forms:
            profile["keys"].update(key for key in name_keys(name, lang) if len(key) >= MIN_KEY)
        profiles[entity.id] = profile
        for key in profile["keys"]:
            buckets[key].add(entity.id)
    targets: dict[str, str] = {}
    for root, profile in sorted(_profiles(entries, joins).items()):
        if root in taken:
            continue
        found = {entity_id for key in sorted(profile["keys"]) if len(buckets.get(key, ())) <= MAX_BUCKET
                 for entity_id in sorted(buckets.get(key, ())) if key_evidence(profile, profiles[entity_id], key, by_article, joins)}
        if len(found) == 1:
            targets[root] = found.pop()
    return targets


def _names(members: list) -> dict[str, str]:
    """The most frequent base form (else surface) per language (ties: shortest, then alphabetical)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for _, lang, mention in members:
        counts[lang][" ".join((mention.base or mention.surface).split())] += 1
    return {lang: min(c, key=lambda s: (-c[s], len(s), s)) for lang, c in sorted(counts.items())}


def _slug(names: dict[str, str]) -> str:
    """The slug of the English name, else of the first Latin-script name, else of the first name."""
    latin_names = [name for name in names.values() if script_of_word(name) == "LATIN"]
    return slugify(names.get("en") or (latin_names or list(names.values()))[0], fallback="name")


def _entity(entity_id: str, members: list, joins: Joins, refs: list[str], counted: dict[str, str]) -> Entity:
    """A candidate entity from its mentions (`counted`: their _names): type from recognition, the gazetteer or a marker word."""
    ref = refs[0] if len(refs) == 1 else ""
    names = counted | _gazetteer_names(ref, counted)
    kinds = Counter(m.kind for _, _, m in members if m.kind and m.kind != "other")
    words = [w for name in names.values() for w in f"{fold_form(name)} {candidate_key(name, '')}".split()]
    marked = [MARKER_TYPE[w] for w in words if w in MARKER_TYPE]
    kind = (min(kinds, key=lambda k: (-kinds[k], k)) if kinds else
            _ref_type(refs[0]) if refs else marked[-1] if marked else "other")
    return Entity(entity_id, kind, tuple(sorted(names.items())), reviewed=False,
                  ref=ref, joins=_join_record(members, joins))


def _gazetteer_names(ref: str, names: dict[str, str]) -> dict[str, str]:
    """The gazetteer's own name of a resolved place in each language it is written in, and in English.

    Curated data gives the base form ("روسيا", not the clitic form "وروسيا"; "Polska", not "Polsce"),
    and its English name lets pages in the site's language name a place no English article mentions.
    """
    if not ref:
        return {}
    from generator.lang.gazetteer import entry

    found = entry(ref)
    if not found:
        return {}
    given = dict(found.names)
    return {lang: given[lang] for lang in sorted(set(names) | {"en"}) if given.get(lang)}


def _ref_type(ref: str) -> str:
    """The type the gazetteer gives an id."""
    from generator.lang.gazetteer import entry

    found = entry(ref)
    return found.type if found else "other"


def _join_record(members: list, joins: Joins) -> tuple[tuple[str, str, str, str], ...]:
    """(language, name, rule, evidence) for each distinct name of the entity: why it is part of it."""
    record: dict[tuple[str, str], tuple[str, str]] = {}
    for _, lang, mention in members:
        record.setdefault((lang, " ".join((mention.base or mention.surface).split())), joins.reason(mention.entity))
    rows, seen = [], set()
    for (lang, name), (rule, evidence) in sorted(record.items()):
        if rule == "first name" and fold_form(name) in seen:
            rule, evidence = "same name", fold_form(name)  # one key written alike in several languages
        seen.add(fold_form(name))
        rows.append((lang, name, rule, evidence))
    return tuple(rows)


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
    """The candidates as registry YAML, one entry per joined entity with its names per language."""
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
        joined = f", joined by gazetteer id {entity.ref}" if entity.ref else ""
        lines.append(f"  # {mention_counts.get(entity.id, 0)} mention(s), shown on the site as {entity.id}{joined}")
        dumped = yaml.safe_dump([item], allow_unicode=True, sort_keys=False, default_flow_style=False)
        lines.extend("  " + line for line in dumped.splitlines())
    return "\n".join(lines) + "\n"
