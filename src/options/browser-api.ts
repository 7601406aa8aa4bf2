/** The real OptionsApi. */
import browser from 'webextension-polyfill';
import { send } from '../background/client';
import { getDb } from '../storage';
import { loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';
import type { OptionsApi } from './api';

const COMMAND_LABELS: Record<string, string> = {
  _execute_action: 'Open Sourcelight for this page',
  _execute_browser_action: 'Open Sourcelight for this page',
};

export function browserOptionsApi(): OptionsApi {
  const isFirefox = browser.runtime.getURL('').startsWith('moz-extension:');
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  return {
    loadSettings,
    async saveSettings(patch) {
      const next = await saveSettings(patch);
      // Open pages re-read their highlight settings when the background tells them to.
      await send('settings/changed', {}).catch(() => null);
      return next;
    },
    onSettingsChanged,
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    async removeOrigins(origins) {
      await browser.permissions.remove({ origins }).catch(() => false);
    },
    async shortcuts() {
      const all = await browser.commands.getAll();
      return all.map((c) => ({
        name: c.name ?? '',
        description: c.description || COMMAND_LABELS[c.name ?? ''] || c.name || '',
        shortcut: c.shortcut ?? '',
      }));
    },
    openShortcutSettings: typeof commands.openShortcutSettings === 'function' ? () => commands.openShortcutSettings!() : isFirefox ? null : async () => {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },
    browserName: isFirefox ? 'firefox' : 'chrome',
    async claimCount() {
      return (await getDb()).count('claims');
    },
    async deleteAllData() {
      await send('data/deleteAll', { confirm: 'delete-all' });
    },
  };
}
