//! The chart colours of the light and the dark theme, chosen for contrast: text and bars stay
//! legible on either background.

use plotters::style::RGBColor;

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
