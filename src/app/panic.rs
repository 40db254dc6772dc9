//! A panic anywhere shows a readable, language-aware error panel with a reload link, instead of
//! a blank or frozen page. Built with plain DOM calls: after a panic the reactive runtime cannot
//! be trusted. The message is also logged to the console.

use crate::core::i18n::{Lang, K};
use wasm_bindgen::JsCast;

/// Installs the hook (called once from `mount`).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_error_panel();
    }));
}

fn show_error_panel() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc
        .get_element_by_id(crate::app::dom_id::FATAL_ERROR)
        .is_some()
    {
        return;
    }
    let lang = doc
        .document_element()
        .map(|e| e.get_attribute("lang").unwrap_or_default())
        .and_then(|l| Lang::from_code(l.get(..2).unwrap_or("")))
        .unwrap_or_default();
    let Ok(panel) = doc.create_element("div") else {
        return;
    };
    panel.set_id(crate::app::dom_id::FATAL_ERROR);
    panel.set_class_name("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("lang", lang.html_lang());
    let add = |tag: &str, text: &str| {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = panel.append_child(&el);
            Some(el)
        } else {
            None
        }
    };
    add("h2", K::ErrorTitle.get(lang));
    add("p", K::ErrorBody.get(lang));
    if let Some(a) = add("a", K::Reload.get(lang)) {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let _ = a.set_attribute("href", &href);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.set_class_name("btn");
        }
    }
    if let Some(body) = doc.body() {
        let _ = body.prepend_with_node_1(&panel);
    }
}

/// The name of the test-only hook: a page script that sets `globalThis.__longjiangTestPanic =
/// true` before the app starts makes it panic once mounted, so the end-to-end tests can check
/// this panel in the real release build. Nothing in a URL can set it (a cross-origin host page
/// cannot either): the app has no public kill switch.
pub const TEST_HOOK: &str = "__longjiangTestPanic";

/// Did a test ask for a panic (see [`TEST_HOOK`])? Only the boolean `true` counts.
pub fn test_panic_requested() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &TEST_HOOK.into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Panics on purpose; reached only through the test hook above.
pub fn trigger_for_tests() {
    panic!("deliberate panic requested by the {TEST_HOOK} test hook");
}
