/** The options page: site parsing and permissions (pure), and the page rendered into linkedom with a fake api. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { TAGS } from '../../src/types/analysis';
import { DEFAULT_SETTINGS, type Settings } from '../../src/types/settings';
import type { OptionsApi } from '../../src/options/api';
import { addSites, ALL_SITES, originsFor, parseSite } from '../../src/options/sites';
import { tick, until } from './wait';

describe('site lists', () => {
  test('parseSite accepts hosts and pasted URLs, rejects the rest', () => {
    assert.equal(parseSite('https://www.BBC.co.uk/news/world-123?x=1'), 'bbc.co.uk');
    assert.equal(parseSite('  lemonde.fr '), 'lemonde.fr');
    assert.equal(parseSite('*.spiegel.de'), 'spiegel.de');
    assert.equal(parseSite('localhost'), 'localhost');
    assert.equal(parseSite('news'), null);
    assert.equal(parseSite('bad host.com'), null);
    assert.equal(parseSite('exa_mple.com'), null);
    assert.equal(parseSite(''), null);
  });
  test('addSites adds new sites sorted, skips duplicates and reports what it could not read', () => {
    const r = addSites(['reuters.com'], 'https://www.apnews.com/x, reuters.com  not/a/site? bbc.co.uk');
    assert.deepEqual(r.list, ['apnews.com', 'bbc.co.uk', 'reuters.com']);
    assert.deepEqual(r.added, ['apnews.com', 'bbc.co.uk']);
    assert.deepEqual(r.rejected, ['not/a/site?']);
  });
  test('originsFor: every site for an empty list, else each site and its subdomains over http and https', () => {
    assert.deepEqual(originsFor([]), ALL_SITES);
    assert.deepEqual(originsFor(['bbc.co.uk']), ['http://*.bbc.co.uk/*', 'https://*.bbc.co.uk/*']);
  });
});

// ---- rendered page ------------------------------------------------------------

const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window, document, HTMLElement: window.HTMLElement, Node: window.Node, Event: window.Event });
const { render, h } = await import('preact');
const { Options } = await import('../../src/options/options');

interface FakeOptions extends OptionsApi {
  stored: Settings;
  saves: Array<Partial<Settings>>;
  requested: string[][];
  removed: string[][];
  deleted: number;
  /** True while a click is being dispatched: permission requests must happen then. */
  inGesture: boolean;
  requestedInGesture: boolean[];
}

function fakeOptions(grant: boolean): FakeOptions {
  const api: FakeOptions = {
    stored: structuredClone(DEFAULT_SETTINGS),
    saves: [],
    requested: [],
    removed: [],
    deleted: 0,
    inGesture: false,
    requestedInGesture: [],
    loadSettings: async () => structuredClone(api.stored),
    async saveSettings(patch) {
      api.saves.push(patch);
      api.stored = { ...api.stored, ...patch };
      return structuredClone(api.stored);
    },
    onSettingsChanged: () => () => {},
    requestOrigins(origins) {
      api.requested.push(origins);
      api.requestedInGesture.push(api.inGesture);
      return Promise.resolve(grant);
    },
    async removeOrigins(origins) {
      api.removed.push(origins);
    },
    shortcuts: async () => [
      { name: '_execute_action', description: 'Open Sourcelight for this page', shortcut: 'Alt+Shift+S' },
      { name: 'next-claim', description: 'Go to the next claim', shortcut: '' },
    ],
    openShortcutSettings: null,
    browserName: 'firefox',
    claimCount: async () => 1234,
    async deleteAllData() {
      api.deleted++;
    },
  };
  return api;
}

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(api: OptionsApi): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(Options, { api }), root);
  await until(() => root.querySelector('[data-ready="1"]'), 'options ready');
  return root;
}

/** A checkbox click as a browser does it: the box flips, then "change" fires inside the gesture. */
function clickCheckbox(api: FakeOptions, box: HTMLInputElement) {
  box.checked = !(box.checked ?? box.hasAttribute('checked'));
  api.inGesture = true;
  box.dispatchEvent(new window.Event('change', { bubbles: true }));
  api.inGesture = false;
}

describe('options page', () => {
  test('unticking a tag saves shownTags without it', async () => {
    const api = fakeOptions(true);
    const root = await mount(api);
    const media = root.querySelector<HTMLInputElement>('input[name="shown-tag"][value="media"]')!;
    // linkedom reflects `checked` as the attribute only.
    assert.equal(media.checked ?? media.hasAttribute('checked'), true);
    clickCheckbox(api, media);
    await until(() => api.saves.length === 1, 'a save');
    assert.deepEqual(api.saves[0], { shownTags: TAGS.filter((t) => t !== 'media') });
    await until(() => text(root.querySelector('.note')).includes('media claims are no longer highlighted'), 'confirmation');
    render(null, root);
  });

  test('turning automatic analysis on asks for every site during the click, then saves', async () => {
    const api = fakeOptions(true);
    const root = await mount(api);
    clickCheckbox(api, root.querySelector<HTMLInputElement>('#auto-analyze')!);
    assert.deepEqual(api.requested, [ALL_SITES]);
    assert.deepEqual(api.requestedInGesture, [true], 'permissions.request must be called synchronously in the handler');
    await until(() => api.stored.autoAnalyze, 'saved on');
    render(null, root);
  });

  test('with sites listed, only their origins are asked for; a refusal changes nothing', async () => {
    const api = fakeOptions(false);
    api.stored.autoSites = ['bbc.co.uk'];
    const root = await mount(api);
    const box = root.querySelector<HTMLInputElement>('#auto-analyze')!;
    clickCheckbox(api, box);
    assert.deepEqual(api.requested, [['http://*.bbc.co.uk/*', 'https://*.bbc.co.uk/*']]);
    await until(() => root.querySelector('.note-error'), 'refusal message');
    assert.equal(api.stored.autoAnalyze, false);
    assert.equal(api.saves.length, 0);
    assert.equal(box.checked, false);
    render(null, root);
  });

  test('adding and removing sites of the off list', async () => {
    const api = fakeOptions(true);
    const root = await mount(api);
    const input = root.querySelector<HTMLInputElement>('#off-site-input')!;
    input.value = 'https://www.example.com/page';
    input.dispatchEvent(new window.Event('input', { bubbles: true }));
    await tick();
    input.closest('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await until(() => api.stored.disabledSites.length === 1, 'site added');
    assert.deepEqual(api.stored.disabledSites, ['example.com']);
    const remove = await until(() => root.querySelector('button[aria-label="Remove example.com"]'), 'remove button');
    remove.dispatchEvent(new window.Event('click', { bubbles: true }));
    await until(() => api.stored.disabledSites.length === 0, 'site removed');
    render(null, root);
  });

  test('shortcuts are listed with how to change them in this browser first', async () => {
    const api = fakeOptions(true);
    const root = await mount(api);
    await until(() => root.querySelector('.shortcuts'), 'table');
    const rows = [...root.querySelectorAll('.shortcuts tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    assert.deepEqual(rows, [
      ['Open Sourcelight for this page', 'Alt+Shift+S'],
      ['Go to the next claim', 'not set'],
      ['Close a claim card', 'Esc'],
    ]);
    assert.match(text(root.querySelector('.how li')), /^In Firefox/);
    render(null, root);
  });

  test('delete all data asks first (with the count) and deletes on confirmation only', async () => {
    const api = fakeOptions(true);
    const root = await mount(api);
    root.querySelector('#delete-all')!.dispatchEvent(new window.Event('click', { bubbles: true }));
    const dialog = root.querySelector('dialog')!;
    await until(() => dialog.hasAttribute('open'), 'dialog open');
    await until(() => text(dialog).includes('all 1,234 saved claims'), 'count');
    assert.equal(api.deleted, 0);
    dialog.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await until(() => api.deleted === 1, 'deleted');
    await until(() => !dialog.hasAttribute('open'), 'dialog closed');
    assert.match(text(root.querySelector('.note')), /were deleted/);
    render(null, root);
  });
});
