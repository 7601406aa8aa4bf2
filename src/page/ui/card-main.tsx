/**
 * card.js: the claim card with Preact, injected by the background on the
 * content script's first 'card/load' (see card-loader.ts). It only registers
 * its renderer; content.js calls it.
 */
import { render } from 'preact';
import { citationText, claimDraft } from '../citation';
import { ClaimCard } from './card';
import { provideCardRenderer } from './card-api';
import { CARD_CSS } from './card-styles';
import { addStyles } from './host';
import { SHARED_CSS } from './styles';

provideCardRenderer({
  render(root, mount, card) {
    if (card) {
      addStyles(root, SHARED_CSS);
      addStyles(root, CARD_CSS);
    }
    render(card ? <ClaimCard model={card.model} actions={card.actions} colors={card.colors} /> : null, mount);
  },
  claimDraft,
  citationText,
});
