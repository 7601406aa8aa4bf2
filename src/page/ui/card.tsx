/**
 * The claim card: what the engine found about one claim, and what the reader
 * can do with it (save with a note, copy with a citation, correct the tag).
 * Rendered by Preact into a closed shadow root; page text only ever enters
 * the DOM as Preact text nodes. Built into card.js (card-main.tsx), which the
 * content script loads the first time a card is needed.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { TAGS, type SentenceResult, type Tag } from '../../types/analysis';
import type { UserTag } from '../../types/records';
import { QUOTE_LABEL, TAG_LABEL, USER_TAG_LABEL } from './labels';
import { swatchStyle } from './swatch';

export interface CardModel {
  /** Position of the claim in the page's claim list, 0-based. */
  index: number;
  total: number;
  sentence: SentenceResult & { tag: Tag };
  savedId: string | null;
  /** Viewport rectangle of the claim, to place the card next to it. */
  anchorRect: { left: number; top: number; right: number; bottom: number };
  /** Move keyboard focus into the card when it opens (keyboard navigation). */
  takeFocus: boolean;
}

export interface CardActions {
  save(note: string): Promise<void>;
  copy(): Promise<void>;
  correct(userTag: UserTag): Promise<void>;
  close(): void;
  step(direction: 1 | -1): void;
  /** The reader started interacting: keep the card open when the pointer leaves. */
  pin(): void;
  pointerInside(inside: boolean): void;
}

const CARD_WIDTH = 360;
const GAP = 8;

function place(rect: CardModel['anchorRect'], height: number): { left: number; top: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const width = Math.min(CARD_WIDTH, vw - 16);
  const left = Math.max(8, Math.min(rect.left, vw - width - 8));
  const below = rect.bottom + GAP;
  const top = below + height <= vh - 8 || rect.top - GAP - height < 8 ? below : rect.top - GAP - height;
  return { left, top: Math.max(8, Math.min(top, vh - Math.min(height, vh - 16) - 8)) };
}

export function Swatch({ tag, color }: { tag: Tag; color: string }) {
  return (
    <span class="swatch" aria-hidden="true" style={swatchStyle(tag, color)}>
      {'\u2003\u2003'}
    </span>
  );
}

export function ClaimCard({ model, actions, colors }: { model: CardModel; actions: CardActions; colors: Record<Tag, string> }) {
  const s = model.sentence;
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState(() => place(model.anchorRect, 260));
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const [userTag, setUserTag] = useState<UserTag>('not-a-claim');

  // A different claim: fresh form.
  useEffect(() => {
    setNote('');
    setStatus('');
    setCorrecting(false);
  }, [model.index, s.start]);

  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight ?? 260;
    setPos(place(model.anchorRect, h));
  }, [model.anchorRect.left, model.anchorRect.top, model.anchorRect.bottom, correcting, status]);

  useEffect(() => {
    if (model.takeFocus) ref.current?.focus();
  }, [model.index, model.takeFocus]);

  const run = async (what: () => Promise<void>, done: string) => {
    actions.pin();
    setBusy(true);
    try {
      await what();
      setStatus(done);
    } catch (e) {
      setStatus('Failed: ' + (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.close();
    } else if (e.key === 'Tab') {
      // Keep Tab inside the card while it is open (it is a non-modal dialog attached to the claim).
      const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, select') ?? []);
      if (!items.length) return;
      const active = (ref.current?.getRootNode() as ShadowRoot).activeElement;
      const i = items.indexOf(active as HTMLElement);
      if (e.shiftKey && (i <= 0)) {
        e.preventDefault();
        items[items.length - 1].focus();
      } else if (!e.shiftKey && i === items.length - 1) {
        e.preventDefault();
        items[0].focus();
      }
    }
    e.stopPropagation();
  };

  const label = TAG_LABEL[s.tag];
  const source = s.source ?? (s.tag === 'unattributed' ? 'the writer (no source given)' : 'unknown');
  return (
    <div
      ref={ref}
      class="sl card"
      role="dialog"
      aria-label={`Claim ${model.index + 1} of ${model.total}: ${label}`}
      aria-describedby="sl-card-sentence"
      tabIndex={-1}
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      onKeyDown={onKeyDown}
      onPointerDown={() => actions.pin()}
      onPointerEnter={() => actions.pointerInside(true)}
      onPointerLeave={() => actions.pointerInside(false)}
      onFocusIn={() => actions.pin()}
    >
      <div class="head">
        <span class="tag">
          <Swatch tag={s.tag} color={colors[s.tag]} />
          {label}
        </span>
        {model.savedId ? <span class="saved">★ Saved</span> : null}
        <span class="count">
          {model.index + 1} / {model.total}
        </span>
        <button type="button" class="close" aria-label="Close (Esc)" title="Close (Esc)" onClick={() => actions.close()}>
          ×
        </button>
      </div>
      <p class="sentence" id="sl-card-sentence">
        {s.text}
      </p>
      <dl>
        <dt>Source</dt>
        <dd>
          {source}
          {s.sourceMention ? ` (“${s.sourceMention}”)` : ''}
        </dd>
        {s.cue ? (
          <>
            <dt>Cue</dt>
            <dd>“{s.cue}”</dd>
          </>
        ) : null}
        {s.via ? (
          <>
            <dt>Via</dt>
            <dd>{s.via}</dd>
          </>
        ) : null}
        <dt>Quote</dt>
        <dd>{QUOTE_LABEL[s.quote ?? 'none']}</dd>
        <dt>Hedged</dt>
        <dd>{s.hedged ? 'yes: the writer signals doubt' : 'no'}</dd>
        <dt>Check-worthy</dt>
        <dd>
          <span class="meter" aria-hidden="true">
            <span style={{ width: `${Math.round(s.checkworthiness * 100)}%` }} />
          </span>
          {Math.round(s.checkworthiness * 100)}%
        </dd>
      </dl>
      <label for="sl-note">Note (optional)</label>
      <textarea id="sl-note" value={note} maxLength={20000} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="button" class="b primary" disabled={busy} onClick={() => run(() => actions.save(note), model.savedId ? 'Saved again with the note.' : 'Saved to your library.')}>
          {model.savedId ? 'Save again' : 'Save'}
        </button>
        <button type="button" class="b" disabled={busy} onClick={() => run(() => actions.copy(), 'Copied with citation.')}>
          Copy with citation
        </button>
        <button type="button" class="b" aria-expanded={correcting} onClick={() => { actions.pin(); setCorrecting(!correcting); }}>
          Not a claim / wrong tag
        </button>
      </div>
      {correcting ? (
        <div>
          <label for="sl-correct">This sentence is</label>
          <select id="sl-correct" value={userTag} onChange={(e) => setUserTag((e.currentTarget as HTMLSelectElement).value as UserTag)}>
            {(['not-a-claim', ...TAGS.filter((t) => t !== s.tag)] as UserTag[]).map((t) => (
              <option value={t} key={t}>
                {USER_TAG_LABEL(t)}
              </option>
            ))}
          </select>
          <div class="actions">
            <button
              type="button"
              class="b"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  await actions.correct(userTag);
                  setCorrecting(false);
                }, `Correction stored: ${USER_TAG_LABEL(userTag)}.`)
              }
            >
              Store correction
            </button>
          </div>
        </div>
      ) : null}
      <div class="status" role="status" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
