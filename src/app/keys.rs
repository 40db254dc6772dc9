//! Keyboard shortcuts: "/" searches the glossary, j and k step through the terms in the text, t
//! cycles the translation under each paragraph. Not while typing in a field, and only where the
//! glossary or the article is on the page. The decisions (which term is next, which translation)
//! are pure functions, tested on the host; `listen_for_keys` wires them to the browser.

use crate::app::actions;
use crate::app::state::AppState;
use crate::app::{browser, dom_id, embed};
use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::{ChartId, Marks, Panel, View};
use leptos::prelude::*;

/// A term's mark in the text: (sentence index, the mark's byte start, the term's index).
pub type TermMark = (u32, u32, u32);

/// The terms marked in the text, in text order: all of them, or with `quiet` those the quiet
/// reading marks (it leaves everyday words plain).
pub fn marked_terms(quiet: bool) -> Vec<TermMark> {
    DATASET
        .article
        .sentences
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.marks.iter().filter_map(move |m| match m.target {
                Target::Term(t) if !quiet || Marks::Quiet.shows(&DATASET, m.target) => {
                    Some((si as u32, m.start, t))
                }
                _ => None,
            })
        })
        .collect()
}

/// Which of the marked terms `all` (not empty) j (`dir` 1) or k (`dir` -1) moves to: from the
/// `focused` one, else from the mark an open card is anchored to (a term, or a figure or
/// spelling mark between terms), else from what is on screen. `band` gives the part of the page
/// the reader sees (top, bottom) and `top_of` a mark's top on screen (viewport coordinates),
/// both asked only in that last case.
pub fn next_term(
    all: &[TermMark],
    focused: Option<usize>,
    anchor: Option<(u32, u32)>,
    dir: i32,
    band: impl FnOnce() -> (f64, f64),
    top_of: impl Fn(&TermMark) -> Option<f64>,
) -> usize {
    let n = all.len();
    match (focused, anchor) {
        (Some(i), _) => (i as i32 + dir).rem_euclid(n as i32) as usize,
        (None, Some(a)) => {
            let after = all.iter().position(|(si, s, _)| (*si, *s) > a);
            let at = all.iter().position(|(si, s, _)| (*si, *s) == a);
            match (dir > 0, at) {
                (true, _) => after.unwrap_or(0),
                (false, Some(i)) => (i + n - 1) % n,
                (false, None) => (after.unwrap_or(n) + n - 1) % n,
            }
        }
        // Nothing focused or open: from the terms on screen, not from the top of the article (a
        // reader who scrolled to paragraph 10 and pressed j was sent back to paragraph 1): j
        // goes to the first term in view, k to the last one above the bottom of the screen.
        // "On screen" is what the reader sees: below the controls bar where it stands over the
        // text (a term under it was taken as in view, and the page scrolled back to it), and in
        // a frame that grows to its content, the part the host shows.
        (None, None) => {
            let (band_top, band_bottom) = band();
            if dir > 0 {
                all.iter()
                    .position(|m| top_of(m).is_some_and(|t| t >= band_top))
                    .unwrap_or(0)
            } else {
                all.iter()
                    .rposition(|m| top_of(m).is_some_and(|t| t < band_bottom))
                    .unwrap_or(n - 1)
            }
        }
    }
}

/// The translation t shows after `now`: the reader's language first (Chinese for a Chinese
/// interface, else English), then the other, then none.
pub fn next_translation(lang: Lang, now: Option<Lang>) -> Option<Lang> {
    let order = if lang == Lang::Zh {
        [None, Some(Lang::Zh), Some(Lang::En)]
    } else {
        [None, Some(Lang::En), Some(Lang::Zh)]
    };
    let i = order.iter().position(|o| *o == now).unwrap_or(0);
    order[(i + 1) % order.len()]
}

/// The footer's line on the keys, for the part of the app on the page (`?view=`).
pub fn keys_help(view: Option<View>) -> K {
    match view {
        None => K::KeyboardHelp,
        Some(View::Reader) => K::KeyboardHelpReader,
        Some(View::Glossary) => K::KeyboardHelpGlossary,
        Some(View::Chart(ChartId::Key)) => K::KeyboardHelpCard,
        Some(View::Charts | View::Chart(_)) => K::KeyboardHelpCharts,
    }
}

/// Moves focus to the next (`+1`) or previous (`-1`) term in the text (`next_term`), scrolls to
/// it where it is out of the reader's sight, and moves an open card there.
fn step_term(st: AppState, dir: i32) {
    let all = marked_terms(untrack(|| st.quiet()));
    if all.is_empty() {
        return;
    }
    let active_id = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    let focused = all
        .iter()
        .position(|(si, st, _)| dom_id::mark(*si, *st) == active_id);
    let anchor = st.open.get_untracked().and_then(|o| o.anchor);
    let next = next_term(
        &all,
        focused,
        anchor,
        dir,
        embed::reading_band,
        |(si, s, _)| {
            document()
                .get_element_by_id(&dom_id::mark(*si, *s))
                .map(|e| e.get_bounding_client_rect().top())
        },
    );
    let (si, start, t) = all[next];
    let id = dom_id::mark(si, start);
    browser::focus_id_in_place(&id);
    // Scrolled to only when it is not already where the reader reads (the focus itself scrolls
    // nothing).
    let (band_top, band_bottom) = embed::reading_band();
    let seen =
        browser::rect_of(&id).is_some_and(|r| r.top() >= band_top && r.bottom() <= band_bottom);
    if !seen {
        browser::scroll_to_id(&id);
    }
    if st.open.get_untracked().is_some() {
        actions::open_card(st, Target::Term(t), Some((si, start)));
    }
}

/// Listens for the shortcuts for the page's life.
pub fn listen_for_keys(st: AppState) {
    let embed = st.embed.get_value();
    let can_search = embed.has_tabs() || embed.view == Some(View::Glossary);
    let has_article = embed.shows_article();
    browser::window_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document()
            .active_element()
            .map(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
            .unwrap_or(false);
        if typing {
            return;
        }
        match ev.key().as_str() {
            "/" if can_search => {
                ev.prevent_default();
                actions::show_panel(st, Panel::Glossary);
                request_animation_frame(|| browser::focus_id(dom_id::SEARCH));
            }
            "j" if has_article => step_term(st, 1),
            "t" if has_article => {
                let lang = st.lang.get_untracked();
                actions::keep_place(st, move || {
                    st.translation.update(|t| *t = next_translation(lang, *t))
                });
            }
            "k" if has_article => step_term(st, -1),
            _ => {}
        }
    });
}
