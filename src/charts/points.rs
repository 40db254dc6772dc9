//! What a chart's points are, apart from how they are drawn: which figure and sentence each point
//! stands for (point ↔ figure ↔ sentence), what its tooltip says, where the arrow keys move the
//! selection, and which chart point shows a figure of the text. Both directions of point ↔ figure
//! read one table, the chart's definition (`data/charts.toml` → `model::ChartPoint`: its
//! `figure` one way, `selected_by` the other). Pure (no browser crate): the app's charts panel
//! only calls these, and `tests/charts.rs` checks them on the host.

use super::{chart_def, spec, Bar, Spec};
use crate::core::dataset::model::{ChartKind, ChartPoint, ChartValue, Dataset};
use crate::core::format::Currency;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::ChartId;

/// The interface string naming a chart (its title).
pub fn title(c: ChartId) -> K {
    match c {
        ChartId::Trade => K::ChartTrade,
        ChartId::Half => K::ChartHalf,
        ChartId::Timeline => K::ChartTimeline,
        ChartId::Key => K::ChartKeyFigures,
    }
}

/// What a chart point stands for: a stated figure or a derived one, or an event.
#[derive(Clone, Debug, PartialEq)]
pub struct PointInfo {
    pub label: String,
    pub value: String,
    /// Stated, derived, or converted from one of those.
    pub kind: String,
    pub converted_from: Option<String>,
    /// The formula of a derived value.
    pub derived: Option<&'static str>,
    /// The sentence (index) the point comes from.
    pub sentence: u32,
    /// Byte range of the figure in its sentence, to show it in context.
    pub span: Option<(u32, u32)>,
    /// The figure (index) the point shows, if any (an event may state none).
    pub figure: Option<u32>,
}

/// The point `p` of a chart's definition, with its label, value and kind as drawn.
fn point_info(
    ds: &Dataset,
    p: &ChartPoint,
    label: String,
    value: String,
    kind: String,
) -> PointInfo {
    let span = p.figure.map(|fi| {
        let f = &ds.figures[fi as usize];
        (f.start, f.end)
    });
    PointInfo {
        label,
        value,
        kind,
        converted_from: None,
        derived: match p.value {
            ChartValue::Derived(d) => Some(ds.derived[d as usize].formula),
            _ => None,
        },
        sentence: p.sentence,
        span,
        figure: p.figure,
    }
}

fn bar_info(ds: &Dataset, b: &Bar, p: &ChartPoint) -> PointInfo {
    PointInfo {
        converted_from: b.converted_from.clone(),
        ..point_info(ds, p, b.label.clone(), b.value_text.clone(), b.kind.clone())
    }
}

/// The points of a canvas chart, in point order (the key figures are tiles: none here).
pub fn points(ds: &Dataset, chart: ChartId, cur: Currency, lang: Lang) -> Vec<PointInfo> {
    let def = chart_def(ds, chart);
    if def.kind == ChartKind::Tiles {
        return Vec::new();
    }
    match spec(ds, chart, cur, lang) {
        Spec::Bars(c) => c
            .bars
            .iter()
            .zip(def.points)
            .map(|(b, p)| bar_info(ds, b, p))
            .collect(),
        Spec::Timeline(t) => t
            .items
            .into_iter()
            .zip(def.points)
            .map(|(it, p)| point_info(ds, p, it.title, it.when, K::Stated.get(lang).into()))
            .collect(),
    }
}

/// The key-figure tiles: (point index, figure index), in display order (`data/charts.toml`'s
/// `key`). A point index is the tile's place there (what `pt=` says in the URL).
pub fn key_figures(ds: &Dataset) -> Vec<(u32, u32)> {
    chart_def(ds, ChartId::Key)
        .points
        .iter()
        .enumerate()
        .filter_map(|(k, p)| Some((k as u32, p.figure?)))
        .collect()
}

/// Which point of `chart` shows the stated figure `figure_id` (a repeated statement maps to the
/// first one; a growth rate maps to the bar it describes).
pub fn point_of_figure(ds: &Dataset, chart: ChartId, figure_id: &str) -> Option<u32> {
    point_of_figure_at(ds, chart, ds.figure_index(figure_id)?)
}

/// [`point_of_figure`] for the figure at index `fi` of `ds.figures`: the first point of the
/// chart's definition that the figure selects.
pub fn point_of_figure_at(ds: &Dataset, chart: ChartId, fi: usize) -> Option<u32> {
    chart_def(ds, chart)
        .points
        .iter()
        .position(|p| p.selected_by.contains(&(fi as u32)))
        .map(|p| p as u32)
}

/// The chart point that shows figure `fi` of the text, the first chart having it (trade, first
/// halves, timeline, key figures).
pub fn chart_point_of_figure(ds: &Dataset, fi: u32) -> Option<(ChartId, u32)> {
    ChartId::ALL
        .into_iter()
        .find_map(|c| point_of_figure_at(ds, c, fi as usize).map(|p| (c, p)))
}

/// What the arrow keys and Enter do on a chart of `n` points with point `current` selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMove {
    /// Select this point.
    Select(usize),
    /// Go to the selected point's sentence (Enter, Space).
    Follow,
}

/// The key's effect on a chart, `None` when the chart ignores it (or has no points). Right and
/// Down step forward, Left and Up back (both wrap; from no selection, to the first or last),
/// Home and End to the ends.
pub fn key_move(key: &str, current: Option<usize>, n: usize) -> Option<KeyMove> {
    if n == 0 {
        return None;
    }
    Some(match key {
        "ArrowRight" | "ArrowDown" => KeyMove::Select(current.map_or(0, |c| (c + 1) % n)),
        "ArrowLeft" | "ArrowUp" => KeyMove::Select(current.map_or(n - 1, |c| (c + n - 1) % n)),
        "Home" => KeyMove::Select(0),
        "End" => KeyMove::Select(n - 1),
        "Enter" | " " => KeyMove::Follow,
        _ => return None,
    })
}

/// The point the tooltip is about: the one under the pointer, else the selected one.
pub fn active_point(hovered: Option<usize>, selected: Option<usize>) -> Option<usize> {
    hovered.or(selected)
}

/// A chart narrower than this (CSS pixels) gets the shorter excerpt in its tooltip.
pub const NARROW_CHART: f64 = 420.0;

/// What the tooltip shows for a point.
#[derive(Clone, Debug, PartialEq)]
pub struct Tip {
    pub label: String,
    pub value: String,
    pub kind: String,
    pub converted_from: Option<String>,
    /// "Formula: …" for a derived value.
    pub formula: Option<String>,
    /// The source sentence around the figure: before, the figure itself, after.
    pub before: String,
    pub span: String,
    pub after: String,
}

/// What the data table's kind cell says of point `p`, line by line: what the value is, starting
/// a cell ("Stated", "Derived", "Given in the article (yuan), converted"); for a converted value
/// what it was in yuan ("Derived: CNY 2.347 billion; …" for a derived one, never "Stated"); and a
/// derived value's formula.
pub fn table_kind(p: &PointInfo) -> Vec<String> {
    let mut c = p.kind.chars();
    let first = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    std::iter::once(first)
        .chain(p.converted_from.clone())
        .chain(p.derived.map(str::to_string))
        .collect()
}

/// The tooltip for point `p` on a chart `chart_width` CSS pixels wide (unknown: not narrow).
pub fn tip(ds: &Dataset, p: &PointInfo, lang: Lang, chart_width: Option<f64>) -> Tip {
    let narrow = chart_width.is_some_and(|w| w < NARROW_CHART);
    let text = ds.article.sentences[p.sentence as usize].text.as_str();
    let (before, span, after) = excerpt(text, p.span, if narrow { 22 } else { 36 });
    Tip {
        label: p.label.clone(),
        value: p.value.clone(),
        kind: p.kind.clone(),
        converted_from: p.converted_from.clone(),
        formula: p
            .derived
            .map(|f| format!("{}{}{f}", K::Formula.get(lang), lang.colon())),
        before,
        span,
        after,
    }
}

/// `text` around the byte range `span`: (…before, span, after…), each side cut to `radius`
/// characters (with an ellipsis where cut). No span: the start of the text.
pub fn excerpt(text: &str, span: Option<(u32, u32)>, radius: usize) -> (String, String, String) {
    let (a, b) = span.map_or((0, 0), |(a, b)| (a as usize, b as usize));
    let before: Vec<char> = text[..a].chars().collect();
    let after: Vec<char> = text[b..].chars().collect();
    let head = if before.len() > radius {
        format!(
            "…{}",
            before[before.len() - radius..].iter().collect::<String>()
        )
    } else {
        before.iter().collect()
    };
    let tail = if after.len() > radius {
        format!("{}…", after[..radius].iter().collect::<String>())
    } else {
        after.iter().collect()
    };
    (head, text[a..b].to_string(), tail)
}
