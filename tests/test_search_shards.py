"""The search index in pieces (generator/search/shards.py): the words and positions the build writes are
the ones the browser would index (Material's tokenizer, Dossier's normaliser), and the pieces are cut,
ordered and described as the worker reads them."""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from generator.search import SEPARATOR
from generator.search.hook import write_index
from generator.search.shards import FIELD_NAMES, build, js_pattern, read_index, tokenize, text_pieces

NODE = shutil.which("node") or "/usr/bin/node"
SEARCH_JS = ROOT / "generator" / "assets" / "search.js"

# Material's own tokenizer (captured from its search worker, run in Node as in node_search.js) over every
# field of every document of a built site, and Dossier's normaliser (search.js) on each token: the
# postings the browser would build, {form: [[document * 3 + field, [positions]], ...]}.
BROWSER_POSTINGS = """
const fs = require("fs"), path = require("path"), vm = require("vm")
const N = require(%(search_js)s)
const site = process.argv[1]
const workers = path.join(site, "assets", "javascripts", "workers")
const file = fs.readdirSync(workers).find(name => /^search\\.[0-9a-f]+\\.min\\.js$/.test(name))
let tokenizer = null
const listeners = []
const context = {
  console, Intl, setTimeout, clearTimeout, postMessage: () => {},
  addEventListener: (type, fn) => { if (type === "message") listeners.push(fn) },
  importScripts: (...urls) => {
    for (const url of urls) vm.runInContext(fs.readFileSync(path.resolve(workers, url.split("?")[0]), "utf-8"), context)
    const proto = context.lunr.Builder.prototype
    if (!proto.captured) {
      const add = proto.add
      proto.add = function (...args) { tokenizer = this.tokenizer; return add.apply(this, args) }
      proto.captured = true
    }
  }
}
context.self = context
vm.createContext(context)
vm.runInContext(fs.readFileSync(path.join(workers, file), "utf-8"), context)
const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf-8"))
const manifest = index.config.fields.text.dossier
const pairs = []
for (let n = 0; n < manifest.texts.length; n++) {
  const src = fs.readFileSync(path.join(site, "search", "text", n + ".js"), "utf-8")
  pairs.push(...JSON.parse(src.slice(src.indexOf(",") + 1, -1)))
}
;(async () => {
  const docs = index.docs.map(doc => ({ ...doc }))
  for (const listener of listeners) await listener({ data: { type: 0, data: { config: index.config, docs, options: {} } } })
  const lunr = context.lunr
  const postings = {}
  index.docs.forEach((doc, number) => {
    manifest.fields.forEach((name, field) => {
      const value = name === "title" ? pairs[number][0] : name === "text" ? pairs[number][1] : doc[name]
      if (value === undefined) return
      lunr.tokenizer.table = []
      const where = {}
      for (const token of tokenizer(value))
        for (const form of N.indexForms(N.fold(token.str)))
          if (form) (where[form] = where[form] || []).push(token.metadata.position)
      for (const form in where) (postings[form] = postings[form] || []).push([number * 3 + field, where[form]])
    })
  })
  process.stdout.write(JSON.stringify({ postings, texts: pairs.length, docs: index.docs.length }))
})()
"""


def read_pieces(site: Path) -> tuple[dict, dict[str, list], list[list[str]]]:
    """The base index, every word's postings [[document * 3 + field, [positions]], ...] and the [title, text]
    of every document, from the files."""
    folder = site / "search"
    base = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    manifest = base["config"]["fields"]["text"]["dossier"]
    words: dict[str, list] = {}
    for n, start in enumerate(manifest["terms"]):
        script = (folder / "terms" / f"{n}.js").read_text(encoding="utf-8")
        prefix = f"DossierSearch.terms({n},JSON.parse('"
        assert script.startswith(prefix) and script.endswith("'))")
        names, postings = json.loads(re.sub(r"\\(.)", r"\1", script[len(prefix):-3], flags=re.S))
        assert names[0] == start and names == sorted(names, key=lambda w: w.encode("utf-16-be"))
        for name, data in zip(names, postings):
            runs, key, i = [], 0, 0
            while i < len(data):
                key += data[i]
                count = data[i + 1]
                runs.append([key, [data[i + 2 + 2 * c] << 20 | data[i + 3 + 2 * c] for c in range(count)]])
                i += 2 + 2 * count
            words[name] = runs
    texts: list[list[str]] = []
    for n, start in enumerate(manifest["texts"]):
        script = (folder / "text" / f"{n}.js").read_text(encoding="utf-8")
        assert len(texts) == start
        texts += json.loads(script[script.index(",") + 1:-1])
    return base, words, texts


def test_js_pattern_reads_classes_as_javascript_does():
    pattern = js_pattern(SEPARATOR)
    words = lambda text: [w for w in pattern.split(text) if w]
    assert words("a\u200bb\ufeffc d-e") == ["a", "b", "c", "d", "e"]
    assert words("83,7 x, y") == ["83,7", "x", "y"]
    assert words("a,٣") == ["a", "٣"]          # JavaScript's \\d is ASCII: a comma before ٣ separates
    assert words("a\x1cb") == ["a\x1cb"]      # not white space in JavaScript
    assert js_pattern(r"[\s]+").pattern.startswith("[\\t")


def test_tokenizer_follows_material():
    """Blocks are top-level elements (their tags count among a block's positions); text splits at the separator."""
    separator = js_pattern(SEPARATOR)
    assert tokenize("<p>Ab cd</p> <ul><li>x <b>y</b></li></ul>", separator) == [
        (0 << 20 | 1, "ab"), (0 << 20 | 2, "cd"), (1 << 20 | 1, "x"), (1 << 20 | 2, "y")]
    assert tokenize(["Shenyang", "Шэньян"], separator) == [(0, "shenyang"), (1 << 20, "шэньян")]
    assert tokenize("", separator) == []


def _text_docs(count: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [{"location": f"p{i // 3}.html#s{i % 3}", "title": f"Title {i}", "text": "word " * rng.randrange(5, 60)}
            for i in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_changed_document_changes_the_text_pieces_around_it_only(seed):
    """Text pieces end where the documents around say (not at a running count from the first): a document
    made longer or shorter changes its own piece and perhaps a neighbour, and the pieces before and after
    are the same (those after numbered one more or less when the count changed)."""
    docs = _text_docs(600, seed)
    texts, starts = text_pieces(docs, 300)
    assert [pair for piece in texts for pair in piece] == [[d["title"], d["text"]] for d in docs]
    assert starts == [sum(len(piece) for piece in texts[:n]) for n in range(len(texts))]
    sizes = [sum(len(t.encode()) + len(x.encode()) + 8 for t, x in piece) for piece in texts]
    assert all(150 <= size < 600 + 400 for size in sizes[:-1]) and len(texts) > 20
    for number, change in ((300, " more" * 40), (301, ""), (10, " more" * 3)):
        changed = [dict(d) for d in docs]
        changed[number]["text"] = change if not change else changed[number]["text"] + change
        again, _ = text_pieces(changed, 300)
        same_before = next(n for n, (a, b) in enumerate(zip(texts + [None], again + [0])) if a != b)
        same_after = next(n for n, (a, b) in enumerate(zip(texts[::-1] + [None], again[::-1] + [0])) if a != b)
        assert len(texts) - same_before - same_after <= 2 and len(again) - same_before - same_after <= 2


def test_pieces_are_cut_ordered_and_described():
    docs = [{"location": f"p{i}.html", "title": f"Title {i}", "text": f"<p>word{i} common ความร่วมมือ</p>"} for i in range(40)]
    docs.append({"location": "entities/x.html", "title": "X", "text": "<p>x</p>", "kind": "entity", "tags": ["Xx", "Икс"]})
    index = {"config": {"separator": SEPARATOR, "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}, "docs": docs}
    files = build(index, piece_bytes=200, text_bytes=100)
    manifest = files.base["config"]["fields"]["text"]["dossier"]
    assert manifest["fields"] == list(FIELD_NAMES) and manifest["documents"] == len(docs)
    assert len(files.terms) == len(manifest["terms"]) > 3 and len(files.texts) == len(manifest["texts"]) > 3
    assert manifest["terms"] == sorted(manifest["terms"], key=lambda w: w.encode("utf-16-be"))
    assert manifest["thai"] == ["ความร่วมมือ"]
    assert all("text" not in doc and "title" not in doc for doc in files.base["docs"])
    assert files.base["docs"][-1]["tags"] == ["Xx", "Икс"]
    assert files.base["config"]["fields"]["title"] == {"boost": 1000.0}
    assert "dossier" not in index["config"]["fields"]["text"]  # the input is left as it is
    again = build(index, piece_bytes=200, text_bytes=100)
    assert (again.terms, again.texts, again.version) == (files.terms, files.texts, files.version)
    changed = build({**index, "docs": docs[:-1]}, piece_bytes=200, text_bytes=100)
    assert changed.version != files.version


def test_pieces_made_with_the_forms_table_are_the_pieces_made_without(tmp_path):
    """Each field's forms taken from the last build's table give the same pieces; taken, they are not held
    (saved again as their bytes), and a field changed since is computed and stored."""
    from generator import cache

    docs = [{"location": f"p{i}.html", "title": f"Title {i}", "text": f"<p>word{i} common ความร่วมมือ Шэньян</p>"} for i in range(30)]
    index = {"config": {"separator": SEPARATOR, "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}, "docs": docs}
    first = cache.Store.load(tmp_path, "forms")
    build(index, piece_bytes=200, text_bytes=100, store=first)
    first.save()
    changed = {**index, "docs": [*docs[:-1], {**docs[-1], "text": "<p>another text</p>"}]}
    table = cache.Store.load(tmp_path, "forms")
    files = build(changed, piece_bytes=200, text_bytes=100, store=table)
    plain = build(changed, piece_bytes=200, text_bytes=100)
    assert (files.terms, files.texts, files.base) == (plain.terms, plain.texts, plain.base)
    assert table.computed == 1 and table.hits == len(table.used) - 1
    assert all(value is cache._PENDING for key, value in table.used.items() if key not in table._new)
    table.save()
    again = cache.Store.load(tmp_path, "forms")
    assert set(again.entries) == set(table.used)
    assert build(changed, piece_bytes=200, text_bytes=100, store=again).terms == plain.terms and again.computed == 0


def test_pieces_hold_what_the_browser_would_index(built_site):
    """Every form of every token, at Material's positions, in every field: the browser's index, word for word."""
    site = built_site / "site"
    script = BROWSER_POSTINGS % {"search_js": json.dumps(str(SEARCH_JS))}
    result = subprocess.run([NODE, "-e", script, str(site)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    browser = json.loads(result.stdout)
    base, words, texts = read_pieces(site)
    assert browser["docs"] == browser["texts"] == len(base["docs"]) == len(texts)
    assert set(words) == set(browser["postings"])
    differ = [w for w in words if words[w] != browser["postings"][w]]
    assert not differ, f"{len(differ)} words differ, e.g. {differ[:5]}"
    assert any(re.search("[\u0e00-\u0e7f]", w) for w in words) and any(re.search("[\u0600-\u06ff]", w) for w in words)


def test_every_text_is_in_a_piece(built_site):
    site = built_site / "site"
    base, _, texts = read_pieces(site)
    assert len(texts) == len(base["docs"])
    articles = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))["articles"]
    by_location = {doc["location"]: pair for doc, pair in zip(base["docs"], texts)}
    for article in articles:
        title, text = by_location[article["url"]]
        assert title and text, article["url"]


@pytest.mark.parametrize("name", ["terms", "text"])
def test_pieces_are_scripts_the_worker_can_load(built_site, name):
    files = sorted((built_site / "site" / "search" / name).glob("*.js"))
    assert files
    for path in files:
        head = path.read_text(encoding="utf-8")[:40]
        assert head.startswith(f"DossierSearch.{'terms' if name == 'terms' else 'texts'}({path.stem},")


QUERIES = ["Liaoning", "Шэньяне", "وأرامكو", "ร่วมมือ", "พิธีเปิดเที่ยวบิน", "หยางเสิ่น", "Foderationsrates", "Saudi Aramco",
           "BMW", "s", "ก", "qwxzv"]


def node_answers(site: Path, queries: list[str]) -> dict:
    result = subprocess.run([NODE, str(ROOT / "generator" / "search" / "node_search.js"), str(site), *queries],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "DOSSIER_NODE_PIECES": "1"})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_small_pieces_answer_as_few_do(built_site, tmp_path):
    """Cut into many small pieces, the index answers every query as before (words and prefixes across piece
    boundaries, texts from many pieces), and a query loads only the pieces its words need."""
    site = built_site / "site"
    small = tmp_path / "site"
    shutil.copytree(site, small, symlinks=True)
    shutil.rmtree(small / "search")
    (small / "search").mkdir()
    write_index(small, read_index(site / "search"), offline=True, piece_bytes=300, text_bytes=300)
    pieces = len(list((small / "search" / "terms").glob("*.js")))
    assert pieces > 50 and len(list((small / "search" / "text").glob("*.js"))) > 20
    few, many = node_answers(site, QUERIES), node_answers(small, QUERIES)
    for query in QUERIES:
        assert many[query] == few[query], query
        loaded = [p for p in many["_pieces"][query] if p.startswith("search/terms/")]
        assert len(loaded) < pieces / 3, (query, len(loaded))
    assert few["Liaoning"] and few["ร่วมมือ"] and not few["หยางเสิ่น"] and not few["qwxzv"]


_WORDS = ["common", "Shenyang", "Шэньян", "шэньяна", "ความร่วมมือ", "เหลียวหนิง", "Dalian", "تعاون", "والتعاون",
          "delegation", "Delegationen", "визит", "2023", "port", "ports"]


def _random_doc(rng, number: int) -> dict:
    text = " ".join(rng.choice(_WORDS) + (str(rng.randrange(30)) if rng.random() < 0.3 else "")
                    for _ in range(rng.randrange(0, 25)))
    doc = {"location": f"p{number}.html", "title": f"Title {rng.choice(_WORDS)}", "text": f"<p>{text}</p>"}
    if rng.random() < 0.3:
        doc["tags"] = rng.sample(_WORDS, rng.randrange(0, 3))
    return doc


def _changed(rng, docs: list[dict]) -> list[dict]:
    """The same documents, a few of them changed: text, title, tags added, emptied or removed."""
    docs = [dict(doc) for doc in docs]
    for number in rng.sample(range(len(docs)), rng.randrange(1, 4)):
        change = rng.randrange(4)
        if change == 0:
            docs[number]["text"] = _random_doc(rng, number)["text"]
        elif change == 1:
            docs[number]["title"] = f"Title {rng.choice(_WORDS)} {rng.choice(_WORDS)}zz"
        elif change == 2:
            docs[number]["tags"] = rng.sample(_WORDS, rng.randrange(0, 3))
        else:
            docs[number].pop("tags", None)
            docs[number]["text"] = ""
    return docs


@pytest.mark.parametrize("seed", range(12))
def test_word_pieces_updated_from_the_last_build_are_the_pieces_made_from_scratch(tmp_path, seed):
    """After a few documents changed, the pieces updated from the last build's (untouched pieces taken as they
    were, touched words spliced) are byte for byte those a build from scratch makes; so is the state kept."""
    import pickle
    import random

    from generator import cache

    rng = random.Random(seed)
    config = {"separator": SEPARATOR, "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}
    docs = [_random_doc(rng, number) for number in range(60)]
    sizes = {"piece_bytes": rng.choice([80, 200, 600]), "text_bytes": 300}
    table = cache.Store.load(tmp_path, "forms")
    last = build({"config": config, "docs": docs}, store=table, **sizes)
    table.save()
    for _ in range(3):  # one change after another, each from the state the last update left
        docs = _changed(rng, docs)
        table = cache.Store.load(tmp_path, "forms")
        state = pickle.loads(pickle.dumps(last)).state  # as the pieces table gives it back
        updated = build({"config": config, "docs": docs}, store=table, last=state, **sizes)
        assert table.computed < 12  # the unchanged fields' forms were not made again
        table.save()
        plain = build({"config": config, "docs": docs}, **sizes)
        assert (updated.terms, updated.texts, updated.base, updated.version) == (plain.terms, plain.texts, plain.base, plain.version)
        scratch = build({"config": config, "docs": docs}, store=cache.Store(None), **sizes).state
        assert updated.state == scratch
        last = updated


def test_word_pieces_are_made_from_scratch_when_the_documents_moved(tmp_path, monkeypatch):
    """A document added (every later number moves), other settings or a changed field's last forms gone: the last
    build's pieces are not used; one changed document: they are."""
    from generator import cache
    from generator.search import term_pieces

    config = {"separator": SEPARATOR, "fields": {}}
    docs = [{"location": f"p{i}.html", "title": f"T{i}", "text": f"<p>word{i} common</p>"} for i in range(10)]
    table = cache.Store.load(tmp_path, "forms")
    last = build({"config": config, "docs": docs}, store=table, piece_bytes=100).state
    table.save()
    calls = []
    monkeypatch.setattr(term_pieces, "_recut", lambda *args: calls.append(args) or ([], []))
    one_changed = {"config": config, "docs": [*docs[:-1], {**docs[-1], "text": "<p>new</p>"}]}
    for index, size, table in [({"config": config, "docs": [docs[0], *docs]}, 100, cache.Store.load(tmp_path, "forms")),
                               ({"config": config, "docs": docs}, 200, cache.Store.load(tmp_path, "forms")),
                               (one_changed, 100, cache.Store(None))]:
        build(index, store=table, piece_bytes=size, last=last)
    assert calls == []
    build(one_changed, store=cache.Store.load(tmp_path, "forms"), piece_bytes=100, last=last)
    assert len(calls) == 1


def _spliced_by_definition(encoded, replaced, entries):
    """splice as its docstring says it: every posting decoded, the replaced ones dropped, the new ones merged in, encoded again."""
    from array import array

    from generator.search.term_pieces import encode

    entries_found, key, i = [], 0, 0  # every posting decoded: (document * 3 + field, positions)
    while i < len(encoded):
        key += encoded[i]
        count, i = encoded[i + 1], i + 2
        entries_found.append((key, [encoded[i + 2 * j] << 20 | encoded[i + 2 * j + 1] for j in range(count)]))
        i += 2 * count
    run = array("i")
    kept = [entry for entry in entries_found if entry[0] not in replaced]
    for key, positions in sorted([*kept, *entries], key=lambda entry: entry[0]):
        run.extend([key, len(positions), *positions])
    return encode(run)


@pytest.mark.parametrize("seed", range(6))
def test_splice_copies_kept_postings_as_decoding_and_encoding_would_give_them(seed):
    """A word's postings spliced without decoding the kept ones are those of decoding, merging and encoding
    every one (fields at the start, the end, in between; removed, added, replaced; positions past one block)."""
    import random
    from array import array

    from generator.search.term_pieces import encode, splice

    rng = random.Random(seed)
    for _ in range(300):
        run = array("i")
        for key in sorted(rng.sample(range(120), rng.randrange(0, 25))):
            positions = sorted(rng.sample(range(1 << 23), rng.randrange(0, 4)))
            run.extend([key, len(positions), *positions])
        replaced = set(rng.sample(range(120), rng.randrange(0, 15)))
        entries = [(key, sorted(rng.sample(range(1 << 23), rng.randrange(0, 4))))
                   for key in rng.sample(sorted(replaced), rng.randrange(0, len(replaced) + 1))]
        rng.shuffle(entries)
        assert splice(encode(run), replaced, entries) == _spliced_by_definition(encode(run), replaced, entries)
