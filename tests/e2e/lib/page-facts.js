'use strict';
// Functions that run inside the browser page (passed to page.evaluate), so
// they may use only the DOM, never Node or anything from this file's scope.

/** Facts about the loaded page, gathered inside the browser. */
function collectDom() {
  const links = (root) =>
    [...root.querySelectorAll('a[hreflang]')].map((a) => ({
      href: a.href,
      hreflang: a.getAttribute('hreflang'),
      lang: a.getAttribute('lang'),
      // The language the link is in: its own lang, or its nearest ancestor's.
      effectiveLang: a.closest('[lang]') ? a.closest('[lang]').getAttribute('lang') : null,
      text: a.textContent.trim(),
    }));
  const resources = [];
  const add = (url, what) => url && resources.push({ url, what });
  for (const el of document.querySelectorAll('script[src], img[src], iframe[src], audio[src], video[src], source[src], embed[src], track[src], input[type=image][src]')) {
    add(el.src, `<${el.localName} src>`);
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const part of el.getAttribute('srcset').split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url) add(new URL(url, document.baseURI).href, `<${el.localName} srcset>`);
    }
  }
  const loading = ['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon', 'preload', 'modulepreload', 'prefetch', 'prerender', 'preconnect', 'dns-prefetch', 'manifest'];
  for (const el of document.querySelectorAll('link[href]')) {
    const rels = (el.getAttribute('rel') || '').toLowerCase().split(/\s+/);
    const rel = rels.find((r) => loading.includes(r));
    if (rel) add(el.href, `<link rel=${rel}>`);
  }
  for (const el of document.querySelectorAll('object[data]')) add(el.data, '<object data>');
  for (const el of document.querySelectorAll('video[poster]')) add(el.poster, '<video poster>');
  for (const el of document.querySelectorAll('form[action]')) add(el.action, '<form action>');
  const audience = document.querySelector('meta[name="audience"]');
  return {
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    audience: audience ? audience.getAttribute('content') : null,
    navs: [...document.querySelectorAll('nav')].map((nav) => ({ label: nav.getAttribute('aria-label') || nav.id || '', links: links(nav) })),
    langLinks: links(document),
    resources,
    fallbackLangs: [...document.querySelectorAll('main [lang]')].map((el) => el.getAttribute('lang')),
    csp: window.__cspViolations || [],
  };
}

/** Sideways scrolling: the document's width, and the elements that stick out. */
function measureOverflow(width) {
  const sw = document.documentElement.scrollWidth;
  const offenders = [];
  if (sw > width) {
    const describe = (el) =>
      `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > width + 1 || r.left < -1) {
        // Report the innermost offenders: skip an element whose child also sticks out.
        offenders.push({ el, text: `${describe(el)} [${Math.round(r.left)}..${Math.round(r.right)}px]` });
      }
    }
  }
  const innermost = offenders.filter((o) => !offenders.some((other) => other.el !== o.el && o.el.contains(other.el)));
  return { scrollWidth: sw, offenders: innermost.slice(0, 6).map((o) => o.text) };
}

module.exports = { collectDom, measureOverflow };
