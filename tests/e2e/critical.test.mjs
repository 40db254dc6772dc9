// scripts/critical-css.mjs: the part of the stylesheet the built page needs before it is whole.
// Pure; run on the real stylesheet and on small cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { critical, mayMatch, pageTokens, parse, serialize } from '../../scripts/critical-css.mjs';
import { repoRoot } from './lib.mjs';

test('parse and serialize keep every rule of the stylesheet, in order, without the comments', () => {
  const css = fs.readFileSync(path.join(repoRoot, 'style', 'main.css'), 'utf8');
  const out = serialize(parse(css));
  assert.doesNotMatch(out, /\/\*/);
  const count = (s) => (s.replace(/\/\*[\s\S]*?\*\//g, '').match(/\{/g) || []).length;
  assert.equal(count(out), count(css));
  // Idempotent, and the rules' bodies are the source's.
  assert.equal(serialize(parse(out)), out);
  assert.match(out, /\.popcard\[popover\]\{inset: auto; margin: 0;/);
});

test('a rule is deferred only when it names a class or an id the page does not have outside its popovers', () => {
  const html = '<body class="x"><p id="p1" class="para mark">a</p><div popover="auto" id="pop1" class="card"><div class="inner">b</div></div><i class="after"></i></body>';
  const tokens = pageTokens(html);
  assert.deepEqual([...tokens.classes].sort(), ['after', 'mark', 'para', 'x']);
  assert.deepEqual([...tokens.ids], ['p1']);
  assert.ok(mayMatch('.para', tokens));
  assert.ok(mayMatch('body.x .mark:hover::after', tokens));
  assert.ok(mayMatch(':root:not([data-theme="light"]) .para', tokens));
  assert.ok(mayMatch('.para:not(.card)', tokens), 'what :not names may be missing');
  assert.ok(mayMatch('*', tokens));
  assert.ok(!mayMatch('.card', tokens), 'a popover\'s class');
  assert.ok(!mayMatch('.para .inner', tokens));
  assert.ok(!mayMatch('#pop1', tokens));
  assert.ok(!mayMatch('.tools .tab[aria-selected="true"]', tokens));
  const css = `:root{--a: 1}
@media (max-width: 600px){.para{color:red}.card{color:blue}}
@media print{.tools{display:none}}
.card,.para{margin:0}
@font-face{font-family:X;src:local(X)}
.inner{color:green}`;
  assert.match(critical('.x .late{color:red}', html, ['late']), /\.late/, 'a class a head script adds early');
  assert.equal(critical(css, html), `:root{--a: 1}
@media (max-width: 600px){
.para{color:red}
}
.card,.para{margin:0}
@font-face{font-family:X;src:local(X)}`);
});

test('a stylesheet that does not close is refused, not cut', () => {
  assert.throws(() => parse('.a{color:red'), /not closed/);
  assert.throws(() => parse('.a{color:red}}'), /unexpected/);
  assert.throws(() => parse('/* open'), /comment/);
});
