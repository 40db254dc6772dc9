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
//!
//! Ruby: an annotation wider than its word would widen the word's box in browser ruby layout
//! and push the particle or punctuation after it away ("하얼빈   에서"). Here the annotation is out
//! of the flow (the stylesheet centres it over its word, overhanging the neighbours as typesetters
//! let ruby overhang), so the text keeps its spacing. What leaves the flow is a `span.ann` inside
//! the `<rt>`, not the `<rt>` itself: WebKit (Safari) computes `position: static` for an `<rt>`
//! whatever the stylesheet says, which put every annotation under its word; `settle_annotations` then shifts an
//! annotation sideways where it would overlap the one before it on the line or leave the column.

use crate::app::actions::{hover_in, hover_out, keep_place, open_mark};
use crate::app::adopt::Adopted;
use crate::app::state::{use_app, AppState};
use crate::app::text::in_lang;
use crate::app::{browser, dom_id};
use crate::core::dataset::model::{Mark, ParagraphKind, Sentence, Target, Term, Unit};
use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::format;
use crate::core::i18n::{Lang, K};
use crate::core::url_state::{Marks, Mode};
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the decorations depend on.
#[derive(Clone, Copy, PartialEq)]
struct Decor {
    open: Option<(u32, u32)>,
    term: Option<u32>,
    figure: Option<u32>,
    sentence: Option<u32>,
}

/// The elements of a `querySelectorAll` (none if the selector was refused).
fn elements(list: Result<web_sys::NodeList, wasm_bindgen::JsValue>) -> Vec<web_sys::Element> {
    list.map(|l| {
        (0..l.length())
            .filter_map(|i| l.item(i)?.dyn_into().ok())
            .collect()
    })
    .unwrap_or_default()
}

/// Applies the state-dependent attributes and classes to the article's marks and sentences.
fn decorate(d: Decor) {
    let doc = document();
    let all = |sel: &str| elements(doc.query_selector_all(&format!("#{} {sel}", dom_id::ARTICLE)));
    for e in all("[aria-expanded=\"true\"]") {
        let _ = e.set_attribute("aria-expanded", "false");
    }
    for e in all(".hl") {
        let _ = e.class_list().remove_1("hl");
    }
    if let Some((si, start)) = d.open {
        // (A word the quiet reading leaves unmarked is no button: nothing to expand.)
        if let Some(e) = doc
            .get_element_by_id(&dom_id::mark(si, start))
            .filter(|e| e.class_list().contains("mark"))
        {
            let _ = e.set_attribute("aria-expanded", "true");
        }
    }
    // The marks of the highlighted term and figure, found by their ids.
    let marked = |m: &Mark| match m.target {
        Target::Term(t) => d.term == Some(t),
        Target::Figure(f) => d.figure == Some(f),
        Target::Ortho(_) | Target::Learner(_) => false,
    };
    let mut highlight = Vec::new();
    if d.term.is_some() || d.figure.is_some() {
        for (si, s) in DATASET.article.sentences.iter().enumerate() {
            for m in s.marks.iter().filter(|m| marked(m)) {
                highlight.extend(doc.get_element_by_id(&dom_id::mark(si as u32, m.start)));
            }
        }
    }
    if let Some(s) = d.sentence {
        highlight.extend(doc.get_element_by_id(&dom_id::sentence(s)));
    }
    for e in highlight {
        let _ = e.class_list().add_1("hl");
    }
}

/// Space kept between two annotations on one line (CSS px).
const ANNOTATION_GAP: f64 = 4.0;
/// How far the annotations of an over-full line may be narrowed to fit (horizontal scale): three
/// long names' pinyin on one phone line need 0.76 (at 0.8 they overlapped at 366 and 375 px).
const MIN_ANNOTATION_SCALE: f64 = 0.72;
/// Layout passes before giving up on a line that will not settle.
const SETTLE_PASSES: usize = 4;

/// One annotation as measured: its `<rt>` and the `span.ann` in it that is placed, the box of its
/// word (the ruby base) and where it should go.
struct Annotation {
    rt: web_sys::Element,
    ann: web_sys::HtmlElement,
    /// What moves the base sideways if the annotations cannot share a line: the `.word` around
    /// it, or the mark itself when an earlier annotation is in the same word.
    pad: Option<web_sys::HtmlElement>,
    base_left: f64,
    base_right: f64,
    top: f64,
    height: f64,
    /// Placed left edge (viewport px) and width; `scale` < 1 on an over-full line.
    x: f64,
    width: f64,
    scale: f64,
}

impl Annotation {
    fn center(&self) -> f64 {
        (self.base_left + self.base_right) / 2.0
    }
}

fn measure(list: &web_sys::NodeList) -> Vec<Annotation> {
    let mut seen_words: Vec<web_sys::Element> = Vec::new();
    (0..list.length())
        .filter_map(|i| {
            let ruby: web_sys::Element = list.item(i)?.dyn_into().ok()?;
            let rt = ruby.query_selector("rt").ok()??;
            let ann: web_sys::HtmlElement = rt.query_selector(".ann").ok()??.dyn_into().ok()?;
            let word = ruby.closest(".word").ok().flatten();
            let pad = match word {
                Some(w) if !seen_words.contains(&w) => {
                    seen_words.push(w.clone());
                    w.dyn_into().ok()
                }
                _ => ruby.closest(".mark").ok().flatten()?.dyn_into().ok(),
            };
            let base = ruby.get_bounding_client_rect();
            // The layout width: a scale set by an earlier pass does not count.
            let width = ann.offset_width() as f64;
            Some(Annotation {
                rt,
                ann,
                pad,
                base_left: base.left(),
                base_right: base.right(),
                top: base.top(),
                height: base.height(),
                x: base.left() + (base.width() - width) / 2.0,
                width,
                scale: 1.0,
            })
        })
        .collect()
}

/// Places a line's annotations (left to right): centred where there is room; on an over-full
/// line narrowed a little; then pushed apart and inside the column as little as needed.
fn pack(line: &mut [Annotation], left: f64, right: f64) {
    let widths: f64 = line.iter().map(|a| a.width).sum();
    let room = right - left - ANNOTATION_GAP * line.len().saturating_sub(1) as f64;
    if widths > room {
        let k = (room / widths).max(MIN_ANNOTATION_SCALE);
        for a in line.iter_mut() {
            a.x += a.width * (1.0 - k) / 2.0;
            a.width *= k;
            a.scale = k;
        }
    }
    // Forward: after the previous one and inside the left edge; backward: before the next
    // one and inside the right edge; the left edge wins if the line is still too full.
    let mut min_x = left;
    for a in line.iter_mut() {
        a.x = a.x.max(min_x);
        min_x = a.x + a.width + ANNOTATION_GAP;
    }
    let mut max_right = right;
    for a in line.iter_mut().rev() {
        a.x = a.x.min(max_right - a.width);
        max_right = a.x - ANNOTATION_GAP;
    }
    for a in line.iter_mut() {
        a.x = a.x.max(left);
    }
}

/// Places each ruby annotation over its word: centred where there is room, else shifted so
/// that annotations on one line do not overlap and none leaves the column. An annotation always
/// stays over the middle of its word: where neighbours leave no room for that, the word (with
/// its particles: the whole `.word`) moves along the line instead, as typesetters pad ruby, and
/// the line is laid out again. Writes only the words' margins and the annotations' `left` and
/// scale (annotations are out of the flow).
fn settle_annotations() {
    let Some((body, rubies)) = in_article("ruby") else {
        return;
    };
    if rubies.is_empty() {
        return;
    }
    // A term wider than the column cannot carry its annotation above it on one line: the
    // annotation follows it instead (`ruby-wide`). Then start from the text as it flows.
    let col = body.get_bounding_client_rect();
    for ruby in &rubies {
        let _ = ruby.class_list().remove_1("ruby-wide");
        if ruby.get_bounding_client_rect().width() > col.width() - 24.0 {
            let _ = ruby.class_list().add_1("ruby-wide");
        }
    }
    let doc = document();
    let Ok(list) = doc.query_selector_all(&format!("#{} ruby:not(.ruby-wide)", dom_id::ARTICLE))
    else {
        return;
    };
    let mut items = measure(&list);
    let padded: Vec<&web_sys::HtmlElement> = items.iter().filter_map(|a| a.pad.as_ref()).collect();
    let margin = |p: &web_sys::HtmlElement| web_sys::HtmlElement::style(p);
    if padded.iter().any(|p| {
        !margin(p)
            .get_property_value("margin-left")
            .unwrap_or_default()
            .is_empty()
    }) {
        for p in padded {
            let _ = margin(p).remove_property("margin-left");
        }
        items = measure(&list);
    }
    let mut pads = vec![0.0f64; items.len()];
    for pass in 0..SETTLE_PASSES {
        let col = body.get_bounding_client_rect();
        let mut more = vec![0.0f64; items.len()];
        let mut start = 0;
        while start < items.len() {
            let (top, h) = (items[start].top, items[start].height);
            let mut end = start + 1;
            while end < items.len() && (items[end].top - top).abs() < h / 2.0 {
                end += 1;
            }
            let line = &mut items[start..end];
            pack(line, col.left(), col.right());
            // Pushed off the middle of its word: move the word (pushed right) or the next
            // word (pushed left) by what is missing.
            for k in 0..line.len() {
                let a = &line[k];
                let (lo, hi) = (a.x, a.x + a.width);
                let c = a.center();
                if c < lo - 0.5 {
                    more[start + k] += lo - c + 1.0;
                } else if c > hi + 0.5 && k + 1 < line.len() {
                    more[start + k + 1] += c - hi + 1.0;
                }
            }
            start = end;
        }
        if pass + 1 == SETTLE_PASSES || more.iter().all(|m| *m == 0.0) {
            break;
        }
        for (i, m) in more.iter().enumerate() {
            if *m > 0.0 {
                pads[i] += m;
                if let Some(p) = &items[i].pad {
                    let _ = margin(p).set_property("margin-left", &format!("{:.1}px", pads[i]));
                }
            }
        }
        items = measure(&list);
    }
    for a in items {
        let style = web_sys::HtmlElement::style(&a.ann);
        let _ = style.set_property("left", &format!("{:.1}px", a.x - a.base_left));
        if a.scale < 1.0 {
            let _ = style.set_property("transform", &format!("scaleX({:.3})", a.scale));
        } else {
            let _ = style.remove_property("transform");
        }
        let _ = a.rt.class_list().add_1("settled");
    }
}

/// The article's paragraphs as the app renders them, each with its translation when the reader
/// asked for one.
fn paragraphs(st: AppState, r: Render) -> impl IntoView {
    DATASET
        .article
        .paragraphs
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let content = DATASET
                .paragraph_sentences(p)
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let si = p.first + k as u32;
                    // (No empty text: the build-time renderer writes an empty string as a space.)
                    view! { {sentence_view(st, r, si, s)} {(!s.join.is_empty()).then_some(s.join)} }
                })
                .collect_view();
            let original = match p.kind {
                ParagraphKind::Heading => {
                    view! { <h2 class="section-heading" id=dom_id::paragraph(pi)>{content}</h2> }
                        .into_any()
                }
                ParagraphKind::Source | ParagraphKind::Translator => {
                    view! { <p class="credit" id=dom_id::paragraph(pi)>{content}</p> }.into_any()
                }
                ParagraphKind::Body => {
                    view! { <p id=dom_id::paragraph(pi)>{content}</p> }.into_any()
                }
            };
            // This edition's translation under the paragraph, when the reader asked for one.
            let translation = move || {
                let l = st.translation.get()?;
                let text = describe::paragraph_translation(&DATASET, p, l)?;
                Some(view! { <p class="translation" lang=l.html_lang()>{text}</p> })
            };
            view! { {original} {translation} }
        })
        .collect_view()
}

/// The article with its annotations.
#[component]
pub fn ArticleView() -> impl IntoView {
    let st = use_app();
    let body_ref = NodeRef::<leptos::html::Div>::new();
    // Whether the paragraphs shown are the built ones: their few texts in the interface
    // language follow it by hand (`relabel_built`), the app's own by their reactive text.
    let adopted = StoredValue::new(false);
    // The quiet reading follows the language only where the reader has not chosen: a memo, so
    // that a language switch that keeps it renders nothing again.
    let quiet = Memo::new(move |_| st.quiet());
    Effect::new(move |first: Option<()>| {
        let lang = st.lang.get();
        if first.is_some() && adopted.get_value() {
            relabel_built(lang, &[]);
        }
    });
    follow_decorations(st);
    settle_on_reflow(st, body_ref);
    view! {
        <article id=dom_id::ARTICLE class="article" lang="ko" tabindex="-1" aria-labelledby=dom_id::ARTICLE_TITLE
            on:copy=copy_plain_text
            class:annotated=move || matches!(st.mode.get(), Mode::Hanzi | Mode::Pinyin)
            class:annotated-pinyin=move || st.mode.get() == Mode::Pinyin>
            {article_header(st)}
            // The marks' listeners are here, one of each for all of them (`mark_event`).
            <div class="article-body" node_ref=body_ref
                on:click=move |ev: web_sys::MouseEvent| {
                    if let Some((target, anchor, _)) = mark_event(st, &ev) {
                        open_mark(st, target, anchor);
                    }
                }
                on:pointerover=move |ev: web_sys::PointerEvent| {
                    if let Some((target, anchor, _)) = mark_event(st, &ev) {
                        hover_in(st, target, anchor, &ev);
                    }
                }
                on:pointerout=move |ev: web_sys::PointerEvent| {
                    if mark_event(st, &ev).is_some() {
                        hover_out(st, &ev);
                    }
                }>{move || article_body(st, quiet, adopted)}</div>
        </article>
    }
}

/// One effect keeps the decorations (`decorate`) in step with the state, and re-applies them
/// after a mode change rebuilt the marks (hence the read of `mode`), placing the annotations
/// again in the modes that have them.
fn follow_decorations(st: AppState) {
    Effect::new(move |_| {
        let mode = st.mode.get();
        let d = Decor {
            open: st.open.get().and_then(|o| o.anchor),
            term: st.highlight_term.get(),
            figure: st.highlight_figure.get(),
            sentence: st.sentence.get(),
        };
        request_animation_frame(move || {
            decorate(d);
            if matches!(mode, Mode::Hanzi | Mode::Pinyin) {
                glue_long_words();
                settle_annotations();
            }
        });
    });
}

/// Annotations are placed again whenever the text reflows (a new width, fonts arriving), for
/// as long as the article is mounted.
fn settle_on_reflow(st: AppState, body_ref: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let Some(body) = body_ref.get() else {
            return;
        };
        // Settled in the next frame, once per frame: settling moves words, and a layout change
        // made inside the observer's callback would be reported as a window `error`
        // ("ResizeObserver loop completed with undelivered notifications").
        let pending = std::rc::Rc::new(std::cell::Cell::new(false));
        let cb = wasm_bindgen::closure::Closure::<dyn Fn(js_sys::Array)>::new(
            move |_: js_sys::Array| {
                if pending.replace(true) {
                    return;
                }
                let pending = pending.clone();
                request_animation_frame(move || {
                    pending.set(false);
                    // (`try_`: a frame may come after the article was unmounted.)
                    if matches!(
                        st.mode.try_get_untracked(),
                        Some(Mode::Hanzi | Mode::Pinyin)
                    ) {
                        glue_long_words();
                        settle_annotations();
                    }
                });
            },
        );
        if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            ro.observe(&body);
            browser::keep_until_cleanup((ro, cb), |(ro, _cb)| ro.disconnect());
        }
    });
}

/// The article's header: its title, where the report comes from, the notes on the title and on
/// the translations, and the key to the marks.
fn article_header(st: AppState) -> impl IntoView {
    let a = &DATASET.article;
    view! {
        <header class="article-header">
            <h1 id=dom_id::ARTICLE_TITLE class="article-title">{a.title.ko.as_str()}</h1>
            // Where the report comes from, in the reader's language ("흑룡강일보 조선문판,
            // 2023-08-11, 편역 진종호"), and the report as the paper published it: a plain
            // link, so the page built at build time has it before the wasm and without
            // JavaScript.
            <p class="article-source" lang=move || st.lang.get().html_lang()>
                <span class="citation">{move || describe::citation(&DATASET, st.lang.get())}</span>
                " · "
                <a class="source-link" href=a.source_url target="_blank" rel="noopener" hreflang="ko"
                    title=move || st.t(K::OriginalArticleTitle)>
                    {move || st.t(K::OriginalArticle)}<span aria-hidden="true">" ↗"</span>
                </a>
            </p>
            // The title is ours; the text starts where the report does ("이는…", as printed).
            <p class="title-note" lang=move || st.lang.get().html_lang()>
                {move || st.t(K::EditorialTitle)}
                " · "
                <span class="opening-note">{move || in_lang(st.t(K::OpeningAsPrinted), st.lang.get().html_lang())}</span>
            </p>
            // Whose translation it is, said once above the translations (never the source:
            // the Chinese original of the report was not found).
            {move || st.translation.get().is_some().then(|| view! {
                <p class="translation-note" lang=move || st.lang.get().html_lang()>
                    {move || a.translation_note.str(st.lang.get())}
                </p>
            })}
            {mark_key(st)}
        </header>
    }
}

/// The article's body, read inside a view closure: the built paragraphs, adopted the first time
/// (`adopted` says so), or the paragraphs rendered for the display mode, the learner layer, the
/// language (in hanzi mode) and the quiet reading.
fn article_body(st: AppState, quiet: Memo<bool>, adopted: StoredValue<bool>) -> impl IntoView {
    // Hanzi mode shows a Korean reader the Korean words' own hanja, anyone else the
    // Chinese terms: the marks are built again when the language changes then.
    let mode = st.mode.get();
    let learner = st.learner.get();
    let korean_hanja = mode == Mode::Hanzi && st.lang.get() == Lang::Ko;
    let quiet = quiet.get();
    // The first time, in the view the build rendered, the built paragraphs are the
    // app's (`take_built`): the Korean reader's quiet reading, or, where boot.js put
    // them in its place, every mark. A translation, which the build does not show, is
    // then a reason to render them (so its switch is followed while they are shown).
    let built = (mode == Mode::Plain && !learner && st.translation.get().is_none())
        .then(|| take_built(quiet))
        .flatten();
    adopted.set_value(built.is_some());
    match built {
        Some((nodes, body)) => {
            // (Found in their built body, which still holds them: one query, not one per node.)
            relabel_built(st.lang.get_untracked(), &[body.into()]);
            Either::Left(Adopted::new(nodes))
        }
        None => Either::Right(paragraphs(
            st,
            Render {
                mode,
                learner,
                korean_hanja,
                quiet,
            },
        )),
    }
}

/// The built article's paragraphs, the body that holds them, and whether they are the quiet
/// reading.
struct Built {
    nodes: Vec<web_sys::Node>,
    body: web_sys::Element,
    quiet: bool,
}

thread_local! {
    /// The built article's paragraphs, kept by [`keep_built`] for `ArticleView` to adopt (once).
    static BUILT: std::cell::RefCell<Option<Built>> = const { std::cell::RefCell::new(None) };
}

/// Called as the app takes the page over, before the shell goes: keeps the built article's
/// paragraphs (rendered by this component at build time, `app/built.rs`) for `ArticleView` to
/// adopt instead of rendering them again, made the app's: the built cards left out (the app has
/// its own; one the reader has open was lifted out already), the marks no longer invokers of
/// those popovers, and saying whether their card is open as the app's marks do.
pub fn keep_built(shell: &web_sys::Element) {
    let Some(body) = shell
        .query_selector(&format!("#{} .article-body", dom_id::ARTICLE))
        .ok()
        .flatten()
    else {
        return;
    };
    let all = |sel: &str| elements(body.query_selector_all(sel));
    for card in all(".popcard") {
        card.remove();
    }
    // (Each item as an element unchecked: a mark is one; a checked cast costs a call per mark.)
    if let Ok(marks) = body.query_selector_all(".mark") {
        for mark in (0..marks.length()).filter_map(|i| marks.item(i)) {
            let mark: web_sys::Element = mark.unchecked_into();
            let _ = mark.remove_attribute("popovertarget");
            let _ = mark.set_attribute("aria-expanded", "false");
        }
    }
    let kids = body.child_nodes();
    let nodes: Vec<web_sys::Node> = (0..kids.length()).filter_map(|i| kids.item(i)).collect();
    // The page is the quiet reading; boot.js says where it put a reading with every mark.
    let quiet = body.get_attribute("data-marks").as_deref() != Some("all");
    BUILT.with(|b| *b.borrow_mut() = Some(Built { nodes, body, quiet }));
}

/// The built paragraphs and their body, once, if they are the reading `quiet` says (else they
/// are dropped).
fn take_built(quiet: bool) -> Option<(Vec<web_sys::Node>, web_sys::Element)> {
    BUILT
        .with(|b| b.borrow_mut().take())
        .filter(|b| b.quiet == quiet)
        .map(|b| (b.nodes, b.body))
}

/// The few texts of the built paragraphs that are in the interface language, which the build
/// wrote in Korean: the note at the first yuan amount and the (print-only) guess tags. In
/// `roots`, or in the article shown when `roots` is empty.
fn relabel_built(lang: Lang, roots: &[web_sys::Node]) {
    let found = |sel: &str| -> Vec<web_sys::Element> {
        let from: Vec<web_sys::Element> = if roots.is_empty() {
            document()
                .query_selector(&format!("#{} .article-body", dom_id::ARTICLE))
                .ok()
                .flatten()
                .into_iter()
                .collect()
        } else {
            roots.iter().filter_map(|n| n.dyn_ref().cloned()).collect()
        };
        from.iter()
            .flat_map(|r| {
                let own = r.matches(sel).unwrap_or(false).then(|| r.clone());
                own.into_iter().chain(elements(r.query_selector_all(sel)))
            })
            .collect()
    };
    for tag in found(".guess-tag") {
        let _ = tag.set_attribute("lang", lang.html_lang());
        let _ = tag.set_attribute("title", crate::core::i18n::t(lang, K::GuessMarkTitle));
        tag.set_text_content(Some(crate::core::i18n::t(lang, K::Guess)));
    }
    let figure = first_yuan_mark().and_then(|(si, start)| {
        DATASET.article.sentences[si as usize]
            .marks
            .iter()
            .find(|m| m.start == start)
            .and_then(|m| match m.target {
                Target::Figure(f) => Some(&DATASET.figures[f as usize]),
                _ => None,
            })
    });
    let note = figure.and_then(|f| format::yuan_at_amount(&DATASET, f, lang));
    for el in found(".std.yuan") {
        let _ = el.set_attribute("lang", lang.html_lang());
        el.set_text_content(None);
        let Some(note) = &note else { continue };
        let doc = document();
        match note.split_once(" · ") {
            Some((word, amount)) => {
                let _ = el.append_with_str_1(&format!("{word} · "));
                if let Ok(span) = doc.create_element("span") {
                    span.set_class_name("amount");
                    span.set_text_content(Some(amount));
                    let _ = el.append_child(&span);
                }
            }
            None => {
                let _ = el.append_with_str_1(note);
            }
        }
    }
}

/// The mark an event in the article is about: its target, its anchor (sentence, start) and its
/// element. For `pointerover` and `pointerout` only when the pointer crosses the mark's edge, not
/// when it moves between the mark's own parts, as `pointerenter`/`pointerleave` on the mark
/// would say (one listener of each for all the marks, on the article's body).
fn mark_event(
    st: AppState,
    ev: &web_sys::MouseEvent,
) -> Option<(Target, (u32, u32), web_sys::Element)> {
    let el = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".mark")
        .ok()??;
    if matches!(ev.type_().as_str(), "pointerover" | "pointerout") {
        let other = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if other.is_some() && el.contains(other.as_ref()) {
            return None;
        }
    }
    let (si, start) = dom_id::anchor_of_mark(&el.id())?;
    let s = DATASET.article.sentences.get(si as usize)?;
    let target = marks_of(si, s, st.learner.get_untracked())
        .into_iter()
        .find(|m| m.start == start)?
        .target;
    Some((target, (si, start), el))
}

/// Which words are marked (issue #20), and a key to the marks' styles: the quiet reading (the
/// Korean reader's default: what a Korean reader meets as Chinese, and money) or every term and
/// figure. The key's samples are drawn as the marks are (`.mark.term` …), but are no buttons. It
/// is part of the article's header, so the built page has it (the switch, which needs the app,
/// is disabled there) and the article does not move when the app takes over.
fn mark_key(st: AppState) -> impl IntoView {
    let sample = move |class: &'static str, key: K| {
        view! { <li><span class=format!("key-sample {class}") aria-hidden="true">"가나"</span>" "{move || st.t(key)}</li> }
    };
    view! {
        <div class="mark-key" id=dom_id::MARK_KEY>
            <button type="button" class="chip marks-switch" id=dom_id::MARKS_SWITCH
                aria-pressed=move || (!st.quiet()).to_string()
                aria-disabled=move || (!st.quiet_applies()).to_string()
                disabled=cfg!(feature = "ssr")
                title=move || st.t(K::MarksAllHint)
                on:click=move |_| {
                    if !untrack(|| st.quiet_applies()) {
                        return;
                    }
                    let quiet = untrack(|| st.quiet());
                    keep_place(st, move || st.marks.set(Some(if quiet { Marks::All } else { Marks::Quiet })));
                }>
                {move || st.t(K::MarksAll)}
            </button>
            <ul class="key" aria-label=move || st.t(K::MarkKey)>
                {sample("term", K::MarkKeyTerm)}
                {sample("ortho", K::MarkKeyOrtho)}
                {sample("fig", K::MarkKeyFigure)}
                {move || st.learner.get().then(|| sample("learn", K::MarkKeyLearner))}
                // A Korean reader's hanzi mode: the Chinese terms over words without hanja.
                {move || (st.mode.get() == Mode::Hanzi && st.lang.get() == Lang::Ko).then(|| view! {
                    <li><span class="key-sample equiv" aria-hidden="true">"≈漢字"</span>" "{move || st.t(K::MarkKeyEquivalent)}</li>
                })}
            </ul>
        </div>
    }
}

/// Whether a ruby annotation is in Chinese (not a Korean word's own hanja, not pinyin).
fn lang_is_zh(rt: Option<(&str, &str)>) -> bool {
    matches!(rt, Some((_, "zh-Hant" | "zh-Hans")))
}

/// The article's first yuan amount (sentence, byte start of its mark).
fn first_yuan_mark() -> Option<(u32, u32)> {
    static FIRST: std::sync::OnceLock<Option<(u32, u32)>> = std::sync::OnceLock::new();
    *FIRST.get_or_init(|| {
        DATASET.article.sentences.iter().enumerate().find_map(|(si, s)| {
            s.marks
                .iter()
                .find(|m| matches!(m.target, Target::Figure(i) if DATASET.figures[i as usize].unit == Unit::Cny))
                .map(|m| (si as u32, m.start))
        })
    })
}

/// A copy from the article is the article's text: what display modes add (ruby annotations,
/// standard-spelling pills) and what only print shows stay out of it ("실사단考察이" was pasted
/// in hanzi mode). Paragraphs end in a line break.
fn copy_plain_text(ev: web_sys::ClipboardEvent) {
    let Some(data) = ev.clipboard_data() else {
        return;
    };
    let Some(sel) = window().get_selection().ok().flatten() else {
        return;
    };
    if sel.is_collapsed() || sel.range_count() == 0 {
        return;
    }
    let mut text = String::new();
    for i in 0..sel.range_count() {
        let Ok(range) = sel.get_range_at(i) else {
            return;
        };
        let Ok(frag) = range.clone_contents() else {
            return;
        };
        if let Ok(added) = frag.query_selector_all("rt, rp, .std, .print-only") {
            for n in (0..added.length()).filter_map(|k| added.item(k)) {
                if let Some(parent) = n.parent_node() {
                    let _ = parent.remove_child(&n);
                }
            }
        }
        // Block by block: a paragraph's text, then a line break.
        let blocks = frag.query_selector_all("p, h1, h2").ok();
        match blocks.filter(|b| b.length() > 0) {
            Some(b) => {
                let parts: Vec<String> = (0..b.length())
                    .filter_map(|k| b.item(k))
                    .filter_map(|n| n.text_content())
                    .collect();
                text.push_str(&parts.join("\n"));
            }
            None => text.push_str(&frag.text_content().unwrap_or_default()),
        }
    }
    if data.set_data("text/plain", &text).is_ok() {
        ev.prevent_default();
    }
}

/// The article's body and the elements in the article that `selector` finds; None while the
/// article is not on the page.
fn in_article(selector: &str) -> Option<(web_sys::Element, Vec<web_sys::Element>)> {
    let doc = document();
    let body = doc
        .query_selector(&format!("#{} .article-body", dom_id::ARTICLE))
        .ok()
        .flatten()?;
    let list = doc
        .query_selector_all(&format!("#{} {selector}", dom_id::ARTICLE))
        .ok()?;
    let found = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .collect();
    Some((body, found))
}

/// The longest mark (in characters) kept on one line with its particles whatever the width; a
/// longer one is kept with them where the column has room (`glue_long_words`).
const MAX_GLUED_MARK: usize = 12;

/// Keeps each long mark with the particles and punctuation after it (`.long-word`, made
/// `.glued`: no break inside) wherever the whole fits on one line of the article's column, so a
/// line never starts with 에서 when its name could have moved down with it. Reads every width
/// first with all of them glued, then lets go of those wider than the column. Only in the
/// annotated modes (hanzi, pinyin), whose marks are rendered by the app: the plain reading is
/// the built page's, and gluing there after the takeover would move its lines.
fn glue_long_words() {
    let Some((body, words)) = in_article(".long-word") else {
        return;
    };
    for w in &words {
        let _ = w.class_list().add_1("glued");
    }
    let col = body.get_bounding_client_rect().width();
    let wide: Vec<&web_sys::Element> = words
        .iter()
        .filter(|w| w.get_bounding_client_rect().width() > col)
        .collect();
    for w in wide {
        let _ = w.class_list().remove_1("glued");
    }
}

/// A piece of a sentence: plain text, or the mark at index `usize` of `Sentence::marks`.
#[derive(Clone, Copy)]
enum Piece {
    Text(&'static str),
    Mark(Mark),
}

/// The marks of sentence `si` in text order: its own, and with the learner layer on, the
/// learner words' (which never overlap them).
fn marks_of(si: u32, s: &'static Sentence, learner: bool) -> Vec<Mark> {
    let mut marks: Vec<Mark> = s.marks.to_vec();
    if learner {
        marks.extend(
            DATASET
                .learner_marks(si as usize)
                .into_iter()
                .map(|m| Mark {
                    start: m.start,
                    end: m.end,
                    target: Target::Learner(m.word),
                }),
        );
        marks.sort_by_key(|m| m.start);
    }
    marks
}

/// The sentence as words (runs between spaces), each a list of pieces, and the spaces between
/// them (`None` in the first slot). A mark is a button, and a line may break after a button
/// where it would never break inside the word; so a word with a mark is kept on one line whole,
/// its particles and punctuation with it ("흑룡강성상무청과", "'할빈"). A long mark is not
/// glued to anything: on a narrow screen it must be free to wrap inside itself.
fn words(s: &'static Sentence, marks: &[Mark]) -> Vec<(Option<&'static str>, Vec<Piece>)> {
    let mut out: Vec<(Option<&'static str>, Vec<Piece>)> = vec![(None, Vec::new())];
    let text = |from: usize, to: usize, out: &mut Vec<(Option<&'static str>, Vec<Piece>)>| {
        let t: &'static str = &s.text[from..to];
        let mut rest = t;
        while !rest.is_empty() {
            match rest.find(char::is_whitespace) {
                Some(0) => {
                    let n = rest
                        .find(|c: char| !c.is_whitespace())
                        .unwrap_or(rest.len());
                    out.push((Some(&rest[..n]), Vec::new()));
                    rest = &rest[n..];
                }
                Some(n) => {
                    out.last_mut()
                        .expect("a word")
                        .1
                        .push(Piece::Text(&rest[..n]));
                    rest = &rest[n..];
                }
                None => {
                    out.last_mut().expect("a word").1.push(Piece::Text(rest));
                    rest = "";
                }
            }
        }
    };
    let mut at = 0usize;
    for m in marks {
        let (start, end) = (m.start as usize, m.end as usize);
        if start > at {
            text(at, start, &mut out);
        }
        out.last_mut().expect("a word").1.push(Piece::Mark(*m));
        at = end;
    }
    if at < s.text.len() {
        text(at, s.text.len(), &mut out);
    }
    out
}

/// How the article is rendered: the display mode, the learner layer, and whose hanzi hanzi mode
/// shows (the Korean words' own hanja for a Korean reader, the Chinese terms for the others).
#[derive(Clone, Copy)]
struct Render {
    mode: Mode,
    learner: bool,
    korean_hanja: bool,
    /// The quiet reading: only what `Marks::Quiet` shows is a mark.
    quiet: bool,
}

impl Render {
    fn shows(&self, target: Target) -> bool {
        !self.quiet || Marks::Quiet.shows(&DATASET, target)
    }
}

fn sentence_view(st: AppState, r: Render, si: u32, s: &'static Sentence) -> impl IntoView {
    let piece = move |p: Piece| -> AnyView {
        match p {
            Piece::Text(t) => t.into_any(),
            Piece::Mark(m) => {
                let text = &s.text[m.start as usize..m.end as usize];
                mark_view(st, r, si, m.start, text, m.target)
            }
        }
    };
    let parts: Vec<AnyView> = words(s, &marks_of(si, s, r.learner))
        .into_iter()
        .flat_map(|(space, pieces)| {
            // (A word the quiet reading leaves plain is text: nothing to keep together.)
            let glue = |p: &Piece| match p {
                Piece::Mark(m) if r.shows(m.target) => {
                    let t = &s.text[m.start as usize..m.end as usize];
                    Some(t.chars().count() <= MAX_GLUED_MARK)
                }
                Piece::Mark(_) | Piece::Text(_) => None,
            };
            let marked = pieces.iter().any(|p| glue(p).is_some())
                && pieces.iter().all(|p| glue(p) != Some(false));
            // A longer mark with text after it is kept with that text where the line has room
            // (`glue_long_words`).
            let long = !marked && pieces.len() > 1 && pieces.iter().any(|p| glue(p) == Some(false));
            let word = if marked {
                let inner: Vec<AnyView> = pieces.into_iter().map(piece).collect();
                vec![view! { <span class="word">{inner}</span> }.into_any()]
            } else if long {
                let inner: Vec<AnyView> = pieces.into_iter().map(piece).collect();
                vec![view! { <span class="long-word">{inner}</span> }.into_any()]
            } else {
                pieces.into_iter().map(piece).collect()
            };
            space.map(IntoAny::into_any).into_iter().chain(word)
        })
        .collect();
    view! { <span class="sentence" id=dom_id::sentence(si)>{parts}</span> }
}

/// The built page's mark opens its card as a native popover (`term_card::BuiltCards`); the
/// app's marks open the app's card instead, so only the build step's renderer (`ssr`) writes it.
fn popover_target(target: Target) -> Option<String> {
    cfg!(feature = "ssr").then(|| dom_id::popover(target))
}

/// The app says whether a mark's card is open (`decorate`); on the built page the browser does,
/// for a popover's invoker.
fn expanded_attr() -> Option<&'static str> {
    (!cfg!(feature = "ssr")).then_some("false")
}

/// A mark in the article: a button that opens its card (`id`: `dom_id::mark`), with what the
/// display mode adds, or, where the quiet reading leaves the word unmarked, its text.
fn mark_view(
    st: AppState,
    r: Render,
    si: u32,
    start: u32,
    text: &'static str,
    target: Target,
) -> AnyView {
    let id = dom_id::mark(si, start);
    if !r.shows(target) {
        // A word the quiet reading leaves unmarked: plain text, but where a card chosen in the
        // glossary opens and where a highlight shows, so it keeps the mark's id.
        return view! { <span class="quiet-word" id=id>{text}</span> }.into_any();
    }
    match target {
        Target::Term(i) => term_mark(st, r, id, text, i),
        Target::Ortho(i) => ortho_mark(r, id, text, i),
        Target::Learner(i) => learner_mark(r, id, text, i),
        Target::Figure(i) => figure_mark(st, r, (si, start), id, text, i),
    }
}

/// The annotation over term `t` (written `text`) in hanzi or pinyin mode, with its language;
/// and whether it is the Korean word's own hanja.
fn term_annotation(
    r: Render,
    t: &'static Term,
    text: &str,
    is_hanzi: bool,
) -> (Option<(&'static str, &'static str)>, bool) {
    // Pinyin goes over every term, hanzi in the text (粮头食尾) included; hanzi only
    // over terms not already written in hanzi.
    // A Korean reader's hanzi mode shows the Korean word's own hanja, as Korean writes
    // them (韓國中小企業振興公團, 上半期); where the word has none (a loanword), and for
    // everyone else, the Chinese term it renders (韩国中小企业振兴公团, 上半年).
    let own_hanja = t
        .forms
        .iter()
        .position(|f| *f == text)
        .and_then(|k| t.hanja.get(k).copied())
        .filter(|_| r.korean_hanja);
    let rt = match r.mode {
        // Without own hanja (a loanword, a transcription), a Korean reader still reads
        // traditional characters: the Chinese term in them (哈爾濱), marked Chinese.
        Mode::Hanzi if !is_hanzi && r.korean_hanja => own_hanja
            .map(|h| (h, "ko-Hani"))
            .or(t.hanzi_traditional.map(|h| (h, "zh-Hant")))
            .or(t.hanzi_simplified.map(|h| (h, "zh-Hans"))),
        Mode::Hanzi if !is_hanzi => t.hanzi_simplified.map(|h| (h, "zh-Hans")),
        Mode::Pinyin => t.pinyin.map(|p| (p, "zh-Latn-pinyin")),
        _ => None,
    };
    (rt, own_hanja.is_some())
}

/// A glossary term's mark: its hanzi or pinyin over it (tagged where a guess), the South Korean
/// spelling beside it, and for print the hanzi after it.
fn term_mark(st: AppState, r: Render, id: String, text: &'static str, i: u32) -> AnyView {
    let mode = r.mode;
    let t = &DATASET.terms[i as usize];
    let is_hanzi = text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    let (rt, own_hanja) = term_annotation(r, t, text, is_hanzi);
    // Own hanja are attested by the Korean word itself: not the Chinese term's guess.
    let guessed = t.confidence.is_guess() && !own_hanja;
    // Hanzi and pinyin that are a guess say so here too, as on the card: a tag in the
    // reader's language after them ("Lùntán 추정"), not a "?" that reads as the text's
    // own punctuation ("Lùntán?"); screen readers read the tag with the annotation.
    let guess = guessed || (mode == Mode::Pinyin && t.confidence.is_guess());
    let guess_tag = move || {
        guess.then(|| {
            view! {
                <span class="guess-tag" lang=move || st.lang.get().html_lang()
                    title=move || st.t(K::GuessMarkTitle)>{move || st.t(K::Guess)}</span>
            }
        })
    };
    // For a Korean reader, a word without hanja of its own shows the Chinese term it
    // renders: said so ("≈", its own colour, a title), not passed off as the word's
    // hanja (數字 over 디지털 read as the word's own characters).
    let equiv = r.korean_hanja && !own_hanja && lang_is_zh(rt);
    let inner = match rt {
        Some((rt, lang)) => view! {
            <ruby>{text}<rp>"("</rp><rt lang=lang class:guess=guess class:equiv=equiv
                title=move || equiv.then(|| st.t(K::ChineseEquivalentTitle))>
                <span class="ann">{equiv.then_some("≈")}{rt}{guess_tag()}</span></rt><rp>")"</rp></ruby>
        }
        .into_any(),
        None => text.into_any(),
    };
    // The South Korean spelling beside a Chinese-Korean one (할빈 → 하얼빈); not beside
    // hanzi, nor where one spelling contains the other (식품업계 / 식품).
    let (plain, std_plain) = (text.replace(' ', ""), t.standard.replace(' ', ""));
    let standard = (mode == Mode::Standard
        && !is_hanzi
        && !plain.contains(&std_plain)
        && !std_plain.contains(&plain))
    .then(|| view! { <span class="std" lang="ko">{t.standard}</span> });
    let print_hanzi = t.hanzi_simplified.filter(|h| *h != text).map(
        |h| view! { <span class="print-only" lang="zh-Hans">"(" {h} {guess_tag()} ")"</span> },
    );
    view! {
        <button type="button" class="mark term" id=id data-term=t.id popovertarget=popover_target(Target::Term(i))
            aria-haspopup="dialog" aria-expanded=expanded_attr()>
            {inner}
        </button>
        {standard}
        {print_hanzi}
    }
    .into_any()
}

/// A spelling note's mark, with the South Korean spelling beside it in that mode.
fn ortho_mark(r: Render, id: String, text: &'static str, i: u32) -> AnyView {
    let o = &DATASET.orthography[i as usize];
    let standard = (r.mode == Mode::Standard)
        .then(|| view! { <span class="std" lang="ko">{o.standard}</span> });
    view! {
        <button type="button" class="mark ortho" id=id data-ortho=o.id popovertarget=popover_target(Target::Ortho(i))
            aria-haspopup="dialog" aria-expanded=expanded_attr()>
            {text}
        </button>
        {standard}
    }
    .into_any()
}

/// A word of the learner layer: lighter than a term's mark, the same light card.
fn learner_mark(r: Render, id: String, text: &'static str, i: u32) -> AnyView {
    let w = &DATASET.learner[i as usize];
    let rt = match r.mode {
        Mode::Hanzi if r.korean_hanja => Some((w.hanja, "ko-Hani")),
        Mode::Hanzi => Some((w.zh, "zh-Hans")),
        Mode::Pinyin => Some((w.pinyin, "zh-Latn-pinyin")),
        _ => None,
    };
    let inner = match rt {
        Some((rt, lang)) => view! {
            <ruby>{text}<rp>"("</rp><rt lang=lang><span class="ann">{rt}</span></rt><rp>")"</rp></ruby>
        }
        .into_any(),
        None => text.into_any(),
    };
    view! {
        <button type="button" class="mark learn" id=id data-learn=w.word
            aria-haspopup="dialog" aria-expanded=expanded_attr()>
            {inner}
        </button>
    }
    .into_any()
}

/// A figure's mark (at `anchor`: sentence, start), with the yuan note after a yuan amount.
fn figure_mark(
    st: AppState,
    r: Render,
    anchor: (u32, u32),
    id: String,
    text: &'static str,
    i: u32,
) -> AnyView {
    let f = &DATASET.figures[i as usize];
    // The article's "원" is yuan: said at the amount, in the reader's currency — at the
    // first yuan amount in every mode, at each in the standard-spelling mode.
    let yuan = (f.unit == Unit::Cny
        && (r.mode == Mode::Standard || first_yuan_mark() == Some(anchor)))
    .then(|| {
        view! {
            <span class="std yuan" lang=move || st.lang.get().html_lang()>
                // The amount keeps together where the note has to wrap ("위안 ·" /
                // "≈ 2,194억 원": large text on a phone).
                {move || format::yuan_at_amount(&DATASET, f, st.lang.get()).map(|s| match s.split_once(" · ") {
                    Some((word, amount)) => view! { {word.to_string()} " · " <span class="amount">{amount.to_string()}</span> }.into_any(),
                    None => s.into_any(),
                })}
            </span>
        }
    });
    view! {
        <button type="button" class="mark fig" id=id data-figure=f.id data-kind=f.kind.key() popovertarget=popover_target(Target::Figure(i))
            aria-haspopup="dialog" aria-expanded=expanded_attr()>
            {text}
        </button>
        {yuan}
    }
    .into_any()
}
