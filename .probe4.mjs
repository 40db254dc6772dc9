import { chromium } from 'playwright-core';
import { serve } from './tests/e2e/server.mjs';
const server = await serve({ compress: 'br' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript(() => {
  window.__t = {};
  const wrap = (obj, name, label) => { const f = obj[name]; obj[name] = function (...a) { const t0 = performance.now(); try { return f.apply(this, a); } finally { const d = performance.now() - t0; const r = window.__t[label] ||= [0, 0]; r[0] += d; r[1] += 1; } }; };
  wrap(speechSynthesis, 'getVoices', 'getVoices');
  wrap(History.prototype, 'pushState', 'pushState');
  wrap(History.prototype, 'replaceState', 'replaceState');
  wrap(Element.prototype, 'getBoundingClientRect', 'gBCR');
  wrap(Document.prototype, 'querySelectorAll', 'qsa');
  wrap(Element.prototype, 'querySelectorAll', 'qsaE');
  wrap(HTMLElement.prototype, 'focus', 'focus');
  const IO = window.IntersectionObserver; window.IntersectionObserver = function (...a) { const r = window.__t.IO ||= [0, 0]; r[1] += 1; return new IO(...a); };
});
await page.goto(server.url + '#panel=charts');
await page.waitForSelector('#chart-trade .chart-base');
await page.waitForTimeout(800);
await page.evaluate(() => { window.__t = {}; });
const times = await page.evaluate(async (n) => {
  const terms = [...document.querySelectorAll('#article .mark.term')].slice(0, 25);
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = terms[i % terms.length];
    const t0 = performance.now();
    t.click();
    const t1 = performance.now();
    await new Promise((res) => { const check = () => (document.getElementById('card') ? res() : requestAnimationFrame(check)); check(); });
    const t2 = performance.now();
    await new Promise((res) => requestAnimationFrame(res));
    times.push([t1 - t0, t2 - t0, performance.now() - t0]);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await new Promise((res) => setTimeout(res, 20));
  }
  return times;
}, 30);
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log('click handler', med(times.map(t => t[0])).toFixed(2), 'card exists', med(times.map(t => t[1])).toFixed(2), 'after rAF', med(times.map(t => t[2])).toFixed(2));
console.log(JSON.stringify(await page.evaluate(() => Object.fromEntries(Object.entries(window.__t).map(([k, [ms, n]]) => [k, `${(ms / 30).toFixed(2)} ms, ${(n / 30).toFixed(1)}×`])))));
await b.close(); await server.close();
