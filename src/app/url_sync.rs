//! URL ⇄ state. The URL says the view (a deep link, a shared link, a reload keeps it), but no
//! change of view adds a history entry: it replaces the current one, so Back leaves the article
//! as on any news page (a reader who opened four cards by hovering needed five Backs to leave,
//! each reopening an old card out of sight). The URL is written right after the next frame: the
//! write need not hold back the frame that shows what changed (a card opening, a tooltip;
//! measured: card open 45 -> 36 ms median at 4x throttle). One write per frame, of the state as
//! it is then (never an older snapshot). A navigation (back, a link, an edited fragment) is
//! applied to the state.
//!
//! [`UrlSync`] decides (pure, tested on the host); [`sync_url`] wires it to the state's effect,
//! the browser's location and its navigation events.

use crate::app::browser;
use crate::app::state::AppState;
use crate::core::dataset::DATASET;
use crate::core::url_state::{is_state_fragment, UrlState};
use leptos::prelude::*;

/// A page location as (`location.search`, `location.hash`).
pub type Location = (String, String);

/// What the app knows of the URL between writes: the state to write, the URL as the app last
/// read or wrote it, and whether a write is scheduled. A write that finds another URL there (a
/// navigation came in between: back, a link, a test driver) gives way to it: the navigation's
/// own handler applies it, and that change is written in its turn.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlSync {
    last: UrlState,
    seen: Location,
    pending: bool,
}

/// What a navigation asks of the app ([`UrlSync::navigated`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Nav {
    /// An in-page anchor (`#s-p09s2` from a data table): the browser has scrolled to it; the
    /// view state stays, and the URL that says it is written back as (search, hash).
    Restore(String, String),
    /// A view state: apply it to the signals.
    Apply(UrlState),
}

impl UrlSync {
    /// At mount: the state as it is, at the location the page was loaded with.
    pub fn new(now: UrlState, seen: Location) -> Self {
        UrlSync {
            last: now,
            seen,
            pending: false,
        }
    }

    /// The state to write when the next write is due.
    pub fn last(&self) -> &UrlState {
        &self.last
    }

    /// Is a write scheduled?
    pub fn pending(&self) -> bool {
        self.pending
    }

    /// The state changed to `now`. True when a write must be scheduled (none is yet; one that is
    /// will write `now`).
    pub fn changed(&mut self, now: UrlState) -> bool {
        self.last = now;
        if self.pending {
            return false;
        }
        self.pending = true;
        true
    }

    /// A scheduled write is due, the browser being at `at`: the (search, hash) to write, if
    /// anything is pending and no navigation came in between. Call [`UrlSync::wrote`] after.
    pub fn due(&mut self, at: &Location) -> Option<(String, String)> {
        if !self.pending {
            return None;
        }
        self.pending = false;
        if self.seen != *at {
            return None;
        }
        Some((self.last.print_search(), self.last.print_hash()))
    }

    /// The URL was written; the browser is now at `at`.
    pub fn wrote(&mut self, at: Location) {
        self.seen = at;
    }

    /// A navigation brought the browser to `at`. A view state wins over a write still pending:
    /// it is applied, and written back as it is (normalised), replacing, never as a new history
    /// entry. An in-page anchor keeps the state (and asks for its URL back: call
    /// [`UrlSync::wrote`] after writing it).
    pub fn navigated(&mut self, at: Location) -> Nav {
        if !is_state_fragment(&at.1) {
            return Nav::Restore(self.last.print_search(), self.last.print_hash());
        }
        let url = UrlState::parse(&DATASET, &at.0, &at.1);
        self.seen = at;
        self.pending = false;
        self.last = url.clone();
        Nav::Apply(url)
    }
}

/// Keeps the URL and the state in step for the page's life: every change of the state is
/// written to the URL (replacing, after the next frame, or 100 ms later where no frame comes),
/// and back, forward and a hash edit are applied to the state.
pub fn sync_url(st: AppState) {
    let sync = StoredValue::new(UrlSync::new(
        untrack(|| st.to_url()),
        browser::location_parts(),
    ));
    let write = move || {
        let Some(Some((search, hash))) =
            sync.try_update_value(|s| s.due(&browser::location_parts()))
        else {
            return;
        };
        browser::replace_url(&search, &hash);
        sync.update_value(|s| s.wrote(browser::location_parts()));
    };
    Effect::new(move |_| {
        let now = st.to_url();
        if sync.try_update_value(|s| s.changed(now)).unwrap_or(false) {
            request_animation_frame(move || set_timeout(write, std::time::Duration::ZERO));
            // Where no frame comes (a tab in the background), a little later anyway.
            set_timeout(write, std::time::Duration::from_millis(100));
        }
    });
    let on_nav = move || {
        let nav = sync.try_update_value(|s| s.navigated(browser::location_parts()));
        match nav {
            Some(Nav::Restore(search, hash)) => {
                browser::replace_url(&search, &hash);
                sync.update_value(|s| s.wrote(browser::location_parts()));
            }
            Some(Nav::Apply(url)) => st.apply_url(url),
            None => {}
        }
    };
    browser::window_listener(leptos::ev::popstate, move |_| on_nav());
    browser::window_listener(leptos::ev::hashchange, move |_| on_nav());
}
