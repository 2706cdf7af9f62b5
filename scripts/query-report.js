#!/usr/bin/env node
'use strict';
// The everyday queries of the tune set (tests/e2e/search-queries/<lang>.json,
// never the holdout) searched in Node on a built site, the way the search
// page searches them (search-query.js, real lunr, the English fallback):
// a fast way to try a ranking change before the Chromium test
// (tests/e2e/search-queries.test.js) confirms it. Prints the hits per
// language and the misses with their top three.
//
//   node scripts/query-report.js [public] [lang ...]
const fs = require('fs');
const path = require('path');
const ROOT = path.join(__dirname, '..');
const lunr = require(path.join(ROOT, 'tests/e2e/node_modules/lunr'));
const text = require('../themes/default/static/js/search-text.js');
const engine = require('../themes/default/static/js/search-query.js');

const args = process.argv.slice(2);
const site = args[0] && !/^[a-z]{2}$/.test(args[0]) ? args.shift() : path.join(ROOT, 'public');
const TOP = 3;
const DEFAULT_LANG = 'en';

const loaded = {};
/** The searcher of one language of the built site. */
function load(code) {
  if (!loaded[code]) {
    const read = (file) => JSON.parse(fs.readFileSync(path.join(site, code, file), 'utf8'));
    const pipeline = text.pipeline(code);
    const docs = read('search-docs.json');
    const s = engine.searcher(lunr, text, lunr.Index.load(read('search-index.json')), docs, pipeline);
    s.setWords(read('search-words.json'));
    loaded[code] = { searcher: s, docs };
  }
  return loaded[code];
}

/** The result URLs the search page shows for `query` typed in `code`. */
function urlsFor(code, query) {
  let data = load(code);
  let found = data.searcher.search(query, false).results;
  const word = text.words(text.normalise(query)).some((w) => Array.from(w).length >= 3);
  if (found.length === 0 && code !== DEFAULT_LANG && word) {
    const english = load(DEFAULT_LANG);
    const results = english.searcher.search(query, true).results;
    if (results.length > 0) {
      data = english;
      found = results;
    }
  }
  return found.map((r) => data.docs[r.ref] && data.docs[r.ref].url);
}

const langs = args.length ? args : ['en', 'pl', 'ur', 'pa', 'ro', 'sk', 'cs', 'ar'];
let hits = 0;
let total = 0;
const misses = [];
for (const code of langs) {
  const { queries } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/e2e/search-queries', `${code}.json`), 'utf8'));
  let mine = 0;
  for (const q of queries) {
    const top = urlsFor(code, q.q).slice(0, TOP);
    if (q.expect.some((u) => top.includes(u))) mine++;
    else misses.push(`  ${code} [${q.kind}] "${q.q}" → ${top.join(' ') || '(nothing)'}; expected ${q.expect.join(' or ')}`);
  }
  console.log(`${code} ${mine}/${queries.length}`);
  hits += mine;
  total += queries.length;
}
console.log(`all ${hits}/${total}`);
if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
