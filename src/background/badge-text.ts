/** What the toolbar badge shows for a tab's state. Pure. */
import type { TabState } from '../types/messages';

export interface BadgeLook {
  text: string;
  color: string;
  title: string | null;
}

export const BADGE_COLORS = {
  done: '#1d4f91',
  analysing: '#6b7280',
  error: '#b42318',
} as const;

export function badgeFor(state: TabState | null): BadgeLook {
  if (!state) return { text: '', color: BADGE_COLORS.done, title: null };
  switch (state.status) {
    case 'analysing':
      return { text: '…', color: BADGE_COLORS.analysing, title: 'Sourcelight: reading the article…' };
    case 'done': {
      const n = state.claimCount ?? 0;
      return {
        text: n > 999 ? '999+' : String(n),
        color: BADGE_COLORS.done,
        title: `Sourcelight: ${n} claim${n === 1 ? '' : 's'} on this page`,
      };
    }
    case 'not-article':
      return { text: '', color: BADGE_COLORS.done, title: 'Sourcelight: this page does not look like an article' };
    case 'error':
      return { text: '!', color: BADGE_COLORS.error, title: `Sourcelight: ${state.message ?? 'something went wrong'}` };
  }
}
