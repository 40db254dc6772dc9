//! People and organisations: who said what (quotes attributed to their speakers), roles and
//! affiliations, each linking to the sentences that mention them (named as a reader counts,
//! "paragraph 9", never by id), under how often the name occurs in the text — counted as the
//! glossary counts its entries (`describe::times_in_text`). Every description is in the
//! interface language.

use crate::app::actions::go_to_sentence;
use crate::app::dom_id;
use crate::app::state::use_app;
use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::i18n::{Lang, K};
use leptos::prelude::*;

fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

#[component]
fn SentenceLinks(sentences: &'static [u32], quote: bool) -> impl IntoView {
    let st = use_app();
    view! {
        <ul class=if quote { "quote-list" } else { "mention-list" }>
            {sentences.iter().map(|&si| {
                let s = &DATASET.article.sentences[si as usize];
                let place = move || describe::sentence_place(&DATASET, si, st.lang.get());
                view! {
                    <li>
                        <button type="button" class="link-btn" on:click=move |_| go_to_sentence(st, si)
                            title=move || st.t(K::GoToSentence)>
                            {(!quote).then(|| view! { <span class="place">{place}</span>" — " })}
                            <span lang="ko">{excerpt(&s.text, if quote { 140 } else { 48 })}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The people and organisations index.
#[component]
pub fn PeoplePanel() -> impl IntoView {
    let st = use_app();
    let lang = st.lang;
    let people = DATASET
        .people
        .iter()
        .map(|p| {
            let role = move || p.role.str(lang.get());
            let note = move || p.note.map(|n| n.str(lang.get()));
            view! {
                <li class="person" id=dom_id::person(p.id)>
                    <h4><span lang="ko">{p.name}</span> <span class="muted country">{move || describe::country_name(p.country, lang.get())}</span></h4>
                    <p class="role">{role}</p>
                    {move || note().map(|n| view! { <p class="muted small">{n}</p> })}
                    {(!p.quotes.is_empty()).then(|| view! {
                        <p class="label">{move || st.t(K::Quotes)}</p>
                        <SentenceLinks sentences=p.quotes quote=true/>
                    })}
                    <details>
                        // How often the name occurs, as the glossary counts it; then in how many sentences (the links).
                        <summary>{move || describe::times_in_text(p.mention_count as usize, Some(p.mentions.len()), lang.get())}</summary>
                        <SentenceLinks sentences=p.mentions quote=false/>
                    </details>
                </li>
            }
        })
        .collect_view();
    let orgs = DATASET
        .organisations
        .iter()
        .map(|o| {
            // In Korean the organisation's glossary gloss describes it (its English and Chinese
            // names would be foreign text); an organisation without a glossary entry has no
            // Korean description in the dataset, so none is shown.
            let gloss_ko = o.term.map(|t| DATASET.terms[t as usize].gloss.ko.as_str());
            let description = move || match lang.get() {
                Lang::Ko => gloss_ko.map(|g| (g, "ko")),
                Lang::Zh => Some((o.name_zh, "zh-Hans")),
                Lang::En => Some((o.name_en, "en")),
            };
            view! {
                <li class="org">
                    <h4><span lang="ko">{o.name}</span> <span class="muted country">{move || describe::country_name(o.country, lang.get())}</span></h4>
                    {move || description().map(|(text, tag)| view! { <p class="role" lang=tag>{text}</p> })}
                    <details>
                        <summary>{move || describe::times_in_text(o.mention_count as usize, Some(o.mentions.len()), lang.get())}</summary>
                        <SentenceLinks sentences=o.mentions quote=false/>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="panel people-panel" aria-labelledby=dom_id::PEOPLE_HEADING>
            <h2 id=dom_id::PEOPLE_HEADING class="panel-title">{move || st.t(K::PanelPeople)}</h2>
            <h3>{move || st.t(K::People)}</h3>
            <ul class="people-list">{people}</ul>
            <h3>{move || st.t(K::Organisations)}</h3>
            <ul class="people-list">{orgs}</ul>
        </section>
    }
}
