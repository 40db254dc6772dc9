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
