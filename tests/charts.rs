//! Host tests of the charts: each is drawn to SVG with the same code the canvas uses, and the
//! SVG is checked for its bars, the derived bar's marking, labels and the pixel ↔ data mapping.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::charts::svg::SvgWriter;
use longjiang_reader::charts::text::collisions;
use longjiang_reader::charts::{
    self, bars::nice_axis, bars_height, draw_bars, draw_timeline, timeline_height, Estimate, Frame,
    Look, TextBox, DARK, LIGHT,
};
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::format::Currency;
use longjiang_reader::core::i18n::Lang;
use longjiang_reader::core::url_state::ChartId;
use plotters::prelude::*;

const W: u32 = 640;

fn look(scale: f64) -> Look<'static> {
    Look {
        pal: LIGHT,
        scale,
        measure: &Estimate,
    }
}

/// Draws a bar chart to SVG at `w` CSS pixels wide and the height it asks for.
fn svg_bars_at(chart: &charts::BarChart, frame: &Frame, w: u32) -> (String, charts::BarLayout) {
    let h = bars_height(chart, frame, w as f64, 1.0, &Estimate).round() as u32;
    let mut out = String::new();
    let layout;
    {
        let area = SvgWriter::new(&mut out, (w, h), None).into_drawing_area();
        layout = draw_bars(&area, chart, frame, &look(1.0)).unwrap();
        area.present().unwrap();
    }
    assert_eq!(
        layout.height as u32, h,
        "the drawing fills the height it asked for"
    );
    (out, layout)
}

fn svg_bars(chart: &charts::BarChart) -> (String, charts::BarLayout) {
    svg_bars_at(chart, &Frame::screen(), W)
}

fn svg_timeline_at(
    tl: &charts::Timeline,
    frame: &Frame,
    w: u32,
) -> (String, charts::TimelineLayout) {
    let h = timeline_height(tl, frame, w as f64, 1.0, &Estimate).round() as u32;
    let mut out = String::new();
    let layout;
    {
        let area = SvgWriter::new(&mut out, (w, h), None).into_drawing_area();
        layout = draw_timeline(&area, tl, frame, &look(1.0)).unwrap();
        area.present().unwrap();
    }
    (out, layout)
}

/// Every text inside the drawing, and no two paragraphs closer than `gap` pixels.
fn assert_text_fits(texts: &[TextBox], (w, h): (i32, i32), gap: i32, what: &str) {
    for t in texts {
        let (l, top, r, b) = t.rect;
        assert!(
            l >= 0 && r <= w && top >= 0 && b <= h,
            "{what}: {:?} leaves the {w}×{h} drawing at {:?}",
            t.text,
            t.rect
        );
        assert!(!t.text.contains('…'), "{what}: {:?} is cut", t.text);
    }
    let c = collisions(texts, gap);
    assert!(
        c.is_empty(),
        "{what}: {:?}",
        c.iter()
            .map(|&(i, j)| (&texts[i].text, texts[i].rect, &texts[j].text, texts[j].rect))
            .collect::<Vec<_>>()
    );
}

/// Rectangles filled with `color` (plotters writes `fill="#RRGGBB"`).
fn filled_rects(svg: &str, color: &str) -> usize {
    let fill = format!("fill=\"{color}\"");
    svg.split("<rect")
        .skip(1)
        .filter(|r| {
            r.split('>')
                .next()
                .is_some_and(|attrs| attrs.contains(&fill))
        })
        .count()
}

#[test]
fn trade_chart_has_three_bars_with_2021_derived_and_the_cagr() {
    let c = charts::trade_bars(&DATASET, Currency::Cny, Lang::Ko);
    assert_eq!(c.bars.len(), 3);
    assert_eq!(
        c.bars.iter().map(|b| b.derived).collect::<Vec<_>>(),
        [false, true, false]
    );
    let (svg, layout) = svg_bars(&c);
    // Two solid bars (stated) in the bar colour; the derived bar is an outline plus hatching.
    assert_eq!(
        filled_rects(&svg, "#1F5FA8"),
        2 + 1,
        "two stated bars and the legend swatch"
    );
    assert!(svg.contains("34.38억 위안"), "2022 value label");
    assert!(svg.contains("13.1억 위안"));
    assert!(svg.contains("23.47억 위안"), "derived 2021 value label");
    assert!(svg.contains("2021년"));
    assert!(
        svg.contains("계산값") && svg.contains("기사 수치"),
        "legend names stated and derived"
    );
    assert!(svg.contains("연평균 +21.3%"), "CAGR annotation");
    // Bars are ordered left to right and their heights follow the values.
    let b = &layout.bars;
    assert!(b[0].0 < b[1].0 && b[1].0 < b[2].0);
    assert!(
        b[2].1 < b[1].1 && b[1].1 < b[0].1,
        "taller bar = smaller top y"
    );
}

#[test]
fn derived_bar_is_hatched_not_only_coloured() {
    let c = charts::trade_bars(&DATASET, Currency::Cny, Lang::En);
    let (svg, layout) = svg_bars(&c);
    let (l, t, r, bottom) = layout.bars[1];
    // Hatching: diagonal polylines lying inside the derived bar.
    let hatch_lines = svg
        .split("<polyline")
        .skip(1)
        .filter_map(|p| p.split("points=\"").nth(1)?.split('"').next())
        .filter(|pts| {
            let xy: Vec<(i32, i32)> = pts
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            xy.len() == 2
                && xy
                    .iter()
                    .all(|&(x, y)| x >= l && x <= r && y >= t && y <= bottom)
                && xy[0].0 != xy[1].0
                && xy[0].1 != xy[1].1
        })
        .count();
    assert!(hatch_lines >= 5, "found {hatch_lines} hatch lines");
}

#[test]
fn pixel_and_data_mapping_round_trips() {
    let c = charts::trade_bars(&DATASET, Currency::Cny, Lang::Ko);
    let (_, layout) = svg_bars(&c);
    assert_eq!(layout.bars.len(), c.bars.len());
    assert_eq!(layout.bars.len(), 3);
    for (i, &(l, t, r, b)) in layout.bars.iter().enumerate() {
        let cx = (l + r) as f64 / 2.0;
        assert_eq!(layout.bar_at(cx, (t + b) as f64 / 2.0), Some(i));
        // The bar top maps back to the bar's value (within one pixel's worth).
        let v = layout.value_at_y(t as f64);
        let per_px = (layout.y_range.1 - layout.y_range.0) / (layout.plot.3 - layout.plot.1) as f64;
        assert!(
            (v - c.bars[i].value).abs() <= per_px,
            "bar {i}: {v} vs {}",
            c.bars[i].value
        );
        assert!((layout.y_of_value(c.bars[i].value) - t as f64).abs() <= 1.0);
    }
    assert_eq!(layout.bar_at(2.0, 2.0), None, "outside the plot");
}

#[test]
fn currency_switch_changes_values_and_axis_caption() {
    let usd = charts::trade_bars(&DATASET, Currency::Usd, Lang::En);
    assert!(usd.subtitle.contains("USD") && usd.subtitle.contains("annual average"));
    // 3.438 bn CNY at 6.7261 = 511.1 m USD: an approximation, rounded as one, written as an
    // English newsroom writes it (issue #22).
    assert_eq!(usd.bars[2].value_text, "≈ US$511 million");
    assert_eq!(usd.bars[2].value_label, "≈ US$511m");
    let krw = charts::trade_bars(&DATASET, Currency::Krw, Lang::Ko);
    // × 1291.95 KRW per USD = 660.371 bn KRW.
    assert_eq!(krw.bars[2].value_text, "≈ 6,604억 원");
    let en = charts::trade_bars(&DATASET, Currency::Krw, Lang::En);
    assert_eq!(en.bars[2].value_label, "≈ KRW 660bn");
    assert_eq!(en.bars[2].value_bare, "≈ 660bn");
    let (svg, _) = svg_bars(&usd);
    assert!(svg.contains("USD"));
}

#[test]
fn half_chart_compares_first_halves() {
    let c = charts::half_bars(&DATASET, Currency::Cny, Lang::Zh);
    assert_eq!(c.bars.len(), 2);
    assert!(c.bars[0].derived && !c.bars[1].derived);
    assert_eq!(c.bars[1].value_text, "22.12亿元");
    let (svg, _) = svg_bars(&c);
    // 增长 says the sign: no "+" (issue #22).
    assert!(svg.contains("2022年上半年") && svg.contains("同比增长66.4%"));
}

/// The Chinese CAGR reads as Chinese writes it, "2017—2022年年均增长21.3%" (a dash between the
/// years, no "+": 增长 says it), and a derived bar shown in another currency says it was
/// derived, never "stated" (issue #22).
#[test]
fn chinese_cagr_and_derived_conversions_read_as_written() {
    let zh = charts::trade_bars(&DATASET, Currency::Cny, Lang::Zh);
    assert_eq!(
        zh.annotation.as_deref(),
        Some("2017—2022年年均增长21.3%（按人民币计）")
    );
    for lang in Lang::ALL {
        let c = charts::trade_bars(&DATASET, Currency::Usd, lang);
        for b in &c.bars {
            let from = b.converted_from.as_deref().expect("converted");
            let stated_word = lang.pick("기사:", "原文：", "Stated:");
            let derived_word = lang.pick("계산값:", "推算值：", "Derived:");
            let want = if b.derived { derived_word } else { stated_word };
            assert!(from.starts_with(want), "{lang:?} {}: {from}", b.id);
        }
    }
    // The data table: "Derived", its yuan amount, its formula.
    let en = points::points(&DATASET, ChartId::Trade, Currency::Usd, Lang::En);
    let d = en
        .iter()
        .find(|p| p.derived.is_some())
        .expect("a derived bar");
    let cell = points::table_kind(d);
    assert_eq!(cell[0], "Calculated from the article's figures, converted");
    assert!(
        cell[1].starts_with("Derived: CNY 2.347 billion"),
        "{cell:?}"
    );
    assert_eq!(cell[2], d.derived.unwrap());
    let cny = points::points(&DATASET, ChartId::Trade, Currency::Cny, Lang::En);
    let d = cny.iter().find(|p| p.derived.is_some()).unwrap();
    assert_eq!(
        points::table_kind(d),
        ["Derived".to_string(), d.derived.unwrap().to_string()]
    );
}

#[test]
fn timeline_places_events_on_a_date_axis() {
    let tl = charts::timeline(&DATASET, Lang::Ko);
    assert!(!tl.items.is_empty());
    assert_eq!(tl.items.len(), DATASET.events.len());
    let (out, layout) = svg_timeline_at(&tl, &Frame::screen(), W);
    assert!(out.contains("2월") && out.contains("8월"));
    assert!(out.contains("실사"), "labels name the events");
    // Later events sit further right; the 5-day week is wider than the 1-day signing.
    let x = |id: &str| layout.items[tl.items.iter().position(|i| i.event == id).unwrap()];
    assert!(x("inspection_visit").0 < x("may_meeting").0 && x("may_meeting").0 < x("event_week").0);
    let week = x("event_week");
    let sign = x("opening_signings");
    assert!(week.2 - week.0 > sign.2 - sign.0);
    // Pixel ↔ day mapping.
    let d = tl.items[0].start;
    assert!((layout.day_at_x(layout.x_of_day(d)) - d as f64).abs() < 1e-9);
    let (l, t, r, b) = x("may_meeting");
    assert_eq!(
        layout.item_at((l + r) as f64 / 2.0, (t + b) as f64 / 2.0),
        tl.items.iter().position(|i| i.event == "may_meeting")
    );
}

#[test]
fn figures_map_to_chart_points() {
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Trade, "trade_2022"),
        Some(2)
    );
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Trade, "trade_2022_again"),
        Some(2)
    );
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Trade, "growth_2022"),
        Some(2)
    );
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Half, "growth_h1_2023_again"),
        Some(1)
    );
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Timeline, "date_binxi_signing"),
        Some(4)
    );
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Key, "factory_area"),
        Some(6)
    );
    assert_eq!(
        charts::point_of_figure(&DATASET, ChartId::Trade, "factory_area"),
        None
    );
}

#[test]
fn axis_steps_are_round() {
    assert_eq!(nice_axis(3.85e9), (4e9, 1e9));
    assert_eq!(nice_axis(0.0), (1.0, 0.25));
    let (max, step) = nice_axis(5.7e8);
    assert!(max >= 5.7e8 && (max / step).fract() == 0.0);
}

#[test]
fn descriptions_state_the_message_in_words() {
    let c = charts::trade_bars(&DATASET, Currency::Cny, Lang::En);
    let d = charts::describe_bars(&c, "Heilongjiang–Korea trade");
    assert!(d.contains("2022 CNY 3.438 billion (stated)"), "{d}");
    assert!(d.contains("2021 CNY 2.347 billion (derived)"));
    assert!(d.contains("+21.3% a year"));
}

#[test]
fn palettes_meet_contrast_targets() {
    fn lum(c: plotters::style::RGBColor) -> f64 {
        let f = |v: u8| {
            let v = v as f64 / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * f(c.0) + 0.7152 * f(c.1) + 0.0722 * f(c.2)
    }
    fn ratio(a: plotters::style::RGBColor, b: plotters::style::RGBColor) -> f64 {
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }
    for p in [charts::LIGHT, charts::DARK] {
        assert!(ratio(p.fg, p.bg) >= 4.5);
        assert!(ratio(p.muted, p.bg) >= 4.5);
        assert!(ratio(p.accent, p.bg) >= 4.5);
        assert!(ratio(p.bar, p.bg) >= 3.0);
    }
}

const PHONES: [u32; 4] = [320, 360, 390, 420];

/// At phone widths, in every language and currency, the bar charts' text stays inside the
/// drawing and no label touches another: value labels take a shorter form or a smaller size
/// before they would, the subtitle and annotation wrap, the top tick label keeps clear of the
/// annotation.
#[test]
fn bar_charts_fit_phones_in_every_language_and_currency() {
    for w in PHONES.into_iter().chain([640, 1280]) {
        for lang in Lang::ALL {
            for cur in Currency::ALL {
                for c in [
                    charts::trade_bars(&DATASET, cur, lang),
                    charts::half_bars(&DATASET, cur, lang),
                ] {
                    let (_, layout) = svg_bars_at(&c, &Frame::screen(), w);
                    let what = format!("{w}px {lang:?} {cur:?} {}", c.bars[0].label);
                    assert_text_fits(&layout.texts, (w as i32, layout.height), 3, &what);
                    // Value labels are never smaller than the floor.
                    for b in &c.bars {
                        assert!(
                            layout
                                .texts
                                .iter()
                                .any(|t| t.text == b.value_label || t.text == b.value_bare),
                            "{what}: no value label for {}",
                            b.label
                        );
                    }
                    // The plot keeps its height; the chart grows around it.
                    let (_, top, _, bottom) = layout.plot;
                    assert_eq!(bottom - top, c.plot_height as i32, "{what}");
                }
            }
        }
    }
}

/// The case from the issue: English, KRW, 320 px.
#[test]
fn krw_in_english_at_320_px_uses_compact_rounded_labels() {
    let c = charts::trade_bars(&DATASET, Currency::Krw, Lang::En);
    let (svg, layout) = svg_bars_at(&c, &Frame::screen(), 320);
    assert!(
        (svg.contains("≈ KRW 660bn") || svg.contains("≈ 660bn")) && !svg.contains("660.371"),
        "{svg}"
    );
    // The subtitle is whole (wrapped, not cut).
    let sub: String = layout
        .texts
        .iter()
        .take_while(|t| !t.text.starts_with("given in the article"))
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(sub, c.subtitle);
    // Converted values are labelled as converted, not as stated.
    assert!(c.legend_stated.contains("converted") && c.bars[2].kind.contains("converted"));
    assert!(c.bars[2]
        .converted_from
        .as_deref()
        .unwrap()
        .contains("CNY 3.438 billion"));
    assert!(c.annotation.as_deref().unwrap().ends_with("(in CNY)"));
    // The top tick label ("1 tn" in the issue) sits well below the annotation.
    let top = charts::format_axis(layout.y_range.1, Lang::En);
    let tick = layout
        .texts
        .iter()
        .find(|t| t.text == top)
        .expect("top tick");
    let note = layout
        .texts
        .iter()
        .find(|t| t.text.contains("a year"))
        .unwrap();
    assert!(tick.rect.1 - note.rect.3 >= 8, "{tick:?} vs {note:?}");
}

/// A downloaded chart carries its title, unit, notes and credit, on the light background.
#[test]
fn exported_charts_carry_title_unit_notes_and_credit() {
    let c = charts::trade_bars(&DATASET, Currency::Krw, Lang::Ko);
    let notes = charts::bar_notes(&DATASET, &c);
    assert!(
        notes.iter().any(|n| n.contains("원화(KRW) 금액은")),
        "{notes:?}"
    );
    assert!(notes.iter().any(
        |n| n.contains("환율: 중국 국가통계국 2017·2021·2022년 통계공보") && n.contains("한국은행")
    ));
    assert!(
        notes
            .iter()
            .any(|n| n.contains("2021년 = 3,438,000,000 ÷ (1 + 46.5%)")),
        "{notes:?}"
    );
    let frame = Frame::export(&DATASET, "흑룡강성–한국 무역액", notes, Lang::Ko);
    for w in [320, 640] {
        let (svg, layout) = svg_bars_at(&c, &frame, w);
        for want in [
            "흑룡강성–한국 무역액",
            "원화(KRW)",
            "출처: 흑룡강일보, 2023년",
        ] {
            assert!(
                layout.texts.iter().any(|t| t.text.contains(want)),
                "{w}: {want}"
            );
        }
        assert!(svg.contains(r#"font-weight="bold""#), "the title is bold");
        assert_text_fits(
            &layout.texts,
            (w as i32, layout.height),
            2,
            &format!("export {w}"),
        );
        // Taller than on screen: the words around the chart are inside the image.
        assert!(
            bars_height(&c, &frame, w as f64, 1.0, &Estimate)
                > bars_height(&c, &Frame::screen(), w as f64, 1.0, &Estimate) + 60.0
        );
    }
    let tl = charts::timeline(&DATASET, Lang::En);
    let frame = Frame::export(&DATASET, "2023 timeline", vec![], Lang::En);
    let (_, layout) = svg_timeline_at(&tl, &frame, 360);
    // The credit, in English in an English file (issue #24).
    assert!(layout.texts.iter().any(|t| t
        .text
        .contains("Source: Heilongjiang Daily, Korean edition")));
    assert_text_fits(&layout.texts, (360, layout.height), 2, "timeline export");
}

/// SVG text is written at its full size and centred like canvas text, so an SVG has the same
/// proportions as the PNG of the same chart.
#[test]
fn svg_text_has_the_canvas_size() {
    let c = charts::half_bars(&DATASET, Currency::Cny, Lang::En);
    let (svg, _) = svg_bars_at(&c, &Frame::screen(), 400);
    assert!(
        svg.contains(r#"font-size="12""#),
        "12 px labels are 12 px in the SVG"
    );
    assert!(svg.contains(r#"dominant-baseline="central""#));
    assert!(!svg.contains("dy="));
    // The background is one full rectangle in the palette's colour.
    assert!(svg.contains(r##"<rect x="0" y="0" width="400""##) && svg.contains("#FFFFFF"));
    let mut dark = String::new();
    {
        let area = SvgWriter::new(&mut dark, (400, 300), Some("t")).into_drawing_area();
        let look = Look {
            pal: DARK,
            scale: 1.0,
            measure: &Estimate,
        };
        draw_bars(&area, &c, &Frame::screen(), &look).unwrap();
    }
    assert!(
        dark.starts_with("<svg") && dark.ends_with("</svg>") && dark.contains("<title>t</title>")
    );
    assert!(dark.contains("#16181C"));
    // A file is drawn at the PNG's scale in its view box and shown at the chart's CSS size:
    // the PNG's very layout.
    let d = charts::Drawing {
        spec: charts::Spec::Bars(c.clone()),
        frame: Frame::export(&DATASET, "t", vec![], Lang::En),
        pal: LIGHT,
    };
    let svg = d.svg(400.0, 2.0, "t", &Estimate);
    let h2 = d.height(400.0, 2.0, &Estimate) * 2.0;
    assert!(
        svg.starts_with(&format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="{}" viewBox="0 0 800 {}""#, h2 / 2.0, h2)),
        "{}",
        &svg[..200]
    );
    assert!(
        svg.contains(r#"font-size="24""#) && svg.contains(r#"font-size="32""#),
        "labels and title at 2×"
    );
}

/// The timeline at 320–1280 px: no label cut, none touching another, each marker on its own
/// label's first line and nearer its own label than any other.
#[test]
fn timeline_labels_wrap_and_sit_beside_their_markers() {
    for w in PHONES.into_iter().chain([640, 1280]) {
        for lang in Lang::ALL {
            let tl = charts::timeline(&DATASET, lang);
            let (_, layout) = svg_timeline_at(&tl, &Frame::screen(), w);
            let what = format!("timeline {w}px {lang:?}");
            assert_text_fits(&layout.texts, (w as i32, layout.height), 3, &what);
            for (i, (&(_, mt, _, mb), &(_, lt, _, lb))) in
                layout.items.iter().zip(&layout.labels).enumerate()
            {
                let cy = (mt + mb) / 2;
                assert!(
                    cy > lt && cy < lb.min(lt + 18),
                    "{what}: marker {i} not on its label's first line"
                );
                let dist = |&(_, t, _, b): &(i32, i32, i32, i32)| {
                    if cy < t {
                        t - cy
                    } else if cy > b {
                        cy - b
                    } else {
                        0
                    }
                };
                for (j, other) in layout.labels.iter().enumerate() {
                    if j != i {
                        assert!(
                            dist(other) >= 8,
                            "{what}: marker {i} is {}px from label {j}",
                            dist(other)
                        );
                    }
                }
            }
            // Every label is whole: the lines of one paragraph rebuild "date · title".
            let squash = |s: &str| s.replace(' ', "");
            let mut paras: Vec<(u32, String)> = Vec::new();
            for t in &layout.texts {
                match paras.last_mut() {
                    Some((g, s)) if *g == t.group => s.push_str(&t.text),
                    _ => paras.push((t.group, t.text.clone())),
                }
            }
            for it in &tl.items {
                let want = squash(&format!("{} · {}", it.when, it.title));
                assert!(
                    paras.iter().any(|(_, p)| squash(p) == want),
                    "{what}: {want} in {paras:?}"
                );
            }
        }
    }
}

/// A taller chart at a narrow width instead of a squeezed one.
#[test]
fn charts_grow_taller_when_narrow() {
    let tl = charts::timeline(&DATASET, Lang::En);
    let narrow = timeline_height(&tl, &Frame::screen(), 320.0, 1.0, &Estimate);
    let wide = timeline_height(&tl, &Frame::screen(), 1280.0, 1.0, &Estimate);
    assert!(narrow > wide, "{narrow} vs {wide}");
    // At any device-pixel ratio the drawing fills the height it asked for.
    for spec in [
        charts::Spec::Timeline(tl.clone()),
        charts::Spec::Bars(charts::trade_bars(&DATASET, Currency::Krw, Lang::Ko)),
    ] {
        let d = charts::Drawing {
            spec,
            frame: Frame::export(&DATASET, "t", vec!["n".into()], Lang::Ko),
            pal: LIGHT,
        };
        for scale in [1.0, 1.5, 2.0, 3.0] {
            for w in [320.0, 333.5, 1280.0] {
                let h = d.height(w, scale, &Estimate);
                let size = ((w * scale).round() as u32, (h * scale).round() as u32);
                let mut out = String::new();
                let area = SvgWriter::new(&mut out, size, None).into_drawing_area();
                let l = d.draw(&area, scale, &Estimate).unwrap();
                let drawn = match l {
                    charts::ChartLayout::Bars(b) => b.height,
                    charts::ChartLayout::Timeline(t) => t.height,
                };
                // Filled to within the last CSS pixel (the height is rounded up to one).
                assert!(
                    drawn as u32 <= size.1 && drawn as f64 > size.1 as f64 - scale,
                    "scale {scale}, width {w}: drew {drawn} of {}",
                    size.1
                );
            }
        }
    }
}

/// Tooltips stay inside the chart, beside their point when there is room.
#[test]
fn tooltips_stay_inside_the_chart() {
    // Room on the right.
    assert_eq!(
        charts::place_tip((10.0, 50.0, 30.0, 100.0), (400.0, 300.0), (200.0, 100.0)),
        (38.0, 42.0)
    );
    // A tall bar near the right edge of a phone chart: above, beside or over it, but inside.
    for p in [
        (230.0, 40.0, 290.0, 280.0),
        (40.0, 200.0, 100.0, 280.0),
        (140.0, 60.0, 180.0, 300.0),
    ] {
        for tip in [(224.0, 180.0), (224.0, 320.0), (100.0, 40.0)] {
            let (x, y) = charts::place_tip(p, (320.0, 300.0), tip);
            assert!(
                x >= 0.0 && x + tip.0 <= 320.0 + 1e-9,
                "{p:?} {tip:?}: x {x}"
            );
            assert!(
                y >= 0.0 && (y + tip.1 <= 300.0 + 1e-9 || tip.1 > 300.0),
                "{p:?} {tip:?}: y {y}"
            );
        }
    }
}

// --- Chart points (`charts::points`): what the charts panel shows and does about a point ---

use longjiang_reader::charts::points::{self, KeyMove};

fn fig(id: &str) -> u32 {
    DATASET.figure_index(id).unwrap() as u32
}

#[test]
fn arrow_keys_step_through_points_and_wrap() {
    use points::key_move;
    let sel = |i| Some(KeyMove::Select(i));
    // From no selection: forward to the first, back to the last.
    assert_eq!(key_move("ArrowRight", None, 3), sel(0));
    assert_eq!(key_move("ArrowDown", None, 3), sel(0));
    assert_eq!(key_move("ArrowLeft", None, 3), sel(2));
    assert_eq!(key_move("ArrowUp", None, 3), sel(2));
    // Steps wrap at both ends.
    assert_eq!(key_move("ArrowRight", Some(1), 3), sel(2));
    assert_eq!(key_move("ArrowRight", Some(2), 3), sel(0));
    assert_eq!(key_move("ArrowLeft", Some(0), 3), sel(2));
    assert_eq!(key_move("ArrowUp", Some(2), 3), sel(1));
    assert_eq!(key_move("Home", Some(2), 3), sel(0));
    assert_eq!(key_move("End", None, 3), sel(2));
    // Enter and Space follow the point; other keys (and a chart without points) are ignored.
    assert_eq!(key_move("Enter", Some(1), 3), Some(KeyMove::Follow));
    assert_eq!(key_move(" ", None, 3), Some(KeyMove::Follow));
    assert_eq!(key_move("a", Some(1), 3), None);
    assert_eq!(key_move("Tab", Some(1), 3), None);
    assert_eq!(key_move("ArrowRight", None, 0), None);
    assert_eq!(key_move("Enter", None, 0), None);
}

#[test]
fn the_pointer_wins_over_the_selection() {
    assert_eq!(points::active_point(Some(1), Some(2)), Some(1));
    assert_eq!(points::active_point(None, Some(2)), Some(2));
    assert_eq!(points::active_point(Some(0), None), Some(0));
    assert_eq!(points::active_point(None, None), None);
}

#[test]
fn every_point_links_a_sentence_and_its_figure() {
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            for chart in [ChartId::Trade, ChartId::Half, ChartId::Timeline] {
                let pts = points::points(&DATASET, chart, cur, lang);
                let n = match chart {
                    ChartId::Trade => charts::trade_bars(&DATASET, cur, lang).bars.len(),
                    ChartId::Half => charts::half_bars(&DATASET, cur, lang).bars.len(),
                    _ => DATASET.events.len(),
                };
                assert_eq!(pts.len(), n, "{chart:?}");
                for (i, p) in pts.iter().enumerate() {
                    let s = &DATASET.article.sentences[p.sentence as usize];
                    // A figure's point is in the figure's sentence, at the figure's span.
                    if let Some(fi) = p.figure {
                        let f = &DATASET.figures[fi as usize];
                        assert_eq!(p.sentence, f.sentence, "{chart:?} point {i}");
                        assert_eq!(p.span, Some((f.start, f.end)), "{chart:?} point {i}");
                    }
                    if let Some((a, b)) = p.span {
                        assert!(s.text.get(a as usize..b as usize).is_some());
                    }
                    assert!(!p.label.is_empty() && !p.value.is_empty() && !p.kind.is_empty());
                }
            }
        }
    }
    // Bars and their figures: the stated 2022 trade is point 2, its figure the stated one.
    let trade = points::points(&DATASET, ChartId::Trade, Currency::Cny, Lang::En);
    assert_eq!(trade[2].figure, Some(fig("trade_2022")));
    assert!(trade[2].derived.is_none());
    // A derived bar shows its formula and points at the stated money figure it comes from.
    let derived: Vec<_> = trade
        .iter()
        .chain(&points::points(
            &DATASET,
            ChartId::Half,
            Currency::Cny,
            Lang::En,
        ))
        .filter(|p| p.derived.is_some())
        .cloned()
        .collect();
    assert!(!derived.is_empty(), "a derived bar");
    for p in derived {
        let f = &DATASET.figures[p.figure.unwrap() as usize];
        assert!(Currency::from_unit(f.unit).is_some(), "{} is money", f.id);
    }
    // The key figures have no canvas points: they are tiles.
    assert!(points::points(&DATASET, ChartId::Key, Currency::Cny, Lang::En).is_empty());
}

#[test]
fn figures_in_the_text_select_their_chart_point_and_back() {
    assert_eq!(
        points::chart_point_of_figure(&DATASET, fig("trade_2022")),
        Some((ChartId::Trade, 2))
    );
    // A repeated statement and a growth rate select the bar they are about.
    assert_eq!(
        points::chart_point_of_figure(&DATASET, fig("trade_2022_again")),
        Some((ChartId::Trade, 2))
    );
    assert_eq!(
        points::chart_point_of_figure(&DATASET, fig("growth_h1_2023_again")),
        Some((ChartId::Half, 1))
    );
    assert_eq!(
        points::chart_point_of_figure(&DATASET, fig("date_binxi_signing")),
        Some((ChartId::Timeline, 4))
    );
    assert_eq!(
        points::chart_point_of_figure(&DATASET, fig("factory_area")),
        Some((ChartId::Key, 6))
    );
    // Point → figure → point: a bar's stated figure selects that very bar.
    for chart in [ChartId::Trade, ChartId::Half] {
        for (i, p) in points::points(&DATASET, chart, Currency::Cny, Lang::Ko)
            .iter()
            .enumerate()
            .filter(|(_, p)| p.derived.is_none())
        {
            assert_eq!(
                points::chart_point_of_figure(&DATASET, p.figure.unwrap()),
                Some((chart, i as u32))
            );
        }
    }
    // The key-figure tiles: point k is the k-th key figure (data/charts.toml), and the figure
    // selects it.
    const KEY_FIGURES: [&str; 7] = [
        "delegation_bodies",
        "delegation_firms",
        "firms_landed",
        "agreements_signed",
        "korean_firms_invested",
        "investment_total",
        "factory_area",
    ];
    let tiles = points::key_figures(&DATASET);
    assert_eq!(tiles.len(), KEY_FIGURES.len());
    for (k, fi) in tiles {
        assert_eq!(DATASET.figures[fi as usize].id, KEY_FIGURES[k as usize]);
        assert_eq!(
            charts::point_of_figure_at(&DATASET, ChartId::Key, fi as usize),
            Some(k)
        );
    }
}

/// A chart is defined once (`data/charts.toml` → `Dataset::charts`): the app's charts are the
/// table's, and both directions of point ↔ figure come from it — what a point stands for is its
/// `figure`, the point a figure selects is the first whose `selected_by` lists it.
#[test]
fn point_and_figure_round_trip_through_the_one_table() {
    use longjiang_reader::core::dataset::model::{ChartKind, ChartValue, CHART_KINDS};
    let codes = ChartId::ALL.map(|c| c.code());
    assert_eq!(codes, CHART_KINDS.map(|(id, _)| id), "the app's charts");
    let ids: Vec<&str> = DATASET.charts.iter().map(|c| c.id).collect();
    assert_eq!(ids, codes, "one definition per chart, in the app's order");
    let mut selecting = 0;
    for chart in ChartId::ALL {
        let def = charts::chart_def(&DATASET, chart);
        assert!(!def.points.is_empty(), "{chart:?}");
        // Point → figure: what the panel shows for a point is the table's figure and sentence.
        match def.kind {
            ChartKind::Tiles => {
                let tiles = points::key_figures(&DATASET);
                assert_eq!(tiles.len(), def.points.len());
                for (k, fi) in tiles {
                    assert_eq!(def.points[k as usize].figure, Some(fi));
                }
            }
            ChartKind::Bars | ChartKind::Timeline => {
                let pts = points::points(&DATASET, chart, Currency::Krw, Lang::En);
                assert_eq!(pts.len(), def.points.len(), "{chart:?}");
                for (p, d) in pts.iter().zip(def.points) {
                    assert_eq!((p.figure, p.sentence), (d.figure, d.sentence), "{chart:?}");
                    assert_eq!(
                        p.derived.is_some(),
                        matches!(d.value, ChartValue::Derived(_))
                    );
                }
            }
        }
        // Figure → point: every figure a point lists selects it, unless an earlier point lists
        // it too; a stated value's own figure is among them, and so round-trips.
        for (i, d) in def.points.iter().enumerate() {
            if let ChartValue::Figure(fi) = d.value {
                assert_eq!(d.figure, Some(fi));
                assert_eq!(
                    charts::point_of_figure_at(&DATASET, chart, fi as usize),
                    Some(i as u32),
                    "{chart:?} point {i}"
                );
            }
            for &fi in d.selected_by {
                let first = def.points.iter().position(|p| p.selected_by.contains(&fi));
                assert_eq!(
                    charts::point_of_figure_at(&DATASET, chart, fi as usize),
                    first.map(|p| p as u32)
                );
                selecting += 1;
            }
            // A repeat selects what the figure it repeats selects.
            for (g, f) in DATASET.figures.iter().enumerate() {
                if f.same_as.is_some_and(|r| d.selected_by.contains(&r)) {
                    assert!(d.selected_by.contains(&(g as u32)), "{} {chart:?}", f.id);
                }
            }
        }
        // And nothing else selects a point of this chart.
        for fi in 0..DATASET.figures.len() {
            let listed = def
                .points
                .iter()
                .any(|p| p.selected_by.contains(&(fi as u32)));
            assert_eq!(
                charts::point_of_figure_at(&DATASET, chart, fi).is_some(),
                listed
            );
        }
    }
    assert!(selecting > 20, "only {selecting} figure → point links");
}

#[test]
fn tooltips_quote_the_sentence_around_the_figure() {
    let trade = points::points(&DATASET, ChartId::Trade, Currency::Cny, Lang::En);
    let p = &trade[2];
    let f = &DATASET.figures[p.figure.unwrap() as usize];
    let text = DATASET.article.sentences[f.sentence as usize].text;
    let wide = points::tip(&DATASET, p, Lang::En, Some(640.0));
    let narrow = points::tip(&DATASET, p, Lang::En, Some(points::NARROW_CHART - 1.0));
    let unknown = points::tip(&DATASET, p, Lang::En, None);
    assert_eq!(wide, unknown, "an unmeasured chart is not narrow");
    for t in [&wide, &narrow] {
        assert_eq!(t.span, &text[f.start as usize..f.end as usize]);
        assert_eq!((&t.label, &t.value, &t.kind), (&p.label, &p.value, &p.kind));
        assert!(t.formula.is_none());
        // What is quoted is the sentence, cut (with an ellipsis) only where it is longer.
        let whole = format!("{}{}{}", t.before, t.span, t.after);
        let inner = whole.trim_start_matches('…').trim_end_matches('…');
        assert!(text.contains(inner), "{whole}");
    }
    let chars = |s: &str| s.trim_matches('…').chars().count();
    assert!(chars(&narrow.before) <= 22 && chars(&narrow.after) <= 22);
    assert!(chars(&wide.before) <= 36 && chars(&wide.after) <= 36);
    assert!(
        chars(&narrow.before) + chars(&narrow.after) < chars(&wide.before) + chars(&wide.after)
    );
    // A derived value says how it is computed, in the interface language.
    let d = trade
        .iter()
        .find(|p| p.derived.is_some())
        .expect("a derived bar");
    let t = points::tip(&DATASET, d, Lang::En, None);
    assert_eq!(t.formula, Some(format!("Formula: {}", d.derived.unwrap())));
    // Excerpts: cut with an ellipsis on each side, whole when short.
    assert_eq!(
        points::excerpt("abcdefghij", Some((4, 6)), 2),
        ("…cd".into(), "ef".into(), "gh…".into())
    );
    assert_eq!(
        points::excerpt("abcdef", Some((2, 3)), 5),
        ("ab".into(), "c".into(), "def".into())
    );
    assert_eq!(
        points::excerpt("하얼빈에서", None, 3),
        (String::new(), String::new(), "하얼빈…".into())
    );
}

#[test]
fn each_chart_has_its_own_title() {
    let titles: Vec<_> = ChartId::ALL
        .iter()
        .map(|&c| points::title(c).get(Lang::En))
        .collect();
    for (i, t) in titles.iter().enumerate() {
        assert!(!t.is_empty() && !titles[..i].contains(t), "{titles:?}");
    }
}

// --- Fonts and line breaks (issue #20): each text in the font of its own language; no line
// breaks inside a name, after an opening bracket or before closing punctuation ---

use longjiang_reader::charts::text::{is_han, is_hangul, text_lang, wrap, wrap_balanced, Measure};

/// The `<text>` elements of an SVG: (font-family, lang, xml:lang, content).
fn svg_texts(svg: &str) -> Vec<(String, Option<String>, Option<String>, String)> {
    svg.split("<text ")
        .skip(1)
        .map(|t| {
            let (attrs, rest) = t.split_once('>').unwrap();
            let attr = |name: &str| {
                attrs
                    .split(&format!(" {name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .map(str::to_string)
            };
            let content = rest.split("</text>").next().unwrap().to_string();
            (
                attr("font-family").unwrap(),
                attr("lang"),
                attr("xml:lang"),
                content,
            )
        })
        .collect()
}

/// Every chart as a file (title, notes, credit) in `lang`.
fn files(lang: Lang, cur: Currency) -> Vec<charts::Drawing> {
    [ChartId::Trade, ChartId::Half, ChartId::Timeline]
        .into_iter()
        .map(|chart| {
            let spec = charts::spec(&DATASET, chart, cur, lang);
            let notes = match &spec {
                charts::Spec::Bars(b) => charts::bar_notes(&DATASET, b),
                charts::Spec::Timeline(_) => Vec::new(),
            };
            let title = points::title(chart).get(lang);
            charts::Drawing {
                spec,
                frame: Frame::export(&DATASET, title, notes, lang),
                pal: LIGHT,
            }
        })
        .collect()
}

/// The issue: a Chinese chart exported with a Korean font list first showed Korean glyph forms.
/// Chinese text is set in Noto Sans CJK SC first and says `lang="zh-Hans"`, Korean in Noto Sans
/// CJK KR with `lang="ko"`, English in a Latin face first; a run of another script alone takes
/// its own.
#[test]
fn the_font_follows_the_language_of_the_text() {
    assert_eq!(
        text_lang("中韩（黑龙江）企业合作交流洽谈会", Lang::Zh),
        Lang::Zh
    );
    assert_eq!(text_lang("김상인代表考察黑龙江", Lang::Zh), Lang::Zh);
    assert_eq!(text_lang("0", Lang::Zh), Lang::Zh);
    assert_eq!(text_lang("김상인", Lang::Zh), Lang::Ko);
    assert_eq!(text_lang("10억", Lang::Ko), Lang::Ko);
    assert_eq!(text_lang("黑龙江", Lang::Ko), Lang::Zh);
    assert_eq!(
        text_lang("Source: 흑룡강일보 (Heilongjiang Daily)", Lang::En),
        Lang::En
    );
    assert_eq!(text_lang("흑룡강일보", Lang::En), Lang::Ko);
    assert_eq!(text_lang("黑龙江", Lang::En), Lang::Zh);
    assert!(charts::font_family(Lang::Zh, "黑龙江").starts_with("'Noto Sans CJK SC'"));
    assert!(charts::font_family(Lang::Ko, "흑룡강").starts_with("'Noto Sans CJK KR'"));
    assert!(charts::font_family(Lang::En, "Harbin").starts_with("system-ui"));
    let en_zh = charts::font_family(Lang::En, "Harbin (哈尔滨)");
    assert!(en_zh.starts_with("system-ui") && en_zh.contains("'Noto Sans CJK SC'"));
    for (lang, first, tag) in [
        (Lang::Zh, "&#39;Noto Sans CJK SC&#39;,", "zh-Hans"),
        (Lang::Ko, "&#39;Noto Sans CJK KR&#39;,", "ko"),
        (Lang::En, "system-ui,", "en"),
    ] {
        for cur in Currency::ALL {
            for d in files(lang, cur) {
                // As the app exports it: at the PNG's scale in the view box, phone and desktop.
                for w in [320.0, 640.0] {
                    let svg = d.svg(w, 2.0, "t", &Estimate);
                    let texts = svg_texts(&svg);
                    assert!(texts.len() > 5, "{lang:?}: {svg}");
                    for (family, l, xl, text) in &texts {
                        assert!(
                            family.starts_with(first),
                            "{lang:?} {cur:?} {w}: {text:?} in {family}"
                        );
                        assert_eq!(l.as_deref(), Some(tag), "{lang:?}: {text:?}");
                        assert_eq!(xl, l);
                        if lang == Lang::En && text.chars().any(is_hangul) {
                            assert!(family.contains("Noto Sans CJK KR"), "{text}: {family}");
                        }
                    }
                }
            }
        }
    }
    // The Korean view the built page draws (`examples/prerender.rs`): Korean fonts too.
    let d = charts::Drawing {
        spec: charts::spec(&DATASET, ChartId::Trade, Currency::Cny, Lang::Ko),
        frame: Frame::screen(),
        pal: LIGHT,
    };
    let svg = d.svg(400.0, 1.0, "t", &Estimate);
    assert!(svg_texts(&svg)
        .iter()
        .all(|(f, l, _, _)| f.starts_with("&#39;Noto Sans CJK KR&#39;")
            && l.as_deref() == Some("ko")));
}

/// Lines never start with closing punctuation or end with an opening bracket.
const NO_START: &str = "）》〉”’)]}」』】〕，。、；：！？,.;:!?·%";
const NO_END: &str = "（《〈“‘([{「『【〔";

/// Chinese characters and full-width punctuation: the only places a line may break without a
/// space.
fn chinese(c: char) -> bool {
    is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FF60}').contains(&c)
}

/// The bracketed runs without spaces in `s` (（黑龙江）, 《…》, (흑룡강)).
fn bracket_runs(s: &str) -> Vec<String> {
    let pairs = [('（', '）'), ('《', '》'), ('(', ')'), ('“', '”')];
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in cs.iter().enumerate() {
        if let Some(&(_, close)) = pairs.iter().find(|p| p.0 == c) {
            if let Some(j) = cs[i..].iter().position(|&d| d == close) {
                let run: String = cs[i..=i + j].iter().collect();
                if !run.contains(char::is_whitespace) {
                    out.push(run);
                }
            }
        }
    }
    out
}

/// The glossary's and organisations' Chinese names.
fn names() -> Vec<&'static str> {
    DATASET
        .terms
        .iter()
        .flat_map(|t| [t.hanzi_simplified, t.hanzi_traditional])
        .flatten()
        .chain(DATASET.organisations.iter().map(|o| o.name_zh))
        .filter(|n| n.chars().count() >= 2)
        .collect()
}

/// Checks the lines `lines` that `source` was broken into, no wider than `max` at `px` (in the
/// `Estimate` measure): whole (nothing lost but spaces at breaks), breaks only at spaces or
/// next to a Chinese character (a word too long for a whole line aside), never before closing
/// punctuation or after an opening bracket, never between a number and its unit, never inside
/// a bracketed run or a name that fits on a line.
fn check_lines(source: &str, lines: &[String], max: f64, (px, bold): (f64, bool), what: &str) {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(squash(&lines.concat()), squash(source), "{what}: {lines:?}");
    let fits = |s: &str| Estimate.width(s, px, bold) <= max;
    let mut rest = source.trim_start();
    for (k, line) in lines.iter().enumerate() {
        assert!(!line.is_empty(), "{what}: an empty line in {lines:?}");
        rest = rest
            .strip_prefix(line.as_str())
            .unwrap_or_else(|| panic!("{what}: {line:?} is not the next part of {rest:?}"));
        let Some(next) = lines.get(k + 1) else {
            break;
        };
        let (a, b) = (line.chars().last().unwrap(), next.chars().next().unwrap());
        assert!(
            !NO_END.contains(a),
            "{what}: a line ends with {a:?}: {lines:?}"
        );
        assert!(
            !NO_START.contains(b),
            "{what}: a line starts with {b:?}: {lines:?}"
        );
        if !rest.starts_with(char::is_whitespace) {
            // Korean and English break at spaces only, unless a word is wider than a line.
            let word: String = line
                .chars()
                .rev()
                .take_while(|c| !c.is_whitespace())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .chain(next.chars().take_while(|c| !c.is_whitespace()))
                .collect();
            assert!(
                chinese(a) || chinese(b) || !fits(&word),
                "{what}: broken inside {word:?}: {lines:?}"
            );
            // A number keeps its unit, unless together they are wider than a line (2017—2022年).
            let number: String = line
                .chars()
                .rev()
                .take_while(|c| !c.is_whitespace() && !chinese(*c))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .chain([b])
                .collect();
            assert!(
                !(a.is_ascii_digit() && "年月日天项家个亿万元".contains(b) && fits(&number)),
                "{what}: a number parted from its unit: {lines:?}"
            );
        }
        rest = rest.trim_start();
    }
    // A run or a name, with the brackets and punctuation it cannot be parted from (（黑龙江日报…
    // …），).
    let glued = |part: &str| {
        source.find(part).map(|at| {
            let before: Vec<char> = source[..at]
                .chars()
                .rev()
                .take_while(|c| NO_END.contains(*c))
                .collect();
            let after: String = source[at + part.len()..]
                .chars()
                .take_while(|c| NO_START.contains(*c))
                .collect();
            format!("{}{part}{after}", before.iter().rev().collect::<String>())
        })
    };
    for run in bracket_runs(source) {
        if glued(&run).is_some_and(|g| fits(&g)) {
            assert!(
                lines.iter().any(|l| l.contains(&run)),
                "{what}: {run} is split: {lines:?}"
            );
        }
    }
    for name in names() {
        if glued(name).is_some_and(|g| fits(&g)) {
            assert!(
                lines.iter().any(|l| l.contains(name)),
                "{what}: the name {name} is split: {lines:?}"
            );
        }
    }
}

#[test]
fn lines_break_between_words_never_inside_names_or_brackets() {
    let m = Estimate;
    let texts = [
        "中韩（黑龙江）产业投资合作促进备忘录",
        "签署《中韩（黑龙江）产业投资合作促进备忘录》等5项协议",
        "中韩（黑龙江）企业合作交流洽谈会在哈尔滨举行",
        "开幕式暨合作展望论坛，签署5项战略合作协议",
        "2017—2022年年均增长21.3%（按人民币计）",
        "韩国中小企业投资合作考察团在哈尔滨考察8天",
        "김상인代表考察黑龙江",
        "2月23日至3月2日 · 韩国中小企业投资合作考察团在哈尔滨考察8天",
        "来源：흑룡강일보（黑龙江日报朝鲜文版），2023年 · 图表：龙江读报",
        "한국 중소기업 투자협력 실사단, 할빈에서 8일간 실사",
        "5월 23일 · 중한(흑룡강) 기업협력교류상담회",
        "8월 7일 – 11일 · 2023 한국 중소기업 룡강 행사주간",
        "Korean SME investment delegation's 8-day inspection in Harbin",
        "Source: Heilongjiang Daily, Korean edition, 2023 · Chart: Longjiang Reader",
    ];
    for text in texts {
        for max in (60..=330).step_by(6) {
            let max = max as f64;
            for (how, lines) in [
                ("greedy", wrap(text, max, 12.0, false, &m)),
                ("balanced", wrap_balanced(text, max, 12.0, false, &m)),
            ] {
                let what = format!("{text} at {max} ({how})");
                check_lines(text, &lines, max, (12.0, false), &what);
                for l in &lines {
                    assert!(
                        m.width(l, 12.0, false) <= max || l.chars().count() == 1,
                        "{what}: {l:?} is too wide"
                    );
                }
            }
        }
    }
    // The issue's cases, exactly.
    let lines = |t: &str, max: f64| wrap(t, max, 12.0, false, &m);
    assert_eq!(
        lines("中韩（黑龙江）产业投资合作促进备忘录", 100.0),
        ["中韩（黑龙江）", "产业投资合作促进", "备忘录"]
    );
    assert_eq!(
        lines("中韩（黑龙江）产业投资合作促进备忘录", 228.0),
        ["中韩（黑龙江）产业投资合作促进备忘录"],
        "a name that fits stays whole"
    );
    assert_eq!(
        lines("签署《中韩（黑龙江）产业投资合作促进备忘录》", 252.0),
        ["签署", "《中韩（黑龙江）产业投资合作促进备忘录》"]
    );
    // Never a line starting with 》 or ）, even where the text would just fit before it.
    let t = "中韩合作《备忘录》签署";
    for max in [72.0, 84.0, 96.0] {
        for l in lines(t, max) {
            assert!(!l.starts_with('》') && !l.ends_with('《'), "{max}: {l}");
        }
    }
    // Korean breaks at spaces only, even between Hangul and brackets.
    assert_eq!(
        lines("중한(흑룡강) 기업협력교류상담회", 120.0),
        ["중한(흑룡강)", "기업협력교류상담회"]
    );
}

/// A drawn line with its size and weight.
type Line<'a> = (&'a TextBox, (f64, bool));

/// Every text of every chart, on screen and as a file, in every language, at phone, embed and
/// desktop widths: the same rules hold for what is drawn.
#[test]
fn chart_text_breaks_between_words_in_every_language() {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            for file in files(lang, cur) {
                let mut sources: Vec<String> = file.frame.title.iter().cloned().collect();
                sources.extend(file.frame.notes.iter().cloned());
                sources.extend(file.frame.credit.iter().cloned());
                match &file.spec {
                    charts::Spec::Bars(b) => {
                        sources.push(b.subtitle.clone());
                        sources.push(b.legend_stated.clone());
                        sources.push(b.legend_derived.clone());
                        sources.extend(b.annotation.iter().cloned());
                        sources.extend(b.bars.iter().map(|b| b.label.clone()));
                    }
                    charts::Spec::Timeline(t) => {
                        sources.extend(t.subtitle.iter().cloned());
                        sources.extend(t.items.iter().map(|i| format!("{} · {}", i.when, i.title)));
                    }
                }
                let screen = charts::Drawing {
                    frame: Frame::screen(),
                    ..file.clone()
                };
                for d in [&screen, &file] {
                    for w in [320u32, 400, 640] {
                        let (layout, shapes) = d.plan(w, 1.0, &Estimate);
                        let what = format!("{lang:?} {cur:?} {w}px");
                        // Each line's size and weight, from what is drawn (in the same order).
                        let styles: Vec<(f64, bool)> = shapes
                            .iter()
                            .filter_map(|s| match s {
                                charts::Shape::Text { px, bold, .. } => Some((*px, *bold)),
                                _ => None,
                            })
                            .collect();
                        assert_eq!(styles.len(), layout.texts().len());
                        // Paragraphs: the lines of one group.
                        let mut paras: Vec<(u32, Vec<Line>)> = Vec::new();
                        for (t, &style) in layout.texts().iter().zip(&styles) {
                            match paras.last_mut() {
                                Some((g, v)) if *g == t.group => v.push((t, style)),
                                _ => paras.push((t.group, vec![(t, style)])),
                            }
                        }
                        for (_, boxes) in paras {
                            let lines: Vec<String> =
                                boxes.iter().map(|(b, _)| b.text.clone()).collect();
                            let joined = squash(&lines.concat());
                            let Some(source) = sources.iter().find(|s| squash(s) == joined) else {
                                assert_eq!(lines.len(), 1, "{what}: whose lines? {lines:?}");
                                continue;
                            };
                            // The widest line bounds the room the paragraph had.
                            let room = boxes
                                .iter()
                                .map(|(b, _)| (b.rect.2 - b.rect.0) as f64)
                                .fold(0.0, f64::max);
                            let what = format!("{what} {source}");
                            check_lines(source, &lines, room, boxes[0].1, &what);
                        }
                    }
                }
            }
        }
    }
}
