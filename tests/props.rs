//! Property tests over the URL-state parser and the glossary search: no panic on any input, and
//! print ∘ parse is the identity on valid states.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::format::Currency;
use longjiang_reader::core::i18n::Lang;
use longjiang_reader::core::search::search;
use longjiang_reader::core::url_state::{ChartId, Mode, Panel, Theme, UrlState, MAX_POINT};
use proptest::prelude::*;

fn valid_state() -> impl Strategy<Value = UrlState> {
    let terms: Vec<&'static str> = DATASET.terms.iter().map(|t| t.id).collect();
    let sentences: Vec<&'static str> = DATASET.article.sentences.iter().map(|s| s.id).collect();
    (
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        prop::sample::select(Mode::ALL.to_vec()),
        prop::option::of(prop::sample::select(terms)),
        prop::option::of(prop::sample::select(sentences)),
        prop::sample::select(Panel::ALL.to_vec()),
        prop::option::of((
            prop::sample::select(ChartId::ALL.to_vec()),
            prop::option::of(0..MAX_POINT),
        )),
        prop::sample::select(Currency::ALL.to_vec()),
        prop::sample::select(Theme::ALL.to_vec()),
        "[^\\p{Cc}]{0,40}",
    )
        .prop_map(
            |(lang, mode, term, sentence, panel, chart, currency, theme, query)| UrlState {
                lang,
                mode,
                term,
                sentence,
                panel,
                chart: chart.map(|c| c.0),
                point: chart.and_then(|c| c.1),
                currency,
                theme,
                query,
                ..Default::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_never_panics(search in ".{0,200}", hash in ".{0,400}") {
        let _ = UrlState::parse(&DATASET, &search, &hash);
    }

    #[test]
    fn parse_never_panics_on_url_like_input(
        pairs in prop::collection::vec(("[a-zA-Z_%]{0,8}", "[a-zA-Z0-9%+&=#._\\-가-힣一-龥]{0,20}"), 0..12)
    ) {
        let hash: String = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let _ = UrlState::parse(&DATASET, &format!("?{hash}"), &format!("#{hash}"));
    }

    #[test]
    fn print_then_parse_is_identity(s in valid_state()) {
        let printed = s.print_hash();
        let parsed = UrlState::parse(&DATASET, "", &printed);
        prop_assert_eq!(&parsed, &s);
        prop_assert_eq!(parsed.print_hash(), printed);
    }

    #[test]
    fn search_never_panics_and_highlights_inside_the_field(q in ".{0,60}") {
        for h in search(&DATASET, &q) {
            let t = &DATASET.terms[h.term];
            prop_assert!(h.start <= h.end);
            let field = h.text(t);
            prop_assert!(!field.is_empty());
            prop_assert!(field.get(h.start..h.end).is_some(), "range {}..{} not on char boundaries of {field}", h.start, h.end);
        }
    }
}
