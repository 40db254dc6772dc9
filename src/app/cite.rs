//! "Copy with citation" and "Share" for a sentence (a card's) and a chart point (issue #23):
//! the sentence as printed, this edition's translation for a Chinese or English reader, the
//! citation (`core::describe::quote_with_citation`) and the deep link. The phone's share sheet
//! where the browser has one (Web Share API); the clipboard otherwise, and where the clipboard
//! refuses, the text in a field, selected, for the reader to copy by hand. Below the components,
//! like `save.rs`: the card and the charts panel both show it.

use crate::app::actions::sentence_link;
use crate::app::browser;
use crate::app::state::AppState;
use crate::core::dataset::DATASET;
use crate::core::describe::quote_with_citation;
use crate::core::i18n::K;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the last press did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Copied,
    Shared,
    /// The clipboard refused: the text is shown, selected, to copy by hand.
    Refused(String),
}

/// The buttons for the sentence `si()` (none while it is `None`), with `lead()` before the quote
/// (a chart point's label and value). `field_id` names the by-hand field (unique on the page).
pub fn cite_buttons(
    st: AppState,
    si: impl Fn() -> Option<u32> + Copy + Send + Sync + 'static,
    lead: impl Fn() -> Option<String> + Copy + Send + Sync + 'static,
    label: K,
    field_id: String,
) -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let text = move || {
        let si = si()?;
        let lang = st.lang.get_untracked();
        Some(quote_with_citation(
            &DATASET,
            si,
            lang,
            &sentence_link(st, si, None),
            lead().as_deref(),
        ))
    };
    let field = StoredValue::new(field_id);
    let copy = move |t: String| {
        let done = browser::copy_text(&t);
        spawn_local(async move {
            let ok = done.await;
            outcome.set(Some(if ok {
                Outcome::Copied
            } else {
                Outcome::Refused(t)
            }));
            if !ok {
                request_animation_frame(move || browser::select_field(&field.get_value()));
            }
        });
    };
    let can_share = browser::can_share();
    view! {
        <div class="cite">
            <button type="button" class="btn" data-cite="copy" disabled=move || si().is_none()
                on:click=move |_| {
                    if let Some(t) = text() {
                        copy(t);
                    }
                }>{move || st.t(label)}</button>
            {can_share.then(|| view! {
                <button type="button" class="btn" data-cite="share" disabled=move || si().is_none()
                    on:click=move |_| {
                        let Some(t) = text() else { return };
                        let title = DATASET.article.title.ko.as_str();
                        match browser::share(title, &t) {
                            Some(done) => spawn_local(async move {
                                if done.await {
                                    outcome.set(Some(Outcome::Shared));
                                }
                            }),
                            None => copy(t),
                        }
                    }>{move || st.t(K::ShareSentence)}</button>
            })}
            <span class="cite-status" role="status">{move || match outcome.get() {
                Some(Outcome::Copied) => Some(st.t(K::Copied)),
                Some(Outcome::Refused(_)) => Some(st.t(K::CopyFailed)),
                _ => None,
            }}</span>
            {move || match outcome.get() {
                Some(Outcome::Refused(t)) => Some(view! {
                    <textarea id=field.get_value() class="cite-field" readonly rows="5">{t}</textarea>
                }),
                _ => None,
            }}
        </div>
    }
}
