'use strict';
// Proves that the browser checks in site.test.js can fail: builds a small
// hand-made site broken in every way listed in fixtures/make-site.js, runs
// site.test.js against it, and expects each named test to fail with a message
// naming the broken page. A second run against the unbroken fixture must pass,
// so the checks do not fail on a correct site either.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { makeSite, BREAKS } = require('./fixtures/make-site.js');

function runSuite(dir) {
  // Inside `node --test` the child would see NODE_TEST_CONTEXT and refuse to run files.
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawnSync(process.execPath, ['--test', '--test-reporter=tap', path.join(__dirname, 'site.test.js')], {
    cwd: __dirname,
    env: {
      ...env,
      SITE_ROOT: dir,
      SITE_DIR: path.join(dir, 'public'),
      E2E_SCREENSHOTS: path.join(dir, 'screenshots'),
    },
    encoding: 'utf8',
    timeout: 5 * 60 * 1000,
  });
  const output = `${child.stdout || ''}${child.stderr || ''}`;
  const failed = [...output.matchAll(/^not ok \d+ - (.*)$/gm)].map((m) => m[1]);
  const passed = [...output.matchAll(/^ok \d+ - (.*)$/gm)].map((m) => m[1]);
  return { status: child.status, output, failed, passed };
}

test('self-check: the browser checks pass on a correct site and fail on a broken one', { timeout: 12 * 60 * 1000 }, async (t) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'threesteps-e2e-selftest-'));
  try {
    await t.test('a correct hand-made site passes every check', () => {
      const dir = path.join(tmp, 'good');
      makeSite(dir, []);
      const run = runSuite(dir);
      assert.equal(run.failed.length, 0, `checks failed on the correct fixture:\n${run.output}`);
      assert.ok(run.passed.length >= 10, `too few checks ran:\n${run.output}`);
      assert.equal(run.status, 0, run.output);
    });

    await t.test('a site broken on purpose fails every check it breaks', () => {
      const dir = path.join(tmp, 'broken');
      makeSite(dir, Object.keys(BREAKS));
      const run = runSuite(dir);
      assert.notEqual(run.status, 0, 'the suite passed on a broken site');
      const missed = [];
      for (const [name, expect] of Object.entries(BREAKS)) {
        if (!run.failed.some((f) => f.startsWith(expect.test))) missed.push(`${name}: no failing test starting "${expect.test}"`);
        else {
          for (const mention of [].concat(expect.mention)) {
            if (!run.output.includes(mention)) missed.push(`${name}: the failure does not mention "${mention}"`);
          }
        }
      }
      assert.deepEqual(missed, [], `breaks not caught:\n${missed.join('\n')}\n\n${run.output}`);
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
