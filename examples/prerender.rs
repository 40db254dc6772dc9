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
//! And, with `--og-image PATH`, the link-preview image (`og:image`): a 1200×630 PNG of the
//! article's title, its tagline and source, and the trade chart (Korean, yuan) drawn by the same
//! chart code, rasterised with `resvg` and the system's fonts (Hangul from fonts-noto-cjk): about
//! 48 KB (the hook refuses 60 KB or more), the same bytes every build.
//!
//! Run by the hook as `cargo run --quiet --example prerender --no-default-features --features
//! ssr -- --downloads STAGING/downloads --og-image STAGING/og.png`; prints HTML on stdout: the
//! charts panel, then after a marker line the article and its cards. A host program, so it uses
//! the lib as the host tests do: the baked dataset, `charts` and the app's components.

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
    // `--og-image PATH`: the link-preview image.
    if let Some(path) = args
        .iter()
        .position(|a| a == "--og-image")
        .and_then(|i| args.get(i + 1))
    {
        let png = og::png();
        std::fs::write(path, &png).unwrap_or_else(|e| panic!("write {path}: {e}"));
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

/// The link-preview image: what a shared link shows in a feed or a chat (`og:image`,
/// `twitter:image`). Laid out as an SVG document — the title and its lines on the left, the
/// trade chart as the app's files draw it (`Drawing::svg`) in a card on the right — and
/// rasterised on the host.
mod og {
    use super::*;
    use longjiang_reader::charts::text::wrap_balanced;
    use longjiang_reader::core::format;
    use resvg::{tiny_skia, usvg};

    /// The size social sites ask for (1.91:1).
    pub const W: u32 = 1200;
    pub const H: u32 = 630;
    /// Outer margin, the title column's width and the gap before the chart's card.
    const M: f64 = 56.0;
    const COLUMN: f64 = 500.0;
    const GAP: f64 = 36.0;
    const TITLE_PX: f64 = 58.0;
    const TAGLINE_PX: f64 = 26.0;
    const CREDIT_PX: f64 = 20.0;
    /// The page around the card: a light grey, so the white chart card stands out.
    const PAGE: &str = "#F3F4F6";

    fn hex(c: plotters::style::RGBColor) -> String {
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }

    /// Lines of text, their first baseline at `y`; returns the y below the last line.
    #[allow(clippy::too_many_arguments)]
    fn lines(
        out: &mut String,
        text: &str,
        x: f64,
        y: f64,
        max: f64,
        px: f64,
        fill: &str,
        bold: bool,
    ) -> f64 {
        let weight = if bold { " font-weight=\"bold\"" } else { "" };
        let lh = (px * 1.28).round();
        let mut baseline = y + (px * 0.95).round();
        for line in wrap_balanced(text, max, px, bold, &Estimate) {
            out.push_str(&format!(
                "<text x=\"{x}\" y=\"{baseline}\" font-family=\"{}\" font-size=\"{px}\"{weight} fill=\"{fill}\">{}</text>",
                escape(charts::FONT, true),
                escape(&line, false)
            ));
            baseline += lh;
        }
        baseline - lh + (px * 0.33).round()
    }

    /// The whole image as an SVG document.
    pub fn svg() -> String {
        let (lang, pal) = (Lang::Ko, charts::LIGHT);
        let (w, h) = (W as f64, H as f64);
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\">\
             <rect width=\"{W}\" height=\"{H}\" fill=\"{PAGE}\"/>\
             <rect width=\"{W}\" height=\"10\" fill=\"{}\"/>",
            hex(pal.bar)
        );
        // Left: the title, large; the tagline under it; the source at the foot. A title too long
        // for the column at full size is set smaller, never cut.
        let article = &DATASET.article;
        let room = h - M - CREDIT_PX - 24.0;
        let column = (0..=11)
            .map(|step| {
                let mut col = String::new();
                let px = TITLE_PX - 2.0 * step as f64;
                let fg = hex(pal.fg);
                let y = lines(&mut col, article.title, M, M + 8.0, COLUMN, px, &fg, true);
                let muted = hex(pal.muted);
                let y = lines(
                    &mut col,
                    article.tagline_ko,
                    M,
                    y + 22.0,
                    COLUMN,
                    TAGLINE_PX,
                    &muted,
                    false,
                );
                (col, y)
            })
            .find(|(_, bottom)| *bottom <= room)
            .expect("the title fits the preview image's column at 36 px");
        out.push_str(&column.0);
        let credit = format::source_credit(&DATASET, lang);
        out.push_str(&format!(
            "<text x=\"{M}\" y=\"{}\" font-family=\"{}\" font-size=\"{CREDIT_PX}\" fill=\"{}\">{}</text>",
            h - M,
            escape(charts::FONT, true),
            hex(pal.muted),
            escape(&credit, false)
        ));
        // Right: the trade chart with its title, as large as its card allows. The chart lays
        // itself out for a width (narrower is taller): take the width that draws it largest.
        let title = points::title(ChartId::Trade).get(lang);
        let drawing = Drawing {
            spec: charts::spec(&DATASET, ChartId::Trade, Currency::Cny, lang),
            frame: Frame {
                title: Some(title.to_string()),
                notes: Vec::new(),
                credit: None,
            },
            pal,
        };
        let (cx, cy) = (M + COLUMN + GAP, M - 16.0);
        let (cw, ch) = (w - M + 16.0 - cx, h - 2.0 * cy);
        let pad = 8.0;
        let (bw, bh) = (cw - 2.0 * pad, ch - 2.0 * pad);
        let (css_w, k) = (280..=440)
            .step_by(10)
            .map(|css_w| {
                let css_w = css_w as f64;
                let k = (bw / css_w).min(bh / drawing.height(css_w, 1.0, &Estimate));
                // At that scale: the drawing's own height there.
                let k = (bw / css_w).min(bh / drawing.height(css_w, k, &Estimate));
                (css_w, (k * 100.0).floor() / 100.0)
            })
            .fold((0.0, 0.0), |best, c| if c.1 > best.1 { c } else { best });
        let chart_h = drawing.height(css_w, k, &Estimate);
        let (dw, dh) = (css_w * k, chart_h * k);
        let (x, y) = (
            (cx + pad + (bw - dw) / 2.0).round(),
            (cy + pad + (bh - dh) / 2.0).round(),
        );
        out.push_str(&format!(
            "<rect x=\"{cx}\" y=\"{cy}\" width=\"{cw}\" height=\"{ch}\" rx=\"14\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>\
             <g transform=\"translate({x} {y}) scale({k})\">{}</g></svg>",
            hex(pal.bg),
            hex(pal.grid),
            drawing.svg(css_w, k, title, &Estimate)
        ));
        out
    }

    /// The system's fonts, with a Korean one among them (fonts-noto-cjk, which scripts/setup.sh
    /// installs): without one every Hangul syllable would be a box, so the build stops instead.
    fn fonts() -> usvg::fontdb::Database {
        let mut db = usvg::fontdb::Database::new();
        db.load_system_fonts();
        let korean = db.faces().any(|f| {
            f.families
                .iter()
                .any(|(name, _)| name == "Noto Sans CJK KR")
        });
        assert!(
            korean,
            "--og-image: no Korean font (Noto Sans CJK KR) among the system's fonts: install fonts-noto-cjk (scripts/setup.sh does)"
        );
        db
    }

    /// The image as PNG bytes.
    pub fn png() -> Vec<u8> {
        let mut opt = usvg::Options {
            font_family: "Noto Sans CJK KR".to_string(),
            languages: vec!["ko".to_string()],
            ..usvg::Options::default()
        };
        *opt.fontdb_mut() = fonts();
        let tree = usvg::Tree::from_str(&svg(), &opt).expect("the preview image's SVG parses");
        let mut pixmap = tiny_skia::Pixmap::new(W, H).expect("a 1200×630 pixmap");
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().expect("encode the preview image")
    }
}
