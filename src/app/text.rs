//! Text in a language: a Chinese or English explanation may quote Korean words (朝鲜语“교역액”);
//! those runs get `lang="ko"`, so a screen reader switches voice and fonts pick Hangul glyphs.
//! Also names shared by several components (a glossary category, an embed's title).

use crate::charts;
use crate::core::dataset::model::Category;
use crate::core::dataset::DATASET;
use crate::core::i18n::{hangul_runs, Lang, K};
use crate::core::url_state::View;
use leptos::prelude::*;

/// `text` in a `<span lang=…>`, with any Korean quoted in a Chinese or English text tagged (a
/// name in a credit line too: 编译：진종호).
pub fn in_lang(text: &str, lang: &'static str) -> AnyView {
    if lang == "ko" {
        return view! { <span lang="ko">{text.to_string()}</span> }.into_any();
    }
    let runs = hangul_runs(text);
    if runs.iter().all(|(k, _)| !k) {
        return view! { <span lang=lang>{text.to_string()}</span> }.into_any();
    }
    view! {
        <span lang=lang>{runs.into_iter().map(|(korean, run)| if korean {
            view! { <span lang="ko">{run.to_string()}</span> }.into_any()
        } else {
            run.to_string().into_any()
        }).collect_view()}</span>
    }
    .into_any()
}

/// A glossary category's name in the interface language (the card's kind line, the glossary's
/// group headings).
pub fn category_label(lang: Lang, c: Category) -> &'static str {
    match c {
        Category::Place => K::CatPlace,
        Category::Organisation => K::CatOrganisation,
        Category::Policy => K::CatPolicy,
        Category::Economy => K::CatEconomy,
        Category::Term => K::CatTerm,
        Category::Title => K::CatTitle,
        Category::Person => K::CatPerson,
        Category::Unit => K::CatUnit,
        Category::Event => K::CatEvent,
        Category::Document => K::CatDocument,
    }
    .get(lang)
}

/// The embed's title, one for both snippets: the app's name and what the embed shows, named as
/// a screen reader announces the frame ("Glossary", not the menu's "Glossary only").
pub fn embed_title(view: Option<View>, lang: Lang) -> String {
    let what = match view {
        None | Some(View::Reader) => DATASET.article.title.ko.as_str(),
        Some(View::Glossary) => K::PanelGlossary.get(lang),
        Some(View::Charts) => K::PanelCharts.get(lang),
        Some(View::Chart(c)) => charts::points::title(c).get(lang),
    };
    format!("{} · {what}", K::AppName.get(lang))
}
