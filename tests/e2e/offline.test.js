'use strict';
// Offline reading and installing, in Debian's Chromium with a real profile
// and service workers allowed. The default site is copied and built into a
// temporary folder (so a test can change a page and build again), served by
// server.js, and then the server is really stopped, not emulated offline.
//
//   1. one visit in English and one in Urdu (right to left) save each
//      language's parents' pages; the saved set stays within 1 MiB;
//   2. Chromium reports no installability errors, in both languages;
//   3. with the server stopped every saved page opens in its language, with
//      its stylesheet, and an unsaved page shows the offline page in the
//      language asked for, which axe finds no fault with;
//   4. after a rebuild with a changed page, an online reader sees the change
//      at once (and after one reload), the new build's worker takes over,
//      keeps what was saved and deletes the old cache, the next visit saves
//      the new build's pages, and offline the changed page is the new one;
//   5. with Save-Data only the visited page (and the offline page) is saved;
//      every language's home page is installable.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { startServer } = require('./server.js');
const site = require('./lib/site.js');
const br = require('./lib/browser.js');

const REPO = site.SITE_ROOT;
const BIN = process.env.THREESTEPS_BIN || path.join(REPO, 'target', 'release', 'threesteps');
const BUDGET = 1024 * 1024;
const MARKER = 'A sentence added by the offline test after the first build.';

let work;
let server;
let port;
let context;

function build() {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} not found: run \`cargo build --release\` first (or set THREESTEPS_BIN)`);
  const run = spawnSync(BIN, ['build', '--quiet', '--root', work], { encoding: 'utf8' });
  assert.equal(run.status, 0, `build failed:\n${run.stderr}`);
}

async function serve() {
  server = await startServer({ root: path.join(work, 'public'), port: port || 0 });
  port = server.port;
  return server.url;
}

/** Stops the server for real: open connections are cut, the port refuses. */
async function stopServer() {
  server.server.closeAllConnections();
  await server.close();
  server = null;
  await assert.rejects(fetch(`http://127.0.0.1:${port}/en/`), 'the server still answers');
}

/** The generated constants of the built `sw.js`. */
function worker() {
  const sw = fs.readFileSync(path.join(work, 'public', 'sw.js'), 'utf8');
  const constant = (name) => JSON.parse(sw.match(new RegExp(`^const ${name} = (.*);$`, 'm'))[1]);
  return { version: constant('VERSION'), saved: constant('SAVED') };
}

/** Waits until the cache of `version` holds every URL in `urls`; returns their sizes. */
async function waitForSaved(page, version, urls) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const state = await page.evaluate(
      async ({ name, urls }) => {
        if (!(await caches.has(name))) return { missing: urls };
        const cache = await caches.open(name);
        const missing = [];
        let bytes = 0;
        for (const url of urls) {
          const hit = await cache.match(url);
          if (hit) bytes += (await hit.arrayBuffer()).byteLength;
          else missing.push(url);
        }
        return { missing, bytes };
      },
      { name: `threesteps-${version}`, urls },
    );
    if (state.missing.length === 0) return state.bytes;
    if (Date.now() > deadline) throw new Error(`never saved: ${state.missing.join(' ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function facts(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    h1: (document.querySelector('h1') || {}).textContent || '',
    offline: !!document.querySelector('.offline-page'),
    styled: getComputedStyle(document.body).fontFamily.includes('system-ui'),
    csp: window.__cspViolations || [],
  }));
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'threesteps-offline-'));
  for (const item of ['site.yaml', 'urls.lock', 'content', 'translations', 'themes']) {
    fs.cpSync(path.join(REPO, item), path.join(work, item), { recursive: true });
  }
  build();
  await serve();
  context = await br.launchPersistent(path.join(work, 'profile'));
  context.setDefaultTimeout(20000);
  await context.addInitScript(br.CSP_LISTENER);
});

after(async () => {
  if (context) await context.close();
  if (server) await server.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const consoleErrors = [];
const VISITS = [
  { lang: 'en', first: '/en/safer-sleep/', unsaved: '/en/practitioners/kbs-visits/' },
  { lang: 'ur', first: '/ur/coping-with-crying/', unsaved: '/ur/practitioners/' },
];

test('one visit saves the parents\' pages of that language, within 1 MiB, and the app is installable', async () => {
  const { version, saved } = worker();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
  for (const { lang, first } of VISITS) {
    await page.goto(`${server.url}${first}`);
    const bytes = await waitForSaved(page, version, saved[lang]);
    console.log(`saved for ${lang}: ${saved[lang].length} files, ${(bytes / 1024).toFixed(1)} KiB as cached`);
    assert.ok(bytes <= BUDGET, `${lang} saves ${bytes} bytes, over the 1 MiB budget`);
    assert.ok(saved[lang].includes(`/${lang}/get-help/`) && saved[lang].includes(`/${lang}/search-index.json`));
    assert.ok(!saved[lang].some((u) => u.includes('/practitioners/') || u.endsWith('.pdf')), saved[lang].join(' '));

    await page.goto(`${server.url}/${lang}/`);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], `${lang}: ${JSON.stringify(installabilityErrors)}`);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.ok(manifest.url.endsWith(`/${lang}/manifest.webmanifest`), manifest.url);
    assert.deepEqual(manifest.errors, [], JSON.stringify(manifest.errors));
    await cdp.detach();
  }
  const estimate = await page.evaluate(() => navigator.storage.estimate());
  console.log(`storage used by the origin (Chromium's estimate, both languages): ${(estimate.usage / 1024).toFixed(0)} KiB`);
  await page.close();
});

test('with the server stopped, every saved page opens in its language and others show the offline page', async () => {
  const { saved } = worker();
  await stopServer();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
  for (const { lang, unsaved } of VISITS) {
    const dir = lang === 'ur' ? 'rtl' : 'ltr';
    for (const url of saved[lang].filter((u) => u.endsWith('/'))) {
      const response = await page.goto(`http://127.0.0.1:${port}${url}`);
      assert.equal(response.status(), 200, url);
      const seen = await facts(page);
      assert.equal(seen.lang, lang, url);
      assert.equal(seen.dir, dir, url);
      assert.ok(seen.h1.trim().length > 0, `${url} has no heading offline`);
      assert.equal(seen.offline, url.endsWith('/offline/'), `${url} shows the offline page instead of itself`);
      assert.ok(seen.styled, `${url} lost its stylesheet offline`);
      assert.deepEqual(seen.csp, [], `${url}: CSP violations`);
    }
    await page.goto(`http://127.0.0.1:${port}${unsaved}`);
    const seen = await facts(page);
    assert.ok(seen.offline, `${unsaved} did not show the offline page`);
    assert.equal(seen.lang, lang, `${unsaved}: the offline page is in the reader's language`);
    assert.equal(seen.dir, dir);
    const listed = await page.$$eval('.offline-page a', (links) => links.map((a) => new URL(a.href).pathname));
    assert.ok(listed.includes(`/${lang}/safer-sleep/`), `the offline page lists saved pages: ${listed}`);
    const violations = await br.runAxe(page);
    assert.deepEqual(violations, [], `${unsaved} (offline page): ${JSON.stringify(violations, null, 1)}`);
    assert.deepEqual(seen.csp, []);
  }
  assert.deepEqual(consoleErrors, [], consoleErrors.join('\n'));
  await page.close();
});

test('after a rebuild with a changed page, an online reload shows the change and old caches go', async () => {
  const before = worker();
  const file = path.join(work, 'content', 'en', 'safer-sleep.md');
  fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8').trimEnd()}\n\n${MARKER}\n`);
  build();
  const now = worker();
  assert.notEqual(now.version, before.version, 'a changed page gives the worker a new version');
  await serve();
  let page = await context.newPage();
  await page.goto(`${server.url}/en/safer-sleep/`);
  assert.ok((await page.textContent('main')).includes(MARKER), 'pages come from the network first: the new build at once');
  await page.reload();
  assert.ok((await page.textContent('main')).includes(MARKER), 'and after a reload');
  const current = async () => {
    const names = await page.evaluate(() => caches.keys());
    return names.length === 1 && names[0] === `threesteps-${now.version}`;
  };
  const waitForTakeover = async (ms) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await current()) return true;
      await new Promise((r) => setTimeout(r, 250));
    }
    return false;
  };
  // The new worker calls skipWaiting(); in this test's sequence Chromium
  // still sometimes keeps it waiting while the old one controls the tab, so
  // the parent closing and reopening the app is the bound.
  if (!(await waitForTakeover(10000))) {
    console.log('the new worker waited for the tab to close');
    await page.close();
    page = await context.newPage();
    await page.goto(`${server.url}/en/`);
  }
  assert.ok(await waitForTakeover(20000), 'the new build\'s worker takes over and deletes the old build\'s cache');
  // Now the new worker answers: this visit saves the whole set again, fresh.
  await page.reload();
  await waitForSaved(page, now.version, ['/sw.js?saved=en', ...now.saved.en]);
  await stopServer();
  await page.goto(`http://127.0.0.1:${port}/en/safer-sleep/`);
  assert.ok((await page.textContent('main')).includes(MARKER), 'offline, the saved page is the new one');
  await page.close();
  await serve();
});

test('with Save-Data on, only the pages actually visited are saved; every language is installable', async () => {
  const { version } = worker();
  const saveData = await br.launchPersistent(path.join(work, 'profile-save-data'));
  try {
    await saveData.addInitScript(() => {
      Object.defineProperty(NetworkInformation.prototype, 'saveData', { get: () => true });
    });
    const page = await saveData.newPage();
    await page.goto(`${server.url}/pl/safer-sleep/`);
    await waitForSaved(page, version, ['/pl/safer-sleep/', '/pl/offline/', '/css/site.css']);
    await page.waitForTimeout(1500);
    const others = await page.evaluate(
      async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      `threesteps-${version}`,
    );
    assert.ok(!others.includes('/pl/for-dads/') && !others.includes('/pl/search-index.json'), others.join(' '));
    // Installable in every language (here, where each visit saves little).
    for (const { code } of site.loadConfig(work).languages) {
      await page.goto(`${server.url}/${code}/`);
      const cdp = await saveData.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, [], `${code}: ${JSON.stringify(installabilityErrors)}`);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.ok(manifest.url.endsWith(`/${code}/manifest.webmanifest`) && manifest.errors.length === 0, `${code}: ${JSON.stringify(manifest.errors)}`);
      await cdp.detach();
    }
  } finally {
    await saveData.close();
  }
});
