// scripts/css-sheet.mjs: the stylesheet written into the page without its comments. Pure; run on
// the real stylesheet and on small cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse, serialize } from '../../scripts/css-sheet.mjs';
import { repoRoot } from './lib.mjs';

test('parse and serialize keep every rule of the stylesheet, in order, without the comments', () => {
  const css = fs.readFileSync(path.join(repoRoot, 'style', 'main.css'), 'utf8');
  const out = serialize(parse(css));
  assert.doesNotMatch(out, /\/\*/);
  const count = (s) => (s.replace(/\/\*[\s\S]*?\*\//g, '').match(/\{/g) || []).length;
  assert.equal(count(out), count(css));
  assert.ok(out.length < css.length * 0.8, `${out.length} of ${css.length} bytes`);
  // Idempotent, and the rules' bodies are the source's.
  assert.equal(serialize(parse(out)), out);
  assert.match(out, /\.popcard\[popover\]\{inset: auto; margin: 0;/);
});

test('small cases: nesting, strings and comments inside rules', () => {
  const css = `/* a */ :root{--a: "x}" /* b */}
@media (max-width: 600px){/* c */.p{color:red}@supports (x: y){.q{margin:0}}}
@font-face{font-family:X;src:local(X)}
@import url("y.css");`;
  assert.equal(serialize(parse(css)), `:root{--a: "x}"}
@media (max-width: 600px){
.p{color:red}
@supports (x: y){
.q{margin:0}
}
}
@font-face{font-family:X;src:local(X)}
@import url("y.css");`);
});

test('a stylesheet that does not close is refused, not cut', () => {
  assert.throws(() => parse('.a{color:red'), /not closed/);
  assert.throws(() => parse('.a{color:red}}'), /unexpected/);
  assert.throws(() => parse('/* open'), /comment/);
});
