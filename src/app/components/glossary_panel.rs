//! The glossary: every entry grouped by category, or as one list in Korean, pinyin or frequency
//! order (a frequency order inside each category would hide the article's most frequent terms
//! under the least frequent category; the orders' keys are `core::search::sort_key_*`), with one
//! search box that matches any script (see `core::search`) and a category filter that narrows
//! either. Choosing an entry highlights and scrolls to its occurrences. The CSV button downloads
//! the build's file, or, while a search or filter is on, the rows shown (made here by
//! `core::export::glossary_csv`).

use crate::app::actions::{choose_learner, choose_term};
use crate::app::browser;
use crate::app::dom_id;
use crate::app::save::save_star;
use crate::app::state::use_app;
use crate::app::state::AppState;
use crate::app::text::category_label;
use crate::core::dataset::model::Category;
use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::export;
use crate::core::i18n::{Lang, K};
use crate::core::search::{
    search, search_learner, sort_key_korean, sort_key_pinyin, Field, Hit, LearnerField, LearnerHit,
};
use crate::core::words;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Sort {
    /// Grouped by category, Korean order inside each group.
    Category,
    Korean,
    Pinyin,
    Frequency,
}

/// The entries in `sort` order (by category: grouped in `Category::ALL` order), Korean order
/// breaking ties.
fn sorted(sort: Sort) -> Vec<usize> {
    let mut v: Vec<usize> = (0..DATASET.terms.len()).collect();
    let korean = |i: usize| sort_key_korean(DATASET.terms[i].forms[0]);
    match sort {
        Sort::Category => {
            v.sort_by_key(|&i| (category_index(DATASET.terms[i].category), korean(i)))
        }
        Sort::Korean => v.sort_by_key(|&i| korean(i)),
        Sort::Pinyin => v.sort_by_cached_key(|&i| {
            let t = &DATASET.terms[i];
            // Entries without pinyin (names given only in Hangul) go last.
            (t.pinyin.is_none(), t.pinyin.map(sort_key_pinyin), korean(i))
        }),
        Sort::Frequency => v.sort_by_key(|&i| {
            (
                std::cmp::Reverse(DATASET.terms[i].occurrences.len()),
                korean(i),
            )
        }),
    }
    v
}

fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

/// Whether entry `i` passes the category filter (`None`: all).
fn in_filter(i: usize, filter: Option<Category>) -> bool {
    filter.is_none_or(|c| DATASET.terms[i].category == c)
}

/// Text with the byte range `start..end` wrapped in `<mark>`.
fn highlighted(text: &'static str, range: Option<(usize, usize)>) -> AnyView {
    match range {
        Some((a, b))
            if a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b) =>
        {
            view! {
                {&text[..a]}<mark>{&text[a..b]}</mark>{&text[b..]}
            }
            .into_any()
        }
        _ => text.into_any(),
    }
}

#[component]
fn Entry(i: usize, hit: Option<Hit>) -> impl IntoView {
    let st = use_app();
    let t = &DATASET.terms[i];
    // The form the search found, saved as the reader met it.
    let form = t.forms[hit
        .as_ref()
        .filter(|h| h.field == Field::Form)
        .map_or(0, |h| h.form)];
    view! {
        <li class="gi-row">
            <button type="button" class="glossary-item" data-term=t.id
                class:active=move || st.highlight_term.get() == Some(i as u32)
                on:click=move |_| choose_term(st, i as u32)>
                {entry_text(st, i, hit)}
            </button>
            {save_star(st, t.id.to_string(), form, false)}
        </li>
    }
}

/// What an entry's row says: the word (or the form the search found) with its hanzi and pinyin,
/// its South Korean form and gloss, and how often the article uses it; the search's match marked.
fn entry_text(st: AppState, i: usize, hit: Option<Hit>) -> impl IntoView {
    let t = &DATASET.terms[i];
    let range = |f: Field| {
        hit.as_ref()
            .filter(|h| h.field == f)
            .map(|h| (h.start, h.end))
    };
    let form_idx = hit
        .as_ref()
        .filter(|h| h.field == Field::Form)
        .map_or(0, |h| h.form);
    let form = t.forms[form_idx];
    let n = t.occurrences.len();
    let hit_range = hit.as_ref().map(|h| (h.start, h.end));
    // The gloss in the interface language, or the one the query matched.
    let matched_gloss = hit.as_ref().and_then(|h| match h.field {
        Field::GlossKo => Some(Lang::Ko),
        Field::GlossZh => Some(Lang::Zh),
        Field::GlossEn => Some(Lang::En),
        _ => None,
    });
    let gloss = move || {
        let l = matched_gloss.unwrap_or(st.lang.get());
        let text = t.gloss.str(l);
        let r = matched_gloss.and(hit_range);
        view! { <span class="gi-gloss" lang=l.html_lang()>{highlighted(text, r)}</span> }
    };
    let own_hanja = hit
        .as_ref()
        .filter(|h| matches!(h.field, Field::Hanja | Field::HanjaMeaning))
        .map(|h| {
            (
                h.text(t),
                (h.field == Field::Hanja).then_some((h.start, h.end)),
            )
        });
    let variant = hit
        .as_ref()
        .filter(|h| matches!(h.field, Field::Variant | Field::SinoKoreanSk))
        .map(|h| (h.text(t), (h.start, h.end)));
    view! {
        <span class="gi-main">
            <span class="gi-form" lang="ko">{highlighted(form, range(Field::Form))}</span>
            {t.hanzi_simplified.map(|h| view! { <span class="gi-hanzi" lang="zh-Hans">{highlighted(h, range(Field::Hanzi))}</span> })}
            {range(Field::Traditional).map(|r| view! { <span class="gi-hanzi" lang="zh-Hant">{highlighted(t.hanzi_traditional.unwrap_or(""), Some(r))}</span> })}
            // Found by one of the Korean word's own hanja (龍) or its meaning ("dragon").
            {own_hanja.map(|(text, r)| view! { <span class="gi-hanzi gi-own" lang="ko-Hani">{highlighted(text, r)}</span> })}
            {t.pinyin.map(|p| view! { <span class="gi-pinyin" lang="zh-Latn-pinyin">{highlighted(p, range(Field::Pinyin))}</span> })}
        </span>
        <span class="gi-sub">
            <span class="gi-std" lang="ko">{highlighted(t.standard, range(Field::Standard))}</span>
            {range(Field::SinoKorean).map(|r| view! { <span lang="ko">" · "{highlighted(t.sino_korean.unwrap_or(""), Some(r))}</span> })}
            {variant.map(|(v, r)| view! { <span lang="ko">" · "{highlighted(v, Some(r))}</span> })}
            " · " {gloss}
        </span>
        <span class="gi-count" title=move || describe::times_in_text(n, None, st.lang.get())
            aria-label=move || describe::times_in_text(n, None, st.lang.get())>{n}</span>
    }
}

/// The glossary's built page (issue #24: a glossary embed is its own page, before the wasm and
/// without it): every entry grouped by category, as the panel first shows them, each a button
/// that opens its card as a native popover (`app::built` puts the cards after it).
#[cfg(feature = "ssr")]
#[component]
pub fn BuiltGlossary() -> impl IntoView {
    use crate::core::dataset::model::Target;
    let st = use_app();
    let order = sorted(Sort::Category);
    let groups = by_category(&order)
        .into_iter()
        .map(|(c, items)| {
            let heading_id = dom_id::category(c.key());
            let labelled_by = heading_id.clone();
            view! {
                <section class="glossary-group" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{category_label(st.lang.get_untracked(), c)}</h2>
                    <ul class="glossary-list">
                        {items.into_iter().map(|i| {
                            let opens = dom_id::popover(Target::Term(i as u32));
                            view! {
                                <li class="gi-row">
                                    <button type="button" class="glossary-item" popovertarget=opens
                                        data-term=DATASET.terms[i].id>
                                        {entry_text(st, i, None)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! { <div class="glossary built-glossary">{groups}</div> }
}

/// A learner word the search found: a light row that opens its card in the learner layer.
fn learner_entry(st: AppState, hit: LearnerHit) -> impl IntoView {
    let w = &DATASET.learner[hit.word];
    let word = hit.word as u32;
    let (field, start, end) = (hit.field, hit.start, hit.end);
    let range = move |f: LearnerField| (field == f).then_some((start, end));
    let gloss_field = move || {
        let l = st.lang.get();
        let (text, f) = match l {
            Lang::Ko => (w.gloss.ko.as_str(), LearnerField::GlossKo),
            Lang::Zh => (w.gloss.zh.as_str(), LearnerField::GlossZh),
            Lang::En => (w.gloss.en.as_str(), LearnerField::GlossEn),
        };
        // The gloss the query matched, else the one in the interface language.
        let (text, f, tag) = match field {
            LearnerField::GlossKo => (w.gloss.ko.as_str(), field, "ko"),
            LearnerField::GlossZh => (w.gloss.zh.as_str(), field, "zh-Hans"),
            LearnerField::GlossEn => (w.gloss.en.as_str(), field, "en"),
            _ => (text, f, l.html_lang()),
        };
        view! { <span class="gi-gloss" lang=tag>{highlighted(text, range(f))}</span> }
    };
    view! {
        <li class="gi-row">
            <button type="button" class="glossary-item learner-item" data-learn=w.word
                on:click=move |_| choose_learner(st, word)>
                <span class="gi-main">
                    <span class="gi-form" lang="ko">{highlighted(w.word, range(LearnerField::Word))}</span>
                    <span class="gi-hanzi" lang="ko-Hani">{highlighted(w.hanja, range(LearnerField::Hanja))}</span>
                    <span class="gi-hanzi" lang="zh-Hans">{highlighted(w.zh, range(LearnerField::Zh))}</span>
                    <span class="gi-pinyin" lang="zh-Latn-pinyin">{highlighted(w.pinyin, range(LearnerField::Pinyin))}</span>
                </span>
                <span class="gi-sub">{gloss_field}</span>
            </button>
            {save_star(st, words::learner_id(w.word), w.word, false)}
        </li>
    }
}

/// What the glossary lists: the search's hits (terms and learner words), and the entries shown
/// after the order and the category filter. Every method reads the signals it depends on, so a
/// view that calls one follows them.
#[derive(Clone, Copy)]
struct Listing {
    st: AppState,
    sort: ReadSignal<Sort>,
    filter: ReadSignal<Option<Category>>,
    hits: Memo<Vec<Hit>>,
    /// The learner layer's words the query finds (중소기업 for "small business"), after the terms.
    learner_hits: Memo<Vec<LearnerHit>>,
    /// The entries shown, in their order: the search's (by relevance) or all of them (in the
    /// chosen order), in the filter's category. What the count says and the CSV holds.
    shown: Memo<Vec<usize>>,
    /// How many of the list's rows are built yet (`grow_rows`).
    rows: RwSignal<usize>,
}

impl Listing {
    /// The listing for the order `sort` and the category `filter`.
    fn new(st: AppState, sort: ReadSignal<Sort>, filter: ReadSignal<Option<Category>>) -> Self {
        let hits = Memo::new(move |_| search(&DATASET, &st.query.get()));
        let learner_hits = Memo::new(move |_| {
            let q = st.query.get();
            if q.trim().is_empty() {
                Vec::new()
            } else {
                search_learner(DATASET.learner, &q)
            }
        });
        let shown = Memo::new(move |_| {
            let f = filter.get();
            let order: Vec<usize> = if is_searching(st) {
                hits.with(|h| h.iter().map(|h| h.term).collect())
            } else {
                sorted(sort.get())
            };
            order
                .into_iter()
                .filter(|&i| in_filter(i, f))
                .collect::<Vec<usize>>()
        });
        Listing {
            st,
            sort,
            filter,
            hits,
            learner_hits,
            shown,
            // In an embed all at once (`html.embed`): a host would resize its frame for each
            // task's rows.
            rows: RwSignal::new(if st.embed.get_value().on || browser::in_frame() {
                DATASET.terms.len()
            } else {
                ROWS_PER_TASK
            }),
        }
    }

    /// Whether a search is on.
    fn searching(self) -> bool {
        is_searching(self.st)
    }

    /// How many rows are shown (the learner words found count only without a filter).
    fn count(self) -> usize {
        let learner = if self.searching() && self.filter.get().is_none() {
            self.learner_hits.with(Vec::len)
        } else {
            0
        };
        self.shown.with(Vec::len) + learner
    }

    /// The list: in one order, grouped by category, or the search's results.
    fn list(self) -> AnyView {
        let f = self.filter.get();
        if !self.searching() && self.sort.get() != Sort::Category {
            view! {
                <ul class="glossary-list sorted">
                    {self.shown.get().into_iter().enumerate().map(|(pos, i)| entry_in_turn(self.rows, pos, i)).collect_view()}
                </ul>
            }
            .into_any()
        } else if !self.searching() {
            category_groups(self.st, &self.shown.get(), self.rows).into_any()
        } else {
            let h: Vec<Hit> = self
                .hits
                .get()
                .into_iter()
                .filter(|h| in_filter(h.term, f))
                .collect();
            // Learner words have no category: only without a filter.
            let lh = if f.is_none() {
                self.learner_hits.get()
            } else {
                Vec::new()
            };
            search_results(self.st, h, lh)
        }
    }
}

/// Whether a search is on.
fn is_searching(st: AppState) -> bool {
    !st.query.with(|q| q.trim().is_empty())
}

/// `order`'s entries grouped by category, in `Category::ALL` order, empty categories left out.
fn by_category(order: &[usize]) -> Vec<(Category, Vec<usize>)> {
    Category::ALL
        .into_iter()
        .filter_map(|c| {
            let items: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| DATASET.terms[i].category == c)
                .collect();
            (!items.is_empty()).then_some((c, items))
        })
        .collect()
}

/// The entries in `order` under their categories' headings, each row built once `rows` covers
/// its place in the whole list.
fn category_groups(st: AppState, order: &[usize], rows: RwSignal<usize>) -> impl IntoView {
    let mut pos = 0;
    by_category(order)
        .into_iter()
        .map(|(c, items)| {
            let heading_id = dom_id::category(c.key());
            let labelled_by = heading_id.clone();
            let first = pos;
            pos += items.len();
            view! {
                <section class="glossary-group" aria-labelledby=labelled_by>
                    <h3 id=heading_id>{move || category_label(st.lang.get(), c)}</h3>
                    <ul class="glossary-list">
                        {items.into_iter().enumerate().map(|(k, i)| entry_in_turn(rows, first + k, i)).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
}

/// Rows of the list built in one task (issue #19: the whole glossary, about 1,400 elements, was
/// one task of ~100 ms at 4x CPU right after the mount, on a phone 4,800 px below the screen; the
/// rest follow a task at a time while the first ones are on screen). Not in a frame, whose host
/// would resize it for each task's rows: there the list is built at once.
const ROWS_PER_TASK: usize = 16;

/// Lets `rows` grow by `ROWS_PER_TASK` a task, until it covers `total`.
fn grow_rows(rows: RwSignal<usize>, total: usize) {
    if rows.try_get_untracked().is_none_or(|n| n >= total) {
        return;
    }
    set_timeout(
        move || {
            if rows.try_update(|n| *n += ROWS_PER_TASK).is_some() {
                grow_rows(rows, total);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Entry `i`, the list's row `pos`: built once `rows` covers it.
fn entry_in_turn(rows: RwSignal<usize>, pos: usize, i: usize) -> impl IntoView {
    let due = Memo::new(move |_| rows.get() > pos);
    move || due.get().then(|| view! { <Entry i=i hit=None/> })
}

/// The search's results: the terms `h` and the learner words `lh` found, or that none was.
fn search_results(st: AppState, h: Vec<Hit>, lh: Vec<LearnerHit>) -> AnyView {
    if h.is_empty() && lh.is_empty() {
        return view! { <p class="muted no-results">{move || st.t(K::NoResults)}</p> }.into_any();
    }
    // The learner words go first when one matches better than every term (협력
    // typed exactly, where terms only mention it in a gloss).
    let learner_first =
        lh.first().map(|x| x.rank) < h.first().map(|x| x.rank).or(Some(u8::MAX)) && !lh.is_empty();
    let terms = view! {
        <ul class="glossary-list results">
            {h.into_iter().map(|hit| view! { <Entry i=hit.term hit=Some(hit.clone())/> }).collect_view()}
        </ul>
    };
    let learner = (!lh.is_empty()).then(|| {
        view! {
            <section class="glossary-group learner-results" aria-labelledby=dom_id::LEARNER_RESULTS>
                <h3 id=dom_id::LEARNER_RESULTS>{move || st.t(K::LearnerWordsFound)}</h3>
                <ul class="glossary-list">
                    {lh.into_iter().map(|hit| learner_entry(st, hit)).collect_view()}
                </ul>
            </section>
        }
    });
    if learner_first {
        view! { {learner} {terms} }.into_any()
    } else {
        view! { {terms} {learner} }.into_any()
    }
}

/// An option's label with its count: "지명 (12)", in Chinese "地名（12）".
fn option_label(st: AppState, label: &'static str, n: usize) -> String {
    format!("{label}{}", st.lang.get().bracketed(n))
}

/// The CSV download: the build's file, or, while a search or filter is on, the rows shown,
/// made here.
fn csv_button(g: Listing) -> AnyView {
    let st = g.st;
    if !g.searching() && g.filter.get().is_none() {
        return view! {
            // A file the build wrote (dist/downloads/), not made here.
            <a class="btn" id=dom_id::DOWNLOAD_GLOSSARY_CSV href=browser::download_href(export::GLOSSARY_FILE)
                download=export::GLOSSARY_FILE>{move || st.t(K::DownloadCsv)}</a>
        }
        .into_any();
    }
    let (shown, n) = (g.shown, g.shown.with(Vec::len));
    view! {
        <button type="button" class="btn" id=dom_id::DOWNLOAD_GLOSSARY_CSV disabled={n == 0}
            on:click=move |_| {
                let csv = shown.with_untracked(|v| export::glossary_csv(v.iter().map(|&i| &DATASET.terms[i])));
                browser::download(export::GLOSSARY_SELECTION_FILE, "text/csv;charset=utf-8", csv.as_bytes());
            }>
            {move || option_label(st, st.t(K::DownloadSelectionCsv), n)}
        </button>
    }
    .into_any()
}

/// Up/Down move between the glossary's entries (and from the search box into the list).
fn move_between_entries(ev: leptos::ev::KeyboardEvent) {
    let dir = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let items = document().query_selector_all(".glossary-item").ok();
    let Some(items) = items else { return };
    let n = items.length() as i32;
    if n == 0 {
        return;
    }
    let active = document().active_element();
    if active.as_ref().is_some_and(|a| a.tag_name() == "SELECT") {
        return;
    }
    let pos = (0..n).find(|&i| {
        items
            .item(i as u32)
            .map(|x| Some(x.unchecked_into::<web_sys::Element>()) == active)
            .unwrap_or(false)
    });
    let next = match pos {
        Some(p) => (p + dir).clamp(0, n - 1),
        None if dir > 0 => 0,
        None => return,
    };
    ev.prevent_default();
    if let Some(el) = items
        .item(next as u32)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The glossary panel.
#[component]
pub fn GlossaryPanel() -> impl IntoView {
    let st = use_app();
    let (sort, set_sort) = signal(Sort::Category);
    let (filter, set_filter) = signal(None::<Category>);
    let g = Listing::new(st, sort, filter);
    let total = DATASET.terms.len();
    grow_rows(g.rows, total);
    view! {
        // Busy while its rows are still arriving (`grow_rows`).
        <section class="panel glossary-panel" aria-labelledby=dom_id::GLOSSARY_HEADING
            aria-busy=move || (g.rows.get() < total).then_some("true")
            on:keydown=move_between_entries>
            <h2 id=dom_id::GLOSSARY_HEADING class="panel-title">{move || st.t(K::Glossary)}</h2>
            {glossary_controls(g, set_sort, set_filter)}
            <p class="muted result-count" role="status" aria-live="polite">{move || g.count()}" " {move || st.t(K::ResultsCount)}</p>
            {move || g.list()}
            <div class="downloads">
                {move || csv_button(g)}
                <a class="btn" id=dom_id::DOWNLOAD_DATASET_JSON href=browser::download_href(export::DATASET_FILE)
                    download=export::DATASET_FILE>{move || st.t(K::DownloadJson)}</a>
            </div>
        </section>
    }
}

/// The search box, the category filter (each option with how many entries it has among the
/// search's, or all) and the order.
fn glossary_controls(
    g: Listing,
    set_sort: WriteSignal<Sort>,
    set_filter: WriteSignal<Option<Category>>,
) -> impl IntoView {
    let st = g.st;
    // Entries per category among the search's (or all), for the filter's options.
    let per_category = Memo::new(move |_| {
        let mut n = [0usize; Category::ALL.len()];
        let mut add = |i: usize| n[category_index(DATASET.terms[i].category)] += 1;
        if g.searching() {
            g.hits.with(|h| h.iter().for_each(|h| add(h.term)));
        } else {
            (0..DATASET.terms.len()).for_each(add);
        }
        n
    });
    view! {
        <div class="glossary-controls">
            <label for=dom_id::SEARCH class="visually-hidden">{move || st.t(K::SearchGlossary)}</label>
            <input type="search" id=dom_id::SEARCH class="search" autocomplete="off" spellcheck="false"
                placeholder=move || st.t(K::SearchGlossary)
                prop:value=move || st.query.get()
                on:input=move |ev| st.query.set(event_target_value(&ev))/>
            // Narrows the list, the search's results, the count and the CSV to one category.
            <label class="category-filter">
                <span>{move || st.t(K::Category)}</span>
                <select id=dom_id::GLOSSARY_FILTER on:change=move |ev| {
                    let v = event_target_value(&ev);
                    set_filter.set(Category::ALL.into_iter().find(|c| c.key() == v));
                }>
                    <option value="all">{move || option_label(st, st.t(K::ShowAll), per_category.get().iter().sum())}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.key()>{move || option_label(st, category_label(st.lang.get(), c), per_category.get()[category_index(c)])}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="sort">
                <span>{move || st.t(K::SortBy)}</span>
                <select on:change=move |ev| set_sort.set(match event_target_value(&ev).as_str() {
                    "pinyin" => Sort::Pinyin,
                    "frequency" => Sort::Frequency,
                    "korean" => Sort::Korean,
                    _ => Sort::Category,
                })>
                    <option value="category">{move || st.t(K::SortCategory)}</option>
                    <option value="korean">{move || st.t(K::SortKorean)}</option>
                    <option value="pinyin">{move || st.t(K::SortPinyin)}</option>
                    <option value="frequency">{move || st.t(K::SortFrequency)}</option>
                </select>
            </label>
        </div>
    }
}
