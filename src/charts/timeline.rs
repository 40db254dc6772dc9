//! The 2023 timeline on a date axis: spans for multi-day events, dots for single days, hollow
//! markers for dates the article gives only to the month.

use super::{Palette, Timeline};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Where each event landed, in backend pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLayout {
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

    // One lane per event, top to bottom.
    let n = tl.items.len().max(1) as i32;
    let lane = ((axis_y - s(12.0)) / n).max(s(18.0));
    let mut items = Vec::new();
    for (i, it) in tl.items.iter().enumerate() {
        let cy = s(12.0) + lane * i as i32 + lane / 2;
        let (xa, xb) = (x_of(it.start), x_of(it.end));
        let r = s(7.0);
        let rect = if it.approximate {
            area.draw(&Rectangle::new(
                [(xa, cy - r), (xb.max(xa + 2 * r), cy + r)],
                ShapeStyle::from(&pal.bar).stroke_width(s(2.0).max(1) as u32),
            ))?;
            (xa, cy - r, xb.max(xa + 2 * r), cy + r)
        } else if it.end > it.start {
            // A span of days: at least a little wider than a one-day dot, so it reads as a span.
            let xb = xb.max(xa + 3 * r);
            area.draw(&Rectangle::new([(xa, cy - r), (xb, cy + r)], pal.bar.filled()))?;
            (xa, cy - r, xb, cy + r)
        } else {
            area.draw(&Circle::new((xa, cy), r, pal.bar.filled()))?;
            (xa - r, cy - r, xa + r, cy + r)
        };
        // Label right of the marker, or left of it near the right edge.
        // Label right of the marker, or left of it near the right edge; cut to fit.
        let text = format!("{} · {}", it.when, it.title);
        let room_right = w - rect.2 - s(12.0);
        let room_left = rect.0 - s(12.0);
        let (text, tw) = fit(&text, room_right.max(room_left) as f64, 12.0 * scale);
        let lx = if room_right >= room_left {
            rect.2 + s(8.0)
        } else {
            rect.0 - s(8.0) - tw as i32
        };
        area.draw(&Text::new(
            text,
            (lx.max(s(2.0)), cy - s(8.0)),
            font(12.0, pal.fg),
        ))?;
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
