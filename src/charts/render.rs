//! The shapes a chart is laid out into, and drawing them on any plotters backend: the layout code
//! is not generic, so it exists once in the wasm whichever backend draws. Also how a chart's
//! height follows from the layout.

use super::fonts::{font_family, text_style};
use super::palette::{Palette, LIGHT};
use super::text::Measure;
use crate::core::i18n::Lang;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::RGBColor;

/// How to draw: colours, backend pixels per CSS pixel (the device-pixel ratio on screen, 2 for
/// a PNG), and how to measure text.
#[derive(Clone, Copy)]
pub struct Look<'a> {
    pub pal: Palette,
    pub scale: f64,
    pub measure: &'a dyn Measure,
}

/// What drawing on backend `DB` gives: `T`, or the backend's error.
pub(crate) type DrawResult<T, DB> =
    Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// How a line of text is anchored horizontally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Centre,
    Right,
}

/// One thing to draw, in backend pixels. Charts are laid out once into shapes (`plan_*`, not
/// generic), then `render`ed on whichever backend: the layout code exists once in the wasm.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Fill(RGBColor),
    Rect {
        a: (i32, i32),
        b: (i32, i32),
        color: RGBColor,
        fill: bool,
        width: u32,
    },
    Path {
        points: Vec<(i32, i32)>,
        color: RGBColor,
        width: u32,
    },
    Dot {
        centre: (i32, i32),
        r: i32,
        color: RGBColor,
    },
    /// Centred vertically on `at`'s y; set in the font of `lang`, the text's own language.
    Text {
        text: String,
        at: (i32, i32),
        px: f64,
        color: RGBColor,
        align: Align,
        bold: bool,
        lang: Lang,
    },
}

/// Draws `shapes` on any backend.
pub fn render<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    shapes: &[Shape],
) -> DrawResult<(), DB> {
    for s in shapes {
        match s {
            Shape::Fill(c) => area.fill(c)?,
            Shape::Rect {
                a,
                b,
                color,
                fill,
                width,
            } => {
                let style = if *fill {
                    color.filled()
                } else {
                    ShapeStyle::from(color).stroke_width(*width)
                };
                area.draw(&Rectangle::new([*a, *b], style))?
            }
            Shape::Path {
                points,
                color,
                width,
            } => area.draw(&PathElement::new(
                points.clone(),
                ShapeStyle::from(color).stroke_width(*width),
            ))?,
            Shape::Dot { centre, r, color } => {
                area.draw(&Circle::new(*centre, *r, color.filled()))?
            }
            Shape::Text {
                text,
                at,
                px,
                color,
                align,
                bold,
                lang,
            } => {
                let h = match align {
                    Align::Left => HPos::Left,
                    Align::Centre => HPos::Center,
                    Align::Right => HPos::Right,
                };
                let style = text_style(*px, *color, *bold, font_family(*lang, text));
                area.draw(&Text::new(
                    text.clone(),
                    *at,
                    style.pos(Pos::new(h, VPos::Center)),
                ))?
            }
        }
    }
    Ok(())
}

/// A drawing's height in whole CSS pixels from the backend height its layout reached at
/// `scale` (positions are rounded to backend pixels, so it depends a little on the scale).
/// Whole pixels: a canvas of that CSS height has a backing store of exactly height × scale.
pub fn css_height(backend_h: i32, scale: f64) -> f64 {
    (backend_h.max(1) as f64 / scale).ceil()
}

/// The CSS height a chart needs at `css_w` CSS pixels wide, drawn at `scale`: `plan` lays the
/// chart out (with the light look, which has the same metrics as the dark one) for a backend
/// width and returns the backend height it reached.
pub(crate) fn needed_css_height(
    css_w: f64,
    scale: f64,
    measure: &dyn Measure,
    plan: impl FnOnce(&Look, u32) -> i32,
) -> f64 {
    let look = Look {
        pal: LIGHT,
        scale,
        measure,
    };
    let w = (css_w.max(1.0) * scale).round() as u32;
    css_height(plan(&look, w), scale)
}
