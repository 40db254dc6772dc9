//! Thin wrappers over the browser APIs the app uses beyond its own elements (location, history,
//! downloads, clipboard, share sheet, storage, speech, media queries, scrolling, the frame, and
//! listeners that end with the app), so that surface is in one place; components still use
//! `web_sys`'s event and element types and their elements' own methods. Failures are swallowed
//! where the feature is optional.

use crate::core::words::StoreError;
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};

/// (`location.search`, `location.hash`), both possibly empty.
pub fn location_parts() -> (String, String) {
    let loc = window().location();
    (
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default(),
    )
}

/// The current URL without its fragment.
pub fn href_without_hash() -> String {
    let loc = window().location();
    let href = loc.href().unwrap_or_default();
    href.split('#').next().unwrap_or("").to_string()
}

/// The folder the app's files are served from (Trunk's public URL, also under a sub-path): where
/// boot.js found the JS glue (its tag's `data-js`). "./" where there is no such tag.
pub fn asset_base() -> String {
    document()
        .query_selector("script[data-js]")
        .ok()
        .flatten()
        .and_then(|s| s.get_attribute("data-js"))
        .and_then(|js| js.rfind('/').map(|i| js[..=i].to_string()))
        .unwrap_or_else(|| "./".into())
}

/// The content of the page's `<meta name="{name}">`, if there is one (what the build step wrote
/// into the page after the wasm was built: the chart embeds' version).
pub fn meta_content(name: &str) -> Option<String> {
    window()
        .document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
        .filter(|c| !c.is_empty())
}

/// The address of a file the build wrote into `dist/downloads/` (`core::export`).
pub fn download_href(name: &str) -> String {
    format!(
        "{}{}/{name}",
        asset_base(),
        crate::core::export::DOWNLOADS_DIR
    )
}

/// The deployed page URL (without query or fragment).
pub fn page_url() -> String {
    let href = href_without_hash();
    href.split('?').next().unwrap_or("").to_string()
}

/// Replaces the URL's query and fragment, keeping the path. Never a new history entry: the
/// app's view changes are not pages (Back leaves the article).
pub fn replace_url(search: &str, hash: &str) {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_else(|_| "/".into());
    let mut url = path;
    if !search.is_empty() {
        url.push('?');
        url.push_str(search);
    }
    if !hash.is_empty() {
        url.push('#');
        url.push_str(hash);
    }
    let current = format!(
        "{}{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default()
    );
    if current == url {
        return;
    }
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

pub fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

pub fn prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// The window this page is framed in: its parent, when the page is inside a frame (an iframe
/// of a host page, at any depth); `None` for a page at the top. Comparing window proxies works
/// across origins. What the app sends its height and scroll requests to.
pub fn parent_frame() -> Option<web_sys::Window> {
    let w = window();
    w.parent()
        .ok()
        .flatten()
        .filter(|p| !js_sys::Object::is(p, &w))
}

/// Is the page inside a frame? The one answer every part of the app uses (height reporting,
/// scrolling, the card's blur, landing, the visible band): there is a [`parent_frame`].
pub fn in_frame() -> bool {
    parent_frame().is_some()
}

/// The page's `localStorage`, or why there is none: switched off, or blocked (reading
/// `window.localStorage` throws in a sandboxed frame and under some privacy settings).
fn local_storage() -> Result<web_sys::Storage, StoreError> {
    match window().local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(StoreError::Unavailable),
    }
}

/// Reads a stored string (`None`: nothing stored under `key`).
pub fn storage_get(key: &str) -> Result<Option<String>, StoreError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StoreError::Unavailable)
}

/// Stores a string: `Full` when the browser's quota is used up, `Unavailable` for any other
/// refusal.
pub fn storage_set(key: &str, value: &str) -> Result<(), StoreError> {
    local_storage()?.set_item(key, value).map_err(|e| {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(|d| d.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            StoreError::Full
        } else {
            StoreError::Unavailable
        }
    })
}

/// Milliseconds since 1970, by the browser's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Does the browser have a share sheet (Web Share API)?
pub fn can_share() -> bool {
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("share"))
        .is_ok_and(|f| f.is_function())
}

/// Offers the text to the system's share sheet (Web Share API) where the browser has one. The
/// future says whether it was shared: `None` when there is no share sheet (the caller copies
/// instead), `Some(false)` when the reader cancelled or the browser refused.
pub fn share(title: &str, text: &str) -> Option<impl std::future::Future<Output = bool>> {
    let nav = window().navigator();
    let f = js_sys::Reflect::get(&nav, &JsValue::from_str("share"))
        .ok()
        .filter(|f| f.is_function())?;
    let f: js_sys::Function = f.unchecked_into();
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    let p = f
        .call1(&nav, &data)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some(async move { wasm_bindgen_futures::JsFuture::from(p).await.is_ok() })
}

/// Offers `content` as a file download.
pub fn download(filename: &str, mime: &str, content: &[u8]) {
    let arr = js_sys::Uint8Array::from(content);
    let parts = js_sys::Array::of1(&arr);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return;
    };
    download_blob(filename, &blob);
}

pub fn download_blob(filename: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let doc = window().document().expect("a document");
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard. The write starts at once (inside the click that asked for it);
/// the future says whether the browser took the text: false when it refused (permission, no
/// focus) or has no clipboard (`navigator.clipboard` is missing outside secure contexts).
pub fn copy_text(text: &str) -> impl std::future::Future<Output = bool> {
    let nav = window().navigator();
    let write = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| c.is_object())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>().write_text(text));
    async move {
        match write {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            None => false,
        }
    }
}

/// Focuses the text field (input or textarea) with `id` and selects its text, so the reader
/// can copy it by hand.
pub fn select_field(id: &str) {
    let Some(el) = window().document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}

/// Scrolls the element with `id` into view (centred), respecting reduced motion.
pub fn scroll_to_id(id: &str) {
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id(id)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        // Inside a frame, instantly: the card is placed for what the host shows right after.
        opts.set_behavior(if prefers_reduced_motion() || in_frame() {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    window()
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

pub fn focus_id(id: &str) {
    if let Some(el) = html_element(id) {
        let _ = el.focus();
    }
}

/// Focuses without scrolling: for the card, which is placed where the reader already looks
/// (focus scrolling would move the host page to wherever the card was before placement).
pub fn focus_id_in_place(id: &str) {
    if let Some(el) = html_element(id) {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// The bounding box of the element with `id` (viewport coordinates).
pub fn rect_of(id: &str) -> Option<web_sys::DomRect> {
    window()
        .document()
        .and_then(|d| d.get_element_by_id(id))
        .map(|e| e.get_bounding_client_rect())
}

pub fn viewport() -> (f64, f64) {
    let w = window();
    let width = w
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    let height = w
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(768.0);
    (width, height)
}

/// Whether speech synthesis has a voice for `lang_prefix` ("zh", "ko").
/// False where there is no browser: the build step renders cards (`app::built`) on the host.
pub fn has_voice(lang_prefix: &str) -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    let Ok(synth) = window().speech_synthesis() else {
        return false;
    };
    synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .any(|v| v.lang().to_ascii_lowercase().starts_with(lang_prefix))
}

pub fn speak(text: &str, lang: &str) {
    let Ok(synth) = window().speech_synthesis() else {
        return;
    };
    if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        u.set_lang(lang);
        synth.cancel();
        synth.speak(&u);
    }
}

/// Calls `then(top, bottom)` with the part of this page the reader can see, in viewport
/// coordinates: the window; inside a frame, the part of the frame the host page shows (an
/// IntersectionObserver's implicit root is the top-level viewport, across origins too). A
/// frame that grows to its content is taller than the phone it is shown on.
pub fn visible_band(then: impl FnOnce(f64, f64) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    let (_, vh) = viewport();
    let root = window().document().and_then(|d| d.document_element());
    let (true, Some(root)) = (in_frame(), root) else {
        then(0.0, vh);
        return;
    };
    type Once = Option<Box<dyn FnOnce(f64, f64)>>;
    let then: Rc<RefCell<Once>> = Rc::new(RefCell::new(Some(Box::new(then))));
    let call = {
        let then = then.clone();
        move |top: f64, bottom: f64| {
            if let Some(f) = then.borrow_mut().take() {
                f(top, bottom);
            }
        }
    };
    let call2 = call.clone();
    let cb = wasm_bindgen::closure::Closure::once_into_js(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            observer.disconnect();
            let band = entries
                .get(0)
                .dyn_into::<web_sys::IntersectionObserverEntry>()
                .ok()
                .map(|e| e.intersection_rect())
                .filter(|r| r.height() >= 1.0)
                .map(|r| (r.top(), r.bottom()));
            let (top, bottom) = band.unwrap_or((0.0, vh));
            call(top, bottom);
        },
    );
    match web_sys::IntersectionObserver::new(cb.unchecked_ref()) {
        Ok(o) => o.observe(&root),
        Err(_) => call2(0.0, vh),
    }
}

/// Scrolls this window by `dy` CSS pixels (no smooth scrolling: the card is placed after it).
pub fn scroll_by(dy: f64) {
    window().scroll_by_with_x_and_y(0.0, dy);
}

/// Scrolls the element with `id` into view at once (`block`: where in the view it lands), for a
/// link that has just loaded: no smooth scrolling to watch, the page opens where it points.
pub fn scroll_into_view_now(id: &str, block: web_sys::ScrollLogicalPosition) {
    if let Some(el) = window().document().and_then(|d| d.get_element_by_id(id)) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(block);
        opts.set_behavior(web_sys::ScrollBehavior::Instant);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Listens to `event` on the window while the reactive owner that calls it lives: the listener
/// is removed when that owner is cleaned up (the app unmounted), so no handler runs on
/// disposed signals afterwards.
pub fn window_listener<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: JsCast,
{
    let handle = leptos::prelude::window_event_listener(event, handler);
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Keeps `value` (an observer, a closure a listener calls) until the reactive owner that calls
/// it is cleaned up, then runs `drop_with` on it (disconnect, remove the listener).
pub fn keep_until_cleanup<T: 'static>(value: T, drop_with: impl FnOnce(T) + 'static) {
    let kept = send_wrapper::SendWrapper::new((value, drop_with));
    leptos::prelude::on_cleanup(move || {
        let (v, f) = kept.take();
        f(v);
    });
}

/// Says, in the built page's own words (index.html's `#boot-error`, in three languages), that the
/// app could not start, and stops saying it is loading; the built page keeps working.
pub fn show_boot_error() {
    let doc = document();
    if let Some(e) = doc.get_element_by_id(crate::app::dom_id::BOOT_ERROR) {
        let _ = e.remove_attribute("hidden");
    }
    if let Some(e) = doc.get_element_by_id(crate::app::dom_id::BOOT_LOADING) {
        let _ = e.set_attribute("hidden", "");
    }
}
