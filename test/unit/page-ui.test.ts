/**
 * The page UI without Preact: the legend in plain DOM (counts per tag, switches,
 * collapse, navigation, elements kept across redraws), and the claim card
 * loaded on first use, with its failure said once through the live region.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { createLegend, type LegendActions, type LegendModel } from '../../src/page/ui/legend';
import { TAGS, emptyProfile, type Tag } from '../../src/types/analysis';
import { DEFAULT_SETTINGS } from '../../src/types/settings';
import { tick, until } from './wait';

function setup() {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const calls: string[] = [];
  const actions: LegendActions = {
    toggleTag: (tag, show) => calls.push(`toggle ${tag} ${show}`),
    toggleCollapsed: () => calls.push('collapse'),
    step: (d) => calls.push(`step ${d}`),
    close: () => calls.push('close'),
  };
  const view = createLegend(document as unknown as Document, actions);
  document.body.append(view.element as never);
  return { document, view, calls };
}

function model(over: Partial<LegendModel> = {}): LegendModel {
  const counts = { ...emptyProfile(), 'named-person': 6, anonymous: 1, unattributed: 4 };
  return { counts, shown: new Set<Tag>(TAGS), collapsed: false, colors: DEFAULT_SETTINGS.colors, saved: 0, unanchored: 0, ...over };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('legend', () => {
  test('shows the total and a row per tag with its count', () => {
    const { view } = setup();
    view.update(model());
    const el = view.element;
    assert.equal(el.getAttribute('aria-label'), 'Sourcelight legend');
    assert.equal(text(el.querySelector('button.toggle')), '▾ Sourcelight · 11 claims');
    assert.equal(el.querySelector('button.toggle')?.getAttribute('aria-expanded'), 'true');
    const rows = [...el.querySelectorAll('li')].map((li) => [text(li.querySelector('label')?.childNodes[2] as Element), text(li.querySelector('.n'))]);
    assert.deepEqual(rows, [
      ['Named person', '6'],
      ['Organization', '0'],
      ['Media', '0'],
      ['Anonymous', '1'],
      ['Document', '0'],
      ['Unattributed', '4'],
    ]);
    assert.equal((el.querySelector('.note') as HTMLElement).hidden, true);
  });

  test('one claim is singular; no claims disables previous/next', () => {
    const { view } = setup();
    view.update(model({ counts: { ...emptyProfile(), media: 1 } }));
    assert.equal(text(view.element.querySelector('button.toggle')), '▾ Sourcelight · 1 claim');
    view.update(model({ counts: emptyProfile() }));
    const nav = [...view.element.querySelectorAll('.nav button')] as HTMLButtonElement[];
    assert.deepEqual(nav.map((b) => b.disabled), [true, true]);
  });

  test('collapsed (and the first, header-only draw) shows the header alone; expanding brings the same rows back', () => {
    const { view } = setup();
    view.update(model({ headerOnly: true }));
    assert.equal(view.element.querySelector('ul'), null);
    view.update(model());
    const ul = view.element.querySelector('ul');
    assert.ok(ul);
    view.update(model({ collapsed: true }));
    assert.equal(view.element.querySelector('ul'), null);
    assert.match(view.element.className, /collapsed/);
    assert.equal(view.element.querySelector('button.toggle')?.getAttribute('aria-expanded'), 'false');
    assert.equal(text(view.element.querySelector('button.toggle')), '▸ Sourcelight · 11 claims');
    view.update(model());
    assert.equal(view.element.querySelector('ul'), ul, 'rows rebuilt instead of kept');
  });

  test('switches, buttons and the note call the actions and follow the model', () => {
    const { view, calls } = setup();
    view.update(model({ shown: new Set<Tag>(['named-person']), saved: 2, unanchored: 1 }));
    const boxes = [...view.element.querySelectorAll('input')] as HTMLInputElement[];
    assert.deepEqual(boxes.map((b) => b.checked), [true, false, false, false, false, false]);
    boxes[3].checked = true;
    boxes[3].dispatchEvent(new (view.element.ownerDocument.defaultView as unknown as typeof globalThis).Event('change'));
    const click = (sel: string, i = 0) => (view.element.querySelectorAll(sel)[i] as HTMLElement).dispatchEvent(new (view.element.ownerDocument.defaultView as unknown as typeof globalThis).Event('click'));
    click('button.toggle');
    click('button.close');
    click('.nav button', 0);
    click('.nav button', 1);
    assert.deepEqual(calls, ['toggle anonymous true', 'collapse', 'close', 'step -1', 'step 1']);
    assert.equal(text(view.element.querySelector('.note')), '★ 2 saved · 1 saved claim not found in this page');
    view.update(model({ unanchored: 3 }));
    assert.equal(text(view.element.querySelector('.note')), '3 saved claims not found in this page');
    assert.equal(view.element.querySelector('button.close')?.getAttribute('aria-label'), 'Hide legend');
  });
});

// ---- the card, loaded on first use ----------------------------------------------

type Reply = { ok: true; value: unknown } | { ok: false; error: string };
const sent: unknown[] = [];
let answer: (msg: { type: string }) => Reply | Promise<Reply> = () => ({ ok: false, error: 'no answer set' });
// The content script's messaging, as webextension-polyfill finds it in Firefox.
const runtime = { id: 'sourcelight-test', sendMessage: async (m: { type: string }) => (sent.push(m), answer(m)) };
Object.assign(globalThis, { chrome: { runtime }, browser: { runtime } });
const { renderUi, isCardShown, unmountUi } = await import('../../src/page/ui/app');
const { LEGEND_GLOBAL } = await import('../../src/page/legend-api');
const { CARD_GLOBAL } = await import('../../src/page/ui/card-api');
type CardApi = import('../../src/page/ui/card-api').CardProps;


function uiSetup() {
  // As on a page: the mount is inside our closed shadow root.
  const { document } = parseHTML('<!doctype html><html><body><div id="host"></div></body></html>');
  const root = (document.getElementById('host') as unknown as HTMLElement).attachShadow({ mode: 'closed' });
  const mount = document.createElement('div') as unknown as HTMLElement;
  root.appendChild(mount);
  const legendActions: LegendActions = { toggleTag() {}, toggleCollapsed() {}, step() {}, close() {} };
  const cardActions = { save: async () => {}, copy: async () => {}, correct: async () => {}, close() {}, step() {}, pin() {}, pointerInside() {} };
  return { document, mount, legendActions, cardActions };
}

const CARD = {
  index: 2,
  total: 9,
  sentence: { text: 'The ministry said 40 people were arrested.', start: 0, end: 42, claim: true, tag: 'organization' as Tag, source: 'the ministry', cue: 'said', via: null, quote: 'indirect' as const, hedged: false, checkworthiness: 0.7 },
  savedId: null,
  anchorRect: { left: 10, top: 10, right: 300, bottom: 30 },
  takeFocus: false,
};

describe('the legend, loaded after the highlights', () => {
  test('no legend until legend.js has registered its code; then it is drawn', async () => {
    const { mount, legendActions, cardActions } = uiSetup();
    const slot = globalThis as Record<string, unknown>;
    delete slot[LEGEND_GLOBAL];
    const draw = () => renderUi(mount, { legend: model(), card: null, announcement: '', colors: DEFAULT_SETTINGS.colors }, legendActions, cardActions);
    draw();
    assert.equal(mount.querySelector('aside'), null);
    assert.ok(mount.querySelector('[role="status"]'), 'the live region is there all the same');
    await import('../../src/page/legend-main');
    assert.equal(typeof slot[LEGEND_GLOBAL], 'function');
    draw();
    assert.ok(mount.querySelector('aside[aria-label="Sourcelight legend"]'));
    // Its own rules came with it, into the shadow root (a <style> where sheets cannot be adopted), once.
    draw();
    const root = mount.getRootNode() as ShadowRoot;
    const sheets = [...root.querySelectorAll('style')].filter((st) => /\.legend\b/.test(st.textContent ?? ''));
    assert.equal(sheets.length, 1);
    unmountUi(mount);
  });
});

describe('the claim card, loaded on demand', () => {
  test('a failed load is said once in the live region; the legend and later announcements carry on', async () => {
    const { mount, legendActions, cardActions } = uiSetup();
    answer = () => ({ ok: false, error: 'Cannot access contents of the page' });
    let shown = 0;
    const draw = (announcement: string) =>
      renderUi(mount, { legend: model(), card: CARD as never, announcement, colors: DEFAULT_SETTINGS.colors }, legendActions, cardActions, () => shown++);
    draw('');
    const live = mount.querySelector('[role="status"]')!;
    assert.equal(live.getAttribute('aria-live'), 'polite');
    await until(() => /could not be loaded/.test(live.textContent ?? ''), 'the failure announcement');
    assert.match(live.textContent!, /Cannot access contents of the page.*highlights still work/);
    assert.equal(isCardShown(mount), false);
    assert.ok(mount.querySelector('aside[aria-label="Sourcelight legend"]'), 'the legend is gone');
    // Hovering on: no stream of requests, no second announcement.
    for (let i = 0; i < 5; i++) draw('');
    await tick(10);
    assert.equal(sent.filter((m) => (m as { type: string }).type === 'card/load').length, 1);
    assert.match(live.textContent!, /could not be loaded/);
    draw('Claim 3 of 9, Organization: The ministry said 40 people were arrested.');
    assert.equal(live.textContent, 'Claim 3 of 9, Organization: The ministry said 40 people were arrested.');
    assert.equal(shown, 0);
    unmountUi(mount);
  });

  test('the card waits for card.js, then shows the latest model; closing removes it', async () => {
    const { mount, legendActions, cardActions } = uiSetup();
    const drawn: Array<CardApi | null> = [];
    answer = async (m) => {
      // What the background's executeScript of card.js amounts to, a moment later: a renderer in our world.
      await tick(5);
      if (m.type === 'card/load') {
        (globalThis as Record<string, unknown>)[CARD_GLOBAL] = {
          render: (_root: unknown, into: HTMLElement, card: CardApi | null) => {
            drawn.push(card);
            into.textContent = card ? `card ${card.model.index + 1} of ${card.model.total}` : '';
          },
        };
      }
      return { ok: true, value: { ok: true } };
    };
    // The earlier failure is answered from memory for a while; later, a new attempt is made.
    const realNow = performance.now.bind(performance);
    performance.now = () => realNow() + 60_000;
    let shown = 0;
    const draw = (card: typeof CARD | null) =>
      renderUi(mount, { legend: null, card: card as never, announcement: '', colors: DEFAULT_SETTINGS.colors }, legendActions, cardActions, () => shown++);
    draw(CARD);
    assert.equal(isCardShown(mount), false, 'shown before card.js arrived');
    draw({ ...CARD, index: 3 });
    await until(() => isCardShown(mount), 'the card');
    assert.equal(shown, 1);
    assert.deepEqual(drawn.map((c) => c?.model.index), [3], 'not drawn once with the latest model');
    assert.match(mount.textContent ?? '', /card 4 of 9/);
    assert.equal(mount.querySelector('aside'), null);
    draw(null);
    assert.equal(isCardShown(mount), false);
    assert.equal(drawn.at(-1), null);
    draw(CARD);
    assert.equal(isCardShown(mount), true, 'once loaded, the card draws at once');
    assert.equal(sent.filter((m) => (m as { type: string }).type === 'card/load').length, 2);
    unmountUi(mount);
    assert.equal(drawn.at(-1), null);
    assert.equal(mount.childNodes.length, 0);
  });
});
