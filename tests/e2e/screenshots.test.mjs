// Screenshots for people to look at (screenshots/, git-ignored): desktop, 360 px phone, dark,
// framed, with a card open. Each also asserts the page is laid out sanely: no horizontal
// scroll, the card inside the viewport.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFrame, newPage, openApp, setup, shotPath } from './lib.mjs';

const env = setup();

const SHOTS = [
  { name: 'desktop-1280', width: 1280, height: 900, hash: '' },
  { name: 'desktop-1280-dark-charts', width: 1280, height: 900, hash: '#panel=charts&theme=dark&chart=trade&pt=1', dark: true },
  { name: 'phone-360', width: 360, height: 780, hash: '', dpr: 2 },
  { name: 'phone-360-dark-card', width: 360, height: 780, hash: '#theme=dark', dpr: 2, dark: true, card: 'liangtou_shiwei' },
  { name: 'phone-360-hanzi', width: 360, height: 780, hash: '#mode=hanzi', dpr: 2 },
  { name: 'desktop-1280-card-en', width: 1280, height: 900, hash: '#lang=en', card: 'mou' },
];

for (const s of SHOTS) {
  test(`screenshot ${s.name}`, async () => {
    const page = await newPage(env.browser, { width: s.width, height: s.height, dpr: s.dpr || 1, dark: !!s.dark });
    await openApp(page, env.server.url + s.hash);
    if (s.card) {
      await page.click(`#article .mark.term[data-term="${s.card}"]`);
      const box = await page.locator('#card').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= s.width + 0.5 && box.y >= 0 && box.y + box.height <= s.height + 0.5, JSON.stringify(box));
    }
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
    await page.screenshot({ path: shotPath(s.name) });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('screenshot framed-360 (inside an iframe in a host page)', async () => {
  const page = await newPage(env.browser, { width: 360, height: 780, dpr: 2 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  await appFrame(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: shotPath('framed-360'), fullPage: false });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('print stylesheet: the article with hanzi in parentheses and no controls', async () => {
  const page = await newPage(env.browser, { width: 900, height: 1200 });
  await openApp(page, env.server.url);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.topbar').isVisible(), false);
  assert.equal(await page.locator('aside.tools').isVisible(), false);
  // After 량두식미, not after the hanzi form 粮头食尾 itself.
  assert.equal(await page.locator('#article .print-only', { hasText: '(粮头食尾)' }).count(), 1);
  assert.ok(await page.locator('#article .print-only', { hasText: '(哈尔滨)' }).first().isVisible());
  await page.screenshot({ path: shotPath('print'), fullPage: false });
  await page.close();
});
