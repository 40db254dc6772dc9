//! The charts: trade by year, first halves, the 2023 timeline (plotters on canvas) and the key
//! figures. Every point has a tooltip (value, unit, period, stated, derived with its formula or
//! converted from its yuan amount, source sentence), is reachable by arrow keys, and links to its
//! sentence; the tooltip stays inside the chart (never over the buttons under it) and closes on
//! Escape or a click elsewhere. Each chart has a data table and PNG/SVG downloads that carry
//! title, unit, notes and source credit on a light background; the figures CSV follows the
//! interface language and currency.

use crate::app::actions::{follow_point, go_to_sentence, select_point};
use crate::app::browser;
use crate::app::canvas::{export_png, CanvasMeasure, ChartCanvas, DrawFn, Layout};
use crate::app::cite::cite_buttons;
use crate::app::dom_id;
use crate::app::state::use_app;
use crate::charts::points::{self, active_point, key_move, title as chart_title, KeyMove, Tip};
use crate::charts::{self, Drawing, Frame, Spec};
use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::export;
use crate::core::format::{self, Currency};
use crate::core::i18n::{Lang, K};
use crate::core::url_state::ChartId;
use leptos::prelude::*;
use std::sync::Arc;

fn spec(chart: ChartId, cur: Currency, lang: Lang) -> Spec {
    charts::spec(&DATASET, chart, cur, lang)
}

/// PNG pixels per CSS pixel; the SVG is drawn at the same scale in its view box.
const EXPORT_SCALE: f64 = 2.0;

/// The PNG sizes a producer can choose (issue #24): twice the chart's width on screen (sharp on
/// a phone, the default), once, or 1200 px wide whatever the screen (a CMS's or a social card's
/// width: laid out 600 px wide at 2×, so its text keeps its size against the chart).
const PNG_SIZES: [(&str, &str); 3] = [("2x", "2×"), ("1x", "1×"), ("1200", "1200 px")];

/// The layout width (CSS px), scale and file-name suffix of PNG size `code` for a chart `on_screen`
/// CSS pixels wide.
fn png_size(code: &str, on_screen: f64) -> (f64, f64, &'static str) {
    match code {
        "1x" => (on_screen, 1.0, "-1x"),
        "1200" => (600.0, 2.0, "-1200"),
        _ => (on_screen, EXPORT_SCALE, ""),
    }
}

/// The chart as the page shows it, in the theme's colours; title and notes are HTML around it.
fn on_screen(chart: ChartId, cur: Currency, lang: Lang, dark: bool) -> Drawing {
    Drawing {
        spec: spec(chart, cur, lang),
        frame: Frame::screen(),
        pal: charts::palette(dark),
    }
}

/// The chart as a file: the light palette whatever the theme, with its title, notes
/// (conversion, derived values) and the source credit.
fn for_file(chart: ChartId, cur: Currency, lang: Lang) -> Drawing {
    let spec = spec(chart, cur, lang);
    let notes = match &spec {
        Spec::Bars(b) => charts::bar_notes(&DATASET, b),
        Spec::Timeline(_) => Vec::new(),
    };
    let frame = Frame::export(&DATASET, chart_title(chart).get(lang), notes, lang);
    Drawing {
        spec,
        frame,
        pal: charts::LIGHT,
    }
}

/// Is the article beside the chart (side by side on a wide screen), not above it?
fn article_beside(chart: ChartId) -> bool {
    match (
        browser::rect_of(dom_id::ARTICLE),
        browser::rect_of(&dom_id::chart(chart)),
    ) {
        (Some(a), Some(c)) => a.right() <= c.left() + 1.0 || c.right() <= a.left() + 1.0,
        _ => true,
    }
}

/// The tooltip's text field by field, in the order of its text nodes (`TipDom::nodes`): label,
/// value, kind, converted from, formula, then the source sentence before the figure, the figure
/// and after it. All empty without a point; the converted amount and the formula empty where the
/// point has none (an empty line takes no room).
fn tip_texts(t: Option<&Tip>) -> [String; 8] {
    let Some(t) = t else {
        return Default::default();
    };
    [
        t.label.clone(),
        t.value.clone(),
        t.kind.clone(),
        t.converted_from.clone().unwrap_or_default(),
        t.formula.clone().unwrap_or_default(),
        t.before.clone(),
        t.span.clone(),
        t.after.clone(),
    ]
}

/// The tooltip as the page holds it, kept between updates (issue #19: a hover rebuilt its text
/// through a reactive binding per field, then measured it a frame later and moved it again). A
/// change writes only what differs, each field into the one text node it has (never a new node
/// or an element shown or hidden, which would rebuild that part of the layout tree), then
/// measures the tooltip once and places it.
struct TipDom {
    el: web_sys::HtmlElement,
    style: web_sys::CssStyleDeclaration,
    /// One per field of `tip_texts`.
    nodes: [web_sys::Node; 8],
    texts: [String; 8],
    shown: bool,
    /// The last rendered size (CSS pixels) and placement written.
    size: Option<(f64, f64)>,
    transform: Option<String>,
}

impl TipDom {
    /// Over the tooltip `el`, its five line elements and the sentence's `<strong>` (the figure):
    /// their text nodes are made here where missing. `el` starts hidden.
    fn new(
        el: web_sys::HtmlElement,
        lines: [web_sys::HtmlElement; 5],
        span: web_sys::HtmlElement,
    ) -> Option<TipDom> {
        let [a, b, c, d, e] = &lines;
        let nodes = [
            text_node(a, Text::Inside)?,
            text_node(b, Text::Inside)?,
            text_node(c, Text::Inside)?,
            text_node(d, Text::Inside)?,
            text_node(e, Text::Inside)?,
            text_node(&span, Text::Before)?,
            text_node(&span, Text::Inside)?,
            text_node(&span, Text::After)?,
        ];
        for n in &nodes {
            n.set_node_value(Some(""));
        }
        Some(TipDom {
            // (`HtmlElement::style`: Leptos's `ElementExt` has a `style` too.)
            style: web_sys::HtmlElement::style(&el),
            el,
            nodes,
            texts: Default::default(),
            shown: false,
            size: None,
            transform: None,
        })
    }

    /// Shows `texts` (shown or not), and where shown beside `point` (its rectangle, and the
    /// chart's size, in CSS pixels): beside the point, else above or below it, always inside the
    /// chart (never over the buttons under it), by its rendered size.
    fn update(&mut self, texts: [String; 8], show: bool, point: Option<Placing>) {
        for (i, now) in texts.into_iter().enumerate() {
            if self.texts[i] != now {
                self.nodes[i].set_node_value(Some(&now));
                self.texts[i] = now;
            }
        }
        if self.shown != show {
            self.el.set_hidden(!show);
            self.shown = show;
        }
        if !show {
            return;
        }
        let Some((rect, (fw, fh))) = point else {
            if self.transform.take().is_some() {
                let _ = self.style.remove_property("transform");
            }
            return;
        };
        // Fractional size (offsetHeight rounds), rounded up: the tip must fit whole.
        let r = self.el.get_bounding_client_rect();
        let measured = (r.width().ceil(), r.height().ceil());
        if measured.0 > 0.0 {
            self.size = Some(measured);
        }
        let size = self.size.unwrap_or((260f64.min(fw * 0.7), 140.0));
        let (x, y) = charts::place_tip(rect, (fw, fh), size);
        let transform = format!("translate({x:.0}px, {y:.0}px)");
        if self.transform.as_ref() != Some(&transform) {
            let _ = self.style.set_property("transform", &transform);
            self.transform = Some(transform);
        }
    }
}

/// A point's rectangle (left, top, right, bottom) and its chart's size, in CSS pixels.
type Placing = ((f64, f64, f64, f64), (f64, f64));

/// Where a text node is, relative to an element.
#[derive(Clone, Copy)]
enum Text {
    Before,
    Inside,
    After,
}

/// The text node just before `el`, first inside it or just after it: made there, empty, when
/// there is none.
fn text_node(el: &web_sys::Element, at: Text) -> Option<web_sys::Node> {
    let find = || {
        match at {
            Text::Before => el.previous_sibling(),
            Text::Inside => el.first_child(),
            Text::After => el.next_sibling(),
        }
        .filter(|n| n.node_type() == web_sys::Node::TEXT_NODE)
    };
    if let Some(n) = find() {
        return Some(n);
    }
    let place = match at {
        Text::Before => "beforebegin",
        Text::Inside => "afterbegin",
        Text::After => "afterend",
    };
    el.insert_adjacent_text(place, "").ok()?;
    find()
}

/// One canvas chart with its tooltip, keyboard handling, table and downloads.
#[component]
fn CanvasChart(chart: ChartId) -> impl IntoView {
    let st = use_app();
    let dark = use_context::<Memo<bool>>().expect("the resolved theme is provided");
    let draw = Signal::derive(move || -> DrawFn {
        Arc::new(on_screen(
            chart,
            st.currency.get(),
            st.lang.get(),
            dark.get(),
        ))
    });
    let palette = Signal::derive(move || charts::palette(dark.get()));
    let hovered = RwSignal::new(None::<usize>);
    let layout = RwSignal::new(None::<(Layout, f64)>);
    let selected = Signal::derive(move || {
        (st.chart.get() == Some(chart))
            .then(|| st.point.get())
            .flatten()
            .map(|p| p as usize)
    });
    let pts = Memo::new(move |_| points::points(&DATASET, chart, st.currency.get(), st.lang.get()));
    let (table_open, set_table_open) = signal(false);
    // The tooltip was closed (Escape, a click elsewhere) and stays closed until a point is
    // selected or hovered anew; the selection itself (URL, ring) is kept.
    let closed = RwSignal::new(false);
    Effect::new(move |prev: Option<(Option<usize>, Option<usize>)>| {
        let now = (selected.get(), hovered.get());
        if let Some((ps, ph)) = prev {
            if (now.0 != ps && now.0.is_some()) || (now.1 != ph && now.1.is_some()) {
                closed.set(false);
            }
        }
        now
    });
    // A point's selection and its sentence: the actions; the tooltip opens anew.
    let select = move |i: usize| {
        select_point(st, chart, i as u32);
        closed.set(false);
    };
    let follow = move |i: usize| {
        if let Some((sentence, figure)) =
            pts.with_untracked(|v| v.get(i).map(|p| (p.sentence, p.figure)))
        {
            follow_point(st, chart, i as u32, sentence, figure);
        }
    };
    // Beside the article (a wide screen) one click shows the point and its sentence. Where the
    // article is elsewhere on the page (a phone's single column), going to the sentence would
    // scroll the chart away: the first tap shows the point's details, a second tap on the same
    // point goes to its sentence.
    let on_pick = Callback::new(move |i: usize| {
        let first_look = selected.get_untracked() != Some(i)
            && st.embed.get_value().shows_article()
            && !article_beside(chart);
        select(i);
        if !first_look {
            follow(i);
        }
    });
    let active = move || active_point(hovered.get(), selected.get());
    // The tooltip is one persistent element (a live region that exists before it speaks) whose
    // text and position are updated in place when the active point changes.
    let tip = Memo::new(move |_| -> Option<Tip> {
        let i = active()?;
        // A narrow chart gets a shorter excerpt, so the tooltip fits inside it.
        let width = layout.with(|l| l.as_ref().map(|(l, s)| l.width() as f64 / s));
        pts.with(|v| Some(points::tip(&DATASET, v.get(i)?, st.lang.get(), width)))
    });
    let shown = move || tip.with(Option::is_some) && !closed.get();
    // The tooltip's elements, written in place by `TipDom` once per change of the point, its
    // text or the chart's layout.
    let tip_ref = NodeRef::<leptos::html::Div>::new();
    // (Five handles: `[NodeRef::new(); 5]` would copy one.)
    let line_refs: [NodeRef<leptos::html::P>; 5] = std::array::from_fn(|_| NodeRef::new());
    let span_ref = NodeRef::<leptos::html::Strong>::new();
    let tip_dom = StoredValue::new_local(None::<TipDom>);
    Effect::new(move |_| {
        let show = shown();
        let point = active().and_then(|i| {
            layout.with(|l| {
                let (lay, s) = l.as_ref()?;
                let (l, t, r, b) = lay.rect(i)?;
                Some((
                    (l as f64 / s, t as f64 / s, r as f64 / s, b as f64 / s),
                    (lay.width() as f64 / s, lay.height() as f64 / s),
                ))
            })
        });
        let texts = tip.with(|t| tip_texts(t.as_ref()));
        if tip_dom.with_value(Option::is_none) {
            let Some(el) = tip_ref.get() else {
                return;
            };
            let ([Some(a), Some(b), Some(c), Some(d), Some(e)], Some(span)) = (
                line_refs.map(|r| r.get_untracked()),
                span_ref.get_untracked(),
            ) else {
                return;
            };
            let lines = [a, b, c, d, e].map(web_sys::HtmlElement::from);
            tip_dom.set_value(TipDom::new(el.into(), lines, span));
        }
        tip_dom.update_value(|d| {
            if let Some(d) = d {
                d.update(texts, show, point);
            }
        });
    });
    let tooltip = view! {
        // Placed by a translation from the frame's corner (not by `left`), so the width it
        // takes, and so its height, do not depend on where it goes.
        <div class="chart-tip" role="status" node_ref=tip_ref hidden=true
            style:left="0px" style:top="0px">
            <p class="tip-label" node_ref=line_refs[0]></p>
            <p class="tip-value" node_ref=line_refs[1]></p>
            <p class="tip-kind" node_ref=line_refs[2]></p>
            // Empty (so taking no room) where the point has no such line.
            <p class="tip-converted" node_ref=line_refs[3]></p>
            <p class="tip-formula" node_ref=line_refs[4]></p>
            <p class="tip-sentence" lang="ko"><strong node_ref=span_ref></strong></p>
        </div>
    };
    // Escape closes the tooltip (unless it is meant for an open card, which has the focus), and
    // so does a press anywhere outside this chart (a figure in the text selects a point instead).
    let frame_sel = format!("#{} .chart-frame, .mark.fig", dom_id::chart(chart));
    let esc = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" || !shown() {
            return;
        }
        let in_card = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest(&format!("#{}", dom_id::CARD)).ok().flatten())
            .is_some();
        if !in_card {
            hovered.set(None);
            closed.set(true);
        }
    });
    let outside = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if !shown() {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| e.closest(&frame_sel).ok().flatten())
            .is_some();
        if !inside {
            hovered.set(None);
            closed.set(true);
        }
    });
    on_cleanup(move || {
        esc.remove();
        outside.remove();
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let cur = selected.get_untracked();
        let Some(m) = key_move(&ev.key(), cur, pts.with_untracked(Vec::len)) else {
            return;
        };
        ev.prevent_default();
        match m {
            KeyMove::Select(i) => select(i),
            KeyMove::Follow => {
                if let Some(c) = cur {
                    follow(c);
                }
            }
        }
    };
    let title_id = dom_id::chart_title(chart);
    let labelled_by = title_id.clone();
    let aria = move || {
        let lang = st.lang.get();
        let title = chart_title(chart).get(lang);
        spec(chart, st.currency.get(), lang).describe(title)
    };
    let table = move || {
        let lang = st.lang.get();
        let rows = pts
            .get()
            .into_iter()
            .map(|p| {
                let place = describe::sentence_place(&DATASET, p.sentence, lang);
                let linked = st.embed.get_value().shows_article();
                // What the value is, then (smaller) where a converted one comes from and a
                // derived one's formula.
                let mut kind = points::table_kind(&p).into_iter();
                let head = kind.next().unwrap_or_default();
                let rest = kind.map(|l| view! { <br/><small>{l}</small> }).collect_view();
                view! {
                    <tr>
                        <th scope="row">{p.label}</th>
                        <td>{p.value}</td>
                        <td>{head}{rest}</td>
                        <td>{if linked {
                            // To the sentence without a history entry (Back leaves the article).
                            let si = p.sentence;
                            view! { <a href=format!("#{}", dom_id::sentence(si)) on:click=move |ev| {
                                ev.prevent_default();
                                go_to_sentence(st, si);
                            }>{place}</a> }.into_any()
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
                    // The timeline's rows are events and their dates; the bars' are periods
                    // and amounts.
                    <th scope="col">{if chart == ChartId::Timeline { K::EventCol } else { K::Period }.get(lang)}</th>
                    <th scope="col">{if chart == ChartId::Timeline { K::WhenCol } else { K::Value }.get(lang)}</th>
                    <th scope="col">{K::Kind.get(lang)}</th>
                    <th scope="col">{K::SourceSentence.get(lang)}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    // The file's name says its chart, language and currency (issue #24: a producer with the
    // three languages' files in one folder could not tell them apart).
    let file = move |ext: &str| {
        format!(
            "longjiang-{}-{}-{}.{ext}",
            chart.code(),
            st.lang.get_untracked().code(),
            st.currency.get_untracked().code()
        )
    };
    let png_choice = RwSignal::new(PNG_SIZES[0].0.to_string());
    // Files are drawn at the chart's width on screen (at least 320 px).
    let export_width = move || {
        document()
            .get_element_by_id(&dom_id::chart(chart))
            .map_or(640.0, |e| e.client_width() as f64)
            .max(320.0)
    };
    view! {
        <figure class="chart" id=dom_id::chart(chart) aria-labelledby=labelled_by>
            <figcaption id=title_id class="chart-title">{move || st.t(chart_title(chart))}</figcaption>
            <div class="chart-frame" tabindex="0" role="img" aria-label=aria on:keydown=on_key
                aria-describedby=dom_id::CHART_KEYS_HINT>
                <ChartCanvas draw=draw palette=palette selected=selected hovered=hovered layout=layout
                    on_pick=on_pick>{tooltip}</ChartCanvas>
            </div>
            <div class="chart-tools">
                <button type="button" class="btn" aria-expanded=move || table_open.get().to_string()
                    on:click=move |_| set_table_open.update(|o| *o = !*o)>
                    {move || st.t(if table_open.get() { K::HideTable } else { K::ShowTable })}<span class="visually-hidden">{move || format!(" — {}", st.t(chart_title(chart)))}</span></button>
                <span class="png-export">
                    <button type="button" class="btn" data-export="png" on:click=move |_| {
                        let d = for_file(chart, st.currency.get_untracked(), st.lang.get_untracked());
                        let (w, scale, suffix) = png_size(&png_choice.get_untracked(), export_width());
                        let name = file("png").replace(".png", &format!("{suffix}.png"));
                        export_png(Arc::new(d), w, scale, name);
                    }>{move || st.t(K::DownloadPng)}<span class="visually-hidden">{move || format!(" — {}", st.t(chart_title(chart)))}</span></button>
                    <select class="png-size" aria-label=move || format!("{} — {}", st.t(K::PngSize), st.t(chart_title(chart)))
                        on:change=move |ev| png_choice.set(event_target_value(&ev))>
                        {PNG_SIZES.iter().map(|(code, label)| view! { <option value=*code>{*label}</option> }).collect_view()}
                    </select>
                </span>
                <button type="button" class="btn" data-export="svg" on:click=move |_| {
                    let lang = st.lang.get_untracked();
                    let d = for_file(chart, st.currency.get_untracked(), lang);
                    let svg = d.svg(export_width(), EXPORT_SCALE, chart_title(chart).get(lang), &CanvasMeasure);
                    browser::download(&file("svg"), "image/svg+xml", svg.as_bytes());
                }>{move || st.t(K::DownloadSvg)}<span class="visually-hidden">{move || format!(" — {}", st.t(chart_title(chart)))}</span></button>
            </div>
            // The selected point's value, its sentence and the citation, to paste or share: on
            // the full page, once a point is selected (an embed's chart keeps its frame's height
            // and its chrome lean).
            {(!st.embed.get_value().on).then(|| view! {
                <Show when=move || selected.get().is_some()>
                    {cite_buttons(
                        st,
                        move || selected.get().and_then(|i| pts.with(|v| v.get(i).map(|p| p.sentence))),
                        move || selected.get_untracked().and_then(|i| pts.with_untracked(|v| v.get(i).map(|p| format!("{}: {}", p.label, p.value)))),
                        K::CiteSelected,
                        dom_id::cite_field(chart),
                    )}
                </Show>
            })}
            <Show when=move || table_open.get()>{table}</Show>
        </figure>
    }
}

/// The key figures as tiles, each linked to its sentence.
#[component]
fn KeyFigures() -> impl IntoView {
    let st = use_app();
    let tiles = points::key_figures(&DATASET)
        .into_iter()
        .map(|(k, fi)| {
            let f = &DATASET.figures[fi as usize];
            let s = &DATASET.article.sentences[f.sentence as usize];
            // As a reader says it, qualifier in place ("120여 개 기업", "about 120 firms"); money
            // in another currency than the chosen one also converted.
            let value = move || format::figure_value(f, st.lang.get());
            let converted = move || {
                let lang = st.lang.get();
                let (from, to) = (Currency::from_unit(f.unit)?, st.currency.get());
                let v = format::convert(&DATASET, f.value, from, to, format::period_year(f.period)?)
                    .filter(|_| from != to)?;
                Some(format::qualify(&format::money_approx(v, to, lang, format::Width::Long), f.bound, lang))
            };
            let label = move || match st.lang.get() {
                Lang::Ko => f.label_ko,
                Lang::Zh => f.label_zh,
                Lang::En => f.label_en,
            };
            let selected = move || st.chart.get() == Some(ChartId::Key) && st.point.get() == Some(k);
            view! {
                <li>
                    <button type="button" class="key-tile" class:selected=selected data-figure=f.id
                        on:click=move |_| follow_point(st, ChartId::Key, k, f.sentence, Some(fi))>
                        <span class="key-value">{value}</span>
                        {move || converted().map(|c| view! { <span class="key-label muted">{c}</span> })}
                        <span class="key-label">{label}</span>
                        <span class="key-source"><span lang="ko">"“" {&s.text[f.start as usize..f.end as usize]} "”"</span>
                            " — " {move || describe::sentence_place(&DATASET, f.sentence, st.lang.get())}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="chart" id=dom_id::chart(ChartId::Key) aria-labelledby=dom_id::chart_title(ChartId::Key)>
            <h3 id=dom_id::chart_title(ChartId::Key) class="chart-title">{move || st.t(K::ChartKeyFigures)}</h3>
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
        <section class="panel charts-panel" aria-labelledby=dom_id::CHARTS_HEADING>
            <h2 id=dom_id::CHARTS_HEADING class="panel-title">{move || st.t(K::PanelCharts)}</h2>
            {currency_matters.then(|| view! {
            <fieldset class="segmented currency-switch" id=dom_id::CURRENCY_SWITCH>
                <legend>{move || st.t(K::Currency)}</legend>
                <div class="segments">
                {Currency::ALL.into_iter().map(|c| view! {
                    <label class="segment" class:on=move || st.currency.get() == c>
                        <input type="radio" name="currency" value=c.code()
                            prop:checked=move || st.currency.get() == c
                            on:change=move |_| st.currency.set(c)/>
                        <span>{c.iso()}</span>
                    </label>
                }).collect_view()}
                </div>
            </fieldset>
            })}
            {(only != Some(ChartId::Timeline)).then(|| view! {
            // Two sentences, each whole: what 원 means here, and (when converting) how.
            <p class="money-explainer">{move || st.t(K::MoneyNote)}
                {move || format::converted_note(st.currency.get(), st.lang.get()).map(|n| format!(" {n}"))}</p>
            })}
            {arrows.then(|| view! { <p id=dom_id::CHART_KEYS_HINT class="muted small">{move || format!("{} · {}", st.t(hint), st.t(K::ChartEscHint))}
                // On a touch screen with the article above the charts: what a tap does.
                {(hint == K::ChartKeysHint).then(|| view! { <span class="touch-only">" · "{move || st.t(K::ChartTapHint)}</span> })}</p> })}
            {show(ChartId::Trade).then(|| view! { <CanvasChart chart=ChartId::Trade/> })}
            {show(ChartId::Half).then(|| view! { <CanvasChart chart=ChartId::Half/> })}
            {show(ChartId::Timeline).then(|| view! { <CanvasChart chart=ChartId::Timeline/> })}
            {show(ChartId::Key).then(|| view! { <KeyFigures/> })}
            <div class="downloads">
                // The build wrote one file per language and currency (dist/downloads/).
                // Its name says its language and currency (issue #24).
                <a class="btn" id=dom_id::DOWNLOAD_FIGURES_CSV
                    download=move || export::figures_file(st.lang.get(), st.currency.get())
                    href=move || browser::download_href(&export::figures_file(st.lang.get(), st.currency.get()))>
                    {move || st.t(K::DownloadFiguresCsv)}</a>
            </div>
        </section>
    }
}
