// A small static server for the end-to-end tests and the benchmark. Serves a built `dist/`
// under a base path (like any static host, also under a sub-path), the example host pages
// under /hosts/, and pym.js from node_modules under /vendor/. Optionally sends a
// Content-Security-Policy header and compresses responses (gzip or brotli).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The built site the tests serve: dist/ by default; E2E_DIST (and E2E_DIST_SUBPATH for the
 * sub-path build) point the whole e2e layer at another build, e.g. a deliberately broken one.
 */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(repoRoot, 'dist');
export const DIST_SUBPATH = process.env.E2E_DIST_SUBPATH
  ? path.resolve(process.env.E2E_DIST_SUBPATH)
  : path.join(repoRoot, 'dist-subpath');

/**
 * The strict Content-Security-Policy the built page declares in its own `<meta>`
 * (scripts/prerender.mjs): no inline script, and no inline style but the page's one stylesheet,
 * allowed by its SHA-256. The CSP tests also send it as a header, as a host would.
 */
export function strictCsp(dist = DIST) {
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const m = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  if (!m) throw new Error(`${dist}/index.html declares no Content-Security-Policy`);
  return m[1];
}

/**
 * A same-origin script (`'self'`, so a strict CSP allows it) that the server can put first in the
 * app's page: it records console errors and warnings, window `error` events (a ResizeObserver
 * loop, a failed resource) and unhandled rejections in `window.__problems`. For engines whose
 * driver reports no console (WebKit's WebDriver), and for events no console shows.
 */
const PROBE = `(() => {
  const problems = (window.__problems = []);
  const push = (s) => problems.push(String(s).slice(0, 500));
  window.addEventListener('error', (e) => {
    const t = e.target;
    push(t && t !== window && t.tagName ? \`error: \${t.tagName} failed to load \${t.src || t.href || ''}\` : \`error: \${e.message}\`);
  }, true);
  window.addEventListener('unhandledrejection', (e) => push(\`unhandledrejection: \${(e.reason && e.reason.message) || e.reason}\`));
  for (const k of ['error', 'warn']) {
    const orig = console[k];
    console[k] = function (...a) { push(\`\${k}: \${a.map(String).join(' ')}\`); return orig.apply(this, a); };
  }
})();
`;

/**
 * Starts the server. Options: dist (folder), base ('/' or '/sub/path/'), csp (header value),
 * compress ('gzip' | 'br' | null), port (0 = any free port), probe (put the PROBE script first in
 * the app's HTML pages), holdWasm (send the wasm only once `releaseWasm()` is called). Resolves
 * to { url, origin, close, stats, releaseWasm }.
 */
export function serve({ dist = DIST, base = '/', csp = null, compress = null, port = 0, probe = false, holdWasm = false } = {}) {
  const stats = [];
  // holdWasm: answer requests for the wasm only after `releaseWasm()` (what the page does before
  // the wasm arrives, on a slow network).
  let releaseWasm = () => {};
  const wasmHeld = holdWasm ? new Promise((r) => { releaseWasm = r; }) : null;
  // Compressed bodies are made once per file, as a static host or CDN would precompress them.
  const compressed = new Map();
  const mounts = [
    ['/hosts/', path.join(here, 'hosts')],
    ['/vendor/pym/', path.join(repoRoot, 'node_modules', 'pym.js', 'dist')],
    [base, dist],
  ];
  const server = http.createServer(async (req, res) => {
    if (wasmHeld && req.url.split('?')[0].endsWith('.wasm')) await wasmHeld;
    const url = new URL(req.url, 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    if (probe && pathname === `${base}__probe.js`) {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      res.end(PROBE);
      return;
    }
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix) || pathname + '/' === prefix);
    if (!mount) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const [prefix, dir] = mount;
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    let body = fs.readFileSync(file);
    if (probe && prefix === base && file.endsWith('.html')) {
      body = Buffer.from(body.toString('utf8').replace('<head>', `<head><script src="${base}__probe.js"></script>`));
    }
    const raw = body.length;
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    if (csp && prefix === base) headers['content-security-policy'] = csp;
    const accepts = req.headers['accept-encoding'] || '';
    const encoding = compress === 'br' && accepts.includes('br') ? 'br' : compress === 'gzip' && accepts.includes('gzip') ? 'gzip' : null;
    if (encoding) {
      const key = `${encoding}:${file}:${fs.statSync(file).mtimeMs}`;
      if (!compressed.has(key)) {
        compressed.set(key, encoding === 'br'
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : zlib.gzipSync(body, { level: 9 }));
      }
      body = compressed.get(key);
      headers['content-encoding'] = encoding;
    }
    headers['content-length'] = body.length;
    stats.push({ path: pathname, raw, wire: body.length, encoding: headers['content-encoding'] || 'identity' });
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        origin: `http://127.0.0.1:${port}`,
        stats,
        releaseWasm: () => releaseWasm(),
        // Also ends the connections a browser keeps open (keep-alive, or a speculative
        // preconnect that never sends a request and would hold close() for minutes).
        close: () => new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        }),
      });
    });
  });
}

// `node tests/e2e/server.mjs [base]` serves dist/ for a person to look at.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const s = await serve({ base: process.argv[2] || '/', port: Number(process.env.PORT || 8081) });
  console.log(`serving dist/ at ${s.url}`);
}
