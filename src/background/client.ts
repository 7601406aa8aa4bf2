/**
 * The typed sender for the message protocol (src/types/messages.ts), used by
 * the content script, popup and options. Errors come back as data and are
 * re-thrown here as Error so callers can try/catch.
 */
import browser from 'webextension-polyfill';
import type { MessageType, Protocol, Reply, Response } from '../types/messages';

export async function send<T extends MessageType>(type: T, payload: Protocol[T]['req']): Promise<Response<T>> {
  const reply = (await browser.runtime.sendMessage({ type, ...payload })) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer from the background to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
