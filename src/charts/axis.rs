//! Tick labels of a bar chart's value axis, short as an axis wants them.

use crate::core::format;
use crate::core::i18n::Lang;

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
