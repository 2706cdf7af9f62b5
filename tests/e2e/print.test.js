'use strict';
// Print: every page type prints as a clean A4 handout, with no navigation and
// with the page's own address, in a left-to-right and a right-to-left language.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const site = require('./lib/site.js');
const br = require('./lib/browser.js');
const { useSiteAndBrowser } = require('./lib/harness.js');

const env = useSiteAndBrowser();

test('pages print without navigation and show their URL', { timeout: 120000 }, async () => {
  const pages = site.discoverPages(site.SITE_DIR, env.config);
  const rtl = env.config.languages.find((l) => l.dir === 'rtl');
  const langs = [env.config.default_language, rtl && rtl.code].filter(Boolean);
  const sample = [];
  for (const type of ['home', 'section', 'leaf']) {
    for (const lang of langs) {
      const page = pages.find((p) => p.type === type && p.lang === lang);
      if (page) sample.push(page);
    }
  }
  assert.ok(sample.length >= 4, `too few pages to check: ${sample.map((p) => p.url)}`);
  const context = await br.newContext(env.browser, env.server.url, { viewport: { width: 794, height: 1123 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  const problems = [];
  for (const p of sample) {
    await page.goto(env.server.url + p.url);
    const facts = await page.evaluate(() => {
      const visible = (sel) => [...document.querySelectorAll(sel)].some((el) => {
        const s = getComputedStyle(el);
        return s.display !== 'none' && s.visibility !== 'hidden' && el.getClientRects().length > 0;
      });
      const printUrl = document.querySelector('.print-url');
      return {
        nav: ['.main-menu', '.languages', '.breadcrumbs', '.skip-link', '.toc', '.section-nav'].filter(visible),
        printUrl: printUrl && visible('.print-url') ? printUrl.textContent : null,
        canonical: document.querySelector('link[rel=canonical]').href,
      };
    });
    if (facts.nav.length) problems.push(`${p.url}: navigation visible in print: ${facts.nav.join(', ')}`);
    if (!facts.printUrl) problems.push(`${p.url}: the page's URL is not shown in print`);
    else if (!facts.printUrl.includes(new URL(p.url, 'https://x').pathname)) {
      problems.push(`${p.url}: printed URL "${facts.printUrl.trim()}" is not this page's`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    if (pdf.length < 1000) problems.push(`${p.url}: the A4 print is empty`);
  }
  await context.close();
  assert.deepEqual(problems, [], problems.join('\n'));
});
