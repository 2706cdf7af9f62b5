'use strict';
// The search index without a browser:
// - parity: the build's pipeline (the Rust binary's hidden `search-debug`) and
//   the browser's (themes/default/static/js/search-text.js) give the same words
//   and the same terms for every word of the default site, in every language;
// - the Rust index builder gives the same index as real lunr 2.3.9's builder;
// - every generated index loads with lunr.Index.load and answers queries;
// - the vendored lunr.min.js and Snowball extract match the pinned npm packages.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const lunr = require('lunr');

const site = require('./lib/site.js');
const searchText = require('../../themes/default/static/js/search-text.js');
const { extract, VENDORED } = require('./lib/snowball-extract.js');

const REPO = path.join(__dirname, '..', '..');
const BIN = process.env.THREESTEPS_BIN || path.join(REPO, 'target', 'release', 'threesteps');
const FIELDS = [['title', 10], ['headings', 3], ['description', 2], ['body', 1]];
const config = site.loadConfig(site.SITE_ROOT);
const STEMMED = ['en', 'ro', 'ar', 'pl', 'cs', 'sk', 'ur', 'pa'];

function rust(args, input) {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} not found: run \`cargo build --release\` first (or set THREESTEPS_BIN)`);
  const run = spawnSync(BIN, ['search-debug', ...args], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`threesteps search-debug ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function markdownFiles(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

/** The default site's pages of a language, split roughly into the index fields. */
function pagesOf(lang) {
  return markdownFiles(path.join(site.SITE_ROOT, 'content', lang)).map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const [, front = '', body = text] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) || [];
    const value = (key) => ((front.match(new RegExp(`^${key}:\\s*(.*)$`, 'm')) || [])[1] || '').replace(/^"|"$/g, '');
    const headings = body.split('\n').filter((l) => /^#{1,6}\s/.test(l)).join('\n');
    const rest = body.split('\n').filter((l) => !/^#{1,6}\s/.test(l)).join('\n');
    return { file, title: value('title'), description: value('description'), headings, body: rest, text };
  });
}

test('the build and the browser tokenise, normalise and stem every word of the site alike', () => {
  const problems = [];
  for (const { code } of config.languages) {
    const text = pagesOf(code).map((p) => p.text).join('\n');
    assert.ok(text.length > 0, `${code}: no content`);
    const fromRust = rust(['--lang', code], text);
    const fromJs = searchText.pipeline(code).tokens(text).map((t) => [t.word, t.term]);
    assert.equal(fromJs.length, fromRust.length, `${code}: the same number of words`);
    const seen = new Set();
    let stemmedWords = 0;
    for (let i = 0; i < fromJs.length; i++) {
      const [word, term] = fromJs[i];
      if (word !== fromRust[i][0] || term !== fromRust[i][1]) {
        problems.push(`${code}: word ${i}: browser ${JSON.stringify(fromJs[i])}, build ${JSON.stringify(fromRust[i])}`);
      }
      if (!seen.has(word)) {
        seen.add(word);
        if (term !== searchText.fold(word)) stemmedWords += 1;
      }
    }
    if (STEMMED.includes(code)) {
      assert.ok(seen.size >= 200, `${code}: at least 200 distinct words compared (${seen.size})`);
      assert.ok(stemmedWords >= 50, `${code}: the stemmer changed ${stemmedWords} words`);
    }
    console.log(`${code}: ${fromJs.length} words, ${seen.size} distinct, identical on both sides${STEMMED.includes(code) ? `, ${stemmedWords} stemmed` : ''}`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

test('the pipeline agrees on tricky text in every script', () => {
  const samples = {
    en: "Don't shake the baby’s head — cot-bed, 999/111, naïve café ﬁsh",
    pl: 'Łóżeczko, ŻŁOBEK i łóżko; lozeczko',
    ro: 'Siguranța bebelușului, siguranţa copiilor; ȘI ŢARA',
    sk: 'Bábätko spí v postieľke; dieťa',
    cs: 'Miminko spí v postýlce; dítě, řeč',
    ur: 'بچے کو سلانا، بچه، نيند، ركھيں، می\u200Cخواہم، ۱۲۳ اللّٰہ',
    pa: 'ਬੱਚੇ ਦੀ ਨੀਂਦ, ਰੋਣਾ; ਖ਼ਤਰਾ ੧੨੩',
    ar: 'الطِّفْل الطـــفل أمان إلى آمن ٱلنوم ٣',
  };
  for (const [code, text] of Object.entries(samples)) {
    const fromJs = searchText.pipeline(code).tokens(text).map((t) => [t.word, t.term]);
    assert.deepEqual(fromJs, rust(['--lang', code], text), code);
  }
});

test('the Rust index builder makes the same index as lunr 2.3.9 from the same terms', () => {
  for (const code of ['en', 'ur', 'pl']) {
    const pipeline = searchText.pipeline(code);
    const docs = pagesOf(code).map((p, i) => ({
      ref: String(i),
      fields: [pipeline.terms(p.title), pipeline.terms(p.headings), pipeline.terms(p.description), pipeline.terms(p.body)],
    }));
    const fromRust = rust(['--index'], JSON.stringify({ fields: FIELDS, docs }));
    const builder = new lunr.Builder();
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.tokenizer = (terms) => terms.map((t) => new lunr.Token(t, {}));
    builder.ref('ref');
    for (const [name, boost] of FIELDS) builder.field(name, { boost });
    for (const d of docs) {
      const doc = { ref: d.ref };
      FIELDS.forEach(([name], i) => (doc[name] = d.fields[i]));
      builder.add(doc);
    }
    const fromLunr = JSON.parse(JSON.stringify(builder.build()));
    assert.deepEqual(fromRust.fields, fromLunr.fields, `${code}: fields`);
    assert.deepEqual(fromRust.pipeline, fromLunr.pipeline, `${code}: pipeline`);
    assert.deepEqual(
      fromRust.invertedIndex.map((e) => e[0]),
      fromLunr.invertedIndex.map((e) => e[0]),
      `${code}: the same terms in the same (UTF-16) order`,
    );
    assert.deepEqual(fromRust.invertedIndex, fromLunr.invertedIndex, `${code}: postings and term indexes`);
    const vectors = new Map(fromLunr.fieldVectors);
    assert.equal(fromRust.fieldVectors.length, vectors.size, `${code}: one vector per field and document`);
    for (const [ref, elements] of fromRust.fieldVectors) {
      const expected = vectors.get(ref);
      assert.ok(expected, `${code}: lunr has a vector ${ref}`);
      assert.equal(elements.length, expected.length, `${code}: ${ref} length`);
      for (let i = 0; i < elements.length; i++) {
        assert.ok(Math.abs(elements[i] - expected[i]) <= 0.0010001, `${code}: ${ref}[${i}] ${elements[i]} vs lunr ${expected[i]}`);
      }
    }
    console.log(`${code}: ${docs.length} documents, ${fromRust.invertedIndex.length} terms, identical to lunr's builder`);
  }
});

test('lunr.Index.load accepts every generated index, and each page is found by its title', () => {
  for (const { code } of config.languages) {
    const dir = path.join(site.SITE_DIR, code);
    const serialised = JSON.parse(fs.readFileSync(path.join(dir, 'search-index.json'), 'utf8'));
    const docs = JSON.parse(fs.readFileSync(path.join(dir, 'search-docs.json'), 'utf8'));
    const warnings = [];
    const warn = lunr.utils.warn;
    lunr.utils.warn = (message) => warnings.push(message);
    let index;
    try {
      index = lunr.Index.load(serialised);
    } finally {
      lunr.utils.warn = warn;
    }
    assert.deepEqual(warnings, [], `${code}: no version warning`);
    const pipeline = searchText.pipeline(code);
    const refs = Object.keys(docs);
    assert.ok(refs.length > 0, `${code}: documents`);
    for (const ref of refs) {
      const terms = pipeline.terms(docs[ref].title);
      const results = index.query((q) => terms.forEach((t) => q.term(t, {})));
      assert.ok(results.some((r) => r.ref === ref), `${code}: "${docs[ref].title}" is found by its own title`);
      assert.ok(docs[ref].url.startsWith(`/${code}/`), `${code}: ${docs[ref].url}`);
    }
  }
});

test('the vendored lunr.min.js and Snowball extract are those of the pinned npm packages', () => {
  const vendor = path.dirname(VENDORED);
  assert.ok(fs.readFileSync(path.join(vendor, 'lunr.min.js')).equals(fs.readFileSync(require.resolve('lunr/lunr.min.js'))), 'lunr.min.js is byte-identical to the package');
  assert.equal(require('lunr/package.json').version, '2.3.9');
  assert.equal(require('snowball-stemmers/package.json').version, '0.6.0');
  assert.equal(fs.readFileSync(VENDORED, 'utf8'), extract(), 'snowball-stemmers.js is the extract of the package (node lib/snowball-extract.js)');
  for (const licence of ['lunr.LICENSE.txt', 'snowball-stemmers.LICENSE.txt']) assert.ok(fs.existsSync(path.join(vendor, licence)), licence);
});
