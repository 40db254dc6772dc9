//! Charts over any plotters `DrawingBackend`: the same code draws to a `<canvas>` in the browser
//! (`app::canvas`), to SVG for downloads (`svg::SvgWriter`) and in host tests. Each chart is laid
//! out once (`plan_*`, not generic: the layout code exists once in the wasm) top to bottom for the
//! width it is given, into shapes that `render` draws on a backend, and a layout (bar rectangles,
//! event positions and every text box, in backend pixels) so pointer positions can be mapped back
//! to data points and tests can check that no text collides or leaves the drawing. A chart's
//! height follows from its width (`css_height` of its plan): on a phone, wrapped lines make it
//! taller instead of squeezing the plot. This module imports no browser crate; text is measured
//! through `text::Measure`, which the browser implements with the canvas.
//!
//! What a chart shows is defined once, in `data/charts.toml` (`chart_def`: the dataset's `Chart`,
//! checked when it loads). The data builders (`build`: bars, the timeline) turn that definition
//! into what is drawn, in the chosen currency and language; derived and converted values are
//! marked as such. `points` reads the same definition for what a point stands for.
//!
//! The parts, in the order a chart is made: `build` (the data of a chart), `spec` (what a chart
//! is and how it is drawn: `chart_def`, `Spec`, `Drawing`, `ChartLayout`), `bars` and `timeline`
//! (the layout of each kind), `frame` (a file's title, notes and credit), `ink` (collects shapes
//! and text boxes while laying out), `render` (those shapes on a backend), `palette` and `fonts`
//! (colours, font families, text sizes), `text` (measuring and wrapping), `svg` (the SVG
//! backend). Beside the drawing: `points` (what each point stands for, its tooltip, the keys),
//! `tip` (where the tooltip goes), `describe` (a chart in words), `axis` (tick labels). Every
//! public item is re-exported here, so callers name `charts::X` whatever file holds it.

mod axis;
pub mod bars;
mod build;
mod describe;
mod fonts;
mod frame;
mod ink;
mod palette;
pub mod points;
mod render;
mod spec;
pub mod svg;
pub mod text;
pub mod timeline;
mod tip;

pub use axis::format_axis;
pub use bars::{bars_height, draw_bars, BarLayout};
pub use build::{
    bar_notes, half_bars, timeline, trade_bars, Bar, BarChart, Timeline, TimelineItem,
};
pub use describe::{describe_bars, describe_timeline};
pub use fonts::{
    family_lang, font_family, text_style, FONT, FONT_EN, FONT_EN_ZH, FONT_KO, FONT_ZH, LABEL_PX,
    MIN_LABEL_PX, NOTE_PX, TITLE_PX,
};
pub use frame::Frame;
pub use palette::{palette, Palette, DARK, LIGHT};
pub use points::{point_of_figure, point_of_figure_at};
pub use render::{css_height, render, Align, Look, Shape};
pub use spec::{chart_def, spec, ChartLayout, Drawing, Spec};
pub use svg::SvgWriter;
pub use text::{Estimate, Measure, TextBox};
pub use timeline::{draw_timeline, timeline_height, TimelineLayout};
pub use tip::place_tip;

pub(crate) use frame::{draw_foot, draw_head};
pub(crate) use ink::Ink;
pub(crate) use render::needed_css_height;
