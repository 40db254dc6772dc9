//! The article: title, credits, section headings and paragraphs, with every glossary term,
//! spelling note and figure marked as a button that opens its card. Display modes add hanzi or
//! pinyin as `<ruby>` or the South Korean spelling beside the Chinese-Korean one; the text itself
//! is never changed.

use crate::app::components::term_card::{hover_in, hover_out, open_at};
use crate::app::state::use_app;
use crate::core::dataset::model::{ParagraphKind, Sentence, Target};
use crate::core::dataset::DATASET;
use crate::core::i18n::K;
use crate::core::url_state::Mode;
use leptos::prelude::*;

/// The id of the element for the mark at `start` in sentence `si` (cards anchor to it).
pub fn mark_dom_id(si: u32, start: u32) -> String {
    format!("m-{}-{start}", DATASET.article.sentences[si as usize].id)
}

pub fn sentence_dom_id(id: &str) -> String {
    format!("s-{id}")
}

/// The article with its annotations.
#[component]
pub fn ArticleView() -> impl IntoView {
    let st = use_app();
    let a = &DATASET.article;
    let paragraphs = a
        .paragraphs
        .iter()
        .map(|p| {
            let content = DATASET
                .paragraph_sentences(p)
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let si = p.first + k as u32;
                    view! { <SentenceView si=si s=*s/> {s.join} }
                })
                .collect_view();
            match p.kind {
                ParagraphKind::Heading => {
                    view! { <h2 class="section-heading" id=p.id>{content}</h2> }.into_any()
                }
                ParagraphKind::Source | ParagraphKind::Translator => {
                    view! { <p class="credit" id=p.id>{content}</p> }.into_any()
                }
                ParagraphKind::Body => view! { <p id=p.id>{content}</p> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <article id="article" class="article" lang="ko" tabindex="-1" aria-labelledby="article-title">
            <header class="article-header">
                <h1 id="article-title" class="article-title">{a.title}</h1>
                <p class="title-note" lang=move || st.lang.get().html_lang()>
                    {move || st.t(K::EditorialTitle)}
                </p>
            </header>
            <div class="article-body">{paragraphs}</div>
        </article>
    }
}

#[component]
fn SentenceView(si: u32, s: Sentence) -> impl IntoView {
    let st = use_app();
    let id = s.id;
    let mut parts: Vec<AnyView> = Vec::new();
    let mut at = 0usize;
    for m in s.marks {
        let (start, end) = (m.start as usize, m.end as usize);
        if start > at {
            parts.push(s.text[at..start].to_string().into_any());
        }
        parts.push(
            view! { <MarkView si=si start=m.start text=&s.text[start..end] target=m.target/> }
                .into_any(),
        );
        at = end;
    }
    if at < s.text.len() {
        parts.push(s.text[at..].to_string().into_any());
    }
    view! {
        <span class="sentence" id=sentence_dom_id(id) class:hl=move || st.sentence.get() == Some(id)>
            {parts}
        </span>
    }
}

#[component]
fn MarkView(si: u32, start: u32, text: &'static str, target: Target) -> impl IntoView {
    let st = use_app();
    let dom_id = mark_dom_id(si, start);
    let is_open = move || {
        st.open
            .get()
            .is_some_and(|o| o.target == target && o.anchor == Some((si, start)))
    };
    let on_click = move |_| {
        open_at(st, target, Some((si, start)));
        // A figure in the text also selects its point in the charts.
        if let Some((c, p)) = crate::app::components::charts_panel::chart_point_for(target) {
            st.chart.set(Some(c));
            st.point.set(Some(p));
            if let Target::Figure(i) = target {
                st.highlight_figure.set(Some(i));
            }
        }
    };
    match target {
        Target::Term(i) => {
            let t = &DATASET.terms[i as usize];
            let ruby = move || {
                let rt = match st.mode.get() {
                    Mode::Hanzi => t.hanzi_simplified.map(|h| (h, "zh-Hans")),
                    Mode::Pinyin => t.pinyin.map(|p| (p, "zh-Latn-pinyin")),
                    _ => None,
                };
                match rt {
                    Some((rt, lang))
                        if !text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) =>
                    {
                        view! {
                            <ruby>{text}<rp>"("</rp><rt lang=lang>{rt}</rt><rp>")"</rp></ruby>
                        }
                        .into_any()
                    }
                    _ => text.into_any(),
                }
            };
            let standard = move || {
                (st.mode.get() == Mode::Standard
                    && t.standard.replace(' ', "") != text.replace(' ', ""))
                .then(|| view! { <span class="std" lang="ko">{t.standard}</span> })
            };
            let print_hanzi = t
                .hanzi_simplified
                .filter(|h| *h != text)
                .map(|h| view! { <span class="print-only" lang="zh-Hans">"(" {h} ")"</span> });
            view! {
                <button type="button" class="mark term" id=dom_id data-term=t.id
                    aria-haspopup="dialog" aria-expanded=move || is_open().to_string()
                    class:hl=move || st.highlight_term.get() == Some(i)
                    on:click=on_click
                    on:pointerenter=move |ev| hover_in(st, target, (si, start), &ev)
                    on:pointerleave=move |ev| hover_out(st, &ev)>
                    {ruby}
                </button>
                {standard}
                {print_hanzi}
            }
            .into_any()
        }
        Target::Ortho(i) => {
            let o = &DATASET.orthography[i as usize];
            let standard = move || {
                (st.mode.get() == Mode::Standard)
                    .then(|| view! { <span class="std" lang="ko">{o.standard}</span> })
            };
            view! {
                <button type="button" class="mark ortho" id=dom_id data-ortho=o.id
                    aria-haspopup="dialog" aria-expanded=move || is_open().to_string() on:click=on_click>
                    {text}
                </button>
                {standard}
            }
            .into_any()
        }
        Target::Figure(i) => {
            let f = &DATASET.figures[i as usize];
            view! {
                <button type="button" class="mark fig" id=dom_id data-figure=f.id
                    data-kind=f.kind.key()
                    aria-haspopup="dialog" aria-expanded=move || is_open().to_string()
                    class:hl=move || st.highlight_figure.get() == Some(i)
                    on:click=on_click>
                    {text}
                </button>
            }
            .into_any()
        }
    }
}
