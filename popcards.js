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
// 416 px above the screen for a word at its top; Firefox ESR has no anchor positioning). Below the mark, else above it, else on the
// side with more room; inside the screen; the screen's width on a phone.
document.addEventListener('toggle', (e) => {
  const card = e.target;
  if (!(card instanceof HTMLElement) || !card.classList.contains('popcard') || e.newState !== 'open') return;
  const mark = openedBy.get(card) || document.getElementById(card.dataset.openedBy || '');
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
