// The built cards (native popovers a button opens with popovertarget: the article's marks on the
// app's page, the entries on the glossary's built page), placed where JavaScript runs. A classic
// `defer` script, so it needs no inline script under the strict CSP and runs on every engine.
// Note which mark opened a card, so that the app, when it takes the page over, opens its own card
// there.
const openedBy = new WeakMap();
document.addEventListener('click', (e) => {
  const mark = e.target instanceof Element ? e.target.closest('[popovertarget]') : null;
  const card = mark && document.getElementById(mark.getAttribute('popovertarget'));
  if (!card || mark.getAttribute('popovertargetaction') === 'hide') return;
  openedBy.set(card, mark);
  if (mark.id) card.dataset.openedBy = mark.id;
}, true);
// Where JavaScript runs, the page places an opened built card itself (without it, CSS anchor
// positioning does; WebKit misplaces anchored popovers on a scrolled page, measured: a card
// 416 px above the screen for a word at its top; Firefox ESR has no anchor positioning). Below
// the mark, else above it, else on the side with more room; inside the part of the page the
// reader sees; the screen's width on a phone.
//
// That part is the window, or, in a frame that grows to its content (a pym host scrolls, not the
// frame: the glossary's page is 9,000 px tall), the part of the frame on the host's screen, which
// an IntersectionObserver knows (its implicit root is the top-level viewport, across origins), as
// the app's browser::visible_band asks it. Its answer comes a frame later: the card waits unseen
// (from `beforetoggle` on, below).
const framed = window.parent !== window;
// While a card is open in a frame, its observer: each answer (the first, and one per 1 % of the
// frame the host scrolls into or out of view) places the card again.
const watching = new WeakMap();
const steps = Array.from({ length: 101 }, (_, i) => i / 100);
const place = (card, mark, bandTop, bandBottom) => {
  const m = mark.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const gap = 6;
  const edge = 8;
  const s = card.style;
  s.setProperty('position-area', 'none');
  s.setProperty('position-try-fallbacks', 'none');
  s.margin = '0';
  s.right = 'auto';
  s.bottom = 'auto';
  s.maxHeight = `${Math.min(560, bandBottom - bandTop - 2 * edge)}px`;
  if (vw <= 600) {
    s.left = `${edge}px`;
    s.width = `${vw - 2 * edge}px`;
  }
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const below = bandBottom - edge - (m.bottom + gap);
  const above = m.top - gap - (bandTop + edge);
  if (vw > 600) s.left = `${Math.max(edge, Math.min(m.left, vw - edge - w))}px`;
  if (h <= below || (h > above && below >= above)) {
    s.top = `${m.bottom + gap}px`;
    s.maxHeight = `${Math.max(below, 120)}px`;
  } else {
    const height = Math.min(h, above);
    s.top = `${m.top - gap - height}px`;
    s.maxHeight = `${height}px`;
  }
};
// Out of sight from the moment it opens until it is placed: `toggle` comes a task after the card
// is shown, where the stylesheet's anchor positioning has put it (in a frame as tall as its
// content, below the mark whatever the host shows: seen on a loaded machine, a card off the
// reader's screen for a frame or two before it moved).
document.addEventListener('beforetoggle', (e) => {
  const card = e.target;
  if (card instanceof HTMLElement && card.classList.contains('popcard') && e.newState === 'open') {
    card.style.visibility = 'hidden';
  }
}, true);
document.addEventListener('toggle', (e) => {
  const card = e.target;
  if (!(card instanceof HTMLElement) || !card.classList.contains('popcard')) return;
  watching.get(card)?.disconnect();
  watching.delete(card);
  const mark = e.newState === 'open' && (openedBy.get(card) || document.getElementById(card.dataset.openedBy || ''));
  if (!mark) {
    card.style.visibility = '';
    return;
  }
  if (!framed) {
    place(card, mark, 0, window.innerHeight);
    card.style.visibility = '';
    return;
  }
  const answer = (entries) => {
    const r = entries[entries.length - 1].intersectionRect;
    if (r.height > 0) place(card, mark, r.top, r.bottom);
    else place(card, mark, 0, window.innerHeight);
    card.style.visibility = '';
  };
  const io = new IntersectionObserver(answer, { threshold: steps });
  io.observe(document.documentElement);
  watching.set(card, io);
}, true); // (capture: `toggle` does not bubble)
