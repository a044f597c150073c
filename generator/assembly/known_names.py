"""Names already known in another script, found in Arabic, Thai and other uncased text.

Scripts without capitals give recognition little to go on, but a name the corpus writes in Latin or
Cyrillic letters elsewhere can be recognised by its transliteration key: a sequence of Arabic words
or Thai dictionary tokens whose key (generator/lang/translit.py) is the key of a known name, in an
article that also mentions the names around it, is that name. A common word that happens to have
the key is kept out by the evidence: it must not be a Thai dictionary word, its Latin form must be
like the name's, and the article must share the known name's neighbours. One pass over each
uncased article's words, one dictionary look-up per word sequence: linear in the text.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from difflib import SequenceMatcher

from generator.cache import Store, cached_map, content_key, stored
from generator.lang.arabic import is_family_name_with_article, surname
from generator.lang.boundaries import ARABIC_CLITIC_PREFIXES
from generator.lang.fold import fold_form
from generator.lang.gazetteer import CASED_SCRIPTS
from generator.lang.scripts import dominant_script
from generator.lang.thai import given_name as thai_given_name, is_rare, is_word as is_thai_word
from generator.lang.translit import latin, name_key, name_keys
from generator.model import AnnotatedArticle, Mention

MAX_WORDS = 4  # Arabic words in a name (Hao Peng, Vladimir Putin: two; organisations more)
MAX_THAI_TOKENS = 6  # a foreign name in Thai is cut into several dictionary tokens
MIN_KNOWN_KEY = 3
SHORT_KEY = 5
MIN_LATIN_SIMILARITY = 0.5
_INNER_ARTICLE = re.compile(r"(?<=[ -])ال")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff]+")


def neighbours_by_article(annotated: dict[str, AnnotatedArticle], entries: list, joins,
                          store: Store | None = None) -> dict[str, set[str]]:
    """Per article: the nodes of the names it mentions: candidate keys, registry ids, gazetteer ids in its text."""
    from generator.assembly.names import REF_PREFIX, mention_ref

    remember_scripts(annotated, store)
    uncased = {i: a.article for i, a in sorted(annotated.items()) if _uncased(a.article.body)}
    found_ids = _per_article(store, "known-gazetteer-ids", _gazetteer_ids, uncased)
    around: dict[str, set[str]] = defaultdict(set)
    for article_id, lang, mention in entries:
        around[article_id].add(mention.entity)
        ref = mention_ref(mention, lang)
        if ref:
            around[article_id].add(REF_PREFIX + ref)
    for article_id, article in annotated.items():
        around[article_id] |= {"registry:" + m.entity for m in article.mentions}
        around[article_id] |= {REF_PREFIX + found for found in found_ids.get(article_id, ())}
    for nodes in around.values():
        for node in nodes:
            joins.root(node)  # every neighbour is a node, so that roots can be asked for
    return dict(around)


def find_known_names(annotated: dict[str, AnnotatedArticle], entries: list, joins,
                     by_article: dict[str, set[str]], store: Store | None = None) -> list[tuple[str, str, Mention]]:
    """(article id, language, mention) for each known name found in uncased text, keyed to its group.

    The word sequences of each article depend on its text alone: they come from the store (keyed by
    the text) when one is given, so a second run segments only the articles that changed.
    """
    from generator.assembly.names import shared_neighbours

    known = _known_keys(entries, joins)
    if not known:
        return find_repeated_names(annotated, entries, joins, store)
    taken = _taken_spans(entries)
    found: list[tuple[str, str, Mention]] = []
    uncased = {i: a.article for i, a in sorted(annotated.items()) if _uncased(a.article.body)}
    sequences = _per_article(store, "known-word-sequences", _keyed_sequences, uncased)
    # The same name in the same language recurs in many articles: its likeness to a group's forms is measured once.
    likeness: dict[tuple[str, str, str], float] = {}
    for article_id, article in uncased.items():
        spans = taken[article_id] + [(m.start, m.end) for m in annotated[article_id].mentions]
        here = {"articles": {article_id}, "root": "", "langs": {article.lang}}
        for start, end, key, keyed in sequences[article_id]:
            target = known.get(key)
            if target is None or _overlaps(spans, start, end):
                continue
            surface = article.body[start:end]
            profile = target["profile"]
            if article.lang in profile["langs"]:
                continue
            measured = (keyed, article.lang, target["root"])
            if measured not in likeness:
                likeness[measured] = max(SequenceMatcher(None, latin(keyed, article.lang), b).ratio()
                                         for b in _orders(profile["latin"]))
            similarity = likeness[measured]
            if similarity < MIN_LATIN_SIMILARITY:
                continue
            shared = shared_neighbours(profile, dict(here, root=target["root"]), by_article, joins)
            if len(shared) < (2 if len(key) < SHORT_KEY else 1):
                continue
            node = f"{fold_form(surface)}"
            joins.union(target["root"], node, "found in text by transliteration key",
                        f"{key}, Latin forms {similarity:.0%} alike, names around both: {', '.join(sorted(shared)[:4])}")
            found.append((article_id, article.lang, Mention(node, start, end, surface, surface, target["kind"], "")))
            spans.append((start, end))
    return found + find_repeated_names(annotated, entries + found, joins, store)


# Letters of a surname looked for alone in other articles, at least (shorter words are often particles).
MIN_REPEATED_SURNAME = 3
# A surname this long from one article's full name is looked for alone too: a run-on verb of saying (قال, أكد,
# أعلن, أضاف, اعتبر) has at most five letters, so one this long is no verb the cue ran into.
MIN_LONE_SURNAME = 6
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_REPEATED_KINDS = frozenset({"person", "organisation"})
_REPEATED_SCRIPTS = frozenset({"ARABIC", "THAI"})
_CLITICS = frozenset("وفبلك")


def find_repeated_names(annotated: dict[str, AnnotatedArticle], entries: list, joins,
                        store: Store | None = None) -> list[tuple[str, str, Mention]]:
    """(article id, language, mention) for Arabic and Thai names a cue found in one article, written bare in another.

    A title or a head introduces a name once per story ("الرئيس مارك روته", "นายสมชาย ใจดี"); the next
    article of the corpus may name him without one ("قال روته"). Persons are looked for whole and by their
    last word (the surname, when two articles end a name with it: one cue may have run on into a verb),
    organisations whole. In Arabic a clitic may be glued before them (و ف ب ل ك) and a single word the
    article also writes with the article ال is a common noun there; in Thai a name starts and ends at
    character-cluster boundaries. One Aho-Corasick pass per article: linear in the text. An article's matches
    depend on its text and the corpus' forms alone: the store keeps them, for a second run whose forms are the same.
    """
    forms = _repeatable_forms(entries)
    if not forms:
        return []
    store = store or Store(None)
    forms_key = content_key("repeatable-forms", sorted(forms))
    automaton = None
    taken = _taken_spans(entries)
    found: list[tuple[str, str, Mention]] = []
    for article_id in sorted(annotated):
        article = annotated[article_id].article
        if _body_script(article.body) not in _REPEATED_SCRIPTS:
            continue
        spans = taken[article_id] + [(m.start, m.end) for m in annotated[article_id].mentions]
        key = content_key("repeated-names", forms_key, article.body)
        matches = store.get(key)
        if matches is None:
            automaton = automaton or _automaton(forms)
            matches = tuple(_whole_matches(article.body, automaton))
            store.put(key, matches)
        for start, end, form in matches:
            if _overlaps(spans, start, end):
                continue
            surface = article.body[start:end]
            node = fold_form(surface)
            key, kind = forms[form]
            joins.union(key, node, "same name in another article", form)
            found.append((article_id, article.lang, Mention(node, start, end, surface, surface, kind, "")))
            spans.append((start, end))
    return found


def _repeatable_forms(entries: list) -> dict[str, tuple[str, str]]:
    """Form -> (entity key, type) of its first mention, for cue-found Arabic and Thai persons and organisations."""
    forms: dict[str, tuple[str, str]] = {}
    surnames: dict[str, tuple[str, str]] = {}
    surname_articles: dict[str, set[str]] = defaultdict(set)
    for article_id, _, mention in sorted(entries, key=lambda e: (e[0], e[2].start)):
        surface = mention.surface
        if mention.kind not in _REPEATED_KINDS or mention.ref or dominant_script(surface) not in _REPEATED_SCRIPTS:
            continue
        words = surface.split()
        if len(words) == 1:  # one word: like a surname, it needs two articles (an adverb may follow a verb of saying)
            surnames.setdefault(surface, (mention.entity, mention.kind))
            surname_articles[surface].add(article_id)
            continue
        forms.setdefault(surface, (mention.entity, mention.kind))
        last = surname(words)
        if mention.kind == "person" and len(words) >= 2 and len(last) >= MIN_REPEATED_SURNAME \
                and _surname_without_article(last) and dominant_script(last) == dominant_script(surface):
            surnames.setdefault(last, (mention.entity, mention.kind))
            surname_articles[last].add(article_id)
            if len(last) >= MIN_LONE_SURNAME:
                surname_articles[last].add("")  # counts as a second article
        first = thai_given_name(surface) if mention.kind == "person" and " " in surface else ""
        if len(first) >= MIN_REPEATED_SURNAME and (not is_thai_word(first) or is_rare(first)):
            surnames.setdefault(first, (mention.entity, mention.kind))  # Thai names a person by the given name
            surname_articles[first].add(article_id)
            if len(first) >= MIN_LONE_SURNAME:
                surname_articles[first].add("")
    forms.update({w: found for w, found in surnames.items() if len(surname_articles[w]) >= 2 and w not in forms})
    return forms


def _surname_without_article(word: str) -> bool:
    """Whether a surname may be looked for alone: no article, or a family name with it (العطار, الحريري: a
    noun or a nisba in -ī, not an adjective or plural the cue ran into, which agree and take their endings)."""
    return not word.startswith("ال") or is_family_name_with_article(word)


def _automaton(forms: dict[str, tuple[str, str]]):
    """An Aho-Corasick automaton over the forms."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for form in sorted(forms):
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


def _whole_matches(body: str, automaton) -> list[tuple[int, int, str]]:
    """(start, end, form) of forms standing as whole names in the body, longest first where they overlap."""
    from generator.lang.arabic import definite_stems
    from generator.lang.boundaries import thai_cluster_boundaries
    from generator.lang.thai import LEADING_VOWELS

    hits = []
    common: frozenset[str] | None = None
    thai: frozenset[int] | None = None
    for last, form in automaton.iter(body):
        start, end = last + 1 - len(form), last + 1
        if _ARABIC_LETTER.match(form[0]):
            word_start = start
            while word_start > 0 and _ARABIC_LETTER.match(body[word_start - 1]):
                word_start -= 1
            if (end < len(body) and _ARABIC_LETTER.match(body[end])) or start - word_start > 2 or not set(
                    body[word_start:start]) <= _CLITICS:
                continue
            common = definite_stems(_ARABIC_WORD.findall(body)) if common is None else common
            if " " not in form and form in common:
                continue  # a common noun in this article (written with the article elsewhere in it)
            start = word_start
        else:
            thai = thai_cluster_boundaries(body) if thai is None else thai
            if start not in thai or end not in thai or body[start - 1:start] in LEADING_VOWELS:
                continue
        hits.append((start, end, form))
    kept: list[tuple[int, int, str]] = []
    for hit in sorted(hits, key=lambda h: (h[0], -h[1])):
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def _orders(forms: set[str]) -> list[str]:
    """Latin forms, and two-word ones in the other order too (see _known_keys)."""
    found = sorted(forms)
    return found + [" ".join(reversed(f.split())) for f in found if len(f.split()) == 2]


def _known_keys(entries: list, joins) -> dict[str, dict]:
    """Key -> the group it names, for groups written in a cased script somewhere (unique keys only)."""
    from generator.assembly.names import _profiles

    profiles = _profiles(entries, joins)
    owners: dict[str, set[str]] = defaultdict(set)
    for article_id, lang, mention in entries:
        for key in _cased_keys(mention.base or mention.surface, lang):
            owners[key].add(joins.root(mention.entity))
    known = {}
    for key, roots in owners.items():
        if len(roots) == 1:  # a key two known names share decides nothing
            root = next(iter(roots))
            kinds = profiles[root]["kinds"]
            known[key] = {"root": root, "profile": profiles[root], "kind": min(kinds) if len(kinds) == 1 else ""}
    return known


@lru_cache(maxsize=1 << 17)
def _cased_keys(name: str, lang: str) -> tuple[str, ...]:
    """The transliteration keys of a name written in a cased script, long enough to be known by (none for others),
    made once per name and language (the corpus' mentions repeat their names)."""
    if dominant_script(name) not in CASED_SCRIPTS:
        return ()
    words = name.split()
    # Arabic puts an adjective after its noun: "Saudi Aramco" is written أرامكو السعودية.
    forms = [name] + ([f"{words[1]} {words[0]}"] if len(words) == 2 else [])
    return tuple(key for form in forms for key in name_keys(form, lang) if len(key) >= MIN_KNOWN_KEY)


def _taken_spans(entries: list) -> dict[str, list[tuple[int, int]]]:
    """Per article, the spans its candidate names already hold (a known name is not looked for inside them)."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article_id, _, mention in entries:
        taken[article_id].append((mention.start, mention.end))
    return taken


def _per_article(store: Store | None, kind: str, function, articles: dict) -> dict[str, tuple]:
    """Article id -> function(None, (language, body)), from the store when it holds the same text (on every core otherwise)."""
    texts = [(a.lang, a.body) for a in articles.values()]
    keys = [content_key(kind, *text) if store is not None else None for text in texts]
    return dict(zip(articles, cached_map(store or Store(None), function, texts, keys)))


def _gazetteer_ids(_shared, text: tuple[str, str]) -> tuple[str, ...]:
    """The gazetteer ids of the names in one uncased text (run in a worker process)."""
    from generator.lang.gazetteer import find_names

    lang, body = text
    return tuple(sorted({found.id for _, _, found in find_names(body, lang)}))


def _keyed_sequences(_shared, text: tuple[str, str]) -> tuple[tuple[int, int, str, str], ...]:
    """The word sequences of one text whose key is long enough to be a known name's (run in a worker process)."""
    _lang, body = text
    return tuple(s for s in _word_sequences(body) if len(s[2]) >= MIN_KNOWN_KEY)  # _known_keys keeps no shorter key


def _word_sequences(body: str):
    """(start, end, key, keyed text) of every sequence of up to MAX_WORDS Arabic words or MAX_THAI_TOKENS Thai tokens.

    An Arabic sequence may start after a clitic glued to its first word (وروسيا), or with it: a name
    may itself begin with the letters of one (لياونينغ).
    """
    tokens = sorted(_arabic_words(body) + _thai_tokens(body))
    for index, (start, _end, script, starts) in enumerate(tokens):
        limit = MAX_WORDS if script == "ARABIC" else MAX_THAI_TOKENS
        last_end = None
        for count, (next_start, end, other, _) in enumerate(tokens[index:index + limit], start=1):
            if other != script or (last_end is not None and not _adjacent(body, last_end, next_start, script)):
                break
            last_end = end
            if script == "THAI" and _frequent_thai(body[next_start:end]):
                break  # a name does not run through a common word
            if script == "ARABIC" and _arabic_function_word(body[next_start:end]):
                break  # nor through a function word (من "from": غيرها من has German's key)
            if script == "THAI" and count == 1 and _common_thai(body[start:end]):
                continue  # one dictionary word is a word; a name may still start with it
            for first in starts:
                text = body[first:end]
                if script == "ARABIC":  # the article ال before a later word (أرامكو السعودية) is no part of a foreign name
                    text = _INNER_ARTICLE.sub(" ", text)
                yield first, end, name_key(text, "ar" if script == "ARABIC" else "th"), text


def _arabic_words(body: str) -> list[tuple[int, int, str, tuple[int, ...]]]:
    """Arabic words, each with the offsets a name in it may start at (after each clitic it may carry)."""
    words = []
    for match in _ARABIC_WORD.finditer(body):
        start, word = match.start(), match.group()
        starts = sorted({start + len(p) for p in ARABIC_CLITIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= 3})
        words.append((start, match.end(), "ARABIC", tuple(starts)))
    return words


def _thai_tokens(body: str) -> list[tuple[int, int, str, tuple[int, ...]]]:
    """Thai dictionary tokens (pythainlp newmm), which cut an unknown foreign name into pieces."""
    if not any("\u0e00" <= c <= "\u0e7f" for c in body):
        return []
    from pythainlp.tokenize import word_tokenize

    tokens, offset = [], 0
    for token in word_tokenize(body, engine="newmm", keep_whitespace=True):
        if token and all("\u0e00" <= c <= "\u0e7f" for c in token):
            tokens.append((offset, offset + len(token), "THAI", (offset,)))
        offset += len(token)
    return tokens


def _adjacent(body: str, end: int, start: int, script: str) -> bool:
    """Whether two tokens follow each other within one name: glued (Thai) or one space apart (Arabic words;
    Thai writes a space between a foreign given name and surname; a hyphen joins parts of a name)."""
    gap = body[end:start]
    return gap in (" ", "-") or (gap == "" and script == "THAI")


def _common_thai(token: str) -> bool:
    """Whether a Thai token is a dictionary word: a common word first, whatever its key."""
    from generator.lang.thai import is_word

    return is_word(token)


# A Thai foreign name is cut into syllables that are rare as words (เหลียว หนิง); a token among the most
# frequent words of the Thai National Corpus (pythainlp's counts: function words, numbers such as ล้าน
# "million") is ordinary text, so "ล้านหยวน" ("million yuan") is not Liaoning whatever its key.
_FREQUENT_THAI = 10_000


def _frequent_thai(token: str) -> bool:
    """Whether a Thai token is one of the most frequent words of the Thai National Corpus."""
    return _thai_frequencies().get(token, 0) >= _FREQUENT_THAI


@lru_cache(maxsize=1)
def _thai_frequencies() -> dict[str, int]:
    """Word counts of the Thai National Corpus (pythainlp ships them)."""
    from pythainlp.corpus import tnc

    return dict(tnc.word_freqs())


def _arabic_function_word(word: str) -> bool:
    """Whether an Arabic word is a function word (stopwordsiso), with or without a clitic before it (ومن, فمن)."""
    from generator.lang.stopwords import function_words

    words = function_words("ar")
    return word in words or any(word.startswith(p) and word[len(p):] in words for p in ARABIC_CLITIC_PREFIXES)


def _uncased(body: str) -> bool:
    """Whether the text is written mostly in a script without capitals."""
    return _body_script(body) not in CASED_SCRIPTS | {None}


_remembered: dict[str, str | None] = {}  # body -> its dominant script, from the build cache (remember_scripts)


def remember_scripts(annotated: dict[str, AnnotatedArticle], store: Store | None) -> None:
    """Take each body's dominant script from the store (keyed by the body), counting only the bodies it lacks."""
    _remembered.clear()
    if store is None:
        return
    for item in annotated.values():
        _remembered[item.article.body] = stored(store, "body-script", _counted_script, item.article.body)


def _body_script(body: str) -> str | None:
    """The dominant script of an article's body (remembered from the cache, or counted once per run)."""
    return _remembered[body] if body in _remembered else _counted_script(body)


@lru_cache(maxsize=1 << 16)
def _counted_script(body: str) -> str | None:
    """The dominant script of a body, counted once per run (three passes ask for it)."""
    return dominant_script(body)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span overlaps any taken span."""
    return any(s < end and start < e for s, e in spans)
