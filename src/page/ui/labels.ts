/** Words and marks for tags as the page UI shows them (colour plus underline style, never colour alone). */
import { TAG_LABELS, TAGS, type QuoteKind, type Tag } from '../../types/analysis';
import type { UserTag } from '../../types/records';

/** The shared labels, capitalised: the card and legend start a line with them. */
export const TAG_LABEL = Object.fromEntries(
  TAGS.map((t) => [t, TAG_LABELS[t][0].toUpperCase() + TAG_LABELS[t].slice(1)]),
) as Record<Tag, string>;

/** Matches extension/content.css: the underline each tag gets in the page. */
export const TAG_DECORATION: Record<Tag, string> = {
  'named-person': 'underline solid',
  organization: 'underline double',
  media: 'underline dotted',
  anonymous: 'underline wavy',
  document: 'underline dashed',
  unattributed: 'overline solid',
};

export const QUOTE_LABEL: Record<QuoteKind, string> = {
  direct: 'direct quotation',
  partial: 'partial quotation',
  indirect: 'reported speech',
  none: 'no quotation',
};

export const USER_TAG_LABEL = (t: UserTag): string => (t === 'not-a-claim' ? 'Not a claim' : TAG_LABEL[t]);
