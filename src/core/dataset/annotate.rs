//! Finds where glossary terms and orthography notes occur in a sentence: leftmost-longest over all
//! forms, around the figure spans (which are placed first and never split). Occurrence counts in
//! the UI and the "every form occurs" check both come from here, so they cannot disagree.

use super::model::{Mark, Target};

/// `fixed` are figure marks (sorted, non-overlapping); `terms` and `orthos` are (form, index).
pub fn find_marks(
    text: &str,
    fixed: &[Mark],
    terms: &[(&str, u32)],
    orthos: &[(&str, u32)],
) -> Vec<Mark> {
    let mut out: Vec<Mark> = Vec::new();
    let mut i = 0usize;
    let blocked = |start: usize, end: usize| {
        fixed
            .iter()
            .any(|m| (m.start as usize) < end && start < m.end as usize)
    };
    while i < text.len() {
        if let Some(m) = fixed.iter().find(|m| m.start as usize == i) {
            out.push(*m);
            i = m.end as usize;
            continue;
        }
        let rest = &text[i..];
        let longest = |forms: &[(&'_ str, u32)]| -> Option<(usize, u32)> {
            forms
                .iter()
                .filter(|(f, _)| !f.is_empty() && rest.starts_with(f) && !blocked(i, i + f.len()))
                .max_by_key(|(f, _)| f.len())
                .map(|(f, idx)| (f.len(), *idx))
        };
        if let Some((len, t)) = longest(terms) {
            out.push(Mark {
                start: i as u32,
                end: (i + len) as u32,
                target: Target::Term(t),
            });
            i += len;
        } else if let Some((len, o)) = longest(orthos) {
            out.push(Mark {
                start: i as u32,
                end: (i + len) as u32,
                target: Target::Ortho(o),
            });
            i += len;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}
