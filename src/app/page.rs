//! The page's root element and title, kept in step with the state: the resolved theme (following
//! the system while on "auto"), the interface language, the embed's classes, the document's
//! title, and the reader's text size.

use crate::app::browser;
use crate::app::state::AppState;
use crate::core::dataset::DATASET;
use crate::core::i18n::K;
use crate::core::text_size;
use crate::core::url_state::Theme;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Is the page dark? The chosen theme, or on "auto" the system's (`system_dark`).
pub fn is_dark(theme: Theme, system_dark: bool) -> bool {
    match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_dark,
    }
}

/// Provides the resolved theme (a `Memo<bool>`, dark or not: the charts draw with it) and keeps
/// the root element's `data-theme`, `lang` and embed classes (`embed` where `embedded`,
/// `transparent` where the host asked for it) and the document's title in step.
pub fn follow_theme(st: AppState, embedded: bool) {
    let embed = st.embed.get_value();
    let (system_dark, set_system_dark) = signal(browser::prefers_dark());
    if let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") {
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| set_system_dark.set(e.matches()),
        );
        let _ = mq.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        browser::keep_until_cleanup((mq, cb), |(mq, cb)| {
            let _ = mq.remove_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
        });
    }
    let dark = Memo::new(move |_| is_dark(st.theme.get(), system_dark.get()));
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
        document().set_title(&format!(
            "{} · {}",
            st.t(K::AppName),
            DATASET.article.title.ko
        ));
    });
}

/// Keeps the reader's text size on the root element: the stylesheet's `--text-scale`, set through
/// CSSOM (the page's CSP allows no inline style attribute, and none is written); above the
/// stylesheet's own size, `text-larger` lets a word wider than a phone's column wrap inside.
pub fn follow_text_size(st: AppState) {
    Effect::new(move |_| {
        let size = st.text_size.get();
        let scale = text_size::css_scale(size);
        if let Some(html) = document()
            .document_element()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = html
                .class_list()
                .toggle_with_force("text-larger", size > text_size::DEFAULT);
            let style = html.style();
            let _ = match scale {
                Some(s) => style.set_property("--text-scale", &s),
                None => style.remove_property("--text-scale").map(|_| ()),
            };
        }
    });
}
