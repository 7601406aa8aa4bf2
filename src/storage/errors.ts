/**
 * Storage failures the user can act on, turned into messages that say what
 * happened and what to do. Everything else keeps its own message.
 */

export type StorageErrorKind = 'quota' | 'blocked' | 'closed' | 'outdated' | 'unavailable' | 'import' | 'not-found';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export const QUOTA_MESSAGE =
  'Sourcelight could not save: the browser’s storage for this extension is full. ' +
  'Free some disk space, or export and delete old claims in the Library, then try again.';
export const BLOCKED_MESSAGE =
  'Sourcelight’s saved claims are being upgraded to a new format, but an older Sourcelight page is still open. ' +
  'Close the other Sourcelight tabs and popups (or restart the browser) and try again.';
export const CLOSED_MESSAGE =
  'Sourcelight’s database was closed by the browser (it may be upgrading or low on space). Try again.';
export const OUTDATED_MESSAGE =
  'Sourcelight has been updated and its saved claims now use a newer format. Close this page and open it again.';
export const UNAVAILABLE_MESSAGE =
  'Sourcelight cannot open its database: IndexedDB is not available here (a private window may block it).';

function nameOf(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && typeof (e as { name: unknown }).name === 'string') return (e as { name: string }).name;
  return '';
}

/** True for a quota failure however the engine reports it (Chrome, Firefox, Safari, fake-indexeddb). */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const inner = e && typeof e === 'object' && 'cause' in e ? (e as { cause: unknown }).cause : null;
  return inner ? isQuotaError(inner) : false;
}

/** Any error thrown by IndexedDB -> the error to show. */
export function toStorageError(e: unknown): Error {
  if (e instanceof StorageError) return e;
  if (isQuotaError(e)) return new StorageError('quota', QUOTA_MESSAGE);
  const name = nameOf(e);
  if (name === 'VersionError') return new StorageError('outdated', OUTDATED_MESSAGE);
  if (name === 'InvalidStateError' && /clos/i.test(String((e as Error).message))) return new StorageError('closed', CLOSED_MESSAGE);
  if (e instanceof Error) return e;
  return new Error(String(e));
}

/** Runs a storage operation, translating its failures. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toStorageError(e);
  }
}
