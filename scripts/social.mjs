// The link preview's meta tags (Open Graph and Twitter cards), for scripts/prerender.mjs: what a
// feed or a chat shows for a shared link — the page's title and description, and, when the build
// knows where the site lives, the preview image the build draws (og.png, examples/prerender.rs
// --og-image). Pure functions, tested without a build (tests/e2e/social.test.mjs).
//
// The image and the page's own URL must be absolute, and the build knows only the public URL
// (PUBLIC_URL, e.g. /longjiang/): the site's origin comes from the deploy settings, SITE_ORIGIN
// (e.g. https://news.example.com). Without one there is no og:image, og:url or twitter:image,
// and the card is a plain `summary`: no preview image rather than a wrong one.

/** The preview image's file name in dist/ and its size (examples/prerender.rs draws it). */
export const OG_IMAGE = { file: 'og.png', width: 1200, height: 630 };

/** Text for an HTML attribute value in double quotes. */
export const attr = (s) => String(s)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The site origin from SITE_ORIGIN: `http(s)://host[:port]`, no path, query, fragment or user
 * (one trailing slash is forgiven). Returns it normalised (lower-case host, no default port), or
 * undefined when unset or empty; throws a message naming the variable for anything else.
 */
export function siteOrigin(value) {
  if (value === undefined || value === '') return undefined;
  const v = String(value).trim().replace(/\/$/, '');
  const host = '(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*';
  const shape = new RegExp(`^https?://${host}(?::(\\d{1,5}))?$`, 'i');
  const m = v.match(shape);
  if (!m || (m[1] !== undefined && Number(m[1]) > 65535)) {
    throw new Error(`SITE_ORIGIN must be a site origin such as https://news.example.com (scheme and host, optionally :port, no path), not ${JSON.stringify(value)}`);
  }
  return new URL(v).origin;
}

/**
 * The meta tags for the page's <head>, one per line (joined with `indent`).
 *   title, description: the page's <title> and description, as text (escaped here)
 *   siteName: the site's name (og:site_name)
 *   origin: a value siteOrigin() returned, or undefined
 *   base: the public URL the page is built for, a path (`/`, `/sub/`)
 *   imageAlt: the preview image's text alternative
 */
export function socialMeta({ title, description, siteName, origin, base = '/', imageAlt, indent = '\n    ' }) {
  const tags = [
    ['property', 'og:type', 'article'],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', 'ko_KR'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
  ];
  let image;
  if (origin !== undefined) {
    if (!/^\/(?!\/)/.test(base)) {
      throw new Error(`SITE_ORIGIN needs a public URL that starts with / (PUBLIC_URL=/path/), not ${JSON.stringify(base)}`);
    }
    const dir = base.endsWith('/') ? base : `${base}/`;
    const page = new URL(dir, `${origin}/`).href;
    image = new URL(OG_IMAGE.file, page).href;
    tags.push(
      ['property', 'og:url', page],
      ['property', 'og:image', image],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(OG_IMAGE.width)],
      ['property', 'og:image:height', String(OG_IMAGE.height)],
      ['property', 'og:image:alt', imageAlt],
    );
  }
  tags.push(
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
  );
  if (image) tags.push(['name', 'twitter:image', image], ['name', 'twitter:image:alt', imageAlt]);
  for (const [, key, value] of tags) {
    if (typeof value !== 'string' || value === '') throw new Error(`social meta: no value for ${key}`);
  }
  return tags.map(([kind, key, value]) => `<meta ${kind}="${key}" content="${attr(value)}">`).join(indent);
}
