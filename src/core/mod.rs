//! The pure core: dataset, derived figures, search, URL state, number formatting, interface
//! strings and exports. It never imports leptos, web_sys or wasm_bindgen (a host test greps for
//! that), so `cargo test` on the host covers it quickly and completely.

pub mod dataset;
pub mod describe;
pub mod embed_heights;
pub mod export;
pub mod format;
pub mod hanja;
pub mod i18n;
pub mod layout;
pub mod markup;
pub mod pronounce;
pub mod search;
pub mod study;
pub mod text_size;
pub mod url_state;
pub mod words;
