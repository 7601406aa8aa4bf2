/**
 * The page layer in real browsers (Chromium and Firefox ESR): claims painted
 * with the CSS Custom Highlight API on a real news page, the card opened by
 * hovering and by keyboard, saving with a note, re-anchoring after a reload,
 * dynamic paragraphs, SPA navigation, non-article pages, long tasks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { ContentState } from '../../src/types/messages';
import type { Tag } from '../../src/types/analysis';
import { DEFAULT_COLORS } from '../../src/types/settings';
import { BROWSERS, claimColours, launch, startServer, type ExtensionBrowser, type TestServer } from './harness';

/** A BBC page with several attributed claims (readability's test corpus). */
const PAGE = 'readability-bbc-1';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

let seq = 0;
/** Runs a content command in the page's content script through the test bridge. */
async function command<T = unknown>(page: Page, cmd: Record<string, unknown>): Promise<T> {
  const id = String(++seq);
  await page.evaluate(
    (c, s) => window.postMessage({ sourcelightTest: 'content', command: c, seq: s }, '*'),
    cmd,
    id,
  );
  await page.waitForFunction((s) => document.documentElement.getAttribute('data-sourcelight-test-seq') === s, { timeout: 15_000, polling: 50 }, id);
  const raw = await page.$eval('html', (el) => el.getAttribute('data-sourcelight-test-result'));
  return JSON.parse(raw ?? 'null') as T;
}

/** Merges `patch` into the stored settings, from an extension page (popup, options). */
function settingsWriter(extPage: Page): (patch: Record<string, unknown>) => Promise<void> {
  return (patch) =>
    extPage.evaluate(async (p) => {
      type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      const cur = ((await api.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await api.storage.local.set({ settings: { ...cur, ...p } });
    }, patch);
}

const getState = (page: Page) => command<ContentState>(page, { type: 'content/getState' });

/** The highlight registry as the page itself sees it: name -> texts of its ranges. */
function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of reg) if (name.startsWith('sourcelight-')) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

async function cardState(page: Page): Promise<{ open: boolean; index: number; saved: boolean; pinned: boolean } | null> {
  const raw = await page.evaluate(() => document.querySelector('sourcelight-ui')?.getAttribute('data-sourcelight-test-card') ?? 'null');
  return JSON.parse(raw) as { open: boolean; index: number; saved: boolean; pinned: boolean } | null;
}

type Card = { open: boolean; index: number; saved: boolean; pinned: boolean } | null;

/** Waits until the card's test state satisfies `pred` (evaluated here, polled from the page). */
async function waitCard(page: Page, pred: (c: Card) => boolean, what: string): Promise<Card> {
  // Generous: a save goes through a background that may first have to start (Chrome service worker).
  const deadline = Date.now() + 20_000;
  let last: Card = null;
  while (Date.now() < deadline) {
    last = await cardState(page);
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`card never became ${what}; last state ${JSON.stringify(last)}`);
}

/**
 * Lets the card's effects run before keys are pressed: Preact moves focus into
 * the card in an effect after paint, and a Tab pressed before that lands in the
 * page instead (the cause of a rare "never became saved" failure under load).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );
}

/** Counts pixels that differ between two PNG screenshots, decoded in the page (no npm image package). */
const PIXEL_DIFF = `(async (a, b, rect) => {
  const decode = async (b64) => {
    const bmp = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    return ctx.getImageData(0, 0, bmp.width, bmp.height).data;
  };
  const x = await decode(a);
  const y = await decode(b);
  const w = Math.round(innerWidth * devicePixelRatio);
  const s = devicePixelRatio;
  let n = 0;
  let total = 0;
  for (let py = Math.round(rect.y * s); py < Math.round((rect.y + rect.height) * s); py++) {
    for (let px = Math.round(rect.x * s); px < Math.round((rect.x + rect.width) * s); px++) {
      const i = (py * w + px) * 4;
      total++;
      if (Math.abs(x[i] - y[i]) + Math.abs(x[i + 1] - y[i + 1]) + Math.abs(x[i + 2] - y[i + 2]) > 30) n++;
    }
  }
  return n / Math.max(1, total);
})`;

for (const name of BROWSERS) {
  describe(`page layer: ${name}`, () => {
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

    test('activating paints every claim, one highlight per tag, with the engine sentence as its text', async () => {
      const page = await ext.open(server.corpus(PAGE));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      assert.equal(await ext.activate(page), 'done');
      const state = await getState(page);
      assert.equal(state.state.status, 'done');
      assert.ok(state.claims.length >= 5, `only ${state.claims.length} claims`);
      assert.equal(state.state.claimCount, state.claims.length);
      const reg = await highlights(page);
      const tags = new Set(state.claims.map((c) => c.tag));
      for (const tag of tags) {
        const painted = (reg[`sourcelight-${tag}`] ?? []).map(collapse).sort();
        const expected = state.claims.filter((c) => c.tag === tag).map((c) => collapse(c.text)).sort();
        assert.deepEqual(painted, expected, `highlight sourcelight-${tag}`);
      }
      assert.deepEqual(errors, []);
      // The page's text is untouched: no element of ours inside the body.
      assert.equal(await page.evaluate(() => document.body.querySelectorAll('mark.sourcelight-mark, sourcelight-ui').length), 0);
    });

    test('the highlights are really painted (pixels change where a claim is)', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      const rect = await page.evaluate(() => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const [, h] = [...reg].find(([n]) => n.startsWith('sourcelight-') && n !== 'sourcelight-saved')!;
        const r = [...h][0];
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const b = [...r.getClientRects()].find((x) => x.width > 20)!;
        return { x: b.left, y: b.top, width: b.width, height: b.height };
      });
      // Whole-viewport shots: the rect is in viewport coordinates, as the screenshot's pixels are.
      const shot = async () => Buffer.from(await page.screenshot({ encoding: 'binary' })).toString('base64');
      const withHighlights = await shot();
      const saved = await page.evaluate(() => {
        const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
        const kept = [...reg].filter(([n]) => n.startsWith('sourcelight-'));
        for (const [n] of kept) reg.delete(n);
        return kept.length;
      });
      assert.ok(saved > 0);
      const without = await shot();
      const changed = (await page.evaluate(`${PIXEL_DIFF}(${JSON.stringify(withHighlights)}, ${JSON.stringify(without)}, ${JSON.stringify(rect)})`)) as number;
      assert.ok(changed > 0.2, `only ${(changed * 100).toFixed(1)}% of the claim's pixels differ`);
    });

    test("every claim is painted in its tag's colour and line wherever its text sits; our rules select only the claims' elements", async () => {
      // readability-bbc-1 has claims in <p> and <li>; the other page in <div> and <p>, text in links and emphasis.
      // Once more under a page policy that allows no inline style: our adopted sheet is not the page's.
      for (const [id, strictCsp] of [[PAGE, false], ['aeb-4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a', false], [PAGE, true]] as const) {
        const page = await ext.open(server.corpus(id, strictCsp));
        assert.equal(await ext.activate(page), 'done');
        const r = await claimColours(page);
        const rules = await page.evaluate(() =>
          [...document.adoptedStyleSheets].flatMap((sh) => [...sh.cssRules].map((x) => x.cssText)).filter((x) => x.includes('::highlight(')),
        );
        assert.ok(r.texts >= 10, `${id}: only ${r.texts} text nodes in claims`);
        assert.deepEqual(r.uncoloured, [], id);
        // Adopted by the content script, on the elements the claims sit in: never :root or every element
        // (either would restyle the whole page when the sheet comes).
        assert.ok(rules.length >= 8, `${id}: ${rules.length} rules`);
        for (const rule of rules) assert.match(rule, /^(@media [^{]*\{\s*)?:is\([\w\-, ]+\)::highlight\(sourcelight-[a-z-]+\)/, rule);
        // A page that replaces its document's adopted sheets: claims in <p> keep their colours (content.css).
        const kept = await page.evaluate(() => {
          document.adoptedStyleSheets = [];
          const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          const out: string[] = [];
          for (const [name, h] of reg) {
            if (!name.startsWith('sourcelight-')) continue;
            for (const range of h) {
              const c = range.commonAncestorContainer;
              const el = c.nodeType === 1 ? (c as Element) : c.parentElement!;
              if (el.localName === 'p') out.push(getComputedStyle(el, `::highlight(${name})`).textDecorationLine);
            }
          }
          return out;
        });
        assert.ok(kept.length > 0 && kept.every((d) => d !== 'none'), `${id}: ${kept.join()}`);
        await page.close();
      }
    });

    test('hovering a claim opens its card; moving away closes it', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      const point = await page.evaluate(() => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const ranges = [...reg].filter(([n]) => n.startsWith('sourcelight-')).flatMap(([, h]) => [...h]);
        const r = ranges.find((x) => x.toString().length > 40)!;
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + Math.min(20, b.width / 2), y: b.top + b.height / 2 };
      });
      await page.mouse.move(point.x, point.y);
      await waitCard(page, (c) => !!c?.open, 'open');
      assert.equal((await cardState(page))?.pinned, false);
      // The legend (legend.js) and the card (card.js) share one look, added once, under their own rules.
      let look: Record<string, string> = {};
      for (let i = 0; i < 100 && !(look.legendFontSize && look.cardFontSize); i++) {
        look = await command<Record<string, string>>(page, { type: 'test/look' });
        if (!(look.legendFontSize && look.cardFontSize)) await new Promise((r) => setTimeout(r, 50));
      }
      assert.deepEqual(
        { ...look, saveBackground: look.saveBackground === look.nextBackground ? 'same as a plain button' : 'its own' },
        { legendFontSize: '12px', legendRadius: '8px', cardFontSize: '13px', cardRadius: '8px', saveBackground: 'its own', nextBackground: look.nextBackground },
      );
      await page.mouse.move(2, 2);
      await waitCard(page, (c) => c === null, 'closed');
    });

    test('keyboard: next claim opens the card with focus; a note is typed and saved; Esc closes', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      await command(page, { type: 'content/nextClaim', direction: 1 });
      await waitCard(page, (c) => !!c?.open && c.pinned, 'open and pinned');
      const first = (await cardState(page))!.index;
      await command(page, { type: 'content/nextClaim', direction: 1 });
      await waitCard(page, (c) => !!c && c.index !== first, 'on the next claim');
      const index = (await cardState(page))!.index;
      await settle(page);
      // Focus is on the dialog: Tab to the close button, Tab to the note, type, Tab to Save, Enter.
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'sourcelight-ui');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Check against the ministry statement');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitCard(page, (c) => !!c?.saved, 'saved');
      const state = await getState(page);
      const savedClaim = state.claims[index];
      assert.ok(savedClaim.savedId, 'claim not marked saved');
      const reg = await highlights(page);
      assert.deepEqual((reg['sourcelight-saved'] ?? []).map(collapse), [collapse(savedClaim.text)]);
      await page.keyboard.press('Escape');
      await waitCard(page, (c) => c === null, 'closed');

      // Reload: the saved claim is found again and marked.
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-sourcelight-test-tab]');
      assert.equal(await ext.activate(page), 'done');
      const again = await getState(page);
      assert.deepEqual(again.unanchored, []);
      const marked = again.claims.filter((c) => c.savedId === savedClaim.savedId);
      assert.equal(marked.length, 1);
      assert.equal(collapse(marked[0].text), collapse(savedClaim.text));
      const reg2 = await highlights(page);
      assert.ok((reg2['sourcelight-saved'] ?? []).map(collapse).includes(collapse(savedClaim.text)));

      // The note reached the library.
      const popup = await ext.openPopup(page);
      const claims = await popup.evaluate(async () => {
        type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const reply = (await api.runtime.sendMessage({ type: 'claims/query', query: {} })) as { ok: boolean; value: { claims: Array<{ id: string; note: string }> } };
        return reply.value.claims;
      });
      assert.equal(claims.find((c) => c.id === savedClaim.savedId)?.note, 'Check against the ministry statement');
      await popup.close();
    });

    test('a saved claim whose sentence changed slightly is re-anchored; a vanished one is reported', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      const state = await getState(page);
      const target = state.claims.find((c) => c.text.length > 60)!;
      await command(page, { type: 'content/scrollToClaim', index: target.index });
      await waitCard(page, (c) => c?.index === target.index, `on claim ${target.index}`);
      await settle(page);
      // Save through the card with the keyboard (focus is in the card after scrollToClaim).
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitCard(page, (c) => !!c?.saved, 'saved');
      // Also save a selection, then make its text vanish after reload.
      const selText = await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((x) => (x.textContent ?? '').length > 120)!;
        const r = document.createRange();
        const t = [...p.childNodes].find((n) => n.nodeType === 3 && (n.textContent ?? '').length > 40)!;
        r.setStart(t, 0);
        r.setEnd(t, 30);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        return r.toString();
      });
      const saved = await command<{ ok: boolean; id: string }>(page, { type: 'content/saveSelection', text: selText });
      assert.ok(saved.ok, JSON.stringify(saved));

      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-sourcelight-test-tab]');
      // Edit the page before activating: one word of the saved claim changes; the selected text is removed.
      await page.evaluate(
        (claimText, sel) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const words = claimText.split(' ');
          const word = words.find((w) => w.length > 4 && /^[a-z]+$/i.test(w))!;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const t = n as Text;
            if (t.data.includes(sel)) t.data = t.data.replace(sel, '');
            if (t.data.includes(word) && claimText.includes(t.data.trim().slice(0, 20))) t.data = t.data.replace(word, word.toUpperCase() + 'x');
          }
        },
        target.text,
        selText,
      );
      assert.equal(await ext.activate(page), 'done');
      const after = await getState(page);
      assert.ok(after.claims.some((c) => c.savedId), 'the changed claim was not re-anchored');
      assert.ok(after.unanchored.some((u) => u.id === saved.id), 'the vanished selection is not reported');
    });

    test('paragraphs added later are analysed once; removed ones lose their highlights', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      const before = await getState(page);
      const added = 'The agency said on Monday that 1,200 homes had lost power after the storm.';
      await page.evaluate((text) => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const some = [...reg].filter(([n]) => n.startsWith('sourcelight-')).flatMap(([, h]) => [...h])[0];
        const para = some.startContainer.parentElement!.closest('p')!;
        const p = document.createElement('p');
        p.textContent = text + ' Officials said repairs would take a week.';
        para.after(p);
      }, added);
      await page.waitForFunction(
        (t) => {
          const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          return [...reg].some(([n, h]) => n.startsWith('sourcelight-') && [...h].some((r) => r.toString() === t));
        },
        { timeout: 10_000, polling: 100 },
        added,
      );
      const after = await getState(page);
      assert.ok(after.claims.length > before.claims.length);
      const texts = after.claims.map((c) => collapse(c.text));
      assert.equal(new Set(texts.map((t, i) => t + '@' + after.claims[i].index)).size, texts.length);
      assert.equal(texts.filter((t) => t === added).length, 1, 'the new sentence was analysed twice');

      // Remove it again: its highlight goes.
      await page.evaluate((text) => {
        for (const p of document.querySelectorAll('p')) if (p.textContent?.startsWith(text)) p.remove();
      }, added);
      await page.waitForFunction(
        (t) => {
          const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          return ![...reg].some(([n, h]) => n.startsWith('sourcelight-') && [...h].some((r) => r.toString() === t));
        },
        { timeout: 10_000, polling: 100 },
        added,
      );
      const deadline = Date.now() + 10_000;
      let count = -1;
      while (Date.now() < deadline && count !== before.claims.length) {
        count = (await getState(page)).claims.length;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(count, before.claims.length, 'the removed claims are still listed');
    });

    test('single-page navigation to another article clears the old highlights and analyses the new one', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      const first = await getState(page);
      await page.evaluate(() => {
        document.documentElement.removeAttribute('data-sourcelight-test-status');
        const main = document.querySelector('article, main, [role="main"]') ?? document.body;
        const paras = [
          'Flooding closed three bridges in the city on Tuesday, the transport authority said.',
          'The mayor told reporters that emergency crews had rescued 40 residents from their homes overnight.',
          'According to a report by the national weather service, rainfall was twice the monthly average.',
          'Officials said the water would recede by the weekend, though more rain was forecast.',
          'Residents were urged to avoid the riverside roads until further notice, police said in a statement.',
        ];
        main.replaceChildren(
          Object.assign(document.createElement('h1'), { textContent: 'City floods close bridges' }),
          ...paras.map((t) => Object.assign(document.createElement('p'), { textContent: t })),
        );
        history.pushState({}, '', location.pathname + '?story=2');
      });
      await page.waitForFunction(() => document.documentElement.getAttribute('data-sourcelight-test-status') === 'done', { timeout: 20_000, polling: 100 });
      const second = await getState(page);
      assert.ok(second.claims.length >= 3, `${second.claims.length} claims after navigation`);
      const firstTexts = new Set(first.claims.map((c) => c.text));
      assert.ok(second.claims.every((c) => !firstTexts.has(c.text)), 'old claims survived navigation');
      const painted = Object.values(await highlights(page)).flat();
      assert.ok(painted.every((t) => !firstTexts.has(t)), 'old highlights survived navigation');
    });

    test('hiding tags and changing colours in the settings repaints the page at once', async () => {
      const page = await ext.open(server.corpus(PAGE));
      assert.equal(await ext.activate(page), 'done');
      const state = await getState(page);
      const tags = [...new Set(state.claims.map((c) => c.tag))];
      assert.ok(tags.length >= 2, 'need claims of two tags');
      const keep = tags[0];
      const popup = await ext.openPopup(page);
      const setSettings = settingsWriter(popup);
      await setSettings({ shownTags: [keep], colors: { [keep]: '#00ff00' } });
      await page.waitForFunction(
        (k) => {
          const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
          const names = ['named-person', 'organization', 'media', 'anonymous', 'document', 'unattributed'].filter((t) => reg.has('sourcelight-' + t));
          return names.length === 1 && names[0] === k;
        },
        { timeout: 10_000, polling: 100 },
        keep,
      );
      // The user's colour reaches the page through our adopted sheet (page sheets untouched).
      const adopted = await page.evaluate(() => [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'));
      assert.match(adopted, new RegExp(`sourcelight-${keep}[^}]*(#00ff00|rgb\\(0, 255, 0\\))`));
      // And it reaches the claim's own element, deep in the article, not only the root the rule names
      // (highlight inheritance in Chromium; in Firefox, which lacks it, a rule on every element).
      const deco = await page.evaluate((k) => {
        const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        const r = [...reg.get('sourcelight-' + k)!][0];
        const el = r.startContainer.nodeType === 1 ? (r.startContainer as Element) : r.startContainer.parentElement!;
        return getComputedStyle(el, `::highlight(sourcelight-${k})`).textDecorationColor;
      }, keep);
      assert.equal(deco, 'rgb(0, 255, 0)');
      await setSettings({ shownTags: ['named-person', 'organization', 'media', 'anonymous', 'document', 'unattributed'], colors: {} });
      await page.waitForFunction(
        (n) => {
          const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
          return ['named-person', 'organization', 'media', 'anonymous', 'document', 'unattributed'].filter((t) => reg.has('sourcelight-' + t)).length === n;
        },
        { timeout: 10_000, polling: 100 },
        tags.length,
      );
      await popup.close();
    });

    test('settings stored before activating shape the very first paint (they come with the activation)', async () => {
      // content.js starts analysing as soon as it is injected; the settings arrive a round trip later
      // with 'content/activate'. No frame may ever show a hidden tag or miss the user's colour.
      const options = await ext.openExtensionPage('options.html');
      const setSettings = settingsWriter(options);
      const ALL = ['named-person', 'organization', 'media', 'anonymous', 'document', 'unattributed'];
      await setSettings({ shownTags: ['named-person'], colors: { 'named-person': '#00ff00' } });
      try {
        const page = await ext.open(server.corpus(PAGE));
        // Every frame from before the activation on: which of our highlights are registered
        // (a string: the TS loader's helpers do not exist in the page).
        await page.evaluate(`(() => {
          const seen = new Set();
          window.__slSeen = seen;
          const look = () => {
            for (const t of ${JSON.stringify(ALL)}) if (CSS.highlights.has('sourcelight-' + t)) seen.add(t);
            requestAnimationFrame(look);
          };
          look();
        })()`);
        assert.equal(await ext.activate(page), 'done');
        const seen = await page.evaluate(() => [...(window as unknown as { __slSeen: Set<string> }).__slSeen]);
        assert.deepEqual(seen, ['named-person'], 'only the shown tag was ever painted');
        const adopted = await page.evaluate(() => [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'));
        assert.match(adopted, /sourcelight-named-person[^}]*(#00ff00|rgb\(0, 255, 0\))/);
        await page.close();
      } finally {
        await setSettings({ shownTags: ALL, colors: {} });
        await options.close();
      }
    });

    test('without CSS.highlights, claims are wrapped in <mark> elements and the page text is unchanged', async () => {
      const page = await ext.open(server.corpus(PAGE));
      const before = await page.evaluate(() => document.body.textContent);
      // Test build only: this attribute makes the content script use its fallback.
      await page.evaluate(() => document.documentElement.setAttribute('data-sourcelight-test-marks', ''));
      const status = await ext.activate(page);
      assert.equal(status, 'done', status === 'error' ? (await getState(page)).state.message : '');
      const state = await getState(page);
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('mark.sourcelight-mark')].map((m) => ({ tag: m.getAttribute('data-sourcelight-tag'), text: m.textContent ?? '' })),
      );
      assert.ok(marks.length >= state.claims.length, `${marks.length} marks for ${state.claims.length} claims`);
      const tags = new Set(state.claims.map((c) => c.tag));
      assert.deepEqual(new Set(marks.map((m) => m.tag)), tags);
      // Each mark in its tag's colour (content.css, written from the highlights' table), not the fallback grey.
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).join(', ')})`;
      const painted = await page.evaluate(() =>
        [...document.querySelectorAll('mark.sourcelight-mark')].map((m) => [m.getAttribute('data-sourcelight-tag'), getComputedStyle(m).textDecorationColor]),
      );
      for (const [tag, colour] of painted) assert.equal(colour, rgb(DEFAULT_COLORS[tag as Tag]), `mark of ${tag}`);
      assert.equal(await page.evaluate(() => document.body.textContent), before);
      assert.deepEqual(await highlights(page), {});
      // The card still works over marks.
      await command(page, { type: 'content/nextClaim', direction: 1 });
      await waitCard(page, (c) => !!c?.open, 'open');
    });

    test('a page that is not an article is left alone and reported as such', async () => {
      const page = await ext.open(server.corpus(PAGE));
      await page.evaluate(() => {
        document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Log in to continue.' }));
      });
      assert.equal(await ext.activate(page), 'not-article');
      const state = await getState(page);
      assert.equal(state.state.status, 'not-article');
      assert.ok(state.state.message && state.state.message.length > 0);
      assert.deepEqual(await highlights(page), {});
      assert.equal(await page.evaluate(() => document.querySelectorAll('sourcelight-ui').length), 0);
    });

    test('the page is not harmed: text unchanged, no layout shift, nothing run inside an iframe', async () => {
      const page = await ext.open(server.corpus(PAGE));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // An "ad" frame holding a whole news article: it must be left alone.
      await page.evaluate(async () => {
        const para = 'The ministry said on Tuesday that 40 people had been arrested after the protest, and officials added that more arrests were likely.';
        const srcdoc = `<!doctype html><title>Ad</title><article><h1>Markets fall</h1>${`<p>${para}</p>`.repeat(8)}</article>`;
        const f = Object.assign(document.createElement('iframe'), { srcdoc, width: 300, height: 250, name: 'ad' });
        const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
        document.body.append(f);
        await loaded;
      });
      const shifts = name === 'chromium';
      await page.evaluate((observe) => {
        const w = window as unknown as { __shift: number; __t0: number };
        w.__shift = 0;
        w.__t0 = performance.now();
        if (observe) {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
              if (e.startTime >= w.__t0 && !e.hadRecentInput) w.__shift += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        }
      }, shifts);
      const before = await page.evaluate(() => ({ text: document.body.textContent, html: document.body.children.length }));
      assert.equal(await ext.activate(page), 'done');
      await command(page, { type: 'content/nextClaim', direction: 1 });
      await waitCard(page, (c) => !!c?.open, 'open');
      await new Promise((r) => setTimeout(r, 300));
      const after = await page.evaluate(() => ({ text: document.body.textContent, html: document.body.children.length }));
      assert.deepEqual(after, before, 'the page text or its body changed');
      // Anything of ours in the page's flow (a bar, a wrapper) shifts the article by far more than
      // 0.01; the page's own scripts may nudge a box by a pixel or two while we run.
      if (shifts) assert.ok(await page.evaluate(() => (window as unknown as { __shift: number }).__shift) < 0.01, 'layout shift');
      const frame = page.mainFrame().childFrames().at(-1)!;
      assert.ok(frame, 'the iframe is there');
      const inFrame = await frame.evaluate(() => ({
        title: document.title,
        ui: document.querySelectorAll('sourcelight-ui, mark.sourcelight-mark').length,
        highlights: 'highlights' in CSS ? (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size : 0,
        status: document.documentElement.getAttribute('data-sourcelight-test-status'),
      }));
      assert.deepEqual(inFrame, { title: 'Ad', ui: 0, highlights: 0, status: null });
      assert.deepEqual(errors, []);
    });

    test('no long task over 50 ms while analysing (Chromium; Firefox has no longtask API)', async (t) => {
      if (name !== 'chromium') {
        t.skip('Firefox ESR has no PerformanceObserver longtask entries');
        console.log('# longtask check skipped on Firefox: no longtask API');
        return;
      }
      const page = await ext.open(server.corpus(PAGE));
      await page.evaluate(() => {
        const w = window as unknown as { __longtasks: number[]; __t0: number };
        w.__longtasks = [];
        w.__t0 = performance.now();
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.startTime >= w.__t0) w.__longtasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      assert.equal(await ext.activate(page), 'done');
      await new Promise((r) => setTimeout(r, 300));
      const tasks = await page.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks);
      console.log(`# long tasks after activation: ${JSON.stringify(tasks.map((d) => Math.round(d)))}`);
      // Two shared cores make single tasks wobble: allow one borderline task, never a big one.
      assert.ok(tasks.filter((d) => d > 50).length <= 1 && tasks.every((d) => d < 100), `long tasks: ${tasks.join(', ')}`);
    });
  });
}
