//! `data/orthography.toml`: Chinese-Korean spellings and their South Korean standard forms.
//! Where each occurs is found later, with the other marks (`marks.rs`).

use super::super::model::*;
use super::super::raw::*;
use super::check::{given, leak, to_text, Check};
use super::{DataError, ORTHOGRAPHY};

pub(super) fn load(text: &str, errors: &mut Vec<DataError>) -> Vec<OrthoNote> {
    let mut notes = Vec::new();
    let mut c = Check {
        file: ORTHOGRAPHY,
        errors,
    };
    let raws: Vec<(String, RawOrtho)> = c.entries(text, "note");
    c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
    for (label, o) in raws {
        c.non_empty(&label, "form", &o.form);
        c.non_empty(&label, "standard", &o.standard);
        c.three_langs(
            &label,
            "explain",
            given(&o.explain_ko, &o.explain_zh, &o.explain_en),
            true,
        );
        if o.form == o.standard {
            c.err(&label, "standard", "is the same as `form`: nothing to note");
        }
        notes.push(OrthoNote {
            id: leak(o.id),
            form: leak(o.form),
            standard: leak(o.standard),
            rule: o.rule,
            explain: Tri::new(o.explain_ko, o.explain_zh, o.explain_en).map(to_text),
            occurrences: &[],
        });
    }
    notes
}
