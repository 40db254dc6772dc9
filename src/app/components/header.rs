//! The top bar: name, interface language, text size, theme; and the reader's switches (display
//! mode, translation, learner layer).

use crate::app::actions::{keep_place, store_text_size};
use crate::app::dom_id;
use crate::app::state::use_app;
use crate::core::i18n::{Lang, K};
use crate::core::text_size;
use crate::core::url_state::{Mode, Theme};
use leptos::prelude::*;

fn mode_key(m: Mode) -> K {
    match m {
        Mode::Plain => K::ModePlain,
        Mode::Hanzi => K::ModeHanzi,
        Mode::Pinyin => K::ModePinyin,
        Mode::Standard => K::ModeStandard,
    }
}

/// The display-mode control: a radio group styled as segments.
#[component]
pub fn ModeSwitch() -> impl IntoView {
    let st = use_app();
    view! {
        <fieldset class="segmented" id=dom_id::MODE_SWITCH>
            <legend class="visually-hidden">{move || st.t(K::DisplayMode)}</legend>
            <div class="segments">
            {Mode::ALL.into_iter().map(|m| view! {
                <label class="segment" class:on=move || st.mode.get() == m>
                    <input type="radio" name="mode" value=m.code()
                        prop:checked=move || st.mode.get() == m
                        on:change=move |_| keep_place(st, move || st.mode.set(m))/>
                    <span>{move || st.t(mode_key(m))}</span>
                </label>
            }).collect_view()}
            </div>
        </fieldset>
    }
}

/// The translation control: the article alone, or with this edition's Chinese or English
/// translation under each paragraph.
#[component]
pub fn TranslationSwitch() -> impl IntoView {
    let st = use_app();
    let options = [None, Some(Lang::Zh), Some(Lang::En)];
    view! {
        <fieldset class="segmented" id=dom_id::TRANSLATION_SWITCH>
            <legend>{move || st.t(K::Translation)}</legend>
            <div class="segments">
            {options.into_iter().map(|o| view! {
                <label class="segment" class:on=move || st.translation.get() == o>
                    <input type="radio" name="translation" value=o.map(Lang::code).unwrap_or("off")
                        prop:checked=move || st.translation.get() == o
                        on:change=move |_| keep_place(st, move || st.translation.set(o))/>
                    // Named in the interface language (the language switch names each
                    // language in itself: that one chooses the interface).
                    <span>{move || st.t(match o {
                        None => K::TranslationOff,
                        Some(Lang::Zh) => K::TranslationZh,
                        Some(_) => K::TranslationEn,
                    })}</span>
                </label>
            }).collect_view()}
            </div>
        </fieldset>
    }
}

/// The learner layer's switch: every Sino-Korean word of the article marked for a tap, with a
/// light card (issue #22). Off by default: a Korean reader's reading stays quiet.
#[component]
pub fn LearnerSwitch() -> impl IntoView {
    let st = use_app();
    view! {
        <button type="button" class="chip learner-switch" id=dom_id::LEARNER_SWITCH
            aria-pressed=move || st.learner.get().to_string()
            title=move || st.t(K::LearnerLayerHint)
            on:click=move |_| keep_place(st, move || st.learner.update(|on| *on = !*on))>
            {move || st.t(K::LearnerLayer)}
        </button>
    }
}

/// The text size of the article and the cards (issue #20): 가− / 가+, named in the interface
/// language, in steps from 90 % to 140 %, kept in this browser for the next visit. At either end
/// its button says so (`aria-disabled`) and keeps the focus.
#[component]
pub fn TextSizeSwitch() -> impl IntoView {
    let st = use_app();
    let button = move |larger: bool| {
        let (id, key, glyph, end) = if larger {
            (dom_id::TEXT_LARGER, K::TextLarger, "가+", text_size::MAX)
        } else {
            (dom_id::TEXT_SMALLER, K::TextSmaller, "가−", text_size::MIN)
        };
        view! {
            // Named by hidden text, not aria-label: a name that does not contain the visible
            // text ("가+") fails WCAG 2.5.3 (axe's label-content-name-mismatch).
            <button type="button" class="chip" id=id
                title=move || format!("{}{}", st.t(key), st.lang.get().bracketed(format!("{}%", st.text_size.get())))
                aria-disabled=move || (st.text_size.get() == end).to_string()
                on:click=move |_| {
                    let size = text_size::step(st.text_size.get_untracked(), larger);
                    keep_place(st, move || st.text_size.set(size));
                    store_text_size(size);
                }>
                <span aria-hidden="true" lang="ko">{glyph}</span>
                <span class="visually-hidden">{move || st.t(key)}</span>
            </button>
        }
    };
    view! {
        <div class="text-size" role="group" aria-label=move || st.t(K::TextSize)>
            {button(false)}
            {button(true)}
        </div>
    }
}

/// The header with brand and settings.
#[component]
pub fn Header() -> impl IntoView {
    let st = use_app();
    let theme_label = move || {
        let k = match st.theme.get() {
            Theme::Auto => K::ThemeAuto,
            Theme::Light => K::ThemeLight,
            Theme::Dark => K::ThemeDark,
        };
        format!("{}{}{}", st.t(K::Theme), st.lang.get().colon(), st.t(k))
    };
    let embed = st.embed.get_value().on;
    view! {
        <header class="topbar" class:compact=embed>
            <div class="brand">
                <span class="brand-name">{move || st.t(K::AppName)}</span>
                {(!embed).then(|| view! { <span class="brand-tagline">{move || { let a = crate::core::dataset::DATASET.article; a.tagline.str(st.lang.get()) }}</span> })}
            </div>
            <div class="settings">
                <div class="lang-switch" role="group" aria-label=move || st.t(K::InterfaceLanguage)>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <button type="button" class="chip" lang=l.html_lang()
                            aria-pressed=move || (st.lang.get() == l).to_string()
                            on:click=move |_| st.lang_choice.set(Some(l))>{l.native_name()}</button>
                    }).collect_view()}
                </div>
                <TextSizeSwitch/>
                <button type="button" class="chip theme-toggle" id=dom_id::THEME_TOGGLE
                    aria-label=theme_label title=theme_label
                    on:click=move |_| st.theme.update(|t| *t = match t {
                        Theme::Auto => Theme::Light,
                        Theme::Light => Theme::Dark,
                        Theme::Dark => Theme::Auto,
                    })>
                    {move || match st.theme.get() { Theme::Auto => "◐", Theme::Light => "☀", Theme::Dark => "☾" }}
                </button>
            </div>
        </header>
    }
}
