/**
 * The popup's logic (pure helpers and the page-status poller) and its views
 * rendered with Preact into linkedom, driven through a fake PopupApi.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { emptyProfile } from '../../src/types/analysis';
import type { ContentClaimSummary, ContentState, MessageType, Protocol, Response, TabState } from '../../src/types/messages';
import type { ClaimRecord } from '../../src/types/records';
import { DEFAULT_SETTINGS } from '../../src/types/settings';
import type { ExportFormat, PopupApi } from '../../src/popup/api';
import { dayEnd, dayStart, isFiltered, NO_FILTERS, toClaimFilter } from '../../src/popup/filters';
import { exportQuery, importQuery, parseLibraryRequest, withoutExport } from '../../src/popup/library-link';
import { isRestrictedError, watchPage, type PageView } from '../../src/popup/page-status';
import { groupBySource, profileSegments, profileSentence } from '../../src/popup/profile';
import { syntheticClaims } from '../../src/popup/synthetic';
import { claimLink, textDirective } from '../../src/popup/text-fragment';
import { rowAt, rowTop, scrollToShow, totalHeight, visibleRange } from '../../src/popup/virtual';
import { tick, until } from './wait';

// ---- pure helpers -------------------------------------------------------------

describe('profile sentence and bar', () => {
  test('counts in tag order, zero tags left out', () => {
    const p = { ...emptyProfile(), 'named-person': 6, anonymous: 3, unattributed: 4, document: 1 };
    assert.equal(profileSentence(p), '14 claims: 6 named person, 3 anonymous, 1 document, 4 unattributed');
    assert.equal(profileSentence({ ...emptyProfile(), media: 1 }), '1 claim: 1 media');
    assert.equal(profileSentence(emptyProfile()), 'No claims found');
  });
  test('bar segments are percentages of the total', () => {
    const segs = profileSegments({ ...emptyProfile(), organization: 1, media: 3 });
    assert.deepEqual(segs.map((s) => [s.tag, s.percent]), [['organization', 25], ['media', 75]]);
    assert.deepEqual(profileSegments(emptyProfile()), []);
  });
});

function summary(index: number, text: string, tag: ContentClaimSummary['tag'], source: string | null, savedId: string | null = null): ContentClaimSummary {
  return { index, text, tag, source, cue: source ? 'said' : null, via: null, quote: 'indirect', hedged: false, savedId };
}

describe('who said what', () => {
  const claims = [
    summary(0, 'Since 2015, Russia has maintained a presence in Syria.', 'unattributed', null),
    summary(1, '“There are no final decisions,” Peskov told reporters.', 'named-person', 'Peskov'),
    summary(3, 'On Dec. 15, the ministry issued a statement.', 'organization', 'Russia’s Ministry of Foreign Affairs'),
    summary(5, 'Bogdanov said officials had held talks.', 'named-person', 'Bogdanov'),
    summary(6, 'He said it was constructive.', 'named-person', 'Bogdanov'),
    summary(7, 'Russia had evacuated 400 soldiers.', 'anonymous', 'an HTS official'),
    summary(9, 'Moscow operates a naval base near Tartus.', 'unattributed', null),
    summary(10, 'The Kremlin said talks continue.', 'organization', 'the Kremlin'),
    summary(11, 'Talks continue, the Kremlin said.', 'organization', 'The Kremlin'),
  ];
  const groups = groupBySource(claims);
  test('most-cited sources first (ties in reading order), unattributed last', () => {
    assert.deepEqual(
      groups.map((g) => g.source),
      ['Bogdanov', 'the Kremlin', 'Peskov', 'Russia’s Ministry of Foreign Affairs', 'an HTS official', null],
    );
    assert.deepEqual(groups.at(-1)!.claims.map((c) => c.index), [0, 9]);
  });
  test('"The Kremlin" and "the Kremlin" are one source; claims keep reading order', () => {
    const kremlin = groups.find((g) => g.source === 'the Kremlin')!;
    assert.deepEqual(kremlin.claims.map((c) => c.index), [10, 11]);
    assert.equal(kremlin.tag, 'organization');
  });
  test('a group whose claims have different tags has no single tag', () => {
    const mixed = groupBySource([summary(0, 'a', 'named-person', 'Lababidi'), summary(1, 'b', 'media', 'Lababidi')]);
    assert.equal(mixed[0].tag, null);
  });
});

describe('text fragment links', () => {
  test('short claims: the whole text, with "-", "," and "&" escaped', () => {
    assert.equal(textDirective('Prices rose 3.5% year-on-year, AT&T said.'), 'Prices%20rose%203.5%25%20year%2Don%2Dyear%2C%20AT%26T%20said.');
  });
  test('long claims: first words, last words', () => {
    const text = 'On Dec. 15, Russia’s Ministry of Foreign Affairs issued a statement saying that some of its diplomatic personnel had left.';
    assert.equal(textDirective(text), 'On%20Dec.%2015%2C%20Russia%E2%80%99s%20Ministry%20of,diplomatic%20personnel%20had%20left.');
  });
  test('the page URL keeps its query and loses its fragment', () => {
    assert.equal(claimLink('https://example.com/a?id=3#top', 'Police said.'), 'https://example.com/a?id=3#:~:text=Police%20said.');
    assert.equal(claimLink('https://example.com/a', '   '), 'https://example.com/a');
  });
});

describe('virtual list arithmetic', () => {
  const l = { count: 1000, rowHeight: 100, expanded: -1, expandedHeight: 250 };
  const e = { ...l, expanded: 10 };
  test('rows in view plus overscan', () => {
    assert.deepEqual(visibleRange(l, 0, 480, 4), [0, 9]);
    assert.deepEqual(visibleRange(l, 5000, 480, 2), [48, 57]);
    assert.deepEqual(visibleRange(l, 99_900, 480, 4), [995, 1000]);
    assert.deepEqual(visibleRange({ ...l, count: 0 }, 0, 480), [0, 0]);
  });
  test('one expanded row shifts the rows after it', () => {
    assert.equal(rowTop(e, 10), 1000);
    assert.equal(rowTop(e, 11), 1250);
    assert.equal(totalHeight(e), 100_150);
    assert.equal(rowAt(e, 1249), 10);
    assert.equal(rowAt(e, 1250), 11);
    assert.equal(rowAt(e, 1349), 11);
    assert.equal(rowAt(e, 1350), 12);
  });
  test('scrolling a row into view moves as little as needed', () => {
    assert.equal(scrollToShow(l, 3, 0, 480), 0);
    assert.equal(scrollToShow(l, 5, 0, 480), 120);
    assert.equal(scrollToShow(l, 2, 500, 480), 200);
  });
});

describe('library filters', () => {
  test('date inputs become an inclusive local-day range', () => {
    const from = dayStart('2026-03-01')!;
    const to = dayEnd('2026-03-01')!;
    assert.equal(new Date(from).getHours(), 0);
    assert.equal(to - from, 86_400_000 - 1);
    assert.equal(dayStart(''), undefined);
    assert.equal(dayStart('2026-3-1'), undefined);
  });
  test('only set fields become query fields; sorting alone is not a filter', () => {
    assert.deepEqual(toClaimFilter(NO_FILTERS), { sort: 'newest' });
    assert.deepEqual(toClaimFilter({ ...NO_FILTERS, text: ' peskov ', tag: 'not-a-claim', site: 'bbc.co.uk' }), {
      sort: 'newest',
      text: ' peskov ',
      tags: ['not-a-claim'],
      site: 'bbc.co.uk',
    });
    assert.equal(isFiltered({ ...NO_FILTERS, sort: 'oldest' }), false);
    assert.equal(isFiltered({ ...NO_FILTERS, text: '  ' }), false);
    assert.equal(isFiltered({ ...NO_FILTERS, from: '2026-01-01' }), true);
  });
});

describe('opening the Library in a tab to import or export', () => {
  const parse = (query: string) => parseLibraryRequest(new URLSearchParams(query));
  test('import and export-all queries name the view and the one thing to do', () => {
    assert.equal(importQuery(), 'view=library&import=1');
    assert.equal(exportQuery('json'), 'view=library&export=json');
    assert.deepEqual(parse(exportQuery('csv')), { view: 'library', importHint: false, exportFormat: 'csv', filters: NO_FILTERS });
    assert.deepEqual(parse(importQuery()), { view: 'library', importHint: true, exportFormat: null, filters: NO_FILTERS });
    assert.deepEqual(parse('tab=12'), { view: 'page', importHint: false, exportFormat: null, filters: NO_FILTERS });
  });
  test('"Export N shown" carries the filters there and back, awkward characters included', () => {
    const filters = { text: 'l’Élysée & "sommet" #1', tag: 'not-a-claim' as const, site: 'journal.example.test', from: '2026-01-01', to: '2026-11-25', sort: 'source' as const };
    const query = exportQuery('markdown', filters);
    assert.match(query, /^view=library&export=markdown&q=/);
    assert.equal(query.split('&').length, 8, 'the "&" in the search text is escaped');
    assert.ok(!query.includes('#'), 'so is the "#"');
    assert.deepEqual(parse(query), { view: 'library', importHint: false, exportFormat: 'markdown', filters });
    // Unset filters stay out of the URL.
    assert.equal(exportQuery('csv', { ...NO_FILTERS, site: 'bbc.co.uk' }), 'view=library&export=csv&site=bbc.co.uk');
  });
  test('values the Library would not offer are dropped, not trusted', () => {
    const r = parse('export=exe&tag=admin&sort=random&from=yesterday&to=2026-13&q=ok');
    assert.equal(r.exportFormat, null);
    assert.equal(r.view, 'page');
    assert.deepEqual(r.filters, { ...NO_FILTERS, text: 'ok' });
  });
  test('the export is dropped from the address after it runs; the filters stay', () => {
    assert.equal(withoutExport('?view=library&export=csv&q=peskov'), '?view=library&q=peskov');
    assert.equal(withoutExport('?export=json'), '');
    assert.equal(withoutExport('?view=library&import=1'), '?view=library&import=1');
  });
});

// ---- fakes --------------------------------------------------------------------

type Handler = { [T in MessageType]?: (req: Protocol[T]['req']) => Response<T> | Promise<Response<T>> };

interface FakeApi extends PopupApi {
  sent: Array<{ type: string; payload: unknown }>;
  opened: string[];
  scrolled: number[];
  imported: string[];
}

function fakeApi(opts: {
  handlers?: Handler;
  tabId?: number | null;
  content?: () => ContentState | Promise<ContentState>;
  claims?: ClaimRecord[];
  importFile?: (text: string) => Promise<{ added: number; updated: number; unchanged: number }>;
}): FakeApi {
  const api: FakeApi = {
    sent: [],
    opened: [],
    scrolled: [],
    imported: [],
    async send<T extends MessageType>(type: T, payload: Protocol[T]['req']): Promise<Response<T>> {
      api.sent.push({ type, payload });
      const h = opts.handlers?.[type] as ((req: Protocol[T]['req']) => Response<T> | Promise<Response<T>>) | undefined;
      if (!h) throw new Error(`No answer from the background to ${type}`);
      return h(payload);
    },
    targetTabId: async () => (opts.tabId === undefined ? 7 : opts.tabId),
    contentState: async () => {
      if (!opts.content) throw new Error('Could not establish connection. Receiving end does not exist.');
      return opts.content();
    },
    scrollToClaim: async (_tab, index) => void api.scrolled.push(index),
    openTab: async (url) => void api.opened.push(url),
    openOptions: async () => {},
    loadClaims: async () => [...(opts.claims ?? [])],
    loadRecentClaims: async (n) => (opts.claims ?? []).slice(0, n),
    exportFile: async (format: ExportFormat, claims) => ({ name: `x.${format}`, type: 'text/plain', text: String(claims?.length ?? 'all') }),
    filePickerClosesPage: async () => false,
    openPopupInTab: async (query) => void api.opened.push(`popup.html?${query}`),
    importFile: async (text) => {
      api.imported.push(text);
      return opts.importFile ? opts.importFile(text) : { added: 0, updated: 0, unchanged: 0 };
    },
    loadSettings: async () => DEFAULT_SETTINGS,
    onSettingsChanged: () => () => {},
  };
  return api;
}

// ---- page status ----------------------------------------------------------------

const noSleep = async () => {};

async function views(api: PopupApi, opts = {}): Promise<PageView[]> {
  const seen: PageView[] = [];
  await watchPage(api, (v) => seen.push(v), new AbortController().signal, { sleep: noSleep, ...opts });
  return seen;
}

describe('watchPage', () => {
  const done: TabState = { status: 'done', profile: { ...emptyProfile(), 'named-person': 1 }, claimCount: 1 };
  test('activates the target tab and polls the content script until the analysis is final', async () => {
    let polls = 0;
    const api = fakeApi({
      handlers: { 'tab/activate': () => ({ ok: true }), 'tab/getState': () => ({ state: { status: 'analysing' } }) },
      content: () => ({ state: ++polls < 3 ? { status: 'analysing' } : done, claims: [], unanchored: [] }),
    });
    const seen = await views(api);
    assert.deepEqual(seen.map((v) => v.kind), ['loading', 'analysing', 'analysing', 'final']);
    assert.deepEqual(api.sent[0], { type: 'tab/activate', payload: { tabId: 7 } });
    const last = seen.at(-1)!;
    assert.ok(last.kind === 'final' && last.state.status === 'done' && last.tabId === 7);
  });
  test('a page where injection is refused is reported as restricted', async () => {
    const api = fakeApi({ handlers: { 'tab/activate': () => Promise.reject(new Error('Cannot access a chrome:// URL')) } });
    const seen = await views(api);
    assert.deepEqual(seen.at(-1), { kind: 'restricted', detail: 'Cannot access a chrome:// URL' });
    assert.equal(isRestrictedError('The extensions gallery cannot be scripted.'), true);
    assert.equal(isRestrictedError('Missing host permission for the tab'), true);
    assert.equal(isRestrictedError('Unexpected token < in JSON'), false);
  });
  test('a final state held by the background (no content script) ends the wait', async () => {
    const api = fakeApi({
      handlers: { 'tab/activate': () => ({ ok: true }), 'tab/getState': () => ({ state: { status: 'not-article', message: 'Too little text (40 words).' } }) },
    });
    const last = (await views(api)).at(-1)!;
    assert.ok(last.kind === 'final' && last.state.status === 'not-article' && last.content === null);
  });
  test('no tab, and a timeout, are reported', async () => {
    assert.deepEqual((await views(fakeApi({ tabId: null }))).at(-1), { kind: 'no-tab' });
    let t = 0;
    const api = fakeApi({ handlers: { 'tab/activate': () => ({ ok: true }), 'tab/getState': () => ({ state: { status: 'analysing' } }) } });
    const last = (await views(api, { now: () => (t += 1000), timeout: 5000, slowAfter: 2000 })).at(-1)!;
    assert.ok(last.kind === 'final' && last.state.status === 'error');
  });
  test('stops when aborted', async () => {
    const ctl = new AbortController();
    const seen: PageView[] = [];
    const api = fakeApi({ handlers: { 'tab/activate': () => ({ ok: true }), 'tab/getState': () => ({ state: null }) } });
    await watchPage(api, (v) => (seen.push(v), v.kind === 'analysing' && ctl.abort()), ctl.signal, { sleep: noSleep });
    assert.equal(seen.at(-1)!.kind, 'analysing');
  });
});

// ---- rendered views -------------------------------------------------------------

const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
// Each test file runs in its own process: the DOM globals can stay for the whole file.
Object.assign(globalThis, {
  window,
  document,
  HTMLElement: window.HTMLElement,
  Node: window.Node,
  Event: window.Event,
  KeyboardEvent: window.Event,
});

const { render, h } = await import('preact');
const { App } = await import('../../src/popup/app');
const { Library } = await import('../../src/popup/library');

function mount(vnode: import("preact").VNode<any>): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
function click(el: Element | null) {
  assert.ok(el, 'element to click');
  el.dispatchEvent(new window.Event('click', { bubbles: true }));
}
function type(input: Element | null, value: string) {
  assert.ok(input);
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new window.Event('input', { bubbles: true }));
}

describe('popup: This page', () => {
  test('shows the profile sentence, who said what, saved marks and unanchored claims; a click scrolls the page', async () => {
    const claims = [
      summary(1, '“There are no final decisions,” Peskov told reporters.', 'named-person', 'Peskov', 'saved-1'),
      summary(4, 'Russia had evacuated 400 soldiers.', 'anonymous', 'an HTS official'),
      summary(0, 'Since 2015, Russia has maintained a presence in Syria.', 'unattributed', null),
    ];
    const api = fakeApi({
      handlers: { 'tab/activate': () => ({ ok: true }) },
      content: () => ({
        state: { status: 'done', page: { url: 'https://x.test/a', canonicalUrl: null, title: 'Russia in Syria', publisher: null } },
        claims,
        unanchored: [{ id: 'gone', text: 'A sentence that was edited away.' }],
      }),
    });
    const root = mount(h(App, { api }));
    assert.equal(root.querySelector('[data-ready="1"]')?.getAttribute('data-view'), 'page');
    const report = await until(() => root.querySelector('.page-report'), 'the page report');
    assert.equal(text(report.querySelector('.profile-sentence')), '3 claims: 1 named person, 1 anonymous, 1 unattributed');
    assert.deepEqual([...report.querySelectorAll('.source-name')].map((e) => text(e).replace(/ ·.*| \(\d+\)/g, '')), [
      'Peskov',
      'an HTS official',
      'Unattributed (the writer’s own assertions)',
    ]);
    assert.equal(report.querySelectorAll('.saved-mark').length, 1);
    assert.match(text(report.querySelector('.unanchored')), /1 saved claim could not be found on the page.*edited away/);
    click(report.querySelector('[data-index="4"]'));
    await tick();
    assert.deepEqual(api.scrolled, [4]);
    render(null, root);
  });
  test('a page that is not an article says so, with the reason', async () => {
    const api = fakeApi({
      handlers: { 'tab/activate': () => ({ ok: true }) },
      content: () => ({ state: { status: 'not-article', message: 'This looks like a list of links.' }, claims: [], unanchored: [] }),
    });
    const root = mount(h(App, { api }));
    const notice = await until(() => root.querySelector('[data-status="not-article"]'), 'the notice');
    assert.match(text(notice), /doesn't look like an article.*list of links.*Nothing was/);
    render(null, root);
  });
  test('tabs follow the ARIA pattern: arrow keys select, only the selected tab is in the tab order', async () => {
    const api = fakeApi({ handlers: { 'tab/activate': () => ({ ok: true }) }, claims: syntheticClaims(20) });
    const root = mount(h(App, { api }));
    const tabs = [...root.querySelectorAll('[role="tab"]')];
    assert.deepEqual(tabs.map((t) => t.getAttribute('tabindex')), ['0', '-1']);
    const key = new window.Event('keydown', { bubbles: true }) as unknown as KeyboardEvent;
    Object.defineProperty(key, 'key', { value: 'ArrowRight' });
    // linkedom calls bubbling listeners with the wrong `this`, so dispatch on the tablist that handles it.
    root.querySelector('[role="tablist"]')!.dispatchEvent(key);
    await tick();
    assert.equal(tabs[1].getAttribute('aria-selected'), 'true');
    assert.deepEqual(tabs.map((t) => t.getAttribute('tabindex')), ['-1', '0']);
    assert.equal(root.querySelector('#panel-page')?.hasAttribute('hidden'), true);
    await until(() => root.querySelector('.vrow'), 'library rows');
    render(null, root);
  });
});

describe('popup: Library', () => {
  const many = syntheticClaims(10_000);

  test('renders a window of rows, not 10,000; search narrows the list', async () => {
    const api = fakeApi({ claims: many });
    const root = mount(h(Library, { api }));
    await until(() => root.querySelector('.vrow'), 'rows');
    const rows = root.querySelectorAll('.vrow').length;
    assert.ok(rows > 3 && rows < 20, `${rows} rows rendered`);
    assert.equal(text(root.querySelector('.result-count')), '10,000 saved claims');
    assert.equal(root.querySelector('[role="list"]')?.getAttribute('aria-label'), 'Saved claims');
    assert.equal(root.querySelector('.vrow')?.getAttribute('aria-setsize'), '10000');

    type(root.querySelector('#lib-search'), 'peskov TARTUS');
    await tick();
    const count = text(root.querySelector('.result-count'));
    const m = /^([\d,]+) of 10,000 saved claims$/.exec(count);
    assert.ok(m, count);
    for (const row of root.querySelectorAll('.claim-text')) assert.match(text(row) + text(row.closest('.claim-row')), /Peskov.*Tartus|Tartus.*Peskov/i);
    render(null, root);
  });

  test('the newest claims show at once, read-only, until the whole library is read', async () => {
    const claims = syntheticClaims(500);
    let finish: (v: ClaimRecord[]) => void = () => {};
    const api = fakeApi({ claims });
    api.loadClaims = () => new Promise((resolve) => (finish = resolve));
    const root = mount(h(Library, { api }));
    await until(() => root.querySelector('.vrow'), 'first screen');
    assert.equal(text(root.querySelector('.result-count')), 'Loading your library…');
    assert.equal(root.querySelector('[data-action="edit"]'), null, 'no editing while partial');
    assert.equal(root.querySelector('.vrow')?.getAttribute('aria-setsize'), '30');
    finish([...claims]);
    await until(() => root.querySelector('[data-action="edit"]'), 'actions');
    assert.equal(text(root.querySelector('.result-count')), '500 saved claims');
    render(null, root);
  });

  test('edit a note and tag, saved with claim/update', async () => {
    const claims = syntheticClaims(30);
    const target = claims[0];
    const api = fakeApi({
      claims,
      handlers: { 'claim/update': ({ id, patch }) => ({ claim: { ...claims.find((c) => c.id === id)!, ...patch, updatedAt: Date.now() } }) },
    });
    const root = mount(h(Library, { api }));
    const row = await until(() => root.querySelector(`[data-claim-id="${target.id}"]`), 'first row');
    click(row.querySelector('[data-action="edit"]'));
    await tick();
    const form = await until(() => root.querySelector('.edit-form'), 'edit form');
    const textarea = form.querySelector('textarea')!;
    type(textarea, 'Check against the ministry’s statement');
    const select = form.querySelector('select')!;
    for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'not-a-claim');
    select.dispatchEvent(new window.Event('change', { bubbles: true }));
    await tick();
    form.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await until(() => !root.querySelector('.edit-form'), 'form closed');
    assert.deepEqual(api.sent.at(-1), {
      type: 'claim/update',
      payload: { id: target.id, patch: { note: 'Check against the ministry’s statement', userTag: 'not-a-claim' } },
    });
    const updated = root.querySelector(`[data-claim-id="${target.id}"]`)!;
    assert.match(text(updated), /not a claim.*Check against the ministry’s statement/);
    render(null, root);
  });

  test('delete shows Undo; Undo restores the same record', async () => {
    const claims = syntheticClaims(30);
    const target = claims[2];
    const api = fakeApi({
      claims,
      handlers: { 'claim/delete': ({ id }) => ({ deleted: claims.find((c) => c.id === id) ?? null }), 'claim/restore': () => ({ ok: true }) },
    });
    const root = mount(h(Library, { api }));
    const row = await until(() => root.querySelector(`[data-claim-id="${target.id}"]`), 'row');
    click(row.querySelector('[data-action="delete"]'));
    await until(() => !root.querySelector(`[data-claim-id="${target.id}"]`), 'row removed');
    assert.equal(text(root.querySelector('.result-count')), '29 saved claims');
    click(await until(() => root.querySelector('.snackbar-undo'), 'undo button'));
    await until(() => root.querySelector(`[data-claim-id="${target.id}"]`), 'row back');
    assert.deepEqual(api.sent.at(-1), { type: 'claim/restore', payload: { claim: target } });
    assert.equal(text(root.querySelector('.result-count')), '30 saved claims');
    render(null, root);
  });

  test('clicking a claim opens its page with a text fragment', async () => {
    const claims = syntheticClaims(5);
    const api = fakeApi({ claims });
    const root = mount(h(Library, { api }));
    const link = await until(() => root.querySelector<HTMLAnchorElement>('a.claim-text'), 'link');
    click(link);
    await tick();
    assert.equal(api.opened.length, 1);
    assert.ok(api.opened[0].startsWith(claims[0].pageUrl + '#:~:text='), api.opened[0]);
    render(null, root);
  });

  test('where a file picker would close the popup, Import opens the Library in a tab instead', async () => {
    const api = fakeApi({ claims: syntheticClaims(3) });
    api.filePickerClosesPage = async () => true;
    const root = mount(h(Library, { api }));
    await until(() => root.querySelector('.vrow'), 'rows');
    await tick(10);
    let picked = false;
    root.querySelector('#import-file')!.addEventListener('click', () => (picked = true));
    click(root.querySelector('[data-action="import"]'));
    await tick();
    assert.deepEqual(api.opened, ['popup.html?view=library&import=1']);
    assert.equal(picked, false);
    render(null, root);
  });

  /** The files the popup hands to an <a download>: the Blob behind each object URL. */
  function captureDownloads(): { files: Array<{ name: string; text: Promise<string> }>; restore: () => void } {
    const files: Array<{ name: string; text: Promise<string> }> = [];
    const blobs = new Map<string, Blob>();
    const { createObjectURL, revokeObjectURL } = URL;
    const click = window.HTMLElement.prototype.click;
    const { setTimeout: timeout } = globalThis;
    let n = 0;
    // The URL is freed 30 s later: that timer must not keep this test process alive.
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      const t = timeout(fn, ms);
      if ((ms ?? 0) >= 10_000) t.unref();
      return t;
    }) as typeof setTimeout;
    URL.createObjectURL = (b: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, b);
      return url;
    };
    URL.revokeObjectURL = () => {};
    window.HTMLElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.getAttribute('href') ?? '');
      if (blob && this.hasAttribute('download')) files.push({ name: this.getAttribute('download')!, text: blob.text() });
    };
    return {
      files,
      restore: () => {
        Object.assign(URL, { createObjectURL, revokeObjectURL });
        Object.assign(globalThis, { setTimeout: timeout });
        window.HTMLElement.prototype.click = click;
      },
    };
  }

  test('Chrome: Export saves the file from the popup itself', async () => {
    const dl = captureDownloads();
    const api = fakeApi({ claims: syntheticClaims(12) });
    const root = mount(h(Library, { api }));
    await until(() => root.querySelector('[data-action="export-all"]:not([disabled])'), 'export button');
    click(root.querySelector('[data-action="export-all"]'));
    const snack = await until(() => root.querySelector('.snackbar[data-kind="export"]'), 'snackbar');
    assert.equal(text(snack.querySelector('.snackbar-text')), 'Exported 12 claims as x.json.');
    assert.equal(dl.files.length, 1);
    assert.equal(dl.files[0].name, 'x.json');
    assert.equal(await dl.files[0].text, 'all');
    assert.deepEqual(api.opened, []);
    dl.restore();
    render(null, root);
  });

  test('Firefox popup: Export opens the Library in a tab to export there, with the filters of "shown"', async () => {
    const dl = captureDownloads();
    const api = fakeApi({ claims: syntheticClaims(200) });
    api.filePickerClosesPage = async () => true;
    const root = mount(h(Library, { api }));
    await until(() => root.querySelector('[data-action="export-all"]:not([disabled])'), 'export button');
    click(root.querySelector('[data-action="export-all"]'));
    await until(() => api.opened.length === 1, 'a tab');
    assert.deepEqual(api.opened, ['popup.html?view=library&export=json']);

    type(root.querySelector('#lib-search'), 'peskov');
    const select = root.querySelector<HTMLSelectElement>('#export-format')!;
    for (const o of select.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === 'csv');
    select.dispatchEvent(new window.Event('change', { bubbles: true }));
    const shown = await until(() => root.querySelector('[data-action="export-shown"]'), 'export shown');
    click(shown);
    await until(() => api.opened.length === 2, 'a second tab');
    assert.equal(api.opened[1], 'popup.html?view=library&export=csv&q=peskov');
    assert.equal(dl.files.length, 0, 'nothing saved from the popup');
    dl.restore();
    render(null, root);
  });

  test('opened to export: the file is saved once, when the whole library is read, and the tab says so', async () => {
    const dl = captureDownloads();
    const claims = syntheticClaims(300);
    let finish: (v: ClaimRecord[]) => void = () => {};
    const api = fakeApi({ claims });
    const asked: Array<{ format: ExportFormat; claims: number | null }> = [];
    const exportFile = api.exportFile;
    api.exportFile = (format, list) => (asked.push({ format, claims: list ? list.length : null }), exportFile(format, list));
    api.loadClaims = () => new Promise((resolve) => (finish = resolve));
    const filters = { ...NO_FILTERS, text: 'peskov' };
    const root = mount(h(Library, { api, exportRequest: 'markdown', initialFilters: filters }));
    await until(() => root.querySelector('.vrow'), 'first screen');
    await tick(10);
    assert.equal(asked.length, 0, 'not from the first screen only');
    finish([...claims]);
    const snack = await until(() => root.querySelector('.snackbar[data-kind="export"]'), 'snackbar');
    const shown = Number(/^(\d+) of 300 saved claims$/.exec(text(root.querySelector('.result-count')))?.[1]);
    assert.ok(shown > 0 && shown < claims.length, `${shown} claims shown`);
    assert.deepEqual(asked, [{ format: 'markdown', claims: shown }], 'the claims shown, not all');
    assert.match(text(snack.querySelector('.snackbar-text')), /^Exported \d+ claims? as x\.markdown\.$/);
    assert.equal(dl.files.length, 1);
    assert.equal(root.querySelector<HTMLInputElement>('#lib-search')!.value, 'peskov');
    assert.ok(root.querySelector('#export-hint'), 'why this is a tab');
    // Later changes to the library (a claim deleted here) export nothing more; Export here uses the requested format.
    api.send = (async () => ({ deleted: null })) as PopupApi['send'];
    click(root.querySelector('.vrow [data-action="delete"]'));
    await until(() => /Claim deleted/.test(text(root.querySelector('.snackbar'))), 'deleted');
    await tick(10);
    assert.equal(asked.length, 1);
    assert.equal(dl.files.length, 1);
    click(root.querySelector('[data-action="export-all"]'));
    await until(() => dl.files.length === 2, 'a second file');
    assert.deepEqual(asked[1], { format: 'markdown', claims: null });
    dl.restore();
    render(null, root);
  });

  test('opened to export an empty library: says there is nothing to export', async () => {
    const dl = captureDownloads();
    const api = fakeApi({ claims: [] });
    const root = mount(h(Library, { api, exportRequest: 'json' }));
    const snack = await until(() => root.querySelector('.snackbar[data-kind="export"]'), 'snackbar');
    assert.equal(text(snack.querySelector('.snackbar-text')), 'Nothing to export: no saved claims yet.');
    assert.equal(dl.files.length, 0);
    dl.restore();
    render(null, root);
  });

  test('a refused import shows the reason and that nothing changed; an accepted one the counts', async () => {
    let accept = false;
    const api = fakeApi({
      claims: syntheticClaims(3),
      importFile: async () => {
        if (!accept) throw new Error('This looks like a CSV file. Only Sourcelight JSON exports can be imported.');
        return { added: 2, updated: 1, unchanged: 0 };
      },
    });
    const root = mount(h(Library, { api }));
    await until(() => root.querySelector('.vrow'), 'rows');
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const pick = (name: string, body: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [{ name, text: async () => body }] });
      input.dispatchEvent(new window.Event('change', { bubbles: true }));
    };
    pick('claims.csv', 'text,tag\n');
    const refused = await until(() => root.querySelector('.snackbar-error'), 'error');
    assert.match(text(refused), /claims\.csv was not imported: This looks like a CSV file\..*Nothing was changed\./);
    accept = true;
    pick('sourcelight.json', '{}');
    const ok = await until(() => root.querySelector('.snackbar[data-kind="import"]:not(.snackbar-error)'), 'result');
    assert.match(text(ok), /2 added, 1 updated/);
    assert.deepEqual(api.imported, ['text,tag\n', '{}']);
    render(null, root);
  });
});
