//! The card for a term, a spelling note or a figure: a non-modal `role="dialog"` labelled by its
//! heading and placed beside the mark that opened it, never over it, inside the part of the page
//! the reader sees (`core::layout::place_card`; in a frame that grows to its content, the part
//! the host page shows, found with an IntersectionObserver). Closes on
//! Escape, on the close button and on a click outside; focus moves into it, Tab and Shift+Tab
//! stay inside it while it is open, and closing returns the focus to the mark.

use crate::app::actions::{
    close_card, go_to_sentence, hover_out, keep_hover_card, open_card, show_figure_in_chart,
};
use crate::app::cite::cite_buttons;
use crate::app::dom_id;
use crate::app::save::save_star;
use crate::app::state::{use_app, AppState, Open};
use crate::app::text::{category_label, in_lang};
use crate::app::{browser, embed};
use crate::charts::points::chart_point_of_figure;
use crate::core::dataset::model::{
    Category, Confidence, FalseFriend, FigureKind, OrthoRule, Target, Unit,
};
use crate::core::dataset::DATASET;
use crate::core::describe;
use crate::core::format::{self, Currency};
use crate::core::hanja::{self, Syllable};
use crate::core::i18n::{Lang, K};
use crate::core::layout::{place_card, Placement, Rect, MARGIN};
use crate::core::pronounce;
use crate::core::words;
use leptos::prelude::*;

/// Saving a word and citing a sentence need the app (storage, clipboard): the cards built for
/// the page before the wasm (`BuiltCards`, feature `ssr`) leave them out rather than show
/// buttons that do nothing.
const INTERACTIVE: bool = !cfg!(feature = "ssr");

/// The card's height cap (as in the stylesheet's `.card { max-height }`).
const CARD_MAX_HEIGHT: f64 = 560.0;

/// Keeps Tab and Shift+Tab inside the open card: past its last control the focus wraps to the
/// first, before its first (or from the card itself) to the last.
fn trap_focus(ev: &web_sys::KeyboardEvent, card: &web_sys::HtmlElement) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Tab" || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return;
    }
    let Ok(list) = card.query_selector_all(
        "button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.offset_width() > 0 || e.offset_height() > 0)
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        ev.prevent_default();
        return;
    };
    let active = document().active_element();
    let is = |e: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>())
    };
    let to = if ev.shift_key() && (is(first) || is(card)) {
        Some(last)
    } else if !ev.shift_key() && is(last) {
        Some(first)
    } else {
        None
    };
    if let Some(to) = to {
        ev.prevent_default();
        let _ = to.focus();
    }
}

/// The floating card. Mounted once; shows whatever `AppState::open` says.
#[component]
pub fn TermCard() -> impl IntoView {
    let st = use_app();
    let (placed, set_placed) = signal(None::<Placement>);
    let card_ref = NodeRef::<leptos::html::Div>::new();
    // Whether the card has more below what it shows (issue #20: the shade at its edge was easy
    // to miss; a card of 1,083 px of content in 543 px looked whole).
    let (more, set_more) = signal(false);
    // (`try_`: placing and measuring run in later frames, which may come after an unmount.)
    let check_more = move || {
        if let Some(card) = card_ref.try_get_untracked().flatten() {
            let below = card.scroll_height() - card.scroll_top() - card.client_height();
            set_more.set(below > 8);
        }
    };

    // Place the card beside its anchor once it is rendered, inside the visible band.
    let place = move || {
        let Some(open) = st.open.try_get_untracked().flatten() else {
            return;
        };
        if card_ref.try_get_untracked().flatten().is_none() {
            return;
        }
        browser::visible_band(move |band_top, band_bottom| {
            let Some(card) = card_ref.try_get_untracked().flatten() else {
                return;
            };
            // Below the reader's switches where they stand over the band: a mark under them is
            // hidden, and so would be the part of a card over them (found on a phone tour: a
            // glossary entry's term scrolled under them, its card over them).
            let band_top = embed::below_reader_controls(band_top).min(band_bottom);
            let (vw, _) = browser::viewport();
            // The card's natural height: its content, up to the stylesheet's cap.
            let card_h = (card.scroll_height() as f64).min(CARD_MAX_HEIGHT);
            let anchor = open
                .anchor
                .and_then(|(si, start)| browser::rect_of(&dom_id::mark(si, start)))
                .map(|a| Rect {
                    left: a.left(),
                    top: a.top(),
                    right: a.right(),
                    bottom: a.bottom(),
                })
                .unwrap_or(Rect {
                    left: vw / 2.0,
                    top: band_top + 40.0,
                    right: vw / 2.0,
                    bottom: band_top + 40.0,
                });
            let p = place_card(anchor, card_h, band_top, band_bottom, vw);
            if p.scroll_by.abs() >= 1.0 {
                // Bring the mark up first: this page, or the host page through pym.
                embed::scroll_reader_view(st, p.scroll_by, anchor.top - MARGIN);
            }
            set_placed.set(Some(p));
            request_animation_frame(check_more);
        });
    };
    Effect::new(move |_| {
        if st.open.get().is_some() {
            // A card opened by hovering does not take the focus; one opened on purpose does.
            let take_focus = !st.hover_open.get_untracked();
            request_animation_frame(move || {
                place();
                if take_focus {
                    browser::focus_id_in_place(dom_id::CARD);
                }
            });
        }
    });
    browser::window_listener(leptos::ev::resize, move |_| place());
    browser::window_listener(leptos::ev::scroll, move |_| place());
    browser::window_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && st.open.get_untracked().is_some() {
            close_card(st, true);
        }
    });
    // Inside a frame, a tap on the host page is a click outside too: the frame's window loses
    // the focus (the frame sees no event from the host page itself).
    if browser::in_frame() {
        browser::window_listener(leptos::ev::blur, move |_| {
            if st.open.get_untracked().is_some() {
                close_card(st, false);
            }
        });
    }
    // A click outside the card (and not on another mark, which opens its own card) closes it.
    browser::window_listener(leptos::ev::pointerdown, move |ev| {
        if st.open.get_untracked().is_none() {
            return;
        }
        let inside = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|e| {
                e.closest(&format!("#{}, .mark, .glossary-item", dom_id::CARD))
                    .ok()
                    .flatten()
            })
            .is_some();
        if !inside {
            close_card(st, false);
        }
    });

    view! {
        <Show when=move || st.open.get().is_some()>
            <div id=dom_id::CARD node_ref=card_ref class="card" class:placed=move || placed.get().is_some()
                role="dialog" aria-modal="false" aria-labelledby=dom_id::CARD_TITLE tabindex="-1"
                on:keydown=move |ev| {
                    if let Some(card) = card_ref.get_untracked() {
                        trap_focus(&ev, &card);
                    }
                }
                on:scroll=move |_| check_more()
                on:pointerenter=move |_| keep_hover_card(st)
                on:pointerleave=move |ev| hover_out(st, &ev)
                style:left=move || placed.get().map(|p| format!("{}px", p.left)).unwrap_or_default()
                style:top=move || placed.get().map(|p| format!("{}px", p.top)).unwrap_or_default()
                style:width=move || placed.get().map(|p| format!("{}px", p.width)).unwrap_or_default()
                style:max-height=move || placed.get().map(|p| format!("{}px", p.max_height)).unwrap_or_default()>
                <button type="button" class="card-close" on:click=move |_| close_card(st, true)
                    aria-label=move || st.t(K::Close)>"×"</button>
                {move || st.open.get().map(|o| card_body(o, dom_id::CARD_TITLE.to_string()))}
                // Says there is more below, at the card's foot, until the reader gets there; a
                // tap scrolls on (keyboard users scroll the focused card with the arrow keys).
                <div class="card-more" class:on=more aria-hidden="true"
                    on:click=move |_| {
                        if let Some(card) = card_ref.get_untracked() {
                            let by = (card.client_height() as f64 * 0.7).round();
                            let opts = web_sys::ScrollToOptions::new();
                            opts.set_top(by);
                            card.scroll_by_with_scroll_to_options(&opts);
                        }
                    }>
                    <span>"▾ "{move || st.t(K::CardMore)}</span>
                </div>
            </div>
        </Show>
    }
}

/// What a card says about `o`, headed by an element with id `title_id` (the floating card's, or
/// a built card's own).
fn card_body(o: Open, title_id: String) -> AnyView {
    match o.target {
        Target::Term(i) => view! { <TermBody i=i anchor=o.anchor title_id=title_id/> }.into_any(),
        Target::Ortho(i) => view! { <OrthoBody i=i title_id=title_id/> }.into_any(),
        Target::Figure(i) => view! { <FigureBody i=i title_id=title_id/> }.into_any(),
        Target::Learner(i) => {
            view! { <LearnerBody i=i anchor=o.anchor title_id=title_id/> }.into_any()
        }
    }
}

/// Cards the article's marks open, as native popovers, for the page built at build time
/// (`app::built`): a mark's `popovertarget` opens its card beside it (CSS anchor positioning)
/// before the wasm has started and without JavaScript; light dismiss, Escape and the focus's
/// return come from the browser. In the default view (the state `use_app` gives the build). The
/// app takes the page over at mount and opens its own card on the one left open.
#[component]
pub fn BuiltCards(
    /// The marks' targets whose cards to render, in page order.
    targets: Vec<Target>,
) -> impl IntoView {
    let st = use_app();
    targets
        .into_iter()
        .map(|target| {
            let (id, title_id) = (dom_id::popover(target), dom_id::popover_title(target));
            let (closes, labelled_by) = (id.clone(), title_id.clone());
            let body = card_body(
                Open {
                    target,
                    anchor: None,
                },
                title_id,
            );
            view! {
                <div popover="auto" id=id class="card popcard" role="dialog"
                    lang=move || st.lang.get().html_lang() aria-labelledby=labelled_by>
                    <button type="button" class="card-close" popovertarget=closes
                        popovertargetaction="hide" aria-label=move || st.t(K::Close)>"×"</button>
                    {body}
                </div>
            }
        })
        .collect_view()
}

/// A row of a term's card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Simplified,
    Traditional,
    Pinyin,
    /// The Sino-Korean reading of the hanzi (and its South Korean form).
    Reading,
    AsWritten,
    Standard,
    Gloss(Lang),
    Confidence,
    /// The Korean word's own hanja (traditional, as Korean writes them), apart from the Chinese
    /// term it renders (issue #20).
    OwnHanja,
    /// As a Korean dictionary gives it: [흥뇽강].
    Pronunciation,
}

/// The rows of a term's card for a reader of `lang`: those shown first (before the note), then
/// the rest. The reader's own explanation leads; a Chinese reader also gets the Chinese term
/// and its pinyin first, a Korean reader the Korean forms right after the note (issue #20: in
/// Korean the explanation was the seventh row, after simplified, traditional, pinyin and
/// readings).
pub fn card_order(lang: Lang) -> (&'static [Field], &'static [Field]) {
    use Field::*;
    match lang {
        Lang::Ko => (
            &[Gloss(Lang::Ko)],
            &[
                Standard,
                AsWritten,
                Pronunciation,
                OwnHanja,
                Reading,
                Simplified,
                Traditional,
                Pinyin,
                Gloss(Lang::Zh),
                Gloss(Lang::En),
                Confidence,
            ],
        ),
        Lang::Zh => (
            &[Simplified, Pinyin, Gloss(Lang::Zh)],
            &[
                Pronunciation,
                OwnHanja,
                Traditional,
                Reading,
                AsWritten,
                Standard,
                Gloss(Lang::Ko),
                Gloss(Lang::En),
                Confidence,
            ],
        ),
        Lang::En => (
            &[Gloss(Lang::En)],
            &[
                Pronunciation,
                OwnHanja,
                Simplified,
                Traditional,
                Pinyin,
                Reading,
                AsWritten,
                Standard,
                Gloss(Lang::Ko),
                Gloss(Lang::Zh),
                Confidence,
            ],
        ),
    }
}

#[component]
fn TermBody(i: u32, anchor: Option<(u32, u32)>, title_id: String) -> impl IntoView {
    let st = use_app();
    let t = &DATASET.terms[i as usize];
    let lang = st.lang;
    let list = Target::Term(i).anchors(&DATASET);
    let pos = anchor
        .and_then(|a| list.iter().position(|x| *x == a))
        .unwrap_or(0);
    let hanzi_voice = browser::has_voice("zh");
    let korean_voice = browser::has_voice("ko");
    let trad = t
        .hanzi_traditional
        .filter(|tr| Some(*tr) != t.hanzi_simplified);
    let row = move |k: K, v: AnyView| view! { <dt>{move || k.get(lang.get())}</dt><dd>{v}</dd> };
    let hanzi_first = move || lang.get() == Lang::Zh;
    // The form the reader tapped (시찰, not the entry's first form 실사활동): the title, and what
    // "hear it" says. Units show their own form, since their occurrence is the whole figure.
    let form = t
        .occurrences
        .get(pos)
        .filter(|_| anchor.is_some() && t.category != Category::Unit)
        .map(|o| {
            &DATASET.article.sentences[o.sentence as usize].text[o.start as usize..o.end as usize]
        })
        .unwrap_or(t.forms[0]);
    // The sentence the card is about: the tapped one, else the term's first.
    let cite_si = anchor
        .map(|(si, _)| si)
        .or(t.occurrences.first().map(|o| o.sentence));
    let title = move || {
        if hanzi_first() {
            t.hanzi_simplified.unwrap_or(form)
        } else {
            form
        }
    };
    let subtitle = move || {
        if hanzi_first() {
            Some(form)
        } else {
            t.hanzi_simplified
        }
    };
    let note = move || t.note.map(|n| n.str(lang.get()));
    // Hanzi, pinyin and readings that are a guess say so wherever they show.
    let guess = t.confidence.is_guess();
    let guessed = move |v: AnyView| {
        view! {
            <span class:guess=guess>{v}{guess.then(|| view! {
                " " <abbr class="guess-mark" title=move || st.t(K::Guess)>"(?)"</abbr>
            })}</span>
        }
        .into_any()
    };
    let sk = t.sino_korean_sk.filter(|sk| Some(*sk) != t.sino_korean);
    // The form's own hanja, its syllables and its pronunciation (issue #22).
    let form_index = t.forms.iter().position(|f| *f == form).unwrap_or(0);
    let own_hanja = t.hanja.get(form_index).copied();
    let syllables = hanja::form_syllables(&DATASET, t, form_index);
    let pronunciation = StoredValue::new(pronounce::term_pronunciation(t, form));
    let false_friend = DATASET.term_false_friend(i as usize);
    let confidence = match t.confidence {
        Confidence::High => K::ConfidenceHigh,
        Confidence::Medium => K::ConfidenceMedium,
        Confidence::Low => K::ConfidenceLow,
        Confidence::Uncertain => K::ConfidenceUncertain,
    };
    let field = move |f: Field| -> Option<AnyView> {
        Some(match f {
            Field::Simplified => row(K::Simplified, guessed(view! { <span lang="zh-Hans" class="hanzi">{t.hanzi_simplified?}</span> }.into_any())),
            Field::Traditional => row(K::Traditional, guessed(view! { <span lang="zh-Hant" class="hanzi">{trad?}</span> }.into_any())),
            Field::Pinyin => row(K::Pinyin, guessed(view! { <span lang="zh-Latn-pinyin" class="pinyin">{t.pinyin?}</span> }.into_any())),
            // One row for the reading of the hanzi: as the article's orthography writes it, and
            // the South Korean form when the initial-sound law changes it (룡강 · 한국 표기 용강).
            Field::Reading => {
                let s = t.sino_korean?;
                row(K::SinoKorean, guessed(view! {
                    <span lang="ko">{s}{sk.map(|sk| view! { " · " {move || K::SinoKoreanSk.get(lang.get())} " " {sk} })}</span>
                }.into_any()))
            }
            Field::AsWritten => row(K::AsWritten, view! { <span lang="ko">{t.forms.join(" · ")}</span> }.into_any()),
            Field::Standard => row(K::StandardKorean, view! { <span lang="ko">{t.standard}</span> }.into_any()),
            Field::Gloss(Lang::Ko) => row(K::GlossKo, in_lang(t.gloss.ko.as_str(), "ko")),
            Field::Gloss(Lang::Zh) => row(K::GlossZh, in_lang(t.gloss.zh.as_str(), "zh-Hans")),
            Field::Gloss(Lang::En) => row(K::GlossEn, in_lang(t.gloss.en.as_str(), "en")),
            Field::OwnHanja => row(K::OwnHanja, view! { <span lang="ko-Hani" class="hanzi">{own_hanja?}</span> }.into_any()),
            Field::Pronunciation => row(K::Pronunciation, view! { <span lang="ko" class="pron">"[" {pronunciation.get_value()?} "]"</span> }.into_any()),
            Field::Confidence => row(K::Confidence, view! { <span class=format!("conf conf-{}", t.confidence.key())>{move || confidence.get(lang.get())}</span> }.into_any()),
        }.into_any())
    };
    view! {
        <header class="card-head">
            <p class="card-kind">{move || category_label(lang.get(), t.category)}</p>
            <h2 id=title_id class="card-title" lang=move || if hanzi_first() && t.hanzi_simplified.is_some() { "zh-Hans" } else { "ko" }>{title}{move || (guess && hanzi_first() && t.hanzi_simplified.is_some()).then_some(" (?)")}</h2>
            <p class="card-sub" lang=move || if hanzi_first() { "ko" } else { "zh-Hans" }>{subtitle}{move || (guess && !hanzi_first() && t.hanzi_simplified.is_some()).then_some(" (?)")}</p>
            {INTERACTIVE.then(|| save_star(st, t.id.to_string(), form, true))}
        </header>
        // What this reader came for first (`card_order`): the explanation in their language and
        // the note; for a Chinese reader the Chinese term and its pinyin too. The rest below.
        <dl class="card-fields card-lead">
            {move || card_order(lang.get()).0.iter().filter_map(|f| field(*f)).collect_view()}
        </dl>
        {move || note().map(|n| view! { <p class="card-note" lang=lang.get().html_lang()>{in_lang(n, lang.get().html_lang())}</p> })}
        {false_friend.map(|ff| false_friend_note(st, ff))}
        <dl class="card-fields">
            {move || card_order(lang.get()).1.iter().filter_map(|f| field(*f)).collect_view()}
        </dl>
        {(!syllables.is_empty()).then(|| syllables_view(st, syllables))}
        {sentence_translation(st, anchor.map(|(si, _)| si))}
        {t.ortho.iter().map(|&o| {
            let o = &DATASET.orthography[o as usize];
            view! { <p class="card-ortho"><strong>{move || st.t(if o.rule == OrthoRule::Typo { K::TypoInSource } else { K::OrthographyNote })}{move || lang.get().colon()}</strong>
                <span lang="ko">{o.form}" → "{o.standard}</span></p> }
        }).collect_view()}
        <div class="card-actions">
            {(hanzi_voice && t.hanzi_simplified.is_some()).then(|| view! {
                <button type="button" class="btn" on:click=move |_| browser::speak(t.hanzi_simplified.unwrap_or(""), "zh-CN")>
                    {speaker_icon()} {move || st.t(K::PronounceHanzi)}</button> })}
            {korean_voice.then(|| view! {
                <button type="button" class="btn" on:click=move |_| browser::speak(form, "ko-KR")>
                    {speaker_icon()} {move || st.t(K::PronounceKorean)}</button> })}
            // The whole sentence the word was met in, read by a Korean voice.
            {(korean_voice && cite_si.is_some()).then(|| view! {
                <button type="button" class="btn" data-speak="sentence" on:click=move |_| {
                    if let Some(si) = cite_si {
                        browser::speak(DATASET.article.sentences[si as usize].text.as_str(), "ko-KR");
                    }
                }>{speaker_icon()} {move || st.t(K::HearSentence)}</button> })}
        </div>
        {INTERACTIVE.then(|| cite_buttons(st, move || cite_si, || None, K::CopyCitation, dom_id::CITE_FIELD_CARD.to_string()))}
        {occurrence_nav(st, Target::Term(i), anchor)}
    }
}

#[component]
fn OrthoBody(i: u32, title_id: String) -> impl IntoView {
    let st = use_app();
    let o = &DATASET.orthography[i as usize];
    let explain = move || o.explain.str(st.lang.get());
    view! {
        <header class="card-head">
            <p class="card-kind">{move || st.t(if o.rule == OrthoRule::Typo { K::TypoInSource } else { K::OrthographyNote })}</p>
            <h2 id=title_id class="card-title" lang="ko">{o.form}" → "{o.standard}</h2>
        </header>
        <p class="card-note" lang=move || st.lang.get().html_lang()>{move || in_lang(explain(), st.lang.get().html_lang())}</p>
        <p class="card-note muted">{move || st.t(K::KeptAsPrinted)}</p>
    }
}

#[component]
fn FigureBody(i: u32, title_id: String) -> impl IntoView {
    let st = use_app();
    let f = &DATASET.figures[i as usize];
    let lang = st.lang;
    let s = &DATASET.article.sentences[f.sentence as usize];
    let span = &s.text[f.start as usize..f.end as usize];
    let label = move || f.label.str(lang.get());
    // As a reader says it, the qualifier where the language puts it ("120여 개 기업", "about
    // 120 firms", "120余家企业"); a Korean or Chinese amount in 억/亿 also in digits.
    let value_line = move || format::figure_value(f, lang.get());
    let digits = move || {
        let cur = Currency::from_unit(f.unit)?;
        (f.kind == FigureKind::Money && lang.get() != Lang::En)
            .then(|| format!("{} {}", format::grouped(f.value), cur.iso()))
    };
    let conversions = move || {
        let from = Currency::from_unit(f.unit)?;
        let year = format::period_year(f.period)?;
        let l = lang.get();
        let rate = DATASET.rate(year)?;
        let note = format::rate_note(&DATASET, year, l)?;
        let rows = Currency::ALL
            .into_iter()
            .filter(|c| *c != from)
            .filter_map(|c| format::convert(&DATASET, f.value, from, c, year).map(|v| (c, v)))
            .map(|(c, v)| {
                let approx = format::money_approx(v, c, l, format::Width::Long);
                view! { <li>{format::qualify(&approx, f.bound, l)}</li> }
            })
            .collect_view();
        Some(view! {
            <div class="money-note">
                {(f.unit == Unit::Cny).then(|| view! { <p class="unit-warning">{st.t(K::MoneyNote)}</p> })}
                <ul class="conversions">{rows}</ul>
                // "Approximate, at the 2017 average rate: US$1 = CNY 6.7518 = KRW 1,130.84."
                <p class="rate-source">{note}{(l != Lang::Zh).then_some(" ")}
                    {st.t(K::RateSource)}{l.colon()}
                    {[rate.source_usd_cny, rate.source_usd_krw].into_iter().enumerate().map(|(k, src)| {
                        let (text, in_lang) = describe::rate_source(src, year, l);
                        view! { {(k > 0).then_some(l.semicolon())}<span lang=in_lang.html_lang()>{text}</span> }
                    }).collect_view()}</p>
            </div>
        })
    };
    let in_chart = chart_point_of_figure(&DATASET, i).is_some();
    view! {
        <header class="card-head">
            <p class="card-kind">{move || st.t(K::FigureInText)}</p>
            <h2 id=title_id class="card-title">{label}</h2>
        </header>
        <dl class="card-fields">
            <dt>{move || st.t(K::AsStated)}</dt><dd lang="ko">{span}</dd>
            <dt>{move || st.t(K::Value)}</dt><dd>{value_line}
                {move || digits().map(|d| view! { <br/><small class="muted">{d}</small> })}</dd>
            <dt>{move || st.t(K::Period)}</dt><dd>{move || format::period(f.period, lang.get())}</dd>
        </dl>
        {conversions}
        {in_chart.then(|| view! {
            <div class="card-actions">
                <button type="button" class="btn" on:click=move |_| show_figure_in_chart(st, i)>
                    {move || st.t(K::PanelCharts)}" →"</button>
            </div>
        })}
        <p class="card-source"><span class="muted">{move || st.t(K::SourceSentence)}{move || lang.get().colon()}</span>
            <a href=format!("#{}", dom_id::sentence(f.sentence)) lang="ko" on:click=move |ev| {
                ev.prevent_default();
                go_to_sentence(st, f.sentence);
            }>{s.text.as_str()}</a></p>
        {sentence_translation(st, Some(f.sentence))}
        {INTERACTIVE.then(|| cite_buttons(st, move || Some(f.sentence), || None, K::CopyCitation, dom_id::CITE_FIELD_CARD.to_string()))}
    }
}

/// The occurrence counter and ‹ › of a term's or a learner word's card: which occurrence of
/// `target` the card is anchored at, and a step to the previous or next one in the text.
fn occurrence_nav(st: AppState, target: Target, anchor: Option<(u32, u32)>) -> impl IntoView {
    let lang = st.lang;
    let list = target.anchors(&DATASET);
    let n = list.len();
    let pos = anchor
        .and_then(|a| list.iter().position(|x| *x == a))
        .unwrap_or(0);
    let step = move |d: isize| {
        if n == 0 {
            return;
        }
        let k = ((pos as isize + d).rem_euclid(n as isize)) as usize;
        let (si, start) = list[k];
        browser::scroll_to_id(&dom_id::mark(si, start));
        open_card(st, target, Some((si, start)));
    };
    let step2 = step.clone();
    view! {
        <nav class="card-occ" aria-label=move || st.t(K::Occurrences)>
            <span class="occ-count">{move || st.t(K::Occurrences)}{move || lang.get().colon()}
                {move || st.t(K::OccurrenceNOfM).replace("{n}", &(pos + 1).to_string()).replace("{m}", &n.to_string())}</span>
            <button type="button" class="btn" on:click=move |_| step(-1) disabled=n < 2
                aria-label=move || st.t(K::PreviousOccurrence)>"‹"</button>
            <button type="button" class="btn" on:click=move |_| step2(1) disabled=n < 2
                aria-label=move || st.t(K::NextOccurrence)>"›"</button>
        </nav>
    }
}

/// Where the Korean word and the same hanzi in Chinese mean different things (소통 疏通: Chinese
/// 沟通), said in the reader's language.
fn false_friend_note(st: AppState, ff: &'static FalseFriend) -> impl IntoView {
    view! {
        <p class="false-friend" lang=move || st.lang.get().html_lang()>
            <strong>{move || st.t(K::FalseFriend)}" · "<span lang="ko-Hani">{ff.hanja}</span>{move || st.lang.get().colon()}</strong>
            {move || in_lang(ff.note.str(st.lang.get()), st.lang.get().html_lang())}
        </p>
    }
}

/// The word syllable by syllable: each syllable's hanja as Korean writes it, its 훈음 (meaning
/// and sound), the simplified form with its pinyin, and an English meaning (issue #22).
fn syllables_view(st: AppState, syllables: Vec<Syllable>) -> impl IntoView {
    view! {
        <section class="syllables" aria-label=move || st.t(K::Syllables)>
            <p class="syllables-title">{move || st.t(K::Syllables)}</p>
            <ol class="syllable-list">
                {syllables.into_iter().map(|s| view! {
                    <li class="syllable">
                        <span class="syl-top"><span class="syl-hangul" lang="ko">{s.hangul}</span>
                            <span class="syl-hanja" lang="ko-Hani">{s.hanja}</span></span>
                        <span class="syl-hunum" lang="ko">{s.hunum}</span>
                        <span class="syl-zh"><span lang="zh-Hans">{s.simplified}</span>" "
                            <span class="pinyin" lang="zh-Latn-pinyin">{s.pinyin}</span></span>
                        <span class="syl-en" lang="en">{s.meaning_en}</span>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// A word of the learner layer (협력, 중소기업): a light card — its gloss in the reader's
/// language, its own hanja, the Chinese word a Chinese reader uses, pronunciation, a false
/// friend where there is one, the other glosses and its syllables (as a term's card shows them).
#[component]
fn LearnerBody(i: u32, anchor: Option<(u32, u32)>, title_id: String) -> impl IntoView {
    let st = use_app();
    let lang = st.lang;
    let w = &DATASET.learner[i as usize];
    let si = anchor
        .map(|(si, _)| si)
        .or(w.occurrences.first().map(|o| o.sentence));
    let hanzi_first = move || lang.get() == Lang::Zh;
    let pron = pronounce::pronounce(w.word);
    let ff = DATASET.learner_false_friend(i as usize);
    let syllables = hanja::learner_syllables(&DATASET, w);
    let row = move |k: K, v: AnyView| view! { <dt>{move || k.get(lang.get())}</dt><dd>{v}</dd> };
    let korean_voice = INTERACTIVE && browser::has_voice("ko");
    view! {
        <header class="card-head">
            <p class="card-kind">{move || st.t(K::LearnerWordKind)}</p>
            <h2 id=title_id class="card-title" lang=move || if hanzi_first() { "zh-Hans" } else { "ko" }>
                {move || if hanzi_first() { w.zh } else { w.word }}</h2>
            <p class="card-sub" lang=move || if hanzi_first() { "ko" } else { "ko-Hani" }>
                {move || if hanzi_first() { w.word } else { w.hanja }}</p>
            {INTERACTIVE.then(|| save_star(st, words::learner_id(w.word), w.word, true))}
        </header>
        <dl class="card-fields card-lead">
            {move || {
                let l = lang.get();
                row(l.pick(K::GlossKo, K::GlossZh, K::GlossEn), in_lang(w.gloss.str(l), l.html_lang()))
            }}
        </dl>
        {ff.map(|ff| false_friend_note(st, ff))}
        <dl class="card-fields">
            {row(K::OwnHanja, view! { <span lang="ko-Hani" class="hanzi">{w.hanja}</span> }.into_any())}
            {row(K::ChineseEquivalent, view! { <span lang="zh-Hans" class="hanzi">{w.zh}</span>" "
                <span lang="zh-Latn-pinyin" class="pinyin">{w.pinyin}</span> }.into_any())}
            {row(K::Pronunciation, view! { <span lang="ko" class="pron">"[" {pron} "]"</span> }.into_any())}
            {move || {
                let l = lang.get();
                [(Lang::Ko, K::GlossKo, w.gloss.ko.as_str(), "ko"), (Lang::Zh, K::GlossZh, w.gloss.zh.as_str(), "zh-Hans"), (Lang::En, K::GlossEn, w.gloss.en.as_str(), "en")]
                    .into_iter()
                    .filter(|(g, ..)| *g != l)
                    .map(|(_, k, text, tag)| row(k, in_lang(text, tag)))
                    .collect_view()
            }}
        </dl>
        {(!syllables.is_empty()).then(|| syllables_view(st, syllables))}
        {sentence_translation(st, si)}
        <div class="card-actions">
            {korean_voice.then(|| view! {
                <button type="button" class="btn" on:click=move |_| browser::speak(w.word, "ko-KR")>
                    {speaker_icon()} {move || st.t(K::PronounceKorean)}</button> })}
        </div>
        {INTERACTIVE.then(|| cite_buttons(st, move || si, || None, K::CopyCitation, dom_id::CITE_FIELD_CARD.to_string()))}
        {occurrence_nav(st, Target::Learner(i), anchor)}
    }
}

/// The card's sentence in this edition's translation, for a reader whose interface is Chinese
/// or English: the translation of the very sentence tapped, on demand (a Korean reader reads the
/// original). Marked as this edition's, as the parallel view is.
fn sentence_translation(st: AppState, si: Option<u32>) -> impl IntoView {
    move || {
        let lang = st.lang.get();
        let text = describe::translation(&DATASET.article.sentences[si? as usize], lang)?;
        Some(view! {
            // (A Korean name in it is tagged Korean and keeps its syllables together: 김상우.)
            <p class="card-translation"><span class="muted">{st.t(K::SentenceTranslation)}{lang.colon()}</span>
                {in_lang(text, lang.html_lang())}</p>
        })
    }
}

/// A speaker drawn in SVG (the 🔊 emoji is an empty box where the font lacks it).
fn speaker_icon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor"/>
            <path d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round"/>
        </svg>
    }
}
