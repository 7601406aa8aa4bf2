/**
 * Everything the popup asks of the browser and the background, as one
 * interface: the components take it as a prop, so unit tests can render them in
 * Node with a fake, and only browser-api.ts touches `browser.*`.
 */
import type { ContentState, MessageType, Protocol, Response } from '../types/messages';
import type { ClaimRecord } from '../types/records';
import type { Settings } from '../types/settings';

export const EXPORT_FORMATS = ['json', 'jsonld', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ImportResult {
  added: number;
  updated: number;
  /** Already in the library in the same or a newer version. */
  unchanged: number;
}

export interface PopupApi {
  send<T extends MessageType>(type: T, payload: Protocol[T]['req']): Promise<Response<T>>;
  /** The tab the popup is about: ?tab=<id>, else the active tab of the current window. */
  targetTabId(): Promise<number | null>;
  /** The content script's report; rejects when there is no content script in the tab. */
  contentState(tabId: number): Promise<ContentState>;
  scrollToClaim(tabId: number, index: number): Promise<void>;
  openTab(url: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Every saved claim, newest first. */
  loadClaims(): Promise<ClaimRecord[]>;
  /** The newest `limit` claims: a first screen in a few ms while loadClaims() reads the rest. */
  loadRecentClaims(limit: number): Promise<ClaimRecord[]>;
  /** The file contents of an export of `claims` (null = the whole library). */
  exportFile(format: ExportFormat, claims: ClaimRecord[] | null): Promise<{ name: string; type: string; text: string }>;
  /**
   * True when a file dialog would close this page: Firefox closes its toolbar
   * popup when one opens, the file picker of Import or the dialog asking where
   * to save an export ("Always ask you where to save files", a preference an
   * extension cannot read), and an export's Blob URL dies with the popup. So in
   * Firefox's popup import and export run from the Library in a tab.
   */
  filePickerClosesPage(): Promise<boolean>;
  /** Opens popup.html in a tab with these query parameters (see library-link.ts, e.g. "view=library&import=1"). */
  openPopupInTab(query: string): Promise<void>;
  /** Merges an export of ours; rejects with a readable message and changes nothing when the file is not one. */
  importFile(text: string): Promise<ImportResult>;
  loadSettings(): Promise<Settings>;
  onSettingsChanged(fn: (s: Settings) => void): () => void;
}
