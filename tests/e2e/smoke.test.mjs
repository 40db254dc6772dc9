// The page loads from a release build, the app mounts over the loading shell, Korean renders,
// and the console stays clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { articleText, DIST_SUBPATH, frames, newPage, openApp, seedText, serve, setup, shotPath } from './lib.mjs';

const env = setup();

test('the app mounts and the console has no error or warning', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  assert.equal(await page.locator('.shell').count(), 0, 'the loading shell is replaced');
  assert.match(await page.locator('#article-title').innerText(), /룡강 행사주간/);
  const paragraphs = await page.locator('#article .article-body > p, #article .article-body > h2').count();
  assert.equal(paragraphs, 24);
  assert.equal(await page.locator('h2.section-heading').count(), 3);
  await frames(page, 5);
  assert.deepEqual(page.problems, []);
  await page.screenshot({ path: shotPath('smoke-desktop'), fullPage: false });
  await page.close();
});

test('the article text in the page is the seed text, in every display mode', async () => {
  const seed = seedText();
  assert.ok(seed.includes('열린다.다시 만나서'), 'the seed keeps the missing sentence space');
  for (const mode of ['plain', 'hanzi', 'pinyin', 'standard']) {
    const page = await newPage(env.browser);
    await openApp(page, `${env.server.url}#mode=${mode}`);
    // Each mode adds something (ruby or pills) that the comparison then leaves out.
    if (mode !== 'plain') await page.waitForSelector(mode === 'standard' ? '#article .std' : '#article ruby rt');
    assert.equal(await articleText(page), seed, mode);
    await page.close();
  }
});

test('a build for a sub-path works when served under that sub-path', async () => {
  const dist = DIST_SUBPATH;
  // Missing is a failure, not a skip: a test that cannot run proves nothing.
  assert.ok(fs.existsSync(path.join(dist, 'index.html')), `${dist} is not built (scripts/test.sh builds it)`);
  const sub = await serve({ dist, base: '/news/longjiang/' });
  try {
    const page = await newPage(env.browser);
    await openApp(page, `${sub.url}#term=harbin&panel=charts`);
    await page.locator('#card').waitFor();
    await page.waitForSelector('#chart-trade .chart-base');
    assert.ok(page.url().startsWith(`${sub.origin}/news/longjiang/`));
    assert.deepEqual(page.problems, []);
    await page.close();
  } finally {
    await sub.close();
  }
});

test('without JavaScript the page still shows the whole article text', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const text = await page.locator('.shell-article').innerText();
  const seed = seedText();
  for (const line of seed.split('\n')) assert.ok(text.includes(line), `missing: ${line.slice(0, 30)}`);
  assert.equal(await page.locator('.shell-article h2.section-heading').count(), 3);
  assert.match(await page.locator('noscript').innerText().catch(() => ''), /JavaScript/);
  await page.screenshot({ path: shotPath('no-javascript') });
  await context.close();
});
