// The reader each reader needs (issue #20, "also"): Korean words kept whole in cards, key-figure
// tiles and standard-spelling chips; no keyboard hints on a touch-only phone; the yuan notice
// once where the article meets the charts; a guessed annotation marked by a tag, not a "?"; the
// currency switch's label beside its buttons; the article's source, date and translator with a
// link to the report as published (before the wasm too); and a text size control kept in the
// browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { frames, layoutShifts, newPage, openApp, recordLayoutShifts, repoRoot, serve, setup, shotPath, until } from './lib.mjs';

const env = setup();

const articleToml = fs.readFileSync(path.join(repoRoot, 'data', 'article.toml'), 'utf8');
/** A top-level `key = "…"` of data/article.toml (basic strings; their escapes are JSON's). */
const field = (key) => {
  const m = articleToml.match(new RegExp(`^${key} = ("(?:[^"\\\\]|\\\\.)*")$`, 'm'));
  return m ? JSON.parse(m[1]) : null;
};

/**
 * Runs in the page: the Korean words under `sel` that a line break cuts in two. Each run of
 * Hangul syllables in a Korean text node (its element's language is `ko…`) must lie on one line:
 * a line may break at a space, or at punctuation between two runs ("'헤이룽장(성)'"), never
 * between two syllables ("이/름", "이/상", "헤이룽장/성"). Returns the cut words and how many
 * were looked at.
 */
function cutWords(sel) {
  const cut = [];
  let checked = 0;
  for (const root of document.querySelectorAll(sel)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el.getClientRects().length) continue;
      if (!(el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ko')) continue;
      for (const m of n.textContent.matchAll(/[\uAC00-\uD7A3]+/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        const lines = new Set([...r.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.bottom)));
        checked++;
        if (lines.size > 1) cut.push(m[0]);
      }
    }
  }
  return { cut, checked };
}

test('360 px: Korean words stay whole in cards, key-figure tiles and standard-spelling chips', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  // Cards in each interface language: the Korean in them keeps its words.
  for (const lang of ['ko', 'zh', 'en']) {
    await openApp(page, `${env.server.url}#lang=${lang}`);
    for (const id of ['kosme', 'heilongjiang', 'liangtou_shiwei', 'longjiang', 'harbin']) {
      const mark = page.locator(`#article .mark.term[data-term="${id}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      await page.locator('#card.placed').waitFor();
      const { cut, checked } = await page.evaluate(cutWords, '#card');
      assert.ok(checked >= 3, `${lang} ${id}: ${checked} Korean words in the card`);
      assert.deepEqual(cut, [], `${lang} ${id}: words broken across lines in the card`);
      if (id === 'kosme' && lang === 'ko') await page.screenshot({ path: shotPath('also-360-card-words') });
      await page.locator('#card .card-close').tap();
      await page.locator('#card').waitFor({ state: 'detached' });
    }
    await page.goto('about:blank');
  }
  // The key figures' tiles ("20억 달러 이상").
  await openApp(page, `${env.server.url}#panel=charts`);
  await page.locator('#chart-key .key-tile').first().waitFor();
  const tiles = await page.evaluate(cutWords, '#chart-key .key-tile');
  assert.ok(tiles.checked >= 20, `${tiles.checked} Korean words in the tiles`);
  assert.deepEqual(tiles.cut, [], 'words broken across lines in the key-figure tiles');
  // The South Korean spellings beside the text ("헤이룽장성"), which still wrap inside the column.
  await page.goto('about:blank');
  await openApp(page, `${env.server.url}#mode=standard`);
  await page.waitForSelector('#article .std');
  await frames(page, 3);
  const chips = await page.evaluate(cutWords, '#article .std');
  assert.ok(chips.checked >= 20, `${chips.checked} Korean words in the chips`);
  assert.deepEqual(chips.cut, [], 'standard spellings broken across lines');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scroll');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('keyboard hints: hidden on a touch-only phone, shown on a desktop with a mouse', async () => {
  const phone = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
  await openApp(phone, env.server.url);
  // A touch screen without a mouse is what the stylesheet's query names.
  assert.equal(await phone.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches), true, 'the touch-only query matches a touch phone');
  await phone.locator('.footer').scrollIntoViewIfNeeded();
  assert.equal(await phone.locator('.footer .keys-help').count(), 1);
  assert.equal(await phone.locator('.footer .keys-help').isVisible(), false, 'no "/ search · j/k" on a phone');
  // The credit in the same footer is still there.
  assert.equal(await phone.locator('.footer p[lang="ko"]').isVisible(), true);
  // Above the charts: what a tap does, not the arrow keys.
  const phoneCharts = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
  await openApp(phoneCharts, `${env.server.url}#panel=charts`);
  await phoneCharts.locator('#chart-keys-hint').scrollIntoViewIfNeeded();
  const phoneHint = await phoneCharts.locator('#chart-keys-hint').innerText();
  await phoneCharts.close();
  assert.match(phoneHint, /항목을 누르면 설명/);
  assert.doesNotMatch(phoneHint, /←|Enter|Esc/, phoneHint);
  assert.deepEqual(phone.problems, []);
  await phone.close();
  const desk = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(desk, env.server.url);
  assert.equal(await desk.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches), false);
  await desk.locator('.footer').scrollIntoViewIfNeeded();
  assert.equal(await desk.locator('.footer .keys-help').isVisible(), true, 'the keys are named where there is a keyboard');
  assert.match(await desk.locator('.footer .keys-help').innerText(), /단축키: \/ 검색/);
  const deskCharts = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(deskCharts, `${env.server.url}#panel=charts`);
  const deskHint = await deskCharts.locator('#chart-keys-hint').innerText();
  await deskCharts.close();
  assert.match(deskHint, /← → 키로/);
  assert.doesNotMatch(deskHint, /항목을 누르면/, deskHint);
  assert.deepEqual(desk.problems, []);
  await desk.close();
});

test('360 px: the yuan notice is said once where the article meets the charts', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  /** The page positions (top, px) of the notices on screen that say what 원 means here. */
  const notices = () => page.evaluate(() => [...document.querySelectorAll('.money-explainer, .unit-warning')]
    .filter((e) => e.getClientRects().length && /중국 위안\(元, CNY\)/.test(e.textContent))
    .map((e) => ({ top: Math.round(e.getBoundingClientRect().top + scrollY), inReader: !!e.closest('.reader-column') })));
  await openApp(page, `${env.server.url}#panel=charts`);
  await page.locator('#chart-trade').waitFor();
  await frames(page, 3);
  const shown = await notices();
  assert.ok(shown.length >= 1, 'the notice is on the page');
  // Not twice within two screens of each other (it was: the article's last line, then the
  // charts panel's first, 210 px apart).
  for (let i = 1; i < shown.length; i++) {
    assert.ok(shown[i].top - shown[i - 1].top > 2 * 740, `the notice twice, ${shown[i].top - shown[i - 1].top} px apart: ${JSON.stringify(shown)}`);
  }
  // The charts' own notice is the one kept, with the charts it explains.
  assert.equal(shown.filter((n) => !n.inReader).length, 1, JSON.stringify(shown));
  // Without the charts below it, the article still says it, once.
  await page.click('#tab-glossary');
  await page.locator('.glossary-item').first().waitFor();
  const alone = await notices();
  assert.deepEqual(alone.map((n) => n.inReader), [true], JSON.stringify(alone));
  assert.deepEqual(page.problems, []);
  await page.close();
  // Side by side on a desktop, each column keeps its own.
  const desk = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(desk, `${env.server.url}#panel=charts`);
  await desk.locator('#chart-trade').waitFor();
  const both = await desk.evaluate(() => [...document.querySelectorAll('.money-explainer')].filter((e) => e.getClientRects().length).length);
  assert.equal(both, 2);
  await desk.close();
});

test('pinyin and hanzi modes: a guessed annotation carries a guess tag in the reader\'s language, not a "?"', async () => {
  const page = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
  const ann = (term) => page.$eval(`#article .mark.term[data-term="${term}"] rt .ann`, (a) => ({
    text: a.textContent,
    guess: a.parentElement.classList.contains('guess'),
    tag: a.querySelector('.guess-tag')?.textContent ?? null,
    title: a.querySelector('.guess-tag')?.getAttribute('title') ?? null,
    name: a.closest('.mark').textContent,
  }));
  for (const [lang, word] of [['ko', '추정'], ['zh', '推测'], ['en', 'guess']]) {
    await openApp(page, `${env.server.url}#mode=pinyin&lang=${lang}`);
    await page.waitForSelector('#article ruby rt > .ann');
    // hitech_valley's hanzi (and so its pinyin) are a guess; harbin's are not.
    const guessed = await ann('hitech_valley');
    assert.ok(guessed.text.startsWith('Zhōng-Hán Gāokējì Gǔ'), guessed.text);
    assert.ok(!guessed.text.includes('?'), `${lang}: "${guessed.text}" reads as a question`);
    assert.equal(guessed.guess, true);
    assert.equal(guessed.tag, word, `${lang}: the guess tag`);
    assert.ok(guessed.title && guessed.title.length > 4, `${lang}: the tag says what it means: ${guessed.title}`);
    // What a screen reader reads for the mark includes the tag.
    assert.ok(guessed.name.includes(word), guessed.name);
    const sure = await ann('harbin');
    assert.equal(sure.text, 'Hā\'ěrbīn');
    assert.equal(sure.tag, null);
    await page.goto('about:blank');
  }
  // Hanzi mode, for a Chinese reader (the Chinese terms): the same tag after the hanzi.
  await openApp(page, `${env.server.url}#mode=hanzi&lang=zh`);
  await page.waitForSelector('#article ruby rt > .ann');
  const hanzi = await ann('hitech_valley');
  assert.equal(hanzi.text, '中韩高科技谷推测');
  assert.equal(hanzi.tag, '推测');
  await page.screenshot({ path: shotPath('also-390-guess-tag') });
  // On paper the hanzi follow the word in brackets, the tag with them, no "?".
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$eval('#article .mark.term[data-term="hitech_valley"] + .print-only', (e) => ({ text: e.textContent, shown: getComputedStyle(e).display !== 'none' }));
  assert.ok(printed.shown);
  assert.equal(printed.text, '(中韩高科技谷推测)');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the currency switch\'s label sits beside its buttons, on their row (1280 and 360 px)', async () => {
  for (const [width, height, touch] of [[1280, 900, false], [360, 740, true]]) {
    for (const lang of ['ko', 'en']) {
      const page = await newPage(env.browser, { width, height, hasTouch: touch });
      await openApp(page, `${env.server.url}#panel=charts&lang=${lang}`);
      await page.locator('#currency-switch').waitFor();
      const at = await page.$eval('#currency-switch', (f) => {
        const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
        const buttons = [...f.querySelectorAll('.segment')].map(box);
        return { legend: box(f.querySelector('legend')), first: buttons[0], last: buttons[buttons.length - 1] };
      });
      const where = `${width} ${lang}: ${JSON.stringify(at)}`;
      // One line: the label's box overlaps the first button's vertically, and comes before it.
      assert.ok(at.legend.bottom > at.first.top && at.legend.top < at.first.bottom, `label above or below its buttons: ${where}`);
      assert.ok(at.legend.right <= at.first.left + 1, `label not before its buttons: ${where}`);
      // The buttons themselves are one row.
      assert.ok(Math.abs(at.last.top - at.first.top) < 2, `buttons on two rows: ${where}`);
      assert.deepEqual(page.problems, []);
      await page.close();
    }
  }
});

test('the top of the article gives its source, date and translator and links the report as published, before and after the app mounts', async () => {
  const url = field('source_url');
  const published = field('published');
  assert.match(url, /^https?:\/\/[^\s/]+\.[^\s/]+\//, 'data/article.toml names the report\'s address');
  const expected = {
    ko: { citation: `${field('edition_ko')}, ${published}, 편역 `, link: '원문', note: /'이는'으로 시작/ },
    zh: { citation: `${field('edition_zh')}，${published}，`, link: '原文', note: /“이는”/ },
    en: { citation: `${field('edition_en')}, ${published}, `, link: 'Original', note: /“이는”/ },
  };
  const check = async (page, lang, when) => {
    const seen = await page.$eval('#article .article-header', (h) => {
      const a = h.querySelector('.article-source a.source-link');
      return {
        source: h.querySelector('.article-source')?.textContent ?? null,
        citation: h.querySelector('.article-source .citation')?.textContent ?? null,
        href: a?.getAttribute('href') ?? null,
        target: a?.getAttribute('target') ?? null,
        rel: a?.getAttribute('rel') ?? null,
        label: a?.textContent ?? null,
        note: h.querySelector('.opening-note')?.textContent ?? null,
        // Under the title, before the first paragraph.
        order: !!a && !!(h.querySelector('h1').compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    const e = expected[lang];
    const where = `${lang} ${when}: ${JSON.stringify(seen)}`;
    assert.ok(seen.citation?.startsWith(e.citation), where);
    assert.equal(seen.href, url, where);
    assert.equal(seen.target, '_blank', where);
    assert.ok(seen.rel?.split(/\s+/).includes('noopener'), where);
    assert.ok(seen.label?.startsWith(e.link), where);
    assert.match(seen.note ?? '', e.note, where);
    assert.ok(seen.order, where);
  };
  // The page built at build time, while the wasm is held back: a plain link, in Korean.
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.goto(slow.url);
    await page.locator('.shell-article .article-source a').waitFor();
    assert.equal(await page.locator('main[data-ready="true"]').count(), 0, 'the app has not started');
    await check(page, 'ko', 'built page');
    slow.releaseWasm();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    await check(page, 'ko', 'after the mount');
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await slow.close();
  }
  // Without JavaScript the link is there and works as any link.
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 }, locale: 'ko-KR' });
  const nojs = await context.newPage();
  await nojs.goto(env.server.url);
  await check(nojs, 'ko', 'no JavaScript');
  await context.close();
  // The app in each interface language.
  for (const lang of ['ko', 'zh', 'en']) {
    const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
    await openApp(page, `${env.server.url}#lang=${lang}`);
    await check(page, lang, 'app');
    // The credit line at the foot speaks the interface language too (a reader's tour found it
    // Korean on English and Chinese pages, and in a chart's embed).
    const credit = await page.$eval('.footer p:last-child', (p) => ({ text: p.textContent, lang: p.lang }));
    const credits = { ko: /^출처: 흑룡강일보 · 편역: /, zh: /^来源：《黑龙江日报》 · 编译：/, en: /^Source: Heilongjiang Daily · Compiled and translated by / };
    assert.match(credit.text, credits[lang], `${lang}: ${JSON.stringify(credit)}`);
    assert.equal(credit.lang, { ko: 'ko', zh: 'zh-Hans', en: 'en' }[lang], `${lang}: ${JSON.stringify(credit)}`);
    if (lang === 'zh') await page.screenshot({ path: shotPath('also-360-source-zh') });
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('text size: 가+ grows the article and the cards, a reload keeps it, 360 px never scrolls sideways at the largest', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await openApp(page, env.server.url);
  const paragraph = () => page.$eval('#article .article-body p', (p) => parseFloat(getComputedStyle(p).fontSize));
  const cardText = async () => {
    const mark = page.locator('#article .mark.term[data-term="harbin"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await page.locator('#card.placed').waitFor();
    const px = await page.$eval('#card .card-lead dd', (e) => parseFloat(getComputedStyle(e).fontSize));
    await page.locator('#card .card-close').tap();
    await page.locator('#card').waitFor({ state: 'detached' });
    return px;
  };
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Named in the interface language; the glyphs are a picture of the text.
  assert.equal(await page.getByRole('button', { name: '글자 작게', exact: true }).getAttribute('id'), 'text-smaller');
  assert.equal(await page.getByRole('button', { name: '글자 크게', exact: true }).getAttribute('id'), 'text-larger');
  assert.equal(await page.getAttribute('.text-size', 'aria-label'), '글자 크기');
  // The header's controls still fit a 360 px phone, side by side without overlapping.
  const header = await page.$$eval('.topbar .lang-switch button, .text-size button, #theme-toggle', (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { id: e.id || e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }));
  for (const [i, a] of header.entries()) {
    assert.ok(a.left >= 0 && a.right <= 360, `${a.id} leaves the screen: ${JSON.stringify(a)}`);
    for (const b of header.slice(i + 1)) {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      assert.ok(!(w > 1.5 && h > 1.5), `${a.id} overlaps ${b.id}`);
    }
  }
  const p0 = await paragraph();
  const c0 = await cardText();
  // The header is at the top of the page (the sticky mode bar covers it when scrolled).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#text-larger').tap();
  await page.locator('#text-larger').tap();
  await frames(page, 2);
  const p1 = await paragraph();
  const c1 = await cardText();
  assert.ok(p1 > p0 * 1.15, `paragraph ${p0} → ${p1} px`);
  assert.ok(c1 > c0 * 1.15, `card ${c0} → ${c1} px`);
  assert.equal(await page.evaluate(() => localStorage.getItem('longjiang.textsize')), '120');
  // Through CSSOM on the root (no style attribute in the page's HTML; the CSP allows this).
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale').trim()), '1.2');
  // The next visit keeps it (a new document at the page's address: a reload could reopen the
  // card of a URL not yet written back after its close).
  await page.goto('about:blank');
  await page.goto(env.server.url);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
  await until(page, (want) => (Math.abs(parseFloat(getComputedStyle(document.querySelector('#article .article-body p')).fontSize) - want) < 0.5 ? [] : ['not yet']), p1);
  assert.ok(Math.abs((await paragraph()) - p1) < 0.5, 'the size after a reload');
  // Up to the largest: the button says it is at the end, and the page fits a 360 px phone.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 6 && (await page.getAttribute('#text-larger', 'aria-disabled')) !== 'true'; i++) {
    await page.locator('#text-larger').tap();
  }
  assert.equal(await page.getAttribute('#text-larger', 'aria-disabled'), 'true');
  assert.equal(await page.evaluate(() => localStorage.getItem('longjiang.textsize')), '140');
  const p2 = await paragraph();
  assert.ok(p2 > p0 * 1.35, `largest ${p2} px`);
  for (const mode of ['plain', 'standard', 'pinyin']) {
    if (mode !== 'plain') await page.click(`#mode-switch label:has(input[value="${mode}"])`);
    await frames(page, 4);
    assert.deepEqual(await until(page, () => (document.documentElement.scrollWidth > document.documentElement.clientWidth ? [document.documentElement.scrollWidth] : [])), [], `${mode}: the page scrolls sideways by ${await overflow()} px at 140 %`);
  }
  await page.click('#mode-switch label:has(input[value="plain"])');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPath('also-360-text-140') });
  const c2 = await cardText();
  assert.ok(c2 > c1, `card at the largest ${c2} px`);
  assert.ok(await overflow() <= 0);
  // Down to the smallest.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let i = 0; i < 8 && (await page.getAttribute('#text-smaller', 'aria-disabled')) !== 'true'; i++) {
    await page.locator('#text-smaller').tap();
  }
  assert.equal(await page.getAttribute('#text-smaller', 'aria-disabled'), 'true');
  assert.ok((await paragraph()) < p0, 'smaller than the stylesheet\'s own size');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('text size where the browser refuses storage: the buttons still work for the page\'s life', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await openApp(page, env.server.url);
  const size = () => page.$eval('#article .article-body p', (p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await size();
  await page.click('#text-larger');
  await frames(page, 2);
  assert.ok((await size()) > before);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('390 px touch: the card\'s × stays in view while a long card is scrolled (it scrolled away before)', async () => {
  const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
  await openApp(page, `${env.server.url}#term=heilongjiang`);
  await page.waitForSelector('#card.placed');
  const at = () => page.evaluate(() => {
    const card = document.querySelector('#card').getBoundingClientRect();
    const x = document.querySelector('#card .card-close').getBoundingClientRect();
    const hit = document.elementFromPoint(x.x + x.width / 2, x.y + x.height / 2);
    return { inside: x.top >= card.top && x.bottom <= card.bottom, top: x.top - card.top, hit: !!hit?.closest('.card-close') };
  });
  const before = await at();
  assert.ok(before.inside && before.hit, JSON.stringify(before));
  const scrollable = await page.evaluate(() => { const c = document.querySelector('#card'); return c.scrollHeight - c.clientHeight; });
  assert.ok(scrollable > 200, 'a long card');
  await page.evaluate(() => { document.querySelector('#card').scrollTop = 400; });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await at();
  assert.ok(after.inside && after.hit, JSON.stringify(after));
  assert.ok(Math.abs(after.top - before.top) < 2, 'in the same place');
  await page.locator('#card .card-close').tap();
  await page.waitForSelector('#card', { state: 'detached' });
  assert.deepEqual(page.problems, []);
});

for (const [width, height, touch] of [[1280, 900, false], [360, 780, true]]) {
  test(`${width} px: a Korean reader's default is the quiet reading, with a key to the marks; the switch marks every term and figure`, async () => {
    const page = await newPage(env.browser, { width, height, hasTouch: touch });
    await openApp(page, env.server.url);
    const count = () => page.evaluate(() => ({
      term: document.querySelectorAll('#article .mark.term').length,
      ortho: document.querySelectorAll('#article .mark.ortho').length,
      fig: document.querySelectorAll('#article .mark.fig').length,
      money: document.querySelectorAll('#article .mark.fig[data-kind="money"]').length,
      plain: document.querySelectorAll('#article .quiet-word').length,
      // Everyday words are text, no buttons; Chinese terms and spellings stay marked.
      semiconductors: document.querySelector('#article [data-term="semiconductors"]') ? 'mark' : 'plain',
      harbin: document.querySelector('#article .mark[data-term="harbin"]') ? 'mark' : 'plain',
    }));
    const quiet = await count();
    assert.equal(quiet.term + quiet.ortho + quiet.fig, 106, JSON.stringify(quiet));
    assert.equal(quiet.fig, quiet.money, 'only money among the figures');
    assert.deepEqual([quiet.semiconductors, quiet.harbin], ['plain', 'mark']);
    assert.equal(quiet.plain, 193 - 106);
    // The key names the three styles, drawn as the marks are.
    const key = page.locator('#mark-key .key li');
    assert.deepEqual(await key.allInnerTexts(), ['가나 용어', '가나 조선어 표기', '가나 수치·금액']);
    const style = (cls) => page.$eval(`#mark-key .key-sample.${cls}`, (e) => getComputedStyle(e).textDecorationStyle);
    const markStyle = (cls) => page.$eval(`#article .mark.${cls}`, (e) => getComputedStyle(e).textDecorationStyle);
    for (const cls of ['term', 'ortho', 'fig']) assert.equal(await style(cls), await markStyle(cls), cls);
    await page.screenshot({ path: shotPath(`quiet-reading-${width}`) });
    // Every mark, chosen: in the URL (replaced, not pushed), and back to quiet.
    const history = await page.evaluate(() => history.length);
    const sw = page.locator('#marks-switch');
    assert.equal(await sw.getAttribute('aria-pressed'), 'false');
    if (touch) await sw.tap(); else await sw.click();
    await page.waitForFunction(() => document.querySelectorAll('#article .mark').length === 193);
    assert.equal(await sw.getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => /marks=all/.test(location.hash));
    assert.equal(await page.evaluate(() => history.length), history);
    assert.equal(await page.locator('#article .quiet-word').count(), 0);
    if (touch) await sw.tap(); else await sw.click();
    await page.waitForFunction(() => document.querySelectorAll('#article .mark').length === 106);
    // A quiet word's card, chosen in the glossary, opens on the word, which shows it.
    await page.evaluate(() => { location.hash = 'term=semiconductors'; });
    await page.locator('#card.placed').waitFor();
    assert.match(await page.locator('#card .card-title').innerText(), /반도체/);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('a Chinese or English reader gets every mark by default; hanzi mode and the learner layer mark every term', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  for (const hash of ['lang=zh', 'lang=en', 'mode=hanzi', 'learn=1']) {
    await openApp(page, `${env.server.url}#${hash}`);
    const n = await page.evaluate(() => document.querySelectorAll('#article .mark:not(.learn)').length);
    assert.equal(n, 193, hash);
    assert.equal(await page.locator('#article .quiet-word').count(), 0, hash);
    if (hash.startsWith('lang=')) assert.equal(await page.locator('#marks-switch').getAttribute('aria-pressed'), 'true', hash);
    else assert.equal(await page.locator('#marks-switch').getAttribute('aria-disabled'), 'true', hash);
  }
  // Chosen in the URL, the quiet reading holds in Chinese too.
  await openApp(page, `${env.server.url}#lang=zh&marks=quiet`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#article .mark').length), 106);
  assert.deepEqual(await page.locator('#mark-key .key li').allInnerTexts(), ['가나 词语', '가나 朝鲜语拼写', '가나 数字·金额']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('360 px pym host: the embed barely moves the host page while it loads (layout shift near 0; it was 0.41)', async () => {
  // The frame has the built page's height from its first paint (frame.js) and the tools start
  // folded in an embed, so the host does not jump when the app starts (it grew from 150 to
  // 16,661 px at about 1.4 s).
  const page = await newPage(env.browser, { width: 360, height: 780, hasTouch: true });
  await recordLayoutShifts(page);
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const frameEl = await page.waitForSelector('iframe');
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
  await page.waitForTimeout(800);
  const { total, shifts } = await layoutShifts(page);
  assert.ok(total <= 0.05, `host layout shift ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
  // The article and the folded tools, not the whole glossary: a few phone screens, not twenty.
  const height = (await frameEl.boundingBox()).height;
  assert.ok(height < 8000, `the frame is ${height} px`);
  await page.close();
});

test('360 px pym host: the display-mode bar follows the reader down the article, and stays in the article', async () => {
  // In a frame that grows to its content the host page scrolls, not the frame, so `sticky` has
  // nothing to stick to: the bar stayed at the top of the article, 2,000 px above the paragraph
  // being read. It now stands at the top of the part of the frame the host shows.
  const page = await newPage(env.browser, { width: 360, height: 780, hasTouch: true });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const frameEl = await page.waitForSelector('iframe');
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
  await page.waitForTimeout(300);
  // The bar's top and the reader column's bottom, in the host window's coordinates.
  const where = () => {
    const f = document.querySelector('iframe');
    const d = f.contentDocument;
    const top = f.getBoundingClientRect().top;
    return {
      bar: top + d.getElementById('reader-controls').getBoundingClientRect().top,
      barBottom: top + d.getElementById('reader-controls').getBoundingClientRect().bottom,
      column: top + d.querySelector('.reader-column').getBoundingClientRect().bottom,
    };
  };
  const atRest = await page.evaluate(where);
  assert.ok(atRest.bar > 0 && atRest.bar < 780, `at first the bar is where the page puts it (${atRest.bar})`);
  // The host reader scrolls to paragraph 12, half-way down a frame of several thousand pixels.
  const scrollTo = (id) => page.evaluate((id) => {
    const f = document.querySelector('iframe');
    const el = f.contentDocument.getElementById(id);
    window.scrollTo(0, window.scrollY + f.getBoundingClientRect().top + el.getBoundingClientRect().top - 200);
  }, id);
  await scrollTo('s-p12s1');
  const atBandTop = () => {
    const f = document.querySelector('iframe');
    const t = f.getBoundingClientRect().top + f.contentDocument.getElementById('reader-controls').getBoundingClientRect().top;
    return Math.abs(t) <= 5 ? [] : [`the bar's top is at ${t.toFixed(1)} px in the host's window`];
  };
  assert.deepEqual(await until(page, atBandTop), []);
  await page.screenshot({ path: shotPath('pym-360-mode-bar-follows') });
  // It works from there: hanzi mode, and the sentence being read (the first under the bar) stays
  // where it was (the ruby makes every line taller: it was pushed ~650 px down, off the phone's
  // screen).
  await page.evaluate(() => {
    const f = document.querySelector('iframe');
    const d = f.contentDocument;
    window.scrollBy(0, d.getElementById('s-p12s1').getBoundingClientRect().top - d.getElementById('reader-controls').getBoundingClientRect().bottom - 12);
  });
  assert.deepEqual(await until(page, atBandTop), []);
  const p12 = () => page.evaluate(() => {
    const f = document.querySelector('iframe');
    return f.getBoundingClientRect().top + f.contentDocument.getElementById('s-p12s1').getBoundingClientRect().top;
  });
  const before = await p12();
  await frame.click('#mode-switch label:has(input[value="hanzi"])');
  await frame.waitForFunction(() => location.hash.includes('mode=hanzi'));
  assert.ok(await frame.locator('#s-p12s1 ruby').count() > 0, 'hanzi mode shows ruby in paragraph 12');
  assert.deepEqual(await until(page, (y) => {
    const f = document.querySelector('iframe');
    const t = f.getBoundingClientRect().top + f.contentDocument.getElementById('s-p12s1').getBoundingClientRect().top;
    return Math.abs(t - y) <= 3 ? [] : [`paragraph 12 is at ${t.toFixed(0)} px, it was at ${y.toFixed(0)}`];
  }, before), []);
  assert.deepEqual(await until(page, atBandTop), [], 'after the mode change too');
  // At the end of the article it stops with its column, above the tools.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  assert.deepEqual(await until(page, () => {
    const f = document.querySelector('iframe');
    const d = f.contentDocument;
    const bar = d.getElementById('reader-controls').getBoundingClientRect();
    const col = d.querySelector('.reader-column').getBoundingClientRect();
    return bar.bottom <= col.bottom + 0.5 && bar.top > 0 ? [] : [`bar ${bar.top}-${bar.bottom}, column ends at ${col.bottom}`];
  }), []);
  // Back at the top, it is where the page puts it again.
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.deepEqual(await until(page, (y) => {
    const f = document.querySelector('iframe');
    const t = f.getBoundingClientRect().top + f.contentDocument.getElementById('reader-controls').getBoundingClientRect().top;
    return Math.abs(t - y) <= 0.5 ? [] : [`the bar is at ${t}, not ${y}`];
  }, atRest.bar), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('360 px touch and 1280 px: a change of display mode, translation, learner layer, marks or text size keeps the sentence being read in its place', async () => {
  for (const [size, changes] of [
    [{ width: 360, height: 780, hasTouch: true }, ['#mode-switch label:has(input[value="hanzi"])', '#translation-switch label:has(input[value="en"])', '#text-larger']],
    [{ width: 1280, height: 900 }, ['#mode-switch label:has(input[value="pinyin"])', '#learner-switch', '#marks-switch']],
  ]) {
    const page = await newPage(env.browser, size);
    await openApp(page, env.server.url);
    for (const sel of changes) {
      // The sentence just under the stuck controls bar: the first the reader sees.
      await page.evaluate(() => {
        const el = document.getElementById('s-p12s1');
        window.scrollBy(0, el.getBoundingClientRect().top - document.getElementById('reader-controls').getBoundingClientRect().height - 12);
      });
      await frames(page, 2);
      const before = await page.evaluate(() => document.getElementById('s-p12s1').getBoundingClientRect().top);
      // (A click from the page itself: a driver's click would first scroll the header's
      // buttons into view.)
      await page.evaluate((sel) => document.querySelector(sel).click(), sel);
      await frames(page, 4);
      const after = await page.evaluate(() => document.getElementById('s-p12s1').getBoundingClientRect().top);
      assert.ok(Math.abs(after - before) <= 3, `${size.width} px, ${sel}: paragraph 12 moved from ${before.toFixed(0)} to ${after.toFixed(0)} px`);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('360 px touch, at the top of the page: 가+ grows the text without scrolling its own button away', async () => {
  const page = await newPage(env.browser, { width: 360, height: 780, hasTouch: true });
  await openApp(page, env.server.url);
  await frames(page, 2);
  const button = () => page.evaluate(() => document.getElementById('text-larger').getBoundingClientRect().top);
  const before = await button();
  assert.ok(before >= 0 && before < 780, `the button is on screen (${before})`);
  const x = await page.evaluate(() => { const r = document.getElementById('text-larger').getBoundingClientRect(); return r.left + r.width / 2; });
  for (const scale of ['1.1', '1.2']) {
    // A touch where the button was at first, as a reader's second tap lands.
    await page.touchscreen.tap(x, before + 10);
    await frames(page, 4);
    assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale').trim()), scale);
    assert.equal(await page.evaluate(() => Math.round(window.scrollY)), 0, 'the page did not scroll');
    assert.ok(Math.abs((await button()) - before) < 2, 'the button stays under the finger');
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('1280 px: j starts from the first term the reader sees, not one under the controls bar, and does not scroll back', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, `${env.server.url}#marks=all`);
  // A term just under the top of the window, behind the stuck controls bar.
  await page.evaluate(() => {
    const marks = [...document.querySelectorAll('#article .mark.term')];
    const m = marks.find((x) => x.getBoundingClientRect().top > 1500);
    window.scrollBy(0, m.getBoundingClientRect().top - 20);
  });
  await frames(page, 3);
  const y = await page.evaluate(() => scrollY);
  const barBottom = await page.evaluate(() => document.getElementById('reader-controls').getBoundingClientRect().bottom);
  await page.keyboard.press('j');
  await frames(page, 3);
  const focused = await page.evaluate(() => ({ cls: document.activeElement.className, top: document.activeElement.getBoundingClientRect().top }));
  assert.match(focused.cls, /\bterm\b/);
  assert.ok(focused.top >= barBottom - 0.5, `the term j chose is at ${focused.top}, under the bar (ends at ${barBottom})`);
  assert.equal(await page.evaluate(() => scrollY), y, 'j did not scroll: the term is in view');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test("hanzi mode for a Korean reader: a word's own hanja, and the Chinese term over a word without them said to be one", async () => {
  const page = await newPage(env.browser, { width: 390, height: 844, hasTouch: true });
  await openApp(page, `${env.server.url}#mode=hanzi&marks=all`);
  const rubies = await page.evaluate(() => Object.fromEntries(['harbin', 'kosme_old', 'kosme'].map((id) => {
    const rt = document.querySelector(`#article .mark.term[data-term="${id}"] rt`);
    return [id, rt && { text: rt.textContent, equiv: rt.classList.contains('equiv'), lang: rt.lang, title: rt.title }];
  })));
  assert.deepEqual(rubies.harbin, { text: '≈哈爾濱', equiv: true, lang: 'zh-Hant', title: '고유 한자가 없는 말: 중국어 대응어' });
  assert.deepEqual(rubies.kosme_old, { text: '韓國中小企業振興公團', equiv: false, lang: 'ko-Hani', title: '' }, 'an organisation with hanja of its own');
  // Its new name has a loanword (벤처): the Chinese name, said to be one.
  assert.equal(rubies.kosme.text, '≈韓國中小風險企業振興公團');
  assert.equal(await page.locator('#mark-key .key-sample.equiv').count(), 1, 'the key says what ≈ means');
  // A Chinese reader reads the Chinese terms as such: nothing to set apart.
  await openApp(page, `${env.server.url}#mode=hanzi&lang=zh`);
  assert.equal(await page.locator('#article rt.equiv').count(), 0);
  assert.equal(await page.locator('#mark-key .key-sample.equiv').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('360 px touch: a card with more below says so at its foot until the reader gets there; a short card does not', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await openApp(page, env.server.url);
  await page.evaluate(() => document.querySelector('.mark.term[data-term="harbin"]').scrollIntoView({ block: 'center' }));
  await page.tap('.mark.term[data-term="harbin"]');
  await page.waitForSelector('#card.placed');
  const cue = () => page.evaluate(() => {
    const c = document.getElementById('card');
    const more = c.querySelector('.card-more span');
    const r = more.getBoundingClientRect();
    const box = c.getBoundingClientRect();
    return { shown: more.getClientRects().length > 0, inside: r.top >= box.top && r.bottom <= box.bottom, scrolls: c.scrollHeight > c.clientHeight + 8 };
  });
  await until(page, () => document.querySelector('#card .card-more.on') ? [] : ['the cue']);
  const first = await cue();
  assert.ok(first.scrolls, 'this card scrolls at 360 px');
  assert.ok(first.shown && first.inside, `the cue shows at the card's foot: ${JSON.stringify(first)}`);
  const top = await page.evaluate(() => document.getElementById('card').scrollTop);
  await page.tap('#card .card-more span');
  await until(page, (t) => document.getElementById('card').scrollTop > t + 50 ? [] : ['the tap scrolls the card'], top);
  await page.evaluate(() => { const c = document.getElementById('card'); c.scrollTop = c.scrollHeight; });
  await until(page, () => document.querySelector('#card .card-more.on') ? ['the cue is gone at the end'] : []);
  // A short card (a figure's) has no cue.
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.querySelector('.mark.fig').scrollIntoView({ block: 'center' }));
  await page.tap('.mark.fig');
  await page.waitForSelector('#card.placed');
  await frames(page, 3);
  const short = await cue();
  assert.equal(short.shown, short.scrolls, `a card that does not scroll shows no cue: ${JSON.stringify(short)}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});
