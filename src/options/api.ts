/** What the options page asks of the browser, as an interface so tests can render it with a fake. */
import type { Settings } from '../types/settings';

export interface ShortcutInfo {
  name: string;
  description: string;
  /** '' when the user (or the browser) left it unset. */
  shortcut: string;
}

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  onSettingsChanged(fn: (s: Settings) => void): () => void;
  /**
   * Asks for host permissions. Must be called synchronously inside the click
   * handler: browsers only show the prompt during a user gesture.
   */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Gives back host permissions (those the browser lets go; required ones stay). */
  removeOrigins(origins: string[]): Promise<void>;
  shortcuts(): Promise<ShortcutInfo[]>;
  /** Opens the browser's shortcut editor, when it has an API for that. */
  openShortcutSettings: (() => Promise<void>) | null;
  browserName: 'chrome' | 'firefox';
  /** Number of saved claims, for the confirmation. */
  claimCount(): Promise<number>;
  deleteAllData(): Promise<void>;
}
