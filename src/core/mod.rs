//! The pure core: dataset, derived figures, search, URL state, number formatting and interface
//! strings. It never imports leptos, web_sys or wasm_bindgen (a host test greps for that), so
//! `cargo test` on the host covers it quickly and completely.

pub mod dataset;
