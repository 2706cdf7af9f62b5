'use strict';
// How the search page copes with how people type (issue 16), in Chromium:
// - a mistyped word is corrected, in every language: the live region says
//   "Showing results for …" in the reader's language, and a link searches
//   exactly what was typed (which then offers the closest words instead);
// - several words: every word counts, a +word or a "quoted" word is required;
// - the page passes axe with a correction and with suggestions shown;
// - with the CPU slowed ×4 (a mid-range phone), no keystroke makes a task of
//   more than 50 ms, each keystroke running a search (a key over budget is
//   typed again twice: the machine is shared, and only a key that is slow
//   every time fails).

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
const TIMEOUT = 10 * 60 * 1000;
const KEYSTROKE_BUDGET_MS = 50;

function readJson(...parts) {
  return JSON.parse(fs.readFileSync(path.join(site.SITE_DIR, ...parts), 'utf8'));
}

function ftl(code, key) {
  const text = fs.readFileSync(path.join(site.SITE_ROOT, 'translations', code, 'main.ftl'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${key} =`));
  return line ? line.slice(key.length + 2).trim() : null;
}

/** The text of a Fluent message before its first placeable. */
function lead(code, key) {
  return ftl(code, key).split('{')[0].trim();
}

/**
 * A typo of a long title word of `code`: two neighbouring letters after the
 * first swapped, such that the mistyped word is no word of the index (as a
 * term or as a prefix of one). Returns { typo, word }.
 */
function typoOf(code) {
  const pipeline = searchText.pipeline(code);
  const index = readJson(code, 'search-index.json');
  const terms = index.invertedIndex.map((e) => e[0]);
  const docs = readJson(code, 'search-docs.json');
  for (const doc of Object.values(docs)) {
    for (const word of searchText.words(searchText.normalise(doc.title))) {
      const letters = Array.from(word);
      if (letters.length < 7 || !/^\p{L}+$/u.test(word)) continue;
      [letters[2], letters[3]] = [letters[3], letters[2]];
      const typo = letters.join('');
      const term = pipeline.term(typo);
      const plain = searchText.fold(typo);
      if (typo !== word && !terms.some((t) => t === term || t.startsWith(term) || t.startsWith(plain))) return { typo, word };
    }
  }
  throw new Error(`${code}: no title word to mistype`);
}

async function typeAndWait(page, query) {
  await page.locator('#search-q').fill('');
  await page.waitForFunction(() => document.getElementById('search-status').textContent.trim() === '');
  await page.locator('#search-q').pressSequentially(query, { delay: 10 });
  await page.waitForFunction(
    (q) => new URLSearchParams(location.search).get('q') === q && document.getElementById('search-status').textContent.trim() !== '',
    query,
  );
  await page.waitForTimeout(150);
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent.trim(),
    urls: [...document.querySelectorAll('#search-results ol a')].map((a) => a.getAttribute('href')),
    exact: [...document.querySelectorAll('#search-results .search-exact a')].map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    suggest: [...document.querySelectorAll('#search-results .search-suggest a')].map((a) => a.textContent),
  }));
}

async function searchPage(code) {
  const context = await br.newContext(env.browser, env.server.url);
  const page = await context.newPage();
  const rec = br.recorder(page);
  rec.start();
  await page.goto(`${env.server.url}/${code}/search/`);
  return { context, page, rec };
}

test('a mistyped word is corrected in every language, said in the reader\'s language, with a link to search as typed', { timeout: TIMEOUT }, async () => {
  const problems = [];
  for (const { code } of env.config.languages) {
    const { typo, word } = typoOf(code);
    const { context, page, rec } = await searchPage(code);
    const shown = await typeAndWait(page, typo);
    if (!shown.status.startsWith(lead(code, 'search-corrected'))) problems.push(`${code}: "${typo}": the live region says "${shown.status}"`);
    if (!shown.status.includes(word)) problems.push(`${code}: "${typo}" is not corrected to "${word}": "${shown.status}"`);
    if (shown.urls.length === 0) problems.push(`${code}: "${typo}" (for "${word}") finds nothing`);
    if (shown.exact.length !== 1 || !shown.exact[0].text.includes(typo) || !shown.exact[0].href.includes('exact=1')) {
      problems.push(`${code}: no link to search exactly "${typo}": ${JSON.stringify(shown.exact)}`);
    } else {
      await page.locator('#search-results .search-exact a').click();
      await page.waitForFunction(() => document.getElementById('search-status').textContent.trim() !== '');
      await page.waitForTimeout(150);
      const status = await page.locator('#search-status').textContent();
      if (status.includes(lead(code, 'search-corrected'))) problems.push(`${code}: the exact search corrects again: ${status}`);
      const offered = await page.locator('#search-results .search-suggest a').allTextContents();
      const english = await page.locator('#search-results ol[lang="en"]').count();
      if (!english && !offered.some((o) => o.includes(word))) problems.push(`${code}: "${typo}" as typed offers ${JSON.stringify(offered)}, not "${word}"`);
      if (code === 'en' || code === 'pl') {
        const axe = await br.runAxe(page);
        if (axe.length) problems.push(`${code}: axe with suggestions shown: ${JSON.stringify(axe)}`);
      }
    }
    if (code === 'en' || code === 'ar') {
      await typeAndWait(page, typo);
      const axe = await br.runAxe(page);
      if (axe.length) problems.push(`${code}: axe with a correction shown: ${JSON.stringify(axe)}`);
    }
    const seen = await rec.finish();
    for (const error of [...seen.consoleErrors, ...seen.pageErrors]) problems.push(`${code}: ${error}`);
    for (const failed of seen.failedRequests) problems.push(`${code}: ${failed.url} failed: ${failed.error}`);
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('several words: each counts, more matched words rank higher, +word and "quoted" words are required', { timeout: TIMEOUT }, async () => {
  const docs = readJson('en', 'search-docs.json');
  const index = lunr.Index.load(readJson('en', 'search-index.json'));
  const pipeline = searchText.pipeline('en');
  const pagesWith = (word) => new Set(index.query((q) => q.term(pipeline.term(word), {})).map((r) => docs[r.ref].url));
  const { context, page } = await searchPage('en');
  // A word no page has does not keep pages out; required, it does.
  const plain = await typeAndWait(page, 'zzzz kitchen ');
  assert.ok(plain.urls.length > 0 && plain.urls.every((u) => pagesWith('kitchen').has(u)), `zzzz kitchen: ${plain.urls}`);
  const required = await typeAndWait(page, '+zzzz kitchen ');
  assert.deepEqual(required.urls, [], `+zzzz keeps every page out: ${required.urls}`);
  const quoted = await typeAndWait(page, '"zzzz" kitchen ');
  assert.deepEqual(quoted.urls, [], `"zzzz" keeps every page out: ${quoted.urls}`);
  // Pages with both words come before pages with one of them.
  const both = [...pagesWith('kettle')].filter((u) => pagesWith('sleep').has(u));
  assert.ok(both.length > 0 && both.length < pagesWith('sleep').size, 'the site has pages with both words and pages with one');
  const shown = await typeAndWait(page, 'sleep kettle ');
  assert.deepEqual(new Set(shown.urls.slice(0, both.length)), new Set(both), `sleep kettle: ${shown.urls}`);
  await context.close();
});

test('with the CPU slowed ×4, no keystroke (each running a search) makes a task over 50 ms', { timeout: TIMEOUT }, async () => {
  const lines = [];
  const problems = [];
  for (const { code } of env.config.languages) {
    const queriesFile = path.join(__dirname, 'search-queries', `${code}.json`);
    const queries = fs.existsSync(queriesFile)
      ? JSON.parse(fs.readFileSync(queriesFile, 'utf8')).queries.filter((q) => ['multiword', 'typo'].includes(q.kind)).slice(0, 2).map((q) => q.q)
      : [typoOf(code).typo];
    const { context, page } = await searchPage(code);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    await page.waitForTimeout(500);
    const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    /* Types `query` one key at a time; returns each key's busy time and longest task. */
    const typeTimed = async (query) => {
      const keys = [];
      await page.locator('#search-q').fill('');
      await page.waitForTimeout(400);
      for (const key of Array.from(query)) {
        await page.evaluate(() => (window.__longTasks = []));
        const start = await busy();
        await page.keyboard.type(key);
        // Past the 200 ms pause after the last key: the search has run and its results are drawn.
        await page.waitForTimeout(350);
        const busyMs = (await busy()) - start;
        const longest = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
        keys.push({ key: `${query}…${key}`, busyMs, longest });
      }
      return keys;
    };
    const times = [];
    for (const query of queries) {
      const keys = await typeTimed(query);
      times.push(...keys);
      // This machine is shared: a key over budget is typed again, twice, and
      // fails only when it is over budget every time.
      let slow = keys.map((k, i) => (k.longest > KEYSTROKE_BUDGET_MS ? i : -1)).filter((i) => i >= 0);
      for (let retry = 0; retry < 2 && slow.length > 0; retry++) {
        const again = await typeTimed(query);
        slow = slow.filter((i) => again[i].longest > KEYSTROKE_BUDGET_MS);
      }
      for (const i of slow) problems.push(`${code}: "${keys[i].key}": a task of ${keys[i].longest.toFixed(0)} ms, three times`);
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const worst = times.reduce((a, b) => (b.longest > a.longest ? b : a));
    lines.push(
      `| ${code} | ${times.length} | ${median(times.map((t) => t.busyMs)).toFixed(1)} | ${Math.max(...times.map((t) => t.busyMs)).toFixed(1)} | ${times.filter((t) => t.longest > 0).length} | ${worst.longest ? `${worst.longest.toFixed(0)} (${worst.key})` : '–'} |`,
    );
    await context.close();
  }
  console.log(
    [
      'Per keystroke, CPU ×4: main-thread time in the 350 ms after the key (all tasks), and tasks over 50 ms',
      '| language | keystrokes | busy median (ms) | busy max (ms) | keystrokes with a long task | longest task (ms) |',
      '|---|---|---|---|---|---|',
      ...lines,
    ].join('\n'),
  );
  assert.deepEqual(problems, []);
});
