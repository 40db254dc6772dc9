// Robustness: strict CSP, the panic panel, deep links that round-trip, malformed URLs, and a
// scripted tour of every feature with a clean console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, openApp, serve, setup, shotPath } from './lib.mjs';
import { STRICT_CSP } from './server.mjs';

const env = setup();
let cspServer;
before(async () => {
  cspServer = await serve({ csp: STRICT_CSP });
});
after(async () => {
  await cspServer?.close();
});

test('runs under a strict Content-Security-Policy with no violation', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await page.goto(cspServer.url);
  assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
  await page.waitForSelector('main[data-ready="true"]');
  // Exercise the parts that set styles at run time: card positioning, charts, tooltips.
  await page.click('#article .mark.term[data-term="harbin"]');
  await page.locator('#card').waitFor();
  await page.click('#tab-charts');
  await page.focus('#chart-trade .chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.locator('#chart-trade .chart-tip').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a panic shows a readable error panel with a reload link, in the interface language', async () => {
  for (const [lang, title] of [['ko', '문제가 생겼습니다'], ['en', 'Something went wrong'], ['zh', '出错了']]) {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}#lang=${lang}&debug-panic=1`);
    const panel = page.locator('#fatal-error[role="alert"]');
    await panel.waitFor({ timeout: 20000 });
    assert.equal(await panel.locator('h2').innerText(), title);
    assert.ok((await panel.locator('a').getAttribute('href')).startsWith(env.server.url));
    if (lang === 'en') await page.screenshot({ path: shotPath('panic-panel') });
    // The panic is logged (that is the point); nothing else is.
    assert.ok(page.problems.every((p) => /panicked|deliberate panic|unreachable|RuntimeError/.test(p)), page.problems.join('\n'));
    await page.close();
  }
});

test('deep links round-trip every piece of visible state', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  // Set state by clicking.
  await page.click('.lang-switch button[lang="en"]');
  await page.click('#mode-switch label:has(input[value="pinyin"])');
  await page.click('#theme-toggle'); // auto → light
  await page.click('#theme-toggle'); // light → dark
  await page.click('#tab-charts');
  await page.click('#currency-switch label:has(input[value="krw"])');
  await page.focus('#chart-half .chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter'); // highlights the sentence
  await page.click('#article .mark.term[data-term="liangtou_shiwei"]');
  await page.locator('#card').waitFor();
  const url = page.url();
  for (const part of ['lang=en', 'mode=pinyin', 'term=liangtou_shiwei', 's=p09s2', 'chart=half', 'pt=1', 'cur=krw', 'theme=dark']) {
    assert.ok(url.includes(part), `${part} missing from ${url}`);
  }
  // The charts panel is the one a chart implies: the link does not need to name it.
  assert.ok(!url.includes('panel='), url);
  const snapshot = () => page.evaluate(() => ({
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
    mode: document.querySelector('#mode-switch input:checked')?.value,
    card: document.querySelector('#card-title')?.textContent,
    sentence: document.querySelector('.sentence.hl')?.id,
    panel: document.querySelector('.tab[aria-selected="true"]')?.id,
    currency: document.querySelector('#currency-switch input:checked')?.value,
    tip: document.querySelector('#chart-half .chart-tip .tip-label')?.textContent,
    ruby: document.querySelectorAll('#article ruby').length,
  }));
  const before = await snapshot();
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForSelector('#card');
  await page.waitForSelector('#chart-half .chart-tip');
  assert.deepEqual(await snapshot(), before);
  // Back and forward restore it too.
  await page.click('#tab-glossary');
  await page.waitForFunction(() => location.hash.includes('panel=glossary'));
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('panel='));
  await page.waitForSelector('#chart-half');
  assert.equal(await page.locator('.tab[aria-selected="true"]').getAttribute('id'), 'tab-charts');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('#term= accepts hanzi and Korean forms', async () => {
  for (const t of ['粮头食尾', '량두식미', '糧頭食尾']) {
    const page = await newPage(env.browser);
    await openApp(page, `${env.server.url}#term=${encodeURIComponent(t)}`);
    await page.locator('#card').waitFor();
    assert.match(await page.locator('#card').innerText(), /liángtóu shíwěi/);
    await page.close();
  }
});

/** Deterministic pseudo-random generator, so a failure can be reproduced. */
function rng(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

test('100 random and malformed URLs load the app without a console error', async () => {
  const rand = rng(20231108);
  const keys = ['lang', 'mode', 'term', 's', 'panel', 'chart', 'pt', 'cur', 'theme', 'q', 'embed', 'view', 'bg', 'childId', 'x', '', '%', '__proto__'];
  const values = ['zh', 'en', 'ko', 'hanzi', 'pinyin', 'charts', 'trade', 'timeline', '-1', '99999999999999999999', 'NaN', '%E0%A4%A', '%', '%%', '<script>', '\u0000',
    '粮头食尾', '%F0%9F%99%82', 'p09s2', 'p99s9', 'usd', 'dark', '1', 'true', '../../etc/passwd', 'a'.repeat(500), '#', '&&', '=', "'\"", 'javascript:alert(1)'];
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const page = await newPage(env.browser, { width: 900, height: 700 });
  for (let i = 0; i < 100; i++) {
    const n = 1 + Math.floor(rand() * 6);
    const parts = Array.from({ length: n }, () => (rand() < 0.15 ? pick(values) : `${pick(keys)}=${pick(values)}`));
    const query = rand() < 0.3 ? `?${parts.slice(0, 2).join('&')}` : '';
    const url = `${env.server.url}${query}#${parts.join('&')}`;
    page.problems.length = 0;
    await page.goto(url);
    await page.waitForSelector('.mark.term, #chart-trade, .glossary-item', { timeout: 20000 });
    assert.equal(await page.locator('#fatal-error').count(), 0, `panic for ${url}`);
    assert.deepEqual(page.problems, [], url);
  }
  await page.close();
});
