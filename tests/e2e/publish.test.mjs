// Issue #12 (items 4–6) in the real release build: numbers and periods read as words, charts
// that fit a 320 px phone in three currencies, a timeline whose marks sit with their labels,
// tooltips that close and keep off the buttons, and downloads ready to publish (PNG and SVG
// with title, unit, credit and a light background; figures CSV in the chosen language and
// currency). Phones are 320/360/390 px with touch; the desktop is 1280 px. Exported PNGs are
// decoded by Chromium itself (an <img> drawn onto a canvas).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPage, openApp, setup, shotPath, stateUrl } from './lib.mjs';

const env = setup();

const phone = (width) => ({ width, height: 780, dpr: 2, hasTouch: true });

/** The canvas layout a chart reports: its text boxes and point rectangles, in CSS pixels. */
async function chartLayout(page, chart) {
  return page.$eval(`#chart-${chart} .chart-canvas`, (el) => ({
    texts: JSON.parse(el.dataset.texts || '[]').map(([l, t, r, b, text]) => ({ l, t, r, b, text })),
    points: JSON.parse(el.dataset.points || '[]').map(([l, t, r, b]) => ({ l, t, r, b })),
    width: el.clientWidth,
    height: el.clientHeight,
  }));
}

/** Waits until every chart has drawn (its layout attribute is filled). */
async function chartsDrawn(page, charts = ['trade', 'half', 'timeline']) {
  for (const c of charts) {
    await page.waitForFunction((c) => (document.querySelector(`#chart-${c} .chart-canvas`)?.dataset.texts || '').length > 2, c);
  }
}

const overlaps = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
const squash = (s) => s.replace(/\s+/g, '');

/** Text inside the canvas and no two lines overlapping. */
function assertTextFits(layout, what) {
  for (const t of layout.texts) {
    assert.ok(t.l >= 0 && t.r <= layout.width + 0.5 && t.t >= 0 && t.b <= layout.height + 0.5,
      `${what}: "${t.text}" leaves the ${layout.width}×${layout.height} canvas at ${JSON.stringify(t)}`);
    assert.ok(!t.text.includes('…'), `${what}: "${t.text}" is cut`);
  }
  for (let i = 0; i < layout.texts.length; i++) {
    for (let j = i + 1; j < layout.texts.length; j++) {
      const [a, b] = [layout.texts[i], layout.texts[j]];
      assert.ok(!overlaps(a, b), `${what}: "${a.text}" overlaps "${b.text}"`);
    }
  }
}

/** The label → value pairs of the open card's field list. */
function cardFields(page) {
  return page.$$eval('#card .card-fields dt', (dts) =>
    Object.fromEntries(dts.map((dt) => [dt.innerText.trim(), dt.nextElementSibling.innerText.trim()])));
}

/**
 * Decodes PNG (and optionally SVG) bytes in the page: draws them on a canvas at the PNG's size
 * and returns the size, a few probes and the rows/columns ink profiles (dark pixels per row).
 */
async function decode(page, png, svg = null) {
  // In a blank page of the same browser: the app's page allows no data: or blob: image (its
  // strict CSP), and this is the test's decoding, not the app's.
  const scratch = await page.context().newPage();
  try {
    return await decodeIn(scratch, png, svg);
  } finally {
    await scratch.close();
  }
}

function decodeIn(page, png, svg) {
  return page.evaluate(async ({ png, svg }) => {
    const load = (src) => new Promise((ok, err) => { const i = new Image(); i.onload = () => ok(i); i.onerror = err; i.src = src; });
    const img = await load(`data:image/png;base64,${png}`);
    const [w, h] = [img.naturalWidth, img.naturalHeight];
    const pixels = async (im) => {
      const c = document.createElement('canvas');
      c.width = w; c.height = h;
      const ctx = c.getContext('2d');
      ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h);
      ctx.drawImage(im, 0, 0, w, h);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const lum = (d, i) => 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
    // Text ink: dark and grey (the chart's text colours), not the blue bars or orange notes.
    const ink = (d, i) => lum(d, i) < 160 && Math.abs(d[i + 2] - d[i]) < 40;
    const profile = (d) => {
      const rows = new Array(h).fill(0); const cols = new Array(w).fill(0);
      let total = 0;
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (ink(d, (y * w + x) * 4)) { rows[y]++; cols[x]++; total++; }
      // Smoothed over 9 px, so that a pixel or two of baseline difference does not count.
      const smooth = (a) => a.map((_, i) => a.slice(Math.max(0, i - 4), i + 5).reduce((s, v) => s + v, 0));
      return { rows: smooth(rows), cols: smooth(cols), total };
    };
    const p = await pixels(img);
    const at = (x, y) => lum(p, (y * w + x) * 4);
    const out = {
      w, h,
      corners: [at(1, 1), at(w - 2, 1), at(1, h - 2), at(w - 2, h - 2)],
      // The darkest pixel in the edge columns: text running off the side would show there.
      edgeMin: Math.min(...Array.from({ length: h }, (_, y) => Math.min(at(0, y), at(1, y), at(w - 1, y), at(w - 2, y)))),
      png: profile(p),
    };
    if (svg) {
      const blob = new Blob([svg], { type: 'image/svg+xml' });
      const url = URL.createObjectURL(blob);
      out.svg = profile(await pixels(await load(url)));
      URL.revokeObjectURL(url);
    }
    return out;
  }, { png: png.toString('base64'), svg });
}

/** Pearson correlation of two equal-length series. */
function correlation(a, b) {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n; const mb = b.reduce((s, v) => s + v, 0) / n;
  let num = 0; let da = 0; let db = 0;
  for (let i = 0; i < n; i++) { num += (a[i] - ma) * (b[i] - mb); da += (a[i] - ma) ** 2; db += (b[i] - mb) ** 2; }
  return num / Math.sqrt(da * db);
}

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
}

// ── Item 4: number cards and periods read as words ──────────────────────────────────────────

test('figure cards read as words in ko, en and zh, qualifier in place, periods localised (1280 px)', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  const expect = {
    ko: { firms: '120여 개 기업', age: '20년 이상', inv: '20억 달러 이상', months: '2023년 5–8월', monthly: '매달', value: '값', period: '기간' },
    en: { firms: 'more than 120 firms', age: 'more than 20 years', inv: 'more than US$2 billion', months: 'May–Aug 2023', monthly: 'monthly', value: 'Value', period: 'Period' },
    zh: { firms: '120余家企业', age: '20年以上', inv: '20亿美元以上', months: '2023年5月至8月', monthly: '每月', value: '数值', period: '时期' },
  };
  for (const [lang, want] of Object.entries(expect)) {
    // (Counts too, which the Korean reader's quiet reading leaves plain: every mark shown.)
    await openApp(page, `${env.server.url}#lang=${lang}&marks=all`);
    const card = async (figure) => {
      await page.click(`#article .mark.fig[data-figure="${figure}"]`);
      await page.locator('#card').waitFor();
      const f = await cardFields(page);
      await page.keyboard.press('Escape');
      await page.locator('#card').waitFor({ state: 'detached' });
      return f;
    };
    const firms = await card('korean_firms_invested');
    assert.equal(firms[want.value], want.firms, `${lang}: 120 firms`);
    const age = await card('firm_age');
    assert.equal(age[want.value], want.age, `${lang}: 20 years`);
    const inv = await card('investment_total');
    // The qualifier is part of the phrase, and the amount is not restated as "= 2,000,000,000 USD".
    assert.equal(inv[want.value].split('\n')[0], want.inv, `${lang}: 2 billion USD`);
    assert.ok(!/=|about \/ just over/.test(inv[want.value]), inv[want.value]);
    const months = await card('months_between');
    assert.equal(months[want.period], want.months, `${lang}: the period 2023-05/08`);
    const monthly = await card('skilled_per_month');
    assert.equal(monthly[want.period], want.monthly, `${lang}: "monthly"`);
    for (const f of [firms, age, inv, months, monthly]) {
      for (const v of Object.values(f)) assert.ok(!/\d{4}-\d{2}|\/\d{2}\b|just over|\bmonthly\b.*\bmonthly\b/.test(v) || lang === 'en', `${lang}: ${v}`);
    }
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('key figures on a 390 px phone: qualifiers in place, money also in the chosen currency', async () => {
  const page = await newPage(env.browser, phone(390));
  await openApp(page, `${env.server.url}#lang=en&panel=charts&cur=krw`);
  const tile = (id) => page.locator(`#chart-key .key-tile[data-figure="${id}"]`);
  assert.equal(await tile('korean_firms_invested').locator('.key-value').innerText(), 'more than 120 firms');
  const inv = await tile('investment_total').innerText();
  assert.match(inv, /^more than US\$2 billion\nmore than ≈ KRW 2\.61 trillion\n/);
  assert.ok(!/\+/.test(await page.locator('#chart-key').innerText()), 'no "120 firms+"');
  // A tap opens the figure's card with the same words.
  await tile('korean_firms_invested').tap();
  await page.locator('#article .mark.fig[data-figure="korean_firms_invested"]').tap();
  await page.locator('#card').waitFor();
  assert.equal((await cardFields(page)).Value, 'more than 120 firms');
  assert.deepEqual(page.problems, []);
  await page.close();
});

// ── Item 5: charts on phones and in three currencies ────────────────────────────────────────

for (const width of [320, 360, 390]) {
  test(`${width} px phone, English + KRW: chart text fits, compact rounded labels, whole subtitle`, async () => {
    const page = await newPage(env.browser, phone(width));
    await openApp(page, `${env.server.url}#lang=en&panel=charts&cur=krw`);
    await chartsDrawn(page);
    for (const c of ['trade', 'half', 'timeline']) assertTextFits(await chartLayout(page, c), `${width} ${c}`);
    const trade = await chartLayout(page, 'trade');
    const all = trade.texts.map((t) => t.text);
    assert.ok(all.includes('≈ KRW 660bn') || all.includes('≈ 660bn'), all.join(' | '));
    assert.ok(!all.some((t) => /660\.371|billion/.test(t)), 'rounded, short scale words');
    // The subtitle is whole, wrapped rather than cut.
    assert.ok(squash(all.join(' ')).includes(squash('In Korean won (KRW), converted at annual average rates (approximate)')));
    // Converted values say so in the legend.
    assert.ok(all.includes('given in the article (yuan), converted') && !all.includes('stated'));
    // The growth annotation keeps clear of the top tick label.
    const note = trade.texts.find((t) => t.text.includes('a year'));
    const ticks = trade.texts.filter((t) => /^\d[\d,.]* (bn|tn)$/.test(t.text));
    const top = ticks.reduce((a, b) => (a.t < b.t ? a : b));
    assert.ok(top.t - note.b >= 8, `top tick "${top.text}" ${top.t - note.b}px under the annotation`);
    // Nothing is drawn in the canvas's outermost columns: no label runs off the edge.
    const edgeInk = await page.$eval('#chart-trade .chart-base', (c) => {
      // One read of the outermost 4 backend-pixel columns; the background is their top pixel.
      const d = c.getContext('2d').getImageData(c.width - 4, 0, 4, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 30) n++;
      return n;
    });
    assert.equal(edgeInk, 0, 'ink in the right edge columns');
    // The note under the currency switch: two whole sentences.
    const note2 = await page.locator('.charts-panel .money-explainer').innerText();
    assert.match(note2, /not Korean won\. Amounts in Korean won \(KRW\) are approximations, converted from the article's yuan at each year's average exchange rate\.$/);
    if (width === 320) await page.locator('#chart-trade').screenshot({ path: shotPath('publish-320-krw-trade') });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('Korean + KRW at 320 px: ≈ 6,604억 원 with separators, the tooltip says converted', async () => {
  const page = await newPage(env.browser, phone(320));
  await openApp(page, `${env.server.url}#panel=charts&cur=krw`);
  await chartsDrawn(page);
  const trade = await chartLayout(page, 'trade');
  assertTextFits(trade, 'ko 320 trade');
  assert.ok(trade.texts.some((t) => /^≈ 6,604억( 원)?$/.test(t.text)), trade.texts.map((t) => t.text).join(' | '));
  assert.ok(trade.texts.some((t) => t.text === '8,000억'), 'axis labels grouped');
  // Tap the 2022 bar.
  await page.locator('#chart-trade').scrollIntoViewIfNeeded();
  const box = await page.locator('#chart-trade .chart-overlay').boundingBox();
  const bar = trade.points[2];
  await page.touchscreen.tap(box.x + (bar.l + bar.r) / 2, box.y + (bar.t + bar.b) / 2);
  const tip = page.locator('#chart-trade .chart-tip');
  await tip.waitFor();
  const text = await tip.innerText();
  assert.match(text, /≈ 6,604억 원/);
  assert.match(text, /기사 수치\(위안\)를 환산/);
  assert.match(text, /기사: 34\.38억 위안 · 2022년 평균 환율로 환산/);
  assert.ok(!/^기사 수치$/m.test(text), 'not labelled as the stated figure');
  await page.locator('#chart-trade').screenshot({ path: shotPath('publish-320-krw-ko-tooltip') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const width of [320, 360]) {
  test(`${width} px phone: every tooltip stays inside its chart and off the download buttons`, async () => {
    const page = await newPage(env.browser, phone(width));
    await openApp(page, `${env.server.url}#lang=en&panel=charts&cur=usd`);
    await chartsDrawn(page);
    for (const c of ['trade', 'half', 'timeline']) {
      const n = (await chartLayout(page, c)).points.length;
      await page.focus(`#chart-${c} .chart-frame`);
      for (let i = 0; i < n; i++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(120); // measured, then placed
        const tip = await page.locator(`#chart-${c} .chart-tip`).boundingBox();
        const frame = await page.locator(`#chart-${c} .chart-frame`).boundingBox();
        assert.ok(tip, `${c} ${i}: tooltip shown`);
        assert.ok(tip.x >= frame.x - 0.5 && tip.x + tip.width <= frame.x + frame.width + 0.5
          && tip.y >= frame.y - 0.5 && tip.y + tip.height <= frame.y + frame.height + 0.5,
          `${c} ${i}: tooltip ${JSON.stringify(tip)} outside the chart ${JSON.stringify(frame)}`);
        for (const b of await page.locator(`#chart-${c} .chart-tools button`).all()) {
          const bb = await b.boundingBox();
          const hit = tip.x < bb.x + bb.width && bb.x < tip.x + tip.width && tip.y < bb.y + bb.height && bb.y < tip.y + tip.height;
          assert.ok(!hit, `${c} ${i}: the tooltip covers "${await b.innerText()}"`);
        }
      }
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('a tooltip closes with Escape or a tap elsewhere, and opens again on the next tap (320 px)', async () => {
  const page = await newPage(env.browser, phone(320));
  await openApp(page, `${env.server.url}#lang=en&panel=charts`);
  await chartsDrawn(page, ['half']);
  const { points } = await chartLayout(page, 'half');
  const tapBar = async (i) => {
    // A bar tap also scrolls the reader to the sentence: bring the chart back first.
    await page.locator('#chart-half').scrollIntoViewIfNeeded();
    const box = await page.locator('#chart-half .chart-overlay').boundingBox();
    await page.touchscreen.tap(box.x + (points[i].l + points[i].r) / 2, box.y + points[i].b - 10);
  };
  const tip = page.locator('#chart-half .chart-tip');
  await tapBar(1);
  await tip.waitFor();
  assert.match(await tip.innerText(), /H1 2023/);
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  assert.match(await stateUrl(page), /chart=half&pt=1/, 'the selection is kept');
  await tapBar(0);
  await tip.waitFor();
  assert.match(await tip.innerText(), /H1 2022/);
  // A tap elsewhere on the page (the note under the currency switch).
  await page.locator('.charts-panel .money-explainer').scrollIntoViewIfNeeded();
  const note = await page.locator('.charts-panel .money-explainer').boundingBox();
  await page.touchscreen.tap(note.x + 5, note.y + 5);
  await tip.waitFor({ state: 'hidden' });
  await tapBar(0);
  await tip.waitFor();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the same at 1280 px with a mouse: a click elsewhere closes the tooltip, Escape too', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, `${env.server.url}#lang=en&panel=charts&chart=trade&pt=2`);
  const tip = page.locator('#chart-trade .chart-tip');
  await tip.waitFor();
  await page.mouse.click(5, 5);
  await tip.waitFor({ state: 'hidden' });
  await page.focus('#chart-trade .chart-frame');
  await page.keyboard.press('ArrowLeft');
  await tip.waitFor();
  assert.match(await tip.innerText(), /^2021\n/);
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  assertTextFits(await chartLayout(page, 'trade'), '1280 trade');
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const width of [360, 390]) {
  test(`timeline at ${width} px: every label whole, each mark on its own label's row`, async () => {
    for (const lang of ['en', 'ko', 'zh']) {
      const page = await newPage(env.browser, phone(width));
      await openApp(page, `${env.server.url}#lang=${lang}&panel=charts`);
      await chartsDrawn(page, ['timeline']);
      const tl = await chartLayout(page, 'timeline');
      assertTextFits(tl, `${width} ${lang} timeline`);
      if (lang === 'en' && width === 360) await page.locator('#chart-timeline').screenshot({ path: shotPath('publish-360-timeline') });
      // The data table lists each event's date and title: all of it is on the chart.
      await page.click('#chart-timeline .chart-tools button[aria-expanded]');
      const rows = await page.$$eval('#chart-timeline table.data-table tbody tr', (trs) =>
        trs.map((tr) => ({ title: tr.querySelector('th').innerText, when: tr.querySelector('td').innerText })));
      assert.equal(rows.length, tl.points.length);
      const drawn = squash(tl.texts.map((t) => t.text).join(''));
      rows.forEach((r, i) => {
        assert.ok(drawn.includes(squash(`${r.when} · ${r.title}`)), `${lang}: "${r.when} · ${r.title}" is not whole`);
        // The label's first line starts with its date; the mark is centred on that line and
        // further from every other line of text than from it.
        const label = squash(`${r.when} · ${r.title}`);
        const first = tl.texts.filter((t) => label.startsWith(squash(t.text)))
          .reduce((a, b) => (a && a.text.length >= b.text.length ? a : b), null);
        assert.ok(first, `${lang}: first line of ${r.when}`);
        const m = tl.points[i];
        const cy = (m.t + m.b) / 2;
        assert.ok(cy > first.t && cy < first.b, `${lang}: mark ${i} (y ${cy}) beside its label's first line ${JSON.stringify(first)}`);
        const gapTo = (t) => (cy < t.t ? t.t - cy : cy > t.b ? cy - t.b : 0);
        const others = tl.texts.filter((t) => !squash(`${r.when} · ${r.title}`).includes(squash(t.text)) && !/^\d+月$|^\d+월$|^[A-Z][a-z]{2}$/.test(t.text) && t.b < tl.height - 30);
        for (const o of others) assert.ok(gapTo(o) >= 8, `${lang}: mark ${i} is ${gapTo(o)}px from "${o.text}"`);
      });
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  });
}

// ── Item 6: exports ready to publish ────────────────────────────────────────────────────────

test('PNG sizes: 2× the chart (the default), 1×, or 1200 px wide whatever the screen; each file says its size', async () => {
  const page = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
  await openApp(page, `${env.server.url}#lang=en&panel=charts`);
  await chartsDrawn(page, ['half']);
  const cssWidth = await page.$eval('#chart-half', (e) => e.clientWidth);
  const widthOf = (bytes) => (bytes.toString('latin1', 12, 16) === 'IHDR' ? bytes.readUInt32BE(16) : -1);
  const sizes = await page.$$eval('#chart-half .png-size option', (o) => o.map((x) => [x.value, x.textContent]));
  assert.deepEqual(sizes, [['2x', '2×'], ['1x', '1×'], ['1200', '1200 px']]);
  assert.match(await page.getAttribute('#chart-half .png-size', 'aria-label'), /^PNG size — /);
  const two = await download(page, '#chart-half [data-export="png"]');
  assert.equal(two.name, 'longjiang-half-en-cny.png');
  assert.equal(widthOf(two.bytes), cssWidth * 2);
  await page.selectOption('#chart-half .png-size', '1x');
  const one = await download(page, '#chart-half [data-export="png"]');
  assert.equal(one.name, 'longjiang-half-en-cny-1x.png');
  assert.equal(widthOf(one.bytes), cssWidth);
  await page.selectOption('#chart-half .png-size', '1200');
  const fixed = await download(page, '#chart-half [data-export="png"]');
  assert.equal(fixed.name, 'longjiang-half-en-cny-1200.png');
  assert.equal(widthOf(fixed.bytes), 1200, `on a ${cssWidth} px chart`);
  fs.writeFileSync(shotPath('publish-export-half-1200'), fixed.bytes);
  // Another chart keeps its own choice.
  assert.equal(await page.inputValue('#chart-trade .png-size'), '2x');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('PNG and SVG in dark theme at 1280 px: light background, title, unit, credit; SVG text at the PNG\'s size', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900, dark: true });
  await openApp(page, `${env.server.url}#lang=en&panel=charts&cur=krw&theme=dark`);
  await chartsDrawn(page, ['trade']);
  // The chart on screen is dark…
  const screenBg = await page.$eval('#chart-trade .chart-base', (c) => Array.from(c.getContext('2d').getImageData(2, 2, 1, 1).data));
  assert.ok(screenBg[0] < 60, `dark canvas on screen: ${screenBg}`);
  const cssWidth = await page.$eval('#chart-trade', (e) => e.clientWidth);
  const png = await download(page, '#chart-trade [data-export="png"]');
  const svg = await download(page, '#chart-trade [data-export="svg"]');
  assert.equal(png.name, 'longjiang-trade-en-krw.png', 'the file names its chart, language and currency');
  assert.equal(svg.name, 'longjiang-trade-en-krw.svg');
  fs.writeFileSync(shotPath('publish-export-trade-en-krw-dark'), png.bytes);
  const svgText = svg.bytes.toString('utf8');
  // …the files are light, with the words around the chart inside them.
  const img = await decode(page, png.bytes, svgText);
  assert.equal(img.w, cssWidth * 2, 'PNG at 2× the chart width');
  for (const c of img.corners) assert.ok(c > 240, `light background: corner luminance ${img.corners}`);
  const inkRows = img.png.rows.map((n, y) => (n > 0 ? y : -1)).filter((y) => y >= 0);
  assert.ok(inkRows[0] < 60, 'the title at the top');
  assert.ok(inkRows[inkRows.length - 1] > img.h - 60, 'the credit at the bottom');
  const text = [...svgText.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  assert.match(svgText, /^<svg[^>]*width="\d+" height="\d+"[^>]*><title>Heilongjiang–Korea trade<\/title>/);
  for (const want of ['Heilongjiang–Korea trade', 'In Korean won (KRW)', 'Amounts in Korean won (KRW) are approximations', 'Bank of Korea', 'Hatched bars are derived', 'Source: Heilongjiang Daily, Korean edition, 2023', 'Chart: Longjiang Reader', '≈ KRW 660bn']) {
    assert.ok(text.includes(want), `SVG lacks "${want}"`);
  }
  assert.match(svgText, /<rect x="0" y="0" width="\d+" height="\d+" fill="#FFFFFF"\/>/);
  assert.ok(!svgText.toUpperCase().includes("#16181C"), 'no dark background in the SVG');
  // The SVG, rasterised at the PNG's size, has as much text ink as the PNG, in the same rows
  // and columns: its text is the same size relative to the chart.
  const similar = (a, b) => ({
    ink: b.total / a.total, rows: correlation(a.rows, b.rows), cols: correlation(a.cols, b.cols),
  });
  const same = similar(img.png, img.svg);
  assert.ok(Math.abs(same.ink - 1) < 0.05 && same.rows > 0.93 && same.cols > 0.97, `SVG vs PNG text: ${JSON.stringify(same)}`);
  // plotters' own SVG backend wrote text at 1/1.24 of its size: such a file is told apart.
  const shrunk = svgText.replace(/font-size="([\d.]+)"/g, (_, s) => `font-size="${(s / 1.24).toFixed(2)}"`);
  const bad = similar(img.png, (await decode(page, png.bytes, shrunk)).svg);
  assert.ok(Math.abs(bad.ink - 1) > 0.2 || bad.rows < 0.8 || bad.cols < 0.9, `a shrunk-text SVG passes for the same: ${JSON.stringify(bad)}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('PNG from a 320 px phone in Korean + KRW: 640 px wide, light, nothing off the edges', async () => {
  const page = await newPage(env.browser, { ...phone(320), dark: true });
  await openApp(page, `${env.server.url}#panel=charts&cur=krw&theme=dark`);
  await chartsDrawn(page);
  for (const c of ['trade', 'timeline']) {
    const png = await download(page, `#chart-${c} [data-export="png"]`);
    const img = await decode(page, png.bytes);
    assert.equal(img.w, 640);
    for (const v of img.corners) assert.ok(v > 240, `${c}: light corners ${img.corners}`);
    assert.ok(img.edgeMin > 200, `${c}: ink at the image's edge (${img.edgeMin})`);
    if (c === 'timeline') fs.writeFileSync(shotPath('publish-export-timeline-ko-320'), png.bytes);
  }
  const svg = (await download(page, '#chart-trade [data-export="svg"]')).bytes.toString('utf8');
  assert.ok(svg.includes('출처: 흑룡강일보, 2023년 · 차트: 롱장 리더'));
  assert.ok(svg.includes('단위: 원화(KRW), 연평균 환율로 환산한 근삿값'));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('figures CSV at 1280 px: bound, value in the chosen currency next to the stated one, labels in the interface language', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  const parse = (text) => text.replace(/^\ufeff/, '').trim().split('\r\n').map((line) => {
    const out = []; let cur = ''; let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '"' && q && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = !q;
      else if (ch === ',' && !q) { out.push(cur); cur = ''; } else cur += ch;
    }
    out.push(cur);
    return out;
  });
  for (const [lang, cur, label] of [['en', 'krw', 'Heilongjiang–Korea trade'], ['ko', 'usd', '흑룡강성–한국 무역액'], ['zh', 'cny', '黑龙江省对韩贸易额']]) {
    await openApp(page, `${env.server.url}#lang=${lang}&panel=charts&cur=${cur}`);
    const csv = await download(page, '#download-figures-csv');
    assert.equal(csv.name, `longjiang-figures-${lang}-${cur}.csv`, 'the file names its language and currency');
    const rows = parse(csv.bytes.toString('utf8'));
    // The header and the units in the interface language (issue #22); in English, the keys.
    const keys = ['id', 'label', 'period', 'bound', 'value', 'date', 'unit', 'value_converted', 'unit_converted', 'rate_year', 'kind', 'formula', 'source_sentence'];
    const heads = {
      en: keys,
      ko: ['id', '항목', '기간', '한정어', '값', '날짜', '단위', '환산값', '환산 단위', '환율 연도', '구분', '계산식', '출처 문장'],
      zh: ['id', '项目', '时期', '限定词', '数值', '日期', '单位', '折算值', '折算单位', '汇率年份', '类型', '计算公式', '来源句子'],
    };
    const units = { en: { cny: 'CNY', krw: 'KRW', usd: 'USD' }, ko: { cny: '위안(CNY)', krw: '원(KRW)', usd: '달러(USD)' }, zh: { cny: '元（CNY）', krw: '韩元（KRW）', usd: '美元（USD）' } }[lang];
    assert.deepEqual(rows[0], heads[lang]);
    const get = (id) => Object.fromEntries(keys.map((h, i) => [h, rows.find((r) => r[0] === id)[i]]));
    // The qualifier and the kind in the interface language too; in English, the keys.
    const words = {
      en: { exact: 'exact', firms: 'over', amount: 'over', derived: 'derived' },
      ko: { exact: '정확', firms: '여', amount: '이상', derived: '계산값' },
      zh: { exact: '确数', firms: '余', amount: '以上', derived: '推算值' },
    }[lang];
    const t22 = get('trade_2022');
    assert.equal(t22.label, label);
    assert.equal(t22.bound, words.exact);
    assert.equal(`${t22.value} ${t22.unit}`, `3438000000 ${units.cny}`);
    assert.equal(t22.unit_converted, units[cur]);
    const expected = { krw: 660371403934, usd: 511143159, cny: 3438000000 }[cur];
    assert.equal(Number(t22.value_converted), expected);
    assert.equal(t22.rate_year, cur === 'cny' ? '' : '2022');
    assert.equal(get('korean_firms_invested').bound, words.firms);
    assert.equal(get('investment_total').bound, words.amount);
    assert.equal(get('trade_2021').kind, words.derived);
    assert.equal(get('trade_2021').unit_converted, units[cur]);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

// ── Issue #20: chart text in the font of its language; lines break between words ───────────

for (const width of [320, 1280]) {
  test(`${width} px: Chinese charts and their SVG in Noto Sans CJK SC (lang zh-Hans), Korean in KR; no line starts with closing punctuation`, async () => {
    // Lines never start with closing punctuation and never end with an opening bracket.
    const noStart = /^[）》〉”’)\]}」』】，。、；：！？,.;:!?·%]/;
    const noEnd = /[（《〈“‘(\[{「『【]$/;
    const cases = [
      { lang: 'zh', family: 'Noto Sans CJK SC', tag: 'zh-Hans', whole: '（黑龙江）' },
      { lang: 'ko', family: 'Noto Sans CJK KR', tag: 'ko', whole: '중한(흑룡강)' },
    ];
    for (const { lang, family, tag, whole } of cases) {
      const page = await newPage(env.browser, width === 320 ? phone(320) : { width, height: 900 });
      await openApp(page, `${env.server.url}#lang=${lang}&panel=charts`);
      await chartsDrawn(page);
      for (const c of ['trade', 'half', 'timeline']) {
        // The canvas draws in the language's font (the last font set is that of the last text)
        // and says its language, which the font fallback follows.
        const canvas = await page.$eval(`#chart-${c} .chart-base`, (el) => ({ lang: el.getAttribute('lang'), font: el.getContext('2d').font }));
        assert.equal(canvas.lang, tag, `${lang} ${c}: the canvas's lang`);
        assert.match(canvas.font, new RegExp(`px ["']?${family}["']?,`), `${lang} ${c}: ${canvas.font}`);
        const layout = await chartLayout(page, c);
        for (const t of layout.texts) {
          assert.ok(!noStart.test(t.text) && !noEnd.test(t.text), `${width} ${lang} ${c}: a line "${t.text}"`);
        }
        if (c === 'timeline') {
          assert.ok(layout.texts.some((t) => t.text.includes(whole)), `${width} ${lang}: "${whole}" is split: ${layout.texts.map((t) => t.text).join(' | ')}`);
        }
      }
      // The file: every text in the language's font first, with its lang.
      const svg = (await download(page, '#chart-timeline [data-export="svg"]')).bytes.toString('utf8');
      const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ attrs: m[1], text: m[2] }));
      assert.ok(texts.length > 10, `${lang}: ${texts.length} texts`);
      for (const { attrs, text } of texts) {
        assert.ok(attrs.includes(`font-family="&#39;${family}&#39;,`), `${width} ${lang}: "${text}" set in ${attrs}`);
        assert.ok(attrs.includes(` lang="${tag}"`), `${width} ${lang}: "${text}" without lang="${tag}": ${attrs}`);
        assert.ok(!noStart.test(text) && !noEnd.test(text), `${width} ${lang}: a line "${text}" in the SVG`);
      }
      assert.ok(texts.some((t) => t.text.includes(whole)), `${width} ${lang}: "${whole}" split in the SVG`);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  });
}
