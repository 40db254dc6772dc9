//! In-browser tests (wasm-bindgen-test in headless Chromium): mount the real `App`, act on the
//! DOM, let the reactive system run, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use longjiang_reader::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What a test may change outside its own element, as it was before: the URL and the history
/// entry's state, both storages, the root `<html>` element's attributes (theme, language, text
/// size) and the title.
struct PageState {
    url: String,
    history: wasm_bindgen::JsValue,
    local: Vec<(String, String)>,
    session: Vec<(String, String)>,
    html: Vec<(String, String)>,
    title: String,
}

fn storage_items(storage: &web_sys::Storage) -> Vec<(String, String)> {
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter_map(|k| Some((k.clone(), storage.get_item(&k).unwrap()?)))
        .collect()
}

fn restore_storage(storage: &web_sys::Storage, items: &[(String, String)]) {
    storage.clear().unwrap();
    for (k, v) in items {
        storage.set_item(k, v).unwrap();
    }
}

fn html_attributes(html: &web_sys::Element) -> Vec<(String, String)> {
    html.get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
        .filter_map(|n| Some((n.clone(), html.get_attribute(&n)?)))
        .collect()
}

impl PageState {
    fn save() -> Self {
        let w = window();
        let html = document().document_element().unwrap();
        PageState {
            url: w.location().href().unwrap(),
            history: w.history().unwrap().state().unwrap(),
            local: storage_items(&w.local_storage().unwrap().unwrap()),
            session: storage_items(&w.session_storage().unwrap().unwrap()),
            html: html_attributes(&html),
            title: document().title(),
        }
    }

    fn restore(&self) {
        let w = window();
        w.history()
            .unwrap()
            .replace_state_with_url(&self.history, "", Some(&self.url))
            .unwrap();
        restore_storage(&w.local_storage().unwrap().unwrap(), &self.local);
        restore_storage(&w.session_storage().unwrap().unwrap(), &self.session);
        let html = document().document_element().unwrap();
        for (name, _) in html_attributes(&html) {
            html.remove_attribute(&name).unwrap();
        }
        for (name, value) in &self.html {
            html.set_attribute(name, value).unwrap();
        }
        document().set_title(&self.title);
    }
}

/// An `App` mounted for one test. Dropping it unmounts the app (its reactive owner goes with
/// it), removes its element and puts the page back as it was before the mount.
struct Mounted<H> {
    root: web_sys::HtmlElement,
    handle: Option<H>,
    before: PageState,
}

impl<H> Drop for Mounted<H> {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.root.remove();
        self.before.restore();
    }
}

/// Mounts the app into a fresh `#app` element at the URL `#`; the test keeps what this returns
/// for as long as the app should live.
fn mount() -> Mounted<impl Sized> {
    // What boot.js hands the release build: the texts file its dataset reads (once per run).
    let _ = longjiang_reader::core::dataset::model::install_texts(
        include_str!(concat!(env!("OUT_DIR"), "/texts.txt")),
        longjiang_reader::core::dataset::TEXTS_FILE,
    );
    let before = PageState::save();
    let doc = document();
    // A test that failed leaves its element behind: a panic does not unwind in wasm, so its
    // `Mounted` is never dropped.
    if let Some(old) = doc.get_element_by_id("app") {
        old.remove();
    }
    let root: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    root.set_id("app");
    doc.body().unwrap().append_child(&root).unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#"))
        .unwrap();
    let handle = leptos::mount::mount_to(root.clone(), App);
    Mounted {
        root,
        handle: Some(handle),
        before,
    }
}

impl<H> std::ops::Deref for Mounted<H> {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &web_sys::HtmlElement {
        &self.root
    }
}

async fn tick() {
    // Let effects and animation-frame callbacks run.
    let p = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn query_all(root: &web_sys::Element, sel: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

#[wasm_bindgen_test]
async fn app_mounts_with_the_article_and_marks() {
    let app = mount();
    tick().await;
    let title = app.query_selector("#article-title").unwrap().unwrap();
    assert!(title.text_content().unwrap().contains("룡강 행사주간"));
    let terms = query_all(&app, "#article .mark.term");
    // Units (원, 억 …) occur inside figure marks, not as marks of their own.
    let expected: usize = longjiang_reader::core::dataset::DATASET
        .terms
        .iter()
        .filter(|t| t.category != longjiang_reader::core::dataset::model::Category::Unit)
        .map(|t| t.occurrences.len())
        .sum();
    assert!(expected > 100);
    assert_eq!(terms.len(), expected);
    assert_eq!(query_all(&app, "h2.section-heading").len(), 3);
}

#[wasm_bindgen_test]
async fn clicking_a_term_opens_its_card_and_escape_closes_it() {
    let app = mount();
    tick().await;
    let term: web_sys::HtmlElement = app
        .query_selector("#article .mark.term[data-term='liangtou_shiwei']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    term.click();
    tick().await;
    let card = document().get_element_by_id("card").expect("card opens");
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    let text = card.text_content().unwrap();
    assert!(
        text.contains("粮头食尾") && text.contains("liángtóu shíwěi"),
        "{text}"
    );
    assert_eq!(term.get_attribute("aria-expanded").as_deref(), Some("true"));
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Escape");
        init
    })
    .unwrap();
    window().dispatch_event(&ev).unwrap();
    tick().await;
    assert!(
        document().get_element_by_id("card").is_none(),
        "Escape closes the card"
    );
}

#[wasm_bindgen_test]
async fn hanzi_mode_adds_ruby() {
    let app = mount();
    tick().await;
    assert!(app.query_selector("ruby").unwrap().is_none());
    let radio: web_sys::HtmlInputElement = app
        .query_selector("#mode-switch input[value='hanzi']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    radio.click();
    tick().await;
    let rts = query_all(&app, "ruby rt");
    assert!(rts
        .iter()
        .any(|rt| rt.text_content().as_deref() == Some("哈尔滨")));
    // The URL is written right after the next frame (or 100 ms later without one).
    for _ in 0..10 {
        if window().location().hash().unwrap().contains("mode=hanzi") {
            break;
        }
        tick().await;
    }
    assert!(window().location().hash().unwrap().contains("mode=hanzi"));
}

#[wasm_bindgen_test]
async fn glossary_search_filters_across_scripts() {
    let app = mount();
    tick().await;
    let input: web_sys::HtmlInputElement = app
        .query_selector("#glossary-search")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("haerbin");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    tick().await;
    let items = query_all(&app, ".glossary-list.results .glossary-item");
    assert!(!items.is_empty());
    assert_eq!(
        items[0].get_attribute("data-term").as_deref(),
        Some("harbin")
    );
    assert!(
        items[0].query_selector("mark").unwrap().is_some(),
        "the match is highlighted"
    );
}
