// Trunk post_build hook: writes the page's facts and the article's plain text into the staged
// index.html, so readers see the article at first paint and open its cards before the wasm has
// started (and without JavaScript at all); the app takes the page over when it mounts.
//
// Everything written comes from the validated dataset, never from this script: build.rs loads
// data/ with the core's loader and writes the result as dataset.json into its OUT_DIR (with
// dataset.origin naming the checkout). This hook reads the newest such file of this checkout from
// cargo's target dir (scripts/built-dataset.mjs) — a build has just run, so it is the current data.
//   <title>App name</title>        → <title>App name · {article.title}</title>
//                                     <meta name="description" content="{article.description}">
//                                     the link preview's og:/twitter: meta tags (scripts/social.mjs):
//                                     og:image, og:url and twitter:image only with SITE_ORIGIN
//   <!-- prerendered charts -->    → the charts panel as inline SVG, drawn at build time by the
//                                     app's own chart code
//   <!-- prerendered article -->   → the annotated article, rendered by the app's own Leptos
//                                     components (title, note, every mark), and the card of
//                                     every mark, a native popover its marks open, after the
//                                     paragraph of the mark's first occurrence
//   <link rel="stylesheet" …>      → the same stylesheet inline (without its comments), and the
//                                     page's own strict Content-Security-Policy (a <meta>) allowing
//                                     exactly it by hash
// These come from `cargo run --example prerender --features ssr` (examples/prerender.rs);
// this script writes no article HTML of its own. The same program writes dist/downloads/: the
// glossary CSV, the dataset JSON and the figures CSV per language and currency; and dist/og.png,
// the link preview's image (title and trade chart, 1200×630, under 60 KB).
//
// SITE_ORIGIN (env, e.g. https://news.example.com; README "Deploy"): where the site lives. The
// preview image and og:url must be absolute: origin + the public URL + og.png. Without it the
// page names no image (a plain `summary` card) rather than a wrong one; an invalid value fails
// the build.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { builtDatasetFile } from './built-dataset.mjs';
import { parse, serialize } from './css-sheet.mjs';
import { OG_IMAGE, siteOrigin, socialMeta } from './social.mjs';

const root = fs.realpathSync(process.env.TRUNK_SOURCE_DIR || process.cwd());
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('prerender: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');
// Checked first: a mistyped origin fails the build before anything is drawn.
let origin;
try {
  origin = siteOrigin(process.env.SITE_ORIGIN);
} catch (e) {
  throw new Error(`prerender: ${e.message}`);
}

const dataset = JSON.parse(fs.readFileSync(builtDatasetFile(root), 'utf8'));
const { title, description, paragraphs, sentences } = dataset.article;
const texts = paragraphs.map((p) => sentences.slice(p.first, p.first + p.len).map((s) => s.text + s.join).join(''));
// A stale file (build.rs not rerun after a change) would show here: refuse it.
if (texts.join('\n') !== fs.readFileSync(path.join(root, 'data', 'source', 'article.txt'), 'utf8')) {
  throw new Error('prerender: the built dataset does not match data/source/article.txt: rebuild');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s) => esc(s).replace(/"/g, '&quot;');

const html = path.join(staging, 'index.html');
let page = fs.readFileSync(html, 'utf8');
// The public URL (Trunk's --public-url), where boot.js's tag says the files are.
const base = (page.match(/<script type="module" src="([^"]*)boot\.js"/) || [])[1];
if (base === undefined) throw new Error('prerender: the boot.js tag was not found');
const titles = page.match(/<title>[^<]*<\/title>/g) || [];
if (titles.length !== 1) throw new Error('prerender: index.html must have exactly one <title>');
if (/<meta name="description"/.test(page)) throw new Error('prerender: index.html must not write its own description (it comes from data/article.toml)');
let siteName;
page = page.replace(/<title>([^<]*)<\/title>/, (_, name) => {
  siteName = name;
  return `<title>${name} · ${esc(title)}</title>\n    <meta name="description" content="${attr(description)}">`;
});
// The charts, the annotated article and its cards: a host build of the same crate with the
// build-time renderer (feature ssr; the first build compiles it, later ones only link).
// It also writes the download files into dist/downloads/ (the app links to them) and the link
// preview's image, dist/og.png.
const downloads = path.join(staging, 'downloads');
const ogImage = path.join(staging, OG_IMAGE.file);
const embedDir = path.join(staging, 'embed');
const built = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender', '--no-default-features', '--features', 'ssr', '--', '--downloads', downloads, '--og-image', ogImage, '--embeds', embedDir, '--cards', staging, '--texts', staging], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
// Leptos marks dynamic text with empty comments (<!>) for hydration; the app takes the page
// over without hydrating it, so they are dropped.
const [chartsHtml, rest = ''] = built.replaceAll('<!>', '').split('<!-- built article -->');
const [articleHtml, chrome = ''] = rest.split('<!-- built topbar -->');
const [topbarHtml, controlsHtml = ''] = chrome.split('<!-- built controls -->');
if (!/^\s*<header class="topbar"/.test(topbarHtml)) throw new Error('prerender: expected the top bar after the article from `cargo run --example prerender`');
if (!/^\s*<div [^>]*class="reader-controls"/.test(controlsHtml)) throw new Error('prerender: expected the reader\'s switches after the top bar from `cargo run --example prerender`');
// Each chart twice: in the light and the dark theme's colours.
const drawn = (h) => ['draw-light', 'draw-dark'].map((c) => (h.match(new RegExp(`<svg class="${c}" `, 'g')) || []).length);
if (drawn(chartsHtml).join() !== '3,3') throw new Error('prerender: expected three charts, light and dark, from `cargo run --example prerender`');
if (!/^\s*<article id="article"/.test(articleHtml)) throw new Error('prerender: expected the article after the charts from `cargo run --example prerender`');
if (!/<div popover="auto"/.test(articleHtml)) throw new Error('prerender: expected the cards in the article from `cargo run --example prerender`');
// The text the renderer wrote is the article, word for word: each paragraph's element holds
// its paragraph whole (read element by element, so the cards between paragraphs, which quote
// sentences, cannot stand in for a paragraph that is missing).
// (Less what only print shows, the hanzi after a term, and what the page adds beside the text:
// the yuan amount in the reader's currency; either may hold one level of spans, a guess tag or
// the converted amount.)
const unescape = (h) => h.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
  .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const plainOf = (h) => unescape(h.replace(/<!--[\s\S]*?-->/g, '').replace(/<span[^>]*class="(?:print-only|std yuan)"[^>]*>(?:[^<]|<span[^>]*>[^<]*<\/span>)*<\/span>/g, '').replace(/<[^>]+>/g, ''));
const checkParagraphs = (html, what) => paragraphs.forEach((p, i) => {
  const el = html.match(new RegExp(`<(p|h2)\\b[^>]*\\bid="${p.id}"[^>]*>([\\s\\S]*?)</\\1>`));
  if (!el) throw new Error(`prerender: ${what} has no element for paragraph ${p.id}`);
  if (plainOf(el[2]) !== texts[i]) throw new Error(`prerender: the paragraph ${p.id} of ${what} is not the article's: "${plainOf(el[2]).slice(0, 40)}…" for "${texts[i].slice(0, 40)}…"`);
});
checkParagraphs(articleHtml, 'the built article');
// The article as a Chinese or an English reader starts (issue #19: the card speaks the interface
// language first, and the app takes the page over instead of rendering it again): its paragraphs
// with every term and figure marked, then its cards in that language (`built::reading_in`).
// boot.js puts them in place of the Korean reader's for a reader whose address (`lang=`) or
// browser asks for those languages, before the wasm has started. Named by a hash of their
// content (a cached file never pairs with another build's page), which the boot tag's
// data-cards attribute carries.
// A file boot.js fetches is named by a hash of its content (a cached file never pairs with another
// build's page), and the boot.js tag (Trunk's pattern_script) names it in a data attribute.
const contentHash = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 12);
const bootAttr = (name, value) => {
  const tag = '<script type="module" ';
  if (!page.includes(tag)) throw new Error(`prerender: the boot.js tag was not found for data-${name}`);
  page = page.replace(tag, () => `${tag}data-${name}="${value}" `);
};
const popoverIds = (h) => [...h.matchAll(/<div popover="auto" id="([^"]+)"/g)].map((m) => m[1]).sort();
const pageCards = popoverIds(articleHtml);
const cardTexts = ['zh', 'en'].map((l) => {
  const file = path.join(staging, `cards-${l}.html`);
  const text = fs.readFileSync(file, 'utf8');
  fs.rmSync(file);
  const [paras, cards] = text.split('<!-- cards -->');
  if (cards === undefined) throw new Error(`prerender: cards-${l}.html has no cards after its paragraphs`);
  if (/<div popover/.test(paras)) throw new Error(`prerender: cards-${l}.html has cards among its paragraphs`);
  if (drawn(paras).join() !== '3,3') throw new Error(`prerender: cards-${l}.html does not hold the three charts, light and dark`);
  checkParagraphs(paras, `cards-${l}.html`);
  // A card for every mark of its paragraphs (boot.js parses it when the mark opens it), and so
  // for every one of the page's.
  const opened = [...new Set([...paras.matchAll(/popovertarget="([^"]+)"/g)].map((m) => m[1]))].sort();
  const ids = popoverIds(cards);
  if (ids.join() !== opened.join()) throw new Error(`prerender: cards-${l}.html's cards are not those its marks open`);
  const missing = pageCards.filter((id) => !ids.includes(id));
  if (missing.length) throw new Error(`prerender: cards-${l}.html lacks the page's cards ${missing.join(', ')}`);
  return [l, text];
});
const cardsHash = contentHash(cardTexts.map(([, t]) => t).join('\n'));
for (const [l, text] of cardTexts) fs.writeFileSync(path.join(staging, `cards-${cardsHash}-${l}.html`), text);
bootAttr('cards', `${base}cards-${cardsHash}-{lang}.html`);

// The texts file (issue #19, each text once): every text of the dataset once — the article, its
// translations, the cards' glosses and explanations, the labels — which the wasm reads its
// dataset from instead of baking them (core::dataset::model::Text). boot.js fetches it beside the
// wasm and hands it over; the app checks it is the file its build wrote. Named by a hash of its
// content, carried by the boot tag's data-texts.
{
  const file = path.join(staging, 'texts.txt');
  const text = fs.readFileSync(file);
  fs.rmSync(file);
  const name = `texts-${contentHash(text)}.txt`;
  fs.writeFileSync(path.join(staging, name), text);
  bootAttr('texts', `${base}${name}`);
}

// The link preview (Open Graph, Twitter card): the page's title and description; with
// SITE_ORIGIN also the page's URL and the image, absolute. The image's alternative names the
// chart it shows, as the charts panel captions it.
const png = fs.readFileSync(ogImage);
if (png.length >= 60 * 1024) throw new Error(`prerender: ${OG_IMAGE.file} weighs ${png.length} bytes, over the 60 KB a preview image may`);
if (png.toString('latin1', 12, 16) !== 'IHDR' || png.readUInt32BE(16) !== OG_IMAGE.width || png.readUInt32BE(20) !== OG_IMAGE.height) {
  throw new Error(`prerender: ${OG_IMAGE.file} is not a ${OG_IMAGE.width}×${OG_IMAGE.height} PNG`);
}
const tradeCaption = (chartsHtml.match(/id="shell-chart-trade">\s*<figcaption[^>]*>([^<]*)<\/figcaption>/) || [])[1];
if (!tradeCaption) throw new Error('prerender: the trade chart\'s caption was not found in the built charts');
const social = socialMeta({
  title: `${unescape(siteName)} · ${title}`,
  description,
  siteName: unescape(siteName),
  origin,
  base: unescape(base),
  imageAlt: `${title} — ${unescape(tradeCaption)} 차트`,
});
const descriptionTag = `<meta name="description" content="${attr(description)}">`;
page = page.replace(descriptionTag, () => `${descriptionTag}\n    ${social}`);
const fragments = [
  // The app's own top bar and switches hold their places (the stylesheet keeps what needs the
  // app out of sight until it takes over: `.shell`).
  ['<!-- prerendered topbar -->', topbarHtml],
  ['<!-- prerendered controls -->', controlsHtml],
  ['<!-- prerendered charts -->', chartsHtml],
  ['<!-- prerendered article -->', `<div class="shell-article">${articleHtml.trim()}</div>`],
];
for (const [marker, fragment] of fragments) {
  if (!page.includes(marker)) throw new Error(`prerender: ${marker} not found in index.html`);
  page = page.replace(marker, () => fragment.trim());
}

// The stylesheet inline. On a phone network a linked stylesheet holds the first paint for one
// more round trip (measured with ../shared/bench/measure-phone.mjs: first contentful paint
// 1136 ms linked, 660 ms inline, same page). Written without its comments (css-sheet.mjs: the
// head the first paint waits for is 13 KB lighter). The strict policy stays: no 'unsafe-inline',
// the page's <meta> CSP allows this one <style> by its SHA-256, and a host that sends its own CSP
// header copies the policy from that <meta> (README "Deploy").
const sheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g)];
if (sheets.length !== 1) throw new Error(`prerender: expected one stylesheet link from Trunk, found ${sheets.length}`);
const cssFile = path.join(staging, path.basename(sheets[0][1]));
const css = serialize(parse(fs.readFileSync(cssFile, 'utf8')));
if (/<\/style/i.test(css)) throw new Error('prerender: the stylesheet contains "</style"');
const hash = crypto.createHash('sha256').update(css, 'utf8').digest('base64');
// `trunk serve` (a debug build) puts its live-reload client into the page as an inline script,
// whose text it completes when it serves the page, so no hash can allow it: that page alone (the
// local server's, never a release build's) allows inline script, and says so in the console.
const liveReload = process.env.TRUNK_PROFILE !== 'release' && /<script>[^<]*__TRUNK_ADDRESS__/.test(page);
const scriptSrc = liveReload ? "'self' 'wasm-unsafe-eval' 'unsafe-inline'" : "'self' 'wasm-unsafe-eval'";
const csp = `default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'sha256-${hash}'`;
page = page.replace(sheets[0][0], () => `<style>${css}</style>`);
if (!/<meta charset="utf-8">/.test(page)) throw new Error('prerender: index.html must start its head with <meta charset="utf-8">');
page = page.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
fs.rmSync(cssFile);
// frame.js under the public URL (also under a sub-path), where boot.js's tag says the files are.
if (!page.includes('<script async src="frame.js"></script>')) throw new Error('prerender: the frame.js tag was not found in index.html');
page = page.replace('<script async src="frame.js"></script>', () => `<script async src="${base}frame.js"></script>`);
if (!page.includes('<script defer src="popcards.js"></script>')) throw new Error('prerender: the popcards.js tag was not found in index.html');
page = page.replace('<script defer src="popcards.js"></script>', () => `<script defer src="${base}popcards.js"></script>`);
fs.writeFileSync(html, page);

// The built page of each chart embed (issue #24): what examples/prerender.rs wrote as
// `embed/{part}-{lang}-{cur}.frag` (its title on the first line, then the body) becomes a page of
// its own, in its language, with the same stylesheet and policy, and frame.js for the height
// messages, and embed.js for a producer's settings in the address (theme, title, credit, parts
// hidden); no wasm (the chart's tooltips are SVG and CSS). Its links go one folder up, to the
// site's root.
const icon = (page.match(/<link rel="icon" href="([^"]+)"[^>]*>/) || [])[1];
if (!icon) throw new Error('prerender: the icon link was not found in index.html');
const frags = fs.readdirSync(embedDir).filter((f) => f.endsWith('.frag'));
if (frags.length !== 54) throw new Error(`prerender: expected 54 embed pages from examples/prerender.rs, found ${frags.length}`);
for (const frag of frags) {
  const text = fs.readFileSync(path.join(embedDir, frag), 'utf8');
  const nl = text.indexOf('\n');
  const [pageTitle, body] = [text.slice(0, nl), text.slice(nl + 1)];
  const lang = { ko: 'ko', zh: 'zh-Hans', en: 'en' }[frag.split('-').at(-2)];
  if (!lang || !/^(<a class="skip-link"[^\n]*\n)?<main class="embed-page"/.test(body)) throw new Error(`prerender: ${frag} is not an embed page`);
  const doc = `<!doctype html>
<html lang="${lang}" class="embed built-embed">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${esc(pageTitle)}</title>
    <link rel="icon" href="../${path.basename(icon)}" type="image/svg+xml">
    <script async src="../frame.js"></script>
    <script src="../embed.js"></script>${/^glossary-/.test(frag) ? '\n    <script defer src="../popcards.js"></script>' : ''}
    <style>${css}</style>
  </head>
  <body>
    <div id="app">${body.trim()}</div>
  </body>
</html>
`;
  fs.writeFileSync(path.join(embedDir, frag.replace(/\.frag$/, '.html')), doc);
  fs.rmSync(path.join(embedDir, frag));
}
const images = fs.readdirSync(embedDir).filter((f) => f.endsWith('.png'));
if (images.length !== 27) throw new Error(`prerender: expected 27 chart images in ${embedDir}, found ${images.length}`);

// Archived articles stay as published (issue #24 item 7): the chart pages and images also under
// embed/v/{version}/, the version being a hash of their content, so that a snippet a newsroom
// pasted into a story keeps showing what it showed that day when a later build changes a chart.
// A deploy keeps the embed/v/ folders of earlier builds (README "Deploy"). The copies' links go
// three folders up, to the same root. The app reads the version from the page's meta tag (the
// share panel's "this version").
const embedFiles = fs.readdirSync(embedDir).filter((f) => /\.(html|png)$/.test(f)).sort();
// The scripts the pages run go with them (a later embed.js must not change an archived page).
const pageScripts = ['frame.js', 'embed.js', 'popcards.js'];
const digest = crypto.createHash('sha256');
for (const f of embedFiles) digest.update(f).update(fs.readFileSync(path.join(embedDir, f)));
for (const f of pageScripts) digest.update(f).update(fs.readFileSync(path.join(staging, f)));
const version = digest.digest('hex').slice(0, 12);
const versionDir = path.join(embedDir, 'v', version);
fs.mkdirSync(versionDir, { recursive: true });
for (const f of embedFiles) {
  const from = path.join(embedDir, f);
  if (f.endsWith('.png')) fs.copyFileSync(from, path.join(versionDir, f));
  else {
    const text = fs.readFileSync(from, 'utf8');
    let moved = text.replaceAll('="../', '="../../../');
    for (const js of pageScripts) moved = moved.replace(`src="../../../${js}"`, `src="${js}"`);
    if ((moved.match(/="\.\.\/\.\.\/\.\.\//g) || []).length < 3) throw new Error(`prerender: ${f} has fewer links to the root than expected`);
    fs.writeFileSync(path.join(versionDir, f), moved);
  }
}
for (const js of pageScripts) fs.copyFileSync(path.join(staging, js), path.join(versionDir, js));
const withVersion = fs.readFileSync(html, 'utf8').replace('<meta name="viewport"', () => `<meta name="longjiang-embed-version" content="${version}">\n    <meta name="viewport"`);
if (!withVersion.includes(`content="${version}"`)) throw new Error('prerender: the viewport meta tag was not found in index.html');
fs.writeFileSync(html, withVersion);
const files = fs.readdirSync(downloads);
if (files.length !== 11) throw new Error(`prerender: expected 11 download files in ${downloads}, found ${files.length}`);
