import { launch, BROWSERS } from './harness';
import { test } from 'node:test';
import { syntheticClaims } from '../../src/popup/synthetic';
for (const name of BROWSERS) test(name, async () => {
  const ext = await launch(name);
  const page = await ext.openExtensionPage('popup.html');
  const claims = syntheticClaims(10_000);
  const r = await page.evaluate(async (cs) => {
    const open = () => new Promise<IDBDatabase>((res, rej) => { const q = indexedDB.open('sourcelight'); q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
    const db = await open();
    let t0 = performance.now();
    await new Promise<void>((res, rej) => { const tx = db.transaction('claims', 'readwrite'); for (const c of cs) tx.objectStore('claims').put(c); tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); });
    const put = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      t0 = performance.now();
      await new Promise((res) => { const q = db.transaction('claims').objectStore('claims').index('savedAt').getAll(); q.onsuccess = () => res(q.result); });
      times.push(performance.now() - t0);
    }
    t0 = performance.now();
    const n = await new Promise((res) => { const q = db.transaction('claims').objectStore('claims').index('pageUrl').getAll(cs[0].pageUrl); q.onsuccess = () => res(q.result.length); });
    const byPage = performance.now() - t0;
    return { put: Math.round(put), getAll: times.map(Math.round), byPage: +byPage.toFixed(1), n };
  }, claims as never);
  console.log(name, JSON.stringify(r));
  await ext.close();
});
