// Side-by-side page-load measurement: serves each directory compressed on 127.0.0.1,
// loads it in headless Chromium (cache off, CPU throttled), and reports wire bytes and
// time until a readiness condition holds. Usage:
//   node measure.mjs --runs 7 --throttle 4 NAME=DIR[@PATH] ...
// Readiness: some text paragraph painted AND at least MIN charts drawn (canvas pixels or inline SVG)
// (MIN per target: --min NAME=K; default: every canvas, for pages without overlay canvases).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
let runs = 7, throttle = 4, enc = 'br';
const minCharts = {};
const targets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = +args[++i];
  else if (args[i] === '--throttle') throttle = +args[++i];
  else if (args[i] === '--enc') enc = args[++i];
  else if (args[i] === '--min') { const [n, k] = args[++i].split('='); minCharts[n] = +k; }
  else { const eq = args[i].indexOf('='), name = args[i].slice(0, eq), rest = args[i].slice(eq + 1); const at = rest.indexOf('@'); const dir = at < 0 ? rest : rest.slice(0, at), p = at < 0 ? '/' : rest.slice(at + 1); targets.push({ name, dir, p }); }
}
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8' };

function serve(root) {
  const cache = new Map();
  const srv = http.createServer((req, res) => {
    let u = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let f = path.join(root, u);
    if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
    if (!fs.existsSync(f)) { // SPA fallback
      f = path.join(root, 'index.html');
    }
    const raw = fs.readFileSync(f);
    const key = f + enc;
    let body = cache.get(key);
    if (!body) { body = enc === 'br' ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) : enc === 'gzip' ? zlib.gzipSync(raw, { level: 9 }) : raw; cache.set(key, body); }
    const h = { 'content-type': types[path.extname(f)] || 'application/octet-stream', 'cache-control': 'no-store' };
    if (enc !== 'identity') h['content-encoding'] = enc;
    res.writeHead(200, h); res.end(body);
  });
  return new Promise(r => srv.listen(0, '127.0.0.1', () => r(srv)));
}

const READY = (min) => new Promise(resolve => {
  function blank(c) {
    try {
      if (!c.width || !c.height) return true;
      const ctx = c.getContext('2d');
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const step = Math.max(4, Math.floor(d.length / 4000) * 4);
      for (let i = 0; i < d.length; i += step) if (d[i + 3] !== 0) return false;
      return true;
    } catch (e) { return false; }
  }
  const t0 = performance.now();
  function tick() {
    if (performance.now() - t0 > 20000) return resolve(null);
    const para = [...document.querySelectorAll('p, article')].find(e => (e.textContent || '').length > 20 && e.getBoundingClientRect().height > 0);
    const cs = [...document.querySelectorAll('canvas')];
    const svgCharts = document.querySelectorAll('svg').length;
    // A chart is a canvas with pixels or an inline SVG at least 200 px wide with >= 3 shapes.
    const svgDrawn = [...document.querySelectorAll('svg')].filter(s => s.getBoundingClientRect().width >= 200 && s.querySelectorAll('rect, path, line, polyline, circle').length >= 3).length;
    const canvasDrawn = cs.filter(c => !blank(c)).length;
    const enough = min == null ? (cs.length > 0 && canvasDrawn === cs.length) || (cs.length === 0 && svgCharts > 0) : canvasDrawn + svgDrawn >= min;
    if (para && enough) return resolve(performance.now());
    requestAnimationFrame(tick);
  }
  tick();
});

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const results = {};
for (const t of targets) {
  const srv = await serve(t.dir);
  const url = `http://127.0.0.1:${srv.address().port}${t.p}`;
  const rows = [];
  for (let r = 0; r < runs + 1; r++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    page.on('crash', () => console.error('page crashed'));
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    let wire = 0; cdp.on('Network.loadingFinished', e => { wire += e.encodedDataLength; });
    const errors = []; page.on("console", m => { if (m.type() === "error" || m.type() === "warning") { errors.push(m.text()); console.log("CONSOLE", m.type(), m.text().slice(0,300)); } });
    page.on('pageerror', e => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const ready = await page.evaluate(READY, minCharts[t.name] ?? null);
    const fcp = await page.evaluate(() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null);
    await page.waitForTimeout(200);
    const mem = await page.evaluate(() => performance.memory ? performance.memory.usedJSHeapSize : null);
    if (r > 0) rows.push({ ready, fcp, wire, mem, errors: errors.length });
    await ctx.close();
  }
  srv.close();
  const med = k => { const v = rows.map(x => x[k]).filter(x => x != null).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : null; };
  results[t.name] = { url: t.p, runs: rows.length, ready_ms_median: med('ready'), fcp_ms_median: med('fcp'), wire_bytes_median: med('wire'), js_heap_median: med('mem'), console_errors_max: Math.max(...rows.map(x => x.errors)), rows };
}
await browser.close();
for (const [n, r] of Object.entries(results)) console.log(`${n}: ready ${r.ready_ms_median?.toFixed(0)} ms, fcp ${r.fcp_ms_median?.toFixed(0)} ms, wire ${r.wire_bytes_median} B (${enc}), heap ${r.js_heap_median}, console errors ${r.console_errors_max}`);
const names = Object.keys(results);
if (names.length === 2) {
  const [a, b] = names;
  console.log(`ratio ${a}/${b}: ready ${(results[a].ready_ms_median / results[b].ready_ms_median).toFixed(2)}, wire ${(results[a].wire_bytes_median / results[b].wire_bytes_median).toFixed(2)}`);
}
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/measure.json', JSON.stringify(results, null, 2));
