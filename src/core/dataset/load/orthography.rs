//! `data/orthography.toml`: Chinese-Korean spellings and their South Korean standard forms.
//! Where each occurs is found later, with the other marks (`marks.rs`).

use super::super::model::*;
use super::super::raw::*;
use super::check::{leak, Check};
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
            [
                ("explain_ko", Some(o.explain_ko.as_str())),
                ("explain_zh", Some(o.explain_zh.as_str())),
                ("explain_en", Some(o.explain_en.as_str())),
            ],
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
            explain_ko: leak(o.explain_ko),
            explain_zh: leak(o.explain_zh),
            explain_en: leak(o.explain_en),
            occurrences: &[],
        });
    }
    notes
}
