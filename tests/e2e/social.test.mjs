// The link preview (issue #23): a shared link shows the page's title, its description and an
// image the build draws — the article's title and the trade chart, a 1200×630 PNG under 60 KB.
// Its URL must be absolute, so the page names it only when the build is given the site's
// origin (SITE_ORIGIN); without one there is no image rather than a wrong one.
//
// Two parts: the meta tags as a pure function (scripts/social.mjs), and the built dist/
// (E2E_DIST points at another build; the default build has no SITE_ORIGIN — run this file with
// the SITE_ORIGIN the build had to check a build that had one). No browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, DIST_SUBPATH } from './server.mjs';
import { OG_IMAGE, siteOrigin, socialMeta } from '../../scripts/social.mjs';

/** The meta tags of an HTML text as a map (property or name → decoded content); throws on a repeat. */
function metas(html) {
  const out = new Map();
  for (const m of html.matchAll(/<meta (property|name)="([^"]+)" content="([^"]*)">/g)) {
    if (out.has(m[2])) throw new Error(`meta ${m[2]} twice`);
    out.set(m[2], decode(m[3]));
  }
  return out;
}
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

const page = { title: '롱장 리더 · 기사', description: '설명', siteName: '롱장 리더', imageAlt: '기사 — 무역 차트' };

test('with an origin: absolute og:url, og:image and twitter:image, at the root and under a sub-path', () => {
  for (const [base, url] of [['/', 'https://news.example.com/'], ['/sub/', 'https://news.example.com/sub/'], ['/news/longjiang/', 'https://news.example.com/news/longjiang/']]) {
    const m = metas(socialMeta({ ...page, origin: siteOrigin('https://news.example.com'), base }));
    assert.equal(m.get('og:url'), url);
    assert.equal(m.get('og:image'), `${url}og.png`);
    assert.equal(m.get('twitter:image'), `${url}og.png`);
    assert.equal(m.get('twitter:card'), 'summary_large_image');
    assert.equal(m.get('og:image:width'), '1200');
    assert.equal(m.get('og:image:height'), '630');
    assert.equal(m.get('og:image:alt'), page.imageAlt);
    assert.equal(m.get('og:type'), 'article');
    assert.equal(m.get('og:locale'), 'ko_KR');
    assert.equal(m.get('og:site_name'), page.siteName);
    assert.equal(m.get('og:title'), page.title);
    assert.equal(m.get('twitter:title'), page.title);
    assert.equal(m.get('og:description'), page.description);
    assert.equal(m.get('twitter:description'), page.description);
  }
  // A port stays; a sub-path without its trailing slash gets one.
  const m = metas(socialMeta({ ...page, origin: siteOrigin('http://localhost:8080'), base: '/sub' }));
  assert.equal(m.get('og:image'), 'http://localhost:8080/sub/og.png');
  // A public URL that is not a path cannot be made absolute: the build says so.
  assert.throws(() => socialMeta({ ...page, origin: 'https://news.example.com', base: './' }), /PUBLIC_URL/);
  assert.throws(() => socialMeta({ ...page, origin: 'https://news.example.com', base: '//cdn.example.com/' }), /PUBLIC_URL/);
});

test('without an origin: no image, no URL, and a summary card', () => {
  for (const origin of [undefined, siteOrigin(undefined), siteOrigin('')]) {
    const m = metas(socialMeta({ ...page, origin, base: '/sub/' }));
    for (const key of ['og:image', 'og:url', 'twitter:image', 'og:image:width', 'og:image:alt']) assert.ok(!m.has(key), key);
    assert.equal(m.get('twitter:card'), 'summary');
    assert.equal(m.get('og:title'), page.title);
    assert.equal(m.get('og:description'), page.description);
    assert.equal(m.get('twitter:title'), page.title);
    assert.equal(m.get('og:type'), 'article');
  }
});

test('every value is escaped for its attribute', () => {
  const evil = { title: 'A "quoted" <b>title</b> & more', description: '<script>alert("x")</script>', siteName: 'S&P "site"', imageAlt: '"alt" <img>' };
  const html = socialMeta({ ...evil, origin: 'https://news.example.com', base: '/a"b<c/' });
  assert.doesNotMatch(html, /<(b|script|img)\b/);
  // Each tag is exactly one meta with two attributes: no value broke out of its quotes.
  for (const line of html.split('\n')) assert.match(line.trim(), /^<meta (property|name)="[^"]+" content="[^"<>]*">$/);
  const m = metas(html);
  assert.equal(m.get('og:title'), evil.title);
  assert.equal(m.get('og:description'), evil.description);
  assert.equal(m.get('og:site_name'), evil.siteName);
  assert.equal(m.get('og:image:alt'), evil.imageAlt);
  assert.equal(m.get('og:image'), 'https://news.example.com/a%22b%3Cc/og.png');
});

test('SITE_ORIGIN: scheme and host (and port) only; anything else fails the build with a clear message', () => {
  assert.equal(siteOrigin('https://news.example.com'), 'https://news.example.com');
  assert.equal(siteOrigin('https://News.Example.COM/'), 'https://news.example.com');
  assert.equal(siteOrigin('http://localhost:8080'), 'http://localhost:8080');
  assert.equal(siteOrigin('https://news.example.com:443'), 'https://news.example.com');
  for (const bad of ['news.example.com', 'ftp://news.example.com', 'https://news.example.com/longjiang/',
    'https://news.example.com/x', 'https://news.example.com?x=1', 'https://news.example.com#x',
    'https://user@news.example.com', 'https://', 'https://-bad.example.com', 'https://news.example.com:99999',
    'https://news example.com', 'javascript:alert(1)', '//news.example.com']) {
    assert.throws(() => siteOrigin(bad), /SITE_ORIGIN must be a site origin such as https:\/\/news\.example\.com/, bad);
  }
});

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk header). */
function pngSize(buf) {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(buf.toString('latin1', 12, 16), 'IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

for (const [name, dist] of [['dist/', DIST], ['the sub-path build', DIST_SUBPATH]]) {
  const built = fs.existsSync(path.join(dist, 'index.html'));
  // The sub-path build is checked when there is one (make test builds it; a single build has none).
  test(`${name}: og.png is a 1200×630 PNG under 60 KB, and the head has the preview's tags`, { skip: !built && dist === DIST_SUBPATH && `${dist} is not built` }, () => {
    assert.ok(built, `${dist}/index.html: build first (make build)`);
    const png = fs.readFileSync(path.join(dist, OG_IMAGE.file));
    assert.deepEqual(pngSize(png), [1200, 630]);
    assert.ok(png.length < 60 * 1024, `og.png weighs ${png.length} bytes`);

    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const m = metas(head);
    const title = decode(head.match(/<title>([^<]*)<\/title>/)[1]);
    assert.equal(m.get('og:title'), title);
    assert.equal(m.get('twitter:title'), title);
    assert.ok(m.get('description'), 'the page has a description');
    assert.equal(m.get('og:description'), m.get('description'));
    assert.equal(m.get('twitter:description'), m.get('description'));
    assert.equal(m.get('og:type'), 'article');
    assert.equal(m.get('og:locale'), 'ko_KR');
    assert.ok(m.get('og:site_name') && title.startsWith(m.get('og:site_name')), 'og:site_name is the app name');
    // The page's strict CSP is still there, once, first after the charset.
    assert.equal((head.match(/http-equiv="Content-Security-Policy"/g) || []).length, 1);
    assert.match(head, /<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-[^']+'">/);

    const origin = siteOrigin(process.env.SITE_ORIGIN);
    if (origin === undefined) {
      // The default build: no origin, so no image and no URL rather than wrong ones.
      for (const key of ['og:image', 'og:url', 'twitter:image']) assert.ok(!m.has(key), `${key} without SITE_ORIGIN`);
      assert.equal(m.get('twitter:card'), 'summary');
    } else {
      const base = head.match(/<script type="module" src="([^"]*)boot\.js"/)[1];
      assert.equal(m.get('og:url'), `${origin}${base}`);
      assert.equal(m.get('og:image'), `${origin}${base}og.png`);
      assert.equal(m.get('twitter:image'), m.get('og:image'));
      assert.equal(m.get('twitter:card'), 'summary_large_image');
      assert.deepEqual([m.get('og:image:width'), m.get('og:image:height')], ['1200', '630']);
      assert.match(m.get('og:image:alt'), /무역액 차트$/);
      assert.ok(m.get('og:image:alt').startsWith(title.split(' · ').slice(1).join(' · ')), 'the alt names the article');
    }
  });
}
