//! Embedding: tells the parent page our height in the formats existing hosts listen for (pym.js,
//! Datawrapper, AMP and the generic `iframe.resize` JSON), on load and whenever the content size
//! changes, once per new height (never in a loop). Reads only pym's `width` message from the
//! parent, and only as a number, and its `theme` message (light, dark, auto); ignores every
//! other message.

use crate::app::browser;
use crate::app::state::AppState;
use crate::core::url_state::Theme;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The messages for one height, as (string or JSON object) values. Pure, for tests.
pub fn height_messages(height: u32, child_id: Option<&str>, href: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(id) = child_id {
        out.push(format!("pymxPYMx{id}xPYMxheightxPYMx{height}"));
    }
    // The generic `iframe.resize` message, its keys in this order.
    #[derive(serde::Serialize)]
    struct IframeResize<'a> {
        src: &'a str,
        context: &'static str,
        height: u32,
    }
    let resize = IframeResize {
        src: href,
        context: "iframe.resize",
        height,
    };
    out.push(serde_json::to_string(&resize).unwrap_or_default());
    out
}

/// Parses pym's `pymxPYMx{id}xPYMxwidthxPYMx{n}`; anything else is `None`.
pub fn parse_pym_width(msg: &str, child_id: &str) -> Option<f64> {
    let rest = msg.strip_prefix("pymxPYMx")?;
    let (id, rest) = rest.split_once("xPYMx")?;
    let w = rest.strip_prefix("widthxPYMx")?;
    if id != child_id
        || w.is_empty()
        || w.len() > 10
        || !w.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    w.parse::<f64>()
        .ok()
        .filter(|w| (0.0..=100_000.0).contains(w))
}

/// pym's `theme` message from the host (`pymParent.sendMessage('theme', 'dark')`): the host page
/// changed its theme and the frame follows (issue #24). `light`, `dark` or `auto` (the reader's
/// system), for this frame's id only. Pure, for tests.
pub fn parse_pym_theme(msg: &str, child_id: &str) -> Option<Theme> {
    let rest = msg.strip_prefix("pymxPYMx")?;
    let (id, rest) = rest.split_once("xPYMx")?;
    let code = rest.strip_prefix("themexPYMx")?;
    if id != child_id {
        return None;
    }
    Theme::ALL.into_iter().find(|t| t.code() == code)
}

fn post(parent: &web_sys::Window, msg: &JsValue) {
    let _ = parent.post_message(msg, "*");
}

/// Starts height reporting when the page is in a frame (`browser::parent_frame`; `?embed=1` on a
/// page at the top has no one to tell).
pub fn start_height_reporting(st: AppState) {
    let embed = st.embed.get_value();
    let Some(parent) = browser::parent_frame() else {
        return;
    };
    let last = Rc::new(Cell::new(0u32));
    let child_id = embed.child_id.clone();
    let send: Rc<dyn Fn(bool)> = {
        let last = last.clone();
        let parent = parent.clone();
        Rc::new(move |force: bool| {
            let Some(root) = document().get_element_by_id(crate::app::dom_id::APP) else {
                return;
            };
            let h = root.get_bounding_client_rect().height().ceil().max(1.0) as u32;
            if h == last.get() && !force {
                return;
            }
            last.set(h);
            let href = window().location().href().unwrap_or_default();
            for m in height_messages(h, child_id.as_deref(), &href) {
                post(&parent, &JsValue::from_str(&m));
            }
            // Datawrapper and AMP listen for objects, not strings.
            let id = child_id
                .clone()
                .unwrap_or_else(|| "longjiang-reader".into());
            let dw = js_sys::Object::new();
            let inner = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &inner,
                &JsValue::from_str(&id),
                &JsValue::from_f64(h as f64),
            );
            let _ = js_sys::Reflect::set(&dw, &JsValue::from_str("datawrapper-height"), &inner);
            post(&parent, &dw);
            let amp = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
            let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
            let _ = js_sys::Reflect::set(&amp, &"height".into(), &JsValue::from_f64(h as f64));
            post(&parent, &amp);
        })
    };
    // Content size changes: the app root's (cards, panels, fonts, width).
    {
        let send = send.clone();
        on_app_resize(move || send(false));
    }
    // pym's parent asks with its width; answer with our height. It may also say that the host
    // changed its theme. Everything else is ignored.
    if let Some(id) = embed.child_id.clone() {
        let send = send.clone();
        let cb = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(s) = ev.data().as_string() {
                if parse_pym_width(&s, &id).is_some() {
                    send(true);
                } else if let Some(theme) = parse_pym_theme(&s, &id) {
                    st.theme.set(theme);
                }
            }
        });
        let _ = window().add_event_listener_with_callback("message", cb.as_ref().unchecked_ref());
        cb.forget();
    }
    send(true);
}

/// pym's message asking the host to scroll so that `pos` px from the frame's top is at the top
/// of the host's window (pym.js `scrollParentToChildPos`).
pub fn scroll_to_child_pos_message(child_id: &str, pos: f64) -> String {
    format!(
        "pymxPYMx{child_id}xPYMxscrollToChildPosxPYMx{}",
        pos.max(0.0).round()
    )
}

/// Moves what the reader sees down by `dy` px so that a card fits: this window when it is the
/// top page; inside a frame, the host page (through pym, which scrolls it to `child_pos`, the
/// position in the frame that should come to the top), or, without pym, the browser's own
/// scrolling of the element at `child_pos` into view.
pub fn scroll_reader_view(st: AppState, dy: f64, child_pos: f64) {
    match browser::parent_frame() {
        None => browser::scroll_by(dy),
        Some(parent) => match st.embed.get_value().child_id {
            Some(id) => post(
                &parent,
                &JsValue::from_str(&scroll_to_child_pos_message(&id, child_pos)),
            ),
            None => {
                if let Some(el) = document().element_from_point(1.0, child_pos as f32) {
                    el.scroll_into_view_with_bool(true);
                }
            }
        },
    }
}

thread_local! {
    /// The part of the frame the host shows (viewport coordinates), while
    /// `follow_visible_band` watches it; `None` elsewhere or before it knows.
    static BAND: Cell<Option<(f64, f64)>> = const { Cell::new(None) };
}

/// The part of the frame the host shows (viewport coordinates), where it is known: inside a
/// frame that grows to its content, once `follow_visible_band` has seen it.
pub fn shown_band() -> Option<(f64, f64)> {
    BAND.with(|b| b.get())
}

/// The part of the page the reader is reading, in viewport coordinates: the window, or in a frame
/// that grows to its content the part the host shows; below the reader's controls where they
/// stand over the text (stuck at the top, or following the band). What "the first word in view"
/// and "keep the reader's place" are measured against.
pub fn reading_band() -> (f64, f64) {
    let (_, vh) = browser::viewport();
    let (top, bottom) = BAND.with(|b| b.get()).unwrap_or((0.0, vh));
    (below_reader_controls(top), bottom)
}

/// `top`, or the bottom of the reader's controls where they stand over it (stuck at the top of
/// the window, or following the band in a frame): what they cover is out of the reader's sight.
pub fn below_reader_controls(top: f64) -> f64 {
    document()
        .get_element_by_id(crate::app::dom_id::READER_CONTROLS)
        .map(|bar| bar.get_bounding_client_rect())
        .filter(|r| r.top() <= top + 1.0 && r.bottom() > top)
        .map_or(top, |r| r.bottom())
}

/// The height of one cell of the band ruler, in CSS pixels; each cell reports at tenths of it, so
/// the band's top is known to 4 px.
const RULER_CELL: f64 = 40.0;

/// How far (px, down) the reader's controls bar moves to stand at the top of the visible band:
/// not above where the page puts it, and not past the end of its column. Pure, for tests.
pub fn bar_offset(band_top: f64, natural_top: f64, bar_height: f64, column_bottom: f64) -> f64 {
    (band_top - natural_top)
        .min(column_bottom - bar_height - natural_top)
        .max(0.0)
}

/// Keeps the reader's controls (display mode, translation, learner layer) at hand inside a frame
/// that grows to its content (pym and the like; issue #20). There the frame's window is as tall as
/// the page and the host page does the scrolling, so `position: sticky` has nothing to stick to
/// and the bar stayed at the top of the article, thousands of pixels above the paragraph being
/// read. The part of the frame the host shows is found without asking the host: a column of
/// invisible cells over the page (`.band-ruler`, 40 px each) is watched by an
/// IntersectionObserver whose implicit root is the top-level viewport (across origins too), at
/// tenths of a cell; the topmost cell in view says where the visible band starts, and the bar is
/// moved there by a transform, never past the end of the article's column. Where the frame scrolls
/// itself, sticky has already put the bar at the band's top and nothing moves. Reads nothing from
/// the parent page.
pub fn follow_visible_band() {
    use std::cell::RefCell;
    let doc = document();
    let (Some(body), Ok(ruler)) = (doc.body(), doc.create_element("div")) else {
        return;
    };
    ruler.set_class_name("band-ruler");
    let _ = ruler.set_attribute("aria-hidden", "true");
    if body.append_child(&ruler).is_err() {
        return;
    }
    // The part of each cell in view as it last reported it (top, bottom; None: out of view).
    type Cells = Rc<RefCell<Vec<Option<(f64, f64)>>>>;
    let tops: Cells = Rc::new(RefCell::new(Vec::new()));
    let offset = Rc::new(Cell::new(0.0f64));
    let place = {
        let tops = tops.clone();
        move || {
            let band = {
                let tops = tops.borrow();
                let mut seen = tops.iter().flatten();
                seen.next()
                    .map(|first| (first.0, seen.last().unwrap_or(first).1))
            };
            BAND.with(|b| b.set(band));
            let Some((band_top, _)) = band else {
                return;
            };
            let Some(bar) = document()
                .get_element_by_id(crate::app::dom_id::READER_CONTROLS)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            let Some(column) = bar.parent_element() else {
                return;
            };
            let rect = bar.get_bounding_client_rect();
            let natural_top = rect.top() - offset.get();
            let dy = bar_offset(
                band_top,
                natural_top,
                rect.height(),
                column.get_bounding_client_rect().bottom(),
            )
            .round();
            if dy == offset.get() {
                return;
            }
            offset.set(dy);
            let style = bar.style();
            let _ = if dy > 0.0 {
                style.set_property("transform", &format!("translateY({dy}px)"))
            } else {
                style.remove_property("transform").map(|_| ())
            };
            let _ = bar.class_list().toggle_with_force("following", dy > 0.0);
        }
    };
    let place = Rc::new(place);
    let observer = {
        let tops = tops.clone();
        let place = place.clone();
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            {
                let mut tops = tops.borrow_mut();
                for e in entries.iter() {
                    let e: web_sys::IntersectionObserverEntry = e.unchecked_into();
                    let Some(i) = e
                        .target()
                        .get_attribute("data-i")
                        .and_then(|i| i.parse::<usize>().ok())
                        .filter(|i| *i < tops.len())
                    else {
                        continue;
                    };
                    let r = e.intersection_rect();
                    tops[i] =
                        (e.is_intersecting() && r.height() > 0.0).then(|| (r.top(), r.bottom()));
                }
            }
            place();
        });
        let init = web_sys::IntersectionObserverInit::new();
        let steps: js_sys::Array = (0..=10)
            .map(|i| JsValue::from_f64(i as f64 / 10.0))
            .collect();
        init.set_threshold(&steps);
        let observer =
            web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &init);
        cb.forget();
        match observer {
            Ok(o) => o,
            Err(_) => return,
        }
    };
    // The ruler covers the page down to the app's bottom, and grows or shrinks with it.
    let fit = {
        let ruler = ruler.clone();
        move || {
            let Some(app) = document().get_element_by_id(crate::app::dom_id::APP) else {
                return;
            };
            let bottom =
                app.get_bounding_client_rect().bottom() + window().scroll_y().unwrap_or(0.0);
            // Exactly the app's height (its last cell clipped): a ruler reaching below the app
            // would make the page taller than the frame the host gave it.
            if let Some(r) = ruler.dyn_ref::<web_sys::HtmlElement>() {
                let _ = r
                    .style()
                    .set_property("height", &format!("{}px", bottom.floor().max(1.0)));
            }
            let want = (bottom / RULER_CELL).ceil().max(1.0) as usize;
            let mut tops = tops.borrow_mut();
            while tops.len() > want {
                tops.pop();
                if let Some(last) = ruler.last_element_child() {
                    observer.unobserve(&last);
                    last.remove();
                }
            }
            while tops.len() < want {
                let Ok(cell) = document().create_element("div") else {
                    return;
                };
                let _ = cell.set_attribute("data-i", &tops.len().to_string());
                if ruler.append_child(&cell).is_err() {
                    return;
                }
                tops.push(None);
                observer.observe(&cell);
            }
        }
    };
    fit();
    on_app_resize(move || {
        fit();
        place();
    });
}

/// Calls `f` whenever the app root's size changes, for the page's life (a ResizeObserver that is
/// never disconnected).
fn on_app_resize(f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |_e: js_sys::Array| f());
    if let (Ok(ro), Some(app)) = (
        web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()),
        document().get_element_by_id(crate::app::dom_id::APP),
    ) {
        ro.observe(&app);
        std::mem::forget(ro);
    }
    cb.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_stands_at_the_band_top_within_its_column() {
        // Band above the bar's place: it stays where the page puts it.
        assert_eq!(bar_offset(0.0, 120.0, 60.0, 5000.0), 0.0);
        // Band in the middle of the article: the bar moves down to it.
        assert_eq!(bar_offset(2400.0, 120.0, 60.0, 5000.0), 2280.0);
        // Band past the column's end: the bar stops at the end of its column.
        assert_eq!(bar_offset(4990.0, 120.0, 60.0, 5000.0), 4820.0);
        // A column shorter than the bar: never above its place.
        assert_eq!(bar_offset(500.0, 120.0, 60.0, 150.0), 0.0);
    }

    #[test]
    fn messages_carry_only_height_and_url() {
        let m = height_messages(812, Some("lj"), "https://example.org/reader/?embed=1");
        assert_eq!(m[0], "pymxPYMxljxPYMxheightxPYMx812");
        assert_eq!(m[1], "{\"src\":\"https://example.org/reader/?embed=1\",\"context\":\"iframe.resize\",\"height\":812}");
        assert_eq!(height_messages(5, None, "x").len(), 1);
    }

    #[test]
    fn pym_theme_message_names_a_theme_for_this_frame() {
        assert_eq!(
            parse_pym_theme("pymxPYMxljxPYMxthemexPYMxdark", "lj"),
            Some(Theme::Dark)
        );
        assert_eq!(
            parse_pym_theme("pymxPYMxljxPYMxthemexPYMxauto", "lj"),
            Some(Theme::Auto)
        );
        assert_eq!(
            parse_pym_theme("pymxPYMxotherxPYMxthemexPYMxdark", "lj"),
            None
        );
        assert_eq!(parse_pym_theme("pymxPYMxljxPYMxthemexPYMxpink", "lj"), None);
        assert_eq!(parse_pym_theme("pymxPYMxljxPYMxwidthxPYMx300", "lj"), None);
        assert_eq!(parse_pym_theme("themexPYMxdark", "lj"), None);
    }

    #[test]
    fn pym_scroll_message_is_a_whole_non_negative_position() {
        assert_eq!(
            scroll_to_child_pos_message("lj", 1234.4),
            "pymxPYMxljxPYMxscrollToChildPosxPYMx1234"
        );
        assert_eq!(
            scroll_to_child_pos_message("lj", -5.0),
            "pymxPYMxljxPYMxscrollToChildPosxPYMx0"
        );
    }

    #[test]
    fn only_numeric_pym_widths_are_read() {
        assert_eq!(
            parse_pym_width("pymxPYMxljxPYMxwidthxPYMx320", "lj"),
            Some(320.0)
        );
        assert_eq!(parse_pym_width("pymxPYMxljxPYMxwidthxPYMxNaN", "lj"), None);
        assert_eq!(
            parse_pym_width("pymxPYMxotherxPYMxwidthxPYMx320", "lj"),
            None
        );
        assert_eq!(parse_pym_width("pymxPYMxljxPYMxheightxPYMx320", "lj"), None);
        assert_eq!(
            parse_pym_width("pymxPYMxljxPYMxwidthxPYMx1e308", "lj"),
            None
        );
        assert_eq!(parse_pym_width("random", "lj"), None);
    }
}
