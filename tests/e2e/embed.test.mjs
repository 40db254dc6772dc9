// Embedding in host pages: pym.js, Datawrapper-style and a fixed iframe. The frame follows the
// content's height, has no horizontal scroll at 320 px, and ignores a hostile parent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFrame, newPage, setup, shotPath } from './lib.mjs';

const env = setup();

/** Waits until the iframe's height is within 2 px of the content height; returns both. */
async function heightsAgree(handle, frame) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 2) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`iframe height ${last.outer} does not follow content height ${last.inner}`);
}

for (const host of ['pym', 'datawrapper']) {
  test(`${host} host: the iframe follows the content height`, async () => {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.goto(`${env.server.origin}/hosts/${host}.html`);
    const { handle, frame } = await appFrame(page);
    const first = await heightsAgree(handle, frame);
    // Switch to a short panel: the frame shrinks with the content.
    await frame.click('#tab-share');
    const share = await heightsAgree(handle, frame);
    // Back to the long glossary: it grows again.
    await frame.click('#tab-glossary');
    const glossary = await heightsAgree(handle, frame);
    assert.ok(glossary.inner > share.inner, 'glossary is taller than the share panel');
    // Narrow the host to 320 px.
    await page.setViewportSize({ width: 320, height: 700 });
    const narrow = await heightsAgree(handle, frame);
    assert.ok(narrow.inner > first.inner, 'a narrow frame is taller');
    const scroll = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(scroll <= 0, `horizontal scroll of ${scroll}px at 320 px`);
    await page.screenshot({ path: shotPath(`host-${host}-320`) });
    await page.setViewportSize({ width: 360, height: 780 });
    await heightsAgree(handle, frame);
    await page.screenshot({ path: shotPath(`host-${host}-360`) });
    await page.setViewportSize({ width: 1280, height: 900 });
    await heightsAgree(handle, frame);
    await page.screenshot({ path: shotPath(`host-${host}-1280`) });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('fixed iframe host: embed mode with only the charts, and a full-view link', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.goto(`${env.server.origin}/hosts/fixed.html`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('#chart-trade .chart-base');
  assert.equal(await frame.locator('#article').count(), 0, 'view=charts shows only the charts');
  const link = frame.locator('.full-view a');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.ok(!(await link.getAttribute('href')).includes('embed=1'));
  assert.ok(await frame.evaluate(() => document.documentElement.classList.contains('embed')));
  await page.screenshot({ path: shotPath('host-fixed-1280') });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: shotPath('host-fixed-360') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a hostile parent posting junk changes nothing and logs no error', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { handle, frame } = await appFrame(page);
  const before = await heightsAgree(handle, frame);
  const hashBefore = await frame.evaluate(() => location.hash);
  await page.evaluate(() => {
    const w = document.querySelector('iframe').contentWindow;
    const junk = [
      'random', '', 'pymxPYMxlongjiang-readerxPYMxwidthxPYMx1e309', 'pymxPYMxlongjiang-readerxPYMxheightxPYMx99999999',
      'pymxPYMxotherxPYMxwidthxPYMx300', '{"datawrapper-height":{"x":1e9}}', '<img src=x onerror=alert(1)>',
      { 'datawrapper-height': { x: 1e12 } }, { sentinel: 'amp', type: 'embed-size', height: -1 },
      { __proto__: { polluted: true } }, [1, 2, 3], 1e308, -Infinity, NaN, null, true,
      'x'.repeat(100000), { toString() { return 'boom'; } }.toString(),
    ];
    for (const j of junk) w.postMessage(j, '*');
    for (let i = 0; i < 200; i++) w.postMessage(Math.random().toString(36), '*');
  });
  await page.waitForTimeout(500);
  const afterJunk = await heightsAgree(handle, frame);
  assert.equal(afterJunk.inner, before.inner);
  assert.equal(await frame.evaluate(() => location.hash), hashBefore);
  assert.equal(await frame.evaluate(() => Object.prototype.polluted), undefined);
  assert.deepEqual(page.problems, []);
  await page.close();
});
