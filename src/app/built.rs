//! The build step's renderer (feature `ssr`): the app's own components, rendered to HTML on the
//! host by `examples/prerender.rs` and written into the page by Trunk's post_build hook. What the
//! reader sees first is this HTML — the annotated article and the card of every mark, which opens
//! as a native popover before the wasm has started and without JavaScript — and the app takes the
//! page over when it mounts (`app::mount`). One renderer: the same `ArticleView` and card bodies
//! as the app's, in the default view (Korean interface, plain display mode).

use crate::app::components::article_view::ArticleView;
use crate::app::components::header::Header;
use crate::app::components::term_card::BuiltCards;
use crate::app::dom_id;
use crate::app::state::provide_app_state;
use crate::app::text::in_lang;
use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::describe;
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
        for (p, target) in card_targets(Marks::Quiet) {
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

/// The page's chrome as the app starts for a reader of `lang`: its top bar (`Header`) and the
/// reader's switches over the article (`app::reader_controls`), so that the built page holds the
/// app's places for them at every width and the article does not move when the app takes over
/// (a fixed room moved it 76 px at 360 px). Until then the stylesheet keeps the switches out of
/// sight (`.shell`): they need the app.
pub fn chrome_in(lang: Lang) -> (String, String) {
    Owner::new().with(|| {
        provide_app_state(UrlState::default(), lang);
        (
            view! { <Header/> }.to_html(),
            crate::app::reader_controls().to_html(),
        )
    })
}

/// The article's credit line in `lang` (`describe::credit`), a Korean name in it tagged as the
/// app's footer tags it (`text::in_lang`): for the built charts panel.
pub fn credit_in(lang: Lang) -> String {
    in_lang(&describe::credit(&DATASET, lang), lang.html_lang()).to_html()
}

/// Between the paragraphs and the cards in what [`reading_in`] writes.
pub const CARDS_MARKER: &str = "<!-- cards -->";

/// The page as the app starts for a reader whose address or browser asks for another interface
/// language (`lang`), for the page to put in place of the Korean reader's before the wasm has
/// started (boot.js fetches it: issue #19, "the card speaks the interface language first", and
/// "the wasm takes the page over instead of replacing it"): the top bar and the reader's switches
/// (`chrome_in`) and the article's header in that language, the article's paragraphs as that
/// reader's default reading marks them (every term and figure; the page's are the Korean reader's
/// quiet reading), then, after [`CARDS_MARKER`], the card of every mark, in that language. The same components, in the state the app starts in for that reader, so the app
/// takes these paragraphs over as its own (`article_view::keep_built`) instead of rendering the
/// article again.
///
/// # Panics
/// If `ArticleView` rendered no article body (a build-time error).
pub fn reading_in(lang: Lang) -> String {
    Owner::new().with(|| {
        provide_app_state(UrlState::default(), lang);
        let article = view! { <ArticleView/> }.to_html();
        let paragraphs = body_of(&article)
            .unwrap_or_else(|| panic!("built reading ({lang:?}): no article body"))
            .to_string();
        let targets = card_targets(Marks::default_for(lang))
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        let cards = view! { <BuiltCards targets=targets/> }.to_html();
        let head = article_header_of(&article)
            .unwrap_or_else(|| panic!("built reading ({lang:?}): no article header"));
        let (topbar, controls) = chrome_in(lang);
        format!("{topbar}\n{controls}\n{head}\n{paragraphs}\n{CARDS_MARKER}\n{cards}")
    })
}

/// `html`'s article header (`<header class="article-header">…</header>`: the title, the source,
/// the notes, the key to the marks), whole.
fn article_header_of(html: &str) -> Option<&str> {
    let open = html.find("<header class=\"article-header\"")?;
    let end = open + html[open..].find("</header>")? + "</header>".len();
    Some(&html[open..end])
}

/// What `html`'s article body (`<div class="article-body">`) holds: its paragraphs and headings.
fn body_of(html: &str) -> Option<&str> {
    let open = html.find("<div class=\"article-body\"")?;
    let start = open + html[open..].find('>')? + 1;
    // The body's own `</div>`: the first one that closes more than the body opened.
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let next_open = html[at..].find("<div").map(|i| at + i);
        let next_close = at + html[at..].find("</div>")?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + 4;
            }
            _ if depth == 0 => return Some(&html[start..next_close]),
            _ => {
                depth -= 1;
                at = next_close + 6;
            }
        }
    }
}

/// The targets the marks of the reading `marks` open, each with the paragraph of its first
/// occurrence. Only cards a mark opens: the quiet reading (the Korean reader's default, the built
/// page's) leaves some words plain, which open none.
fn card_targets(marks: Marks) -> Vec<(usize, Target)> {
    let mut seen: Vec<(usize, Target)> = Vec::new();
    for s in DATASET.article.sentences {
        for m in s.marks.iter().filter(|m| marks.shows(&DATASET, m.target)) {
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
