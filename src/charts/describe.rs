//! A chart in words, for its `aria-label` and the built page's SVG title (`Spec::describe`):
//! every bar with its value and kind, then the growth rate; every event with its date.

use super::build::{BarChart, Timeline};

/// A bar chart in words after its `title`: each period, its value and what kind of value it is,
/// then the growth rate.
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

/// The timeline in words after its `title`: each event's date and title.
pub fn describe_timeline(t: &Timeline, title: &str) -> String {
    let colon = t.lang.colon();
    let parts: Vec<String> = t
        .items
        .iter()
        .map(|i| format!("{}{colon}{}", i.when, i.title))
        .collect();
    format!("{title}{colon}{}", parts.join(t.lang.semicolon()))
}
