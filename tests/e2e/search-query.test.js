'use strict';
// The search page's query logic (themes/default/static/js/search-query.js)
// without a browser, on a small index built with real lunr 2.3.9: splitting
// a query, the edit distance, corrections and ranking by matched words.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const lunr = require('lunr');
const text = require('../../themes/default/static/js/search-text.js');
const query = require('../../themes/default/static/js/search-query.js');

/**
 * An English searcher over documents ({ ref: { field: text } }) indexed with
 * `fields` ([name, boost]) the way the build indexes: terms from the site's
 * pipeline, lunr's own pipeline off.
 */
function searcherOver(fields, documents) {
  const pipeline = text.pipeline('en');
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.tokenizer = (terms) => terms.map((t) => new lunr.Token(t, {}));
  builder.ref('ref');
  for (const [name, boost] of fields) builder.field(name, { boost });
  for (const [ref, doc] of Object.entries(documents)) {
    const terms = Object.fromEntries(fields.map(([name]) => [name, pipeline.terms(doc[name])]));
    builder.add({ ref, ...terms });
  }
  const index = builder.build();
  const docs = Object.fromEntries(Object.keys(documents).map((ref) => [ref, { title: ref }]));
  return query.searcher(lunr, text, index, docs, pipeline);
}

/** A searcher over `pages` ({ ref: text }) in English, with the pages' words for corrections. */
function searcherOf(pages) {
  const documents = Object.fromEntries(Object.entries(pages).map(([ref, body]) => [ref, { body }]));
  const searcher = searcherOver([['body', 1]], documents);
  searcher.setWords([...new Set(Object.values(pages).flatMap((p) => text.words(text.normalise(p))))].sort());
  return searcher;
}

/** A searcher over `pages` ({ ref: [title, keywords, body] }) with the site's field boosts. */
function searcherOfFields(pages) {
  const documents = Object.fromEntries(
    Object.entries(pages).map(([ref, [title, keywords, body]]) => [ref, { title, keywords, body }]),
  );
  return searcherOver([['title', 10], ['keywords', 5], ['body', 1]], documents);
}

const refs = (outcome) => outcome.results.map((r) => r.ref);

test('a query splits into words; "quoted" and +prefixed words are required', () => {
  assert.deepEqual(query.parse('cot +bumper "flat mattress" x'), [
    { text: 'cot', required: false },
    { text: 'bumper', required: true },
    { text: 'flat mattress', required: true },
    { text: 'x', required: false },
  ]);
  assert.deepEqual(query.parse('  '), []);
});

test('edit distance counts a swap of neighbours as one edit and stops past the limit', () => {
  const d = (a, b, max) => query.distance(Array.from(a), Array.from(b), max);
  assert.equal(d('kitchn', 'kitchen', 2), 1);
  assert.equal(d('cyring', 'crying', 2), 1);
  assert.equal(d('depersja', 'depresja', 2), 1);
  assert.equal(d('kuhnia', 'kuchnia', 2), 1);
  assert.equal(d('abc', 'abc', 1), 0);
  assert.equal(d('abcdef', 'uvwxyz', 2), 3, 'past the limit: limit + 1');
  assert.equal(d('ab', 'abcde', 2), 3);
  assert.equal(query.maxEdits(2, true), 0);
  assert.equal(query.maxEdits(5, true), 1);
  assert.equal(query.maxEdits(6, true), 2);
  assert.equal(query.maxEdits(4, false), 0, 'short words of a longer query are not corrected');
});

test('pages matching more of the words rank higher, and a word in every page counts for little', () => {
  const searcher = searcherOf({
    both: 'the kettle and the cot',
    kettle: 'the kettle the kettle the kettle boils in the kitchen',
    cot: 'the cot',
    other: 'the garden',
  });
  assert.equal(refs(searcher.search('kettle cot ', false))[0], 'both');
  // "the" is in every page: it neither keeps pages out nor decides the order.
  const withThe = refs(searcher.search('the kettle cot ', false));
  assert.equal(withThe[0], 'both');
  assert.ok(withThe.includes('other'), 'every word is optional');
});

test('a word in every page weighs almost nothing, however many fields of each page it is in', () => {
  // lunr's own idf counts a page once per field: "baby", in the title,
  // keywords and body of nine pages and the body of the tenth, would weigh
  // like a word in half of them and put the nine titles above the one page
  // with "pillow".
  const pages = { cot: ['Cot safety', '', 'No pillow in the cot for the baby.'] };
  for (const topic of ['sleep', 'crying', 'bath', 'feeding', 'car', 'stairs', 'kitchen', 'garden', 'dads']) {
    pages[topic] = [`Baby ${topic}`, 'baby', `Your baby and the ${topic}.`];
  }
  const searcher = searcherOfFields(pages);
  assert.equal(refs(searcher.search('baby pillow ', false))[0], 'cot');
  assert.equal(refs(searcher.search('pillow baby', false))[0], 'cot', 'the word being typed too');
});

test('a long word with no close word is corrected to the word sharing more than half of its beginning', () => {
  const searcher = searcherOf({ kettle: 'the kettle boils', kettles: 'kettles and kettles', cot: 'the cot' });
  // "kettleware" is 4 edits from "kettle"; its first 6 letters are "kettle".
  const outcome = searcher.search('kettleware ', false);
  assert.equal(outcome.words[0].corrected, 'kettle', 'of the words in most pages, the shortest');
  assert.deepEqual(refs(outcome).sort(), ['kettle', 'kettles']);
  // "ketxyzab" shares only 3 letters; "kettxyzab" 4 of 9, not more than half.
  assert.deepEqual(refs(searcher.search('ketxyzab ', false)), []);
  assert.deepEqual(refs(searcher.search('kettxyzab ', false)), []);
  assert.deepEqual(refs(searcher.search('kettleware ', true)), [], 'exact: as typed');
});

test('a word that finds nothing is corrected to the closest word with the same first letter; exact search does not correct', () => {
  const searcher = searcherOf({ crying: 'when a baby is crying', kitchen: 'the kitchen kettle' });
  const corrected = searcher.search('kitchn ', false);
  assert.deepEqual(refs(corrected), ['kitchen']);
  assert.equal(corrected.words[0].corrected, 'kitchen');
  assert.deepEqual(refs(searcher.search('cyring ', false)), ['crying'], 'a swap of two letters');
  assert.deepEqual(refs(searcher.search('kitchn ', true)), [], 'exact: as typed');
  assert.deepEqual(refs(searcher.search('itchen ', false)), [], 'the first letter is not corrected');
  assert.deepEqual(refs(searcher.search('kitxyz ', false)), [], 'three edits are too many');
  assert.deepEqual(searcher.suggestions(searcher.search('kitxyz ', true).words), []);
  assert.deepEqual(searcher.suggestions(searcher.search('kitchxx ', true).words), ['kitchen'], 'suggestions go one edit further');
  // While the last word is typed, a prefix of a word is no typo.
  const typing = searcher.search('kitc', false);
  assert.deepEqual(refs(typing), ['kitchen']);
  assert.equal(typing.words[0].corrected, undefined);
});

test('a required word keeps out the pages without it', () => {
  const searcher = searcherOf({ a: 'kettle cot', b: 'kettle', c: 'cot' });
  assert.deepEqual(refs(searcher.search('kettle +cot ', false)).sort(), ['a', 'c']);
  assert.deepEqual(refs(searcher.search('"kettle" "cot" ', false)), ['a']);
  assert.deepEqual(refs(searcher.search('+zzzz kettle ', false)), []);
});
