'use strict';
// A tiny static file server for the browser tests, with no dependencies.
//
// It serves a built site the way a static host (Netlify, Cloudflare Pages)
// would: pretty URLs, `404.html` with status 404, real content types, and the
// response headers listed in the site's `_headers` file, so that the
// Content-Security-Policy is enforced by the browser during the tests.
//
// Usage as a program: `SITE_DIR=../../public node server.js [port]`.
// Usage as a module:  `const { startServer } = require('./server.js')`.

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const DEFAULT_SITE_DIR = path.resolve(__dirname, '..', '..', 'public');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Files a static host reads as configuration and never serves. */
const HIDDEN_FILES = new Set(['/_headers', '/_redirects']);

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Parses a Netlify-style `_headers` file:
 *
 *     # comment
 *     /*
 *       Content-Security-Policy: default-src 'self'
 *       X-Content-Type-Options: nosniff
 *
 * Returns `[{ pattern, headers: [[name, value], ...] }]` in file order.
 */
function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (/^\s/.test(raw)) {
      if (!current) throw new Error(`_headers: header line before any path: ${JSON.stringify(raw)}`);
      const line = raw.trim();
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`_headers: expected "Name: value", got ${JSON.stringify(line)}`);
      current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      let pattern = raw.trim();
      // Cloudflare Pages also allows absolute URLs; only the path matters here.
      pattern = pattern.replace(/^https?:\/\/[^/]+/, '');
      current = { pattern, headers: [] };
      rules.push(current);
    }
  }
  return rules;
}

/** Does a `_headers` path pattern (`/*`, `/en/*`, `/:lang/search/`) match a URL path? */
function patternMatches(pattern, urlPath) {
  const escaped = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${escaped}$`).test(urlPath);
}

/** The headers that apply to a URL path; repeated names are joined with ", " (as Netlify does). */
function headersFor(rules, urlPath) {
  const out = new Map();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, prev ? { name: prev.name, value: `${prev.value}, ${value}` } : { name, value });
    }
  }
  return [...out.values()];
}

function statOrNull(file) {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/**
 * Maps a request path to a file under `root`. Returns one of
 * `{ file }`, `{ redirect }`, `{ notFound: true }` or `{ forbidden: true }`.
 */
function resolveRequest(root, rawPath) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(rawPath);
  } catch {
    return { forbidden: true };
  }
  if (!urlPath.startsWith('/') || urlPath.includes('\0') || urlPath.includes('\\')) return { forbidden: true };
  const segments = urlPath.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return { forbidden: true };
  if (HIDDEN_FILES.has(urlPath)) return { notFound: true };

  let file = path.join(root, ...segments);
  // `path.join` cannot leave `root` after the checks above; make sure anyway,
  // also through symbolic links.
  const inside = (p) => p === root || p.startsWith(root + path.sep);
  if (!inside(file)) return { forbidden: true };

  let stat = statOrNull(file);
  if (stat && stat.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    file = path.join(file, 'index.html');
    stat = statOrNull(file);
  }
  if (!stat || !stat.isFile()) return { notFound: true };
  let real;
  try {
    real = fs.realpathSync(file);
  } catch {
    return { notFound: true };
  }
  if (!inside(real)) return { forbidden: true };
  return { file: real };
}

/**
 * Starts the server. Resolves to `{ url, port, server, close() }`.
 * `port: 0` (the default) picks a free port.
 */
function startServer({ root = process.env.SITE_DIR || DEFAULT_SITE_DIR, port = 0, host = '127.0.0.1' } = {}) {
  const siteRoot = fs.realpathSync(path.resolve(root));
  const headersFile = path.join(siteRoot, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];

  const server = http.createServer((req, res) => {
    const send = (status, headers, body, urlPath) => {
      // The site's own headers win over the server's defaults (except the
      // length and the status-specific Location).
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      for (const { name, value } of headersFor(rules, urlPath)) {
        if (!/^(content-length|location)$/i.test(name)) res.setHeader(name, value);
      }
      res.writeHead(status);
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('method not allowed\n');
      return;
    }
    const rawPath = (req.url || '/').split(/[?#]/)[0];
    const found = resolveRequest(siteRoot, rawPath);

    if (found.forbidden) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('forbidden\n');
      return;
    }
    if (found.redirect) {
      send(301, { Location: found.redirect, 'Content-Type': 'text/plain; charset=utf-8' }, `moved to ${found.redirect}\n`, rawPath);
      return;
    }
    if (found.notFound) {
      const page = path.join(siteRoot, '404.html');
      const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('not found\n');
      const type = fs.existsSync(page) ? CONTENT_TYPES['.html'] : CONTENT_TYPES['.txt'];
      send(404, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' }, body, rawPath);
      return;
    }
    let body;
    try {
      body = fs.readFileSync(found.file);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`cannot read file: ${err.code || err.message}\n`);
      return;
    }
    send(200, { 'Content-Type': contentType(found.file), 'Content-Length': body.length, 'Cache-Control': 'no-cache' }, body, rawPath);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${address.port}`;
      resolve({
        url,
        port: address.port,
        root: siteRoot,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { startServer, parseHeadersFile, patternMatches, headersFor, resolveRequest, contentType, DEFAULT_SITE_DIR };

if (require.main === module) {
  const port = Number(process.argv[2] || process.env.PORT || 0);
  startServer({ port }).then(
    ({ url, root }) => console.log(`serving ${root} at ${url}/`),
    (err) => {
      console.error(`cannot start server: ${err.message}`);
      process.exit(1);
    },
  );
}
