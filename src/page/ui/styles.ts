/**
 * CSS of our closed shadow root. UI_CSS is what content.js draws there itself:
 * the live region that speaks to screen readers, out of sight. SHARED_CSS is
 * the look the legend and the claim card build on (colours follow the reader's
 * light/dark preference; the page's own styles cannot reach these elements):
 * legend.js and card.js add it, whichever draws first, before their own rules
 * (legend-styles.ts, card-styles.ts), so content.js does not carry it.
 */
export const UI_CSS = `
:host { all: initial; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export const SHARED_CSS = `
* { box-sizing: border-box; }
.sl {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5d66; --line: #d5d7de; --accent: #1a5fd0; --btn: #f2f3f6;
  color: var(--fg); background: var(--bg);
  font: 13px/1.4 system-ui, sans-serif;
  border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22);
  text-align: left; letter-spacing: normal; text-transform: none; font-weight: 400;
}
@media (prefers-color-scheme: dark) {
  .sl { --bg: #1f2026; --fg: #ececf1; --muted: #a7a9b4; --line: #3a3c46; --accent: #7fb0ff; --btn: #2c2e37; }
}
.sl :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.swatch { display: inline-block; width: 22px; height: 12px; border-radius: 2px; text-decoration-thickness: 2px; line-height: 8px; font-size: 10px; color: transparent; }
.close { border: 0; background: transparent; color: var(--fg); font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.close:hover { background: var(--btn); }
button.b { font: inherit; color: var(--fg); background: var(--btn); border: 1px solid var(--line); border-radius: 5px; padding: 4px 9px; cursor: pointer; }
button.b:hover { border-color: var(--accent); }
button.b[disabled] { opacity: .6; cursor: default; }
`;
