// The reader each reader needs (issue #20): Back leaves the article — on the page itself and in
// a news page's pym frame — however many cards, panels and steps the reader went through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFrame, frames, newPage, openApp, setup } from './lib.mjs';

const env = setup();

/** The session history's length as the top page sees it. */
const historyLength = (page) => page.evaluate(() => history.length);

test('Back leaves the article at 1280 px: cards, hovers, j steps, panels, modes, links add no history entry', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  // A page the reader came from.
  await page.goto(`${env.server.origin}/hosts/pym.html?from=1`);
  await openApp(page, env.server.url);
  const start = await historyLength(page);
  // Four hovers (each opens and closes a card), two clicked cards, three j steps.
  for (const id of ['harbin', 'liangtou_shiwei', 'kosme', 'heilongjiang']) {
    const term = page.locator(`#article .mark.term[data-term="${id}"]`).first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await page.locator('#card').waitFor();
    await page.mouse.move(5, 5);
    await page.locator('#card').waitFor({ state: 'detached' });
  }
  await page.click('#article .mark.term[data-term="harbin"]');
  await page.locator('#card').waitFor();
  await page.keyboard.press('Escape');
  await page.click('#article .mark.fig >> nth=0');
  await page.locator('#card').waitFor();
  // The figure card's "charts →" switches the panel and scrolls to the chart.
  const toChart = page.locator('#card .card-actions button');
  if (await toChart.count()) await toChart.click();
  else await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('j');
  await page.keyboard.press('Escape');
  // Panels, display mode, language; a data table's link to its sentence.
  await page.click('#tab-charts');
  const tableButton = page.locator('#chart-trade .chart-tools button[aria-expanded]');
  await tableButton.click();
  await page.locator('#chart-trade table.data-table tbody a').first().click();
  await page.waitForFunction(() => document.querySelector('.sentence.hl'));
  await page.click('#tab-glossary');
  await page.click('#mode-switch label:has(input[value="pinyin"])');
  await page.click('.lang-switch button[lang="en"]');
  await frames(page, 5);
  assert.equal(await historyLength(page), start, 'no history entry was added');
  // The URL still says the view (a reload or a shared link keeps it).
  const hash = new URL(page.url()).hash;
  assert.match(hash, /lang=en/);
  assert.match(hash, /mode=pinyin/);
  assert.match(hash, /s=p09s2/);
  // One Back leaves the article.
  await page.goBack();
  assert.match(page.url(), /\/hosts\/pym\.html\?from=1$/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('Back leaves the news page inside a pym frame at 360 px (touch): taps and steps add no entry', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await page.goto(`${env.server.origin}/hosts/fixed.html?from=1`);
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { frame } = await appFrame(page);
  const start = await historyLength(page);
  for (const id of ['harbin', 'liangtou_shiwei', 'kosme']) {
    const term = frame.locator(`#article .mark.term[data-term="${id}"]`).first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await frame.locator('#card').waitFor();
    const next = frame.locator('#card .card-occ button').last();
    if ((await next.count()) && (await next.isEnabled())) await next.tap();
    await frame.locator('#card .card-close').first().tap();
    await frame.locator('#card').waitFor({ state: 'detached' });
  }
  await frames(frame, 5);
  assert.equal(await historyLength(page), start, 'no history entry was added');
  await page.goBack();
  assert.match(page.url(), /\/hosts\/fixed\.html\?from=1$/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an embed of the whole explorer is the article plus a folded tools bar (pym host, 360 px touch)', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await page.goto(`${env.server.origin}/hosts/pym.html`);
  const { handle, frame } = await appFrame(page);
  const bar = frame.locator('.tools-bar');
  await bar.waitFor();
  // One button per panel, nothing of the panels on the page yet.
  assert.deepEqual(await bar.locator('button').allInnerTexts(), ['용어집', '인물·기관', '차트', '내 단어장', '공유·퍼가기']);
  assert.equal(await frame.locator('.glossary-item, #chart-trade, [role="tabpanel"]').count(), 0);
  // The frame is the article's height plus the bar (and the page's header and footer), not
  // the glossary's 103 entries (17,780 px before).
  const heightOf = async () => {
    let h = 0;
    for (let i = 0; i < 50; i++) {
      const outer = Math.round((await handle.boundingBox()).height);
      const inner = await frame.evaluate(() => Math.ceil(document.getElementById('app').getBoundingClientRect().height));
      if (Math.abs(outer - inner) <= 2 && outer === h) return outer;
      h = outer;
      await frames(frame, 3);
    }
    assert.fail('the frame height did not settle on its content');
  };
  const folded = await heightOf();
  const parts = await frame.evaluate(() => {
    const h = (sel) => document.querySelector(sel).getBoundingClientRect().height;
    return { article: h('#article'), bar: h('.tools-bar') };
  });
  assert.ok(folded <= parts.article + parts.bar + 700, `frame ${folded} px for an article of ${parts.article} px and a bar of ${parts.bar} px`);
  // A tap on "차트" unfolds the tools on the charts; the frame grows and the tab is focused.
  await bar.locator('button', { hasText: '차트' }).tap();
  await frame.locator('#chart-trade').waitFor();
  assert.equal(await frame.locator('#tab-charts').getAttribute('aria-selected'), 'true');
  // (The focus moves in the next frame, once the tabs are there.)
  await frame.waitForFunction(() => document.activeElement && document.activeElement.id === 'tab-charts', null, { timeout: 5000 });
  const open = await heightOf();
  assert.ok(open > folded + 300, `unfolded ${open} px, folded ${folded} px`);
  // "접기" folds them back: the frame returns to its folded height, focus on the bar's button.
  await frame.locator('.tools-fold').tap();
  await bar.waitFor();
  await frame.waitForFunction(() => document.activeElement && document.activeElement.id === 'open-charts', null, { timeout: 5000 });
  assert.ok(Math.abs((await heightOf()) - folded) <= 2);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('an embed whose link names a panel starts unfolded; the full page never folds', async () => {
  const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
  await openApp(page, `${env.server.url}?embed=1#panel=people`);
  assert.equal(await page.locator('.tools-bar').count(), 0);
  assert.equal(await page.locator('#tab-people').getAttribute('aria-selected'), 'true');
  await page.goto('about:blank');
  await openApp(page, `${env.server.url}?embed=1#chart=trade`);
  assert.equal(await page.locator('.tools-bar').count(), 0);
  await page.locator('#chart-trade').waitFor();
  await page.goto('about:blank');
  await openApp(page, env.server.url);
  assert.equal(await page.locator('.tools-bar').count(), 0);
  await page.locator('.glossary-item').first().waitFor();
  // "/" in a folded embed opens the glossary's search.
  await page.goto('about:blank');
  await openApp(page, `${env.server.url}?embed=1`);
  await page.locator('.tools-bar').waitFor();
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'glossary-search');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('each card speaks to who tapped it: its explanation and note first, the headword in view as it scrolls (390 px touch)', async () => {
  const expected = {
    ko: ['한국어 뜻'],
    zh: ['简体', '拼音', '中文释义'],
    en: ['English'],
  };
  for (const lang of ['ko', 'zh', 'en']) {
    const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
    await openApp(page, `${env.server.url}#lang=${lang}`);
    const mark = page.locator('#article .mark.term[data-term="harbin"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await page.locator('#card.placed').waitFor();
    const lead = await page.$$eval('#card .card-lead dt', (dts) => dts.map((d) => d.textContent));
    assert.deepEqual(lead, expected[lang], `${lang}: the rows before the note`);
    // The note comes right after them, before the other rows.
    const next = await page.$eval('#card .card-lead', (dl) => dl.nextElementSibling && dl.nextElementSibling.className);
    assert.match(next, /card-note/, `${lang}: the note follows the lead rows`);
    // Scrolled to its end and moved to the next occurrence, the card still shows its headword.
    await page.$eval('#card', (c) => { c.scrollTop = c.scrollHeight; });
    await page.locator('#card .card-occ button').last().tap();
    await page.locator('#card.placed').waitFor();
    const [head, card] = await page.$eval('#card', (c) => [c.querySelector('.card-head').getBoundingClientRect().top, c.getBoundingClientRect().top]);
    assert.ok(head >= card - 1 && head <= card + 20, `${lang}: headword at ${head}, card top ${card}`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});
