"""The per-article work of known_names comes from the build cache: computed once per text, the same result."""
from __future__ import annotations

import pytest

from generator.annotate.mentions import build_name_index
from generator.annotate.pipeline import Knowledge, annotate
from generator.assembly.known_names import (MIN_KNOWN_KEY, _gazetteer_ids, _keyed_sequences, _per_article,
                                            _word_sequences)
from generator.assembly.names import merge_with_headers
from generator.cache import Store
from tests.test_discovery import make_article

EMPTY = Knowledge(build_name_index(()))

# One text per script the per-article work looks at (Arabic words, Thai tokens) and one it skips (Latin).
TEXTS = [
    ("ar", "التقى الرئيس فلاديمير بوتين في موسكو مع وفد من شركة أرامكو السعودية."),
    ("th", "นายกรัฐมนตรีพบกับวลาดิเมียร์ ปูติน ที่กรุงมอสโก"),
    ("en", "Vladimir Putin met the delegation of Saudi Aramco in Moscow."),
]


@pytest.mark.parametrize("lang,body", TEXTS)
def test_cached_sequences_are_the_word_sequences_a_known_key_can_match(lang, body):
    """The stored sequences are _word_sequences in text order, less those whose key no known name can have."""
    stored = _keyed_sequences(None, (lang, body))
    assert list(stored) == [s for s in _word_sequences(body) if len(s[2]) >= MIN_KNOWN_KEY]
    assert all(body[start:end] for start, end, _, _ in stored)
    assert (stored == ()) == (lang == "en")  # Latin text has no Arabic words nor Thai tokens


def _articles(texts):
    """Articles by id a, b, c... from (lang, body)."""
    return {chr(ord("a") + i): make_article(body, lang, chr(ord("a") + i)) for i, (lang, body) in enumerate(texts)}


def test_a_second_run_computes_only_the_changed_text():
    """Unchanged texts are taken from the store; a changed one is computed again; the values are the same."""
    articles = _articles(TEXTS[:2])
    first = Store(None)
    computed = _per_article(first, "sequences", _keyed_sequences, articles)
    assert first.computed == 2 and first.hits == 0
    again = Store(None, entries=dict(first.used))
    assert _per_article(again, "sequences", _keyed_sequences, articles) == computed
    assert (again.computed, again.hits) == (0, 2)
    changed = dict(articles, b=make_article(TEXTS[1][1] + " วันนี้", "th", "b"))
    later = Store(None, entries=dict(first.used))
    result = _per_article(later, "sequences", _keyed_sequences, changed)
    assert (later.computed, later.hits) == (1, 1)
    assert result["a"] == computed["a"] and result["b"] == _keyed_sequences(None, ("th", changed["b"].body))


def test_the_kind_is_part_of_the_key():
    """Two kinds of per-article values for the same text do not take each other's place."""
    articles = _articles(TEXTS[:1])
    store = Store(None)
    sequences = _per_article(store, "sequences", _keyed_sequences, articles)
    ids = _per_article(Store(None, entries=dict(store.used)), "gazetteer ids", _gazetteer_ids, articles)
    assert ids["a"] == _gazetteer_ids(None, TEXTS[0]) and ids["a"] != sequences["a"]


def test_merging_with_a_store_gives_what_merging_without_gives():
    """Candidates, mentions and headers are the same with the cache, cold and warm."""
    annotated = {key: annotate(article, EMPTY) for key, article in _articles(TEXTS).items()}
    candidates = {key: a.candidates for key, a in annotated.items()}
    plain = merge_with_headers(annotated, candidates)
    store = Store(None)
    assert merge_with_headers(annotated, candidates, (), store) == plain
    assert store.computed >= 2  # the Arabic and Thai texts at least
    warm = Store(None, entries=dict(store.used))
    assert merge_with_headers(annotated, candidates, (), warm) == plain
    assert warm.computed == 0 and warm.hits == store.computed


# An invented person a title introduces in one article and later articles name bare (find_repeated_names).
REPEATED = [
    ("ar", "وقال الرئيس كمال زيدوني إن الوفد وصل إلى المدينة يوم الاثنين."),
    ("ar", "وأكد زيدوني أن المحادثات ستستمر في الأسبوع المقبل."),
    ("ar", "وصرح زيدوني بأن الاتفاق سيوقع قريبا."),
]


def _merged(texts, store=None):
    """merge_with_headers over the annotated texts, with a store or none."""
    annotated = {key: annotate(article, EMPTY) for key, article in _articles(texts).items()}
    return merge_with_headers(annotated, {key: a.candidates for key, a in annotated.items()}, (), store)


def test_repeated_names_and_scripts_come_from_the_store_while_the_forms_stay():
    """A second run takes each article's bare repeats of a name and its script from the store, with the same result;
    a corpus whose repeatable forms changed (a new name) finds them again in every article."""
    plain = _merged(REPEATED)
    assert [m.surface for m in plain[1]["b"]] == ["زيدوني"]  # the example holds a repeat
    store = Store(None)
    assert _merged(REPEATED, store) == plain
    warm = Store(None, entries=dict(store.used))
    assert _merged(REPEATED, warm) == plain
    assert warm.computed == 0 and warm.hits == store.computed
    more = REPEATED + [("ar", "وقال الوزير سليم قرطاوي إن قرطاوي سيزور المدينة.")]
    changed = Store(None, entries=dict(store.used))
    assert _merged(more, changed) == _merged(more)
    new_keys = set(changed.used) - set(store.used)
    # The new text: its script and gazetteer ids (no Latin name: no word sequences asked for); the matches of
    # every text under the new forms.
    assert len(new_keys) == 2 + len(more)
