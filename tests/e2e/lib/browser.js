'use strict';
// Launches Debian's Chromium through playwright-core, and visits pages while
// recording everything the checks need: requests, responses, console errors,
// uncaught exceptions and Content-Security-Policy violations.

const fs = require('node:fs');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install chromium\` (or set CHROMIUM_PATH)`);
  }
}

async function launch() {
  checkChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * A browser with a real (not incognito) profile in `userDataDir`, as a
 * parent's phone has: service workers allowed, and the app installable.
 */
async function launchPersistent(userDataDir, options = {}) {
  checkChromium();
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, serviceWorkers: 'allow', ...options });
}

/** Records CSP violations as the page sees them (only runs when JavaScript is on). */
const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
  });
`;

/**
 * Creates a browser context for one test pass. Every request to another
 * origin than `origin` is aborted (and recorded by the page listeners), so a
 * third-party request can never leave the machine or hang the tests.
 */
async function newContext(browser, origin, options = {}) {
  // The offline service worker would answer these tests' requests from its
  // cache and add its own; tests/e2e/offline.test.js tests it on its own.
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  context.setDefaultTimeout(15000);
  context.setDefaultNavigationTimeout(20000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    return route.abort('blockedbyclient');
  });
  if (options.javaScriptEnabled !== false) await context.addInitScript(CSP_LISTENER);
  return context;
}

function isLocal(url, origin) {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Wraps a page so each visit gets a fresh record:
 * `{ requests, responses, consoleErrors, pageErrors, failedRequests }`.
 */
function recorder(page) {
  let rec = null;
  // Only requests made during this visit count: a fetch the previous page
  // left running is aborted by the navigation, which is not this page's fault.
  const fresh = () => ({ requests: [], responses: [], consoleErrors: [], pageErrors: [], failedRequests: [], bodies: [], started: new Set() });
  page.on('request', (req) => {
    if (!rec) return;
    rec.started.add(req);
    rec.requests.push({ url: req.url(), type: req.resourceType() });
  });
  page.on('requestfailed', (req) => {
    if (!rec || !rec.started.has(req)) return;
    const failure = req.failure();
    // The browser's own fetches for the tab (the icon, the manifest) run
    // after `load` and are aborted by the next navigation: not a page fault.
    // A missing icon still shows as an HTTP error among the responses.
    if (req.resourceType() === 'other' && failure && failure.errorText === 'net::ERR_ABORTED') return;
    rec.failedRequests.push({ url: req.url(), error: failure ? failure.errorText : 'failed' });
  });
  page.on('response', (res) => {
    if (!rec || !rec.started.has(res.request())) return;
    const entry = { url: res.url(), status: res.status(), type: res.request().resourceType(), body: null };
    rec.responses.push(entry);
    if (['document', 'stylesheet', 'script'].includes(entry.type) && res.status() < 300) {
      rec.bodies.push(
        res.body().then(
          (b) => (entry.body = b),
          () => {},
        ),
      );
    }
  });
  page.on('console', (msg) => {
    if (!rec || msg.type() !== 'error') return;
    const loc = msg.location();
    rec.consoleErrors.push(`${msg.text()}${loc && loc.url ? ` (${loc.url}${loc.lineNumber ? `:${loc.lineNumber}` : ''})` : ''}`);
  });
  page.on('pageerror', (err) => rec && rec.pageErrors.push(String(err && err.stack ? err.stack.split('\n')[0] : err)));
  return {
    page,
    start() {
      rec = fresh();
      return rec;
    },
    async finish() {
      const done = rec;
      await Promise.all(done.bodies);
      rec = null;
      return done;
    },
  };
}

/** Loads axe-core into the page (without a <script> element, so the page's CSP does not block it) and runs it. */
async function runAxe(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  return page.evaluate(async (options) => {
    const result = await window.axe.run(document, options);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, AXE_OPTIONS);
}

/** Runs `fn(item, worker)` over `items` with `workers` pages in parallel. */
async function pool(items, workers, makeWorker, fn) {
  const queue = items.slice();
  const runners = [];
  for (let i = 0; i < Math.max(1, Math.min(workers, items.length)); i++) {
    runners.push(
      (async () => {
        const worker = await makeWorker();
        try {
          while (queue.length) await fn(queue.shift(), worker);
        } finally {
          await worker.page.close().catch(() => {});
        }
      })(),
    );
  }
  await Promise.all(runners);
}

module.exports = { CHROMIUM, CSP_LISTENER, launch, launchPersistent, newContext, recorder, runAxe, pool, isLocal };
