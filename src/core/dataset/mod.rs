//! The dataset: the article, its glossary, people, figures, events and exchange rates.
//!
//! `data/` files → `raw` (serde mirrors of the files) → `load` (validation, references resolved,
//! occurrences and derived figures computed) → `model` (what the app uses). `build.rs` runs the
//! same loader at compile time and `bake`s the result into `DATASET`, so a broken file fails the
//! build and the browser never parses anything. These modules refer to each other only through
//! `super::`, because `build.rs` includes them by path; the one module outside they use,
//! `core::i18n` (`Lang`, and `Tri` for a text in three languages), they reach as `super::i18n`,
//! which `build.rs` includes too.

pub mod annotate;
pub mod derive;
pub mod knum;
pub mod model;
pub mod pinyin;
pub mod reading;

use super::i18n;

#[cfg(not(target_arch = "wasm32"))]
pub mod bake;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod raw;

mod embedded {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
}

pub use embedded::{DATASET, TEXTS_FILE};
