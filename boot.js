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
  if (loading) loading.hidden = true;
  console.error('Longjiang Reader could not start:', err);
};
// The card speaks the reader's language first (issue #19): the built page is the Korean reader's,
// its cards Korean. For a reader whose address (`lang=`, the query then the hash, as the app reads
// it) or, failing that, browser (the first of navigator.languages the app knows, as
// core::i18n::Lang::from_browser) asks for Chinese or English, the page as that reader starts
// (scripts/prerender.mjs writes it; the tag's data-cards names it) takes the page's place, before
// the wasm, which is fetched after it: the top bar, the reader's switches, the article's header and
// the charts in that language (the app's own, which it then renders in the same places), the article's
// paragraphs, every term and figure marked (the Korean
// reader's quiet reading leaves some words plain), which the app then takes over as its own
// instead of rendering the article again; and its cards in that language, each parsed when it
// opens, not all on arrival (parsing them at once was a long task on a phone, ~100 ms in
// Lighthouse's mobile profile). A card open when they arrive changes its words and stays open,
// and the paragraphs stay as they are. If they cannot be fetched, the Korean page stays, and
// works.
const known = ['ko', 'zh', 'en'];
// A setting the address gives (`name=`, the query then the hash, the last one known), as the app
// reads it.
const asked = (name, values) => {
  let value = null;
  for (const part of [location.search.slice(1), location.hash.slice(1)]) {
    for (const [k, v] of new URLSearchParams(part)) if (k === name && values.includes(v)) value = v;
  }
  return value;
};
const cardsLang = (() => {
  const lang = asked('lang', known);
  if (lang) return lang;
  for (const pref of navigator.languages || [navigator.language || '']) {
    const code = pref.slice(0, 2).toLowerCase();
    if (known.includes(code)) return code;
  }
  return 'ko';
})();
// The loading and the error line in the reader's language (index.html has all three).
for (const line of [loading, document.getElementById('boot-error')]) {
  for (const span of line ? line.querySelectorAll(':scope > span[lang]') : []) {
    if (span.lang.slice(0, 2) !== cardsLang) span.remove();
  }
}
// The built article, while the app has not taken the page over.
const builtBody = () => document.querySelector('.shell-article #article .article-body');
// Resolved once the page is the one the reader starts with (at once for a Korean reader): the
// app starts after that, so that it takes that page over rather than render the article again
// for a Chinese or English reader (measured: the mount's task 450 ms at 4x, against ~150 ms).
let inPlace;
const readerPage = new Promise((resolve) => { inPlace = resolve; });
if (cardsLang !== 'ko' && tag.dataset.cards) {
  fetch(tag.dataset.cards.replace('{lang}', cardsLang))
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    })
    .then((html) => {
      const [paragraphs, cards = ''] = html.split('<!-- cards -->');
      // The cards, one after another, each opening with this (prerender.mjs checks that there
      // is one for every mark): split, not parsed.
      const opening = '<div popover="auto" id="';
      const texts = new Map();
      for (const part of cards.split(opening).slice(1)) texts.set(part.slice(0, part.indexOf('"')), opening + part);
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
      // The page in the reader's language, right after its first paint (which does not wait for
      // it: it parses and lays out the article again); the wasm is started once it is in place.
      const putInPlace = () => {
        // An engine without `:popover-open` throws here: then no card is open.
        let open = [];
        try {
          open = [...document.querySelectorAll('.popcard:popover-open')];
        } catch { /* none open */ }
        open.forEach(translate);
        const shell = document.querySelector('.shell');
        if (shell) {
          // The top bar, the reader's switches and the charts in the reader's language, by their places; the
          // article's header and paragraphs too, unless a card is open (its mark stays) or the
          // address asks for the quiet reading (the page's). The cards between the paragraphs stay
          // where they are; an empty card for each mark the page had left plain is filled as it
          // opens.
          const quiet = asked('marks', ['quiet', 'all']) === 'quiet';
          const body = !quiet && !open.length ? builtBody() : null;
          const built = document.createElement('template');
          built.innerHTML = paragraphs;
          for (const el of [...built.content.children]) {
            let mine = null;
            if (el.matches('header.topbar')) mine = shell.querySelector('.topbar');
            else if (el.matches('aside.shell-charts')) mine = shell.querySelector('.shell-charts');
            else if (el.id === 'reader-controls') mine = shell.querySelector('#reader-controls');
            else if (body && el.matches('header.article-header')) mine = shell.querySelector('#article > .article-header');
            else if (body && el.id) mine = body.querySelector(`:scope > #${CSS.escape(el.id)}`);
            if (mine) mine.replaceWith(el);
          }
          if (body) {
            for (const id of texts.keys()) {
              if (document.getElementById(id)) continue;
              const card = document.createElement('div');
              card.setAttribute('popover', 'auto');
              card.id = id;
              card.className = 'card popcard';
              body.append(card);
            }
            body.dataset.marks = 'all';
          }
        }
        document.documentElement.dataset.cardsLang = cardsLang;
        // The page speaks the reader's language now (the article keeps its own lang="ko"), as
        // the app will say when it takes over (app::page).
        if (shell) document.documentElement.lang = cardsLang === 'zh' ? 'zh-Hans' : 'en';
      };
      requestAnimationFrame(() => setTimeout(() => {
        putInPlace();
        inPlace();
      }, 0));
    })
    .catch(() => {
      /* the Korean page stays */
      inPlace();
    });
} else {
  inPlace();
}
// A promise chain, not top-level await: a module that awaits holds back DOMContentLoaded until
// the wasm has started, and with it everything on the page that waits for that event.
// The wasm is fetched now, beside the JS glue (not after it: a round trip sooner on a phone), and
// started once the glue is here and the reader's page is in place (3 s at most).
// The texts file (every text of the dataset once; the wasm bakes none) is fetched beside them and
// handed to the app before it starts (src/app/mod.rs, TEXTS_GLOBAL), which checks it is the one
// its build wrote.
const wasmFile = fetch(tag.dataset.wasm);
wasmFile.catch(() => { /* said by fail(), below */ });
const textsFile = fetch(tag.dataset.texts).then((r) => {
  if (!r.ok) throw new Error(`${tag.dataset.texts}: HTTP ${r.status}`);
  return r.text();
});
textsFile.catch(() => { /* said by fail(), below */ });
Promise.all([import(tag.dataset.js), textsFile, Promise.race([readerPage, new Promise((resolve) => { setTimeout(resolve, 3000); })])])
  .then(([glue, texts]) => {
    globalThis.longjiangTexts = texts;
    return glue.default({ module_or_path: wasmFile });
  })
  .then((wasm) => {
    // Read by the benchmark (bench/bench.mjs) to report wasm linear memory.
    globalThis.longjiangWasmMemory = wasm.memory;
  })
  .catch(fail);
