//! Share and embed: copy a link to the current view, and embed code (a plain `<iframe>` and a
//! pym.js variant, with the same address and title) for the part of the explorer the author
//! chooses, opening in the author's language, currency and display mode (`UrlState::for_embed`).

use crate::app::actions::state_link;
use crate::app::browser::{self, page_url};
use crate::app::dom_id;
use crate::app::state::{use_app, AppState};
use crate::app::text::embed_title;
use crate::charts;
use crate::core::embed_heights::RANGES;
use crate::core::format::Currency;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::{
    built_embed_heights, built_embed_image, built_embed_page, reader_embed_heights, ChartId, Panel,
    Theme, UrlState, View, BUILT_EMBED_DIR,
};
use leptos::prelude::*;

// Escapes text for an HTML attribute value in double quotes.
use crate::core::markup::escape_attr as html_attr;

/// Escapes text for a JavaScript string in single quotes inside a `<script>` element.
fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A fixed height for the plain iframe of a part the app's page shows (pym and the other
/// resizing hosts follow the content): the article and the glossary scroll inside their frame.
/// A chart part's built page has its measured largest height (`core::embed_heights`).
/// The plain iframe's height for the app's own parts (the whole explorer, the article): a screen
/// of it, scrolling inside (the article is 3,300–9,000 px tall, by the width). The built parts
/// have their pages' measured heights.
const APP_FRAME_HEIGHT: u32 = 900;

/// A built page's measured heights: the smallest per range of frame widths, and the largest.
type EmbedHeights = (&'static [u32; RANGES.len()], u32);

/// `<iframe>` embed code for `url` (already carrying `?embed=1…`).
pub fn iframe_snippet(url: &str, title: &str, height: u32, theme: Theme) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;border:0;color-scheme:{}\" height=\"{height}\"></iframe>",
        html_attr(url),
        html_attr(title),
        frame_scheme(theme)
    )
}

/// The `color-scheme` the host's iframe declares for a page in `theme`: the page's own. Browsers
/// paint an opaque backdrop behind a frame whose page has another color scheme than its iframe
/// element (CSS Color Adjustment), which would turn `bg=transparent` into a box on a dark host.
pub fn frame_scheme(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "light dark",
        Theme::Light => "light",
        Theme::Dark => "dark",
    }
}

/// pym.js embed code for `url`, into a container named after the part (two parts can share a page).
pub fn pym_snippet(url: &str, title: &str, container: &str) -> String {
    format!(
        "<div id=\"{container}\"></div>\n<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n<script>new pym.Parent('{container}', '{}', {{title: '{}'}});</script>",
        js_string(url),
        js_string(title)
    )
}

/// The folder the app's page is deployed in (`https://example.org/lj/` for
/// `https://example.org/lj/index.html`): the built embed pages are under it.
pub fn site_root(page: &str) -> &str {
    page.rfind('/').map_or(page, |i| &page[..=i])
}

/// A chart part's built page and, for one chart, its static image, as absolute URLs under
/// `root` (issue #24); `None` for the parts the app's own page shows.
/// With `version` (this build's, `embed/v/{version}/`: the page as published, issue #24), the
/// copy that later builds leave as it is; without, the latest.
pub fn built_urls(
    view: Option<View>,
    lang: Lang,
    cur: Currency,
    root: &str,
    version: Option<&str>,
) -> Option<(String, Option<String>)> {
    let view = view?;
    let at = |path: String| match version {
        Some(v) => format!(
            "{root}{}",
            path.replacen(
                &format!("{BUILT_EMBED_DIR}/"),
                &format!("{BUILT_EMBED_DIR}/v/{v}/"),
                1
            )
        ),
        None => format!("{root}{path}"),
    };
    let page = built_embed_page(view, lang, cur)?;
    Some((at(page), built_embed_image(view, lang, cur).map(at)))
}

/// The pym.js code for a built chart page: its container keeps, before the frame has said its
/// height, the page's measured height for the container's width (a container query per range of
/// widths, the smallest height in each: the host page never shows a gap, and moves by a few
/// pixels at most where it used to jump from pym's 150 px, issue #24); and, where the part has
/// one, its static image for readers without scripts (a newsletter, a feed reader, a page that
/// strips scripts).
pub fn pym_snippet_built(
    url: &str,
    title: &str,
    container: &str,
    heights: Option<&[u32; RANGES.len()]>,
    image: Option<&str>,
    theme: Theme,
) -> String {
    let pym = pym_snippet(url, title, container);
    // The frame a block (pym's inline frame leaves a 6 px gap below it) in the page's color scheme.
    let frame = format!(
        "#{container} iframe{{display:block;color-scheme:{}}}",
        frame_scheme(theme)
    );
    let div = format!("<div id=\"{container}\"></div>");
    let pym = match heights {
        Some(h) => {
            let rules: String = RANGES
                .iter()
                .zip(h)
                .enumerate()
                .map(|(i, (from, h))| {
                    let rule = format!("#{container}{{min-height:{h}px}}");
                    if i == 0 {
                        rule
                    } else {
                        format!("@container (min-width:{from}px){{{rule}}}")
                    }
                })
                .collect();
            pym.replacen(
                &div,
                &format!(
                    "<div style=\"container-type:inline-size\">{div}</div>\n<style>{frame}{rules}</style>"
                ),
                1,
            )
        }
        None => pym.replacen(&div, &format!("{div}\n<style>{frame}</style>"), 1),
    };
    match image {
        Some(img) => format!(
            "{pym}\n<noscript><img src=\"{}\" alt=\"{}\" width=\"100%\"></noscript>",
            html_attr(img),
            html_attr(title)
        ),
        None => pym,
    }
}

/// AMP's embed code for a one-chart page: an `amp-iframe` that resizes to the height the page
/// reports (AMP needs the `overflow` element for that), with the chart's static image as its
/// placeholder while the frame loads.
pub fn amp_snippet(url: &str, title: &str, image: &str, height: u32, more: &str) -> String {
    format!(
        "<amp-iframe src=\"{}\" title=\"{}\" width=\"600\" height=\"{height}\" layout=\"responsive\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups\" resizable frameborder=\"0\">\n  \
         <amp-img placeholder layout=\"fill\" src=\"{}\" alt=\"{}\"></amp-img>\n  \
         <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{}\">{}</div>\n</amp-iframe>",
        html_attr(url),
        html_attr(title),
        html_attr(image),
        html_attr(title),
        html_attr(more),
        html_attr(more)
    )
}

/// The parts an author can embed, as (`view`, value of its `<option>`).
const PARTS: [(Option<View>, &str); 8] = [
    (None, "all"),
    (Some(View::Reader), "reader"),
    (Some(View::Charts), "charts"),
    (Some(View::Chart(ChartId::Trade)), "trade"),
    (Some(View::Chart(ChartId::Half)), "half"),
    (Some(View::Chart(ChartId::Timeline)), "timeline"),
    (Some(View::Chart(ChartId::Key)), "key"),
    (Some(View::Glossary), "glossary"),
];

fn part_name(view: Option<View>, lang: Lang) -> &'static str {
    match view {
        None => K::EmbedWhole.get(lang),
        Some(View::Reader) => K::EmbedReader.get(lang),
        Some(View::Charts) => K::EmbedCharts.get(lang),
        Some(View::Glossary) => K::EmbedGlossary.get(lang),
        Some(View::Chart(c)) => charts::points::title(c).get(lang),
    }
}

/// The part to offer first: the chart (or the charts) the author was looking at, else all.
fn default_part(st: AppState) -> Option<View> {
    match (st.last_panel.get_untracked(), st.chart.get_untracked()) {
        (Panel::Charts, Some(c)) => Some(View::Chart(c)),
        (Panel::Charts, None) => Some(View::Charts),
        _ => None,
    }
}

/// What the author chose to embed, and the embed code for it. Every method reads the signals it
/// depends on, so a view that calls one follows the choice.
#[derive(Clone, Copy)]
struct Embed {
    st: AppState,
    part: RwSignal<Option<View>>,
    /// The embed's theme is chosen for the host page, not taken from the author's (issue #24).
    theme: RwSignal<Theme>,
    /// This build's version, which the build wrote into the page (none in a development build).
    version: StoredValue<Option<String>>,
    /// Whether the code names this build's pages as published rather than the latest.
    pinned: RwSignal<bool>,
}

impl Embed {
    /// The part the author was looking at, for any host theme, naming the latest pages.
    fn new(st: AppState) -> Self {
        Embed {
            st,
            part: RwSignal::new(default_part(st)),
            theme: RwSignal::new(Theme::Auto),
            version: StoredValue::new(browser::meta_content("longjiang-embed-version")),
            pinned: RwSignal::new(false),
        }
    }

    /// A chart part is its built page (no wasm), with its image; the other parts are the app's
    /// page (`None`). The latest page, or this build's as published.
    fn built(self) -> Option<(String, Option<String>)> {
        let version = self.version.get_value().filter(|_| self.pinned.get());
        built_urls(
            self.part.get(),
            self.st.lang.get(),
            self.st.currency.get(),
            site_root(&page_url()),
            version.as_deref(),
        )
    }

    /// The address the embed code frames.
    fn url(self) -> String {
        match self.built() {
            Some((page, _)) => match self.theme.get() {
                Theme::Auto => page,
                t => format!("{page}?theme={}", t.code()),
            },
            None => {
                let url: UrlState = self.st.shareable_url();
                url.for_embed(self.st.lang.get(), self.part.get(), self.theme.get())
                    .url_at(&page_url())
            }
        }
    }

    /// A one-chart part's static image.
    fn image(self) -> Option<String> {
        self.built().and_then(|(_, img)| img)
    }

    /// The embed's title (the frame's, and the image's alternative text).
    fn title(self) -> String {
        embed_title(self.part.get(), self.st.lang.get())
    }

    /// The pym container's id in the host page, named after the part (two parts can share a page).
    fn container(self) -> String {
        match self.part.get() {
            None => "longjiang-reader".to_string(),
            Some(v) => format!("longjiang-reader-{}", v.code()),
        }
    }

    /// A built page's measured heights (smallest, largest) per range of widths.
    fn heights(self) -> Option<EmbedHeights> {
        self.part
            .get()
            .and_then(|v| built_embed_heights(v, self.st.lang.get(), self.st.currency.get()))
    }

    /// What the pym code reserves: a built page's heights, or the article's as the page built for
    /// it shows it before the app has started (the same in every language and currency).
    fn reserve(self) -> Option<&'static [u32; RANGES.len()]> {
        match self.part.get() {
            Some(View::Reader) => reader_embed_heights().map(|(min, _)| min),
            _ => self.heights().map(|(min, _)| min),
        }
    }

    /// The plain iframe cannot follow its content: the built page's largest height, so that a
    /// chart never scrolls inside it; the app's parts as before.
    fn fixed_height(self) -> u32 {
        self.heights().map_or(APP_FRAME_HEIGHT, |(_, max)| max)
    }

    /// The plain `<iframe>` code.
    fn iframe(self) -> String {
        iframe_snippet(
            &self.url(),
            &self.title(),
            self.fixed_height(),
            self.theme.get(),
        )
    }

    /// The pym.js code.
    fn pym(self) -> String {
        pym_snippet_built(
            &self.url(),
            &self.title(),
            &self.container(),
            self.reserve(),
            self.image().as_deref(),
            self.theme.get(),
        )
    }

    /// AMP's code, for a part with a static image.
    fn amp(self) -> Option<String> {
        self.image().map(|img| {
            amp_snippet(
                &self.url(),
                &self.title(),
                &img,
                self.fixed_height(),
                self.st.t(K::ShowWholeChart),
            )
        })
    }

    /// What the embed carries, said under the choices.
    fn carries(self) -> K {
        match (self.built().is_some(), self.part.get()) {
            (true, Some(View::Glossary)) => K::EmbedGlossaryCarries,
            (true, _) => K::EmbedChartCarries,
            (false, _) => K::EmbedCarries,
        }
    }
}

/// The copy buttons' outcome: what the last copy came to, copied or refused (then its field is
/// selected instead), said beside the button of the field it was from.
#[derive(Clone, Copy)]
struct Copies {
    st: AppState,
    copied: ReadSignal<Option<(&'static str, K)>>,
    set_copied: WriteSignal<Option<(&'static str, K)>>,
}

impl Copies {
    /// No copy yet.
    fn new(st: AppState) -> Self {
        let (copied, set_copied) = signal(None);
        Copies {
            st,
            copied,
            set_copied,
        }
    }

    /// Copies `text`; says "copied" only once the clipboard took it (`field`: the id of the
    /// field where the text is shown).
    fn copy(self, field: &'static str, text: String) {
        let set_copied = self.set_copied;
        set_copied.set(None);
        let done = browser::copy_text(&text);
        leptos::task::spawn_local(async move {
            let said = if done.await {
                K::Copied
            } else {
                browser::select_field(field);
                K::CopyFailed
            };
            // `try_`: the panel may be gone by the time the clipboard answers.
            let _ = set_copied.try_set(Some((field, said)));
        });
    }

    /// How the copy from `field` went, right beside its button (on a phone the panel's end is
    /// off-screen).
    fn status(self, field: &'static str) -> impl IntoView {
        let (st, copied) = (self.st, self.copied);
        view! {
            <p class="muted copy-status" role="status" aria-live="polite">
                {move || copied.get().filter(|(f, _)| *f == field).map(|(_, k)| st.t(k))}
            </p>
        }
    }
}

/// The share panel: a link to the current view, then the embed code for a part of the explorer.
#[component]
pub fn SharePanel() -> impl IntoView {
    let st = use_app();
    let copies = Copies::new(st);
    let embed = Embed::new(st);
    view! {
        <section class="panel share-panel" aria-labelledby=dom_id::SHARE_HEADING>
            <h2 id=dom_id::SHARE_HEADING class="panel-title">{move || st.t(K::PanelShare)}</h2>
            {share_link(st, copies)}
            {embed_choices(embed)}
            {embed_codes(embed, copies)}
        </section>
    }
}

/// The link to the current view, and its copy button.
fn share_link(st: AppState, copies: Copies) -> impl IntoView {
    let link = move || state_link(st);
    view! {
        <label class="field-label" for=dom_id::SHARE_LINK>{move || st.t(K::CopyLink)}</label>
        <div class="copy-row">
            <input id=dom_id::SHARE_LINK type="text" readonly prop:value=link/>
            <button type="button" class="btn" id=dom_id::COPY_LINK on:click=move |_| copies.copy(dom_id::SHARE_LINK, untrack(link))>{move || st.t(K::CopyLink)}</button>
        </div>
        {copies.status(dom_id::SHARE_LINK)}
    }
}

/// The author's choices: the part, the host page's theme, the version (where the build has one),
/// and what the part carries.
fn embed_choices(embed: Embed) -> impl IntoView {
    let Embed {
        st,
        part,
        theme,
        version,
        pinned,
    } = embed;
    let options = move || {
        let lang = st.lang.get();
        PARTS
            .into_iter()
            .map(|(v, value)| {
                view! {
                    <option value=value selected=move || part.get() == v>{part_name(v, lang)}</option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="field-label" for=dom_id::EMBED_PART>{move || st.t(K::EmbedWhat)}</label>
        <select id=dom_id::EMBED_PART class="embed-part" on:change=move |ev| {
            let v = event_target_value(&ev);
            part.set(PARTS.into_iter().find(|(_, code)| *code == v).and_then(|(p, _)| p));
        }>{options}</select>
        <label class="field-label" for=dom_id::EMBED_THEME>{move || st.t(K::EmbedTheme)}</label>
        <select id=dom_id::EMBED_THEME class="embed-part" on:change=move |ev| {
            let v = event_target_value(&ev);
            theme.set(Theme::ALL.into_iter().find(|t| t.code() == v).unwrap_or(Theme::Auto));
        }>
            {Theme::ALL.into_iter().map(|t| view! {
                <option value=t.code() selected=move || theme.get() == t>{move || st.t(match t {
                    Theme::Auto => K::EmbedThemeAuto,
                    Theme::Light => K::ThemeLight,
                    Theme::Dark => K::ThemeDark,
                })}</option>
            }).collect_view()}
        </select>
        {version.with_value(Option::is_some).then(|| view! {
            <label class="field-label" for=dom_id::EMBED_VERSION>{move || st.t(K::EmbedVersion)}</label>
            <select id=dom_id::EMBED_VERSION class="embed-part" prop:disabled=move || embed.built().is_none()
                aria-describedby=move || embed.built().is_none().then_some(dom_id::EMBED_VERSION_WHY)
                on:change=move |ev| pinned.set(event_target_value(&ev) == "this")>
                <option value="latest" selected=move || !pinned.get()>{move || st.t(K::EmbedVersionLatest)}</option>
                <option value="this" selected=move || pinned.get()>{move || st.t(K::EmbedVersionThis)}</option>
            </select>
            // Why it cannot be chosen (found on a producer's tour: greyed out, unexplained).
            {move || embed.built().is_none().then(|| view! {
                <p class="muted small" id=dom_id::EMBED_VERSION_WHY>{move || st.t(K::EmbedVersionOnlyBuilt)}</p>
            })}
        })}
        <p class="muted small" id=dom_id::EMBED_CARRIES>{move || st.t(embed.carries())}</p>
    }
}

/// The embed code, each variant with its copy button: a plain `<iframe>`, pym.js, and for a part
/// with a static image AMP's, and a link to the image.
fn embed_codes(embed: Embed, copies: Copies) -> impl IntoView {
    let st = embed.st;
    view! {
        <label class="field-label" for=dom_id::EMBED_IFRAME>{move || st.t(K::EmbedCode)}</label>
        <textarea id=dom_id::EMBED_IFRAME readonly rows="3" prop:value=move || embed.iframe()></textarea>
        <button type="button" class="btn" id=dom_id::COPY_EMBED on:click=move |_| copies.copy(dom_id::EMBED_IFRAME, untrack(|| embed.iframe()))>{move || st.t(K::CopyEmbed)}</button>
        {copies.status(dom_id::EMBED_IFRAME)}
        <label class="field-label" for=dom_id::EMBED_PYM>"pym.js"</label>
        <textarea id=dom_id::EMBED_PYM readonly rows="4" prop:value=move || embed.pym()></textarea>
        <button type="button" class="btn" id=dom_id::COPY_PYM on:click=move |_| copies.copy(dom_id::EMBED_PYM, untrack(|| embed.pym()))>{move || st.t(K::CopyPym)}</button>
        {copies.status(dom_id::EMBED_PYM)}
        {move || embed.amp().map(|code| view! {
            <label class="field-label" for=dom_id::EMBED_AMP>"AMP"</label>
            <textarea id=dom_id::EMBED_AMP readonly rows="5" prop:value=code.clone()></textarea>
            <button type="button" class="btn" id=dom_id::COPY_AMP on:click=move |_| copies.copy(dom_id::EMBED_AMP, code.clone())>{move || st.t(K::CopyAmp)}</button>
            {copies.status(dom_id::EMBED_AMP)}
        })}
        {move || embed.image().map(|img| view! {
            <p class="small"><a id=dom_id::EMBED_IMAGE href=img.clone() target="_blank" rel="noopener">{move || st.t(K::EmbedImage)}" ↗"</a></p>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_snippets_use_one_address_and_one_title() {
        let url = "https://example.org/lj/?embed=1&view=trade#lang=en&chart=trade";
        let title = embed_title(Some(View::Chart(ChartId::Trade)), Lang::En);
        assert_eq!(title, "Longjiang Reader · Heilongjiang–Korea trade");
        let iframe = iframe_snippet(url, &title, 620, Theme::Dark);
        assert!(iframe.contains("style=\"width:100%;border:0;color-scheme:dark\""));
        assert!(iframe.contains(
            "src=\"https://example.org/lj/?embed=1&amp;view=trade#lang=en&amp;chart=trade\""
        ));
        assert!(iframe.contains("title=\"Longjiang Reader · Heilongjiang–Korea trade\""));
        let pym = pym_snippet(url, &title, "longjiang-reader-trade");
        assert!(pym.contains("new pym.Parent('longjiang-reader-trade', 'https://example.org/lj/?embed=1&view=trade#lang=en&chart=trade', {title: 'Longjiang Reader · Heilongjiang–Korea trade'})"));
    }

    #[test]
    fn a_chart_part_is_its_built_page_with_a_starting_height_and_an_image() {
        assert_eq!(
            site_root("https://example.org/lj/index.html"),
            "https://example.org/lj/"
        );
        assert_eq!(
            site_root("https://example.org/lj/"),
            "https://example.org/lj/"
        );
        let (page, img) = built_urls(
            Some(View::Chart(ChartId::Trade)),
            Lang::En,
            Currency::Krw,
            "https://example.org/lj/",
            None,
        )
        .expect("the trade chart has a built page");
        assert_eq!(page, "https://example.org/lj/embed/trade-en-krw.html");
        assert_eq!(
            img.as_deref(),
            Some("https://example.org/lj/embed/trade-en-krw.png")
        );
        assert_eq!(built_urls(None, Lang::En, Currency::Krw, "x/", None), None);
        assert_eq!(
            built_urls(Some(View::Glossary), Lang::En, Currency::Krw, "x/", None),
            Some(("x/embed/glossary-en-krw.html".to_string(), None))
        );
        assert_eq!(
            built_urls(Some(View::Reader), Lang::En, Currency::Krw, "x/", None),
            None
        );
        // This build's copy, as published.
        let (vpage, vimg) = built_urls(
            Some(View::Chart(ChartId::Trade)),
            Lang::En,
            Currency::Krw,
            "https://example.org/lj/",
            Some("0a1b2c3d4e5f"),
        )
        .unwrap();
        assert_eq!(
            vpage,
            "https://example.org/lj/embed/v/0a1b2c3d4e5f/trade-en-krw.html"
        );
        assert_eq!(
            vimg.as_deref(),
            Some("https://example.org/lj/embed/v/0a1b2c3d4e5f/trade-en-krw.png")
        );
        let (min, _) =
            built_embed_heights(View::Chart(ChartId::Trade), Lang::En, Currency::Krw).unwrap();
        let code = pym_snippet_built(
            &page,
            "T",
            "lj-trade",
            Some(min),
            img.as_deref(),
            Theme::Auto,
        );
        assert!(code.starts_with(
            "<div style=\"container-type:inline-size\"><div id=\"lj-trade\"></div></div>\n<style>#lj-trade iframe{display:block;color-scheme:light dark}#lj-trade{min-height:"
        ));
        // The app's parts: no heights, the frame's scheme all the same.
        assert!(
            pym_snippet_built("u", "T", "lj", None, None, Theme::Light).starts_with(
                "<div id=\"lj\"></div>\n<style>#lj iframe{display:block;color-scheme:light}</style>\n<script"
            )
        );
        assert!(code.contains(&format!(
            "@container (min-width:390px){{#lj-trade{{min-height:{}px}}}}",
            min[2]
        )));
        assert!(code.contains(
            "new pym.Parent('lj-trade', 'https://example.org/lj/embed/trade-en-krw.html'"
        ));
        assert!(code.ends_with(
            "<noscript><img src=\"https://example.org/lj/embed/trade-en-krw.png\" alt=\"T\" width=\"100%\"></noscript>"
        ));
        let amp = amp_snippet(&page, "T", img.as_deref().unwrap(), 700, "Show all");
        assert!(amp.starts_with("<amp-iframe src=\"https://example.org/lj/embed/trade-en-krw.html\" title=\"T\" width=\"600\" height=\"700\" layout=\"responsive\""));
        assert!(amp.contains(" resizable "));
        assert!(amp.contains("<amp-img placeholder layout=\"fill\" src=\"https://example.org/lj/embed/trade-en-krw.png\""));
        assert!(amp.contains(
            "<div overflow tabindex=\"0\" role=\"button\" aria-label=\"Show all\">Show all</div>"
        ));
    }

    #[test]
    fn snippets_escape_what_would_break_them() {
        let pym = pym_snippet("https://x/?a='b'</script>", "it's", "c");
        assert!(pym.contains("'https://x/?a=\\'b\\'\\u003c/script\\u003e'"));
        assert!(pym.contains("title: 'it\\'s'"));
        let iframe = iframe_snippet("https://x/?a=\"b\"", "<t>", 1, Theme::Auto);
        assert!(iframe.contains("src=\"https://x/?a=&quot;b&quot;\""));
        assert!(iframe.contains("title=\"&lt;t&gt;\""));
    }
}
