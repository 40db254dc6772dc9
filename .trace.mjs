import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { serve } from './tests/e2e/server.mjs';
const server = await serve({ compress: 'br' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await page.goto(server.url + '#panel=charts');
await page.waitForSelector('#chart-trade .chart-base');
await page.waitForTimeout(800);
const which = process.argv[2] || 'hover';
await b.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
const times = await page.evaluate(async ([which, n]) => {
  const times = [];
  if (which === 'hover') {
    const c = document.querySelector('#chart-trade .chart-overlay');
    const r = c.getBoundingClientRect();
    for (let i = 0; i < n; i++) {
      const x = r.left + (i % 2 ? r.width * 0.78 : r.width * 0.3);
      const y = r.top + r.height - 45;
      const t0 = performance.now();
      performance.mark('h0');
      c.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }));
      await new Promise((res) => setTimeout(res, 0));
      performance.mark('h1');
      times.push(performance.now() - t0);
      await new Promise((res) => requestAnimationFrame(res));
    }
  } else {
    const terms = [...document.querySelectorAll('#article .mark.term')].slice(0, 25);
    for (let i = 0; i < n; i++) {
      const t = terms[i % terms.length];
      const t0 = performance.now();
      t.click();
      await new Promise((res) => { const check = () => (document.getElementById('card') ? res() : requestAnimationFrame(check)); check(); });
      const t1 = performance.now();
      await new Promise((res) => requestAnimationFrame(res));
      times.push([t1 - t0, performance.now() - t0]);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await new Promise((res) => setTimeout(res, 20));
    }
  }
  return times;
}, [which, 30]);
const buf = await b.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents.filter(e => e.ph === 'X' && e.dur);
const main = ev.filter(e => e.tid === ev.find(x => x.name === 'EventDispatch')?.tid);
const by = {};
for (const e of main) by[e.name] = (by[e.name] || 0) + e.dur / 1000;
console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${k}: ${(v / 30).toFixed(2)} ms/iter`).join('\n'));
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(which, which === 'hover' ? med(times).toFixed(2) : [med(times.map(t => t[0])).toFixed(2), med(times.map(t => t[1])).toFixed(2)]);
await b.close(); await server.close();
