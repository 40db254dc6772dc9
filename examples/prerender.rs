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
//! And, with `--cards DIR`, the same cards in Chinese and English, which boot.js puts in place
//! of the Korean ones for a reader whose address or browser asks for those languages.
//!
//! And, with `--og-image PATH`, the link-preview image (`og:image`): a 1200×630 PNG of the
//! article's title, its tagline and source, and the trade chart (Korean, yuan) drawn by the same
//! chart code, rasterised with `resvg` and the system's fonts (Hangul from fonts-noto-cjk): about
//! 48 KB (the hook refuses 60 KB or more), the same bytes every build.
//!
//! Run by the hook as `cargo run --quiet --example prerender --no-default-features --features
//! ssr -- --downloads STAGING/downloads --og-image STAGING/og.png`; prints HTML on stdout: the
//! charts panel, then after a marker line the article and its cards, then the app's top bar and
//! the reader's switches (each after its marker line). A host program, so it uses
//! the lib as the host tests do: the baked dataset, `charts` and the app's components.

use longjiang_reader::app::built;
use longjiang_reader::app::dom_id;
use longjiang_reader::charts::{self, points, svg::escape, Drawing, Estimate, Frame};
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::describe;
use longjiang_reader::core::export;
use longjiang_reader::core::format::Currency;
use longjiang_reader::core::i18n::{Lang, K};
use longjiang_reader::core::url_state::ChartId;

/// The width the charts are laid out for, in CSS pixels: the tools column's widest (420 px less
/// its padding). Narrower columns show the same drawing scaled down (`viewBox`).
const WIDTH: f64 = 400.0;

/// Separate the fragments this prints (scripts/prerender.mjs splits on them).
const ARTICLE_MARKER: &str = "<!-- built article -->";
const TOPBAR_MARKER: &str = "<!-- built topbar -->";
const CONTROLS_MARKER: &str = "<!-- built controls -->";

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
    // `--texts DIR`: the texts file (`texts.txt`), every text of the dataset once, which the wasm
    // reads its dataset's texts from (it bakes none: `core::dataset::model::Text`). The one
    // build.rs wrote, checked against the length and hash the baked dataset names; the wasm's
    // build.rs writes the same file for the same data (the table does not depend on the target).
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--texts")
        .and_then(|i| args.get(i + 1))
    {
        let texts = include_str!(concat!(env!("OUT_DIR"), "/texts.txt"));
        let found = longjiang_reader::core::dataset::model::TextsFile::of(texts);
        let expected = longjiang_reader::core::dataset::TEXTS_FILE;
        assert_eq!(
            found, expected,
            "texts.txt is not the one build.rs baked the dataset with"
        );
        let path = std::path::Path::new(dir).join("texts.txt");
        std::fs::write(&path, texts).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
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
    // `--embeds DIR`: the built page of each chart embed and the images of single charts.
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--embeds")
        .and_then(|i| args.get(i + 1))
    {
        embeds::write_all(std::path::Path::new(dir));
    }
    // `--cards DIR`: the article as a Chinese or an English reader starts, with its cards in that
    // language (`cards-zh.html`, `cards-en.html`), which the page puts in place of the Korean
    // reader's for a reader who asks for those languages (`built::reading_in`).
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--cards")
        .and_then(|i| args.get(i + 1))
    {
        for lang in [Lang::Zh, Lang::En] {
            let path = std::path::Path::new(dir).join(format!("cards-{}.html", lang.code()));
            // The charts panel in that language too, which boot.js puts in the page's place.
            let page = format!("{}\n{}", charts_aside(lang), built::reading_in(lang));
            std::fs::write(&path, page.replace("<!>", ""))
                .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        }
    }
    let lang = Lang::Ko;
    let mut out = charts_aside(lang);
    // Then the annotated article with the card of every mark, rendered by the app's own
    // components (`app::built`), after its marker line.
    let article = built::article_with_cards();
    out.push_str(&format!("\n{ARTICLE_MARKER}\n{article}"));
    // Then the top bar and the reader's switches, the app's own, each after its marker line.
    let (topbar, controls) = built::chrome_in(lang);
    out.push_str(&format!(
        "\n{TOPBAR_MARKER}\n{topbar}\n{CONTROLS_MARKER}\n{controls}"
    ));
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
        let title = article.title.ko.as_str();
        let room = h - M - CREDIT_PX - 24.0;
        let column = (0..=11)
            .map(|step| {
                let mut col = String::new();
                let px = TITLE_PX - 2.0 * step as f64;
                let fg = hex(pal.fg);
                let y = lines(&mut col, title, M, M + 8.0, COLUMN, px, &fg, true);
                let muted = hex(pal.muted);
                let y = lines(
                    &mut col,
                    article.tagline.ko.as_str(),
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
    pub fn fonts() -> usvg::fontdb::Database {
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

/// The built page of each chart embed (issue #24): `--embeds DIR` writes, for every part in
/// `url_state::BUILT_EMBED_VIEWS`, language and currency, the page's body (first line: its
/// title) as `DIR/{part}-{lang}-{cur}.frag` for the hook to wrap into a document, and for a
/// single chart its static image `DIR/{part}-{lang}-{cur}.png` (2×, titled, with notes and the
/// source credit, as the app's "PNG" button draws it). The chart is the app's own drawing (the
/// `charts` code, as in the built page); its points carry their tooltips in the SVG, shown on
/// hover and on focus (a tap focuses them), so the page needs no wasm and no script.
mod embeds {
    use super::*;
    use longjiang_reader::charts::text::{wrap, Measure};
    use longjiang_reader::charts::ChartLayout;
    use longjiang_reader::core::format;
    use longjiang_reader::core::url_state::{
        built_embed_image, built_embed_page, Panel, UrlState, View, BUILT_EMBED_VIEWS,
    };
    use std::path::Path;

    /// The widths the charts are laid out for (CSS pixels); the stylesheet shows `plot-340`
    /// below 560 px and `plot-640` from there.
    const LAYOUTS: [f64; 2] = [340.0, 640.0];

    /// A tooltip's widest text line and its padding, in CSS pixels of the 400 px drawing.
    const TIP_TEXT: f64 = 196.0;
    const TIP_PAD: f64 = 7.0;

    fn esc(s: &str) -> String {
        longjiang_reader::core::markup::escape(s, true)
    }

    /// The article the page comes from: its title in the page's language, then as published.
    fn context(lang: Lang) -> String {
        let a = &DATASET.article;
        let ko = format!("<span lang=\"ko\">{}</span>", esc(&a.title.ko));
        match lang {
            Lang::Ko => ko,
            _ => format!(
                "<span lang=\"{}\">{}</span> · {ko}",
                lang.html_lang(),
                esc(&a.title.get(lang))
            ),
        }
    }

    /// Every page and image, into `dir`.
    pub fn write_all(dir: &Path) {
        std::fs::create_dir_all(dir).expect("create the embeds folder");
        for view in BUILT_EMBED_VIEWS {
            for lang in Lang::ALL {
                for cur in Currency::ALL {
                    let page = built_embed_page(view, lang, cur).expect("a built part has a page");
                    let stem = Path::new(&page)
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .expect("a page name");
                    let (title, body) = page_body(view, lang, cur);
                    let path = dir.join(format!("{stem}.frag"));
                    std::fs::write(&path, format!("{title}\n{body}"))
                        .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
                    if let (Some(_), View::Chart(c)) = (built_embed_image(view, lang, cur), view) {
                        let path = dir.join(format!("{stem}.png"));
                        std::fs::write(&path, image(c, lang, cur))
                            .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
                    }
                }
            }
        }
    }

    /// The page's title and its body: a heading, the chart(s) with their tooltips and notes, the
    /// source credit, and links to the full explorer and the figures file (both relative to the
    /// site's root, one folder up).
    fn page_body(view: View, lang: Lang, cur: Currency) -> (String, String) {
        if view == View::Glossary {
            return glossary_body(lang);
        }
        let heading = match view {
            View::Chart(c) => points::title(c).get(lang),
            _ => K::PanelCharts.get(lang),
        };
        let title = format!("{heading} · {}", K::AppName.get(lang));
        let charts: Vec<ChartId> = match view {
            View::Chart(c) => vec![c],
            _ => ChartId::ALL.to_vec(),
        };
        let mut out = format!(
            "<main class=\"embed-page\" id=\"{}\">\n<h1 class=\"embed-title\">{}</h1>\n\
             <p class=\"embed-context\">{}</p>\n",
            dom_id::MAIN,
            esc(heading),
            context(lang),
        );
        if charts
            .iter()
            .any(|c| matches!(c, ChartId::Trade | ChartId::Half))
        {
            let note = format::converted_note(cur, lang)
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "<p class=\"money-explainer\">{}{}</p>\n",
                esc(K::MoneyNote.get(lang)),
                esc(&note)
            ));
        }
        if charts.iter().any(|c| *c != ChartId::Key) {
            out.push_str(&format!(
                "<p class=\"embed-hint muted small\">{}</p>\n",
                esc(K::EmbedPointsHint.get(lang))
            ));
        }
        let several = charts.len() > 1;
        for c in charts {
            out.push_str(&match c {
                ChartId::Key => key_figures(lang, cur, several),
                _ => figure(c, lang, cur, several),
            });
        }
        let full = UrlState {
            lang: Some(lang),
            panel: Panel::Charts,
            chart: match view {
                View::Chart(c) => Some(c),
                _ => None,
            },
            currency: cur,
            ..UrlState::default()
        };
        out.push_str(&credit_and_links(
            lang,
            &full,
            &export::figures_file(lang, cur),
            K::DownloadFiguresCsv,
        ));
        out.push_str("\n</main>");
        (title, out)
    }

    /// A built page's foot: the source credit, and links to the full explorer in the state
    /// `full` and to the download `file` (labelled `label`); links go one folder up, to the root.
    fn credit_and_links(lang: Lang, full: &UrlState, file: &str, label: K) -> String {
        let hash = full.print_hash();
        format!(
            "<p class=\"credit\">{}</p>\n<p class=\"embed-links\">\
             <a class=\"btn\" href=\"../{}\" target=\"_blank\" rel=\"noopener\">{} ↗</a> \
             <a class=\"btn\" href=\"../{}/{}\" download=\"{}\">{}</a></p>",
            esc(&format::source_credit(&DATASET, lang)),
            esc(&if hash.is_empty() {
                String::new()
            } else {
                format!("#{hash}")
            }),
            esc(K::OpenFullView.get(lang)),
            export::DOWNLOADS_DIR,
            esc(file),
            esc(file),
            esc(label.get(lang)),
        )
    }

    /// The glossary's page: a heading, every entry opening its card (`built::glossary_in`, the
    /// app's components), the credit, and links to the full explorer's glossary and the CSV.
    fn glossary_body(lang: Lang) -> (String, String) {
        let heading = K::PanelGlossary.get(lang);
        let title = format!("{heading} · {}", K::AppName.get(lang));
        let full = UrlState {
            lang: Some(lang),
            panel: Panel::Glossary,
            ..UrlState::default()
        };
        let body = format!(
            "<a class=\"skip-link\" href=\"#{end}\">{}</a>\n\
             <main class=\"embed-page\" id=\"{main}\">\n<h1 class=\"embed-title\">{}</h1>\n\
             <p class=\"embed-context\">{}</p>\n\
             <p class=\"embed-hint muted small\">{}</p>\n{}\n{}\n\
             <p class=\"embed-end\" id=\"{end}\" tabindex=\"0\">{}</p>\n</main>",
            esc(K::SkipPastEmbed.get(lang)),
            esc(heading),
            context(lang),
            esc(K::GlossaryEmbedHint.get(lang)),
            built::glossary_in(lang),
            credit_and_links(lang, &full, export::GLOSSARY_FILE, K::DownloadCsv),
            esc(K::EmbedEnd.get(lang)),
            end = dom_id::EMBED_END,
            main = dom_id::MAIN,
        );
        (title, body)
    }

    fn drawing(c: ChartId, lang: Lang, cur: Currency) -> Drawing {
        Drawing {
            spec: charts::spec(&DATASET, c, cur, lang),
            frame: Frame::screen(),
            pal: charts::LIGHT,
        }
    }

    /// One chart: the drawing as an image (its description the accessible text), and over it a
    /// second SVG of the same size holding each point's hit area and tooltip, a list of
    /// focusable items named by their value.
    fn figure(c: ChartId, lang: Lang, cur: Currency, titled: bool) -> String {
        let title = points::title(c).get(lang);
        let d = drawing(c, lang, cur);
        // The drawing in the dark theme's colours too: the stylesheet shows the one of the
        // page's theme (a white chart on a dark host looked pasted on).
        let dark = Drawing {
            pal: charts::palette(true),
            ..d.clone()
        };
        let plots: String = LAYOUTS
            .iter()
            .map(|&w| plot(c, &d, &dark, title, lang, cur, w))
            .collect();
        let heading = if titled {
            format!("<h2 class=\"shell-chart-title\">{}</h2>\n", esc(title))
        } else {
            String::new()
        };
        let mut notes = d.spec.notes(&DATASET);
        // The page says once, at its top, that the amounts are converted (the image, which
        // stands alone, keeps the note).
        let converted = format::converted_note(cur, lang);
        notes.retain(|n| Some(n) != converted.as_ref());
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(
                "<figcaption class=\"embed-notes\">{}</figcaption>\n",
                notes
                    .iter()
                    .map(|n| esc(n))
                    .collect::<Vec<_>>()
                    .join("<br>")
            )
        };
        format!(
            "<figure class=\"shell-chart embed-figure\" id=\"{}\">\n{heading}{plots}{notes}</figure>\n",
            dom_id::embed_chart(c),
        )
    }

    /// The chart laid out for `width` CSS pixels (the app lays a chart out for its width; a
    /// drawing is built for two, and the stylesheet shows the one nearer the page's width, so
    /// that neither a phone's text nor a desktop's is scaled far from its size).
    fn plot(
        c: ChartId,
        d: &Drawing,
        dark: &Drawing,
        title: &str,
        lang: Lang,
        cur: Currency,
        width: f64,
    ) -> String {
        let description = d.spec.describe(title);
        let svg = d.svg(width, 1.0, &description, &Estimate).replacen(
            "<svg ",
            "<svg class=\"draw-light\" ",
            1,
        );
        let svg_dark = dark.svg(width, 1.0, &description, &Estimate).replacen(
            "<svg ",
            "<svg class=\"draw-dark\" ",
            1,
        );
        let (w, h) = (width, d.height(width, 1.0, &Estimate).round());
        let (layout, _) = d.plan(width as u32, 1.0, &Estimate);
        let mut over = format!(
            "<svg class=\"embed-points\" viewBox=\"0 0 {w} {h}\" role=\"list\" aria-label=\"{}\">",
            esc(&format!("{} — {}", title, K::EmbedPoints.get(lang)))
        );
        for (i, p) in points::points(&DATASET, c, cur, lang).iter().enumerate() {
            let Some(hit) = hit_area(&layout, i) else {
                continue;
            };
            let tip = points::tip(&DATASET, p, lang, Some(w));
            let name = [
                Some(tip.label.clone()),
                Some(tip.value.clone()),
                Some(tip.kind.clone()),
                tip.converted_from.clone(),
            ]
            .into_iter()
            .flatten()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            over.push_str(&format!(
                "<g class=\"pt\" tabindex=\"0\" role=\"listitem\" aria-label=\"{}\" id=\"{}\">\
                 <rect class=\"pt-hit\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>{}</g>",
                esc(&name),
                dom_id::chart_point(c, i, w),
                hit.0,
                hit.1,
                hit.2 - hit.0,
                hit.3 - hit.1,
                tip_svg(&tip, lang, hit, (w, h)),
            ));
        }
        over.push_str("</svg>");
        format!("<div class=\"embed-plot plot-{w}\">{svg}{svg_dark}{over}</div>\n")
    }

    /// Where a point answers the pointer: a bar's whole column of the plot; an event's marker
    /// and its label.
    fn hit_area(layout: &ChartLayout, i: usize) -> Option<(f64, f64, f64, f64)> {
        let f = |r: (i32, i32, i32, i32)| (r.0 as f64, r.1 as f64, r.2 as f64, r.3 as f64);
        match layout {
            ChartLayout::Bars(b) => b
                .bars
                .get(i)
                .map(|r| f((r.0 - 3, b.plot.1, r.2 + 3, b.plot.3))),
            ChartLayout::Timeline(t) => {
                let (m, l) = (t.items.get(i)?, t.labels.get(i)?);
                Some(f((
                    m.0.min(l.0) - 2,
                    m.1.min(l.1) - 2,
                    m.2.max(l.2) + 2,
                    m.3.max(l.3) + 2,
                )))
            }
        }
    }

    /// A point's tooltip as SVG: label and value in bold, what the value is, the yuan amount a
    /// converted value comes from, a derived value's formula, and the source sentence around the
    /// figure; placed beside the point inside the chart (`charts::place_tip`, as the app does).
    fn tip_svg(
        tip: &points::Tip,
        lang: Lang,
        at: (f64, f64, f64, f64),
        frame: (f64, f64),
    ) -> String {
        let mut lines: Vec<(String, f64, bool, &'static str)> = Vec::new();
        let mut push = |text: &str, px: f64, bold: bool, class: &'static str| {
            for l in wrap(text, TIP_TEXT, px, bold, &Estimate) {
                lines.push((l, px, bold, class));
            }
        };
        push(&tip.label, 12.0, true, "");
        push(&tip.value, 13.0, true, "");
        push(&tip.kind, 11.0, false, "muted");
        if let Some(c) = &tip.converted_from {
            push(c, 11.0, false, "muted");
        }
        if let Some(f) = &tip.formula {
            push(f, 11.0, false, "muted");
        }
        if !tip.span.is_empty() {
            push(
                &format!("“{}{}{}”", tip.before, tip.span, tip.after),
                11.0,
                false,
                "quote",
            );
        }
        let tw = lines
            .iter()
            .map(|(t, px, bold, _)| Estimate.width(t, *px, *bold))
            .fold(0.0f64, f64::max)
            .min(TIP_TEXT)
            + 2.0 * TIP_PAD;
        let th: f64 = lines
            .iter()
            .map(|(_, px, _, _)| (px * 1.35).round())
            .sum::<f64>()
            + 2.0 * TIP_PAD;
        let (x, y) = charts::place_tip(at, frame, (tw, th));
        let mut out = format!(
            "<g class=\"pt-tip\" aria-hidden=\"true\"><rect x=\"{x}\" y=\"{y}\" width=\"{tw}\" height=\"{th}\" rx=\"5\"/>"
        );
        let mut baseline = y + TIP_PAD;
        for (text, px, bold, class) in &lines {
            baseline += (px * 1.35).round();
            let family = charts::font_family(lang, text);
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"{px}\"{}{} font-family=\"{}\">{}</text>",
                x + TIP_PAD,
                baseline - (px * 0.35).round(),
                if *bold { " font-weight=\"bold\"" } else { "" },
                if class.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"{class}\"")
                },
                esc(family),
                escape(text, false)
            ));
        }
        out.push_str("</g>");
        out
    }

    /// The key figures as the app's tiles show them, each with its source sentence; not buttons
    /// here (the full explorer links them to the article).
    fn key_figures(lang: Lang, cur: Currency, titled: bool) -> String {
        let mut out = format!(
            "<section class=\"chart embed-figure\" id=\"{}\">\n",
            dom_id::embed_chart(ChartId::Key)
        );
        if titled {
            out.push_str(&format!(
                "<h2 class=\"shell-chart-title\">{}</h2>\n",
                esc(K::ChartKeyFigures.get(lang))
            ));
        }
        out.push_str("<ul class=\"key-grid\">\n");
        for (_, fi) in points::key_figures(&DATASET) {
            let f = &DATASET.figures[fi as usize];
            let s = &DATASET.article.sentences[f.sentence as usize];
            let converted = format::figure_converted(&DATASET, f, cur, lang);
            let label = f.label.str(lang);
            out.push_str(&format!(
                "<li><div class=\"key-tile\"><span class=\"key-value\">{}</span>{}<span class=\"key-label\">{}</span>\
                 <span class=\"key-source\"><span lang=\"ko\">“{}”</span> — {}</span></div></li>\n",
                esc(&format::figure_value(f, lang)),
                converted
                    .map(|c| format!("<span class=\"key-label muted\">{}</span>", esc(&c)))
                    .unwrap_or_default(),
                esc(label),
                esc(&s.text[f.start as usize..f.end as usize]),
                esc(&describe::sentence_place(&DATASET, f.sentence, lang)),
            ));
        }
        out.push_str("</ul>\n</section>\n");
        out
    }

    /// A single chart as the app's "PNG" button makes it: 2×, light, with its title, notes and
    /// the source credit; rasterised here with the system's fonts.
    fn image(c: ChartId, lang: Lang, cur: Currency) -> Vec<u8> {
        use resvg::{tiny_skia, usvg};
        let title = points::title(c).get(lang);
        let spec = charts::spec(&DATASET, c, cur, lang);
        let notes = spec.notes(&DATASET);
        let d = Drawing {
            spec,
            frame: Frame::export(&DATASET, title, notes, lang),
            pal: charts::LIGHT,
        };
        const SCALE: f64 = 2.0;
        const CSS_W: f64 = 640.0;
        let svg = d.svg(CSS_W, SCALE, title, &Estimate);
        let mut opt = usvg::Options {
            font_family: match lang {
                Lang::Zh => "Noto Sans CJK SC",
                _ => "Noto Sans CJK KR",
            }
            .to_string(),
            languages: vec![lang.html_lang().to_string()],
            ..usvg::Options::default()
        };
        *opt.fontdb_mut() = og::fonts();
        let tree = usvg::Tree::from_str(&svg, &opt).expect("a chart's SVG parses");
        // The document says its CSS size; its view box is twice that: render at 2×.
        let size = tree.size().to_int_size();
        let (pw, ph) = (
            (size.width() as f64 * SCALE) as u32,
            (size.height() as f64 * SCALE) as u32,
        );
        let mut pixmap = tiny_skia::Pixmap::new(pw, ph).expect("a chart-sized pixmap");
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(SCALE as f32, SCALE as f32),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().expect("encode a chart image")
    }
}

/// The charts panel of the built page in `lang`: its heading, the note on the article's "원", the
/// three charts in the default currency (yuan) drawn by the `charts` code as SVG, and the credit
/// line (`built::credit_in`).
fn charts_aside(lang: Lang) -> String {
    let cur = Currency::Cny;
    let mut out = format!(
        "<aside class=\"tools shell-charts\" lang=\"{}\" aria-labelledby=\"{heading}\">\n\
         <h2 id=\"{heading}\" class=\"shell-charts-heading\">{}</h2>\n\
         <p class=\"money-explainer\">{}</p>\n",
        lang.html_lang(),
        escape(K::PanelCharts.get(lang), false),
        escape(K::MoneyNote.get(lang), false),
        heading = dom_id::SHELL_CHARTS_HEADING,
    );
    for chart in [ChartId::Trade, ChartId::Half, ChartId::Timeline] {
        let title = points::title(chart).get(lang);
        let spec = charts::spec(&DATASET, chart, cur, lang);
        let description = spec.describe(title);
        // In the light and the dark theme's colours, as the app draws it; the stylesheet shows
        // the page's (a dark phone showed three white boxes until the app took over).
        let mut svg = String::new();
        for (dark, class) in [(false, "draw-light"), (true, "draw-dark")] {
            let drawing = Drawing {
                spec: spec.clone(),
                frame: Frame::screen(),
                pal: charts::palette(dark),
            };
            svg.push_str(&drawing.svg(WIDTH, 1.0, &description, &Estimate).replacen(
                "<svg ",
                &format!("<svg class=\"{class}\" "),
                1,
            ));
        }
        out.push_str(&format!(
            "<figure class=\"shell-chart\" id=\"{}\">\n\
             <figcaption class=\"shell-chart-title\">{}</figcaption>\n{svg}\n</figure>\n",
            dom_id::shell_chart(chart),
            escape(title, false)
        ));
    }
    out.push_str(&format!(
        "<p class=\"credit\">{}</p>\n</aside>",
        built::credit_in(lang)
    ));
    out
}
