//! The app's logic on the host, without a browser: the actions over a real `AppState` (created
//! under a reactive `Owner` in a plain `#[test]`, as leptos-use tests its hooks), the state's
//! URL round trip, URL ⇄ state sync, the keyboard's and the landing's decisions, and the embed's
//! height message. What calls a browser API is left to tests/web.rs and the e2e suite; here are
//! the decisions split from it.

use leptos::prelude::*;
use longjiang_reader::app::actions;
use longjiang_reader::app::dom_id;
use longjiang_reader::app::embed::height_messages;
use longjiang_reader::app::keys::{keys_help, marked_terms, next_term, next_translation};
use longjiang_reader::app::landing::{plan, Block, Plan};
use longjiang_reader::app::page::is_dark;
use longjiang_reader::app::state::{AppState, Open};
use longjiang_reader::app::tools::tab_after_key;
use longjiang_reader::app::url_sync::{Nav, UrlSync};
use longjiang_reader::charts::points::chart_point_of_figure;
use longjiang_reader::core::dataset::model::Target;
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::i18n::{Lang, K};
use longjiang_reader::core::text_size;
use longjiang_reader::core::url_state::{
    ChartId, Landing, Marks, Mode, Panel, Theme, UrlState, View,
};
use longjiang_reader::core::words::{self, Notice, Problem, StoreError};

/// The app's state for the link (`search`, `hash`), under a reactive owner of its own, with an
/// English-speaking browser.
fn state_at(search: &str, hash: &str) -> (Owner, AppState) {
    let owner = Owner::new();
    owner.set();
    let st = AppState::new(UrlState::parse(&DATASET, search, hash), Lang::En);
    (owner, st)
}

/// A term that occurs more than once, with its index.
fn repeated_term() -> u32 {
    DATASET
        .terms
        .iter()
        .position(|t| t.occurrences.len() > 1)
        .expect("a term that occurs twice") as u32
}

// --- Target::anchors ---------------------------------------------------------------------------

#[test]
fn a_targets_anchors_are_its_occurrences_in_text_order() {
    for (i, t) in DATASET.terms.iter().enumerate() {
        let a = Target::Term(i as u32).anchors(&DATASET);
        let want: Vec<_> = t
            .occurrences
            .iter()
            .map(|o| (o.sentence, o.start))
            .collect();
        assert_eq!(a, want, "{}", t.id);
        assert!(
            a.windows(2).all(|w| w[0] < w[1]),
            "{} not in text order",
            t.id
        );
    }
    for (i, w) in DATASET.learner.iter().enumerate() {
        assert_eq!(
            Target::Learner(i as u32).anchors(&DATASET).len(),
            w.occurrences.len()
        );
    }
    for (i, f) in DATASET.figures.iter().enumerate() {
        assert_eq!(
            Target::Figure(i as u32).anchors(&DATASET),
            vec![(f.sentence, f.start)]
        );
    }
}

// --- Actions -----------------------------------------------------------------------------------

#[test]
fn a_card_opened_without_a_mark_anchors_at_the_first_occurrence_and_is_pinned() {
    let (_owner, st) = state_at("", "");
    let t = repeated_term();
    st.hover_open.set(true);
    actions::open_card(st, Target::Term(t), None);
    let first = DATASET.terms[t as usize].occurrences[0];
    assert_eq!(
        st.open.get_untracked(),
        Some(Open {
            target: Target::Term(t),
            anchor: Some((first.sentence, first.start)),
        })
    );
    assert!(
        !st.hover_open.get_untracked(),
        "a card opened on purpose is pinned"
    );
}

#[test]
fn a_card_opened_on_a_mark_stays_on_that_mark_and_closes() {
    let (_owner, st) = state_at("", "");
    let t = repeated_term();
    let second = DATASET.terms[t as usize].occurrences[1];
    let at = (second.sentence, second.start);
    actions::open_card(st, Target::Term(t), Some(at));
    assert_eq!(st.open.get_untracked().and_then(|o| o.anchor), Some(at));
    // The URL says which term, not which occurrence.
    assert_eq!(st.to_url().term, Some(DATASET.terms[t as usize].id));
    st.hover_open.set(true);
    actions::close_card(st, false);
    assert_eq!(st.open.get_untracked(), None);
    assert!(!st.hover_open.get_untracked());
    assert_eq!(st.to_url().term, None);
}

#[test]
fn pressing_a_figure_mark_opens_its_card_and_selects_it_in_its_chart() {
    let (_owner, st) = state_at("", "");
    let (fi, (chart, point)) = (0..DATASET.figures.len() as u32)
        .find_map(|fi| chart_point_of_figure(&DATASET, fi).map(|c| (fi, c)))
        .expect("a figure a chart shows");
    let f = &DATASET.figures[fi as usize];
    actions::open_mark(st, Target::Figure(fi), (f.sentence, f.start));
    assert_eq!(
        st.open.get_untracked().map(|o| o.target),
        Some(Target::Figure(fi))
    );
    assert_eq!(st.chart.get_untracked(), Some(chart));
    assert_eq!(st.point.get_untracked(), Some(point));
    assert_eq!(st.highlight_figure.get_untracked(), Some(fi));
}

#[test]
fn a_figure_no_chart_shows_is_not_selected() {
    let (_owner, st) = state_at("", "");
    let fi = (0..DATASET.figures.len() as u32)
        .find(|fi| chart_point_of_figure(&DATASET, *fi).is_none())
        .expect("a figure no chart shows");
    assert!(!actions::select_figure(st, fi));
    assert_eq!(st.chart.get_untracked(), None);
    assert_eq!(st.highlight_figure.get_untracked(), None);
}

#[test]
fn following_a_point_in_a_chart_only_embed_opens_the_figures_card() {
    let (_owner, st) = state_at("?embed=1&view=charts", "");
    assert!(!st.embed.get_value().shows_article());
    let (fi, (chart, point)) = (0..DATASET.figures.len() as u32)
        .find_map(|fi| chart_point_of_figure(&DATASET, fi).map(|c| (fi, c)))
        .expect("a figure a chart shows");
    let f = &DATASET.figures[fi as usize];
    actions::follow_point(st, chart, point, f.sentence, Some(fi));
    assert_eq!(
        (st.chart.get_untracked(), st.point.get_untracked()),
        (Some(chart), Some(point))
    );
    assert_eq!(
        st.open.get_untracked(),
        Some(Open {
            target: Target::Figure(fi),
            anchor: Some((f.sentence, f.start)),
        })
    );
    // No article: no sentence to highlight.
    assert_eq!(st.sentence.get_untracked(), None);
}

#[test]
fn an_embed_of_the_whole_explorer_starts_folded_and_a_panel_unfolds_it() {
    let (_owner, st) = state_at("?embed=1", "");
    assert!(!st.tools_open.get_untracked());
    actions::show_panel(st, Panel::People);
    assert!(st.tools_open.get_untracked());
    assert_eq!(st.panel.get_untracked(), Panel::People);
    actions::fold_tools(st);
    assert!(!st.tools_open.get_untracked());
    assert_eq!(
        st.panel.get_untracked(),
        Panel::People,
        "folding keeps the panel"
    );
    // A link that names a panel starts unfolded; a page that is no embed never folds.
    assert!(state_at("?embed=1", "#panel=charts")
        .1
        .tools_open
        .get_untracked());
    assert!(state_at("", "").1.tools_open.get_untracked());
}

#[test]
fn stored_words_that_are_not_a_list_are_set_aside_before_anything_else() {
    let mut aside = None;
    let (list, notices) = actions::words_from_storage(Ok(Some("not a list".into())), |raw| {
        aside = Some(raw.to_string());
        Err(StoreError::Full)
    });
    assert!(list.is_empty());
    assert_eq!(aside.as_deref(), Some("not a list"));
    assert_eq!(
        notices,
        vec![
            Notice::Store(StoreError::Full),
            Notice::Read(Problem::NotAList)
        ]
    );
    // A readable list is read, and nothing is set aside.
    let t = &DATASET.terms[0];
    let stored = words::print(&[words::SavedWord::new(t.id, t.forms[0], 5)]);
    let (list, notices) =
        actions::words_from_storage(Ok(Some(stored)), |_| panic!("set aside a good list"));
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, t.id);
    assert!(notices.is_empty());
    // No storage at all: no words, and the reader is told.
    let (list, notices) =
        actions::words_from_storage(Err(StoreError::Unavailable), |_| unreachable!());
    assert!(list.is_empty());
    assert_eq!(notices, vec![Notice::Store(StoreError::Unavailable)]);
}

#[test]
fn the_text_size_is_the_stored_one_or_the_default() {
    let stored = text_size::print(120);
    assert_eq!(actions::text_size_from_storage(Ok(Some(stored))), 120);
    assert_eq!(
        actions::text_size_from_storage(Ok(None)),
        text_size::DEFAULT
    );
    assert_eq!(
        actions::text_size_from_storage(Ok(Some("huge".into()))),
        text_size::DEFAULT
    );
    assert_eq!(
        actions::text_size_from_storage(Err(StoreError::Unavailable)),
        text_size::DEFAULT
    );
}

// --- The state and its URL ---------------------------------------------------------------------

#[test]
fn the_state_says_the_url_it_was_made_from() {
    let t = &DATASET.terms[repeated_term() as usize];
    let s = DATASET.article.sentences[3].id;
    let hash = format!(
        "#lang=zh&mode=hanzi&term={}&s={s}&panel=charts&chart=trade&pt=2&theme=dark&q=x",
        t.id
    );
    let url = UrlState::parse(&DATASET, "?embed=1&view=reader", &hash);
    let (_owner, st) = state_at("?embed=1&view=reader", &hash);
    assert_eq!(st.to_url(), url);
    assert_eq!(st.sentence.get_untracked(), Some(3));
    assert_eq!(st.lang.get_untracked(), Lang::Zh);
    assert_eq!(st.t(K::AppName), K::AppName.get(Lang::Zh));
}

#[test]
fn a_link_to_the_share_panel_remembers_the_view_it_shares() {
    let (_owner, st) = state_at("", "#panel=share&chart=half");
    assert_eq!(st.last_panel.get_untracked(), Panel::Charts);
    assert_eq!(st.shareable_url().panel, Panel::Charts);
    let (_owner, st) = state_at("", "#panel=people");
    assert_eq!(st.last_panel.get_untracked(), Panel::People);
}

#[test]
fn applying_a_url_keeps_the_cards_mark_for_the_same_term_and_the_hosts_settings() {
    let (_owner, st) = state_at("?embed=1&view=reader", "");
    let t = repeated_term();
    let id = DATASET.terms[t as usize].id;
    let second = DATASET.terms[t as usize].occurrences[1];
    actions::open_card(st, Target::Term(t), Some((second.sentence, second.start)));
    st.apply_url(UrlState::parse(
        &DATASET,
        "",
        &format!("#term={id}&theme=dark"),
    ));
    assert_eq!(
        st.open.get_untracked().and_then(|o| o.anchor),
        Some((second.sentence, second.start))
    );
    assert_eq!(st.theme.get_untracked(), Theme::Dark);
    assert_eq!(st.embed.get_value().view, Some(View::Reader));
    st.apply_url(UrlState::parse(&DATASET, "", "#"));
    assert_eq!(st.open.get_untracked(), None);
}

#[test]
fn the_quiet_reading_follows_the_language_unless_a_mode_annotates_every_term() {
    let (_owner, st) = state_at("", "");
    assert_eq!(st.quiet(), Marks::default_for(Lang::En) == Marks::Quiet);
    st.marks.set(Some(Marks::Quiet));
    assert!(st.quiet());
    st.mode.set(Mode::Hanzi);
    assert!(!st.quiet(), "hanzi annotates every term");
    st.mode.set(Mode::Standard);
    assert!(st.quiet());
    st.learner.set(true);
    assert!(!st.quiet(), "the learner layer marks every word");
}

// --- URL ⇄ state -------------------------------------------------------------------------------

fn at(hash: &str) -> (String, String) {
    (String::new(), hash.to_string())
}

#[test]
fn state_changes_are_written_once_per_frame_and_the_latest_wins() {
    let mut s = UrlSync::new(UrlState::default(), at(""));
    let dark = UrlState {
        theme: Theme::Dark,
        ..UrlState::default()
    };
    let zh = UrlState {
        lang: Some(Lang::Zh),
        ..dark.clone()
    };
    assert!(s.changed(dark), "the first change schedules a write");
    assert!(
        !s.changed(zh.clone()),
        "a second change waits for the same write"
    );
    assert_eq!(s.due(&at("")), Some((zh.print_search(), zh.print_hash())));
    s.wrote(at(&format!("#{}", zh.print_hash())));
    // The other timer of the same write finds nothing pending.
    assert_eq!(s.due(&at(&format!("#{}", zh.print_hash()))), None);
    assert!(
        s.changed(UrlState::default()),
        "after a write, a change schedules another"
    );
}

#[test]
fn a_write_gives_way_to_a_navigation_that_came_in_between() {
    let mut s = UrlSync::new(UrlState::default(), at(""));
    assert!(s.changed(UrlState {
        theme: Theme::Dark,
        ..UrlState::default()
    }));
    assert_eq!(s.due(&at("#theme=light")), None);
    assert!(!s.pending());
}

#[test]
fn a_navigation_to_a_view_is_applied_and_an_anchor_keeps_the_view() {
    let mut s = UrlSync::new(UrlState::default(), at(""));
    let dark = UrlState {
        theme: Theme::Dark,
        ..UrlState::default()
    };
    assert!(s.changed(dark.clone()));
    // An in-page anchor: the state stays, its URL is asked back.
    assert_eq!(
        s.navigated(at("#s-p09s2")),
        Nav::Restore(dark.print_search(), dark.print_hash())
    );
    // A view state wins over the pending write.
    let nav = s.navigated(at("#theme=light&panel=people"));
    let want = UrlState::parse(&DATASET, "", "#theme=light&panel=people");
    assert_eq!(nav, Nav::Apply(want.clone()));
    assert!(!s.pending());
    assert_eq!(s.last(), &want);
    // Its own change is then written over the URL it came from.
    assert!(s.changed(want.clone()));
    assert!(s.due(&at("#theme=light&panel=people")).is_some());
}

// --- Keyboard ----------------------------------------------------------------------------------

#[test]
fn the_quiet_reading_steps_through_fewer_terms_in_text_order() {
    let all = marked_terms(false);
    let quiet = marked_terms(true);
    assert!(all.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
    assert!(quiet.iter().all(|m| all.contains(m)));
    assert!(
        quiet.len() < all.len(),
        "the quiet reading leaves some terms plain"
    );
    assert!(quiet
        .iter()
        .all(|(_, _, t)| !DATASET.terms[*t as usize].quiet));
}

#[test]
fn j_and_k_step_from_the_focused_term_or_the_cards_mark_round_the_text() {
    let all = [(0, 0, 7), (0, 10, 8), (2, 5, 9)];
    let no_band = || -> (f64, f64) { panic!("the screen is not asked") };
    let no_top = |_: &(u32, u32, u32)| -> Option<f64> { panic!("the screen is not asked") };
    assert_eq!(next_term(&all, Some(0), None, 1, no_band, no_top), 1);
    assert_eq!(next_term(&all, Some(2), None, 1, no_band, no_top), 0);
    assert_eq!(next_term(&all, Some(0), None, -1, no_band, no_top), 2);
    // A card on a term's mark, or on a figure between two terms.
    assert_eq!(next_term(&all, None, Some((0, 10)), 1, no_band, no_top), 2);
    assert_eq!(next_term(&all, None, Some((0, 10)), -1, no_band, no_top), 0);
    assert_eq!(next_term(&all, None, Some((1, 0)), 1, no_band, no_top), 2);
    assert_eq!(next_term(&all, None, Some((1, 0)), -1, no_band, no_top), 1);
    assert_eq!(next_term(&all, None, Some((3, 0)), 1, no_band, no_top), 0);
}

#[test]
fn with_nothing_focused_j_goes_to_the_first_term_in_view_and_k_to_the_last() {
    let all = [(0, 0, 7), (1, 0, 8), (2, 0, 9), (3, 0, 10)];
    // Tops on screen: the band (what the reader sees) is 100..500.
    let top = |m: &(u32, u32, u32)| Some([-300.0, 150.0, 450.0, 900.0][m.0 as usize]);
    let band = || (100.0, 500.0);
    assert_eq!(next_term(&all, None, None, 1, band, top), 1);
    assert_eq!(next_term(&all, None, None, -1, band, top), 2);
    // Nothing in view below or above: the first, the last.
    let nowhere = |_: &(u32, u32, u32)| None;
    assert_eq!(next_term(&all, None, None, 1, band, nowhere), 0);
    assert_eq!(next_term(&all, None, None, -1, band, nowhere), 3);
}

#[test]
fn t_cycles_the_translation_in_the_readers_language_first() {
    assert_eq!(next_translation(Lang::Zh, None), Some(Lang::Zh));
    assert_eq!(next_translation(Lang::Zh, Some(Lang::Zh)), Some(Lang::En));
    assert_eq!(next_translation(Lang::Zh, Some(Lang::En)), None);
    assert_eq!(next_translation(Lang::Ko, None), Some(Lang::En));
    assert_eq!(next_translation(Lang::En, Some(Lang::En)), Some(Lang::Zh));
    assert_eq!(next_translation(Lang::En, Some(Lang::Zh)), None);
}

#[test]
fn the_keys_line_names_the_keys_of_the_part_shown_and_tabs_go_round() {
    assert_eq!(keys_help(None), K::KeyboardHelp);
    assert_eq!(keys_help(Some(View::Reader)), K::KeyboardHelpReader);
    assert_eq!(keys_help(Some(View::Glossary)), K::KeyboardHelpGlossary);
    assert_eq!(
        keys_help(Some(View::Chart(ChartId::Key))),
        K::KeyboardHelpCard
    );
    assert_eq!(
        keys_help(Some(View::Chart(ChartId::Trade))),
        K::KeyboardHelpCharts
    );
    assert_eq!(keys_help(Some(View::Charts)), K::KeyboardHelpCharts);
    let (first, last) = (Panel::ALL[0], Panel::ALL[Panel::ALL.len() - 1]);
    assert_eq!(tab_after_key(last, "ArrowRight"), Some(first));
    assert_eq!(tab_after_key(first, "ArrowLeft"), Some(last));
    assert_eq!(tab_after_key(first, "ArrowRight"), Some(Panel::ALL[1]));
    assert_eq!(tab_after_key(first, "Enter"), None);
}

// --- Landing -----------------------------------------------------------------------------------

#[test]
fn a_link_to_a_term_scrolls_to_its_mark_and_opens_its_card_and_a_frame_only_opens_it() {
    let landing = Landing::Term {
        term: 4,
        anchor: Some((2, 17)),
    };
    let never = || -> bool { panic!("the tools are not asked") };
    assert_eq!(
        plan(landing, true, never),
        Plan {
            scroll: Some((dom_id::mark(2, 17), Block::Center)),
            card: Some((Target::Term(4), Some((2, 17)))),
        }
    );
    assert_eq!(
        plan(landing, false, never),
        Plan {
            scroll: None,
            card: Some((Target::Term(4), Some((2, 17)))),
        }
    );
    assert_eq!(plan(Landing::Top, true, never), Plan::default());
}

#[test]
fn a_link_to_a_sentence_chart_or_panel_scrolls_there() {
    let never = || -> bool { panic!("the tools are not asked") };
    assert_eq!(
        plan(Landing::Sentence(5), true, never).scroll,
        Some((dom_id::sentence(5), Block::Center))
    );
    assert_eq!(
        plan(Landing::Chart(ChartId::Key), true, never).scroll,
        Some((dom_id::chart(ChartId::Key), Block::Start))
    );
    assert_eq!(
        plan(Landing::Chart(ChartId::Trade), true, never).scroll,
        Some((dom_id::chart(ChartId::Trade), Block::Center))
    );
    // A panel: its start, only where it is out of sight.
    let panel = Landing::Panel(Panel::People);
    assert_eq!(
        plan(panel, true, || true).scroll,
        Some((dom_id::TOOLS.to_string(), Block::Start))
    );
    assert_eq!(plan(panel, true, || false).scroll, None);
    assert_eq!(plan(panel, false, never), Plan::default());
}

// --- The page ----------------------------------------------------------------------------------

#[test]
fn auto_follows_the_system_theme() {
    assert!(is_dark(Theme::Auto, true));
    assert!(!is_dark(Theme::Auto, false));
    assert!(is_dark(Theme::Dark, false));
    assert!(!is_dark(Theme::Light, true));
}

#[test]
fn the_resize_message_is_the_json_it_always_was() {
    let m = height_messages(640, None, r#"https://example.org/a"b\c?embed=1"#);
    assert_eq!(
        m,
        vec![
            r#"{"src":"https://example.org/a\"b\\c?embed=1","context":"iframe.resize","height":640}"#
        ]
    );
}
