/**
 * CSS for the claim card and the legend, adopted into their closed shadow
 * roots. Colours follow the reader's light/dark preference; the page's own
 * styles cannot reach these elements.
 */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.sl {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5d66; --line: #d5d7de; --accent: #1a5fd0; --btn: #f2f3f6;
  color: var(--fg); background: var(--bg);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22);
  text-align: left; letter-spacing: normal; text-transform: none; font-weight: 400;
}
@media (prefers-color-scheme: dark) {
  .sl { --bg: #1f2026; --fg: #ececf1; --muted: #a7a9b4; --line: #3a3c46; --accent: #7fb0ff; --btn: #2c2e37; }
}
.sl :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.card { position: fixed; width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto; padding: 10px 12px 12px; }
.card:focus { outline: 2px solid var(--accent); }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.tag { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; }
.swatch { display: inline-block; width: 22px; height: 12px; border-radius: 2px; text-decoration-thickness: 2px; line-height: 8px; font-size: 10px; color: transparent; }
.count { color: var(--muted); font-size: 12px; margin-left: auto; }
.close { border: 0; background: transparent; color: var(--fg); font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.close:hover { background: var(--btn); }
.sentence { margin: 4px 0 8px; padding-left: 8px; border-left: 3px solid var(--line); color: var(--fg); max-height: 7.5em; overflow: auto; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.meter { display: inline-block; vertical-align: middle; width: 60px; height: 6px; background: var(--line); border-radius: 3px; overflow: hidden; margin-right: 6px; }
.meter > span { display: block; height: 100%; background: var(--accent); }
label { display: block; color: var(--muted); margin: 4px 0 2px; }
textarea, select { width: 100%; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 4px 6px; }
textarea { min-height: 48px; resize: vertical; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button.b { font: inherit; color: var(--fg); background: var(--btn); border: 1px solid var(--line); border-radius: 5px; padding: 4px 9px; cursor: pointer; }
button.b:hover { border-color: var(--accent); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); font-weight: 600; }
button.b[disabled] { opacity: .6; cursor: default; }
.status { min-height: 1.2em; margin-top: 6px; color: var(--muted); }
.saved { color: var(--accent); font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
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
