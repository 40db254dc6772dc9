//! Landing: what a freshly loaded link brings into view (`core::url_state::Landing`), once the
//! tools panel is rendered and laid out. Inside a frame nothing is scrolled (an embed must not
//! move its host page on load), nor once the reader has scrolled the built page; a linked card
//! still opens. `plan` decides (pure, tested on the host); `land_when_ready` does it.

use crate::app::actions;
use crate::app::state::AppState;
use crate::app::{browser, dom_id, takeover};
use crate::core::dataset::model::Target;
use crate::core::url_state::{ChartId, Landing};
use leptos::prelude::*;

/// Where in the view a scrolled-to element lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Start,
    Center,
}

impl Block {
    fn to_web(self) -> web_sys::ScrollLogicalPosition {
        match self {
            Block::Start => web_sys::ScrollLogicalPosition::Start,
            Block::Center => web_sys::ScrollLogicalPosition::Center,
        }
    }
}

/// What landing does, in this order: scroll an element (by DOM id) into view, then open a card
/// (a target, at a mark if known).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub scroll: Option<(String, Block)>,
    pub card: Option<(Target, Option<(u32, u32)>)>,
}

/// What landing on `landing` does. `may_scroll`: the page is at the top of its own window (not
/// in a frame) and the reader has not scrolled it yet. `tools_out_of_sight` says whether the
/// tools panel starts low in the view (below the article on a phone); asked only for a panel.
pub fn plan(landing: Landing, may_scroll: bool, tools_out_of_sight: impl FnOnce() -> bool) -> Plan {
    let scroll = match landing {
        Landing::Top => None,
        Landing::Term { anchor, .. } => {
            anchor.map(|(si, start)| (dom_id::mark(si, start), Block::Center))
        }
        Landing::Sentence(s) => Some((dom_id::sentence(s), Block::Center)),
        Landing::Chart(c) => {
            let block = if c == ChartId::Key {
                Block::Start
            } else {
                Block::Center
            };
            Some((dom_id::chart(c), block))
        }
        // The panel's start, where it is out of sight; beside the article it is already in view.
        Landing::Panel(_) => {
            (may_scroll && tools_out_of_sight()).then(|| (dom_id::TOOLS.to_string(), Block::Start))
        }
    };
    let card = match landing {
        Landing::Term { term, anchor } => Some((Target::Term(term), anchor)),
        _ => None,
    };
    Plan {
        scroll: scroll.filter(|_| may_scroll),
        card,
    }
}

/// Lands on `landing` now (see `plan`).
fn land(st: AppState, landing: Landing, framed: bool) {
    // The page built at build time is readable before the app lands: a reader who has already
    // scrolled it is not thrown elsewhere (nor is one whose position the browser restored).
    let moved = window().scroll_y().unwrap_or(0.0) > 1.0;
    let plan = plan(landing, !framed && !moved, || {
        let (_, vh) = browser::viewport();
        browser::rect_of(dom_id::TOOLS).is_some_and(|r| r.top() > vh * 0.6)
    });
    if let Some((id, block)) = plan.scroll {
        browser::scroll_into_view_now(&id, block.to_web());
    }
    if let Some((target, anchor)) = plan.card {
        actions::open_card(st, target, anchor);
    }
}

/// Once `ready` (the tools panel rendered), waits two frames (the panel renders, then it is laid
/// out) and lands; then a card the reader left open on the built page opens as the app's own.
pub fn land_when_ready(st: AppState, landing: Landing, framed: bool, ready: ReadSignal<bool>) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !ready.get() {
            return done.unwrap_or(false);
        }
        request_animation_frame(move || {
            request_animation_frame(move || {
                land(st, landing, framed);
                takeover::reopen_built_card(st);
            });
        });
        true
    });
}
