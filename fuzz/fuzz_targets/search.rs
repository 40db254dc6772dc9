//! Any text as a glossary query, searched as the glossary panel searches it (the terms with the
//! hanja character table, and the learner layer): no panic, and every highlight range lies on
//! char boundaries of the text it is shown in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::search::{search, search_learner};

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    for h in search(&DATASET, &q) {
        let text = h.text(&DATASET.terms[h.term]);
        assert!(text.get(h.start..h.end).is_some(), "{h:?} in {text:?}");
    }
    for h in search_learner(DATASET.learner, &q) {
        let text = h.text(&DATASET.learner[h.word]);
        assert!(text.get(h.start..h.end).is_some(), "{h:?} in {text:?}");
    }
});
