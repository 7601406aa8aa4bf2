/**
 * The legend's own rules, on top of the shared look (styles.ts): they travel
 * with the legend in legend.js and are added to our shadow root when it is
 * first drawn.
 */
export const LEGEND_CSS = `
.legend { position: fixed; right: 12px; bottom: 12px; width: 220px; padding: 6px 8px; font-size: 12px; }
.legend.collapsed { width: auto; }
.legend header { display: flex; align-items: center; gap: 6px; }
.legend header button.toggle { flex: 1; text-align: left; border: 0; background: transparent; color: var(--fg); font: inherit; font-weight: 600; cursor: pointer; padding: 2px; }
.legend ul { list-style: none; margin: 4px 0 0; padding: 0; }
.legend li label { display: flex; align-items: center; gap: 6px; color: var(--fg); margin: 0; padding: 2px 0; cursor: pointer; }
.legend li .n { margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
.legend .nav { display: flex; gap: 4px; margin-top: 4px; }
.legend .nav button { flex: 1; }
.legend .note { color: var(--muted); margin-top: 4px; }
`;
