'use strict';
// The links page's copy buttons: hidden without JavaScript (the text stays
// selectable); with JavaScript they copy the whole message, link included.

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startServer } = require('./server.js');
const site = require('./lib/site.js');
const br = require('./lib/browser.js');

const config = site.loadConfig(site.SITE_ROOT);
let server;
let browser;

before(async () => {
  server = await startServer({ root: site.SITE_DIR });
  browser = await br.launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
});

test('copy buttons copy the suggested message in every language', { timeout: 120000 }, async () => {
  const context = await br.newContext(browser, server.url, {});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  for (const { code } of config.languages) {
    await page.goto(`${server.url}/${code}/links/`);
    const button = page.locator('button[data-copy-target]').first();
    await button.waitFor({ state: 'visible' });
    const target = await button.getAttribute('data-copy-target');
    const expected = (await page.locator(`#${target}`).textContent()).trim();
    assert.match(expected, /https?:\/\/\S+\/$/, `${code}: the message ends with its short link`);
    await button.click();
    await page.waitForFunction((b) => b.textContent === b.getAttribute('data-copied'), await button.elementHandle());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected, `${code}: clipboard`);
  }
  await context.close();

  const noJs = await br.newContext(browser, server.url, { javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${server.url}/${config.default_language}/links/`);
  assert.equal(await plain.locator('button[data-copy-target]:visible').count(), 0, 'buttons hidden without JavaScript');
  assert.ok((await plain.locator('.sms-text').count()) > 0, 'messages readable without JavaScript');
  await noJs.close();
});
