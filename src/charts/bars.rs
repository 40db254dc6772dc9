//! Bar charts (trade by year, first halves). Derived bars are hatched and outlined, never only a
//! different colour, and the legend says which is which.

use super::{BarChart, Palette};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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

fn hatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    (l, t, r, b): (i32, i32, i32, i32),
    color: RGBColor,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let gap = (7.0 * scale).round().max(3.0) as i32;
    let w = (1.5 * scale).max(1.0) as u32;
    let style = ShapeStyle::from(&color).stroke_width(w);
    // 45° lines x = c + y, clipped to the rectangle: y runs over [max(t, l - c), min(b, r - c)].
    let mut c = l - b;
    while c <= r - t {
        let (y0, y1) = (t.max(l - c), b.min(r - c));
        if y0 < y1 {
            area.draw(&PathElement::new(vec![(c + y0, y0), (c + y1, y1)], style))?;
        }
        c += gap;
    }
    Ok(())
}

/// Draws a bar chart on `area`. `scale` multiplies sizes (the device-pixel ratio on canvas).
pub fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    pal: &Palette,
    scale: f64,
) -> Result<BarLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&pal.bg)?;
    let (w, h) = area.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let s = |v: f64| (v * scale).round() as i32;
    let font = |size: f64, color: RGBColor| super::text_style(size * scale, color);

    // Layout: caption on top, legend under it, axis labels left, period labels below.
    let left = s(64.0).min(w / 4);
    let right = w - s(12.0);
    let top = s(64.0);
    let bottom = h - s(30.0);
    let plot = (left, top, right, bottom);

    let max = chart
        .bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    // Headroom for the value labels and the annotation above the tallest bar.
    let (y_max, step) = nice_axis(max * 1.3);
    let layout_y = |v: f64| bottom - ((v / y_max) * (bottom - top) as f64).round() as i32;

    area.draw(&Text::new(
        chart.y_caption.clone(),
        (s(8.0), s(6.0)),
        font(12.0, pal.muted),
    ))?;

    // Legend: a solid swatch for stated, a hatched one for derived.
    let ly = s(26.0);
    let sw = s(14.0);
    let mut lx = s(8.0);
    area.draw(&Rectangle::new(
        [(lx, ly), (lx + sw, ly + sw)],
        pal.bar.filled(),
    ))?;
    lx += sw + s(6.0);
    area.draw(&Text::new(
        chart.legend_stated.clone(),
        (lx, ly),
        font(12.0, pal.fg),
    ))?;
    lx += s(12.0) * chart.legend_stated.chars().count() as i32 / 2 + s(40.0);
    hatch(area, (lx, ly, lx + sw, ly + sw), pal.bar, scale)?;
    area.draw(&Rectangle::new(
        [(lx, ly), (lx + sw, ly + sw)],
        ShapeStyle::from(&pal.bar).stroke_width(s(1.5).max(1) as u32),
    ))?;
    area.draw(&Text::new(
        chart.legend_derived.clone(),
        (lx + sw + s(6.0), ly),
        font(12.0, pal.fg),
    ))?;

    // Grid lines and y labels.
    let mut v = 0.0;
    while v <= y_max + step / 2.0 {
        let y = layout_y(v);
        area.draw(&PathElement::new(
            vec![(left, y), (right, y)],
            ShapeStyle::from(&pal.grid).stroke_width(s(1.0).max(1) as u32),
        ))?;
        let label = super::format_axis(v, chart.lang);
        area.draw(&Text::new(
            label,
            (s(6.0), y - s(7.0)),
            font(11.0, pal.muted),
        ))?;
        v += step;
    }

    // Bars.
    let n = chart.bars.len().max(1) as i32;
    let slot = (right - left) / n;
    let bar_w = (slot as f64 * 0.56) as i32;
    let mut rects = Vec::new();
    for (i, b) in chart.bars.iter().enumerate() {
        let cx = left + slot * i as i32 + slot / 2;
        let (l, r) = (cx - bar_w / 2, cx + bar_w / 2);
        let t = if b.value.is_finite() {
            layout_y(b.value)
        } else {
            bottom
        };
        let rect = (l, t, r, bottom);
        if b.derived {
            hatch(area, rect, pal.bar, scale)?;
            area.draw(&Rectangle::new(
                [(l, t), (r, bottom)],
                ShapeStyle::from(&pal.bar).stroke_width(s(2.0).max(1) as u32),
            ))?;
        } else {
            area.draw(&Rectangle::new([(l, t), (r, bottom)], pal.bar.filled()))?;
        }
        // Value centred above the bar, period centred below.
        area.draw(&Text::new(
            b.value_text.clone(),
            (cx, t - s(5.0)),
            font(12.0, pal.fg).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
        area.draw(&Text::new(
            b.label.clone(),
            (cx, bottom + s(6.0)),
            font(12.0, pal.fg).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
        rects.push(rect);
    }
    area.draw(&PathElement::new(
        vec![(left, bottom), (right, bottom)],
        ShapeStyle::from(&pal.muted).stroke_width(s(1.0).max(1) as u32),
    ))?;

    // Annotation: a dimension line over all bars (first to last centre, with end ticks) and
    // its text above it, clear of the value labels thanks to the headroom.
    if let (Some(a), Some(first), Some(last)) = (&chart.annotation, rects.first(), rects.last()) {
        let (x0, x1) = ((first.0 + first.2) / 2, (last.0 + last.2) / 2);
        let y = top + s(10.0);
        let style = ShapeStyle::from(&pal.accent).stroke_width(s(1.5).max(1) as u32);
        area.draw(&PathElement::new(
            vec![(x0, y + s(6.0)), (x0, y), (x1, y), (x1, y + s(6.0))],
            style,
        ))?;
        area.draw(&PathElement::new(
            vec![
                (x1 - s(5.0), y - s(4.0)),
                (x1, y),
                (x1 - s(5.0), y + s(4.0)),
            ],
            style,
        ))?;
        let half = (super::timeline::text_width(a, 12.0 * scale) / 2.0) as i32;
        let tx = ((x0 + x1) / 2).clamp(left + half, (right - half).max(left + half));
        area.draw(&Text::new(
            a.clone(),
            (tx, y - s(3.0)),
            font(12.0, pal.accent).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))?;
    }
    Ok(BarLayout {
        size: area.dim_in_pixel(),
        bars: rects,
        plot,
        y_range: (0.0, y_max),
    })
}
