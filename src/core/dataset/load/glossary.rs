//! `data/glossary.toml`: the terms, with hanzi, pinyin and both Sino-Korean readings checked
//! against each other. Where each form occurs is found later, with the other marks (`marks.rs`).

use super::super::model::*;
use super::super::pinyin::syllables;
use super::super::raw::*;
use super::super::reading::{same_reading, with_initial_sound_law};
use super::check::{given, is_han, is_hangul, leak, leak_list, leak_opt, to_text, Check};
use super::{DataError, GLOSSARY};
use std::collections::HashMap;

pub(super) fn load(text: &str, errors: &mut Vec<DataError>) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut c = Check {
        file: GLOSSARY,
        errors,
    };
    let raws: Vec<(String, RawTerm)> = c.entries(text, "term");
    c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
    let mut all_forms: HashMap<String, String> = HashMap::new();
    for (label, t) in raws {
        if t.forms.is_empty() {
            c.err(
                &label,
                "forms",
                "needs at least one form as written in the article",
            );
        }
        for f in &t.forms {
            if let Some(other) = all_forms.insert(f.clone(), t.id.clone()) {
                c.err(
                    &label,
                    "forms",
                    format!("form \"{f}\" is also a form of \"{other}\""),
                );
            }
        }
        c.non_empty(&label, "standard", &t.standard);
        c.three_langs(
            &label,
            "gloss",
            given(&t.gloss_ko, &t.gloss_zh, &t.gloss_en),
            true,
        );
        let note = Tri::new(
            t.note_ko.as_deref(),
            t.note_zh.as_deref(),
            t.note_en.as_deref(),
        );
        c.three_langs(&label, "note", note, false);
        for v in &t.variants {
            if v.trim().is_empty() || !v.chars().any(is_hangul) {
                c.err(
                    &label,
                    "variants",
                    format!("\"{v}\" must be a Hangul spelling"),
                );
            } else if t.forms.contains(v) {
                c.err(&label, "variants", format!("\"{v}\" is already a form"));
            }
        }
        check_hanzi(&mut c, &label, &t);
        if t.category == Category::Person && t.hanzi_simplified.is_some() {
            c.err(
                &label,
                "hanzi_simplified",
                "a person's hanzi are never guessed: the article gives the name only in Hangul",
            );
        }
        let sino_korean_sk = sk_reading(&mut c, &label, &t);
        let hanja = super::hanja::term_hanja(&mut c, &label, &t);
        check_pronunciation(&mut c, &label, &t);
        terms.push(Term {
            id: leak(t.id),
            forms: leak_list(t.forms.into_iter().map(leak).collect()),
            hanja: leak_list(hanja),
            standard: leak(t.standard),
            variants: leak_list(t.variants.into_iter().map(leak).collect()),
            hanzi_simplified: leak_opt(t.hanzi_simplified),
            hanzi_traditional: leak_opt(t.hanzi_traditional),
            pinyin: leak_opt(t.pinyin),
            sino_korean: leak_opt(t.sino_korean),
            sino_korean_sk: leak_opt(sino_korean_sk),
            pronunciation: leak_opt(t.pronunciation),
            category: t.category,
            gloss: Tri::new(t.gloss_ko, t.gloss_zh, t.gloss_en).map(to_text),
            note: Tri::new(t.note_ko, t.note_zh, t.note_en)
                .transpose()
                .map(|n| n.map(to_text)),
            confidence: t.confidence,
            quiet: t.quiet,
            ortho: &[],
            occurrences: &[],
        });
    }
    terms
}

/// `pronunciation`, when given, is how the first form is said: one Hangul syllable for each of
/// the form's, everything else (spaces, brackets, digits) as in the form. That it differs from
/// what the rules give is checked by a host test (`tests/pronounce.rs`), which has the rules.
fn check_pronunciation(c: &mut Check, label: &str, t: &RawTerm) {
    let (Some(said), Some(form)) = (&t.pronunciation, t.forms.first()) else {
        return;
    };
    let same_shape = said.chars().count() == form.chars().count()
        && said
            .chars()
            .zip(form.chars())
            .all(|(s, f)| if is_hangul(f) { is_hangul(s) } else { s == f });
    if said.trim().is_empty() || !same_shape {
        c.err(
            label,
            "pronunciation",
            format!(
                "\"{said}\" must say the first form \"{form}\": one Hangul syllable for each of its \
                 syllables, the rest as written (no brackets around it)"
            ),
        );
    }
}

/// The South Korean reading: `sino_korean_sk` when given (it must be the same reading, differing
/// only in ㄹ/ㄴ/ㅇ initials), else the initial-sound law applied to the article's reading.
fn sk_reading(c: &mut Check, label: &str, t: &RawTerm) -> Option<String> {
    let article = t.sino_korean.as_deref();
    match (&t.sino_korean_sk, article) {
        (Some(sk), None) => {
            c.err(label, "sino_korean_sk", "is given without `sino_korean`");
            Some(sk.clone())
        }
        (Some(sk), Some(a)) => {
            if !same_reading(sk, a) {
                c.err(
                    label,
                    "sino_korean_sk",
                    format!(
                        "\"{sk}\" must be the reading \"{a}\" with only ㄹ/ㄴ/ㅇ initials changed"
                    ),
                );
            } else if *sk == with_initial_sound_law(a) {
                c.err(
                    label,
                    "sino_korean_sk",
                    format!("\"{sk}\" is what the initial-sound law gives anyway: leave it out"),
                );
            }
            Some(sk.clone())
        }
        (None, a) => a.map(with_initial_sound_law),
    }
}

/// Checks hanzi, pinyin and Sino-Korean reading agree with each other in length and script.
fn check_hanzi(c: &mut Check, label: &str, t: &RawTerm) {
    let Some(simp) = &t.hanzi_simplified else {
        if t.confidence != Confidence::Uncertain {
            c.err(label, "hanzi_simplified", "is missing: give the hanzi, or set confidence = \"uncertain\" and say why in a note");
        }
        if t.pinyin.is_some() {
            c.err(label, "pinyin", "is given without `hanzi_simplified`");
        }
        return;
    };
    let han: Vec<char> = simp.chars().filter(|c| is_han(*c)).collect();
    if han.is_empty() || simp.chars().any(|ch| !is_han(ch)) {
        c.err(
            label,
            "hanzi_simplified",
            format!("\"{simp}\" must be Chinese characters only"),
        );
    }
    if let Some(trad) = &t.hanzi_traditional {
        if trad.chars().count() != simp.chars().count() || trad.chars().any(|ch| !is_han(ch)) {
            c.err(
                label,
                "hanzi_traditional",
                format!("\"{trad}\" must be as many Chinese characters as \"{simp}\""),
            );
        }
    }
    match t.pinyin.as_deref().map(|p| (p, syllables(p))) {
        None => c.err(label, "pinyin", "is missing (required with hanzi)"),
        Some((p, None)) => c.err(label, "pinyin", format!("\"{p}\" is not valid pinyin")),
        Some((p, Some(syl))) if syl.len() != han.len() => c.err(
            label,
            "pinyin",
            format!(
                "\"{p}\" has {} syllables for {} hanzi \"{simp}\"",
                syl.len(),
                han.len()
            ),
        ),
        _ => {}
    }
    if let Some(sk) = &t.sino_korean {
        let n = sk.chars().filter(|c| is_hangul(*c)).count();
        if sk.chars().any(|c| !is_hangul(c)) || n != han.len() {
            c.err(
                label,
                "sino_korean",
                format!(
                    "\"{sk}\" must be one Hangul syllable per hanzi ({} hanzi)",
                    han.len()
                ),
            );
        }
    }
}
