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
//! checked when it loads). The data builders (`spec`: bars, the timeline) turn that definition
//! into what is drawn, in the chosen currency and language; derived and converted values are
//! marked as such. `points` reads the same definition for what a point stands for.

pub mod bars;
pub mod points;
pub mod svg;
pub mod text;
pub mod timeline;

use crate::core::dataset::model::{
    Annotation, Chart, ChartKind, ChartValue, Dataset, Event, GrowthKind,
};
use crate::core::format::{self, Currency, Precision, Width};
use crate::core::i18n::{Lang, K};
use crate::core::url_state::ChartId;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::RGBColor;

pub use bars::{bars_height, draw_bars, BarLayout};
pub use points::{point_of_figure, point_of_figure_at};
pub use svg::SvgWriter;
pub use text::{Estimate, Measure, TextBox};
pub use timeline::{draw_timeline, timeline_height, TimelineLayout};

/// Colours for one theme. All text colours reach WCAG AA (4.5:1) on `bg`; bars reach 3:1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub bg: RGBColor,
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub bar: RGBColor,
    pub accent: RGBColor,
}

pub const LIGHT: Palette = Palette {
    bg: RGBColor(0xff, 0xff, 0xff),
    fg: RGBColor(0x1b, 0x1d, 0x21),
    muted: RGBColor(0x55, 0x5b, 0x63),
    grid: RGBColor(0xe3, 0xe5, 0xe8),
    bar: RGBColor(0x1f, 0x5f, 0xa8),
    accent: RGBColor(0xb4, 0x3c, 0x0c),
};

pub const DARK: Palette = Palette {
    bg: RGBColor(0x16, 0x18, 0x1c),
    fg: RGBColor(0xe8, 0xea, 0xed),
    muted: RGBColor(0xa9, 0xb0, 0xb8),
    grid: RGBColor(0x33, 0x37, 0x3d),
    bar: RGBColor(0x6e, 0xa8, 0xfe),
    accent: RGBColor(0xff, 0xa8, 0x5c),
};

pub fn palette(dark: bool) -> Palette {
    if dark {
        DARK
    } else {
        LIGHT
    }
}

/// Font families for chart text, by the language of the text (`text::text_lang`; the browser
/// resolves them): Korean and Chinese start with their own CJK font, so that a hanzi takes its
/// language's glyph form (Chinese text in a Korean font shows Korean forms: 骨, 直, 今 differ),
/// English with a Latin face, then the CJK font of its runs.
pub const FONT_KO: &str =
    "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif";
pub const FONT_ZH: &str =
    "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
pub const FONT_EN: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif";
pub const FONT_EN_ZH: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', sans-serif";
/// The Korean chart font, that of the built page's default view.
pub const FONT: &str = FONT_KO;

/// The font family list for `text` in language `lang` (English with hanzi and no Hangul takes
/// the Chinese CJK font after its Latin one).
pub fn font_family(lang: Lang, text: &str) -> &'static str {
    match lang {
        Lang::Ko => FONT_KO,
        Lang::Zh => FONT_ZH,
        Lang::En if text.chars().any(text::is_han) && !text.chars().any(text::is_hangul) => {
            FONT_EN_ZH
        }
        Lang::En => FONT_EN,
    }
}

/// The language tag (`lang`) of text set in `family`, one of the lists above: where no listed
/// font has a character, the fallback follows it.
pub fn family_lang(family: &str) -> Option<&'static str> {
    [
        (FONT_KO, Lang::Ko),
        (FONT_ZH, Lang::Zh),
        (FONT_EN, Lang::En),
        (FONT_EN_ZH, Lang::En),
    ]
    .into_iter()
    .find(|(f, _)| *f == family)
    .map(|(_, l)| l.html_lang())
}

/// Text sizes in CSS pixels.
pub const TITLE_PX: f64 = 16.0;
pub const LABEL_PX: f64 = 12.0;
pub const NOTE_PX: f64 = 11.0;
/// The smallest a value label shrinks to before it may touch its neighbour.
pub const MIN_LABEL_PX: f64 = 9.0;

/// The text style for chart text at `px` backend pixels in font `family` (`font_family`).
pub fn text_style(
    px: f64,
    color: RGBColor,
    bold: bool,
    family: &'static str,
) -> TextStyle<'static> {
    let font = if bold {
        (family, px, FontStyle::Bold).into_font()
    } else {
        (family, px).into_font()
    };
    let mut t = TextStyle::from(font);
    t.color = color.to_backend_color();
    t
}

/// How to draw: colours, backend pixels per CSS pixel (the device-pixel ratio on screen, 2 for
/// a PNG), and how to measure text.
#[derive(Clone, Copy)]
pub struct Look<'a> {
    pub pal: Palette,
    pub scale: f64,
    pub measure: &'a dyn Measure,
}

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

type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

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

/// One bar: a stated or derived value for a period, in the display currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The stated figure's or derived figure's id.
    pub id: &'static str,
    pub label: String,
    /// In the display currency.
    pub value: f64,
    /// In full, for the tooltip, the table and the description: "≈ 660 billion KRW".
    pub value_text: String,
    /// On the chart: "≈ 660 bn KRW", or without the currency where that does not fit ("≈ 660 bn"
    /// — the subtitle names the unit).
    pub value_label: String,
    pub value_bare: String,
    pub derived: bool,
    /// "stated", "derived", "stated in yuan, converted", "derived in yuan, converted".
    pub kind: String,
    /// For a converted value, the yuan amount it comes from and the rate year.
    pub converted_from: Option<String>,
    /// The year whose average rate converts it.
    pub year: u16,
}

/// A bar chart: bars, subtitle (unit and currency), and an optional annotation (CAGR, growth).
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<Bar>,
    pub subtitle: String,
    pub annotation: Option<String>,
    pub legend_stated: String,
    pub legend_derived: String,
    pub lang: Lang,
    pub currency: Currency,
    /// Height of the plotting area in CSS pixels; the chart grows around it.
    pub plot_height: f64,
}

/// The bar of a chart value, a yuan amount (checked by the loader), stated or derived.
fn money_bar(ds: &Dataset, v: ChartValue, cur: Currency, lang: Lang) -> Bar {
    let (id, value_cny, period) = ds.chart_value(v);
    let derived = matches!(v, ChartValue::Derived(_));
    let year = format::period_year(period).unwrap_or(0);
    let value = format::convert(ds, value_cny, Currency::Cny, cur, year).unwrap_or(f64::NAN);
    let converted = cur != Currency::Cny;
    let (value_text, value_label, value_bare) = if converted {
        (
            format::money_approx(value, cur, lang, Width::Long),
            format::money_approx(value, cur, lang, Width::Short),
            format!(
                "≈ {}",
                format::number(value, lang, Precision::Approx, Width::Short)
            ),
        )
    } else {
        let short = format::number(value, lang, Precision::Exact, Width::Short);
        (
            format::money(value, cur, lang),
            format::with_currency(short.clone(), cur, lang),
            short,
        )
    };
    let kind = match (derived, converted) {
        (false, false) => K::Stated,
        (true, false) => K::DerivedLabel,
        (false, true) => K::StatedConverted,
        (true, true) => K::DerivedConverted,
    };
    Bar {
        id,
        label: format::period(period, lang),
        value,
        value_text,
        value_label,
        value_bare,
        derived,
        kind: kind.get(lang).to_string(),
        year,
        // A derived value was computed, not stated: it says so, with what it was in yuan.
        converted_from: converted.then(|| {
            (if derived {
                K::DerivedFrom
            } else {
                K::ConvertedFrom
            })
            .get(lang)
            .replace("{src}", &format::money(value_cny, Currency::Cny, lang))
            .replace("{year}", &year.to_string())
        }),
    }
}

fn subtitle(cur: Currency, lang: Lang) -> String {
    if cur == Currency::Cny {
        K::UnitCny.get(lang).to_string()
    } else {
        K::UnitConverted
            .get(lang)
            .replace("{cur}", format::currency_name(cur, lang))
    }
}

/// "(in CNY)" after a growth rate: growth measured in another currency would differ with the
/// exchange rate. A compound growth always says it (the trade chart), a year-on-year one when
/// the bars show another currency (the first-half chart).
fn in_cny(lang: Lang) -> &'static str {
    lang.pick(" (CNY 기준)", "（按人民币计）", " (in CNY)")
}

/// The growth rate written above the bars, in the chart's language (`data/charts.toml`'s `cagr`
/// or `growth`).
fn annotation(ds: &Dataset, a: &Annotation, cur: Currency, lang: Lang) -> String {
    let (_, v, _) = ds.chart_value(a.value);
    match a.kind {
        GrowthKind::Cagr => {
            let (from, to) = (a.from, a.to);
            let text = match lang {
                Lang::Ko => format!("{from}→{to} 연평균 +{v:.1}%"),
                // 增长 says the sign; a range of years takes a dash (2017—2022年).
                Lang::Zh => format!("{from}—{to}年年均增长{v:.1}%"),
                Lang::En => format!("{from}→{to}: +{v:.1}% a year"),
            };
            text + in_cny(lang)
        }
        GrowthKind::YearOnYear => {
            let text = match lang {
                Lang::Ko => format!("전년 동기 대비 +{v}%"),
                Lang::Zh => format!("同比增长{v}%"),
                Lang::En => format!("+{v}% year on year"),
            };
            text + if cur == Currency::Cny {
                ""
            } else {
                in_cny(lang)
            }
        }
    }
}

/// The height of a bar chart's plot in CSS pixels for `n` bars: 100 and 30 a bar (three years of
/// trade 190, two first halves 160); the chart grows around it.
fn plot_height(n: usize) -> f64 {
    100.0 + 30.0 * n as f64
}

/// The bar chart `def` defines (`data/charts.toml`): a bar per point, its growth rate above.
fn bar_chart(ds: &Dataset, def: &Chart, cur: Currency, lang: Lang) -> BarChart {
    let bars: Vec<Bar> = def
        .points
        .iter()
        .map(|p| money_bar(ds, p.value, cur, lang))
        .collect();
    let converted = cur != Currency::Cny;
    BarChart {
        plot_height: plot_height(bars.len()),
        bars,
        subtitle: subtitle(cur, lang),
        annotation: def.annotation.map(|a| annotation(ds, &a, cur, lang)),
        legend_stated: (if converted {
            K::StatedConverted
        } else {
            K::Stated
        })
        .get(lang)
        .to_string(),
        legend_derived: (if converted {
            K::DerivedConverted
        } else {
            K::DerivedLabel
        })
        .get(lang)
        .to_string(),
        lang,
        currency: cur,
    }
}

/// The trade chart's bars (`data/charts.toml`'s `trade`: trade by year, 2017 and 2022 stated,
/// 2021 derived, the compound growth annotated).
pub fn trade_bars(ds: &Dataset, cur: Currency, lang: Lang) -> BarChart {
    bar_chart(ds, chart_def(ds, ChartId::Trade), cur, lang)
}

/// The first-half chart's bars (`half`: first half 2022 derived against first half 2023 stated,
/// +66.4 %).
pub fn half_bars(ds: &Dataset, cur: Currency, lang: Lang) -> BarChart {
    bar_chart(ds, chart_def(ds, ChartId::Half), cur, lang)
}

/// The notes a downloaded bar chart carries: how converted values were converted, and how
/// each derived bar was computed.
pub fn bar_notes(ds: &Dataset, c: &BarChart) -> Vec<String> {
    let lang = c.lang;
    let mut notes = Vec::new();
    let mut years: Vec<u16> = c.bars.iter().map(|b| b.year).collect();
    years.dedup();
    if let Some(n) = format::converted_note(c.currency, lang) {
        notes.push(n);
        notes.push(
            K::RatesFrom
                .get(lang)
                .replace("{src}", &format::rate_sources(ds, &years, c.currency, lang)),
        );
    }
    let items: Vec<String> = c
        .bars
        .iter()
        .filter(|b| b.derived)
        .filter_map(|b| {
            let d = ds.derived_value(b.id)?;
            Some(format!("{} = {}", b.label, d.formula))
        })
        .collect();
    if !items.is_empty() {
        notes.push(
            K::DerivedNote
                .get(lang)
                .replace("{items}", &items.join(lang.semicolon())),
        );
    }
    notes
}

/// One timeline entry.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    pub event: &'static str,
    pub title: String,
    pub when: String,
    pub start: i32,
    pub end: i32,
    /// Month-only date ("지난 5월"): drawn hollow.
    pub approximate: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub items: Vec<TimelineItem>,
    /// The months on the axis: (first day ordinal, day ordinal after the last, label).
    pub months: Vec<(i32, i32, String)>,
    /// Explains the hollow marker when one is drawn.
    pub subtitle: Option<String>,
    pub lang: Lang,
}

/// Chart 3: the 2023 timeline on a date axis.
pub fn timeline(ds: &Dataset, lang: Lang) -> Timeline {
    use crate::core::dataset::model::Date;
    let month_after = |d: Date| Date {
        year: d.year + (d.month / 12) as u16,
        month: d.month % 12 + 1,
        day: 1,
    };
    let events: Vec<&Event> = chart_def(ds, ChartId::Timeline)
        .points
        .iter()
        .filter_map(|p| match p.value {
            ChartValue::Event(e) => Some(&ds.events[e as usize]),
            _ => None,
        })
        .collect();
    let items: Vec<TimelineItem> = events
        .iter()
        .map(|e| {
            let approximate = e.start.day == 0;
            let (start, end) = if approximate {
                // A month-only date spans its month.
                let a = Date { day: 1, ..e.start };
                (a.ordinal(), month_after(e.start).ordinal() - 1)
            } else {
                (e.start.ordinal(), e.end.unwrap_or(e.start).ordinal())
            };
            TimelineItem {
                event: e.id,
                title: e.title.get(lang).to_string(),
                when: format::date_range_no_year(e.start, e.end, lang),
                start,
                end,
                approximate,
            }
        })
        .collect();
    // Whole months from the first event's to the last one's.
    let first = events.iter().map(|e| e.start).min();
    let last = events.iter().map(|e| e.end.unwrap_or(e.start)).max();
    let mut months = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let mut m = Date { day: 1, ..first };
        let stop = month_after(last);
        while m < stop {
            let next = month_after(m);
            let label = match lang {
                Lang::Ko => format!("{}월", m.month),
                Lang::Zh => format!("{}月", m.month),
                Lang::En => format::period(&format!("{}-{:02}", m.year, m.month), lang)
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            };
            months.push((m.ordinal(), next.ordinal(), label));
            m = next;
        }
    }
    let subtitle = items
        .iter()
        .any(|i| i.approximate)
        .then(|| K::TimelineHollow.get(lang).to_string());
    Timeline {
        items,
        months,
        subtitle,
        lang,
    }
}

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

/// Where a tooltip of `tip` size (width, height) goes for a point occupying `p` (left, top,
/// right, bottom) in a chart of `frame` size, all in CSS pixels: beside the point (right, then
/// left), else above or below it, else on the roomier side overlapping it — always inside the
/// chart, so it never covers what lies outside (the buttons under the chart). Returns its
/// top-left corner.
pub fn place_tip(p: (f64, f64, f64, f64), frame: (f64, f64), tip: (f64, f64)) -> (f64, f64) {
    let (l, t, r, b) = p;
    let (fw, fh) = frame;
    let (tw, th) = tip;
    let gap = 8.0;
    let clamp_x = |x: f64| x.clamp(0.0, (fw - tw).max(0.0));
    let clamp_y = |y: f64| y.clamp(0.0, (fh - th).max(0.0));
    let cx = (l + r) / 2.0;
    if r + gap + tw <= fw {
        (r + gap, clamp_y(t - gap))
    } else if l - gap - tw >= 0.0 {
        (l - gap - tw, clamp_y(t - gap))
    } else if t - gap - th >= 0.0 {
        (clamp_x(cx - tw / 2.0), t - gap - th)
    } else if b + gap + th <= fh {
        (clamp_x(cx - tw / 2.0), b + gap)
    } else if t > fh - b {
        (clamp_x(cx - tw / 2.0), clamp_y(t - gap - th))
    } else {
        (clamp_x(cx - tw / 2.0), clamp_y(b + gap))
    }
}

/// The message of each chart in words (its aria-label).
pub fn describe_bars(c: &BarChart, title: &str) -> String {
    let parts: Vec<String> = c
        .bars
        .iter()
        .map(|b| format!("{} {}{}", b.label, b.value_text, c.lang.bracketed(&b.kind)))
        .collect();
    let (colon, comma, stop) = (
        c.lang.colon(),
        c.lang.pick(", ", "，", ", "),
        c.lang.pick(". ", "。", ". "),
    );
    let mut s = format!("{title}{colon}{}", parts.join(comma));
    if let Some(a) = &c.annotation {
        s.push_str(stop);
        s.push_str(a);
    }
    s
}

pub fn describe_timeline(t: &Timeline, title: &str) -> String {
    let colon = t.lang.colon();
    let parts: Vec<String> = t
        .items
        .iter()
        .map(|i| format!("{}{colon}{}", i.when, i.title))
        .collect();
    format!("{title}{colon}{}", parts.join(t.lang.semicolon()))
}

/// An axis tick label: 0, 10억, 20억 … (ko); 0, 10亿 … (zh); 0, 1 bn … (en).
pub fn format_axis(v: f64, lang: Lang) -> String {
    if v == 0.0 {
        return "0".into();
    }
    match lang {
        Lang::En => {
            let (div, suffix) = if v.abs() >= 1e12 {
                (1e12, " tn")
            } else if v.abs() >= 1e9 {
                (1e9, " bn")
            } else if v.abs() >= 1e6 {
                (1e6, " m")
            } else {
                (1.0, "")
            };
            let n = format!("{:.2}", v / div);
            format!("{}{suffix}", n.trim_end_matches('0').trim_end_matches('.'))
        }
        _ => format::compact(v, lang),
    }
}
