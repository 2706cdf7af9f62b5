'use strict';
// The test server behaves like a static host: pretty URLs, 404.html with
// status 404, content types, `_headers` applied, no path traversal.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const { startServer, parseHeadersFile, patternMatches, headersFor } = require('./server.js');

let tmp;
let site;
let server;

function write(rel, text) {
  const file = path.join(site, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A raw GET, so the path is sent exactly as written (no URL normalisation). */
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'threesteps-e2e-server-'));
  site = path.join(tmp, 'public');
  write('index.html', '<!doctype html><title>chooser</title>');
  write('404.html', '<!doctype html><title>not found</title>');
  write('en/safer-sleep/index.html', '<!doctype html><title>safer sleep</title>');
  write('css/site.css', 'body{}');
  write('js/app.js', '1;');
  write('en/search-index.json', '{}');
  write('qr/en/sleep.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write('qr/en/sleep.png', 'png');
  write('leaflets/en/safer-sleep.pdf', '%PDF-1.4');
  write('sitemap.xml', '<urlset/>');
  write('robots.txt', 'User-agent: *');
  write('_redirects', '/sleep/ /en/safer-sleep/ 301');
  write(
    '_headers',
    [
      '# security headers',
      '/*',
      "  Content-Security-Policy: default-src 'self'; object-src 'none'",
      '  X-Content-Type-Options: nosniff',
      '/en/*',
      '  Link: </css/site.css>; rel=preload',
      '/qr/:lang/*',
      '  Cache-Control: max-age=60',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'outside the site');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(site, 'link.txt'));
  server = await startServer({ root: site });
});

after(async () => {
  if (server) await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('pretty URLs serve index.html; a folder without its slash redirects', async () => {
  const page = await get('/en/safer-sleep/');
  assert.equal(page.status, 200);
  assert.match(page.body, /safer sleep/);
  assert.equal((await get('/')).status, 200);
  const bare = await get('/en/safer-sleep');
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, '/en/safer-sleep/');
  assert.equal((await get('/en/safer-sleep/?utm=x')).status, 200);
});

test('unknown paths get 404.html with status 404', async () => {
  const res = await get('/en/nowhere/');
  assert.equal(res.status, 404);
  assert.match(res.body, /not found/);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.equal((await get('/_redirects')).status, 404);
  assert.equal((await get('/_headers')).status, 404);
});

test('content types', async () => {
  const cases = {
    '/en/safer-sleep/': 'text/html',
    '/css/site.css': 'text/css',
    '/js/app.js': 'text/javascript',
    '/en/search-index.json': 'application/json',
    '/qr/en/sleep.svg': 'image/svg+xml',
    '/qr/en/sleep.png': 'image/png',
    '/leaflets/en/safer-sleep.pdf': 'application/pdf',
    '/sitemap.xml': 'application/xml',
    '/robots.txt': 'text/plain',
  };
  for (const [url, type] of Object.entries(cases)) {
    const res = await get(url);
    assert.equal(res.status, 200, url);
    assert.equal(res.headers['content-type'].split(';')[0], type, url);
  }
});

test('_headers rules become response headers, also on 404s', async () => {
  const page = await get('/en/safer-sleep/');
  assert.equal(page.headers['content-security-policy'], "default-src 'self'; object-src 'none'");
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers.link, '</css/site.css>; rel=preload');
  const css = await get('/css/site.css');
  assert.equal(css.headers['content-security-policy'], "default-src 'self'; object-src 'none'");
  assert.equal(css.headers.link, undefined);
  assert.equal((await get('/qr/en/sleep.svg')).headers['cache-control'], 'max-age=60');
  assert.equal((await get('/nowhere')).headers['x-content-type-options'], 'nosniff');
});

test('path traversal is refused', async () => {
  for (const raw of ['/../secret.txt', '/en/../../secret.txt', '/%2e%2e/secret.txt', '/en/%2E%2E/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%5c..%5csecret.txt', '/%00', '/%zz']) {
    const res = await get(raw);
    assert.ok([400, 403, 404].includes(res.status), `${raw}: status ${res.status}`);
    assert.doesNotMatch(res.body, /outside the site/, raw);
  }
  const link = await get('/link.txt');
  assert.notEqual(link.status, 200);
  assert.doesNotMatch(link.body, /outside the site/);
});

test('_headers parsing and matching', () => {
  const rules = parseHeadersFile('/*\n  A: 1\n\n# c\n/en/*\n  A: 2\n  B: x: y\n');
  assert.deepEqual(rules, [
    { pattern: '/*', headers: [['A', '1']] },
    { pattern: '/en/*', headers: [['A', '2'], ['B', 'x: y']] },
  ]);
  assert.ok(patternMatches('/*', '/'));
  assert.ok(patternMatches('/en/*', '/en/a/b/'));
  assert.ok(!patternMatches('/en/*', '/pl/a/'));
  assert.ok(patternMatches('/:lang/search/', '/ur/search/'));
  assert.ok(!patternMatches('/:lang/search/', '/ur/x/search/'));
  assert.ok(patternMatches('/a.html', '/a.html'));
  assert.ok(!patternMatches('/a.html', '/aXhtml'));
  assert.deepEqual(headersFor(rules, '/en/x/'), [
    { name: 'A', value: '1, 2' },
    { name: 'B', value: 'x: y' },
  ]);
  assert.throws(() => parseHeadersFile('  A: 1\n'), /before any path/);
});
