//! Invariants of the code base that the compiler does not check.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The core and the charts never use a browser crate (they run and are tested on the host).
#[test]
fn core_and_charts_import_no_browser_crate() {
    for dir in ["src/core", "src/charts"] {
        let mut files = Vec::new();
        rust_files(Path::new(dir), &mut files);
        assert!(!files.is_empty());
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for banned in [
                "leptos::",
                "web_sys::",
                "wasm_bindgen::",
                "js_sys::",
                "plotters_canvas::",
                "crate::app",
                "use leptos",
                "use web_sys",
                "use wasm_bindgen",
                "use js_sys",
            ] {
                assert!(!text.contains(banned), "{} mentions {banned}", f.display());
            }
        }
    }
}

/// Only the canvas module touches `<canvas>`.
#[test]
fn only_the_canvas_module_touches_canvas() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    assert!(files.len() > 10, "only {} source files found", files.len());
    // The canvas module is among them and does use what the others must not (else the names
    // below are stale and the check proves nothing).
    let canvas = files
        .iter()
        .find(|f| f.ends_with("app/canvas.rs"))
        .expect("src/app/canvas.rs exists");
    let canvas_text = std::fs::read_to_string(canvas).unwrap();
    assert!(canvas_text.contains("HtmlCanvasElement") && canvas_text.contains("CanvasBackend"));
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        if f.ends_with("app/canvas.rs") {
            continue;
        }
        for banned in [
            "HtmlCanvasElement",
            "CanvasRenderingContext2d",
            "CanvasBackend",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", f.display());
        }
    }
}

/// `main.rs` only mounts.
#[test]
fn main_only_mounts() {
    let text = std::fs::read_to_string("src/main.rs").unwrap();
    let code: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//") && !l.trim().is_empty())
        .collect();
    assert_eq!(
        code,
        ["fn main() {", "    longjiang_reader::app::mount();", "}"]
    );
}

/// Components import no other component: what two of them share (an action, a DOM id, a label,
/// chart-point logic) lives below them (`app::actions`, `app::dom_id`, `app::text`,
/// `charts::points`). And nothing below the components reaches up into them.
#[test]
fn components_import_no_other_component() {
    let dir = Path::new("src/app/components");
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    let names: Vec<String> = files
        .iter()
        .filter_map(|f| f.file_stem()?.to_str().map(str::to_string))
        .filter(|n| n != "mod")
        .collect();
    assert!(
        names.len() >= 5,
        "only {names:?} found in {}",
        dir.display()
    );
    for f in &files {
        if f.ends_with("components/mod.rs") {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        // `components::x` by any path, or a sibling (or the components' list) via `super::`.
        // (`use super::*` in a file's own test module is its own items.)
        assert!(
            !text.contains("components::"),
            "{} uses another component (`components::…`)",
            f.display()
        );
        for sibling in names.iter().map(String::as_str).chain(["super"]) {
            assert!(
                !text.contains(&format!("super::{sibling}")),
                "{} reaches `super::{sibling}`",
                f.display()
            );
        }
    }
    for below in [
        "actions.rs",
        "dom_id.rs",
        "state.rs",
        "text.rs",
        "browser.rs",
        "canvas.rs",
        "embed.rs",
    ] {
        let text = std::fs::read_to_string(Path::new("src/app").join(below)).unwrap();
        assert!(
            !text.contains("components::"),
            "src/app/{below} depends on the components"
        );
    }
}

/// The `AppState` fields written (`st.<field>.set(`, `.update(`, `.set_value(`, `.update_value(`)
/// in `code`, in order of appearance, without repeats.
fn written_fields(code: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("st.") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + 3..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `first.`, `list.`: not the state
        }
        let field: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let after = &rest[field.len()..];
        let write = [".set(", ".update(", ".set_value(", ".update_value("]
            .iter()
            .any(|w| after.starts_with(w));
        if write && !out.contains(&field) {
            out.push(field);
        }
    }
    out
}

/// The pieces of a source file that run as one unit: split at every `fn` and every `move`
/// closure, so a piece is a function body or a handler up to the next one inside it. A piece
/// that writes two signals is a state change with more than one step, which belongs in
/// `app/actions.rs`.
fn units(text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    for pat in ["fn ", "move |"] {
        cuts.extend(text.match_indices(pat).map(|(i, _)| i));
    }
    cuts.sort_unstable();
    cuts.push(text.len());
    cuts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
}

/// Only `app/actions.rs` writes more than one `AppState` signal in one go (and `state.rs`, which
/// builds the state and applies a URL to it): every other function or event handler writes one
/// signal at most, and calls an action for more.
#[test]
fn only_actions_write_more_than_one_signal() {
    let actions = std::fs::read_to_string("src/app/actions.rs").unwrap();
    // The check sees the multi-signal writes the actions do (else it proves nothing).
    let multi = units(&actions)
        .into_iter()
        .filter(|u| written_fields(u).len() > 1)
        .count();
    assert!(
        multi >= 3,
        "only {multi} multi-signal units seen in actions.rs"
    );
    let mut files = Vec::new();
    rust_files(Path::new("src/app"), &mut files);
    assert!(files.len() > 10);
    for f in files {
        if f.ends_with("app/actions.rs") || f.ends_with("app/state.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        for u in units(&text) {
            let w = written_fields(u);
            assert!(
                w.len() <= 1,
                "{} writes {w:?} in one go: make it an action in app/actions.rs\n{u}",
                f.display()
            );
        }
    }
}
