import { launch, newPage, serve } from './lib.mjs';
const server = await serve();
const browser = await launch();
const out = {};
for (const part of ['charts', 'trade', 'half', 'timeline', 'key']) for (const lang of ['ko', 'zh', 'en']) for (const cur of ['cny','usd']) {
  const row = [];
  for (const w of [300, 320, 360, 390, 414, 480, 559, 560, 640, 768, 1024, 1280]) {
    const page = await newPage(browser, { width: w, height: 400 });
    await page.goto(`${server.url}embed/${part}-${lang}-${cur}.html`);
    await page.evaluate(() => document.fonts.ready);
    row.push(await page.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height)));
    await page.close();
  }
  console.log(part, lang, cur, row.join(' '));
}
await browser.close(); await server.close();
