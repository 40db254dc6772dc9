// The core journeys in every engine a reader arrives with: Chromium (Chrome, Samsung Internet),
// Firefox ESR and WebKitGTK (the engine of Safari). The whole suite runs in Chromium
// (tests/e2e/); these are what must hold everywhere: the page loads clean (console, window
// `error` events, unhandled rejections), a term's card opens by click and by keyboard, the
// display modes put every annotation over its word with nothing pushed away, the charts draw and
// answer a hover, a pym host sizes its frame, deep links land, the currency switch reads as one
// row, before the wasm a term's built card (a native popover) opens beside it, and a saved word
// is still there after a reload.
//
//   ENGINES=firefox,webkit xvfb-run -a node --test tests/engines/journeys.test.mjs
// (scripts/test.sh runs it for firefox and webkit; chromium works too.) E2E_DIST points it at
// another build, as for tests/e2e/.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, repoRoot } from '../e2e/server.mjs';
import { ENGINES, launchEngine } from './drivers.mjs';

const engines = (process.env.ENGINES || 'firefox,webkit').split(',').filter(Boolean);
for (const e of engines) assert.ok(ENGINES.includes(e), `unknown engine ${e} (${ENGINES.join(', ')})`);
const SHOTS = path.join(repoRoot, 'screenshots');

/** Polls `fn` in the page until it returns a truthy value; returns it or throws `what`. */
async function waitFor(page, fn, arg, what, ms = 20000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await page.eval(fn, arg).catch((e) => ({ error: e.message }));
    if (last && !last.error) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: timed out (${JSON.stringify(last)})`);
}

const ready = () => !!document.querySelector('main[data-ready="true"]');
/** Resolves after n animation frames. */
const frames = (n) => new Promise((r) => { const step = (k) => (k ? requestAnimationFrame(() => step(k - 1)) : r(true)); step(n); });
/** The page's recorded problems (the server's probe) — none expected. */
const problems = () => (window.__problems || ['the probe script did not run']).slice();

async function open(engine, url, size) {
  const page = await engine.newPage(size);
  await page.goto(url);
  await waitFor(page, ready, null, `${engine.name}: the app mounts at ${url}`);
  return page;
}

async function assertClean(page, what) {
  await page.eval(frames, 5);
  assert.deepEqual([...(await page.eval(problems)), ...page.consoleProblems()], [], `${page.engine}: ${what}`);
}

function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return page.screenshot(path.join(SHOTS, `engine-${page.engine}-${name}.png`));
}

/**
 * Runs in the page: every annotated word in the article, with where its annotation sits and how
 * far the next character after the mark is. Mismatches only, as strings.
 */
function annotationProblems() {
  const out = [];
  const rubies = [...document.querySelectorAll('#article ruby:not(.ruby-wide)')];
  if (rubies.length === 0) return ['no annotations'];
  for (const ruby of rubies) {
    const word = ruby.firstChild.textContent;
    const base = ruby.getBoundingClientRect();
    const annEl = ruby.querySelector('rt > .ann') || ruby.querySelector('rt');
    const ann = annEl.getBoundingClientRect();
    const mid = (base.left + base.right) / 2;
    if (ann.bottom > base.top + 3) out.push(`${word}: annotation not above its word (bottom ${Math.round(ann.bottom)} > top ${Math.round(base.top)})`);
    if (ann.left > mid + 1 || ann.right < mid - 1) out.push(`${word}: annotation not over its word`);
    // The character right after the mark (a particle or punctuation) stays next to it.
    const mark = ruby.closest('.mark');
    let n = mark.nextSibling;
    while (n && (n.nodeType === 8 || (n.nodeType === 1 && (n.classList.contains('print-only') || n.classList.contains('std'))))) n = n.nextSibling;
    if (n && n.nodeType === 3 && n.textContent.length && !/^\s/.test(n.textContent)) {
      const r = document.createRange();
      r.setStart(n, 0);
      r.setEnd(n, 1);
      const next = r.getBoundingClientRect();
      const markBox = mark.getBoundingClientRect();
      const gap = next.left - markBox.right;
      if (Math.abs(next.top - markBox.top) < markBox.height / 2 && gap > 8) out.push(`${word}: ${Math.round(gap)} px gap before "${n.textContent[0]}"`);
    }
  }
  return out;
}

for (const name of engines) {
  describe(name, () => {
    let engine;
    let server;
    before(async () => {
      server = await serve({ probe: true });
      engine = await launchEngine(name);
    });
    after(async () => {
      await engine?.close();
      await server?.close();
    });

    test('the page loads in Korean with no error, warning or window error event', async () => {
      const page = await open(engine, server.url);
      const info = await page.eval(() => ({
        lang: navigator.language,
        title: document.querySelector('#article-title')?.textContent,
        paragraphs: document.querySelectorAll('#article .article-body > p, #article .article-body > h2').length,
        shell: document.querySelectorAll('.shell').length,
      }));
      assert.match(info.lang, /^ko/, 'the engine runs in Korean');
      assert.match(info.title, /룡강 행사주간/);
      assert.equal(info.paragraphs, 24);
      assert.equal(info.shell, 0, 'the built page is taken over');
      await assertClean(page, 'load');
      await shot(page, 'load-1280');
      await page.close();
    });

    test('a term card opens by click and by keyboard; Escape closes it and returns the focus', async () => {
      const page = await open(engine, server.url);
      await page.click('#article .mark.term[data-term="harbin"]');
      const card = await waitFor(page, () => document.querySelector('#card')?.innerText, null, 'card by click');
      assert.match(card, /哈尔滨[\s\S]*Hā'ěrbīn/);
      await page.press('Escape');
      await waitFor(page, () => !document.querySelector('#card'), null, 'Escape closes the card');
      assert.equal(await page.eval(() => document.activeElement?.dataset?.term), 'harbin', 'focus back on the term');
      await page.eval(() => document.querySelector('#article .mark.term[data-term="liangtou_shiwei"]').focus());
      await page.press('Enter');
      const card2 = await waitFor(page, () => document.querySelector('#card')?.innerText, null, 'card by Enter');
      assert.match(card2, /粮头食尾/);
      await page.press('Escape');
      await waitFor(page, () => !document.querySelector('#card'), null, 'Escape closes the second card');
      assert.equal(await page.eval(() => document.activeElement?.dataset?.term), 'liangtou_shiwei');
      await assertClean(page, 'cards');
      await page.close();
    });

    for (const [width, height] of [[1280, 900], [360, 780]]) {
      test(`${width} px: hanzi and pinyin modes put every annotation over its word, with no gap after it`, async () => {
        for (const mode of ['hanzi', 'pinyin']) {
          const page = await open(engine, `${server.url}#mode=${mode}`, { width, height });
          await waitFor(page, () => document.querySelectorAll('#article rt.settled').length > 0, null, `${mode}: annotations settled`);
          await page.eval(frames, 3);
          const bad = await page.eval(annotationProblems);
          await shot(page, `${mode}-${width}`);
          assert.deepEqual(bad, [], `${name} ${mode} at ${width} px`);
          await assertClean(page, `${mode} at ${width} px`);
          await page.close();
        }
      });
    }

    test('the charts draw, answer a hover with a tooltip, and the currency switch is one row', async () => {
      const page = await open(engine, `${server.url}#panel=charts`);
      await waitFor(page, () => {
        const c = document.querySelector('#chart-trade .chart-base');
        if (!c || !c.width) return false;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let inked = 0;
        for (let i = 0; i < d.length; i += 4 * 16) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) inked++;
        return inked > 50;
      }, null, 'the trade chart is drawn');
      // Move across the lower band of the chart until a tooltip names a year.
      // (Pointer moves do not scroll: bring the chart into view first.)
      await page.eval(() => document.querySelector('#chart-trade').scrollIntoView({ block: 'center' }));
      await page.eval(frames, 2);
      const box = await page.eval(() => { const r = document.querySelector('#chart-trade .chart-overlay').getBoundingClientRect(); return { w: r.width, h: r.height }; });
      let label = null;
      for (let dx = -box.w / 2 + 8; dx < box.w / 2 && !label; dx += 12) {
        await page.hover('#chart-trade .chart-overlay', dx, box.h / 2 - 40);
        label = await page.eval(() => document.querySelector('#chart-trade .chart-tip .tip-label')?.textContent || null);
      }
      assert.match(label ?? '', /20\d\d/, 'a hover over a bar shows its tooltip');
      // The legend "통화" and the CNY/KRW/USD segments share a row, apart.
      const row = await page.eval(() => {
        const legend = document.querySelector('#currency-switch legend').getBoundingClientRect();
        const first = document.querySelector('#currency-switch .segment').getBoundingClientRect();
        return { sameRow: legend.top < first.bottom && first.top < legend.bottom, gap: first.left - legend.right };
      });
      assert.ok(row.sameRow, `${name}: the currency legend sits on its own line`);
      assert.ok(row.gap >= 4, `${name}: the currency legend touches its buttons (gap ${row.gap})`);
      await shot(page, 'charts-1280');
      await assertClean(page, 'charts panel');
      await page.close();
    });

    test('a pym host gives the frame the height of its content, and the mode bar follows the reader', async () => {
      const page = await engine.newPage({ width: 390, height: 800 });
      await page.goto(`${server.origin}/hosts/pym.html`);
      const h = await waitFor(page, () => {
        const f = document.querySelector('iframe');
        const d = f?.contentDocument;
        if (!d?.querySelector('main[data-ready="true"]')) return false;
        const outer = f.getBoundingClientRect().height;
        const inner = d.documentElement.scrollHeight;
        return Math.abs(outer - inner) <= 2 && outer > 1000 ? { outer, inner } : false;
      }, null, 'the pym frame takes its content height');
      assert.ok(h.outer > 1000);
      const framed = await page.eval(() => document.querySelector('iframe').contentWindow.__problems?.slice() ?? ['no probe in the frame']);
      assert.deepEqual(framed, [], `${name}: problems inside the frame`);
      // Half-way down the article the display-mode bar stands at the top of the part of the
      // frame the host shows (sticky has nothing to stick to in a frame as tall as its page).
      await page.eval(() => {
        const f = document.querySelector('iframe');
        const el = f.contentDocument.getElementById('s-p12s1');
        window.scrollTo(0, window.scrollY + f.getBoundingClientRect().top + el.getBoundingClientRect().top - 200);
      });
      await waitFor(page, () => {
        const f = document.querySelector('iframe');
        const t = f.getBoundingClientRect().top + f.contentDocument.getElementById('reader-controls').getBoundingClientRect().top;
        return Math.abs(t) <= 5 ? { t } : false;
      }, null, 'the mode bar follows the visible part of the frame');
      await shot(page, 'pym-390');
      await page.close();
    });

    test('before the wasm, an English reader: the page in English with every mark, and a card the Korean page lacked opens in English', async () => {
      // boot.js puts the reader's page in place and parses a card as it opens (beforetoggle).
      const slow = await serve({ probe: true, holdWasm: true });
      try {
        const page = await engine.newPage({ width: 1280, height: 900 });
        await page.goto(`${slow.url}#lang=en`);
        await waitFor(page, () => document.documentElement.dataset.cardsLang === 'en', null, 'the English page is in place');
        const top = await page.eval(() => ({
          brand: document.querySelector('.shell .brand-name')?.textContent,
          marks: document.querySelector('.shell-article .article-body')?.dataset.marks,
          fig: document.getElementById('m-p01s1-44')?.matches('button.mark.fig') ?? false,
        }));
        assert.deepEqual(top, { brand: 'Longjiang Reader', marks: 'all', fig: true });
        // "세번째", plain on the Korean page: its card was an empty popover until now.
        await page.click('#m-p01s1-44');
        const card = await waitFor(page, () => {
          const c = document.querySelector('.popcard:popover-open');
          return c ? { lang: c.getAttribute('lang'), close: c.querySelector('.card-close')?.getAttribute('aria-label'), quotes: c.textContent.includes('세번째') } : false;
        }, null, 'the card opens');
        assert.deepEqual(card, { lang: 'en', close: 'Close', quotes: true });
        await shot(page, 'built-card-en-1280');
        await page.close();
      } finally {
        await slow.close();
      }
    });

    test("before the wasm: a term's built card opens beside its mark, on screen, at 1280 and 390 px", async () => {
      // The wasm is held back for good: this is the page a reader taps on a slow network.
      const slow = await serve({ probe: true, holdWasm: true });
      try {
        for (const [width, height] of [[1280, 900], [390, 800]]) {
          const page = await engine.newPage({ width, height });
          await page.goto(slow.url);
          for (const where of ['start', 'center', 'end']) {
            await page.eval((w) => {
              const m = document.querySelector('#article .mark.term[data-term="harbin"]');
              m.scrollIntoView({ block: w });
              return true;
            }, where);
            await page.eval(frames, 2);
            await page.click('#article .mark.term[data-term="harbin"]');
            // (With JavaScript on, the page places the card once it has opened: poll until it
            // is beside its mark, and report the last place otherwise.)
            let at = null;
            for (let i = 0; i < 20 && !(at?.onScreen && at?.beside); i++) {
              if (i) await new Promise((r) => setTimeout(r, 100));
              at = await waitFor(page, () => {
              const card = document.querySelector('#pop-term-harbin');
              if (!card || !card.matches(':popover-open')) return false;
              const c = card.getBoundingClientRect();
              const m = document.querySelector('#article .mark.term[data-term="harbin"]').getBoundingClientRect();
              return {
                onScreen: c.top >= -1 && c.left >= -1 && c.bottom <= innerHeight + 1 && c.right <= innerWidth + 1,
                beside: (c.top >= m.bottom - 1 && c.top - m.bottom < 24) || (c.bottom <= m.top + 1 && m.top - c.bottom < 24),
                tall: c.height,
                rects: [c.left, c.top, c.right, c.bottom, m.top, m.bottom, innerWidth, innerHeight].map(Math.round),
              };
            }, null, `${name} ${width}: the built card opens`);
            }
            assert.ok(at.onScreen && at.beside, `${name} ${width} (${where}): ${JSON.stringify(at)}`);
            assert.ok(at.tall >= 200, `${name} ${width} (${where}): the card is squashed to ${at.tall} px`);
            if (where === 'center') await shot(page, `built-card-${width}`);
            await page.press('Escape');
            await waitFor(page, () => !document.querySelector('.popcard:popover-open'), null, 'Escape closes the built card');
          }
          assert.equal(await page.eval(() => document.querySelectorAll('main[data-ready="true"]').length), 0, 'the app never started');
          await page.close();
        }
      } finally {
        await slow.close();
      }
    });

    test('the glossary\'s built page: an entry opens its card beside it, on screen, wherever it is on the page (issue #24)', async () => {
      for (const [width, height] of [[1280, 900], [390, 800]]) {
        const page = await engine.newPage({ width, height });
        await page.goto(`${server.url}embed/glossary-en-cny.html`);
        for (const [term, where] of [['northeast', 'start'], ['harbin', 'center'], ['hlj_daily', 'end']]) {
          const sel = `.glossary-item[data-term="${term}"]`;
          await page.eval(([s, w]) => { document.querySelector(s).scrollIntoView({ block: w }); return true; }, [sel, where]);
          await page.eval(frames, 2);
          await page.click(sel);
          let at = null;
          for (let i = 0; i < 20 && !(at?.onScreen && at?.beside); i++) {
            if (i) await new Promise((r) => setTimeout(r, 100));
            at = await waitFor(page, (s) => {
              const card = document.querySelector('.popcard:popover-open');
              if (!card) return false;
              const c = card.getBoundingClientRect();
              const m = document.querySelector(s).getBoundingClientRect();
              return {
                id: card.id,
                onScreen: c.top >= -1 && c.left >= -1 && c.bottom <= innerHeight + 1 && c.right <= innerWidth + 1,
                beside: (c.top >= m.bottom - 1 && c.top - m.bottom < 24) || (c.bottom <= m.top + 1 && m.top - c.bottom < 24),
                tall: c.height,
                rects: [c.left, c.top, c.right, c.bottom, m.top, m.bottom, innerWidth, innerHeight].map(Math.round),
              };
            }, sel, `${name} ${width}: the glossary card opens`);
          }
          assert.equal(at.id, `pop-term-${term}`);
          assert.ok(at.onScreen && at.beside, `${name} ${width} ${term} (${where}): ${JSON.stringify(at)}`);
          assert.ok(at.tall >= 150, `${name} ${width} ${term}: the card is squashed to ${at.tall} px`);
          if (where === 'center') await shot(page, `glossary-page-${width}`);
          await page.press('Escape');
          await waitFor(page, () => !document.querySelector('.popcard:popover-open'), null, 'Escape closes the card');
        }
        await page.close();
      }
    });

    test('a saved word survives a reload: the card\'s star, then My words lists it (issue #23)', async () => {
      const page = await open(engine, server.url, { width: 390, height: 800 });
      await page.click('#article .mark.term[data-term="harbin"]');
      await waitFor(page, () => !!document.querySelector('#card.placed .save-star'), null, 'the card has its star');
      // The card is placed and the page scrolled to it: wait until the star stops moving.
      await waitFor(page, async () => {
        const at = () => JSON.stringify(document.querySelector('#card .save-star').getBoundingClientRect());
        const a = at();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return a === at();
      }, null, 'the card settles');
      await page.click('#card .save-star');
      await waitFor(page, () => document.querySelector('#card .save-star')?.getAttribute('aria-pressed') === 'true', null, 'the star is pressed');
      assert.match(await page.eval(() => localStorage.getItem('longjiang.words')), /^longjiang-words 1\nharbin\t할빈\tlearning\t\d+\n$/);
      // A new document (a query the app ignores), not a fragment change.
      await page.goto(`${server.url}?again=1#panel=words`);
      await waitFor(page, () => !document.querySelector('#card') && !!document.querySelector('main[data-ready="true"] .words-panel'), null, 'the app mounts again on My words');
      const rows = await waitFor(page, () => [...document.querySelectorAll('.words-list .word-row')].map((r) => r.dataset.word).join(), null, 'My words lists the word');
      assert.equal(rows, 'harbin');
      await assertClean(page, 'saved words');
      await shot(page, 'words-390');
      await page.close();
    });

    test('deep links land: a term by hanzi, a chart point in English and dollars', async () => {
      const page = await open(engine, `${server.url}#term=${encodeURIComponent('粮头食尾')}`);
      const card = await waitFor(page, () => document.querySelector('#card')?.innerText, null, 'the linked card opens');
      assert.match(card, /량두식미|粮头食尾/);
      await page.close();
      const p2 = await open(engine, `${server.url}#lang=en&chart=trade&pt=1&cur=usd`);
      const state = await waitFor(p2, () => {
        const cur = document.querySelector('#currency-switch input:checked')?.value;
        return cur ? { cur, lang: document.documentElement.lang, tab: document.querySelector('[role=tab][aria-selected=true]')?.id } : false;
      }, null, 'the chart link lands');
      assert.deepEqual(state, { cur: 'usd', lang: 'en', tab: 'tab-charts' });
      await assertClean(p2, 'deep links');
      await p2.close();
    });
  });
}
