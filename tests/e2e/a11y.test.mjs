// Accessibility: axe-core over every view, in light and dark, ko/zh/en, at WCAG 2.2 AA tags;
// landmarks, skip link and lang attributes; a keyboard-only tour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { newPage, openApp, repoRoot, setup } from './lib.mjs';

const AXE = path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const env = setup();

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const VIEWS = {
  'reader with a card open': async (page) => {
    await page.click('#article .mark.term[data-term="harbin"]');
    await page.locator('#card').waitFor();
  },
  'glossary search': async (page) => {
    await page.fill('#glossary-search', 'liang');
    await page.locator('.glossary-list.results').waitFor();
  },
  'charts with data tables open': async (page) => {
    await page.click('#tab-charts');
    for (const id of ['trade', 'half', 'timeline']) await page.click(`#chart-${id} .chart-tools button[aria-expanded]`);
    await page.focus('#chart-trade .chart-frame');
    await page.keyboard.press('ArrowRight');
  },
  'people and organisations': async (page) => {
    await page.click('#tab-people');
    await page.locator('.people-panel').waitFor();
  },
  'share and embed': async (page) => {
    await page.click('#tab-share');
    await page.locator('.share-panel').waitFor();
  },
  'figure card': async (page) => {
    await page.click('#article .mark.fig[data-figure="trade_2022"]');
    await page.locator('#card').waitFor();
  },
};

for (const theme of ['light', 'dark']) {
  for (const lang of ['ko', 'zh', 'en']) {
    test(`axe: no WCAG 2.2 AA violation (${theme}, ${lang})`, async () => {
      const problems = [];
      for (const [name, act] of Object.entries(VIEWS)) {
        const page = await newPage(env.browser, { dark: theme === 'dark', bypassCSP: true });
        await openApp(page, `${env.server.url}#lang=${lang}&theme=${theme}`);
        await act(page);
        for (const v of await axe(page)) problems.push(`${name}: ${v}`);
        await page.close();
      }
      assert.deepEqual(problems, []);
    });
  }
}

test('axe: embed mode and mobile width', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, bypassCSP: true });
  await openApp(page, `${env.server.url}?embed=1`);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('landmarks, skip link and lang attributes', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  assert.equal(await page.locator('header.topbar').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('aside.tools').count(), 1);
  assert.equal(await page.locator('footer').count(), 1);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article', 'the skip link moves focus to the article');
  assert.equal(await page.getAttribute('#article', 'lang'), 'ko');
  await page.click('#article .mark.term[data-term="harbin"]');
  assert.equal(await page.locator('#card [lang="zh-Hans"]').first().innerText(), '哈尔滨');
  assert.equal(await page.locator('#card [lang="zh-Hant"]').first().innerText(), '哈爾濱');
  assert.equal(await page.locator('#card [lang="zh-Latn-pinyin"]').first().innerText(), "Hā'ěrbīn");
  await page.close();
});

test('keyboard-only tour: every feature is reachable and focus stays visible', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    const style = getComputedStyle(e);
    return { id: e.id, cls: e.className, tag: e.tagName, outline: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
  });
  // "/" focuses the search box; type a pinyin query; Tab to the first result; Enter opens it.
  await page.keyboard.press('/');
  assert.equal((await focused()).id, 'glossary-search');
  await page.keyboard.type('haerbin');
  await page.keyboard.press('Tab'); // the sort control
  await page.keyboard.press('Tab'); // the category filter
  await page.keyboard.press('Tab'); // the first result
  let f = await focused();
  assert.ok(f.cls.includes('glossary-item'), JSON.stringify(f));
  assert.ok(f.outline, 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator('#card').waitFor();
  assert.ok(await page.evaluate(() => document.activeElement.closest('#card') !== null), 'focus moved into the card');
  // Space on a term opens its card too; Escape closes and returns focus.
  await page.keyboard.press('Escape');
  await page.focus('#article .mark.term[data-term="binxi"]');
  await page.keyboard.press(' ');
  await page.locator('#card').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.term), 'binxi');
  // Tabs move with arrows.
  await page.focus('#tab-glossary');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused()).id, 'tab-people');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).id, 'tab-charts');
  // Modes are a radio group: arrows change the mode.
  await page.focus('#mode-switch input[value="plain"]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#article ruby');
  assert.deepEqual(page.problems, []);
  await page.close();
});
