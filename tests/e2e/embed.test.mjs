// Embedding in host pages: pym.js, Datawrapper-style, AMP-style and a fixed iframe. The frame
// follows the content's height through each protocol, one message per height change and never
// in a loop; embed mode switches on by itself inside a frame; `view` and `bg` change the page;
// the share panel's snippets work when pasted into a host page; a hostile parent changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { appFrame, frames, newPage, openApp, repoRoot, serve, setup, shotPath, DIST_SUBPATH } from './lib.mjs';

const env = setup();

/** Waits until the iframe's height is within 2 px of the content height; returns both. */
async function heightsAgree(handle, frame) {
  let last;
  for (let i = 0; i < 100; i++) {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 2) return last;
    await frames(frame, 2);
  }
  assert.fail(`iframe height ${last.outer} does not follow content height ${last.inner}`);
}

/** The messages the recorder host got from its frame, sorted by protocol. */
async function received(page) {
  const all = await page.evaluate(() => window.received);
  const out = { all, amp: [], resize: [], dw: [], pym: [], other: [] };
  for (const m of all) {
    if (m && typeof m === 'object' && m.sentinel === 'amp') out.amp.push(m);
    else if (m && typeof m === 'object' && 'datawrapper-height' in m) out.dw.push(m);
    else if (typeof m === 'string' && m.startsWith('pymxPYMx')) out.pym.push(m);
    else if (typeof m === 'string' && m.startsWith('{') && JSON.parse(m).context === 'iframe.resize') out.resize.push(JSON.parse(m));
    else out.other.push(m);
  }
  return out;
}

/**
 * Waits until the host has received no new message for 10 animation frames of the app (a loop
 * would keep sending), failing after 60 such rounds; returns the messages.
 */
async function quiet(page, frame) {
  for (let i = 0; i < 60; i++) {
    const before = (await page.evaluate(() => window.received.length));
    await frames(frame, 10);
    if ((await page.evaluate(() => window.received.length)) === before) return received(page);
  }
  assert.fail(`the frame keeps posting messages: ${(await page.evaluate(() => window.received.length))} so far`);
}

/** No two consecutive messages of one protocol carry the same height. */
function noRepeats(heights, what) {
  for (let i = 1; i < heights.length; i++) {
    assert.notEqual(heights[i], heights[i - 1], `${what}: height ${heights[i]} sent twice in a row (${heights.join(', ')})`);
  }
}

for (const host of ['pym', 'datawrapper']) {
  test(`${host} host: the iframe follows the content height`, async () => {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.goto(`${env.server.origin}/hosts/${host}.html`);
    const { handle, frame } = await appFrame(page);
    const first = await heightsAgree(handle, frame);
    // The tools start folded (the article and a bar); open them on a short panel.
    await frame.click('#open-share');
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
  await frames(frame, 3);
  const scroll = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(scroll <= 0, `horizontal scroll of ${scroll}px at 360 px`);
  await page.screenshot({ path: shotPath('host-fixed-360') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('AMP embed-size and iframe.resize messages reach the parent with the content height', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  await page.goto(`${env.server.origin}/hosts/recorder.html?src=${encodeURIComponent('/?embed=1')}`);
  const { handle, frame } = await appFrame(page);
  // The recorder sizes the frame from AMP messages only: agreeing heights prove they arrive.
  const h = await heightsAgree(handle, frame);
  const m = await quiet(page, frame);
  assert.ok(m.amp.length > 0 && m.resize.length > 0 && m.dw.length > 0, JSON.stringify(m.all).slice(0, 500));
  const amp = m.amp.at(-1);
  assert.deepEqual(Object.keys(amp).sort(), ['height', 'sentinel', 'type'], 'AMP: only the height');
  assert.equal(amp.type, 'embed-size');
  assert.equal(amp.height, h.inner);
  const resize = m.resize.at(-1);
  assert.deepEqual(Object.keys(resize).sort(), ['context', 'height', 'src'], 'iframe.resize: only the height and the page URL');
  assert.equal(resize.height, h.inner);
  assert.equal(resize.src, await frame.evaluate(() => location.href));
  assert.deepEqual(m.dw.at(-1), { 'datawrapper-height': { 'longjiang-reader': h.inner } });
  // No pym messages without a pym childId, and nothing else at all.
  assert.deepEqual(m.pym, []);
  assert.deepEqual(m.other, []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('one message per height change, never a loop, while the host resizes the frame', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  await page.goto(`${env.server.origin}/hosts/recorder.html?src=${encodeURIComponent('/?embed=1')}`);
  const { handle, frame } = await appFrame(page);
  await heightsAgree(handle, frame);
  const start = await quiet(page, frame);
  const counts = (m) => [m.amp.length, m.resize.length, m.dw.length];
  // Each protocol got the same messages, and no height twice in a row.
  assert.equal(new Set(counts(start)).size, 1, `per protocol: ${counts(start)}`);
  noRepeats(start.amp.map((x) => x.height), 'AMP');
  for (const [tab, n] of [['#open-share', 1], ['#tab-people', 2], ['#tab-glossary', 3]]) {
    const before = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
    await frame.click(tab);
    const after = await heightsAgree(handle, frame);
    assert.notEqual(after.inner, before, `${tab} changes the height`);
    const m = await quiet(page, frame);
    const added = m.amp.slice(start.amp.length).map((x) => x.height);
    // One panel switch is one height change: exactly one new message per protocol, per switch.
    assert.equal(added.length, n, `AMP heights after ${tab}: ${added.join(', ')}`);
    assert.deepEqual(counts(m), counts(m).map(() => m.amp.length), `per protocol after ${tab}: ${counts(m)}`);
    assert.equal(added.at(-1), after.inner);
    assert.deepEqual(m.resize.slice(start.resize.length).map((x) => x.height), added);
    noRepeats(m.amp.map((x) => x.height), 'AMP');
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('inside a frame, embed mode switches on without ?embed=1', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  await page.goto(`${env.server.origin}/hosts/recorder.html?src=${encodeURIComponent('/')}`);
  const { handle, frame } = await appFrame(page);
  assert.equal(await frame.evaluate(() => location.search), '', 'no embed parameter');
  assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('embed')), true);
  assert.equal(await frame.locator('.full-view a[target="_blank"]').count(), 1);
  // And it reports its height like an explicit embed.
  const h = await heightsAgree(handle, frame);
  const m = await quiet(page, frame);
  assert.equal(m.amp.at(-1).height, h.inner);
  // Not framed, the same URL is the full page.
  const top = await newPage(env.browser);
  await openApp(top, env.server.url);
  assert.equal(await top.evaluate(() => document.documentElement.classList.contains('embed')), false);
  assert.equal(await top.locator('.full-view').count(), 0);
  await top.close();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('view=reader, glossary, charts or one chart shows only that part', async () => {
  const TITLE = '2023 한국 중소기업 룡강 행사주간';
  const page = await newPage(env.browser);
  const shown = () => page.evaluate(() => ({
    article: document.getElementById('article') !== null,
    tools: document.querySelector('aside.tools') !== null,
    tabs: [...document.querySelectorAll('.tab')].map((t) => t.id),
    panel: document.querySelector('#tool-panel > section')?.className ?? null,
    charts: [...document.querySelectorAll('#tool-panel .chart')].map((c) => c.id),
    h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
  }));
  const allTabs = ['tab-glossary', 'tab-people', 'tab-charts', 'tab-words', 'tab-share'];
  // A part shown alone has no tabs: there is nothing to switch to (issue #12).
  const cases = [
    // One heading each: the article's title, or (visually hidden) what the part is.
    ['', { article: true, tools: true, tabs: allTabs, panel: 'panel glossary-panel', charts: [], h1: [TITLE] }],
    ['?view=reader', { article: true, tools: false, tabs: [], panel: null, charts: [], h1: [TITLE] }],
    ['?view=glossary', { article: false, tools: true, tabs: [], panel: 'panel glossary-panel', charts: [], h1: ['롱장 리더 · 용어집'] }],
    ['?view=charts', { article: false, tools: true, tabs: [], panel: 'panel charts-panel', charts: ['chart-trade', 'chart-half', 'chart-timeline', 'chart-key'], h1: ['롱장 리더 · 차트'] }],
    ['?view=half', { article: false, tools: true, tabs: [], panel: 'panel charts-panel', charts: ['chart-half'], h1: ['롱장 리더 · 상반기 무역액: 2022 대 2023'] }],
    ['?view=timeline&embed=1', { article: false, tools: true, tabs: [], panel: 'panel charts-panel', charts: ['chart-timeline'], h1: ['롱장 리더 · 2023년 일정'] }],
    ['?view=key', { article: false, tools: true, tabs: [], panel: 'panel charts-panel', charts: ['chart-key'], h1: ['롱장 리더 · 주요 수치'] }],
  ];
  for (const [query, want] of cases) {
    await page.goto('about:blank');
    await openApp(page, `${env.server.url}${query}`);
    await page.waitForFunction((tools) => !tools || document.querySelector('#tool-panel > section'), want.tools);
    assert.deepEqual(await shown(), want, query);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('bg=transparent lets the host page show through the frame', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  // Reads one screen pixel (CSS px) of the host page, through whatever the frame paints.
  const pixel = async (x, y) => {
    const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
    return page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(1, 1);
      const ctx = c.getContext('2d');
      ctx.drawImage(bmp, 0, 0);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, png.toString('base64'));
  };
  const hostColour = [214, 232, 204]; // body.recorder in hosts/host.css
  for (const [query, transparent] of [['/?embed=1', false], ['/?embed=1&bg=transparent', true]]) {
    await page.goto(`${env.server.origin}/hosts/recorder.html?src=${encodeURIComponent(query)}`);
    const { handle, frame } = await appFrame(page);
    await heightsAgree(handle, frame);
    assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('transparent')), transparent, query);
    const styles = await frame.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);
    if (transparent) assert.deepEqual(styles, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    else assert.ok(styles.every((s) => s !== 'rgba(0, 0, 0, 0)'), styles.join());
    // A point in the layout's left padding, beside the article: only html/body/main paint there.
    const box = await handle.boundingBox();
    const spot = await frame.evaluate(() => {
      const a = document.getElementById('article').getBoundingClientRect();
      const x = 3;
      const y = Math.round(a.top + a.height / 2);
      window.scrollTo(0, 0);
      return { x, y, el: document.elementFromPoint(x, y)?.tagName };
    });
    assert.ok(['HTML', 'BODY', 'MAIN', 'DIV'].includes(spot.el), `the spot is on ${spot.el}`);
    await page.evaluate((y) => window.scrollTo(0, y), box.y + spot.y - 400);
    const now = await handle.boundingBox();
    const rgb = await pixel(now.x + spot.x, now.y + spot.y);
    const same = rgb.every((v, i) => Math.abs(v - hostColour[i]) <= 2);
    assert.equal(same, transparent, `${query}: pixel ${rgb}, host colour ${hostColour}`);
    assert.deepEqual(page.problems, []);
  }
  await page.close();
});

/** The deployed URL as the share panel should give it: the page, without query or fragment. */
async function snippets(page) {
  await page.click('#tab-share');
  await page.waitForSelector('#embed-iframe');
  return {
    iframe: await page.inputValue('#embed-iframe'),
    pym: await page.inputValue('#embed-pym'),
    link: await page.inputValue('#share-link'),
  };
}

test('share panel: both snippets point at the deployed URL, at the root and under a sub-path', async () => {
  assert.ok(fs.existsSync(path.join(DIST_SUBPATH, 'index.html')), `${DIST_SUBPATH} is not built (scripts/test.sh builds it)`);
  const sub = await serve({ dist: DIST_SUBPATH, base: '/news/longjiang/' });
  try {
    for (const [server, lang, name] of [[env.server, 'en', 'Longjiang Reader'], [env.server, 'ko', '롱장 리더'], [sub, 'zh', '龙江阅读器']]) {
      const page = await newPage(env.browser);
      // The host's query does not leak into the snippets; the view state they open in does
      // (language, display mode: issue #12), but not the author's theme (issue #24: the host's
      // theme is chosen in the panel), and both share one address and one title.
      await openApp(page, `${server.url}?theme=dark#lang=${lang}&mode=hanzi`);
      const s = await snippets(page);
      const title = `${name} · 2023 한국 중소기업 룡강 행사주간`;
      const src = `${server.url}?embed=1#lang=${lang}&mode=hanzi`;
      assert.equal(s.iframe, `<iframe src="${src.replace(/&/g, '&amp;')}" title="${title}" loading="lazy" style="width:100%;border:0;color-scheme:light dark" height="900"></iframe>`);
      assert.equal(s.pym, `<div id="longjiang-reader"></div>\n<style>#longjiang-reader iframe{display:block;color-scheme:light dark}</style>\n<script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n<script>new pym.Parent('longjiang-reader', '${src}', {title: '${title}'});</script>`);
      // "Copy link to this view" is the view the reader came from, not the share panel.
      assert.equal(s.link, `${server.url}#lang=${lang}&mode=hanzi&theme=dark`);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  } finally {
    await sub.close();
  }
});

test('share panel: the snippets work when pasted into a news site on another origin', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  await openApp(page, env.server.url);
  const s = await snippets(page);
  // A news site on another origin (another port), with pym.js served where the snippet loads it.
  let story = '';
  const news = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Story</title></head><body><h1>Story</h1>\n${story}\n<p>After.</p></body></html>`);
  });
  await new Promise((r) => news.listen(0, '127.0.0.1', r));
  const pymFile = path.join(repoRoot, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js');
  await page.route('https://pym.nprapps.org/pym.v1.min.js', (route) => route.fulfill({ path: pymFile, contentType: 'text/javascript' }));
  try {
    for (const [name, snippet] of [['iframe', s.iframe], ['pym', s.pym]]) {
      story = snippet;
      await page.goto(`http://127.0.0.1:${news.address().port}/story.html`);
      const { handle, frame } = await appFrame(page);
      assert.equal(await frame.evaluate(() => document.documentElement.classList.contains('embed')), true, name);
      assert.ok(frame.url().startsWith(`${env.server.url}?embed=1`), `${name}: ${frame.url()}`);
      const box = await handle.boundingBox();
      assert.ok(box.width > 900, `${name}: the frame is as wide as the story (${box.width} px)`);
      if (name === 'iframe') {
        assert.equal(box.height, 900, 'the plain snippet is 900 px high');
      } else {
        // pym sizes the frame to the content.
        await heightsAgree(handle, frame);
      }
    }
  } finally {
    await new Promise((r) => news.close(r));
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a hostile parent changes nothing; a valid pym width is answered with the height', async () => {
  const page = await newPage(env.browser, { width: 1000, height: 900 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { handle, frame } = await appFrame(page);
  const before = await heightsAgree(handle, frame);
  const hashBefore = await frame.evaluate(() => location.hash);
  const childId = await frame.evaluate(() => new URLSearchParams(location.search).get('childId'));
  assert.equal(childId, 'longjiang-reader');
  // Record what the frame posts from now on.
  await page.evaluate(() => {
    const w = document.querySelector('iframe').contentWindow;
    window.fromFrame = [];
    window.addEventListener('message', (e) => { if (e.source === w) window.fromFrame.push(e.data); });
  });
  await frames(frame, 10);
  assert.deepEqual(await page.evaluate(() => window.fromFrame), [], 'the frame is quiet');
  // Junk, then a valid pym width as a marker. The frame handles messages in order, so anything
  // it posts before answering the marker was caused by the junk.
  await page.evaluate((id) => {
    const w = document.querySelector('iframe').contentWindow;
    const junk = [
      'random', '', `pymxPYMx${id}xPYMxwidthxPYMx1e309`, `pymxPYMx${id}xPYMxheightxPYMx99999999`, `pymxPYMx${id}xPYMxwidthxPYMx-5`,
      `pymxPYMx${id}xPYMxwidthxPYMx`, `pymxPYMx${id}xPYMxwidthxPYMx320px`, `pymxPYMx${id}xPYMxwidthxPYMxNaN`,
      'pymxPYMxotherxPYMxwidthxPYMx300', `pymxPYMx${id}xPYMxwidth`, '{"datawrapper-height":{"x":1e9}}', '<img src=x onerror=alert(1)>',
      { 'datawrapper-height': { x: 1e12 } }, { sentinel: 'amp', type: 'embed-size', height: -1 },
      [1, 2, 3], 1e308, -Infinity, NaN, null, true, 'x'.repeat(100000),
      '#lang=en&panel=share', { hash: '#panel=share' },
    ];
    for (const j of junk) w.postMessage(j, '*');
    for (let i = 0; i < 200; i++) w.postMessage(Math.random().toString(36), '*');
    w.postMessage(`pymxPYMx${id}xPYMxwidthxPYMx640`, '*');
  }, childId);
  const pymHeight = `pymxPYMx${childId}xPYMxheightxPYMx${before.inner}`;
  await page.waitForFunction((m) => window.fromFrame.includes(m), pymHeight);
  const answer = await page.evaluate(() => window.fromFrame);
  assert.equal(answer[0], pymHeight, `the first thing the frame posts answers the valid width: ${JSON.stringify(answer).slice(0, 300)}`);
  // The answer is one height in each protocol, and nothing more.
  await frames(frame, 10);
  const all = await page.evaluate(() => window.fromFrame);
  assert.equal(all.length, 4, JSON.stringify(all).slice(0, 500));
  assert.deepEqual(all.slice(2), [{ 'datawrapper-height': { [childId]: before.inner } }, { sentinel: 'amp', type: 'embed-size', height: before.inner }]);
  const afterJunk = await heightsAgree(handle, frame);
  assert.equal(afterJunk.inner, before.inner);
  assert.equal(await frame.evaluate(() => location.hash), hashBefore);
  assert.equal(await frame.locator('#fatal-error').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('plain iframe code: a chart part\'s built page fits its frame whole at 320 and 1280 px, in ko, zh and en', async () => {
  // The snippet's fixed height is the built page's largest (src/core/embed_heights.rs), so a
  // reader never meets a scrollbar inside a chart.
  for (const lang of ['ko', 'zh', 'en']) {
    const page = await newPage(env.browser);
    await openApp(page, `${env.server.url}#lang=${lang}`);
    await snippets(page);
    const parts = {};
    for (const part of ['charts', 'trade', 'half', 'timeline', 'key']) {
      await page.selectOption('#embed-part', part);
      const code = await page.inputValue('#embed-iframe');
      const src = code.match(/src="([^"]+)"/)[1];
      assert.equal(src, `${env.server.url}embed/${part}-${lang}-cny.html`);
      parts[part] = { src, height: Number(code.match(/height="(\d+)"/)[1]) };
    }
    await page.close();
    for (const [part, { src, height }] of Object.entries(parts)) {
      for (const width of [320, 1280]) {
        const p = await newPage(env.browser, { width, height });
        await p.goto(src);
        await p.evaluate(() => document.fonts.ready);
        const content = await p.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(content <= height, `${part} at ${width} px in ${lang}: ${content}px of content in a ${height}px frame`);
        await p.close();
      }
    }
  }
});

test('366 px, English: the display-mode and translation segments wrap into rows that do not overlap', async () => {
  const page = await newPage(env.browser, { width: 366, height: 800, hasTouch: true, locale: 'en-US' });
  await openApp(page, `${env.server.url}?embed=1&view=reader#lang=en`);
  const overlaps = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.reader-controls .segment span')].map((s) => [s.textContent, s.getBoundingClientRect()]);
    const out = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, r] = boxes[i];
        const [b, q] = boxes[j];
        if (r.left < q.right - 0.5 && q.left < r.right - 0.5 && r.top < q.bottom - 0.5 && q.top < r.bottom - 0.5) out.push(`${a} / ${b}`);
      }
    }
    return { n: boxes.length, rows: new Set(boxes.map(([, r]) => Math.round(r.top))).size, out };
  });
  assert.ok(overlaps.n >= 6 && overlaps.rows >= 2, JSON.stringify(overlaps));
  assert.deepEqual(overlaps.out, []);
  await page.close();
});
