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

/// The layers, lowest first: a file may name its own layer and the ones below it, never one
/// above (the core is pure, the charts draw the core's data, the app shows both).
const LAYERS: [&str; 3] = ["core", "charts", "app"];

/// The module path of a file under `src/`: `src/core/dataset/load/article.rs` is
/// `core::dataset::load::article`, `src/charts/mod.rs` is `charts`.
fn module_path(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix("src").unwrap_or(file).with_extension("");
    let mut path: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if path.last().is_some_and(|l| l == "mod") {
        path.pop();
    }
    path
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier at the start of `s`, or `{` when a `{…}` group starts there.
fn leading_ident(s: &str) -> &str {
    let s = s.trim_start();
    if s.starts_with('{') {
        return "{";
    }
    &s[..s.find(|c: char| !is_ident(c)).unwrap_or(s.len())]
}

/// The first identifier of each item of the `{…}` group that opens `s` (`{a::b, c}` → a, c).
fn group_heads(s: &str) -> Vec<&str> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for (i, c) in s.char_indices() {
        match c {
            '{' => {
                depth += 1;
                item_start = depth == 1;
                continue;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                item_start = true;
                continue;
            }
            _ => {}
        }
        if item_start && depth == 1 && !c.is_whitespace() {
            heads.push(leading_ident(&s[i..]));
            item_start = false;
        }
    }
    heads
}

/// The crate's top-level modules that `text`, the file `file` under `src/`, names by path, with
/// the line: `crate::x`, `crate::{x, …}`, and `super::…` chains resolved from the file's place
/// (`super::super::charts` in `src/core/a/b.rs` is `core`, in `src/core/a.rs` it is `charts`). An
/// inline module (`mod tests`) makes a chain reach one level less far than counted here, so a
/// chain is never taken to stay lower than it does.
fn modules_named(file: &Path, text: &str) -> Vec<(String, usize)> {
    let here = module_path(file);
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        for (i, _) in text.match_indices(start) {
            if text[..i].chars().next_back().is_some_and(is_ident) {
                continue; // `my_crate::`, `upper::`
            }
            let mut rest = &text[i..];
            let mut ups = 0;
            if start == "super::" {
                if text[..i].ends_with("super::") {
                    continue; // the middle of a chain seen from its start
                }
                while let Some(r) = rest.strip_prefix("super::") {
                    ups += 1;
                    rest = r;
                }
            } else {
                rest = &rest[start.len()..];
            }
            let line = text[..i].matches('\n').count() + 1;
            let base = &here[..here.len().saturating_sub(ups)];
            let named: Vec<&str> = match (start, base.first()) {
                ("super::", Some(top)) => vec![top.as_str()],
                _ => match leading_ident(rest) {
                    "{" => group_heads(rest.trim_start()),
                    head => vec![head],
                },
            };
            out.extend(
                named
                    .into_iter()
                    .filter(|m| LAYERS.contains(m))
                    .map(|m| (m.to_string(), line)),
            );
        }
    }
    out
}

/// The layering core → charts → app holds both ways: nothing in `src/core` names the charts or
/// the app (by `crate::`, a `crate::{…}` group or a `super::` chain), nothing in `src/charts`
/// names the app; and the downward uses are seen, so the check is not vacuous.
#[test]
fn layers_depend_only_downward() {
    let mut upward = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        rust_files(&Path::new("src").join(layer), &mut files);
        assert!(files.len() > 3, "only {} files in src/{layer}", files.len());
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (named, line) in modules_named(&f, &text) {
                let named_rank = LAYERS.iter().position(|l| *l == named).unwrap();
                seen.insert((*layer, LAYERS[named_rank]));
                if named_rank > rank {
                    upward.push(format!("{}:{line} ({layer}) names {named}", f.display()));
                }
            }
        }
    }
    assert!(upward.is_empty(), "upward uses:\n{}", upward.join("\n"));
    for down in [("app", "charts"), ("app", "core"), ("charts", "core")] {
        assert!(
            seen.contains(&down),
            "no use of {} seen in src/{}",
            down.1,
            down.0
        );
    }
}

/// The resolver sees the ways a file can name a layer.
#[test]
fn modules_named_resolves_paths() {
    let names = |file: &str, text: &str| -> Vec<String> {
        modules_named(Path::new(file), text)
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    };
    assert_eq!(names("src/core/a.rs", "use crate::charts::x;"), ["charts"]);
    assert_eq!(
        names("src/core/a.rs", "use crate::{core::b, app::c};"),
        ["core", "app"]
    );
    assert_eq!(
        names(
            "src/core/a.rs",
            "use crate::{\n    charts::{x, y},\n    core,\n};"
        ),
        ["charts", "core"]
    );
    assert_eq!(names("src/core/a.rs", "use super::super::app::x;"), ["app"]);
    assert_eq!(
        names("src/core/a/b.rs", "use super::super::model::x;"),
        ["core"]
    );
    assert_eq!(
        names("src/core/a/mod.rs", "use super::super::charts;"),
        ["charts"]
    );
    assert_eq!(
        names("src/charts/mod.rs", "use super::*;"),
        Vec::<String>::new()
    );
    assert_eq!(
        names("src/app/x.rs", "use my_crate::charts;"),
        Vec::<String>::new()
    );
    assert_eq!(names("src/app/x.rs", "$crate::core::f()"), ["core"]);
}

/// `text` with the insides of comments (line, block, nested block), string literals (plain,
/// byte, raw `r#"…"#`) and char literals blanked to spaces, newlines kept: what is left is code,
/// so braces and `fn` can be matched by counting and lines still number as in the file.
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = c.clone();
    let at = |k: usize| c.get(k).copied();
    let mut blank = |from: usize, to: usize| {
        for x in &mut out[from..to.min(c.len())] {
            if *x != '\n' {
                *x = ' ';
            }
        }
    };
    let mut i = 0;
    while i < c.len() {
        let prev_ident = |k: usize| k > 0 && is_ident(c[k - 1]);
        let hashes = c[i + 1..].iter().take_while(|&&x| x == '#').count();
        let end = match (c[i], at(i + 1)) {
            ('/', Some('/')) => (i..c.len()).find(|&k| c[k] == '\n').unwrap_or(c.len()),
            ('/', Some('*')) => {
                let (mut k, mut depth) = (i + 2, 1);
                while k < c.len() && depth > 0 {
                    match (c[k], at(k + 1)) {
                        ('/', Some('*')) => (depth, k) = (depth + 1, k + 2),
                        ('*', Some('/')) => (depth, k) = (depth - 1, k + 2),
                        _ => k += 1,
                    }
                }
                k
            }
            ('"', _) => {
                let mut k = i + 1;
                while k < c.len() && c[k] != '"' {
                    k += if c[k] == '\\' { 2 } else { 1 };
                }
                k + 1
            }
            // r"…", r#"…"#, br"…", cr"…" (not the `r` ending a name, not a raw name `r#fn`).
            ('r', _)
                if at(i + 1 + hashes) == Some('"')
                    && (!prev_ident(i)
                        || (matches!(c[i - 1], 'b' | 'c') && !prev_ident(i - 1))) =>
            {
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let body = i + 2 + hashes;
                (body..c.len())
                    .find(|&k| c[k..].starts_with(&close))
                    .map_or(c.len(), |k| k + close.len())
            }
            // '\n', '\'', '\u{1F600}'
            ('\'', Some('\\')) => (i + 3..c.len())
                .find(|&k| c[k] == '\'')
                .map_or(c.len(), |k| k + 1),
            // 'x', '{' (but not a lifetime 'a)
            ('\'', _) if at(i + 2) == Some('\'') => i + 3,
            _ => {
                i += 1;
                continue;
            }
        };
        blank(i, end);
        i = end;
    }
    out.into_iter().collect()
}

/// A function in a source file: its name, the line its `fn` is on, and how many lines it
/// spans from there to its closing brace.
#[derive(Debug, PartialEq)]
struct FnSpan {
    name: String,
    line: usize,
    lines: usize,
}

/// Every function with a body in `text` (nested ones too, each on its own): found at each `fn`
/// keyword followed by a name, its body matched by counting braces in the code left by
/// `code_only`. Declarations without a body (`fn f(&self);`) and `fn(…)` types are skipped.
fn functions(text: &str) -> Vec<FnSpan> {
    let code: Vec<char> = code_only(text).chars().collect();
    let line_of = |k: usize| code[..k].iter().filter(|&&x| x == '\n').count() + 1;
    let mut out = Vec::new();
    for i in 0..code.len().saturating_sub(2) {
        let keyword = code[i] == 'f'
            && code[i + 1] == 'n'
            && code[i + 2].is_whitespace()
            && (i == 0 || !is_ident(code[i - 1]));
        if !keyword {
            continue;
        }
        let name_at = (i + 2..code.len())
            .find(|&k| !code[k].is_whitespace())
            .unwrap_or(code.len());
        let name: String = code[name_at..]
            .iter()
            .take_while(|&&x| is_ident(x))
            .collect();
        if name.is_empty() {
            continue;
        }
        // The body opens at the first `{` outside the signature's brackets; a `;` first means
        // there is none.
        let mut depth = 0i32;
        let mut open = None;
        for (k, &x) in code.iter().enumerate().skip(name_at) {
            match x {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                '{' if depth == 0 => {
                    open = Some(k);
                    break;
                }
                ';' if depth == 0 => break,
                _ => {}
            }
        }
        let Some(open) = open else { continue };
        let mut depth = 0;
        let close = (open..code.len()).find(|&k| {
            match code[k] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            depth == 0
        });
        let close = close.unwrap_or(code.len() - 1);
        let line = line_of(i);
        out.push(FnSpan {
            name,
            line,
            lines: line_of(close) - line + 1,
        });
    }
    out
}

/// The longest a function may be, in lines from `fn` to its closing brace.
const MAX_FN_LINES: usize = 150;

/// Functions allowed to be longer, as (file, function, why). Only table code belongs here (a
/// function that is one long literal table, not logic); nothing needs it today.
const LONG_FN_EXEMPT: &[(&str, &str, &str)] = &[];

/// Every function longer than `MAX_FN_LINES` in `files`, as "file:line name (N lines)".
fn long_functions(files: &[std::path::PathBuf]) -> Vec<String> {
    let mut long = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        for span in functions(&text) {
            let exempt = LONG_FN_EXEMPT
                .iter()
                .any(|(file, name, _)| f.ends_with(file) && span.name == *name);
            if span.lines > MAX_FN_LINES && !exempt {
                long.push(format!(
                    "{}:{} {} ({} lines)",
                    f.display(),
                    span.line,
                    span.name,
                    span.lines
                ));
            }
        }
    }
    long
}

/// No function in `src/`, `examples/` or `build.rs` is over 150 lines: a longer one is split by
/// meaning (sub-components with props, helper functions, a module).
#[test]
fn no_function_is_over_150_lines() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("examples"), &mut files);
    files.push("build.rs".into());
    files.sort();
    let all: usize = files
        .iter()
        .map(|f| functions(&std::fs::read_to_string(f).unwrap()).len())
        .sum();
    assert!(all > 500, "only {all} functions found");
    let long = long_functions(&files);
    assert!(
        long.is_empty(),
        "{} functions over {MAX_FN_LINES} lines; split each by meaning:\n{}",
        long.len(),
        long.join("\n")
    );
}

/// The scanner matches braces past strings, raw strings, chars, lifetimes and comments, skips
/// declarations and `fn` types, and counts a function's lines from `fn` to its closing brace.
#[test]
fn the_function_scanner_sees_past_literals_and_comments() {
    let fixture = r##"/// Not code: fn fake() { and a brace {
fn short<'a>(s: &'a str, f: fn(u8) -> u8) -> &'a str {
    let _ = "} not the end \" }";
    let _ = r#"a "}" raw } "#;
    let _ = b"}";
    let _ = br#"}"#;
    let _ = ('}', '\'', '\\', '\u{7D}', b'}');
    // } in a comment
    /* } block /* nested } */ } */
    s
}
trait T {
    fn declared(&self);
    fn provided(&self) -> u8 { 1 }
}
fn long() {
    fn inner() {}
BODY}
"##;
    let fixture = fixture.replace("BODY", &"    let _ = \"}\";\n".repeat(150));
    let spans = |name: &str, line: usize, lines: usize| FnSpan {
        name: name.to_string(),
        line,
        lines,
    };
    assert_eq!(
        functions(&fixture),
        [
            spans("short", 2, 10),
            spans("provided", 14, 1),
            spans("long", 16, 153),
            spans("inner", 17, 1),
        ]
    );
    let dir = std::env::temp_dir().join(format!("fn-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("fixture.rs");
    std::fs::write(&file, &fixture).unwrap();
    let long = long_functions(std::slice::from_ref(&file));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(long, [format!("{}:16 long (153 lines)", file.display())]);
}

/// Every key of the interface string table (`strings! { … }` in `src/core/i18n.rs`) is used,
/// as `K::Name` in code (not in a comment or a string), somewhere in `src/` or `examples/`
/// outside the table: a key nothing shows is text translators keep up for no reader.
#[test]
fn every_interface_key_is_used() {
    let i18n = std::fs::read_to_string("src/core/i18n.rs").unwrap();
    let start = i18n.find("\nstrings! {").expect("the strings! table") + 1;
    let len = i18n[start..].find("\n}").expect("the table's end") + 2;
    let table = &i18n[start..start + len];
    let keys: Vec<&str> = table
        .lines()
        .filter_map(|l| l.trim_start().split_once(" => [").map(|(k, _)| k))
        .filter(|k| k.chars().all(is_ident))
        .collect();
    assert!(keys.len() > 100, "only {} keys read", keys.len());
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("examples"), &mut files);
    let code: String = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let text = if f.ends_with("core/i18n.rs") {
                text.replace(table, "")
            } else {
                text
            };
            code_only(&text)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let used = |key: &str| {
        let name = format!("K::{key}");
        code.match_indices(&name).any(|(i, _)| {
            let before = code[..i].chars().next_back();
            let after = code[i + name.len()..].chars().next();
            !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
        })
    };
    assert!(used("AppName"));
    let unused: Vec<&str> = keys.into_iter().filter(|k| !used(k)).collect();
    assert!(unused.is_empty(), "interface keys nothing uses: {unused:?}");
}
