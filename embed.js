// A built chart embed's settings from its address (issue #24), applied by this external script
// (the page's policy allows no inline one). Without JavaScript the page shows its defaults.
//   theme=light|dark   the page's theme (else the system's), set before the first paint;
//   bg=transparent     no background of its own, only with an explicit theme (a transparent page
//                      following the system could put dark text on a dark host);
//   title=…            the heading (at most 120 characters), credit=… the source line (160);
//   hide=…             parts to leave out, comma-separated: context, money, hint, notes, credit,
//                      links;
//   and pym's `theme` message from the host (light, dark, auto), for a host that changes theme.
// Text is set as text, never as HTML; control characters become spaces.
(() => {
  const q = new URLSearchParams(location.search);
  const root = document.documentElement;
  const theme = q.get('theme');
  if (theme === 'light' || theme === 'dark') {
    root.dataset.theme = theme;
    if (q.get('bg') === 'transparent') root.classList.add('transparent');
  }
  const clean = (s, n) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, n);
  const parts = {
    context: '.embed-context',
    money: '.money-explainer',
    hint: '.embed-hint',
    notes: '.embed-notes',
    credit: '.embed-page > .credit',
    links: '.embed-links',
  };
  const apply = () => {
    const title = clean(q.get('title') || '', 120);
    const h1 = document.querySelector('.embed-title');
    if (title && h1) {
      h1.textContent = title;
      document.title = title;
    }
    const credit = clean(q.get('credit') || '', 160);
    const line = document.querySelector(parts.credit);
    if (credit && line) line.textContent = credit;
    for (const name of (q.get('hide') || '').split(',')) {
      const sel = Object.hasOwn(parts, name.trim()) ? parts[name.trim()] : null;
      if (sel) for (const el of document.querySelectorAll(sel)) el.style.setProperty('display', 'none');
    }
  };
  // A pym host that changes its theme says so (`pymParent.sendMessage('theme', 'dark')`): the
  // page follows; `auto` gives it back to the reader's system (and drops a transparent background,
  // as above).
  const childId = q.get('childId');
  if (childId) {
    addEventListener('message', (e) => {
      if (e.source !== window.parent || typeof e.data !== 'string') return;
      const m = /^pymxPYMx(.{1,64}?)xPYMxthemexPYMx(light|dark|auto)$/.exec(e.data);
      if (!m || m[1] !== childId) return;
      if (m[2] === 'auto') {
        delete root.dataset.theme;
        root.classList.remove('transparent');
      } else root.dataset.theme = m[2];
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', apply);
  else apply();
})();
