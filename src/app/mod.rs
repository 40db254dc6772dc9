//! The Leptos UI. `mount()` is all `main.rs` calls. State lives in `state.rs`, and every change
//! of more than one signal in `actions.rs`; DOM ids in `dom_id.rs`; browser APIs in `browser.rs`;
//! the `<canvas>` in `canvas.rs`; the parent-page protocol in `embed.rs`.

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
pub mod panic;
pub mod save;
pub mod state;
pub mod text;

use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::{
    is_state_fragment, ChartId, Landing, Marks, Panel, Theme, UrlState, View,
};
use actions::{open_card, state_link};
use components::article_view::ArticleView;
use components::charts_panel::ChartsPanel;
use components::glossary_panel::GlossaryPanel;
use components::header::{Header, LearnerSwitch, ModeSwitch, TranslationSwitch};
use components::people_panel::PeoplePanel;
use components::share_panel::SharePanel;
use components::term_card::TermCard;
use components::words_panel::WordsPanel;
use leptos::prelude::*;
use state::{provide_app_state, AppState};
use text::embed_title;
use wasm_bindgen::JsCast;

/// Mounts the app into `#app`, replacing the loading shell — after the shell (the article and
/// the charts drawn at build time) has been painted: the mount is one long task, and the reader
/// should see the page before it, not after.
pub fn mount() {
    panic::install();
    request_animation_frame(|| request_animation_frame(mount_now));
}

/// A card on the built page: its target, and the mark that opened it (a sentence index and the
/// mark's start), if known.
type BuiltCard = (Target, Option<(u32, u32)>);

thread_local! {
    /// The card the reader left open on the built page, read once by `App` as it takes over.
    static BUILT_CARD: std::cell::Cell<Option<BuiltCard>> = const { std::cell::Cell::new(None) };
}

/// The built page's open card (a native popover), with its target and the mark that opened it
/// (`data-opened-by`, noted by boot.js; else the target's first occurrence).
fn built_open_card() -> Option<(web_sys::HtmlElement, BuiltCard)> {
    // An engine without `:popover-open` throws here: then no card is open.
    let card: web_sys::HtmlElement = document()
        .query_selector(".popcard:popover-open")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()?;
    let target = dom_id::target_of_popover(&card.id())?;
    let anchor = card
        .get_attribute("data-opened-by")
        .and_then(|id| dom_id::anchor_of_mark(&id));
    Some((card, (target, anchor)))
}

/// Pins the built page's open card where it is (fixed, no longer following its mark, which is
/// about to go), so that it stays on screen until the app's own card has taken its place.
fn freeze(card: &web_sys::HtmlElement) {
    let r = card.get_bounding_client_rect();
    let style = card.style();
    for (k, v) in [
        ("position-area", "none".to_string()),
        ("position-try-fallbacks", "none".to_string()),
        ("margin", "0".to_string()),
        ("left", format!("{:.1}px", r.left())),
        ("top", format!("{:.1}px", r.top())),
        ("width", format!("{:.1}px", r.width())),
        ("height", format!("{:.1}px", r.height())),
    ] {
        let _ = style.set_property(k, &v);
    }
}

/// Removes the built card kept through the takeover once the app's card is placed (or after
/// `frames` frames at most).
fn drop_frozen_card(frames: u32) {
    request_animation_frame(move || {
        let placed = document()
            .query_selector(&format!("#{}.placed", dom_id::CARD))
            .ok()
            .flatten()
            .is_some();
        if !placed && frames > 0 {
            return drop_frozen_card(frames - 1);
        }
        if let Ok(list) = document().query_selector_all(&format!("#{} > .popcard", dom_id::APP)) {
            for n in (0..list.length()).filter_map(|i| list.item(i)) {
                if let Some(parent) = n.parent_node() {
                    let _ = parent.remove_child(&n);
                }
            }
        }
    });
}

fn mount_now() {
    let Some(root) = document().get_element_by_id(dom_id::APP) else {
        return;
    };
    // The shell goes, except a card the reader has open (see `drop_frozen_card`) and the
    // article's paragraphs, which the app adopts.
    let open = built_open_card();
    if let Some((card, _)) = &open {
        freeze(card);
        // The built cards sit in the article, which goes: the open one moves up to the root
        // first. Leaving the document closes a popover, so it is shown again, in the same task
        // (no frame is painted in between).
        if card.parent_node().as_ref() != Some(root.as_ref()) {
            let _ = root.append_child(card);
            let _ = card.show_popover();
        }
    }
    // The built article is not thrown away: `ArticleView` adopts its paragraphs.
    components::article_view::keep_built(&root);
    let keep: Option<web_sys::Node> = open.as_ref().map(|(card, _)| card.clone().into());
    BUILT_CARD.set(open.map(|(_, built)| built));
    let mut child = root.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        if keep.as_ref() != Some(&c) {
            let _ = root.remove_child(&c);
        }
    }
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(root, App).forget();
}

fn panel_key(p: Panel) -> K {
    match p {
        Panel::Glossary => K::PanelGlossary,
        Panel::People => K::PanelPeople,
        Panel::Charts => K::PanelCharts,
        Panel::Words => K::PanelWords,
        Panel::Share => K::PanelShare,
    }
}

/// Moves focus to the next (`+1`) or previous (`-1`) term in the text, from the focused one.
fn step_term(st: AppState, dir: i32) {
    // The terms marked now (the quiet reading leaves everyday words plain).
    let quiet = untrack(|| st.quiet());
    let all: Vec<(u32, u32, u32)> = DATASET
        .article
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.marks.iter().filter_map(move |m| match m.target {
                Target::Term(t) if !quiet || Marks::Quiet.shows(&DATASET, m.target) => {
                    Some((si as u32, m.start, t))
                }
                _ => None,
            })
        })
        .collect();
    if all.is_empty() {
        return;
    }
    let active_id = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    let focused = all
        .iter()
        .position(|(si, st, _)| dom_id::mark(*si, *st) == active_id);
    // With a card open the focus is in the card: step from the mark the card is anchored to
    // (a term, or a figure or spelling mark between terms).
    let anchor = st.open.get_untracked().and_then(|o| o.anchor);
    let n = all.len();
    let next = match (focused, anchor) {
        (Some(i), _) => (i as i32 + dir).rem_euclid(n as i32) as usize,
        (None, Some(a)) => {
            let after = all.iter().position(|(si, s, _)| (*si, *s) > a);
            let at = all.iter().position(|(si, s, _)| (*si, *s) == a);
            match (dir > 0, at) {
                (true, _) => after.unwrap_or(0),
                (false, Some(i)) => (i + n - 1) % n,
                (false, None) => (after.unwrap_or(n) + n - 1) % n,
            }
        }
        // Nothing focused or open: from the terms on screen, not from the top of the article (a
        // reader who scrolled to paragraph 10 and pressed j was sent back to paragraph 1): j
        // goes to the first term in view, k to the last one above the bottom of the screen.
        // "On screen" is what the reader sees: below the controls bar where it stands over the
        // text (a term under it was taken as in view, and the page scrolled back to it), and in
        // a frame that grows to its content, the part the host shows.
        (None, None) => {
            let (band_top, band_bottom) = embed::reading_band();
            let top = |(si, s, _): &(u32, u32, u32)| {
                document()
                    .get_element_by_id(&dom_id::mark(*si, *s))
                    .map(|e| e.get_bounding_client_rect().top())
            };
            if dir > 0 {
                all.iter()
                    .position(|m| top(m).is_some_and(|t| t >= band_top))
                    .unwrap_or(0)
            } else {
                all.iter()
                    .rposition(|m| top(m).is_some_and(|t| t < band_bottom))
                    .unwrap_or(n - 1)
            }
        }
    };
    let (si, start, t) = all[next];
    let id = dom_id::mark(si, start);
    browser::focus_id_in_place(&id);
    // Scrolled to only when it is not already where the reader reads (the focus itself scrolls
    // nothing).
    let (band_top, band_bottom) = embed::reading_band();
    let seen =
        browser::rect_of(&id).is_some_and(|r| r.top() >= band_top && r.bottom() <= band_bottom);
    if !seen {
        browser::scroll_to_id(&id);
    }
    if st.open.get_untracked().is_some() {
        open_card(st, Target::Term(t), Some((si, start)));
    }
}

/// Brings what a freshly loaded link points at into view (`core::url_state::Landing`), once the
/// tools panel is rendered. Inside a frame nothing is scrolled: an embed must not move its host
/// page on load; nor once the reader has scrolled the built page; a linked card still opens.
fn land(st: AppState, landing: Landing, framed: bool) {
    // The page built at build time is readable before the app lands: a reader who has already
    // scrolled it is not thrown elsewhere (nor is one whose position the browser restored).
    let moved = window().scroll_y().unwrap_or(0.0) > 1.0;
    let scroll = |id: &str, block: web_sys::ScrollLogicalPosition| {
        if !framed && !moved {
            browser::scroll_into_view_now(id, block);
        }
    };
    match landing {
        Landing::Top => {}
        Landing::Term { term, anchor } => {
            if let Some((si, start)) = anchor {
                scroll(
                    &dom_id::mark(si, start),
                    web_sys::ScrollLogicalPosition::Center,
                );
            }
            open_card(st, Target::Term(term), anchor);
        }
        Landing::Sentence(s) => {
            scroll(&dom_id::sentence(s), web_sys::ScrollLogicalPosition::Center)
        }
        Landing::Chart(c) => {
            let block = if c == ChartId::Key {
                web_sys::ScrollLogicalPosition::Start
            } else {
                web_sys::ScrollLogicalPosition::Center
            };
            scroll(&dom_id::chart(c), block)
        }
        // The panel's start, where it is out of sight (below the article on a phone); beside
        // the article it is already in view.
        Landing::Panel(_) => {
            let (_, vh) = browser::viewport();
            if browser::rect_of(dom_id::TOOLS).is_some_and(|r| r.top() > vh * 0.6) {
                scroll(dom_id::TOOLS, web_sys::ScrollLogicalPosition::Start);
            }
        }
    }
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

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (search, hash) = browser::location_parts();
    let url = UrlState::parse(&DATASET, &search, &hash);
    let landing = Landing::of(&DATASET, &search, &hash);
    let test_panic = panic::test_panic_requested();
    let browser_lang = Lang::from_browser(&browser::browser_languages());
    let st = provide_app_state(url, browser_lang);
    // The saved words and the text size, from this browser's storage; again when another tab
    // changes them.
    actions::load_words(st);
    actions::load_text_size(st);
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev
            .key()
            .is_none_or(|k| k == crate::core::words::STORAGE_KEY)
        {
            actions::load_words(st);
        }
    });
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev
            .key()
            .is_none_or(|k| k == crate::core::text_size::STORAGE_KEY)
        {
            actions::load_text_size(st);
        }
    });
    let framed = browser::in_frame();
    let embed = st.embed.get_value();
    let embedded = embed.on || framed;

    // The resolved theme, following the system while on "auto".
    let (system_dark, set_system_dark) = signal(browser::prefers_dark());
    if let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") {
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set_system_dark.set(e.matches()),
        );
        let _ = mq.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        cb.forget();
    }
    let dark = Memo::new(move |_| match st.theme.get() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_dark.get(),
    });
    provide_context(dark);
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-theme", if dark.get() { "dark" } else { "light" });
            let _ = html.set_attribute("lang", st.lang.get().html_lang());
            let _ = html.class_list().toggle_with_force("embed", embedded);
            let _ = html
                .class_list()
                .toggle_with_force("transparent", embed.transparent);
        }
        document().set_title(&[st.t(K::AppName), DATASET.article.title.ko].join(" · "));
    });

    // The reader's text size: the stylesheet's `--text-scale` on the root element, set through
    // CSSOM (the page's CSP allows no inline style attribute, and none is written); above the
    // stylesheet's own size, `text-larger` lets a word wider than a phone's column wrap inside.
    Effect::new(move |_| {
        let size = st.text_size.get();
        let scale = crate::core::text_size::css_scale(size);
        if let Some(html) = document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = html
                .class_list()
                .toggle_with_force("text-larger", size > crate::core::text_size::DEFAULT);
            let style = html.style();
            let _ = match scale {
                Some(s) => style.set_property("--text-scale", &s),
                None => style.remove_property("--text-scale").map(|_| ()),
            };
        }
    });

    // URL ⇄ state. The URL says the view (a deep link, a shared link, a reload keeps it), but
    // no change of view adds a history entry: it replaces the current one, so Back leaves the
    // article as on any news page (a reader who opened four cards by hovering needed five Backs
    // to leave, each reopening an old card out of sight). The URL is written right after the
    // next frame: the write need not hold back the frame that shows what changed (a card
    // opening, a tooltip; measured: card open 45 -> 36 ms median at 4x throttle). One write per
    // frame, of the state as it is then (never an older snapshot).
    let last = StoredValue::new(untrack(|| st.to_url()));
    // The URL as the app last read or wrote it. A write that finds another URL there (a
    // navigation came in between: back, a link, a test driver) gives way to it: the
    // navigation's own handler applies it, and that change is written in its turn.
    let seen = StoredValue::new(browser::location_parts());
    let pending = StoredValue::new(false);
    let write = move || {
        if !pending.try_get_value().unwrap_or(false) {
            return;
        }
        pending.set_value(false);
        if seen.get_value() != browser::location_parts() {
            return;
        }
        let now = last.get_value();
        browser::replace_url(&now.print_search(), &now.print_hash());
        seen.set_value(browser::location_parts());
    };
    Effect::new(move |_| {
        let now = st.to_url();
        last.set_value(now);
        if !pending.get_value() {
            pending.set_value(true);
            request_animation_frame(move || set_timeout(write, std::time::Duration::ZERO));
            // Where no frame comes (a tab in the background), a little later anyway.
            set_timeout(write, std::time::Duration::from_millis(100));
        }
    });
    let on_nav = move || {
        let (s, h) = browser::location_parts();
        if !is_state_fragment(&h) {
            // An in-page anchor (`#s-p09s2` from a data table): the browser has scrolled to
            // it; the view state stays, and so does the URL that says it.
            let now = last.get_value();
            browser::replace_url(&now.print_search(), &now.print_hash());
            seen.set_value(browser::location_parts());
            return;
        }
        // The navigation wins over a write still pending: its state is written back as it is
        // (normalised), replacing, never as a new history entry.
        seen.set_value((s.clone(), h.clone()));
        pending.set_value(false);
        let url = UrlState::parse(&DATASET, &s, &h);
        last.set_value(url.clone());
        st.apply_url(url);
    };
    let _ = window_event_listener(leptos::ev::popstate, move |_| on_nav());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| on_nav());

    // Keyboard: "/" search, j/k terms. Not while typing in a field, and only where the glossary
    // or the article is on the page.
    let can_search = embed.has_tabs() || embed.view == Some(View::Glossary);
    let has_article = embed.shows_article();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document()
            .active_element()
            .map(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
            .unwrap_or(false);
        if typing {
            return;
        }
        match ev.key().as_str() {
            "/" if can_search => {
                ev.prevent_default();
                actions::show_panel(st, Panel::Glossary);
                request_animation_frame(|| browser::focus_id(dom_id::SEARCH));
            }
            "j" if has_article => step_term(st, 1),
            // The translation under each paragraph: the reader's language first (Chinese for a
            // Chinese interface, else English), then the other, then none.
            "t" if has_article => {
                let order = if st.lang.get_untracked() == Lang::Zh {
                    [None, Some(Lang::Zh), Some(Lang::En)]
                } else {
                    [None, Some(Lang::En), Some(Lang::Zh)]
                };
                actions::keep_place(st, move || {
                    st.translation.update(|t| {
                        let i = order.iter().position(|o| o == t).unwrap_or(0);
                        *t = order[(i + 1) % order.len()];
                    })
                });
            }
            "k" if has_article => step_term(st, -1),
            _ => {}
        }
    });

    let follows_band = framed && embed.shows_article();
    request_animation_frame(move || {
        embed::start_height_reporting(st, framed);
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
    // A single part (`?view=`) has no tabs: there is nothing to switch to.
    let has_tabs = embed.has_tabs();
    // The article is built and painted first; the tools panel follows in the next frame, so the
    // first paragraph does not wait for the glossary and charts.
    let (ready, set_ready) = signal(false);
    request_animation_frame(move || set_ready.set(true));
    // Then the deep link lands (two frames: the panel renders, then it is laid out).
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !ready.get() {
            return done.unwrap_or(false);
        }
        request_animation_frame(move || {
            request_animation_frame(move || {
                land(st, landing, framed);
                // A card opened on the built page stays open: the app's own, on the same mark.
                if let Some((target, anchor)) = BUILT_CARD.take() {
                    match anchor {
                        Some(a) => actions::open_mark(st, target, a),
                        None => open_card(st, target, None),
                    }
                    drop_frozen_card(60);
                }
            });
        });
        true
    });
    let full_view_href = move || state_link(st);
    let keys_help = match embed.view {
        None => K::KeyboardHelp,
        Some(View::Reader) => K::KeyboardHelpReader,
        Some(View::Glossary) => K::KeyboardHelpGlossary,
        Some(View::Chart(ChartId::Key)) => K::KeyboardHelpCard,
        Some(View::Charts | View::Chart(_)) => K::KeyboardHelpCharts,
    };
    let tabs = move || {
        Panel::ALL
            .into_iter()
            .map(|p| {
                view! {
                    <button type="button" role="tab" id=dom_id::tab(p) class="tab"
                        aria-selected=move || (st.panel.get() == p).to_string()
                        aria-controls=dom_id::TOOL_PANEL
                        tabindex=move || if st.panel.get() == p { "0" } else { "-1" }
                        on:click=move |_| actions::show_panel(st, p)
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            let all = Panel::ALL;
                            let i = all.iter().position(|x| *x == p).unwrap_or(0);
                            let n = match ev.key().as_str() {
                                "ArrowRight" => all[(i + 1) % all.len()],
                                "ArrowLeft" => all[(i + all.len() - 1) % all.len()],
                                _ => return,
                            };
                            ev.prevent_default();
                            actions::show_panel(st, n);
                            browser::focus_id(&dom_id::tab(n));
                        }>
                        {move || st.t(panel_key(p))}
                    </button>
                }
            })
            .collect_view()
    };
    // An embed of the whole explorer starts with its tools folded into a bar under the article:
    // a button per panel, each unfolding the tools on its panel.
    let folds = embed.folds_tools();
    let folded = move || folds && !st.tools_open.get();
    // The tabs (and their tab panel) are there when the page has several parts and they are not
    // folded; the bar when they are.
    let tabs_shown = move || has_tabs && !folded();
    let tools_bar = move || {
        Panel::ALL
            .into_iter()
            .map(|p| {
                view! {
                    <button type="button" class="btn" id=dom_id::tools_bar_button(p)
                        aria-expanded="false" aria-controls=dom_id::TOOL_PANEL
                        on:click=move |_| {
                            actions::show_panel(st, p);
                            request_animation_frame(move || browser::focus_id(&dom_id::tab(p)));
                        }>
                        {move || st.t(panel_key(p))}
                    </button>
                }
            })
            .collect_view()
    };
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
            <p class="full-view"><a href=full_view_href target="_blank" rel="noopener">{move || st.t(K::OpenFullView)}" ↗"</a></p>
        })}
        <main class="layout" class:single=!(show_reader && show_tools) id=dom_id::MAIN
            data-ready=move || ready.get().then_some("true")>
            {show_reader.then(|| view! {
                <div class="reader-column">
                    <div class="reader-controls" id=dom_id::READER_CONTROLS><ModeSwitch/><TranslationSwitch/><LearnerSwitch/></div>
                    <ArticleView/>
                    <p class="money-explainer">{move || st.t(K::MoneyNote)}</p>
                </div>
            })}
            {show_tools.then(|| view! {
                <aside class="tools" id=dom_id::TOOLS tabindex="-1" aria-label=move || st.t(K::Panels)>
                    {move || (has_tabs && folded()).then(|| view! {
                        <div class="tools-bar" role="group" aria-label=move || st.t(K::Panels)>
                            {tools_bar}
                        </div>
                    })}
                    {move || tabs_shown().then(|| view! {
                        <div class="tabs-row">
                            <div class="tabs" role="tablist" aria-label=move || st.t(K::Panels)>{tabs}</div>
                            {folds.then(|| view! {
                                <button type="button" class="btn tools-fold" aria-expanded="true"
                                    aria-controls=dom_id::TOOL_PANEL
                                    on:click=move |_| {
                                        actions::fold_tools(st);
                                        request_animation_frame(move || {
                                            browser::focus_id(&dom_id::tools_bar_button(st.panel.get_untracked()));
                                        });
                                    }>{move || st.t(K::FoldTools)}</button>
                            })}
                        </div>
                    })}
                    <div id=dom_id::TOOL_PANEL role=move || tabs_shown().then_some("tabpanel")
                        aria-labelledby=move || tabs_shown().then(|| dom_id::tab(st.panel.get()))>
                        {move || (ready.get() && !folded()).then(|| match st.panel.get() {
                            Panel::Glossary => view! { <GlossaryPanel/> }.into_any(),
                            Panel::People => view! { <PeoplePanel/> }.into_any(),
                            Panel::Charts => view! { <ChartsPanel/> }.into_any(),
                            Panel::Words => view! { <WordsPanel/> }.into_any(),
                            Panel::Share => view! { <SharePanel/> }.into_any(),
                        })}
                    </div>
                </aside>
            })}
        </main>
        <footer class="footer">
            <p class="keys-help">{move || st.t(keys_help)}</p>
            <p lang="ko">{DATASET.article.credit}</p>
        </footer>
        {tab_past.then(|| view! {
            // A stop of its own (tabindex 0: from a stop outside the tab order, Chromium's next Tab
            // wraps to the frame's first), hidden until it has the focus.
            <p class="embed-end" id=dom_id::EMBED_END tabindex="0">{move || st.t(K::EmbedEnd)}</p>
        })}
        <TermCard/>
    }
}
