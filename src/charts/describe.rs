//! A chart in words, for its `aria-label` and the built page's SVG title: every bar or event
//! with its value or date, then the growth rate.

use super::build::{BarChart, Timeline};

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
