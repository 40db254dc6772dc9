// What a learner needs from the article (issues #22 and #20): this edition's translation of every
// sentence, as a parallel view (the switch, the `t` key, `#tr=`) and per sentence on demand in
// the card of a tapped word; and "hear it" saying the form that was tapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { downloadDataset, newPage, openApp, setup, shotPath, stateUrl } from './lib.mjs';

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
  // (An everyday word, which the Korean reader's quiet reading leaves plain: every mark shown.)
  await openApp(page, `${env.server.url}#marks=all`);
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
  const yuanFigures = new Set(ds.figures.filter((f) => f.unit === 'cny').map((f) => f.id));
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

// Issue #22: every word of the article can be looked up, syllable by syllable, with its
// pronunciation and its false friends; issue #20 item 4: the Korean words' own hanja apart from
// the Chinese terms.

test('1280 px: a term\'s card breaks its word into syllables (hanja, 훈음, simplified, pinyin, meaning) and gives its pronunciation', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900 });
  await openApp(page, `${env.server.url}#term=heilongjiang`);
  await page.waitForSelector('#card.placed');
  const rows = await page.$$eval('#card .card-fields dt', (dts) => Object.fromEntries(dts.map((d) => [d.textContent, d.nextElementSibling.textContent])));
  assert.equal(rows['발음'], '[흥뇽강성]');
  assert.equal(rows['한자(이 낱말)'], '黑龍江省');
  const syl = await page.$$eval('#card .syllable', (ls) => ls.map((l) => ({
    hangul: l.querySelector('.syl-hangul').textContent, hanja: l.querySelector('.syl-hanja').textContent,
    hunum: l.querySelector('.syl-hunum').textContent, zh: l.querySelector('.syl-zh').textContent, en: l.querySelector('.syl-en').textContent,
  })));
  assert.deepEqual(syl.map((s) => s.hangul + s.hanja).join(' '), '흑黑 룡龍 강江 성省');
  const dragon = syl[1];
  assert.match(dragon.hunum, /룡/);
  assert.match(dragon.zh, /^龙 lóng$/);
  assert.match(dragon.en, /dragon/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the false friend: 소통\'s card says what 疏通 means in Chinese, in the reader\'s language', async () => {
  for (const [lang, expect] of [['ko', /沟通/], ['zh', /沟通/], ['en', /沟通/]]) {
    const page = await newPage(env.browser, { width: 1280, height: 900 });
    await openApp(page, `${env.server.url}#lang=${lang}&learn=1`);
    const mark = page.locator('#article .mark.learn[data-learn="소통"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await page.waitForSelector('#card.placed');
    const ff = page.locator('#card .false-friend');
    assert.equal(await ff.count(), 1, lang);
    assert.match(await ff.innerText(), expect);
    assert.match(await ff.innerText(), /疏通/);
    assert.equal(await ff.getAttribute('lang'), { ko: 'ko', zh: 'zh-Hans', en: 'en' }[lang]);
    assert.deepEqual(page.problems, [], lang);
    await page.close();
  }
});

test('the learner layer: off by default, on by its switch (learn=1), every learner word marked, each with a light card', async () => {
  const ds = await dataset();
  const page = await newPage(env.browser, { width: 390, height: 800, hasTouch: true });
  await openApp(page, env.server.url);
  assert.equal(await page.locator('#article .mark.learn').count(), 0, 'a Korean reader\'s reading stays quiet');
  await page.locator('#learner-switch').tap();
  assert.equal(await page.getAttribute('#learner-switch', 'aria-pressed'), 'true');
  const total = ds.learner.reduce((n, w) => n + w.occurrences.length, 0);
  await page.waitForSelector('#article .mark.learn');
  assert.equal(await page.locator('#article .mark.learn').count(), total);
  assert.match(new URL(await stateUrl(page)).hash, /learn=1/);
  // No learner mark overlaps a term's: they are other buttons.
  assert.equal(await page.locator('#article .mark.learn .mark, #article .mark .mark.learn').count(), 0);
  const w = ds.learner.find((x) => x.word === '중소기업');
  const mark = page.locator('#article .mark.learn[data-learn="중소기업"]').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.tap();
  await page.waitForSelector('#card.placed');
  const card = await page.locator('#card').innerText();
  assert.match(card, /학습 낱말/);
  assert.ok(card.includes(w.hanja) && card.includes(w.zh) && card.includes(w.pinyin) && card.includes(w.gloss_ko), card);
  assert.match(card, /발음\s*\[중소기업\]/);
  // ‹ › step through its occurrences, as on a term's card.
  assert.equal(w.occurrences.length > 1, true);
  assert.match(await page.locator('#card .occ-count').innerText(), new RegExp(`1번째 / 전체 ${w.occurrences.length}회`));
  await page.locator('#card .card-occ button').nth(1).tap();
  await page.waitForFunction(() => /2번째/.test(document.querySelector('#card .occ-count')?.textContent ?? ''));
  await page.screenshot({ path: shotPath('learner-card-390') });
  await page.locator('#card .card-close').tap();
  // Off again: no marks.
  await page.locator('#learner-switch').tap();
  assert.equal(await page.locator('#article .mark.learn').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('search finds learner words ("small business", "investment") and a character by its meaning ("dragon") or either form (龍, 龙)', async () => {
  const page = await newPage(env.browser, { width: 1280, height: 900, locale: 'en-US' });
  await openApp(page, env.server.url);
  const learnerFound = async (q) => {
    await page.fill('#glossary-search', q);
    return page.$$eval('.learner-results .learner-item', (b) => b.map((x) => x.dataset.learn));
  };
  assert.ok((await learnerFound('small business')).includes('중소기업'));
  assert.equal((await learnerFound('investment'))[0], '투자');
  const termsFound = async (q) => {
    await page.fill('#glossary-search', q);
    return page.$$eval('.glossary-list.results .glossary-item', (b) => b.map((x) => x.dataset.term));
  };
  for (const q of ['dragon', '龍', '龙']) {
    const found = await termsFound(q);
    assert.ok(found.includes('heilongjiang') && found.includes('longjiang'), `${q}: ${found}`);
  }
  // The Korean word's own hanja that matched are shown with the entry: 期 is in 상반기's own
  // hanja (上半期), not in the Chinese term (上半年); a meaning shows the hanja it found.
  assert.ok((await termsFound('期')).includes('first_half'));
  assert.equal(await page.locator('.glossary-item[data-term="first_half"] .gi-own').innerText(), '上半期');
  assert.equal(await page.locator('.glossary-item[data-term="first_half"] .gi-own mark').innerText(), '期');
  await termsFound('dragon');
  assert.equal(await page.locator('.glossary-item[data-term="longjiang"] .gi-own').innerText(), '龍江');
  // A learner word found opens its card with the layer on.
  await page.fill('#glossary-search', 'small business');
  await page.click('.learner-item[data-learn="중소기업"]');
  await page.waitForSelector('#card.placed');
  assert.equal(await page.getAttribute('#learner-switch', 'aria-pressed'), 'true');
  assert.match(await page.locator('#card .card-title').innerText(), /중소기업/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('hanzi mode: a Korean reader sees the Korean words\' own hanja (韓國中小企業振興公團, 上半期), a Chinese reader the Chinese terms, 12 px or more on a phone and never wrapped', async () => {
  const rt = (page, term) => page.$eval(`#article .mark.term[data-term="${term}"] rt .ann`, (a) => ({ text: a.textContent, lang: a.parentElement.lang }));
  const page = await newPage(env.browser, { width: 360, height: 740, hasTouch: true });
  await openApp(page, `${env.server.url}#mode=hanzi`);
  assert.deepEqual(await rt(page, 'kosme_old'), { text: '韓國中小企業振興公團', lang: 'ko-Hani' });
  assert.deepEqual(await rt(page, 'first_half'), { text: '上半期', lang: 'ko-Hani' });
  const sizes = await page.$$eval('#article rt .ann', (as) => as.map((a) => {
    const cs = getComputedStyle(a);
    return { size: parseFloat(cs.fontSize), lines: Math.round(a.getBoundingClientRect().height / parseFloat(cs.lineHeight || cs.fontSize)), lang: a.parentElement.lang, text: a.textContent };
  }));
  assert.ok(sizes.every((s) => s.size >= 12), JSON.stringify(sizes.find((s) => s.size < 12)));
  const wrapped = sizes.filter((s) => s.lang !== 'zh-Latn-pinyin' && s.lines > 1);
  assert.deepEqual(wrapped, []);
  await page.screenshot({ path: shotPath('hanzi-ko-360') });
  await page.click('.lang-switch button[lang="zh-Hans"], .lang-switch button:has-text("中文")');
  await page.waitForFunction(() => document.querySelector('#article .mark.term[data-term="kosme_old"] rt')?.lang === 'zh-Hans');
  assert.deepEqual(await rt(page, 'kosme_old'), { text: '韩国中小企业振兴公团', lang: 'zh-Hans' });
  assert.deepEqual(await rt(page, 'first_half'), { text: '上半年', lang: 'zh-Hans' });
  await page.screenshot({ path: shotPath('hanzi-zh-360') });
  assert.deepEqual(page.problems, []);
  await page.close();
});
