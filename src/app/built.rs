//! The build step's renderer (feature `ssr`): the app's own components, rendered to HTML on the
//! host by `examples/prerender.rs` and written into the page by Trunk's post_build hook. What the
//! reader sees first is this HTML — the annotated article and the card of every mark, which opens
//! as a native popover before the wasm has started and without JavaScript — and the app takes the
//! page over when it mounts (`app::mount`). One renderer: the same `ArticleView` and card bodies
//! as the app's, in the default view (Korean interface, plain display mode).

use crate::app::components::article_view::ArticleView;
use crate::app::components::term_card::BuiltCards;
use crate::app::state::provide_app_state;
use crate::core::i18n::Lang;
use crate::core::url_state::UrlState;
use leptos::prelude::*;

/// The article as the app renders it, and the cards its marks open: (article, cards) HTML.
pub fn article_and_cards() -> (String, String) {
    Owner::new().with(|| {
        provide_app_state(UrlState::default(), Lang::Ko);
        let article = view! { <ArticleView/> }.to_html();
        let cards = view! { <BuiltCards/> }.to_html();
        (article, cards)
    })
}
