// Keep what you learn, share what you cite (issue #23): the save star on a card and a glossary
// row, "My words" kept in the browser across a reload and a release, told when the storage
// refuses or holds something damaged; the Anki deck imported by Anki's own library (the PyPI
// `anki` package setup.sh installs) and the Pleco file; "copy with citation" and the share sheet
// for a sentence and a chart point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { downloadDataset, frames, newPage, openApp, repoRoot, setup } from './lib.mjs';

const env = setup();
let data;
const dataset = async () => (data ??= await downloadDataset(env.browser, env.server.url));
const KEY = 'longjiang.words';
const ANKI_PYTHON = process.env.ANKI_PYTHON || path.join(repoRoot, 'tests/anki/.venv/bin/python');

/** The stored list, as lines after the header. */
async function stored(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return raw === null ? null : raw.split('\n').filter(Boolean);
}

/** Opens the card of the `n`th term mark and returns its term id and the form tapped. */
async function openTerm(page, n) {
  const mark = page.locator('#article .mark.term').nth(n);
  await mark.scrollIntoViewIfNeeded();
  const form = (await mark.evaluate((m) => {
    const c = m.cloneNode(true);
    c.querySelectorAll('rt, rp, .std, .print-only').forEach((e) => e.remove());
    return c.textContent;
  })).trim();
  await mark.click();
  await page.waitForSelector('#card.placed');
  const id = await page.getAttribute('#card .save-star', 'data-save');
  return { id, form };
}

async function showWords(page) {
  await page.click('#tab-words');
  await page.waitForSelector('.words-panel');
}

const rowIds = (page) => page.$$eval('.words-list .word-row', (rs) => rs.map((r) => r.dataset.word));

test('360 px touch: a star on a card and on a glossary row saves the word; My words keeps it across a reload, with learning and known', async () => {
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await openApp(page, env.server.url);
  const a = await openTerm(page, 4);
  const star = page.locator('#card .save-star');
  assert.equal(await star.getAttribute('aria-pressed'), 'false');
  await star.tap();
  assert.equal(await star.getAttribute('aria-pressed'), 'true');
  assert.equal(await star.innerText(), '저장됨');
  await page.click('#card .card-close');
  // A glossary row's star saves its entry without choosing the row.
  await page.click('#tab-glossary');
  const row = page.locator('.gi-row').nth(10);
  const b = await row.locator('.glossary-item').getAttribute('data-term');
  await row.locator('.save-star').tap();
  assert.equal(await row.locator('.save-star').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.glossary-item.active').count(), 0, 'the row was not chosen');
  const lines = await stored(page);
  assert.deepEqual(lines.slice(0, 1), ['longjiang-words 1']);
  assert.deepEqual(lines.slice(1).map((l) => l.split('\t').slice(0, 3)), [[a.id, a.form, 'learning'], [b, (await dataset()).terms.find((t) => t.id === b).forms[0], 'learning']]);

  await page.reload();
  await page.waitForSelector('main[data-ready="true"]');
  await showWords(page);
  assert.deepEqual(await rowIds(page), [b, a.id], 'newest first, both kept');
  assert.match(await page.locator(`.word-row[data-word="${a.id}"] .word-open`).innerText(), new RegExp(a.form));
  // Known: the filter counts follow, and the state is stored.
  await page.locator(`.word-row[data-word="${a.id}"] .word-known input`).check();
  assert.match((await stored(page)).find((l) => l.startsWith(`${a.id}\t`)), /\tknown\t/);
  await page.click('.words-filter .btn:nth-child(3)');
  assert.deepEqual(await rowIds(page), [a.id]);
  await page.click('.words-filter .btn:nth-child(2)');
  assert.deepEqual(await rowIds(page), [b]);
  await page.click('.words-filter .btn:nth-child(1)');
  // Its row opens its card on the occurrence saved.
  await page.locator(`.word-row[data-word="${a.id}"] .word-open`).tap();
  await page.waitForSelector('#card.placed');
  assert.equal(await page.getAttribute('#card .save-star', 'data-save'), a.id);
  assert.equal(await page.getAttribute('#card .save-star', 'aria-pressed'), 'true');
  await page.click('#card .card-close');
  await page.locator(`.word-row[data-word="${b}"] .word-remove`).tap();
  assert.deepEqual(await rowIds(page), [a.id]);
  assert.equal((await stored(page)).length, 2);
  await page.screenshot({ path: path.join(repoRoot, 'screenshots', 'words-phone.png') });
  assert.deepEqual(page.problems, []);
});

test('a list from another release: extra fields and unknown words kept, damaged lines reported and skipped, nothing blank', async () => {
  const ds = await dataset();
  const [t0, t1] = ds.terms;
  const list = [
    'longjiang-words 2',
    `${t0.id}\t${t0.forms[0]}\tknown\t1700000000000\tfrom\tthe-future`,
    'this line is damaged',
    `retired_term\t옛말\tlearning\t1`,
    `${t1.id}\t${t1.forms[0]}\tlearning\t1700000000001`,
  ].join('\n') + '\n';
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await page.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [KEY, list]);
  await openApp(page, `${env.server.url}#panel=words`);
  await page.waitForSelector('.words-panel');
  assert.deepEqual(await rowIds(page), [t1.id, t0.id]);
  const notices = await page.locator('.words-notice').allInnerTexts();
  assert.equal(notices.length, 3, notices.join(' | '));
  assert.match(notices.join(' '), /newer release/);
  assert.match(notices.join(' '), /Skipped 1 damaged line/);
  assert.match(notices.join(' '), /1 saved word\(s\) are not in this release's glossary/);
  // A change writes back what this release did not understand, unchanged.
  await page.locator(`.word-row[data-word="${t1.id}"] .word-known input`).check();
  const lines = await stored(page);
  assert.ok(lines.includes(`${t0.id}\t${t0.forms[0]}\tknown\t1700000000000\tfrom\tthe-future`), lines.join('\n'));
  assert.ok(lines.includes('retired_term\t옛말\tlearning\t1'));
  assert.ok(!lines.includes('this line is damaged'));
  assert.deepEqual(page.problems, []);
});

test('a stored value that is no list is set aside, not overwritten, and said', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await page.addInitScript((k) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, '{"words":["x"]}'); sessionStorage.setItem('seeded', '1'); } }, KEY);
  await openApp(page, `${env.server.url}#panel=words`);
  assert.match(await page.locator('.words-notice').innerText(), /could not be read; it is set aside/);
  assert.equal(await page.evaluate(() => localStorage.getItem('longjiang.words.unreadable')), '{"words":["x"]}');
  assert.match(await page.locator('.words-empty').innerText(), /No saved words yet/);
  assert.deepEqual(page.problems, []);
});

test('storage that throws: blocked or full, the reader is told and the word stays on the page', async () => {
  for (const [how, script, expect] of [
    ['blocked', () => { Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } }); }, /cannot keep words/],
    ['full', () => { Storage.prototype.setItem = function () { throw new DOMException('exceeded', 'QuotaExceededError'); }; }, /storage is full/],
  ]) {
    const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
    await page.addInitScript(script);
    await openApp(page, env.server.url);
    const { id } = await openTerm(page, 2);
    await page.click('#card .save-star');
    assert.equal(await page.getAttribute('#card .save-star', 'aria-pressed'), 'true', how);
    await page.click('#card .card-close');
    await showWords(page);
    assert.deepEqual(await rowIds(page), [id], `${how}: the word is listed`);
    assert.match(await page.locator('.words-notice').innerText(), expect, how);
    assert.deepEqual(page.problems, [], how);
    await page.close();
  }
});

/** Downloads the file a button offers and returns its text. */
async function downloadText(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

test('the Anki deck of saved words imports into a fresh Anki collection as cloze notes, one form each, linked to the sentence', async () => {
  const ds = await dataset();
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await openApp(page, env.server.url);
  // Three words: two tapped in the text, and a guessed one from the glossary.
  const saved = [await openTerm(page, 1)];
  await page.click('#card .save-star');
  await page.click('#card .card-close');
  saved.push(await openTerm(page, 7));
  await page.click('#card .save-star');
  await page.click('#card .card-close');
  const guessed = ds.terms.find((t) => (t.confidence === 'low' || t.confidence === 'uncertain') && t.occurrences.length);
  assert.ok(guessed, 'the glossary has a guessed term');
  await page.fill('#glossary-search', guessed.forms[0]);
  await page.locator(`.gi-row:has([data-term="${guessed.id}"]) .save-star`).click();
  await showWords(page);
  const deck = await downloadText(page, '.words-export [data-export="anki"]');
  assert.equal(deck.name, 'longjiang-anki-en.txt');
  assert.ok(!deck.text.includes('(?)'));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'anki-')), deck.name);
  fs.writeFileSync(file, deck.text);
  const forms = saved.map((s) => s.form);
  const out = execFileSync(ANKI_PYTHON, [path.join(repoRoot, 'tests/anki/check_import.py'), file, '--notes', '3', ...forms.flatMap((f) => ['--form', f])], { encoding: 'utf8' });
  const result = JSON.parse(out.trim().split('\n').pop());
  assert.equal(result.notes, 3);
  for (const item of result.items) {
    const link = item['Back Extra'].match(/href="([^"]+)"/);
    assert.ok(link, 'a link back to the sentence');
    assert.ok(link[1].startsWith(env.server.url), link[1]);
    assert.match(link[1], /#.*s=p\d+s\d+/);
  }
  // The guessed word says so in its own line, not glued to the hanzi.
  const g = result.items.find((i) => i.Text.includes(`{{c1::${guessed.forms[0]}}}`));
  assert.ok(g, 'the guessed word is in the deck, its cloze without a hint (its hanzi are a guess)');
  assert.match(g['Back Extra'], /hanzi and pinyin are a guess|hanzi not known/);
  assert.ok(result.items.filter((i) => i !== g).every((i) => !/are a guess|not known/.test(i['Back Extra'])));
  // The whole glossary and the current search are offered too.
  await page.selectOption('.words-which', 'all');
  const all = await downloadText(page, '.words-export [data-export="anki"]');
  const notes = all.text.split('\n').filter((l) => l && !l.startsWith('#'));
  // Every term that occurs, and every learner word (issue #22's layer).
  assert.equal(notes.length, ds.terms.filter((t) => t.occurrences.length).length + ds.learner.length);
  await page.selectOption('.words-which', 'search');
  const found = await downloadText(page, '.words-export [data-export="anki"]');
  assert.ok(found.text.split('\n').filter((l) => l && !l.startsWith('#')).length >= 1);
  assert.deepEqual(page.problems, []);
});

test('the Pleco file: hanzi, pinyin and definition per line, only hanzi that are not a guess', async () => {
  const ds = await dataset();
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'zh-CN' });
  await openApp(page, `${env.server.url}#panel=words`);
  await page.selectOption('.words-which', 'all');
  const pleco = await downloadText(page, '.words-export [data-export="pleco"]');
  assert.equal(pleco.name, 'longjiang-pleco-zh.txt');
  const lines = pleco.text.split('\n').filter((l) => l && !l.startsWith('//'));
  const sure = ds.terms.filter((t) => t.hanzi_simplified && t.pinyin && !['low', 'uncertain'].includes(t.confidence));
  assert.equal(lines.length, sure.length + ds.learner.length);
  for (const l of lines) {
    const f = l.split('\t');
    assert.equal(f.length, 3, l);
    assert.match(f[0], /^[\p{Script=Han}\p{P}·]+(\[[\p{Script=Han}\p{P}·]+\])?$/u, l);
    assert.ok(f[1] && f[2], l);
  }
  assert.ok(!pleco.text.includes('(?)'));
  assert.deepEqual(page.problems, []);
});

test('copy with citation: a card\'s sentence and a chart point carry the source, the date and a link back, in each language; a refused clipboard shows the text', async () => {
  const ds = await dataset();
  const cites = {
    ko: '흑룡강일보 조선문판, 2023-08-11, 편역 진종호',
    zh: '《黑龙江日报》朝鲜文版，2023-08-11，编译：진종호',
    en: 'Heilongjiang Daily, Korean edition, 2023-08-11, compiled and translated by Jin Jong-ho (진종호)',
  };
  for (const lang of ['ko', 'zh', 'en']) {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    await openApp(page, `${env.server.url}#lang=${lang}`);
    const mark = page.locator('#article .mark.term').nth(6);
    await mark.scrollIntoViewIfNeeded();
    const sid = await mark.evaluate((m) => m.closest('[id^="s-"]').id.slice(2));
    await mark.click();
    await page.waitForSelector('#card.placed');
    await page.click('#card [data-cite="copy"]');
    await page.waitForSelector('#card .cite-status:not(:empty)');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const s = ds.article.sentences.find((x) => x.id === sid);
    assert.ok(text.startsWith(`“${s.text}”`), text);
    assert.ok(text.includes(cites[lang]), `${lang}: ${text}`);
    if (lang !== 'ko') assert.ok(text.includes(s[lang]), `${lang}: the translation`);
    const link = text.split('\n').pop();
    assert.ok(link.startsWith(env.server.url) && link.includes(`s=${sid}`), link);
    await page.keyboard.press('Escape');
    // A chart point: its label and value lead.
    await page.click('#tab-charts');
    const frame = page.locator('#chart-trade .chart-frame');
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await page.click('#chart-trade [data-cite="copy"]');
    await page.waitForSelector('#chart-trade .cite-status:not(:empty)');
    const point = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(point.includes(cites[lang]), point);
    assert.match(point.split('\n')[0], /:/);
    assert.match(point.split('\n').pop(), /#.*s=p\d+s\d+/);
    // The link lands on the sentence.
    const landed = await newPage(env.browser, { width: 1280, height: 900 });
    await openApp(landed, link);
    await frames(landed, 3);
    await landed.waitForSelector(`#s-${sid}.hl`);
    assert.deepEqual(page.problems, [], lang);
    await landed.close();
    await page.close();
  }
  // The clipboard refuses: "not copied", and the text is in a field, selected.
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await openApp(page, env.server.url);
  await openTerm(page, 6);
  await page.click('#card [data-cite="copy"]');
  await page.waitForSelector('#cite-field-card');
  assert.match(await page.locator('#card .cite-status').innerText(), /refused/);
  const field = await page.locator('#cite-field-card').evaluate((t) => ({ value: t.value, selected: t.selectionEnd - t.selectionStart, focused: document.activeElement === t }));
  assert.ok(field.value.includes(cites.en));
  assert.equal(field.selected, field.value.length);
  assert.ok(field.focused);
  assert.deepEqual(page.problems, []);
});

test('share: where the browser has a share sheet, the sentence goes to it with its citation', async () => {
  const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true, locale: 'ko-KR' });
  await page.addInitScript(() => {
    window.__shared = [];
    Object.defineProperty(navigator, 'share', { value: (d) => { window.__shared.push(d); return Promise.resolve(); } });
  });
  await openApp(page, env.server.url);
  await openTerm(page, 3);
  await page.locator('#card [data-cite="share"]').tap();
  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.length, 1);
  assert.ok(shared[0].text.includes('흑룡강일보 조선문판, 2023-08-11, 편역 진종호'));
  assert.ok(shared[0].title);
  assert.deepEqual(page.problems, []);
});

test('without a share sheet there is no share button', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, env.server.url);
  await openTerm(page, 3);
  const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
  assert.equal(await page.locator('#card [data-cite="share"]').count(), hasShare ? 1 : 0);
});
