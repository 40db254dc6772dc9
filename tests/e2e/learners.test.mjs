// What a learner needs from the article (issues #22 and #20): this edition's translation of every
// sentence, as a parallel view (the switch, the `t` key, `#tr=`) and per sentence on demand in
// the card of a tapped word; and "hear it" saying the form that was tapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadDataset, newPage, openApp, setup, stateUrl } from './lib.mjs';

const env = setup();
let data;
const dataset = async () => (data ??= await downloadDataset(env.browser, env.server.url));

/** Each paragraph's translation in `lang`, as the dataset has it (sentences joined). */
function expectedTranslations(ds, lang) {
  return ds.article.paragraphs.map((p) =>
    ds.article.sentences.slice(p.first, p.first + p.len).map((s) => s[lang]).join(lang === 'zh' ? '' : ' '));
}

/** The translation blocks under the paragraphs, in order, with the paragraph each follows. */
function shownTranslations(page) {
  return page.$$eval('#article .article-body > .translation', (els) => els.map((e) => ({
    after: e.previousElementSibling && e.previousElementSibling.id,
    lang: e.lang,
    text: e.textContent,
  })));
}

test('1280 px: the translation switch puts this edition\'s English, then Chinese, under every paragraph, and says whose it is', async () => {
  const ds = await dataset();
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, env.server.url);
  assert.equal(await page.locator('#article .translation').count(), 0, 'the article alone by default');
  await page.click('#translation-switch label:has(input[value="en"])');
  const en = await shownTranslations(page);
  const ids = ds.article.paragraphs.map((p) => p.id);
  assert.deepEqual(en.map((t) => t.after), ids, 'one translation after each paragraph and heading');
  assert.deepEqual(en.map((t) => t.text), expectedTranslations(ds, 'en'));
  assert.ok(en.every((t) => t.lang === 'en'));
  // Marked as this edition's translation, not the source, in the interface language.
  assert.equal(await page.locator('.translation-note').innerText(), ds.article.translation_note_ko);
  assert.match(new URL(await stateUrl(page)).hash, /tr=en/);
  await page.click('#translation-switch label:has(input[value="zh"])');
  const zh = await shownTranslations(page);
  assert.deepEqual(zh.map((t) => t.text), expectedTranslations(ds, 'zh'));
  assert.ok(zh.every((t) => t.lang === 'zh-Hans'));
  // The original text is untouched.
  const original = await page.$$eval('#article .article-body > :is(p, h2):not(.translation)', (els) => els.map((e) => e.id));
  assert.deepEqual(original, ids);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the t key: the reader\'s language first, then the other, then none; #tr= opens with it', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, `${env.server.url}#lang=zh`);
  const lang = () => page.$eval('#article', (a) => a.querySelector('.translation')?.lang ?? null);
  await page.keyboard.press('t');
  assert.equal(await lang(), 'zh-Hans');
  await page.keyboard.press('t');
  assert.equal(await lang(), 'en');
  await page.keyboard.press('t');
  assert.equal(await lang(), null);
  await page.goto('about:blank');
  await openApp(page, `${env.server.url}#tr=en`);
  assert.equal(await lang(), 'en');
  assert.equal(await page.locator('#translation-switch input[value="en"]').isChecked(), true);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('390 px, Chinese interface: a tapped word\'s card gives its sentence in Chinese; the Korean interface does not', async () => {
  const ds = await dataset();
  const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true, locale: 'zh-CN' });
  await openApp(page, `${env.server.url}#lang=zh`);
  const mark = page.locator('#article .mark.term[data-term="harbin"]').first();
  await mark.scrollIntoViewIfNeeded();
  const sentenceId = await mark.evaluate((m) => m.closest('.sentence').id.replace(/^s-/, ''));
  await mark.tap();
  const row = page.locator('#card .card-translation');
  await row.waitFor();
  const s = ds.article.sentences.find((x) => x.id === sentenceId);
  assert.equal(await row.locator('[lang="zh-Hans"]').innerText(), s.zh);
  assert.match(await row.innerText(), /^句子译文/);
  // A figure's card too.
  await page.keyboard.press('Escape');
  const fig = page.locator('#article .mark.fig').first();
  await fig.scrollIntoViewIfNeeded();
  await fig.tap();
  await page.locator('#card .card-translation').waitFor();
  // In Korean the reader reads the original: no translation row.
  await page.goto('about:blank');
  await openApp(page, `${env.server.url}#lang=ko`);
  await page.locator('#article .mark.term[data-term="harbin"]').first().tap();
  await page.locator('#card').waitFor();
  assert.equal(await page.locator('#card .card-translation').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('"hear it" says the form that was tapped, and its icon is drawn, not a font glyph', async () => {
  const ds = await dataset();
  // A term whose tapped form is not its first one (시찰단 of 실사활동, issue #20).
  const term = ds.terms.find((t) => t.forms.length > 1 && t.forms.includes('시찰단')) ?? ds.terms.find((t) => t.forms.length > 1);
  const form = term.forms.find((f) => f !== term.forms[0]);
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  // A Korean voice, and a synthesiser that records what it is asked to say.
  await page.addInitScript(() => {
    window.__spoken = [];
    const voice = Object.create(SpeechSynthesisVoice.prototype, { lang: { value: 'ko-KR' } });
    speechSynthesis.getVoices = () => [voice];
    speechSynthesis.speak = (u) => window.__spoken.push(`${u.lang}:${u.text}`);
  });
  await openApp(page, env.server.url);
  const mark = page.locator(`#article .mark.term[data-term="${term.id}"]`, { hasText: form }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  const hear = page.locator('#card .card-actions button', { hasText: '한국어' });
  await hear.waitFor();
  assert.equal(await hear.locator('svg.icon').count(), 1);
  assert.doesNotMatch(await hear.innerText(), /🔊/);
  await hear.click();
  assert.deepEqual(await page.evaluate(() => window.__spoken), [`ko-KR:${form}`]);
  // And the whole sentence it was tapped in (issue #22).
  const sid = await mark.evaluate((m) => m.closest('.sentence').id.slice(2));
  await page.click('#card [data-speak="sentence"]');
  const sentence = ds.article.sentences.find((s) => s.id === sid).text;
  assert.deepEqual(await page.evaluate(() => window.__spoken), [`ko-KR:${form}`, `ko-KR:${sentence}`]);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a copy from the article is its text, in hanzi, pinyin and standard-spelling mode too', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  const copyOf = (sel) => page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const range = document.createRange();
    range.selectNodeContents(el);
    const s = getSelection();
    s.removeAllRanges();
    s.addRange(range);
    const dt = new DataTransfer();
    const ev = new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(ev);
    return { text: dt.getData('text/plain'), handled: ev.defaultPrevented };
  }, sel);
  for (const mode of ['plain', 'hanzi', 'pinyin', 'standard']) {
    await page.goto('about:blank');
    await openApp(page, `${env.server.url}#mode=${mode}`);
    const want = await page.$eval('#s-p02s1', (e) => {
      const c = e.cloneNode(true);
      c.querySelectorAll('rt, rp, .std, .print-only').forEach((x) => x.remove());
      return c.textContent;
    });
    const got = await copyOf('#s-p02s1');
    assert.equal(got.handled, true, mode);
    assert.equal(got.text, want, `${mode}: the copied sentence`);
    assert.doesNotMatch(got.text, /[\u4e00-\u9fff]/, `${mode}: no hanzi pasted inline`);
    // Two paragraphs: one line each.
    await page.evaluate(() => {
      const r = document.createRange();
      r.setStartBefore(document.getElementById('p02'));
      r.setEndAfter(document.getElementById('p03'));
      const s = getSelection(); s.removeAllRanges(); s.addRange(r);
    });
    const two = await page.evaluate(() => {
      const dt = new DataTransfer();
      document.getElementById('p02').dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
      return dt.getData('text/plain');
    });
    assert.equal(two.split('\n').length, 2, `${mode}: ${JSON.stringify(two.slice(0, 80))}`);
  }
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the article\'s 원 is yuan, said at the amount in the reader\'s currency (first amount always, each in standard mode)', async () => {
  const ds = await dataset();
  const yuanFigures = new Set(ds.figures.filter((f) => f.unit === 'Cny').map((f) => f.id));
  const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
  await openApp(page, env.server.url);
  const pills = () => page.$$eval('#article .std.yuan', (els) => els.map((e) => ({ fig: e.previousElementSibling.dataset.figure, text: e.textContent, lang: e.lang })));
  const plain = await pills();
  assert.equal(plain.length, 1, 'one at the first amount');
  const first = await page.$$eval('#article .mark.fig', (m, ids) => m.find((x) => ids.includes(x.dataset.figure)).dataset.figure, [...yuanFigures]);
  assert.equal(plain[0].fig, first);
  assert.match(plain[0].text, /^위안 · ≈ [\d,.]+(억|조|만)? ?원$/);
  await page.click('#mode-switch label:has(input[value="standard"])');
  const standard = await pills();
  const marks = await page.$$eval('#article .mark.fig', (m, ids) => m.filter((x) => ids.includes(x.dataset.figure)).length, [...yuanFigures]);
  assert.ok(marks > 3);
  assert.equal(standard.length, marks, 'every yuan amount in standard mode');
  await page.click('.lang-switch button[lang="en"]');
  assert.match((await pills())[0].text, /^yuan · ≈ US\$/);
  assert.equal((await pills())[0].lang, 'en');
  assert.deepEqual(page.problems, []);
  await page.close();
});
