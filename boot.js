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
// data-cards names them) take their place, before the wasm, which is fetched after them. Each card
// is parsed when it opens, not all on arrival: parsing the 124 cards at once was a long task on a
// phone (~100 ms in Lighthouse's mobile profile), in the middle of the page's start. A card open
// when they arrive changes its words and stays open. If they cannot be fetched, the Korean cards
// stay, and work.
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
      // The file is the cards one after another, each opening with this (prerender.mjs checks
      // that it holds the page's cards, by id): split, not parsed.
      const opening = '<div popover="auto" id="';
      const texts = new Map();
      for (const part of html.split(opening).slice(1)) texts.set(part.slice(0, part.indexOf('"')), opening + part);
      const translate = (mine) => {
        const text = texts.get(mine.id);
        if (!text) return;
        texts.delete(mine.id);
        const built = document.createElement('template');
        built.innerHTML = text;
        const card = built.content.firstElementChild;
        if (!card || card.id !== mine.id) return;
        // Its words and its language; what the page set on it (where it was placed, which mark
        // opened it) stays, and so does whether it is open.
        for (const a of card.attributes) mine.setAttribute(a.name, a.value);
        mine.replaceChildren(...card.childNodes);
      };
      document.addEventListener('beforetoggle', (e) => {
        const card = e.target;
        if (e.newState === 'open' && card instanceof HTMLElement && card.classList.contains('popcard')) translate(card);
      }, true); // (capture: `beforetoggle` does not bubble)
      // An engine without `:popover-open` throws here: then no card is open.
      try {
        for (const card of document.querySelectorAll('.popcard:popover-open')) translate(card);
      } catch { /* none open */ }
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
