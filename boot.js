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
// The card speaks the reader's language first (issue #19): the built cards are Korean; for a reader
// whose address (`lang=`, the query then the hash, as the app reads it) or, failing that, browser
// (the first of navigator.languages the app knows, as core::i18n::Lang::from_browser) asks for
// Chinese or English, the same cards in that language (scripts/prerender.mjs writes them; the tag's
// data-cards names them) take their place, before the wasm, which is fetched after them. A card
// open at that moment stays open and changes its words. If they cannot be fetched, the Korean
// cards stay, and work.
const known = ['ko', 'zh', 'en'];
const cardsLang = (() => {
  let lang = null;
  for (const part of [location.search.slice(1), location.hash.slice(1)]) {
    for (const [k, v] of new URLSearchParams(part)) if (k === 'lang' && known.includes(v)) lang = v;
  }
  if (lang) return lang;
  for (const pref of navigator.languages || [navigator.language || '']) {
    const code = pref.slice(0, 2).toLowerCase();
    if (known.includes(code)) return code;
  }
  return 'ko';
})();
if (cardsLang !== 'ko' && tag.dataset.cards) {
  fetch(tag.dataset.cards.replace('{lang}', cardsLang))
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    })
    .then((html) => {
      const built = document.createElement('template');
      built.innerHTML = html;
      for (const card of [...built.content.querySelectorAll('.popcard[popover]')]) {
        const mine = document.getElementById(card.id);
        if (!mine || !mine.classList.contains('popcard')) continue;
        if (mine.matches(':popover-open')) mine.replaceChildren(...card.childNodes);
        else mine.replaceWith(card);
      }
      document.documentElement.dataset.cardsLang = cardsLang;
    })
    .catch(() => { /* the Korean cards stay */ });
}
// A promise chain, not top-level await: a module that awaits holds back DOMContentLoaded until
// the wasm has started, and with it everything on the page that waits for that event.
import(tag.dataset.js)
  .then((glue) => glue.default({ module_or_path: tag.dataset.wasm }))
  .then((wasm) => {
    // Read by the benchmark (bench/bench.mjs) to report wasm linear memory.
    globalThis.longjiangWasmMemory = wasm.memory;
  })
  .catch(fail);
