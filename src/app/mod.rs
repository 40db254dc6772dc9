//! The Leptos UI. `mount()` is all `main.rs` calls, and `App` is the whole app: it sets up the
//! state and what follows it, and lays out the page. State lives in `state.rs`, and every change
//! of more than one signal in `actions.rs`; URL ⇄ state in `url_sync.rs`; the page's theme,
//! language and text size in `page.rs`; keyboard shortcuts in `keys.rs`; where a loaded link
//! lands in `landing.rs`; the built page's takeover in `takeover.rs`; the tools' tabs and panels
//! in `tools.rs`; DOM ids in `dom_id.rs`; browser APIs in `browser.rs`; the `<canvas>` in
//! `canvas.rs`; the parent-page protocol in `embed.rs`.

pub mod actions;
pub mod adopt;
pub mod browser;
#[cfg(feature = "ssr")]
pub mod built;
pub mod canvas;
pub mod cite;
pub mod components;
pub mod dom_id;
pub mod embed;
pub mod keys;
pub mod landing;
pub mod page;
pub mod panic;
pub mod save;
pub mod state;
pub mod takeover;
pub mod text;
pub mod tools;
pub mod url_sync;

use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::{Landing, UrlState, View};
use actions::state_link;
use components::article_view::ArticleView;
use components::header::{Header, LearnerSwitch, ModeSwitch, TranslationSwitch};
use components::term_card::TermCard;
use leptos::prelude::*;
use state::{provide_app_state, AppState};
use text::embed_title;
use tools::Tools;

/// Mounts the app into `#app`, replacing the loading shell — after the shell (the article and
/// the charts drawn at build time) has been painted: the mount is one long task, and the reader
/// should see the page before it, not after.
pub fn mount() {
    panic::install();
    if let Err(why) = install_texts() {
        // The built page keeps working (cards, charts, text); it says the rest could not start.
        web_sys::console::error_1(&format!("Longjiang Reader could not start: {why}").into());
        browser::show_boot_error();
        return;
    }
    request_animation_frame(|| request_animation_frame(takeover::mount_now));
}

/// Where boot.js leaves the texts file (`texts-{hash}.txt`, scripts/prerender.mjs) for the app:
/// a string, set before the wasm starts.
pub const TEXTS_GLOBAL: &str = "longjiangTexts";

/// Makes the texts file boot.js fetched the one the dataset's texts are read from (the wasm bakes
/// none: `core::dataset::model::Text`), once it is checked to be the file this build wrote.
fn install_texts() -> Result<(), String> {
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str(TEXTS_GLOBAL);
    let all = js_sys::Reflect::get(&global, &key)
        .ok()
        .and_then(|v| v.as_string())
        .ok_or("boot.js handed over no texts file")?;
    // The app keeps its own copy; the page's goes.
    let _ = js_sys::Reflect::delete_property(&global, &key);
    crate::core::dataset::model::install_texts(
        Box::leak(all.into_boxed_str()),
        crate::core::dataset::TEXTS_FILE,
    )
    .map_err(|e| e.to_string())
}

/// Reads the saved words and the text size from this browser's storage; again when another tab
/// changes them.
fn follow_storage(st: AppState) {
    actions::load_words(st);
    actions::load_text_size(st);
    browser::window_listener(leptos::ev::storage, move |ev| {
        if ev
            .key()
            .is_none_or(|k| k == crate::core::words::STORAGE_KEY)
        {
            actions::load_words(st);
        }
    });
    browser::window_listener(leptos::ev::storage, move |ev| {
        if ev
            .key()
            .is_none_or(|k| k == crate::core::text_size::STORAGE_KEY)
        {
            actions::load_text_size(st);
        }
    });
}

/// A skip link: moves the focus (and the view) to `target` without touching the URL, whose
/// fragment is the view state.
fn skip_link(
    target: &'static str,
    label: impl Fn() -> &'static str + Send + 'static,
) -> impl IntoView {
    view! {
        <a class="skip-link" href=format!("#{target}") on:click=move |ev| {
            ev.prevent_default();
            browser::focus_id(target);
        }>{label}</a>
    }
}

/// The reader's switches over the article: display mode, translation, learner layer. Also on the
/// page built at build time (`built::chrome_in`), where they hold their place until the app takes
/// over.
pub fn reader_controls() -> impl IntoView {
    view! {
        <div class="reader-controls" id=dom_id::READER_CONTROLS><ModeSwitch/><TranslationSwitch/><LearnerSwitch/></div>
    }
}

/// The article's column: the reader's switches, the article, the note on money.
fn reader_column(st: AppState) -> impl IntoView {
    view! {
        <div class="reader-column">
            {reader_controls()}
            <ArticleView/>
            <p class="money-explainer">{move || st.t(K::MoneyNote)}</p>
        </div>
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (search, hash) = browser::location_parts();
    let url = UrlState::parse(&DATASET, &search, &hash);
    let landing = Landing::of(&DATASET, &search, &hash);
    let test_panic = panic::test_panic_requested();
    let browser_lang = Lang::from_browser(&browser::browser_languages());
    let st = provide_app_state(url, browser_lang);
    follow_storage(st);
    let framed = browser::in_frame();
    let embed = st.embed.get_value();
    let embedded = embed.on || framed;
    page::follow_theme(st, embedded);
    page::follow_text_size(st);
    url_sync::sync_url(st);
    keys::listen_for_keys(st);
    let follows_band = framed && embed.shows_article();
    request_animation_frame(move || {
        embed::start_height_reporting(st);
        if follows_band {
            embed::follow_visible_band();
        }
        if test_panic {
            panic::trigger_for_tests();
        }
    });

    let show_reader = embed.shows_article();
    let show_tools = embed.shows_tools();
    // The long embeds (the whole explorer, the article, the glossary) can be tabbed past in two
    // keys; a chart part is a few stops.
    let tab_past = embedded && !matches!(embed.view, Some(View::Charts | View::Chart(_)));
    // The article is built and painted first; the tools panel follows in the next frame, so the
    // first paragraph does not wait for the glossary and charts. Then the deep link lands.
    let (ready, set_ready) = signal(false);
    request_animation_frame(move || set_ready.set(true));
    landing::land_when_ready(st, landing, framed, ready);
    let keys_help = keys::keys_help(embed.view);
    view! {
        // In a frame, a keyboard reader can tab past the whole embed (issue #24): the link moves
        // the focus to the embed's last stop, so the next Tab leaves the frame for the host.
        {tab_past.then(|| skip_link(dom_id::EMBED_END, move || st.t(K::SkipPastEmbed)))}
        {show_reader.then(|| skip_link(dom_id::ARTICLE, move || st.t(K::SkipToArticle)))}
        {(show_reader && show_tools).then(|| skip_link(dom_id::TOOLS, move || st.t(K::SkipToTools)))}
        <Header/>
        // A part shown without the article (whose title is the page's heading) still has one:
        // what the part is, as its frame is named (issue #24), for a screen reader's outline.
        {(!show_reader).then(|| view! {
            <h1 class="visually-hidden">{move || embed_title(embed.view, st.lang.get())}</h1>
        })}
        {embedded.then(|| view! {
            <p class="full-view"><a href=move || state_link(st) target="_blank" rel="noopener">{move || st.t(K::OpenFullView)}" ↗"</a></p>
        })}
        <main class="layout" class:single=!(show_reader && show_tools) id=dom_id::MAIN
            data-ready=move || ready.get().then_some("true")>
            {show_reader.then(|| reader_column(st))}
            {show_tools.then(|| view! { <Tools ready/> })}
        </main>
        <footer class="footer">
            <p class="keys-help">{move || st.t(keys_help)}</p>
            <p lang=move || st.lang.get().html_lang()>{move || { let l = st.lang.get(); text::in_lang(&describe::credit(&DATASET, l), l.html_lang()) }}</p>
        </footer>
        {tab_past.then(|| view! {
            // A stop of its own (tabindex 0: from a stop outside the tab order, Chromium's next Tab
            // wraps to the frame's first), hidden until it has the focus.
            <p class="embed-end" id=dom_id::EMBED_END tabindex="0">{move || st.t(K::EmbedEnd)}</p>
        })}
        <TermCard/>
    }
}
