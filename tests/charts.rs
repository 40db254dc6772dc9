//! Host tests of the charts: each is drawn to SVG with the same code the canvas uses, and the
//! SVG is checked for its bars, the derived bar's marking, labels and the pixel ↔ data mapping.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::charts::{self, bars::nice_axis, draw_bars, draw_timeline, LIGHT};
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::format::Currency;
use longjiang_reader::core::i18n::Lang;
use longjiang_reader::core::url_state::ChartId;
use plotters::prelude::*;

const W: u32 = 640;
const H: u32 = 300;

fn svg_bars(chart: &charts::BarChart) -> (String, charts::BarLayout) {
    let mut out = String::new();
    let layout;
    {
        let area = SVGBackend::with_string(&mut out, (W, H)).into_drawing_area();
        layout = draw_bars(&area, chart, &LIGHT, 1.0).unwrap();
        area.present().unwrap();
    }
    (out, layout)
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
    assert!(usd.y_caption.contains("USD") && usd.y_caption.contains("annual average"));
    // 3.438 bn CNY at 6.7261 = 511.1 m USD.
    assert_eq!(usd.bars[2].value_text, "≈ 511.143 million USD");
    let krw = charts::trade_bars(&DATASET, Currency::Krw, Lang::Ko);
    // × 1291.95 KRW per USD = 660.371 bn KRW.
    assert_eq!(krw.bars[2].value_text, "≈ 6603.71억 원");
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
    assert!(svg.contains("2022年上半年") && svg.contains("同比增长 +66.4%"));
}

#[test]
fn timeline_places_events_on_a_date_axis() {
    let tl = charts::timeline(&DATASET, Lang::Ko);
    assert!(!tl.items.is_empty());
    assert_eq!(tl.items.len(), DATASET.events.len());
    let mut out = String::new();
    let layout;
    {
        let area = SVGBackend::with_string(&mut out, (W, 250)).into_drawing_area();
        layout = draw_timeline(&area, &tl, &LIGHT, 1.0).unwrap();
        area.present().unwrap();
    }
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
    assert!(d.contains("2022 3.438 billion CNY (stated)"), "{d}");
    assert!(d.contains("2021 2.347 billion CNY (derived)"));
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
