/** The claim card's own CSS: it ships in card.js and is added to the shadow root when the card first draws. */
export const CARD_CSS = `
.card { position: fixed; width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto; padding: 10px 12px 12px; }
.card:focus { outline: 2px solid var(--accent); }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.tag { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; }
.count { color: var(--muted); font-size: 12px; margin-left: auto; }
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
button.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); font-weight: 600; }
.status { min-height: 1.2em; margin-top: 6px; color: var(--muted); }
.saved { color: var(--accent); font-weight: 600; }
`;
