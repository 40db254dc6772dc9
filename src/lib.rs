//! Longjiang Reader: a bilingual explorer for one Heilongjiang Daily (Korean edition) article.
//! `core` is pure Rust; the UI modules build on it.

pub mod core;
