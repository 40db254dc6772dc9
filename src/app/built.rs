//! The build step's renderer (feature `ssr`): the app's own components, rendered to HTML on the
//! host by `examples/prerender.rs` and written into the page by Trunk's post_build hook. What the
//! reader sees first is this HTML — the annotated article and the card of every mark, which opens
//! as a native popover before the wasm has started and without JavaScript — and the app takes the
//! page over when it mounts (`app::mount`). One renderer: the same `ArticleView` and card bodies
//! as the app's, in the default view (Korean interface, plain display mode).

use crate::app::components::article_view::ArticleView;
use crate::app::components::term_card::BuiltCards;
use crate::app::dom_id;
use crate::app::state::provide_app_state;
use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::i18n::Lang;
use crate::core::url_state::{Marks, UrlState};
use leptos::prelude::*;

/// The article as the app renders it, with the card of every mark as a native popover right
/// after the paragraph (or heading) of the mark's first occurrence, so that on a slow network the
/// first paragraph's cards arrive with it and a tap on its words answers before the rest of the
/// page has loaded (measured with `../shared/bench/measure-phone.mjs`: all cards after the
/// article, the first tap answered ~400 ms after the first paint). Closed popovers are not
/// rendered, so where they sit in the page changes nothing on screen.
///
/// # Panics
/// If a paragraph's element is missing from what `ArticleView` rendered (a build-time error).
pub fn article_with_cards() -> String {
    Owner::new().with(|| {
        provide_app_state(UrlState::default(), Lang::Ko);
        let mut html = view! { <ArticleView/> }.to_html();
        let paragraphs = DATASET.article.paragraphs;
        let mut groups: Vec<Vec<Target>> = vec![Vec::new(); paragraphs.len()];
        for (p, target) in card_targets() {
            groups[p].push(target);
        }
        // From the last paragraph back, so the offsets found are not moved by an insertion.
        for (pi, targets) in groups.into_iter().enumerate().rev() {
            if targets.is_empty() {
                continue;
            }
            let open = format!(" id=\"{}\"", dom_id::paragraph(pi));
            let at = html
                .find(&open)
                .unwrap_or_else(|| panic!("built article: no element with{open}"));
            let end = ["</p>", "</h2>"]
                .iter()
                .filter_map(|close| html[at..].find(close).map(|i| at + i + close.len()))
                .min()
                .unwrap_or_else(|| panic!("built article: the element with{open} is not closed"));
            let cards = view! { <BuiltCards targets=targets/> }.to_html();
            html.insert_str(end, &cards);
        }
        html
    })
}

/// The same cards in another interface language (`lang`), in page order, for the page to put in
/// place of the built ones before the wasm has started (boot.js fetches them for a reader whose
/// address or browser asks for Chinese or English: issue #19, "the card speaks the interface
/// language first"). The same component, in the state the app starts in for that reader.
pub fn cards_in(lang: Lang) -> String {
    Owner::new().with(|| {
        provide_app_state(UrlState::default(), lang);
        let targets = card_targets().into_iter().map(|(_, t)| t).collect();
        view! { <BuiltCards targets=targets/> }.to_html()
    })
}

/// The targets the built page's marks open, each with the paragraph of its first occurrence.
/// Only cards a mark opens: the built page is the quiet reading (the Korean reader's default),
/// whose plain words open none.
fn card_targets() -> Vec<(usize, Target)> {
    let mut seen: Vec<(usize, Target)> = Vec::new();
    for s in DATASET.article.sentences {
        for m in s
            .marks
            .iter()
            .filter(|m| Marks::Quiet.shows(&DATASET, m.target))
        {
            if !seen.iter().any(|(_, t)| *t == m.target) {
                seen.push((s.paragraph as usize, m.target));
            }
        }
    }
    seen
}

/// The glossary's built page in `lang` (issue #24): every entry, each opening its card as a
/// native popover, rendered by the app's glossary and card components. For
/// `examples/prerender.rs --embeds`.
pub fn glossary_in(lang: Lang) -> String {
    use crate::app::components::glossary_panel::BuiltGlossary;
    Owner::new().with(|| {
        provide_app_state(UrlState::default(), lang);
        let targets: Vec<Target> = (0..DATASET.terms.len() as u32).map(Target::Term).collect();
        view! {
            <BuiltGlossary/>
            <BuiltCards targets=targets/>
        }
        .to_html()
        .replace("<!>", "")
    })
}
