"""A search index for a corpus too large to build with MkDocs on a small machine, made from a built one.

The index the build hook prepares (generator.search.index.prepare) for N articles, without building
the N-article site: the documents of a built project (the template, e.g. 1,000 articles) are the
pattern, the N-article corpus (bench.corpus, the same generator of variants) gives the text.

- Article i of the N-article corpus (read with the generator's reader) becomes an article page
  document (at the template page's address with "-i" added, as long as a real one) shaped like a
  template article page of its language (the (i // 5)-th, cycling): the
  template's header paragraphs (title note, date line, versions line), then the new article's own
  paragraphs (HTML-escaped, Thai segmented with the build's segmenter, as the hook does), then the
  template's trailing text; its title is the new article's title. The template page's sections
  (events, "in this article", headings) follow, under the new page's address.
- Entity, event and story pages grow as they grew from 100 to 1,000 articles in the bench runs
  (candidates ~N^0.95, events ~N^0.85, stories ~N): the template's pages are copied under new
  addresses; a copied entity is a new candidate with a new invented name (bench.corpus.invent) in
  each language, so entity names grow too. Language index pages list N/languages articles (their
  list is repeated); the site's own pages stay.

    python -m bench.search_synth --template bench/out/project-1000 --n 10000 --out /tmp/index-10000.json
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from bench.corpus import invent, make_corpus
from generator.read.reader import find_seeds, read_seed
from generator.search.index import dumps, thai_names
from generator.search.segment import thai_segmenter
from generator.search.shards import read_index

GROWTH = {"entity": 0.95, "event": 0.85, "story": 1.0}
_P = re.compile(r"<p>(.*?)</p>", re.S)
_ZWSP = "\u200b"


def _plain(fragment: str) -> str:
    return html.unescape(fragment.replace(_ZWSP, "")).strip()


def _split_article(page: list[dict], body: list[str]) -> tuple[str, str]:
    """The template article's text before its first body paragraph and after its last one (its page and heading sections)."""
    first, last = _plain(html.escape(body[0], quote=False)), _plain(html.escape(body[-1], quote=False))
    head = page[0]["text"]
    start = next((m.start() for m in _P.finditer(head) if _plain(m.group(1)) == first), None)
    before = head[:start] if start is not None else head
    after = ""
    for doc in [page[0], *(d for d in page[1:] if _is_heading(d))]:
        end = next((m.end() for m in reversed(list(_P.finditer(doc["text"]))) if _plain(m.group(1)) == last), None)
        if end is not None:
            after = doc["text"][end:]
    return before, after


def _is_heading(section: dict) -> bool:
    return re.fullmatch(r"p\d+", section["location"].split("#", 1)[1]) is not None


def _article_docs(article, location: str, page: list[dict], before: str, after: str, segment) -> list[dict]:
    """A page document and one section per heading, as Material splits an article page."""
    def para(text: str) -> str:
        return f"<p>{segment(html.escape(text, quote=False))}</p>"

    docs = [{**page[0], "location": location, "title": segment(html.escape(article.title, quote=False)), "text": ""}]
    parts: list[str] = [before.rstrip()] if before.strip() else []
    for paragraph in article.paragraphs:
        text = article.text_of(paragraph)
        if paragraph.kind == "heading":
            docs[-1]["text"] = " ".join(parts)
            docs.append({"location": f"{location}#{paragraph.anchor}", "title": segment(html.escape(text, quote=False))})
            parts = []
        else:
            parts.append(para(text))
    if after.strip():  # the template's tail names its seed file: name this article's
        parts.append(re.sub(r"[\w.-]+\.txt", html.escape(article.source_file, quote=False), after.strip(), count=1))
    docs[-1]["text"] = " ".join(parts)
    docs += [{**s, "location": location + "#" + s["location"].split("#", 1)[1]} for s in page[1:] if not _is_heading(s)]
    return docs


def synthesize(template: Path, n: int, seed: int = 0, corpus: Path | None = None) -> dict:
    """The prepared search index of an n-article corpus, patterned on a built project (its site/)."""
    site = template / "site"
    index = read_index(site / "search")
    knowledge = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    segment = thai_segmenter(thai_names(knowledge))
    bodies = {a["url"]: [a["body"][p["start"]:p["end"]] for p in a["paragraphs"]] for a in knowledge["articles"]}
    template_n = len(knowledge["articles"])
    docs = index["docs"]

    # Pages with their sections, in index order.
    pages: list[list[dict]] = []
    for doc in docs:
        if "#" in doc["location"] and pages and doc["location"].split("#")[0] == pages[-1][0]["location"]:
            pages[-1].append(doc)
        else:
            pages.append([doc])
    articles = defaultdict(list)
    others = []
    for page in pages:
        location = page[0]["location"]
        if location in bodies:
            articles[page[0]["lang"]].append(page)
        else:
            others.append(page)

    with tempfile.TemporaryDirectory(prefix="dossier-synth-") as tmp:
        folder = corpus or make_corpus(Path(tmp) / "corpus", n, seed)
        new_articles = []
        for path in find_seeds(folder):
            outcome = read_seed(path, folder)
            if outcome.article is not None:
                new_articles.append(outcome.article)

    out_docs: list[dict] = []
    rng = random.Random(seed)
    # The site's own pages first (home, report, indexes), then articles, then the other pages, as MkDocs orders them.
    factor = n / template_n
    head = [p for p in others if p[0].get("kind") == "site" or (p[0]["location"].endswith("/index.html") and p[0].get("lang"))]
    rest = [p for p in others if p not in head]
    for page in head:
        for doc in page:
            copy = dict(doc)
            if doc["location"].endswith("/index.html") and doc.get("lang"):
                items = re.findall(r"<li>.*?</li>", doc["text"], re.S)
                copy["text"] = doc["text"] + (" " + " ".join(items)) * max(0, round(factor) - 1)
            out_docs.append(copy)
    counters: dict[str, int] = defaultdict(int)
    for number, article in enumerate(new_articles):
        patterns = articles[article.lang]
        page = patterns[(number // 5) % len(patterns)]
        before, after = _split_article(page, bodies[page[0]["location"]])
        counters[article.lang] += 1
        # An address as long as the generator's (a slug of the title): the template page's, numbered.
        location = page[0]["location"].rsplit(".html", 1)[0] + f"-{number}.html"
        out_docs += _article_docs(article, location, page, before, after, segment)
    for page in rest:
        kind = page[0].get("kind")
        copies = round((n / template_n) ** GROWTH.get(kind, 0)) if kind in GROWTH else 1
        if kind == "entity" and page[0]["location"] in _reviewed(knowledge):
            copies = 1
        for k in range(copies):
            suffix = "" if k == 0 else f"-{k}"
            stem = page[0]["location"].rsplit(".html", 1)[0] + suffix + ".html"
            first = {**page[0], "location": stem}
            if k and kind == "entity":
                names = invent(rng, rng.choice(("person", "place", "organisation")))
                first["title"] = names["en"]
                first["tags"] = list(dict.fromkeys(segment(html.escape(v, quote=False)) for v in names.values()))
            out_docs.append(first)
            for section in page[1:]:
                out_docs.append({**section, "location": stem + "#" + section["location"].split("#", 1)[1]})
    return {**index, "docs": out_docs}


def _reviewed(knowledge: dict) -> set[str]:
    return {e["url"] for e in knowledge.get("entities", []) if e.get("reviewed")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_synth", description=__doc__.split("\n")[0])
    parser.add_argument("--template", type=Path, required=True, help="a built project (with site/)")
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, help="an existing n-article corpus (else one is made)")
    parser.add_argument("--out", type=Path, required=True, help="the prepared index, JSON")
    args = parser.parse_args(argv)
    index = synthesize(args.template, args.n, args.seed, args.corpus)
    args.out.write_text(dumps(index), encoding="utf-8")
    print(f"{len(index['docs'])} documents, {args.out.stat().st_size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
