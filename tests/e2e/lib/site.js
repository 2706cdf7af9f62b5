'use strict';
// Reads what the tests need to know about the built site: the languages from
// `site.yaml`, and every page in the output, grouped by page type.

const fs = require('node:fs');
const path = require('node:path');

/** The built site (`SITE_DIR`, default `<repo>/public`). */
const SITE_DIR = path.resolve(process.env.SITE_DIR || path.join(__dirname, '..', '..', '..', 'public'));
/** The site source root holding `site.yaml` (`SITE_ROOT`, default the repository root). */
const SITE_ROOT = path.resolve(process.env.SITE_ROOT || path.join(__dirname, '..', '..', '..'));

function unquote(value) {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

/** Removes a `# comment` that is not inside quotes. */
function stripComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i);
    }
  }
  return line;
}

/** Splits `a: 1, b: "x, y"` on top-level commas. */
function splitFlow(text) {
  const parts = [];
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ',') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function keyValue(text) {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  return [text.slice(0, colon).trim(), unquote(text.slice(colon + 1))];
}

/**
 * A minimal reader for the parts of `site.yaml` the tests use: `base_url`,
 * `default_language` and the `languages:` list, written either as flow
 * mappings (`- { code: en, name: English, dir: ltr }`) or as block mappings.
 */
function parseSiteYaml(text) {
  const config = { base_url: null, default_language: null, languages: [] };
  let inLanguages = false;
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw).replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const indented = /^\s/.test(line);
    if (!indented && !line.startsWith('-')) {
      inLanguages = false;
      const kv = keyValue(line);
      if (!kv) continue;
      const [key, value] = kv;
      if (key === 'languages') {
        inLanguages = true;
        if (value.startsWith('[')) throw new Error('site.yaml: write `languages:` as a list of `- { code, name, dir }` lines');
      } else if (key === 'base_url' || key === 'default_language') {
        config[key] = value;
      }
      continue;
    }
    if (!inLanguages) continue;
    const item = line.trim();
    let body = item;
    if (item.startsWith('-')) {
      current = {};
      config.languages.push(current);
      body = item.slice(1).trim();
    }
    if (!current || body === '') continue;
    if (body.startsWith('{')) {
      for (const part of splitFlow(body.replace(/^\{/, '').replace(/\}$/, ''))) {
        const kv = keyValue(part);
        if (kv) current[kv[0]] = kv[1];
      }
    } else {
      const kv = keyValue(body);
      if (kv) current[kv[0]] = kv[1];
    }
  }
  for (const lang of config.languages) {
    if (!lang.code) throw new Error(`site.yaml: a language without a code: ${JSON.stringify(lang)}`);
    lang.dir = lang.dir || 'ltr';
  }
  if (config.languages.length === 0) throw new Error('site.yaml: no `languages:` found');
  config.default_language = config.default_language || config.languages[0].code;
  return config;
}

function loadConfig(root = SITE_ROOT) {
  const file = path.join(root, 'site.yaml');
  return parseSiteYaml(fs.readFileSync(file, 'utf8'));
}

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const REFRESH_RE = /<meta\s[^>]*http-equiv\s*=\s*["']?refresh/i;
const FALLBACK_RE = /class\s*=\s*(?:"[^"]*\bnotice-fallback\b[^"]*"|'[^']*\bnotice-fallback\b[^']*'|notice-fallback\b)/i;

/**
 * Every HTML page of the built site, as
 * `{ url, file, type, lang, html }`, sorted by URL. Types:
 * `chooser` (`/`), `home` (`/<lang>/`), `section` (a page with pages below it),
 * `leaf`, `fallback` (holds `.notice-fallback`), `search` (`/<lang>/search/`),
 * `notfound` (`/404.html`), `redirect` (a `<meta http-equiv="refresh">` page),
 * `report` (the editors' translation dashboard, `/translation-status/`).
 */
function discoverPages(siteDir = SITE_DIR, config = loadConfig()) {
  if (!fs.existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(`no built site at ${siteDir} (index.html missing): run \`cargo run --release -- build\` first, or set SITE_DIR`);
  }
  const codes = new Set(config.languages.map((l) => l.code));
  const files = walk(siteDir).filter((f) => path.basename(f) === 'index.html' || path.relative(siteDir, f) === '404.html');
  const urls = files.map((f) => {
    const rel = path.relative(siteDir, f).split(path.sep).join('/');
    return rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
  });
  const htmls = files.map((f) => fs.readFileSync(f, 'utf8'));
  // Pages (not redirects) that have pages below them are sections.
  const contentUrls = urls.filter((u, i) => !REFRESH_RE.test(htmls[i]));
  const pages = files.map((file, i) => {
    const url = urls[i];
    const html = htmls[i];
    const first = url.split('/')[1];
    const lang = codes.has(first) ? first : null;
    let type;
    if (url === '/404.html') type = 'notfound';
    else if (REFRESH_RE.test(html)) type = 'redirect';
    else if (url === '/') type = 'chooser';
    else if (url === '/translation-status/') type = 'report';
    else if (lang && url === `/${lang}/`) type = 'home';
    else if (lang && url === `/${lang}/search/`) type = 'search';
    else if (FALLBACK_RE.test(html)) type = 'fallback';
    else if (contentUrls.some((u) => u !== url && u.startsWith(url))) type = 'section';
    else type = 'leaf';
    return { url, file, type, lang, html };
  });
  pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return pages;
}

/** The URL of the same page in another language: `/en/a/b/` -> `/ur/a/b/`. */
function inLanguage(url, lang, codes) {
  const parts = url.split('/');
  if (parts.length > 2 && codes.has(parts[1])) {
    parts[1] = lang;
    return parts.join('/');
  }
  return null;
}

/** Counts pages per type and language, for a short summary line. */
function summarize(pages) {
  const byType = {};
  for (const p of pages) byType[p.type] = (byType[p.type] || 0) + 1;
  return Object.entries(byType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
}

module.exports = { SITE_DIR, SITE_ROOT, parseSiteYaml, loadConfig, discoverPages, inLanguage, summarize };
