/**
 * Smoke test per browser: the built extension really loads and runs. It fails
 * when the content script or the popup did not run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BROWSERS, launch, startServer, type ExtensionBrowser, type TestServer } from './harness';

const PAGE = 'readability-bbc-1';

for (const name of BROWSERS) {
  describe(`smoke: ${name}`, () => {
    let server: TestServer;
    let ext: ExtensionBrowser;
    before(async () => {
      server = await startServer();
      ext = await launch(name);
    });
    after(async () => {
      await ext?.close();
      await server?.close();
    });

    test('the extension is installed and its test bridge runs in a corpus page', async () => {
      const page = await ext.open(server.corpus(PAGE));
      const base = await page.$eval('html', (el) => el.getAttribute('data-sourcelight-test-base'));
      assert.equal(base, ext.base);
      assert.ok((await ext.tabId(page)) > 0);
    });

    test('activating runs the content script, which reports a final status', async () => {
      const page = await ext.open(server.corpus(PAGE));
      const status = await ext.activate(page);
      assert.match(status, /^(done|not-article|error)$/);
      assert.equal(status, 'done');
    });

    test('the popup page renders', async () => {
      const page = await ext.open(server.corpus(PAGE));
      const popup = await ext.openPopup(page);
      const title = await popup.$eval('h1, [role="tablist"], main', (el) => el.textContent ?? '');
      assert.ok(title.length > 0);
    });
  });
}
