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
use crate::app::state::{use_app, AppState};
use crate::charts::points::{
    self, active_point, key_move, title as chart_title, KeyMove, PointInfo, Tip,
};
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
    let notes = spec.notes(&DATASET);
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

/// The PNG or SVG file's name for chart `chart`: its chart, language and currency (issue #24: a
/// producer with the three languages' files in one folder could not tell them apart).
fn file_name(st: AppState, chart: ChartId, ext: &str) -> String {
    format!(
        "longjiang-{}-{}-{}.{ext}",
        chart.code(),
        st.lang.get_untracked().code(),
        st.currency.get_untracked().code()
    )
}

/// The width (CSS px) files are drawn at: the chart's width on screen, at least 320 px.
fn export_width(chart: ChartId) -> f64 {
    document()
        .get_element_by_id(&dom_id::chart(chart))
        .map_or(640.0, |e| e.client_width() as f64)
        .max(320.0)
}

/// Downloads chart `chart` as a PNG of size `size` (a code of `PNG_SIZES`), in the current
/// language and currency.
fn download_png(st: AppState, chart: ChartId, size: &str) {
    let d = for_file(chart, st.currency.get_untracked(), st.lang.get_untracked());
    let (w, scale, suffix) = png_size(size, export_width(chart));
    let name = file_name(st, chart, "png").replace(".png", &format!("{suffix}.png"));
    export_png(Arc::new(d), w, scale, name);
}

/// Downloads chart `chart` as an SVG, in the current language and currency.
fn download_svg(st: AppState, chart: ChartId) {
    let lang = st.lang.get_untracked();
    let d = for_file(chart, st.currency.get_untracked(), lang);
    let svg = d.svg(
        export_width(chart),
        EXPORT_SCALE,
        chart_title(chart).get(lang),
        &CanvasMeasure,
    );
    browser::download(
        &file_name(st, chart, "svg"),
        "image/svg+xml",
        svg.as_bytes(),
    );
}

/// One canvas chart's state, shared by its parts (tooltip, keys, table, tools): handles only,
/// copied into every closure.
#[derive(Clone, Copy)]
struct ChartState {
    st: AppState,
    chart: ChartId,
    /// The point under the pointer (the canvas writes it).
    hovered: RwSignal<Option<usize>>,
    /// The last drawing's layout and its scale (the canvas writes it).
    layout: RwSignal<Option<(Layout, f64)>>,
    /// The selected point, where it is this chart's.
    selected: Signal<Option<usize>>,
    /// The chart's points in the current currency and language.
    pts: Memo<Vec<PointInfo>>,
    /// The tooltip was closed (Escape, a click elsewhere) and stays closed until a point is
    /// selected or hovered anew; the selection itself (URL, ring) is kept.
    closed: RwSignal<bool>,
}

impl ChartState {
    /// Chart `chart`'s state: nothing hovered or drawn yet, the tooltip not closed.
    fn new(st: AppState, chart: ChartId) -> ChartState {
        let hovered = RwSignal::new(None::<usize>);
        let layout = RwSignal::new(None::<(Layout, f64)>);
        let selected = Signal::derive(move || {
            (st.chart.get() == Some(chart))
                .then(|| st.point.get())
                .flatten()
                .map(|p| p as usize)
        });
        let pts =
            Memo::new(move |_| points::points(&DATASET, chart, st.currency.get(), st.lang.get()));
        ChartState {
            st,
            chart,
            hovered,
            layout,
            selected,
            pts,
            closed: RwSignal::new(false),
        }
    }

    /// Opens the closed tooltip again when a point is selected or hovered anew.
    fn reopen_tip_on_new_point(self) {
        let ChartState {
            selected,
            hovered,
            closed,
            ..
        } = self;
        Effect::new(move |prev: Option<(Option<usize>, Option<usize>)>| {
            let now = (selected.get(), hovered.get());
            if let Some((ps, ph)) = prev {
                if (now.0 != ps && now.0.is_some()) || (now.1 != ph && now.1.is_some()) {
                    closed.set(false);
                }
            }
            now
        });
    }

    /// Selects point `i` (the action); the tooltip opens anew.
    fn select(self, i: usize) {
        select_point(self.st, self.chart, i as u32);
        self.closed.set(false);
    }

    /// Goes to point `i`'s sentence (the action).
    fn follow(self, i: usize) {
        if let Some((sentence, figure)) = self
            .pts
            .with_untracked(|v| v.get(i).map(|p| (p.sentence, p.figure)))
        {
            follow_point(self.st, self.chart, i as u32, sentence, figure);
        }
    }

    /// A click or tap on point `i`. Beside the article (a wide screen) one click shows the point
    /// and its sentence. Where the article is elsewhere on the page (a phone's single column),
    /// going to the sentence would scroll the chart away: the first tap shows the point's
    /// details, a second tap on the same point goes to its sentence.
    fn pick(self, i: usize) {
        let first_look = self.selected.get_untracked() != Some(i)
            && self.st.embed.get_value().shows_article()
            && !article_beside(self.chart);
        self.select(i);
        if !first_look {
            self.follow(i);
        }
    }

    /// A key pressed on the chart's frame: the arrow keys, Home and End select a point, Enter
    /// and Space go to the selected point's sentence (`key_move`).
    fn on_key(self, ev: leptos::ev::KeyboardEvent) {
        let cur = self.selected.get_untracked();
        let Some(m) = key_move(&ev.key(), cur, self.pts.with_untracked(Vec::len)) else {
            return;
        };
        ev.prevent_default();
        match m {
            KeyMove::Select(i) => self.select(i),
            KeyMove::Follow => {
                if let Some(c) = cur {
                    self.follow(c);
                }
            }
        }
    }

    /// The point the tooltip is about: the hovered one, else the selected one.
    fn active(self) -> Option<usize> {
        active_point(self.hovered.get(), self.selected.get())
    }

    /// Point `i`'s rectangle and the chart's size in CSS pixels, by the last drawing's layout.
    fn placing(self, i: usize) -> Option<Placing> {
        self.layout.with(|l| {
            let (lay, s) = l.as_ref()?;
            let (l, t, r, b) = lay.rect(i)?;
            Some((
                (l as f64 / s, t as f64 / s, r as f64 / s, b as f64 / s),
                (lay.width() as f64 / s, lay.height() as f64 / s),
            ))
        })
    }
}

/// The tooltip's elements, as the view made them.
#[derive(Clone, Copy)]
struct TipRefs {
    tip: NodeRef<leptos::html::Div>,
    /// Label, value, kind, converted from, formula.
    lines: [NodeRef<leptos::html::P>; 5],
    /// The figure in the source sentence.
    span: NodeRef<leptos::html::Strong>,
}

impl TipRefs {
    /// The tooltip's elements, not yet mounted.
    fn new() -> TipRefs {
        TipRefs {
            tip: NodeRef::new(),
            // (Five handles: `[NodeRef::new(); 5]` would copy one.)
            lines: std::array::from_fn(|_| NodeRef::new()),
            span: NodeRef::new(),
        }
    }

    /// The tooltip's `TipDom`, once its elements are mounted (tracks the tooltip's own element).
    fn dom(self) -> Option<TipDom> {
        let el = self.tip.get()?;
        let ([Some(a), Some(b), Some(c), Some(d), Some(e)], Some(span)) = (
            self.lines.map(|r| r.get_untracked()),
            self.span.get_untracked(),
        ) else {
            return None;
        };
        let lines = [a, b, c, d, e].map(web_sys::HtmlElement::from);
        TipDom::new(el.into(), lines, span)
    }
}

/// The chart's tooltip: one persistent element (a live region that exists before it speaks)
/// whose text and position `TipDom` writes in place once per change of the active point, its
/// text or the chart's layout.
fn chart_tip(c: ChartState) -> impl IntoView {
    let ChartState {
        st,
        layout,
        pts,
        closed,
        ..
    } = c;
    let tip = Memo::new(move |_| -> Option<Tip> {
        let i = c.active()?;
        // A narrow chart gets a shorter excerpt, so the tooltip fits inside it.
        let width = layout.with(|l| l.as_ref().map(|(l, s)| l.width() as f64 / s));
        pts.with(|v| Some(points::tip(&DATASET, v.get(i)?, st.lang.get(), width)))
    });
    let shown = move || tip.with(Option::is_some) && !closed.get();
    let refs = TipRefs::new();
    let tip_dom = StoredValue::new_local(None::<TipDom>);
    Effect::new(move |_| {
        let show = shown();
        let point = c.active().and_then(|i| c.placing(i));
        let texts = tip.with(|t| tip_texts(t.as_ref()));
        if tip_dom.with_value(Option::is_none) {
            let Some(dom) = refs.dom() else {
                return;
            };
            tip_dom.set_value(Some(dom));
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
        <div class="chart-tip" role="status" node_ref=refs.tip hidden=true
            style:left="0px" style:top="0px">
            <p class="tip-label" node_ref=refs.lines[0]></p>
            <p class="tip-value" node_ref=refs.lines[1]></p>
            <p class="tip-kind" node_ref=refs.lines[2]></p>
            // Empty (so taking no room) where the point has no such line.
            <p class="tip-converted" node_ref=refs.lines[3]></p>
            <p class="tip-formula" node_ref=refs.lines[4]></p>
            <p class="tip-sentence" lang="ko"><strong node_ref=refs.span></strong></p>
        </div>
    };
    close_tip_on_escape_or_outside(c, shown);
    tooltip
}

/// Escape closes the tooltip (unless it is meant for an open card, which has the focus), and so
/// does a press anywhere outside this chart (a figure in the text selects a point instead): two
/// window listeners, removed with the chart. `shown`: whether the tooltip is open.
fn close_tip_on_escape_or_outside(c: ChartState, shown: impl Fn() -> bool + Copy + 'static) {
    let ChartState {
        chart,
        hovered,
        closed,
        ..
    } = c;
    let frame_sel = format!("#{} .chart-frame, .mark.fig", dom_id::chart(chart));
    browser::window_listener(leptos::ev::keydown, move |ev| {
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
    browser::window_listener(leptos::ev::pointerdown, move |ev| {
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
}

/// One point's row of the data table: label, value, what the value is (then, smaller, where a
/// converted one comes from and a derived one's formula) and the place of its sentence, a link
/// where the article is on the page.
fn table_row(st: AppState, p: PointInfo, lang: Lang) -> impl IntoView {
    let place = describe::sentence_place(&DATASET, p.sentence, lang);
    let linked = st.embed.get_value().shows_article();
    let mut kind = points::table_kind(&p).into_iter();
    let head = kind.next().unwrap_or_default();
    let rest = kind
        .map(|l| view! { <br/><small>{l}</small> })
        .collect_view();
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
}

/// The chart's data table, a row per point, in the current language (read here, tracked).
fn data_table(c: ChartState) -> impl IntoView {
    let ChartState { st, chart, pts, .. } = c;
    let lang = st.lang.get();
    let rows = pts
        .get()
        .into_iter()
        .map(|p| table_row(st, p, lang))
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
}

/// The buttons under a chart: show or hide its data table, download it as a PNG (its size
/// chosen beside it) or as an SVG.
fn chart_tools(st: AppState, chart: ChartId, table_open: RwSignal<bool>) -> impl IntoView {
    let png_choice = RwSignal::new(PNG_SIZES[0].0.to_string());
    // After each button's words, for a screen reader: which chart it is for.
    let for_chart = move || format!(" — {}", st.t(chart_title(chart)));
    view! {
        <div class="chart-tools">
            <button type="button" class="btn" aria-expanded=move || table_open.get().to_string()
                on:click=move |_| table_open.update(|o| *o = !*o)>
                {move || st.t(if table_open.get() { K::HideTable } else { K::ShowTable })}<span class="visually-hidden">{for_chart}</span></button>
            <span class="png-export">
                <button type="button" class="btn" data-export="png"
                    on:click=move |_| download_png(st, chart, &png_choice.get_untracked())>
                    {move || st.t(K::DownloadPng)}<span class="visually-hidden">{for_chart}</span></button>
                <select class="png-size" aria-label=move || format!("{} — {}", st.t(K::PngSize), st.t(chart_title(chart)))
                    on:change=move |ev| png_choice.set(event_target_value(&ev))>
                    {PNG_SIZES.iter().map(|(code, label)| view! { <option value=*code>{*label}</option> }).collect_view()}
                </select>
            </span>
            <button type="button" class="btn" data-export="svg" on:click=move |_| download_svg(st, chart)>
                {move || st.t(K::DownloadSvg)}<span class="visually-hidden">{for_chart}</span></button>
        </div>
    }
}

/// The selected point's value, its sentence and the citation, to paste or share: on the full
/// page, once a point is selected (an embed's chart keeps its frame's height and its chrome
/// lean).
fn selected_cite(c: ChartState) -> impl IntoView {
    let ChartState {
        st,
        chart,
        selected,
        pts,
        ..
    } = c;
    (!st.embed.get_value().on).then(|| view! {
        <Show when=move || selected.get().is_some()>
            {cite_buttons(
                st,
                move || selected.get().and_then(|i| pts.with(|v| v.get(i).map(|p| p.sentence))),
                move || selected.get_untracked().and_then(|i| pts.with_untracked(|v| v.get(i).map(|p| format!("{}: {}", p.label, p.value)))),
                K::CiteSelected,
                dom_id::cite_field(chart),
            )}
        </Show>
    })
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
    let c = ChartState::new(st, chart);
    let table_open = RwSignal::new(false);
    c.reopen_tip_on_new_point();
    let on_pick = Callback::new(move |i: usize| c.pick(i));
    let tooltip = chart_tip(c);
    let title_id = dom_id::chart_title(chart);
    let labelled_by = title_id.clone();
    let aria = move || {
        let lang = st.lang.get();
        let title = chart_title(chart).get(lang);
        spec(chart, st.currency.get(), lang).describe(title)
    };
    view! {
        <figure class="chart" id=dom_id::chart(chart) aria-labelledby=labelled_by>
            <figcaption id=title_id class="chart-title">{move || st.t(chart_title(chart))}</figcaption>
            <div class="chart-frame" tabindex="0" role="img" aria-label=aria on:keydown=move |ev| c.on_key(ev)
                aria-describedby=dom_id::CHART_KEYS_HINT>
                <ChartCanvas draw=draw palette=palette selected=c.selected hovered=c.hovered layout=c.layout
                    on_pick=on_pick>{tooltip}</ChartCanvas>
            </div>
            {chart_tools(st, chart, table_open)}
            {selected_cite(c)}
            <Show when=move || table_open.get()>{move || data_table(c)}</Show>
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
            let converted = move || format::figure_converted(&DATASET, f, st.currency.get(), st.lang.get());
            let label = move || f.label.str(st.lang.get());
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
            // The keys where there is a keyboard; on a touch screen with the article above the
            // charts, what a tap does instead (found on a phone tour: "← → 키로…" on a phone).
            {arrows.then(|| view! { <p id=dom_id::CHART_KEYS_HINT class="muted small chart-hint"><span class="keys-only">{move || format!("{} · {}", st.t(hint), st.t(K::ChartEscHint))}</span>
                {(hint == K::ChartKeysHint).then(|| view! { <span class="touch-only">{move || st.t(K::ChartTapHint)}</span> })}</p> })}
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
