// What the worker does (the constants above are written by the build):
// - a page sends {type: 'visited', lang, page, saveData}: the worker saves
//   that page and, once per build, SAVED[lang] fresh from the network (with
//   Save-Data, ESSENTIALS[lang] instead: the offline page and what it loads);
// - every GET to this site goes to the network first; what arrives is kept;
//   without an answer within NETWORK_WAIT_MS the saved copy is used;
// - a page neither online nor saved gets the offline page of its language;
// - a new build has a new VERSION: its worker takes over at once, carries
//   the saved pages over and deletes the caches of older builds.
'use strict';

const CACHE_PREFIX = 'threesteps-';
const CACHE = CACHE_PREFIX + VERSION;
const NETWORK_WAIT_MS = 4000;
let saveDataHeader = false;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(carryOver().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  const visit = event.data;
  if (!visit || visit.type !== 'visited' || !Object.prototype.hasOwnProperty.call(SAVED, visit.lang)) return;
  const page = sitePath(visit.page);
  const saveData = visit.saveData || saveDataHeader;
  event.waitUntil(
    saveVisit(visit.lang, page, !saveData).then((complete) => {
      if (complete && event.source) event.source.postMessage({ type: 'saved', lang: visit.lang });
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  if (navigation) saveDataHeader = request.headers.get('save-data') === 'on';
  event.respondWith(networkFirst(event, request, navigation ? url.origin + url.pathname : request, navigation));
});

/** A same-site path from a page's message, or null. */
function sitePath(path) {
  if (typeof path !== 'string') return null;
  const url = new URL(path, self.location.origin);
  return url.origin === self.location.origin ? url.pathname : null;
}

/** Only whole, direct answers from this site are kept. */
function keepable(response) {
  return response && response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** The key marking that this build saved a language's whole set (never fetched). */
function doneKey(lang) {
  return `/sw.js?saved=${encodeURIComponent(lang)}`;
}

/**
 * Saves the visited page and, once per build and language, the whole set
 * fresh from the network (`full`); with Save-Data only the page and the
 * offline page with what it loads, when they are not saved yet.
 */
async function saveVisit(lang, page, full) {
  const cache = await caches.open(CACHE);
  if (!full || (await cache.match(doneKey(lang)))) {
    return store(cache, [page, ...(full ? [] : ESSENTIALS[lang])].filter(Boolean), false);
  }
  const complete = await store(cache, [...new Set([page, ...SAVED[lang]])].filter(Boolean), true);
  if (complete) await cache.put(doneKey(lang), new Response(VERSION));
  return complete;
}

/** Fetches and keeps `urls` one after another (gentle on a slow line); `fresh` refetches saved ones. */
async function store(cache, urls, fresh) {
  for (const url of urls) {
    if (!fresh && (await cache.match(url))) continue;
    try {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
      if (keepable(response)) await cache.put(url, response);
    } catch {
      return false; // no signal: the next visit tries again
    }
  }
  return true;
}

/**
 * A new build's worker keeps what older builds saved (so a reader who goes
 * offline right after an update still has the pages), then deletes their
 * caches. The next visit refreshes the whole set from the network.
 */
async function carryOver() {
  const cache = await caches.open(CACHE);
  const old = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
  for (const name of old) {
    const previous = await caches.open(name);
    for (const request of await previous.keys()) {
      if (new URL(request.url).pathname === '/sw.js' || (await cache.match(request))) continue;
      const response = await previous.match(request);
      if (response) await cache.put(request, response);
    }
    await caches.delete(name);
  }
}

function networkFirst(event, request, key, navigation) {
  let stored = Promise.resolve();
  const network = fetch(request).then((response) => {
    if (keepable(response)) {
      const copy = response.clone();
      stored = caches.open(CACHE).then((cache) => cache.put(key, copy));
    }
    return response;
  });
  event.waitUntil(network.then(() => stored).catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, null));
  return Promise.race([network.catch(() => null), timeout]).then(async (response) => {
    if (response) return response;
    const cache = await caches.open(CACHE);
    const saved = await cache.match(key);
    if (saved) return saved;
    const late = await network.catch(() => null);
    if (late) return late;
    return navigation ? offlinePage(cache, new URL(request.url)) : Response.error();
  });
}

/** The offline page in the language of the URL asked for (or any saved one). */
async function offlinePage(cache, url) {
  const lang = url.pathname.split('/')[1];
  const first = OFFLINE_PAGES[lang] || OFFLINE_PAGES[DEFAULT_LANG];
  for (const page of [first, ...Object.values(OFFLINE_PAGES)]) {
    const saved = await cache.match(page);
    if (saved) return saved;
  }
  const body = '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><h1>Offline</h1><p>This page is not saved on this device. Please try again when you have a signal.</p><p>Emergency: 999. Urgent advice: NHS 111.</p></html>';
  return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
