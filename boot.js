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
// Where JavaScript runs, the page places an opened built card itself (without it, CSS anchor
// positioning does; WebKit misplaces anchored popovers on a scrolled page, measured: a card
// 416 px above the screen for a word at its top). Below the mark, else above it, else on the
// side with more room; inside the screen; the screen's width on a phone.
document.addEventListener('toggle', (e) => {
  const card = e.target;
  if (!(card instanceof HTMLElement) || !card.classList.contains('popcard') || e.newState !== 'open') return;
  const mark = document.getElementById(card.dataset.openedBy || '');
  if (!mark) return;
  const m = mark.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const gap = 6;
  const edge = 8;
  const s = card.style;
  s.setProperty('position-area', 'none');
  s.setProperty('position-try-fallbacks', 'none');
  s.margin = '0';
  s.right = 'auto';
  s.bottom = 'auto';
  s.maxHeight = `${Math.min(560, vh - 2 * edge)}px`;
  if (vw <= 600) {
    s.left = `${edge}px`;
    s.width = `${vw - 2 * edge}px`;
  }
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const below = vh - edge - (m.bottom + gap);
  const above = m.top - gap - edge;
  if (vw > 600) s.left = `${Math.max(edge, Math.min(m.left, vw - edge - w))}px`;
  if (h <= below || (h > above && below >= above)) {
    s.top = `${m.bottom + gap}px`;
    s.maxHeight = `${Math.max(below, 120)}px`;
  } else {
    const height = Math.min(h, above);
    s.top = `${m.top - gap - height}px`;
    s.maxHeight = `${height}px`;
  }
}, true); // (capture: `toggle` does not bubble)
// A promise chain, not top-level await: a module that awaits holds back DOMContentLoaded until
// the wasm has started, and with it everything on the page that waits for that event.
import(tag.dataset.js)
  .then((glue) => glue.default({ module_or_path: tag.dataset.wasm }))
  .then((wasm) => {
    // Read by the benchmark (bench/bench.mjs) to report wasm linear memory.
    globalThis.longjiangWasmMemory = wasm.memory;
  })
  .catch(fail);
