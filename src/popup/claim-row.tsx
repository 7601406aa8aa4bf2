/** One saved claim in the library list: collapsed (fixed height) or being edited. */
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimRecord, UserTag } from '../types/records';
import { effectiveTag } from '../storage/query';
import { claimLink } from './text-fragment';
import { TAG_LABELS, USER_TAG_LABELS, USER_TAGS } from './tags';

export const ROW_HEIGHT = 100;
export const EDIT_HEIGHT = 272;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface ClaimRowProps {
  claim: ClaimRecord;
  index: number;
  editing: boolean;
  /** No edit or delete (the library is still loading). */
  readOnly?: boolean;
  onOpen: (claim: ClaimRecord) => void;
  onEdit: (claim: ClaimRecord) => void;
  onCancel: () => void;
  onSave: (claim: ClaimRecord, patch: { note: string; userTag: UserTag | null }) => void;
  onDelete: (claim: ClaimRecord, index: number) => void;
  /** Arrow keys: move to the row `delta` away. */
  onMove: (index: number, delta: number) => void;
}

const isField = (el: EventTarget | null) => el instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);

export function ClaimRow(p: ClaimRowProps) {
  const { claim } = p;
  const tag = effectiveTag(claim);
  const link = /^https?:\/\//i.test(claim.pageUrl) ? claimLink(claim.pageUrl, claim.anchor?.exact || claim.text) : null;
  const rowId = `claim-${claim.id}`;

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (isField(e.target)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      p.onMove(p.index, e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <article class={`claim-row tag-edge-${tag}`} aria-labelledby={`${rowId}-text`} onKeyDown={onKeyDown} data-claim-id={claim.id}>
      <div class="row-head">
        <span class={`chip tag-bg-${tag}`}>{USER_TAG_LABELS[tag]}</span>
        {claim.userTag && claim.userTag !== claim.tag && (
          <span class="corrected" title={`Detected as ${TAG_LABELS[claim.tag]}`}>corrected</span>
        )}
        <span class="row-source">{claim.source ?? 'no source'}</span>
        {!p.editing && !p.readOnly && (
          <span class="row-actions">
            <button type="button" class="small" onClick={() => p.onEdit(claim)} aria-label="Edit note and tag" data-action="edit">
              Edit
            </button>
            <button type="button" class="small danger" onClick={() => p.onDelete(claim, p.index)} aria-label="Delete claim" data-action="delete">
              Delete
            </button>
          </span>
        )}
      </div>
      {link ? (
        <a
          id={`${rowId}-text`}
          class="claim-text"
          href={link}
          target="_blank"
          rel="noopener noreferrer"
          data-row-focus
          title="Open the page at this claim"
          onClick={(e) => {
            e.preventDefault();
            p.onOpen(claim);
          }}
        >
          {claim.text}
        </a>
      ) : (
        <p id={`${rowId}-text`} class="claim-text" tabIndex={0} data-row-focus>
          {claim.text}
        </p>
      )}
      <div class="row-meta">
        <span class="row-site" title={claim.pageTitle}>{claim.site}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={new Date(claim.savedAt).toISOString()}>{dateFormat.format(claim.savedAt)}</time>
        {claim.note && !p.editing && (
          <>
            <span aria-hidden="true"> · </span>
            <span class="row-note">
              <span class="visually-hidden">Note: </span>
              {claim.note}
            </span>
          </>
        )}
      </div>
      {p.editing && <EditForm {...p} />}
    </article>
  );
}

function EditForm({ claim, onCancel, onSave }: ClaimRowProps) {
  const [note, setNote] = useState(claim.note);
  const [userTag, setUserTag] = useState<UserTag | ''>(claim.userTag ?? '');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  const id = `edit-${claim.id}`;
  const submit = (e?: Event) => {
    e?.preventDefault();
    onSave(claim, { note, userTag: userTag === '' ? null : userTag });
  };
  return (
    <form
      class="edit-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
      }}
    >
      <label for={`${id}-tag`}>Tag</label>
      <select id={`${id}-tag`} value={userTag} onChange={(e) => setUserTag(e.currentTarget.value as UserTag | '')}>
        <option value="">As detected: {TAG_LABELS[claim.tag]}</option>
        {USER_TAGS.map((t) => (
          <option key={t} value={t}>
            {USER_TAG_LABELS[t]}
          </option>
        ))}
      </select>
      <label for={`${id}-note`}>Note</label>
      <textarea id={`${id}-note`} ref={noteRef} rows={3} maxLength={20_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="edit-buttons">
        <button type="submit" class="primary">Save</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
