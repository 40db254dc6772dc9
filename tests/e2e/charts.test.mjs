// Charts in real Chromium at DPR 1 and 2: hover, click-through to the sentence and back, arrow
// keys, currency switch, crisp backing store, downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { appFrame, downloadDataset, frames, newPage, openApp, pngStats, setup, shotPath, stateUrl } from './lib.mjs';

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

const BAR = '#1F5FA8'; // charts::LIGHT.bar

/**
 * The solid bars on the chart's base canvas, as [left, right] CSS-pixel runs of the bar colour
 * along a row 40 px above the bottom of the plot (the hatched derived bar has no long run).
 */
function solidBars(page, chart) {
  return page.$eval(`#chart-${chart} .chart-base`, (c, bar) => {
    const k = c.width / c.clientWidth;
    const y = Math.round(c.height - 40 * k);
    // Read a copy (reading the app's canvas itself makes Chromium warn about repeated reads).
    const copy = new OffscreenCanvas(c.width, c.height).getContext('2d', { willReadFrequently: true });
    copy.drawImage(c, 0, 0);
    const d = copy.getImageData(0, y, c.width, 1).data;
    const rgb = [1, 3, 5].map((i) => parseInt(bar.slice(i, i + 2), 16));
    const runs = [];
    let from = null;
    for (let x = 0; x <= c.width; x++) {
      const on = x < c.width && rgb.every((v, i) => Math.abs(d[x * 4 + i] - v) <= 6);
      if (on && from === null) from = x;
      if (!on && from !== null) {
        if (x - from > 10 * k) runs.push([from / k, (x - 1) / k]);
        from = null;
      }
    }
    return runs;
  }, BAR);
}

/** The bounding box (CSS px) of everything painted on the chart's overlay canvas, or null. */
function overlayInk(page, chart) {
  return page.$eval(`#chart-${chart} .chart-overlay`, (c) => {
    const k = c.width / c.clientWidth;
    const copy = new OffscreenCanvas(c.width, c.height).getContext('2d', { willReadFrequently: true });
    copy.drawImage(c, 0, 0);
    const d = copy.getImageData(0, 0, c.width, c.height).data;
    let x0 = Infinity, x1 = -1, y0 = Infinity, y1 = -1;
    for (let y = 0; y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        if (d[(y * c.width + x) * 4 + 3] > 0) {
          x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
        }
      }
    }
    if (x1 < 0) return null;
    // A ring, not a fill: the middle of the box is clear.
    const mid = d[(Math.round((y0 + y1) / 2) * c.width + Math.round((x0 + x1) / 2)) * 4 + 3];
    return { x0: x0 / k, x1: x1 / k, y0: y0 / k, y1: y1 / k, hollow: mid === 0 };
  });
}

/** Waits until the overlay holds exactly one ring, around the CSS-pixel run `bar`. */
async function ringAround(page, chart, bar) {
  let ink = null;
  for (let i = 0; i < 50; i++) {
    ink = await overlayInk(page, chart);
    // The ring is the bar's rectangle padded by 4 px, stroked 3 px wide.
    if (ink && ink.hollow && ink.x0 < bar[0] && ink.x0 > bar[0] - 10 && ink.x1 > bar[1] && ink.x1 < bar[1] + 10) return ink;
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  assert.fail(`no ring around the bar at ${bar}: overlay ink ${JSON.stringify(ink)}`);
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
    assert.match(await stateUrl(page), /s=p09s2/);
    assert.match(await stateUrl(page), /chart=trade&pt=2/);
    assert.equal(await page.locator('#article .mark.fig.hl[data-figure="trade_2022"]').count(), 1);

    // The selected bar is ringed, with the pointer away from the chart (hovering would draw a
    // ring of its own): one ring, around the 2022 bar (the right one of the two solid bars).
    await page.mouse.move(0, 0);
    const bars = await solidBars(page, 'trade');
    assert.equal(bars.length, 2, `solid bars at ${JSON.stringify(bars)}`);
    const box = await page.locator('#chart-trade .chart-overlay').boundingBox();
    assert.ok(bars[1][0] - 8 <= at.x - box.x && at.x - box.x <= bars[1][1] + 8, `the clicked point ${at.x - box.x} is at the 2022 bar ${bars[1]}`);
    await ringAround(page, 'trade', bars[1]);

    // Clicking a figure in the article selects its bar (here 2017): the ring moves there.
    await page.click('#article .mark.fig[data-figure="trade_2017"]');
    await page.waitForFunction(() => location.hash.includes('pt=0'));
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#chart-trade .chart-tip .tip-label').innerText(), '2017년');
    await ringAround(page, 'trade', bars[0]);
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
  await frames(frame, 3);
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
  assert.match(await page.locator('#chart-trade .chart-tip').innerText(), /CNY 3\.438 billion/);
  const before = await page.getAttribute('#chart-trade .chart-frame', 'aria-label');
  await page.click('#currency-switch label:has(input[value="usd"])');
  await page.waitForFunction(() => document.querySelector('#chart-trade .chart-tip')?.innerText.includes('US$'));
  const tip = await page.locator('#chart-trade .chart-tip').innerText();
  assert.match(tip, /≈ US\$511 million/, 'a converted value is rounded as an approximation');
  const after = await page.getAttribute('#chart-trade .chart-frame', 'aria-label');
  assert.notEqual(before, after);
  assert.match(after, /US\$/);
  assert.match(await page.locator('#tool-panel .money-explainer').innerText(), /each year's average exchange rate/);
  assert.match(await stateUrl(page), /cur=usd/);
  await page.close();
});

/** Korean date as the timeline shows it: "2월 23일 – 3월 2일", "8월 7일 – 11일", "5월". */
function koDates(e) {
  const md = (d) => (d.day ? `${d.month}월 ${d.day}일` : `${d.month}월`);
  if (!e.end || (e.end.month === e.start.month && e.end.day === e.start.day)) return md(e.start);
  return `${md(e.start)} – ${e.end.month === e.start.month ? `${e.end.day}일` : md(e.end)}`;
}

/** The rows of a chart's data table, each as its cells' text. */
async function tableRows(page, chart) {
  const button = page.locator(`#chart-${chart} .chart-tools button[aria-expanded]`);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator(`#chart-${chart} table.data-table`).waitFor();
  return page.$$eval(`#chart-${chart} table.data-table tbody tr`, (rows) => rows.map((r) => [...r.children].map((c) => c.innerText.trim())));
}

test('each chart has a data table with its values, and the tooltips agree with it', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts`);
  const data = await downloadDataset(env.browser, env.server.url);
  assert.ok(data.events.length > 0);
  const sentenceId = (i) => data.article.sentences[i].id;
  const expected = {
    trade: [
      ['2017년', '13.1억 위안', '기사 수치', 'p09s2'],
      ['2021년', '23.47억 위안', '계산값\n3,438,000,000 ÷ (1 + 46.5%) = 2,346,757,679', 'p09s2'],
      ['2022년', '34.38억 위안', '기사 수치', 'p09s2'],
    ],
    half: [
      ['2022년 상반기', '13.29억 위안', '계산값\n2,212,000,000 ÷ (1 + 66.4%) = 1,329,326,923', 'p09s2'],
      ['2023년 상반기', '22.12억 위안', '기사 수치', 'p09s2'],
    ],
    // One row per event, in the dataset's order, sourced to its first dated figure's sentence.
    timeline: data.events.map((e) => [e.title_ko, koDates(e), '기사 수치',
      sentenceId(e.figures.length ? data.figures[e.figures[0]].sentence : e.sentences[0])]),
  };
  // The table names a sentence as a reader counts (body paragraphs from 1), never by its id.
  const place = (id) => {
    const si = data.article.sentences.findIndex((x) => x.id === id);
    const p = data.article.paragraphs[data.article.sentences[si].paragraph];
    const n = data.article.paragraphs.slice(0, data.article.sentences[si].paragraph + 1).filter((q) => q.kind === 'body').length;
    return p.len > 1 ? `${n}번째 문단 ${si - p.first + 1}번째 문장` : `${n}번째 문단`;
  };
  for (const chart of ['trade', 'half', 'timeline']) {
    const rows = await tableRows(page, chart);
    assert.deepEqual(rows, expected[chart].map((r) => [...r.slice(0, 3), place(r[3])]), chart);
    // Each row's link goes to its sentence.
    const links = await page.$$eval(`#chart-${chart} table.data-table tbody a`, (a) => a.map((x) => x.getAttribute('href')));
    assert.deepEqual(links, expected[chart].map((r) => `#s-${r[3]}`));
    // The tooltip of each point (walked with the keys) says what its row says.
    await page.focus(`#chart-${chart} .chart-frame`);
    await page.keyboard.press('Home');
    for (const [label, value, kind] of expected[chart]) {
      const tip = page.locator(`#chart-${chart} .chart-tip`);
      assert.equal(await tip.locator('.tip-label').innerText(), label, chart);
      assert.equal(await tip.locator('.tip-value').innerText(), value, chart);
      assert.equal(await tip.locator('.tip-kind').innerText(), kind.split('\n')[0], chart);
      await page.keyboard.press('ArrowRight');
    }
  }
  assert.equal(await page.locator('#chart-trade table.data-table caption').innerText(), '흑룡강성–한국 무역액');
  // Column heads say what the columns hold: periods and amounts; events and their dates.
  const heads = (chart) => page.$$eval(`#chart-${chart} table.data-table thead th`, (th) => th.map((x) => x.innerText.trim()));
  assert.deepEqual((await heads('trade')).slice(0, 2), ['기간', '값']);
  assert.deepEqual((await heads('timeline')).slice(0, 2), ['일정', '날짜']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('13.29억 (derived first half 2022) and the CAGR are shown', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts&chart=half&pt=0`);
  const tip = page.locator('#chart-half .chart-tip:not([hidden])');
  await tip.waitFor();
  assert.equal(await tip.locator('.tip-value').innerText(), '13.29억 위안');
  assert.equal(await tip.locator('.tip-kind').innerText(), '계산값');
  assert.equal(await tip.locator('.tip-formula').innerText(), '계산식: 2,212,000,000 ÷ (1 + 66.4%) = 1,329,326,923');
  // The CAGR is the trade chart's annotation, in its description (what a screen reader says).
  assert.match(await page.getAttribute('#chart-trade .chart-frame', 'aria-label'), /2017→2022 연평균 \+21\.3% \(CNY 기준\)$/);
  assert.match(await page.getAttribute('#chart-half .chart-frame', 'aria-label'), /2022년 상반기 13\.29억 위안 \(계산값\)/);
  for (const [lang, cagr, h1] of [['en', '2017→2022: +21.3% a year (in CNY)', 'CNY 1.329 billion'], ['zh', '2017—2022年年均增长21.3%（按人民币计）', '13.29亿元']]) {
    await page.goto('about:blank');
    await openApp(page, `${env.server.url}#lang=${lang}&panel=charts&chart=half&pt=0`);
    await tip.waitFor();
    assert.equal(await tip.locator('.tip-value').innerText(), h1, lang);
    assert.ok((await page.getAttribute('#chart-trade .chart-frame', 'aria-label')).endsWith(cagr), lang);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('every chart downloads as a PNG (2×, drawn, in the bar colour) and as an SVG', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts`);
  const data = await downloadDataset(env.browser, env.server.url);
  const svgTexts = (svg) => [...svg.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1]);
  // Files carry the title, the unit and the source credit; lines wrap to the chart's width.
  const frame = ['단위: 위안(CNY), 기사의 \'원\'', '출처: 흑룡강일보, 2023년 · 차트: 롱장 리더'];
  const expected = {
    trade: { texts: ['흑룡강성–한국 무역액', ...frame, '기사 수치', '계산값', '13.1억 위안', '2017년', '23.47억 위안', '2021년', '34.38억 위안', '2022년', '2017→2022 연평균 +21.3% (CNY 기준)'], rects: 3 },
    half: { texts: ['상반기 무역액: 2022 대 2023', ...frame, '기사 수치', '계산값', '13.29억 위안', '2022년 상반기', '22.12억 위안', '2023년 상반기', '전년 동기 대비 +66.4%'], rects: 2 },
    // Events of more than one day are bars; one-day events are dots.
    timeline: { texts: ['2023년 일정', '출처: 흑룡강일보, 2023년 · 차트: 롱장 리더', '2월', '3월', '5월', '8월'],
      labels: data.events.map((e) => `${koDates(e)} · ${e.title_ko}`),
      rects: data.events.filter((e) => e.end && (e.end.month !== e.start.month || e.end.day !== e.start.day)).length },
  };
  for (const [chart, want] of Object.entries(expected)) {
    const cssWidth = await page.$eval(`#chart-${chart}`, (e) => e.clientWidth);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click(`#chart-${chart} [data-export="png"]`)]);
    assert.equal(png.suggestedFilename(), `longjiang-${chart}-ko-cny.png`);
    const buf = fs.readFileSync(await png.path());
    assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${chart}: PNG signature`);
    const st = await pngStats(page, buf, [BAR]);
    assert.equal(st.width, Math.max(320, cssWidth) * 2, `${chart}: PNG width is 2× the chart`);
    // Taller than the chart on screen: the title, notes and credit are inside the file.
    const screenHeight = await page.$eval(`#chart-${chart} .chart-canvas`, (e) => e.clientHeight);
    assert.ok(st.height % 2 === 0 && st.height > screenHeight * 2, `${chart}: PNG height ${st.height} is 2× a chart taller than on screen (${screenHeight})`);
    // Drawn: a fair share of painted pixels in many colours (text is anti-aliased), and the bars.
    assert.ok(st.nonWhite > st.pixels * 0.02, `${chart}: only ${st.nonWhite} of ${st.pixels} pixels painted`);
    assert.ok(st.distinct > 20, `${chart}: ${st.distinct} colours`);
    assert.ok(st.near[0] > (chart === 'timeline' ? 200 : st.pixels * 0.01), `${chart}: ${st.near[0]} pixels in the bar colour`);

    const [svg] = await Promise.all([page.waitForEvent('download'), page.click(`#chart-${chart} [data-export="svg"]`)]);
    assert.equal(svg.suggestedFilename(), `longjiang-${chart}-ko-cny.svg`);
    const text = fs.readFileSync(await svg.path(), 'utf8');
    // Shown at the chart's width, drawn in the PNG's pixels: the PNG's proportions.
    const [, w, h, vw, vh] = text.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 (\d+) (\d+)"/).map(Number);
    assert.deepEqual([w * 2, h * 2, vw, vh], [st.width, st.height, st.width, st.height], `${chart}: SVG size`);
    assert.ok(text.trimEnd().endsWith('</svg>'), `${chart}: SVG is complete`);
    const texts = svgTexts(text);
    for (const t of want.texts) assert.ok(texts.includes(t), `${chart}: SVG lacks the text "${t}" (has ${JSON.stringify(texts)})`);
    // Event labels wrap onto lines of their own: whole, in order.
    const squash = (x) => x.replace(/\s+/g, '');
    for (const t of want.labels ?? []) assert.ok(squash(texts.join('')).includes(squash(t)), `${chart}: SVG lacks the label "${t}"`);
    // Solid rectangles in the bar colour: the stated bars and the legend's swatch, or the
    // timeline's multi-day events.
    const rects = [...text.matchAll(/<rect [^>]*fill="#1F5FA8"/g)].length;
    assert.equal(rects, want.rects, `${chart}: solid rectangles in the bar colour`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** RFC 4180 rows of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the figures CSV has one row per stated and derived figure of the dataset, field by field', async () => {
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#panel=charts`);
  const data = await downloadDataset(env.browser, env.server.url);
  assert.ok(data.figures.length > 0 && data.derived.length > 0);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-figures-csv')]);
  assert.equal(csv.suggestedFilename(), 'longjiang-figures-ko-cny.csv');
  const text = fs.readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM');
  assert.ok(text.endsWith('\r\n'));
  const rows = parseCsv(text.slice(1));
  // Issue #12: the qualifier (bound) and the value in the chosen currency (here yuan) beside the
  // stated one, labels in the interface language (here Korean).
  // The header and the units in the interface language (issue #22; the keys in English).
  assert.deepEqual(rows[0], ['id', '항목', '기간', '한정어', '값', '날짜', '단위', '환산값', '환산 단위', '환율 연도', '구분', '계산식', '출처 문장']);
  // The dataset's units by their file keys (data/README.md), and numbers as plain decimals.
  const KO_UNITS = { CNY: '위안(CNY)', USD: '달러(USD)', KRW: '원(KRW)', percent: '%', firms: '기업 수', bodies: '기관·단체 수', visits: '번', agreements: '협정 수', areas: '분야 수', people: '명', years: '년', months: '개월', days: '일', m2: '제곱미터(㎡)', ratio: '배', date: '날짜' };
  const unitKey = (u) => KO_UNITS[{ cny: 'CNY', usd: 'USD', krw: 'KRW' }[u] ?? u];
  const plain = (v) => (Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4))));
  const iso = (d) => [String(d.year).padStart(4, '0'), ...(d.month ? [String(d.month).padStart(2, '0')] : []), ...(d.day ? [String(d.day).padStart(2, '0')] : [])].join('-');
  const text0 = (i) => data.article.sentences[i].text;
  // Money in yuan: as it is, or converted at its year's average rate (whole yuan).
  const inCny = (value, unit, period) => {
    if (unit === 'cny') return [plain(value), KO_UNITS.CNY, ''];
    if (unit !== 'usd') return ['', '', ''];
    const r = data.rates.find((x) => x.year === Number(period.slice(0, 4)));
    return [String(Math.round(value * r.usd_cny)), KO_UNITS.CNY, String(r.year)];
  };
  // The qualifier and the kind in Korean too (issue #22): 여 after a count of things (120여 개),
  // 이상 after an amount or a length of time.
  const counted = ['firms', 'bodies', 'visits', 'agreements', 'areas', 'people'];
  const bound = (b, u) => ({ exact: '정확', about: '약', over: counted.includes(u) ? '여' : '이상' }[b]);
  const want = [
    ...data.figures.map((f) => [f.id, f.label_ko, f.period, bound(f.bound, f.unit),
      f.kind === 'date' ? '' : plain(f.value),
      f.kind === 'date' ? (f.date_end ? `${iso(f.date)}/${iso(f.date_end)}` : iso(f.date)) : '',
      f.kind === 'date' ? KO_UNITS.date : unitKey(f.unit), ...inCny(f.value, f.unit, f.period), '기사 수치', '', text0(f.sentence)]),
    ...data.derived.map((d) => [d.id, d.label_ko, d.period, '', plain(d.value), '', d.unit === 'none' ? KO_UNITS.ratio : unitKey(d.unit),
      ...inCny(d.value, d.unit, d.period), '계산값', d.formula,
      [...new Set(d.inputs.map((i) => text0(data.figures[i].sentence)))].sort().join(' / ')]),
  ];
  assert.equal(rows.length - 1, want.length, 'one row per figure');
  for (let i = 0; i < want.length; i++) assert.deepEqual(rows[i + 1], want[i], `row ${i + 1} (${want[i][0]})`);
  // And a few against the article by hand.
  const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
  // (Column 5 is the date, empty for all but dates: issue #24.)
  assert.deepEqual(byId.trade_2022.slice(1, 11), ['흑룡강성–한국 무역액', '2022', '정확', '3438000000', '', '위안(CNY)', '3438000000', '위안(CNY)', '', '기사 수치']);
  assert.deepEqual(byId.trade_2021.slice(2, 12), ['2021', '', '2346757679.1809', '', '위안(CNY)', '2346757679.1809', '위안(CNY)', '', '계산값', '3,438,000,000 ÷ (1 + 46.5%) = 2,346,757,679']);
  assert.deepEqual(byId.trade_h1_2022.slice(4, 7), ['1329326923.0769', '', '위안(CNY)']);
  assert.deepEqual(byId.korean_firms_invested.slice(3, 10), ['여', '120', '', '기업 수', '', '', '']);
  assert.deepEqual(byId.investment_total.slice(3, 10), ['이상', '2000000000', '', '달러(USD)', '14093400000', '위안(CNY)', '2023']);
  assert.equal(byId.cagr_2017_2022[6], '%');
  // A date is in its own column, never in `value`.
  assert.deepEqual(byId.date_event_week.slice(4, 7), ['', '2023-08-07/2023-08-11', '날짜']);
  assert.deepEqual(page.problems, []);
  await page.close();
});
