//! The takeover: the page built at build time (the article, the charts, native-popover cards) is
//! on screen before the wasm starts. `mount_now` clears it for the app, keeping the article's
//! paragraphs (`ArticleView` adopts them) and a card the reader has open, which stays on screen
//! until the app has opened its own on the same mark (`reopen_built_card`).

use crate::app::components::article_view;
use crate::app::state::AppState;
use crate::app::{actions, dom_id, App};
use crate::core::dataset::model::Target;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A card on the built page: its target, and the mark that opened it (a sentence index and the
/// mark's start), if known.
type BuiltCard = (Target, Option<(u32, u32)>);

thread_local! {
    /// The card the reader left open on the built page, read once by `reopen_built_card`.
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

/// Mounts `App` into `#app` in place of the built page.
pub fn mount_now() {
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
    article_view::keep_built(&root);
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

/// Opens the app's own card on the one the reader left open on the built page, if any (on the
/// same mark), and removes the built one once the app's is placed.
pub fn reopen_built_card(st: AppState) {
    if let Some((target, anchor)) = BUILT_CARD.take() {
        match anchor {
            Some(a) => actions::open_mark(st, target, a),
            None => actions::open_card(st, target, None),
        }
        drop_frozen_card(60);
    }
}
