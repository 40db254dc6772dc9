//! Share and embed: copy a link to the current view, and embed code (a plain `<iframe>` and a
//! pym.js variant, with the same address and title) for the part of the explorer the author
//! chooses, opening in the author's language, currency and display mode (`UrlState::for_embed`).

use crate::app::actions::state_link;
use crate::app::browser::{self, page_url};
use crate::app::dom_id;
use crate::app::state::{use_app, AppState};
use crate::charts;
use crate::core::dataset::DATASET;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::{ChartId, Panel, UrlState, View};
use leptos::prelude::*;

/// Escapes text for an HTML attribute value in double quotes.
fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

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

/// A fixed height for the plain iframe (pym and the other resizing hosts follow the content).
/// The article and the glossary scroll inside their frame; a chart part fits whole at any width
/// from 320 px, in ko, zh and en (measured: the tallest is the 320 px layout; tested in e2e), so
/// a phone reader never meets a scrollbar inside a chart.
fn iframe_height(view: Option<View>) -> u32 {
    match view {
        None | Some(View::Reader) => 900,
        Some(View::Glossary) => 900,
        Some(View::Charts) => 2800,
        Some(View::Chart(ChartId::Key)) => 1300,
        Some(View::Chart(ChartId::Trade)) => 1000,
        Some(View::Chart(ChartId::Half)) => 980,
        Some(View::Chart(ChartId::Timeline)) => 960,
    }
}

/// `<iframe>` embed code for `url` (already carrying `?embed=1…`).
pub fn iframe_snippet(url: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"{height}\"></iframe>",
        html_attr(url),
        html_attr(title)
    )
}

/// pym.js embed code for `url`, into a container named after the part (two parts can share a page).
pub fn pym_snippet(url: &str, title: &str, container: &str) -> String {
    format!(
        "<div id=\"{container}\"></div>\n<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n<script>new pym.Parent('{container}', '{}', {{title: '{}'}});</script>",
        js_string(url),
        js_string(title)
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

/// The embed's title, one for both snippets: the app's name and what the embed shows.
pub fn embed_title(view: Option<View>, lang: Lang) -> String {
    let what = match view {
        None | Some(View::Reader) => DATASET.article.title,
        other => part_name(other, lang),
    };
    format!("{} · {what}", K::AppName.get(lang))
}

/// The part to offer first: the chart (or the charts) the author was looking at, else all.
fn default_part(st: AppState) -> Option<View> {
    match (st.last_panel.get_untracked(), st.chart.get_untracked()) {
        (Panel::Charts, Some(c)) => Some(View::Chart(c)),
        (Panel::Charts, None) => Some(View::Charts),
        _ => None,
    }
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let st = use_app();
    // What the last copy came to: copied, or refused (then its field is selected instead).
    let (copied, set_copied) = signal(None::<(&'static str, K)>);
    let part = RwSignal::new(default_part(st));
    let link = move || state_link(st);
    let embed_url = move || {
        let url: UrlState = st.shareable_url();
        url.for_embed(st.lang.get(), part.get()).url_at(&page_url())
    };
    let title = move || embed_title(part.get(), st.lang.get());
    let iframe = move || iframe_snippet(&embed_url(), &title(), iframe_height(part.get()));
    let container = move || match part.get() {
        None => "longjiang-reader".to_string(),
        Some(v) => format!("longjiang-reader-{}", v.code()),
    };
    let pym = move || pym_snippet(&embed_url(), &title(), &container());
    // Says "copied" only once the clipboard took the text (`field`: where the text is shown).
    let copy = move |field: &'static str, text: String| {
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
    };
    // Each copy button says how it went right beside it (on a phone the panel's end is off-screen).
    let status = move |field: &'static str| {
        view! {
            <p class="muted copy-status" role="status" aria-live="polite">
                {move || copied.get().filter(|(f, _)| *f == field).map(|(_, k)| st.t(k))}
            </p>
        }
    };
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
        <section class="panel share-panel" aria-labelledby=dom_id::SHARE_HEADING>
            <h2 id=dom_id::SHARE_HEADING class="panel-title">{move || st.t(K::PanelShare)}</h2>
            <label class="field-label" for="share-link">{move || st.t(K::CopyLink)}</label>
            <div class="copy-row">
                <input id="share-link" type="text" readonly prop:value=link/>
                <button type="button" class="btn" id="copy-link" on:click=move |_| copy("share-link", untrack(link))>{move || st.t(K::CopyLink)}</button>
            </div>
            {status("share-link")}
            <label class="field-label" for="embed-part">{move || st.t(K::EmbedWhat)}</label>
            <select id="embed-part" class="embed-part" on:change=move |ev| {
                let v = event_target_value(&ev);
                part.set(PARTS.into_iter().find(|(_, code)| *code == v).and_then(|(p, _)| p));
            }>{options}</select>
            <p class="muted small">{move || st.t(K::EmbedCarries)}</p>
            <label class="field-label" for="embed-iframe">{move || st.t(K::EmbedCode)}</label>
            <textarea id="embed-iframe" readonly rows="3" prop:value=iframe></textarea>
            <button type="button" class="btn" id="copy-embed" on:click=move |_| copy("embed-iframe", untrack(iframe))>{move || st.t(K::CopyEmbed)}</button>
            {status("embed-iframe")}
            <label class="field-label" for="embed-pym">"pym.js"</label>
            <textarea id="embed-pym" readonly rows="4" prop:value=pym></textarea>
            <button type="button" class="btn" id="copy-pym" on:click=move |_| copy("embed-pym", untrack(pym))>{move || st.t(K::CopyPym)}</button>
            {status("embed-pym")}
        </section>
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
        let iframe = iframe_snippet(url, &title, 620);
        assert!(iframe.contains(
            "src=\"https://example.org/lj/?embed=1&amp;view=trade#lang=en&amp;chart=trade\""
        ));
        assert!(iframe.contains("title=\"Longjiang Reader · Heilongjiang–Korea trade\""));
        let pym = pym_snippet(url, &title, "longjiang-reader-trade");
        assert!(pym.contains("new pym.Parent('longjiang-reader-trade', 'https://example.org/lj/?embed=1&view=trade#lang=en&chart=trade', {title: 'Longjiang Reader · Heilongjiang–Korea trade'})"));
    }

    #[test]
    fn snippets_escape_what_would_break_them() {
        let pym = pym_snippet("https://x/?a='b'</script>", "it's", "c");
        assert!(pym.contains("'https://x/?a=\\'b\\'\\u003c/script\\u003e'"));
        assert!(pym.contains("title: 'it\\'s'"));
        let iframe = iframe_snippet("https://x/?a=\"b\"", "<t>", 1);
        assert!(iframe.contains("src=\"https://x/?a=&quot;b&quot;\""));
        assert!(iframe.contains("title=\"&lt;t&gt;\""));
    }
}
