//! Charts as functions over a plotters `DrawingBackend`: the same code draws to a `<canvas>` in
//! the browser (`app::canvas`) and to SVG in host tests and downloads. Each `draw_*` returns its
//! layout (bar rectangles, event positions in backend pixels) so pointer positions can be mapped
//! back to data points. This module imports no browser crate.
//!
//! The data builders (`trade_bars`, `half_bars`, `timeline`) turn the dataset into what is drawn,
//! in the chosen currency and language; derived values are marked as such.

pub mod bars;
pub mod timeline;

use crate::core::dataset::model::Dataset;
use crate::core::format::{self, Currency};
use crate::core::i18n::{Lang, K};
use crate::core::url_state::ChartId;
use plotters::style::RGBColor;

pub use bars::{draw_bars, BarLayout};
pub use timeline::{draw_timeline, TimelineLayout};

/// Colours for one theme. All text colours reach WCAG AA (4.5:1) on `bg`; bars reach 3:1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub bg: RGBColor,
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub bar: RGBColor,
    pub accent: RGBColor,
}

pub const LIGHT: Palette = Palette {
    bg: RGBColor(0xff, 0xff, 0xff),
    fg: RGBColor(0x1b, 0x1d, 0x21),
    muted: RGBColor(0x55, 0x5b, 0x63),
    grid: RGBColor(0xe3, 0xe5, 0xe8),
    bar: RGBColor(0x1f, 0x5f, 0xa8),
    accent: RGBColor(0xb4, 0x3c, 0x0c),
};

pub const DARK: Palette = Palette {
    bg: RGBColor(0x16, 0x18, 0x1c),
    fg: RGBColor(0xe8, 0xea, 0xed),
    muted: RGBColor(0xa9, 0xb0, 0xb8),
    grid: RGBColor(0x33, 0x37, 0x3d),
    bar: RGBColor(0x6e, 0xa8, 0xfe),
    accent: RGBColor(0xff, 0xa8, 0x5c),
};

pub fn palette(dark: bool) -> Palette {
    if dark {
        DARK
    } else {
        LIGHT
    }
}

/// Font families for chart text; the browser resolves them (CJK needs a CJK font).
pub const FONT: &str =
    "system-ui, 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif";

/// The text style for chart labels at `px` backend pixels.
pub fn text_style(px: f64, color: RGBColor) -> plotters::style::TextStyle<'static> {
    use plotters::style::{Color, IntoFont, TextStyle};
    let mut t = TextStyle::from((FONT, px).into_font());
    t.color = color.to_backend_color();
    t
}

/// One bar: a stated or derived value for a period.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The stated figure's or derived figure's id.
    pub id: &'static str,
    pub label: String,
    /// In the display currency.
    pub value: f64,
    pub value_text: String,
    pub derived: bool,
}

/// A bar chart: bars, axis caption, and an optional annotation (CAGR, growth).
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    pub y_caption: String,
    pub annotation: Option<String>,
    pub legend_stated: String,
    pub legend_derived: String,
    pub lang: Lang,
}

fn money_bar(
    ds: &Dataset,
    id: &'static str,
    value_cny: f64,
    period: &str,
    derived: bool,
    cur: Currency,
    lang: Lang,
) -> Bar {
    let year = format::period_year(period).unwrap_or(0);
    let value = format::convert(ds, value_cny, Currency::Cny, cur, year).unwrap_or(f64::NAN);
    let approx = if cur == Currency::Cny { "" } else { "≈ " };
    Bar {
        id,
        label: format::period(period, lang),
        value,
        value_text: format!("{approx}{}", format::money(value, cur, lang)),
        derived,
    }
}

fn y_caption(cur: Currency, lang: Lang) -> String {
    let unit = match lang {
        Lang::Ko => format!("{} ({})", cur.word(lang), cur.iso()),
        Lang::Zh => format!("{}（{}）", cur.word(lang), cur.iso()),
        Lang::En => cur.iso().to_string(),
    };
    if cur == Currency::Cny {
        unit
    } else {
        format!("≈ {unit}, {}", K::ApproxAtRate.get(lang))
    }
}

fn stated(ds: &Dataset, id: &str) -> f64 {
    ds.figures
        .iter()
        .find(|f| f.id == id)
        .map_or(f64::NAN, |f| f.value)
}
fn derived(ds: &Dataset, id: &str) -> f64 {
    ds.derived_value(id).map_or(f64::NAN, |d| d.value)
}

fn bar_chart(bars: Vec<Bar>, annotation: String, cur: Currency, lang: Lang) -> BarChart {
    BarChart {
        bars,
        y_caption: y_caption(cur, lang),
        annotation: Some(annotation),
        legend_stated: K::Stated.get(lang).to_string(),
        legend_derived: K::DerivedLabel.get(lang).to_string(),
        lang,
    }
}

/// Chart 1: trade by year, 2017 and 2022 stated, 2021 derived, with the CAGR annotated.
pub fn trade_bars(ds: &Dataset, cur: Currency, lang: Lang) -> BarChart {
    let cagr = derived(ds, "cagr_2017_2022");
    let bars = vec![
        money_bar(
            ds,
            "trade_2017",
            stated(ds, "trade_2017"),
            "2017",
            false,
            cur,
            lang,
        ),
        money_bar(
            ds,
            "trade_2021",
            derived(ds, "trade_2021"),
            "2021",
            true,
            cur,
            lang,
        ),
        money_bar(
            ds,
            "trade_2022",
            stated(ds, "trade_2022"),
            "2022",
            false,
            cur,
            lang,
        ),
    ];
    let annotation = match lang {
        Lang::Ko => format!("2017→2022 연평균 +{cagr:.1}% (CNY 기준)"),
        Lang::Zh => format!("2017→2022年均增长 +{cagr:.1}%（按人民币计）"),
        Lang::En => format!("2017→2022: +{cagr:.1}% a year (in CNY)"),
    };
    bar_chart(bars, annotation, cur, lang)
}

/// Chart 2: first half 2022 (derived) against first half 2023 (stated, +66.4 %).
pub fn half_bars(ds: &Dataset, cur: Currency, lang: Lang) -> BarChart {
    let growth = stated(ds, "growth_h1_2023");
    let bars = vec![
        money_bar(
            ds,
            "trade_h1_2022",
            derived(ds, "trade_h1_2022"),
            "2022-H1",
            true,
            cur,
            lang,
        ),
        money_bar(
            ds,
            "trade_h1_2023",
            stated(ds, "trade_h1_2023"),
            "2023-H1",
            false,
            cur,
            lang,
        ),
    ];
    let annotation = match lang {
        Lang::Ko => format!("전년 동기 대비 +{growth}%"),
        Lang::Zh => format!("同比增长 +{growth}%"),
        Lang::En => format!("+{growth}% year on year"),
    };
    bar_chart(bars, annotation, cur, lang)
}

/// One timeline entry.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    pub event: &'static str,
    pub title: String,
    pub when: String,
    pub start: i32,
    pub end: i32,
    /// Month-only date ("지난 5월"): drawn hollow.
    pub approximate: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub items: Vec<TimelineItem>,
    /// (day ordinal, label) of month starts on the axis.
    pub months: Vec<(i32, String)>,
    pub lang: Lang,
}

/// Chart 3: the 2023 timeline on a date axis.
pub fn timeline(ds: &Dataset, lang: Lang) -> Timeline {
    use crate::core::dataset::model::Date;
    let items = ds
        .events
        .iter()
        .map(|e| {
            let approximate = e.start.day == 0;
            let (start, end) = if approximate {
                // A month-only date spans its month.
                let a = Date { day: 1, ..e.start };
                let b = Date {
                    year: e.start.year,
                    month: e.start.month + 1,
                    day: 1,
                };
                (a.ordinal(), b.ordinal() - 1)
            } else {
                (e.start.ordinal(), e.end.unwrap_or(e.start).ordinal())
            };
            TimelineItem {
                event: e.id,
                title: match lang {
                    Lang::Ko => e.title_ko,
                    Lang::Zh => e.title_zh,
                    Lang::En => e.title_en,
                }
                .to_string(),
                when: format::date_range_no_year(e.start, e.end, lang),
                start,
                end,
                approximate,
            }
        })
        .collect();
    let months = (2..=9u8)
        .map(|m| {
            let d = Date {
                year: 2023,
                month: m,
                day: 1,
            };
            let label = match lang {
                Lang::Ko => format!("{m}월"),
                Lang::Zh => format!("{m}月"),
                Lang::En => ["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
                    [m as usize - 2]
                    .to_string(),
            };
            (d.ordinal(), label)
        })
        .collect();
    Timeline {
        items,
        months,
        lang,
    }
}

/// Which point of `chart` shows the stated figure `figure_id` (a repeated statement maps to the
/// first one; a growth rate maps to the bar it describes).
pub fn point_of_figure(ds: &Dataset, chart: ChartId, figure_id: &str) -> Option<u32> {
    let fi = ds.figure_index(figure_id)?;
    let root = ds.figures[fi].same_as.map_or(fi, |j| j as usize);
    let root_id = ds.figures[root].id;
    let pos = |ids: &[&str], id: &str| ids.iter().position(|i| *i == id).map(|p| p as u32);
    match chart {
        ChartId::Trade => pos(
            &["trade_2017", "trade_2021", "trade_2022"],
            if root_id == "growth_2022" {
                "trade_2022"
            } else {
                root_id
            },
        ),
        ChartId::Half => pos(
            &["trade_h1_2022", "trade_h1_2023"],
            if root_id == "growth_h1_2023" {
                "trade_h1_2023"
            } else {
                root_id
            },
        ),
        ChartId::Timeline => ds
            .events
            .iter()
            .position(|e| {
                e.figures
                    .iter()
                    .any(|&f| f as usize == root || f as usize == fi)
            })
            .map(|p| p as u32),
        ChartId::Key => pos(&KEY_FIGURES, root_id),
    }
}

/// The key figures, in display order.
pub const KEY_FIGURES: [&str; 7] = [
    "delegation_bodies",
    "delegation_firms",
    "firms_landed",
    "agreements_signed",
    "korean_firms_invested",
    "investment_total",
    "factory_area",
];

/// The message of each chart in words (its aria-label).
pub fn describe_bars(c: &BarChart, title: &str) -> String {
    let parts: Vec<String> = c
        .bars
        .iter()
        .map(|b| {
            let kind = if b.derived {
                K::DerivedLabel.get(c.lang)
            } else {
                K::Stated.get(c.lang)
            };
            format!("{} {} ({kind})", b.label, b.value_text)
        })
        .collect();
    let mut s = format!("{title}: {}", parts.join(", "));
    if let Some(a) = &c.annotation {
        s.push_str(". ");
        s.push_str(a);
    }
    s
}

pub fn describe_timeline(t: &Timeline, title: &str) -> String {
    let parts: Vec<String> = t
        .items
        .iter()
        .map(|i| format!("{}: {}", i.when, i.title))
        .collect();
    format!("{title}: {}", parts.join("; "))
}

/// An axis tick label: 0, 10억, 20억 … (ko); 0, 10亿 … (zh); 0, 1 bn … (en).
pub fn format_axis(v: f64, lang: Lang) -> String {
    if v == 0.0 {
        return "0".into();
    }
    match lang {
        Lang::En => {
            let (div, suffix) = if v.abs() >= 1e12 {
                (1e12, " tn")
            } else if v.abs() >= 1e9 {
                (1e9, " bn")
            } else if v.abs() >= 1e6 {
                (1e6, " m")
            } else {
                (1.0, "")
            };
            let n = format!("{:.2}", v / div);
            format!("{}{suffix}", n.trim_end_matches('0').trim_end_matches('.'))
        }
        _ => format::compact(v, lang),
    }
}
