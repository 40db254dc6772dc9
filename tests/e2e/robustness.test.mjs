// Robustness: strict CSP, the panic panel (through a test-only hook, never from a URL), deep
// links compared with expected values, and 100 random and malformed URLs, each a fresh load
// whose surviving parameters must take effect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, downloadDataset, frames, newPage, openApp, serve, setup, shotPath, stateUrl, until } from './lib.mjs';
import { strictCsp } from './server.mjs';

const env = setup();
let cspServer;
let STRICT_CSP;
before(async () => {
  STRICT_CSP = strictCsp();
  cspServer = await serve({ csp: STRICT_CSP });
});
after(async () => {
  await cspServer?.close();
});

test('the page declares a strict Content-Security-Policy: no inline script, its one inline stylesheet by hash', async () => {
  const policy = Object.fromEntries(STRICT_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(policy['default-src'], ["'self'"]);
  assert.deepEqual(policy['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.doesNotMatch(STRICT_CSP, /unsafe-inline/);
  // The stylesheet (without its comments, scripts/css-sheet.mjs) in the head, allowed by its own
  // hash, and nothing else.
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1);
  assert.ok(html.indexOf('<style>') < html.indexOf('</head>'), 'in the head');
  assert.doesNotMatch(styles[0], /\/\*/);
  const sha = (t) => `'sha256-${crypto.createHash('sha256').update(t, 'utf8').digest('base64')}'`;
  assert.deepEqual(policy['style-src'], ["'self'", sha(styles[0])]);
});

test('runs under a strict Content-Security-Policy with no violation', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await page.goto(cspServer.url);
  assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
  // The inline stylesheet applies (a blocked one would leave the built page unstyled).
  // (The browser's own body margin is 8px; the stylesheet's is 0.)
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).marginTop), '0px');
  await page.waitForSelector('main[data-ready="true"]');
  // Exercise the parts that set styles at run time: card positioning, charts, tooltips.
  await page.click('#article .mark.term[data-term="harbin"]');
  await page.locator('#card').waitFor();
  await page.click('#tab-charts');
  await page.focus('#chart-trade .chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.locator('#chart-trade .chart-tip').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a panic shows a readable error panel with a reload link, in the interface language', async () => {
  for (const [lang, title] of [['ko', '문제가 생겼습니다'], ['en', 'Something went wrong'], ['zh', '出错了']]) {
    const page = await newPage(env.browser);
    // The test-only hook (src/app/panic.rs): a page script, not the URL, asks for the panic.
    await page.addInitScript(() => { globalThis.__longjiangTestPanic = true; });
    await page.goto(`${cspServer.url}#lang=${lang}`);
    const panel = page.locator('#fatal-error[role="alert"]');
    await panel.waitFor({ timeout: 20000 });
    assert.equal(await panel.locator('h2').innerText(), title);
    assert.ok((await panel.locator('a').getAttribute('href')).startsWith(cspServer.url));
    if (lang === 'en') await page.screenshot({ path: shotPath('panic-panel') });
    // The panic is logged (that is the point), and it is the deliberate one; nothing else is.
    assert.ok(page.problems.some((p) => /deliberate panic/.test(p)), page.problems.join('\n'));
    assert.ok(page.problems.every((p) => /panicked|deliberate panic|unreachable|RuntimeError/.test(p)), page.problems.join('\n'));
    await page.close();
  }
});

test('no URL crashes the app: the old #debug-panic=1 switch and look-alikes do nothing', async () => {
  for (const hash of ['#debug-panic=1', '#lang=en&debug-panic=1', '#__longjiangTestPanic=true', '#debug-panic']) {
    const page = await newPage(env.browser);
    for (const url of [`${env.server.url}${hash}`, `${env.server.url}?__longjiangTestPanic=1&debug-panic=1${hash}`]) {
      await page.goto('about:blank');
      await openApp(page, url);
      assert.equal(await page.locator('#fatal-error').count(), 0, url);
      await page.click('#tab-charts');
      await page.waitForSelector('#chart-trade .chart-base');
      assert.equal(await page.locator('#fatal-error').count(), 0, url);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

/** Runs in the page: the visible state a deep link sets. */
function visibleState() {
  const bg = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
  return {
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
    darkBackground: bg[0] < 60 && bg[1] < 60 && bg[2] < 60,
    mode: document.querySelector('#mode-switch input:checked')?.value,
    pinyinRuby: [...document.querySelectorAll('#article ruby rt')].some((r) => r.textContent === 'liángtóu shíwěi'),
    card: document.querySelector('#card-title')?.textContent,
    sentence: document.querySelector('.sentence.hl')?.id,
    panel: document.querySelector('.tab[aria-selected="true"]')?.id,
    currency: document.querySelector('#currency-switch input:checked')?.value,
    tip: document.querySelector('#chart-half .chart-tip:not([hidden]) .tip-label')?.textContent,
    tipValue: document.querySelector('#chart-half .chart-tip:not([hidden]) .tip-value')?.textContent,
  };
}

// No panel=charts: a named chart implies the charts panel, so the app does not write it.
const DEEP_LINK = '#lang=en&mode=pinyin&term=liangtou_shiwei&s=p09s2&chart=half&pt=1&cur=krw&theme=dark';
const DEEP_STATE = {
  lang: 'en',
  theme: 'dark',
  darkBackground: true,
  mode: 'pinyin',
  pinyinRuby: true,
  card: '량두식미',
  sentence: 's-p09s2',
  panel: 'tab-charts',
  currency: 'krw',
  tip: 'H1 2023',
  // 2,212,000,000 CNY ÷ 7.0467 CNY/USD × 1305.41 KRW/USD (2023 annual averages) = 409.776 bn KRW,
  // rounded as an approximation (issue #12 item 5).
  tipValue: '≈ KRW 410 billion',
};
// Clicking the term is a click outside the chart: it closes the tooltip (issue #12 item 5); the
// selection stays in the URL, and a load of the link shows the tooltip again.
const CLICKED_STATE = { ...DEEP_STATE, tip: undefined, tipValue: undefined };

test('deep links: clicking writes the expected URL, and the URL restores the expected state', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  // Set state by clicking.
  await page.click('.lang-switch button[lang="en"]');
  await page.click('#mode-switch label:has(input[value="pinyin"])');
  await page.click('#theme-toggle'); // auto → light
  await page.click('#theme-toggle'); // light → dark
  await page.click('#tab-charts');
  await page.click('#currency-switch label:has(input[value="krw"])');
  await page.focus('#chart-half .chart-frame');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter'); // highlights the sentence
  await page.click('#article .mark.term[data-term="liangtou_shiwei"]');
  await page.locator('#card').waitFor();
  assert.equal(new URL(await stateUrl(page)).hash, DEEP_LINK);
  assert.deepEqual(await page.evaluate(visibleState), CLICKED_STATE);
  // A fresh load of the link, in a new page with nothing carried over.
  const fresh = await newPage(env.browser);
  await openApp(fresh, `${env.server.url}${DEEP_LINK}`);
  await fresh.waitForSelector('#card');
  await fresh.waitForSelector('#chart-half .chart-tip:not([hidden])');
  await fresh.waitForSelector('#s-p09s2.hl');
  assert.deepEqual(await fresh.evaluate(visibleState), DEEP_STATE);
  assert.equal(new URL(await stateUrl(fresh)).hash, DEEP_LINK, 'the link is written back unchanged');
  assert.deepEqual(fresh.problems, []);
  await fresh.close();
  // A reload keeps it too (the view lives in the URL, which is replaced, never pushed: see
  // readers.test.mjs for Back).
  await page.reload();
  await page.waitForSelector('main[data-ready="true"]');
  await page.waitForSelector('#card');
  await page.waitForSelector('#chart-half .chart-tip:not([hidden])');
  assert.deepEqual(await page.evaluate(visibleState), DEEP_STATE);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('deep links: q fills the search; theme comes from the query or the fragment (which wins)', async () => {
  const page = await newPage(env.browser);
  // q: the search box holds the text and the results are filtered by it.
  await openApp(page, `${env.server.url}#q=haerbin`);
  assert.equal(await page.inputValue('#glossary-search'), 'haerbin');
  await page.waitForSelector('.glossary-list.results .glossary-item');
  assert.equal(await page.locator('.glossary-list.results .glossary-item').first().getAttribute('data-term'), 'harbin');
  // Hangul and spaces survive the round trip through the URL.
  await page.goto('about:blank');
  await openApp(page, `${env.server.url}#q=${encodeURIComponent('량두 식미')}`);
  assert.equal(await page.inputValue('#glossary-search'), '량두 식미');
  // theme from the query (hosts link with ?theme=dark), and from the fragment; the fragment wins.
  for (const [url, theme] of [['?theme=dark', 'dark'], ['#theme=light', 'light'], ['?theme=dark#theme=light', 'light'], ['#theme=dark', 'dark']]) {
    await page.goto('about:blank');
    await openApp(page, `${env.server.url}${url}`);
    assert.equal(await page.getAttribute('html', 'data-theme'), theme, url);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r] = bg.match(/\d+/g).map(Number);
    assert.ok(theme === 'dark' ? r < 60 : r > 200, `${url}: body background ${bg}`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Deterministic pseudo-random generator, so a failure can be reproduced. */
function rng(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

// ── A reference reading of the URL scheme (README "Deep links"), written from the README and
// independent of the app: the 100-URL test compares the app with it. ─────────────────────────

/** %XX decoding over bytes ("+" is a space; an invalid escape is kept as written). */
function percentDecode(s) {
  const b = Buffer.from(s, 'utf8');
  const out = [];
  for (let i = 0; i < b.length;) {
    if (b[i] === 0x25 && i + 2 < b.length) {
      const hex = b.subarray(i + 1, i + 3).toString('latin1');
      if (/^(\+[0-9a-fA-F]|[0-9a-fA-F]{2})$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 3;
      } else {
        out.push(0x25);
        i += 1;
      }
    } else if (b[i] === 0x2b) {
      out.push(0x20);
      i += 1;
    } else {
      out.push(b[i]);
      i += 1;
    }
  }
  return new TextDecoder('utf-8').decode(Buffer.from(out));
}

function percentEncode(s) {
  return [...Buffer.from(s, 'utf8')]
    .map((c) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `%${c.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function pairs(s) {
  return s.split('&').filter((p) => p !== '').map((p) => {
    const i = p.indexOf('=');
    return i < 0 ? [percentDecode(p), ''] : [percentDecode(p.slice(0, i)), percentDecode(p.slice(i + 1))];
  });
}

const LANGS = ['ko', 'zh', 'en'];
const MODES = ['plain', 'hanzi', 'pinyin', 'standard'];
const PANELS = ['glossary', 'people', 'charts', 'share'];
const CHARTS = ['trade', 'half', 'timeline', 'key'];
const CURRENCIES = ['cny', 'krw', 'usd'];
const THEMES = ['auto', 'light', 'dark'];

/** What a URL (its search and hash as the page saw them) should set, by the README's rules. */
function expectedState(search, hash, data) {
  const st = {
    lang: null, mode: 'plain', term: null, s: null, panel: 'glossary', chart: null, pt: null, cur: 'cny', theme: 'auto', q: '',
    embed: false, view: null, bg: false, childId: null,
  };
  const q = search.replace(/^\?/, '');
  const h = hash.replace(/^#/, '');
  for (const [k, v] of pairs(q)) {
    if (k === 'embed') st.embed = ['1', 'true', ''].includes(v);
    else if (k === 'view' && ['reader', 'charts', 'glossary', ...CHARTS].includes(v)) st.view = v;
    else if (k === 'bg') st.bg = v === 'transparent';
    else if (k === 'childId' && /^[A-Za-z0-9_-]{1,64}$/.test(v)) st.childId = v;
  }
  // View state: the query, then the fragment (the fragment wins).
  let panelNamed = false;
  for (const [k, v] of [...pairs(q), ...pairs(h)]) {
    if (k === 'panel' && PANELS.includes(v)) panelNamed = true;
    if (k === 'lang' && LANGS.includes(v)) st.lang = v;
    else if (k === 'mode' && MODES.includes(v)) st.mode = v;
    else if (k === 'term') st.term = data.resolveTerm(v) ?? st.term;
    else if (k === 's' && data.sentences.has(v)) st.s = v;
    else if (k === 'panel' && PANELS.includes(v)) st.panel = v;
    else if (k === 'chart' && CHARTS.includes(v)) st.chart = v;
    else if (k === 'pt' && /^\+?\d+$/.test(v) && Number(v) < 64) st.pt = Number(v);
    else if (k === 'cur' && CURRENCIES.includes(v.toLowerCase())) st.cur = v.toLowerCase();
    else if (k === 'theme' && THEMES.includes(v)) st.theme = v;
    else if (k === 'q') st.q = [...v].filter((c) => !/\p{Cc}/u.test(c)).slice(0, 100).join('');
  }
  if (st.chart === null) st.pt = null;
  // A named chart opens the charts panel, unless the link names a panel.
  if (!panelNamed) st.panel = st.chart ? 'charts' : 'glossary';
  // `view` shows one part alone; the panel follows it.
  if (st.view === 'glossary') st.panel = 'glossary';
  else if (st.view && st.view !== 'reader') st.panel = 'charts';
  // An embed of the whole explorer starts with its tools folded, unless the link asks for them
  // (a panel other than the default, a chart, a search).
  const namesTools = st.panel !== (st.chart ? 'charts' : 'glossary') || st.chart !== null || st.q !== '';
  st.folded = st.embed && st.view === null && !namesTools;
  return st;
}

/** The canonical URL the app writes back for a state: non-default view state, in a fixed order. */
function printed(st) {
  const h = [];
  if (st.lang) h.push(['lang', st.lang]);
  if (st.mode !== 'plain') h.push(['mode', st.mode]);
  if (st.term) h.push(['term', st.term]);
  if (st.s) h.push(['s', st.s]);
  // The panel the part or the chart implies is not written.
  const implied = st.view === 'glossary' ? 'glossary' : st.view && st.view !== 'reader' ? 'charts' : st.chart ? 'charts' : 'glossary';
  if (st.panel !== implied) h.push(['panel', st.panel]);
  if (st.chart) {
    h.push(['chart', st.chart]);
    if (st.pt !== null) h.push(['pt', String(st.pt)]);
  }
  if (st.cur !== 'cny') h.push(['cur', st.cur]);
  if (st.theme !== 'auto') h.push(['theme', st.theme]);
  if (st.q) h.push(['q', st.q]);
  const s = [];
  if (st.embed) s.push('embed=1');
  if (st.view) s.push(`view=${st.view}`);
  if (st.bg) s.push('bg=transparent');
  if (st.childId) s.push(`childId=${st.childId}`);
  const hash = h.map(([k, v]) => `${k}=${percentEncode(v)}`).join('&');
  return { search: s.length ? `?${s.join('&')}` : '', hash: hash ? `#${hash}` : '' };
}

/** Runs in the page: the differences between what the page shows and the expected state. */
function pageMismatches(exp) {
  const out = [];
  const eq = (what, got, want) => { if (got !== want) out.push(`${what}: ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`); };
  const html = document.documentElement;
  eq('fatal error panel', document.getElementById('fatal-error') !== null, false);
  eq('html lang', html.lang, { ko: 'ko', zh: 'zh-Hans', en: 'en' }[exp.lang ?? 'ko']);
  eq('theme', html.dataset.theme, exp.theme === 'dark' ? 'dark' : 'light');
  eq('embed class', html.classList.contains('embed'), exp.embed);
  eq('transparent class', html.classList.contains('transparent'), exp.bg);
  eq('full-view link', document.querySelector('.full-view a') !== null, exp.embed);
  const reader = !['charts', 'glossary', 'trade', 'half', 'timeline', 'key'].includes(exp.view);
  const tools = exp.view !== 'reader';
  eq('article shown', document.getElementById('article') !== null, reader);
  eq('tools shown', document.querySelector('aside.tools') !== null, tools);
  if (reader) {
    eq('mode', document.querySelector('#mode-switch input:checked')?.value, exp.mode);
    eq('ruby', document.querySelectorAll('#article ruby').length > 0, exp.mode === 'hanzi' || exp.mode === 'pinyin');
    eq('standard pills', document.querySelectorAll('#article .std:not(.yuan)').length > 0, exp.mode === 'standard');
    eq('highlighted sentence', document.querySelector('#article .sentence.hl')?.id ?? null, exp.s ? `s-${exp.s}` : null);
  }
  eq('card open', document.querySelector('#card') !== null, exp.term !== null);
  if (tools) eq('folded tools bar', document.querySelector('.tools-bar') !== null, exp.folded);
  if (tools && exp.folded) {
    eq('tabs', document.querySelectorAll('.tab').length, 0);
    eq('panel', document.querySelector('[role="tabpanel"]'), null);
  } else if (tools) {
    // A part shown alone has no tabs.
    if (exp.view === null) eq('selected tab', document.querySelector('.tab[aria-selected="true"]')?.id, `tab-${exp.panel}`);
    else eq('tabs', document.querySelectorAll('.tab').length, 0);
    eq('share tab', document.getElementById('tab-share') !== null, exp.view === null);
    if (exp.panel === 'glossary') eq('search text', document.getElementById('glossary-search')?.value, exp.q);
    if (exp.panel === 'charts') {
      // No currency switch where the currency changes nothing (the timeline, the key figures).
      const currency = !['timeline', 'key'].includes(exp.view);
      eq('currency', document.querySelector('#currency-switch input:checked')?.value, currency ? exp.cur : undefined);
      for (const c of ['trade', 'half', 'timeline', 'key']) {
        const only = ['trade', 'half', 'timeline', 'key'].includes(exp.view) ? exp.view : null;
        eq(`chart ${c} shown`, document.getElementById(`chart-${c}`) !== null, only === null || only === c);
      }
      for (const c of ['trade', 'half', 'timeline']) {
        const tip = document.querySelector(`#chart-${c} .chart-tip`);
        if (!tip) continue;
        const want = exp.chart === c && exp.pt !== null && exp.pt < exp.points[c];
        eq(`chart ${c} tooltip`, !tip.hidden, want);
      }
      if (document.getElementById('chart-key')) {
        const sel = [...document.querySelectorAll('#chart-key .key-tile')].findIndex((t) => t.classList.contains('selected'));
        eq('key tile selected', sel, exp.chart === 'key' && exp.pt !== null && exp.pt < document.querySelectorAll('#chart-key .key-tile').length ? exp.pt : -1);
      }
    }
  }
  const card = document.querySelector('#card');
  if (exp.term && card) eq(`card shows ${exp.termHanzi}`, card.innerText.includes(exp.termHanzi), true);
  eq('URL search written back', location.search, exp.printed.search);
  eq('URL hash written back', location.hash, exp.printed.hash);
  return out;
}

test('100 random and malformed URLs: each a fresh load, the valid parameters apply, no error', async () => {
  // The dataset the app ships, to resolve term forms and sentence ids as the README says.
  const dataset = await downloadDataset(env.browser, env.server.url);
  assert.ok(dataset.terms.length > 0 && dataset.article.sentences.length > 0);
  const data = {
    sentences: new Set(dataset.article.sentences.map((s) => s.id)),
    resolveTerm(v) {
      const t = v.trim();
      const hit = dataset.terms.find((x) => x.id === t || x.forms.includes(t) || x.standard === t
        || x.hanzi_simplified === t || x.hanzi_traditional === t);
      return hit?.id ?? null;
    },
  };
  const points = { trade: 3, half: 2, timeline: dataset.events.length };

  const rand = rng(20231108);
  const junk = ['-1', '99999999999999999999', 'NaN', '%E0%A4%A', '%', '%%', '<script>', '\u0000', '%F0%9F%99%82', 'p99s9', '1', 'true',
    '../../etc/passwd', 'a'.repeat(500), '#', '&&', '=', "'\"", 'javascript:alert(1)', 'KRW', ' dark', 'Hanzi', '+1', '2.5', ''];
  // Valid values per key, so that most URLs mix parameters that must apply with ones that must not.
  const valid = {
    lang: ['zh', 'en', 'ko'], mode: ['hanzi', 'pinyin', 'standard', 'plain'], term: ['粮头食尾', '량두식미', 'harbin', '糧頭食尾'],
    s: ['p09s2', 'p04s1'], panel: ['charts', 'people', 'share', 'glossary'], chart: ['trade', 'half', 'timeline', 'key'], pt: ['0', '1', '2', '5'],
    cur: ['usd', 'krw', 'cny'], theme: ['dark', 'light', 'auto'], q: ['haerbin', '粮头食尾', '하얼빈 %26 co', 'liang+tou'],
    embed: ['1', 'true', ''], view: ['reader', 'glossary', 'charts', 'half', 'timeline', 'key', 'trade'], bg: ['transparent'], childId: ['lj-1', 'x_2'],
  };
  const keys = [...Object.keys(valid), 'x', '', '%', '__proto__', 'debug-panic'];
  const values = [...junk, ...Object.values(valid).flat()];
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const part = () => {
    if (rand() < 0.1) return pick(values);
    if (rand() < 0.1) return `chart=${pick(valid.chart)}&pt=${pick(valid.pt)}`;
    const k = pick(keys);
    return `${k}=${valid[k] && rand() < 0.6 ? pick(valid[k]) : pick(values)}`;
  };
  const page = await newPage(env.browser, { width: 900, height: 700 });
  // What the app saw: location before the app rewrites it.
  await page.addInitScript(() => {
    window.__initialUrl = { search: location.search, hash: location.hash };
  });
  const failures = [];
  let current = '';
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') failures.push(`${current}\n  console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => failures.push(`${current}\n  pageerror: ${err.message}`));
  const applied = new Set();
  for (let i = 0; i < 100; i++) {
    const n = 1 + Math.floor(rand() * 6);
    const parts = Array.from({ length: n }, part);
    const query = rand() < 0.4 ? `?${parts.slice(0, 3).join('&')}` : '';
    const url = `${env.server.url}${query}#${parts.join('&')}`;
    current = `URL ${i}: ${url.slice(0, 300)}`;
    // A fresh document every time (a hash-only change would not restart the app).
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('main[data-ready="true"], #fatal-error', { timeout: 20000 });
    const seen = await page.evaluate(() => window.__initialUrl);
    const exp = expectedState(seen.search, seen.hash, data);
    for (const [k, v] of Object.entries(exp)) if (v !== null && v !== false && v !== '' && !(k === 'mode' && v === 'plain') && !(k === 'panel' && v === 'glossary') && !(k === 'cur' && v === 'cny') && !(k === 'theme' && v === 'auto')) applied.add(k);
    const termHanzi = exp.term ? dataset.terms.find((t) => t.id === exp.term).hanzi_simplified ?? exp.term : null;
    const mismatches = await until(page, pageMismatches, { ...exp, points, termHanzi, printed: printed(exp) });
    if (mismatches.length) failures.push(`${current}\n  saw ${JSON.stringify(seen)}\n  ${mismatches.join('\n  ')}`);
    // Errors that arrive after the checks (until the next load) are kept, with their URL.
    await frames(page, 5);
  }
  await page.close();
  assert.equal(failures.length, 0, `${failures.length} of 100 URLs failed:\n${failures.join('\n')}`);
  // The sample really exercised the parameters (a change of seed or lists must keep it so).
  for (const k of ['lang', 'mode', 'term', 's', 'panel', 'chart', 'pt', 'cur', 'theme', 'q', 'embed', 'view', 'bg']) {
    assert.ok(applied.has(k), `no URL in the sample sets ${k}`);
  }
});
