'use strict';
// Shared setup for the smaller browser test files: the built site served
// locally with its _headers, and one Chromium, started before the tests and
// stopped after them.

const { before, after } = require('node:test');
const { startServer } = require('../server.js');
const site = require('./site.js');
const br = require('./browser.js');

/** Registers before/after hooks; the returned object fills in when they run. */
function useSiteAndBrowser() {
  const env = { config: site.loadConfig(site.SITE_ROOT), server: null, browser: null };
  before(async () => {
    env.server = await startServer({ root: site.SITE_DIR });
    env.browser = await br.launch();
  });
  after(async () => {
    if (env.browser) await env.browser.close();
    if (env.server) await env.server.close();
  });
  return env;
}

module.exports = { useSiteAndBrowser };
