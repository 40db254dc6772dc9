//! The 2023 timeline on a date axis: spans for multi-day events, dots for single days, hollow
//! markers for dates the article gives only to the month.

use super::{Palette, Timeline};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Where each event landed, in backend pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
    /// The drawing area's size in backend pixels.
    pub size: (u32, u32),
    /// (left, top, right, bottom) of each event's marker.
    pub items: Vec<(i32, i32, i32, i32)>,
    /// Day ordinals at the axis's left and right ends, and their pixel x.
    pub days: (i32, i32),
    pub x_range: (i32, i32),
}

impl TimelineLayout {
    pub fn item_at(&self, x: f64, y: f64) -> Option<usize> {
        let pad = 8.0;
        self.items.iter().position(|&(l, t, r, b)| {
            x >= l as f64 - pad && x <= r as f64 + pad && y >= t as f64 - pad && y <= b as f64 + pad
        })
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

pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    tl: &Timeline,
    pal: &Palette,
    scale: f64,
) -> Result<TimelineLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&pal.bg)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let s = |v: f64| (v * scale).round() as i32;
    let font = |size: f64, color: RGBColor| super::text_style(size * scale, color);
    let (x0, x1) = (s(16.0), w - s(16.0));
    let d0 = tl.months.first().map_or(0, |m| m.0) - 10;
    let d1 = tl.months.last().map_or(1, |m| m.0) + 20;
    let layout = TimelineLayout {
        items: Vec::new(),
        days: (d0, d1),
        x_range: (x0, x1),
        size: area.dim_in_pixel(),
    };
    let x_of = |d: i32| layout.x_of_day(d).round() as i32;
    let axis_y = h - s(34.0);

    // Month ticks.
    for (d, label) in &tl.months {
        let x = x_of(*d);
        area.draw(&PathElement::new(
            vec![(x, s(8.0)), (x, axis_y)],
            ShapeStyle::from(&pal.grid).stroke_width(s(1.0).max(1) as u32),
        ))?;
        area.draw(&Text::new(
            label.clone(),
            (x + s(3.0), axis_y + s(8.0)),
            font(12.0, pal.muted),
        ))?;
    }
    area.draw(&PathElement::new(
        vec![(x0, axis_y), (x1, axis_y)],
        ShapeStyle::from(&pal.muted).stroke_width(s(1.5).max(1) as u32),
    ))?;

    // One lane per event, top to bottom: its label on a line of its own (full width, cut to
    // fit), its marker below on the date axis.
    let n = tl.items.len().max(1) as i32;
    let lane = ((axis_y - s(6.0)) / n).max(s(30.0));
    let mut items = Vec::new();
    for (i, it) in tl.items.iter().enumerate() {
        let lane_top = s(6.0) + lane * i as i32;
        let r = s(6.0);
        let cy = lane_top + lane - r - s(4.0);
        let (xa, xb) = (x_of(it.start), x_of(it.end));
        let rect = if it.approximate {
            // Month-only date: a hollow span over the month.
            let rect = (xa, cy - r, xb.max(xa + 2 * r), cy + r);
            area.draw(&Rectangle::new(
                [(rect.0, rect.1), (rect.2, rect.3)],
                ShapeStyle::from(&pal.bar).stroke_width(s(2.0).max(1) as u32),
            ))?;
            rect
        } else if it.end > it.start {
            // A span of days: at least a little wider than a one-day dot, so it reads as a span.
            let rect = (xa, cy - r, xb.max(xa + 3 * r), cy + r);
            area.draw(&Rectangle::new(
                [(rect.0, rect.1), (rect.2, rect.3)],
                pal.bar.filled(),
            ))?;
            rect
        } else {
            area.draw(&Circle::new((xa, cy), r, pal.bar.filled()))?;
            (xa - r, cy - r, xa + r, cy + r)
        };
        let text = format!("{} · {}", it.when, it.title);
        let (text, _) = fit(&text, (x1 - x0) as f64, 12.0 * scale);
        area.draw(&Text::new(text, (x0, lane_top), font(12.0, pal.fg)))?;
        items.push(rect);
    }
    Ok(TimelineLayout { items, ..layout })
}

/// Estimated width of `text` at `px` font size: CJK and Hangul 1 em, other characters 0.55 em.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| if (c as u32) >= 0x1100 { px } else { px * 0.55 })
        .sum()
}

/// Cuts `text` with an ellipsis so that it fits `max` pixels; returns it with its width.
pub fn fit(text: &str, max: f64, px: f64) -> (String, f64) {
    if text_width(text, px) <= max {
        return (text.to_string(), text_width(text, px));
    }
    let mut out = String::new();
    for c in text.chars() {
        let next = format!("{out}{c}…");
        if text_width(&next, px) > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    let w = text_width(&out, px);
    (out, w)
}
