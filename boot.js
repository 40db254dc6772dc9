// Starts the app without inline script, so the page works under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'). Trunk writes the hashed file
// names into this tag's data attributes (Trunk.toml `pattern_script`).
const tag = document.querySelector('script[data-js][data-wasm]');
// Only with JavaScript on is there anything to wait for.
const loading = document.getElementById('boot-loading');
if (loading) loading.hidden = false;
const fail = (err) => {
  const box = document.getElementById('boot-error');
  if (box) box.hidden = false;
  console.error('Longjiang Reader could not start:', err);
};
// The built page's cards are native popovers that their marks open (popovertarget). Note which
// mark opened one, so that the app, when it takes the page over, opens its own card there.
document.addEventListener('click', (e) => {
  const mark = e.target instanceof Element ? e.target.closest('[popovertarget]') : null;
  const card = mark && document.getElementById(mark.getAttribute('popovertarget'));
  if (card && mark.id) card.dataset.openedBy = mark.id;
}, true);
// A promise chain, not top-level await: a module that awaits holds back DOMContentLoaded until
// the wasm has started, and with it everything on the page that waits for that event.
import(tag.dataset.js)
  .then((glue) => glue.default({ module_or_path: tag.dataset.wasm }))
  .then((wasm) => {
    // Read by the benchmark (bench/bench.mjs) to report wasm linear memory.
    globalThis.longjiangWasmMemory = wasm.memory;
  })
  .catch(fail);
