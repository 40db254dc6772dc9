import { launch, newPage, serve } from './lib.mjs';
const server = await serve();
const browser = await launch();
const go = async (name, file, opts, act) => {
  const page = await newPage(browser, opts);
  await page.goto(`${server.url}embed/${file}`);
  await page.waitForTimeout(300);
  if (act) await act(page);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(name, await page.evaluate(() => document.documentElement.scrollHeight), page.problems);
  await page.close();
};
await go('trade-ko-390', 'trade-ko-cny.html', { width: 390, height: 800, hasTouch: true }, async (p) => { await p.locator('#pt-trade-1-360').focus(); });
await go('trade-en-1280', 'trade-en-usd.html', { width: 1280, height: 900 }, async (p) => { await p.hover('#pt-trade-2-640 .pt-hit'); });
await go('key-zh-390', 'key-zh-cny.html', { width: 390, height: 800, hasTouch: true });
await go('timeline-en-390-dark', 'timeline-en-cny.html', { width: 390, height: 800, dark: true }, async (p) => { await p.locator('#pt-timeline-3-360').focus(); });
await go('charts-ko-360', 'charts-ko-cny.html', { width: 360, height: 800, hasTouch: true }, async (p) => { await p.tap('#pt-half-0-360 .pt-hit'); });
await browser.close(); await server.close();
