//! `data/figures.toml`: every number the article states, placed on its sentence and checked
//! against its own text (the span is read by `knum.rs`), repeated statements (`same_as`) against
//! each other, and durations against the events they count (`check_event_lengths`, once the
//! events are loaded).

use super::super::knum::{digit_runs, parse_korean_number};
use super::super::model::*;
use super::super::raw::*;
use super::article::LoadedArticle;
use super::check::{given, leak, parse_date, to_text, Check};
use super::{DataError, ARTICLE, EVENTS, FIGURES};

/// What is checked once the other files are loaded: the entry label and its `checks_event`.
pub(super) struct FigureRefs {
    pub label: String,
    pub checks_event: Option<String>,
}

pub(super) fn load(
    text: &str,
    article: &LoadedArticle,
    errors: &mut Vec<DataError>,
) -> (Vec<Figure>, Vec<FigureRefs>) {
    let mut figures: Vec<Figure> = Vec::new();
    let mut refs: Vec<FigureRefs> = Vec::new();
    let mut same_as: Vec<Option<String>> = Vec::new();
    let mut c = Check {
        file: FIGURES,
        errors,
    };
    let raws: Vec<(String, RawFigure)> = c.entries(text, "figure");
    c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
    for (label, f) in raws {
        let kind = f.kind;
        let Some(si) = article.sentence(&f.sentence) else {
            if article.ok {
                c.err(
                    &label,
                    "sentence",
                    format!("no sentence with id \"{}\" in {ARTICLE}", f.sentence),
                );
            }
            continue;
        };
        let text = article.sentences[si as usize].text;
        let nth = f.nth.unwrap_or(1).max(1) as usize;
        let Some((start, _)) = text.match_indices(f.span.as_str()).nth(nth - 1) else {
            c.err(
                &label,
                "span",
                format!(
                    "\"{}\" is not found (occurrence {nth}) in sentence \"{}\": {text}",
                    f.span, f.sentence
                ),
            );
            continue;
        };
        let unit = match f.unit {
            Some(u) => u,
            None if kind == FigureKind::Date => Unit::None,
            None => {
                c.err(&label, "unit", "is required for numeric figures");
                Unit::None
            }
        };
        let (mut date, mut date_end) = (None, None);
        let mut value = 0.0;
        if kind == FigureKind::Date {
            date = f.date.as_deref().and_then(parse_date);
            date_end = f.date_end.as_deref().and_then(parse_date);
            check_date_span(&mut c, &label, &f, date, date_end);
        } else {
            match (f.value, parse_korean_number(&f.span)) {
                (None, _) => c.err(&label, "value", "is required for numeric figures"),
                (Some(_), None) => c.err(
                    &label,
                    "span",
                    format!("\"{}\" does not start with a number", f.span),
                ),
                (Some(v), Some(p)) if (v - p).abs() > 1e-9 * v.abs().max(1.0) => c.err(
                    &label,
                    "value",
                    format!("is {v}, but the span \"{}\" says {p}", f.span),
                ),
                (Some(v), Some(_)) => value = v,
            }
        }
        c.non_empty(&label, "period", &f.period);
        c.three_langs(
            &label,
            "label",
            given(&f.label_ko, &f.label_zh, &f.label_en),
            true,
        );
        same_as.push(f.same_as.clone());
        refs.push(FigureRefs {
            label,
            checks_event: f.checks_event.clone(),
        });
        figures.push(Figure {
            id: leak(f.id),
            kind,
            value,
            bound: f.bound,
            unit,
            period: leak(f.period),
            date,
            date_end,
            sentence: si,
            start: start as u32,
            end: (start + f.span.len()) as u32,
            same_as: None,
            label: Tri::new(f.label_ko, f.label_zh, f.label_en).map(to_text),
        });
    }
    resolve_same_as(&mut c, &mut figures, &refs, &same_as);
    for f in &figures {
        if figures
            .iter()
            .filter(|g| g.sentence == f.sentence && g.start < f.end && f.start < g.end)
            .count()
            > 1
        {
            c.err(
                &format!("[[figure]] \"{}\"", f.id),
                "span",
                "overlaps another figure's span in the same sentence",
            );
        }
    }
    (figures, refs)
}

/// A date figure: dates well formed and in order, and every number written in the span a part
/// of them.
fn check_date_span(
    c: &mut Check,
    label: &str,
    f: &RawFigure,
    date: Option<Date>,
    date_end: Option<Date>,
) {
    if date.is_none() {
        c.err(
            label,
            "date",
            "a date figure needs `date` as YYYY, YYYY-MM or YYYY-MM-DD",
        );
    }
    if f.date_end.is_some() && date_end.is_none() {
        c.err(label, "date_end", "must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if let (Some(a), Some(b)) = (date, date_end) {
        if b < a {
            c.err(label, "date_end", "is before `date`");
        }
    }
    let mut parts = Vec::new();
    for d in [date, date_end].into_iter().flatten() {
        parts.extend([d.year as u32, d.month as u32, d.day as u32]);
    }
    for n in digit_runs(&f.span) {
        if !parts.contains(&n) {
            c.err(
                label,
                "span",
                format!(
                    "the span says {n}, which is not in the dates {:?}–{:?}",
                    f.date, f.date_end
                ),
            );
        }
    }
}

/// `same_as`: the repeated statement must agree with the first one.
fn resolve_same_as(
    c: &mut Check,
    figures: &mut [Figure],
    refs: &[FigureRefs],
    same_as: &[Option<String>],
) {
    for i in 0..figures.len() {
        let label = &refs[i].label;
        if let Some(other) = &same_as[i] {
            match figures.iter().position(|f| f.id == other) {
                None => c.err(label, "same_as", format!("no figure with id \"{other}\"")),
                Some(j) if j == i => c.err(label, "same_as", "names the figure itself"),
                Some(j) => {
                    let (a, b) = (figures[i], figures[j]);
                    if a.value != b.value
                        || a.unit != b.unit
                        || a.date != b.date
                        || a.date_end != b.date_end
                        || a.period != b.period
                    {
                        c.err(
                            label,
                            "same_as",
                            format!(
                                "repeats \"{other}\" but disagrees with it ({} {} {:?} vs {} {} {:?})",
                                a.value, a.period, a.date, b.value, b.period, b.date
                            ),
                        );
                    }
                    figures[i].same_as = Some(j as u32);
                }
            }
        }
    }
}

/// A duration that counts an event's days (`checks_event`) must agree with the event's dates.
pub(super) fn check_event_lengths(
    figures: &[Figure],
    refs: &[FigureRefs],
    events: &[Event],
    errors: &mut Vec<DataError>,
) {
    let mut c = Check {
        file: FIGURES,
        errors,
    };
    for (f, r) in figures.iter().zip(refs) {
        let Some(ev) = &r.checks_event else { continue };
        match events.iter().find(|e| e.id == ev) {
            None => c.err(
                &r.label,
                "checks_event",
                format!("no event with id \"{ev}\" in {EVENTS}"),
            ),
            Some(e) => {
                let days = e.end.map_or(1, |end| end.ordinal() - e.start.ordinal() + 1);
                if f.unit != Unit::Days || f.value != days as f64 {
                    c.err(
                        &r.label,
                        "value",
                        format!(
                            "says {} {}, but event \"{ev}\" runs {days} days ({}–{:?})",
                            f.value,
                            f.unit.key(),
                            e.start,
                            e.end.map(|d| d.to_string())
                        ),
                    );
                }
            }
        }
    }
}
