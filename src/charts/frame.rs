//! The words around a chart in a file: its title above, its notes and the source credit below.
//! On screen the page's HTML says them, so a chart drawn there has an empty frame.

use super::fonts::{LABEL_PX, NOTE_PX, TITLE_PX};
use super::ink::Ink;
use crate::core::dataset::model::Dataset;
use crate::core::format;
use crate::core::i18n::Lang;
use plotters::style::text_anchor::HPos;

/// The words a chart carries inside its image. On screen the title and notes are the page's
/// HTML around the canvas, so the frame is empty; a downloaded PNG or SVG carries its title, its
/// notes (conversion, derived values) and the source credit, ready to publish.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    pub title: Option<String>,
    pub notes: Vec<String>,
    pub credit: Option<String>,
}

impl Frame {
    /// Nothing around the chart: the page shows title and notes itself.
    pub fn screen() -> Frame {
        Frame::default()
    }
    /// Title, notes and the source credit, for a file.
    pub fn export(ds: &Dataset, title: &str, notes: Vec<String>, lang: Lang) -> Frame {
        Frame {
            title: Some(title.to_string()),
            notes,
            credit: Some(format::source_credit(ds, lang)),
        }
    }
    pub fn is_export(&self) -> bool {
        self.title.is_some() || self.credit.is_some()
    }
}

/// The title (for a file) and subtitle at the top of a chart; returns the y below them.
pub(crate) fn draw_head(
    ink: &mut Ink<'_>,
    frame: &Frame,
    subtitle: Option<&str>,
    (x, max): (i32, i32),
    top: i32,
) -> i32 {
    let pal = ink.look.pal;
    let mut y = top;
    if let Some(t) = &frame.title {
        y = ink.para(t, x, y, max, TITLE_PX, pal.fg, HPos::Left, true);
        y += ink.s(2.0);
    }
    if let Some(sub) = subtitle {
        y = ink.para(sub, x, y, max, LABEL_PX, pal.muted, HPos::Left, false);
    }
    y
}

/// The notes and the source credit at the foot of a file; returns the y below them.
pub(crate) fn draw_foot(ink: &mut Ink<'_>, frame: &Frame, (x, max): (i32, i32), top: i32) -> i32 {
    let pal = ink.look.pal;
    let mut y = top;
    for n in &frame.notes {
        y = ink.para(n, x, y, max, NOTE_PX, pal.muted, HPos::Left, false);
        y += ink.s(2.0);
    }
    if let Some(c) = &frame.credit {
        y += ink.s(4.0);
        y = ink.para(c, x, y, max, NOTE_PX, pal.muted, HPos::Left, false);
    }
    y
}
