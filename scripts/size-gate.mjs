// The size gate (part of `make test`, e2e layer): the release wasm, brotli-compressed at quality 11
// as the test and bench servers send it, may not grow more than the allowance over the budget
// recorded in bench/size-budget.json. Prints "size gate: N KB brotli (budget M KB)".
//
//   node scripts/size-gate.mjs [dist]            check dist/*_bg.wasm (default dist/)
//   node scripts/size-gate.mjs [dist] --record   write today's size as the budget (after a
//                                                deliberate change: say why in the commit)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const record = args.includes('--record');
const dist = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? 'dist');
const budgetFile = path.join(root, 'bench', 'size-budget.json');

/** The brotli size of the one hashed `*_bg.wasm` in `dir`, as the servers compress it. */
export function wasmBrotli(dir) {
  const wasm = fs.readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'));
  if (wasm.length !== 1) throw new Error(`size gate: expected one *_bg.wasm in ${dir}, found ${wasm.length} (run a release build first)`);
  const bytes = fs.readFileSync(path.join(dir, wasm[0]));
  const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file: wasm[0], raw: bytes.length, brotli: br.length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const now = wasmBrotli(dist);
  const budget = JSON.parse(fs.readFileSync(budgetFile, 'utf8'));
  if (record) {
    budget.wasm_brotli_bytes = now.brotli;
    budget.recorded = new Date().toISOString().slice(0, 10);
    fs.writeFileSync(budgetFile, `${JSON.stringify(budget, null, 2)}\n`);
    console.log(`size gate: recorded ${kb(now.brotli)} brotli (${now.brotli} bytes) as the budget in bench/size-budget.json`);
    process.exit(0);
  }
  const limit = budget.wasm_brotli_bytes + budget.allowance_bytes;
  console.log(`size gate: ${kb(now.brotli)} brotli (budget ${kb(budget.wasm_brotli_bytes)}) — ${now.file}, ${kb(now.raw)} raw`);
  if (now.brotli > limit) {
    console.error(`size gate: FAILED: the release wasm is ${now.brotli} bytes brotli, over the budget of ${budget.wasm_brotli_bytes} bytes ` +
      `by ${now.brotli - budget.wasm_brotli_bytes} bytes (the allowance is ${budget.allowance_bytes}). ` +
      'Make it smaller (README "Size ledger": `make size` shows what is big), or, if the growth is worth it, ' +
      '`node scripts/size-gate.mjs --record` and say why in the commit.');
    process.exit(1);
  }
  if (now.brotli < budget.wasm_brotli_bytes - budget.allowance_bytes) {
    console.log(`size gate: ${budget.wasm_brotli_bytes - now.brotli} bytes under the budget: lower it with \`node scripts/size-gate.mjs --record\` so the gain is kept`);
  }
}
