/**
 * The extraction's case-insensitive patterns run without the i flag on
 * foldCase(text) (patterns.ts). These check, over every code point, the
 * facts that make that exactly what the /iu patterns matched, and compare the
 * patterns themselves on real-looking lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CALL_TO_ACTION, CONTACT_TEXT, CREDIT_TEXT, foldCase } from '../../src/extract/patterns';

function* codePoints(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield String.fromCodePoint(cp);
}

test('foldCase maps each character to what /iu compares an ASCII letter or \\w with, and nothing else', () => {
  const asciiLetterIU = /^[a-z]$/iu;
  const wordIU = /^\w$/iu;
  for (const ch of codePoints()) {
    const f = foldCase(ch);
    assert.equal(f.length, ch.length, 'lengths are kept (anchors and offsets)');
    if (asciiLetterIU.test(ch)) {
      assert.match(f, /^[a-z]$/, `U+${ch.codePointAt(0)!.toString(16)} folds to an ASCII letter`);
      assert.ok(new RegExp(`^${f}$`, 'iu').test(ch), `U+${ch.codePointAt(0)!.toString(16)}`);
    } else assert.equal(f, ch, `U+${ch.codePointAt(0)!.toString(16)} is left alone`);
    assert.equal(/^\w$/u.test(f), wordIU.test(ch), `\\w on U+${ch.codePointAt(0)!.toString(16)}`);
  }
});

test('punctuation in the patterns matches only itself under /iu', () => {
  const punct = /^[ -@[-`{-~©]$/iu;
  for (const ch of codePoints()) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp <= 0x7e && !/[A-Za-z]/.test(ch)) continue;
    if (ch === '©') continue;
    assert.equal(punct.test(ch), false, `U+${cp.toString(16)}`);
  }
});

test('[\\p{L}\\u0345] on folded text is [\\p{L}] under /iu', () => {
  const iu = /^[\p{L} .'-]$/iu;
  const folded = /^[\p{L}\u0345 .'-]$/u;
  for (const ch of codePoints()) assert.equal(folded.test(foldCase(ch)), iu.test(ch), `U+${ch.codePointAt(0)!.toString(16)}`);
});

test('the folded patterns agree with their /iu originals on real-looking lines', () => {
  const iu = (re: RegExp) => new RegExp(re.source.replaceAll('\\u0345', ''), 'iu');
  const lines = [
    'READ MORE: How the vote was counted', 'Read more', 'More on Ukraine', 'MORE ON İSTANBUL', 'More on ſtuff', 'Sign Up for our newsletter',
    'Get The Morning Newsletter', 'FacebookTwitterLinkedIn', 'Read the President’s remarks as prepared:', 'Read his full statement here:',
    'Photo: John Smith/Reuters', 'PHOTOGRAPHS BY ANNA LEE:', '(Photo by AFP)', 'A man walks past. Getty Images', 'AP Photo/Evan Vucci',
    'Image caption The crowd', 'Jane Doe can be reached at jdoe@example.com.', 'Contributing: Kim Bellware', 'JANE DOE (jane.doe@EXAMPLE.COM)',
    'Follow her on Twitter', 'This story has been updated.', '(END)', 'The minister said the talks would resume on Monday.',
    'K\u212aelvin', 'Email him at \u212aey@x.org', 'Tell us what you think', '© 2024 All rights reserved', 'Copyright 2025',
  ];
  for (const re of [CALL_TO_ACTION, CONTACT_TEXT, CREDIT_TEXT]) {
    const orig = iu(re);
    let hits = 0;
    for (const l of lines) {
      const want = orig.test(l);
      assert.equal(re.test(foldCase(l)), want, `${re.source.slice(0, 30)}… on ${JSON.stringify(l)}`);
      if (want) hits++;
    }
    assert.ok(hits >= 2, 'the lines exercise each pattern');
  }
});
