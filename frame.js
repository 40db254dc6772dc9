// In a frame, the page tells its parent its height from the first paint on, in the formats
// hosts listen for (pym.js, Datawrapper, AMP, iframe.resize), so that the frame is not left at
// its default size (pym's 150 px) while the page loads. A classic script loaded `async` from the
// head: it runs while the built page is still arriving (boot.js, a module, runs only once the
// whole page is parsed: measured on a phone network, the frame sat at 150 px until then, 2.7 s).
// The same messages as app/embed.rs, which takes over when the app has mounted (this observer
// stops then).
(() => {
  // An embed of the article alone (`?view=reader`): the built page's charts are not part of it,
  // so they are not shown while the app starts (the app leaves them out too).
  const query = new URLSearchParams(location.search);
  if (query.get('view') === 'reader') document.documentElement.classList.add('built-reader');
  // An embed (`?embed=1`, as core::url_state reads it) has the compact top bar.
  if (query.has('embed') && ['1', 'true', ''].includes(query.get('embed'))) document.documentElement.classList.add('built-compact');
  if (window.parent === window) return;
  // In a frame the page's height is the frame's: paragraphs laid out when they near the screen
  // (content-visibility, an estimate until then) would report a height that changes as the reader
  // scrolls and when the app takes over (an article embed: 3,941 px built, 3,352 px after).
  document.documentElement.classList.add('built-framed');
  const childId = new URLSearchParams(location.search).get('childId');
  const root = document.documentElement;
  let last = 0;
  const height = () => {
    const app = document.getElementById('app');
    return Math.max(1, Math.ceil((app || root).getBoundingClientRect().height));
  };
  const report = new ResizeObserver(() => {
    // The app has taken over (the built page, `.shell`, is gone once the page is parsed): its
    // own reporting (app/embed.rs) goes on from here.
    // A built chart embed (embed/*.html) has no app to take over: it reports for as long as it
    // is shown.
    const app = document.querySelector('script[data-wasm]');
    if (app && ((document.readyState !== 'loading' && !document.querySelector('.shell')) || document.querySelector('main[data-ready]'))) {
      report.disconnect();
      return;
    }
    const h = height();
    if (h === last) return;
    last = h;
    const parent = window.parent;
    if (childId) parent.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${h}`, '*');
    parent.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height: h }), '*');
    parent.postMessage({ 'datawrapper-height': { [childId || 'longjiang-reader']: h } }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
  });
  // The root grows as the page arrives; #app too, once it is there.
  report.observe(root);
  const watchApp = () => {
    const app = document.getElementById('app');
    if (app) report.observe(app);
    else if (document.readyState === 'loading') requestAnimationFrame(watchApp);
  };
  watchApp();
})();
