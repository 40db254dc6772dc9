//! A plotters backend that writes SVG the way the canvas draws: text at its full pixel size
//! and centred on its anchor's em box (`dominant-baseline: central`, as canvas `middle`), in a
//! view box of the drawing's backend pixels, so a downloaded SVG has the same proportions as the
//! PNG of the same chart. Each text carries the language of its font (`lang`, `xml:lang`).
//! (plotters' own `SVGBackend` writes text at 1/1.24 of its size and places it by `dy` offsets.)

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use std::fmt::Write;

/// XML escaping (`core::markup`): text content, or with `quotes` an attribute value.
pub use crate::core::markup::escape;

/// Writes one SVG document into `out`; the closing tag is written by `present` (or on drop).
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> SvgWriter<'a> {
    /// Starts a document drawn in `size` user units and shown at that size in pixels, with
    /// `title` as its accessible name.
    pub fn new(out: &'a mut String, size: (u32, u32), title: Option<&str>) -> Self {
        Self::scaled(out, size, 1.0, title)
    }
    /// Starts a document drawn in `size` user units and shown at `size / scale` pixels: a chart
    /// drawn at the PNG's scale into this is the PNG's drawing exactly (same layout, same
    /// rounding), at its CSS size.
    pub fn scaled(out: &'a mut String, size: (u32, u32), scale: f64, title: Option<&str>) -> Self {
        let (w, h) = size;
        let (dw, dh) = (w as f64 / scale, h as f64 / scale);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{dw}" height="{dh}" viewBox="0 0 {w} {h}" role="img""#
        );
        match title {
            Some(t) => {
                let _ = write!(out, "><title>{}</title>", escape(t, false));
            }
            None => out.push('>'),
        }
        SvgWriter {
            out,
            size,
            closed: false,
        }
    }
}

impl Drop for SvgWriter<'_> {
    fn drop(&mut self) {
        if !self.closed {
            self.out.push_str("</svg>");
            self.closed = true;
        }
    }
}

fn paint(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        format!("#{r:02X}{g:02X}{b:02X}")
    } else {
        format!("#{r:02X}{g:02X}{b:02X}\" opacity=\"{:.3}", c.alpha)
    }
}

type R = Result<(), DrawingErrorKind<std::fmt::Error>>;

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> R {
        Ok(())
    }
    fn present(&mut self) -> R {
        if !self.closed {
            self.out.push_str("</svg>");
            self.closed = true;
        }
        Ok(())
    }
    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> R {
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="1" height="1" fill="{}"/>"#,
            paint(color)
        );
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, s: &S) -> R {
        self.draw_path([from, to], s)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        (l, t): BackendCoord,
        (r, b): BackendCoord,
        s: &S,
        fill: bool,
    ) -> R {
        let (x, y, w, h) = (l.min(r), t.min(b), (r - l).abs(), (b - t).abs());
        if fill {
            let _ = write!(
                self.out,
                r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{}"/>"#,
                paint(s.color())
            );
        } else {
            let _ = write!(
                self.out,
                r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="none" stroke="{}" stroke-width="{}"/>"#,
                paint(s.color()),
                s.stroke_width()
            );
        }
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> R {
        let pts: Vec<String> = path.into_iter().map(|(x, y)| format!("{x},{y}")).collect();
        let _ = write!(
            self.out,
            r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="{}" stroke-linejoin="round"/>"#,
            pts.join(" "),
            paint(s.color()),
            s.stroke_width()
        );
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> R {
        if fill {
            let _ = write!(
                self.out,
                r#"<circle cx="{x}" cy="{y}" r="{r}" fill="{}"/>"#,
                paint(s.color())
            );
        } else {
            let _ = write!(
                self.out,
                r#"<circle cx="{x}" cy="{y}" r="{r}" fill="none" stroke="{}" stroke-width="{}"/>"#,
                paint(s.color()),
                s.stroke_width()
            );
        }
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> R {
        let pts: Vec<String> = vert.into_iter().map(|(x, y)| format!("{x},{y}")).collect();
        let _ = write!(
            self.out,
            r#"<polygon points="{}" fill="{}"/>"#,
            pts.join(" "),
            paint(s.color())
        );
        Ok(())
    }
    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, s: &T, (x, y): BackendCoord) -> R {
        let anchor = match s.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let baseline = match s.anchor().v_pos {
            VPos::Top => "text-before-edge",
            VPos::Center => "central",
            VPos::Bottom => "text-after-edge",
        };
        let weight = match s.style() {
            FontStyle::Bold => r#" font-weight="bold""#,
            _ => "",
        };
        // The text's language, from its font (`super::family_lang`): SVG's font fallback, like
        // CSS's, picks glyph forms by it (a hanzi in Chinese or in Korean form).
        let family = s.family();
        let lang = super::family_lang(family.as_str())
            .map(|l| format!(r#" lang="{l}" xml:lang="{l}""#))
            .unwrap_or_default();
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" font-family="{}"{lang} font-size="{}"{weight} text-anchor="{anchor}" dominant-baseline="{baseline}" fill="{}">{}</text>"#,
            escape(family.as_str(), true),
            s.size(),
            paint(s.color()),
            escape(text, false)
        );
        Ok(())
    }
    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        s: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        use super::text::Measure;
        let w = super::text::Estimate.width(text, s.size(), false);
        Ok((w.ceil() as u32, s.size().ceil() as u32))
    }
}
