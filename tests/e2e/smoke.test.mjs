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
    if (mode !== 'plain') await page.waitForSelector(mode === 'standard' ? '#article .std' : '#article ruby rt > .ann');
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
    // The downloads are files the build wrote, linked under the sub-path too.
    const href = await page.getAttribute('#download-figures-csv', 'href');
    assert.equal(href, '/news/longjiang/downloads/longjiang-figures-ko-cny.csv');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#download-figures-csv')]);
    assert.equal(csv.suggestedFilename(), 'longjiang-figures-ko-cny.csv');
    assert.ok(fs.readFileSync(await csv.path(), 'utf8').startsWith('\ufeffid,항목,'));
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
  // Paragraphs below the first screen are rendered when they come near it (content-visibility):
  // read each as the reader scrolls to it.
  // (The page runs no script, so the test waits from outside.)
  const parts = [];
  const n = await page.locator('.shell-article .article-body > :is(p, h2)').count();
  for (let i = 0; i < n; i++) {
    const el = page.locator('.shell-article .article-body > :is(p, h2)').nth(i);
    await el.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
    // (Less what the page adds beside the text: the yuan amount in won.)
    parts.push(await el.evaluate((e) => {
      const c = e.cloneNode(true);
      c.querySelectorAll('.std, .print-only').forEach((x) => x.remove());
      return c.textContent;
    }));
  }
  const text = parts.join('\n');
  const seed = seedText();
  for (const line of seed.split('\n')) assert.ok(text.includes(line), `missing: ${line.slice(0, 30)}`);
  assert.equal(await page.locator('.shell-article h2.section-heading').count(), 3);
  assert.match(await page.locator('noscript').innerText().catch(() => ''), /JavaScript/);
  await page.screenshot({ path: shotPath('no-javascript') });
  await context.close();
});

test('without JavaScript the three charts are there, drawn at build time, inside their frames', async () => {
  for (const width of [1280, 360]) {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.server.url);
    const charts = await page.evaluate(() => [...document.querySelectorAll('.shell-charts svg.draw-light')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')];
      const outside = texts.filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
      }).map((t) => t.textContent);
      return {
        width: box.width,
        shapes: svg.querySelectorAll('rect, path, line, polyline, circle').length,
        name: svg.querySelector('title')?.textContent || '',
        text: texts.map((t) => t.textContent).join(' '),
        outside,
      };
    }));
    assert.equal(charts.length, 3, `${width}: trade, first half, timeline`);
    for (const c of charts) {
      assert.ok(c.width >= 200 && c.shapes >= 3, `${width}: a drawn chart (${c.width} px, ${c.shapes} shapes)`);
      assert.deepEqual(c.outside, [], `${width}: text inside the drawing`);
    }
    // The figures the article states, in the article's currency, and each chart named with its data.
    assert.match(charts[0].text, /34\.38억 위안/);
    assert.match(charts[0].name, /2017년 13\.1억 위안/);
    assert.match(charts[1].text, /22\.12억 위안/);
    assert.match(charts[2].text, /룡강 행사주간/);
    assert.match(await page.locator('.shell-charts .money-explainer').innerText(), /CNY/);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `${width}: no sideways scroll`);
    await page.screenshot({ path: shotPath(`no-javascript-charts-${width}`), fullPage: width === 360 });
    await context.close();
  }
  // A dark system theme is dark before (and without) the app; the charts keep their light ground.
  const context = await env.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  assert.equal(bg, 'rgb(22, 24, 28)', 'dark page background');
  assert.equal(fg, 'rgb(232, 234, 237)', 'light text');
  await page.screenshot({ path: shotPath('no-javascript-dark') });
  await context.close();
});

test('the page built at build time is on screen before the app mounts over it', async () => {
  const page = await newPage(env.browser);
  // Each frame records whether the loading shell with its three charts was still on screen.
  await page.addInitScript(() => {
    window.__shellFrames = 0;
    const tick = () => {
      if (document.querySelector('.shell') && document.querySelectorAll('.shell-charts svg.draw-light').length === 3) {
        window.__shellFrames += 1;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await openApp(page, `${env.server.url}#panel=charts`);
  assert.equal(await page.locator('.shell').count(), 0, 'the app replaced the shell');
  assert.ok(await page.evaluate(() => window.__shellFrames) >= 1, 'at least one frame showed the built page first');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('1280 px: the article does not jump when the app mounts over the built page', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__builtTitleTop = document.querySelector('.article-title').getBoundingClientRect().top;
      window.__builtParaTop = document.querySelector('.shell-article .article-body p').getBoundingClientRect().top;
    });
  });
  await openApp(page, env.server.url);
  const [before, after, pBefore, pAfter] = await page.evaluate(() => [window.__builtTitleTop, document.querySelector('#article .article-title').getBoundingClientRect().top,
    window.__builtParaTop, document.querySelector('#article .article-body p').getBoundingClientRect().top]);
  assert.ok(typeof before === 'number' && typeof pBefore === 'number', 'measured on the built page');
  assert.ok(Math.abs(after - before) <= 8, `the title moved ${after - before}px at the mount`);
  assert.ok(Math.abs(pAfter - pBefore) <= 12, `the first paragraph moved ${pAfter - pBefore}px at the mount`);
  await page.close();
});
