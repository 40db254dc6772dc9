//! Validates `data/` and embeds it: a broken dataset file stops the build with messages that
//! name the file, the entry, the field and what is wrong. The loader is the core's own
//! (`src/core/dataset/`), included by path so that the app, its tests and this script share it.
#![allow(dead_code)]

#[path = "src/core/dataset/annotate.rs"]
mod annotate;
#[path = "src/core/dataset/bake.rs"]
mod bake;
#[path = "src/core/dataset/derive.rs"]
mod derive;
#[path = "src/core/i18n.rs"]
mod i18n;
#[path = "src/core/dataset/knum.rs"]
mod knum;
#[path = "src/core/dataset/load/mod.rs"]
mod load;
#[path = "src/core/dataset/model.rs"]
mod model;
#[path = "src/core/dataset/pinyin.rs"]
mod pinyin;
#[path = "src/core/dataset/raw.rs"]
mod raw;
#[path = "src/core/dataset/reading.rs"]
mod reading;

use std::path::PathBuf;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/core/dataset");

    let result = load::Sources::read(&root).and_then(|s| load::load(&s));
    let dataset = match result {
        Ok(d) => d,
        Err(errors) => {
            eprintln!(
                "\nThe dataset in data/ is broken ({} problem(s)):",
                errors.len()
            );
            for e in &errors {
                eprintln!("  error: {e}");
            }
            eprintln!("See data/README.md for the format of each file.\n");
            std::process::exit(1);
        }
    };
    // The wasm bakes no text of the dataset: each `Text` is a place in texts.txt, which the
    // build step copies into dist/ and boot.js hands to the app (issue #19: each text once).
    // The host (build step, tests) bakes them as literals.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let (source, texts) = bake::bake_dataset(&dataset, wasm);
    std::fs::write(out.join("dataset.rs"), source).expect("write dataset.rs");
    std::fs::write(out.join("texts.txt"), texts).expect("write texts.txt");
    // Compact: read by Trunk's post_build hook (scripts/prerender.mjs) for the page's title,
    // description and article text; the app's download serialises the baked model to these same
    // bytes (core::export::dataset_json, held to this file by a host test).
    let json = serde_json::to_string(&dataset).expect("dataset serialises");
    std::fs::write(out.join("dataset.json"), json).expect("write dataset.json");
    // Which checkout this OUT_DIR belongs to: the hook looks for it in a target dir that several
    // checkouts may share.
    std::fs::write(out.join("dataset.origin"), root.display().to_string())
        .expect("write dataset.origin");
}
