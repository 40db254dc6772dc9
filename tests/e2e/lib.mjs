// Shared helpers for the end-to-end tests: launch the system Chromium through playwright-core,
// start the static server, and collect console messages so every test can assert there were no
// errors or warnings.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { serve, repoRoot, DIST, DIST_SUBPATH } from './server.mjs';

export { serve, repoRoot, DIST, DIST_SUBPATH };
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SHOTS = path.join(repoRoot, 'screenshots');

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--font-render-hinting=none',
    ],
  });
}

/**
 * A page that records console errors/warnings and page errors into `page.problems`. The app's
 * strict CSP (its own <meta>) holds in every test unless `bypassCSP` is set.
 */
export async function newPage(browser, { width = 1280, height = 900, dpr = 1, dark = false, locale = 'ko-KR', hasTouch = false, bypassCSP = false } = {}) {
  const context = await browser.newContext({
    // Only for a test that puts its own script into the page (axe): the page's CSP allows none.
    bypassCSP,
    viewport: { width, height },
    deviceScaleFactor: dpr,
    colorScheme: dark ? 'dark' : 'light',
    locale,
    hasTouch,
    acceptDownloads: true,
  });
  // A window `error` event without an exception (a ResizeObserver loop, for one) is neither a
  // console message nor a page error, yet a news site's error tracker reports it: say it on the
  // console so that it counts as a problem. (Exceptions already arrive as page errors.)
  await context.addInitScript(() => {
    addEventListener('error', (e) => {
      if (!e.error && (!e.target || e.target === window)) console.error(`window error event: ${e.message}`);
    });
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') page.problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  return page;
}

/** Opens the app and waits until it has mounted, tools panel included. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
  await glossaryReady(page);
  return page;
}

/** Waits until the glossary panel, if shown, has all its rows (they arrive a task of rows at a
 * time, the panel `aria-busy` until then). */
export async function glossaryReady(page) {
  await page.waitForFunction(() => !document.querySelector('.glossary-panel[aria-busy="true"]'), null, { timeout: 10000 });
}

export function shotPath(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}

/**
 * Registers before/after hooks that start a static server over dist/ (options as for `serve`)
 * and Chromium, and returns them as `env.server` and `env.browser`.
 */
export function setup(serverOptions = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(serverOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The app's frame inside a host page, once the app is ready. */
export async function appFrame(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
  return { handle, frame };
}

/** The seed article (data/source/article.txt): one line per paragraph, no title. */
export function seedText() {
  return fs.readFileSync(path.join(repoRoot, 'data', 'source', 'article.txt'), 'utf8');
}

/**
 * The article body as a reader sees it, minus what display modes and print add: ruby
 * annotations (<rt>, <rp>), standard-spelling pills (.std) and print-only hanzi. Paragraphs and
 * headings are joined with "\n", as in the seed.
 */
export function articleText(page) {
  return page.evaluate(() => {
    const body = document.querySelector('#article .article-body');
    if (!body) return null;
    const copy = body.cloneNode(true);
    copy.querySelectorAll('rt, rp, .std, .print-only').forEach((e) => e.remove());
    return [...copy.children].map((e) => e.textContent).join('\n');
  });
}

/**
 * The page's URL once the app has written its state there: it replaces the URL right
 * after the frame that shows the change (so a card opens without waiting for it).
 */
export async function stateUrl(target) {
  await frames(target, 3);
  return target.url();
}

/** Resolves after `n` animation frames in `target` (a page or a frame). */
export function frames(target, n = 3) {
  return target.evaluate((n) => new Promise((resolve) => {
    const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  }), n);
}

/**
 * Polls `check` (a function evaluated in `target` with `arg`, returning a list of mismatches)
 * until it returns an empty list, and returns the last list (empty when everything held).
 */
export async function until(target, check, arg, tries = 100) {
  let last = [];
  for (let i = 0; i < tries; i++) {
    last = await target.evaluate(check, arg);
    if (last.length === 0) return last;
    await frames(target, 2);
  }
  return last;
}

/** The dataset as the app at `url` gives it with its "download dataset (JSON)" button. */
export async function downloadDataset(browser, url) {
  const page = await newPage(browser);
  await openApp(page, url);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-dataset-json')]);
  const data = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  await page.close();
  return data;
}

/**
 * Decodes a PNG in the browser and counts its pixels: total, painted non-white ones, distinct
 * colours, and opaque ones within 8 of each colour in `colours` (hex "#RRGGBB").
 */
export function pngStats(page, buf, colours = []) {
  return page.evaluate(async ({ b64, colours }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d');
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const want = colours.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
    const near = want.map(() => 0);
    const distinct = new Set();
    let nonWhite = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i + 3] > 0 && (d[i] < 250 || d[i + 1] < 250 || d[i + 2] < 250)) nonWhite++;
      if (distinct.size < 5000) distinct.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      want.forEach((w, k) => {
        if (d[i + 3] > 200 && Math.abs(d[i] - w[0]) <= 8 && Math.abs(d[i + 1] - w[1]) <= 8 && Math.abs(d[i + 2] - w[2]) <= 8) near[k]++;
      });
    }
    return { width: bmp.width, height: bmp.height, pixels: d.length / 4, nonWhite, distinct: distinct.size, near };
  }, { b64: buf.toString('base64'), colours });
}

/**
 * Records the layout shifts of `page`'s top document (not its frames; none that follow input)
 * from its first paint on: call before `goto`. `layoutShifts` reads them.
 */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, t: Math.round(e.startTime) });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts `recordLayoutShifts` has seen so far: their sum and each ({ value, t }). */
export async function layoutShifts(page) {
  const shifts = await page.evaluate(() => window.__shifts);
  return { total: shifts.reduce((a, s) => a + s.value, 0), shifts };
}
