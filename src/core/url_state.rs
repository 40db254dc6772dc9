//! The visible state as a URL, so reload, share and back/forward restore it.
//!
//! Scheme (documented in README "Deep links"): view state lives in the fragment,
//! `#lang=zh&mode=hanzi&marks=all&term=liangtou_shiwei&s=p09s2&panel=charts&chart=trade&pt=2&cur=usd&theme=dark&q=…`;
//! host settings for embedding live in the query, `?embed=1&view=charts&theme=dark&bg=transparent&childId=…`.
//! Parsing reads both (fragment wins), ignores unknown keys and drops any malformed value while
//! keeping the rest; it never fails. `print` writes only non-default view state, in a fixed order.
//!
//! A link lands where it points: naming a chart (`#chart=trade&pt=1`) opens the charts panel
//! unless the link names another panel, and `?view=` decides the panel outright (a chart-only
//! embed shows nothing else). [`Landing`] says what a freshly loaded link should bring into view.

use super::dataset::model::{Dataset, FigureKind, Target};
use super::format::Currency;
use super::i18n::Lang;

/// Which words the article marks (issue #20, `marks=quiet` / `marks=all`): every glossary
/// term, spelling and figure, or the quiet reading's — what a Korean reader meets as Chinese (the
/// Chinese-Korean spellings, the terms not `quiet` in the glossary) and the amounts of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Marks {
    Quiet,
    All,
}

impl Marks {
    pub const ALL: [Marks; 2] = [Marks::Quiet, Marks::All];

    pub fn code(self) -> &'static str {
        match self {
            Marks::Quiet => "quiet",
            Marks::All => "all",
        }
    }

    /// Whether a mark for `target` is shown as one (the others are plain words).
    pub fn shows(self, ds: &Dataset, target: Target) -> bool {
        match (self, target) {
            (Marks::All, _) | (_, Target::Ortho(_)) | (_, Target::Learner(_)) => true,
            (Marks::Quiet, Target::Term(t)) => !ds.terms[t as usize].quiet,
            (Marks::Quiet, Target::Figure(f)) => ds.figures[f as usize].kind == FigureKind::Money,
        }
    }

    /// What a reader who has not chosen gets: the quiet reading in the Korean interface (a
    /// Korean reader does not need 반도체 explained), every mark in the others.
    pub fn default_for(lang: Lang) -> Marks {
        if lang == Lang::Ko {
            Marks::Quiet
        } else {
            Marks::All
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Mode {
    #[default]
    Plain,
    Hanzi,
    Pinyin,
    Standard,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Plain, Mode::Hanzi, Mode::Pinyin, Mode::Standard];
    pub fn code(self) -> &'static str {
        match self {
            Mode::Plain => "plain",
            Mode::Hanzi => "hanzi",
            Mode::Pinyin => "pinyin",
            Mode::Standard => "standard",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Panel {
    #[default]
    Glossary,
    People,
    Charts,
    /// The reader's saved words ("My words"), kept in the browser.
    Words,
    Share,
}

impl Panel {
    pub const ALL: [Panel; 5] = [
        Panel::Glossary,
        Panel::People,
        Panel::Charts,
        Panel::Words,
        Panel::Share,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Panel::Glossary => "glossary",
            Panel::People => "people",
            Panel::Charts => "charts",
            Panel::Words => "words",
            Panel::Share => "share",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    Trade,
    Half,
    Timeline,
    Key,
}

impl ChartId {
    pub const ALL: [ChartId; 4] = [
        ChartId::Trade,
        ChartId::Half,
        ChartId::Timeline,
        ChartId::Key,
    ];
    pub fn code(self) -> &'static str {
        match self {
            ChartId::Trade => "trade",
            ChartId::Half => "half",
            ChartId::Timeline => "timeline",
            ChartId::Key => "key",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What an embedding page asks to show alone (`?view=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    Reader,
    Charts,
    Glossary,
    Chart(ChartId),
}

fn find<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, v: &str) -> Option<T> {
    all.iter().copied().find(|x| code(*x) == v)
}

impl View {
    pub fn code(self) -> &'static str {
        match self {
            View::Reader => "reader",
            View::Charts => "charts",
            View::Glossary => "glossary",
            View::Chart(c) => c.code(),
        }
    }
    /// The one panel this part shows, if it decides it.
    pub fn panel(self) -> Option<Panel> {
        match self {
            View::Charts | View::Chart(_) => Some(Panel::Charts),
            View::Glossary => Some(Panel::Glossary),
            View::Reader => None,
        }
    }
    fn parse(v: &str) -> Option<View> {
        match v {
            "reader" => Some(View::Reader),
            "charts" => Some(View::Charts),
            "glossary" => Some(View::Glossary),
            other => find(&ChartId::ALL, ChartId::code, other).map(View::Chart),
        }
    }
}

/// Everything the URL can say.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct UrlState {
    /// `None`: follow the browser's language.
    pub lang: Option<Lang>,
    pub mode: Mode,
    /// The article's sentences shown with this edition's translation (`tr=zh` or `tr=en`) under
    /// each paragraph; `None`: the article alone.
    pub translation: Option<Lang>,
    /// The learner layer (`learn=1`): every Sino-Korean word of the article that has no card
    /// is marked too, with a light card (issue #22).
    pub learner: bool,
    /// Which words are marked; `None`: the interface language's default (`Marks::default_for`).
    pub marks: Option<Marks>,
    /// Glossary term id of the open card.
    pub term: Option<&'static str>,
    /// Highlighted sentence id.
    pub sentence: Option<&'static str>,
    pub panel: Panel,
    pub chart: Option<ChartId>,
    pub point: Option<u32>,
    pub currency: Currency,
    pub theme: Theme,
    pub query: String,
    // Host settings (query string only).
    pub embed: bool,
    pub view: Option<View>,
    pub transparent: bool,
    pub child_id: Option<String>,
}

/// The folder under `dist/` where the build writes a page of its own for each chart embed
/// (issue #24): the chart drawn, with its tooltips, in one language and currency, no wasm.
pub const BUILT_EMBED_DIR: &str = "embed";

/// The embed parts that have a built page of their own: the charts together, each chart, and
/// the glossary. (The reader's part is the app's own page, whose built article and cards are
/// what it shows first.)
pub const BUILT_EMBED_VIEWS: [View; 6] = [
    View::Charts,
    View::Chart(ChartId::Trade),
    View::Chart(ChartId::Half),
    View::Chart(ChartId::Timeline),
    View::Chart(ChartId::Key),
    View::Glossary,
];

/// The built page of embed part `view` in `lang` and `cur`, relative to the site's root
/// (`embed/trade-en-usd.html`); `None` for the part the app's own page shows (the reader). The
/// timeline, the key figures and the glossary have a page per currency too (the same page), so
/// that every snippet names its page the same way.
pub fn built_embed_page(view: View, lang: Lang, cur: Currency) -> Option<String> {
    built_embed_stem(view, lang, cur).map(|s| format!("{s}.html"))
}

/// The static image of a one-chart embed (`embed/trade-en-usd.png`, 2×, titled and credited),
/// for the places where neither scripts nor frames run (AMP's placeholder, newsletters, RSS).
pub fn built_embed_image(view: View, lang: Lang, cur: Currency) -> Option<String> {
    match view {
        View::Chart(c) if c != ChartId::Key => {
            built_embed_stem(view, lang, cur).map(|s| format!("{s}.png"))
        }
        _ => None,
    }
}

/// The measured heights of a built embed page (`core::embed_heights`, generated by
/// `scripts/embed-heights.mjs`): the smallest per range of frame widths
/// (`embed_heights::RANGES`) and the largest from 320 px on.
pub fn built_embed_heights(
    view: View,
    lang: Lang,
    cur: Currency,
) -> Option<(&'static [u32; super::embed_heights::RANGES.len()], u32)> {
    let stem = built_embed_stem(view, lang, cur)?;
    let stem = stem.strip_prefix(&format!("{BUILT_EMBED_DIR}/"))?;
    super::embed_heights::HEIGHTS
        .iter()
        .find(|(s, _, _)| *s == stem)
        .map(|(_, min, max)| (min, *max))
}

/// The measured heights of the article embed (`?embed=1&view=reader`) as the page built for it
/// shows it in a frame before the app has started (`core::embed_heights`, row `reader`): what
/// its pym code reserves. The same in every language and currency (the article is Korean).
pub fn reader_embed_heights() -> Option<(&'static [u32; super::embed_heights::RANGES.len()], u32)> {
    super::embed_heights::HEIGHTS
        .iter()
        .find(|(s, _, _)| *s == "reader")
        .map(|(_, min, max)| (min, *max))
}

fn built_embed_stem(view: View, lang: Lang, cur: Currency) -> Option<String> {
    BUILT_EMBED_VIEWS.contains(&view).then(|| {
        format!(
            "{BUILT_EMBED_DIR}/{}-{}-{}",
            view.code(),
            lang.code(),
            cur.code()
        )
    })
}

/// Largest point index any chart has; larger `pt` values are dropped as malformed.
pub const MAX_POINT: u32 = 64;
const MAX_QUERY_CHARS: usize = 100;

/// Decodes %XX escapes and `+`; invalid escapes are kept as written, invalid UTF-8 replaced.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes everything but unreserved ASCII.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn pairs(s: &str) -> impl Iterator<Item = (String, String)> + '_ {
    s.split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (percent_decode(k), percent_decode(v))
    })
}

/// Resolves a term given as id, Korean form, standard spelling or hanzi ("粮头食尾", "량두식미").
pub fn resolve_term(ds: &Dataset, v: &str) -> Option<&'static str> {
    let v = v.trim();
    ds.terms
        .iter()
        .find(|t| {
            t.id == v
                || t.forms.contains(&v)
                || t.standard == v
                || t.hanzi_simplified == Some(v)
                || t.hanzi_traditional == Some(v)
        })
        .map(|t| t.id)
}

impl UrlState {
    /// Does this link ask for the tools: a panel other than the default one, a chart, a search?
    /// (An embed of the whole explorer starts with its tools folded unless it does.)
    pub fn names_tools(&self) -> bool {
        self.panel != default_panel(self.chart) || self.chart.is_some() || !self.query.is_empty()
    }
}

/// The panel shown when a link names none: the charts when it names a chart, else the glossary.
pub fn default_panel(chart: Option<ChartId>) -> Panel {
    match chart {
        Some(_) => Panel::Charts,
        None => Panel::Glossary,
    }
}

/// Does this fragment speak the URL scheme at all? `#article` or `#s-p09s2` (an in-page anchor:
/// a skip link, a table's link to a sentence) names no view-state key and is not a new state.
pub fn is_state_fragment(hash: &str) -> bool {
    const KEYS: [&str; 13] = [
        "lang", "mode", "tr", "learn", "marks", "term", "s", "panel", "chart", "pt", "cur",
        "theme", "q",
    ];
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.is_empty() || pairs(hash).any(|(k, _)| KEYS.contains(&k.as_str()))
}

/// What a freshly loaded link should bring into view, most specific first: an open card (at the
/// occurrence in the linked sentence, if the term occurs there), a sentence, a chart (with its
/// point), a panel the link names (or a glossary search), or nothing (the top of the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landing {
    Top,
    /// A term's card, anchored at the mark (sentence index, byte start) of one occurrence.
    Term {
        term: u32,
        anchor: Option<(u32, u32)>,
    },
    /// A sentence (index), highlighted.
    Sentence(u32),
    Chart(ChartId),
    Panel(Panel),
}

impl Landing {
    pub fn of(ds: &Dataset, search: &str, hash: &str) -> Landing {
        let st = UrlState::parse(ds, search, hash);
        let named_panel = pairs(search.strip_prefix('?').unwrap_or(search))
            .chain(pairs(hash.strip_prefix('#').unwrap_or(hash)))
            .any(|(k, v)| k == "panel" && find(&Panel::ALL, Panel::code, &v).is_some());
        if let Some(i) = st.term.and_then(|id| ds.term_index(id)) {
            let occ = ds.terms[i].occurrences;
            let in_sentence = st.sentence.and_then(|sid| {
                occ.iter()
                    .find(|o| ds.article.sentences[o.sentence as usize].id == sid)
            });
            let anchor = in_sentence.or(occ.first()).map(|o| (o.sentence, o.start));
            return Landing::Term {
                term: i as u32,
                anchor,
            };
        }
        if let Some(s) = st.sentence.and_then(|id| ds.sentence_index(id)) {
            return Landing::Sentence(s as u32);
        }
        if let Some(c) = st.chart.filter(|_| st.panel == Panel::Charts) {
            return Landing::Chart(c);
        }
        if named_panel || st.panel != Panel::Glossary || !st.query.is_empty() {
            return Landing::Panel(st.panel);
        }
        Landing::Top
    }
}

impl UrlState {
    /// Parses `search` ("?a=b…", may be empty) and `hash` ("#c=d…", may be empty).
    pub fn parse(ds: &Dataset, search: &str, hash: &str) -> UrlState {
        let mut st = UrlState::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        for (k, v) in pairs(search) {
            match k.as_str() {
                "embed" => st.embed = matches!(v.as_str(), "1" | "true" | ""),
                "view" => st.view = View::parse(&v).or(st.view),
                "bg" => st.transparent = v == "transparent",
                "childId"
                    if !v.is_empty()
                        && v.len() <= 64
                        && v.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
                {
                    st.child_id = Some(v);
                }
                _ => {}
            }
        }
        // View state: the query is read too (for hosts that link with ?theme=dark), then the hash.
        let mut panel_named = false;
        for (k, v) in pairs(search).chain(pairs(hash)) {
            panel_named |= k == "panel" && find(&Panel::ALL, Panel::code, &v).is_some();
            st.apply(ds, &k, &v);
        }
        if st.chart.is_none() {
            st.point = None;
        }
        if !panel_named {
            st.panel = default_panel(st.chart);
        }
        // A part shown alone decides the panel: a chart-only embed has no other.
        if let Some(p) = st.view.and_then(View::panel) {
            st.panel = p;
        }
        st
    }

    /// The panel this state shows when its link names none (see [`default_panel`]).
    fn implied_panel(&self) -> Panel {
        self.view
            .and_then(View::panel)
            .unwrap_or(default_panel(self.chart))
    }

    /// This state as a link to share: the share panel itself is not a view worth linking to, so
    /// it becomes `previous` (the panel the reader opened sharing from).
    pub fn without_share_panel(mut self, previous: Panel) -> UrlState {
        if self.panel == Panel::Share {
            self.panel = if previous == Panel::Share {
                default_panel(self.chart)
            } else {
                previous
            };
        }
        self
    }

    /// The state of an embed opened as the full page ("open full view"): host settings dropped by
    /// the printer, and a chart shown alone becomes the chart the full page opens at.
    pub fn for_full_view(mut self) -> UrlState {
        if let (Some(View::Chart(c)), None) = (self.view, self.chart) {
            self.chart = Some(c);
        }
        self
    }

    /// The state an embed code should start in: this view's language (resolved, so the host's
    /// readers see what the author saw), currency and display mode, the part `view` shows, with
    /// its chart and point, and the theme the author chose for the host (`theme`: never the
    /// author's own, issue #24 — a dark-mode author's snippet put a dark box in a light news
    /// page). What belongs to one reading session (an open card, a highlighted sentence, a
    /// search) is left out, as are host settings other than `embed`.
    pub fn for_embed(&self, lang: Lang, view: Option<View>, theme: Theme) -> UrlState {
        let (chart, point) = match view {
            // One chart alone: keep the selected point only if it is on that chart.
            Some(View::Chart(c)) => (Some(c), self.point.filter(|_| self.chart == Some(c))),
            Some(View::Charts) | None => (self.chart, self.point),
            Some(View::Reader | View::Glossary) => (None, None),
        };
        let shows_reader = matches!(view, None | Some(View::Reader));
        let panel = match view {
            None if self.panel == Panel::Share => default_panel(chart),
            None => self.panel,
            Some(View::Charts | View::Chart(_)) => Panel::Charts,
            Some(View::Glossary | View::Reader) => Panel::Glossary,
        };
        UrlState {
            lang: Some(lang),
            mode: if shows_reader { self.mode } else { Mode::Plain },
            panel,
            chart,
            point: chart.and(point),
            currency: self.currency,
            theme,
            embed: true,
            view,
            ..UrlState::default()
        }
    }

    /// The full URL for [`UrlState::for_embed`] (or any state) at `page` (no query, no fragment).
    pub fn url_at(&self, page: &str) -> String {
        let (search, hash) = (self.print_search(), self.print_hash());
        let mut out = page.to_string();
        if !search.is_empty() {
            out.push('?');
            out.push_str(&search);
        }
        if !hash.is_empty() {
            out.push('#');
            out.push_str(&hash);
        }
        out
    }

    fn apply(&mut self, ds: &Dataset, k: &str, v: &str) {
        match k {
            "lang" => self.lang = Lang::from_code(v).or(self.lang),
            "mode" => self.mode = find(&Mode::ALL, Mode::code, v).unwrap_or(self.mode),
            // Translations exist in Chinese and English (the article is the Korean).
            "tr" => {
                self.translation = Lang::from_code(v)
                    .filter(|l| *l != Lang::Ko)
                    .or(self.translation)
            }
            "learn" => self.learner = v == "1",
            "marks" => self.marks = find(&Marks::ALL, Marks::code, v).or(self.marks),
            "term" => self.term = resolve_term(ds, v).or(self.term),
            "s" => {
                self.sentence = ds
                    .article
                    .sentences
                    .iter()
                    .find(|s| s.id == v)
                    .map(|s| s.id)
                    .or(self.sentence)
            }
            "panel" => self.panel = find(&Panel::ALL, Panel::code, v).unwrap_or(self.panel),
            "chart" => self.chart = find(&ChartId::ALL, ChartId::code, v).or(self.chart),
            "pt" => {
                if let Some(p) = v.parse::<u32>().ok().filter(|p| *p < MAX_POINT) {
                    self.point = Some(p)
                }
            }
            "cur" => self.currency = Currency::from_code(v).unwrap_or(self.currency),
            "theme" => self.theme = find(&Theme::ALL, Theme::code, v).unwrap_or(self.theme),
            "q" => {
                self.query = v
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(MAX_QUERY_CHARS)
                    .collect()
            }
            _ => {}
        }
    }

    /// The fragment for the view state ("" when everything is default), without the `#`.
    pub fn print_hash(&self) -> String {
        let mut p: Vec<(&str, String)> = Vec::new();
        if let Some(l) = self.lang {
            p.push(("lang", l.code().into()));
        }
        if self.mode != Mode::Plain {
            p.push(("mode", self.mode.code().into()));
        }
        if let Some(l) = self.translation {
            p.push(("tr", l.code().into()));
        }
        if self.learner {
            p.push(("learn", "1".into()));
        }
        if let Some(m) = self.marks {
            p.push(("marks", m.code().into()));
        }
        if let Some(t) = self.term {
            p.push(("term", t.into()));
        }
        if let Some(s) = self.sentence {
            p.push(("s", s.into()));
        }
        // The panel a chart implies is not written; any other is, so it survives the round trip.
        if self.panel != self.implied_panel() {
            p.push(("panel", self.panel.code().into()));
        }
        if let Some(c) = self.chart {
            p.push(("chart", c.code().into()));
            if let Some(pt) = self.point {
                p.push(("pt", pt.to_string()));
            }
        }
        if self.currency != Currency::Cny {
            p.push(("cur", self.currency.code().into()));
        }
        if self.theme != Theme::Auto {
            p.push(("theme", self.theme.code().into()));
        }
        if !self.query.is_empty() {
            p.push(("q", self.query.clone()));
        }
        p.iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The query string for host settings ("" when not embedded), without the `?`.
    pub fn print_search(&self) -> String {
        let mut p: Vec<String> = Vec::new();
        if self.embed {
            p.push("embed=1".into());
        }
        if let Some(v) = self.view {
            p.push(format!("view={}", v.code()));
        }
        if self.transparent {
            p.push("bg=transparent".into());
        }
        if let Some(c) = &self.child_id {
            p.push(format!("childId={c}"));
        }
        p.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    #[test]
    fn chart_embeds_have_built_pages_and_one_chart_an_image() {
        assert_eq!(
            built_embed_page(View::Chart(ChartId::Trade), Lang::En, Currency::Usd).as_deref(),
            Some("embed/trade-en-usd.html")
        );
        assert_eq!(
            built_embed_page(View::Charts, Lang::Ko, Currency::Cny).as_deref(),
            Some("embed/charts-ko-cny.html")
        );
        assert_eq!(
            built_embed_page(View::Reader, Lang::Ko, Currency::Cny),
            None
        );
        assert_eq!(
            built_embed_page(View::Glossary, Lang::Zh, Currency::Cny).as_deref(),
            Some("embed/glossary-zh-cny.html")
        );
        assert_eq!(
            built_embed_image(View::Glossary, Lang::Zh, Currency::Cny),
            None
        );
        assert_eq!(
            built_embed_image(View::Chart(ChartId::Half), Lang::Zh, Currency::Krw).as_deref(),
            Some("embed/half-zh-krw.png")
        );
        assert_eq!(
            built_embed_image(View::Chart(ChartId::Key), Lang::Ko, Currency::Cny),
            None
        );
        assert_eq!(
            built_embed_image(View::Charts, Lang::Ko, Currency::Cny),
            None
        );
        // Every part with a page is one of the views a URL can name, and every page has its
        // measured heights (none larger in a range than the largest).
        for v in BUILT_EMBED_VIEWS {
            assert_eq!(View::parse(v.code()), Some(v));
            for lang in Lang::ALL {
                for cur in Currency::ALL {
                    let (min, max) = built_embed_heights(v, lang, cur).unwrap_or_else(|| {
                        panic!(
                            "no heights for {v:?} {lang:?} {cur:?}: run scripts/embed-heights.mjs"
                        )
                    });
                    assert!(
                        min.iter().all(|h| *h <= max && *h > 200),
                        "{v:?} {lang:?} {cur:?}: {min:?} {max}"
                    );
                }
            }
        }
        assert_eq!(
            built_embed_heights(View::Reader, Lang::Ko, Currency::Cny),
            None
        );
        // The article embed's, for its pym code: taller than any chart's, narrower is taller.
        let (min, max) = reader_embed_heights().expect("the table has the article embed's row");
        assert!(min.iter().all(|h| *h > 2000 && *h <= max), "{min:?} {max}");
        assert!(min[0] > min[min.len() - 1], "{min:?}");
    }

    #[test]
    fn terms_resolve_from_hanzi_and_korean() {
        let a = UrlState::parse(&DATASET, "", "#term=%E7%B2%AE%E5%A4%B4%E9%A3%9F%E5%B0%BE");
        let b = UrlState::parse(&DATASET, "", "#term=량두식미");
        assert_eq!(a.term, Some("liangtou_shiwei"));
        assert_eq!(b.term, Some("liangtou_shiwei"));
    }

    #[test]
    fn full_state_round_trips() {
        let s = UrlState {
            lang: Some(Lang::Zh),
            mode: Mode::Hanzi,
            translation: Some(Lang::En),
            term: Some("harbin"),
            sentence: Some("p09s2"),
            panel: Panel::People,
            chart: Some(ChartId::Trade),
            point: Some(2),
            currency: Currency::Usd,
            theme: Theme::Dark,
            query: "하얼빈 & co".into(),
            ..Default::default()
        };
        let h = s.print_hash();
        assert_eq!(UrlState::parse(&DATASET, "", &h), s);
        assert!(h.starts_with("lang=zh&mode=hanzi&tr=en&term=harbin&s=p09s2&panel=people&chart=trade&pt=2&cur=usd&theme=dark&q="));
    }

    #[test]
    fn translations_are_chinese_or_english_and_the_last_valid_one_wins() {
        let learn = |h: &str| UrlState::parse(&DATASET, "", h).learner;
        assert!(learn("#learn=1"));
        assert!(!learn("#learn=0") && !learn("#learn=yes") && !learn(""));
        let on = UrlState::parse(&DATASET, "", "#learn=1&tr=en");
        assert_eq!(on.print_hash(), "tr=en&learn=1");
        // The quiet reading or every mark, chosen; unchosen, nothing in the URL.
        let marks = |h: &str| UrlState::parse(&DATASET, "", h).marks;
        assert_eq!(marks("#marks=all"), Some(Marks::All));
        assert_eq!(marks("#marks=quiet"), Some(Marks::Quiet));
        assert_eq!(marks("#marks=loud"), None);
        assert_eq!(marks(""), None);
        assert_eq!(
            UrlState::parse(&DATASET, "", "#marks=all&learn=1").print_hash(),
            "learn=1&marks=all"
        );
        assert!(is_state_fragment("#marks=all"));
        assert_eq!(Marks::default_for(Lang::Ko), Marks::Quiet);
        assert_eq!(Marks::default_for(Lang::Zh), Marks::All);
        assert!(is_state_fragment("#learn=1"));
        let t = |h: &str| UrlState::parse(&DATASET, "", h).translation;
        assert_eq!(t("#tr=zh"), Some(Lang::Zh));
        assert_eq!(t("#tr=en"), Some(Lang::En));
        // The article is the Korean: no Korean translation, and nonsense is dropped.
        assert_eq!(t("#tr=ko"), None);
        assert_eq!(t("#tr=fr"), None);
        assert_eq!(t("#tr=en&tr=xx"), Some(Lang::En));
        assert!(is_state_fragment("#tr=zh"));
    }

    #[test]
    fn malformed_values_are_dropped_and_the_rest_kept() {
        let s = UrlState::parse(
            &DATASET,
            "?embed=1&view=nope&childId=<script>",
            "#lang=xx&mode=hanzi&term=nothing&pt=99999999999&cur=eur&theme=dark&%ZZ=1&s=p99",
        );
        assert_eq!(s.lang, None);
        assert_eq!(s.mode, Mode::Hanzi);
        assert_eq!(s.term, None);
        assert_eq!(s.point, None);
        assert_eq!(s.currency, Currency::Cny);
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.sentence, None);
        assert!(s.embed);
        assert_eq!(s.view, None);
        assert_eq!(s.child_id, None);
    }

    #[test]
    fn host_settings_come_from_the_query() {
        let s = UrlState::parse(
            &DATASET,
            "?embed=1&view=trade&bg=transparent&childId=lj-1&theme=dark",
            "",
        );
        assert_eq!(s.view, Some(View::Chart(ChartId::Trade)));
        assert!(s.embed && s.transparent);
        assert_eq!(s.child_id.as_deref(), Some("lj-1"));
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(
            s.print_search(),
            "embed=1&view=trade&bg=transparent&childId=lj-1"
        );
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%E"), "%E");
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        assert_eq!(percent_decode("a+b%20c"), "a b c");
    }

    #[test]
    fn a_named_chart_opens_the_charts_panel_unless_another_panel_is_named() {
        let s = UrlState::parse(&DATASET, "", "#chart=trade&pt=1");
        assert_eq!(s.panel, Panel::Charts);
        assert_eq!(s.print_hash(), "chart=trade&pt=1");
        let g = UrlState::parse(&DATASET, "", "#panel=glossary&chart=trade&pt=1");
        assert_eq!(g.panel, Panel::Glossary);
        assert_eq!(g.print_hash(), "panel=glossary&chart=trade&pt=1");
        assert_eq!(UrlState::parse(&DATASET, "", &g.print_hash()), g);
        // A malformed panel does not count as naming one.
        let m = UrlState::parse(&DATASET, "", "#panel=nope&chart=half");
        assert_eq!(m.panel, Panel::Charts);
    }

    #[test]
    fn a_part_shown_alone_decides_the_panel() {
        for v in ["trade", "half", "timeline", "key", "charts"] {
            let s = UrlState::parse(&DATASET, &format!("?embed=1&view={v}"), "#panel=people");
            assert_eq!(s.panel, Panel::Charts, "view={v}");
        }
        let g = UrlState::parse(&DATASET, "?view=glossary", "#panel=charts&chart=trade");
        assert_eq!(g.panel, Panel::Glossary);
        let r = UrlState::parse(&DATASET, "?view=reader", "#panel=people");
        assert_eq!(r.panel, Panel::People);
        // The panel a part decides is not written back.
        let t = UrlState::parse(&DATASET, "?embed=1&view=trade", "");
        assert_eq!(
            (t.print_search().as_str(), t.print_hash().as_str()),
            ("embed=1&view=trade", "")
        );
    }

    #[test]
    fn a_shared_link_never_opens_the_share_panel() {
        let s = UrlState::parse(&DATASET, "", "#lang=en&panel=share&cur=usd");
        assert_eq!(s.panel, Panel::Share);
        let link = s.clone().without_share_panel(Panel::People);
        assert_eq!(link.print_hash(), "lang=en&panel=people&cur=usd");
        // Coming from the charts with a chart selected, the link opens that chart.
        let c = UrlState::parse(&DATASET, "", "#panel=share&chart=half&pt=0");
        assert_eq!(
            c.without_share_panel(Panel::Charts).print_hash(),
            "chart=half&pt=0"
        );
        // Other panels are kept as they are.
        let p = UrlState::parse(&DATASET, "", "#panel=people");
        assert_eq!(p.clone().without_share_panel(Panel::Charts), p);
    }

    #[test]
    fn embed_urls_carry_view_chart_currency_and_language() {
        let s = UrlState::parse(
            &DATASET,
            "",
            "#mode=pinyin&term=harbin&s=p09s2&panel=share&chart=trade&pt=1&cur=usd&q=x",
        );
        let page = "https://example.org/lj/";
        let one = s.for_embed(Lang::Zh, Some(View::Chart(ChartId::Trade)), Theme::Auto);
        assert_eq!(
            one.url_at(page),
            "https://example.org/lj/?embed=1&view=trade#lang=zh&chart=trade&pt=1&cur=usd"
        );
        // The point belongs to another chart: it is not carried.
        let half = s.for_embed(Lang::En, Some(View::Chart(ChartId::Half)), Theme::Auto);
        assert_eq!(
            half.url_at(page),
            "https://example.org/lj/?embed=1&view=half#lang=en&chart=half&cur=usd"
        );
        // The whole explorer keeps the display mode and the chart, and opens the charts panel.
        let all = s.for_embed(Lang::Ko, None, Theme::Auto);
        assert_eq!(
            all.url_at(page),
            "https://example.org/lj/?embed=1#lang=ko&mode=pinyin&chart=trade&pt=1&cur=usd"
        );
        let reader = s.for_embed(Lang::Ko, Some(View::Reader), Theme::Auto);
        // The author's own theme stays the author's; the one chosen for the host is carried.
        let dark = UrlState::parse(&DATASET, "", "#theme=dark&mode=hanzi");
        assert_eq!(
            dark.for_embed(Lang::Ko, None, Theme::Auto).url_at(page),
            "https://example.org/lj/?embed=1#lang=ko&mode=hanzi"
        );
        assert_eq!(
            dark.for_embed(Lang::Ko, None, Theme::Light).url_at(page),
            "https://example.org/lj/?embed=1#lang=ko&mode=hanzi&theme=light"
        );
        assert_eq!(
            reader.url_at(page),
            "https://example.org/lj/?embed=1&view=reader#lang=ko&mode=pinyin&cur=usd"
        );
        // What the embed opens with is what the URL says.
        let (q, h) = one
            .url_at(page)
            .split_once('#')
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .unwrap();
        let back = UrlState::parse(&DATASET, &q[q.find('?').unwrap()..], &h);
        assert_eq!(back, one);
    }

    #[test]
    fn in_page_anchors_are_not_states() {
        assert!(is_state_fragment(""));
        assert!(is_state_fragment("#"));
        assert!(is_state_fragment("#lang=zh"));
        assert!(is_state_fragment("#x=1&panel=charts"));
        assert!(!is_state_fragment("#article"));
        assert!(!is_state_fragment("#s-p09s2"));
        assert!(!is_state_fragment("#tools"));
    }

    #[test]
    fn a_link_lands_on_the_most_specific_thing_it_names() {
        let land = |h: &str| Landing::of(&DATASET, "", h);
        assert_eq!(land(""), Landing::Top);
        assert_eq!(land("#lang=zh&mode=hanzi"), Landing::Top);
        assert_eq!(land("#chart=trade&pt=1"), Landing::Chart(ChartId::Trade));
        assert_eq!(land("#panel=charts"), Landing::Panel(Panel::Charts));
        assert_eq!(land("#panel=glossary"), Landing::Panel(Panel::Glossary));
        assert_eq!(land("#q=haerbin"), Landing::Panel(Panel::Glossary));
        assert_eq!(
            land("#panel=people&chart=trade"),
            Landing::Panel(Panel::People)
        );
        let p09s2 = DATASET.sentence_index("p09s2").unwrap() as u32;
        assert_eq!(land("#s=p09s2&chart=trade"), Landing::Sentence(p09s2));
        let t = DATASET.term_index("liangtou_shiwei").unwrap();
        let occ = DATASET.terms[t].occurrences;
        assert!(occ.len() >= 2);
        assert_eq!(
            land("#term=liangtou_shiwei"),
            Landing::Term {
                term: t as u32,
                anchor: Some((occ[0].sentence, occ[0].start))
            }
        );
        // With a sentence, the card opens at the term's occurrence in that sentence.
        let harbin = DATASET.term_index("harbin").unwrap();
        let later = DATASET.terms[harbin].occurrences.last().unwrap();
        let sid = DATASET.article.sentences[later.sentence as usize].id;
        assert_eq!(
            land(&format!("#term=harbin&s={sid}")),
            Landing::Term {
                term: harbin as u32,
                anchor: Some((later.sentence, later.start))
            }
        );
    }

    #[test]
    fn the_full_view_of_a_one_chart_embed_opens_at_that_chart() {
        let s = UrlState::parse(&DATASET, "?embed=1&view=half", "#lang=en");
        assert_eq!(s.clone().for_full_view().print_hash(), "lang=en&chart=half");
        let p = UrlState::parse(&DATASET, "?embed=1&view=half", "#chart=trade&pt=2");
        assert_eq!(p.for_full_view().print_hash(), "chart=trade&pt=2");
    }
}
