/** Export formats (our JSON, Web Annotation, CSV, Markdown) and import: strict, merging, all-or-nothing. */
import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { resolveObjectURL } from 'node:buffer';
import { describe, test } from 'node:test';
import { parseHTML } from 'linkedom';
import { downloadText } from '../../src/popup/download';
import { openDatabase, type Db } from '../../src/storage/db';
import { StorageError } from '../../src/storage/errors';
import { ImportError, buildExport, parseExport, serializeExport } from '../../src/storage/formats/json';
import { csvCell, toCsv } from '../../src/storage/formats/csv';
import { escapeMarkdown, toMarkdown } from '../../src/storage/formats/markdown';
import { toAnnotationCollection, toWebAnnotationJson } from '../../src/storage/formats/web-annotation';
import { deleteClaim, listClaims, listCorrections, listPages, saveClaim, saveCorrection, updateClaim } from '../../src/storage/library';
import { exportData, exportJson, importJson } from '../../src/storage/transfer';
import { ANON, OTHER_PAGE, PAGE, PAGE_KEY, UNATTRIBUTED, draft, freshName, idMaker } from './storage-fixtures';

const WHEN = '2026-11-25T10:00:00.000Z';
const fresh = (): Promise<Db> => openDatabase({ name: freshName() });

/** A small library: three claims on two pages, a profile, a correction, notes with awkward characters. */
async function library(): Promise<Db> {
  const db = await fresh();
  const ids = idMaker('c');
  const profile = { 'named-person': 6, organization: 2, media: 1, anonymous: 3, document: 1, unattributed: 4 };
  await saveClaim(db, PAGE, draft({ note: 'Kremlin line, "no final decisions"\nsee also TASS' }), { now: 1_733_900_000_000, newId: ids, profile });
  await saveClaim(db, PAGE, ANON, { now: 1_733_900_100_000, newId: ids });
  await saveClaim(db, OTHER_PAGE, UNATTRIBUTED, { now: 1_733_800_000_000, newId: ids });
  await updateClaim(db, 'c-2', { userTag: 'organization', note: '=HYPERLINK("http://evil.example","click")' }, { now: 1_733_950_000_000 });
  await saveCorrection(
    db,
    PAGE,
    { text: 'Read more: Syria live', anchor: { exact: 'Read more: Syria live', prefix: '', suffix: '' }, engineTag: 'unattributed', userTag: 'not-a-claim' },
    { now: 1_733_900_200_000, newId: idMaker('k') },
  );
  return db;
}

async function snapshot(db: Db) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    claims: (await listClaims(db)).sort(byId),
    pages: (await listPages(db)).sort((a, b) => a.url.localeCompare(b.url)),
    corrections: (await listCorrections(db)).sort(byId),
  };
}

describe('our JSON export', () => {
  test('export -> import -> export round-trips byte for byte', async () => {
    const text = await exportJson(await library(), { now: WHEN });
    const copy = await fresh();
    const summary = await importJson(copy, text);
    assert.deepEqual(summary, { claimsAdded: 3, claimsUpdated: 0, claimsUnchanged: 0, pagesAdded: 2, pagesUpdated: 0, correctionsAdded: 1 });
    const again = await exportJson(copy, { now: WHEN });
    assert.equal(again, text);
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"format": "sourcelight-export",\n {2}"version": 1,\n {2}"exportedAt": "2026-11-25T10:00:00.000Z",/);
  });

  test('the bytes depend on the data, not on record key order or storage order', async () => {
    const file = await exportData(await library(), { now: WHEN });
    const reversedKeys = <T extends object>(r: T): T => Object.fromEntries(Object.entries(r).reverse()) as T;
    const scrambled = buildExport(
      { pages: [...file.pages].reverse().map(reversedKeys), claims: [...file.claims].reverse().map(reversedKeys), corrections: file.corrections.map(reversedKeys) },
      WHEN,
    );
    assert.notDeepEqual(Object.keys(scrambled.claims[0]), Object.keys(file.claims[0]));
    assert.equal(serializeExport(scrambled), serializeExport(file));
  });

  test('re-importing into the same library changes nothing', async () => {
    const db = await library();
    const text = await exportJson(db, { now: WHEN });
    const before = await snapshot(db);
    const summary = await importJson(db, text);
    assert.deepEqual(summary, { claimsAdded: 0, claimsUpdated: 0, claimsUnchanged: 3, pagesAdded: 0, pagesUpdated: 0, correctionsAdded: 0 });
    assert.deepEqual(await snapshot(db), before);
  });

  test('merge: same id keeps the newer updatedAt; same page and text is one record', async () => {
    const source = await library();
    const text = await exportJson(source, { now: WHEN });
    const target = await fresh();
    // The target has an older edit of c-1, a newer edit of c-3, and its own record of c-2's text under another id.
    await importJson(target, text);
    await updateClaim(target, 'c-1', { note: 'older local note' }, { now: 1_733_000_000_000 }); // updatedAt stays max(old, now)
    await updateClaim(target, 'c-3', { note: 'newer local note' }, { now: 1_734_500_000_000 });
    await deleteClaim(target, 'c-2');
    await saveClaim(target, PAGE, ANON, { now: 1_733_000_000_000, newId: () => 'local-2' });

    await updateClaim(source, 'c-1', { note: 'newer remote note' }, { now: 1_734_600_000_000 });
    const summary = await importJson(target, await exportJson(source, { now: WHEN }));
    assert.equal(summary.claimsUpdated, 2, 'c-1 (newer remote) and c-2 (replaces the older local twin)');
    assert.equal(summary.claimsUnchanged, 1, 'c-3 is newer locally');
    const claims = await listClaims(target);
    assert.equal(claims.length, 3);
    assert.deepEqual(claims.map((c) => c.id).sort(), ['c-1', 'c-2', 'c-3']);
    assert.equal(claims.find((c) => c.id === 'c-1')?.note, 'newer remote note');
    assert.equal(claims.find((c) => c.id === 'c-3')?.note, 'newer local note');
  });

  test('an export of some claims carries only their pages and corrections', async () => {
    const db = await library();
    const only = (await listClaims(db)).filter((c) => c.pageUrl !== PAGE_KEY);
    const file = await exportData(db, { claims: only, now: WHEN });
    assert.equal(file.claims.length, 1);
    assert.deepEqual(file.pages.map((p) => p.site), ['bbc.co.uk']);
    assert.deepEqual(file.corrections, []);
  });
});

describe('import refuses anything else, whole, and changes nothing', () => {
  const refusals: Array<[string, (good: string) => string, RegExp]> = [
    ['garbage', () => 'PK\u0003\u0004\u0000binary', /not JSON/],
    ['a CSV file', () => 'saved_at,site,text,tag\r\n2026-01-01,bbc.co.uk,"x",media\r\n', /CSV/],
    ['a Markdown file', () => '# Sourcelight claims\n\n- **media**: x\n', /Markdown/],
    ['random JSON', () => '{"name":"my notes","items":[1,2,3]}', /not a Sourcelight export/],
    ['a JSON list', () => '[{"id":"c-1"}]', /holds a list/],
    ['a Web Annotation file', () => toWebAnnotationJson([]), /W3C Web Annotation/],
    ['a newer version', (g) => g.replace('"version": 1', '"version": 2'), /newer version of Sourcelight/],
    ['a wrong tag', (g) => g.replace('"tag": "anonymous"', '"tag": "rumour"'), /claims\[\d\]\.tag must be one of/],
    ['a number as text', (g) => g.replace(/"text": "Since 2015[^"]*"/, '"text": 2015'), /claims\[\d\]\.text must be a string/],
    ['a missing field', (g) => g.replace(/\n\s*"hedged": false,/, ''), /hedged is missing/],
    ['an unknown field', (g) => g.replace('"origin": "engine",', '"origin": "engine",\n      "script": "alert(1)",'), /script is not a known field/],
    ['an oversized note', (g) => g.replace('"note": ""', `"note": "${'x'.repeat(20_001)}"`), /note is too long/],
    ['a bad URL', (g) => g.replace(/"pageUrl": "https:\/\/www\.bbc[^"]*"/, '"pageUrl": "not a url"'), /pageUrl must be a URL/],
    ['a file over the size limit', () => ' '.repeat(50_000_001), /too big/],
  ];

  for (const [what, make, message] of refusals) {
    test(what, async () => {
      const db = await library();
      const good = await exportJson(db, { now: WHEN });
      // Change the library first, so "no change" means the import wrote nothing at all.
      await deleteClaim(db, 'c-3');
      const before = await snapshot(db);
      const bad = make(good);
      assert.notEqual(bad, good);
      await assert.rejects(importJson(db, bad), (e: unknown) => {
        assert.ok(e instanceof StorageError, String(e));
        assert.equal(e.kind, 'import');
        assert.match(e.message, message);
        return true;
      });
      assert.deepEqual(await snapshot(db), before);
    });
  }

  test('a damage report names the field', () => {
    assert.throws(() => parseExport('{"format":"sourcelight-export","version":1,"exportedAt":"yesterday","pages":[],"claims":[],"corrections":[]}'), (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.message, /exportedAt must be a date and time/);
      return true;
    });
  });

  test('an empty export is valid', () => {
    const f = parseExport('{"format":"sourcelight-export","version":1,"exportedAt":"2026-11-25T10:00:00.000Z","pages":[],"claims":[],"corrections":[]}');
    assert.deepEqual(f.claims, []);
  });
});

describe('W3C Web Annotation', () => {
  test('one Annotation per claim with a TextQuoteSelector, the note and the tag', async () => {
    const claims = await listClaims(await library());
    const col = toAnnotationCollection(claims);
    assert.equal(col['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(col.type, 'AnnotationCollection');
    assert.equal(col.total, 3);
    const a = col.first.items.find((x) => x.id === 'urn:uuid:c-2')!;
    assert.equal(a.type, 'Annotation');
    assert.equal(a.target.source, PAGE_KEY);
    assert.deepEqual(a.target.selector, { type: 'TextQuoteSelector', exact: ANON.anchor.exact, prefix: ANON.anchor.prefix, suffix: ANON.anchor.suffix });
    assert.deepEqual(
      a.body.map((b) => [b.purpose, b.value]),
      [
        ['commenting', '=HYPERLINK("http://evil.example","click")'],
        ['tagging', 'organization'],
        ['describing', 'source: sources'],
      ],
    );
    assert.equal(a.motivation, 'commenting');
    const plain = col.first.items.find((x) => x.id === 'urn:uuid:c-3')!;
    assert.equal(plain.motivation, 'highlighting');
    assert.deepEqual(plain.body.map((b) => b.purpose), ['tagging']);
    assert.equal(plain.created, new Date(1_733_800_000_000).toISOString());
    assert.doesNotThrow(() => JSON.parse(toWebAnnotationJson(claims)));
  });
});

describe('CSV', () => {
  test('RFC 4180 quoting', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "no"'), '"say ""no"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(false), 'false');
  });

  test('cells a spreadsheet would run as formulas are neutralised', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+44 20 7946 0000'), "'+44 20 7946 0000");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1:A9)'), "'@SUM(A1:A9)");
    assert.equal(csvCell('\t=cmd'), "'\t=cmd");
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell('a = b'), 'a = b');
  });

  test('a header and one CRLF-terminated row per claim, BOM optional', async () => {
    const claims = await listClaims(await library());
    const csv = toCsv(claims);
    assert.ok(csv.startsWith('\uFEFFsaved_at,updated_at,site,page_title,page_url,text,tag,user_tag,'));
    const noBom = toCsv(claims, { bom: false });
    assert.ok(noBom.startsWith('saved_at,'));
    assert.ok(noBom.endsWith('\r\n'));
    // Line breaks inside the note are quoted, so records are split on CRLF outside quotes only.
    const records = noBom.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
    assert.equal(records.length, 1 + claims.length);
    const c2 = records.find((r) => r.endsWith(',c-2'))!;
    assert.ok(c2.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`));
    assert.ok(c2.includes(',anonymous,organization,sources,'));
  });
});

describe('Markdown', () => {
  test('grouped by page, with escaped page text', async () => {
    const db = await library();
    const md = toMarkdown(await listClaims(db), { pages: await listPages(db), exportedAt: new Date(WHEN) });
    const sections = md.split('\n## ').slice(1);
    assert.equal(sections.length, 2);
    assert.ok(sections[0].startsWith('[Syria: What we know about the rebel advance](<https://www.bbc.co.uk/news/world-middle-east-67890123>)'));
    assert.match(md, /^# Sourcelight claims\n\n3 claims from 2 pages, exported 2026-11-25\./);
    assert.match(md, /\*\*organization\*\* \(engine: anonymous\) · sources \(according to\)/);
    assert.match(md, /- Note: Kremlin line, \\"no final decisions\\" see also TASS/);
    assert.ok(sections[1].includes('*The Epoch Times · saved'), sections[1]);
  });

  test('page text cannot become a link, an image or HTML', () => {
    const e = escapeMarkdown('![pixel](http://evil.example/p.png) <img src=x onerror=alert(1)> [click](javascript:alert(1))');
    assert.ok(!/(^|[^\\])!\[/.test(e));
    assert.ok(!/(^|[^\\])</.test(e));
    assert.ok(!/(^|[^\\])\[/.test(e));
    assert.equal(escapeMarkdown('# heading'), '\\# heading');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
  });
});

describe('the file the popup saves', () => {
  /** What downloadText hands the browser: the <a download> it clicks and the Blob behind its URL. */
  function save(name: string, type: string, text: string): { name: string; blob: Blob; left: number } {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    let clicked: { name: string; href: string } | null = null;
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string) => {
      const el = create(tag);
      el.click = () => void (clicked = { name: el.getAttribute('download') ?? '', href: el.getAttribute('href') ?? '' });
      return el;
    }) as typeof document.createElement;
    // The URL is freed 30 s later: that timer must not keep this test process alive.
    const timeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => timeout(fn, ms).unref()) as typeof setTimeout;
    try {
      downloadText(name, type, text, document as unknown as Document);
    } finally {
      globalThis.setTimeout = timeout;
    }
    assert.ok(clicked, 'the link was clicked');
    const { name: saved, href } = clicked as { name: string; href: string };
    const blob = resolveObjectURL(href);
    assert.ok(blob, `a live Blob URL: ${href}`);
    return { name: saved, blob: blob as unknown as Blob, left: document.querySelectorAll('a').length };
  }

  test('holds exactly the export: what is saved imports back and exports byte for byte', async () => {
    const text = await exportJson(await library(), { now: WHEN });
    const file = save('sourcelight-2026-11-25.json', 'application/json', text);
    assert.equal(file.name, 'sourcelight-2026-11-25.json');
    assert.equal(file.blob.type, 'application/json');
    assert.deepEqual(new Uint8Array(await file.blob.arrayBuffer()), new TextEncoder().encode(text), 'UTF-8, no BOM or newline added');
    assert.equal(file.left, 0, 'the link is not left in the page');
    const copy = await fresh();
    await importJson(copy, await file.blob.text());
    assert.equal(await exportJson(copy, { now: WHEN }), text);
  });

  test('CSV keeps its byte-order mark (for spreadsheets), CRLF rows and non-ASCII text', async () => {
    const csv = toCsv(await listClaims(await library()));
    assert.match(csv, /\r\n.*’/);
    const file = save('sourcelight-2026-11-25.csv', 'text/csv;charset=utf-8', csv);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.deepEqual(bytes, new TextEncoder().encode(csv));
  });
});
