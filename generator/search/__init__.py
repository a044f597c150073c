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
- The index is written as UTF-8 (no \\u escapes), `search_index.json` and, with the offline plugin,
  `search_index.js`.

In the browser, `generator/assets/search.js`:

- in the worker, every word of the text is indexed under its forms (`indexForms`): folded (case,
  Latin and Greek accents, Arabic marks, tatweel and letter forms, ё, digits of every script,
  decomposed SARA AM), without Arabic clitics (و ف ب ل ك ال and their combinations), with Russian
  and German (Latin-script) endings stripped, and Thai words also from each boundary of the
  browser's word breaker (Intl.Segmenter) on, so a word inside a compound is found;
- each typed word is looked up in its `queryForm` (folded, fewer clitics stripped, same stemming) as a
  prefix: a prefix of a word's query form is a prefix of one of its index forms, so a word is found
  as it is typed, letter by letter, and in its other case forms;
- a typed Thai run is cut into the index's own words and must match as a phrase (consecutive
  positions), so a word from the middle of an unspaced sentence is found and nonsense is not;
- a typed entity name (any language, any case form) adds the entity's names in every language to
  the query (a name of several words as a phrase, its matches scaled to those of the typed words,
  so that an article in another script ranks like one in the script typed), and puts the entity's
  page first; otherwise pages with a `kind` rank below articles that match as well;
- in the page, each result is labelled with its language and given its `lang` and `dir`.

`generator/search/normalise.py` is the Python twin of the normaliser; tests/test_search.py runs both
on one table of inputs, and compares their rule tables.
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
