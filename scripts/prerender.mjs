// Trunk post_build hook: writes the article's plain text into the loading shell of the staged
// index.html, so readers see the article at first paint (and without JavaScript at all); the
// app replaces the shell with the annotated article when the wasm has started.
// Paragraph kinds come from data/article.toml, text from data/source/article.txt (one line per
// paragraph; build.rs has already checked the two agree).
import fs from 'node:fs';
import path from 'node:path';

const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('prerender: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');
const html = path.join(staging, 'index.html');
const toml = fs.readFileSync(path.join(root, 'data', 'article.toml'), 'utf8');
const lines = fs.readFileSync(path.join(root, 'data', 'source', 'article.txt'), 'utf8').split('\n');
const kinds = [...toml.matchAll(/^kind = "(\w+)"$/gm)].map((m) => m[1]);
const title = toml.match(/^title = "(.*)"$/m)?.[1];
if (kinds.length !== lines.length || !title) {
  throw new Error(`prerender: data/article.toml has ${kinds.length} paragraphs, the seed ${lines.length} lines`);
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const body = lines
  .map((line, i) => {
    switch (kinds[i]) {
      case 'heading': return `<h2 class="section-heading">${esc(line)}</h2>`;
      case 'source':
      case 'translator': return `<p class="credit">${esc(line)}</p>`;
      default: return `<p>${esc(line)}</p>`;
    }
  })
  .join('\n          ');
const marker = '<!-- prerendered article -->';
const page = fs.readFileSync(html, 'utf8');
if (!page.includes(marker)) throw new Error(`prerender: ${marker} not found in index.html`);
fs.writeFileSync(html, page.replace(marker, `<article class="article shell-article" lang="ko">\n          <h1 class="article-title">${esc(title)}</h1>\n          ${body}\n        </article>`));
