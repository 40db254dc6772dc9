// Charts in real Chromium at DPR 1 and 2: hover, click-through to the sentence and back, arrow
// keys, currency switch, crisp backing store, downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { appFrame, newPage, openApp, setup, shotPath } from './lib.mjs';

const env = setup();

/** Moves the mouse across the chart's lower band until the tooltip names `label`. */
async function hoverBar(page, chart, label) {
  const box = await page.locator(`#chart-${chart} .chart-overlay`).boundingBox();
  const y = box.y + box.height - 40;
  for (let x = box.x + 4; x < box.x + box.width; x += 8) {
    await page.mouse.move(x, y);
    const tip = page.locator(`#chart-${chart} .chart-tip .tip-label`);
    if ((await tip.count()) && (await tip.innerText()) === label) return { x, y };
  }
  throw new Error(`no bar labelled ${label} in ${chart}`);
}

/** Counts non-transparent pixels on the chart's overlay canvas (the highlight ring). */
function overlayInk(page, chart) {
  return page.$eval(`#chart-${chart} .chart-overlay`, (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
}

for (const dpr of [1, 2, 3]) {
  test(`DPR ${dpr}: crisp canvas, hover, click to the sentence and back`, async () => {
    const page = await newPage(env.browser, { dpr });
    await openApp(page, `${env.server.url}#panel=charts`);
    await page.waitForSelector('#chart-trade .chart-base');
    // Backing store = CSS size × devicePixelRatio.
    const dims = await page.$eval('#chart-trade .chart-base', (c) => [c.width, c.height, c.clientWidth, c.clientHeight]);
    assert.equal(dims[0], Math.round(dims[2] * dpr));
    assert.equal(dims[1], Math.round(dims[3] * dpr));

    const at = await hoverBar(page, 'trade', '2022년');
    const tip = await page.locator('#chart-trade .chart-tip').innerText();
    assert.match(tip, /34\.38억 위안/);
    assert.match(tip, /34억 3,800만원/, 'the tooltip quotes the source sentence');
    assert.match(tip, /기사 수치/);

    // The derived 2021 bar says so, with its formula.
    await hoverBar(page, 'trade', '2021년');
    assert.match(await page.locator('#chart-trade .chart-tip').innerText(), /계산값[\s\S]*3,438,000,000 ÷ \(1 \+ 46\.5%\)/);

    // Click the 2022 bar: the reader highlights its sentence.
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#s-p09s2.hl');
    assert.match(page.url(), /s=p09s2/);
    assert.match(page.url(), /chart=trade&pt=2/);
    assert.equal(await page.locator('#article .mark.fig.hl[data-figure="trade_2022"]').count(), 1);
    assert.ok((await overlayInk(page, 'trade')) > 0, 'the selected bar is ringed');

    // Clicking a figure in the article selects its bar (here 2017).
    await page.mouse.move(0, 0);
    await page.click('#article .mark.fig[data-figure="trade_2017"]');
    await page.waitForFunction(() => location.hash.includes('pt=0'));
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#chart-trade .chart-tip .tip-label').innerText(), '2017년');
    assert.deepEqual(page.problems, []);
    await page.screenshot({ path: shotPath(`charts-dpr${dpr}`) });
    await page.close();
  });
}

test('pointer mapping is right inside a scaled iframe', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900, dpr: 2 });
  await page.goto(`${env.server.origin}/hosts/scaled.html`);
  const { frame } = await appFrame(page);
  await frame.waitForSelector('#chart-trade .chart-base');
  await page.waitForTimeout(300);
  // Scan the page (outer) coordinates over the scaled frame until the 2022 tooltip shows.
  const box = await (await frame.frameElement()).boundingBox();
  const inner = await frame.$eval('#chart-trade .chart-overlay', (c) => { const r = c.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  const scale = 0.6;
  let found = null;
  for (let x = inner.x; x < inner.x + inner.w; x += 6) {
    const px = box.x + x * scale;
    const py = box.y + (inner.y + inner.h - 40) * scale;
    await page.mouse.move(px, py);
    const tip = frame.locator('#chart-trade .chart-tip .tip-label');
    if ((await tip.count()) && (await tip.innerText()) === '2022년') { found = { x, px }; break; }
  }
  assert.ok(found, 'hovering the scaled frame finds the 2022 bar');
  // The hit is where the bar is drawn: the last third of the plot.
  assert.ok(found.x > inner.x + inner.w * 0.6, JSON.stringify(found));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('arrow keys walk the points and Enter goes to the sentence', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts`);
  await page.focus('#chart-trade .chart-frame');
  const label = () => page.locator('#chart-trade .chart-tip .tip-label').innerText();
  await page.keyboard.press('ArrowRight');
  assert.equal(await label(), '2017년');
  await page.keyboard.press('ArrowRight');
  assert.equal(await label(), '2021년');
  await page.keyboard.press('ArrowRight');
  assert.equal(await label(), '2022년');
  await page.keyboard.press('ArrowRight');
  assert.equal(await label(), '2017년', 'wraps around');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await label(), '2022년');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#s-p09s2.hl');
  // The timeline walks its events the same way.
  await page.focus('#chart-timeline .chart-frame');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('#chart-timeline .chart-tip').innerText(), /2월 23일 – 3월 2일/);
  await page.close();
});

test('switching to USD changes the axis description and the tooltip', async () => {
  const page = await newPage(env.browser, { locale: 'en-US' });
  await openApp(page, `${env.server.url}#panel=charts&chart=trade&pt=2`);
  assert.match(await page.locator('#chart-trade .chart-tip').innerText(), /3\.438 billion CNY/);
  const before = await page.getAttribute('#chart-trade .chart-frame', 'aria-label');
  await page.click('#currency-switch label:has(input[value="usd"])');
  await page.waitForFunction(() => document.querySelector('#chart-trade .chart-tip')?.innerText.includes('USD'));
  const tip = await page.locator('#chart-trade .chart-tip').innerText();
  assert.match(tip, /≈ 511 million USD/, 'a converted value is rounded as an approximation');
  const after = await page.getAttribute('#chart-trade .chart-frame', 'aria-label');
  assert.notEqual(before, after);
  assert.match(after, /USD/);
  assert.match(await page.locator('#tool-panel .money-explainer').innerText(), /each year's average exchange rate/);
  assert.match(page.url(), /cur=usd/);
  await page.close();
});

test('each chart has a data table with the same numbers', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts`);
  await page.click('#chart-trade .chart-tools button[aria-expanded]');
  const table = page.locator('#chart-trade table.data-table');
  await table.waitFor();
  assert.equal(await table.locator('caption').innerText(), '흑룡강성–한국 무역액');
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 3);
  assert.match(rows[2], /2022년\s+34\.38억 위안\s+기사 수치/);
  assert.match(rows[1], /계산값/);
  await page.close();
});

test('PNG (2×), SVG and figures CSV download', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts`);
  const cssWidth = await page.$eval('#chart-trade', (e) => e.clientWidth);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#chart-trade [data-export="png"]')]);
  const buf = fs.readFileSync(await png.path());
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(buf.readUInt32BE(16), Math.max(320, cssWidth) * 2, 'PNG width is 2× the chart');
  // The file carries title, notes and credit around the chart: taller than the canvas on screen.
  const screenHeight = await page.$eval('#chart-trade .chart-canvas', (e) => e.clientHeight);
  assert.ok(buf.readUInt32BE(20) > screenHeight * 2 && buf.readUInt32BE(20) % 2 === 0, 'PNG height is 2× a chart taller than on screen');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#chart-trade [data-export="svg"]')]);
  const svgText = fs.readFileSync(await svg.path(), 'utf8');
  assert.match(svgText, /^<svg/);
  assert.match(svgText, /34\.38억 위안/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-figures-csv')]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  assert.ok(csvText.startsWith('\ufeffid,label,period,bound,value,unit,value_converted,unit_converted,rate_year,kind,formula,source_sentence\r\n'));
  assert.match(csvText, /trade_2021,.*derived/);
  assert.deepEqual(page.problems, []);
  await page.close();
});
