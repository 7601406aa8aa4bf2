/** Words for tags as the popup, the options page and exports show them to people. */
import { TAG_LABELS, TAGS, type Tag } from '../types/analysis';
import type { UserTag } from '../types/records';

export { TAG_LABELS };

export const USER_TAG_LABELS: Record<UserTag, string> = { ...TAG_LABELS, 'not-a-claim': 'not a claim' };

/** Every value the user can give a claim, in menu order. */
export const USER_TAGS: UserTag[] = [...TAGS, 'not-a-claim'];

/** CSS custom properties carrying the user's tag colours (set on the page root). */
export function tagColorVars(colors: Record<Tag, string>): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const t of TAGS) vars[`--tag-${t}`] = colors[t];
  return vars;
}
