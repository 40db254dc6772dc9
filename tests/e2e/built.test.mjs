// The page built at build time answers the first tap (issue #19): the annotated article and the
// card of every mark are HTML from the build (the app's own components), each mark opening its
// card as a native popover beside it — before the wasm has arrived, and without JavaScript. The
// app then takes the page over and keeps a card the reader opened; a wasm that never comes
// leaves a working page that says the rest could not start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frames, layoutShifts, newPage, recordLayoutShifts, serve, setup, shotPath } from './lib.mjs';

const env = setup();

/** Runs in the page: where the open built card is, against its mark and the viewport. */
function popoverPlacement(markSel) {
  const mark = document.querySelector(markSel);
  const open = document.querySelector('.popcard:popover-open');
  if (!open) return { open: null };
  const m = mark.getBoundingClientRect();
  const c = open.getBoundingClientRect();
  return {
    open: open.id,
    title: open.querySelector('.card-title')?.textContent,
    text: open.innerText,
    inViewport: c.left >= -1 && c.top >= -1 && c.right <= innerWidth + 1 && c.bottom <= innerHeight + 1,
    // Beside its mark: just below or just above it, overlapping it sideways, not covering it.
    below: c.top >= m.bottom - 1 && c.top - m.bottom < 24,
    above: c.bottom <= m.top + 1 && m.top - c.bottom < 24,
    overlapsSideways: c.left < m.right && c.right > m.left,
    coversMark: c.top < m.bottom && c.bottom > m.top && c.left < m.right && c.right > m.left,
    rects: { card: [c.left, c.top, c.right, c.bottom].map(Math.round), mark: [m.left, m.top, m.right, m.bottom].map(Math.round), vw: innerWidth, vh: innerHeight },
  };
}

for (const [width, height, touch] of [[1280, 900, false], [360, 780, true]]) {
  test(`${width} px, JavaScript off: a tap on a term opens its card beside it, on screen; Escape closes it`, async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height }, hasTouch: touch, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(env.server.url);
    for (const [sel, title] of [
      ['#article .mark.term[data-term="harbin"]', /할빈|哈尔滨/],
      ['#article .mark.fig[data-figure="trade_2022"]', /무역/],
    ]) {
      const mark = page.locator(sel).first();
      await mark.scrollIntoViewIfNeeded();
      if (touch) await mark.tap(); else await mark.click();
      await page.waitForTimeout(100);
      const at = await page.evaluate(popoverPlacement, `#${await mark.getAttribute('id')}`);
      assert.ok(at.open, `${width}: no card opened for ${sel}`);
      assert.match(at.title, title);
      assert.ok(at.inViewport, `${width}: the card leaves the screen: ${JSON.stringify(at.rects)}`);
      assert.ok(at.below || at.above, `${width}: the card is not beside its mark: ${JSON.stringify(at)}`);
      assert.ok(at.overlapsSideways && !at.coversMark, `${width}: ${JSON.stringify(at)}`);
      await page.screenshot({ path: shotPath(`built-card-nojs-${width}-${sel.includes('fig') ? 'figure' : 'term'}`) });
      await page.keyboard.press('Escape');
      await page.waitForTimeout(50);
      assert.equal((await page.evaluate(popoverPlacement, sel)).open, null, 'Escape closes the card');
    }
    // The card says what the app's card says: hanzi, pinyin, the Korean gloss.
    await page.locator('#article .mark.term[data-term="harbin"]').first().click();
    const text = await page.locator('#pop-term-harbin').innerText();
    assert.match(text, /哈尔滨[\s\S]*Hā'ěrbīn/);
    await context.close();
  });
}

test('a card opened before the wasm arrives stays open when the app takes the page over', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.goto(slow.url);
    // The built page is on screen and its marks answer, while the wasm is held back.
    await page.locator('#article .mark.term[data-term="harbin"]').first().click();
    await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
    assert.equal(await page.locator('main[data-ready="true"]').count(), 0, 'the app has not started');
    const markId = await page.locator('#article .mark.term[data-term="harbin"]').first().getAttribute('id');
    // Every frame from here on shows a card: the built one, or the app's once it is placed.
    await page.evaluate(() => {
      window.__blankFrames = 0;
      const tick = () => {
        if (!document.querySelector('.popcard:popover-open') && !document.querySelector('#card.placed')) window.__blankFrames++;
        if (!window.__stopSampling) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    slow.releaseWasm();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    await page.locator('#card.placed').waitFor();
    await frames(page, 5);
    assert.equal(await page.evaluate(() => { window.__stopSampling = true; return window.__blankFrames; }), 0, 'frames with no card during the takeover');
    assert.equal(await page.locator('.popcard').count(), 0, 'the built card is gone once the app shows its own');
    assert.match(await page.locator('#card').innerText(), /哈尔滨/);
    // On the same mark, which the app marks as the open one.
    await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-expanded') === 'true', markId);
    await frames(page, 3);
    assert.deepEqual(page.problems, []);
    await page.screenshot({ path: shotPath('built-card-takeover') });
    await page.close();
  } finally {
    await slow.close();
  }
});

for (const [how, width, locale, hash, lang, words] of [
  ['the address asks (#lang=en), 360 px touch', 360, 'ko-KR', '#lang=en', 'en', { kind: 'Place', lead: 'Harbin, capital of Heilongjiang', close: 'Close' }],
  ['the browser asks (zh-CN), 1280 px', 1280, 'zh-CN', '', 'zh', { kind: '地名', lead: '哈尔滨市，黑龙江省省会', close: '关闭' }],
]) {
  test(`before the wasm, a card speaks the reader's language when ${how}`, async () => {
    const slow = await serve({ holdWasm: true });
    try {
      const page = await newPage(env.browser, { width, height: 800, locale, hasTouch: width < 600 });
      await page.goto(`${slow.url}${hash}`);
      await page.waitForFunction((l) => document.documentElement.dataset.cardsLang === l, lang);
      const mark = page.locator('#article .mark.term[data-term="harbin"]').first();
      await mark.scrollIntoViewIfNeeded();
      if (width < 600) await mark.tap(); else await mark.click();
      await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
      const card = page.locator('#pop-term-harbin');
      assert.equal(await card.locator('.card-kind').textContent(), words.kind);
      assert.ok((await card.textContent()).includes(words.lead), `${how}: ${await card.textContent()}`);
      assert.equal(await card.locator('.card-close').getAttribute('aria-label'), words.close);
      assert.equal(await card.getAttribute('lang'), lang === 'zh' ? 'zh-Hans' : lang, 'the card says its language (the page is Korean)');
      const at = await page.evaluate(popoverPlacement, `#${await mark.getAttribute('id')}`);
      assert.ok(at.inViewport && (at.below || at.above), `${how}: ${JSON.stringify(at.rects)}`);
      assert.equal(await page.locator('main[data-ready="true"]').count(), 0, 'the app has not started');
      // Each card takes its words as it opens (boot.js parses one card at a time): another one
      // does too, and none of the page's cards is lost.
      const cards = await page.locator('.popcard').count();
      await page.keyboard.press('Escape');
      const other = page.locator('#article .mark.term[data-term="hlj_daily"]').first();
      await other.scrollIntoViewIfNeeded();
      if (width < 600) await other.tap(); else await other.click();
      await page.waitForFunction(() => document.querySelector('#pop-term-hlj_daily')?.matches(':popover-open'));
      assert.equal(await page.locator('#pop-term-hlj_daily .card-close').getAttribute('aria-label'), words.close);
      assert.equal(await page.locator('#pop-term-hlj_daily').getAttribute('lang'), lang === 'zh' ? 'zh-Hans' : lang);
      assert.equal(await page.locator('.popcard').count(), cards, 'no card lost');
      assert.equal(await page.locator('.popcard .card-close[aria-label="' + words.close + '"]').count(), 2, 'the two opened, in the reader\'s language');
      assert.deepEqual(page.problems, []);
      await page.screenshot({ path: shotPath(`built-card-${lang}-${width}`) });
      await page.close();
    } finally {
      await slow.close();
    }
  });
}

test('a Korean card open when the English cards arrive stays open and changes its words; the app then keeps it', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/\/cards-[0-9a-f]+-en\.html$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${slow.url}#lang=en`);
    await page.locator('#article .mark.term[data-term="harbin"]').first().click();
    await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
    assert.equal(await page.locator('#pop-term-harbin .card-kind').textContent(), '지명', 'Korean until the English cards arrive');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.cardsLang === 'en');
    assert.ok(await page.evaluate(() => document.querySelector('#pop-term-harbin').matches(':popover-open')), 'still open');
    assert.equal(await page.locator('#pop-term-harbin .card-kind').textContent(), 'Place');
    slow.releaseWasm();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    await page.locator('#card.placed').waitFor();
    assert.match(await page.locator('#card').innerText(), /Harbin, capital of Heilongjiang/);
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await slow.close();
  }
});

test('if the cards in the reader\'s language cannot be fetched, the Korean cards stay and open', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
    let asked = 0;
    await page.route(/\/cards-[0-9a-f]+-en\.html$/, (route) => { asked++; return route.abort('failed'); });
    await page.goto(slow.url);
    await page.waitForFunction(() => document.readyState === 'complete');
    await frames(page, 3);
    assert.equal(asked, 1, 'the English cards were asked for once');
    await page.locator('#article .mark.term[data-term="harbin"]').first().click();
    await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
    assert.equal(await page.locator('#pop-term-harbin .card-kind').textContent(), '지명');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.cardsLang), undefined);
    await page.close();
  } finally {
    await slow.close();
  }
});

for (const [lang, width, words] of [['en', 412, /yuan/], ['zh', 1280, /人民币/]]) {
  test(`${lang === 'en' ? 'an English' : 'a Chinese'} reader at ${width} px: before the wasm the article marks every term and figure, and the app takes those paragraphs over as they are`, async () => {
    const slow = await serve({ holdWasm: true });
    try {
      const page = await newPage(env.browser, { width, height: 800, hasTouch: width < 600 });
      await page.goto(`${slow.url}#lang=${lang}`);
      await page.waitForFunction((l) => document.documentElement.dataset.cardsLang === l, lang);
      // The charts drawn in that language too (their heading, a title).
      const charts = await page.evaluate(() => ({
        heading: document.querySelector('.shell-charts-heading')?.textContent,
        lang: document.querySelector('.shell-charts')?.getAttribute('lang'),
        titles: [...document.querySelectorAll('.shell-chart-title')].map((t) => t.textContent),
      }));
      assert.equal(charts.heading, lang === 'zh' ? '图表' : 'Charts', JSON.stringify(charts));
      assert.equal(charts.lang, lang === 'zh' ? 'zh-Hans' : 'en');
      assert.equal(charts.titles.length, 3);
      assert.ok(charts.titles.every((t) => !/[\uac00-\ud7a3]/.test(t)), JSON.stringify(charts.titles));
      // "세번째" (the third), a figure the Korean reader's quiet reading leaves plain: a mark here.
      const mark = page.locator('#m-p01s1-44');
      assert.equal(await mark.evaluate((m) => m.matches('button.mark.fig[popovertarget]')), true, 'the figure is a mark');
      // Its card was not on the page: it is there, and speaks the reader's language as it opens.
      if (width < 600) await mark.tap(); else await mark.click();
      await page.waitForFunction(() => document.querySelector('.popcard:popover-open'));
      const opened = await page.evaluate(() => {
        const c = document.querySelector('.popcard:popover-open');
        return { id: c.id, lang: c.getAttribute('lang'), text: c.textContent, close: c.querySelector('.card-close')?.getAttribute('aria-label') };
      });
      assert.equal(opened.lang, lang === 'zh' ? 'zh-Hans' : lang, JSON.stringify(opened));
      assert.ok(opened.text.includes('세번째'), JSON.stringify(opened));
      assert.equal(opened.close, lang === 'zh' ? '关闭' : 'Close');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.popcard:popover-open'));
      // Tag the paragraphs and the mark; note each paragraph's height (its lines).
      const before = await page.evaluate(() => [...document.querySelectorAll('#article .article-body > :is(p, h2)')].map((p) => {
        p.__built = p.id;
        return [p.id, Math.round(p.getBoundingClientRect().height)];
      }));
      await page.evaluate(() => { document.getElementById('m-p01s1-44').__built = true; });
      slow.releaseWasm();
      await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
      const after = await page.evaluate(() => ({
        same: [...document.querySelectorAll('#article .article-body > :is(p, h2)')].map((p) => [p.id, p.__built === p.id, Math.round(p.getBoundingClientRect().height)]),
        mark: document.getElementById('m-p01s1-44')?.__built === true,
        invokers: document.querySelectorAll('#article [popovertarget]').length,
        builtCards: document.querySelectorAll('.popcard').length,
        yuan: document.querySelector('#article .std.yuan')?.textContent ?? '',
      }));
      assert.deepEqual(after.same.map(([id, same]) => [id, same]), before.map(([id]) => [id, true]), 'the same paragraphs, taken over');
      // (The first five: the built page lays out the rest as they come near, content-visibility.)
      assert.deepEqual(after.same.slice(0, 5).map(([id, , h]) => [id, h]), before.slice(0, 5), 'no paragraph on the first screen reflowed');
      assert.ok(after.mark, 'the same mark');
      assert.equal(after.invokers, 0);
      assert.equal(after.builtCards, 0);
      assert.match(after.yuan, words);
      // The taken-over mark opens the app's card.
      if (width < 600) await page.locator('#m-p01s1-44').tap(); else await page.locator('#m-p01s1-44').click();
      await page.locator('#card.placed').waitFor();
      assert.equal(await page.locator('#m-p01s1-44').getAttribute('aria-expanded'), 'true');
      assert.deepEqual(page.problems, []);
      await page.close();
    } finally {
      await slow.close();
    }
  });
}

test('the app takes the built article over as it is (the same nodes), and renders it again only for another view', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    // A Chinese reader who chose the quiet reading (the Korean default, which the build renders).
    await page.goto(`${slow.url}#lang=zh&marks=quiet`);
    await page.locator('#p09').waitFor();
    // Tag built nodes: a paragraph, a mark in it, a text node.
    const built = await page.evaluate(() => {
      const p = document.getElementById('p09');
      p.__built = 'p09';
      const mark = p.querySelector('.mark.fig');
      mark.__built = mark.id;
      return {
        mark: mark.id,
        invoker: mark.hasAttribute('popovertarget'),
        yuan: p.querySelector('.std.yuan')?.textContent,
        paragraphs: document.querySelectorAll('#article .article-body > :is(p, h2)').length,
      };
    });
    assert.ok(built.invoker, 'a built mark opens its popover');
    slow.releaseWasm();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    const after = await page.evaluate((id) => {
      const p = document.getElementById('p09');
      const mark = document.getElementById(id);
      return {
        sameParagraph: p.__built === 'p09',
        sameMark: mark.__built === id,
        inApp: !!p.closest('main') && !document.querySelector('.shell'),
        invokers: document.querySelectorAll('#article [popovertarget]').length,
        builtCards: document.querySelectorAll('.popcard').length,
        expanded: mark.getAttribute('aria-expanded'),
        yuan: p.querySelector('.std.yuan')?.textContent,
        yuanLang: p.querySelector('.std.yuan')?.getAttribute('lang'),
      };
    }, built.mark);
    assert.deepEqual(
      { ...after, yuan: undefined },
      { sameParagraph: true, sameMark: true, inApp: true, invokers: 0, builtCards: 0, expanded: 'false', yuan: undefined, yuanLang: 'zh-Hans' },
    );
    // The note at the amount speaks the reader's language (the build wrote it in Korean).
    assert.match(after.yuan, /元|人民币/, after.yuan);
    assert.notEqual(after.yuan, built.yuan);
    // The adopted marks answer through the app: its card, on that mark.
    await page.locator(`#${built.mark}`).click();
    await page.locator('#card.placed').waitFor();
    assert.equal(await page.locator(`#${built.mark}`).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    // The interface language switched: the adopted note follows.
    await page.locator('.lang-switch button[lang="ko"]').click();
    await page.waitForFunction(() => document.querySelector('#p09 .std.yuan')?.getAttribute('lang') === 'ko');
    assert.match(await page.locator('#p09 .std.yuan').innerText(), /위안/);
    // Another display mode renders the paragraphs again (with ruby); plain keeps working after.
    await page.locator('#mode-switch input[value="hanzi"]').check();
    await page.waitForSelector('#p09 ruby');
    assert.equal(await page.evaluate(() => document.getElementById('p09').__built), undefined);
    // Rendered again, not added to: the adopted paragraphs left as the new ones came.
    assert.equal(await page.locator('#article .article-body > :is(p, h2)').count(), built.paragraphs);
    await page.locator('#mode-switch input[value="plain"]').check();
    await page.waitForFunction(() => !document.querySelector('#p09 ruby'));
    await page.locator(`#${built.mark}`).click();
    await page.locator('#card.placed').waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await slow.close();
  }
});

test('a wasm that never loads leaves a working page: cards open, and the page says the rest could not start', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not a wasm module') }));
  await page.goto(env.server.url);
  await page.locator('#boot-error').waitFor();
  assert.match(await page.locator('#boot-error').innerText(), /could not start|시작하지 못했습니다/);
  await page.locator('#article .mark.term[data-term="harbin"]').first().click();
  await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
  // The error is told on the page and logged once; nothing else goes wrong.
  assert.ok(page.problems.length >= 1 && page.problems.every((p) => /could not start|WebAssembly|wasm|magic/i.test(p)), page.problems.join('\n'));
  await page.close();
});

// A reader whose phone is dark sees the built charts dark before the app, as the app draws them
// after (they were three white boxes on a dark page until the takeover).
test('360 px, dark: before the wasm the built charts are drawn in the dark theme, and the app\'s follow', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true, dark: true });
    await page.goto(slow.url);
    await page.locator('#p03').waitFor();
    const built = await page.evaluate(() => [...document.querySelectorAll('.shell-charts svg')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => ({ cls: svg.getAttribute('class'), bg: svg.querySelector(':scope > title + rect')?.getAttribute('fill') })));
    assert.deepEqual(built.map((c) => c.cls), ['draw-dark', 'draw-dark', 'draw-dark']);
    const lum = (hex) => { const n = parseInt(hex.slice(1), 16); return (0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255; };
    for (const c of built) assert.ok(lum(c.bg) < 0.2, `a dark background, not ${c.bg}`);
    await page.screenshot({ path: shotPath('built-charts-dark-360') });
    slow.releaseWasm();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await slow.close();
  }
});

// The wasm bakes no text of the dataset: it reads them from the texts file boot.js fetches beside
// it (issue #19, each text once). Without that file, or with another build's, the page is the
// built one and says the rest could not start; the app never runs on texts it was not built with.
for (const [what, fulfil, logged] of [
  ['missing', (route) => route.fulfill({ status: 404, body: 'not found' }), /could not start.*texts-[0-9a-f]{12}\.txt: HTTP 404|404/],
  ['from another build', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: 'another build\'s texts' }), /could not start: the texts file is not the one this build wrote/],
]) {
  test(`a texts file ${what} leaves a working page: cards open, and the page says the rest could not start`, async () => {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.route(/\/texts-[0-9a-f]{12}\.txt$/, fulfil);
    await page.goto(env.server.url);
    await page.locator('#boot-error').waitFor();
    assert.match(await page.locator('#boot-error').innerText(), /could not start|시작하지 못했습니다/);
    assert.ok(await page.locator('#boot-loading').isHidden());
    await page.locator('#article .mark.term[data-term="harbin"]').first().click();
    await page.waitForFunction(() => document.querySelector('#pop-term-harbin')?.matches(':popover-open'));
    // The app did not start on it: no panic panel, the built page's own marks.
    assert.equal(await page.locator('#fatal-error').count(), 0);
    assert.equal(await page.locator('main[data-ready="true"]').count(), 0);
    assert.ok(page.problems.length >= 1 && page.problems.some((p) => logged.test(p)) && page.problems.every((p) => /could not start|404|Not Found/i.test(p)), page.problems.join('\n'));
    await page.close();
  });
}

// The built page holds the app's own top bar and switches (a fixed room for them moved the article
// 76 px at 360 px and 72 px at 601 px, where the app's bar wraps otherwise); for a Chinese or
// English reader, boot.js has put that reader's in place before the app takes over.
for (const [width, height, hash] of [[1280, 900, ''], [412, 823, ''], [360, 740, ''], [601, 900, ''], [412, 823, '#lang=en'], [800, 900, '#lang=zh']]) {
  test(`${width} px${hash ? ` (${hash})` : ''}: the app takes the built page over without moving the article (the title and first paragraphs stay within 2 px)`, async () => {
    // The layout-shift API does not see this: the adopted paragraphs are moved nodes, which it
    // counts as new, not as shifted. So the places are read before and after.
    const slow = await serve({ holdWasm: true });
    try {
      const page = await newPage(env.browser, { width, height, hasTouch: width < 600 });
      await page.goto(`${slow.url}${hash}`);
      await page.locator('#p03').waitFor();
      if (hash) await page.waitForFunction(() => document.documentElement.dataset.cardsLang);
      const tops = () => page.evaluate(() => ['article-title', 'p01', 'p02', 'p03'].map((id) => Math.round(document.getElementById(id).getBoundingClientRect().top)));
      const before = await tops();
      slow.releaseWasm();
      await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
      await frames(page, 3);
      const after = await tops();
      assert.ok(after.every((t, i) => Math.abs(t - before[i]) <= 2), `${width}${hash}: built ${before}, app ${after}`);
      await page.close();
    } finally {
      await slow.close();
    }
  });
}

for (const [width, height] of [[1280, 900], [412, 823]]) {
  test(`${width} px: the app takes the built page over without moving it (layout shift ≤ 0.01)`, async () => {
    const page = await newPage(env.browser, { width, height, hasTouch: width < 600 });
    await recordLayoutShifts(page);
    await page.goto(env.server.url);
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    await page.waitForTimeout(800);
    const { total, shifts } = await layoutShifts(page);
    assert.ok(total <= 0.01, `${width}: layout shift ${total.toFixed(4)} (${shifts.map((s) => `${s.value.toFixed(4)}@${Math.round(s.t)}ms`).join(', ')})`);
    await page.close();
  });
}

test('a pym host at 360 px gives the frame the built page\'s height before the wasm arrives', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 360, height: 780, hasTouch: true });
    await page.goto(`${slow.origin}/hosts/pym.html`);
    const frameEl = await page.waitForSelector('iframe');
    const frame = await frameEl.contentFrame();
    await frame.waitForSelector('.shell-article');
    let last = null;
    for (let i = 0; i < 100; i++) {
      const outer = (await frameEl.boundingBox()).height;
      const inner = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
      last = { outer, inner };
      if (Math.abs(outer - inner) <= 2 && inner > 1000) break;
      await page.waitForTimeout(50);
    }
    assert.ok(Math.abs(last.outer - last.inner) <= 2 && last.inner > 1000, `frame ${last.outer} px for content ${last.inner} px`);
    assert.equal(await frame.locator('main[data-ready="true"]').count(), 0, 'the app has not started');
    await page.screenshot({ path: shotPath('built-pym-360') });
    slow.releaseWasm();
    await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await slow.close();
  }
});

test('on a phone network the frame has its height while the page is still arriving, not only once it is parsed', async () => {
  const page = await newPage(env.browser, { width: 360, height: 780, hasTouch: true });
  // The host records when each height message arrives; the frame, when it was parsed.
  await page.addInitScript(() => {
    if (window.parent !== window) return;
    window.__heights = [];
    addEventListener('message', (e) => {
      const d = e.data;
      if (typeof d === 'string' && d.includes('xPYMxheightxPYMx')) window.__heights.push({ at: Date.now(), h: Number(d.split('xPYMx').pop()) });
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750 });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('main[data-ready="true"]', { timeout: 60000 });
  const parsed = await frame.evaluate(() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventStart);
  const heights = await page.evaluate(() => window.__heights);
  assert.ok(heights.length > 0, 'height messages');
  assert.ok(heights[0].at < parsed, `first height ${heights[0].h} px came ${Math.round(heights[0].at - parsed)} ms after the page was parsed`);
  assert.ok(heights.some((x) => x.at < parsed && x.h > 1000), `a real height before the page was parsed: ${JSON.stringify(heights.slice(0, 5))}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an embed of the article alone (?view=reader) shows no charts while the app starts, nor after', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 412, height: 823, hasTouch: true });
    await page.goto(`${slow.url}?embed=1&view=reader`);
    await page.waitForFunction(() => document.readyState === 'complete');
    const shown = () => page.evaluate(() => ({
      charts: [...document.querySelectorAll('.shell-charts, .charts-panel')].filter((e) => e.getClientRects().length).length,
      article: !!document.querySelector('#article')?.getClientRects().length,
    }));
    assert.deepEqual(await shown(), { charts: 0, article: true }, 'before the wasm');
    const other = await newPage(env.browser, { width: 412, height: 823, hasTouch: true });
    await other.goto(`${slow.url}?embed=1&view=trade`);
    await other.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await other.evaluate(() => [...document.querySelectorAll('.shell-charts')].filter((e) => e.getClientRects().length).length), 1, 'another view keeps them (the test can tell)');
    await other.close();
    slow.releaseWasm();
    await page.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    assert.deepEqual(await shown(), { charts: 0, article: true }, 'after the takeover');
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await slow.close();
  }
});

test('1280 px: an article embed in a pym host has, before the wasm, about the height the app gives it (no jump when it takes over)', async () => {
  const slow = await serve({ holdWasm: true });
  try {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.route(`${slow.origin}/hosts/reader-pym.html`, (r) => r.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title></head><body><h1>Story</h1><div id="lj"></div><p>After.</p>
<script src="/vendor/pym/pym.v1.min.js"></script><script>new pym.Parent('lj', '/?embed=1&view=reader#lang=ko', {title: 'Article'});</script></body></html>`,
    }));
    await page.goto(`${slow.origin}/hosts/reader-pym.html`);
    const frameEl = await page.waitForSelector('#lj iframe');
    const frame = await frameEl.contentFrame();
    await frame.waitForFunction(() => document.readyState === 'complete');
    const settle = async () => {
      let last = -1;
      for (let i = 0; i < 60; i++) {
        const h = (await frameEl.boundingBox()).height;
        if (h === last && h > 1000) return h;
        last = h;
        await page.waitForTimeout(100);
      }
      return last;
    };
    const built = await settle();
    assert.equal(await frame.locator('main[data-ready="true"]').count(), 0, 'the app has not started');
    slow.releaseWasm();
    await frame.waitForSelector('main[data-ready="true"]', { timeout: 20000 });
    await page.waitForTimeout(500);
    const app = await settle();
    assert.ok(Math.abs(built - app) <= app * 0.05, `the frame: ${built} px built, ${app} px once the app has it`);
    await page.close();
  } finally {
    await slow.close();
  }
});
