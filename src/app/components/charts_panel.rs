//! The charts: trade by year, first halves, the 2023 timeline (plotters on canvas) and the key
//! figures. Every point has a tooltip (value, unit, period, stated or derived with its formula,
//! source sentence), is reachable by arrow keys, and links to its sentence; each chart has a
//! data table and PNG/SVG/CSV downloads.

use crate::app::browser;
use crate::app::canvas::{export_png, ChartCanvas, DrawFn, Layout};
use crate::app::components::article_view::sentence_dom_id;
use crate::app::components::term_card::open_at;
use crate::app::state::{use_app, AppState};
use crate::charts::{self, BarChart, Timeline};
use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::export;
use crate::core::format::{self, Currency};
use crate::core::i18n::{Lang, K};
use crate::core::url_state::ChartId;
use leptos::prelude::*;
use plotters::prelude::*;
use std::sync::Arc;

/// What a chart point stands for: a stated figure or a derived one, or an event.
#[derive(Clone, Debug, PartialEq)]
struct PointInfo {
    label: String,
    value: String,
    derived: Option<&'static str>,
    sentence: u32,
    /// Byte range of the figure in its sentence, to show it in context.
    span: Option<(u32, u32)>,
    figure: Option<u32>,
}

/// What the tooltip shows for the active point.
#[derive(Clone, Debug, PartialEq)]
struct Tip {
    x: f64,
    y: f64,
    left: bool,
    label: String,
    value: String,
    kind: &'static str,
    formula: Option<String>,
    before: String,
    span: String,
    after: String,
}

/// The sentence around a span: (…before, span, after…), each side cut to `radius` characters.
fn excerpt(sentence: u32, span: Option<(u32, u32)>, radius: usize) -> (String, String, String) {
    let text = DATASET.article.sentences[sentence as usize].text;
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

fn figure_point(label: String, value: String, derived: Option<&'static str>, fi: u32) -> PointInfo {
    let f = &DATASET.figures[fi as usize];
    PointInfo {
        label,
        value,
        derived,
        sentence: f.sentence,
        span: Some((f.start, f.end)),
        figure: Some(fi),
    }
}

fn bar_info(b: &charts::Bar) -> PointInfo {
    match DATASET.figure_index(b.id) {
        Some(fi) => figure_point(b.label.clone(), b.value_text.clone(), None, fi as u32),
        None => {
            // A derived bar points at the stated money figure it is computed from.
            let d = DATASET
                .derived_value(b.id)
                .expect("bars are stated or derived figures");
            let money = d
                .inputs
                .iter()
                .copied()
                .find(|&i| DATASET.figures[i as usize].unit == d.unit)
                .unwrap_or(d.inputs[0]);
            figure_point(
                b.label.clone(),
                b.value_text.clone(),
                Some(d.formula),
                money,
            )
        }
    }
}

fn points(chart: ChartId, cur: Currency, lang: Lang) -> Vec<PointInfo> {
    match chart {
        ChartId::Trade => charts::trade_bars(&DATASET, cur, lang)
            .bars
            .iter()
            .map(bar_info)
            .collect(),
        ChartId::Half => charts::half_bars(&DATASET, cur, lang)
            .bars
            .iter()
            .map(bar_info)
            .collect(),
        ChartId::Timeline => DATASET
            .events
            .iter()
            .zip(charts::timeline(&DATASET, lang).items)
            .map(|(e, it)| match e.figures.first() {
                Some(&fi) => figure_point(it.title, it.when, None, fi),
                None => PointInfo {
                    label: it.title,
                    value: it.when,
                    derived: None,
                    sentence: e.sentences[0],
                    span: None,
                    figure: None,
                },
            })
            .collect(),
        ChartId::Key => Vec::new(),
    }
}

pub fn chart_title(c: ChartId) -> K {
    match c {
        ChartId::Trade => K::ChartTrade,
        ChartId::Half => K::ChartHalf,
        ChartId::Timeline => K::ChartTimeline,
        ChartId::Key => K::ChartKeyFigures,
    }
}

/// Go to a point's sentence and highlight its figure there; where there is no article (a
/// chart-only embed), open the figure's card, which shows the sentence.
fn go_to_point(st: AppState, p: &PointInfo) {
    if !st.embed.get_value().shows_article() {
        if let Some(fi) = p.figure {
            open_at(st, Target::Figure(fi), None);
        }
        return;
    }
    let s = DATASET.article.sentences[p.sentence as usize].id;
    st.sentence.set(Some(s));
    st.highlight_figure.set(p.figure);
    browser::scroll_to_id(&sentence_dom_id(s));
}

enum Spec {
    Bars(BarChart),
    Timeline(Timeline),
}

fn spec(chart: ChartId, cur: Currency, lang: Lang) -> Spec {
    match chart {
        ChartId::Trade => Spec::Bars(charts::trade_bars(&DATASET, cur, lang)),
        ChartId::Half => Spec::Bars(charts::half_bars(&DATASET, cur, lang)),
        _ => Spec::Timeline(charts::timeline(&DATASET, lang)),
    }
}

fn draw_fn(chart: ChartId, cur: Currency, lang: Lang, dark: bool) -> DrawFn {
    let pal = charts::palette(dark);
    let sp = Arc::new(spec(chart, cur, lang));
    Arc::new(move |area, scale| match sp.as_ref() {
        Spec::Bars(b) => charts::draw_bars(area, b, &pal, scale)
            .ok()
            .map(Layout::Bars),
        Spec::Timeline(t) => charts::draw_timeline(area, t, &pal, scale)
            .ok()
            .map(Layout::Timeline),
    })
}

fn svg_of(chart: ChartId, cur: Currency, lang: Lang, dark: bool, w: u32, h: u32) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        let pal = charts::palette(dark);
        let _ = match spec(chart, cur, lang) {
            Spec::Bars(b) => charts::draw_bars(&area, &b, &pal, 1.0).map(|_| ()),
            Spec::Timeline(t) => charts::draw_timeline(&area, &t, &pal, 1.0).map(|_| ()),
        };
        let _ = area.present();
    }
    out
}

/// One canvas chart with its tooltip, keyboard handling, table and downloads.
#[component]
fn CanvasChart(chart: ChartId, height: f64) -> impl IntoView {
    let st = use_app();
    let dark = use_context::<Memo<bool>>().expect("the resolved theme is provided");
    let draw = Signal::derive(move || draw_fn(chart, st.currency.get(), st.lang.get(), dark.get()));
    let palette = Signal::derive(move || charts::palette(dark.get()));
    let hovered = RwSignal::new(None::<usize>);
    let layout = RwSignal::new(None::<(Layout, f64)>);
    let selected = Signal::derive(move || {
        (st.chart.get() == Some(chart))
            .then(|| st.point.get())
            .flatten()
            .map(|p| p as usize)
    });
    let pts = Memo::new(move |_| points(chart, st.currency.get(), st.lang.get()));
    let (table_open, set_table_open) = signal(false);
    let select = move |i: usize| {
        st.chart.set(Some(chart));
        st.point.set(Some(i as u32));
    };
    let on_pick = Callback::new(move |i: usize| {
        select(i);
        if let Some(p) = pts.get_untracked().get(i) {
            go_to_point(st, p);
        }
    });
    let active = move || hovered.get().or(selected.get());
    // The tooltip is one persistent element (a live region that exists before it speaks) whose
    // text and position are updated in place when the active point changes.
    let tip = Memo::new(move |_| -> Option<Tip> {
        let i = active()?;
        let p = pts.with(|v| v.get(i).cloned())?;
        let (rect, width, scale) = layout.with(|l| {
            l.as_ref()
                .and_then(|(lay, s)| Some((lay.rect(i)?, lay.width(), *s)))
        })?;
        let (l, t, r, b) = rect;
        let (l, t, r, b) = (
            l as f64 / scale,
            t as f64 / scale,
            r as f64 / scale,
            b as f64 / scale,
        );
        let frame = width as f64 / scale;
        // The tooltip's widest (CSS max-width: min(260px, 70vw)).
        let (vw, _) = browser::viewport();
        let w = 260f64.min(vw * 0.7);
        // Beside the point where it fits (right, then left), else below it, kept inside the frame.
        let (x, y, left) = if r + 8.0 + w <= frame {
            (r + 8.0, (t - 24.0).max(4.0), false)
        } else if l - 8.0 - w >= 0.0 {
            (l - 8.0, (t - 24.0).max(4.0), true)
        } else {
            (
                ((l + r) / 2.0 - w / 2.0).clamp(0.0, (frame - w).max(0.0)),
                b + 8.0,
                false,
            )
        };
        let lang = st.lang.get();
        let (before, span, after) = excerpt(p.sentence, p.span, 36);
        Some(Tip {
            x,
            y,
            left,
            label: p.label,
            value: p.value,
            kind: if p.derived.is_some() {
                K::DerivedLabel.get(lang)
            } else {
                K::Stated.get(lang)
            },
            formula: p.derived.map(|f| format!("{}: {f}", K::Formula.get(lang))),
            before,
            span,
            after,
        })
    });
    let field =
        move |f: fn(&Tip) -> String| move || tip.with(|t| t.as_ref().map(f).unwrap_or_default());
    let tooltip = view! {
        <div class="chart-tip" role="status" hidden=move || tip.with(Option::is_none)
            style:left=field(|t| format!("{:.0}px", t.x)) style:top=field(|t| format!("{:.0}px", t.y))
            class:left=move || tip.with(|t| t.as_ref().is_some_and(|t| t.left))>
            <p class="tip-label">{field(|t| t.label.clone())}</p>
            <p class="tip-value">{field(|t| t.value.clone())}</p>
            <p class="tip-kind">{field(|t| t.kind.to_string())}</p>
            <p class="tip-formula" hidden=move || tip.with(|t| t.as_ref().is_none_or(|t| t.formula.is_none()))>
                {field(|t| t.formula.clone().unwrap_or_default())}</p>
            <p class="tip-sentence" lang="ko">{field(|t| t.before.clone())}<strong>{field(|t| t.span.clone())}</strong>{field(|t| t.after.clone())}</p>
        </div>
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = pts.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let cur = selected.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => Some(cur.map_or(0, |c| (c + 1) % n)),
            "ArrowLeft" | "ArrowUp" => Some(cur.map_or(n - 1, |c| (c + n - 1) % n)),
            "Home" => Some(0),
            "End" => Some(n - 1),
            "Enter" | " " => {
                if let Some(p) = cur.and_then(|c| pts.with_untracked(|v| v.get(c).cloned())) {
                    go_to_point(st, &p);
                }
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(i) = next {
            select(i);
        }
    };
    let title_id = format!("chart-{}-title", chart.code());
    let labelled_by = title_id.clone();
    let aria = move || {
        let lang = st.lang.get();
        let title = chart_title(chart).get(lang);
        match spec(chart, st.currency.get(), lang) {
            Spec::Bars(b) => charts::describe_bars(&b, title),
            Spec::Timeline(t) => charts::describe_timeline(&t, title),
        }
    };
    let table = move || {
        let lang = st.lang.get();
        let rows = pts
            .get()
            .into_iter()
            .map(|p| {
                let s = DATASET.article.sentences[p.sentence as usize].id;
                let place = describe::sentence_place(&DATASET, p.sentence, lang);
                let linked = st.embed.get_value().shows_article();
                view! {
                    <tr>
                        <th scope="row">{p.label}</th>
                        <td>{p.value}</td>
                        <td>{if p.derived.is_some() { K::DerivedLabel.get(lang) } else { K::Stated.get(lang) }}
                            {p.derived.map(|f| view! { <br/><small>{f}</small> })}</td>
                        <td>{if linked {
                            view! { <a href=format!("#{}", sentence_dom_id(s))>{place}</a> }.into_any()
                        } else {
                            place.into_any()
                        }}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table">
                <caption>{chart_title(chart).get(lang)}</caption>
                <thead><tr>
                    <th scope="col">{K::Period.get(lang)}</th>
                    <th scope="col">{K::Value.get(lang)}</th>
                    <th scope="col">{K::Kind.get(lang)}</th>
                    <th scope="col">{K::SourceSentence.get(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    let file = move |ext: &str| {
        format!(
            "longjiang-{}-{}.{ext}",
            chart.code(),
            st.currency.get_untracked().code()
        )
    };
    view! {
        <figure class="chart" id=format!("chart-{}", chart.code()) aria-labelledby=labelled_by>
            <figcaption id=title_id class="chart-title">{move || st.t(chart_title(chart))}</figcaption>
            <div class="chart-frame" tabindex="0" role="img" aria-label=aria on:keydown=on_key
                aria-describedby="chart-keys-hint">
                <ChartCanvas draw=draw palette=palette selected=selected hovered=hovered layout=layout
                    on_pick=on_pick height=height/>
                {tooltip}
            </div>
            <div class="chart-tools">
                <button type="button" class="btn" aria-expanded=move || table_open.get().to_string()
                    on:click=move |_| set_table_open.update(|o| *o = !*o)>
                    {move || st.t(if table_open.get() { K::HideTable } else { K::ShowTable })}</button>
                <button type="button" class="btn" data-export="png" on:click=move |_| {
                    let w = document().get_element_by_id(&format!("chart-{}", chart.code())).map_or(640.0, |e| e.client_width() as f64).max(320.0);
                    export_png(draw_fn(chart, st.currency.get_untracked(), st.lang.get_untracked(), dark.get_untracked()), w, height, 2.0, file("png"));
                }>{move || st.t(K::DownloadPng)}</button>
                <button type="button" class="btn" data-export="svg" on:click=move |_| {
                    let svg = svg_of(chart, st.currency.get_untracked(), st.lang.get_untracked(), dark.get_untracked(), 720, height as u32);
                    browser::download(&file("svg"), "image/svg+xml", svg.as_bytes());
                }>{move || st.t(K::DownloadSvg)}</button>
            </div>
            <Show when=move || table_open.get()>{table}</Show>
        </figure>
    }
}

/// The key figures as tiles, each linked to its sentence.
#[component]
fn KeyFigures() -> impl IntoView {
    let st = use_app();
    let tiles = charts::KEY_FIGURES
        .iter()
        .enumerate()
        .filter_map(|(k, id)| {
            let fi = DATASET.figure_index(id)?;
            let f = &DATASET.figures[fi];
            let s = &DATASET.article.sentences[f.sentence as usize];
            // "+" for "over", the language's "about" word for "about": from the figure's bound.
            let value = move || format::stated(f, st.lang.get());
            let label = move || match st.lang.get() {
                Lang::Ko => f.label_ko,
                Lang::Zh => f.label_zh,
                Lang::En => f.label_en,
            };
            let selected = move || st.chart.get() == Some(ChartId::Key) && st.point.get() == Some(k as u32);
            Some(view! {
                <li>
                    <button type="button" class="key-tile" class:selected=selected data-figure=f.id
                        on:click=move |_| {
                            st.chart.set(Some(ChartId::Key));
                            st.point.set(Some(k as u32));
                            if !st.embed.get_value().shows_article() {
                                open_at(st, Target::Figure(fi as u32), None);
                                return;
                            }
                            st.sentence.set(Some(s.id));
                            st.highlight_figure.set(Some(fi as u32));
                            browser::scroll_to_id(&sentence_dom_id(s.id));
                        }>
                        <span class="key-value">{value}</span>
                        <span class="key-label">{label}</span>
                        <span class="key-source"><span lang="ko">"“" {&s.text[f.start as usize..f.end as usize]} "”"</span>
                            " — " {move || describe::sentence_place(&DATASET, f.sentence, st.lang.get())}</span>
                    </button>
                </li>
            })
        })
        .collect_view();
    view! {
        <section class="chart" id="chart-key" aria-labelledby="chart-key-title">
            <h3 id="chart-key-title" class="chart-title">{move || st.t(K::ChartKeyFigures)}</h3>
            <ul class="key-grid">{tiles}</ul>
        </section>
    }
}

/// The charts panel with the currency switch and figures CSV download.
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let st = use_app();
    let only = st.embed.get_value().view.and_then(|v| match v {
        crate::core::url_state::View::Chart(c) => Some(c),
        _ => None,
    });
    let show = move |c: ChartId| only.is_none_or(|o| o == c);
    // In a one-chart embed, no control that would do nothing there: the timeline and the key
    // figures do not change with the currency, the key figures have no arrow keys.
    let currency_matters = only.is_none_or(|o| o != ChartId::Timeline && o != ChartId::Key);
    let arrows = only != Some(ChartId::Key);
    let hint = if st.embed.get_value().shows_article() {
        K::ChartKeysHint
    } else {
        K::ChartKeysHintCard
    };
    view! {
        <section class="panel charts-panel" aria-labelledby="charts-heading">
            <h2 id="charts-heading" class="panel-title">{move || st.t(K::PanelCharts)}</h2>
            {currency_matters.then(|| view! {
            <fieldset class="segmented currency-switch" id="currency-switch">
                <legend>{move || st.t(K::Currency)}</legend>
                {Currency::ALL.into_iter().map(|c| view! {
                    <label class="segment" class:on=move || st.currency.get() == c>
                        <input type="radio" name="currency" value=c.code()
                            prop:checked=move || st.currency.get() == c
                            on:change=move |_| st.currency.set(c)/>
                        <span>{c.iso()}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            })}
            {(only != Some(ChartId::Timeline)).then(|| view! {
            <p class="money-explainer">{move || st.t(K::MoneyNote)}
                {move || (st.currency.get() != Currency::Cny).then(|| format!(" {}.", st.t(K::ApproxAtRate)))}</p>
            })}
            {arrows.then(|| view! { <p id="chart-keys-hint" class="muted small">{move || st.t(hint)}</p> })}
            {show(ChartId::Trade).then(|| view! { <CanvasChart chart=ChartId::Trade height=300.0/> })}
            {show(ChartId::Half).then(|| view! { <CanvasChart chart=ChartId::Half height=260.0/> })}
            {show(ChartId::Timeline).then(|| view! { <CanvasChart chart=ChartId::Timeline height=250.0/> })}
            {show(ChartId::Key).then(|| view! { <KeyFigures/> })}
            <div class="downloads">
                <button type="button" class="btn" id="download-figures-csv" on:click=move |_| {
                    browser::download("longjiang-figures.csv", "text/csv;charset=utf-8", export::figures_csv(&DATASET).as_bytes())
                }>{move || st.t(K::DownloadFiguresCsv)}</button>
            </div>
        </section>
    }
}

/// Which chart point a figure mark in the text corresponds to (for "highlight the bar").
pub fn chart_point_for(target: Target) -> Option<(ChartId, u32)> {
    let Target::Figure(i) = target else {
        return None;
    };
    let id = DATASET.figures[i as usize].id;
    ChartId::ALL
        .into_iter()
        .find_map(|c| charts::point_of_figure(&DATASET, c, id).map(|p| (c, p)))
}
