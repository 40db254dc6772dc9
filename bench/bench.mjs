// Performance benchmark (run on demand: `make bench`; not a test). Serves the release dist/
// compressed on 127.0.0.1, loads it in headless Chromium with the cache disabled and the CPU
// throttled 4×, several times, and reports bytes, load milestones, interaction latencies and
// memory against the budgets. Writes bench/results/latest.json. scripts/bench.sh runs the shared
// side-by-side measurement (../shared/bench/measure.mjs: this app and the hand-written Chart.js
// peer page, same run) first; its results (bench/out/measure.json) go in the same table, and the
// load budgets are ratios to the peer (issue #11).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, repoRoot } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/lib.mjs';

const RUNS = Number(process.env.RUNS || 7);
const INTERACTIONS = 50;
const BUDGETS = {
  wire_bytes: 100 * 1024, // brotli, everything the page loads (measure.mjs)
  first_paint_vs_peer: 1.0,
  ready_vs_peer: 0.8, // first paragraph + all charts drawn
  card_open_median_ms: 50,
  hover_repaint_median_ms: 8,
  long_tasks_after_load: 0,
  // Phone profile (measure-phone.mjs, issue #19)
  phone_tap_vs_peer: 0.5, // first tap on a term that opens its card
  phone_fcp_vs_peer: 1.0,
  phone_wire_bytes: 180 * 1024, // brotli, what the page has loaded when it first answers a tap
  // Lighthouse, mobile defaults (bench/lighthouse.mjs, issue #19)
  lighthouse_score_below_peer: 0, // the peer's performance score less ours
  lighthouse_lcp_vs_peer: 1.0,
  // A chart embed's built page (issue #24): all it loads before an interaction, brotli
  chart_embed_bytes: 60 * 1024,
};
const MEASURE = path.join(repoRoot, 'bench', 'out', 'measure.json');
const PHONE = path.join(repoRoot, 'bench', 'out', 'phone.json');
const LIGHTHOUSE = path.join(repoRoot, 'bench', 'out', 'lighthouse.json');

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const max = (a) => Math.max(...a);

async function transfer(compress) {
  const server = await serve({ compress });
  const res = [];
  for (const f of fs.readdirSync(path.join(repoRoot, 'dist'))) {
    const r = await fetch(server.url + f, { headers: { 'accept-encoding': compress === 'br' ? 'br' : 'gzip' } });
    await r.arrayBuffer();
  }
  for (const s of server.stats) res.push({ file: s.path.replace(/^\//, ''), raw: s.raw, wire: s.wire });
  await server.close();
  return res;
}

// Injected before the page's scripts: records milestones and long tasks.
const PROBE = () => {
  window.__bench = { longTasks: [], firstParagraph: null, chartsDrawn: null, mounted: null, appCharts: null };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__bench.longTasks.push({ start: e.startTime, duration: e.duration })))
    .observe({ type: 'longtask', buffered: true });
  const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { if (window.__bench[key] === null) window.__bench[key] = performance.now(); }));
  const check = () => {
    const b = window.__bench;
    // The article's first paragraph: in the pre-rendered shell, or in the app once mounted.
    if (b.firstParagraph === null && document.querySelector('.article p')) painted('firstParagraph');
    // (The built page has marks too: the app is there when its <main> says so.)
    if (b.mounted === null && document.querySelector('main[data-ready="true"]')) b.mounted = performance.now();
    // The app's own canvases drawn (they replace the built charts when it mounts).
    const canvases = [...document.querySelectorAll('.chart-base')];
    const appDrawn = canvases.length === 3 && canvases.every((c) => c.width > 0);
    if (b.appCharts === null && appDrawn) painted('appCharts');
    // Three charts on screen: drawn at build time into the page (inline SVG in the shell), or
    // drawn by the app on its canvases.
    const built = document.querySelectorAll('.shell-charts svg').length;
    if (b.chartsDrawn === null && (built === 3 || appDrawn)) painted('chartsDrawn');
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
};

async function loadRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstParagraph !== null && window.__bench.chartsDrawn !== null && window.__bench.appCharts !== null, null, { timeout: 60000 });
  await page.waitForTimeout(1500); // let late long tasks show up
  const b = await page.evaluate(() => window.__bench);
  const interactive = Math.max(b.mounted, ...b.longTasks.filter((t) => t.start >= b.mounted).map((t) => t.start + t.duration));
  // After load = once the app has mounted and drawn its charts (the mount itself is one long task,
  // after the built page is on screen).
  const afterLoad = b.longTasks.filter((t) => t.start > b.appCharts && t.duration > 50);
  await context.close();
  return { firstParagraph: b.firstParagraph, chartsDrawn: b.chartsDrawn, appCharts: b.appCharts, interactive, longTasksAfterLoad: afterLoad.length };
}

async function interactions(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForSelector('#chart-trade .chart-base');
  await page.waitForTimeout(500);
  const hover = await page.evaluate(async (n) => {
    const c = document.querySelector('#chart-trade .chart-overlay');
    const r = c.getBoundingClientRect();
    const times = [];
    for (let i = 0; i < n; i++) {
      // Alternate between the first and last bar, in their lower part.
      const x = r.left + (i % 2 ? r.width * 0.78 : r.width * 0.3);
      const y = r.top + r.height - 45;
      const t0 = performance.now();
      c.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }));
      // The overlay repaint and tooltip update run in the event handler and the microtasks
      // after it; a macrotask boundary is when they are all done (no wait for vsync).
      await new Promise((res) => setTimeout(res, 0));
      times.push(performance.now() - t0);
      await new Promise((res) => requestAnimationFrame(res));
    }
    return times;
  }, INTERACTIONS);
  const card = await page.evaluate(async (n) => {
    const terms = [...document.querySelectorAll('#article .mark.term')].slice(0, 25);
    const times = [];
    for (let i = 0; i < n; i++) {
      const t = terms[i % terms.length];
      const t0 = performance.now();
      t.click();
      await new Promise((res) => { const check = () => (document.getElementById('card') ? res() : requestAnimationFrame(check)); check(); });
      await new Promise((res) => requestAnimationFrame(res));
      times.push(performance.now() - t0);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await new Promise((res) => setTimeout(res, 20));
    }
    return times;
  }, INTERACTIONS);
  const memory = await page.evaluate(() => ({
    wasm: globalThis.longjiangWasmMemory ? globalThis.longjiangWasmMemory.buffer.byteLength : null,
    jsHeap: performance.memory ? performance.memory.usedJSHeapSize : null,
  }));
  await context.close();
  return { hover, card, memory };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const ms = (n) => n.toFixed(1).padStart(8) + ' ms';

const gzip = await transfer('gzip');
const br = await transfer('br');
const files = gzip.map((g) => ({ file: g.file, raw: g.raw, gzip: g.wire, brotli: br.find((b) => b.file === g.file).wire }));
const totals = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const server = await serve({ compress: 'br' });
const browser = await launch();
const loads = [];
for (let i = 0; i < RUNS; i++) loads.push(await loadRun(browser, `${server.url}#panel=charts`));
const inter = await interactions(browser, `${server.url}#panel=charts`);
await browser.close();
await server.close();

const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  cpu_throttle: 4,
  files,
  totals,
  first_paragraph_ms: { median: median(loads.map((l) => l.firstParagraph)), worst: max(loads.map((l) => l.firstParagraph)) },
  charts_drawn_ms: { median: median(loads.map((l) => l.chartsDrawn)), worst: max(loads.map((l) => l.chartsDrawn)) },
  app_charts_ms: { median: median(loads.map((l) => l.appCharts)), worst: max(loads.map((l) => l.appCharts)) },
  interactive_ms: { median: median(loads.map((l) => l.interactive)), worst: max(loads.map((l) => l.interactive)) },
  long_tasks_after_load: max(loads.map((l) => l.longTasksAfterLoad)),
  hover_repaint_ms: { median: median(inter.hover), worst: max(inter.hover) },
  card_open_ms: { median: median(inter.card), worst: max(inter.card) },
  memory: inter.memory,
};

console.log('\nBytes (per file: raw / gzip / brotli)');
for (const f of files) console.log(`  ${f.file.padEnd(48)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
console.log(`  ${'total'.padEnd(48)} ${kb(totals.raw)} ${kb(totals.gzip)} ${kb(totals.brotli)}`);
console.log(`\nLoad at 4× CPU throttle, cache disabled, ${RUNS} runs (median / worst)`);
console.log(`  first paragraph painted   ${ms(result.first_paragraph_ms.median)} ${ms(result.first_paragraph_ms.worst)}`);
console.log(`  all charts on screen       ${ms(result.charts_drawn_ms.median)} ${ms(result.charts_drawn_ms.worst)}   (built into the page)`);
console.log(`  app's charts drawn        ${ms(result.app_charts_ms.median)} ${ms(result.app_charts_ms.worst)}   (canvas, after the mount)`);
console.log(`  interactive               ${ms(result.interactive_ms.median)} ${ms(result.interactive_ms.worst)}`);
console.log(`  long tasks > 50 ms after load: ${result.long_tasks_after_load}`);
console.log(`\nInteractions (${INTERACTIONS} each, median / worst)`);
console.log(`  chart hover → repaint     ${ms(result.hover_repaint_ms.median)} ${ms(result.hover_repaint_ms.worst)}`);
console.log(`  term card open            ${ms(result.card_open_ms.median)} ${ms(result.card_open_ms.worst)}`);
console.log(`\nMemory after the tour: wasm linear ${kb(result.memory.wasm ?? 0)}, JS heap ${kb(result.memory.jsHeap ?? 0)}`);

// Side by side with the peer page (same run of measure.mjs, before this script).
if (!fs.existsSync(MEASURE)) {
  console.error(`\n${MEASURE} is missing: run \`make bench\` (it measures the peer page first).`);
  process.exit(1);
}
const side = JSON.parse(fs.readFileSync(MEASURE, 'utf8'));
const { app, peer } = side;
result.side_by_side = side;
const ratio = (a, b) => (a / b).toFixed(2).padStart(8) + ' ×';
console.log(`\nSide by side with the hand-written Chart.js page (measure.mjs, brotli, 4× throttle, cache off, medians of ${app.runs})`);
console.log(`  ${''.padEnd(34)} ${'this app'.padStart(11)} ${'peer'.padStart(11)} ${'ratio'.padStart(10)}`);
console.log(`  ${'bytes on the wire'.padEnd(34)} ${kb(app.wire_bytes_median)}  ${kb(peer.wire_bytes_median)} ${ratio(app.wire_bytes_median, peer.wire_bytes_median)}`);
console.log(`  ${'first paint'.padEnd(34)} ${ms(app.fcp_ms_median)}  ${ms(peer.fcp_ms_median)} ${ratio(app.fcp_ms_median, peer.fcp_ms_median)}`);
console.log(`  ${'first paragraph + charts drawn'.padEnd(34)} ${ms(app.ready_ms_median)}  ${ms(peer.ready_ms_median)} ${ratio(app.ready_ms_median, peer.ready_ms_median)}`);

if (!fs.existsSync(PHONE)) {
  console.error(`\n${PHONE} is missing: run \`make bench\` (it measures the phone profile first).`);
  process.exit(1);
}
const phone = JSON.parse(fs.readFileSync(PHONE, 'utf8'));
result.phone = phone;
const [papp, ppeer] = [phone.app, phone.peer];
console.log(`\nPhone profile, side by side (measure-phone.mjs: 4× CPU, 1.6 Mbps, 150 ms RTT, 412×823 touch, medians of ${papp.runs})`);
console.log(`  ${''.padEnd(34)} ${'this app'.padStart(11)} ${'peer'.padStart(11)} ${'ratio'.padStart(10)}`);
console.log(`  ${'bytes on the wire at the tap'.padEnd(34)} ${kb(papp.wire)}  ${kb(ppeer.wire)} ${ratio(papp.wire, ppeer.wire)}`);
console.log(`  ${'first contentful paint'.padEnd(34)} ${ms(papp.fcp)}  ${ms(ppeer.fcp)} ${ratio(papp.fcp, ppeer.fcp)}`);
console.log(`  ${'first card by tap'.padEnd(34)} ${ms(papp.tap)}  ${ms(ppeer.tap)} ${ratio(papp.tap, ppeer.tap)}`);
console.log(`  (failed taps: app ${papp.failed_taps}, peer ${ppeer.failed_taps}; console errors: app ${papp.errors}, peer ${ppeer.errors})`);

if (!fs.existsSync(LIGHTHOUSE)) {
  console.error(`\n${LIGHTHOUSE} is missing: run \`make bench\` (it runs Lighthouse first).`);
  process.exit(1);
}
const lh = JSON.parse(fs.readFileSync(LIGHTHOUSE, 'utf8'));
result.lighthouse = lh;
console.log(`\nLighthouse, mobile defaults (simulated), side by side, medians of ${lh.app.runs}`);
console.log(`  ${''.padEnd(34)} ${'this app'.padStart(11)} ${'peer'.padStart(11)}`);
console.log(`  ${'performance score'.padEnd(34)} ${String(lh.app.score).padStart(11)} ${String(lh.peer.score).padStart(11)}`);
console.log(`  ${'largest contentful paint'.padEnd(34)} ${ms(lh.app.lcp)}  ${ms(lh.peer.lcp)}`);
console.log(`  ${'first contentful paint'.padEnd(34)} ${ms(lh.app.fcp)}  ${ms(lh.peer.fcp)}`);
console.log(`  ${'total blocking time'.padEnd(34)} ${ms(lh.app.tbt)}  ${ms(lh.peer.tbt)}`);

// A chart embed's built page (dist/embed/, issue #24): the page, frame.js, embed.js and the icon,
// brotli; the heaviest of the 45 (they need no wasm).
const distDir = path.join(repoRoot, 'dist');
const brFile = (f) => zlib.brotliCompressSync(fs.readFileSync(path.join(distDir, f))).length;
const icon = fs.readdirSync(distDir).find((f) => /^favicon-.*\.svg$/.test(f));
const embedPages = fs.readdirSync(path.join(distDir, 'embed')).filter((f) => f.endsWith('.html'));
const heaviest = embedPages.map((p) => [p, brFile(`embed/${p}`)]).sort((a, b) => b[1] - a[1])[0];
const chartEmbed = heaviest[1] + brFile('frame.js') + brFile('embed.js') + brFile(icon);
result.chart_embed = { pages: embedPages.length, heaviest: heaviest[0], bytes: chartEmbed };
console.log(`\nChart embeds (dist/embed/, ${embedPages.length} pages, no wasm): the heaviest, ${heaviest[0]}, with frame.js, embed.js and the icon`);
console.log(`  ${'bytes on the wire (brotli)'.padEnd(34)} ${kb(chartEmbed)}`);

const times = (n) => (n.toFixed(2) + ' ×').padStart(11);
const checks = [
  ['Lighthouse: peer score − ours', lh.peer.score - lh.app.score, BUDGETS.lighthouse_score_below_peer, (n) => String(n).padStart(11)],
  ['Lighthouse: LCP / peer', lh.app.lcp / lh.peer.lcp, BUDGETS.lighthouse_lcp_vs_peer, times],
  ['phone: first tap / peer', papp.tap / ppeer.tap, BUDGETS.phone_tap_vs_peer, times],
  ['phone: first paint / peer', papp.fcp / ppeer.fcp, BUDGETS.phone_fcp_vs_peer, times],
  ['phone: bytes at the tap', papp.wire, BUDGETS.phone_wire_bytes, kb],
  ['bytes on the wire (brotli)', app.wire_bytes_median, BUDGETS.wire_bytes, kb],
  ['first paint / peer', app.fcp_ms_median / peer.fcp_ms_median, BUDGETS.first_paint_vs_peer, times],
  ['paragraph + charts / peer', app.ready_ms_median / peer.ready_ms_median, BUDGETS.ready_vs_peer, times],
  ['term card open (median)', result.card_open_ms.median, BUDGETS.card_open_median_ms, ms],
  ['hover repaint (median)', result.hover_repaint_ms.median, BUDGETS.hover_repaint_median_ms, ms],
  ['long tasks after load', result.long_tasks_after_load, BUDGETS.long_tasks_after_load, (n) => String(n).padStart(11)],
  ['chart embed (brotli)', chartEmbed, BUDGETS.chart_embed_bytes, kb],
];
console.log('\nBudgets');
result.budgets = checks.map(([name, value, budget, fmt]) => {
  const ok = value <= budget;
  console.log(`  ${ok ? 'met ' : 'MISS'}  ${name.padEnd(28)} ${fmt(value)}  (budget ${fmt(budget).trim()})`);
  return { name, value, budget, met: ok };
});
fs.mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(repoRoot, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 2));
console.log('\nwrote bench/results/latest.json');
