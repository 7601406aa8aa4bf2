/** User settings, kept in browser.storage.local under the key "settings". */
import type { Tag } from './analysis';

export interface Settings {
  /** Analyse news pages automatically (needs the optional host permission). */
  autoAnalyze: boolean;
  /** Host names auto-analysis runs on; empty = every site the permission covers. */
  autoSites: string[];
  /** Host names where Sourcelight never runs. */
  disabledSites: string[];
  /** Tags highlighted in pages (claims of other tags are still counted). */
  shownTags: Tag[];
  /** Highlight colour per tag (CSS colour). */
  colors: Record<Tag, string>;
  /** The in-page legend is collapsed. */
  legendCollapsed: boolean;
}

export const DEFAULT_COLORS: Record<Tag, string> = {
  'named-person': '#2f7de1',
  organization: '#8a4fd8',
  media: '#1e9e6a',
  anonymous: '#e0590b',
  document: '#b8860b',
  unattributed: '#d0315a',
};

export const DEFAULT_SETTINGS: Settings = {
  autoAnalyze: false,
  autoSites: [],
  disabledSites: [],
  shownTags: ['named-person', 'organization', 'media', 'anonymous', 'document', 'unattributed'],
  colors: DEFAULT_COLORS,
  legendCollapsed: false,
};
