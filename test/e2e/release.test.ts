/**
 * The release build: both browsers' folders and zips, a clean `web-ext lint`,
 * minimal permissions, a strict CSP, and no test hooks left in the bundles.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from './harness';

let out: string;
before(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'sl-release-'));
  const r = spawnSync(process.execPath, ['build.mjs', `--out=${out}`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
after(() => rm(out, { recursive: true, force: true }));

const manifest = (b: string) => JSON.parse(readFileSync(path.join(out, b, 'manifest.json'), 'utf8'));

test('builds both browsers, their zips, the CLI and the library', () => {
  for (const f of ['chrome/manifest.json', 'firefox/manifest.json', 'sourcelight-chrome.zip', 'sourcelight-firefox.zip', 'cli.js', 'index.js']) {
    assert.ok(existsSync(path.join(out, f)), `${f} missing`);
  }
  for (const b of ['chrome', 'firefox']) {
    for (const f of ['background.js', 'content.js', 'card.js', 'content.css', 'popup.html', 'popup.js', 'options.html', 'options.js', 'icons/icon-16.png', 'icons/icon-128.png']) {
      assert.ok(existsSync(path.join(out, b, f)), `${b}/${f} missing`);
    }
  }
});

test('Chrome gets a service worker; Firefox gets background scripts and a gecko id', () => {
  assert.deepEqual(manifest('chrome').background, { service_worker: 'background.js' });
  const ff = manifest('firefox');
  assert.deepEqual(ff.background, { scripts: ['background.js'] });
  assert.match(ff.browser_specific_settings.gecko.id, /@/);
  assert.deepEqual(ff.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});

test('permissions are minimal: no host permission up front, no remote code, strict CSP', () => {
  for (const b of ['chrome', 'firefox']) {
    const m = manifest(b);
    assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined);
    assert.equal(m.content_scripts, undefined, 'content script must only run on user action or opt-in');
    const csp: string = m.content_security_policy.extension_pages;
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|http:|https:/);
  }
});

test('release bundles carry no test hooks', () => {
  for (const b of ['chrome', 'firefox']) {
    const dir = path.join(out, b);
    assert.ok(!existsSync(path.join(dir, 'test-bridge.js')));
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(path.join(dir, f), 'utf8');
      assert.doesNotMatch(js, /sourcelightTest|data-sourcelight-test|test\/activate/, `${b}/${f} contains a test hook`);
    }
  }
});

test("Chrome's content script asks V8 to compile it whole, on its first line; Firefox's carries no such comment", () => {
  const first = (b: string) => readFileSync(path.join(out, b, 'content.js'), 'utf8').split('\n', 1)[0];
  assert.equal(first('chrome'), '//# allFunctionsCalledOnLoad');
  assert.doesNotMatch(readFileSync(path.join(out, 'firefox', 'content.js'), 'utf8'), /allFunctionsCalledOnLoad/);
});

test('web-ext lint reports no errors on the Firefox build', () => {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', path.join(out, 'firefox'), '--output=json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  assert.deepEqual(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`), []);
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
});
