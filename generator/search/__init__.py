"""Search in every language: index preparation at build time and one normalisation for index and query.

Material's search (lunr in a web worker) splits text at its `separator`, lower-cases the pieces and
matches each typed word as a prefix. Out of the box that finds no Thai word (Thai has no spaces), no
Arabic word with a clitic attached, no other case form of a Russian or German word, and its
per-language stemmers make matters worse. Dossier keeps Material's search and adds two small hooks:

Build time, `generator/search/hook.py` (an MkDocs hook, listed in mkdocs.yml), after Material has
written `site/search/search_index.json`:

- Thai text is segmented into words with pythainlp (its dictionary plus every Thai entity name), and
  U+200B, which `SEPARATOR` contains, is put between the words (and between Thai and other scripts).
- Each text is indexed once: an article page whole (its title section joined to the page); an
  entity, event or story page, a language index, the home page and the report only by their title
  and lead text, since their sections repeat article text, titles or lists. Entity pages carry the
  entity's names and aliases in every language as `tags` (shown under the result, highlighted);
  pages other than articles carry their `kind` (entity, event, story, site), pages in one language
  their `lang`. Hand-written pages are indexed whole. Page URLs are stored readable (UTF-8).
- The index's config names one search "language", `dossier`: Material's worker then loads
  `assets/javascripts/lunr/min/lunr.dossier.min.js`, which the hook writes as a copy of
  `assets/dossier/search.js` (generator/assets/search.js). `config.dossier.languages` gives the native
  name of each language.
- The index is written in pieces (generator/search/shards.py), so that search opens at once and
  stays small at any corpus size (Material's own worker would download every text and build one
  lunr index from it in the browser at the first query: ~4 s and ~250 MB at 1,000 articles, ~100 s
  and 2 GB at 10,000). `search_index.json` (and, for file://, `search_index.js`, as the offline
  plugin writes it) keeps Material's format but its documents carry no `title` or `text`; the manifest is in
  the `text` field's settings (`config.fields.text.dossier`, where the worker's language plugin
  reads it). `search/terms/N.js` hold the inverted index, cut into runs of words: every index form
  of every word (`index_forms`, the Python twin below) with its documents, fields and positions as
  Material's tokenizer numbers them. `search/text/N.js` hold the titles and texts. Pieces are scripts
  (`DossierSearch.terms(N, ...)`), so that they load from file:// too. All UTF-8, no \\u escapes.

In the browser, `generator/assets/search.js`:

- in the worker, Material adds every document; the script keeps them without indexing anything.
  For a query it loads the word pieces its words need, all at once (fetch in the worker over
  HTTP; script elements in the iframe that stands in for the worker on file://, where the page
  also hands the documents over without copying them), answers the query once they are in, and
  evaluates it as lunr would over the index forms (BM25 with Material's settings, field
  boosts, presence, trailing wildcard, positions), then loads the titles and texts of the best 40
  documents (and their pages, and the pages' other matching sections) and hands those documents to
  Material, which highlights them with its own tables (so a query lists at most 40 pages: each
  shown document costs a text piece to load and a highlight). Pieces
  used least recently are dropped beyond 128 word and 256 text pieces;
- every word of the text is indexed under its forms (`indexForms`, applied at build time): folded (case,
  Latin and Greek accents, Arabic marks, tatweel and letter forms, ё, digits of every script,
  decomposed SARA AM), without Arabic clitics (و ف ب ل ك ال and their combinations), with Russian
  and German (Latin-script) endings stripped; a Thai word is also found from each boundary of the
  browser's word breaker (Intl.Segmenter) on, so a word inside a compound is found (the manifest
  lists the index's Thai words; the worker finds those boundaries itself);
- each typed word is looked up in its `queryForm` (folded, fewer clitics stripped, same stemming) as a
  prefix: a prefix of a word's query form is a prefix of one of its index forms, so a word is found
  as it is typed, letter by letter, and in its other case forms;
- a typed Thai run is cut into the index's own words and must match as a phrase (consecutive
  positions), so a word from the middle of an unspaced sentence is found and nonsense is not;
- a typed entity name (any language, any case form) adds the entity's names in every language to
  the query (a name of several words as a phrase, its matches scaled to those of the typed words,
  so that an article in another script ranks like one in the script typed), and puts the entity's
  page first; otherwise pages with a `kind` rank below articles that match as well;
- in the page, each result is labelled with its language and given its `lang` and `dir`; one query
  at a time goes to the worker (while it answers, only the newest query typed waits).

`generator/search/normalise.py` is the Python twin of the normaliser; tests/test_search.py runs both
on one table of inputs, and compares their rule tables; tests/test_search_shards.py checks that the
pieces hold what the browser itself would index (Material's tokenizer and search.js, in Node).
"""
from __future__ import annotations

# Material's `separator` (a JavaScript regular expression, used without flags): HTML entities (the
# index text is HTML), white space, U+200B (between Thai words, see above), hyphens and dashes, and
# the punctuation of every script. Not the characters of lunr's query syntax (* + ~ ^), nor a decimal
# point or comma before a digit (83,7).
SEPARATOR = (
    r"&(?:[a-z]+|#\d+);|[\s\u200b\-\u2010-\u2015\u2212_:;!?¡¿\"'“”„‟‘’‚‛«»‹›()\[\]{}<>/\\…·•¶§@#$%&="
    r"、。「」『』【】《》〈〉،؛؟٪٬۔।॥]+|[.,](?!\d)"
)

# The field boosts of the index: a page title counts most, an entity's names (tags) more than text.
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 10.0}}

# The one search "language" the index names (Material loads lunr/min/lunr.<language>.min.js).
LUNR_LANGUAGE = "dossier"
