/*
 * Dossier search: one normalisation for the index and the query, in every language.
 *
 * Material's search splits text at its `separator` and matches lower-cased tokens by prefix. That
 * finds no Thai word (Thai is written without spaces), no Arabic word with a clitic attached
 * (وأرامكو for أرامكو) and no other case form of a Russian or German word. This file fixes that
 * on both sides of the search, in three roles (the design is in generator/search/__init__.py):
 *
 * - everywhere: `DossierSearch`, the normaliser. `fold` (case, marks, letter forms, digits,
 *   decomposed Thai SARA AM), `indexForms` (the forms a word of the text is indexed under) and
 *   `queryForm` (the form a typed word is looked up as, a prefix of one of those forms). Its Python
 *   twin is generator/search/normalise.py; tests/test_search.py runs both on the same table.
 * - in Material's search worker, where the build hook makes Material load this file as the lunr
 *   "language" `dossier` (`lang: [dossier]` in the index's config): the index is not built here
 *   but read from the pieces the build wrote (generator/search/shards.py: every word under its
 *   index forms, with its positions), loaded as a query needs them; the query is evaluated as lunr
 *   would, each typed word in its query form (Thai words also found from the browser's word
 *   boundaries inside them), Thai runs segmented against the index's own words and matched as
 *   phrases, and a typed entity name (an entity page lists its names in `tags`) expanded to the
 *   entity's names in every language, with its entity page ranked first; the best documents get
 *   their titles and texts (also from pieces) for Material to show and highlight.
 * - in the page (listed in extra.polyfills, after the iframe-worker shim): each search result
 *   gets its language (a label, `lang` and `dir`) from the index's documents, and queries go to
 *   the worker one at a time.
 */
(function (root) {
  "use strict"

  /* ------------------------------------------------------------------------------------------
   * The normaliser (keep in step with generator/search/normalise.py)
   * ---------------------------------------------------------------------------------------- */

  const RULES = {
    // Arabic clitics a typed word loses: conjunctions, prepositions joined to the article, the
    // article itself; [prefix, the fewest letters that must remain].
    arabicQueryPrefixes: [
      ["وبال", 2], ["وكال", 2], ["فبال", 2], ["فكال", 2], ["ولل", 2], ["فلل", 2],
      ["وال", 2], ["فال", 2], ["بال", 2], ["كال", 2], ["لل", 2], ["ال", 2], ["و", 3], ["ف", 3]
    ],
    // ... and the ones an indexed word is also stored without (bare ب ل ك too, which would cut too
    // many words on the query side: بيان is no ب + يان).
    arabicIndexPrefixes: [
      ["وبال", 2], ["وكال", 2], ["فبال", 2], ["فكال", 2], ["ولل", 2], ["فلل", 2],
      ["وال", 2], ["فال", 2], ["بال", 2], ["كال", 2], ["لل", 2], ["ال", 2],
      ["وب", 3], ["ول", 3], ["وك", 3], ["فب", 3], ["فل", 3], ["فك", 3],
      ["و", 3], ["ف", 3], ["ب", 3], ["ل", 3], ["ك", 3]
    ],
    // Russian case endings of nouns and adjectives, longest first (no verb endings: -ть would
    // cut область to облас but области to област).
    russianEndings: [
      "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иям", "иях", "ией", "ием",
      "ов", "ев", "ей", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое",
      "ее", "ые", "ие", "ый", "ий", "ым", "им", "ых", "их", "ию", "ии", "ия", "ью",
      "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"
    ],
    // German (and other Latin-script) endings: a genitive or plural -s/-es first, then one of these.
    latinEndings: ["ern", "em", "en", "er", "e"],
    minimumStem: 3,
    // Letters with no canonical decomposition, spelled out.
    letters: { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ς": "σ" },
    // Arabic letter forms written interchangeably in news text.
    arabicLetters: { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك" }
  }

  const ARABIC_MARKS = /[\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g
  const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g
  const DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]/g
  const DIGIT_ZERO = [0x0660, 0x06f0, 0x0966, 0x0e50]
  const THAI = /[\u0e00-\u0e7f]/
  const ARABIC_LETTER = /[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]/
  const CYRILLIC = /[\u0400-\u04ff]/
  const LATIN = /[a-z\u00e0-\u024f]/
  const DIGIT = /[0-9]/
  const LETTER_MAP = new RegExp("[" + Object.keys(RULES.letters).join("") + "]", "g")
  const ARABIC_MAP = new RegExp("[" + Object.keys(RULES.arabicLetters).join("") + "]", "g")
  const byLength = list => [...list].sort((a, b) => b[0].length - a[0].length)
  const QUERY_PREFIXES = byLength(RULES.arabicQueryPrefixes)
  const INDEX_PREFIXES = byLength(RULES.arabicIndexPrefixes)

  /** Fold text for matching: what the eye does not distinguish, or a reader would not type. */
  function fold(text) {
    let s = String(text).normalize("NFC")
    // Decomposed SARA AM (NIKHAHIT + SARA AA, a tone mark before or between) is one letter.
    s = s.replace(/([\u0e48-\u0e4b]?)\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, "$1$2\u0e33")
    s = s.replace(INVISIBLE, "").toLowerCase()
    s = s.replace(LETTER_MAP, c => RULES.letters[c]).replace(/ё/g, "е")
    // Accents of Latin and Greek letters only (Cyrillic й and Thai vowels are letters of their own).
    s = s.normalize("NFD").replace(/([a-z\u03b1-\u03c9])[\u0300-\u036f]+/g, "$1").normalize("NFC")
    s = s.replace(ARABIC_MARKS, "").replace(ARABIC_MAP, c => RULES.arabicLetters[c])
    return s.replace(DIGITS, c => {
      const code = c.charCodeAt(0)
      return String(code - DIGIT_ZERO.find(zero => code >= zero && code <= zero + 9))
    })
  }

  /** Which rules a folded word follows: the script of its letters. */
  function scriptOf(word) {
    if (THAI.test(word)) return "thai"
    if (ARABIC_LETTER.test(word)) return "arabic"
    if (DIGIT.test(word)) return "other"
    if (CYRILLIC.test(word)) return "cyrillic"
    if (LATIN.test(word)) return "latin"
    return "other"
  }

  function stripPrefix(word, prefixes) {
    for (const [prefix, rest] of prefixes)
      if (word.startsWith(prefix) && word.length - prefix.length >= rest)
        return word.slice(prefix.length)
    return word
  }

  function russianStem(word) {
    const min = RULES.minimumStem
    for (const ending of RULES.russianEndings)
      if (word.endsWith(ending) && word.length - ending.length >= min) {
        const stem = word.slice(0, -ending.length)
        // статья, статьи, статью: the soft sign before an ending goes with it.
        return stem.endsWith("ь") && stem.length - 1 >= min ? stem.slice(0, -1) : stem
      }
    return word
  }

  function latinStem(word) {
    const min = RULES.minimumStem
    let stem = word
    if (stem.endsWith("es") && stem.length - 2 >= min) stem = stem.slice(0, -2)
    else if (stem.endsWith("s") && !stem.endsWith("ss") && stem.length - 1 >= min) stem = stem.slice(0, -1)
    for (const ending of RULES.latinEndings)
      if (stem.endsWith(ending) && stem.length - ending.length >= min)
        return stem.slice(0, -ending.length)
    return stem
  }

  /** The form a typed (folded) word is looked up as: a prefix of an index form of every word it is a form of. */
  function queryForm(word) {
    switch (scriptOf(word)) {
      case "arabic": return stripPrefix(word, QUERY_PREFIXES)
      case "cyrillic": return russianStem(word)
      case "latin": return latinStem(word)
      default: return word
    }
  }

  /**
   * The forms a (folded) word of the text is indexed under, the word first. `thaiBoundaries`,
   * when given, returns the offsets where the browser's word breaker splits a Thai word: the
   * suffixes starting there are indexed too, so a word inside a compound is found.
   */
  function indexForms(word, thaiBoundaries) {
    const forms = [word]
    const add = form => { if (form && !forms.includes(form)) forms.push(form) }
    switch (scriptOf(word)) {
      case "arabic":
        for (const [prefix, rest] of INDEX_PREFIXES)
          if (word.startsWith(prefix) && word.length - prefix.length >= rest)
            add(word.slice(prefix.length))
        for (const form of [...forms]) add(queryForm(form))
        break
      case "cyrillic":
      case "latin":
        add(queryForm(word))
        break
      case "thai":
        if (thaiBoundaries)
          for (const offset of thaiBoundaries(word))
            if (offset > 0) add(word.slice(offset))
        break
    }
    return forms
  }

  const DossierSearch = { RULES, fold, scriptOf, queryForm, indexForms }

  if (typeof module === "object" && module.exports) {
    module.exports = DossierSearch
    return
  }
  root.DossierSearch = DossierSearch
  if (typeof root.lunr === "function")
    installWorker(root.lunr, DossierSearch)
  else if (typeof document !== "undefined" && typeof root.Worker === "function")
    installPage(root, DossierSearch)

  /* ------------------------------------------------------------------------------------------
   * In Material's search worker: the index in pieces, and query evaluation
   * ---------------------------------------------------------------------------------------- */

  function installWorker(lunr, N) {
    const breaker = typeof Intl === "object" && Intl.Segmenter
      ? new Intl.Segmenter("th", { granularity: "word" }) : undefined
    const thaiBoundaries = word => breaker ? Array.from(breaker.segment(word), s => s.index) : [0]
    const REQUIRED = lunr.Query.presence.REQUIRED
    const PROHIBITED = lunr.Query.presence.PROHIBITED
    const TRAILING = lunr.Query.wildcard.TRAILING
    // An entity page whose name was typed comes first; otherwise entity, event and story pages and
    // the site's own pages (kind) rank below articles that match as well.
    const ENTITY_FIRST = 10
    const KIND_WEIGHT = 0.25
    // The documents handed to Material per query (best first), each with its text, loaded for it.
    const SHOWN = 40
    // Pieces kept in memory (least recently used go first), and lunr's scoring constant (Material sets b = 0).
    const KEEP_TERM_PIECES = 128
    const KEEP_TEXT_PIECES = 256
    const K1 = 1.2
    // Pieces load while the query waits, all at once: by script elements in the iframe that stands in
    // for a worker on file://, by fetch in a worker over HTTP; the query is answered once they are in.
    // In Node (tests) importScripts loads them synchronously.
    const inFrame = typeof document !== "undefined" && typeof document.createElement === "function"
    const fetching = !inFrame && typeof fetch === "function" && typeof location === "object" && !!location &&
      /^https?:$/.test(location.protocol)
    const deferred = inFrame || fetching

    const store = {
      manifest: null, fields: [], boosts: [], docs: [], byRef: new Map(), base: "",
      terms: new Map(), texts: new Map(), missingTerms: new Set(), query: null, rounds: 0,
      extractors: null, tokenize: null, shown: []
    }
    const entities = new Map()  // document number -> { doc, names }: entity pages, their names in every language
    const kinds = new Map()     // document number -> kind (entity, event, story, site)
    let names = null            // the manifest's: the key of a name's first word -> the entity pages with such a name

    /* The pieces are scripts that call these. */
    N.terms = (number, [words, postings]) => {
      store.terms.delete(number)
      store.terms.set(number, { words, postings, decoded: new Map() })
    }
    N.texts = (number, texts) => {
      store.texts.delete(number)
      store.texts.set(number, texts)
    }

    /* Before each query: forget the pieces used least recently beyond what is kept. */
    function trim() {
      for (const [pieces, keep] of [[store.terms, KEEP_TERM_PIECES], [store.texts, KEEP_TEXT_PIECES]])
        for (const key of Array.from(pieces.keys()).slice(0, Math.max(0, pieces.size - keep)))
          pieces.delete(key)
    }

    /* The "language" Material's worker loads and applies: no pipeline (the pieces hold the index forms). */
    lunr.dossier = function () {
      this.pipeline.reset()
      this.searchPipeline.reset()
    }

    /* Material adds every document: keep it (the index is in the pieces), note its kind and entity names. */
    lunr.Builder.prototype.add = function (doc) {
      if (!store.manifest) {
        store.manifest = (this._fields.text || {}).dossier
        if (!store.manifest) throw new Error("Dossier search: the index has no manifest; rebuild the site")
        store.fields = store.manifest.fields
        store.boosts = store.fields.map(name => (this._fields[name] && this._fields[name].boost) || 1)
        store.extractors = store.fields.map(name => this._fields[name] && this._fields[name].extractor)
        store.tokenize = this.tokenizer
        store.base = siteBase()
      }
      doc.title = ""  // titles and texts are in the text pieces, given to the documents shown
      doc.text = ""
      const number = store.docs.length
      store.byRef.set(doc[this._ref], number)
      store.docs.push(doc)
      if (doc.kind) {
        kinds.set(number, doc.kind)
        if (doc.kind === "entity" && Array.isArray(doc.tags)) entities.set(number, { doc: number, names: doc.tags })
      }
    }

    function siteBase() {
      // The worker script is assets/javascripts/workers/search.*.js; the iframe's first script is that script.
      const script = inFrame ? document.querySelector("script[src]") : null
      const from = script ? script.src : typeof location === "object" && location ? location.href : ""
      return from ? new URL("../../../", from).href : "../../../"
    }

    /* ---- loading pieces ---- */

    function urls(kind, numbers) {
      return Array.from(numbers, n => `${store.base}search/${kind}/${n}.js?v=${store.manifest.version}`)
    }

    function loadNow(kind, numbers) {
      const list = urls(kind, numbers)
      try {
        importScripts(...list)
      } catch (error) {
        console.warn("Dossier search: cannot load", list, error)
      }
      settle(kind, numbers)
    }

    function loadLater(kind, numbers) {
      if (fetching)
        return Promise.all(urls(kind, numbers).map(url => fetch(url)
          .then(response => response.ok ? response.text() : "")
          .then(script => {
            try {
              (0, eval)(script)  // a piece is one call: DossierSearch.terms(...) or DossierSearch.texts(...)
            } catch (error) {
              importScripts(url)  // where eval is not allowed (a content security policy)
            }
          })
          .catch(error => console.warn("Dossier search: cannot load", url, error))))
          .then(() => settle(kind, numbers))
      return Promise.all(urls(kind, numbers).map(src => new Promise(resolve => {
        const script = document.createElement("script")
        script.src = src
        script.onload = script.onerror = () => {
          script.remove()
          resolve()
        }
        document.body.appendChild(script)
      }))).then(() => settle(kind, numbers))
    }

    /* A piece that did not load is taken as empty, so that a query is always answered. */
    function settle(kind, numbers) {
      for (const n of numbers)
        if (kind === "terms" && !store.terms.has(n)) N.terms(n, [[], []])
        else if (kind === "text" && !store.texts.has(n)) N.texts(n, [])
    }

    /* ---- the inverted index ---- */

    /** The first index of a sorted list whose item is not below `value` (after: not below or equal). */
    function lowerBound(list, value, after = false) {
      let low = 0, high = list.length
      while (low < high) {
        const mid = (low + high) >> 1
        if (list[mid] < value || (after && list[mid] === value)) low = mid + 1
        else high = mid
      }
      return low
    }

    /** The piece whose words include `term`: the last one starting at or before it. */
    function pieceOf(term) {
      return Math.max(0, lowerBound(store.manifest.terms, term, true) - 1)
    }

    function termPiece(n) {
      const piece = store.terms.get(n)
      if (!piece) {
        store.missingTerms.add(n)
        return null
      }
      store.terms.delete(n)  // most recently used last
      store.terms.set(n, piece)
      return piece
    }

    /**
     * A word's postings, for each (document * 3 + field) in order: keys[k], and its positions
     * (Material's block << 20 | index) from positions[starts[k]] to positions[starts[k + 1]].
     */
    function decode(piece, i) {
      let posting = piece.decoded.get(i)
      if (posting) return posting
      const data = piece.postings[i]
      let n = 0, total = 0
      for (let k = 0; k < data.length; k += 2 + 2 * data[k + 1]) {
        n++
        total += data[k + 1]
      }
      const keys = new Int32Array(n), starts = new Int32Array(n + 1), positions = new Int32Array(total)
      for (let k = 0, e = 0, p = 0, key = 0; k < data.length; e++) {
        key += data[k]
        const count = data[k + 1]
        keys[e] = key
        starts[e] = p
        for (let c = 0; c < count; c++) positions[p++] = data[k + 2 + 2 * c] * 1048576 + data[k + 3 + 2 * c]
        k += 2 + 2 * count
      }
      starts[n] = total
      posting = { keys, starts, positions }
      piece.decoded.set(i, posting)
      return posting
    }

    /** The positions of a posting's k-th (document, field), as a list. */
    function positionsOf(posting, k) {
      return Array.from(posting.positions.subarray(posting.starts[k], posting.starts[k + 1]))
    }

    /** The index words `term` stands for (itself, or every word it begins when open), with their postings. */
    function lookup(term, open) {
      const found = []
      const first = pieceOf(term), last = open ? pieceOf(term + "\uffff") : first
      for (let n = first; n <= last; n++) {
        const piece = termPiece(n)
        if (!piece) continue
        for (let i = lowerBound(piece.words, term); i < piece.words.length; i++) {
          const word = piece.words[i]
          if (open ? !word.startsWith(term) : word !== term) break
          found.push([word, decode(piece, i)])
        }
      }
      return found
    }

    /* Thai: the index holds whole words; a word is also found from each of the browser's word-breaker
       boundaries inside it (ร่วมมือ in ความร่วมมือ), as one form standing for every word it ends. */
    const thai = { words: null, all: null, sortedWords: null, sortedAll: null, owners: null }

    function thaiVocabulary() {
      if (thai.words) return thai
      thai.words = new Set(store.manifest.thai)
      thai.all = new Set()
      thai.owners = new Map()
      for (const word of store.manifest.thai)
        for (const form of indexForms(word, thaiBoundaries)) {
          thai.all.add(form)
          if (!thai.owners.has(form)) thai.owners.set(form, [])
          thai.owners.get(form).push(word)
        }
      thai.sortedWords = sorted(thai.words)
      thai.sortedAll = sorted(thai.all)
      return thai
    }

    function lookupThai(term, open) {
      const vocabulary = thaiVocabulary()
      const forms = []
      if (open)
        for (let i = lowerBound(vocabulary.sortedAll, term); i < vocabulary.sortedAll.length && vocabulary.sortedAll[i].startsWith(term); i++)
          forms.push(vocabulary.sortedAll[i])
      else if (vocabulary.all.has(term)) forms.push(term)
      const found = []
      for (const form of forms) {
        const owners = vocabulary.owners.get(form)
        if (owners.length === 1) {  // one word ends so: its own postings
          for (const [, posting] of lookup(owners[0], false)) found.push([form, posting])
          continue
        }
        const merged = new Map()
        for (const word of owners)
          for (const [, posting] of lookup(word, false))
            posting.keys.forEach((key, k) => {
              const list = merged.get(key)
              const positions = positionsOf(posting, k)
              merged.set(key, list ? Array.from(new Set([...list, ...positions])).sort((a, b) => a - b) : positions)
            })
        if (!merged.size) continue
        const keys = Int32Array.from(Array.from(merged.keys()).sort((a, b) => a - b))
        const starts = new Int32Array(keys.length + 1)
        keys.forEach((key, k) => { starts[k + 1] = starts[k] + merged.get(key).length })
        found.push([form, { keys, starts, positions: Int32Array.from(Array.from(keys).flatMap(key => merged.get(key))) }])
      }
      return found
    }

    /**
     * lunr's Index#query over the pieces: the same clauses (presence, trailing wildcard, fields,
     * boost), the same scores (BM25 with b = 0, field boosts, a query vector per field) and the same
     * match data (positions by term and field). Results (in no order) { doc, score, hits }, where
     * hits is [table, field, first match, field, first match, ...] into the query's table of matches
     * (made into lunr metadata by metadataOf, for the few documents that need it), and byDoc.
     */
    function query(build) {
      const q = new lunr.Query(store.fields)
      build(q)
      const total = store.manifest.documents
      // Required clauses each document matches (mark: the last clause counted), prohibited documents.
      let matched = null, mark = null, prohibited = null
      let required = 0, impossible = false, capacity = 0
      // First the documents each clause finds (the words it stands for, in its fields): which
      // documents match every required clause and none prohibited (with one clause: all it finds).
      const clauses = []
      q.clauses.forEach((clause, c) => {
        const open = (clause.wildcard & TRAILING) !== 0
        const term = clause.term.replace(/^\*+|\*+$/g, "")
        if (!term) return
        const expanded = THAI.test(term) ? lookupThai(term, open) : lookup(term, open)
        const isRequired = clause.presence === REQUIRED, isProhibited = clause.presence === PROHIBITED
        const fields = (clause.fields || store.fields).map(name => store.fields.indexOf(name))
        const inField = [false, false, false]
        for (const field of fields) inField[field] = true
        clauses.push({ clause, expanded, fields, inField, isProhibited })
        if (!isProhibited) for (const [, posting] of expanded) capacity += posting.keys.length
        if (isRequired) {
          required++
          if (!expanded.length) impossible = true
        }
        if ((!isRequired && !isProhibited) || q.clauses.length === 1) return
        if (!matched) {
          matched = new Uint16Array(total)
          mark = new Int32Array(total).fill(-1)
          prohibited = new Uint8Array(total)
        }
        for (const [, posting] of expanded)
          for (let k = 0, keys = posting.keys; k < keys.length; k++) {
            const key = keys[k], field = key % 3, doc = (key - field) / 3
            if (!inField[field]) continue
            if (isProhibited) prohibited[doc] = 1
            else if (mark[doc] !== c) {
              mark[doc] = c
              matched[doc]++
            }
          }
      })
      // Pieces still to load: this round only finds out which (the query runs again once they are in).
      if (impossible || store.missingTerms.size) return { results: [], byDoc: new Map() }

      // Then the matches in the documents found, with their weights, and the query vectors. The
      // table of matches: term (index into terms), posting entry, weight; linked per (document * 3
      // + field) from head.
      const terms = [], termOf = new Map()
      const table = {
        terms, term: new Int32Array(capacity), entry: new Int32Array(capacity),
        weight: new Float64Array(capacity), next: new Int32Array(capacity)
      }
      const head = new Int32Array(total * 3).fill(-1)
      const touched = []
      const vectors = store.fields.map(() => new Map())  // term index -> summed clause boosts
      const seen = new Set()
      let size = 0
      for (const { clause, expanded, fields, inField, isProhibited } of clauses) {
        if (isProhibited) continue
        for (const [word, posting] of expanded) {
          const { keys, starts } = posting
          const df = keys.length
          const idf = Math.log(1 + Math.abs((total - df + 0.5) / (df + 0.5)))
          let t = termOf.get(word)
          if (t === undefined) {
            termOf.set(word, t = terms.length)
            terms.push([word, posting])
          }
          // A word already matched in a field (by an earlier clause) adds no match data there again.
          const record = inField.map((on, field) => on && !seen.has(field + "/" + word))
          const scale = record.map((on, field) => idf * (K1 + 1) * store.boosts[field])
          for (let k = 0; k < keys.length; k++) {
            const key = keys[k], field = key % 3
            if (!record[field]) continue
            if (matched) {
              const doc = (key - field) / 3
              if ((required && matched[doc] !== required) || prohibited[doc]) continue
            }
            const tf = starts[k + 1] - starts[k]
            table.term[size] = t
            table.entry[size] = k
            table.weight[size] = Math.round(scale[field] * tf / (K1 + tf) * 1000) / 1000
            if (head[key] === -1) touched.push(key)
            table.next[size] = head[key]
            head[key] = size++
          }
          for (const field of fields) {
            vectors[field].set(t, (vectors[field].get(t) || 0) + clause.boost)
            seen.add(field + "/" + word)
          }
        }
      }
      const weights = vectors.map(vector => {
        const list = new Float64Array(terms.length)
        for (const [t, v] of vector) list[t] = v
        return list
      })
      const magnitudes = weights.map(list => Math.sqrt(list.reduce((sum, v) => sum + v * v, 0)))
      const byDoc = new Map()
      for (const key of touched) {
        const field = key % 3, doc = (key - field) / 3
        let result = byDoc.get(doc)
        if (!result) byDoc.set(doc, result = { doc, score: 0, hits: [table] })
        let dot = 0
        const vector = weights[field]
        for (let e = head[key]; e !== -1; e = table.next[e]) dot += vector[table.term[e]] * table.weight[e]
        if (magnitudes[field]) result.score += dot / magnitudes[field]
        result.hits.push(field, head[key])
      }
      return { results: Array.from(byDoc.values()), byDoc }
    }

    /** lunr match metadata, {term: {field: {position: [...]}}}, from a result's hits. */
    function metadataOf(hits) {
      const metadata = Object.create(null)
      const table = hits[0]
      for (let h = 1; h < hits.length; h += 2) {
        const name = store.fields[hits[h]]
        for (let e = hits[h + 1]; e !== -1; e = table.next[e]) {
          const [word, posting] = table.terms[table.term[e]]
          const into = metadata[word] || (metadata[word] = Object.create(null))
          into[name] = { position: positionsOf(posting, table.entry[e]) }
        }
      }
      return metadata
    }

    /** Whether a chain stands (its pieces at consecutive positions) in one field's matches. */
    function stands(table, first, chain) {
      const lists = chain.map(piece => {
        const list = []
        for (let e = first; e !== -1; e = table.next[e]) {
          const [word, posting] = table.terms[table.term[e]]
          if (covers(piece, word)) {
            const k = table.entry[e]
            list.push(posting.positions.subarray(posting.starts[k], posting.starts[k + 1]))
          }
        }
        return list
      })
      if (lists.some(list => !list.length)) return false
      for (const starts of lists[0])
        for (const start of starts)
          if (lists.every((list, k) => !k || list.some(positions => includes(positions, start + k)))) return true
      return false
    }

    function includes(sorted, value) {
      const low = lowerBound(sorted, value)
      return low < sorted.length && sorted[low] === value
    }

    /* ---- texts of the documents shown ---- */

    function textPiece(doc) {
      return lowerBound(store.manifest.texts, doc, true) - 1
    }

    /** Give the documents shown their texts (and Material its position tables for them); take them back from the last ones. */
    function show(numbers) {
      const textTable = store.extractors[store.fields.indexOf("text")]  // (re)sets the text's position table
      for (const doc of store.shown) {
        const d = store.docs[doc]
        d.text = ""
        if (textTable) textTable(d)
      }
      store.shown = numbers
      for (const doc of numbers) {
        const d = store.docs[doc]
        const n = textPiece(doc)
        const [title, text] = (store.texts.get(n) || [])[doc - store.manifest.texts[n]] || ["", ""]
        d.title = title
        d.text = text
        store.fields.forEach((name, field) => {
          const extractor = store.extractors[field]
          if (!extractor) return
          const value = extractor(d)
          if (value !== undefined) store.tokenize(value)
        })
      }
    }

    /* ---- answering a query (in the browser, once the pieces it needs are in) ---- */

    const tickets = []  // the queries being answered, in order: their messages, and what they wait for
    let asked = null    // the ticket of the search Material's listener has just run
    let last = null

    if (deferred) {
      // Material's listener, registered first, runs a query's search (and may post its answer)
      // before this one sees the message: note the message, to ask again once the pieces are in.
      addEventListener("message", event => {
        if (asked) asked.message = event.data
        asked = null
      })
      const post = self.postMessage
      self.postMessage = function (message, ...rest) {
        const ticket = message && message.type === 3 ? tickets.shift() : undefined
        if (ticket && ticket.wait)
          // Not answered yet: ask again once the pieces are in (the page sees one answer per query).
          return ticket.wait.then(() => dispatchEvent(new MessageEvent("message", { data: ticket.message })))
        return post.call(self, message, ...rest)
      }
    }

    lunr.Index.prototype.search = function (queryString) {
      const ticket = { message: undefined, wait: null }
      if (deferred) tickets.push(asked = ticket)
      if (!store.manifest) return []  // an index without documents
      // A new query may forget pieces; asked again once its pieces are in, it keeps them (and after
      // a few rounds is answered with what there is: a query is always answered).
      if (store.query !== queryString) {
        trim()
        store.query = queryString
        store.rounds = 0
      }
      const wait = deferred && store.rounds++ < 4
      let results = last && last.query === queryString ? last.results : null
      for (let round = 0; !results; round++) {
        store.missingTerms.clear()
        const q = new lunr.Query(this.fields)
        new lunr.QueryParser(queryString, q).parse()
        const found = evaluate(q.clauses)
        if (!store.missingTerms.size || (!deferred && round > 2) || (deferred && !wait)) {
          results = found
          if (!store.missingTerms.size) last = { query: queryString, results }
        } else if (!deferred) loadNow("terms", new Set(store.missingTerms))
        else {
          ticket.wait = loadLater("terms", new Set(store.missingTerms))
          return []
        }
      }
      // The best documents, and the other matching sections of their pages (Material lists them under the page).
      const { docs } = results
      const top = docs.slice(0, SHOWN)
      const pageOf = doc => store.docs[doc].parent ? store.byRef.get(store.docs[doc].parent.location) : doc
      const pages = new Set(top.map(pageOf))
      for (let i = SHOWN; i < docs.length && top.length < 2 * SHOWN; i++)
        if (pages.has(pageOf(docs[i]))) top.push(docs[i])
      const numbers = new Set(pages)
      for (const doc of top) numbers.add(doc)
      const needed = new Set()
      for (const n of new Set(Array.from(numbers, textPiece))) {
        const texts = store.texts.get(n)
        if (!texts) needed.add(n)
        else {
          store.texts.delete(n)  // most recently used last
          store.texts.set(n, texts)
        }
      }
      if (needed.size) {
        if (!deferred) loadNow("text", needed)
        else if (wait) {
          ticket.wait = loadLater("text", needed)
          return []
        }
      }
      show(Array.from(numbers))
      return top.map(doc => matchDataOf(doc, results))
    }

    function sorted(set) { return Array.from(set).sort() }

    function hasPrefix(list, prefix) {
      const low = lowerBound(list, prefix)
      return low < list.length && list[low].startsWith(prefix)
    }

    /**
     * Thai written without spaces, cut into index words (fewest pieces, longest first): the
     * first piece may start inside an indexed word, the others are whole words, the last may be
     * unfinished. None when the text is not made of the index's words.
     */
    function segmentThai(run, open) {
      const vocabulary = thaiVocabulary()
      const n = run.length
      const best = new Array(n + 1).fill(Infinity), next = new Array(n + 1)
      best[n] = 0
      for (let i = n - 1; i >= 0; i--)
        for (let j = n; j > i; j--) {
          const piece = run.slice(i, j)
          const ok = j === n && open
            ? hasPrefix(i === 0 ? vocabulary.sortedAll : vocabulary.sortedWords, piece)
            : (i === 0 ? vocabulary.all : vocabulary.words).has(piece)
          if (ok && best[j] + 1 < best[i]) {
            best[i] = best[j] + 1
            next[i] = j
          }
        }
      if (best[0] === Infinity) return undefined
      const pieces = []
      for (let i = 0; i < n; i = next[i]) pieces.push(run.slice(i, next[i]))
      return pieces
    }

    /**
     * A typed word as a chain of pieces that must stand next to each other in the text: one
     * piece in its query form, or a Thai run cut into index words. Script changes inside a word
     * ("BMWกรุ๊ป") are word boundaries in the index, so they cut the chain too.
     */
    function chainOf(word, open) {
      const runs = fold(word).match(/[\u0e00-\u0e7f]+|[^\u0e00-\u0e7f]+/g) || []
      const chain = []
      runs.forEach((run, index) => {
        const last = index === runs.length - 1
        if (THAI.test(run)) {
          const pieces = segmentThai(run, open && last) || [run]
          pieces.forEach((piece, k) => chain.push({ term: piece, open: open && last && k === pieces.length - 1 }))
        } else {
          const form = queryForm(run)
          if (form) chain.push({ term: form, open: open && last })
        }
      })
      return chain
    }

    /** The key a word of a name or a query is compared by (`folded`: the word is folded already). */
    function keyOf(word, folded) {
      const form = folded ? word : fold(word)
      return THAI.test(form) ? form : queryForm(form)
    }

    /**
     * The names that begin with a word of this key: { entity, keys }. The manifest lists the
     * entity pages by the keys of their names' first words (the build computes them as keyOf
     * does); their names are folded here when a query first names them.
     */
    function namesStarting(key) {
      if (!names) names = new Map(Object.entries(store.manifest.names || {}))
      const found = []
      for (const doc of names.get(key) || []) {
        const entity = entities.get(doc)
        if (!entity) continue
        if (!entity.parsed) {
          entity.parsed = []
          for (const name of entity.names) {
            const words = fold(name).split(lunr.tokenizer.separator).filter(Boolean)
            if (words.length) entity.parsed.push({ words, keys: words.map(word => keyOf(word, true)) })
          }
        }
        for (const name of entity.parsed) if (name.keys[0] === key) found.push({ entity, keys: name.keys })
      }
      return found
    }

    /** An entity's names as alternatives to look up: a name of several words as a phrase (its words next to each other). */
    function alternativesOf(entity) {
      if (!entity.chains) entity.chains = entity.parsed.map(name => [name.words.flatMap(word => chainOf(word, true))])
      return entity.chains
    }

    /** Run one conjunction of chains; keep the documents where every chain stands in order. */
    function runChains(chains, options) {
      const { results, byDoc } = query(q => {
        for (const chain of chains)
          for (const piece of chain) {
            // lunr takes an option given as undefined for a value: set only what the clause has.
            const clause = {
              presence: REQUIRED, usePipeline: false,
              wildcard: piece.open ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
            }
            for (const key of ["fields", "boost", "editDistance"])
              if (options[key] !== undefined) clause[key] = options[key]
            q.term(piece.term, clause)
          }
      })
      // A result's match data stays its hits (made into metadata for the documents shown); with
      // phrases, the documents where each phrase stands, whose highlights are the phrase's words.
      const long = chains.filter(chain => chain.length > 1)
      for (const result of results) result.part = long.length ? { hits: result.hits, long } : result.hits
      if (!long.length) return { results, byDoc }
      const standing = results.filter(result => {
        const hits = result.hits, table = hits[0]
        const ok = long.every(chain => {
          for (let h = 1; h < hits.length; h += 2) if (stands(table, hits[h + 1], chain)) return true
          return false
        })
        if (!ok) byDoc.delete(result.doc)
        return ok
      })
      return { results: standing, byDoc }
    }

    /** A phrase's highlights: its words where it stands, not every occurrence of them. */
    function phraseMetadata(part) {
      const metadata = metadataOf(part.hits)
      const found = part.long.map(chain => occurrences(chain, metadata))
      for (const term in metadata)
        for (const field in metadata[term]) {
          const data = metadata[term][field]
          found.forEach((hits, c) => {
            if (part.long[c].some(piece => covers(piece, term)) && Array.isArray(data.position))
              data.position = data.position.filter(p => hits.has(field) && hits.get(field).has(p))
          })
        }
      return metadata
    }

    const covers = (piece, term) => piece.open ? term.startsWith(piece.term) : term === piece.term

    /** Where the pieces of a chain occur at consecutive positions: field -> the positions of those occurrences. */
    function occurrences(chain, metadata) {
      const fields = new Set()
      for (const term in metadata) for (const field in metadata[term]) fields.add(field)
      const hits = new Map()
      for (const field of fields) {
        const positions = chain.map(piece => {
          const found = new Set()
          for (const term in metadata)
            if (covers(piece, term) && metadata[term][field])
              for (const p of metadata[term][field].position || []) found.add(p)
          return found
        })
        for (const start of positions[0])
          if (positions.every((set, k) => set.has(start + k))) {
            const set = hits.get(field) || new Set()
            chain.forEach((piece, k) => set.add(start + k))
            hits.set(field, set)
          }
      }
      return hits
    }

    /**
     * A unit's results: the union of its alternatives (the best score of a document), each
     * alternative's scores multiplied by scale(its best score). Scores by document number in
     * unit.score (unit.has: found), the documents in unit.docs, the lookups in unit.found (their
     * match data is made only for the documents shown, by matchDataOf).
     */
    function collect(unit, scale, cache) {
      const total = store.manifest.documents
      unit.score = new Float64Array(total)
      unit.has = new Uint8Array(total)
      unit.docs = []
      unit.found = []
      unit.best = 0
      const done = new Set()
      // lunr's defaults (all fields, boost 1, no edit distance) said or not: the same lookup.
      const options = {}
      const { fields, boost, editDistance } = unit.options
      if (fields && fields.join() !== store.fields.join()) options.fields = fields
      if (boost !== undefined && boost !== 1) options.boost = boost
      if (editDistance) options.editDistance = editDistance
      for (const chains of unit.chains) {
        const key = JSON.stringify([chains, options])
        if (chains.some(chain => !chain.length) || done.has(key)) continue
        done.add(key)
        // The same names (typed, an entity listing a name twice, or two entities) are looked up once per query.
        if (!cache.has(key)) cache.set(key, runChains(chains, options))
        const found = cache.get(key)
        unit.found.push(found)
        const best = found.results.reduce((max, r) => Math.max(max, r.score), 0)
        const factor = found.results.length ? scale(best || 1) : 1
        for (const { doc, score } of found.results) {
          const scaled = score * factor
          if (!unit.has[doc]) {
            unit.has[doc] = 1
            unit.docs.push(doc)
            unit.score[doc] = scaled
          } else if (unit.score[doc] < scaled) unit.score[doc] = scaled
          if (scaled > unit.best) unit.best = scaled
        }
      }
    }

    /**
     * The documents found, best first: the SHOWN best, then the other sections of their pages,
     * then the rest (unordered: they are not shown).
     */
    function best(docs, score) {
      const byScore = (a, b) => score[b] - score[a]
      if (docs.length <= 4 * SHOWN) return docs.sort(byScore)
      // The SHOWN-th best score: the documents above it, sorted (a selection, not a sort of all).
      const sample = Float64Array.from(docs, doc => score[doc]).sort()
      const threshold = sample[sample.length - SHOWN]
      const above = [], rest = []
      for (const doc of docs) (score[doc] >= threshold ? above : rest).push(doc)
      above.sort(byScore)
      const pageOf = doc => store.docs[doc].parent ? store.byRef.get(store.docs[doc].parent.location) : doc
      const pages = new Set(above.slice(0, SHOWN).map(pageOf))
      const sections = rest.filter(doc => pages.has(pageOf(doc))).sort(byScore)
      return above.concat(sections, rest.filter(doc => !pages.has(pageOf(doc))))
    }

    /** lunr match data for a document found: its matches merged, each position once, and the typed words it has. */
    function matchDataOf(doc, evaluation) {
      const metadata = Object.create(null)
      const typed = []
      for (const unit of evaluation.units) {
        if (unit.presence === PROHIBITED || !unit.has[doc]) continue
        typed.push(...unit.clauses)
        for (const found of unit.found) {
          const result = found.byDoc.get(doc)
          if (!result) continue
          const part = Array.isArray(result.part) ? metadataOf(result.part) : phraseMetadata(result.part)
          for (const term in part)
            for (const field in part[term]) {
              const into = metadata[term] || (metadata[term] = Object.create(null))
              const positions = part[term][field].position
              into[field] = { position: into[field] ? into[field].position.concat(positions) : positions }
            }
        }
      }
      unique(metadata)
      // Material reports a typed word as missing unless a matched term starts with it.
      for (const word of typed) if (!(word in metadata)) metadata[word] = Object.create(null)
      const matchData = new lunr.MatchData()
      matchData.metadata = metadata
      return { ref: store.docs[doc].location, score: evaluation.score[doc], matchData }
    }

    /**
     * Each position once per field: Material highlights every position of every matched term, and
     * one word matched under several forms (or by several clauses) would be marked twice.
     */
    function unique(metadata) {
      const seen = Object.create(null)
      for (const term of Object.keys(metadata).sort((a, b) => b.length - a.length))
        for (const field in metadata[term]) {
          const taken = seen[field] || (seen[field] = new Set())
          const data = metadata[term][field]
          if (!Array.isArray(data.position)) continue
          data.position = data.position.filter(p => taken.has(p) ? false : (taken.add(p), true))
          if (!data.position.length) delete metadata[term][field]
        }
    }

    /**
     * Evaluate Material's query clauses as lunr would (optional clauses add up, required ones
     * must all match, prohibited ones must not), with each clause in its normalised form, and
     * entity names expanded across languages.
     */
    function evaluate(clauses) {
      const units = []
      const keys = []
      clauses.forEach((clause, position) => {
        const term = clause.term
        const word = term.replace(/^\*+|\*+$/g, "")
        if (!word) return
        const chain = chainOf(word, term.endsWith("*"))
        if (!chain.length) return
        units.push({
          clauses: [word], presence: clause.presence, chains: [[chain]], position,
          options: { fields: clause.fields, boost: clause.boost, editDistance: clause.editDistance }
        })
        if (clause.presence !== PROHIBITED) keys.push({ key: keyOf(word), word, position })
      })

      const cache = new Map()
      for (const unit of units) collect(unit, () => 1, cache)

      // A typed entity name (in any language, any case form) brings in its names in all languages.
      // Each name's matches are scaled to the best match of the typed words, so that an article in
      // another script (rarer words, higher scores) ranks like one in the script typed.
      const first = new Set()
      const expanded = new Set()
      for (let i = 0; i < keys.length; i++)
        for (const name of namesStarting(keys[i].key)) {
          const m = name.keys.length, entity = name.entity
          const span = `${entity.doc} ${i} ${m}`
          if (i + m > keys.length || expanded.has(span) || !name.keys.every((key, k) => keys[i + k].key === key)) continue
          expanded.add(span)
          first.add(entity.doc)
          const typed = units.filter(unit => keys.slice(i, i + m).some(entry => entry.position === unit.position))
          const reference = typed.reduce((max, unit) => Math.max(max, unit.best), 1)
          const chains = alternativesOf(entity)  // all the entity's names
          const same = `${i} ${m} ${JSON.stringify(chains)}`
          if (expanded.has(same)) continue  // another entity with the very same names
          expanded.add(same)
          const unit = { clauses: keys.slice(i, i + m).map(entry => entry.word), presence: undefined, options: {}, chains }
          collect(unit, best => reference / best, cache)
          units.push(unit)
        }

      const required = units.filter(unit => unit.presence === REQUIRED)
      const prohibited = units.filter(unit => unit.presence === PROHIBITED)
      const scoring = units.filter(unit => unit.presence !== PROHIBITED)
      const allowed = doc => required.every(r => r.has[doc]) && !prohibited.some(p => p.has[doc])
      const total = store.manifest.documents
      const score = new Float64Array(total), found = new Uint8Array(total)
      const docs = []
      for (const unit of scoring)
        for (const doc of unit.docs) {
          if ((required.length || prohibited.length) && !allowed(doc)) continue
          if (!found[doc]) {
            found[doc] = 1
            docs.push(doc)
          }
          score[doc] += unit.score[doc]
        }
      let top = 0
      for (const doc of docs) {
        if (kinds.has(doc)) score[doc] *= KIND_WEIGHT
        if (score[doc] > top) top = score[doc]
      }
      for (const doc of first)
        if (found[doc] && allowed(doc)) score[doc] += ENTITY_FIRST * (top || 1)
      // What the last query became, for diagnostics (`lunr.dossier.last` in the worker).
      lunr.dossier.last = units.map(unit => ({ words: unit.clauses, chains: unit.chains, found: unit.docs.length }))
      return { docs: best(docs, score), score, units }
    }
  }

  /* ------------------------------------------------------------------------------------------
   * In the page: each result's language
   * ---------------------------------------------------------------------------------------- */

  function installPage(window, N) {
    const document = window.document
    const RTL = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"])
    const KINDS = { entity: "Entity", event: "Event", story: "Story" }
    let pages = new Map()  // page path -> { lang, kind }, made from the index's documents when first needed
    let documents = []
    let labels = {}

    const path = href => {
      try { return decodeURIComponent(href.split("#")[0].split("?")[0]) } catch (e) { return href.split("#")[0] }
    }

    // How many queries went to the search worker and how many were answered, and when (performance.now())
    // the index went to the worker and the worker was ready (for tests and timing).
    const status = N.status = { query: "", sent: 0, answered: 0, setup: null, ready: null }

    /*
     * Read the messages between Material and its search worker (documents, queries), and send
     * one query at a time: while the worker answers one, only the newest query typed since waits
     * (typing a word letter by letter asks for its last prefix, not for every one).
     */
    const Base = window.Worker
    window.Worker = class extends Base {
      constructor(...args) {
        super(...args)
        this.dossierBusy = false
        this.dossierWaiting = null
        this.addEventListener("message", event => {
          if (event.data && event.data.type === 1) status.ready = window.performance.now()
          if (!event.data || event.data.type !== 3) return
          status.answered++
          this.dossierBusy = false
          const waiting = this.dossierWaiting
          this.dossierWaiting = null
          if (waiting) this.postMessage(...waiting)
        })
      }

      postMessage(message, ...rest) {
        if (message && message.type === 2) {
          if (this.dossierBusy) {
            this.dossierWaiting = [message, ...rest]
            return
          }
          this.dossierBusy = true
          status.query = message.data
          status.sent++
        }
        if (message && message.type === 0 && message.data && Array.isArray(message.data.docs)) {
          status.setup = window.performance.now()
          const config = message.data.config || {}
          labels = (config.dossier && config.dossier.languages) || {}
          documents = message.data.docs
          pages = null
          // On file://, the iframe that stands in for the worker (iframe-worker 1.0.4: `iframe`, and
          // `r`, the promise of its loading) shares this page's memory: hand it the documents as they
          // are rather than copied, which would take time and memory on the page's own thread.
          if (this.iframe && this.r && typeof this.r.then === "function") {
            this.r.then(() => this.iframe.contentWindow.dispatchEvent(new MessageEvent("message", { data: message })))
            return
          }
        }
        return super.postMessage(message, ...rest)
      }
    }

    function base() {
      const config = document.getElementById("__config")
      const root = config ? JSON.parse(config.textContent).base : "."
      return path(new URL(root.endsWith("/") ? root : root + "/", window.location.href).pathname)
    }

    function label(item) {
      const link = item.querySelector("a.md-search-result__link")
      if (!link || item.dataset.dossierLang !== undefined) return
      const root = base()
      const page = path(new URL(link.getAttribute("href"), window.location.href).pathname)
      if (!pages) {
        pages = new Map()
        for (const doc of documents)
          if (doc.location.indexOf("#") === -1)
            pages.set(doc.location.indexOf("%") === -1 ? doc.location : path(doc.location), { lang: doc.lang, kind: doc.kind })
        documents = []
      }
      const info = pages.get(page.startsWith(root) ? page.slice(root.length) : page) || {}
      item.dataset.dossierLang = info.lang || ""
      // The direction goes on the title and text blocks, not on the result (its icon stays put).
      const dir = info.lang ? (RTL.has(info.lang.split("-")[0]) ? "rtl" : "ltr") : "auto"
      for (const article of item.querySelectorAll(".md-search-result__article")) {
        if (info.lang) article.setAttribute("lang", info.lang)
        for (const el of article.querySelectorAll("h1, h2, p, li, .md-tag")) el.setAttribute("dir", info.lang ? dir : "auto")
      }
      const text = info.lang ? labels[info.lang] || info.lang : KINDS[info.kind]
      const heading = item.querySelector(".md-search-result__article h1")
      if (text && heading) {
        const row = document.createElement("div")
        row.className = "dossier-search-lang"
        row.setAttribute("dir", info.lang ? dir : "auto")
        const badge = row.appendChild(document.createElement("span"))
        badge.textContent = text
        if (info.lang) badge.setAttribute("lang", info.lang)
        heading.after(row)
      }
    }

    function start() {
      const style = document.createElement("style")
      style.textContent =
        ".md-typeset .dossier-search-lang{margin:.1em 0 .3em}" +
        ".dossier-search-lang span{display:inline-block;padding:0 .4em;border-radius:.2em;font-size:.64rem;" +
        "line-height:1.6;color:var(--md-default-fg-color--light);background:var(--md-default-fg-color--lightest)}"
      document.head.appendChild(style)
      const list = document.querySelector(".md-search-result__list")
      if (!list) return
      new MutationObserver(() => list.querySelectorAll(".md-search-result__item").forEach(label))
        .observe(list, { childList: true })
    }
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start)
    else start()
  }
})(typeof globalThis !== "undefined" ? globalThis : this)
