// The stylesheet as the page carries it: parsed into rules and written back without its comments
// (32.7 of 45.8 KB raw: the head the first paint waits for is 13 KB lighter). Pure; used by
// scripts/prerender.mjs, tested by tests/e2e/css-sheet.test.mjs.
//
// (Tried and measured, session 9: the head carrying only the rules the built page can match, the
// rest at the end of the body. The first paint on the phone profile moved 456 → 436 ms, but the
// rest's arrival restyled the whole page — the whole sheet must come again after the first part
// to keep the one sheet's cascade — and blocking time went up ~90 ms at 4x CPU; keeping the order
// with only the rules that need it still put 27 of 33 KB first. One sheet in the head it is.)

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
    if (end < 0) throw new Error('css-sheet: a comment is not closed');
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
      if (c === '}') throw new Error(`css-sheet: an unexpected "}" at ${j}`);
      prelude += c;
      j++;
    }
    prelude = prelude.trim();
    if (j >= n) {
      if (prelude) throw new Error(`css-sheet: "${prelude.slice(0, 40)}" is not closed`);
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
    if (level !== 0) throw new Error(`css-sheet: the block of "${prelude.slice(0, 40)}" is not closed`);
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
