// The glossary's filter, orders, selection download and counts (issue #20), on a desktop and on a
// 360 px touch phone: a category filter narrows the list, the search and the count; Korean order
// files ㈜ firms under their name and puts %, ㎡ after every Hangul entry; pinyin order goes
// syllable by syllable, then tone; the CSV after a search or filter holds exactly the rows shown;
// the people panel and the glossary give 흑룡강성상무청 the same count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { downloadDataset, glossaryReady, newPage, openApp, repoRoot, setup, shotPath } from './lib.mjs';

const env = setup();
let data;
const dataset = async () => (data ??= await downloadDataset(env.browser, env.server.url));

const PROFILES = [
  ['1280', { width: 1280, height: 900 }],
  ['360 touch', { width: 360, height: 740, hasTouch: true }],
];

const HEADER = 'korean,standard_korean,hanzi_simplified,hanzi_traditional,pinyin,sino_korean,category,gloss_en,gloss_zh,occurrences,sino_korean_sk,gloss_ko,confidence,note_ko,note_zh,note_en,hanja';

/** The glossary entries shown, in order (learner words aside). */
const entries = (page) => page.$$eval('.glossary-item[data-term]', (els) => els.map((e) => ({
  id: e.dataset.term,
  form: e.querySelector('.gi-form').textContent,
  pinyin: e.querySelector('.gi-pinyin')?.textContent ?? null,
  count: Number(e.querySelector('.gi-count').textContent),
})));

/** The number the result count says. */
const resultCount = async (page) => Number((await page.locator('.result-count').innerText()).match(/\d+/)[0]);

/** The count in a label such as "장소 (7)". */
const bracketed = (text) => Number(text.match(/\((\d+)\)\s*$/)[1]);

/** RFC 4180 records (quotes, doubled quotes, CRLF). */
function records(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { /* CRLF */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function downloadCsv(page) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download-glossary-csv')]);
  const text = fs.readFileSync(await d.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'BOM');
  return { name: d.suggestedFilename(), rows: records(text.slice(1)) };
}

// ── The orders, computed here from the rule (README "Using it", core::search::sort_key_*) ─────

/** Korean order: a leading company mark is ignored; a form not starting with Hangul goes last. */
function koreanKey(form) {
  const mark = ['㈜', '(주)', '㈔', '(사)', '(유)'].find((m) => form.startsWith(m));
  const name = (mark ? form.slice(mark.length) : form).trimStart();
  return [/^[\uAC00-\uD7A3]/.test(name) ? 0 : 1, name];
}
const cmpKorean = (a, b) => koreanKey(a)[0] - koreanKey(b)[0] || (koreanKey(a)[1] < koreanKey(b)[1] ? -1 : koreanKey(a)[1] > koreanKey(b)[1] ? 1 : 0);

// Pinyin: split into syllables against the same table of valid syllables the app uses.
const SYLLABLES = new Set(fs.readFileSync(path.join(repoRoot, 'src/core/dataset/pinyin.rs'), 'utf8')
  .match(/const SYLLABLES: &str = "([^"]+)"/)[1].split(' '));
const TONED = ['āēīōūǖ', 'áéíóúǘ', 'ǎěǐǒǔǚ', 'àèìòùǜ'];
const BASE = {};
for (const marks of TONED) [...marks].forEach((c, i) => { BASE[c] = 'aeiouv'[i]; });
BASE['ü'] = 'v';
const toneless = (s) => [...s.toLowerCase()].map((c) => BASE[c] ?? c).join('');
const tone = (s) => {
  const t = TONED.findIndex((marks) => [...s.toLowerCase()].some((c) => marks.includes(c)));
  return t < 0 ? 5 : t + 1; // the neutral tone after the fourth
};
function cut(chars, wordStart) {
  if (!chars.length) return [];
  if (!wordStart && 'aoe'.includes(chars[0])) return null;
  for (let len = Math.min(6, chars.length); len > 0; len--) {
    if (SYLLABLES.has(chars.slice(0, len).join(''))) {
      const rest = cut(chars.slice(len), false);
      if (rest) return [len, ...rest];
    }
  }
  return null;
}
function pinyinKey(p) {
  const out = [];
  for (const word of p.split(/[ \-'’]/).filter(Boolean)) {
    const chars = [...word];
    const lens = cut([...toneless(word)], true);
    assert.ok(lens, `"${word}" (of "${p}") is not pinyin`);
    let at = 0;
    for (const len of lens) {
      const syl = chars.slice(at, at + len).join('');
      out.push([toneless(syl), tone(syl)]);
      at += len;
    }
  }
  return out;
}
function cmpPinyin(a, b) {
  const [x, y] = [pinyinKey(a), pinyinKey(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i][0] !== y[i][0]) return x[i][0] < y[i][0] ? -1 : 1;
    if (x[i][1] !== y[i][1]) return x[i][1] - y[i][1];
  }
  return x.length - y.length;
}

for (const [name, profile] of PROFILES) {
  test(`${name}: the category filter shows only that category, and the count and the option say how many`, async () => {
    const d = await dataset();
    const page = await newPage(env.browser, profile);
    await openApp(page, env.server.url);
    await page.click('#tab-glossary');
    await page.locator('.glossary-item[data-term]').first().waitFor();
    await glossaryReady(page);
    const all = await entries(page);
    assert.equal(all.length, d.terms.length);
    assert.equal(bracketed(await page.locator('#glossary-filter option[value="all"]').innerText()), d.terms.length, '전체 (103)');
    for (const [key, variant] of [['place', 'place'], ['organisation', 'organisation'], ['unit', 'unit']]) {
      const want = d.terms.filter((t) => t.category === variant).map((t) => t.id).sort();
      await page.selectOption('#glossary-filter', key);
      await page.waitForFunction((n) => document.querySelectorAll('.glossary-item[data-term]').length === n, want.length);
      assert.deepEqual((await entries(page)).map((e) => e.id).sort(), want, key);
      assert.equal(await resultCount(page), want.length, `${key}: the result count`);
      assert.equal(bracketed(await page.locator(`#glossary-filter option[value="${key}"]`).innerText()), want.length, `${key}: the option's count`);
      assert.equal(await page.locator('.glossary-group').count(), 1, `${key}: one category group`);
      // With another order the filter holds.
      await page.selectOption('.sort select', 'frequency');
      assert.deepEqual((await entries(page)).map((e) => e.id).sort(), want, `${key} by frequency`);
      await page.selectOption('.sort select', 'category');
    }
    await page.screenshot({ path: shotPath(`glossary-filter-${name.replace(' ', '-')}`) });
    if (!profile.hasTouch) {
      // By keyboard: Tab from the search box reaches the filter, an arrow key picks a category.
      await page.selectOption('#glossary-filter', 'all');
      await page.focus('#glossary-search');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'glossary-filter');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => document.querySelector('#glossary-filter').value === 'place');
      const places = d.terms.filter((t) => t.category === 'place').length;
      await page.waitForFunction((n) => document.querySelectorAll('.glossary-item[data-term]').length === n, places);
      assert.equal(await resultCount(page), places);
    }
    // Combined with a search: only that category's results, and the options count the results.
    await page.selectOption('#glossary-filter', 'all');
    await page.fill('#glossary-search', '흑룡강');
    await page.locator('.glossary-list.results').waitFor();
    const found = await entries(page);
    const orgs = found.filter((e) => d.terms.find((t) => t.id === e.id).category === 'organisation');
    assert.ok(orgs.length > 0 && orgs.length < found.length, `흑룡강 finds ${found.length}, ${orgs.length} organisations`);
    assert.equal(bracketed(await page.locator('#glossary-filter option[value="organisation"]').innerText()), orgs.length);
    await page.selectOption('#glossary-filter', 'organisation');
    await page.waitForFunction((n) => document.querySelectorAll('.glossary-item[data-term]').length === n, orgs.length);
    assert.deepEqual((await entries(page)).map((e) => e.id), orgs.map((e) => e.id), 'the results in their order, filtered');
    assert.equal(await resultCount(page), orgs.length);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`${name}: Korean order files ㈜ firms under their name and puts %, ㎡ after every Hangul entry`, async () => {
    const page = await newPage(env.browser, profile);
    await openApp(page, env.server.url);
    await page.click('#tab-glossary');
    await page.locator('.glossary-item[data-term]').first().waitFor();
    await glossaryReady(page);
    await page.selectOption('.sort select', 'korean');
    const forms = (await entries(page)).map((e) => e.form);
    assert.match(forms[0], /^[\uAC00-\uD7A3]/, `first: ${forms[0]}`);
    const lastHangul = forms.findLastIndex((f) => koreanKey(f)[0] === 0);
    for (const symbol of ['%', '㎡']) {
      assert.ok(forms.indexOf(symbol) > lastHangul, `${symbol} at ${forms.indexOf(symbol)}, the last Hangul entry at ${lastHangul}`);
    }
    for (const firm of ['㈜한국아림사이언스', '(주)트윈나노']) {
      const i = forms.indexOf(firm);
      assert.ok(i > 0 && i < lastHangul, `${firm} at ${i}: not first, not among the symbols`);
    }
    for (let i = 1; i < forms.length; i++) {
      assert.ok(cmpKorean(forms[i - 1], forms[i]) <= 0, `Korean order: ${forms[i - 1]} before ${forms[i]}`);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`${name}: pinyin order goes syllable by syllable, then tone (bin-xi, bin-xian, bing-xue)`, async () => {
    const page = await newPage(env.browser, profile);
    await openApp(page, env.server.url);
    await page.click('#tab-glossary');
    await page.locator('.glossary-item[data-term]').first().waitFor();
    await glossaryReady(page);
    await page.selectOption('.sort select', 'pinyin');
    const list = await entries(page);
    const firstWithout = list.findIndex((e) => e.pinyin === null);
    if (firstWithout >= 0) assert.ok(list.slice(firstWithout).every((e) => e.pinyin === null), 'entries without pinyin go last');
    const pinyin = list.filter((e) => e.pinyin !== null).map((e) => e.pinyin);
    assert.ok(pinyin.length > 80);
    for (let i = 1; i < pinyin.length; i++) {
      assert.ok(cmpPinyin(pinyin[i - 1], pinyin[i]) <= 0, `pinyin order: ${pinyin[i - 1]} before ${pinyin[i]}`);
    }
    const at = (p) => pinyin.indexOf(p);
    assert.ok(at('Bīnxī') >= 0 && at('Bīnxī') < at('Bīn Xiàn'), 'bin-xi before bin-xian');
    assert.ok(at('Bīn Xiàn') < at('bīngxuě jīngjì'), 'bin-xian before bing-xue (the squashed "bingxue" < "binxian" no longer wins)');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`${name}: the CSV after a search or a filter holds the header and exactly the rows shown`, async () => {
    const page = await newPage(env.browser, profile);
    await openApp(page, env.server.url);
    await page.click('#tab-glossary');
    await page.locator('.glossary-item[data-term]').first().waitFor();
    await glossaryReady(page);
    // No search, no filter: the build's file, every entry.
    assert.equal(await page.locator('#download-glossary-csv').evaluate((e) => e.tagName), 'A');
    await page.fill('#glossary-search', '흑룡강');
    await page.locator('.glossary-list.results').waitFor();
    const found = await entries(page);
    assert.ok(found.length > 1 && found.length < 103, `${found.length} found`);
    const label = await page.locator('#download-glossary-csv').innerText();
    assert.match(label, /^검색 결과 CSV 내려받기 \(\d+\)$/);
    assert.equal(bracketed(label), found.length, 'the button says how many rows');
    const csv = await downloadCsv(page);
    assert.equal(csv.name, 'longjiang-glossary-selection.csv');
    assert.equal(csv.rows[0].join(','), HEADER);
    assert.equal(csv.rows.length - 1, found.length, 'one row per entry found');
    csv.rows.slice(1).forEach((r, i) => {
      assert.equal(r.length, 17, r.join(','));
      assert.ok(r[0].split('; ').includes(found[i].form), `row ${i + 1}: ${r[0]} for ${found[i].form}`);
    });
    // A filter alone: that category's rows.
    await page.fill('#glossary-search', '');
    await page.selectOption('#glossary-filter', 'unit');
    await page.waitForFunction(() => document.querySelector('.glossary-item[data-term="unit_percent"]') && !document.querySelector('.glossary-list.results'));
    const units = await entries(page);
    assert.equal(bracketed(await page.locator('#download-glossary-csv').innerText()), units.length);
    const byFilter = await downloadCsv(page);
    assert.equal(byFilter.rows.length - 1, units.length);
    assert.ok(byFilter.rows.slice(1).every((r) => r[6] === 'unit'), 'only units');
    // Back to everything: the build's file again.
    await page.selectOption('#glossary-filter', 'all');
    await page.waitForFunction(() => document.querySelector('#download-glossary-csv')?.tagName === 'A');
    assert.match(await page.getAttribute('#download-glossary-csv', 'href'), /longjiang-glossary\.csv$/);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test(`${name}: the people panel and the glossary give 흑룡강성상무청 the same count, in the same words`, async () => {
    const page = await newPage(env.browser, profile);
    await openApp(page, env.server.url);
    await page.click('#tab-glossary');
    await page.locator('.glossary-item[data-term]').first().waitFor();
    await glossaryReady(page);
    const badge = page.locator('.glossary-item[data-term="hlj_commerce"] .gi-count');
    // (Its text, not innerText: a row out of sight is not laid out, content-visibility: auto.)
    const inGlossary = Number(await badge.textContent());
    assert.equal(inGlossary, 5, 'named five times in the text');
    assert.equal(await badge.getAttribute('aria-label'), `본문 출현 ${inGlossary}회`);
    await page.click('#tab-people');
    await page.locator('.people-panel').waitFor();
    const org = page.locator('li.org').filter({ has: page.locator('h4 > span[lang="ko"]', { hasText: /^흑룡강성상무청$/ }) });
    assert.equal(await org.count(), 1);
    const summary = await org.locator('summary').innerText();
    const m = summary.match(/본문 출현 (\d+)회(?: \((\d+)개 문장\))?/);
    assert.ok(m, summary);
    assert.equal(Number(m[1]), inGlossary, `people panel "${summary}" vs glossary ${inGlossary}`);
    // The links are the sentences: fewer, since one sentence names it twice.
    const links = await org.locator('.mention-list li').count();
    assert.equal(Number(m[2]), links, summary);
    assert.ok(links < inGlossary);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

// On a phone the reader's switches stay at the top of the screen (sticky): an entry's word in the
// article, scrolled to when the entry opens its card, lands below them, and its card is not over
// them (found on a phone tour: 할빈 under the switches, its card over them).
test('360 touch: a glossary entry brings its word below the reader\'s switches, and its card leaves them alone', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await openApp(page, env.server.url);
  await page.click('#tab-glossary');
  await glossaryReady(page);
  for (const query of ['할빈', '흑룡강일보', '농두공미']) {
    await page.fill('#glossary-search', query);
    const entry = page.locator('.glossary-list.results button.glossary-item[data-term]').first();
    await entry.waitFor();
    await entry.tap();
    await page.locator('#card.placed').waitFor();
    // Settled: smooth scrolling moves the word, and the card follows it.
    let last = '';
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(100);
      const now = await page.evaluate(() => `${scrollY} ${document.getElementById('card')?.getBoundingClientRect().top}`);
      if (now === last) break;
      last = now;
    }
    const at = await page.evaluate(() => {
      const box = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
      const mark = document.querySelector('#article .mark[aria-expanded="true"]');
      return { bar: box(document.getElementById('reader-controls')), card: box(document.getElementById('card')), mark: mark && box(mark) };
    });
    const where = `${query}: switches ${Math.round(at.bar.top)}–${Math.round(at.bar.bottom)}, card ${Math.round(at.card.top)}–${Math.round(at.card.bottom)}, word ${at.mark && `${Math.round(at.mark.top)}–${Math.round(at.mark.bottom)}`}`;
    assert.ok(at.mark, `${query}: no mark of the open card`);
    assert.ok(at.mark.top >= at.bar.bottom - 1 && at.mark.bottom <= 740, `${where}: the word is on screen, below the switches`);
    assert.ok(at.card.top >= at.bar.bottom - 1 || at.card.bottom <= at.bar.top + 1, `${where}: the card is not over the switches`);
    assert.ok(at.card.top >= at.mark.bottom - 1 || at.card.bottom <= at.mark.top + 1, `${where}: the card is not over its word`);
    await page.keyboard.press('Escape');
    await page.click('#tab-glossary').catch(() => {});
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});
