//! Bar charts (trade by year, first halves). Derived bars are hatched and outlined, never only a
//! different colour, and the legend says which is which.

use super::text::{Measure, TextBox};
use super::{
    draw_foot, draw_head, Bar, BarChart, Frame, Ink, Look, Shape, LABEL_PX, MIN_LABEL_PX, NOTE_PX,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// Where each bar landed, in backend pixels, for hit testing and the hover overlay.
#[derive(Clone, Debug, PartialEq)]
pub struct BarLayout {
    /// The drawing area's size in backend pixels.
    pub size: (u32, u32),
    /// (left, top, right, bottom) per bar.
    pub bars: Vec<(i32, i32, i32, i32)>,
    /// The plotting area: (left, top, right, bottom).
    pub plot: (i32, i32, i32, i32),
    /// Data value at the plot's bottom and top edges (for pixel ↔ value mapping).
    pub y_range: (f64, f64),
    /// Every line of text drawn.
    pub texts: Vec<TextBox>,
    /// How far down the drawing goes, in backend pixels (the chart's natural height).
    pub height: i32,
}

impl BarLayout {
    /// The bar under a backend-pixel point. The whole column counts, so short bars are easy to hit.
    pub fn bar_at(&self, x: f64, y: f64) -> Option<usize> {
        let (_, top, _, bottom) = self.plot;
        if y < top as f64 - 4.0 || y > bottom as f64 + 24.0 {
            return None;
        }
        self.bars
            .iter()
            .position(|&(l, _, r, _)| x >= l as f64 - 6.0 && x <= r as f64 + 6.0)
    }
    /// The data value at a backend-pixel y.
    pub fn value_at_y(&self, y: f64) -> f64 {
        let (_, top, _, bottom) = self.plot;
        let (lo, hi) = self.y_range;
        lo + (bottom as f64 - y) / (bottom - top) as f64 * (hi - lo)
    }
    /// The backend-pixel y of a data value.
    pub fn y_of_value(&self, v: f64) -> f64 {
        let (_, top, _, bottom) = self.plot;
        let (lo, hi) = self.y_range;
        bottom as f64 - (v - lo) / (hi - lo) * (bottom - top) as f64
    }
}

/// A "nice" axis maximum and step above `max`.
pub fn nice_axis(max: f64) -> (f64, f64) {
    if !(max.is_finite() && max > 0.0) {
        return (1.0, 0.25);
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

fn hatch(ink: &mut Ink, (l, t, r, b): (i32, i32, i32, i32), color: RGBColor, scale: f64) {
    let gap = (7.0 * scale).round().max(3.0) as i32;
    let w = (1.5 * scale).max(1.0) as u32;
    let style = (color, w);
    // 45° lines x = c + y, clipped to the rectangle: y runs over [max(t, l - c), min(b, r - c)].
    let mut c = l - b;
    while c <= r - t {
        let (y0, y1) = (t.max(l - c), b.min(r - c));
        if y0 < y1 {
            ink.path(vec![(c + y0, y0), (c + y1, y1)], style.0, style.1);
        }
        c += gap;
    }
}

/// Draws a bar chart on `area` (see `plan_bars`).
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    frame: &Frame,
    look: &Look,
) -> Result<BarLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    let size = area.dim_in_pixel();
    let (layout, shapes) = plan_bars(chart, frame, look, size.0);
    super::render(area, &shapes)?;
    Ok(BarLayout { size, ..layout })
}

/// Lays out a bar chart `w` backend pixels wide, top to bottom: (title,) subtitle, legend,
/// annotation, plot, period labels(, notes, credit). Value labels take the longest form that
/// fits every bar's column ("≈ 660 bn KRW", else "≈ 660 bn"), shrinking to `MIN_LABEL_PX` before
/// giving up room; every text stays inside the drawing. Returns the layout and what to draw.
pub fn plan_bars(chart: &BarChart, frame: &Frame, look: &Look, w: u32) -> (BarLayout, Vec<Shape>) {
    let pal = look.pal;
    let scale = look.scale;
    let w = w as i32;
    let mut ink = Ink::new(*look, chart.lang);
    ink.fill(pal.bg);
    let s = |v: f64| (v * scale).round() as i32;
    let edge = if frame.is_export() { s(14.0) } else { s(4.0) };
    let inner = w - 2 * edge;

    let mut y = if frame.is_export() { s(12.0) } else { s(2.0) };
    y = draw_head(&mut ink, frame, Some(&chart.subtitle), (edge, inner), y);

    // Legend: a solid swatch for stated, a hatched one for derived; items flow onto a new row
    // when the width runs out.
    y += s(6.0);
    let sw = s(12.0);
    let lh = ink.lh(LABEL_PX);
    let mut lx = edge;
    let mut row_h = lh;
    for (derived, text) in [(false, &chart.legend_stated), (true, &chart.legend_derived)] {
        let tw = ink.width(text, LABEL_PX, false);
        let item_w = sw + s(6.0) + tw;
        if lx > edge && lx + item_w > edge + inner {
            lx = edge;
            y += row_h + s(2.0);
            row_h = lh;
        }
        let sy = y + (lh - sw) / 2;
        if derived {
            hatch(&mut ink, (lx, sy, lx + sw, sy + sw), pal.bar, scale);
            ink.rect(
                (lx, sy),
                (lx + sw, sy + sw),
                pal.bar,
                false,
                s(1.5).max(1) as u32,
            );
        } else {
            ink.rect((lx, sy), (lx + sw, sy + sw), pal.bar, true, 0);
        }
        let max = (edge + inner - lx - sw - s(6.0)).max(s(40.0));
        let bottom = ink.para(
            text,
            lx + sw + s(6.0),
            y,
            max,
            LABEL_PX,
            pal.fg,
            HPos::Left,
            false,
        );
        row_h = row_h.max(bottom - y);
        lx += item_w + s(16.0);
    }
    y += row_h;

    // The y axis: nice steps, with headroom above the tallest bar for its value label.
    let plot_h = s(chart.plot_height);
    let label_room = lh + s(6.0);
    let max = chart
        .bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let (y_max, step) = nice_axis(max * plot_h as f64 / (plot_h - label_room).max(1) as f64);
    let mut ticks = Vec::new();
    let mut v = 0.0;
    while v <= y_max + step / 2.0 {
        ticks.push((v, super::format_axis(v, chart.lang)));
        v += step;
    }
    let gutter = ticks
        .iter()
        .map(|(_, t)| ink.width(t, NOTE_PX, false))
        .max()
        .unwrap_or(0)
        + s(8.0);
    let left = edge + gutter.min(w / 3);
    let right = w - edge - s(4.0);

    // Annotation: its text (wrapped to the plot's width), then a dimension line from the first
    // bar's centre to the last one's, in a band of its own above the plot, clear of the top
    // tick label.
    let n = chart.bars.len().max(1) as i32;
    let slot = (right - left) / n;
    let bar_w = ((slot as f64 * 0.56) as i32).min(s(96.0));
    let centre = |i: usize| left + slot * i as i32 + slot / 2;
    if let Some(a) = &chart.annotation {
        y += s(8.0);
        let (x0, x1) = (centre(0), centre(chart.bars.len().saturating_sub(1)));
        let lines = ink.wrap_balanced(a, right - left, LABEL_PX, false);
        let widest = lines
            .iter()
            .map(|l| ink.width(l, LABEL_PX, false))
            .max()
            .unwrap_or(0);
        let half = widest / 2 + 1;
        let tx = ((x0 + x1) / 2).clamp(left + half, (right - half).max(left + half));
        ink.next_group();
        for l in &lines {
            ink.line(l, tx, y + lh / 2, LABEL_PX, pal.accent, HPos::Center, false);
            y += lh;
        }
        ink.next_group();
        let ly = y + s(4.0);
        let style = (pal.accent, s(1.5).max(1) as u32);
        ink.path(
            vec![(x0, ly + s(6.0)), (x0, ly), (x1, ly), (x1, ly + s(6.0))],
            style.0,
            style.1,
        );
        ink.path(
            vec![
                (x1 - s(5.0), ly - s(4.0)),
                (x1, ly),
                (x1 - s(5.0), ly + s(4.0)),
            ],
            style.0,
            style.1,
        );
        y = ly + s(6.0);
    }
    // The top tick label is centred on the plot's top line: keep it below the band.
    let top = y + ink.lh(NOTE_PX) / 2 + s(6.0);
    let bottom = top + plot_h;
    let plot = (left, top, right, bottom);
    let layout_y = |v: f64| bottom - ((v / y_max) * (bottom - top) as f64).round() as i32;

    // Grid lines, and tick labels right-aligned against the plot.
    for (v, label) in &ticks {
        let gy = layout_y(*v);
        ink.path(
            vec![(left, gy), (right, gy)],
            pal.grid,
            s(1.0).max(1) as u32,
        );
        ink.next_group();
        ink.line(
            label,
            left - s(6.0),
            gy,
            NOTE_PX,
            pal.muted,
            HPos::Right,
            false,
        );
    }

    // Value labels: the longest form that fits every column, at the largest size that fits.
    let room = slot - s(6.0);
    let widest = |f: &dyn Fn(&Bar) -> &String, px: f64| {
        chart
            .bars
            .iter()
            .map(|b| ink.width(f(b), px, false))
            .max()
            .unwrap_or(0)
    };
    let forms: [&dyn Fn(&Bar) -> &String; 2] = [&|b| &b.value_label, &|b| &b.value_bare];
    let (form, value_px) = forms
        .iter()
        .find(|f| widest(**f, LABEL_PX) <= room)
        .map(|f| (*f, LABEL_PX))
        .unwrap_or_else(|| {
            let wb = widest(forms[1], LABEL_PX).max(1) as f64;
            (
                forms[1],
                (LABEL_PX * room as f64 / wb).clamp(MIN_LABEL_PX, LABEL_PX),
            )
        });
    let value_lh = ink.lh(value_px);

    let mut rects = Vec::new();
    let mut below = bottom;
    for (i, b) in chart.bars.iter().enumerate() {
        let cx = centre(i);
        let (l, r) = (cx - bar_w / 2, cx + bar_w / 2);
        let t = if b.value.is_finite() {
            layout_y(b.value)
        } else {
            bottom
        };
        let rect = (l, t, r, bottom);
        if b.derived {
            hatch(&mut ink, rect, pal.bar, scale);
            ink.rect((l, t), (r, bottom), pal.bar, false, s(2.0).max(1) as u32);
        } else {
            ink.rect((l, t), (r, bottom), pal.bar, true, 0);
        }
        // Value centred above the bar (kept inside the drawing), period centred below.
        let text = form(b);
        let half = ink.width(text, value_px, false) / 2 + 1;
        let vx = cx.clamp(half + s(1.0), (w - half - s(1.0)).max(half));
        ink.next_group();
        ink.line(
            text,
            vx,
            t - s(4.0) - value_lh / 2,
            value_px,
            pal.fg,
            HPos::Center,
            false,
        );
        let end = ink.para(
            &b.label,
            cx,
            bottom + s(6.0),
            room,
            LABEL_PX,
            pal.fg,
            HPos::Center,
            false,
        );
        below = below.max(end);
        rects.push(rect);
    }
    ink.path(
        vec![(left, bottom), (right, bottom)],
        pal.muted,
        s(1.0).max(1) as u32,
    );

    let mut end = below + s(4.0);
    if frame.is_export() {
        end = draw_foot(&mut ink, frame, (edge, inner), end + s(10.0)) + s(10.0);
    }
    let layout = BarLayout {
        size: (w as u32, end.max(0) as u32),
        bars: rects,
        plot,
        y_range: (0.0, y_max),
        texts: ink.texts,
        height: end,
    };
    (layout, ink.shapes)
}

/// The height in CSS pixels a bar chart needs at `css_w` CSS pixels wide, drawn at `scale`.
pub fn bars_height(
    chart: &BarChart,
    frame: &Frame,
    css_w: f64,
    scale: f64,
    measure: &dyn Measure,
) -> f64 {
    super::needed_css_height(css_w, scale, measure, |look, w| {
        plan_bars(chart, frame, look, w).0.height
    })
}
