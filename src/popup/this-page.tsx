/** "This page": what Sourcelight found in the tab the popup was opened on. */
import { useEffect, useState } from 'preact/hooks';
import type { ContentClaimSummary, ContentState } from '../types/messages';
import type { PopupApi } from './api';
import { watchPage, type PageView } from './page-status';
import { groupBySource, plural, profileOf, profileSegments, profileSentence } from './profile';
import { TAG_LABELS } from './tags';
import type { SourcingProfile } from '../types/analysis';

export function ThisPage({ api }: { api: PopupApi }) {
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  useEffect(() => {
    const ctl = new AbortController();
    void watchPage(api, setView, ctl.signal);
    return () => ctl.abort();
  }, [api]);

  switch (view.kind) {
    case 'loading':
      return <p class="status" role="status">Opening…</p>;
    case 'no-tab':
      return <p class="status" role="status">There is no page to analyse in this window.</p>;
    case 'restricted':
      return (
        <div class="notice" role="status">
          <p><strong>Sourcelight can't run on this page.</strong></p>
          <p>Browsers keep extensions out of their own pages (like <code>chrome://</code> or <code>about:</code> pages) and of the add-on stores. Open a news article and try again.</p>
          <p class="detail">{view.detail}</p>
        </div>
      );
    case 'analysing':
      return (
        <p class="status" role="status" aria-busy="true">
          <span class="spinner" aria-hidden="true" /> Analysing this page…{view.slow && ' This is a long page; still working.'}
        </p>
      );
    case 'final':
      return <FinalState api={api} tabId={view.tabId} state={view.state} content={view.content} />;
  }
}

function FinalState({ api, tabId, state, content }: { api: PopupApi; tabId: number; state: ContentState['state']; content: ContentState | null }) {
  if (state.status === 'not-article') {
    return (
      <div class="notice" role="status" data-status="not-article">
        <p><strong>This page doesn't look like an article.</strong></p>
        {state.message && <p>{state.message}</p>}
        <p class="detail">Nothing was highlighted or changed on the page.</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class="notice notice-error" role="alert" data-status="error">
        <p><strong>Sourcelight could not analyse this page.</strong></p>
        <p>{state.message ?? 'Unknown error.'}</p>
      </div>
    );
  }
  const claims = content?.claims ?? [];
  const profile = state.profile ?? profileOf(claims);
  return (
    <div class="page-report" data-status={state.status}>
      {state.page?.title && <h2 class="page-title">{state.page.title}</h2>}
      <ProfileBar profile={profile} />
      <WhoSaidWhat claims={claims} onPick={(i) => void api.scrollToClaim(tabId, i).catch(() => {})} />
      {content && content.unanchored.length > 0 && (
        <section class="unanchored" aria-labelledby="unanchored-h">
          <h3 id="unanchored-h">
            {plural(content.unanchored.length, 'saved claim')} could not be found on the page
          </h3>
          <p class="detail">The page may have changed since you saved {content.unanchored.length === 1 ? 'it' : 'them'}. They stay in your library.</p>
          <ul>
            {content.unanchored.map((u) => (
              <li key={u.id}>{u.text}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function ProfileBar({ profile }: { profile: SourcingProfile }) {
  const segments = profileSegments(profile);
  return (
    <section class="profile" aria-labelledby="profile-h">
      <h3 id="profile-h" class="profile-sentence">{profileSentence(profile)}</h3>
      {segments.length > 0 && (
        <>
          {/* The sentence above says the same to screen readers; the bar is a picture of it. */}
          <div class="stack" aria-hidden="true">
            {segments.map((s) => (
              <span key={s.tag} class={`stack-seg tag-bg-${s.tag}`} style={{ width: `${s.percent}%` }} title={`${s.count} ${TAG_LABELS[s.tag]}`} />
            ))}
          </div>
          <ul class="legend" aria-hidden="true">
            {segments.map((s) => (
              <li key={s.tag}>
                <span class={`dot tag-bg-${s.tag}`} />
                {TAG_LABELS[s.tag]} <b>{s.count}</b>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function WhoSaidWhat({ claims, onPick }: { claims: ContentClaimSummary[]; onPick: (index: number) => void }) {
  if (claims.length === 0) return null;
  const groups = groupBySource(claims);
  return (
    <section class="who" aria-labelledby="who-h">
      <h3 id="who-h">Who said what</h3>
      {groups.map((g) => (
        <section class="source-group" key={g.source ?? '\0unattributed'} aria-label={g.source ?? 'Unattributed'}>
          <h4 class="source-name">
            {g.tag && <span class={`dot tag-bg-${g.tag}`} aria-hidden="true" />}
            {g.source ?? 'Unattributed (the writer’s own assertions)'}
            {g.tag && g.source !== null && <span class="source-tag"> · {TAG_LABELS[g.tag]}</span>}
            <span class="count"> ({g.claims.length})</span>
          </h4>
          <ul class="source-claims">
            {g.claims.map((c) => (
              <li key={c.index}>
                <button type="button" class={`page-claim tag-edge-${c.tag}`} onClick={() => onPick(c.index)} data-index={c.index}>
                  <span class="visually-hidden">{TAG_LABELS[c.tag]}: </span>
                  <span class="page-claim-text">{c.text}</span>
                  {(c.via || c.hedged) && (
                    <span class="page-claim-meta">
                      {c.via && <>via {c.via}</>}
                      {c.via && c.hedged && ' · '}
                      {c.hedged && 'hedged'}
                    </span>
                  )}
                  {c.savedId && <span class="saved-mark">saved</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
