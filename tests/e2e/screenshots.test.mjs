// Layout at desktop and phone sizes, light and dark, framed, with a card open, and in print.
// Each test asserts the layout it names: no horizontal overflow, controls inside the viewport,
// no two controls or chart tooltips overlapping, no clipped labels, the card on screen. The
// screenshots it writes (screenshots/, git-ignored) are artefacts for people, not the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFrame, frames, newPage, openApp, setup, shotPath } from './lib.mjs';

const env = setup();

/**
 * Runs in the page: what is wrong with the layout. Controls in each group must lie inside the
 * viewport's width, not overlap one another, and show their whole label.
 */
function layoutProblems() {
  const out = [];
  const vw = document.documentElement.clientWidth;
  const overflow = document.documentElement.scrollWidth - vw;
  if (overflow > 0) out.push(`horizontal overflow of ${overflow}px`);
  const groups = {
    header: '.topbar .brand, .topbar .lang-switch button, .topbar #theme-toggle',
    modes: '#mode-switch .segment',
    tabs: '.tabs .tab',
    currency: '#currency-switch .segment',
    'chart tools': '.chart-tools .btn',
    downloads: '.downloads .btn, .glossary-panel .btn',
  };
  for (const [name, sel] of Object.entries(groups)) {
    const els = [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0);
    const boxes = els.map((e) => ({ e, r: e.getBoundingClientRect() }));
    for (const { e, r } of boxes) {
      const label = (e.textContent || e.getAttribute('aria-label') || e.className).trim().slice(0, 20);
      if (r.left < -0.5 || r.right > vw + 0.5) out.push(`${name}: "${label}" spans ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.push(`${name}: "${label}" is clipped`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) out.push(`${name}: "${boxes[i].e.textContent.trim().slice(0, 20)}" overlaps "${boxes[j].e.textContent.trim().slice(0, 20)}"`);
      }
    }
  }
  // A visible chart tooltip stays inside its chart.
  for (const tip of document.querySelectorAll('.chart-tip:not([hidden])')) {
    const r = tip.getBoundingClientRect();
    const f = tip.closest('.chart-frame').getBoundingClientRect();
    if (r.left < f.left - 0.5 || r.right > f.right + 0.5) out.push(`tooltip spans ${Math.round(r.left)}..${Math.round(r.right)}, chart ${Math.round(f.left)}..${Math.round(f.right)}`);
  }
  return out;
}

const SHOTS = [
  { name: 'desktop-1280', width: 1280, height: 900, hash: '' },
  { name: 'desktop-1280-dark-charts', width: 1280, height: 900, hash: '#panel=charts&theme=dark&chart=trade&pt=1', dark: true },
  { name: 'phone-360', width: 360, height: 780, hash: '', dpr: 2 },
  { name: 'phone-360-charts', width: 360, height: 780, hash: '#panel=charts&chart=trade&pt=2', dpr: 2 },
  { name: 'phone-360-dark-card', width: 360, height: 780, hash: '#theme=dark', dpr: 2, dark: true, card: 'liangtou_shiwei' },
  { name: 'phone-360-hanzi', width: 360, height: 780, hash: '#mode=hanzi', dpr: 2 },
  { name: 'phone-320-en', width: 320, height: 640, hash: '#lang=en', dpr: 2 },
  { name: 'desktop-1280-card-en', width: 1280, height: 900, hash: '#lang=en', card: 'harbin' },
];

for (const s of SHOTS) {
  test(`layout ${s.name}: nothing overflows or overlaps${s.card ? ', the card is on screen' : ''}`, async () => {
    const page = await newPage(env.browser, { width: s.width, height: s.height, dpr: s.dpr || 1, dark: !!s.dark });
    await openApp(page, env.server.url + s.hash);
    if (s.hash.includes('panel=charts')) await page.waitForSelector('#chart-trade .chart-tip:not([hidden])');
    if (s.card) {
      await page.click(`#article .mark.term[data-term="${s.card}"]`);
      await page.locator('#card').waitFor();
      await frames(page, 3);
      const box = await page.locator('#card').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= s.width + 0.5 && box.y >= 0 && box.y + box.height <= s.height + 0.5, JSON.stringify(box));
    }
    await frames(page, 3);
    assert.deepEqual(await page.evaluate(layoutProblems), []);
    await page.screenshot({ path: shotPath(s.name) });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('layout framed-360 (inside an iframe in a host page): the frame fits, nothing overflows', async () => {
  const page = await newPage(env.browser, { width: 360, height: 780, dpr: 2 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { handle, frame } = await appFrame(page);
  await frames(frame, 3);
  const box = await handle.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `frame spans ${box.x}..${box.x + box.width}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'the host does not scroll sideways');
  assert.deepEqual(await frame.evaluate(layoutProblems), []);
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
