//! The visible state as a URL, so reload, share and back/forward restore it.
//!
//! Scheme (documented in README "Deep links"): view state lives in the fragment,
//! `#lang=zh&mode=hanzi&term=liangtou_shiwei&s=p09s2&panel=charts&chart=trade&pt=2&cur=usd&theme=dark&q=…`;
//! host settings for embedding live in the query, `?embed=1&view=charts&theme=dark&bg=transparent&childId=…`.
//! Parsing reads both (fragment wins), ignores unknown keys and drops any malformed value while
//! keeping the rest; it never fails. `print` writes only non-default view state, in a fixed order.

use super::dataset::model::Dataset;
use super::format::Currency;
use super::i18n::Lang;

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
    Share,
}

impl Panel {
    pub const ALL: [Panel; 4] = [Panel::Glossary, Panel::People, Panel::Charts, Panel::Share];
    pub fn code(self) -> &'static str {
        match self {
            Panel::Glossary => "glossary",
            Panel::People => "people",
            Panel::Charts => "charts",
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
        for (k, v) in pairs(search).chain(pairs(hash)) {
            st.apply(ds, &k, &v);
        }
        if st.chart.is_none() {
            st.point = None;
        }
        st
    }

    fn apply(&mut self, ds: &Dataset, k: &str, v: &str) {
        match k {
            "lang" => self.lang = Lang::from_code(v).or(self.lang),
            "mode" => self.mode = find(&Mode::ALL, Mode::code, v).unwrap_or(self.mode),
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
        if let Some(t) = self.term {
            p.push(("term", t.into()));
        }
        if let Some(s) = self.sentence {
            p.push(("s", s.into()));
        }
        if self.panel != Panel::Glossary {
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
            term: Some("harbin"),
            sentence: Some("p09s2"),
            panel: Panel::Charts,
            chart: Some(ChartId::Trade),
            point: Some(2),
            currency: Currency::Usd,
            theme: Theme::Dark,
            query: "하얼빈 & co".into(),
            ..Default::default()
        };
        let h = s.print_hash();
        assert_eq!(UrlState::parse(&DATASET, "", &h), s);
        assert!(h.starts_with("lang=zh&mode=hanzi&term=harbin&s=p09s2&panel=charts&chart=trade&pt=2&cur=usd&theme=dark&q="));
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
}
