/**
 * `npx tsx scripts/check-gold.ts FILE.gold.json...`: checks a gold file's shape
 * without running the engine (so a labeller can use it before the engine has
 * seen the text): valid fields for every sentence, and the sentences cover the
 * .txt in order with nothing but whitespace between them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TAGS, type GoldFile } from '../src/types/analysis';

const QUOTES = ['direct', 'partial', 'indirect', 'none'];

export function checkGold(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  let at = 0;
  gold.sentences.forEach((s, i) => {
    const where = `sentence ${i + 1} (${JSON.stringify(s.text?.slice(0, 50))})`;
    if (typeof s.text !== 'string' || !s.text.trim()) return void problems.push(`${where}: no text`);
    const found = text.indexOf(s.text, at);
    if (found < 0) problems.push(`${where}: not found verbatim in the text after the previous sentence`);
    else {
      const gap = text.slice(at, found);
      if (gap.trim()) problems.push(`${where}: text skipped before it: ${JSON.stringify(gap.trim().slice(0, 80))}`);
      at = found + s.text.length;
    }
    if (typeof s.claim !== 'boolean') problems.push(`${where}: claim must be true or false`);
    if (!s.claim) return;
    if (!s.tag || !(TAGS as readonly string[]).includes(s.tag)) problems.push(`${where}: bad tag ${s.tag}`);
    if (!s.quote || !QUOTES.includes(s.quote)) problems.push(`${where}: bad quote ${s.quote}`);
    if (typeof s.hedged !== 'boolean') problems.push(`${where}: hedged must be a boolean`);
    if (!('via' in s) || (s.via !== null && typeof s.via !== 'string')) problems.push(`${where}: via must be a string or null`);
    if (s.tag === 'unattributed') {
      if (s.source !== null) problems.push(`${where}: unattributed needs source null`);
      if (s.quote !== "none") problems.push(`${where}: unattributed claims have quote "none"`);
    } else {
      if (typeof s.source !== 'string' || !s.source) problems.push(`${where}: ${s.tag} needs a source`);
      if (typeof s.cue !== 'string' && s.cue !== null) problems.push(`${where}: cue must be a string or null`);
    }
    if (s.sourceMention !== undefined && s.sourceMention === s.source) problems.push(`${where}: sourceMention only when it differs from source`);
  });
  const rest = text.slice(at);
  if (rest.trim()) problems.push(`text left after the last sentence: ${JSON.stringify(rest.trim().slice(0, 80))}`);
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('check-gold.ts')) {
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as GoldFile & { text?: string };
    const txt = path.join(path.dirname(file), gold.text ?? path.basename(file).replace(/\.gold\.json$/, '.txt'));
    const problems = checkGold(gold, readFileSync(txt, 'utf8'));
    console.log(`${file}: ${gold.sentences.length} sentences, ${gold.sentences.filter((s) => s.claim).length} claims, ${problems.length ? problems.length + ' problem(s)' : 'OK'}`);
    for (const p of problems) console.log('  ' + p);
    if (problems.length) bad++;
  }
  process.exit(bad ? 1 : 0);
}
