// Facts only in data/: the page title, the description, the header's tagline, the footer credit
// and the key figures' qualifiers in the built page are the ones data/ holds. The expectations are
// read from the data files themselves, so replacing the article cannot leave this test (or the
// page) telling the old story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPage, openApp, repoRoot, setup } from './lib.mjs';

const env = setup();

const articleToml = fs.readFileSync(path.join(repoRoot, 'data', 'article.toml'), 'utf8');
/** A top-level `key = "…"` of data/article.toml (basic strings; their escapes are JSON's). */
const field = (key) => {
  const m = articleToml.match(new RegExp(`^${key} = ("(?:[^"\\\\]|\\\\.)*")$`, 'm'));
  return m ? JSON.parse(m[1]) : null;
};
const title = field('title');
const description = field('description');
/** The credit: `credit`, else the article's source and translator lines joined with " · ". */
const credit = field('credit') ?? (() => {
  const kinds = [...articleToml.matchAll(/^kind = "(\w+)"$/gm)].map((m) => m[1]);
  const lines = fs.readFileSync(path.join(repoRoot, 'data', 'source', 'article.txt'), 'utf8').split('\n');
  return lines.filter((_, i) => ['source', 'translator'].includes(kinds[i])).join(' · ');
})();

/** The credit in the interface language: as printed in Korean; in Chinese and English, this
 * edition's translations of the source and translator lines (their sentences' `zh`, `en`). */
const creditIn = (lang) => (lang === 'ko' ? credit : articleToml.split('[[paragraph]]').slice(1)
  .filter((p) => /^kind = "(source|translator)"$/m.test(p))
  .map((p) => [...p.matchAll(new RegExp(`^${lang} = "((?:[^"\\\\]|\\\\.)*)"$`, 'gm'))].map((m) => m[1]).join(lang === 'zh' ? '' : ' '))
  .join(' · '));

test('the data files name a title, a description and a credit', () => {
  for (const [k, v] of Object.entries({ title, description, credit })) assert.ok(v, `${k} in data/`);
});

test('the built page, before any script, has the title and description from data/', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url);
  assert.equal(await page.title(), `롱장 리더 · ${title}`);
  assert.equal(await page.locator('meta[name="description"]').count(), 1);
  assert.equal(await page.getAttribute('meta[name="description"]', 'content'), description);
  assert.equal(await page.locator('.shell-article h1').innerText(), title);
  await context.close();
});

test('the app shows the title, tagline and footer credit from data/, in each language (the credit in the reader\'s)', async () => {
  for (const lang of ['ko', 'zh', 'en']) {
    const page = await newPage(env.browser);
    await openApp(page, `${env.server.url}#lang=${lang}`);
    assert.equal(await page.locator('#article-title').innerText(), title);
    assert.ok((await page.title()).endsWith(` · ${title}`), await page.title());
    assert.equal((await page.locator('.brand-tagline').innerText()).trim(), field(`tagline_${lang}`));
    const foot = page.locator('.footer p:last-child');
    assert.equal((await foot.innerText()).trim(), creditIn(lang));
    assert.equal(await foot.getAttribute('lang'), { ko: 'ko', zh: 'zh-Hans', en: 'en' }[lang]);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

// Issue #12 item 4: the qualifier goes where the language puts it ("more than 2 billion USD",
// "about 120 firms"; 120여 개 기업, 20억 달러 이상), no longer a trailing "+".
test('key figures are qualified by their bound: "more than" for over, "about" for about', async () => {
  const figures = fs.readFileSync(path.join(repoRoot, 'data', 'figures.toml'), 'utf8');
  const bound = (id) => figures.split('[[figure]]').find((f) => f.includes(`id = "${id}"`))?.match(/^bound = "(\w+)"$/m)?.[1] ?? 'exact';
  const page = await newPage(env.browser);
  await openApp(page, `${env.server.url}#lang=en&panel=charts`);
  const tiles = await page.locator('#chart-key .key-tile').evaluateAll((ts) => ts.map((t) => ({ id: t.dataset.figure, value: t.querySelector('.key-value').textContent })));
  assert.ok(tiles.length > 0);
  for (const { id, value } of tiles) {
    const b = bound(id);
    assert.equal(value.startsWith('more than '), b === 'over', `${id} (${b}): ${value}`);
    assert.ok(!value.endsWith('+'), `${id}: ${value}`);
    assert.equal(value.startsWith('about '), b === 'about', `${id} (${b}): ${value}`);
  }
  await page.close();
});
