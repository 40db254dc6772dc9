//! Actions: the one home of every state change that writes more than one signal. Opening a card,
//! closing it, following a chart point to its sentence, selecting a figure, going to a sentence,
//! choosing a glossary term — each is written once, here, and every component, keyboard shortcut
//! and deep link that does it calls the same function. Outside this module (and `AppState`'s
//! constructor and `apply_url`, which set the state from a URL), no function writes more than one
//! `AppState` signal (`tests/architecture.rs` checks the components). Each action takes the
//! `AppState` (it is `Copy`), so event handlers that outlive the render can call it.

use crate::app::browser;
use crate::app::dom_id;
use crate::app::state::{AppState, Open};
use crate::charts::points::chart_point_of_figure;
use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::text_size;
use crate::core::url_state::{ChartId, Panel, UrlState};
use crate::core::words::{self, Notice, Problem, SavedWord, StoreError, WordState};
use leptos::prelude::*;

// --- The article's layout -------------------------------------------------------------------

/// Makes a change that lays the article out again — display mode, translation, learner layer,
/// which words are marked, text size — keeping the reader's place: the sentence at the top of
/// what the reader sees stays where it was on screen (issue #20: switching to hanzi half-way
/// down moved the paragraph being read ~650 px, off a phone's screen). The article's paragraphs
/// are rendered again, so the browser's scroll anchoring, which holds on to a node, has nothing
/// to hold; inside a frame that grows to its content the host page is what scrolls (pym's
/// `scrollToChildPos`).
pub fn keep_place(st: AppState, change: impl FnOnce()) {
    let (band_top, _) = crate::app::embed::reading_band();
    let shown_top = crate::app::embed::shown_band().map_or(0.0, |(top, _)| top);
    // The first sentence that starts in the reading band (as the browser's scroll anchoring
    // picks the first node in view), and where its top is.
    let anchor = (0..DATASET.article.sentences.len() as u32)
        .map(dom_id::sentence)
        .find_map(|id| {
            let r = browser::rect_of(&id)?;
            (r.top() >= band_top - 1.0 && r.height() > 0.0).then(|| (id, r.top()))
        });
    change();
    // The article's first sentence in view: the reader is at its start, with the controls they
    // just used above it on screen; the text grows downward from there (keeping the sentence
    // put would scroll those controls away from under the finger).
    let Some((id, before)) = anchor.filter(|(id, _)| *id != dom_id::sentence(0)) else {
        return;
    };
    // After the render (effects run before the next frame).
    request_animation_frame(move || {
        let Some(after) = browser::rect_of(&id).map(|r| r.top()) else {
            return;
        };
        let dy = after - before;
        if dy.abs() >= 1.0 {
            // In a frame: the host brings to its top the point that keeps the sentence as far
            // from the top of what it shows as it was (frame coordinates: such a frame does not
            // scroll itself).
            crate::app::embed::scroll_reader_view(st, dy, after - (before - shown_top));
        }
    });
}

// --- Cards ---------------------------------------------------------------------------------

/// Opens the card for `target`, anchored at a mark (sentence index, byte start) if given; with
/// no anchor, at the target's first occurrence in the text. A card opened on purpose is pinned
/// (a pending hover open or close is cancelled).
pub fn open_card(st: AppState, target: Target, anchor: Option<(u32, u32)>) {
    let anchor = anchor.or_else(|| target.anchors(&DATASET).first().copied());
    keep_hover_card(st);
    st.hover_open.set(false);
    st.open.set(Some(Open { target, anchor }));
}

/// Closes the card (and forgets a pending hover open or close); with `return_focus`, the focus
/// goes back to the mark it was anchored to.
pub fn close_card(st: AppState, return_focus: bool) {
    if let Some(Open {
        anchor: Some((si, start)),
        ..
    }) = st.open.get_untracked()
    {
        if return_focus {
            browser::focus_id(&dom_id::mark(si, start));
        }
    }
    keep_hover_card(st);
    st.hover_open.set(false);
    st.open.set(None);
}

const HOVER_OPEN_MS: u64 = 350;
const HOVER_CLOSE_MS: u64 = 250;

/// Cancels a pending hover open or close (the mouse entered the card it opened).
pub fn keep_hover_card(st: AppState) {
    if let Some(h) = st.hover_timer.get_value() {
        h.clear();
    }
    st.hover_timer.set_value(None);
}

fn schedule(st: AppState, ms: u64, f: impl FnOnce() + 'static) {
    keep_hover_card(st);
    let h = set_timeout_with_handle(f, std::time::Duration::from_millis(ms)).ok();
    st.hover_timer.set_value(h);
}

/// A mouse rests on a mark: open its card after a short delay, unless a card opened by a click
/// is showing (that one stays until closed). A hover-opened card does not take the focus.
pub fn hover_in(st: AppState, target: Target, anchor: (u32, u32), ev: &web_sys::PointerEvent) {
    if ev.pointer_type() != "mouse" {
        return;
    }
    let pinned = st.open.get_untracked().is_some() && !st.hover_open.get_untracked();
    if pinned {
        return;
    }
    schedule(st, HOVER_OPEN_MS, move || {
        open_card(st, target, Some(anchor));
        st.hover_open.set(true);
    });
}

/// The mouse left a mark or a hover-opened card: close that card shortly after.
pub fn hover_out(st: AppState, ev: &web_sys::PointerEvent) {
    if ev.pointer_type() != "mouse" {
        return;
    }
    keep_hover_card(st);
    if st.hover_open.get_untracked() {
        schedule(st, HOVER_CLOSE_MS, move || {
            if st.hover_open.get_untracked() {
                close_card(st, false);
            }
        });
    }
}

// --- The text ------------------------------------------------------------------------------

/// Highlights sentence `si` and scrolls to it.
pub fn go_to_sentence(st: AppState, si: u32) {
    st.sentence.set(Some(si));
    browser::scroll_to_id(&dom_id::sentence(si));
}

/// A mark in the text was pressed: its card opens there, and a figure is also selected in the
/// charts (see [`select_figure`]).
pub fn open_mark(st: AppState, target: Target, anchor: (u32, u32)) {
    open_card(st, target, Some(anchor));
    if let Target::Figure(fi) = target {
        select_figure(st, fi);
    }
}

/// Choosing a glossary entry: highlight its occurrences, open its card at the first one, and
/// scroll there.
pub fn choose_term(st: AppState, term: u32) {
    st.highlight_term.set(Some(term));
    let target = Target::Term(term);
    if let Some(&(si, start)) = target.anchors(&DATASET).first() {
        open_card(st, target, Some((si, start)));
        browser::scroll_to_id(&dom_id::mark(si, start));
    }
}

/// Choosing a learner word from the glossary's search: the learner layer on (so that its marks
/// are in the text), its card open at the first occurrence, scrolled there once marked.
pub fn choose_learner(st: AppState, word: u32) {
    st.learner.set(true);
    let target = Target::Learner(word);
    if let Some(&(si, start)) = target.anchors(&DATASET).first() {
        open_card(st, target, Some((si, start)));
        let id = dom_id::mark(si, start);
        request_animation_frame(move || browser::scroll_to_id(&id));
    }
}

// --- Charts and figures --------------------------------------------------------------------

/// Selects a chart point (its ring, `chart` and `pt` in the URL).
pub fn select_point(st: AppState, chart: ChartId, point: u32) {
    st.chart.set(Some(chart));
    st.point.set(Some(point));
}

/// Selects figure `fi` wherever it shows: its point in the first chart that has it, and the
/// figure highlighted in the text. A figure no chart shows is left alone (returns `false`).
pub fn select_figure(st: AppState, fi: u32) -> bool {
    let Some((chart, point)) = chart_point_of_figure(&DATASET, fi) else {
        return false;
    };
    select_point(st, chart, point);
    st.highlight_figure.set(Some(fi));
    true
}

/// Follows a chart point (a click, Enter, a key-figure tile) to where it comes from: the point is
/// selected and, with the article on the page, its sentence highlighted (with its figure) and
/// scrolled to; where there is no article (a chart-only embed), the figure's card opens, which
/// shows the sentence.
pub fn follow_point(st: AppState, chart: ChartId, point: u32, sentence: u32, figure: Option<u32>) {
    select_point(st, chart, point);
    if !st.embed.get_value().shows_article() {
        if let Some(fi) = figure {
            open_card(st, Target::Figure(fi), None);
        }
        return;
    }
    st.highlight_figure.set(figure);
    go_to_sentence(st, sentence);
}

/// From a figure's card to its chart: the charts panel, the figure selected there, the card
/// closed, and the chart scrolled into view once the panel is drawn.
pub fn show_figure_in_chart(st: AppState, fi: u32) {
    let Some((chart, _)) = chart_point_of_figure(&DATASET, fi) else {
        return;
    };
    show_panel(st, Panel::Charts);
    select_figure(st, fi);
    close_card(st, false);
    request_animation_frame(move || browser::scroll_to_id(&dom_id::chart(chart)));
}

// --- Panels --------------------------------------------------------------------------------

/// Shows a tools panel, unfolding the tools where an embed started with them folded.
pub fn show_panel(st: AppState, p: Panel) {
    st.tools_open.set(true);
    st.panel.set(p);
}

/// Folds the tools back into their bar (an embed of the whole explorer), keeping the panel.
pub fn fold_tools(st: AppState) {
    st.tools_open.set(false);
}

// --- Saved words ---------------------------------------------------------------------------

/// Reads the saved words from the browser (at mount, and when another tab changed them). What
/// could not be read is reported; a stored value that is not a list at all is set aside under
/// its own key before anything is written over it.
pub fn load_words(st: AppState) {
    let stored = browser::storage_get(words::STORAGE_KEY);
    let (words, notices) = words_from_storage(stored, |raw| {
        browser::storage_set(words::SET_ASIDE_KEY, raw)
    });
    st.words.set(words);
    st.words_notices.set(notices);
}

/// The saved words in what the browser's storage gave (`stored`), and what the reader is told
/// about them. A value that is not a list is handed to `set_aside` (which stores it under its
/// own key) first; a refusal there is told too. Pure but for `set_aside`, for tests.
pub fn words_from_storage(
    stored: Result<Option<String>, StoreError>,
    set_aside: impl FnOnce(&str) -> Result<(), StoreError>,
) -> (Vec<SavedWord>, Vec<Notice>) {
    let mut notices = Vec::new();
    let words = match stored {
        Ok(raw) => {
            let raw = raw.unwrap_or_default();
            let (list, problems) = words::parse(&raw, &DATASET);
            if problems.contains(&Problem::NotAList) {
                if let Err(e) = set_aside(&raw) {
                    notices.push(Notice::Store(e));
                }
            }
            notices.extend(problems.into_iter().map(Notice::Read));
            list
        }
        Err(e) => {
            notices.push(Notice::Store(e));
            Vec::new()
        }
    };
    (words, notices)
}

/// Writes the list back; a refusal is told (the words stay on the page until it closes).
fn store_words(st: AppState) {
    let text = st.words.with_untracked(|w| words::print(w));
    let result = browser::storage_set(words::STORAGE_KEY, &text);
    st.words_notices.update(|n| {
        n.retain(|x| !matches!(x, Notice::Store(_)));
        if let Err(e) = result {
            n.push(Notice::Store(e));
        }
    });
}

/// Saves a word (a glossary id, or `words::learner_id`) by the form the reader met, or takes it
/// off the list.
pub fn toggle_word(st: AppState, id: &str, form: &str) {
    st.words
        .update(|w| _ = words::toggle(w, id, form, browser::now_ms()));
    store_words(st);
}

/// Marks a saved word learning or known.
pub fn set_word_state(st: AppState, id: &str, state: WordState) {
    st.words.update(|w| words::set_state(w, id, state));
    store_words(st);
}

/// Takes a word off the list.
pub fn remove_word(st: AppState, id: &str) {
    st.words.update(|w| w.retain(|x| x.id != id));
    store_words(st);
}

// --- Text size -----------------------------------------------------------------------------

/// Reads the reader's text size from the browser (at mount, and when another tab changes it).
pub fn load_text_size(st: AppState) {
    st.text_size
        .set(text_size_from_storage(browser::storage_get(
            text_size::STORAGE_KEY,
        )));
}

/// The text size in what the browser's storage gave. Nothing stored, a value that is not a
/// size, or a browser that refuses storage: the default.
pub fn text_size_from_storage(stored: Result<Option<String>, StoreError>) -> u16 {
    stored
        .ok()
        .flatten()
        .and_then(|v| text_size::parse(&v))
        .unwrap_or(text_size::DEFAULT)
}

/// Keeps the text size for the next visit. A refusal (blocked in a frame, private mode, full) is
/// not told: the size then lasts until the page closes, and nothing else depends on it.
pub fn store_text_size(size: u16) {
    let _ = browser::storage_set(text_size::STORAGE_KEY, &text_size::print(size));
}

// --- Links ---------------------------------------------------------------------------------

/// The deployed URL with the current view state in the fragment (tracks the state it reads):
/// never the share panel; from an embed, the full page at the part it showed.
/// The deployed URL of a sentence, highlighted, with a term's card open if given, in the
/// language the reader chose: what a citation and an Anki card link to.
pub fn sentence_link(st: AppState, si: u32, term: Option<u32>) -> String {
    let url = UrlState {
        lang: st.lang_choice.get_untracked(),
        sentence: Some(DATASET.article.sentences[si as usize].id),
        term: term.map(|t| DATASET.terms[t as usize].id),
        ..UrlState::default()
    };
    format!("{}#{}", browser::page_url(), url.print_hash())
}

pub fn state_link(st: AppState) -> String {
    let hash = st.shareable_url().for_full_view().print_hash();
    let base = browser::page_url();
    if hash.is_empty() {
        base
    } else {
        format!("{base}#{hash}")
    }
}
