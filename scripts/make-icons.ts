/**
 * Renders icons/icon.svg to the toolbar PNGs (16/32/48/128) with headless
 * Chromium. Run after editing the SVG: `node --import tsx scripts/make-icons.ts`.
 * The PNGs are committed so a build needs no browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT } from '../test/e2e/harness';

const svg = readFileSync(path.join(ROOT, 'icons/icon.svg'), 'utf8');
const browser = await puppeteer.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: path.join(ROOT, `icons/icon-${size}.png`) as `${string}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
console.log('icons written');
