// The stylesheet's part the built page needs before it is whole (issue #19: first paint). Pure;
// used by scripts/prerender.mjs, tested by tests/e2e/critical.test.mjs.
//
// The page carries the stylesheet twice: in the head only the rules that may match an element the
// built page has outside its closed cards (`critical`), and the whole sheet at the end of the body.
// The whole sheet comes last, so once it is parsed every rule stands where the one sheet put it
// and the cascade is the one sheet's (each critical rule is repeated there, later, with the same
// weight); brotli sends the repeat as a back-reference (measured: +0.1 KB on the wire). Until then
// the first screen has what it needs, and a card opened in that moment has the platform's
// popover style. A rule is kept when any of its selectors may match: functional pseudo-classes
// (:not, :is, :has, …), pseudo-classes and -elements and attribute selectors are left out of the
// test, so a rule is deferred only when it names a class or an id the built page does not have.
// At-rules that are not conditional groups (@font-face, @keyframes, …) are kept whole.

/** Splits CSS text into top-level nodes: `{ prelude, body }` for a block, `{ text }` for a
 * statement; a conditional group (@media, @supports, @container, @layer with a block) has
 * `children` instead of `body`. Comments are dropped. */
export function parse(css) {
  const nodes = [];
  let i = 0;
  const n = css.length;
  const skipString = (j) => {
    const q = css[j];
    j++;
    while (j < n && css[j] !== q) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  const skipComment = (j) => {
    const end = css.indexOf('*/', j + 2);
    if (end < 0) throw new Error('critical-css: a comment is not closed');
    return end + 2;
  };
  while (i < n) {
    // Up to the next `{` or `;` at this level: the prelude.
    let j = i;
    let prelude = '';
    let depth = 0;
    while (j < n) {
      const c = css[j];
      if (c === '/' && css[j + 1] === '*') {
        j = skipComment(j);
        prelude += ' ';
        continue;
      }
      if (c === '"' || c === "'") {
        const k = skipString(j);
        prelude += css.slice(j, k);
        j = k;
        continue;
      }
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (depth === 0 && (c === '{' || c === ';')) break;
      if (c === '}') throw new Error(`critical-css: an unexpected "}" at ${j}`);
      prelude += c;
      j++;
    }
    prelude = prelude.trim();
    if (j >= n) {
      if (prelude) throw new Error(`critical-css: "${prelude.slice(0, 40)}" is not closed`);
      break;
    }
    if (css[j] === ';') {
      nodes.push({ text: `${prelude};` });
      i = j + 1;
      continue;
    }
    // The block: up to its matching `}`.
    let k = j + 1;
    let level = 1;
    while (k < n && level > 0) {
      const c = css[k];
      if (c === '/' && css[k + 1] === '*') { k = skipComment(k); continue; }
      if (c === '"' || c === "'") { k = skipString(k); continue; }
      if (c === '{') level++;
      if (c === '}') level--;
      k++;
    }
    if (level !== 0) throw new Error(`critical-css: the block of "${prelude.slice(0, 40)}" is not closed`);
    const inner = css.slice(j + 1, k - 1);
    if (/^@(media|supports|container|layer|scope|starting-style)\b/i.test(prelude)) nodes.push({ prelude, children: parse(inner) });
    else nodes.push({ prelude, body: inner.replace(/\/\*[\s\S]*?\*\//g, '').trim() });
    i = k;
  }
  return nodes;
}

/** Writes nodes back as CSS (compact: one rule a line). */
export function serialize(nodes) {
  return nodes.map((x) => {
    if (x.text) return x.text;
    if (x.children) {
      const inner = serialize(x.children);
      return inner ? `${x.prelude}{\n${inner}\n}` : '';
    }
    return `${x.prelude}{${x.body}}`;
  }).filter(Boolean).join('\n');
}

/** The selectors of a selector list, split at its top-level commas. */
function selectors(list) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  out.push(list.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Whether a selector may match an element of a page with these classes and ids. */
export function mayMatch(selector, { classes, ids }) {
  let s = selector;
  // Functional pseudo-classes, innermost first: left out of the test (unconstrained).
  for (let guard = 0; guard < 20 && /:[\w-]+\(/.test(s); guard++) {
    s = s.replace(/::?[\w-]+\([^()]*\)/g, '');
  }
  s = s.replace(/\[[^\]]*\]/g, '').replace(/::?[\w-]+/g, '');
  for (const [, c] of s.matchAll(/\.([\w-]+)/g)) if (!classes.has(c)) return false;
  for (const [, id] of s.matchAll(/#([\w-]+)/g)) if (!ids.has(id)) return false;
  return true;
}

/** The classes and ids of an HTML page, less what is inside its popovers (closed until opened). */
export function pageTokens(html) {
  let page = '';
  let i = 0;
  for (;;) {
    const at = html.indexOf('<div popover', i);
    if (at < 0) break;
    page += html.slice(i, at);
    // Skip to the matching </div>.
    let depth = 0;
    let j = at;
    const tag = /<(\/?)div\b[^>]*>/g;
    tag.lastIndex = at;
    let m;
    while ((m = tag.exec(html))) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        j = tag.lastIndex;
        break;
      }
    }
    if (depth !== 0) throw new Error('critical-css: a popover is not closed');
    i = j;
  }
  page += html.slice(i);
  const classes = new Set();
  const ids = new Set();
  for (const [, v] of page.matchAll(/\sclass="([^"]*)"/g)) for (const c of v.split(/\s+/)) if (c) classes.add(c);
  for (const [, v] of page.matchAll(/\sid="([^"]*)"/g)) ids.add(v);
  return { classes, ids };
}

/** The rules of `css` that may match an element of `html` outside its popovers, or one with a
 * class in `early` (what a script in the head adds before the page is whole). */
export function critical(css, html, early = []) {
  const tokens = pageTokens(html);
  for (const c of early) tokens.classes.add(c);
  const keep = (nodes) => nodes.flatMap((x) => {
    if (x.text) return [x];
    if (x.children) {
      const children = keep(x.children);
      return children.length ? [{ prelude: x.prelude, children }] : [];
    }
    if (x.prelude.startsWith('@')) return [x];
    return selectors(x.prelude).some((s) => mayMatch(s, tokens)) ? [x] : [];
  });
  return serialize(keep(parse(css)));
}
