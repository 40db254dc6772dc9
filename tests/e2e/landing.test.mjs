// Issue #12, items 3, 7 and 8: deep links land where they point (phones with touch, desktop, a
// pym host built from the share panel's own snippet); chart-only embeds show only charts; and
// the small things a reader notices (no internal ids, skip link to the tools, focus kept in a
// card, a global frequency order, ruby that keeps particles with their word, no English in the
// Korean or Chinese interface).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { appFrame, newPage, openApp, repoRoot, setup, shotPath, stateUrl } from './lib.mjs';

const env = setup();

const PHONE_390 = { width: 390, height: 844, hasTouch: true, dpr: 2 };
const PHONE_360 = { width: 360, height: 740, hasTouch: true, dpr: 2 };

/** Resolves after `n` animation frames in `target` (a page or a frame). */
function frames(target, n = 3) {
  return target.evaluate((k) => new Promise((resolve) => {
    const step = (i) => (i === 0 ? resolve() : requestAnimationFrame(() => step(i - 1)));
    step(k);
  }), n);
}

/** Polls `fn` (evaluated in `target` with `arg`) until it returns a truthy value; returns it. */
async function until(target, fn, arg, what = 'condition') {
  for (let i = 0; i < 100; i++) {
    const v = await target.evaluate(fn, arg);
    if (v) return v;
    await frames(target, 2);
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** How much of `selector`'s box is inside the window (0…1), and its box. */
function visibility(target, selector) {
  return target.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    const seen = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return { share: r.height > 0 ? seen / r.height : 0, top: r.top, bottom: r.bottom, height: r.height };
  });
}

async function assertInView(target, selector, what = selector) {
  const v = await visibility(target, selector);
  // (A fractional layout can leave a third of a pixel under the window's edge.)
  assert.ok(v.share > 0.98, `${what} is not in view: ${JSON.stringify(v)} (window ${await target.evaluate(() => innerHeight)})`);
}

/** Unescapes the four entities the iframe snippet uses. */
const unhtml = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** { url, title } of each embed snippet in the share panel. */
async function snippets(page) {
  const iframe = await page.inputValue('#embed-iframe');
  const pym = await page.inputValue('#embed-pym');
  const i = iframe.match(/<iframe src="([^"]+)" title="([^"]+)"/);
  const p = pym.match(/new pym\.Parent\('([^']+)', '([^']+)', \{title: '([^']+)'\}\)/);
  assert.ok(i && p, `snippets have the expected shape:\n${iframe}\n${pym}`);
  return { iframe: { url: unhtml(i[1]), title: unhtml(i[2]) }, pym: { container: p[1], url: p[2], title: p[3] }, pymCode: pym };
}

// ── Item 3: deep links that land where they point ────────────────────────────────────────────

test('390 px phone: #chart=trade&pt=1 without a panel opens the charts and lands on the point', async () => {
  const page = await newPage(env.browser, PHONE_390);
  await openApp(page, `${env.server.url}#chart=trade&pt=1`);
  await page.waitForSelector('#chart-trade .chart-base');
  assert.equal(await page.getAttribute('#tab-charts', 'aria-selected'), 'true');
  await until(page, () => scrollY > 2000 && !document.querySelector('#chart-trade .chart-tip').hidden, null, 'the scroll to the chart');
  await frames(page, 3);
  await assertInView(page, '#chart-trade .chart-frame', 'the trade chart');
  assert.equal(await page.locator('#chart-trade .chart-tip .tip-label').innerText(), '2021년');
  // The link stays as it was given (the panel a chart implies is not written).
  assert.equal(new URL(await stateUrl(page)).hash, '#chart=trade&pt=1');
  await page.screenshot({ path: shotPath('landing-390-chart-point') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('360 px phone: #panel=charts and #panel=people open at their panel, not at the article', async () => {
  for (const panel of ['charts', 'people']) {
    const page = await newPage(env.browser, PHONE_360);
    await openApp(page, `${env.server.url}#panel=${panel}`);
    await until(page, () => scrollY > 2000, null, `the scroll to the ${panel} panel`);
    await frames(page, 3);
    const tools = await visibility(page, '#tools');
    assert.ok(Math.abs(tools.top) < 2, `the tools panel starts at the top of the window (top ${tools.top})`);
    await assertInView(page, `#tab-${panel}`, `the ${panel} tab`);
    assert.equal(await page.getAttribute(`#tab-${panel}`, 'aria-selected'), 'true');
    await page.screenshot({ path: shotPath(`landing-360-panel-${panel}`) });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('390 px phone: sentence, term, key-figure links land on their target', async () => {
  // A sentence far down the article: in view and highlighted.
  let page = await newPage(env.browser, PHONE_390);
  await openApp(page, `${env.server.url}#s=p14s3`);
  await until(page, () => document.querySelector('#s-p14s3.hl') && scrollY > 1000, null, 'the sentence');
  await frames(page, 3);
  await assertInView(page, '#s-p14s3', 'the linked sentence');
  await page.close();

  // A term with a sentence: the card opens at the occurrence in that sentence, beside it.
  page = await newPage(env.browser, PHONE_390);
  // (Harbin occurs four times; the linked sentence has the last.)
  await openApp(page, `${env.server.url}#term=${encodeURIComponent('哈尔滨')}&s=p18s1`);
  await page.locator('#card.placed').waitFor();
  await until(page, () => document.querySelector('#article [aria-expanded="true"]'), null, 'the anchoring mark');
  await frames(page, 3);
  const open = await page.$eval('#article [aria-expanded="true"]', (e) => ({ id: e.id, sentence: e.closest('.sentence')?.id }));
  assert.equal(open.sentence, 's-p18s1', 'the card is anchored in the linked sentence');
  await assertInView(page, `#${open.id}`, 'the anchoring term');
  await assertInView(page, '#card', 'the card');
  assert.match(await page.locator('#card').innerText(), /哈尔滨/);
  assert.match(await page.locator('#card').innerText(), /4번째 \/ 전체 4회/);
  await page.screenshot({ path: shotPath('landing-390-term') });
  await page.close();

  // A key figure: the charts panel, the tile selected and in view.
  page = await newPage(env.browser, PHONE_390);
  await openApp(page, `${env.server.url}#chart=key&pt=1`);
  await until(page, () => scrollY > 2000 && document.querySelectorAll('#chart-key .key-tile.selected').length === 1, null, 'the key figures');
  await frames(page, 3);
  await assertInView(page, '#chart-key .key-tile.selected', 'the selected key figure');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('1280 px: "copy link" never carries panel=share; embed codes carry the view, chart, currency and language, with one title', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await openApp(page, `${env.server.url}#lang=en&chart=half&pt=0&cur=usd`);
  await page.waitForSelector('#chart-half .chart-base');
  await page.click('#tab-share');
  await page.waitForSelector('#share-link');
  assert.match(await stateUrl(page), /panel=share/, 'the page itself is on the share panel');
  const link = await page.inputValue('#share-link');
  assert.equal(link, `${env.server.url}#lang=en&chart=half&pt=0&cur=usd`);
  await page.click('#copy-link');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // The embed offers the chart the reader was looking at.
  assert.equal(await page.inputValue('#embed-part'), 'half');
  let s = await snippets(page);
  assert.equal(s.iframe.url, s.pym.url, 'both snippets embed the same address');
  assert.equal(s.iframe.title, s.pym.title, 'both snippets have the same title');
  assert.equal(s.iframe.title, 'Longjiang Reader · First-half trade: 2022 vs 2023');
  // A chart part is its built page, in the reader's language and currency (issue #24).
  assert.equal(s.iframe.url, `${env.server.url}embed/half-en-usd.html`);
  assert.equal(s.pym.container, 'longjiang-reader-half');

  // The whole explorer, in Chinese: the language switch follows.
  await page.selectOption('#embed-part', 'all');
  await page.click('.lang-switch button[lang="zh-Hans"]');
  await until(page, () => document.querySelector('#embed-iframe').value.includes('lang=zh'), null, 'the zh snippet');
  s = await snippets(page);
  assert.equal(s.iframe.url, `${env.server.url}?embed=1#lang=zh&chart=half&pt=0&cur=usd`);
  assert.equal(s.iframe.title, s.pym.title);
  assert.equal(s.iframe.title, '龙江阅读器 · 2023 한국 중소기업 룡강 행사주간');
  // The link still does not open the share panel, in any language.
  assert.ok(!(await page.inputValue('#share-link')).includes('panel=share'));
  await page.screenshot({ path: shotPath('landing-1280-share') });

  // The copied link, opened fresh, lands on the chart point.
  const fresh = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(fresh, link);
  await fresh.waitForSelector('#chart-half .chart-base');
  await until(fresh, () => !document.querySelector('#chart-half .chart-tip').hidden, null, 'the half-year tooltip');
  assert.equal(await fresh.getAttribute('#tab-charts', 'aria-selected'), 'true');
  assert.equal(await fresh.inputValue('#currency-switch input:checked'), 'usd');
  await assertInView(fresh, '#chart-half .chart-frame', 'the half-year chart');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(fresh.problems, []);
  await fresh.close();
  await page.close();
});

test('pym host: the share panel\'s pym snippet, pasted into a page, opens that chart in that language and currency', async () => {
  const author = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(author, `${env.server.url}#lang=en&chart=trade&pt=2&cur=krw&panel=share`);
  await author.waitForSelector('#embed-pym');
  assert.equal(await author.inputValue('#embed-part'), 'trade');
  const s = await snippets(author);
  await author.close();

  const pymJs = fs.readFileSync(path.join(repoRoot, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'), 'utf8');
  const hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Newsroom page</title>
<link rel="stylesheet" href="/hosts/host.css"></head><body><article class="host-article">
<h1>Korean firms in Heilongjiang</h1><p>The newsroom pasted the embed code below.</p>
${s.pymCode}
<p>Text after the embed.</p></article></body></html>`;
  const page = await newPage(env.browser, PHONE_390);
  await page.route('https://pym.nprapps.org/pym.v1.min.js', (r) => r.fulfill({ contentType: 'text/javascript', body: pymJs }));
  await page.route(`${env.server.origin}/hosts/pasted.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: hostHtml }));
  await page.goto(`${env.server.origin}/hosts/pasted.html`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  // The trade chart's built page (issue #24), in English and won: the chart, no app.
  await frame.waitForSelector('#embed-chart-trade');
  assert.equal(await handle.getAttribute('title'), s.iframe.title, 'pym gives the frame the same title as the iframe snippet');
  assert.equal(await frame.getAttribute('html', 'lang'), 'en');
  assert.match(await frame.locator('#embed-chart-trade .plot-340 svg').first().innerHTML(), /₩|KRW/);
  assert.equal(await frame.locator('#embed-chart-half').count(), 0, 'only the trade chart');
  assert.equal(await frame.locator('.tab').count(), 0, 'no tabs in a one-chart embed');
  assert.equal(await page.evaluate(() => scrollY), 0, 'the embed did not scroll its host on load');
  await page.screenshot({ path: shotPath('landing-pym-pasted-snippet'), fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.close();
});

// ── Item 7: chart-only embeds are only charts ─────────────────────────────────────────────────

test('1280 px: ?embed=1&view=trade|half|timeline|key|charts show only charts and only controls that work', async () => {
  for (const view of ['trade', 'half', 'timeline', 'key', 'charts']) {
    const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
    await openApp(page, `${env.server.url}?embed=1&view=${view}`);
    await page.waitForSelector('#charts-heading');
    await frames(page, 3);
    const seen = await page.evaluate(() => ({
      tabs: document.querySelectorAll('.tab, [role="tablist"], [role="tabpanel"]').length,
      article: !!document.getElementById('article'),
      glossary: !!document.querySelector('.glossary-panel, #tab-glossary, #tab-people'),
      currency: !!document.getElementById('currency-switch'),
      hint: document.getElementById('chart-keys-hint')?.innerText ?? null,
      footer: document.querySelector('.footer').innerText,
      skip: [...document.querySelectorAll('.skip-link')].map((a) => a.getAttribute('href')),
    }));
    assert.equal(seen.tabs, 0, `${view}: no tabs`);
    assert.equal(seen.article, false, `${view}: no article`);
    assert.equal(seen.glossary, false, `${view}: no glossary or people`);
    assert.equal(seen.currency, ['trade', 'half', 'charts'].includes(view), `${view}: currency switch only where it changes something`);
    if (view === 'key') assert.equal(seen.hint, null, 'key figures: no arrow-key hint');
    else {
      assert.ok(!/see the sentence/.test(seen.hint) && /figure and its sentence/.test(seen.hint), `${view}: hint "${seen.hint}"`);
    }
    assert.ok(!/\/ search|j\/k/.test(seen.footer), `${view}: footer names keys that do nothing: ${seen.footer}`);
    assert.deepEqual(seen.skip, [], `${view}: no skip link to parts that are not there`);
    // "/" and "j" do nothing here (they used to switch to the glossary).
    await page.keyboard.press('/');
    await page.keyboard.press('j');
    await frames(page, 2);
    assert.equal(await page.locator('.glossary-panel').count(), 0, `${view}: "/" opened a glossary`);
    assert.ok(!(await stateUrl(page)).includes('panel='), `${view}: ${(await stateUrl(page))}`);
    await page.screenshot({ path: shotPath(`embed-only-${view}-1280`), fullPage: true });
    assert.deepEqual(page.problems, [], view);
    await page.close();
  }
});

test('1280 px: in a chart-only embed Enter on a point, or a key figure, shows its sentence in the card', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await openApp(page, `${env.server.url}?embed=1&view=trade`);
  await page.waitForSelector('#chart-trade .chart-base');
  await page.focus('#chart-trade .chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.locator('#card.placed').waitFor();
  const card = await page.locator('#card').innerText();
  assert.match(card, /34억 3,800만원/, 'the card quotes the figure');
  assert.match(card, /Source sentence/);
  assert.ok(await page.locator('#card .card-source').isVisible());
  await assertInView(page, '#card', 'the card');
  assert.ok(!(await stateUrl(page)).includes('s=p'), 'no sentence to highlight here');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#card', { state: 'detached' });
  await page.close();

  const key = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await openApp(key, `${env.server.url}?embed=1&view=key`);
  await key.click('#chart-key .key-tile >> nth=0');
  await key.locator('#card.placed').waitFor();
  assert.ok(await key.locator('#card .card-source').isVisible());
  assert.deepEqual(key.problems, []);
  await key.close();
});

test('pym host, 360 px phone: a one-chart embed has no tabs, and tapping a bar shows its card with the sentence', async () => {
  const page = await newPage(env.browser, PHONE_360);
  await page.route(`${env.server.origin}/hosts/pym-host.js`, (r) => r.fulfill({
    contentType: 'text/javascript',
    body: "window.pymParent = new pym.Parent('longjiang-reader', '/?embed=1&view=trade#lang=zh', { title: 'Longjiang Reader' });",
  }));
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { handle, frame } = await appFrame(page);
  await frame.waitForSelector('#chart-trade .chart-base');
  assert.equal(await frame.locator('.tab').count(), 0);
  assert.equal(await frame.locator('#article').count(), 0);
  assert.match(await frame.locator('#chart-keys-hint').innerText(), /数字卡片和原句/);
  await handle.scrollIntoViewIfNeeded();
  const box = await (await frame.$('#chart-trade .chart-overlay')).boundingBox();
  let opened = false;
  for (let x = box.x + 6; x < box.x + box.width && !opened; x += 10) {
    await page.touchscreen.tap(x, box.y + box.height - 40);
    opened = (await frame.locator('#card.placed').count()) > 0;
  }
  assert.ok(opened, 'a tap on a bar opened a card');
  assert.ok(await frame.locator('#card .card-source').isVisible());
  assert.match(await frame.locator('#card .card-source').innerText(), /来源句子/);
  await page.screenshot({ path: shotPath('embed-pym-360-trade-card') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

// ── Item 8: small things a reader notices ────────────────────────────────────────────────────

test('1280 px: no internal sentence id (p02s1) is shown anywhere; mentions say "paragraph 2"', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, `${env.server.url}#lang=en`);
  const ids = () => page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const m = walker.currentNode.textContent.match(/\bp\d{2}s\d+\b/);
      if (m) out.push(`${walker.currentNode.parentElement.className}: ${walker.currentNode.textContent.trim().slice(0, 60)}`);
    }
    return out;
  });
  await page.click('#tab-people');
  await page.$$eval('.people-panel details', (d) => d.forEach((x) => { x.open = true; }));
  assert.deepEqual(await ids(), [], 'people panel');
  const first = await page.locator('.people-panel .mention-list .link-btn').first().innerText();
  assert.match(first, /^paragraph \d+(, sentence \d+)? — /);
  assert.ok(await page.locator('.people-panel .mention-list .link-btn', { hasText: 'paragraph 2 — ' }).count() > 0);
  await page.click('#tab-charts');
  await page.waitForSelector('#chart-trade .chart-base');
  while (await page.locator('.chart-tools button[aria-expanded="false"]').count()) {
    await page.locator('.chart-tools button[aria-expanded="false"]').first().click();
  }
  assert.equal(await page.locator('.data-table').count(), 3);
  assert.deepEqual(await ids(), [], 'charts panel with its tables open');
  assert.match(await page.locator('#chart-key .key-source').first().innerText(), /— (paragraph \d+|section heading)/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('1280 px: a skip link reaches the tools in three key presses (it took 149 Tabs), and keeps the view in the URL', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, `${env.server.url}#lang=en&mode=hanzi`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#article');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.innerText), 'Skip to the glossary and charts');
  assert.ok(await page.evaluate(() => document.activeElement.getBoundingClientRect().top >= 0), 'the focused skip link is visible');
  await page.screenshot({ path: shotPath('skip-link-1280') });
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tools');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-glossary');
  // The fragment is the view state: skipping did not replace it with "#tools".
  assert.equal(new URL(await stateUrl(page)).hash, '#lang=en&mode=hanzi');
  assert.equal(await page.locator('#article ruby').count() > 0, true, 'the display mode is kept');
  // An in-page anchor (a data table's link to its sentence) does not reset the view either.
  await page.evaluate(() => { location.hash = 's-p09s2'; });
  await frames(page, 4);
  assert.equal(new URL(await stateUrl(page)).hash, '#lang=en&mode=hanzi');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('1280 px: Tab and Shift+Tab stay inside an open card', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, env.server.url);
  for (const sel of ['#article .mark.term[data-term="liangtou_shiwei"]', '#article .mark.fig[data-figure="trade_2022"]']) {
    await page.focus(sel);
    await page.keyboard.press('Enter');
    await page.locator('#card.placed').waitFor();
    const inside = () => page.evaluate(() => !!document.activeElement.closest('#card'));
    // (The card takes the focus in the frame it is placed in: wait for that frame.)
    assert.ok(await until(page, () => !!document.activeElement.closest('#card'), null, 'focus moves into the card'));
    const seen = new Set();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await inside(), `Tab ${i + 1} left the card (${sel})`);
      seen.add(await page.evaluate(() => document.activeElement.outerHTML.slice(0, 60)));
    }
    assert.ok(seen.size >= 2, 'Tab moves between the card\'s controls');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.ok(await inside(), `Shift+Tab ${i + 1} left the card (${sel})`);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('#card', { state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.matches('.mark')), true, 'Escape returns focus to the mark');
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('1280 px: "Frequency" orders the whole glossary, not each category', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await openApp(page, `${env.server.url}#lang=en`);
  const total = await page.locator('.glossary-item').count();
  assert.ok(await page.locator('.glossary-group').count() > 1, 'grouped by category by default');
  await page.selectOption('.sort select', 'frequency');
  await page.waitForSelector('.glossary-list.sorted');
  const counts = await page.$$eval('.glossary-item .gi-count', (els) => els.map((e) => Number(e.textContent)));
  assert.equal(counts.length, total, 'every entry, in one list');
  assert.equal(await page.locator('.glossary-group').count(), 0, 'no category groups');
  for (let i = 1; i < counts.length; i++) assert.ok(counts[i] <= counts[i - 1], `entry ${i} (${counts[i]}) after ${counts[i - 1]}`);
  assert.equal(counts[0], Math.max(...counts));
  await page.screenshot({ path: shotPath('glossary-frequency-1280') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Runs in the page: how each annotated term sits in its line. */
function rubyLayout() {
  const body = document.querySelector('#article .article-body').getBoundingClientRect();
  const rows = [];
  for (const ruby of document.querySelectorAll('#article ruby')) {
    const mark = ruby.closest('.mark');
    const base = ruby.getBoundingClientRect();
    const rt = ruby.querySelector('rt > .ann').getBoundingClientRect();
    // The first character after the term, if it is text (a particle or punctuation).
    let next = null;
    let n = mark.nextSibling;
    const ignorable = (x) => x.nodeType === 8 || (x.nodeType === 3 && x.textContent === '')
      || (x.nodeType === 1 && (x.classList.contains('print-only') || x.classList.contains('std')));
    while (n && ignorable(n)) n = n.nextSibling;
    if (n && n.nodeType === 3 && n.textContent.length && !/^\s/.test(n.textContent)) {
      const r = document.createRange();
      r.setStart(n, 0);
      r.setEnd(n, 1);
      const b = r.getBoundingClientRect();
      next = { ch: n.textContent[0], left: b.left, top: b.top };
    }
    rows.push({ text: ruby.firstChild.textContent, rt: ruby.querySelector('rt').textContent, base: { left: base.left, right: base.right, top: base.top, bottom: base.bottom }, ann: { left: rt.left, right: rt.right, top: rt.top, bottom: rt.bottom }, next, markRight: mark.getBoundingClientRect().right });
  }
  const pitch = parseFloat(getComputedStyle(document.querySelector('#article .article-body p')).lineHeight);
  return { rows, pitch, body: { left: body.left, right: body.right }, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
}

test('360 and 390 px phones: pinyin ruby keeps particles and punctuation with their word, and hanzi in the text get pinyin too', async () => {
  // (366 px: three long names' pinyin on one line, more than the line holds unless narrowed to
  // 0.76: they overlapped at the old limit of 0.8. 375 px: the 19-letter forum's name ended a
  // line and its 에서 began the next, before long marks were kept with their particles.)
  for (const [size, mode] of [[PHONE_390, 'pinyin'], [PHONE_390, 'hanzi'], [PHONE_360, 'pinyin'], [{ ...PHONE_360, width: 366 }, 'pinyin'], [{ ...PHONE_360, width: 375 }, 'pinyin']]) {
    const page = await newPage(env.browser, size);
    await openApp(page, `${env.server.url}#mode=${mode}`);
    await page.waitForSelector('#article ruby rt.settled > .ann');
    const where = `${mode} at ${size.width} px`;
    await frames(page, 3);
    const { rows, body, overflow, pitch } = await page.evaluate(rubyLayout);
    assert.ok(rows.length > 50, `${rows.length} annotated terms`);
    assert.ok(overflow <= 0, `${where}: the page scrolls sideways by ${overflow}px`);
    let followed = 0;
    for (const r of rows) {
      if (r.next) {
        followed++;
        const gap = r.next.left - r.markRight;
        assert.ok(Math.abs(gap) < 1.5 && Math.abs(r.next.top - r.base.top) < 8, `${where}: "${r.next.ch}" is ${gap.toFixed(1)}px from ${r.text} (${r.rt})`);
      }
      assert.ok(r.ann.left >= body.left - 0.5 && r.ann.right <= body.right + 0.5, `${where}: ${r.rt} leaves the column`);
      assert.ok(r.ann.bottom <= r.base.top + 2, `${where}: ${r.rt} is not above ${r.text}`);
      // Nor does it reach into the line above (whose text ends one line pitch higher).
      assert.ok(r.ann.top >= r.base.bottom - pitch - 0.5, `${where}: ${r.rt} reaches into the line above ${r.text}`);
      assert.ok(r.ann.right > r.base.left && r.ann.left < r.base.right, `${where}: ${r.rt} is not over ${r.text}`);
    }
    assert.ok(followed > 30, `${followed} terms are followed by a particle or punctuation`);
    const glued = await page.locator('#article .long-word.glued').count();
    assert.ok(glued > 3, `${where}: ${glued} long marks kept with their particles`);
    // No two annotations overlap.
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const a = rows[i].ann;
        const b = rows[j].ann;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        assert.ok(!overlap, `${where}: ${rows[i].rt} overlaps ${rows[j].rt}`);
      }
    }
    if (mode === 'pinyin') {
      const hanzi = rows.filter((r) => r.text === '粮头食尾');
      assert.equal(hanzi.length, 1, 'the hanzi 粮头食尾 in the text has ruby');
      assert.equal(hanzi[0].rt, 'liángtóu shíwěi');
      await page.evaluate(() => document.querySelector('.mark.term[data-term="liangtou_shiwei"]:has(ruby rt)').scrollIntoView({ block: 'center' }));
    } else {
      assert.ok(!rows.some((r) => /[\u4e00-\u9fff]/.test(r.text)), 'no hanzi over hanzi');
      await page.evaluate(() => document.getElementById('p09').scrollIntoView());
    }
    await frames(page, 3);
    await page.screenshot({ path: shotPath(`ruby-${size.width}-${mode}`) });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('360 px phone, plain text: no particle or punctuation starts a line apart from its term', async () => {
  const page = await newPage(env.browser, PHONE_360);
  await openApp(page, env.server.url);
  const apart = await page.evaluate(() => {
    const out = [];
    for (const mark of document.querySelectorAll('#article .mark')) {
      // Marks longer than a phone line's share are free to wrap (and so to let go of a particle;
      // the annotated modes keep them together where the line has room, tested below).
      if ([...mark.textContent].length > 12) continue;
      let n = mark.nextSibling;
      while (n && (n.nodeType === 8 || (n.nodeType === 3 && n.textContent === '') || (n.nodeType === 1 && n.classList.contains('print-only')))) n = n.nextSibling;
      if (!n || n.nodeType !== 3 || /^\s/.test(n.textContent)) continue;
      const r = document.createRange();
      r.setStart(n, 0);
      r.setEnd(n, 1);
      const b = r.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      if (Math.abs(b.left - m.right) > 1.5 || Math.abs((b.top + b.bottom) / 2 - (m.top + m.bottom) / 2) > 8) out.push(`${mark.textContent}|${n.textContent[0]}`);
    }
    return out;
  });
  assert.deepEqual(apart, []);
  await page.close();
});

/** Runs in the page: visible interface text outside the article that is English words. */
function englishInInterface() {
  // Acronyms (CNY, CSV, MOU, CEO), a key's name, pym.js's and a firm's own Latin-script name
  // (Twin Nano, in the Chinese gloss) are not English text.
  const allowed = (w) => /^[A-Z]{2,5}$/.test(w) || ['Esc', 'pym', 'js', 'Twin', 'Nano'].includes(w);
  const out = [];
  const english = (t) => (t.match(/[A-Za-z]{2,}/g) || []).filter((w) => !allowed(w));
  // The language switch names each language in itself; pinyin is Chinese; code is code.
  const skip = (el) => el.closest('#article, .lang-switch, [lang="zh-Latn-pinyin"], textarea, input, script, style');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    const el = n.parentElement;
    if (!el || skip(el) || !el.getClientRects().length) continue;
    const w = english(n.textContent);
    if (w.length) out.push(`${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v && english(v).length) out.push(`${a}: ${v.slice(0, 80)}`);
    }
  }
  return out;
}

test('1280 px: no English in the Korean or Chinese interface (organisations, rate sources, countries)', async () => {
  for (const lang of ['ko', 'zh']) {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await openApp(page, `${env.server.url}#lang=${lang}`);
    const found = [];
    const check = async (where) => { for (const f of await page.evaluate(englishInInterface)) found.push(`${where}: ${f}`); };
    await check('glossary');
    await page.click('#tab-people');
    await page.waitForSelector('.people-panel');
    await page.$$eval('.people-panel details', (d) => d.forEach((x) => { x.open = true; }));
    await check('people');
    await page.screenshot({ path: shotPath(`people-${lang}-1280`) });
    // The card of a money figure, with its exchange-rate source line.
    await page.click('#article .mark.fig[data-figure="trade_2022"]');
    await page.locator('#card.placed').waitFor();
    assert.ok(await page.locator('#card .rate-source').isVisible());
    await check('money card');
    await page.screenshot({ path: shotPath(`rate-source-${lang}-1280`) });
    await page.keyboard.press('Escape');
    await page.click('#tab-share');
    await check('share');
    assert.deepEqual(found, [], `${lang}:\n${found.join('\n')}`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('320 and 360 px phones: standard spellings beside the text wrap inside the column', async () => {
  for (const width of [320, 360]) {
    const page = await newPage(env.browser, { width, height: 740, hasTouch: true, dpr: 2 });
    await openApp(page, `${env.server.url}#mode=standard`);
    await page.waitForSelector('#article .std');
    await frames(page, 3);
    const seen = await page.evaluate(() => {
      const body = document.querySelector('#article .article-body').getBoundingClientRect();
      const out = [...document.querySelectorAll('#article .std')]
        .filter((s) => [...s.getClientRects()].some((r) => r.right > body.right + 0.5 || r.left < body.left - 0.5))
        .map((s) => s.textContent);
      return { out, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, n: document.querySelectorAll('#article .std').length };
    });
    assert.ok(seen.n > 10, `${width}: ${seen.n} standard spellings shown`);
    assert.deepEqual(seen.out, [], `${width}: spellings leave the column`);
    assert.ok(seen.overflow <= 0, `${width}: the page scrolls sideways by ${seen.overflow}px`);
    await page.close();
  }
});

test('a deep link does not move a reader who has already scrolled the built page', async () => {
  const page = await newPage(env.browser, PHONE_360);
  // The reader scrolls the page built at build time before the app has started.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => window.scrollTo(0, 400));
  });
  await openApp(page, `${env.server.url}#panel=charts`);
  await frames(page, 6);
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 300 && y < 600, `the reader stays where they were (scrollY ${y})`);
  // Without the scroll, the same link brings the charts into view on a phone.
  const fresh = await newPage(env.browser, PHONE_360);
  await openApp(fresh, `${env.server.url}#panel=charts`);
  await fresh.waitForFunction(() => window.scrollY > 1000, null, { timeout: 5000 });
  await page.close();
  await fresh.close();
});
