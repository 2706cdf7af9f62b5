'use strict';
// The parents' path in the browser: on a 320 x 640 phone screen every page
// shows the emergency line (999 and NHS 111 to tap) as one line above the
// title, and the title is still on the first screen; links to other websites
// say so in the reader's language and cause no request to another host, even
// when pointed at or focused.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { startServer } = require('./server.js');
const site = require('./lib/site.js');
const br = require('./lib/browser.js');

const WIDTH = 320;
const HEIGHT = 640;
const TEST_TIMEOUT = 10 * 60 * 1000;
const config = site.loadConfig(site.SITE_ROOT);

let pages = [];
let server;
let origin;
let browser;

before(async () => {
  // Redirects navigate away; the editors' dashboard is not a page for readers.
  pages = site.discoverPages(site.SITE_DIR, config).filter((p) => p.type !== 'redirect' && p.type !== 'report');
  server = await startServer({ root: site.SITE_DIR });
  origin = server.url;
  browser = await br.launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

/** The `link-external` words of a language, from its Fluent file (English when it has none). */
function externalLabel(lang) {
  for (const code of [lang, config.default_language]) {
    const file = path.join(site.SITE_ROOT, 'translations', code || '', 'main.ftl');
    if (!fs.existsSync(file)) continue;
    const line = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('link-external ='));
    if (line) return line.slice('link-external ='.length).trim();
  }
  return null;
}

/** Runs inside the page: where the emergency line, its links and the title are. */
function firstScreen() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, width: r.width, height: r.height };
  };
  const h1 = document.querySelector('h1');
  const line = document.querySelector('.emergency');
  const before = (el) => Boolean(h1 && el.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
  const tel = [...document.querySelectorAll('a[href^="tel:"]')].filter(before).map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim(), ...box(a) }));
  return { h1: h1 && box(h1), line: line && box(line), lineLang: line && line.closest('[lang]').getAttribute('lang'), tel, viewport: window.innerHeight };
}

test('at 320 px every page shows 999 and NHS 111 to tap in one line above its title, and the title on the first screen', { timeout: TEST_TIMEOUT }, async () => {
  const context = await br.newContext(browser, origin, { viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  const problems = [];
  try {
    await br.pool(pages, 2, async () => ({ page: await context.newPage() }), async (p, { page }) => {
      await page.goto(origin + p.url, { waitUntil: 'load' });
      const s = await page.evaluate(firstScreen);
      const where = `${p.url} [${p.type}]`;
      if (!s.h1) return problems.push(`${where}: no <h1>`);
      if (!s.line) return problems.push(`${where}: no emergency line`);
      for (const number of ['tel:999', 'tel:111']) {
        const link = s.tel.find((t) => t.href === number);
        if (!link) problems.push(`${where}: no ${number} link before the <h1>`);
        else if (link.width < 44 || link.height < 44) problems.push(`${where}: the ${number} link is ${Math.round(link.width)}x${Math.round(link.height)} px, under 44x44`);
      }
      if (s.line.height > 60) problems.push(`${where}: the emergency line takes ${Math.round(s.line.height)} px (more than one line)`);
      if (p.lang && s.lineLang !== p.lang) problems.push(`${where}: the emergency line is in '${s.lineLang}', not '${p.lang}'`);
      if (s.h1.bottom > s.viewport) problems.push(`${where}: the <h1> ends at ${Math.round(s.h1.bottom)} px, below the first screen (${s.viewport} px)`);
    });
  } finally {
    await context.close();
  }
  assert.ok(pages.length > 100, `only ${pages.length} pages found`);
  assert.deepEqual(problems, []);
});

test('links to other websites are marked in the reader\'s language and cause no request, even when pointed at', { timeout: TEST_TIMEOUT }, async () => {
  const context = await br.newContext(browser, origin, { viewport: { width: 1280, height: 720 } });
  const problems = [];
  const languagesWithLinks = new Set();
  const withLinks = pages.filter((p) => /class=(?:"[^"]*\b)?external\b/.test(p.html));
  try {
    await br.pool(withLinks, 2, async () => br.recorder(await context.newPage()), async (p, worker) => {
      worker.start();
      await worker.page.goto(origin + p.url, { waitUntil: 'load' });
      const links = worker.page.locator('a.external');
      const label = externalLabel(p.lang);
      for (let i = 0; i < (await links.count()); i++) {
        const link = links.nth(i);
        const facts = await link.evaluate((a) => ({ href: a.href, rel: a.rel, target: a.target, host: new URL(a.href).host }));
        if (facts.host === new URL(origin).host) problems.push(`${p.url}: ${facts.href} is marked external but is this site`);
        if (!/\bnoopener\b/.test(facts.rel)) problems.push(`${p.url}: ${facts.href} has rel="${facts.rel}" without noopener`);
        if (facts.target) problems.push(`${p.url}: ${facts.href} opens a new window (target=${facts.target})`);
        // The accessible name, as Chromium computes it, ends with the words for "another website".
        const named = worker.page.getByRole('link', { name: label });
        const names = await named.evaluateAll((as) => as.map((a) => a.href));
        if (!names.includes(facts.href)) problems.push(`${p.url}: the name of ${facts.href} does not say "${label}"`);
        await link.scrollIntoViewIfNeeded();
        await link.hover();
        await link.focus();
      }
      languagesWithLinks.add(p.lang);
      await worker.page.waitForTimeout(300);
      const rec = await worker.finish();
      for (const req of rec.requests) if (!br.isLocal(req.url, origin)) problems.push(`${p.url}: ${req.type} request to ${req.url}`);
    });
  } finally {
    await context.close();
  }
  const missing = config.languages.map((l) => l.code).filter((c) => !languagesWithLinks.has(c));
  assert.deepEqual(missing, [], 'every language has pages linking to the national sources');
  assert.deepEqual(problems, []);
});
