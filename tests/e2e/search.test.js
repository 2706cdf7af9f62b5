'use strict';
// Search in the browser: in every language a word from page titles finds the
// page; diacritic-free Polish, Urdu typed with Arabic-keyboard letters and
// Punjabi find their pages; the count is announced in a live region; results
// are reachable by keyboard; English results are offered and labelled when
// nothing matches in the reader's language; advice pages never load the
// index or lunr; without JavaScript the search page lists every topic A–Z.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const lunr = require('lunr');
const br = require('./lib/browser.js');
const site = require('./lib/site.js');
const searchText = require('../../themes/default/static/js/search-text.js');
const { useSiteAndBrowser } = require('./lib/harness.js');

const env = useSiteAndBrowser();
const TIMEOUT = 5 * 60 * 1000;

function docsOf(code) {
  return JSON.parse(fs.readFileSync(path.join(site.SITE_DIR, code, 'search-docs.json'), 'utf8'));
}

function indexOf(code) {
  return lunr.Index.load(JSON.parse(fs.readFileSync(path.join(site.SITE_DIR, code, 'search-index.json'), 'utf8')));
}

/** For each of up to `n` pages, a word of its title whose term is in no other title (the longest such). */
function distinctiveTitleWords(code, n) {
  const docs = docsOf(code);
  const pipeline = searchText.pipeline(code);
  const termsByRef = Object.fromEntries(Object.entries(docs).map(([ref, d]) => [ref, pipeline.tokens(d.title)]));
  const picks = [];
  for (const [ref, tokens] of Object.entries(termsByRef)) {
    const own = tokens.filter(
      (t) => t.word.length >= 4 && !/^\d+$/.test(t.word) && Object.entries(termsByRef).every(([other, ts]) => other === ref || !ts.some((o) => o.term === t.term)),
    );
    own.sort((a, b) => b.word.length - a.word.length);
    if (own.length) picks.push({ ref, word: own[0].word, url: docs[ref].url, title: docs[ref].title });
  }
  return picks.slice(0, n);
}

/** Types `query` into the search page and waits for the announced result. */
async function searchFor(page, query) {
  const input = page.locator('#search-q');
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('search-status');
      return status && status.textContent.trim() !== '' && new URLSearchParams(location.search).get('q') === q;
    },
    query,
    { timeout: 10000 },
  );
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent.trim(),
    urls: [...document.querySelectorAll('#search-results ol a')].map((a) => a.getAttribute('href')),
    listLang: (document.querySelector('#search-results ol') || { getAttribute: () => null }).getAttribute('lang'),
    heading: (document.querySelector('#search-results h2') || { textContent: '' }).textContent.trim(),
    marks: [...document.querySelectorAll('#search-results mark')].map((m) => m.textContent),
  }));
}

async function searchPage(code, options = {}) {
  const context = await br.newContext(env.browser, env.server.url, options);
  const page = await context.newPage();
  const rec = br.recorder(page);
  rec.start();
  await page.goto(`${env.server.url}/${code}/search/`);
  return { context, page, rec };
}

function ftl(code, key) {
  const text = fs.readFileSync(path.join(site.SITE_ROOT, 'translations', code, 'main.ftl'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${key} =`));
  return line ? line.slice(key.length + 2).trim() : null;
}

test('in every language, a word from a page title finds that page in the top three, announced and marked', { timeout: TIMEOUT }, async () => {
  const problems = [];
  for (const { code } of env.config.languages) {
    const picks = distinctiveTitleWords(code, 5);
    assert.ok(picks.length >= 3, `${code}: at least three titles with a word of their own (${picks.length})`);
    const { context, page, rec } = await searchPage(code);
    assert.equal(await page.locator('#search-status[aria-live="polite"]').count(), 1, `${code}: a polite live region`);
    for (const pick of picks) {
      const result = await searchFor(page, pick.word);
      const rank = result.urls.indexOf(pick.url);
      if (rank < 0 || rank > 2) problems.push(`${code}: "${pick.word}" → ${pick.url} at rank ${rank + 1} of ${result.urls.join(' ')}`);
      if (!/\d/.test(result.status)) problems.push(`${code}: "${pick.word}": the live region says "${result.status}", no count`);
      if (result.marks.length === 0) problems.push(`${code}: "${pick.word}": no marked words in the results`);
    }
    const record = await rec.finish();
    const requested = record.requests.map((r) => r.url);
    assert.ok(requested.some((u) => u.endsWith(`/${code}/search-index.json`)), `${code}: the index was loaded`);
    assert.deepEqual([...record.consoleErrors, ...record.pageErrors], [], `${code}: no console errors`);
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('diacritic-free Polish, Urdu typed with Arabic-keyboard letters, and Punjabi find their pages', { timeout: TIMEOUT }, async () => {
  const checks = [
    // łóżku (in the co-sleeping title) typed without diacritics.
    { code: 'pl', query: 'lozku', url: '/pl/co-sleeping/' },
    // łóżeczko typed without diacritics: the top result's page has the word.
    { code: 'pl', query: 'lozeczko', contains: 'łóżeczko' },
    { code: 'ur', query: 'رونا', url: '/ur/coping-with-crying/' },
    // نیند (sleep) typed with Arabic yeh: نيند.
    { code: 'ur', query: 'نيند', url: '/ur/safer-sleep/' },
    // رکھیں (keep) typed with Arabic kaf and yeh: ركھيں.
    { code: 'ur', query: 'ركھيں', url: '/ur/for-dads/' },
    { code: 'pa', query: 'ਰੋਣਾ', url: '/pa/coping-with-crying/' },
    { code: 'pa', query: 'ਨੀਂਦ', url: '/pa/safer-sleep/' },
  ];
  const problems = [];
  for (const check of checks) {
    const { context, page } = await searchPage(check.code);
    const result = await searchFor(page, check.query);
    if (check.url) {
      const rank = result.urls.indexOf(check.url);
      if (rank < 0 || rank > 2) problems.push(`${check.code}: "${check.query}" → ${check.url} at rank ${rank + 1} of ${result.urls.join(' ')}`);
    } else {
      const top = result.urls[0];
      const html = top ? fs.readFileSync(path.join(site.SITE_DIR, top, 'index.html'), 'utf8').toLowerCase() : '';
      if (!html.includes(check.contains)) problems.push(`${check.code}: "${check.query}": top result ${top} has no "${check.contains}"`);
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('results are reachable by keyboard, pass axe, and ?q= on load searches', { timeout: TIMEOUT }, async () => {
  const context = await br.newContext(env.browser, env.server.url, {});
  const page = await context.newPage();
  for (const [code, query] of [['ur', 'رونا'], ['pl', 'sharing']]) {
    await page.goto(`${env.server.url}/${code}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results ol a');
    assert.deepEqual(await br.runAxe(page), [], `${code}: no axe violations with results shown`);
  }
  await page.goto(`${env.server.url}/en/search/?q=sofa`);
  await page.waitForSelector('#search-results ol a');
  assert.equal(await page.inputValue('#search-q'), 'sofa');
  await page.focus('#search-q');
  let inResults = false;
  for (let i = 0; i < 4 && !inResults; i++) {
    await page.keyboard.press('Tab');
    inResults = await page.evaluate(() => !!document.activeElement.closest('#search-results'));
  }
  assert.ok(inResults, 'Tab from the search box reaches the first result');
  await context.close();
});

test('no results in the reader\'s language: English results, labelled and marked as English', { timeout: TIMEOUT }, async () => {
  const english = indexOf('en');
  const enPipeline = searchText.pipeline('en');
  for (const code of ['pl', 'ar']) {
    const own = indexOf(code);
    const pipeline = searchText.pipeline(code);
    // A word of an English title that finds nothing in this language.
    const word = Object.values(docsOf('en'))
      .flatMap((d) => enPipeline.tokens(d.title).map((t) => t.word))
      .find((w) => w.length >= 5 && /^[a-z]+$/.test(w) && own.query((q) => pipeline.terms(w).forEach((t) => q.term(t, { wildcard: lunr.Query.wildcard.TRAILING }))).length === 0 && english.query((q) => enPipeline.terms(w).forEach((t) => q.term(t, {}))).length > 0);
    assert.ok(word, `${code}: an English-only word to test with`);
    const { context, page } = await searchPage(code);
    const result = await searchFor(page, word);
    assert.ok(result.urls.length > 0, `${code}: "${word}" shows English results`);
    assert.ok(result.urls.every((u) => u.startsWith('/en/')), `${code}: the results are the English pages`);
    assert.equal(result.listLang, 'en', `${code}: the result list is marked lang="en"`);
    assert.equal(result.heading, ftl(code, 'search-english-heading'), `${code}: labelled in the reader's language`);
    assert.ok(result.status.startsWith(ftl(code, 'search-english-count').split('{')[0].trim()), `${code}: announced: ${result.status}`);
    await context.close();
  }
});

test('advice pages never fetch the search index or load lunr; their header form goes to the search page', { timeout: TIMEOUT }, async () => {
  const pages = site.discoverPages(site.SITE_DIR, env.config).filter((p) => ['home', 'leaf', 'section', 'fallback'].includes(p.type));
  assert.ok(pages.length > 0);
  const context = await br.newContext(env.browser, env.server.url, {});
  const problems = [];
  await br.pool(pages, 2, async () => br.recorder(await context.newPage()), async (p, worker) => {
    worker.start();
    await worker.page.goto(env.server.url + p.url, { waitUntil: 'load' });
    await worker.page.waitForTimeout(50);
    const action = await worker.page.locator('header form[role="search"]').getAttribute('action');
    const rec = await worker.finish();
    const loaded = rec.requests.map((r) => r.url).filter((u) => /search-index|search-docs|search-words|lunr|snowball|search(-text|-query)?\.js/.test(u));
    if (loaded.length) problems.push(`${p.url}: requested ${loaded.join(' ')}`);
    if (action !== `/${p.lang}/search/`) problems.push(`${p.url}: header search form goes to ${action}`);
  });
  await context.close();
  assert.deepEqual(problems, []);

  // The header form is a plain GET form: it leads to the search page with the query.
  const ctx = await br.newContext(env.browser, env.server.url, {});
  const page = await ctx.newPage();
  await page.goto(`${env.server.url}/ur/safer-sleep/`);
  await page.fill('#header-search-q', 'رونا');
  await page.press('#header-search-q', 'Enter');
  await page.waitForURL(/\/ur\/search\/\?q=/);
  await page.waitForSelector('#search-results ol a');
  assert.ok((await page.locator('#search-results ol a').count()) > 0, 'results after the header form');
  await ctx.close();
});

test('without JavaScript the search page lists every topic of its language, A to Z', { timeout: TIMEOUT }, async () => {
  for (const { code } of env.config.languages) {
    const { context, page } = await searchPage(code, { javaScriptEnabled: false });
    const topics = await page.locator('.topic-list a').evaluateAll((as) => as.map((a) => ({ url: a.getAttribute('href'), title: a.textContent })));
    const expected = Object.values(docsOf(code)).filter((d) => d.url !== `/${code}/`);
    assert.equal(topics.length, expected.length, `${code}: every searchable page but home`);
    for (const d of expected) assert.ok(topics.some((t) => t.url === d.url), `${code}: ${d.url} listed`);
    const keys = topics.map((t) => searchText.fold(searchText.normalise(t.title)));
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1] <= keys[i] || code === 'ur' || code === 'ar' || code === 'pa', `${code}: sorted: ${keys[i - 1]} before ${keys[i]}`);
    assert.ok(await page.locator('form[role="search"] input[name="q"]').isVisible(), `${code}: the form is there`);
    await context.close();
  }
});
