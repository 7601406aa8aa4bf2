/**
 * legend.js: the floating legend and its rules, injected by the background on
 * the content script's request (script-loaders.ts) once a page's claims are
 * painted. It only registers its code; content.js draws it (ui/app.ts).
 */
import { provideLegend } from './legend-api';
import { addStyles } from './ui/host';
import { createLegend } from './ui/legend';
import { LEGEND_CSS } from './ui/legend-styles';
import { SHARED_CSS } from './ui/styles';

provideLegend((doc, actions, root) => {
  addStyles(root, SHARED_CSS);
  addStyles(root, LEGEND_CSS);
  return createLegend(doc, actions);
});
