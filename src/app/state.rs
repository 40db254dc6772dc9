//! App state: one `AppState` of signals, provided once by `provide_app_state()` and read with
//! `expect_context`. Components take the few signals they need; derived values are memos over
//! core functions. The URL is a projection of this state: `url_sync::sync_url` writes `to_url`
//! after each change, and applies a navigation back with `apply_url`.

use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::format::Currency;
use crate::core::i18n::Lang;
use crate::core::url_state::{default_panel, ChartId, Marks, Mode, Panel, Theme, UrlState, View};
use crate::core::words::{Notice, SavedWord};
use leptos::prelude::*;

/// What a card is open on, and which occurrence in the text it is anchored to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Open {
    pub target: Target,
    /// Sentence index and byte start of the anchoring mark, if opened from the text.
    pub anchor: Option<(u32, u32)>,
}

/// Settings the host page gave in the query string; fixed for the page's life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    pub on: bool,
    pub view: Option<View>,
    pub transparent: bool,
    pub child_id: Option<String>,
}

impl Embed {
    /// Is the article on the page? Not in a charts-only or glossary-only view.
    pub fn shows_article(&self) -> bool {
        !matches!(
            self.view,
            Some(View::Charts | View::Glossary | View::Chart(_))
        )
    }
    /// Is the tools panel on the page? Not in an article-only view.
    pub fn shows_tools(&self) -> bool {
        self.view != Some(View::Reader)
    }
    /// Can the reader switch between panels? Only when no single part is asked for.
    pub fn has_tabs(&self) -> bool {
        self.view.is_none()
    }
    /// Do the tools start folded into a bar under the article? In an embed of the whole
    /// explorer: the frame is then the article's height plus the bar, not the glossary's 103
    /// entries below it (17,780 px at 360 px).
    pub fn folds_tools(&self) -> bool {
        self.on && self.view.is_none()
    }
}

/// The URL's sentence as an index (ids are resolved here, where the URL comes in; the state
/// holds indices only).
fn sentence_index(url: &UrlState) -> Option<u32> {
    url.sentence
        .and_then(|id| DATASET.sentence_index(id))
        .map(|i| i as u32)
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The language the URL asked for; `None` follows the browser.
    pub lang_choice: RwSignal<Option<Lang>>,
    pub browser_lang: Lang,
    pub lang: Memo<Lang>,
    pub mode: RwSignal<Mode>,
    /// The language of the translation shown under each paragraph (Chinese or English), if any.
    pub translation: RwSignal<Option<Lang>>,
    /// The learner layer: the article's everyday Sino-Korean words marked too (issue #22).
    pub learner: RwSignal<bool>,
    /// Which words the article marks, as chosen (`None`: the language's default; see `quiet`).
    pub marks: RwSignal<Option<Marks>>,
    pub open: RwSignal<Option<Open>>,
    /// Highlighted sentence (index).
    pub sentence: RwSignal<Option<u32>>,
    pub panel: RwSignal<Panel>,
    /// Is the tools panel unfolded? Always, except in an embed that starts with it folded
    /// (`Embed::folds_tools`) until the reader opens it or the link names a panel.
    pub tools_open: RwSignal<bool>,
    /// The panel shown before the share panel (the view a shared link or embed code is of).
    pub last_panel: RwSignal<Panel>,
    pub chart: RwSignal<Option<ChartId>>,
    pub point: RwSignal<Option<u32>>,
    pub currency: RwSignal<Currency>,
    pub theme: RwSignal<Theme>,
    pub query: RwSignal<String>,
    /// Term whose occurrences are highlighted in the text (from the glossary).
    pub highlight_term: RwSignal<Option<u32>>,
    /// Figure highlighted in the text (from a chart).
    pub highlight_figure: RwSignal<Option<u32>>,
    pub embed: StoredValue<Embed>,
    /// The open card was opened by hovering with a mouse (it closes when the mouse leaves).
    pub hover_open: RwSignal<bool>,
    /// Pending hover open/close.
    pub hover_timer: StoredValue<Option<leptos::prelude::TimeoutHandle>>,
    /// The reader's saved words, as stored in the browser (`actions::load_words`), including
    /// those this release's glossary lacks (kept, not shown).
    pub words: RwSignal<Vec<SavedWord>>,
    /// What the reader is told about the list: what reading it found, and a storage refusal.
    pub words_notices: RwSignal<Vec<Notice>>,
    /// The reader's text size for the article and the cards, in percent
    /// (`core::text_size::STEPS`), kept in this browser (`actions::load_text_size`); not in the
    /// URL: it is the reader's, not the view's.
    pub text_size: RwSignal<u16>,
}

impl AppState {
    pub fn new(url: UrlState, browser_lang: Lang) -> Self {
        let lang_choice = RwSignal::new(url.lang);
        let term_target = url
            .term
            .and_then(|id| DATASET.term_index(id))
            .map(|i| Open {
                target: Target::Term(i as u32),
                anchor: None,
            });
        let embed = Embed {
            on: url.embed,
            view: url.view,
            transparent: url.transparent,
            child_id: url.child_id.clone(),
        };
        AppState {
            lang_choice,
            browser_lang,
            lang: Memo::new(move |_| lang_choice.get().unwrap_or(browser_lang)),
            mode: RwSignal::new(url.mode),
            translation: RwSignal::new(url.translation),
            learner: RwSignal::new(url.learner),
            marks: RwSignal::new(url.marks),
            open: RwSignal::new(term_target),
            sentence: RwSignal::new(sentence_index(&url)),
            panel: RwSignal::new(url.panel),
            tools_open: RwSignal::new(!embed.folds_tools() || url.names_tools()),
            last_panel: RwSignal::new(if url.panel == Panel::Share {
                default_panel(url.chart)
            } else {
                url.panel
            }),
            chart: RwSignal::new(url.chart),
            point: RwSignal::new(url.point),
            currency: RwSignal::new(url.currency),
            theme: RwSignal::new(url.theme),
            query: RwSignal::new(url.query),
            highlight_term: RwSignal::new(None),
            highlight_figure: RwSignal::new(None),
            hover_open: RwSignal::new(false),
            hover_timer: StoredValue::new(None),
            embed: StoredValue::new(embed),
            words: RwSignal::new(Vec::new()),
            words_notices: RwSignal::new(Vec::new()),
            text_size: RwSignal::new(crate::core::text_size::DEFAULT),
        }
    }

    /// The URL state the signals describe now (tracks every signal it reads).
    pub fn to_url(&self) -> UrlState {
        let open_term = self.open.get().and_then(|o| match o.target {
            Target::Term(i) => Some(DATASET.terms[i as usize].id),
            _ => None,
        });
        let e = self.embed.get_value();
        UrlState {
            lang: self.lang_choice.get(),
            mode: self.mode.get(),
            translation: self.translation.get(),
            learner: self.learner.get(),
            marks: self.marks.get(),
            term: open_term,
            sentence: self
                .sentence
                .get()
                .map(|i| DATASET.article.sentences[i as usize].id),
            panel: self.panel.get(),
            chart: self.chart.get(),
            point: self.point.get(),
            currency: self.currency.get(),
            theme: self.theme.get(),
            query: self.query.get(),
            embed: e.on,
            view: e.view,
            transparent: e.transparent,
            child_id: e.child_id,
        }
    }

    /// Applies a URL (after back/forward or a hash edit: `url_sync::sync_url`) without touching
    /// the host's settings (`embed`).
    pub fn apply_url(&self, url: UrlState) {
        self.lang_choice.set(url.lang);
        self.mode.set(url.mode);
        self.translation.set(url.translation);
        self.learner.set(url.learner);
        self.marks.set(url.marks);
        let want = url
            .term
            .and_then(|id| DATASET.term_index(id))
            .map(|i| Target::Term(i as u32));
        if self.open.get_untracked().map(|o| o.target) != want {
            self.open.set(want.map(|target| Open {
                target,
                anchor: None,
            }));
        }
        self.sentence.set(sentence_index(&url));
        if url.names_tools() {
            self.tools_open.set(true);
        }
        self.panel.set(url.panel);
        self.chart.set(url.chart);
        self.point.set(url.point);
        self.currency.set(url.currency);
        self.theme.set(url.theme);
        self.query.set(url.query);
    }

    /// The current state as a link to share: never to the share panel itself.
    pub fn shareable_url(&self) -> UrlState {
        self.to_url().without_share_panel(self.last_panel.get())
    }

    /// Whether the article shows the quiet reading (issue #20): chosen, or the interface
    /// language's default. It is a way to read: the hanzi and pinyin modes, which annotate every
    /// term, and the learner layer, which marks every word, show all (tracks `marks`, `lang`,
    /// `mode` and `learner`).
    pub fn quiet(&self) -> bool {
        self.quiet_applies()
            && self
                .marks
                .get()
                .unwrap_or_else(|| Marks::default_for(self.lang.get()))
                == Marks::Quiet
    }

    /// Whether the quiet reading can apply: the plain or standard-spelling mode, without the
    /// learner layer.
    pub fn quiet_applies(&self) -> bool {
        matches!(self.mode.get(), Mode::Plain | Mode::Standard) && !self.learner.get()
    }

    pub fn t(&self, key: crate::core::i18n::K) -> &'static str {
        crate::core::i18n::t(self.lang.get(), key)
    }
}

pub fn provide_app_state(url: UrlState, browser_lang: Lang) -> AppState {
    let st = AppState::new(url, browser_lang);
    // Remember the last panel other than sharing, whoever switched it.
    Effect::new(move |_| {
        let p = st.panel.get();
        if p != Panel::Share {
            st.last_panel.set(p);
        }
    });
    provide_context(st);
    st
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
