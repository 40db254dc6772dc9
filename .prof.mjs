import { chromium } from 'playwright-core';
import { serve } from './tests/e2e/server.mjs';
const server = await serve({ compress: 'br', dist: '/tmp/prof' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
page.on('pageerror', e => console.log('ERR', e));
await page.goto(server.url + '#panel=charts');
await page.waitForSelector('#chart-trade .chart-base');
await page.waitForTimeout(800);
const which = process.argv[2] || 'hover';
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(async ([which, n]) => {
  if (which === 'hover') {
    const c = document.querySelector('#chart-trade .chart-overlay');
    const r = c.getBoundingClientRect();
    for (let i = 0; i < n; i++) {
      const x = r.left + (i % 2 ? r.width * 0.78 : r.width * 0.3);
      c.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: r.top + r.height - 45, bubbles: true, pointerType: 'mouse' }));
      await new Promise((res) => setTimeout(res, 0));
      await new Promise((res) => requestAnimationFrame(res));
    }
  } else {
    const terms = [...document.querySelectorAll('#article .mark.term')].slice(0, 25);
    for (let i = 0; i < n; i++) {
      terms[i % terms.length].click();
      await new Promise((res) => { const check = () => (document.getElementById('card') ? res() : requestAnimationFrame(check)); check(); });
      await new Promise((res) => requestAnimationFrame(res));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await new Promise((res) => setTimeout(res, 20));
    }
  }
}, [which, 200]);
const { profile } = await cdp.send('Profiler.stop');
// Self time per function, and inclusive time for our named functions.
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), 'ms', (100 * v / total).toFixed(1).padStart(5), '%', k.slice(0, 140));
await b.close(); await server.close();
