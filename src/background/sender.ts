/** Who sent a runtime message: one of our extension pages, our content script, or someone we do not answer. Pure. */

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** The sending frame within the tab (runtime.MessageSender.frameId). */
  frameId?: number;
}

/**
 * Our pages have URLs under the extension's base (chrome-extension://id/,
 * moz-extension://uuid/); our content scripts run in a tab on any other URL.
 */
export function classifySender(sender: SenderLike, runtimeId: string, extensionBase: string): SenderKind {
  if (!sender || sender.id !== runtimeId) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionBase)) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content-script';
  return 'foreign';
}
