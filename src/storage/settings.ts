/**
 * User settings in browser.storage.local under "settings". Read by the
 * content script, background, popup and options; always merged over the
 * defaults and cleaned, since storage may hold an older or damaged shape.
 */
import browser from 'webextension-polyfill';
import { TAGS, type Tag } from '../types/analysis';
import { DEFAULT_SETTINGS, type Settings } from '../types/settings';

const KEY = 'settings';
const isTag = (v: unknown): v is Tag => typeof v === 'string' && (TAGS as readonly string[]).includes(v);
const hostList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 256) : [];
const CSS_COLOUR = /^#[0-9a-f]{3,8}$|^(rgb|hsl)a?\([\d\s.,%/]+\)$/i;

/** Pure: any stored value -> valid Settings. */
export function cleanSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const colors = { ...DEFAULT_SETTINGS.colors };
  if (r.colors && typeof r.colors === 'object') {
    for (const [k, v] of Object.entries(r.colors)) if (isTag(k) && typeof v === 'string' && CSS_COLOUR.test(v)) colors[k] = v;
  }
  return {
    autoAnalyze: typeof r.autoAnalyze === 'boolean' ? r.autoAnalyze : DEFAULT_SETTINGS.autoAnalyze,
    autoSites: hostList(r.autoSites),
    disabledSites: hostList(r.disabledSites),
    shownTags: Array.isArray(r.shownTags) ? r.shownTags.filter(isTag) : [...DEFAULT_SETTINGS.shownTags],
    colors,
    legendCollapsed: typeof r.legendCollapsed === 'boolean' ? r.legendCollapsed : DEFAULT_SETTINGS.legendCollapsed,
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return cleanSettings(got[KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = cleanSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `fn` whenever settings change in any part of the extension. Returns an unsubscribe function. */
export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) fn(cleanSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
