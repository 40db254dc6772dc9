//! Longjiang Reader: a bilingual explorer for one Heilongjiang Daily (Korean edition) article.
//!
//! - `core`: pure Rust (dataset, search, URL state, formatting, strings, exports); no browser crate.
//! - `charts`: plotters drawing over any backend (canvas in the browser, SVG in tests).
//! - `app`: the Leptos UI.

// The build-time renderer (feature `ssr`) nests the charts panel's view types deeper than the
// default limit allows.
#![recursion_limit = "256"]

pub mod app;
pub mod charts;
pub mod core;
