/**
 * The message router: one entry for every runtime message. It checks the
 * sender, validates the message (validate.ts), calls the handler and wraps the
 * outcome as Reply<T>, so errors cross the boundary as data.
 */
import type { MessageType, Reply, Request, Response } from '../types/messages';
import { classifySender, type SenderLike } from './sender';
import { CONTENT_ONLY_TYPES, CONTENT_TYPES, validateMessage } from './validate';

export interface HandlerContext {
  /** The tab of a content-script sender (null for extension pages). */
  tabId: number | null;
  /** The frame of a content-script sender (0 is the tab's top frame); absent for extension pages. */
  frameId?: number;
  senderKind: 'extension-page' | 'content-script';
}

export type Handlers = {
  [T in MessageType]: (msg: Request<T>, ctx: HandlerContext) => Promise<Response<T>>;
};

export interface RouterOptions {
  runtimeId: string;
  extensionBase: string;
  /** Messages left for another listener (the test hooks): no reply from the router. */
  passThrough?: (type: string) => boolean;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)) || 'Unknown error';

/**
 * Returns the onMessage listener: a Promise of the Reply, or undefined for
 * messages it leaves to other listeners.
 */
export function createRouter(handlers: Handlers, opts: RouterOptions) {
  return (msg: unknown, sender: SenderLike): Promise<Reply<MessageType>> | undefined => {
    const type = (msg as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && opts.passThrough?.(type)) return undefined;
    const kind = classifySender(sender, opts.runtimeId, opts.extensionBase);
    if (kind === 'foreign') return Promise.resolve({ ok: false, error: 'Message refused: it did not come from Sourcelight' });
    const v = validateMessage(msg);
    if (!v.ok) return Promise.resolve({ ok: false, error: v.error });
    const m = v.value;
    if (kind === 'content-script' && !CONTENT_TYPES.has(m.type)) {
      return Promise.resolve({ ok: false, error: `Message refused: ${m.type} may not be sent from a web page` });
    }
    if (kind === 'extension-page' && CONTENT_ONLY_TYPES.has(m.type)) {
      return Promise.resolve({ ok: false, error: `Message refused: ${m.type} comes from the content script only` });
    }
    const ctx: HandlerContext = { tabId: kind === 'content-script' ? (sender.tab?.id ?? null) : null, senderKind: kind };
    if (kind === 'content-script' && typeof sender.frameId === 'number') ctx.frameId = sender.frameId;
    const handler = handlers[m.type] as (msg: Request, ctx: HandlerContext) => Promise<Response<MessageType>>;
    return Promise.resolve()
      .then(() => handler(m, ctx))
      .then(
      (value): Reply<MessageType> => ({ ok: true, value }),
      (e: unknown): Reply<MessageType> => ({ ok: false, error: errorText(e) }),
    );
  };
}
