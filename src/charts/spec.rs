//! What a chart is: its definition in the dataset (`chart_def`), what it shows in a currency and
//! language (`Spec`, built by `build`), and a `Drawing` of it — a spec in a frame and colours —
//! which lays out, measures and draws itself, returning where it put things (`ChartLayout`) for
//! hit testing.

use super::bars::{self, bars_height, BarLayout};
use super::build::{bar_chart, bar_notes, timeline, BarChart, Timeline};
use super::describe::{describe_bars, describe_timeline};
use super::frame::Frame;
use super::palette::Palette;
use super::render::{render, DrawResult, Look, Shape};
use super::svg;
use super::text::{Measure, TextBox};
use super::timeline::{self, timeline_height, TimelineLayout};
use crate::core::dataset::model::{Chart, ChartKind, Dataset};
use crate::core::format::Currency;
use crate::core::i18n::Lang;
use crate::core::url_state::ChartId;
use plotters::coord::Shift;
use plotters::prelude::*;

/// What a chart shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    Bars(BarChart),
    Timeline(Timeline),
}

impl Spec {
    /// The language it is drawn in.
    pub fn lang(&self) -> Lang {
        match self {
            Spec::Bars(b) => b.lang,
            Spec::Timeline(t) => t.lang,
        }
    }
    /// The chart in words after its `title`: its aria-label, and the title of its SVG on the
    /// built page (`describe`).
    pub fn describe(&self, title: &str) -> String {
        match self {
            Spec::Bars(b) => describe_bars(b, title),
            Spec::Timeline(t) => describe_timeline(t, title),
        }
    }
    /// The notes a file of the chart carries (`bar_notes`: how converted values were converted,
    /// how each derived bar was computed); a timeline has none.
    pub fn notes(&self, ds: &Dataset) -> Vec<String> {
        match self {
            Spec::Bars(b) => bar_notes(ds, b),
            Spec::Timeline(_) => Vec::new(),
        }
    }
}

/// Where a drawn chart put things, whichever kind it is.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartLayout {
    Bars(BarLayout),
    Timeline(TimelineLayout),
}

impl ChartLayout {
    /// The point under a backend-pixel position.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        match self {
            ChartLayout::Bars(b) => b.bar_at(x, y),
            ChartLayout::Timeline(t) => t.item_at(x, y),
        }
    }
    /// Width of the drawing in backend pixels.
    pub fn width(&self) -> u32 {
        match self {
            ChartLayout::Bars(b) => b.size.0,
            ChartLayout::Timeline(t) => t.size.0,
        }
    }
    /// Height of the drawing in backend pixels.
    pub fn height(&self) -> u32 {
        match self {
            ChartLayout::Bars(b) => b.size.1,
            ChartLayout::Timeline(t) => t.size.1,
        }
    }
    /// The rectangle of point `i` (a bar, an event's marker).
    pub fn rect(&self, i: usize) -> Option<(i32, i32, i32, i32)> {
        match self {
            ChartLayout::Bars(b) => b.bars.get(i).copied(),
            ChartLayout::Timeline(t) => t.items.get(i).copied(),
        }
    }
    pub fn texts(&self) -> &[TextBox] {
        match self {
            ChartLayout::Bars(b) => &b.texts,
            ChartLayout::Timeline(t) => &t.texts,
        }
    }
}

/// What the dataset says chart `chart` is (`data/charts.toml`, resolved and checked by the
/// loader): its kind, its points and what selects each, its annotation. The one definition of a
/// chart that drawing (`spec`) and the points (`points`) both read.
pub fn chart_def(ds: &Dataset, chart: ChartId) -> &'static Chart {
    ds.chart(chart.code())
        .expect("the loader gives every chart of the app its entry (data/charts.toml)")
}

/// What chart `chart` draws, in a currency and language, by the kind its definition has (the
/// key figures are tiles, not a drawing: they get the timeline's spec and are never drawn).
/// Shared by the app and the build step that draws the charts into the page
/// (`examples/prerender.rs`).
pub fn spec(ds: &Dataset, chart: ChartId, cur: Currency, lang: Lang) -> Spec {
    let def = chart_def(ds, chart);
    match def.kind {
        ChartKind::Bars => Spec::Bars(bar_chart(ds, def, cur, lang)),
        ChartKind::Timeline | ChartKind::Tiles => Spec::Timeline(timeline(ds, lang)),
    }
}

/// A chart ready to draw: what, in which frame (bare on screen; titled, annotated and
/// credited in a file), in which colours.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub spec: Spec,
    pub frame: Frame,
    pub pal: Palette,
}

impl Drawing {
    /// The height in CSS pixels it needs at `css_w` CSS pixels wide, drawn at `scale`.
    pub fn height(&self, css_w: f64, scale: f64, measure: &dyn Measure) -> f64 {
        match &self.spec {
            Spec::Bars(b) => bars_height(b, &self.frame, css_w, scale, measure),
            Spec::Timeline(t) => timeline_height(t, &self.frame, css_w, scale, measure),
        }
    }
    /// Lays it out `w` backend pixels wide at `scale`: the layout and what to draw.
    pub fn plan(&self, w: u32, scale: f64, measure: &dyn Measure) -> (ChartLayout, Vec<Shape>) {
        let look = Look {
            pal: self.pal,
            scale,
            measure,
        };
        match &self.spec {
            Spec::Bars(b) => {
                let (l, s) = bars::plan_bars(b, &self.frame, &look, w);
                (ChartLayout::Bars(l), s)
            }
            Spec::Timeline(t) => {
                let (l, s) = timeline::plan_timeline(t, &self.frame, &look, w);
                (ChartLayout::Timeline(l), s)
            }
        }
    }
    /// Draws on any backend at `scale` backend pixels per CSS pixel.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        scale: f64,
        measure: &dyn Measure,
    ) -> DrawResult<ChartLayout, DB> {
        let size = area.dim_in_pixel();
        let (mut layout, shapes) = self.plan(size.0, scale, measure);
        render(area, &shapes)?;
        match &mut layout {
            ChartLayout::Bars(b) => b.size = size,
            ChartLayout::Timeline(t) => t.size = size,
        }
        Ok(layout)
    }
    /// As an SVG document shown at `css_w` CSS pixels wide, drawn at `scale` (that of the PNG)
    /// in its view box: the PNG's very layout, so its text has the same size relative to the
    /// chart.
    pub fn svg(&self, css_w: f64, scale: f64, title: &str, measure: &dyn Measure) -> String {
        let h = self.height(css_w, scale, measure);
        let mut out = String::new();
        {
            let size = ((css_w * scale).round() as u32, (h * scale).round() as u32);
            let area =
                svg::SvgWriter::scaled(&mut out, size, scale, Some(title)).into_drawing_area();
            let _ = self.draw(&area, scale, measure);
            let _ = area.present();
        }
        out
    }
}
