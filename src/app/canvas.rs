//! The one module that touches `<canvas>`: backing-store sizing (CSS size × devicePixelRatio),
//! the chart's height for its width, redraw on resize and DPR change, pointer → backend-pixel
//! mapping, the highlight rings (the selected point's on an overlay canvas, the hovered point's
//! a positioned element), text measurement in the chart font, and PNG export. Chart drawing
//! itself is `crate::charts`, over any plotters backend.

use crate::charts::{self, Palette, TextBox};
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// The pixel layout a drawing returns, for hit testing and the overlay.
pub type Layout = charts::ChartLayout;

/// The chart a canvas shows.
pub type DrawFn = Arc<charts::Drawing>;

thread_local! {
    /// A 2D context kept for measuring text, with the font it was last set to.
    static MEASURER: RefCell<Option<(web_sys::CanvasRenderingContext2d, String)>> =
        const { RefCell::new(None) };
}

/// Measures chart text with the canvas's own font machinery, so layout decisions (which label
/// fits, where a line wraps) hold for what is drawn.
#[derive(Clone, Copy, Debug, Default)]
pub struct CanvasMeasure;

impl charts::Measure for CanvasMeasure {
    fn width(&self, text: &str, px: f64, bold: bool) -> f64 {
        self.width_in(text, px, bold, charts::FONT)
    }
    /// In `family`, the font list of the text's language (`charts::font_family`), as drawn.
    fn width_in(&self, text: &str, px: f64, bold: bool, family: &'static str) -> f64 {
        let measured = MEASURER.with(|m| {
            let mut m = m.borrow_mut();
            if m.is_none() {
                let ctx = document()
                    .create_element("canvas")
                    .ok()?
                    .dyn_into::<web_sys::HtmlCanvasElement>()
                    .ok()?
                    .get_context("2d")
                    .ok()??
                    .dyn_into::<web_sys::CanvasRenderingContext2d>()
                    .ok()?;
                *m = Some((ctx, String::new()));
            }
            let (ctx, font) = m.as_mut()?;
            // As plotters-canvas writes it: "<style> <size>px <family>".
            let want = format!(
                "{} {}px {}",
                if bold { "bold" } else { "normal" },
                px,
                family
            );
            if *font != want {
                ctx.set_font(&want);
                set_lang(ctx, family);
                *font = want;
            }
            ctx.measure_text(text).ok().map(|t| t.width())
        });
        measured.unwrap_or_else(|| charts::Estimate.width(text, px, bold))
    }
}

/// Declares the language of text set in `family` on the canvas of `ctx` (and the context, where
/// it has `lang`), so the font fallback picks that language's glyph forms as the SVG's does.
fn set_lang(ctx: &web_sys::CanvasRenderingContext2d, family: &str) {
    let Some(lang) = charts::family_lang(family) else {
        return;
    };
    if let Some(c) = ctx.canvas() {
        let _ = c.set_attribute("lang", lang);
    }
    let _ = js_sys::Reflect::set(ctx, &"lang".into(), &lang.into());
}

/// `v` rounded to a tenth, as `{:.1}` writes it: serde_json writes the result in those same
/// digits (the shortest that read back as it), so the attributes' numbers stay short.
fn tenth(v: f64) -> f64 {
    format!("{v:.1}").parse().unwrap_or(v)
}

/// A rectangle in backend pixels at `scale`, in CSS pixels to a tenth (`[l, t, r, b]`).
fn css_rect((l, t, r, b): (i32, i32, i32, i32), scale: f64) -> [f64; 4] {
    [l, t, r, b].map(|v| tenth(v as f64 / scale))
}

/// The points' rectangles (bars, event markers) in CSS pixels, as JSON (`[[l, t, r, b], …]`),
/// for the `data-points` attribute.
fn points_json(rects: impl Iterator<Item = (i32, i32, i32, i32)>, scale: f64) -> String {
    let items: Vec<[f64; 4]> = rects.map(|r| css_rect(r, scale)).collect();
    serde_json::to_string(&items).unwrap_or_default()
}

/// The text boxes of a drawing in CSS pixels, as JSON (`[[left, top, right, bottom, "text"], …]`),
/// for the `data-texts` attribute: tests (and anyone debugging) can check the canvas's text
/// layout without reading pixels.
fn texts_json(texts: &[TextBox], scale: f64) -> String {
    let items: Vec<(f64, f64, f64, f64, &str)> = texts
        .iter()
        .map(|t| {
            let [l, tp, r, b] = css_rect(t.rect, scale);
            (l, tp, r, b, t.text.as_str())
        })
        .collect();
    serde_json::to_string(&items).unwrap_or_default()
}

/// The selected point's ring, line width in CSS pixels (the hovered point's is the
/// stylesheet's `.chart-ring`, 1.5 px).
const SELECTED_RING: f64 = 3.0;

/// A colour as CSS writes it.
fn rgb(c: RGBColor) -> String {
    format!("rgb({},{},{})", c.0, c.1, c.2)
}

/// The box the hover ring's line is centred on, in CSS pixels (`[left, top, width, height]`),
/// for a point whose rectangle is `rect` in backend pixels at `scale`: the point's box padded by
/// 4 px, as the canvas strokes the selected point's ring.
fn ring_box(rect: (i32, i32, i32, i32), scale: f64) -> [f64; 4] {
    let (l, t, r, b) = rect;
    let css = |v: i32| v as f64 / scale;
    let pad = 4.0;
    [
        css(l) - pad,
        css(t) - pad,
        css(r - l) + 2.0 * pad,
        css(b - t) + 2.0 * pad,
    ]
}

/// The 2D context of `c`.
fn context_2d(c: &web_sys::HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    c.get_context("2d").ok()??.dyn_into().ok()
}

fn dpr() -> f64 {
    window().device_pixel_ratio().max(1.0)
}

/// A chart's ResizeObserver with its callback; disconnected when dropped.
struct ResizeWatch {
    ro: web_sys::ResizeObserver,
    _cb: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.ro.disconnect();
    }
}

/// A `change` listener on the media query matching one DPR; removed when dropped (before its
/// closure is freed).
struct DprWatch {
    mql: web_sys::MediaQueryList,
    cb: Closure<dyn Fn()>,
}

impl Drop for DprWatch {
    fn drop(&mut self) {
        let _ = self
            .mql
            .remove_event_listener_with_callback("change", self.cb.as_ref().unchecked_ref());
    }
}

/// Watches the chart wrapper `wrap`'s CSS width (a ResizeObserver) and the device pixel ratio
/// (one `change` listener on the media query matching the current one): `(width, dpr)`.
fn watch_size(wrap: NodeRef<Div>) -> ReadSignal<(f64, f64)> {
    let (size, set_size) = signal((0.0f64, dpr()));
    // Both live exactly as long as the chart: made once (the listener again only when the DPR
    // changes, replacing the old one), and disconnected / removed when the chart unmounts
    // (switching panels does that).
    let resize_watch = StoredValue::new_local(None::<ResizeWatch>);
    let dpr_watch = StoredValue::new_local(None::<DprWatch>);
    on_cleanup(move || {
        // Dropping them disconnects the observer and removes the listener.
        let gone = (
            resize_watch.try_update_value(Option::take).flatten(),
            dpr_watch.try_update_value(Option::take).flatten(),
        );
        drop(gone);
    });
    Effect::new(move |_| {
        let Some(el) = wrap.get() else { return };
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                // Only a new width matters (the height follows from it); `try_`: a callback
                // already queued may arrive after the chart is gone. Applied in the next frame:
                // the new size changes the chart's height, and a layout change made inside a
                // ResizeObserver callback that resizes an observed box (the page's scrollbar
                // appearing narrows the wrapper) is reported as a window `error` ("ResizeObserver
                // loop completed with undelivered notifications") in every engine.
                let now = (e.content_rect().width(), dpr());
                request_animation_frame(move || {
                    if size.try_get_untracked().is_some_and(|s| s != now) {
                        set_size.try_set(now);
                    }
                });
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            ro.observe(&el);
            // Replacing a previous watch (never expected: the wrapper is one node) ends it.
            resize_watch.set_value(Some(ResizeWatch { ro, _cb: cb }));
        }
    });
    // Re-armed only when the DPR itself changes, not on every width change.
    let current_dpr = Memo::new(move |_| size.get().1);
    Effect::new(move |_| {
        let d = current_dpr.get();
        let watch = window()
            .match_media(&format!("(resolution: {d}dppx)"))
            .ok()
            .flatten()
            .map(|mql| {
                let cb = Closure::<dyn Fn()>::new(move || {
                    let now = dpr();
                    if size.try_get_untracked().is_some_and(|s| s.1 != now) {
                        set_size.update(|s| s.1 = now);
                    }
                });
                let _ = mql.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
                DprWatch { mql, cb }
            });
        // The previous value's listener is removed as it is dropped here.
        dpr_watch.set_value(watch);
    });
    size
}

/// Sizes the base canvas `c`'s backing store for CSS size `css` at DPR `d` and draws `f` on it:
/// `None` where the canvas gives no drawing backend (nothing drawn), else the drawing's layout
/// (`None` where the drawing failed).
fn draw_base(
    c: web_sys::HtmlCanvasElement,
    f: &charts::Drawing,
    (w, h): (f64, f64),
    d: f64,
) -> Option<Option<Layout>> {
    // (The overlay follows in `paint_selected_ring`.)
    c.set_width((w * d).round() as u32);
    c.set_height((h * d).round() as u32);
    let backend = CanvasBackend::with_canvas_object(c)?;
    let area = backend.into_drawing_area();
    let lay = f.draw(&area, d, &CanvasMeasure).ok();
    let _ = area.present();
    Some(lay)
}

/// The selected point's ring, on the overlay canvas, read untracked (the caller's effects say
/// when): repainted when the selection or the drawing changes, never on a pointer move (the hover
/// ring is an element, `follow_hover`). Without a ring the overlay has an empty backing store:
/// Chromium hands every canvas's pixels to its compositor again on each frame that changes
/// anything on the page (a hover's tooltip, say), and a blank full-size overlay cost as much
/// there as the chart's drawing. Its box (CSS size) stays: it is what the pointer meets.
fn paint_selected_ring(
    (base, overlay): (NodeRef<Canvas>, NodeRef<Canvas>),
    selected: Signal<Option<usize>>,
    layout: RwSignal<Option<(Layout, f64)>>,
    palette: Signal<Palette>,
) {
    let (Some(c), Some(b)) = (overlay.get_untracked(), base.get_untracked()) else {
        return;
    };
    let ring = selected.get_untracked().and_then(|i| {
        layout.with_untracked(|l| l.as_ref().and_then(|(lay, s)| lay.rect(i).map(|r| (r, *s))))
    });
    let (w, h) = if ring.is_some() {
        (b.width(), b.height())
    } else {
        (0, 0)
    };
    if (c.width(), c.height()) != (w, h) {
        // (Resizing clears it.)
        c.set_width(w);
        c.set_height(h);
    } else if w > 0 {
        if let Some(ctx) = context_2d(&c) {
            ctx.clear_rect(0.0, 0.0, w as f64, h as f64);
        }
    }
    let Some(((l, t, r, b), scale)) = ring else {
        return;
    };
    let Some(ctx) = context_2d(&c) else {
        return;
    };
    let pal = palette.get_untracked();
    let pad = 4.0 * scale;
    ctx.set_stroke_style_str(&rgb(pal.accent));
    ctx.set_line_width(SELECTED_RING * scale);
    ctx.stroke_rect(
        l as f64 - pad,
        t as f64 - pad,
        (r - l) as f64 + 2.0 * pad,
        (b - t) as f64 + 2.0 * pad,
    );
}

/// Moves the hover ring `ring` over the hovered point (issue #19: every pointer move cleared and
/// redrew the overlay canvas): an element moved by a transform, its size given to the stylesheet
/// as two numbers (`--w`, `--h`), which stretches four 1 px squares, the ring's sides, into place
/// with transforms too: a move changes no layout and no canvas. Drawn where the canvas draws the
/// selected point's ring, none on the selected point itself; never in a file (an export draws the
/// chart alone).
fn follow_hover(
    ring: NodeRef<Div>,
    selected: Signal<Option<usize>>,
    hovered: RwSignal<Option<usize>>,
    layout: RwSignal<Option<(Layout, f64)>>,
) {
    Effect::new(move |prev: Option<Option<[f64; 4]>>| {
        let sel = selected.get();
        let ring_box = hovered.get().filter(|&i| Some(i) != sel).and_then(|i| {
            layout.with(|l| {
                let (lay, scale) = l.as_ref()?;
                Some(ring_box(lay.rect(i)?, *scale))
            })
        });
        let el = ring.get()?;
        let prev = prev.flatten();
        if prev == ring_box {
            return ring_box;
        }
        // (`HtmlElement::style`: Leptos's `ElementExt` has a `style` too.)
        let style = web_sys::HtmlElement::style(&el);
        if let Some([x, y, w, h]) = ring_box {
            let _ = style.set_property("transform", &format!("translate({x}px, {y}px)"));
            let _ = style.set_property("--w", &w.to_string());
            let _ = style.set_property("--h", &h.to_string());
        }
        if prev.is_some() != ring_box.is_some() {
            let shown = if ring_box.is_some() {
                "visible"
            } else {
                "hidden"
            };
            let _ = style.set_property("visibility", shown);
        }
        ring_box
    });
}

/// The point under pointer event `ev` on the chart whose base canvas is `base`, at CSS width
/// `size.0`, by the last drawing's `layout` (all read untracked).
fn hit_point(
    ev: &web_sys::MouseEvent,
    base: NodeRef<Canvas>,
    size: ReadSignal<(f64, f64)>,
    layout: RwSignal<Option<(Layout, f64)>>,
) -> Option<usize> {
    let c = base.get_untracked()?;
    // The CSS width comes from the ResizeObserver: reading `clientWidth` here would force a
    // synchronous layout on every pointer move.
    let cw = size.get_untracked().0.max(1.0);
    let ratio = c.width() as f64 / cw;
    let (x, y) = (ev.offset_x() as f64 * ratio, ev.offset_y() as f64 * ratio);
    layout.with_untracked(|l| l.as_ref().and_then(|(l, _)| l.hit(x, y)))
}

/// A chart canvas: takes the height its chart needs at the width it is given, keeps its backing
/// store at CSS size × DPR, redraws when `draw` (a memo of the chart's inputs) changes or the
/// size/DPR does, and reports hover/click as point indices. The `selected` point's ring is drawn
/// on an overlay canvas (repainted when the selection changes), the hovered point's is a
/// positioned element: hovering repaints neither canvas.
#[component]
pub fn ChartCanvas(
    draw: Signal<DrawFn>,
    palette: Signal<Palette>,
    /// The point highlighted by selection (URL) or keyboard.
    selected: Signal<Option<usize>>,
    hovered: RwSignal<Option<usize>>,
    /// The layout of the last draw, in CSS pixels divided by `scale` for the caller.
    layout: RwSignal<Option<(Layout, f64)>>,
    on_pick: Callback<usize>,
    /// Shown over the chart (its tooltip), positioned against the chart's box.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let wrap = NodeRef::<Div>::new();
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let size = watch_size(wrap);
    // The height the chart needs at the current width (CSS pixels).
    let height = Memo::new(move |_| {
        let (w, d) = size.get();
        draw.with(|c| c.height(if w > 0.0 { w } else { 320.0 }, d, &CanvasMeasure))
    });
    // The drawn layout for tests and debugging: text boxes and point rectangles, as JSON.
    let (texts, set_texts) = signal(String::new());
    let (points, set_points) = signal(String::new());
    let paint_overlay = move || paint_selected_ring((base, overlay), selected, layout, palette);

    // Base layer: redraw on data, theme, size or DPR change.
    Effect::new(move |_| {
        let (w, d) = size.get();
        let f = draw.get();
        let _ = palette.get();
        let h = height.get();
        let (Some(c), Some(_)) = (base.get(), overlay.get()) else {
            return;
        };
        if w <= 0.0 {
            return;
        }
        let Some(lay) = draw_base(c, &f, (w, h), d) else {
            return;
        };
        set_texts.set(
            lay.as_ref()
                .map_or_else(String::new, |l| texts_json(l.texts(), d)),
        );
        set_points.set(lay.as_ref().map_or_else(String::new, |l| {
            points_json((0..).map_while(|i| l.rect(i)), d)
        }));
        layout.set(lay.map(|l| (l, d)));
        paint_overlay();
    });
    // Overlay: repaint on a selection change only.
    Effect::new(move |_| {
        selected.track();
        paint_overlay();
    });
    let ring = NodeRef::<Div>::new();
    follow_hover(ring, selected, hovered, layout);

    let hit = move |ev: &web_sys::MouseEvent| hit_point(ev, base, size, layout);
    view! {
        <div class="chart-canvas" node_ref=wrap style:height=move || format!("{}px", height.get())
            data-texts=move || texts.get() data-points=move || points.get()>
            <canvas node_ref=base class="chart-base" aria-hidden="true"
                lang=move || draw.with(|d| d.spec.lang().html_lang())></canvas>
            <canvas node_ref=overlay class="chart-overlay" aria-hidden="true"
                on:pointermove=move |ev| {
                    let h = hit(&ev);
                    if hovered.get_untracked() != h {
                        hovered.set(h);
                    }
                }
                on:pointerleave=move |_| hovered.set(None)
                on:click=move |ev| {
                    if let Some(i) = hit(&ev) {
                        on_pick.run(i);
                    }
                }></canvas>
            <div node_ref=ring class="chart-ring" aria-hidden="true"
                style:color=move || rgb(palette.get().accent)>
                <div class="ring-top"></div><div class="ring-bottom"></div>
                <div class="ring-left"></div><div class="ring-right"></div>
            </div>
            {children.map(|c| c())}
        </div>
    }
}

/// Renders a chart to an offscreen canvas at `scale` × CSS size (the height the chart needs at
/// `css_w`) and downloads it as PNG.
pub fn export_png(draw: DrawFn, css_w: f64, scale: f64, filename: String) {
    let css_h = draw.height(css_w, scale, &CanvasMeasure);
    let doc = document();
    let Ok(el) = doc.create_element("canvas") else {
        return;
    };
    let Ok(c) = el.dyn_into::<web_sys::HtmlCanvasElement>() else {
        return;
    };
    c.set_width((css_w * scale).round() as u32);
    c.set_height((css_h * scale).round() as u32);
    // Not in the document: it inherits no language.
    let _ = c.set_attribute("lang", draw.spec.lang().html_lang());
    let Some(backend) = CanvasBackend::with_canvas_object(c.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    let _ = draw.draw(&area, scale, &CanvasMeasure);
    let _ = area.present();
    let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(b) = blob {
            crate::app::browser::download_blob(&filename, &b);
        }
    });
    let _ = c.to_blob(cb.unchecked_ref());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Left, top, right, bottom in backend pixels.
    type Rect = (i32, i32, i32, i32);

    /// The attributes' JSON as it was written by hand before serde_json: `{:.1}` numbers,
    /// quotes and backslashes escaped.
    fn by_hand(items: &[(Rect, Option<&str>)], scale: f64) -> String {
        let items: Vec<String> = items
            .iter()
            .map(|&((l, t, r, b), text)| {
                let [l, t, r, b] = [l, t, r, b].map(|v| v as f64 / scale);
                match text {
                    Some(text) => {
                        let esc = text.replace('\\', "\\\\").replace('"', "\\\"");
                        format!("[{l:.1},{t:.1},{r:.1},{b:.1},\"{esc}\"]")
                    }
                    None => format!("[{l:.1},{t:.1},{r:.1},{b:.1}]"),
                }
            })
            .collect();
        format!("[{}]", items.join(","))
    }

    /// serde_json writes the points and texts exactly as the hand-written JSON did, at every
    /// device pixel ratio a screen has, at pixels all across a chart.
    #[test]
    fn layout_json_is_what_it_was() {
        let words = [
            "8,000억",
            "≈ 6,604억 원",
            "2023年",
            "a \"quoted\" \\ path",
            "",
        ];
        for scale in [1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.625, 3.0, 3.5, 4.0] {
            let rects: Vec<Rect> = (-20..4000)
                .step_by(7)
                .map(|v| (v, v + 1, v + 2, v + 3))
                .collect();
            let plain: Vec<_> = rects.iter().map(|&r| (r, None)).collect();
            assert_eq!(
                points_json(rects.iter().copied(), scale),
                by_hand(&plain, scale)
            );
            let boxes: Vec<TextBox> = rects
                .iter()
                .zip(words.iter().cycle())
                .map(|(&rect, w)| TextBox {
                    text: w.to_string(),
                    rect,
                    group: 0,
                })
                .collect();
            let labelled: Vec<_> = rects
                .iter()
                .zip(words.iter().cycle())
                .map(|(&r, w)| (r, Some(*w)))
                .collect();
            assert_eq!(texts_json(&boxes, scale), by_hand(&labelled, scale));
        }
        assert_eq!(points_json(std::iter::empty(), 2.0), "[]");
        assert_eq!(texts_json(&[], 2.0), "[]");
    }
}
