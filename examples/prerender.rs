//! The build step of the HTML-first page: prints the static charts panel — the three charts in
//! the default view (Korean, yuan as the article states them), drawn by the same plotters code
//! the app draws on its canvases, as inline SVG — for Trunk's post_build hook
//! (`scripts/prerender.mjs`) to write into the loading shell. Readers see the article and the
//! charts at first paint, and without JavaScript at all; the wasm adds behaviour when it has
//! started (tooltips, other currencies and languages, the links from every number to its
//! sentence).
//!
//! Also the annotated article with the card of every mark as a native popover after the mark's
//! first paragraph, rendered by the app's own Leptos components (`app::built`, feature `ssr`): a
//! tap on a term answers before the wasm has started, and without JavaScript.
//!
//! And, with `--downloads DIR`, the files the app's download links point to (glossary CSV,
//! dataset JSON, the figures CSV per language and currency), made by `core::export` on the host.
//!
//! Run by the hook as `cargo run --quiet --example prerender --no-default-features --features
//! ssr -- --downloads STAGING/downloads`; prints HTML on stdout: the charts panel, then after a marker line the article and its
//! cards. A host program, so it uses the lib as the host tests do: the baked dataset,
//! `charts` and the app's components.

use longjiang_reader::app::built;
use longjiang_reader::charts::{self, points, svg::escape, Drawing, Estimate, Frame, Spec};
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::export;
use longjiang_reader::core::format::Currency;
use longjiang_reader::core::i18n::{Lang, K};
use longjiang_reader::core::url_state::ChartId;

/// The width the charts are laid out for, in CSS pixels: the tools column's widest (420 px less
/// its padding). Narrower columns show the same drawing scaled down (`viewBox`).
const WIDTH: f64 = 400.0;

/// Separates the two fragments this prints (scripts/prerender.mjs splits on it).
const ARTICLE_MARKER: &str = "<!-- built article -->";

fn main() {
    // `--downloads DIR`: also write every download file there (`core::export::all_downloads`).
    let args: Vec<String> = std::env::args().collect();
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--downloads")
        .and_then(|i| args.get(i + 1))
    {
        std::fs::create_dir_all(dir).expect("create the downloads folder");
        for (name, text) in export::all_downloads(&DATASET) {
            let path = std::path::Path::new(dir).join(&name);
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        }
    }
    let lang = Lang::Ko;
    let cur = Currency::Cny;
    let mut out = format!(
        "<aside class=\"tools shell-charts\" aria-labelledby=\"shell-charts-h\">\n\
         <h2 id=\"shell-charts-h\" class=\"shell-charts-heading\">{}</h2>\n\
         <p class=\"money-explainer\">{}</p>\n",
        escape(K::PanelCharts.get(lang), false),
        escape(K::MoneyNote.get(lang), false)
    );
    for chart in [ChartId::Trade, ChartId::Half, ChartId::Timeline] {
        let (code, title) = (chart.code(), points::title(chart).get(lang));
        let spec = charts::spec(&DATASET, chart, cur, lang);
        let description = match &spec {
            Spec::Bars(b) => charts::describe_bars(b, title),
            Spec::Timeline(t) => charts::describe_timeline(t, title),
        };
        let drawing = Drawing {
            spec,
            frame: Frame::screen(),
            pal: charts::LIGHT,
        };
        let svg = drawing.svg(WIDTH, 1.0, &description, &Estimate);
        out.push_str(&format!(
            "<figure class=\"shell-chart\" id=\"shell-chart-{code}\">\n\
             <figcaption class=\"shell-chart-title\">{}</figcaption>\n{svg}\n</figure>\n",
            escape(title, false)
        ));
    }
    out.push_str(&format!(
        "<p class=\"credit\" lang=\"ko\">{}</p>\n</aside>",
        escape(DATASET.article.credit, false)
    ));
    // Then the annotated article with the card of every mark, rendered by the app's own
    // components (`app::built`), after its marker line.
    let article = built::article_with_cards();
    out.push_str(&format!("\n{ARTICLE_MARKER}\n{article}"));
    println!("{out}");
}
