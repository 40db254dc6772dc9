import { chromium } from 'playwright-core';
import { serve } from './tests/e2e/server.mjs';
const server = await serve({ compress: 'br' });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, opts] of [['nojs-1280', { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }], ['nojs-360', { viewport: { width: 360, height: 740 }, javaScriptEnabled: false, hasTouch: true, isMobile: true }], ['nojs-dark', { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false, colorScheme: 'dark' }]]) {
  const ctx = await b.newContext(opts); const p = await ctx.newPage();
  await p.goto(server.url + (process.argv[2] || ''));
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: name === 'nojs-360' });
  await ctx.close();
}
await b.close(); await server.close();
