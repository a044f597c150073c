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
 *   "language" `dossier` (`lang: [dossier]` in the index's config): the index pipeline stores
 *   every word under its forms (Thai words also under the suffixes that start at the browser's
 *   word boundaries), and the query is evaluated here: each typed word in its query form, Thai
 *   runs segmented against the index's own words and matched as phrases, and a typed entity
 *   name (an entity page lists its names in `tags`) expanded to the entity's names in every
 *   language, with its entity page ranked first.
 * - in the page (listed in extra.polyfills, after the iframe-worker shim): each search result
 *   gets its language (a label, `lang` and `dir`) from the index's documents.
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
   * In Material's search worker: index pipeline and query evaluation
   * ---------------------------------------------------------------------------------------- */

  function installWorker(lunr, N) {
    const breaker = typeof Intl === "object" && Intl.Segmenter
      ? new Intl.Segmenter("th", { granularity: "word" }) : undefined
    const thaiBoundaries = word => breaker ? Array.from(breaker.segment(word), s => s.index) : [0]
    const REQUIRED = lunr.Query.presence.REQUIRED
    const PROHIBITED = lunr.Query.presence.PROHIBITED
    // An entity page whose name was typed comes first; otherwise entity, event and story pages and
    // the site's own pages (kind) rank below articles that match as well.
    const ENTITY_FIRST = 10
    const KIND_WEIGHT = 0.25

    const vocabulary = { words: new Set(), all: new Set(), sortedWords: null, sortedAll: null }
    const entities = []
    const kinds = new Map()
    const alternatives = new Map()
    let names = null

    /* Index pipeline: every word under all its forms, at the word's position (highlighting). */
    const known = new Map()
    function forms(token) {
      const word = token.toString()
      let list = known.get(word)
      if (!list) {
        known.set(word, list = indexForms(fold(word), thaiBoundaries))
        if (scriptOf(list[0]) === "thai") {
          vocabulary.words.add(list[0])
          for (const form of list) vocabulary.all.add(form)
        }
      }
      return list.map(form => token.clone(() => form))
    }
    lunr.Pipeline.registerFunction(forms, "dossier-forms")

    /* The "language" Material's worker loads and applies: our pipeline only (no stemmer, no stop words). */
    lunr.dossier = function () {
      this.pipeline.reset()
      this.pipeline.add(forms)
      this.searchPipeline.reset()
    }

    /* Pages other than articles carry their `kind`; entity pages their names in every language in `tags`. */
    const add = lunr.Builder.prototype.add
    lunr.Builder.prototype.add = function (doc, attributes) {
      if (doc && doc.kind) {
        kinds.set(doc[this._ref], doc.kind)
        if (doc.kind === "entity" && Array.isArray(doc.tags))
          entities.push({ ref: doc[this._ref], names: doc.tags })
      }
      return add.call(this, doc, attributes)
    }

    lunr.Index.prototype.search = function (queryString) {
      const query = new lunr.Query(this.fields)
      new lunr.QueryParser(queryString, query).parse()
      return evaluate(this, query.clauses)
    }

    function sorted(set) { return Array.from(set).sort() }

    function hasPrefix(list, prefix) {
      let low = 0, high = list.length
      while (low < high) {
        const mid = (low + high) >> 1
        if (list[mid] < prefix) low = mid + 1
        else high = mid
      }
      return low < list.length && list[low].startsWith(prefix)
    }

    /**
     * Thai written without spaces, cut into index words (fewest pieces, longest first): the
     * first piece may start inside an indexed word, the others are whole words, the last may be
     * unfinished. None when the text is not made of the index's words.
     */
    function segmentThai(run, open) {
      if (!vocabulary.sortedAll) {
        vocabulary.sortedAll = sorted(vocabulary.all)
        vocabulary.sortedWords = sorted(vocabulary.words)
      }
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

    /** The key a word of a name or a query is compared by. */
    function keyOf(word) {
      const folded = fold(word)
      return THAI.test(folded) ? folded : queryForm(folded)
    }

    function entityNames() {
      if (names) return names
      names = []
      for (const { ref, names: list } of entities)
        for (const name of list) {
          const words = fold(name).split(lunr.tokenizer.separator).filter(Boolean)
          // A name of several words is matched as a phrase: its words next to each other.
          if (words.length)
            names.push({ ref, keys: words.map(keyOf), chains: [words.flatMap(word => chainOf(word, true))] })
        }
      for (const name of names) {
        if (!alternatives.has(name.ref)) alternatives.set(name.ref, [])
        alternatives.get(name.ref).push(name.chains)
      }
      return names
    }

    /** Run one conjunction of chains; keep the documents where every chain stands in order. */
    function runChains(index, chains, options) {
      const results = index.query(q => {
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
      // lunr's match data shares objects with the index itself: work on copies.
      for (const result of results) result.matchData.metadata = copy(result.matchData.metadata)
      const long = chains.filter(chain => chain.length > 1)
      if (!long.length) return results
      return results.filter(result => {
        const metadata = result.matchData.metadata
        const found = long.map(chain => occurrences(chain, metadata))
        if (found.some(hits => !hits.size)) return false
        // Highlight the phrase, not every occurrence of its words.
        for (const term in metadata)
          for (const field in metadata[term]) {
            const data = metadata[term][field]
            found.forEach((hits, c) => {
              if (long[c].some(piece => covers(piece, term)) && Array.isArray(data.position))
                data.position = data.position.filter(p => hits.has(field) && hits.get(field).has(p))
            })
          }
        return true
      })
    }

    function copy(metadata) {
      const out = Object.create(null)
      for (const term in metadata) {
        out[term] = Object.create(null)
        for (const field in metadata[term]) {
          out[term][field] = Object.create(null)
          for (const key in metadata[term][field]) {
            const value = metadata[term][field][key]
            out[term][field][key] = Array.isArray(value) ? value.slice() : value
          }
        }
      }
      return out
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
     * alternative's scores multiplied by scale(its best score).
     */
    function collect(index, unit, scale, cache) {
      unit.results = new Map()
      const done = new Set()
      for (const chains of unit.chains) {
        const key = JSON.stringify([chains, unit.options])
        if (chains.some(chain => !chain.length) || done.has(key)) continue
        done.add(key)
        // The same names (an entity listing a name twice, or two entities) are looked up once per query.
        if (!cache.has(key)) cache.set(key, runChains(index, chains, unit.options))
        const found = cache.get(key).map(r => ({
          ref: r.ref, score: r.score, matchData: Object.assign(new lunr.MatchData(), { metadata: copy(r.matchData.metadata) })
        }))
        const best = found.reduce((max, r) => Math.max(max, r.score), 0)
        const factor = found.length ? scale(best || 1) : 1
        for (const result of found) {
          result.score *= factor
          const seen = unit.results.get(result.ref)
          if (!seen || seen.score < result.score) {
            if (seen) result.matchData.combine(seen.matchData)
            unit.results.set(result.ref, result)
          } else seen.matchData.combine(result.matchData)
        }
      }
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
    function evaluate(index, clauses) {
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
      for (const unit of units) collect(index, unit, () => 1, cache)

      // A typed entity name (in any language, any case form) brings in its names in all languages.
      // Each name's matches are scaled to the best match of the typed words, so that an article in
      // another script (rarer words, higher scores) ranks like one in the script typed.
      const first = new Set()
      const expanded = new Set()
      for (const name of entityNames()) {
        const m = name.keys.length
        for (let i = 0; i + m <= keys.length; i++) {
          const span = `${name.ref} ${i} ${m}`
          if (expanded.has(span) || !name.keys.every((key, k) => keys[i + k].key === key)) continue
          expanded.add(span)
          first.add(name.ref)
          const typed = units.filter(unit => keys.slice(i, i + m).some(entry => entry.position === unit.position))
          const reference = typed.reduce((max, unit) => {
            for (const r of unit.results.values()) max = Math.max(max, r.score)
            return max
          }, 1)
          const chains = alternatives.get(name.ref)  // all the entity's names
          const same = `${i} ${m} ${JSON.stringify(chains)}`
          if (expanded.has(same)) continue  // another entity with the very same names
          expanded.add(same)
          const unit = { clauses: keys.slice(i, i + m).map(entry => entry.word), presence: undefined, options: {}, chains }
          collect(index, unit, best => reference / best, cache)
          units.push(unit)
        }
      }

      const required = units.filter(unit => unit.presence === REQUIRED)
      const prohibited = units.filter(unit => unit.presence === PROHIBITED)
      const scoring = units.filter(unit => unit.presence !== PROHIBITED)
      const combined = new Map()
      for (const unit of scoring)
        for (const [ref, result] of unit.results) {
          if (required.some(r => !r.results.has(ref)) || prohibited.some(p => p.results.has(ref))) continue
          let entry = combined.get(ref)
          if (!entry) combined.set(ref, entry = { ref, score: 0, matchData: new lunr.MatchData() })
          entry.score += result.score
          entry.matchData.combine(result.matchData)
          // Material reports a typed word as missing unless a matched term starts with it.
          for (const word of unit.clauses)
            if (!(word in entry.matchData.metadata)) entry.matchData.metadata[word] = {}
        }

      const results = Array.from(combined.values())
      for (const result of results) {
        result.matchData.metadata = copy(result.matchData.metadata)
        unique(result.matchData.metadata)
        if (kinds.has(result.ref)) result.score *= KIND_WEIGHT
      }
      const top = results.reduce((max, r) => Math.max(max, r.score), 0) || 1
      for (const ref of first) {
        const entry = combined.get(ref)
        if (entry && !required.some(r => !r.results.has(ref)) && !prohibited.some(p => p.results.has(ref)))
          entry.score += ENTITY_FIRST * top
      }
      // What the last query became, for diagnostics (`lunr.dossier.last` in the worker).
      lunr.dossier.last = units.map(unit => ({ words: unit.clauses, chains: unit.chains, found: unit.results.size }))
      return results.sort((a, b) => b.score - a.score)
    }
  }

  /* ------------------------------------------------------------------------------------------
   * In the page: each result's language
   * ---------------------------------------------------------------------------------------- */

  function installPage(window, N) {
    const document = window.document
    const RTL = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"])
    const KINDS = { entity: "Entity", event: "Event", story: "Story" }
    const pages = new Map()
    let labels = {}

    const path = href => {
      try { return decodeURIComponent(href.split("#")[0].split("?")[0]) } catch (e) { return href.split("#")[0] }
    }

    // How many queries went to the search worker and how many were answered (for tests and timing).
    const status = N.status = { query: "", sent: 0, answered: 0 }

    /* Read (never change) the messages between Material and its search worker: documents, queries. */
    const Base = window.Worker
    window.Worker = class extends Base {
      constructor(...args) {
        super(...args)
        this.addEventListener("message", event => {
          if (event.data && event.data.type === 3) status.answered++
        })
      }

      postMessage(message, ...rest) {
        if (message && message.type === 2) {
          status.query = message.data
          status.sent++
        }
        if (message && message.type === 0 && message.data && Array.isArray(message.data.docs)) {
          const config = message.data.config || {}
          labels = (config.dossier && config.dossier.languages) || {}
          for (const doc of message.data.docs)
            if (doc.location.indexOf("#") === -1)
              pages.set(path(doc.location), { lang: doc.lang, kind: doc.kind })
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
