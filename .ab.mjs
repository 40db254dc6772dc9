import { chromium } from 'playwright-core';
import { serve } from './tests/e2e/server.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d) => serve({ compress: 'br', dist: d })));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const res = Object.fromEntries(dirs.map((d) => [d, { hover: [], card: [] }]));
for (let round = 0; round < 4; round++) {
  for (const [k, d] of dirs.entries()) {
    const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(servers[k].url + '#panel=charts');
    await page.waitForSelector('#chart-trade .chart-base');
    await page.waitForTimeout(500);
    const r = await page.evaluate(async (n) => {
      const c = document.querySelector('#chart-trade .chart-overlay');
      const rr = c.getBoundingClientRect();
      const hover = [];
      for (let i = 0; i < n; i++) {
        const x = rr.left + (i % 2 ? rr.width * 0.78 : rr.width * 0.3);
        const t0 = performance.now();
        c.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: rr.top + rr.height - 45, bubbles: true, pointerType: 'mouse' }));
        await new Promise((res) => setTimeout(res, 0));
        hover.push(performance.now() - t0);
        await new Promise((res) => requestAnimationFrame(res));
      }
      const terms = [...document.querySelectorAll('#article .mark.term')].slice(0, 25);
      const card = [];
      for (let i = 0; i < n; i++) {
        const t = terms[i % terms.length];
        const t0 = performance.now();
        t.click();
        await new Promise((res) => { const check = () => (document.getElementById('card') ? res() : requestAnimationFrame(check)); check(); });
        await new Promise((res) => requestAnimationFrame(res));
        card.push(performance.now() - t0);
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        await new Promise((res) => setTimeout(res, 20));
      }
      return { hover, card };
    }, 50);
    res[d].hover.push(...r.hover); res[d].card.push(...r.card);
    await ctx.close();
  }
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const d of dirs) console.log(d, 'hover', med(res[d].hover).toFixed(1), 'card', med(res[d].card).toFixed(1));
await b.close(); await Promise.all(servers.map((s) => s.close()));
