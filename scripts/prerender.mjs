// Trunk post_build hook: writes the page's facts and the article's plain text into the staged
// index.html, so readers see the article at first paint (and without JavaScript at all); the
// app replaces the shell with the annotated article when the wasm has started.
//
// Everything written comes from the validated dataset, never from this script: build.rs loads
// data/ with the core's loader and writes the result as dataset.json into its OUT_DIR (with
// dataset.origin naming the checkout). This hook reads the newest such file of this checkout from
// cargo's target dir (scripts/built-dataset.mjs) — a build has just run, so it is the current data.
//   <title>App name</title>        → <title>App name · {article.title}</title>
//                                     <meta name="description" content="{article.description}">
//   <!-- prerendered article -->   → the title and paragraphs (headings, source/translator lines)
//   <!-- prerendered charts -->    → the charts panel as inline SVG, drawn at build time by the
//                                     app's own chart code (`cargo run --example prerender`)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builtDatasetFile } from './built-dataset.mjs';

const root = fs.realpathSync(process.env.TRUNK_SOURCE_DIR || process.cwd());
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('prerender: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');

const dataset = JSON.parse(fs.readFileSync(builtDatasetFile(root), 'utf8'));
const { title, description, paragraphs, sentences } = dataset.article;
const texts = paragraphs.map((p) => sentences.slice(p.first, p.first + p.len).map((s) => s.text + s.join).join(''));
// A stale file (build.rs not rerun after a change) would show here: refuse it.
if (texts.join('\n') !== fs.readFileSync(path.join(root, 'data', 'source', 'article.txt'), 'utf8')) {
  throw new Error('prerender: the built dataset does not match data/source/article.txt: rebuild');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s) => esc(s).replace(/"/g, '&quot;');
const body = paragraphs
  .map((p, i) => {
    switch (p.kind) {
      case 'Heading': return `<h2 class="section-heading">${esc(texts[i])}</h2>`;
      case 'Source':
      case 'Translator': return `<p class="credit">${esc(texts[i])}</p>`;
      default: return `<p>${esc(texts[i])}</p>`;
    }
  })
  .join('\n          ');

const html = path.join(staging, 'index.html');
let page = fs.readFileSync(html, 'utf8');
const marker = '<!-- prerendered article -->';
const titles = page.match(/<title>[^<]*<\/title>/g) || [];
if (!page.includes(marker)) throw new Error(`prerender: ${marker} not found in index.html`);
if (titles.length !== 1) throw new Error('prerender: index.html must have exactly one <title>');
if (/<meta name="description"/.test(page)) throw new Error('prerender: index.html must not write its own description (it comes from data/article.toml)');
page = page
  .replace(/<title>([^<]*)<\/title>/, (_, name) =>
    `<title>${name} · ${esc(title)}</title>\n    <meta name="description" content="${attr(description)}">`)
  .replace(marker, `<article class="article shell-article" lang="ko">\n          <h1 class="article-title">${esc(title)}</h1>\n          ${body}\n        </article>`);
// The charts: a host build of the same crate (the first one compiles it, later ones only link).
const chartsMarker = '<!-- prerendered charts -->';
if (!page.includes(chartsMarker)) throw new Error(`prerender: ${chartsMarker} not found in index.html`);
const charts = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 16 * 1024 * 1024,
});
const [chartsHtml, titleNote] = charts.split('<!-- title note -->');
if ((chartsHtml.match(/<svg /g) || []).length !== 3) throw new Error('prerender: expected three charts from `cargo run --example prerender`');
if (!/^\s*<p class="title-note">/.test(titleNote || '')) throw new Error('prerender: expected the title note after the charts from `cargo run --example prerender`');
page = page
  .replace(chartsMarker, chartsHtml.trim())
  .replace('</h1>\n', `</h1>\n          ${titleNote.trim()}\n`);
fs.writeFileSync(html, page);
