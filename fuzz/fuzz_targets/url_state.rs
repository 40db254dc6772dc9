//! Any bytes as (query, fragment): parsing never panics, and printing what was parsed parses
//! back to the same view state.
#![no_main]

use libfuzzer_sys::fuzz_target;
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::url_state::UrlState;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (search, hash) = text.split_once('#').unwrap_or(("", &text));
    let parsed = UrlState::parse(&DATASET, search, hash);
    let printed = parsed.print_hash();
    let again = UrlState::parse(&DATASET, "", &printed);
    let view = |s: &UrlState| UrlState { embed: false, view: None, transparent: false, child_id: None, ..s.clone() };
    assert_eq!(view(&again), view(&parsed), "print/parse changed the state: {printed}");
});
