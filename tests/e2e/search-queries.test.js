'use strict';
// Everyday queries (issue 16): every query of every language's query files
// (search-queries/<lang>.json, the tune set, and search-queries/holdout/<lang>.json,
// kept aside) is typed into that language's search page in Chromium, as a
// reader types it, and the results list is read. A query is a hit when any
// URL it expects is among the first three results. Prints the hit rate per
// language (tune, holdout, all) and fails when the overall rate or any
// language's falls below what the default site reaches today.
//
// Failures are listed for the tune set only, so that nobody tunes the site or
// the engine to a held-out query (set QUERIES_SHOW_HOLDOUT=1 to list those too).
// QUERIES_REPORT=<file> writes every outcome as JSON.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const br = require('./lib/browser.js');
const { useSiteAndBrowser } = require('./lib/harness.js');

const env = useSiteAndBrowser();
const QUERIES_DIR = path.join(__dirname, 'search-queries');
const TOP = 3;
// Issue 16 asks for 95% overall and 90% in every language; the default site
// reaches 279/288 (96.9%), every language at least 33/36 (91.7%): README,
// "Search". These floors hold that level, so a change that loses queries
// fails; raise them as search improves, never lower them to pass.
const OVERALL_MIN = 279 / 288;
const LANGUAGE_MIN = 33 / 36;

/** The queries of one set of one language, or null when there is no file. */
function readSet(lang, set) {
  const file = path.join(QUERIES_DIR, ...(set === 'holdout' ? ['holdout'] : []), `${lang}.json`);
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(data.lang, lang, `${file}: "lang"`);
  for (const q of data.queries) {
    assert.ok(typeof q.q === 'string' && q.q.trim() !== '', `${file}: a query without "q"`);
    assert.ok(Array.isArray(q.expect) && q.expect.length > 0, `${file}: "${q.q}" expects no page`);
  }
  return data.queries.map((q) => ({ ...q, set }));
}

/** The result URLs, once the page has shown the results of the typed query and stopped changing. */
async function resultsOf(page) {
  const state = () =>
    page.evaluate(() => {
      const status = document.getElementById('search-status').textContent.trim();
      const urls = [...document.querySelectorAll('#search-results ol a')].map((a) => a.getAttribute('href'));
      return { status, urls, q: new URLSearchParams(location.search).get('q') };
    });
  // The box's value, not the query: the browser may hand it over differently typed.
  await page.waitForFunction(
    () =>
      new URLSearchParams(location.search).get('q') === document.getElementById('search-q').value &&
      document.getElementById('search-status').textContent.trim() !== '',
    null,
    { timeout: 10000 },
  );
  // A result of a shorter query, shown while the reader typed, may still be
  // replaced: read until two readings 100 ms apart agree.
  let last = await state();
  for (;;) {
    await page.waitForTimeout(100);
    const now = await state();
    if (JSON.stringify(now) === JSON.stringify(last)) return now.urls;
    last = now;
  }
}

/** Clears the box (and waits until the page has cleared its results), then types `query`. */
async function typeQuery(page, query, shown) {
  const input = page.locator('#search-q');
  await input.fill('');
  await page.waitForFunction(() => document.getElementById('search-status').textContent.trim() === '', null, {
    timeout: 10000,
  });
  await input.pressSequentially(query, { delay: 10 });
  try {
    return await resultsOf(page);
  } catch (error) {
    const value = await input.inputValue();
    const status = await page.locator('#search-status').textContent();
    const what = shown ? `"${query}" (box "${value}", status "${status}")` : 'a holdout query';
    console.log(`${what}: no results shown: ${error.message.split('\n')[0]}`);
    return [];
  }
}

function percent(hits, total) {
  return total === 0 ? '–' : `${((100 * hits) / total).toFixed(1)}%`;
}

test('everyday queries find the expected page in the top three, in every language', { timeout: 30 * 60 * 1000 }, async () => {
  const outcomes = [];
  const missing = [];
  for (const { code } of env.config.languages) {
    const tune = readSet(code, 'tune');
    const holdout = readSet(code, 'holdout');
    if (!tune) missing.push(`${code}.json`);
    if (!holdout) missing.push(`holdout/${code}.json`);
    const queries = [...(tune || []), ...(holdout || [])];
    if (queries.length === 0) continue;
    const context = await br.newContext(env.browser, env.server.url);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/${code}/search/`);
    for (const query of queries) {
      const urls = await typeQuery(page, query.q, query.set === 'tune' || process.env.QUERIES_SHOW_HOLDOUT === '1');
      const top = urls.slice(0, TOP);
      outcomes.push({ lang: code, ...query, top, hit: query.expect.some((u) => top.includes(u)) });
    }
    await context.close();
  }

  const rows = [];
  let allHits = 0;
  const weak = [];
  for (const { code } of env.config.languages) {
    const mine = outcomes.filter((o) => o.lang === code);
    if (mine.length === 0) continue;
    const count = (set) => {
      const of = set ? mine.filter((o) => o.set === set) : mine;
      return [of.filter((o) => o.hit).length, of.length];
    };
    const [tuneHits, tuneTotal] = count('tune');
    const [holdHits, holdTotal] = count('holdout');
    const [hits, total] = count(null);
    allHits += hits;
    if (hits / total < LANGUAGE_MIN) weak.push(`${code} ${percent(hits, total)}`);
    rows.push(
      `| ${code} | ${tuneHits}/${tuneTotal} ${percent(tuneHits, tuneTotal)} | ${holdHits}/${holdTotal} ${percent(holdHits, holdTotal)} | ${hits}/${total} ${percent(hits, total)} |`,
    );
  }
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const byKind = kinds.map((k) => {
    const of = outcomes.filter((o) => o.kind === k);
    return `${k} ${percent(of.filter((o) => o.hit).length, of.length)}`;
  });
  const showHoldout = process.env.QUERIES_SHOW_HOLDOUT === '1';
  const failures = outcomes
    .filter((o) => !o.hit && (o.set === 'tune' || showHoldout))
    .map((o) => `  ${o.lang} [${o.set} ${o.kind}] "${o.q}" → ${o.top.join(' ') || '(nothing)'}; expected ${o.expect.join(' or ')}`);
  const hiddenFailures = outcomes.filter((o) => !o.hit && o.set === 'holdout' && !showHoldout).length;
  console.log(
    [
      `Everyday queries: hit = an expected page in the top ${TOP}`,
      '| language | tune | holdout | all |',
      '|---|---|---|---|',
      ...rows,
      `| all | | | ${allHits}/${outcomes.length} ${percent(allHits, outcomes.length)} |`,
      `by kind: ${byKind.join(', ')}`,
      failures.length ? `misses (tune set${showHoldout ? ' and holdout' : ''}):\n${failures.join('\n')}` : '',
      hiddenFailures ? `${hiddenFailures} holdout misses not listed (QUERIES_SHOW_HOLDOUT=1 lists them)` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  if (process.env.QUERIES_REPORT) fs.writeFileSync(process.env.QUERIES_REPORT, JSON.stringify(outcomes, null, 1));

  assert.deepEqual(missing, [], 'every language has a tune and a holdout query file');
  assert.ok(outcomes.length > 0, 'queries were run');
  assert.ok(
    allHits / outcomes.length >= OVERALL_MIN,
    `overall ${percent(allHits, outcomes.length)} is under ${OVERALL_MIN * 100}%`,
  );
  assert.deepEqual(weak, [], `languages under ${LANGUAGE_MIN * 100}%`);
});
