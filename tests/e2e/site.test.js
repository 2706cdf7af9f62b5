'use strict';
// Browser end-to-end tests of a built threesteps site (the default site in
// `public/` unless SITE_DIR says otherwise), in Debian's Chromium.
//
// Each browser pass visits every page once and records what it saw; the tests
// below then judge those records, so a page is loaded once per pass however
// many checks look at it:
//
//   main   JavaScript on, 1280x720: axe, lang/dir, switcher, weight, privacy, CSP
//   nojs   JavaScript off, 320x640: <main> readable, checklist questions
//          visible, no sideways scrolling
//   w320   320x640: no sideways scrolling, axe again
//   w640   640x360 (1280x720 at 200% zoom): no sideways scrolling

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const { startServer } = require('./server.js');
const site = require('./lib/site.js');
const br = require('./lib/browser.js');
const { collectDom, measureOverflow } = require('./lib/page-facts.js');

const WORKERS = Math.max(1, Number(process.env.E2E_WORKERS || 2));
const SCREENSHOTS = path.resolve(process.env.E2E_SCREENSHOTS || path.join(__dirname, 'screenshots'));
const KIB = 1024;
const MAX_PAGE_GZIP = 50 * KIB;
const MAX_MEDIAN_GZIP = 15 * KIB;
/** Page types whose <main> must hold real reading matter (> 200 characters). */
const READING_TYPES = new Set(['home', 'leaf', 'fallback']);
const TEST_TIMEOUT = 10 * 60 * 1000;

const config = site.loadConfig(site.SITE_ROOT);
const codes = config.languages.map((l) => l.code);
const codeSet = new Set(codes);
const languageByCode = new Map(config.languages.map((l) => [l.code, l]));

let pages = [];
let browsed = [];
let server;
let origin;
let browser;

before(async () => {
  pages = site.discoverPages(site.SITE_DIR, config);
  browsed = pages.filter((p) => p.type !== 'redirect');
  server = await startServer({ root: site.SITE_DIR });
  origin = server.url;
  browser = await br.launch();
  console.log(`site ${site.SITE_DIR}: ${pages.length} pages (${site.summarize(pages)}); languages ${codes.join(' ')}`);
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

// ---------------------------------------------------------------- passes

const passes = new Map();

/** Runs a browser pass once (memoized): `visit(page, p)` returns the data the tests judge. */
function pass(name, contextOptions, visit, list = () => browsed) {
  if (!passes.has(name)) passes.set(name, runPass(name, contextOptions, visit, list()));
  return passes.get(name);
}

async function runPass(name, contextOptions, visit, list) {
  const started = Date.now();
  const context = await br.newContext(browser, origin, contextOptions);
  const results = [];
  try {
    await br.pool(
      list,
      WORKERS,
      async () => br.recorder(await context.newPage()),
      async (p, worker) => {
        worker.start();
        let data = null;
        let error = null;
        try {
          await worker.page.goto(origin + p.url, { waitUntil: 'load' });
          data = await visit(worker.page, p);
        } catch (err) {
          error = String(err.message || err).split('\n')[0];
        }
        const rec = await worker.finish();
        results.push({ page: p, data, error, rec });
      },
    );
  } finally {
    await context.close();
  }
  results.sort((a, b) => (a.page.url < b.page.url ? -1 : 1));
  console.log(`pass ${name}: ${list.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { name, results };
}

const mainPass = () =>
  pass('main (JS on, 1280x720)', { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 }, async (page) => {
    const dom = await page.evaluate(collectDom);
    const overflow = await page.evaluate(measureOverflow, 1280);
    const violations = await br.runAxe(page);
    return { dom, overflow, violations };
  });

const noJsPass = () =>
  pass('nojs (JS off, 320x640)', { javaScriptEnabled: false, viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }, async (page) => {
    const main = page.locator('main');
    const count = await main.count();
    const data = { mainCount: count, mainVisible: false, mainText: 0, checklist: null, overflow: await page.evaluate(measureOverflow, 320) };
    if (count >= 1) {
      data.mainVisible = await main.first().isVisible();
      data.mainText = (await main.first().innerText()).trim().length;
    }
    const form = page.locator('form[data-checklist]');
    if ((await form.count()) > 0) {
      const boxes = form.first().locator('input[type=checkbox]');
      const questions = [];
      for (let i = 0; i < (await boxes.count()); i++) {
        const box = boxes.nth(i);
        const id = await box.getAttribute('id');
        const label = id ? page.locator(`label[for="${id}"]`) : box.locator('xpath=ancestor::label[1]');
        const labelVisible = (await label.count()) > 0 && (await label.first().isVisible());
        const labelText = labelVisible ? (await label.first().innerText()).trim() : '';
        questions.push({ boxVisible: await box.isVisible(), labelVisible, labelText });
      }
      const rules = form.first().locator('.checklist-rule');
      const rule = { count: await rules.count(), visible: false, text: 0 };
      if (rule.count > 0) {
        rule.visible = await rules.first().isVisible();
        rule.text = (await rules.first().innerText()).trim().length;
      }
      data.checklist = { questions, rule };
    }
    return data;
  });

/** A narrow-screen pass; at 320 px axe runs again, since the small-screen layout differs. */
const widthPass = (width, height) =>
  pass(`w${width} (${width}x${height})`, { viewport: { width, height }, deviceScaleFactor: 1 }, async (page) => {
    const overflow = await page.evaluate(measureOverflow, width);
    const violations = width === 320 ? await br.runAxe(page) : [];
    return { ...overflow, violations };
  });

/** Every pass that has run (or is running), for the privacy and console checks. */
async function allPasses() {
  await Promise.all([mainPass(), noJsPass(), widthPass(320, 640), widthPass(640, 360)]);
  const out = [];
  for (const promise of passes.values()) out.push(await promise);
  return out;
}

/** Fails with one line per problem (and a count), or passes when there are none. */
function report(problems, what) {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 200);
  const more = problems.length > shown.length ? `\n... and ${problems.length - shown.length} more` : '';
  assert.fail(`${problems.length} ${what}:\n${shown.join('\n')}${more}`);
}

function loadErrors(pass) {
  return pass.results.filter((r) => r.error).map((r) => `${r.page.url}: could not test the page: ${r.error}`);
}

function sameLanguagePath(url, code) {
  return site.inLanguage(url, code, codeSet);
}

// ---------------------------------------------------------------- tests

test('the built site has every page type in every language', () => {
  const problems = [];
  for (const type of ['chooser', 'notfound']) if (!pages.some((p) => p.type === type)) problems.push(`no ${type} page`);
  for (const code of codes) {
    if (!pages.some((p) => p.url === `/${code}/` && p.type === 'home')) problems.push(`/${code}/: no language home page`);
    if (!pages.some((p) => p.lang === code && (p.type === 'leaf' || p.type === 'fallback'))) problems.push(`/${code}/: no content pages`);
  }
  report(problems, 'missing pages');
});

test('_headers: the server sends the site\'s security headers, with a strict CSP', async () => {
  const res = await fetch(`${origin}/${config.default_language}/`);
  const problems = [];
  const csp = res.headers.get('content-security-policy');
  if (!csp) {
    problems.push('no Content-Security-Policy header: is there a _headers file with a /* rule in the site?');
  } else {
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name.toLowerCase(), values]),
    );
    const want = { 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'self'", 'frame-ancestors': "'none'" };
    for (const [name, value] of Object.entries(want)) {
      if (!(directives.get(name) || []).includes(value)) problems.push(`CSP lacks ${name} ${value}: ${csp}`);
    }
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) if (csp.includes(bad)) problems.push(`CSP allows ${bad}: ${csp}`);
  }
  if ((res.headers.get('x-content-type-options') || '').toLowerCase() !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (!res.headers.get('referrer-policy')) problems.push('no Referrer-Policy');
  if (!res.headers.get('permissions-policy')) problems.push('no Permissions-Policy');
  report(problems, 'security header problems');
});

test('a. axe-core finds no WCAG 2.2 AA violations on any page (1280 px and 320 px)', { timeout: TEST_TIMEOUT }, async () => {
  const problems = [];
  for (const [result, width] of [
    [await mainPass(), 1280],
    [await widthPass(320, 640), 320],
  ]) {
    problems.push(...loadErrors(result));
    for (const r of result.results) {
      if (!r.data) continue;
      for (const v of r.data.violations) {
        problems.push(`${r.page.url} [${r.page.type}] at ${width} px: ${v.id} (${v.impact}): ${v.help}`);
        for (const n of v.nodes.slice(0, 5)) problems.push(`    ${n.target}${n.summary ? ` -- ${n.summary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`);
        if (v.nodes.length > 5) problems.push(`    ... ${v.nodes.length - 5} more elements`);
      }
    }
  }
  report(problems, 'lines of axe violations');
});

test('b. <html lang> and dir match site.yaml on every page', { timeout: TEST_TIMEOUT }, async () => {
  const { results } = await mainPass();
  const problems = loadErrors({ results });
  const check = (url, type, lang, dir, expected) => {
    if (expected) {
      if (lang !== expected) problems.push(`${url} [${type}]: lang="${lang}", expected "${expected}"`);
    } else if (!codeSet.has(lang)) {
      problems.push(`${url} [${type}]: lang="${lang}" is not a site language (${codes.join(', ')})`);
    }
    const language = languageByCode.get(expected || lang);
    if (language && dir !== language.dir) problems.push(`${url} [${type}]: dir="${dir}", expected "${language.dir}" for ${language.code}`);
  };
  for (const r of results) {
    if (!r.data) continue;
    const { lang, dir, fallbackLangs } = r.data.dom;
    check(r.page.url, r.page.type, lang, dir, r.page.lang);
    if (r.page.type === 'fallback' && !fallbackLangs.includes(config.default_language)) {
      problems.push(`${r.page.url} [fallback]: the untranslated content is not inside an element with lang="${config.default_language}"`);
    }
  }
  for (const p of pages.filter((x) => x.type === 'redirect')) {
    const tag = (p.html.match(/<html\b[^>]*>/i) || [''])[0];
    const attr = (name) => {
      const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
      return m ? m[1] ?? m[2] ?? m[3] : null;
    };
    check(p.url, p.type, attr('lang'), attr('dir'), p.lang);
  }
  report(problems, 'pages with a wrong language or direction');
});

test('i. every page has a language switcher naming every language in itself', { timeout: TEST_TIMEOUT }, async () => {
  const { results } = await mainPass();
  const problems = loadErrors({ results });
  for (const r of results) {
    if (!r.data) continue;
    const { url, type } = r.page;
    // The editors' translation dashboard is a report, not a page for readers.
    if (type === 'report') continue;
    const { navs, langLinks } = r.data.dom;
    const complete = (links) => links.length === codes.length && codes.every((c) => links.some((l) => l.hreflang === c));
    let links;
    if (r.page.lang) {
      const nav = navs.find((n) => complete(n.links));
      if (!nav) {
        const seen = navs.map((n) => `nav "${n.label}": ${n.links.length} links [${n.links.map((l) => l.hreflang).join(' ')}]`).join('; ');
        problems.push(`${url} [${type}]: no <nav> with exactly ${codes.length} links with hreflang and lang, one per language (${seen || 'no nav'})`);
        continue;
      }
      links = nav.links;
    } else {
      // The language chooser and the 404 page belong to no language: links to
      // every language anywhere on the page, each marked with its language
      // (on the link itself or on an element around it).
      links = codes.map((c) => langLinks.find((l) => l.hreflang === c)).filter(Boolean);
      if (links.length !== codes.length) {
        const missing = codes.filter((c) => !langLinks.some((l) => l.hreflang === c));
        problems.push(`${url} [${type}]: no link with hreflang to ${missing.join(', ')}`);
        continue;
      }
    }
    for (const link of links) {
      const language = languageByCode.get(link.hreflang);
      if (r.page.lang && link.lang !== link.hreflang) problems.push(`${url}: switcher link to ${link.hreflang} has lang="${link.lang}"`);
      if (!r.page.lang && link.effectiveLang !== link.hreflang) {
        problems.push(`${url}: the link to ${link.hreflang} is in lang="${link.effectiveLang}" (set lang on the link or an element around it)`);
      }
      if (language && language.name && !link.text.includes(language.name)) {
        problems.push(`${url}: switcher link to ${link.hreflang} reads "${link.text}", expected the endonym "${language.name}"`);
      }
      if (r.page.lang) {
        const want = sameLanguagePath(url, link.hreflang);
        const got = new URL(link.href).pathname;
        if (decodeURI(got) !== want) problems.push(`${url}: switcher link to ${link.hreflang} goes to ${got}, expected ${want}`);
      }
    }
  }
  report(problems, 'language switcher problems');
});

test('g. parents\' pages weigh at most 50 KiB gzip (median at most 15 KiB)', { timeout: TEST_TIMEOUT }, async () => {
  const { results } = await mainPass();
  const gzipCache = new Map();
  const gz = (url, body) => {
    if (!gzipCache.has(url)) gzipCache.set(url, zlib.gzipSync(body).length);
    return gzipCache.get(url);
  };
  const rows = [];
  const problems = [];
  for (const r of results) {
    if (!r.data || !/^(parents|dads)$/.test((r.data.dom.audience || '').trim())) continue;
    const row = { url: r.page.url, audience: r.data.dom.audience.trim(), html: 0, css: 0, js: 0 };
    const seen = new Set();
    for (const res of r.rec.responses) {
      if (seen.has(res.url)) continue;
      seen.add(res.url);
      const kind = res.type === 'document' ? 'html' : res.type === 'stylesheet' ? 'css' : res.type === 'script' ? 'js' : null;
      if (!kind) continue;
      if (!res.body) {
        if (res.status < 300) problems.push(`${r.page.url}: could not read the body of ${res.url}`);
        continue;
      }
      row[kind] += gz(res.url, res.body);
    }
    row.total = row.html + row.css + row.js;
    rows.push(row);
  }
  if (rows.length === 0) assert.fail('no page has <meta name="audience" content="parents"> or "dads": the theme must emit it');
  const kib = (n) => (n / KIB).toFixed(1).padStart(6);
  const width = Math.max(...rows.map((r) => r.url.length), 4);
  const lines = [`${'page'.padEnd(width)}  audience   html    css     js  total (KiB gzip)`];
  for (const row of rows) {
    lines.push(`${row.url.padEnd(width)}  ${row.audience.padEnd(8)} ${kib(row.html)} ${kib(row.css)} ${kib(row.js)} ${kib(row.total)}`);
    if (row.total > MAX_PAGE_GZIP) problems.push(`${row.url}: ${(row.total / KIB).toFixed(1)} KiB gzip > 50 KiB`);
  }
  const totals = rows.map((r) => r.total).sort((a, b) => a - b);
  const mid = totals.length / 2;
  const median = totals.length % 2 ? totals[Math.floor(mid)] : (totals[mid - 1] + totals[mid]) / 2;
  lines.push(`${rows.length} parents' pages; median ${(median / KIB).toFixed(1)} KiB, largest ${(totals[totals.length - 1] / KIB).toFixed(1)} KiB gzip`);
  console.log(lines.join('\n'));
  if (median > MAX_MEDIAN_GZIP) problems.push(`median parents' page is ${(median / KIB).toFixed(1)} KiB gzip > 15 KiB`);
  report(problems, 'page weight problems');
});

test('c. without JavaScript, <main> is visible and readable on every page', { timeout: TEST_TIMEOUT }, async () => {
  const result = await noJsPass();
  const problems = loadErrors(result);
  for (const r of result.results) {
    if (!r.data) continue;
    const { url, type } = r.page;
    const d = r.data;
    if (d.mainCount !== 1) problems.push(`${url} [${type}]: ${d.mainCount} <main> elements, expected 1`);
    else if (!d.mainVisible) problems.push(`${url} [${type}]: <main> is not visible without JavaScript`);
    else if (READING_TYPES.has(type) && d.mainText <= 200) problems.push(`${url} [${type}]: <main> holds ${d.mainText} characters of text without JavaScript (expected > 200)`);
    else if (d.mainText === 0) problems.push(`${url} [${type}]: <main> is empty without JavaScript`);
  }
  report(problems, 'pages not readable without JavaScript');
});

test('h. the bed-sharing checklist works with and without JavaScript', { timeout: TEST_TIMEOUT }, async () => {
  const problems = [];
  const urls = codes.map((c) => `/${c}/co-sleeping/`);
  for (const url of urls) if (!pages.some((p) => p.url === url)) problems.push(`${url}: page missing`);

  // Without JavaScript: the questions and the rule can be read.
  const nojs = await noJsPass();
  for (const url of urls) {
    const r = nojs.results.find((x) => x.page.url === url);
    if (!r || !r.data) continue;
    const c = r.data.checklist;
    if (!c) {
      problems.push(`${url} (JS off): no form[data-checklist]`);
      continue;
    }
    if (c.questions.length === 0) problems.push(`${url} (JS off): the checklist has no checkboxes`);
    c.questions.forEach((q, i) => {
      if (!q.labelVisible || q.labelText.length === 0) problems.push(`${url} (JS off): question ${i + 1} has no visible label`);
    });
    if (c.rule.count === 0) problems.push(`${url} (JS off): no .checklist-rule in the form`);
    else if (!c.rule.visible || c.rule.text === 0) problems.push(`${url} (JS off): .checklist-rule is not visible`);
  }

  // With JavaScript: the result appears when a box is ticked and goes when none is.
  const context = await br.newContext(browser, origin, { viewport: { width: 360, height: 740 } });
  try {
    const worker = br.recorder(await context.newPage());
    const page = worker.page;
    for (const url of urls) {
      if (!pages.some((p) => p.url === url)) continue;
      const rec = worker.start();
      try {
        await page.goto(origin + url, { waitUntil: 'load' });
        const form = page.locator('form[data-checklist]').first();
        if ((await page.locator('form[data-checklist]').count()) === 0) {
          problems.push(`${url}: no form[data-checklist]`);
          continue;
        }
        const result = form.locator('[data-checklist-result]');
        if ((await result.count()) === 0) {
          problems.push(`${url}: no [data-checklist-result] in the form`);
          continue;
        }
        const boxes = form.locator('input[type=checkbox]');
        const n = await boxes.count();
        if (n === 0) {
          problems.push(`${url}: the checklist has no checkboxes`);
          continue;
        }
        const visible = () => result.first().isVisible();
        const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        await settle();
        if (await visible()) problems.push(`${url}: [data-checklist-result] is visible before any box is ticked`);
        const loaded = rec.requests.length;
        await boxes.nth(0).check();
        await settle();
        if (!(await visible())) problems.push(`${url}: ticking the first box does not show [data-checklist-result]`);
        if (n > 1) {
          await boxes.nth(n - 1).check();
          await boxes.nth(0).uncheck();
          await settle();
          if (!(await visible())) problems.push(`${url}: with one box still ticked, [data-checklist-result] is hidden`);
          await boxes.nth(n - 1).uncheck();
        } else {
          await boxes.nth(0).uncheck();
        }
        await settle();
        if (await visible()) problems.push(`${url}: after unticking every box, [data-checklist-result] is still visible`);
        for (const req of rec.requests.slice(loaded)) problems.push(`${url}: ticking boxes made a network request: ${req.url}`);
      } catch (err) {
        problems.push(`${url}: ${String(err.message || err).split('\n')[0]}`);
      } finally {
        await worker.finish();
      }
    }
  } finally {
    await context.close();
  }
  report(problems, 'checklist problems');
});

test('d. no sideways scrolling at 320 px, at 200% zoom (640 px) and at 1280 px', { timeout: TEST_TIMEOUT }, async () => {
  const checks = [
    [await widthPass(320, 640), 320, (d) => d],
    [await noJsPass(), 320, (d) => d.overflow],
    [await widthPass(640, 360), 640, (d) => d],
    [await mainPass(), 1280, (d) => d.overflow],
  ];
  const problems = [];
  for (const [result, width, pick] of checks) {
    problems.push(...loadErrors(result));
    for (const r of result.results) {
      if (!r.data) continue;
      const o = pick(r.data);
      if (o.scrollWidth > width) {
        problems.push(`${r.page.url} [${r.page.type}] at ${width} px (${result.name.split(' ')[0]}): scrollWidth ${o.scrollWidth} > ${width}; sticking out: ${o.offenders.join(', ') || '?'}`);
      }
    }
  }
  report(problems, 'pages that scroll sideways');
});

test('redirect pages (short links, aliases) are noindex and lead to a page', () => {
  const problems = [];
  const urls = new Set(pages.map((p) => p.url));
  const redirects = pages.filter((p) => p.type === 'redirect');
  for (const p of redirects) {
    const metas = p.html.match(/<meta\b[^>]*>/gi) || [];
    const robots = metas.find((m) => /name\s*=\s*["']?robots/i.test(m));
    if (!robots || !/noindex/i.test(robots)) problems.push(`${p.url}: no <meta name="robots" content="noindex">`);
    const refresh = metas.find((m) => /http-equiv\s*=\s*["']?refresh/i.test(m));
    const content = refresh && (refresh.match(/content\s*=\s*(?:"([^"]*)"|'([^']*)')/i) || [])
      .slice(1)
      .find((x) => x !== undefined);
    const target = content && (content.match(/url\s*=\s*['"]?([^'"]+)/i) || [])[1];
    if (!target) {
      problems.push(`${p.url}: the refresh has no url=`);
      continue;
    }
    let pathname = target.trim();
    if (config.base_url && pathname.startsWith(config.base_url)) pathname = pathname.slice(config.base_url.length) || '/';
    if (/^[a-z]+:/i.test(pathname)) {
      problems.push(`${p.url}: redirects off the site to ${target}`);
      continue;
    }
    pathname = new URL(pathname, `http://x${p.url}`).pathname;
    if (!urls.has(pathname)) problems.push(`${p.url}: redirects to ${target}, which is not a page of the site`);
    else if (redirects.some((x) => x.url === pathname)) problems.push(`${p.url}: redirects to another redirect ${pathname}`);
  }
  report(problems, 'redirect page problems');
});

test('screenshots at 360 px for a human to look at', { timeout: TEST_TIMEOUT }, async (t) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const wanted = [
    ['/ur/safer-sleep/', 'ur-safer-sleep.png'],
    ['/ar/safer-sleep/', 'ar-safer-sleep.png'],
    ['/en/', 'en-home.png'],
  ];
  const context = await br.newContext(browser, origin, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    for (const [url, file] of wanted) {
      if (!pages.some((p) => p.url === url)) {
        t.diagnostic(`no ${url} in this site; no screenshot`);
        continue;
      }
      await page.goto(origin + url, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
      t.diagnostic(`screenshot ${path.relative(process.cwd(), path.join(SCREENSHOTS, file))}`);
    }
  } finally {
    await context.close();
  }
});

/** Collects `page: message` problems seen in several passes into one line naming the passes. */
function grouped() {
  const seen = new Map();
  return {
    add(page, passName, message) {
      const key = `${page.url}: ${message}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key).add(passName.split(' ')[0]);
    },
    lines: () => [...seen].map(([key, names]) => `${key} [${[...names].join(', ')}]`),
  };
}

test('e. privacy: no page requests anything from another host', { timeout: TEST_TIMEOUT }, async () => {
  const problems = grouped();
  for (const { name, results } of await allPasses()) {
    for (const r of results) {
      const add = (message) => problems.add(r.page, name, message);
      for (const req of r.rec.requests) if (!br.isLocal(req.url, origin)) add(`${req.type} request to ${req.url}`);
      if (!r.data || !r.data.dom) continue;
      for (const res of r.data.dom.resources) if (!br.isLocal(res.url, origin)) add(`${res.what} points to ${res.url}`);
      for (const v of r.data.dom.csp) {
        if (/^https?:/.test(v.blocked) && !br.isLocal(v.blocked, origin)) add(`tried to load ${v.blocked} (blocked by CSP ${v.directive})`);
      }
    }
  }
  report(problems.lines(), 'third-party requests (passes in brackets)');
});

test('f. no console errors, uncaught exceptions, CSP violations or broken resources', { timeout: TEST_TIMEOUT }, async () => {
  const problems = grouped();
  const local = (text) => text.split(origin).join('');
  for (const { name, results } of await allPasses()) {
    for (const r of results) {
      const add = (message) => problems.add(r.page, name, local(message));
      for (const e of r.rec.pageErrors) add(`uncaught exception: ${e}`);
      for (const e of r.rec.consoleErrors) add(`console error: ${e}`);
      for (const f of r.rec.failedRequests) if (br.isLocal(f.url, origin)) add(`request failed: ${f.url} (${f.error})`);
      for (const res of r.rec.responses) {
        if (res.status >= 400 && res.url !== origin + r.page.url) add(`HTTP ${res.status} for ${res.url}`);
      }
      if (r.data && r.data.dom) {
        for (const v of r.data.dom.csp) add(`CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'}${v.source ? ` in ${v.source}:${v.line}` : ''}`);
      }
    }
  }
  report(problems.lines(), 'errors (passes in brackets)');
});
