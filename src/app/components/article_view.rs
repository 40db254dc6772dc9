//! The article: title, credits, section headings and paragraphs, with every glossary term,
//! spelling note and figure marked as a button that opens its card. Display modes add hanzi or
//! pinyin as `<ruby>` or the South Korean spelling beside the Chinese-Korean one; the text itself
//! is never changed.
//!
//! Performance: the article has ~230 marks. Rather than give each mark its own reactive
//! closures (thousands of subscriptions to build at start-up), the marks are static markup,
//! rebuilt as a whole when the display mode changes (rare), and the few decorations that follow
//! state (open card, highlighted term, figure and sentence) are applied by one effect
//! (`decorate`) that touches only the elements concerned.

use crate::app::components::term_card::{hover_in, hover_out, open_at};
use crate::app::state::{use_app, AppState};
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

/// What the decorations depend on.
#[derive(Clone, Copy, PartialEq)]
struct Decor {
    open: Option<(u32, u32)>,
    term: Option<u32>,
    figure: Option<u32>,
    sentence: Option<&'static str>,
}

/// Applies the state-dependent attributes and classes to the article's marks and sentences.
fn decorate(d: Decor) {
    let doc = document();
    let all = |sel: &str| -> Vec<web_sys::Element> {
        doc.query_selector_all(sel)
            .map(|l| {
                (0..l.length())
                    .filter_map(|i| wasm_bindgen::JsCast::dyn_into(l.item(i)?).ok())
                    .collect()
            })
            .unwrap_or_default()
    };
    for e in all("#article [aria-expanded=\"true\"]") {
        let _ = e.set_attribute("aria-expanded", "false");
    }
    for e in all("#article .hl") {
        let _ = e.class_list().remove_1("hl");
    }
    if let Some((si, start)) = d.open {
        if let Some(e) = doc.get_element_by_id(&mark_dom_id(si, start)) {
            let _ = e.set_attribute("aria-expanded", "true");
        }
    }
    let mut highlight = Vec::new();
    if let Some(t) = d.term {
        highlight.extend(all(&format!(
            "#article .mark.term[data-term=\"{}\"]",
            DATASET.terms[t as usize].id
        )));
    }
    if let Some(f) = d.figure {
        highlight.extend(all(&format!(
            "#article .mark.fig[data-figure=\"{}\"]",
            DATASET.figures[f as usize].id
        )));
    }
    if let Some(s) = d.sentence {
        highlight.extend(doc.get_element_by_id(&sentence_dom_id(s)));
    }
    for e in highlight {
        let _ = e.class_list().add_1("hl");
    }
}

fn paragraphs(st: AppState, mode: Mode) -> impl IntoView {
    DATASET
        .article
        .paragraphs
        .iter()
        .map(|p| {
            let content = DATASET
                .paragraph_sentences(p)
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let si = p.first + k as u32;
                    view! { {sentence_view(st, mode, si, s)} {s.join} }
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
        .collect_view()
}

/// The article with its annotations.
#[component]
pub fn ArticleView() -> impl IntoView {
    let st = use_app();
    let a = &DATASET.article;
    // One effect keeps the decorations in step with the state (and re-applies them after a
    // mode change rebuilt the marks, hence the read of `mode`).
    Effect::new(move |_| {
        let _ = st.mode.get();
        let d = Decor {
            open: st.open.get().and_then(|o| o.anchor),
            term: st.highlight_term.get(),
            figure: st.highlight_figure.get(),
            sentence: st.sentence.get(),
        };
        request_animation_frame(move || decorate(d));
    });
    view! {
        <article id="article" class="article" lang="ko" tabindex="-1" aria-labelledby="article-title">
            <header class="article-header">
                <h1 id="article-title" class="article-title">{a.title}</h1>
                <p class="title-note" lang=move || st.lang.get().html_lang()>
                    {move || st.t(K::EditorialTitle)}
                </p>
            </header>
            <div class="article-body">{move || paragraphs(st, st.mode.get())}</div>
        </article>
    }
}

fn sentence_view(st: AppState, mode: Mode, si: u32, s: &'static Sentence) -> impl IntoView {
    let mut parts: Vec<AnyView> = Vec::new();
    let mut at = 0usize;
    for m in s.marks {
        let (start, end) = (m.start as usize, m.end as usize);
        if start > at {
            parts.push(s.text[at..start].into_any());
        }
        parts.push(mark_view(
            st,
            mode,
            si,
            m.start,
            &s.text[start..end],
            m.target,
        ));
        at = end;
    }
    if at < s.text.len() {
        parts.push(s.text[at..].into_any());
    }
    view! { <span class="sentence" id=sentence_dom_id(s.id)>{parts}</span> }
}

fn mark_view(
    st: AppState,
    mode: Mode,
    si: u32,
    start: u32,
    text: &'static str,
    target: Target,
) -> AnyView {
    let dom_id = mark_dom_id(si, start);
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
    let enter = move |ev: web_sys::PointerEvent| hover_in(st, target, (si, start), &ev);
    let leave = move |ev: web_sys::PointerEvent| hover_out(st, &ev);
    match target {
        Target::Term(i) => {
            let t = &DATASET.terms[i as usize];
            let is_hanzi = text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
            let rt = match mode {
                Mode::Hanzi if !is_hanzi => t.hanzi_simplified.map(|h| (h, "zh-Hans")),
                Mode::Pinyin if !is_hanzi => t.pinyin.map(|p| (p, "zh-Latn-pinyin")),
                _ => None,
            };
            let inner = match rt {
                Some((rt, lang)) => view! {
                    <ruby>{text}<rp>"("</rp><rt lang=lang>{rt}</rt><rp>")"</rp></ruby>
                }
                .into_any(),
                None => text.into_any(),
            };
            let standard = (mode == Mode::Standard
                && t.standard.replace(' ', "") != text.replace(' ', ""))
            .then(|| view! { <span class="std" lang="ko">{t.standard}</span> });
            let print_hanzi = t
                .hanzi_simplified
                .filter(|h| *h != text)
                .map(|h| view! { <span class="print-only" lang="zh-Hans">"(" {h} ")"</span> });
            view! {
                <button type="button" class="mark term" id=dom_id data-term=t.id
                    aria-haspopup="dialog" aria-expanded="false"
                    on:click=on_click on:pointerenter=enter on:pointerleave=leave>
                    {inner}
                </button>
                {standard}
                {print_hanzi}
            }
            .into_any()
        }
        Target::Ortho(i) => {
            let o = &DATASET.orthography[i as usize];
            let standard = (mode == Mode::Standard)
                .then(|| view! { <span class="std" lang="ko">{o.standard}</span> });
            view! {
                <button type="button" class="mark ortho" id=dom_id data-ortho=o.id
                    aria-haspopup="dialog" aria-expanded="false"
                    on:click=on_click on:pointerenter=enter on:pointerleave=leave>
                    {text}
                </button>
                {standard}
            }
            .into_any()
        }
        Target::Figure(i) => {
            let f = &DATASET.figures[i as usize];
            view! {
                <button type="button" class="mark fig" id=dom_id data-figure=f.id data-kind=f.kind.key()
                    aria-haspopup="dialog" aria-expanded="false"
                    on:click=on_click on:pointerenter=enter on:pointerleave=leave>
                    {text}
                </button>
            }
            .into_any()
        }
    }
}
