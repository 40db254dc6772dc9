//! The validated ("high") form of the dataset: what the rest of the program sees.
//!
//! Everything is `&'static`: the app reads one `static DATASET` generated at build time (see
//! `bake.rs` and `build.rs`), and host tests build the same types at run time by leaking the
//! loaded strings (see `load/`). Cross references are indices into the `Dataset` slices, resolved
//! and checked by the loader, so the UI never looks anything up by string id.

use serde::Serialize;

pub type Str = &'static str;
pub type List<T> = &'static [T];

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Dataset {
    pub article: Article,
    pub terms: List<Term>,
    pub orthography: List<OrthoNote>,
    pub people: List<Person>,
    pub organisations: List<Organisation>,
    pub figures: List<Figure>,
    pub derived: List<Derived>,
    pub events: List<Event>,
    pub rates: List<Rate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Article {
    pub title: Str,
    pub title_source: Str,
    pub title_note: Str,
    /// The page's `<meta name="description">`, in Korean like the page.
    pub description: Str,
    /// The line under the app's name in the header, in each interface language.
    pub tagline_ko: Str,
    pub tagline_zh: Str,
    pub tagline_en: Str,
    /// Who published and who translated the article, for the footer of every view (Korean):
    /// `credit` in the file, else the article's source and translator paragraphs.
    pub credit: Str,
    /// The date the source ran, YYYY-MM-DD (checked), and the paper's edition as a citation
    /// names it ("흑룡강일보 조선문판", "《黑龙江日报》朝鲜文版", "Heilongjiang Daily, Korean edition").
    pub published: Str,
    pub edition_ko: Str,
    pub edition_zh: Str,
    pub edition_en: Str,
    /// What the sentences' Chinese and English translations are: this edition's own, not the
    /// source (the Chinese original of the report was not found). Show it with them.
    pub translation_note_ko: Str,
    pub translation_note_zh: Str,
    pub translation_note_en: Str,
    pub paragraphs: List<Paragraph>,
    pub sentences: List<Sentence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ParagraphKind {
    Body,
    Heading,
    Source,
    Translator,
}

impl ParagraphKind {
    pub const ALL: [ParagraphKind; 4] = [
        ParagraphKind::Body,
        ParagraphKind::Heading,
        ParagraphKind::Source,
        ParagraphKind::Translator,
    ];
    /// The keyword in `data/article.toml`.
    pub fn key(self) -> &'static str {
        match self {
            ParagraphKind::Body => "body",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Source => "source",
            ParagraphKind::Translator => "translator",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Paragraph {
    pub id: Str,
    pub kind: ParagraphKind,
    /// Index of the first sentence in `Article::sentences`.
    pub first: u32,
    /// Number of sentences.
    pub len: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Sentence {
    pub id: Str,
    pub paragraph: u32,
    pub text: Str,
    /// What follows this sentence inside its paragraph ("" or " "); "" for the last one.
    pub join: Str,
    /// This edition's translations of the sentence (not the source: see
    /// `Article::translation_note_*`), in simplified Chinese and in English. Glossary terms are
    /// rendered as their cards give them (hanzi in Chinese, the gloss's wording in English).
    pub zh: Str,
    pub en: Str,
    /// Annotations in text order, never overlapping; byte offsets into `text`.
    pub marks: List<Mark>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub start: u32,
    pub end: u32,
    pub target: Target,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Target {
    Term(u32),
    Ortho(u32),
    Figure(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Category {
    Place,
    Organisation,
    Policy,
    Economy,
    Term,
    Title,
    Person,
    Unit,
    Event,
    Document,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Place,
        Category::Organisation,
        Category::Event,
        Category::Document,
        Category::Policy,
        Category::Economy,
        Category::Term,
        Category::Title,
        Category::Person,
        Category::Unit,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Category::Place => "place",
            Category::Organisation => "organisation",
            Category::Policy => "policy",
            Category::Economy => "economy",
            Category::Term => "term",
            Category::Title => "title",
            Category::Person => "person",
            Category::Unit => "unit",
            Category::Event => "event",
            Category::Document => "document",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
/// What a term's hanzi and rendering rest on (data/README.md#confidence).
pub enum Confidence {
    /// Attested: the official Chinese name, a dictionary word, the term as printed in Chinese.
    High,
    /// The standard rendering, strongly supported but not seen attested in this exact form.
    Medium,
    /// Our reconstruction from the Korean text: plausible, may be wrong.
    Low,
    /// Not known: no hanzi, or hanzi given only as an explicit guess.
    Uncertain,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [
        Confidence::High,
        Confidence::Medium,
        Confidence::Low,
        Confidence::Uncertain,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
            Confidence::Uncertain => "uncertain",
        }
    }
    /// Hanzi at this level are a guess and must look like one wherever they show.
    pub fn is_guess(self) -> bool {
        matches!(self, Confidence::Low | Confidence::Uncertain)
    }
}

/// Where a term occurs: sentence index and byte range in that sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    pub sentence: u32,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Term {
    pub id: Str,
    pub forms: List<Str>,
    pub standard: Str,
    /// Other spellings a reader may type (the South Korean loanword spelling, a typo's
    /// correction, an old name): found by search, never marked in the text.
    pub variants: List<Str>,
    pub hanzi_simplified: Option<Str>,
    pub hanzi_traditional: Option<Str>,
    pub pinyin: Option<Str>,
    /// The Sino-Korean reading as the article's (Chinese-Korean) orthography writes it: 룡강.
    pub sino_korean: Option<Str>,
    /// The South Korean reading, with the initial-sound law: 용강 (derived unless given).
    pub sino_korean_sk: Option<Str>,
    pub category: Category,
    pub gloss_ko: Str,
    pub gloss_zh: Str,
    pub gloss_en: Str,
    /// Notes exist in all three languages or in none (checked by the loader).
    pub note_ko: Option<Str>,
    pub note_zh: Option<Str>,
    pub note_en: Option<Str>,
    pub confidence: Confidence,
    /// Orthography notes whose form lies inside one of this term's forms.
    pub ortho: List<u32>,
    pub occurrences: List<Occurrence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum OrthoRule {
    InitialSound,
    Spelling,
    Loanword,
    Typo,
}

impl OrthoRule {
    pub const ALL: [OrthoRule; 4] = [
        OrthoRule::InitialSound,
        OrthoRule::Spelling,
        OrthoRule::Loanword,
        OrthoRule::Typo,
    ];
    /// The keyword in `data/orthography.toml`.
    pub fn key(self) -> &'static str {
        match self {
            OrthoRule::InitialSound => "initial_sound",
            OrthoRule::Spelling => "spelling",
            OrthoRule::Loanword => "loanword",
            OrthoRule::Typo => "typo",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct OrthoNote {
    pub id: Str,
    pub form: Str,
    pub standard: Str,
    pub rule: OrthoRule,
    pub explain_ko: Str,
    pub explain_zh: Str,
    pub explain_en: Str,
    pub occurrences: List<Occurrence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Person {
    pub id: Str,
    pub name: Str,
    pub term: Option<u32>,
    pub role_ko: Str,
    pub role_zh: Str,
    pub role_en: Str,
    pub organisation: Option<u32>,
    pub country: Str,
    pub note_ko: Option<Str>,
    pub note_zh: Option<Str>,
    pub note_en: Option<Str>,
    /// Sentences that name the person (found by code).
    pub mentions: List<u32>,
    /// Sentences in which the person is quoted directly.
    pub quotes: List<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Organisation {
    pub id: Str,
    pub name: Str,
    pub term: Option<u32>,
    pub country: Str,
    pub name_en: Str,
    pub name_zh: Str,
    pub mentions: List<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FigureKind {
    Money,
    Percent,
    Count,
    Area,
    Duration,
    Date,
}

impl FigureKind {
    pub const ALL: [FigureKind; 6] = [
        FigureKind::Money,
        FigureKind::Percent,
        FigureKind::Count,
        FigureKind::Area,
        FigureKind::Duration,
        FigureKind::Date,
    ];
    pub fn key(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Count => "count",
            FigureKind::Area => "area",
            FigureKind::Duration => "duration",
            FigureKind::Date => "date",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Unit {
    Cny,
    Usd,
    Percent,
    Firms,
    Bodies,
    Visits,
    Agreements,
    Areas,
    People,
    Years,
    Months,
    Days,
    SquareMetres,
    None,
}

impl Unit {
    pub const ALL: [Unit; 14] = [
        Unit::Cny,
        Unit::Usd,
        Unit::Percent,
        Unit::Firms,
        Unit::Bodies,
        Unit::Visits,
        Unit::Agreements,
        Unit::Areas,
        Unit::People,
        Unit::Years,
        Unit::Months,
        Unit::Days,
        Unit::SquareMetres,
        Unit::None,
    ];
    /// The keyword in `data/figures.toml` (also the figures CSV's unit column).
    pub fn key(self) -> &'static str {
        match self {
            Unit::Cny => "CNY",
            Unit::Usd => "USD",
            Unit::Percent => "percent",
            Unit::Firms => "firms",
            Unit::Bodies => "bodies",
            Unit::Visits => "visits",
            Unit::Agreements => "agreements",
            Unit::Areas => "areas",
            Unit::People => "people",
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::Days => "days",
            Unit::SquareMetres => "m2",
            Unit::None => "none",
        }
    }
}

/// How the article qualifies a number: "120여 개" (여 = 余, "and more") and "20억 달러를 넘어섰고"
/// are `Over`; `About` is for a number the article gives as approximate ("약", "左右").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Bound {
    Exact,
    About,
    Over,
}

impl Bound {
    pub const ALL: [Bound; 3] = [Bound::Exact, Bound::About, Bound::Over];
    /// The keyword in `data/figures.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::About => "about",
            Bound::Over => "over",
        }
    }
}

/// A calendar date with optional month and day (0 = not given).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Days since 2000-01-01 (missing month/day count as the first), for date axes.
    pub fn ordinal(self) -> i32 {
        let (y, m, d) = (
            self.year as i32,
            self.month.max(1) as i32,
            self.day.max(1) as i32,
        );
        // Howard Hinnant's days_from_civil, shifted to 2000-01-01.
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468 - 10957
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    pub id: Str,
    pub kind: FigureKind,
    /// The number as stated (0 for dates).
    pub value: f64,
    pub bound: Bound,
    pub unit: Unit,
    pub period: Str,
    pub date: Option<Date>,
    pub date_end: Option<Date>,
    pub sentence: u32,
    pub start: u32,
    pub end: u32,
    /// The figure this one repeats (the article states some numbers twice).
    pub same_as: Option<u32>,
    pub label_ko: Str,
    pub label_zh: Str,
    pub label_en: Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Derived {
    pub id: Str,
    pub value: f64,
    pub unit: Unit,
    pub period: Str,
    /// The arithmetic, with the stated inputs written out.
    pub formula: Str,
    /// Indices of the stated figures this value is computed from.
    pub inputs: List<u32>,
    pub label_ko: Str,
    pub label_zh: Str,
    pub label_en: Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Event {
    pub id: Str,
    pub start: Date,
    pub end: Option<Date>,
    pub place: Option<u32>,
    pub sentences: List<u32>,
    pub figures: List<u32>,
    pub title_ko: Str,
    pub title_zh: Str,
    pub title_en: Str,
    pub what_ko: Str,
    pub what_zh: Str,
    pub what_en: Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rate {
    pub year: u16,
    pub usd_cny: f64,
    pub usd_krw: f64,
    pub source_usd_cny: Str,
    pub source_usd_krw: Str,
}

impl Dataset {
    pub fn sentence_index(&self, id: &str) -> Option<usize> {
        self.article.sentences.iter().position(|s| s.id == id)
    }
    pub fn term_index(&self, id: &str) -> Option<usize> {
        self.terms.iter().position(|t| t.id == id)
    }
    pub fn figure_index(&self, id: &str) -> Option<usize> {
        self.figures.iter().position(|f| f.id == id)
    }
    pub fn derived_value(&self, id: &str) -> Option<&Derived> {
        self.derived.iter().find(|d| d.id == id)
    }
    pub fn rate(&self, year: u16) -> Option<&Rate> {
        self.rates.iter().find(|r| r.year == year)
    }
    /// The article text rebuilt from its sentences: must equal the seed byte for byte.
    pub fn article_text(&self) -> String {
        let mut out = String::new();
        for (pi, p) in self.article.paragraphs.iter().enumerate() {
            if pi > 0 {
                out.push('\n');
            }
            let sents = &self.article.sentences[p.first as usize..(p.first + p.len) as usize];
            for s in sents {
                out.push_str(s.text);
                out.push_str(s.join);
            }
        }
        out
    }
    pub fn paragraph_sentences(&self, p: &Paragraph) -> &'static [Sentence] {
        &self.article.sentences[p.first as usize..(p.first + p.len) as usize]
    }
}

impl Dataset {
    /// The text of paragraph `i` (sentences and their joins).
    pub fn paragraphs_text(&self, i: usize) -> String {
        let p = &self.article.paragraphs[i];
        self.paragraph_sentences(p)
            .iter()
            .flat_map(|s| [s.text, s.join])
            .collect()
    }
}
