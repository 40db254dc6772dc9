// Lighthouse, mobile defaults (simulated 4x CPU and slow 4G, 412x823), side by side with the
// hand-written peer page in one run: performance score and largest contentful paint, medians of
// RUNS. Part of `make bench` (issue #19's budgets: performance >= the peer's, LCP <= the peer's);
// writes bench/out/lighthouse.json for bench/bench.mjs.
// Usage: LIGHTHOUSE=path/to/node_modules/lighthouse node bench/lighthouse.mjs APP_DIR PEER_DIR
// (scripts/bench.sh installs Lighthouse into bench/.lighthouse on first use, not as a dependency
// of the tests).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const [appDir, peerDir] = process.argv.slice(2);
const runs = Number(process.env.LH_RUNS || 3);
const lhRoot = process.env.LIGHTHOUSE;
if (!appDir || !peerDir || !lhRoot) {
  console.error('usage: LIGHTHOUSE=…/node_modules/lighthouse node bench/lighthouse.mjs APP_DIR PEER_DIR');
  process.exit(2);
}
const req = (p) => import(pathToFileURL(path.join(lhRoot, p)).href);
const { default: lighthouse } = await req('core/index.js');
const chromeLauncher = await import(pathToFileURL(path.join(lhRoot, '..', 'chrome-launcher', 'dist', 'index.js')).href);

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const out = {};
try {
  for (const [name, dir] of [['app', appDir], ['peer', peerDir]]) {
    const server = await serve({ dist: path.resolve(dir), compress: 'br' });
    const rows = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const a = r.lhr.audits;
      rows.push({
        score: Math.round(r.lhr.categories.performance.score * 100),
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
      });
    }
    await server.close();
    out[name] = { runs, score: median(rows.map((x) => x.score)), lcp: median(rows.map((x) => x.lcp)), fcp: median(rows.map((x) => x.fcp)), tbt: median(rows.map((x) => x.tbt)), cls: median(rows.map((x) => x.cls)), rows };
  }
} finally {
  await chrome.kill();
}
for (const [n, r] of Object.entries(out)) {
  console.log(`${n.padEnd(5)} performance ${r.score}  LCP ${r.lcp.toFixed(0)} ms  FCP ${r.fcp.toFixed(0)} ms  TBT ${r.tbt.toFixed(0)} ms  CLS ${r.cls.toFixed(3)}`);
}
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/lighthouse.json', JSON.stringify(out, null, 2));
