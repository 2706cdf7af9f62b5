'use strict';
// The links page's copy buttons: hidden without JavaScript (the text stays
// selectable); with JavaScript they copy the whole message, link included.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const br = require('./lib/browser.js');
const { useSiteAndBrowser } = require('./lib/harness.js');

const env = useSiteAndBrowser();

test('copy buttons copy the suggested message in every language', { timeout: 120000 }, async () => {
  const context = await br.newContext(env.browser, env.server.url, {});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
  const page = await context.newPage();
  for (const { code } of env.config.languages) {
    await page.goto(`${env.server.url}/${code}/links/`);
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

  const noJs = await br.newContext(env.browser, env.server.url, { javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${env.server.url}/${env.config.default_language}/links/`);
  assert.equal(await plain.locator('button[data-copy-target]:visible').count(), 0, 'buttons hidden without JavaScript');
  assert.ok((await plain.locator('.sms-text').count()) > 0, 'messages readable without JavaScript');
  await noJs.close();
});
