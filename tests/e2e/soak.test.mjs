// Soak: no leaks, no lies (issue #11, item 4). A test-only init script records every
// ResizeObserver and IntersectionObserver with the elements it observes (until unobserve or
// disconnect) and every live "change" listener on a MediaQueryList. After 100 panel switches and
// 10 device-pixel-ratio changes no observer may still watch a detached node, the media-query
// listeners must not have grown past what one visit to the charts needs, nothing may be logged as
// an error, and the app must still work. The share panel's "copied" is said only when the
// clipboard took the text; a refusal is told as one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appFrame, frames, newPage, openApp, setup, until } from './lib.mjs';

const env = setup();

/** Runs in the page before the app: wraps the observers and MediaQueryList listeners. */
function instrument() {
  const observed = new Map(); // observer → { kind, els: Set<Element> }
  for (const kind of ['ResizeObserver', 'IntersectionObserver']) {
    const Original = window[kind];
    if (!Original) continue;
    const Wrapped = class extends Original {
      constructor(...args) {
        super(...args);
        observed.set(this, { kind, els: new Set() });
      }
      observe(el, ...rest) {
        observed.get(this)?.els.add(el);
        return super.observe(el, ...rest);
      }
      unobserve(el) {
        observed.get(this)?.els.delete(el);
        return super.unobserve(el);
      }
      disconnect() {
        observed.get(this)?.els.clear();
        return super.disconnect();
      }
    };
    Object.defineProperty(Wrapped, 'name', { value: kind });
    window[kind] = Wrapped;
  }
  // Live "change" listeners per MediaQueryList: (callback, capture) pairs, as the DOM keys them.
  const listeners = new Map(); // MediaQueryList → [{ fn, capture }]
  const capture = (o) => (typeof o === 'boolean' ? o : !!(o && o.capture));
  const proto = MediaQueryList.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (type, fn, options) {
    if (type === 'change' && fn) {
      const list = listeners.get(this) || [];
      const c = capture(options);
      if (!list.some((l) => l.fn === fn && l.capture === c)) list.push({ fn, capture: c });
      listeners.set(this, list);
    }
    return add.call(this, type, fn, options);
  };
  proto.removeEventListener = function (type, fn, options) {
    if (type === 'change' && listeners.has(this)) {
      const c = capture(options);
      listeners.set(this, listeners.get(this).filter((l) => !(l.fn === fn && l.capture === c)));
    }
    return remove.call(this, type, fn, options);
  };
  // The legacy names go through the same bookkeeping.
  proto.addListener = function (fn) {
    this.addEventListener('change', fn);
  };
  proto.removeListener = function (fn) {
    this.removeEventListener('change', fn);
  };
  const describe = (el) => `${el.tagName?.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
  window.__leaks = () => {
    const detached = [];
    let observers = 0;
    let observations = 0;
    for (const [, { kind, els }] of observed) {
      if (els.size > 0) observers++;
      for (const el of els) {
        observations++;
        if (!el.isConnected) detached.push(`${kind} on ${describe(el)}`);
      }
    }
    const queries = {}; // media text → live listeners
    let mediaListeners = 0;
    for (const [mql, list] of listeners) {
      if (list.length === 0) continue;
      queries[mql.media] = (queries[mql.media] || 0) + list.length;
      mediaListeners += list.length;
    }
    return { detached: detached.slice(0, 10), detachedCount: detached.length, observers, observations, mediaListeners, queries };
  };
}

const TABS = ['charts', 'glossary', 'charts', 'people', 'charts', 'share'];

/** Clicks the tab of `panel` and waits until its panel is on the page (or in the frame). */
async function switchTo(page, panel) {
  await page.click(`#tab-${panel}`);
  const ready = {
    charts: '.charts-panel #chart-timeline .chart-base',
    glossary: '.glossary-panel',
    people: '.people-panel',
    share: '.share-panel #share-link',
  }[panel];
  await page.waitForSelector(`#tool-panel ${ready}`);
}

/** Waits until every chart's backing store is its CSS width × `dpr` (±1 px for rounding). */
async function chartsAt(page, dpr) {
  const bad = await until(page, (dpr) => [...document.querySelectorAll('.chart-base')]
    .filter((c) => c.clientWidth > 0 && Math.abs(c.width - c.clientWidth * dpr) > 1.01)
    .map((c) => `${c.closest('figure')?.id}: ${c.width} px for ${c.clientWidth} CSS px at DPR ${dpr}`), dpr);
  assert.deepEqual(bad, [], `the charts follow the device pixel ratio ${dpr}`);
}

test('100 panel switches and 10 DPR changes: no observer on a detached node, no listener pile-up, no error', { timeout: 300000 }, async (t) => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await page.addInitScript(instrument);
  await openApp(page, `${env.server.url}#lang=en`);
  const cdp = await page.context().newCDPSession(page);

  // The bound: what the page holds with the charts on screen after their first visit (one DPR
  // listener per canvas chart, plus the theme's prefers-color-scheme listener).
  await switchTo(page, 'charts');
  await frames(page, 3);
  const first = await page.evaluate(() => window.__leaks());

  // 100 switches, the charts every other time: 80 that wait for each panel, then 20 as fast
  // as the tabs can be clicked (a chart may unmount before its effects have run).
  for (let i = 0; i < 80; i++) {
    await switchTo(page, TABS[i % TABS.length]);
    if (i % 10 === 9) await frames(page, 1);
  }
  for (let i = 0; i < 20; i++) await page.click(`#tab-${TABS[i % TABS.length]}`);
  await switchTo(page, 'charts');
  await frames(page, 3);
  const afterSwitches = await page.evaluate(() => window.__leaks());

  // 10 device-pixel-ratio changes with the charts on screen. Each comes with a new window size:
  // headless Chromium re-evaluates media queries after a DPR-only override only when the
  // viewport changes too (no "change" event otherwise). At 1280 and 1100 px the charts keep
  // their width, so there only the DPR listener can tell them to redraw.
  const steps = [
    [2, 1100, 850], [1.5, 1280, 900], [3, 1100, 850], [1, 1280, 900], [2.5, 1024, 800],
    [1.25, 1280, 900], [2, 1100, 850], [1, 1280, 900], [3, 1024, 800], [1, 1280, 900],
  ];
  for (const [deviceScaleFactor, width, height] of steps) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor, mobile: false });
    await frames(page, 2);
    await chartsAt(page, deviceScaleFactor);
  }
  // And a few more switches at the last ratio, so that charts unmount after DPR changes too.
  for (const panel of ['glossary', 'charts', 'share', 'charts']) await switchTo(page, panel);
  await frames(page, 3);
  const end = await page.evaluate(() => window.__leaks());

  const report = `after the first charts visit ${JSON.stringify(first)}; after 100 switches ${JSON.stringify(afterSwitches)}; at the end ${JSON.stringify(end)}`;
  t.diagnostic(`soak: ${report}; console errors and page errors: ${JSON.stringify(page.problems)}`);
  assert.equal(first.detachedCount, 0, `observers left on detached nodes before any switch: ${report}`);
  assert.ok(first.mediaListeners <= 4, `after the first charts visit: ${first.mediaListeners} media-query listeners, more than one per canvas chart (3) and the theme's (1): ${report}`);
  assert.equal(afterSwitches.detachedCount, 0, `observers left on detached nodes after 100 switches: ${report}`);
  assert.equal(end.detachedCount, 0, `observers left on detached nodes at the end: ${report}`);
  assert.ok(afterSwitches.mediaListeners <= first.mediaListeners,
    `media-query listeners grew with the switches: ${afterSwitches.mediaListeners} > ${first.mediaListeners}; ${report}`);
  assert.ok(end.mediaListeners <= first.mediaListeners,
    `media-query listeners grew with the DPR changes: ${end.mediaListeners} > ${first.mediaListeners}; ${report}`);
  // The observers alive are the page's fixed ones (article body, app root) and one per chart.
  assert.ok(end.observers <= first.observers, `live observers grew: ${report}`);

  // Still works: the charts are drawn at the final ratio, a hover shows a tooltip, a term card opens.
  await chartsAt(page, 1);
  const painted = await page.$eval('#chart-trade .chart-base', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) n++;
    return n;
  });
  assert.ok(painted > 1000, `the trade chart is drawn (${painted} pixels)`);
  await page.focus('#chart-trade .chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.locator('#chart-trade .chart-tip').waitFor();
  await page.keyboard.press('Escape');
  await page.click('#article .mark.term[data-term="harbin"]');
  await page.locator('#card').waitFor();
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('in a frame: cards placed with an IntersectionObserver and panel switches leave no observer behind', { timeout: 120000 }, async () => {
  const page = await newPage(env.browser, { width: 1000, height: 700 });
  await page.addInitScript(instrument); // runs in the frame too
  await page.goto(`${env.server.origin}/hosts/recorder.html?src=${encodeURIComponent('/#lang=en')}`);
  const { frame } = await appFrame(page);
  assert.equal(await frame.evaluate(() => typeof window.__leaks), 'function', 'the frame is instrumented');
  await switchTo(frame, 'charts');
  await frames(frame, 3);
  const first = await frame.evaluate(() => window.__leaks());
  const terms = ['harbin', 'heilongjiang', 'harbin', 'heilongjiang', 'harbin'];
  for (let i = 0; i < 20; i++) {
    await switchTo(frame, TABS[i % TABS.length]);
    if (i % 4 === 0) {
      // Each card is placed in the part of the frame the host shows: one IntersectionObserver.
      await frame.click(`#article .mark.term[data-term="${terms[(i / 4) % terms.length]}"]`);
      await frame.locator('#card.placed').waitFor();
      await frame.press('#card', 'Escape');
    }
  }
  await switchTo(frame, 'charts');
  await frames(frame, 3);
  const end = await frame.evaluate(() => window.__leaks());
  const report = `first ${JSON.stringify(first)}; end ${JSON.stringify(end)}`;
  assert.equal(end.detachedCount, 0, `observers left on detached nodes: ${report}`);
  assert.ok(end.observers <= first.observers, `live observers grew (an IntersectionObserver never disconnected?): ${report}`);
  assert.ok(end.mediaListeners <= first.mediaListeners, `media-query listeners grew: ${report}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

const COPIED = 'Copied';

test('copy link: "copied" only when the clipboard took it, and the text is in the clipboard', async () => {
  const page = await newPage(env.browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  await openApp(page, `${env.server.url}#lang=en&panel=share`);
  await page.waitForSelector('#share-link');
  const link = await page.inputValue('#share-link');
  await page.click('#copy-link');
  await until(page, (want) => {
    const s = document.querySelector('.share-panel [role="status"]').textContent;
    return s === want ? [] : [s];
  }, COPIED);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.deepEqual(page.problems, []);
  await page.close();
});

for (const [how, script] of [
  ['the clipboard refuses', () => {
    Object.defineProperty(Clipboard.prototype, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  }],
  ['there is no clipboard', () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  }],
]) {
  test(`copy link when ${how}: told as a failure, the link selected for copying by hand`, async () => {
    const page = await newPage(env.browser);
    await page.addInitScript(script);
    await openApp(page, `${env.server.url}#lang=en&panel=share`);
    await page.waitForSelector('#share-link');
    await page.click('#copy-link');
    // The status beside the button that was used (each copy button has its own).
    const status = '.share-panel .copy-row + [role="status"]';
    await until(page, (sel) => (document.querySelector(sel).textContent === '' ? ['empty'] : []), status);
    await frames(page, 2);
    const text = await page.locator(status).textContent();
    assert.deepEqual(await page.$$eval('.share-panel [role="status"]', (ps) => ps.slice(1).map((p) => p.textContent)), ['', ''], 'the other buttons say nothing');
    assert.notEqual(text, COPIED);
    assert.match(text, /clipboard/i, `the status says the clipboard failed: "${text}"`);
    assert.match(text, /by hand/i, `the status says how to copy by hand: "${text}"`);
    const sel = await page.evaluate(() => {
      const f = document.querySelector('#share-link');
      return { focused: document.activeElement === f, start: f.selectionStart, end: f.selectionEnd, length: f.value.length };
    });
    assert.deepEqual(sel, { focused: true, start: 0, end: sel.length, length: sel.length }, 'the link is selected');
    assert.ok(sel.length > 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
