//! "My words" (issue #23): the words the reader saved with a card's or a glossary row's star,
//! kept in this browser (`core::words`), each marked learning or known; and the study files —
//! an Anki deck and a Pleco file (`core::study`) of the saved words, the whole glossary or the
//! glossary's current search. What reading or writing the list ran into is said at the top.

use crate::app::actions::{choose_learner, open_card, remove_word, set_word_state};
use crate::app::browser;
use crate::app::dom_id;
use crate::app::state::{use_app, AppState};
use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::i18n::{Lang, K};
use crate::core::search::{search, search_learner};
use crate::core::study::{self, Pick};
use crate::core::words::{SavedWord, WordRef, WordState};
use leptos::prelude::*;

/// Which words the study files hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    Saved,
    All,
    Search,
}

impl Which {
    fn code(self) -> &'static str {
        match self {
            Which::Saved => "saved",
            Which::All => "all",
            Which::Search => "search",
        }
    }
}

/// The saved words this release has (glossary terms and learner words), newest first.
type Shown = Memo<Vec<(WordRef, SavedWord)>>;
/// The glossary search's terms and learner words (none without a query; else one pair).
type SearchHits = Memo<Vec<(Vec<u32>, Vec<u32>)>>;

/// The "my words" panel: what reading or writing the list ran into, the saved words with a
/// filter by state, and the study files.
#[component]
pub fn WordsPanel() -> impl IntoView {
    let st = use_app();
    let lang = st.lang;
    // Only the state filter is local: the list itself is `AppState::words`.
    let filter = RwSignal::new(None::<WordState>);
    let shown: Shown = Memo::new(move |_| {
        st.words.with(|w| {
            w.iter()
                .rev()
                .filter_map(|x| Some((x.target(&DATASET)?, x.clone())))
                .collect::<Vec<_>>()
        })
    });
    let count = move |s: Option<WordState>| {
        shown.with(|w| {
            w.iter()
                .filter(|(_, x)| s.is_none_or(|s| x.state == s))
                .count()
        })
    };
    let notices = move || {
        let l = lang.get();
        st.words_notices
            .get()
            .into_iter()
            .map(|n| view! { <p class="words-notice">{n.text(l)}</p> })
            .collect_view()
    };
    let filter_button = move |s: Option<WordState>, key: K| {
        view! {
            <button type="button" class="btn" aria-pressed=move || (filter.get() == s).to_string()
                on:click=move |_| filter.set(s)>
                {move || st.t(key)}" "<span class="words-n">{move || count(s)}</span>
            </button>
        }
    };
    view! {
        <section class="panel words-panel" aria-labelledby=dom_id::WORDS_HEADING>
            <h2 class="panel-title" id=dom_id::WORDS_HEADING>{move || st.t(K::PanelWords)}</h2>
            <div role="status" class="words-notices">{notices}</div>
            <Show when=move || shown.with(|w| !w.is_empty())
                fallback=move || view! { <p class="words-empty">{move || st.t(K::WordsEmpty)}</p> }>
                <div class="words-filter" role="group" aria-label=move || st.t(K::PanelWords)>
                    {filter_button(None, K::ShowAll)}
                    {filter_button(Some(WordState::Learning), K::StateLearning)}
                    {filter_button(Some(WordState::Known), K::StateKnown)}
                </div>
                <ul class="words-list">{move || word_rows(st, shown, filter)}</ul>
            </Show>
            <p class="muted words-kept">{move || st.t(K::WordsKept)}</p>
            {study_files(st, shown)}
        </section>
    }
}

/// The list's rows: the saved words in the filter's state, each with its known box and remove
/// button (read inside a view closure: it follows the language, the filter and the list).
fn word_rows(st: AppState, shown: Shown, filter: RwSignal<Option<WordState>>) -> impl IntoView {
    let l = st.lang.get();
    let f = filter.get();
    shown
        .get()
        .into_iter()
        .filter(|(_, w)| f.is_none_or(|s| w.state == s))
        .map(|(r, w)| {
            let known = w.state == WordState::Known;
            let id = StoredValue::new(w.id.clone());
            view! {
                <li class="word-row" class:known=known data-word=w.id.clone()>
                    {word_entry(st, r, &w, l)}
                    <label class="word-known">
                        <input type="checkbox" prop:checked=known on:change=move |ev| {
                            let s = if event_target_checked(&ev) { WordState::Known } else { WordState::Learning };
                            id.with_value(|id| set_word_state(st, id, s));
                        }/>
                        {st.t(K::StateKnown)}
                    </label>
                    <button type="button" class="btn word-remove" on:click=move |_| id.with_value(|id| remove_word(st, id))>
                        {st.t(K::Remove)}</button>
                </li>
            }
        })
        .collect_view()
}

/// A saved word as a button that opens its card: the form saved, its hanzi and pinyin and its
/// gloss in `l`.
fn word_entry(st: AppState, r: WordRef, w: &SavedWord, l: Lang) -> AnyView {
    match r {
        WordRef::Term(ti) => {
            let t = &DATASET.terms[ti as usize];
            // The card opens on the occurrence of the form saved, else the first one.
            let anchor = t
                .occurrences
                .iter()
                .find(|o| {
                    let s = DATASET.article.sentences[o.sentence as usize].text;
                    s.get(o.start as usize..o.end as usize) == Some(w.form.as_str())
                })
                .or(t.occurrences.first())
                .map(|o| (o.sentence, o.start));
            view! {
                <button type="button" class="word-open" on:click=move |_| {
                    open_card(st, Target::Term(ti), anchor);
                }>
                    <span class="gi-form" lang="ko">{w.form.clone()}</span>
                    {t.hanzi_simplified.filter(|_| !t.confidence.is_guess()).map(|h| view! {
                        <span class="gi-hanzi" lang="zh-Hans">{h}</span> })}
                    {t.pinyin.filter(|_| !t.confidence.is_guess()).map(|p| view! {
                        <span class="gi-pinyin" lang="zh-Latn-pinyin">{p}</span> })}
                    <span class="gi-gloss" lang=l.html_lang()>{t.gloss.str(l)}</span>
                </button>
            }
            .into_any()
        }
        WordRef::Learner(li) => {
            let x = &DATASET.learner[li as usize];
            view! {
                <button type="button" class="word-open" on:click=move |_| choose_learner(st, li)>
                    <span class="gi-form" lang="ko">{x.word}</span>
                    <span class="gi-hanzi" lang="ko-Hani">{x.hanja}</span>
                    <span class="gi-hanzi" lang="zh-Hans">{x.zh}</span>
                    <span class="gi-pinyin" lang="zh-Latn-pinyin">{x.pinyin}</span>
                    <span class="gi-gloss" lang=l.html_lang()>{x.gloss.str(l)}</span>
                </button>
            }
            .into_any()
        }
    }
}

/// The study files: which words they hold (the saved ones, the whole glossary, or the glossary
/// search's), the Anki and Pleco downloads, and how to import them.
fn study_files(st: AppState, shown: Shown) -> impl IntoView {
    let which = RwSignal::new(Which::Saved);
    let search_hits: SearchHits = Memo::new(move |_| {
        let q = st.query.get();
        if q.trim().is_empty() {
            Vec::new()
        } else {
            let terms: Vec<u32> = search(&DATASET, &q)
                .into_iter()
                .map(|h| h.term as u32)
                .collect();
            let learner: Vec<u32> = search_learner(DATASET.learner, &q)
                .into_iter()
                .map(|h| h.word as u32)
                .collect();
            vec![(terms, learner)]
        }
    });
    let search_count =
        move || search_hits.with(|h| h.first().map_or(0, |(t, l)| t.len() + l.len()));
    let export = move |pleco: bool| {
        let l = st.lang.get_untracked();
        let saved = shown.get_untracked();
        let (picks, learner_picks) = picks(which.get_untracked(), &saved, search_hits);
        download_study_file(pleco, l, &picks, &learner_picks);
    };
    let export_count = move || match which.get() {
        Which::Saved => shown.with(Vec::len),
        Which::All => DATASET.terms.len() + DATASET.learner.len(),
        Which::Search => search_count(),
    };
    view! {
        <div class="words-export">
            <label>{move || st.t(K::ExportWhich)}" "
                <select class="words-which" on:change=move |ev| {
                    which.set(match event_target_value(&ev).as_str() {
                        "all" => Which::All,
                        "search" => Which::Search,
                        _ => Which::Saved,
                    });
                }>
                    {move || which_options(st, which, shown, search_count)}
                </select>
            </label>
            <div class="words-downloads">
                <button type="button" class="btn" data-export="anki" disabled=move || export_count() == 0
                    on:click=move |_| export(false)>{move || st.t(K::DownloadAnki)}</button>
                <button type="button" class="btn" data-export="pleco" disabled=move || export_count() == 0
                    on:click=move |_| export(true)>{move || st.t(K::DownloadPleco)}</button>
            </div>
            <p class="muted">{move || st.t(K::AnkiHowTo)}" "{move || st.t(K::PlecoHowTo)}</p>
        </div>
    }
}

/// The options of the study files' words, each with how many it holds; the search's only while
/// there is a query (`search_count`: how many words it finds). Read inside a view closure: it follows the
/// query, the language and the list.
fn which_options(
    st: AppState,
    which: RwSignal<Which>,
    shown: Shown,
    search_count: impl Fn() -> usize,
) -> impl IntoView {
    let q = st.query.get();
    let lang = st.lang.get();
    let mut opts = vec![
        (
            Which::Saved,
            format!(
                "{}{}",
                st.t(K::ExportSaved),
                lang.bracketed(shown.with(Vec::len))
            ),
        ),
        (
            Which::All,
            format!(
                "{}{}",
                st.t(K::ExportAll),
                lang.bracketed(DATASET.terms.len() + DATASET.learner.len())
            ),
        ),
    ];
    if !q.trim().is_empty() {
        opts.push((
            Which::Search,
            format!(
                "{} “{}”{}",
                st.t(K::ExportSearch),
                q.trim(),
                lang.bracketed(search_count())
            ),
        ));
    }
    opts.into_iter()
        .map(|(w, label)| {
            view! {
                <option value=w.code() selected=move || which.get() == w>{label}</option>
            }
        })
        .collect_view()
}

/// The study files' words: the terms (a saved term with the form it was saved by) and the
/// learner words. `search_hits` is read only for the search's words.
fn picks(
    which: Which,
    saved: &[(WordRef, SavedWord)],
    search_hits: SearchHits,
) -> (Vec<Pick<'_>>, Vec<u32>) {
    match which {
        Which::Saved => (
            saved
                .iter()
                .filter_map(|(r, w)| match r {
                    WordRef::Term(t) => Some(Pick {
                        term: *t,
                        form: Some(w.form.as_str()),
                    }),
                    WordRef::Learner(_) => None,
                })
                .collect(),
            saved
                .iter()
                .filter_map(|(r, _)| match r {
                    WordRef::Learner(i) => Some(*i),
                    WordRef::Term(_) => None,
                })
                .collect(),
        ),
        Which::All => (
            (0..DATASET.terms.len() as u32)
                .map(|term| Pick { term, form: None })
                .collect(),
            (0..DATASET.learner.len() as u32).collect(),
        ),
        Which::Search => {
            let (t, l) = search_hits
                .get_untracked()
                .into_iter()
                .next()
                .unwrap_or_default();
            (
                t.into_iter()
                    .map(|term| Pick { term, form: None })
                    .collect(),
                l,
            )
        }
    }
}

/// Downloads the Pleco file (`pleco`) or the Anki deck of these words, in `l`.
fn download_study_file(pleco: bool, l: Lang, picks: &[Pick], learner_picks: &[u32]) {
    if pleco {
        let text = study::pleco_file(&DATASET, picks, learner_picks, l);
        browser::download(
            &study::pleco_file_name(l),
            "text/plain;charset=utf-8",
            text.as_bytes(),
        );
    } else {
        let text = study::anki_deck(&DATASET, picks, learner_picks, l, &browser::page_url());
        browser::download(
            &study::anki_file_name(l),
            "text/plain;charset=utf-8",
            text.as_bytes(),
        );
    }
}
