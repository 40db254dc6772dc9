// Where readers arrive (issue #12): phones inside news pages, cards beside the terms they
// explain, deep links that land, numbers in words, charts and exports ready to publish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFrame, newPage, openApp, setup, shotPath, stateUrl } from './lib.mjs';

const env = setup();

const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Waits until smooth scrolling has stopped (the scroll position holds for three frames' time). */
async function settled(page) {
  let last = null;
  for (let i = 0; i < 60; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(120);
  }
}
const box = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/** The rectangle of `selector` in `frame`, in the coordinates of the top page's viewport. */
async function rectInTop(frame, handle, selector) {
  const r = await frame.evaluate((s) => {
    const e = document.querySelector(s);
    if (!e) return null;
    const b = e.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  }, selector);
  if (!r || !handle) return r;
  const f = await handle.boundingBox();
  return { x: r.x + f.x, y: r.y + f.y, width: r.width, height: r.height };
}

test('pym host on a 360×740 phone: a tapped term\'s card is on screen, beside the term', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true, dpr: 2 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { handle, frame } = await appFrame(page);
  for (const [term, at] of [['longjiang', 0.3], ['liangtou_shiwei', 0.75], ['harbin', 0.5]]) {
    const sel = `#article .mark.term[data-term="${term}"]`;
    // Scroll the host page so the term sits at `at` of the reader's screen.
    const m0 = await rectInTop(frame, handle, sel);
    await page.evaluate((dy) => window.scrollBy(0, dy), m0.y - 740 * at);
    await page.waitForTimeout(100);
    const mark = await rectInTop(frame, handle, sel);
    assert.ok(mark.y > 0 && mark.y < 740, `${term} is on screen before the tap (${box(mark)})`);
    await frame.tap(sel);
    await frame.waitForSelector('#card.placed');
    await page.waitForTimeout(150);
    const card = await rectInTop(frame, handle, '#card');
    const markNow = await rectInTop(frame, handle, sel);
    assert.ok(card.y >= -1 && card.y + card.height <= 741, `${term}: card ${box(card)} is off the 740 px screen`);
    assert.ok(card.x >= 0 && card.x + card.width <= 361, `${term}: card ${box(card)} is off the 360 px screen`);
    assert.ok(!overlaps(card, markNow), `${term}: card ${box(card)} covers the term ${box(markNow)}`);
    assert.ok(markNow.y >= 0 && markNow.y + markNow.height <= 740, `${term}: the term left the screen`);
    await page.screenshot({ path: shotPath(`embed-phone-card-${term}`) });
    await frame.click('#card .card-close');
    await frame.waitForSelector('#card', { state: 'detached' });
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('pym host on a phone: a tap on the host page outside the frame closes the card', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true, dpr: 2 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { frame } = await appFrame(page);
  const sel = '#article .mark.term[data-term="longjiang"]';
  await frame.locator(sel).first().scrollIntoViewIfNeeded();
  await frame.locator(sel).first().tap();
  await frame.waitForSelector('#card.placed');
  // The host's own heading, above the frame.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.tap('.host-article h1');
  await frame.waitForSelector('#card', { state: 'detached', timeout: 3000 });
  // And a tap inside the frame still opens a card (the frame has not lost its listeners).
  await frame.locator(sel).first().scrollIntoViewIfNeeded();
  await frame.locator(sel).first().tap();
  await frame.waitForSelector('#card.placed');
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const [name, opts] of [['desktop 1280', { width: 1280, height: 900 }], ['phone 390 with touch', { width: 390, height: 844, hasTouch: true, dpr: 3 }]]) {
  test(`${name}: cards never cover their term, and stepping keeps the occurrence visible`, async () => {
    const page = await newPage(env.browser, opts);
    await openApp(page, env.server.url);
    for (const term of ['longjiang', 'liangtou_shiwei', 'hlj_commerce']) {
      const marks = page.locator(`#article .mark.term[data-term="${term}"]`);
      await marks.first().scrollIntoViewIfNeeded();
      if (opts.hasTouch) await marks.first().tap();
      else await marks.first().click();
      await page.waitForSelector('#card.placed');
      const check = async (what) => {
        await settled(page);
        const card = await page.locator('#card').boundingBox();
        const current = await page.evaluate(() => document.querySelector('.mark[aria-expanded="true"]')?.id);
        assert.ok(current, `${term} ${what}: no mark is expanded`);
        const m = await page.locator(`#${current}`).boundingBox();
        assert.ok(!overlaps(card, m), `${term} ${what}: card ${box(card)} covers the term ${box(m)}`);
        assert.ok(m.y >= 0 && m.y + m.height <= opts.height, `${term} ${what}: the term ${box(m)} is off screen`);
        assert.ok(card.y >= 0 && card.y + card.height <= opts.height + 1, `${term} ${what}: card ${box(card)} off screen`);
      };
      await check('opened');
      if ((await marks.count()) > 1) {
        await page.click('#card .card-occ button:last-of-type');
        await page.waitForFunction(() => /^2/.test(document.querySelector('#card .occ-count')?.textContent.replace(/\D+/, '') ?? ''));
        await check('stepped');
      }
      await page.keyboard.press('Escape');
      await page.waitForSelector('#card', { state: 'detached' });
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('360 px phone: the first tap on a bar shows its details where the chart is; a second tap goes to its sentence', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true, dpr: 2 });
  await openApp(page, `${env.server.url}#panel=charts`);
  await page.waitForSelector('#chart-trade .chart-base');
  await page.locator('#chart-trade').scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const layout = await page.$eval('#chart-trade .chart-canvas', (e) => JSON.parse(e.dataset.points).map(([l, t, r, b]) => ({ l, t, r, b })));
  const tap = async () => {
    const box = await page.locator('#chart-trade .chart-overlay').boundingBox();
    const bar = layout[2];
    await page.touchscreen.tap(box.x + (bar.l + bar.r) / 2, box.y + bar.b - 10);
  };
  const y0 = await page.evaluate(() => window.scrollY);
  await tap();
  await page.locator('#chart-trade .chart-tip').waitFor();
  await page.waitForTimeout(400);
  assert.ok(Math.abs((await page.evaluate(() => window.scrollY)) - y0) < 2, 'the chart stays where the reader is');
  assert.match(await stateUrl(page), /chart=trade&pt=2/);
  assert.match(await page.locator('#chart-keys-hint').innerText(), /한 번 더 누르면 본문 문장/);
  await tap();
  // The sentence with the figure, highlighted, on screen.
  await page.waitForFunction(() => {
    const s = document.querySelector('#article .hl');
    if (!s) return false;
    const r = s.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, null, { timeout: 5000 });
  assert.match(await stateUrl(page), /s=p09s2/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
