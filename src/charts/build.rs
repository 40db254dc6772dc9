//! The data builders: what a chart's definition (`data/charts.toml`, `spec::chart_def`) shows,
//! in the chosen currency and language. Bars carry their value in full and short forms and say
//! whether it was stated or derived, converted or not; the timeline's events are placed by day
//! on an axis of whole months. Converted and derived values are marked as such, and a file's
//! notes say how each was made.

use super::spec::chart_def;
use crate::core::dataset::model::{Annotation, Chart, ChartValue, Dataset, Event, GrowthKind};
use crate::core::format::{self, Currency, Precision, Width};
use crate::core::i18n::{Lang, K};
use crate::core::url_state::ChartId;

/// One bar: a stated or derived value for a period, in the display currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The stated figure's or derived figure's id.
    pub id: &'static str,
    pub label: String,
    /// In the display currency.
    pub value: f64,
    /// In full, for the tooltip, the table and the description: "≈ 660 billion KRW".
    pub value_text: String,
    /// On the chart: "≈ 660 bn KRW", or without the currency where that does not fit ("≈ 660 bn"
    /// — the subtitle names the unit).
    pub value_label: String,
    pub value_bare: String,
    pub derived: bool,
    /// "stated", "derived", "stated in yuan, converted", "derived in yuan, converted".
    pub kind: String,
    /// For a converted value, the yuan amount it comes from and the rate year.
    pub converted_from: Option<String>,
    /// The year whose average rate converts it.
    pub year: u16,
}

/// A bar chart: bars, subtitle (unit and currency), and an optional annotation (CAGR, growth).
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    pub subtitle: String,
    pub annotation: Option<String>,
    pub legend_stated: String,
    pub legend_derived: String,
    pub lang: Lang,
    pub currency: Currency,
    /// Height of the plotting area in CSS pixels; the chart grows around it.
    pub plot_height: f64,
}

/// The bar of a chart value, a yuan amount (checked by the loader), stated or derived.
fn money_bar(ds: &Dataset, v: ChartValue, cur: Currency, lang: Lang) -> Bar {
    let (id, value_cny, period) = ds.chart_value(v);
    let derived = matches!(v, ChartValue::Derived(_));
    // The loader checks that every bar's period has a year with rates (data/charts.toml).
    let (year, value) = format::convert_for_period(ds, value_cny, Currency::Cny, cur, period)
        .unwrap_or((0, f64::NAN));
    let converted = cur != Currency::Cny;
    let (value_text, value_label, value_bare) = if converted {
        (
            format::money_approx(value, cur, lang, Width::Long),
            format::money_approx(value, cur, lang, Width::Short),
            format!(
                "≈ {}",
                format::number(value, lang, Precision::Approx, Width::Short)
            ),
        )
    } else {
        let short = format::number(value, lang, Precision::Exact, Width::Short);
        (
            format::money(value, cur, lang),
            format::with_currency(short.clone(), cur, lang),
            short,
        )
    };
    let kind = match (derived, converted) {
        (false, false) => K::Stated,
        (true, false) => K::DerivedLabel,
        (false, true) => K::StatedConverted,
        (true, true) => K::DerivedConverted,
    };
    Bar {
        id,
        label: format::period(period, lang),
        value,
        value_text,
        value_label,
        value_bare,
        derived,
        kind: kind.get(lang).to_string(),
        year,
        // A derived value was computed, not stated: it says so, with what it was in yuan.
        converted_from: converted.then(|| {
            (if derived {
                K::DerivedFrom
            } else {
                K::ConvertedFrom
            })
            .get(lang)
            .replace("{src}", &format::money(value_cny, Currency::Cny, lang))
            .replace("{year}", &year.to_string())
        }),
    }
}

fn subtitle(cur: Currency, lang: Lang) -> String {
    if cur == Currency::Cny {
        K::UnitCny.get(lang).to_string()
    } else {
        K::UnitConverted
            .get(lang)
            .replace("{cur}", format::currency_name(cur, lang))
    }
}

/// "(in CNY)" after a growth rate: growth measured in another currency would differ with the
/// exchange rate. A compound growth always says it (the trade chart), a year-on-year one when
/// the bars show another currency (the first-half chart).
fn in_cny(lang: Lang) -> String {
    lang.bracketed(K::GrowthInCny.get(lang))
}

/// The growth rate written above the bars, in the chart's language (`data/charts.toml`'s `cagr`
/// or `growth`).
fn annotation(ds: &Dataset, a: &Annotation, cur: Currency, lang: Lang) -> String {
    let (_, v, _) = ds.chart_value(a.value);
    let (text, always_in_cny) = match a.kind {
        GrowthKind::Cagr => (
            K::GrowthCagr
                .get(lang)
                .replace("{from}", &a.from.to_string())
                .replace("{to}", &a.to.to_string())
                .replace("{rate}", &format!("{v:.1}")),
            true,
        ),
        GrowthKind::YearOnYear => (
            K::GrowthYearOnYear
                .get(lang)
                .replace("{rate}", &v.to_string()),
            false,
        ),
    };
    if always_in_cny || cur != Currency::Cny {
        text + &in_cny(lang)
    } else {
        text
    }
}

/// The height of a bar chart's plot in CSS pixels for `n` bars: 100 and 30 a bar (three years of
/// trade 190, two first halves 160); the chart grows around it.
fn plot_height(n: usize) -> f64 {
    100.0 + 30.0 * n as f64
}

/// The bar chart `def` defines (`data/charts.toml`): a bar per point, its growth rate above.
pub(super) fn bar_chart(ds: &Dataset, def: &Chart, cur: Currency, lang: Lang) -> BarChart {
    let bars: Vec<Bar> = def
        .points
        .iter()
        .map(|p| money_bar(ds, p.value, cur, lang))
        .collect();
    let converted = cur != Currency::Cny;
    BarChart {
        plot_height: plot_height(bars.len()),
        bars,
        subtitle: subtitle(cur, lang),
        annotation: def.annotation.map(|a| annotation(ds, &a, cur, lang)),
        legend_stated: (if converted {
            K::StatedConverted
        } else {
            K::Stated
        })
        .get(lang)
        .to_string(),
        legend_derived: (if converted {
            K::DerivedConverted
        } else {
            K::DerivedLabel
        })
        .get(lang)
        .to_string(),
        lang,
        currency: cur,
    }
}

/// The trade chart's bars (`data/charts.toml`'s `trade`: trade by year, 2017 and 2022 stated,
/// 2021 derived, the compound growth annotated).
pub fn trade_bars(ds: &Dataset, cur: Currency, lang: Lang) -> BarChart {
    bar_chart(ds, chart_def(ds, ChartId::Trade), cur, lang)
}

/// The first-half chart's bars (`half`: first half 2022 derived against first half 2023 stated,
/// +66.4 %).
pub fn half_bars(ds: &Dataset, cur: Currency, lang: Lang) -> BarChart {
    bar_chart(ds, chart_def(ds, ChartId::Half), cur, lang)
}

/// The notes a downloaded bar chart carries: how converted values were converted, and how
/// each derived bar was computed.
pub fn bar_notes(ds: &Dataset, c: &BarChart) -> Vec<String> {
    let lang = c.lang;
    let mut notes = Vec::new();
    let mut years: Vec<u16> = c.bars.iter().map(|b| b.year).collect();
    years.dedup();
    if let Some(n) = format::converted_note(c.currency, lang) {
        notes.push(n);
        notes.push(
            K::RatesFrom
                .get(lang)
                .replace("{src}", &format::rate_sources(ds, &years, c.currency, lang)),
        );
    }
    let items: Vec<String> = c
        .bars
        .iter()
        .filter(|b| b.derived)
        .filter_map(|b| {
            let d = ds.derived_value(b.id)?;
            Some(format!("{} = {}", b.label, d.formula))
        })
        .collect();
    if !items.is_empty() {
        notes.push(
            K::DerivedNote
                .get(lang)
                .replace("{items}", &items.join(lang.semicolon())),
        );
    }
    notes
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
    /// The months on the axis: (first day ordinal, day ordinal after the last, label).
    pub months: Vec<(i32, i32, String)>,
    /// Explains the hollow marker when one is drawn.
    pub subtitle: Option<String>,
    pub lang: Lang,
}

/// Chart 3: the 2023 timeline on a date axis.
pub fn timeline(ds: &Dataset, lang: Lang) -> Timeline {
    use crate::core::dataset::model::Date;
    let month_after = |d: Date| Date {
        year: d.year + (d.month / 12) as u16,
        month: d.month % 12 + 1,
        day: 1,
    };
    let events: Vec<&Event> = chart_def(ds, ChartId::Timeline)
        .points
        .iter()
        .filter_map(|p| match p.value {
            ChartValue::Event(e) => Some(&ds.events[e as usize]),
            _ => None,
        })
        .collect();
    let items: Vec<TimelineItem> = events
        .iter()
        .map(|e| {
            let approximate = e.start.day == 0;
            let (start, end) = if approximate {
                // A month-only date spans its month.
                let a = Date { day: 1, ..e.start };
                (a.ordinal(), month_after(e.start).ordinal() - 1)
            } else {
                (e.start.ordinal(), e.end.unwrap_or(e.start).ordinal())
            };
            TimelineItem {
                event: e.id,
                title: e.title.get(lang).to_string(),
                when: format::date_range_no_year(e.start, e.end, lang),
                start,
                end,
                approximate,
            }
        })
        .collect();
    // Whole months from the first event's to the last one's.
    let first = events.iter().map(|e| e.start).min();
    let last = events.iter().map(|e| e.end.unwrap_or(e.start)).max();
    let mut months = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let mut m = Date { day: 1, ..first };
        let stop = month_after(last);
        while m < stop {
            let next = month_after(m);
            // The month without its year: "5월", "5月", "May".
            let label = format::date_range_no_year(Date { day: 0, ..m }, None, lang);
            months.push((m.ordinal(), next.ordinal(), label));
            m = next;
        }
    }
    let subtitle = items
        .iter()
        .any(|i| i.approximate)
        .then(|| K::TimelineHollow.get(lang).to_string());
    Timeline {
        items,
        months,
        subtitle,
        lang,
    }
}
