//! The 2023 timeline on a date axis: spans for multi-day events, dots for single days, hollow
//! markers for dates the article gives only to the month. Each event has a row of its own with
//! its label beside its marker, on the side with more room (wrapped there, never cut), so a
//! marker is always nearer its own label than any other; rows are spaced further apart than a
//! label's lines.

use super::text::{Measure, TextBox};
use super::{draw_foot, draw_head, Frame, Ink, Look, Shape, Timeline, LABEL_PX, NOTE_PX};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// Where each event landed, in backend pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    /// The drawing area's size in backend pixels.
    pub size: (u32, u32),
    /// (left, top, right, bottom) of each event's marker.
    pub items: Vec<(i32, i32, i32, i32)>,
    /// (left, top, right, bottom) of each event's label (all its lines).
    pub labels: Vec<(i32, i32, i32, i32)>,
    /// Day ordinals at the axis's left and right ends, and their pixel x.
    pub days: (i32, i32),
    pub x_range: (i32, i32),
    /// Every line of text drawn.
    pub texts: Vec<TextBox>,
    /// How far down the drawing goes, in backend pixels (the chart's natural height).
    pub height: i32,
}

impl TimelineLayout {
    /// The event under a backend-pixel point: its marker or its label.
    pub fn item_at(&self, x: f64, y: f64) -> Option<usize> {
        let pad = 6.0;
        let inside = |&(l, t, r, b): &(i32, i32, i32, i32)| {
            x >= l as f64 - pad && x <= r as f64 + pad && y >= t as f64 - pad && y <= b as f64 + pad
        };
        self.items
            .iter()
            .position(inside)
            .or_else(|| self.labels.iter().position(inside))
    }
    /// The pixel x of a day ordinal.
    pub fn x_of_day(&self, day: i32) -> f64 {
        let (d0, d1) = self.days;
        let (x0, x1) = self.x_range;
        x0 as f64 + (day - d0) as f64 / (d1 - d0) as f64 * (x1 - x0) as f64
    }
    /// The day ordinal at pixel x.
    pub fn day_at_x(&self, x: f64) -> f64 {
        let (d0, d1) = self.days;
        let (x0, x1) = self.x_range;
        d0 as f64 + (x - x0 as f64) / (x1 - x0) as f64 * (d1 - d0) as f64
    }
}

/// Draws the timeline on `area` (see `plan_timeline`).
pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    tl: &Timeline,
    frame: &Frame,
    look: &Look,
) -> Result<TimelineLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    let size = area.dim_in_pixel();
    let (layout, shapes) = plan_timeline(tl, frame, look, size.0);
    super::render(area, &shapes)?;
    Ok(TimelineLayout { size, ..layout })
}

/// A marker's radius (half its height) in CSS pixels.
const MARKER_R: f64 = 6.0;

/// Lays out the timeline `w` backend pixels wide; returns the layout and what to draw.
pub fn plan_timeline(
    tl: &Timeline,
    frame: &Frame,
    look: &Look,
    w: u32,
) -> (TimelineLayout, Vec<Shape>) {
    let pal = look.pal;
    let w = w as i32;
    let mut ink = Ink::new(*look, tl.lang);
    ink.fill(pal.bg);
    let s = |v: f64| (v * look.scale).round() as i32;
    let edge = if frame.is_export() { s(14.0) } else { s(4.0) };
    let inner = w - 2 * edge;
    let mut y = if frame.is_export() { s(12.0) } else { s(2.0) };
    y = draw_head(&mut ink, frame, tl.subtitle.as_deref(), (edge, inner), y);

    let (x0, x1) = (edge + s(4.0), w - edge - s(4.0));
    let d0 = tl.months.first().map_or(0, |m| m.0);
    let d1 = tl.months.last().map_or(1, |m| m.1);
    let mut layout = TimelineLayout {
        size: (w as u32, 0),
        items: Vec::new(),
        labels: Vec::new(),
        days: (d0, d1.max(d0 + 1)),
        x_range: (x0, x1),
        texts: Vec::new(),
        height: 0,
    };
    // The rows are laid out first and drawn after the grid, so labels sit over the grid lines.
    let rows_top = y + s(10.0);
    let (rows, rows_end) = plan_rows(&ink, tl, &layout, rows_top);
    let axis_y = rows_end + s(2.0);
    draw_months(&mut ink, tl, &layout, (rows_top, axis_y));
    ink.path(
        vec![(x0, axis_y), (x1, axis_y)],
        pal.muted,
        s(1.5).max(1) as u32,
    );
    draw_rows(&mut ink, tl, rows, &mut layout);
    let mut end = axis_y + s(6.0) + ink.lh(NOTE_PX) + s(4.0);
    if frame.is_export() {
        end = draw_foot(&mut ink, frame, (edge, inner), end + s(10.0)) + s(10.0);
    }
    layout.texts = ink.texts;
    layout.height = end;
    layout.size.1 = end.max(0) as u32;
    (layout, ink.shapes)
}

/// One event's row, in backend pixels.
struct Row {
    lines: Vec<String>,
    /// The label block's box.
    label: (i32, i32, i32, i32),
    marker: (i32, i32, i32, i32),
}

/// The rows from `top` down: each event's marker on the date axis, its label beside it on the
/// roomier side. Returns them and the y below the last.
fn plan_rows(ink: &Ink, tl: &Timeline, layout: &TimelineLayout, top: i32) -> (Vec<Row>, i32) {
    let x_of = |d: i32| layout.x_of_day(d).round() as i32;
    let (x0, x1) = layout.x_range;
    let lh = ink.lh(LABEL_PX);
    let r = ink.s(MARKER_R);
    let gap = ink.s(6.0);
    let mut y = top;
    let mut rows = Vec::new();
    for it in &tl.items {
        let (xa, xb) = (x_of(it.start), x_of(it.end));
        // Marker extent: a month-only span, a span of days (at least a little wider than a
        // one-day dot, so it reads as a span), or a dot.
        let (ml, mr) = if it.approximate {
            (xa, xb.max(xa + 2 * r))
        } else if it.end > it.start {
            (xa, xb.max(xa + 3 * r))
        } else {
            (xa - r, xa + r)
        };
        let text = format!("{} · {}", it.when, it.title);
        let room_right = x1 - (mr + gap);
        let room_left = (ml - gap) - x0;
        let on_right = room_right >= room_left;
        let room = room_right.max(room_left).max(ink.s(60.0));
        let lines = ink.wrap_balanced(&text, room, LABEL_PX, false);
        let widest = lines
            .iter()
            .map(|l| ink.width(l, LABEL_PX, false))
            .max()
            .unwrap_or(0);
        // A block of left-aligned lines, beside the marker on either side.
        let left = if on_right {
            mr + gap
        } else {
            ml - gap - widest
        };
        let label_h = lh * lines.len().max(1) as i32;
        // The marker sits on the label's first line, like a bullet.
        let cy = y + lh / 2;
        rows.push(Row {
            lines,
            label: (left, y, left + widest, y + label_h),
            marker: (ml, cy - r, mr, cy + r),
        });
        y += label_h.max(2 * r) + ink.s(10.0);
    }
    (rows, y)
}

/// Month bands: grid lines at month starts from above the rows (`rows_top`) down to the axis
/// (`axis_y`), the month's name centred in its band below the axis.
fn draw_months(
    ink: &mut Ink,
    tl: &Timeline,
    layout: &TimelineLayout,
    (rows_top, axis_y): (i32, i32),
) {
    let pal = ink.look.pal;
    let x_of = |d: i32| layout.x_of_day(d).round() as i32;
    let width = ink.s(1.0).max(1) as u32;
    let label_y = axis_y + ink.s(6.0) + ink.lh(NOTE_PX) / 2;
    for (a, b, label) in &tl.months {
        let (xa, xb) = (x_of(*a), x_of(*b));
        ink.path(
            vec![(xa, rows_top - ink.s(6.0)), (xa, axis_y)],
            pal.grid,
            width,
        );
        ink.next_group();
        let x = (xa + xb) / 2;
        ink.line(label, x, label_y, NOTE_PX, pal.muted, HPos::Center, false);
    }
}

/// Draws the rows and records in `layout` where each went: the label on a patch of background
/// (a halo, so grid lines do not cross the words), then the marker — hollow for a month-only
/// date, a bar for a span of days, a dot for one day.
fn draw_rows(ink: &mut Ink, tl: &Timeline, rows: Vec<Row>, layout: &mut TimelineLayout) {
    let pal = ink.look.pal;
    let lh = ink.lh(LABEL_PX);
    let r = ink.s(MARKER_R);
    for (it, row) in tl.items.iter().zip(rows) {
        let (l, t, rr, b) = row.label;
        ink.rect((l - ink.s(2.0), t), (rr + ink.s(2.0), b), pal.bg, true, 0);
        ink.next_group();
        for (k, line) in row.lines.iter().enumerate() {
            let cy = t + lh / 2 + k as i32 * lh;
            ink.line(line, l, cy, LABEL_PX, pal.fg, HPos::Left, false);
        }
        ink.next_group();
        let (ml, mt, mr, mb) = row.marker;
        if it.approximate {
            let width = ink.s(2.0).max(1) as u32;
            ink.rect((ml, mt), (mr, mb), pal.bar, false, width);
        } else if it.end > it.start {
            ink.rect((ml, mt), (mr, mb), pal.bar, true, 0);
        } else {
            ink.circle(((ml + mr) / 2, (mt + mb) / 2), r, pal.bar);
        }
        layout.items.push(row.marker);
        layout.labels.push(row.label);
    }
}

/// The height in CSS pixels the timeline needs at `css_w` CSS pixels wide, drawn at `scale`.
pub fn timeline_height(
    tl: &Timeline,
    frame: &Frame,
    css_w: f64,
    scale: f64,
    measure: &dyn Measure,
) -> f64 {
    super::needed_css_height(css_w, scale, measure, |look, w| {
        plan_timeline(tl, frame, look, w).0.height
    })
}
