//! The one module that touches `<canvas>`: backing-store sizing (CSS size × devicePixelRatio),
//! redraw on resize and DPR change, pointer → backend-pixel mapping, the hover overlay, and PNG
//! export. Chart drawing itself is `crate::charts`, over any plotters backend.

use crate::charts::{BarLayout, Palette, TimelineLayout};
use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// The pixel layout a draw function returns, for hit testing.
#[derive(Clone, Debug, PartialEq)]
pub enum Layout {
    Bars(BarLayout),
    Timeline(TimelineLayout),
}

impl Layout {
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        match self {
            Layout::Bars(b) => b.bar_at(x, y),
            Layout::Timeline(t) => t.item_at(x, y),
        }
    }
    /// Width of the drawing in backend pixels.
    pub fn width(&self) -> u32 {
        match self {
            Layout::Bars(b) => b.size.0,
            Layout::Timeline(t) => t.size.0,
        }
    }
    pub fn rect(&self, i: usize) -> Option<(i32, i32, i32, i32)> {
        match self {
            Layout::Bars(b) => b.bars.get(i).copied(),
            Layout::Timeline(t) => t.items.get(i).copied(),
        }
    }
}

/// Draws a chart onto a canvas backend; `scale` is the device-pixel ratio (or 2 for PNG export).
pub type DrawFn =
    Arc<dyn Fn(&DrawingArea<CanvasBackend, Shift>, f64) -> Option<Layout> + Send + Sync>;

fn dpr() -> f64 {
    window().device_pixel_ratio().max(1.0)
}

/// A chart canvas: keeps its backing store at CSS size × DPR, redraws when `draw` (a memo of
/// the chart's inputs) changes or the size/DPR does, and reports hover/click as point indices.
/// The highlight for `selected`/hovered points is drawn on an overlay canvas, so hovering
/// repaints only the overlay.
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
    height: f64,
) -> impl IntoView {
    let wrap = NodeRef::<Div>::new();
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let (size, set_size) = signal((0.0f64, dpr()));

    // Track the wrapper's CSS width (ResizeObserver) and the DPR (a media query per value).
    Effect::new(move |_| {
        let Some(el) = wrap.get() else { return };
        let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let w = e.content_rect().width();
                set_size.set((w, dpr()));
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            ro.observe(&el);
            // The observer lives as long as the page; the chart is never unmounted for long.
            std::mem::forget(ro);
        }
        cb.forget();
    });
    Effect::new(move |_| {
        let (_, d) = size.get();
        let query = format!("(resolution: {d}dppx)");
        if let Ok(Some(mq)) = window().match_media(&query) {
            let cb = Closure::once_into_js(move || set_size.update(|s| s.1 = dpr()));
            let _ =
                mq.add_event_listener_with_callback_and_bool("change", cb.unchecked_ref(), true);
        }
    });

    let paint_overlay = move || {
        let Some(c) = overlay.get_untracked() else {
            return;
        };
        if layout.with_untracked(Option::is_none) {
            return;
        }
        let Ok(Some(ctx)) = c.get_context("2d") else {
            return;
        };
        let Ok(ctx) = ctx.dyn_into::<web_sys::CanvasRenderingContext2d>() else {
            return;
        };
        ctx.clear_rect(0.0, 0.0, c.width() as f64, c.height() as f64);
        let pal = palette.get_untracked();
        let color = format!("rgb({},{},{})", pal.accent.0, pal.accent.1, pal.accent.2);
        let ring = |i: usize, width: f64| {
            let Some(((l, t, r, b), scale)) = layout
                .with_untracked(|l| l.as_ref().and_then(|(lay, s)| lay.rect(i).map(|r| (r, *s))))
            else {
                return;
            };
            let pad = 4.0 * scale;
            ctx.set_stroke_style_str(&color);
            ctx.set_line_width(width * scale);
            ctx.stroke_rect(
                l as f64 - pad,
                t as f64 - pad,
                (r - l) as f64 + 2.0 * pad,
                (b - t) as f64 + 2.0 * pad,
            );
        };
        if let Some(i) = selected.get_untracked() {
            ring(i, 3.0);
        }
        if let Some(i) = hovered.get_untracked() {
            if Some(i) != selected.get_untracked() {
                ring(i, 1.5);
            }
        }
    };

    // Base layer: redraw on data, theme, size or DPR change.
    Effect::new(move |_| {
        let (w, d) = size.get();
        let f = draw.get();
        let _ = palette.get();
        let (Some(c), Some(o)) = (base.get(), overlay.get()) else {
            return;
        };
        if w <= 0.0 {
            return;
        }
        let (pw, ph) = ((w * d).round() as u32, (height * d).round() as u32);
        for canvas in [&c, &o] {
            canvas.set_width(pw);
            canvas.set_height(ph);
        }
        let Some(backend) = CanvasBackend::with_canvas_object(c) else {
            return;
        };
        let area = backend.into_drawing_area();
        let lay = f(&area, d);
        let _ = area.present();
        layout.set(lay.map(|l| (l, d)));
        paint_overlay();
    });
    // Overlay: repaint on hover or selection only.
    Effect::new(move |_| {
        let _ = (hovered.get(), selected.get());
        paint_overlay();
    });

    let to_backend = move |ev: &web_sys::MouseEvent| -> Option<(f64, f64)> {
        let c = base.get_untracked()?;
        // The CSS width comes from the ResizeObserver: reading `clientWidth` here would force a
        // synchronous layout on every pointer move.
        let cw = size.get_untracked().0.max(1.0);
        let ratio = c.width() as f64 / cw;
        Some((ev.offset_x() as f64 * ratio, ev.offset_y() as f64 * ratio))
    };
    let hit = move |ev: &web_sys::MouseEvent| {
        let (x, y) = to_backend(ev)?;
        layout.with_untracked(|l| l.as_ref().and_then(|(l, _)| l.hit(x, y)))
    };
    view! {
        <div class="chart-canvas" node_ref=wrap style:height=format!("{height}px")>
            <canvas node_ref=base class="chart-base" aria-hidden="true"></canvas>
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
        </div>
    }
}

/// Renders a chart to an offscreen canvas at `scale` × CSS size and downloads it as PNG.
pub fn export_png(draw: DrawFn, css_w: f64, css_h: f64, scale: f64, filename: String) {
    let doc = document();
    let Ok(el) = doc.create_element("canvas") else {
        return;
    };
    let Ok(c) = el.dyn_into::<web_sys::HtmlCanvasElement>() else {
        return;
    };
    c.set_width((css_w * scale) as u32);
    c.set_height((css_h * scale) as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(c.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    let _ = draw(&area, scale);
    let _ = area.present();
    let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(b) = blob {
            crate::app::browser::download_blob(&filename, &b);
        }
    });
    let _ = c.to_blob(cb.unchecked_ref());
}
