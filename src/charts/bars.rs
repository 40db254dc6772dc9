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

/// Fills the rectangle (left, top, right, bottom) with 45° lines: a derived value's marking.
fn hatch(ink: &mut Ink, (l, t, r, b): (i32, i32, i32, i32), color: RGBColor) {
    let scale = ink.look.scale;
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
    let w = w as i32;
    let s = |v: f64| (v * look.scale).round() as i32;
    let mut ink = Ink::new(*look, chart.lang);
    ink.fill(look.pal.bg);
    let edge = if frame.is_export() { s(14.0) } else { s(4.0) };
    let inner = w - 2 * edge;

    let mut y = if frame.is_export() { s(12.0) } else { s(2.0) };
    y = draw_head(&mut ink, frame, Some(&chart.subtitle), (edge, inner), y);
    y = draw_legend(&mut ink, chart, (edge, inner), y + s(6.0));

    let plot_h = s(chart.plot_height);
    let axis = value_axis(&ink, chart, plot_h);
    let left = edge + axis.gutter.min(w / 3);
    let cols = Columns::new(&ink, (left, w - edge - s(4.0)), chart.bars.len());
    if let Some(a) = &chart.annotation {
        let ends = (
            cols.centre(0),
            cols.centre(chart.bars.len().saturating_sub(1)),
        );
        y = draw_annotation(&mut ink, a, ends, (cols.left, cols.right), y + s(8.0));
    }
    // The top tick label is centred on the plot's top line: keep it below the band.
    let top = y + ink.lh(NOTE_PX) / 2 + s(6.0);
    let scale = Scale {
        top,
        bottom: top + plot_h,
        y_max: axis.y_max,
    };
    draw_grid(&mut ink, &axis.ticks, &cols, &scale);
    let (rects, below) = draw_columns(&mut ink, chart, &cols, &scale, w);
    let width = s(1.0).max(1) as u32;
    let muted = look.pal.muted;
    ink.path(
        vec![(cols.left, scale.bottom), (cols.right, scale.bottom)],
        muted,
        width,
    );

    let mut end = below + s(4.0);
    if frame.is_export() {
        end = draw_foot(&mut ink, frame, (edge, inner), end + s(10.0)) + s(10.0);
    }
    let layout = BarLayout {
        size: (w as u32, end.max(0) as u32),
        bars: rects,
        plot: (cols.left, scale.top, cols.right, scale.bottom),
        y_range: (0.0, axis.y_max),
        texts: ink.texts,
        height: end,
    };
    (layout, ink.shapes)
}

/// The legend: a solid swatch for stated, a hatched one for derived; items flow onto a new row
/// when the width runs out. Starts at `top`; returns the y below it.
fn draw_legend(ink: &mut Ink, chart: &BarChart, (edge, inner): (i32, i32), top: i32) -> i32 {
    let pal = ink.look.pal;
    let mut y = top;
    let sw = ink.s(12.0);
    let lh = ink.lh(LABEL_PX);
    let mut lx = edge;
    let mut row_h = lh;
    for (derived, text) in [(false, &chart.legend_stated), (true, &chart.legend_derived)] {
        let tw = ink.width(text, LABEL_PX, false);
        let item_w = sw + ink.s(6.0) + tw;
        if lx > edge && lx + item_w > edge + inner {
            lx = edge;
            y += row_h + ink.s(2.0);
            row_h = lh;
        }
        let sy = y + (lh - sw) / 2;
        if derived {
            hatch(ink, (lx, sy, lx + sw, sy + sw), pal.bar);
            let width = ink.s(1.5).max(1) as u32;
            ink.rect((lx, sy), (lx + sw, sy + sw), pal.bar, false, width);
        } else {
            ink.rect((lx, sy), (lx + sw, sy + sw), pal.bar, true, 0);
        }
        let max = (edge + inner - lx - sw - ink.s(6.0)).max(ink.s(40.0));
        let x = lx + sw + ink.s(6.0);
        let bottom = ink.para(text, x, y, max, LABEL_PX, pal.fg, HPos::Left, false);
        row_h = row_h.max(bottom - y);
        lx += item_w + ink.s(16.0);
    }
    y + row_h
}

/// The value axis: its top value, its ticks (value, label) and the gutter their labels need
/// left of the plot, in backend pixels.
struct Axis {
    y_max: f64,
    ticks: Vec<(f64, String)>,
    gutter: i32,
}

/// The y axis for a plot `plot_h` backend pixels tall: nice steps, with headroom above the
/// tallest bar for its value label.
fn value_axis(ink: &Ink, chart: &BarChart, plot_h: i32) -> Axis {
    let label_room = ink.lh(LABEL_PX) + ink.s(6.0);
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
        + ink.s(8.0);
    Axis {
        y_max,
        ticks,
        gutter,
    }
}

/// The plot's columns, in backend pixels: a slot per bar from `left` to `right`, the bar
/// centred in it.
struct Columns {
    left: i32,
    right: i32,
    slot: i32,
    bar_w: i32,
}

impl Columns {
    /// `n` columns between `left` and `right`.
    fn new(ink: &Ink, (left, right): (i32, i32), n: usize) -> Columns {
        let slot = (right - left) / n.max(1) as i32;
        Columns {
            left,
            right,
            slot,
            bar_w: ((slot as f64 * 0.56) as i32).min(ink.s(96.0)),
        }
    }
    /// The x of column `i`'s centre.
    fn centre(&self, i: usize) -> i32 {
        self.left + self.slot * i as i32 + self.slot / 2
    }
}

/// The plot's vertical scale: values from 0 at `bottom` to `y_max` at `top`, in backend pixels.
struct Scale {
    top: i32,
    bottom: i32,
    y_max: f64,
}

impl Scale {
    /// The y of value `v`.
    fn y(&self, v: f64) -> i32 {
        self.bottom - ((v / self.y_max) * (self.bottom - self.top) as f64).round() as i32
    }
}

/// The annotation in a band of its own above the plot, clear of the top tick label: its text
/// (wrapped to the plot's width, centred over the bars), then a dimension line from the first
/// bar's centre to the last one's (`ends`). Starts at `top`; returns the y below it.
fn draw_annotation(
    ink: &mut Ink,
    text: &str,
    (x0, x1): (i32, i32),
    (left, right): (i32, i32),
    top: i32,
) -> i32 {
    let accent = ink.look.pal.accent;
    let lh = ink.lh(LABEL_PX);
    let mut y = top;
    let lines = ink.wrap_balanced(text, right - left, LABEL_PX, false);
    let widest = lines
        .iter()
        .map(|l| ink.width(l, LABEL_PX, false))
        .max()
        .unwrap_or(0);
    let half = widest / 2 + 1;
    let tx = ((x0 + x1) / 2).clamp(left + half, (right - half).max(left + half));
    ink.next_group();
    for l in &lines {
        ink.line(l, tx, y + lh / 2, LABEL_PX, accent, HPos::Center, false);
        y += lh;
    }
    ink.next_group();
    let s = |v: f64| ink.s(v);
    let ly = y + s(4.0);
    let width = s(1.5).max(1) as u32;
    let (tick, head) = (s(6.0), (s(5.0), s(4.0)));
    ink.path(
        vec![(x0, ly + tick), (x0, ly), (x1, ly), (x1, ly + tick)],
        accent,
        width,
    );
    ink.path(
        vec![
            (x1 - head.0, ly - head.1),
            (x1, ly),
            (x1 - head.0, ly + head.1),
        ],
        accent,
        width,
    );
    ly + tick
}

/// Grid lines, and tick labels right-aligned against the plot.
fn draw_grid(ink: &mut Ink, ticks: &[(f64, String)], cols: &Columns, scale: &Scale) {
    let pal = ink.look.pal;
    let width = ink.s(1.0).max(1) as u32;
    for (v, label) in ticks {
        let gy = scale.y(*v);
        ink.path(vec![(cols.left, gy), (cols.right, gy)], pal.grid, width);
        ink.next_group();
        let x = cols.left - ink.s(6.0);
        ink.line(label, x, gy, NOTE_PX, pal.muted, HPos::Right, false);
    }
}

/// A bar's value label in one of its forms.
type LabelForm = fn(&Bar) -> &String;

/// The value labels' form and size: the longest form that fits every column (`room` backend
/// pixels), at the largest size that fits; else the short form shrunk, not below
/// `MIN_LABEL_PX`.
fn label_form(ink: &Ink, chart: &BarChart, room: i32) -> (LabelForm, f64) {
    let widest = |f: LabelForm, px: f64| {
        chart
            .bars
            .iter()
            .map(|b| ink.width(f(b), px, false))
            .max()
            .unwrap_or(0)
    };
    let forms: [LabelForm; 2] = [|b| &b.value_label, |b| &b.value_bare];
    forms
        .iter()
        .find(|f| widest(**f, LABEL_PX) <= room)
        .map(|f| (*f, LABEL_PX))
        .unwrap_or_else(|| {
            let wb = widest(forms[1], LABEL_PX).max(1) as f64;
            (
                forms[1],
                (LABEL_PX * room as f64 / wb).clamp(MIN_LABEL_PX, LABEL_PX),
            )
        })
}

/// The bars (derived ones hatched and outlined), each with its value centred above it (kept
/// inside the drawing, `w` backend pixels wide) and its period centred below. Returns each
/// bar's rectangle and the y below the lowest period label.
fn draw_columns(
    ink: &mut Ink,
    chart: &BarChart,
    cols: &Columns,
    scale: &Scale,
    w: i32,
) -> (Vec<(i32, i32, i32, i32)>, i32) {
    let pal = ink.look.pal;
    let room = cols.slot - ink.s(6.0);
    let (form, value_px) = label_form(ink, chart, room);
    let value_lh = ink.lh(value_px);
    let bottom = scale.bottom;
    let mut rects = Vec::new();
    let mut below = bottom;
    for (i, b) in chart.bars.iter().enumerate() {
        let cx = cols.centre(i);
        let (l, r) = (cx - cols.bar_w / 2, cx + cols.bar_w / 2);
        let t = if b.value.is_finite() {
            scale.y(b.value)
        } else {
            bottom
        };
        let rect = (l, t, r, bottom);
        if b.derived {
            hatch(ink, rect, pal.bar);
            let width = ink.s(2.0).max(1) as u32;
            ink.rect((l, t), (r, bottom), pal.bar, false, width);
        } else {
            ink.rect((l, t), (r, bottom), pal.bar, true, 0);
        }
        let text = form(b);
        let half = ink.width(text, value_px, false) / 2 + 1;
        let vx = cx.clamp(half + ink.s(1.0), (w - half - ink.s(1.0)).max(half));
        let vy = t - ink.s(4.0) - value_lh / 2;
        ink.next_group();
        ink.line(text, vx, vy, value_px, pal.fg, HPos::Center, false);
        let top = bottom + ink.s(6.0);
        let end = ink.para(
            &b.label,
            cx,
            top,
            room,
            LABEL_PX,
            pal.fg,
            HPos::Center,
            false,
        );
        below = below.max(end);
        rects.push(rect);
    }
    (rects, below)
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
