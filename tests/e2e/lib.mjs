// Shared helpers for the end-to-end tests: launch the system Chromium through playwright-core,
// start the static server, and collect console messages so every test can assert there were no
// errors or warnings.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { serve, repoRoot } from './server.mjs';

export { serve, repoRoot };
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

/** A page that records console errors/warnings and page errors into `page.problems`. */
export async function newPage(browser, { width = 1280, height = 900, dpr = 1, dark = false, locale = 'ko-KR', hasTouch = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: dpr,
    colorScheme: dark ? 'dark' : 'light',
    locale,
    hasTouch,
    acceptDownloads: true,
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
  return page;
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
