// One small page interface over three engines, for the journeys in journeys.test.mjs:
//   chromium — the system Chromium through puppeteer-core (DevTools protocol)
//   firefox  — Debian's firefox-esr through puppeteer-core over WebDriver BiDi (no geckodriver)
//   webkit   — WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver (run under
//              xvfb-run: it needs a display)
// Every page is opened in Korean (the app's default reader) and reports the problems the test
// server's probe script recorded (console errors and warnings, window `error` events, unhandled
// rejections): WebKit's driver has no console log, so all three engines are read the same way.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';

/** The MiniBrowser that libwebkit2gtk installs (WebKitWebDriver drives it with --automation). */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const pkg of ['libwebkit2gtk-4.1-0', 'libwebkitgtk-6.0-4', 'libwebkit2gtk-4.0-37']) {
    try {
      const hit = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8' }).split('\n').find((l) => l.endsWith('/MiniBrowser'));
      if (hit) return hit;
    } catch { /* not installed */ }
  }
  throw new Error('no WebKitGTK MiniBrowser found (scripts/setup.sh installs webkit2gtk-driver)');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `name` and resolves to { name, newPage(options), close() }. */
export async function launchEngine(name) {
  if (name === 'webkit') return launchWebKit();
  const browser = name === 'firefox'
    ? await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { 'intl.accept_languages': 'ko-KR, ko', 'intl.locale.requested': 'ko-KR' },
    })
    : await puppeteer.launch({
      browser: 'chrome',
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--lang=ko-KR', '--disable-dev-shm-usage', '--font-render-hinting=none'],
    });
  return {
    name,
    async newPage({ width = 1280, height = 900 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      if (name === 'chromium') {
        // Headless Chromium ignores --lang for navigator.language; the DevTools override does not.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setLocaleOverride', { locale: 'ko-KR' });
        await cdp.send('Network.setUserAgentOverride', { userAgent: await browser.userAgent(), acceptLanguage: 'ko-KR,ko' });
      }
      const consoleProblems = [];
      page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
      return {
        engine: name,
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        eval: (fn, arg) => page.evaluate(fn, arg),
        click: (sel) => page.click(sel),
        press: (key) => page.keyboard.press(key),
        hover: (sel, dx = 0, dy = 0) => hoverPuppeteer(page, sel, dx, dy),
        setSize: (w, h) => page.setViewport({ width: w, height: h }),
        screenshot: (file) => page.screenshot({ path: file }),
        consoleProblems: () => consoleProblems.slice(),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function hoverPuppeteer(page, sel, dx, dy) {
  const el = await page.waitForSelector(sel);
  const box = await el.boundingBox();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

const KEYS = { Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT };

async function launchWebKit() {
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const binary = miniBrowser();
  // The driver takes a moment to listen.
  for (let i = 0; i < 50; i++) {
    const up = await new Promise((r) => {
      const c = net.connect(port, '127.0.0.1', () => { c.end(); r(true); });
      c.on('error', () => r(false));
    });
    if (up) break;
    await sleep(100);
  }
  const sessions = [];
  return {
    name: 'webkit',
    async newPage({ width = 1280, height = 900 } = {}) {
      // WebKitWebDriver holds one session at a time: a page a failed test left open goes first.
      for (const d of sessions.splice(0)) await d.quit().catch(() => {});
      const driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        })
        .build();
      sessions.push(driver);
      const setSize = async (w, h) => {
        // The window rect includes what is not the page: size it, measure the page, correct.
        await driver.manage().window().setRect({ width: w, height: h });
        const [iw, ih] = await driver.executeScript('return [innerWidth, innerHeight]');
        if (iw !== w || ih !== h) await driver.manage().window().setRect({ width: 2 * w - iw, height: 2 * h - ih });
      };
      await setSize(width, height);
      const element = (sel) => driver.findElement(By.css(sel));
      return {
        engine: 'webkit',
        goto: (url) => driver.get(url),
        // WebDriver's Execute Script awaits a returned promise.
        eval: (fn, arg) => driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg === undefined ? null : arg),
        click: async (sel) => (await element(sel)).click(),
        press: (key) => driver.actions().sendKeys(KEYS[key] ?? key).perform(),
        hover: async (sel, dx = 0, dy = 0) => {
          const el = await element(sel);
          await driver.actions().move({ origin: el, x: Math.round(dx), y: Math.round(dy) }).perform();
        },
        setSize,
        // WebKitGTK's snapshot can precede the first paint of a change: give it a moment.
        screenshot: async (file) => {
          await sleep(500);
          fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
        },
        consoleProblems: () => [],
        close: async () => {
          const i = sessions.indexOf(driver);
          if (i >= 0) {
            sessions.splice(i, 1);
            await driver.quit();
          }
        },
      };
    },
    async close() {
      for (const d of sessions.splice(0)) await d.quit().catch(() => {});
      driverProcess.kill();
    },
  };
}
