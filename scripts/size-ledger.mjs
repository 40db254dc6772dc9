// Writes the README's size ledger from twiggy's view of the shipped wasm (scripts/size.sh makes
// `named`, the shipped wasm with a name section; see there).
//
//   node scripts/size-ledger.mjs NAMED.wasm SHIPPED.wasm [--write README.md]
//
// Prints a markdown section: the totals (raw and brotli, as the size gate measures), the largest
// items (`twiggy top -n 20`) and the same bytes summed by crate (the first Rust path in an item's
// name; data and sections by kind). With --write it replaces the text between the
// <!-- size:start --> and <!-- size:end --> markers of that file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { builtDatasetFile } from './built-dataset.mjs';

const [named, shipped] = process.argv.slice(2);
const writeIdx = process.argv.indexOf('--write');
const readme = writeIdx > 0 ? process.argv[writeIdx + 1] : null;
if (!named || !shipped) throw new Error('usage: size-ledger.mjs NAMED.wasm SHIPPED.wasm [--write README.md]');

const kb = (n) => (n / 1024).toFixed(1);
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const shippedBytes = fs.readFileSync(shipped);
const namedBytes = fs.readFileSync(named);

// Every item of the named wasm, with its own (shallow) size.
const items = JSON.parse(execFileSync('twiggy', ['top', '-f', 'json', named], { encoding: 'utf8', maxBuffer: 256 << 20 }));
// The name section exists only in the named copy: leave it out, so the rest is the shipped wasm.
const NAME_SECTION = /^"[^"]*" subsection$/;
const nameSection = items.filter((i) => NAME_SECTION.test(i.name)).reduce((s, i) => s + i.shallow_size, 0);
const counted = items.filter((i) => !NAME_SECTION.test(i.name));
const total = counted.reduce((s, i) => s + i.shallow_size, 0);

/** Where an item's bytes belong: our modules, a crate (the first `crate::` path in its
 * demangled name), a data segment, or the module's own sections and glue. */
function crateOf(name) {
  if (/^data segment /.test(name)) return 'data segments: string literals, the baked dataset, tables';
  if (/^custom section /.test(name)) return 'custom sections';
  if (/^(elem|table|type|import|export|global|memory)\b/.test(name)) return 'wasm sections (exports, tables, types)';
  const ours = name.match(/longjiang_reader::(\w+)/);
  if (ours) return `longjiang_reader::${ours[1]}`;
  const m = name.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!m) return 'wasm-bindgen glue and intrinsics (unnamed paths)';
  return ['core', 'alloc', 'std'].includes(m[1]) ? 'core/alloc/std' : m[1];
}
const byCrate = new Map();
for (const i of counted) byCrate.set(crateOf(i.name), (byCrate.get(crateOf(i.name)) ?? 0) + i.shallow_size);
const crates = [...byCrate].sort((a, b) => b[1] - a[1]);

const top = execFileSync('twiggy', ['top', '-n', '20', named], { encoding: 'utf8' }).trimEnd();
const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
/** An item's name without rustc's hashes (`::h0123…`, `core[0123…]`), shortened. */
const short = (name, n = 100) => {
  const s = name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]{16}\]/g, '');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
};

// The dataset's strings still in the wasm: the unique string literals of the baked dataset
// (build.rs's dataset.rs, beside the dataset.json it wrote) that are not a `Text` — ids, forms,
// hanzi, pinyin, the keys search and the marks use. The texts a reader reads are a `Text`: places
// in texts.txt in the wasm's dataset.rs, literals `Text::new("…")` in the host's; either way they
// are in the texts file (dist/texts-{hash}.txt), not in the wasm (issue #19, each text once).
const datasetJson = builtDatasetFile(path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'));
const bakedRs = fs.readFileSync(datasetJson.replace(/dataset\.json$/, 'dataset.rs'), 'utf8');
const keys = [...new Set([...bakedRs.matchAll(/Text::new\("(?:[^"\\]|\\.)*"\)|"((?:[^"\\]|\\.)*)"/g)]
  .filter((m) => m[1] !== undefined)
  .map((m) => { try { return JSON.parse(`"${m[1]}"`); } catch { return m[1]; } }))].join('');
const keyBytes = Buffer.from(keys);
const textsFile = fs.readFileSync(datasetJson.replace(/dataset\.json$/, 'texts.txt'));

const lines = [];
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} by \`make size\` (twiggy ${execFileSync('twiggy', ['--version'], { encoding: 'utf8' }).trim().split(' ')[1]}, on the shipped wasm with names kept).`);
lines.push('');
lines.push(`- **Total: ${kb(shippedBytes.length)} KB raw, ${kb(brotli(shippedBytes))} KB brotli** (the size gate's number).`);
lines.push(`- Items below sum to ${total} bytes; the shipped file is ${shippedBytes.length} bytes ` +
  `(the named copy less its ${kb(nameSection)} KB name section).`);
lines.push(`- The dataset's texts (the article and its translations, glossary, explanations and labels in ko/zh/en) are not in the wasm: the texts file, each once, is ${kb(textsFile.length)} KB raw, ${kb(brotli(textsFile))} KB brotli. The dataset's keys still baked (ids, forms, hanzi, pinyin): ${kb(keyBytes.length)} KB raw, ${kb(brotli(keyBytes))} KB brotli on their own. The downloads (dataset JSON, glossary and figures CSV) are files the build writes into dist/downloads/, not code in the wasm.`);
lines.push('');
lines.push('By crate (the first Rust path in each item\'s name, so generic code counts where its name starts; our own code by module):');
lines.push('');
lines.push('| crate | KB raw | share |');
lines.push('|---|---:|---:|');
for (const [c, n] of crates.slice(0, 15)) {
  lines.push(`| ${c} | ${kb(n)} | ${pct(n)} |`);
}
const rest = crates.slice(15).reduce((s, [, n]) => s + n, 0);
if (rest) lines.push(`| ${crates.length - 15} others | ${kb(rest)} | ${pct(rest)} |`);
lines.push('');
lines.push('The 20 largest items (`twiggy top -n 20`, shallow bytes, hashes left out):');
lines.push('');
lines.push('| KB raw | share | item |');
lines.push('|---:|---:|---|');
for (const i of [...counted].sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 20)) {
  lines.push(`| ${kb(i.shallow_size)} | ${pct(i.shallow_size)} | \`${short(i.name).replace(/\|/g, '\\|')}\` |`);
}
const section = lines.join('\n');

console.log(top);
console.log();
console.log(section);
if (readme) {
  const text = fs.readFileSync(readme, 'utf8');
  const start = '<!-- size:start -->';
  const end = '<!-- size:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`size-ledger: ${readme} has no ${start} … ${end} section`);
  fs.writeFileSync(readme, `${text.slice(0, a + start.length)}\n${section}\n${text.slice(b)}`);
  console.log(`\nsize-ledger: wrote the ledger into ${readme}`);
}
