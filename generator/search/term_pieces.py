"""The word pieces of the search index (search/terms/N.js), cut from scratch or updated from the last build's.

Each word's postings are encoded as the browser reads them (`encode`), the words sorted as JavaScript
compares strings, and cut into pieces: a piece ends before the first word at which it holds
`piece_bytes` or more (`Cutter`). After one article changed, making every word's postings again
(every field of every document merged, every word encoded, every piece written as JSON) was most
of the search hook's time. `update` makes only what changed from what the last build kept
(`TermsState`): the postings of the words of the changed fields, spliced into the words' last
postings (those of other documents kept as they were), and the pieces those words are in; a piece
whose words are untouched and that starts where the cut falls is the last build's text as it was.
The cut is the same rule over the same words, so the pieces are those a build from scratch makes
(tests/test_search_shards.py compares both on random changes).
"""
from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

FieldForms = tuple  # (forms, count of positions of each, every position in form order, Thai words): shards.FieldForms
# A larger share of changed fields than this is made from scratch (no faster to splice, and the state is rewritten anyway).
_MOST_CHANGED = 0.1


def js_order(term: str) -> bytes:
    """Sort key: JavaScript compares strings by UTF-16 code units."""
    return term.encode("utf-16-be")


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def json_call(data: str) -> str:
    """JSON.parse('...') of JSON text: for large data, browsers parse JSON faster than a JavaScript literal."""
    return "JSON.parse('" + data.replace("\\", "\\\\").replace("'", "\\'") + "')"


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def json_of_call(call: str) -> str:
    """The JSON text of a json_call (every backslash in it starts an escape json_call made)."""
    return _ESCAPED.sub(r"\1", call[len("JSON.parse('"):-len("')")])


def encode(run: array) -> list[int]:
    """(key delta, count, then block and index of each position) for one word, as the browser reads it."""
    out: list[int] = []
    previous, i = 0, 0
    while i < len(run):
        count = run[i + 1]
        previous = _put(out, previous, run[i], run[i + 2:i + 2 + count])
        i += 2 + count
    return out


def word_size(term: str, encoded: list[int]) -> int:
    """What a word counts towards its piece's size."""
    return len(term.encode("utf-8")) + 4 + 3 * len(encoded)


@dataclass
class TermsState:
    """What the next build updates the word pieces from: every field's key, the pieces, the Thai words' counts."""

    settings: tuple  # (format, separator, piece_bytes): any other makes the pieces from scratch
    field_keys: list[tuple]  # per document, each field's key (shards._field_key), None where it has none
    starts: list[str]  # each piece's first word
    calls: list[str]  # each piece's [words, postings] as json_call text
    thai: dict[str, int]  # each Thai word: in how many fields

    def scripts(self) -> list[str]:
        """The pieces as the files hold them."""
        return [f"DossierSearch.terms({n},{call})" for n, call in enumerate(self.calls)]


class Cutter:
    """Words in order, cut into pieces: a piece ends before the first word at which it holds piece_bytes or more."""

    def __init__(self, piece_bytes: int):
        self.piece_bytes = piece_bytes
        self.starts: list[str] = []
        self.calls: list[str] = []
        self.words: list[str] = []
        self.postings: list[list[int]] = []
        self.size = 0

    def add(self, term: str, encoded: list[int]) -> None:
        if self.words and self.size >= self.piece_bytes:
            self.close()
        if not self.words:
            self.starts.append(term)
        self.words.append(term)
        self.postings.append(encoded)
        self.size += word_size(term, encoded)

    def at_cut(self) -> bool:
        """Whether the next word starts a piece."""
        return not self.words or self.size >= self.piece_bytes

    def close(self) -> None:
        """End the open piece (if any)."""
        if self.words:
            self.calls.append(json_call(dump([self.words, self.postings])))
        self.words, self.postings, self.size = [], [], 0

    def take(self, start: str, call: str) -> None:
        """A whole piece as the last build made it (only at a cut)."""
        self.close()
        self.starts.append(start)
        self.calls.append(call)


def cut(found: dict[str, array], piece_bytes: int) -> tuple[list[str], list[str]]:
    """The pieces of every word's postings: (first words, json_call texts). Each word's positions are let go
    as it is encoded (the encoded lists of every word at once were most of the hook's peak memory)."""
    cutter = Cutter(piece_bytes)
    for term in sorted(found, key=js_order):
        cutter.add(term, encode(found.pop(term)))
    cutter.close()
    return cutter.starts, cutter.calls


def update(last: TermsState, settings: tuple, field_keys: list[tuple],
           forms_of: Callable[[str, int, int], FieldForms | None]) -> TermsState | None:
    """The pieces of this build made from the last one's, or None when that cannot be (the documents moved,
    too many changed, or a changed field's last forms are gone): then they are made from scratch.

    forms_of(key, document, field): a field's forms by its key (the last build's, or this one's), None if unknown.
    """
    if last.settings != settings or len(last.field_keys) != len(field_keys):
        return None
    changed = [(number, field) for number, (new, old) in enumerate(zip(field_keys, last.field_keys))
               for field in range(3) if new[field] != old[field]]
    if len(changed) > _MOST_CHANGED * 3 * len(field_keys) + 3:
        return None
    replaced: set[int] = {number * 3 + field for number, field in changed}
    added: dict[str, list[tuple[int, list[int]]]] = {}
    thai = Counter(last.thai)
    for number, field in changed:
        for key, sign in ((last.field_keys[number][field], -1), (field_keys[number][field], 1)):
            if key is None:
                continue
            forms = forms_of(key, number, field)
            if forms is None:
                return None
            names, counts, positions, words = forms
            thai.update({word: sign for word in words})
            start = 0
            for form, count in zip(names, counts):
                entries = added.setdefault(form, [])
                if sign > 0:
                    entries.append((number * 3 + field, list(positions[start:start + count])))
                start += count
    starts, calls = _recut(last, added, replaced, settings[2])
    return TermsState(settings, field_keys, starts, calls, {word: n for word, n in sorted(thai.items()) if n > 0})


def _recut(last: TermsState, added: dict, replaced: set[int], piece_bytes: int) -> tuple[list[str], list[str]]:
    """The pieces again: the last build's where untouched and at a cut, the touched ones spliced and cut anew."""
    order = [js_order(start) for start in last.starts]
    touched: dict[int, list[str]] = {}
    for term in added:
        touched.setdefault(max(bisect_right(order, js_order(term)) - 1, 0), []).append(term)
    cutter = Cutter(piece_bytes)
    for number, (start, call) in enumerate(zip(last.starts, last.calls)):
        if number not in touched and cutter.at_cut():
            cutter.take(start, call)
            continue
        words, postings = json.loads(json_of_call(call))
        here = dict(zip(words, postings))
        for term in touched.get(number, ()):
            here[term] = splice(here.get(term, []), replaced, added[term])
        for term in sorted(here, key=js_order) if number in touched else words:
            if here[term]:
                cutter.add(term, here[term])
    cutter.close()
    return cutter.starts, cutter.calls


def splice(encoded: list[int], replaced: set[int], entries: Iterable[tuple[int, list[int]]]) -> list[int]:
    """A word's postings with those of the replaced fields taken out and the fields' new ones put in, in order.

    The kept postings are copied as they are encoded, only their first key delta written anew: decoding
    and encoding every posting of a common word again was most of an update's time at 10,000 articles.
    The new entries' keys are replaced ones, so none equals a kept key.
    """
    new = sorted(entries, key=lambda entry: entry[0])
    out: list[int] = []
    previous = key = i = j = 0
    while i < len(encoded):
        key += encoded[i]
        end = i + 2 + 2 * encoded[i + 1]
        while j < len(new) and new[j][0] < key:
            previous = _put(out, previous, *new[j])
            j += 1
        if key not in replaced:
            out.append(key - previous)
            out += encoded[i + 1:end]
            previous = key
        i = end
    for entry in new[j:]:
        previous = _put(out, previous, *entry)
    return out


def _put(out: list[int], previous: int, key: int, positions) -> int:
    """Append one entry (as encode writes it) after the entry of key `previous`; its key."""
    out += (key - previous, len(positions))
    for position in positions:
        out += (position >> 20, position & 0xFFFFF)
    return key
