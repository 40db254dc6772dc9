//! Share and embed: copy a link to the current state, and embed code (a plain `<iframe>` and a
//! pym.js variant) pointing at the deployed URL.

use crate::app::browser;
use crate::app::state::{use_app, AppState};
use crate::core::i18n::K;
use leptos::prelude::*;

/// The deployed page URL (without query or fragment).
pub fn public_page_url() -> String {
    let href = browser::href_without_hash();
    href.split('?').next().unwrap_or("").to_string()
}

pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{url}?embed=1\" title=\"{title}\" loading=\"lazy\" style=\"width:100%;border:0\" height=\"900\"></iframe>"
    )
}

pub fn pym_snippet(url: &str) -> String {
    format!(
        "<div id=\"longjiang-reader\"></div>\n<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n<script>new pym.Parent('longjiang-reader', '{url}?embed=1', {{title: 'Longjiang Reader'}});</script>"
    )
}

/// The deployed URL with the current view state in the fragment (tracks the state it reads).
pub fn state_link(st: AppState) -> String {
    let hash = st.to_url().print_hash();
    let base = public_page_url();
    if hash.is_empty() {
        base
    } else {
        format!("{base}#{hash}")
    }
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let st = use_app();
    let (copied, set_copied) = signal(None::<&'static str>);
    let link = move || state_link(st);
    let iframe = move || iframe_snippet(&public_page_url(), st.t(K::AppName));
    let pym = move || pym_snippet(&public_page_url());
    let copy = move |what: &'static str, text: String| {
        browser::copy_text(&text);
        set_copied.set(Some(what));
    };
    view! {
        <section class="panel share-panel" aria-labelledby="share-heading">
            <h2 id="share-heading" class="panel-title">{move || st.t(K::PanelShare)}</h2>
            <label class="field-label" for="share-link">{move || st.t(K::CopyLink)}</label>
            <div class="copy-row">
                <input id="share-link" type="text" readonly prop:value=link/>
                <button type="button" class="btn" id="copy-link" on:click=move |_| copy("link", untrack(link))>{move || st.t(K::CopyLink)}</button>
            </div>
            <label class="field-label" for="embed-iframe">{move || st.t(K::EmbedCode)}</label>
            <textarea id="embed-iframe" readonly rows="3" prop:value=iframe></textarea>
            <button type="button" class="btn" id="copy-embed" on:click=move |_| copy("iframe", untrack(iframe))>{move || st.t(K::CopyEmbed)}</button>
            <label class="field-label" for="embed-pym">"pym.js"</label>
            <textarea id="embed-pym" readonly rows="4" prop:value=pym></textarea>
            <button type="button" class="btn" id="copy-pym" on:click=move |_| copy("pym", untrack(pym))>{move || st.t(K::CopyPym)}</button>
            <p class="muted" role="status" aria-live="polite">{move || copied.get().map(|_| st.t(K::Copied))}</p>
        </section>
    }
}
