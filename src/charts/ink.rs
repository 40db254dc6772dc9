//! The pen a chart is laid out with: it turns lines and paragraphs of text and simple figures
//! into `Shape`s, in backend pixels, and records where every line of text went (`TextBox`), so
//! tests can check that no text collides or leaves the drawing.

use super::render::{Align, Look, Shape};
use super::text::{self, Measure, TextBox};
use crate::core::i18n::Lang;
use plotters::style::text_anchor::HPos;
use plotters::style::RGBColor;

/// Collects shapes and where text went: every line becomes a `TextBox`. Lines of one paragraph
/// share a group, so that collision checks compare paragraphs, not a paragraph's own lines.
pub(crate) struct Ink<'m> {
    pub look: Look<'m>,
    /// The chart's language: each text is measured and drawn in the font of its own
    /// (`text::text_lang`).
    pub lang: Lang,
    pub shapes: Vec<Shape>,
    pub texts: Vec<TextBox>,
    group: u32,
}

impl<'m> Ink<'m> {
    pub fn new(look: Look<'m>, lang: Lang) -> Self {
        Ink {
            look,
            lang,
            shapes: Vec::new(),
            texts: Vec::new(),
            group: 0,
        }
    }
    /// CSS pixels to backend pixels.
    pub fn s(&self, v: f64) -> i32 {
        (v * self.look.scale).round() as i32
    }
    /// The line height for text of `px` CSS pixels, in backend pixels.
    pub fn lh(&self, px: f64) -> i32 {
        self.s(px * 1.3)
    }
    /// Measures in the font each text is drawn in.
    fn fonts(&self) -> text::InLang<'m> {
        text::InLang {
            measure: self.look.measure,
            lang: self.lang,
        }
    }
    /// Width in backend pixels of `t` at `px` CSS pixels.
    pub fn width(&self, t: &str, px: f64, bold: bool) -> i32 {
        self.fonts().width(t, px * self.look.scale, bold).ceil() as i32
    }
    /// Lines of `t` wrapped to `max` backend pixels.
    pub fn wrap(&self, t: &str, max: i32, px: f64, bold: bool) -> Vec<String> {
        text::wrap(t, max as f64, px * self.look.scale, bold, &self.fonts())
    }
    /// Lines of `t` wrapped to at most `max` backend pixels, of even length.
    pub fn wrap_balanced(&self, t: &str, max: i32, px: f64, bold: bool) -> Vec<String> {
        text::wrap_balanced(t, max as f64, px * self.look.scale, bold, &self.fonts())
    }
    /// Starts a new paragraph for collision checks.
    pub fn next_group(&mut self) {
        self.group += 1;
    }
    pub fn fill(&mut self, color: RGBColor) {
        self.shapes.push(Shape::Fill(color));
    }
    pub fn rect(&mut self, a: (i32, i32), b: (i32, i32), color: RGBColor, fill: bool, width: u32) {
        self.shapes.push(Shape::Rect {
            a,
            b,
            color,
            fill,
            width,
        });
    }
    pub fn path(&mut self, points: Vec<(i32, i32)>, color: RGBColor, width: u32) {
        self.shapes.push(Shape::Path {
            points,
            color,
            width,
        });
    }
    pub fn circle(&mut self, centre: (i32, i32), r: i32, color: RGBColor) {
        self.shapes.push(Shape::Dot { centre, r, color });
    }
    /// One line anchored horizontally at `x`, centred vertically on `cy`.
    #[allow(clippy::too_many_arguments)]
    pub fn line(
        &mut self,
        t: &str,
        x: i32,
        cy: i32,
        px: f64,
        color: RGBColor,
        h: HPos,
        bold: bool,
    ) {
        let w = self.width(t, px, bold);
        let (l, align) = match h {
            HPos::Left => (x, Align::Left),
            HPos::Center => (x - w / 2, Align::Centre),
            HPos::Right => (x - w, Align::Right),
        };
        let half = self.s(px * 0.6);
        self.texts.push(TextBox {
            text: t.to_string(),
            rect: (l, cy - half, l + w, cy + half),
            group: self.group,
        });
        self.shapes.push(Shape::Text {
            text: t.to_string(),
            at: (x, cy),
            px: px * self.look.scale,
            color,
            align,
            bold,
            lang: text::text_lang(t, self.lang),
        });
    }
    /// A paragraph wrapped to `max` backend pixels, its first line's top at `top`; returns the
    /// y below its last line.
    #[allow(clippy::too_many_arguments)]
    pub fn para(
        &mut self,
        t: &str,
        x: i32,
        top: i32,
        max: i32,
        px: f64,
        color: RGBColor,
        h: HPos,
        bold: bool,
    ) -> i32 {
        self.next_group();
        let lh = self.lh(px);
        let mut y = top;
        for l in self.wrap(t, max, px, bold) {
            self.line(&l, x, y + lh / 2, px, color, h, bold);
            y += lh;
        }
        self.next_group();
        y
    }
}
