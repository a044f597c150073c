"""The search index in pieces: a small base loaded at once, words and texts loaded as a query needs them.

Material's worker builds one lunr index in the browser from every document's whole text when search
first opens: at 1,000 articles that is a 9 MB download and ~4 s and ~250 MB of JavaScript memory
before the first result, and it grows with the corpus. Instead the build hook writes (see
generator/search/__init__.py for the whole design):

- `search/search_index.json` (and `search_index.js` for file://, as Material's offline plugin
  does): Material's format, but each document without its `title` and `text` (location, and tags,
  lang, kind where it has them), and in the `text` field's settings (`config.fields.text.dossier`, which the worker's
  lunr language receives) the manifest: document count, the first word of each word piece, the
  first document of each text piece, the Thai words of the index, a version for cache busting.
- `search/terms/N.js`: the inverted index, cut into pieces of consecutive words (sorted as
  JavaScript compares strings): for every indexed form of a word (generator.search.normalise
  `index_forms`, the forms the browser used to index the text under), the documents and fields it
  occurs in and its positions, as Material's tokenizer numbers them (block << 20 | index), so
  phrase matching and highlighting work as before. A script: `DossierSearch.terms(N,
  JSON.parse('[words, postings]'))` (browsers parse JSON faster than a literal), loaded by the
  worker (fetch over HTTP, a script element in the iframe that stands in for it on file://).
  A word's postings: (document * 3 + field) as a difference from the previous one, the number of
  positions, then block and index of each position.
- `search/text/N.js`: the documents' titles and texts, in document order, `DossierSearch.texts(N,
  [[title, text], ...])`, loaded for the results shown (and their pages).

The tokenizer here is Material's (its HTML-aware `extract` and `split` at the search separator),
so that positions agree with the tables Material builds in the browser when it highlights a
result; tests/test_search_shards.py checks both agree on a built site.
"""
from __future__ import annotations

import hashlib
import json
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.search.normalise import fold, index_forms, query_form, script_of
from generator.search.term_pieces import TermsState, cut, dump as _dump, js_order as _js_order, json_call, update

FORMAT = 1
FIELD_NAMES = ("title", "text", "tags")
TERM_PIECE_BYTES = 32_000  # a word piece is cut after this many bytes (one word's postings may be more)
TEXT_PIECE_BYTES = 8_000   # a text piece about this many (a query loads those of the ~40 documents it shows)
_JS_SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
_TAG_OPEN, _TEXT, _TAG_CLOSE = 0, 1, 2


def js_pattern(source: str) -> re.Pattern:
    """A JavaScript regular expression (no flags) as a Python one: `\\s` and `\\d` as JavaScript reads them."""
    out, in_class, i = [], False, 0
    while i < len(source):
        c = source[i]
        if c == "\\" and i + 1 < len(source):
            pair, i = source[i:i + 2], i + 2
            if pair == "\\s":
                out.append(_JS_SPACE if in_class else f"[{_JS_SPACE}]")
            elif pair == "\\d":
                out.append("0-9" if in_class else "[0-9]")
            else:
                out.append(pair)
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return re.compile("".join(out))


def _extract(text: str) -> Iterable[tuple[int, int, int, int]]:
    """Material's `extract`: (block, type, start, end) of the markup and text sections of an HTML string."""
    block = start = stack = 0
    for match in re.finditer("[<>]", text):
        end = match.start()
        if match.group() == "<":
            if end > start:
                yield block, _TEXT, start, end
                start = end
            continue
        if text[start + 1:start + 2] == "/":
            stack -= 1
            if stack == 0:
                yield block, _TAG_CLOSE, start, end + 1
                block += 1
        elif text[end - 1:end] != "/":
            stack += 1
            if stack == 1:
                yield block, _TAG_OPEN, start, end + 1
        start = end + 1
    if len(text) > start:
        yield block, _TEXT, start, len(text)


def tokenize(value: str | list[str], separator: re.Pattern) -> list[tuple[int, str]]:
    """Material's `tokenize`: (position, lower-cased token) of a field's value (a string, or a list of strings)."""
    tokens: list[tuple[int, str]] = []
    counts: list[int] = []  # the length of each block of Material's position table
    for text in value if isinstance(value, list) else [value]:
        total = len(counts)
        for block, kind, start, end in _extract(text):
            block += total
            while len(counts) <= block:
                counts.append(0)
            if kind != _TEXT:
                counts[block] += 1
                continue
            section, index = text[start:end], 0
            for match in separator.finditer(section):
                if index < match.start():
                    tokens.append((block << 20 | counts[block], section[index:match.start()].lower()))
                    counts[block] += 1
                index = match.end()
            if index < len(section):
                tokens.append((block << 20 | counts[block], section[index:].lower()))
                counts[block] += 1
    return tokens


@dataclass
class SearchFiles:
    """What the hook writes: the base index (Material's format) and the pieces, by file name under search/."""

    base: dict
    terms: list[str] = field(default_factory=list)   # scripts, search/terms/N.js
    texts: list[str] = field(default_factory=list)   # scripts, search/text/N.js
    version: str = ""
    state: TermsState | None = None  # what the next build updates the word pieces from (term_pieces.update)

    def __getstate__(self) -> dict:
        # The word pieces are in the state already: kept once, made into scripts again when read.
        return {**self.__dict__, "terms": None} if self.state is not None else dict(self.__dict__)

    def __setstate__(self, values: dict) -> None:
        self.__dict__.update(values)
        if self.terms is None:
            self.terms = self.state.scripts()


class _Forms:
    """Index forms of a lower-cased token, remembered (a corpus has far fewer words than tokens)."""

    def __init__(self):
        self.known: dict[str, tuple[list[str], str | None]] = {}  # token -> (forms, folded if Thai)

    def __call__(self, token: str) -> tuple[list[str], str | None]:
        found = self.known.get(token)
        if found is None:
            folded = fold(token)
            forms = [f for f in index_forms(folded) if f] if folded else []
            found = self.known[token] = (forms, folded if folded and script_of(folded) == "thai" else None)
        return found


def field_forms(value: str | list[str], separator: re.Pattern, forms: _Forms) -> "FieldForms":
    """The index forms of one field's value with the positions of each, and the value's Thai words."""
    where: dict[str, array] = {}
    thai: set[str] = set()
    for position, token in tokenize(value, separator):
        token_forms, thai_word = forms(token)
        if thai_word:
            thai.add(thai_word)
        for form in token_forms:
            positions = where.get(form)
            if positions is None:
                where[form] = positions = array("i")
            positions.append(position)
    return compact(where, sorted(thai))


# One field's forms as the cache keeps them: (forms, count of positions of each, every position in
# form order, Thai words). Three objects instead of one array per form: a table of every field of
# a large site loads and saves in a fraction of the time (pickle's cost is per object).
FieldForms = tuple[tuple[str, ...], array, array, tuple[str, ...]]


def compact(where: dict[str, array], thai: list[str]) -> FieldForms:
    """A field's positions by form, as one record (see FieldForms)."""
    positions = array("i")
    for run in where.values():
        positions.extend(run)
    return tuple(where), array("i", map(len, where.values())), positions, tuple(thai)


def _field_key(value: str | list[str], separator: re.Pattern) -> str:
    """The cache key of one field: the format, the separator and the value (a string hashed as it is, a list as JSON)."""
    digest = hashlib.sha256(_dump([FORMAT, separator.pattern, isinstance(value, list)]).encode())
    digest.update((_dump(value) if isinstance(value, list) else value).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _field_value(doc: Mapping, name: str) -> str | list | None:
    """A document's field as it is indexed, or None (absent or empty)."""
    value = doc.get(name)
    if value is None or (isinstance(value, list) and not value):
        return None
    return value if isinstance(value, list) else str(value)


def field_keys(docs: list[Mapping], separator: re.Pattern) -> list[tuple]:
    """Each document's field keys (see `_field_key`), None for a field it does not have."""
    return [tuple(None if (value := _field_value(doc, name)) is None else _field_key(value, separator)
                  for name in FIELD_NAMES) for doc in docs]


def postings(docs: list[Mapping], separator: re.Pattern, store=None,
             keys: list[tuple] | None = None) -> tuple[dict[str, array], Counter]:
    """Every index form: array of (document * 3 + field, count, position...) runs, in document order; and the Thai
    words, each with the number of fields it is in.

    store: a cache table (generator.cache.Store) of each field's forms across builds, or None; keys: the
    documents' field keys (field_keys), if already made.
    """
    forms = _Forms()
    found: dict[str, array] = {}
    thai: Counter = Counter()
    if store is not None and keys is None:
        keys = field_keys(docs, separator)
    for number, doc in enumerate(docs):
        for field_number, name in enumerate(FIELD_NAMES):
            value = _field_value(doc, name)
            if value is None:
                continue
            key = keys[number][field_number] if store is not None else None
            cached = store.take(key) if key is not None else None  # not held: each field is read once
            field = cached if cached is not None else field_forms(value, separator, forms)
            if key is not None and cached is None:
                store.put(key, field)
            field_names, counts, positions, words = field
            thai.update(words)
            key = number * 3 + field_number
            start = 0
            for form, count in zip(field_names, counts):
                run = found.get(form)
                if run is None:
                    found[form] = run = array("i")
                run.append(key)
                run.append(count)
                run.extend(positions[start:start + count])
                start += count
    return found, thai


def _word_pieces(docs: list[Mapping], separator: re.Pattern, piece_bytes: int, store, last: TermsState | None):
    """The word pieces (first words, json_call texts), the Thai words and, with a forms table, the state the next
    build updates them from: updated from the last build's state where it can be, else made from scratch."""
    if store is None:
        found, thai = postings(docs, separator)
        return (*cut(found, piece_bytes), sorted(thai), None)
    keys = field_keys(docs, separator)
    settings = (FORMAT, separator.pattern, piece_bytes)
    forms = _Forms()

    def forms_of(key: str, number: int, field_number: int):
        found = store.get(key)
        if found is None and key == keys[number][field_number]:  # this build's field: made now
            found = field_forms(_field_value(docs[number], FIELD_NAMES[field_number]), separator, forms)
            store.put(key, found)
        return found

    state = update(last, settings, keys, forms_of) if last is not None else None
    if state is not None:
        store.retain(key for fields in keys for key in fields if key is not None)  # their forms are the table's still
    else:
        found, thai = postings(docs, separator, store, keys)
        state = TermsState(settings, keys, *cut(found, piece_bytes), dict(sorted(thai.items())))
    return state.starts, state.calls, list(state.thai), state


def entity_names(docs: list[Mapping], separator: re.Pattern) -> dict[str, list[int]]:
    """The entity pages (document numbers) by the key of the first word of each of their names.

    The key is the one search.js compares a typed word by (`keyOf`: folded, in its query form unless
    Thai), so that the worker finds the entities a query names without folding every name itself.
    """
    found: dict[str, list[int]] = {}
    for number, doc in enumerate(docs):
        if doc.get("kind") != "entity" or not isinstance(doc.get("tags"), list):
            continue
        for name in doc["tags"]:
            words = [w for w in separator.split(fold(str(name))) if w]
            if words:
                key = words[0] if script_of(words[0]) == "thai" else query_form(words[0])
                numbers = found.setdefault(key, [])
                if number not in numbers:
                    numbers.append(number)
    return {key: found[key] for key in sorted(found, key=_js_order)}


def build(index: Mapping, piece_bytes: int = TERM_PIECE_BYTES, text_bytes: int = TEXT_PIECE_BYTES,
          store=None, last: TermsState | None = None) -> SearchFiles:
    """The base index and the pieces, from the prepared index (generator.search.index.prepare).

    store: a cache table of each field's index forms across builds (see `postings`), or None; last: the
    state of the last build's word pieces (its SearchFiles.state), which they are updated from.
    """
    docs = list(index.get("docs", []))
    config = dict(index.get("config", {}))
    separator = js_pattern(config["separator"])
    starts, calls, thai, state = _word_pieces(docs, separator, piece_bytes, store, last)
    term_scripts = calls

    texts, text_starts = text_pieces(docs, text_bytes)
    text_scripts = [_dump(t) for t in texts]
    digest = hashlib.sha256()
    for part in (*term_scripts, *text_scripts, _dump(docs and [d.get("location") for d in docs])):
        digest.update(part.encode("utf-8"))
    version = digest.hexdigest()[:12]

    stubs = [{key: value for key, value in doc.items() if key not in ("title", "text")} for doc in docs]
    fields = {name: dict(spec) for name, spec in (config.get("fields") or {}).items()}
    fields.setdefault("text", {})["dossier"] = {
        "format": FORMAT, "version": version, "documents": len(docs), "fields": list(FIELD_NAMES),
        "terms": starts, "texts": text_starts, "thai": sorted(thai, key=_js_order),
        "names": entity_names(docs, separator),
    }
    config["fields"] = fields
    base = {**index, "config": config, "docs": stubs}
    return SearchFiles(
        base=base,
        terms=[f"DossierSearch.terms({n},{script})" for n, script in enumerate(term_scripts)],
        texts=[f"DossierSearch.texts({n},{script})" for n, script in enumerate(text_scripts)],
        version=version, state=state,
    )


# A text piece ends after a document whose location hashes to a multiple of this, once it holds half its
# bytes (or at twice them): where pieces end depends on the documents around, not on every one before, so
# a changed document changes its own piece, not all that follow (the last site's others are linked).
_TEXT_CUT_ODDS = 4


def text_pieces(docs: list, text_bytes: int) -> tuple[list[list[list[str]]], list[int]]:
    """The documents' [title, text] pairs cut into pieces of about text_bytes, and the first document of each."""
    texts: list[list[list[str]]] = []
    text_starts: list[int] = []
    size, cut = 0, True
    for number, doc in enumerate(docs):
        pair = [str(doc.get("title") or ""), str(doc.get("text") or "")]
        if cut:
            texts.append([])
            text_starts.append(number)
            size = 0
        texts[-1].append(pair)
        size += len(pair[0].encode("utf-8")) + len(pair[1].encode("utf-8")) + 8
        location = str(doc.get("location") or "").encode("utf-8", "surrogatepass")
        cut = size >= 2 * text_bytes or (size >= text_bytes // 2 and zlib.crc32(location) % _TEXT_CUT_ODDS == 0)
    return texts, text_starts


def read_index(folder: Path) -> dict:
    """The prepared index again (documents with their texts), from the files `build` made in a site's search/ folder."""
    index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    fields = index.get("config", {}).get("fields") or {}
    manifest = (fields.get("text") or {}).get("dossier")
    if not manifest:
        return index
    pairs: list[list[str]] = []
    for number in range(len(manifest["texts"])):
        script = (folder / "text" / f"{number}.js").read_text(encoding="utf-8")
        pairs += json.loads(script[script.index(",") + 1:-1])
    config = {**index["config"], "fields": {name: {k: v for k, v in spec.items() if k != "dossier"}
                                            for name, spec in fields.items()}}
    docs = [{"location": doc["location"], "title": title, "text": text, **doc}
            for doc, (title, text) in zip(index["docs"], pairs)]
    return {**index, "config": config, "docs": docs}
