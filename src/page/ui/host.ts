/**
 * Our own UI hosts: an element appended to <html> with a CLOSED shadow root,
 * so page CSS cannot reach in and our CSS cannot leak out. Styles go in as a
 * constructed sheet (no <link>, no inline <style>: immune to the page's CSP);
 * a <style> element inside the shadow root is the fallback where adopting
 * fails (Firefox's Xray wrappers).
 */
import { scriptSlot } from '../script-slot';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element our UI draws into. */
  mount: HTMLElement;
  remove(): void;
}

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  display: 'block',
  contain: 'style',
};

/**
 * The sheets each of our shadow roots has been given already, kept in our isolated world where
 * content.js, card.js and legend.js all find it: the shared look (styles.ts), which the legend and
 * the card both add, goes in once and before their own rules, whichever of the two comes first.
 */
const addedSlot = scriptSlot<WeakMap<ShadowRoot, Set<string>>>('__sourcelightSheets');

/**
 * Adds a sheet to a shadow root, once: adopted where the browser lets us, else
 * a <style> element. Used again by card.js and legend.js for their own rules,
 * whenever they draw.
 */
export function addStyles(root: ShadowRoot, css: string): void {
  let added = addedSlot.get();
  if (!added) addedSlot.provide((added = new WeakMap()));
  const sheets = added.get(root) ?? new Set<string>();
  if (sheets.has(css)) return;
  added.set(root, sheets.add(css));
  const doc = root.ownerDocument;
  let adopted = false;
  try {
    const before = root.adoptedStyleSheets;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...before, sheet];
    adopted = root.adoptedStyleSheets.length === before.length + 1;
  } catch {
    adopted = false;
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = css;
    // Later sheets win ties, as adopted ones would: a <style> is never drawn, so its place is free.
    root.appendChild(style);
  }
}

export function createUiHost(doc: Document, name: string, css: string): UiHost {
  const host = doc.createElement('sourcelight-' + name);
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(root, css);
  const mount = doc.createElement('div');
  root.appendChild(mount);
  doc.documentElement.appendChild(host);
  return {
    host,
    root,
    mount,
    remove: () => host.remove(),
  };
}

/** True for our own hosts: events and mutations inside them are ours, not the page's. */
export function isOurHost(node: Node | null): boolean {
  return !!node && node.nodeType === 1 && (node as Element).localName.startsWith('sourcelight-');
}
