//! Any text as a glossary query: no panic, and every highlight range lies on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::search::{search, Field};

fuzz_target!(|data: &[u8]| {
    let q = String::from_utf8_lossy(data);
    for h in search(DATASET.terms, &q) {
        let t = &DATASET.terms[h.term];
        let field = match h.field {
            Field::Form => t.forms[h.form],
            Field::Standard => t.standard,
            Field::Hanzi => t.hanzi_simplified.unwrap_or(""),
            Field::Traditional => t.hanzi_traditional.unwrap_or(""),
            Field::Pinyin => t.pinyin.unwrap_or(""),
            Field::SinoKorean => t.sino_korean.unwrap_or(""),
            Field::GlossEn => t.gloss_en,
            Field::GlossZh => t.gloss_zh,
        };
        assert!(field.get(h.start..h.end).is_some());
    }
});
