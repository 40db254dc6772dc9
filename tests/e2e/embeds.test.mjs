// Embeds a producer ships (issue #24): each chart part has a built page of its own
// (dist/embed/{part}-{lang}-{cur}.html) that is the chart, in the snippet's language and currency,
// before any script and without one; it weighs a fraction of the reader; its points answer a
// hover, a tap and the keyboard; the share panel's snippets point there, reserve the page's
// height so the host does not jump, and offer a static image (noscript, AMP placeholder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, frames, layoutShifts, newPage, openApp, recordLayoutShifts, repoRoot, serve, setup, shotPath, until } from './lib.mjs';
import { measurePage } from '../../scripts/embed-heights.mjs';

const env = setup();

const PARTS = ['charts', 'trade', 'half', 'timeline', 'key'];
/** The heading each part's page opens with (the chart's title as the app names it). */
const HEADINGS = {
  ko: { charts: '차트', trade: '흑룡강성–한국 무역액', key: '주요 수치' },
  en: { charts: 'Charts', trade: 'Heilongjiang–Korea trade', key: 'Key figures' },
};
/** The generated table of measured heights (src/core/embed_heights.rs). */
const heightsTable = Object.fromEntries(
  [...fs.readFileSync(path.join(repoRoot, 'src', 'core', 'embed_heights.rs'), 'utf8')
    .matchAll(/\("([a-z]+(?:-[a-z]+-[a-z]+)?)", \[([\d, ]+)\], (\d+)\)/g)]
    .map((m) => [m[1], { min: m[2].split(', ').map(Number), max: Number(m[3]) }]),
);

/**
 * A news page on another origin (a server of its own, as a newsroom's site is): the share panel's
 * pym code `pym` (with pym.js served by the same server) between a paragraph `before` and one
 * `after`. Close the server when done.
 */
async function newsPage(pym, { lang, heading, before, after }) {
  const pymFile = path.join(repoRoot, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js');
  const news = http.createServer((req, res) => {
    if (req.url.startsWith('/pym')) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      return res.end(fs.readFileSync(pymFile));
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Story</title><style>body{margin:0;font:17px/1.6 sans-serif}article{padding:0 12px}</style></head><body><article><h1>${heading}</h1><p>${before}</p>
${pym.replace('https://pym.nprapps.org/pym.v1.min.js', '/pym.v1.min.js')}
<p>${after}</p></article></body></html>`);
  });
  await new Promise((r) => news.listen(0, '127.0.0.1', r));
  return news;
}

test('each chart part has its own built page: that part, in its language, without JavaScript', async () => {
  for (const lang of ['ko', 'en']) {
    for (const part of PARTS) {
      for (const width of [360, 1280]) {
        const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 }, locale: 'ko-KR' });
        const page = await context.newPage();
        const res = await page.goto(`${env.server.url}embed/${part}-${lang}-cny.html`);
        assert.equal(res.status(), 200, `${part}-${lang}`);
        const what = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
          context: document.querySelector('.embed-context').textContent,
          article: document.querySelectorAll('#article, .article').length,
          figures: [...document.querySelectorAll('.embed-figure')].map((f) => f.id),
          // The drawing shown at this width (one of its two layouts) and its points.
          plots: [...document.querySelectorAll('.embed-plot')].filter((p) => p.getClientRects().length).length,
          points: [...document.querySelectorAll('.pt')].filter((p) => p.getClientRects().length).length,
          tiles: document.querySelectorAll('.key-tile').length,
          overflow: document.documentElement.scrollWidth - innerWidth,
          scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        }));
        const where = `${part}-${lang} at ${width} px`;
        assert.equal(what.lang, lang, where);
        assert.equal(what.h1.length, 1, `${where}: one heading`);
        if (HEADINGS[lang][part]) assert.equal(what.h1[0], HEADINGS[lang][part], where);
        // The article it comes from, in the page's language first.
        assert.equal(what.context, lang === 'en' ? '2023 Korean SMEs Longjiang Event Week · 2023 한국 중소기업 룡강 행사주간' : '2023 한국 중소기업 룡강 행사주간', where);
        assert.equal(what.article, 0, `${where}: no article`);
        const charts = part === 'charts' ? ['trade', 'half', 'timeline', 'key'] : [part];
        assert.deepEqual(what.figures, charts.map((c) => `embed-chart-${c}`), where);
        assert.equal(what.plots, charts.filter((c) => c !== 'key').length, `${where}: one drawing per chart shown`);
        if (part === 'key' || part === 'charts') assert.equal(what.tiles, 7, where);
        if (part !== 'key') assert.ok(what.points >= 2, `${where}: ${what.points} points`);
        assert.ok(what.overflow <= 0, `${where}: ${what.overflow} px wider than the window`);
        assert.deepEqual(what.scripts, ['../frame.js', '../embed.js'], `${where}: no script but the height messages and the settings`);
        if (part === 'trade' && width === 360) await page.screenshot({ path: shotPath(`embed-built-trade-${lang}-360-nojs`), fullPage: true });
        await context.close();
      }
    }
  }
});

test('the glossary has its own built page: every entry, in its language, each opening its card, without JavaScript', async () => {
  for (const [lang, words] of [['ko', { h1: '용어집', kind: '지명', gloss: '하얼빈. 헤이룽장성의 성도(省都).' }], ['en', { h1: 'Glossary', kind: 'Place', gloss: 'Harbin, capital of Heilongjiang' }]]) {
    for (const width of [360, 1280]) {
      const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 }, hasTouch: width < 600 });
      const page = await context.newPage();
      const res = await page.goto(`${env.server.url}embed/glossary-${lang}-cny.html`);
      assert.equal(res.status(), 200);
      const where = `glossary-${lang} at ${width} px`;
      const what = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
        article: document.querySelectorAll('#article, .article').length,
        entries: document.querySelectorAll('.glossary-item[popovertarget]').length,
        groups: document.querySelectorAll('.glossary-group h2').length,
        cards: document.querySelectorAll('.popcard[popover]').length,
        dangling: [...document.querySelectorAll('[popovertarget]')].filter((b) => !document.getElementById(b.getAttribute('popovertarget'))).length,
        overflow: document.documentElement.scrollWidth - innerWidth,
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        end: !!document.querySelector('a.skip-link[href="#embed-end"]') && !!document.getElementById('embed-end'),
      }));
      assert.equal(what.lang, lang, where);
      assert.deepEqual(what.h1, [words.h1], where);
      assert.equal(what.article, 0, `${where}: no article`);
      assert.equal(what.entries, 103, `${where}: every entry`);
      assert.equal(what.cards, 103, `${where}: every entry's card`);
      assert.equal(what.dangling, 0, where);
      assert.ok(what.groups >= 5, `${where}: grouped by category`);
      assert.ok(what.overflow <= 0, `${where}: ${what.overflow} px wider than the window`);
      assert.deepEqual(what.scripts, ['../frame.js', '../embed.js', '../popcards.js'], where);
      assert.ok(what.end, `${where}: a keyboard reader can skip past it`);
      const item = page.locator('.glossary-item[data-term="harbin"]');
      await item.scrollIntoViewIfNeeded();
      if (width < 600) await item.tap(); else await item.click();
      await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
      const card = await page.evaluate(() => {
        const c = document.querySelector('#pop-term-harbin').getBoundingClientRect();
        return { kind: document.querySelector('#pop-term-harbin .card-kind').textContent, text: document.querySelector('#pop-term-harbin').textContent,
          inViewport: c.left >= -1 && c.top >= -1 && c.right <= innerWidth + 1 && c.bottom <= innerHeight + 1 };
      });
      assert.equal(card.kind, words.kind, where);
      assert.ok(card.text.includes(words.gloss), where);
      assert.equal(await page.getAttribute('#pop-term-harbin', 'lang'), lang, `${where}: the card says its language`);
      assert.ok(card.inViewport, `${where}: the card is on screen`);
      if (width === 360) await page.screenshot({ path: shotPath(`embed-built-glossary-${lang}-360-card`) });
      await page.keyboard.press('Escape');
      await context.close();
    }
  }
});

test('an embed page weighs at most 60 KB brotli, every part (the glossary too), language and currency', () => {
  const br = (file) => zlib.brotliCompressSync(fs.readFileSync(path.join(DIST, file))).length;
  const icon = fs.readdirSync(DIST).find((f) => /^favicon-.*\.svg$/.test(f));
  const shared = br('frame.js') + br('embed.js') + br(icon);
  const pages = fs.readdirSync(path.join(DIST, 'embed')).filter((f) => f.endsWith('.html'));
  assert.equal(pages.length, 54, '45 chart pages and 9 glossary pages');
  for (const p of pages) {
    const total = br(`embed/${p}`) + shared;
    assert.ok(total <= 60 * 1024, `${p}: ${total} B brotli`);
  }
});

test("a point's tooltip answers a tap, a hover and the keyboard, inside its chart", async () => {
  // A phone: a tap on a bar shows its value and its source sentence.
  const phone = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
  await phone.goto(`${env.server.url}embed/trade-ko-cny.html`);
  const tipOf = (id) => phone.evaluate((id) => {
    const g = document.getElementById(id);
    const tip = g.querySelector('.pt-tip');
    const t = tip.getBoundingClientRect();
    const plot = g.closest('.embed-plot').getBoundingClientRect();
    return {
      shown: getComputedStyle(tip).visibility === 'visible',
      text: [...tip.querySelectorAll('text')].map((x) => x.textContent).join(' '),
      inside: t.left >= plot.left - 0.5 && t.right <= plot.right + 0.5 && t.top >= plot.top - 0.5 && t.bottom <= plot.bottom + 0.5,
      size: Math.min(...[...tip.querySelectorAll('text')].map((x) => x.getBoundingClientRect().height)),
    };
  }, id);
  assert.equal((await tipOf('pt-trade-2-340')).shown, false, 'no tooltip before a tap');
  await phone.tap('#pt-trade-2-340 .pt-hit');
  const tapped = await tipOf('pt-trade-2-340');
  assert.ok(tapped.shown, 'a tap shows the tooltip');
  assert.ok(tapped.inside, 'inside the chart');
  assert.match(tapped.text, /2022년 34\.38억 위안 기사 수치/);
  assert.match(tapped.text, /34억 3,800만원/, 'with its source sentence');
  await phone.screenshot({ path: shotPath('embed-built-trade-ko-390-tap') });
  assert.deepEqual(phone.problems, []);
  await phone.close();
  // A desktop: the wide layout; a hover, then the keyboard.
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.goto(`${env.server.url}embed/half-en-usd.html`);
  await page.hover('#pt-half-0-640 .pt-hit');
  const hovered = await page.evaluate(() => getComputedStyle(document.querySelector('#pt-half-0-640 .pt-tip')).visibility);
  assert.equal(hovered, 'visible');
  await page.mouse.move(0, 0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    id: document.activeElement.id,
    name: document.activeElement.getAttribute('aria-label'),
    tip: getComputedStyle(document.activeElement.querySelector('.pt-tip')).visibility,
  }));
  assert.equal(focused.id, 'pt-half-1-640', 'Tab goes from point to point');
  assert.match(focused.name, /^H1 2023, ≈ US\$/, 'named by its value');
  assert.equal(focused.tip, 'visible');
  await page.screenshot({ path: shotPath('embed-built-half-en-1280-focus') });
  assert.deepEqual(page.problems, []);
  // The tooltip takes the page's theme, as the drawing under it does (found on a producer's
  // tour: a white box over the dark drawing).
  const lum = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; };
  const tipColours = (p) => p.evaluate(() => {
    const tip = document.querySelector('#pt-half-0-640 .pt-tip');
    return { box: getComputedStyle(tip.querySelector('rect')).fill, text: getComputedStyle(tip.querySelector('text')).fill };
  });
  const light = await tipColours(page);
  assert.ok(lum(light.box) > 0.9 && lum(light.text) < 0.2, JSON.stringify(light));
  const dark = await newPage(env.browser, { width: 1280, height: 900, dark: true });
  await dark.goto(`${env.server.url}embed/half-en-usd.html`);
  await dark.hover('#pt-half-0-640 .pt-hit');
  const night = await tipColours(dark);
  assert.ok(lum(night.box) < 0.2 && lum(night.text) > 0.8, JSON.stringify(night));
  await dark.screenshot({ path: shotPath('embed-built-half-en-1280-dark-hover') });
  assert.deepEqual(dark.problems, []);
  await dark.close();
  await page.close();
});

test('the measured heights the snippets reserve are those of this build (scripts/embed-heights.mjs)', async () => {
  // The article embed's built page, in a frame, before the app has started.
  const held = await serve({ holdWasm: true });
  try {
    const now = await measurePage(env.browser, `${held.url}?embed=1&view=reader`, true);
    const was = heightsTable.reader;
    assert.ok(was, 'the article embed is in src/core/embed_heights.rs');
    const off = now.min.map((h, i) => Math.abs(h - was.min[i]));
    assert.ok(Math.max(...off, Math.abs(now.max - was.max)) <= 2, `reader: measured ${JSON.stringify(now)}, the table says ${JSON.stringify(was)}: run node scripts/embed-heights.mjs`);
  } finally {
    await held.close();
  }
  for (const stem of ['trade-ko-cny', 'trade-en-usd', 'key-en-cny', 'charts-zh-krw', 'timeline-zh-usd']) {
    const now = await measurePage(env.browser, `${env.server.url}embed/${stem}.html`);
    const was = heightsTable[stem];
    assert.ok(was, `${stem} is in src/core/embed_heights.rs`);
    const off = now.min.map((h, i) => Math.abs(h - was.min[i]));
    assert.ok(Math.max(...off, Math.abs(now.max - was.max)) <= 2, `${stem}: measured ${JSON.stringify(now)}, the table says ${JSON.stringify(was)}: run node scripts/embed-heights.mjs`);
  }
});

test('share panel: a chart part is its built page, sized from the start, with a static image and AMP code', async () => {
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=en&chart=trade&pt=2&cur=krw&panel=share`);
  await author.waitForSelector('#embed-pym');
  assert.equal(await author.inputValue('#embed-part'), 'trade');
  const iframe = await author.inputValue('#embed-iframe');
  const pym = await author.inputValue('#embed-pym');
  const amp = await author.inputValue('#embed-amp');
  const page = `${env.server.url}embed/trade-en-krw.html`;
  const img = `${env.server.url}embed/trade-en-krw.png`;
  assert.equal(iframe, `<iframe src="${page}" title="Longjiang Reader · Heilongjiang–Korea trade" loading="lazy" style="width:100%;border:0;color-scheme:light dark" height="${heightsTable['trade-en-krw'].max}"></iframe>`);
  assert.ok(pym.startsWith('<div style="container-type:inline-size"><div id="longjiang-reader-trade"></div></div>\n<style>#longjiang-reader-trade iframe{display:block;color-scheme:light dark}#longjiang-reader-trade{min-height:'), pym);
  assert.ok(pym.includes(`new pym.Parent('longjiang-reader-trade', '${page}', {title: 'Longjiang Reader · Heilongjiang–Korea trade'});`), pym);
  assert.ok(pym.endsWith(`<noscript><img src="${img}" alt="Longjiang Reader · Heilongjiang–Korea trade" width="100%"></noscript>`), pym);
  assert.ok(amp.includes(`<amp-img placeholder layout="fill" src="${img}"`), amp);
  assert.equal(await author.getAttribute('#embed-image', 'href'), img);
  assert.match(await author.locator('#embed-carries').innerText(), /light page drawn without scripts/);
  // The image is there: a 2× PNG of the chart, titled.
  const png = fs.readFileSync(path.join(DIST, 'embed', 'trade-en-krw.png'));
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  assert.equal(png.readUInt32BE(16), 1280, 'twice 640 px wide');
  // The glossary has its built page too; the article stays the app's page.
  await author.selectOption('#embed-part', 'glossary');
  assert.match(await author.inputValue('#embed-iframe'), new RegExp(`src="${env.server.url}embed/glossary-en-krw\\.html" title="Longjiang Reader · Glossary"[^>]* height="${heightsTable['glossary-en-krw'].max}"`));
  assert.equal(await author.locator('#embed-amp').count(), 0, 'no AMP code without an image');
  assert.match(await author.locator('#embed-carries').innerText(), /a tap on a word opens its card/, 'what the glossary page carries, not a chart\'s');
  await author.selectOption('#embed-part', 'reader');
  assert.match(await author.inputValue('#embed-iframe'), /src="[^"]*\?embed=1&amp;view=reader#lang=en/);
  assert.deepEqual(author.problems, []);
  await author.close();
});

test('390 px: the pym trade embed, pasted into a news page on another origin, barely moves it (layout shift <= 0.02)', async () => {
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=ko&chart=trade&panel=share`);
  await author.waitForSelector('#embed-pym');
  const pym = await author.inputValue('#embed-pym');
  await author.close();
  const news = await newsPage(pym, { lang: 'ko', heading: '기사', before: '본문 '.repeat(40), after: '뒤 문단 '.repeat(200) });
  try {
    const page = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
    await recordLayoutShifts(page);
    await page.goto(`http://127.0.0.1:${news.address().port}/story.html`);
    const handle = await page.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    await frame.waitForSelector('#pt-trade-0-340');
    await until(page, () => {
      const f = document.querySelector('iframe');
      return f && Math.abs(f.getBoundingClientRect().height - f.parentElement.getBoundingClientRect().height) <= 1 && f.getBoundingClientRect().height > 400 ? [] : ['the frame has its height'];
    });
    await page.waitForTimeout(500);
    const { total, shifts } = await layoutShifts(page);
    assert.ok(total <= 0.02, `host layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
    // The frame is the chart's page, sized to it, with no gap under it.
    const box = await handle.boundingBox();
    const inner = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
    const holder = await page.evaluate(() => document.querySelector('iframe').parentElement.getBoundingClientRect().height);
    assert.ok(Math.abs(box.height - inner) <= 2, `frame ${box.height} px for ${inner} px of content`);
    assert.ok(holder - box.height <= 2, `the reserved height leaves a gap of ${holder - box.height} px`);
    await page.screenshot({ path: shotPath('embed-built-pym-390'), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await new Promise((r) => news.close(r));
  }
});

test('390 px: the pym article embed reserves the height its built page shows, so the news page barely moves (layout shift <= 0.02)', async () => {
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=ko&panel=share`);
  await author.waitForSelector('#embed-part');
  await author.selectOption('#embed-part', 'reader');
  const pym = await author.inputValue('#embed-pym');
  await author.close();
  const news = await newsPage(pym, { lang: 'ko', heading: '기사', before: '본문 '.repeat(40), after: '뒤 문단 '.repeat(200) });
  try {
    const page = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
    await recordLayoutShifts(page);
    await page.goto(`http://127.0.0.1:${news.address().port}/story.html`);
    const handle = await page.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    await until(page, () => {
      const f = document.querySelector('iframe');
      return f && Math.abs(f.getBoundingClientRect().height - f.parentElement.getBoundingClientRect().height) <= 1 && f.getBoundingClientRect().height > 2000 ? [] : ['the frame has its height'];
    });
    await page.waitForTimeout(500);
    const { total, shifts } = await layoutShifts(page);
    assert.ok(total <= 0.02, `host layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
    assert.match(pym, /min-height:\d{4,}px/, 'the code reserves the article\'s height');
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await new Promise((r) => news.close(r));
  }
});

test('a dark host page and a dark system: the built chart stays readable', async () => {
  const page = await newPage(env.browser, { width: 390, height: 844, dark: true });
  await page.goto(`${env.server.url}embed/timeline-en-cny.html`);
  await frames(page, 2);
  const colours = await page.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    h1: getComputedStyle(document.querySelector('h1')).color,
  }));
  assert.notEqual(colours.bg, colours.h1);
  // The chart is drawn in the dark theme's colours, not pasted on as a white card.
  const shown = await page.evaluate(() => [...document.querySelectorAll('.embed-plot > svg[class^="draw-"]')].filter((s) => s.getClientRects().length).map((s) => s.getAttribute('class')));
  assert.deepEqual(shown, ['draw-dark']);
  await page.screenshot({ path: shotPath('embed-built-timeline-en-390-dark'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a producer's settings in the address: title, credit, parts hidden, theme; text stays text", async () => {
  const page = await newPage(env.browser, { width: 390, height: 844 });
  const long = 'L'.repeat(300);
  const q = new URLSearchParams({ title: '<b>Trade</b>\u0007 with Korea', credit: 'Source: Heilongjiang Daily · Graphic: The Paper', hide: 'notes,hint,links,nonsense', theme: 'dark', bg: 'transparent' });
  await page.goto(`${env.server.url}embed/trade-en-cny.html?${q}`);
  const got = await page.evaluate(() => ({
    h1: document.querySelector('h1').textContent,
    bold: document.querySelectorAll('h1 b').length,
    title: document.title,
    credit: document.querySelector('.embed-page > .credit').textContent,
    hidden: ['.embed-notes', '.embed-hint', '.embed-links', '.embed-context'].map((s) => getComputedStyle(document.querySelector(s)).display === 'none'),
    theme: document.documentElement.dataset.theme,
    transparent: document.documentElement.classList.contains('transparent'),
    bg: getComputedStyle(document.body).backgroundColor,
  }));
  assert.equal(got.h1, '<b>Trade</b> with Korea', 'as text, control characters dropped');
  assert.equal(got.bold, 0, 'never HTML');
  assert.equal(got.title, got.h1);
  assert.equal(got.credit, 'Source: Heilongjiang Daily · Graphic: The Paper');
  assert.deepEqual(got.hidden, [true, true, true, false]);
  assert.equal(got.theme, 'dark');
  assert.ok(got.transparent);
  assert.equal(got.bg, 'rgba(0, 0, 0, 0)');
  await page.screenshot({ path: shotPath('embed-built-overrides-dark') });
  // Length-limited; a transparent background without a theme of its own is refused (it could
  // put dark text on a dark host).
  await page.goto(`${env.server.url}embed/trade-en-cny.html?title=${long}&bg=transparent`);
  const plain = await page.evaluate(() => ({ h1: document.querySelector('h1').textContent, transparent: document.documentElement.classList.contains('transparent'), theme: document.documentElement.dataset.theme }));
  assert.equal(plain.h1.length, 120);
  assert.equal(plain.transparent, false);
  assert.equal(plain.theme, undefined);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('bg=transparent on a dark host: the host shows through the frame the snippet makes, no box around the chart', async () => {
  // Browsers paint an opaque backdrop behind a frame whose page has another color scheme than the
  // iframe element (a dark page in a host that declares none): the snippet gives the iframe the
  // page's scheme. The host declares no color scheme, as most news pages do not.
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=en&chart=trade&panel=share`);
  await author.waitForSelector('#embed-theme');
  await author.selectOption('#embed-theme', 'dark');
  const iframe = await author.inputValue('#embed-iframe');
  await author.close();
  assert.match(iframe, /color-scheme:dark/);
  const transparentIframe = iframe.replace('?theme=dark', '?theme=dark&amp;bg=transparent');
  assert.notEqual(transparentIframe, iframe);
  const host = [32, 40, 48];
  const news = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const frame = req.url.includes('bare') ? transparentIframe.replace(/;color-scheme:dark/, '') : transparentIframe;
    res.end(`<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:rgb(${host})}iframe{position:absolute;left:0;top:0;width:600px}</style></head><body>${frame}</body></html>`);
  });
  await new Promise((r) => news.listen(0, '127.0.0.1', r));
  try {
    const page = await newPage(env.browser, { width: 800, height: 900 });
    const pixel = async (x = 2, y = 2) => {
      const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
      return page.evaluate(async (b64) => {
        const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const c = new OffscreenCanvas(1, 1);
        c.getContext('2d').drawImage(bmp, 0, 0);
        return [...c.getContext('2d').getImageData(0, 0, 1, 1).data.slice(0, 3)];
      }, png.toString('base64'));
    };
    const same = (rgb) => rgb.every((v, i) => Math.abs(v - host[i]) <= 2);
    for (const [path, through] of [['/story', true], ['/bare', false]]) {
      await page.goto(`http://127.0.0.1:${news.address().port}${path}`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForSelector('.embed-page');
      assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('transparent')), true);
      await frames(page, 3);
      const rgb = await pixel();
      assert.equal(same(rgb), through, `${path}: pixel ${rgb}, host ${host}`);
      // Inside the drawing too: its corner, left of the legend.
      const corner = await frame.evaluate(() => {
        const svg = [...document.querySelectorAll('svg.draw-dark')].find((e) => e.getClientRects().length);
        const r = svg.getBoundingClientRect();
        return { x: Math.round(r.left) + 2, y: Math.round(r.top) + 2 };
      });
      const inChart = await pixel(corner.x, corner.y);
      assert.equal(same(inChart), through, `${path}: the chart's corner ${inChart}, host ${host}`);
      if (through) await page.screenshot({ path: shotPath('embed-built-transparent-dark-host'), clip: { x: 0, y: 0, width: 620, height: 500 } });
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    news.close();
  }
});

test("share panel: the embed's theme is chosen for the host, never the author's own", async () => {
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=en&chart=trade&theme=dark&panel=share`);
  await author.waitForSelector('#embed-theme');
  assert.equal(await author.inputValue('#embed-theme'), 'auto');
  assert.match(await author.inputValue('#embed-iframe'), /src="[^"]*embed\/trade-en-cny\.html"/, 'the author reads in dark; the snippet follows the reader');
  await author.selectOption('#embed-theme', 'light');
  assert.match(await author.inputValue('#embed-pym'), /embed\/trade-en-cny\.html\?theme=light'/);
  await author.selectOption('#embed-part', 'all');
  assert.match(await author.inputValue('#embed-iframe'), /\?embed=1#lang=en&amp;chart=trade&amp;theme=light"/);
  assert.deepEqual(author.problems, []);
  await author.close();
});

test('forced colours: the selected language, mode, translation, tab and currency stand out', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, `${env.server.url}#panel=charts`);
  const pairs = await page.evaluate(() => {
    const bg = (el) => getComputedStyle(el).backgroundColor;
    const pick = (on, off) => ({ on: on && bg(on), off: off && bg(off) });
    return {
      lang: pick(document.querySelector('.lang-switch [aria-pressed="true"]'), document.querySelector('.lang-switch [aria-pressed="false"]')),
      mode: pick(document.querySelector('#mode-switch .segment.on span'), document.querySelector('#mode-switch .segment:not(.on) span')),
      translation: pick(document.querySelector('#translation-switch .segment.on span'), document.querySelector('#translation-switch .segment:not(.on) span')),
      tab: pick(document.querySelector('.tab[aria-selected="true"]'), document.querySelector('.tab[aria-selected="false"]')),
      currency: pick(document.querySelector('#currency-switch .segment.on span'), document.querySelector('#currency-switch .segment:not(.on) span')),
    };
  });
  for (const [what, { on, off }] of Object.entries(pairs)) {
    assert.ok(on && off, `${what}: both states found`);
    assert.notEqual(on, off, `${what}: the selected one looks like the others (${on})`);
  }
  await page.screenshot({ path: shotPath('forced-colors-1280') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('versioned chart pages: this build\'s copy under embed/v/{version}/ serves as published, and the share panel offers it', async () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const version = (index.match(/<meta name="longjiang-embed-version" content="([0-9a-f]{12})">/) || [])[1];
  assert.ok(version, 'the page names its embeds\' version');
  const dir = path.join(DIST, 'embed', 'v', version);
  const latest = fs.readdirSync(path.join(DIST, 'embed')).filter((f) => /\.(html|png)$/.test(f)).sort();
  assert.deepEqual(fs.readdirSync(dir).sort(), [...latest, 'embed.js', 'frame.js', 'popcards.js'].sort(), 'every page and image has its copy, and the scripts they run');
  const page = fs.readFileSync(path.join(DIST, 'embed', 'trade-ko-cny.html'), 'utf8');
  const copied = page.replaceAll('="../', '="../../../').replace('src="../../../frame.js"', 'src="frame.js"').replace('src="../../../embed.js"', 'src="embed.js"');
  assert.equal(fs.readFileSync(path.join(dir, 'trade-ko-cny.html'), 'utf8'), copied, 'the same page, its links to the same root, its scripts its own');
  for (const js of ['frame.js', 'embed.js', 'popcards.js']) assert.equal(fs.readFileSync(path.join(dir, js), 'utf8'), fs.readFileSync(path.join(DIST, js), 'utf8'));
  // Served from there, it finds its scripts, icon and links.
  const visitor = await newPage(env.browser, { width: 390, height: 844 });
  const failed = [];
  visitor.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await visitor.goto(`${env.server.url}embed/v/${version}/trade-ko-cny.html?theme=dark`);
  await frames(visitor, 3);
  assert.deepEqual(failed, []);
  assert.equal(await visitor.evaluate(() => document.documentElement.dataset.theme), 'dark', 'embed.js ran');
  const links = await visitor.evaluate(() => [...document.querySelectorAll('.embed-links a')].map((a) => a.href));
  assert.ok(links[0].startsWith(env.server.url + '#') || links[0] === env.server.url, links[0]);
  assert.ok(links[1].startsWith(`${env.server.url}downloads/`), links[1]);
  assert.deepEqual(visitor.problems, []);
  await visitor.close();
  // The share panel: "this version" pins the snippets to it.
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=en&chart=trade&cur=krw&panel=share`);
  await author.waitForSelector('#embed-version');
  assert.equal(await author.locator('#embed-version').isDisabled(), false);
  assert.equal(await author.locator('#embed-version-why').count(), 0);
  assert.match(await author.inputValue('#embed-iframe'), /src="[^"]*\/embed\/trade-en-krw\.html"/);
  await author.selectOption('#embed-version', 'this');
  assert.match(await author.inputValue('#embed-iframe'), new RegExp(`src="[^"]*/embed/v/${version}/trade-en-krw\\.html"`));
  assert.match(await author.inputValue('#embed-pym'), new RegExp(`<noscript><img src="[^"]*/embed/v/${version}/trade-en-krw\\.png"`));
  // The whole article has no published versions: the choice is off, and says why.
  await author.selectOption('#embed-part', 'all');
  assert.equal(await author.locator('#embed-version').isDisabled(), true);
  assert.match(await author.locator('#embed-version-why').innerText(), /always embedded as the latest/);
  assert.equal(await author.locator('#embed-version').getAttribute('aria-describedby'), 'embed-version-why');
  assert.deepEqual(author.problems, []);
  await author.close();
});

test('a keyboard reader tabs past a whole-explorer embed in two keys', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900, locale: 'en-US' });
  await page.route(`${env.server.origin}/hosts/tab-past.html`, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body>
<p><a id="before" href="#b">Before the embed</a></p><div id="lj"></div><p><a id="after" href="#a">After the embed</a></p>
<script src="/vendor/pym/pym.v1.min.js"></script><script>new pym.Parent('lj', '/?embed=1#lang=en', {title: 'Longjiang Reader'});</script></body></html>`,
  }));
  await page.goto(`${env.server.origin}/hosts/tab-past.html`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
  await page.focus('#before');
  await page.keyboard.press('Tab');
  const first = await frame.evaluate(() => ({ cls: document.activeElement.className, text: document.activeElement.textContent }));
  assert.deepEqual(first, { cls: 'skip-link', text: 'Skip past this embed' }, 'the first stop in the frame');
  await page.keyboard.press('Enter');
  assert.equal(await frame.evaluate(() => document.activeElement.id), 'embed-end');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'after', 'the next Tab leaves the embed');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("a pym host that changes its theme tells the frame, which follows: a chart page and the app's page", async () => {
  for (const [src, ready] of [['/embed/trade-en-cny.html', '.embed-page'], ['/?embed=1&view=trade#lang=en', 'main[data-ready="true"]']]) {
    const page = await newPage(env.browser, { width: 1000, height: 900 });
    await page.route(`${env.server.origin}/hosts/theme.html`, (r) => r.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body><div id="lj"></div>
<script src="/vendor/pym/pym.v1.min.js"></script><script>window.pp = new pym.Parent('lj', '${src}', {title: 'Chart'});</script></body></html>`,
    }));
    await page.goto(`${env.server.origin}/hosts/theme.html`);
    const frame = await (await page.waitForSelector('#lj iframe')).contentFrame();
    await frame.waitForSelector(ready, { timeout: 20000 });
    const theme = () => frame.evaluate(() => document.documentElement.dataset.theme ?? 'system');
    const before = await theme();
    assert.ok(['system', 'light'].includes(before), `${src}: ${before}`);
    // Another frame's id is not this one's.
    await page.evaluate(() => window.pp.iframe.contentWindow.postMessage('pymxPYMxotherxPYMxthemexPYMxdark', '*'));
    await frames(page, 3);
    assert.equal(await theme(), before, `${src}: another frame's message`);
    const is = (t) => until(frame, (t) => (document.documentElement.dataset.theme === t ? [] : [`theme ${document.documentElement.dataset.theme}`]), t);
    await page.evaluate(() => window.pp.sendMessage('theme', 'dark'));
    assert.deepEqual(await is('dark'), [], src);
    if (src.includes('embed/')) {
      const shown = await frame.evaluate(() => [...document.querySelectorAll('svg.draw-dark')].some((e) => e.getClientRects().length));
      assert.ok(shown, `${src}: the dark drawing is shown`);
    } else {
      assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(22, 24, 28)');
    }
    await page.evaluate(() => window.pp.sendMessage('theme', 'light'));
    assert.deepEqual(await is('light'), [], src);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('390 px: in a pym frame on a news page, a glossary entry far down the frame opens its card on the reader\'s screen, beside it', async () => {
  // The frame is as tall as the glossary (~12,000 px) and the host scrolls: "the screen" is the
  // part of the frame the host shows, not the frame.
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=en&panel=share`);
  await author.waitForSelector('#embed-part');
  await author.selectOption('#embed-part', 'glossary');
  const pym = await author.inputValue('#embed-pym');
  await author.close();
  assert.match(pym, /embed\/glossary-en-cny\.html/);
  const news = await newsPage(pym, { lang: 'en', heading: 'Story', before: 'Text '.repeat(60), after: 'More text '.repeat(100) });
  try {
    const page = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
    await page.goto(`http://127.0.0.1:${news.address().port}/story.html`);
    const handle = await page.waitForSelector('iframe');
    const frame = await handle.contentFrame();
    await frame.waitForSelector('.glossary-item[data-term="hlj_daily"]');
    await until(page, () => (document.querySelector('iframe').getBoundingClientRect().height > 5000 ? [] : ['the frame has not grown']));
    for (const [term, where] of [['hlj_daily', 0.5], ['heilongjiang', 0.85], ['northeast', 0.15]]) {
      // Scroll the host so that the entry is at that height of the screen.
      const y = await frame.evaluate((t) => document.querySelector(`.glossary-item[data-term="${t}"]`).getBoundingClientRect().top, term);
      const box = await handle.boundingBox();
      await page.evaluate(([top, at]) => window.scrollTo(0, top - innerHeight * at), [box.y + y + (await page.evaluate(() => scrollY)), where]);
      await frames(page, 3);
      await frames(frame, 2);
      await frame.tap(`.glossary-item[data-term="${term}"]`);
      await frame.waitForFunction((t) => document.getElementById(`pop-term-${t}`)?.matches(':popover-open') && document.getElementById(`pop-term-${t}`).style.visibility !== 'hidden', term);
      await frames(page, 2);
      const at = await frame.evaluate((t) => {
        const c = document.getElementById(`pop-term-${t}`).getBoundingClientRect();
        const m = document.querySelector(`.glossary-item[data-term="${t}"]`).getBoundingClientRect();
        return { card: [c.top, c.bottom, c.height], mark: [m.top, m.bottom] };
      }, term);
      const frameTop = (await handle.boundingBox()).y;
      const [top, bottom, height] = at.card.map((v, i) => (i < 2 ? v + frameTop : v));
      const [mTop, mBottom] = at.mark.map((v) => v + frameTop);
      const where2 = `${term} at ${where}: card ${Math.round(top)}–${Math.round(bottom)}, entry ${Math.round(mTop)}–${Math.round(mBottom)}`;
      assert.ok(top >= -1 && bottom <= 844 + 1, `${where2}: on the reader's screen`);
      assert.ok((top >= mBottom - 1 && top - mBottom < 24) || (bottom <= mTop + 1 && mTop - bottom < 24), `${where2}: beside its entry`);
      assert.ok(height >= 150, `${where2}: not squashed`);
      if (term === 'hlj_daily') await page.screenshot({ path: shotPath('embed-built-glossary-pym-390-card') });
      await frame.press(`.glossary-item[data-term="${term}"]`, 'Escape');
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    news.close();
  }
});
