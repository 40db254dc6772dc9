//! `data/charts.toml`: what each of the app's charts shows — the bars (stated or derived yuan
//! amounts) and the growth rate above them, the key-figure tiles — and which figures of the text
//! select which point. The timeline's points are the events. Each chart is resolved into
//! `Chart::points`, which hold both directions of point ↔ figure: a chart naming a figure that
//! does not exist stops the build here instead of drawing a bar of no value.

use super::super::model::*;
use super::super::raw::*;
use super::check::{leak_list, Check};
use super::{DataError, CHARTS, FIGURES, RATES};

/// What the file's entries resolve against.
pub(super) struct Facts<'a> {
    pub figures: &'a [Figure],
    pub derived: &'a [Derived],
    pub events: &'a [Event],
    pub rates: &'a [Rate],
}

/// Loads the charts in `CHART_KINDS` order, one per chart of the app.
pub(super) fn load(text: &str, facts: &Facts, errors: &mut Vec<DataError>) -> Vec<Chart> {
    let mut c = Check {
        file: CHARTS,
        errors,
    };
    let raws: Vec<(String, RawChart)> = c.entries(text, "chart");
    c.unique_ids(raws.iter().map(|(l, r)| (l.as_str(), r.id.as_str())));
    let known = CHART_KINDS.map(|(id, _)| id).join(", ");
    let mut loaded: Vec<Chart> = Vec::new();
    for (label, r) in &raws {
        let Some(&(id, kind)) = CHART_KINDS.iter().find(|(id, _)| *id == r.id) else {
            c.err(
                label,
                "id",
                format!("\"{}\" is not a chart of the app ({known})", r.id),
            );
            continue;
        };
        let mut chart = Chart {
            id,
            kind,
            points: &[],
            annotation: None,
        };
        match kind {
            ChartKind::Bars => {
                misplaced(&mut c, label, "tiles", r.tiles.is_some(), "a bar chart");
                (chart.points, chart.annotation) = bars(&mut c, label, r, facts);
            }
            ChartKind::Timeline => {
                for (field, given) in [
                    ("bars", r.bars.is_some()),
                    ("cagr", r.cagr.is_some()),
                    ("growth", r.growth.is_some()),
                    ("selects", r.selects.is_some()),
                    ("tiles", r.tiles.is_some()),
                ] {
                    misplaced(
                        &mut c,
                        label,
                        field,
                        given,
                        "the timeline (its points are the events)",
                    );
                }
                chart.points = timeline(facts);
            }
            ChartKind::Tiles => {
                for (field, given) in [
                    ("bars", r.bars.is_some()),
                    ("cagr", r.cagr.is_some()),
                    ("growth", r.growth.is_some()),
                    ("selects", r.selects.is_some()),
                ] {
                    misplaced(&mut c, label, field, given, "the key figures");
                }
                chart.points = tiles(&mut c, label, r.tiles.as_deref(), facts);
            }
        }
        loaded.push(chart);
    }
    let mut charts = Vec::new();
    for (id, _) in CHART_KINDS {
        match loaded.iter().find(|ch| ch.id == id) {
            Some(ch) => charts.push(*ch),
            None => c.err(
                &format!("[[chart]] \"{id}\""),
                "id",
                format!("missing: the app shows this chart, so it needs an entry ({known})"),
            ),
        }
    }
    charts
}

fn misplaced(c: &mut Check, label: &str, field: &str, given: bool, what: &str) {
    if given {
        c.err(label, field, format!("does not apply to {what}"));
    }
}

/// A stated figure (`Figure`) or a derived one (`Derived`) by id, reported in `field` when there
/// is neither.
fn value(c: &mut Check, label: &str, field: &str, id: &str, facts: &Facts) -> Option<ChartValue> {
    if let Some(i) = facts.figures.iter().position(|f| f.id == id) {
        return Some(ChartValue::Figure(i as u32));
    }
    if let Some(i) = facts.derived.iter().position(|d| d.id == id) {
        return Some(ChartValue::Derived(i as u32));
    }
    c.err(
        label,
        field,
        format!("no figure with id \"{id}\" in {FIGURES}, nor a derived one (derive.rs)"),
    );
    None
}

/// A stated figure by id that is no repeat: a repeat's first statement is named instead (it
/// selects the point for both).
fn stated(c: &mut Check, label: &str, field: &str, id: &str, facts: &Facts) -> Option<u32> {
    let Some(i) = facts.figures.iter().position(|f| f.id == id) else {
        let why = if facts.derived.iter().any(|d| d.id == id) {
            "is a derived figure: name a figure of the text".to_string()
        } else {
            format!("no figure with id \"{id}\" in {FIGURES}")
        };
        c.err(label, field, why);
        return None;
    };
    if let Some(j) = facts.figures[i].same_as {
        let first = facts.figures[j as usize].id;
        c.err(
            label,
            field,
            format!("\"{id}\" repeats \"{first}\": name that one (its repeats go with it)"),
        );
        return None;
    }
    Some(i as u32)
}

/// `list` and every figure that repeats one of them (`same_as`).
fn with_repeats(figures: &[Figure], list: &[u32]) -> &'static [u32] {
    let repeats = (0..figures.len() as u32)
        .filter(|&g| {
            figures[g as usize]
                .same_as
                .is_some_and(|f| list.contains(&f))
        })
        .filter(|g| !list.contains(g));
    leak_list(list.iter().copied().chain(repeats).collect())
}

fn bars(
    c: &mut Check,
    label: &str,
    r: &RawChart,
    facts: &Facts,
) -> (&'static [ChartPoint], Option<Annotation>) {
    let ids = r.bars.as_deref().unwrap_or_default();
    if ids.is_empty() {
        c.err(label, "bars", "missing: a bar chart needs at least one bar");
    }
    let selects = r.selects.clone().unwrap_or_default();
    for (fig, bar) in &selects {
        let field = format!("selects.{fig}");
        if !ids.contains(bar) {
            c.err(
                label,
                &field,
                format!("\"{bar}\" is not one of this chart's `bars`"),
            );
        }
        if ids.contains(fig) {
            c.err(
                label,
                &field,
                format!("\"{fig}\" is a bar of this chart itself"),
            );
        }
    }
    let mut points = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        if ids[..n].contains(id) {
            c.err(label, "bars", format!("\"{id}\" is listed twice"));
            continue;
        }
        let Some(v) = value(c, label, "bars", id, facts) else {
            continue;
        };
        // The figures `selects` gives this bar.
        let mut select: Vec<u32> = Vec::new();
        for (fig, _) in selects.iter().filter(|(_, bar)| *bar == id) {
            select.extend(stated(c, label, &format!("selects.{fig}"), fig, facts));
        }
        let (unit, period, figure) = match v {
            ChartValue::Figure(i) => {
                let f = &facts.figures[i as usize];
                if let Some(j) = f.same_as {
                    let first = facts.figures[j as usize].id;
                    c.err(
                        label,
                        "bars",
                        format!("\"{id}\" repeats \"{first}\": name that one"),
                    );
                }
                select.insert(0, i);
                (f.unit, f.period, Some(i))
            }
            ChartValue::Derived(i) => {
                let d = &facts.derived[i as usize];
                // A derived bar quotes the stated amount it is computed from.
                let money = d
                    .inputs
                    .iter()
                    .copied()
                    .find(|&i| facts.figures[i as usize].unit == d.unit)
                    .or(d.inputs.first().copied());
                (d.unit, d.period, money)
            }
            ChartValue::Event(_) => unreachable!("`value` finds figures"),
        };
        if unit != Unit::Cny {
            c.err(
                label,
                "bars",
                format!("\"{id}\" is not an amount in yuan (unit = \"CNY\"): the bars are"),
            );
        }
        let year: u16 = period.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        if !facts.rates.iter().any(|r| r.year == year) {
            c.err(
                label,
                "bars",
                format!("\"{id}\": no rate for {year} in {RATES} to convert the bar at"),
            );
        }
        let Some(figure) = figure else {
            c.err(
                label,
                "bars",
                format!("\"{id}\" is computed from no stated figure"),
            );
            continue;
        };
        points.push(ChartPoint {
            value: v,
            figure: Some(figure),
            sentence: facts.figures[figure as usize].sentence,
            selected_by: with_repeats(facts.figures, &select),
        });
    }
    (leak_list(points), annotation(c, label, r, facts))
}

/// The growth rate written above the bars: `cagr` or `growth`, a percent figure.
fn annotation(c: &mut Check, label: &str, r: &RawChart, facts: &Facts) -> Option<Annotation> {
    let (field, id, kind) = match (&r.cagr, &r.growth) {
        (Some(_), Some(_)) => {
            c.err(label, "growth", "give `cagr` or `growth`, not both");
            return None;
        }
        (Some(id), None) => ("cagr", id, GrowthKind::Cagr),
        (None, Some(id)) => ("growth", id, GrowthKind::YearOnYear),
        (None, None) => return None,
    };
    let v = value(c, label, field, id, facts)?;
    let (unit, period) = match v {
        ChartValue::Figure(i) => (
            facts.figures[i as usize].unit,
            facts.figures[i as usize].period,
        ),
        ChartValue::Derived(i) => (
            facts.derived[i as usize].unit,
            facts.derived[i as usize].period,
        ),
        ChartValue::Event(_) => unreachable!("`value` finds figures"),
    };
    if unit != Unit::Percent {
        c.err(label, field, format!("\"{id}\" is not a percent figure"));
    }
    let (mut from, mut to) = (0, 0);
    if kind == GrowthKind::Cagr {
        // The first and last year of the period: "2017–2022".
        let years: Vec<u16> = period
            .split(|ch: char| !ch.is_ascii_digit())
            .filter(|y| y.len() == 4)
            .filter_map(|y| y.parse().ok())
            .collect();
        match (years.first(), years.last()) {
            (Some(&a), Some(&b)) if a < b => (from, to) = (a, b),
            _ => c.err(
                label,
                field,
                format!("\"{id}\"'s period \"{period}\" names no first and last year (2017–2022)"),
            ),
        }
    }
    Some(Annotation {
        kind,
        value: v,
        from,
        to,
    })
}

/// The timeline: one point per event, in the file's order, selected by the event's figures.
fn timeline(facts: &Facts) -> &'static [ChartPoint] {
    let points = facts.events.iter().enumerate().map(|(i, e)| {
        let figure = e.figures.first().copied();
        ChartPoint {
            value: ChartValue::Event(i as u32),
            figure,
            // The events loader requires a sentence.
            sentence: figure.map_or(e.sentences.first().copied().unwrap_or(0), |f| {
                facts.figures[f as usize].sentence
            }),
            selected_by: with_repeats(facts.figures, e.figures),
        }
    });
    leak_list(points.collect())
}

/// The key figures: one tile per stated figure.
fn tiles(
    c: &mut Check,
    label: &str,
    ids: Option<&[String]>,
    facts: &Facts,
) -> &'static [ChartPoint] {
    let ids = ids.unwrap_or_default();
    if ids.is_empty() {
        c.err(
            label,
            "tiles",
            "missing: the key figures need at least one tile",
        );
    }
    let mut points = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        if ids[..n].contains(id) {
            c.err(label, "tiles", format!("\"{id}\" is listed twice"));
            continue;
        }
        if let Some(i) = stated(c, label, "tiles", id, facts) {
            points.push(ChartPoint {
                value: ChartValue::Figure(i),
                figure: Some(i),
                sentence: facts.figures[i as usize].sentence,
                selected_by: with_repeats(facts.figures, &[i]),
            });
        }
    }
    leak_list(points)
}
