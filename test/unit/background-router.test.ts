/** The router: who may send what, validation before the handler, and replies as data. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createRouter, type HandlerContext, type Handlers } from '../../src/background/router';
import { classifySender } from '../../src/background/sender';
import type { MessageType } from '../../src/types/messages';
import { PAGE, draft } from './storage-fixtures';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const POPUP = { id: ID, url: `${BASE}popup.html`, tab: { id: 7 } };
const CONTENT = { id: ID, url: 'https://www.bbc.co.uk/news/world-1', tab: { id: 42 } };

function fakeHandlers(calls: Array<[MessageType, unknown, HandlerContext]>): Handlers {
  const record = (type: MessageType, value: unknown) => async (msg: unknown, ctx: HandlerContext) => {
    calls.push([type, msg, ctx]);
    return value;
  };
  return {
    'claim/save': record('claim/save', { id: 'new-1' }),
    'claims/forPage': record('claims/forPage', { claims: [] }),
    'correction/save': record('correction/save', { id: 'k-1' }),
    'tab/state': record('tab/state', { ok: true }),
    'card/load': record('card/load', { ok: true }),
    'script/load': record('script/load', { ok: true }),
    'tab/activate': async () => {
      throw new Error('Sourcelight cannot run on this page');
    },
    'tab/getState': record('tab/getState', { state: null }),
    'claim/update': record('claim/update', { claim: null }),
    'claim/delete': record('claim/delete', { deleted: null }),
    'claim/restore': record('claim/restore', { ok: true }),
    'claims/query': record('claims/query', { claims: [], total: 0 }),
    'settings/changed': record('settings/changed', { ok: true }),
    'data/deleteAll': record('data/deleteAll', { ok: true }),
  } as Handlers;
}

function setup() {
  const calls: Array<[MessageType, unknown, HandlerContext]> = [];
  const route = createRouter(fakeHandlers(calls), { runtimeId: ID, extensionBase: BASE, passThrough: (t) => t.startsWith('test/') });
  return { calls, route };
}

describe('senders', () => {
  test('classifies our pages, our content scripts and everyone else', () => {
    assert.equal(classifySender(POPUP, ID, BASE), 'extension-page');
    assert.equal(classifySender({ id: ID, url: `${BASE}options.html` }, ID, BASE), 'extension-page');
    assert.equal(classifySender(CONTENT, ID, BASE), 'content-script');
    assert.equal(classifySender({ ...CONTENT, id: 'another-extension' }, ID, BASE), 'foreign');
    assert.equal(classifySender({ id: ID, url: 'https://evil.example/' }, ID, BASE), 'foreign');
    assert.equal(classifySender({ id: ID, url: `chrome-extension://${ID}.evil/` }, ID, BASE), 'foreign');
  });

  test('another extension is refused before validation', async () => {
    const { calls, route } = setup();
    const r = await route({ type: 'claims/query', query: {} }, { id: 'other', url: 'chrome-extension://other/popup.html' });
    assert.deepEqual(r, { ok: false, error: 'Message refused: it did not come from Sourcelight' });
    assert.equal(calls.length, 0);
  });

  test('a web page (through the content script) may send only the content-side messages', async () => {
    const { calls, route } = setup();
    for (const m of [
      { type: 'data/deleteAll', confirm: 'delete-all' },
      { type: 'claim/delete', id: 'c-1' },
      { type: 'claims/query', query: {} },
      { type: 'tab/activate', tabId: 1 },
      { type: 'claim/restore', claim: {} },
    ]) {
      const r = await route(m, CONTENT);
      assert.equal(r?.ok, false);
      if (r && !r.ok) assert.match(r.error, /refused|Invalid/);
    }
    assert.equal(calls.length, 0);
    const saved = await route({ type: 'claim/save', page: PAGE, claim: draft() }, CONTENT);
    assert.deepEqual(saved, { ok: true, value: { id: 'new-1' } });
    assert.deepEqual(calls[0][2], { tabId: 42, senderKind: 'content-script' });
  });

  test('tab/state comes from content scripts only, with the sender tab as context', async () => {
    const { calls, route } = setup();
    const fromPopup = await route({ type: 'tab/state', state: { status: 'done', claimCount: 3 } }, POPUP);
    assert.equal(fromPopup?.ok, false);
    const fromContent = await route({ type: 'tab/state', state: { status: 'done', claimCount: 3 } }, CONTENT);
    assert.equal(fromContent?.ok, true);
    assert.equal(calls.length, 1);
    assert.equal(calls[0][2].tabId, 42);
  });

  for (const [type, extra] of [['card/load', {}], ['script/load', { script: 'anchor' }]] as const) {
    test(`${type}: only a content script may ask, and its own tab and frame come with it`, async () => {
      const { calls, route } = setup();
      const fromPopup = await route({ type, ...extra }, POPUP);
      assert.deepEqual(fromPopup, { ok: false, error: `Message refused: ${type} comes from the content script only` });
      const fromOther = await route({ type, ...extra }, { ...CONTENT, id: 'another-extension', frameId: 0 });
      assert.equal(fromOther?.ok, false);
      assert.equal(calls.length, 0);
      const fromFrame = await route({ type, ...extra, tabId: 7, frameId: 99, files: ['evil.js'] }, { ...CONTENT, frameId: 3 });
      assert.deepEqual(fromFrame, { ok: true, value: { ok: true } });
      // Nothing the page side writes into the message chooses the target: the sender's tab and frame do.
      assert.deepEqual(calls[0][1], { type, ...extra });
      assert.deepEqual(calls[0][2], { tabId: 42, senderKind: 'content-script', frameId: 3 });
    });
  }

  test('script/load: only the extension\'s own lazy scripts can be named', async () => {
    const { calls, route } = setup();
    for (const script of ['../evil', 'content', 'card', 'anchor.js', '']) {
      const r = await route({ type: 'script/load', script }, CONTENT);
      assert.equal(r?.ok, false, script);
    }
    assert.equal(calls.length, 0);
    assert.equal((await route({ type: 'script/load', script: 'marks' }, CONTENT))?.ok, true);
  });
});

describe('replies', () => {
  test('valid messages reach their handler, cleaned, and the value comes back wrapped', async () => {
    const { calls, route } = setup();
    const r = await route({ type: 'claims/query', query: { text: 'peskov', junk: 1 } }, POPUP);
    assert.deepEqual(r, { ok: true, value: { claims: [], total: 0 } });
    assert.deepEqual(calls[0][1], { type: 'claims/query', query: { text: 'peskov' } });
    assert.deepEqual(calls[0][2], { tabId: null, senderKind: 'extension-page' });
  });

  test('invalid messages never reach a handler', async () => {
    const { calls, route } = setup();
    const r = await route({ type: 'claim/update', id: 'c-1', patch: { note: 42 } }, POPUP);
    assert.deepEqual(r, { ok: false, error: 'Invalid claim/update message: patch.note must be a string' });
    assert.equal(calls.length, 0);
  });

  test('a handler failure becomes { ok: false, error }', async () => {
    const { route } = setup();
    assert.deepEqual(await route({ type: 'tab/activate', tabId: 3 }, POPUP), { ok: false, error: 'Sourcelight cannot run on this page' });
  });

  test('test-hook messages are left to their own listener', () => {
    const { route } = setup();
    assert.equal(route({ type: 'test/hello' }, CONTENT), undefined);
  });
});
