//! Chart type: the font family list for each language of text (so a hanzi takes its own
//! language's glyph form, on canvas and in SVG alike) and the text sizes of every chart.

use super::text;
use crate::core::i18n::Lang;
use plotters::prelude::*;
use plotters::style::RGBColor;

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
