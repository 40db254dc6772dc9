import { chromium } from 'playwright-core';
import { serve } from './tests/e2e/server.mjs';
const server = await serve({ compress: 'br', dist: process.argv[2] || 'dist' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(server.url + '#panel=charts');
await page.waitForSelector('#chart-trade .chart-base');
await page.waitForTimeout(800);
await b.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
const N = 40;
await page.evaluate(async (n) => {
  const c = document.querySelector('#chart-trade .chart-overlay');
  const r = c.getBoundingClientRect();
  for (let i = 0; i < n; i++) {
    const x = r.left + (i % 2 ? r.width * 0.78 : r.width * 0.3);
    performance.mark('h0');
    c.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: r.top + r.height - 45, bubbles: true, pointerType: 'mouse' }));
    await new Promise((res) => setTimeout(res, 0));
    performance.mark('h1');
    await new Promise((res) => requestAnimationFrame(res));
  }
}, N);
const ev = JSON.parse((await b.stopTracing()).toString()).traceEvents;
const marks = ev.filter(e => e.name === 'h0' || e.name === 'h1').sort((a, b) => a.ts - b.ts);
const wins = []; for (let i = 0; i + 1 < marks.length; i++) if (marks[i].name === 'h0' && marks[i + 1].name === 'h1') wins.push([marks[i].ts, marks[i + 1].ts]);
const tid = marks[0].tid;
const by = {};
let total = 0;
for (const [a, z] of wins) total += z - a;
for (const e of ev) if (e.ph === 'X' && e.tid === tid && e.dur) for (const [a, z] of wins) if (e.ts >= a && e.ts < z) { by[e.name] = (by[e.name] || 0) + e.dur; }
console.log('windows', wins.length, 'mean window', (total / wins.length / 1000).toFixed(2), 'ms');
console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k}: ${(v / wins.length / 1000).toFixed(2)}`).join('\n'));
await b.close(); await server.close();
