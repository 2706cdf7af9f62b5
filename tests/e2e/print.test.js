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

test('a page with a short link prints its QR code, which the screen never downloads', { timeout: 120000 }, async () => {
  const rtl = env.config.languages.find((l) => l.dir === 'rtl');
  const problems = [];
  for (const lang of [env.config.default_language, rtl && rtl.code].filter(Boolean)) {
    const url = `/${lang}/safer-sleep/`;
    const context = await br.newContext(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(env.server.url + url, { waitUntil: 'networkidle' });
    const qrPath = await page.getAttribute('.print-qr img', 'src');
    if (!qrPath || !/^\/qr\/[a-z]+\/[a-z0-9-]+\.svg$/.test(qrPath)) problems.push(`${url}: no print QR image (${qrPath})`);
    if (requested.some((p) => p.startsWith('/qr/'))) problems.push(`${url}: the QR code was downloaded on screen`);
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const img = document.querySelector('.print-qr img');
      const box = img.getBoundingClientRect();
      return { loaded: img.complete && img.naturalWidth > 0, width: box.width, shown: getComputedStyle(img).display };
    });
    if (!printed.loaded) problems.push(`${url}: the QR code did not load for printing`);
    // 30 mm at 96 px per inch is about 113 px: at least 25 mm on paper.
    if (printed.shown === 'none' || printed.width < 94) problems.push(`${url}: printed QR is ${printed.width}px wide`);
    if (!requested.includes(qrPath)) problems.push(`${url}: printing did not fetch ${qrPath}`);
    await context.close();
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
