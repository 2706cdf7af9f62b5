#!/usr/bin/env node
'use strict';
// What the light stemmers do to a language of the default site (README,
// "Search"): distinct words, terms without and with stemming, and prefix
// truncation (first N letters) compared with the stemmer.
//
//   node scripts/stem-report.js pl            counts
//   node scripts/stem-report.js pl groups     every group of words that meet in one term
//   node scripts/stem-report.js pl prefix5    groups that the first 5 letters join across stems
const fs = require('fs');
const path = require('path');
const text = require('../themes/default/static/js/search-text.js');

const ROOT = path.join(__dirname, '..');
const [lang, mode = 'counts'] = process.argv.slice(2);
if (!lang) {
  console.error('usage: node scripts/stem-report.js <lang> [counts|groups|prefixN]');
  process.exit(2);
}

function markdownFiles(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

const content = markdownFiles(path.join(ROOT, 'content', lang)).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const words = [...new Set(text.words(text.normalise(content)))];
const pipeline = text.pipeline(lang);
const folded = [...new Set(words.map(text.fold))];
const termOf = new Map(folded.map((f) => [f, pipeline.term(f)]));

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

if (mode === 'groups') {
  for (const [term, members] of [...groupBy(folded, (f) => termOf.get(f))].sort()) {
    if (members.length > 1) console.log(`${term}\t${members.sort().join(' ')}`);
  }
} else if (mode.startsWith('prefix')) {
  const n = Number(mode.slice(6));
  for (const [prefix, members] of [...groupBy(folded, (f) => f.slice(0, n))].sort()) {
    if (new Set(members.map((f) => termOf.get(f))).size > 1) console.log(`${prefix}\t${members.sort().join(' ')}`);
  }
} else {
  console.log(`${lang}: ${words.length} distinct words, ${folded.length} folded, ${new Set(termOf.values()).size} terms`);
  const pairs = [];
  for (const members of groupBy(folded, (f) => termOf.get(f)).values()) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([members[i], members[j]]);
  }
  for (const n of [4, 5, 6]) {
    const joined = pairs.filter(([a, b]) => a.slice(0, n) === b.slice(0, n)).length;
    const across = [...groupBy(folded, (f) => f.slice(0, n)).values()].filter((m) => new Set(m.map((f) => termOf.get(f))).size > 1);
    console.log(
      `  first ${n} letters: ${new Set(folded.map((f) => f.slice(0, n))).size} terms; joins ${joined} of the ` +
        `${pairs.length} pairs the stemmer joins; ${across.length} groups join words of different stems`,
    );
  }
}
