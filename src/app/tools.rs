//! The tools beside the article (below it on a phone): the glossary, people, charts, saved
//! words and sharing panels, one at a time, under a row of tabs. An embed of the whole explorer
//! starts with them folded into a bar under the article, a button per panel; a single part
//! (`?view=`) has no tabs, there being nothing to switch to.

use crate::app::components::charts_panel::ChartsPanel;
use crate::app::components::glossary_panel::GlossaryPanel;
use crate::app::components::people_panel::PeoplePanel;
use crate::app::components::share_panel::SharePanel;
use crate::app::components::words_panel::WordsPanel;
use crate::app::state::{use_app, AppState};
use crate::app::{actions, browser, dom_id};
use crate::core::i18n::K;
use crate::core::url_state::Panel;
use leptos::prelude::*;

/// A panel's name, on its tab and its button in the folded bar.
pub fn panel_key(p: Panel) -> K {
    match p {
        Panel::Glossary => K::PanelGlossary,
        Panel::People => K::PanelPeople,
        Panel::Charts => K::PanelCharts,
        Panel::Words => K::PanelWords,
        Panel::Share => K::PanelShare,
    }
}

/// The tab `key` moves to from the tab of `p` (ArrowRight and ArrowLeft, round the row).
pub fn tab_after_key(p: Panel, key: &str) -> Option<Panel> {
    let all = Panel::ALL;
    let i = all.iter().position(|x| *x == p).unwrap_or(0);
    match key {
        "ArrowRight" => Some(all[(i + 1) % all.len()]),
        "ArrowLeft" => Some(all[(i + all.len() - 1) % all.len()]),
        _ => None,
    }
}

/// The tabs, one per panel; the arrow keys move between them.
fn tab_buttons(st: AppState) -> impl IntoView {
    Panel::ALL
        .into_iter()
        .map(|p| {
            view! {
                <button type="button" role="tab" id=dom_id::tab(p) class="tab"
                    aria-selected=move || (st.panel.get() == p).to_string()
                    aria-controls=dom_id::TOOL_PANEL
                    tabindex=move || if st.panel.get() == p { "0" } else { "-1" }
                    on:click=move |_| actions::show_panel(st, p)
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        let Some(n) = tab_after_key(p, &ev.key()) else {
                            return;
                        };
                        ev.prevent_default();
                        actions::show_panel(st, n);
                        browser::focus_id(&dom_id::tab(n));
                    }>
                    {move || st.t(panel_key(p))}
                </button>
            }
        })
        .collect_view()
}

/// The folded tools' bar: a button per panel, each unfolding the tools on its panel.
fn bar_buttons(st: AppState) -> impl IntoView {
    Panel::ALL
        .into_iter()
        .map(|p| {
            view! {
                <button type="button" class="btn" id=dom_id::tools_bar_button(p)
                    aria-expanded="false" aria-controls=dom_id::TOOL_PANEL
                    on:click=move |_| {
                        actions::show_panel(st, p);
                        request_animation_frame(move || browser::focus_id(&dom_id::tab(p)));
                    }>
                    {move || st.t(panel_key(p))}
                </button>
            }
        })
        .collect_view()
}

/// The tools: the folded bar, or the tabs (with the fold button where the tools fold) and the
/// panel shown. The panel is rendered once `ready` (the article is painted first).
#[component]
pub fn Tools(ready: ReadSignal<bool>) -> impl IntoView {
    let st = use_app();
    let embed = st.embed.get_value();
    let has_tabs = embed.has_tabs();
    let folds = embed.folds_tools();
    let folded = move || folds && !st.tools_open.get();
    // The tabs (and their tab panel) are there when the page has several parts and they are not
    // folded; the bar when they are.
    let tabs_shown = move || has_tabs && !folded();
    view! {
        <aside class="tools" id=dom_id::TOOLS tabindex="-1" aria-label=move || st.t(K::Panels)>
            {move || (has_tabs && folded()).then(|| view! {
                <div class="tools-bar" role="group" aria-label=move || st.t(K::Panels)>
                    {move || bar_buttons(st)}
                </div>
            })}
            {move || tabs_shown().then(|| view! {
                <div class="tabs-row">
                    <div class="tabs" role="tablist" aria-label=move || st.t(K::Panels)>{move || tab_buttons(st)}</div>
                    {folds.then(|| view! {
                        <button type="button" class="btn tools-fold" aria-expanded="true"
                            aria-controls=dom_id::TOOL_PANEL
                            on:click=move |_| {
                                actions::fold_tools(st);
                                request_animation_frame(move || {
                                    browser::focus_id(&dom_id::tools_bar_button(st.panel.get_untracked()));
                                });
                            }>{move || st.t(K::FoldTools)}</button>
                    })}
                </div>
            })}
            <div id=dom_id::TOOL_PANEL role=move || tabs_shown().then_some("tabpanel")
                aria-labelledby=move || tabs_shown().then(|| dom_id::tab(st.panel.get()))>
                {move || (ready.get() && !folded()).then(|| match st.panel.get() {
                    Panel::Glossary => view! { <GlossaryPanel/> }.into_any(),
                    Panel::People => view! { <PeoplePanel/> }.into_any(),
                    Panel::Charts => view! { <ChartsPanel/> }.into_any(),
                    Panel::Words => view! { <WordsPanel/> }.into_any(),
                    Panel::Share => view! { <SharePanel/> }.into_any(),
                })}
            </div>
        </aside>
    }
}
