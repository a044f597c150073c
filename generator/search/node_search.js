#!/usr/bin/env node
/*
 * Run a built site's own search worker (Material's, with Dossier's search.js) in Node, without a
 * browser: for tests and for looking into a ranking.
 *
 *   node generator/search/node_search.js SITE_DIR QUERY...   prints {query: [[location, title], ...]} as JSON
 *   (with DOSSIER_NODE_PIECES=1 also "_pieces": {query: [the index pieces it loaded]})
 *
 * Each result is the list of documents Material would render for one page (the page first).
 */
"use strict"
const fs = require("fs")
const path = require("path")
const vm = require("vm")

async function main() {
  const [site, ...queries] = process.argv.slice(2)
  if (!site) {
    console.error("usage: node_search.js SITE_DIR QUERY...")
    process.exit(2)
  }
  const workers = path.join(site, "assets", "javascripts", "workers")
  const file = fs.readdirSync(workers).find(name => /^search\.[0-9a-f]+\.min\.js$/.test(name))
  const listeners = []
  const inbox = []
  const loaded = []  // the scripts the worker loaded (its index pieces, for tests)
  const context = {
    console, Intl, setTimeout, clearTimeout,
    addEventListener: (type, fn) => { if (type === "message") listeners.push(fn) },
    postMessage: message => inbox.push(message),
    importScripts: (...urls) => {
      for (const url of urls) {
        vm.runInContext(fs.readFileSync(path.resolve(workers, url.split("?")[0]), "utf-8"), context, { filename: url })
        loaded.push(url.split("?")[0])
      }
    }
  }
  context.self = context
  vm.createContext(context)
  vm.runInContext(fs.readFileSync(path.join(workers, file), "utf-8"), context, { filename: file })

  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf-8"))
  const send = async message => {
    inbox.length = 0
    for (const listener of listeners) await listener({ data: message })
    while (!inbox.length) await new Promise(resolve => setTimeout(resolve, 1))
    return inbox.shift()
  }
  await send({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } })
  const answers = {}, pieces = {}
  for (const query of queries) {
    loaded.length = 0
    const result = await send({ type: 2, data: query })
    answers[query] = result.data.items.map(items => items.map(item => [item.location, item.title, item.score]))
    pieces[query] = loaded.filter(url => /\/search\/(terms|text)\//.test(url)).map(url => url.slice(url.indexOf("search/")))
  }
  // DOSSIER_NODE_PIECES=1: also the index pieces each query loaded, under "_pieces".
  process.stdout.write(JSON.stringify(process.env.DOSSIER_NODE_PIECES ? { ...answers, _pieces: pieces } : answers))
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})
