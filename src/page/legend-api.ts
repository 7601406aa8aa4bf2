/**
 * The hand-over between content.js and legend.js, the legend's code. The
 * legend is drawn after the highlights, in an idle moment, and only on pages
 * that are articles: its code loads then (script-loaders.ts), while the
 * engine and the highlights start sooner with a smaller content.js. Like
 * anchor.js, legend.js runs in the extension's isolated world of our frame and
 * registers its code there.
 */
import type { LegendActions, LegendView } from './ui/legend';
import { scriptSlot } from './script-slot';

export const LEGEND_GLOBAL = '__sourcelightLegend';

/** Makes the legend; its own rules go into `root` (the shadow root it is drawn in). */
export type LegendFactory = (doc: Document, actions: LegendActions, root: ShadowRoot) => LegendView;

const slot = scriptSlot<LegendFactory>(LEGEND_GLOBAL);

export const legendFactory = slot.get;

export const provideLegend = slot.provide;
