//! The save star a card and a glossary row both show (issue #23): a toggle button that keeps a
//! word in "My words" (`actions::toggle_word`). Below the components, like `text.rs`, so neither
//! imports the other.

use crate::app::actions::toggle_word;
use crate::app::state::AppState;
use crate::core::i18n::K;
use leptos::prelude::*;

/// A star, drawn in SVG (a font may lack ☆/★): filled when the word is saved.
fn star_icon(filled: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    view! {
        <svg class="icon star" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M8 1.3l2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.4 1-4.6L1.3 6.1 6 5.6z"
                fill=move || if filled() { "currentColor" } else { "none" }
                stroke="currentColor" stroke-width="1.3" stroke-linejoin="round"/>
        </svg>
    }
}

/// The button that saves word `id` (a glossary id, or `words::learner_id`) by `form` (the form
/// the reader met), or takes it off the list. `with_text`: the word "저장/저장됨" beside the star
/// (on a card); without it the star alone, named for screen readers (a glossary row).
pub fn save_star(st: AppState, id: String, form: &'static str, with_text: bool) -> impl IntoView {
    let id = StoredValue::new(id);
    let saved = move || {
        st.words
            .with(|w| id.with_value(|id| w.iter().any(|x| &x.id == id)))
    };
    view! {
        <button type="button" class="save-star" class:saved=saved data-save=id.get_value()
            aria-pressed=move || saved().to_string()
            aria-label=move || (!with_text).then(|| st.t(K::SaveWordLabel))
            title=move || st.t(K::SaveWordLabel)
            on:click=move |ev| {
                // A glossary row's star sits inside the row: do not also choose the row.
                ev.stop_propagation();
                id.with_value(|id| toggle_word(st, id, form));
            }>
            {star_icon(saved)}
            {with_text.then(|| view! {
                <span class="save-text">{move || st.t(if saved() { K::Saved } else { K::Save })}</span>
            })}
        </button>
    }
}
