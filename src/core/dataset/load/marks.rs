//! Marks and occurrences: where the figures, the glossary terms and the spelling notes sit in
//! each sentence (figures first, then terms and notes leftmost-longest around them, via
//! `annotate.rs`), and the check that every form is found. Errors belong to the glossary and
//! orthography files.

use super::super::annotate::find_marks;
use super::super::model::*;
use super::article::LoadedArticle;
use super::check::{leak_list, Check};
use super::{DataError, GLOSSARY, ORTHOGRAPHY};

/// Places the marks on `article`'s sentences and fills in the terms' and notes' occurrences
/// (and each term's spelling notes).
pub(super) fn place(
    article: &mut LoadedArticle,
    terms: &mut [Term],
    orthography: &mut [OrthoNote],
    figures: &[Figure],
    errors: &mut Vec<DataError>,
) {
    // Units (원, 억, %, ㎡ …) are looked up only inside figure spans: outside them the same
    // syllables are parts of other words (연구원, 원자재), and inside them the figure is the mark.
    let is_unit = |t: &Term| t.category == Category::Unit;
    let term_forms: Vec<(&str, u32)> = terms
        .iter()
        .enumerate()
        .filter(|(_, t)| !is_unit(t))
        .flat_map(|(i, t)| t.forms.iter().map(move |f| (*f, i as u32)))
        .collect();
    let unit_forms: Vec<(&str, u32)> = terms
        .iter()
        .enumerate()
        .filter(|(_, t)| is_unit(t))
        .flat_map(|(i, t)| t.forms.iter().map(move |f| (*f, i as u32)))
        .collect();
    let ortho_forms: Vec<(&str, u32)> = orthography
        .iter()
        .enumerate()
        .map(|(i, o)| (o.form, i as u32))
        .collect();
    let mut term_occ: Vec<Vec<Occurrence>> = vec![Vec::new(); terms.len()];
    let mut ortho_occ: Vec<Vec<Occurrence>> = vec![Vec::new(); orthography.len()];
    for (si, s) in article.sentences.iter_mut().enumerate() {
        let mut fixed: Vec<Mark> = figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.sentence as usize == si)
            .map(|(i, f)| Mark {
                start: f.start,
                end: f.end,
                target: Target::Figure(i as u32),
            })
            .collect();
        fixed.sort_by_key(|m| m.start);
        // A unit's occurrence is the figure span it is part of: that is the mark a reader
        // meets (and the card opens beside).
        for m in &fixed {
            let span = &s.text[m.start as usize..m.end as usize];
            for &(form, t) in &unit_forms {
                let occ = Occurrence {
                    sentence: si as u32,
                    start: m.start,
                    end: m.end,
                };
                if span.contains(form) && !term_occ[t as usize].contains(&occ) {
                    term_occ[t as usize].push(occ);
                }
            }
        }
        let marks = find_marks(&s.text, &fixed, &term_forms, &ortho_forms);
        for m in &marks {
            let occ = Occurrence {
                sentence: si as u32,
                start: m.start,
                end: m.end,
            };
            match m.target {
                Target::Term(t) => term_occ[t as usize].push(occ),
                Target::Ortho(o) => ortho_occ[o as usize].push(occ),
                // The learner layer's marks are found after these, where none of these is.
                Target::Figure(_) | Target::Learner(_) => {}
            }
        }
        s.marks = leak_list(marks);
    }
    if !article.ok {
        return;
    }
    let sentences = &article.sentences;
    let mut c = Check {
        file: GLOSSARY,
        errors,
    };
    for (i, t) in terms.iter_mut().enumerate() {
        for form in t.forms {
            let found = term_occ[i].iter().any(|o| {
                let text = &sentences[o.sentence as usize].text[o.start as usize..o.end as usize];
                text == *form || (is_unit(t) && text.contains(form))
            });
            if !found && is_unit(t) {
                c.err(
                    &format!("[[term]] \"{}\"", t.id),
                    "forms",
                    format!("unit \"{form}\" does not occur inside any figure span"),
                );
            } else if !found {
                let anywhere = sentences.iter().any(|s| s.text.contains(form));
                c.err(
                    &format!("[[term]] \"{}\"", t.id),
                    "forms",
                    if anywhere {
                        format!("\"{form}\" occurs only inside a longer glossary form or a figure")
                    } else {
                        format!("\"{form}\" does not occur in the article")
                    },
                );
            }
        }
        term_occ[i].sort_by_key(|o| (o.sentence, o.start));
        t.occurrences = leak_list(std::mem::take(&mut term_occ[i]));
    }
    let mut c = Check {
        file: ORTHOGRAPHY,
        errors: c.errors,
    };
    for (i, o) in orthography.iter_mut().enumerate() {
        let inside_term = terms
            .iter()
            .any(|t| t.forms.iter().any(|f| f.contains(o.form)));
        if ortho_occ[i].is_empty() && !inside_term {
            c.err(
                &format!("[[note]] \"{}\"", o.id),
                "form",
                format!("\"{}\" does not occur in the article", o.form),
            );
        }
        o.occurrences = leak_list(std::mem::take(&mut ortho_occ[i]));
    }
    for t in terms.iter_mut() {
        let notes: Vec<u32> = orthography
            .iter()
            .enumerate()
            .filter(|(_, o)| t.forms.iter().any(|f| f.contains(o.form)))
            .map(|(i, _)| i as u32)
            .collect();
        t.ortho = leak_list(notes);
    }
}
