//! The validated ("high") form of the dataset: what the rest of the program sees.
//!
//! Everything is `&'static`: the app reads one `static DATASET` generated at build time (see
//! `bake.rs` and `build.rs`), and host tests build the same types at run time by leaking the
//! loaded strings (see `load/`). Cross references are indices into the `Dataset` slices, resolved
//! and checked by the loader, so the UI never looks anything up by string id.

use serde::Serialize;

pub use super::i18n::Tri;

pub type Str = &'static str;
pub type List<T> = &'static [T];

/// A text of the dataset that a reader reads: a sentence and its translations, a gloss, an
/// explanation, a label. In the wasm it is a place in the texts file the build writes beside it
/// (`texts-{hash}.txt`, fetched by boot.js with the wasm and handed over before the app starts:
/// `install_texts`), so the wasm bakes none of the texts the built HTML also carries; on the host
/// (build step, tests) it is the loaded string itself. Read it with `as_str` (or as a `&str`).
#[derive(Clone, Copy)]
pub struct Text(TextAt);

#[derive(Clone, Copy)]
enum TextAt {
    Here(&'static str),
    File { start: u32, len: u32 },
}

static TEXTS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// The texts file's length and FNV-1a hash, as the build wrote it for the baked dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextsFile {
    pub len: usize,
    pub hash: u64,
}

impl TextsFile {
    pub fn of(all: &str) -> TextsFile {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in all.bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        TextsFile {
            len: all.len(),
            hash,
        }
    }
}

/// Why the texts file cannot be used (the page says the app could not start).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// It is not the file this wasm was built with (a stale cache, a damaged download).
    Mismatch {
        expected: TextsFile,
        found: TextsFile,
    },
    /// Texts were installed already.
    Twice,
}

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextsError::Mismatch { expected, found } => write!(
                f,
                "the texts file is not the one this build wrote ({} bytes, hash {:016x}; expected {} bytes, hash {:016x})",
                found.len, found.hash, expected.len, expected.hash
            ),
            TextsError::Twice => write!(f, "the texts file was installed twice"),
        }
    }
}

/// Makes `all`, the texts file, the one every `Text` of the baked dataset reads, once it is
/// checked against what the build wrote (`expected`).
pub fn install_texts(all: &'static str, expected: TextsFile) -> Result<(), TextsError> {
    let found = TextsFile::of(all);
    if found != expected {
        return Err(TextsError::Mismatch { expected, found });
    }
    TEXTS.set(all).map_err(|_| TextsError::Twice)
}

impl Text {
    pub const fn new(s: &'static str) -> Text {
        Text(TextAt::Here(s))
    }
    /// A place in the texts file (what `bake` writes for the wasm).
    pub const fn at(start: u32, len: u32) -> Text {
        Text(TextAt::File { start, len })
    }
    pub fn as_str(self) -> &'static str {
        match self.0 {
            TextAt::Here(s) => s,
            TextAt::File { start, len } => {
                let all = TEXTS
                    .get()
                    .expect("the texts file is installed before the dataset is read");
                &all[start as usize..(start + len) as usize]
            }
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}
impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text::new(s)
    }
}
impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Text {}
impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}
impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}
impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
impl Default for Text {
    fn default() -> Text {
        Text::new("")
    }
}
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Tri<Text> {
    /// The text in `lang`, as a `&'static str`.
    pub fn str(self, lang: super::i18n::Lang) -> &'static str {
        self.get(lang).as_str()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Dataset {
    pub article: Article,
    pub terms: List<Term>,
    /// The characters of the terms' `hanja`, one each, in code point order
    /// (`data/hanja_chars.csv`, generated): what `core::hanja` shows syllable by syllable.
    pub hanja_chars: List<HanjaChar>,
    pub orthography: List<OrthoNote>,
    pub people: List<Person>,
    pub organisations: List<Organisation>,
    pub figures: List<Figure>,
    pub derived: List<Derived>,
    pub events: List<Event>,
    pub rates: List<Rate>,
    pub false_friends: List<FalseFriend>,
    /// The learner layer (`data/learner.toml`): the article's everyday Sino-Korean words that
    /// have no glossary card, each with a light entry. Marked only where nothing else is.
    pub learner: List<LearnerWord>,
    /// The charts (`data/charts.toml`): one per chart of the app, in `CHART_KINDS` order, each
    /// with its points and the figures of the text that select them.
    pub charts: List<Chart>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Article {
    /// The title (Korean, the page's) and its Chinese and English translations, for a page in
    /// those languages (a chart's or the glossary's built page names the article it comes from).
    #[serde(flatten, serialize_with = "json::title")]
    pub title: Tri<Text>,
    pub title_source: Str,
    pub title_note: Text,
    /// The page's `<meta name="description">`, in Korean like the page.
    pub description: Text,
    /// The line under the app's name in the header, in each interface language.
    #[serde(flatten, serialize_with = "json::tagline")]
    pub tagline: Tri<Text>,
    /// Who published and who translated the article, for the footer of every view (Korean):
    /// `credit` in the file, else the article's source and translator paragraphs.
    pub credit: Text,
    /// The date the source ran, YYYY-MM-DD (checked), and the paper's edition as a citation
    /// names it ("흑룡강일보 조선문판", "《黑龙江日报》朝鲜文版", "Heilongjiang Daily, Korean edition").
    pub published: Str,
    #[serde(flatten, serialize_with = "json::edition")]
    pub edition: Tri<Text>,
    /// The report as the paper published it online (http or https, checked): the source line
    /// under the title links to it.
    pub source_url: Str,
    /// What the sentences' Chinese and English translations are: this edition's own, not the
    /// source (the Chinese original of the report was not found). Show it with them.
    #[serde(flatten, serialize_with = "json::translation_note")]
    pub translation_note: Tri<Text>,
    pub paragraphs: List<Paragraph>,
    pub sentences: List<Sentence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
    pub text: Text,
    /// What follows this sentence inside its paragraph ("" or " "); "" for the last one.
    pub join: Str,
    /// This edition's translations of the sentence (not the source: see
    /// `Article::translation_note`), in simplified Chinese and in English. Glossary terms are
    /// rendered as their cards give them (hanzi in Chinese, the gloss's wording in English).
    pub zh: Text,
    pub en: Text,
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
#[serde(rename_all = "snake_case")]
pub enum Target {
    Term(u32),
    Ortho(u32),
    Figure(u32),
    /// A word of the learner layer (`Dataset::learner`): never in `Sentence::marks` (its marks
    /// are `Dataset::learner_marks`, shown when the reader turns the layer on), but a card the
    /// app opens like any other.
    Learner(u32),
}

impl Target {
    /// Where the target occurs in the article, as (sentence index, byte start) anchors in text
    /// order: a term's, spelling note's or learner word's occurrences; a figure's one place.
    pub fn anchors(self, ds: &Dataset) -> Vec<(u32, u32)> {
        let occ = |o: &[Occurrence]| o.iter().map(|o| (o.sentence, o.start)).collect();
        match self {
            Target::Term(i) => occ(ds.terms[i as usize].occurrences),
            Target::Ortho(i) => occ(ds.orthography[i as usize].occurrences),
            Target::Figure(i) => {
                let f = &ds.figures[i as usize];
                vec![(f.sentence, f.start)]
            }
            Target::Learner(i) => occ(ds.learner[i as usize].occurrences),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
#[serde(rename_all = "snake_case")]
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
    /// The Korean word's own hanja, traditional as Korean writes them (상반기 上半期, whose
    /// Chinese counterpart `hanzi_*` is 上半年): `hanja[i]` is `forms[i]`'s, one character per
    /// Hangul syllable; forms from `hanja.len()` on have none, and a word that is not
    /// Sino-Korean (바이오메디컬, a name known only in Hangul) has none at all.
    pub hanja: List<Str>,
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
    /// The first form's pronunciation where the rules get it wrong (생산성 [생산썽]); show
    /// `core::pronounce::term_pronunciation`, which falls back to the rules.
    pub pronunciation: Option<Str>,
    pub category: Category,
    #[serde(flatten, serialize_with = "json::gloss")]
    pub gloss: Tri<Text>,
    /// A note in all three languages or none (the loader checks that a file gives all or none).
    #[serde(flatten, serialize_with = "json::note")]
    pub note: Option<Tri<Text>>,
    pub confidence: Confidence,
    /// A word a South Korean reader reads as everyday Korean (반도체, 식품): the quiet reading,
    /// the Korean reader's default, leaves it unmarked (issue #20).
    pub quiet: bool,
    /// Orthography notes whose form lies inside one of this term's forms.
    pub ortho: List<u32>,
    pub occurrences: List<Occurrence>,
}

/// One character of the terms' hanja (`data/hanja_chars.csv`, generated by
/// `scripts/gen-hanja-chars.py` from the `hanja` crate's word list and Unihan).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HanjaChar {
    /// The character as Korean writes it: traditional, Korea's standard glyph (龍, 産, 硏).
    pub hanja: Str,
    /// Its Korean sounds, the ones the terms use first (룡; 률, 솔), spelt without the
    /// initial-sound law.
    pub readings: List<Str>,
    /// Meaning and sound (훈음) for the sounds the terms use, as the dictionary gives them, ", "
    /// between entries: "용 룡".
    pub hunum: Text,
    /// The form simplified Chinese writes (龙), the character itself when not simplified.
    pub simplified: Str,
    /// Common Mandarin readings, tone-marked, the customary one first (zhǎng, cháng).
    pub pinyin: List<Str>,
    /// A short English meaning.
    pub meaning_en: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
    #[serde(flatten, serialize_with = "json::explain")]
    pub explain: Tri<Text>,
    pub occurrences: List<Occurrence>,
}

/// A Sino-Korean word of the article whose hanzi mean something else in Chinese
/// (`data/false_friends.toml`): 소통 (疏通 "unblock" in Chinese, which says 沟通).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FalseFriend {
    /// As written in the article.
    pub word: Str,
    /// The word's own hanja (traditional), 疏通.
    pub hanja: Str,
    /// What the word means here, what the hanzi mean in Chinese and what Chinese says instead,
    /// in the reader's language.
    #[serde(flatten, serialize_with = "json::note")]
    pub note: Tri<Text>,
    /// The glossary term that has `word` as a form (대표, 시찰), or as a word of a form between
    /// spaces (전년 in "전년 동기 대비", 친구 in "오랜 친구"), if any; the others are common words
    /// without a card (the learner layer's).
    pub term: Option<u32>,
    /// The learner word written the same (`Dataset::learner`), if any (소통, 도모). An entry has
    /// a term or a learner word, or both (행사), so some card shows it.
    pub learner: Option<u32>,
}

/// A light entry of the learner layer (`data/learner.toml`): an everyday Sino-Korean word of the
/// article (협력, 중소기업) that needs no glossary card, so that a learner can still look it up.
/// The Korean reader's plain reading leaves it unmarked.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LearnerWord {
    /// As written in the article (Hangul): 중소기업.
    pub word: Str,
    /// The word's own hanja, traditional, as Korean writes them: 中小企業.
    pub hanja: Str,
    /// The Chinese word a Chinese reader would use (simplified), which may differ from the hanja:
    /// 소통 疏通 → 沟通.
    pub zh: Str,
    /// Pinyin of `zh`, with tone marks (zhōngxiǎo qǐyè).
    pub pinyin: Str,
    #[serde(flatten, serialize_with = "json::gloss")]
    pub gloss: Tri<Text>,
    /// Where the word occurs, in text order: only where no glossary term, spelling note or
    /// figure is marked (never overlapping `Sentence::marks`), leftmost-longest among the
    /// learner words (중소기업 rather than 기업 inside it). Never empty.
    pub occurrences: List<Occurrence>,
}

/// A learner word's occurrence in one sentence (`Dataset::learner_marks`): byte range in the
/// sentence's text and the index into `Dataset::learner`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LearnerMark {
    pub start: u32,
    pub end: u32,
    pub word: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Person {
    pub id: Str,
    pub name: Str,
    pub term: Option<u32>,
    #[serde(flatten, serialize_with = "json::role")]
    pub role: Tri<Text>,
    pub organisation: Option<u32>,
    pub country: Str,
    /// A note in all three languages or none, like a term's.
    #[serde(flatten, serialize_with = "json::note")]
    pub note: Option<Tri<Text>>,
    /// Sentences that name the person (found by code).
    pub mentions: List<u32>,
    /// How often a form of the name occurs in the text, leftmost-longest as the glossary's marks
    /// are found (`annotate::find_marks`): what the people panel's count says, the same thing the
    /// glossary's count says (a sentence may name someone twice, so it can exceed `mentions`).
    pub mention_count: u32,
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
    /// Sentences that name the organisation, by any of its names (found by code).
    pub mentions: List<u32>,
    /// How often one of its names occurs in the text, counted as `Person::mention_count`.
    pub mention_count: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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
#[serde(rename_all = "snake_case")]
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
    #[serde(rename = "m2")]
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
#[serde(rename_all = "snake_case")]
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
    #[serde(flatten, serialize_with = "json::label")]
    pub label: Tri<Text>,
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
    #[serde(flatten, serialize_with = "json::label")]
    pub label: Tri<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Event {
    pub id: Str,
    pub start: Date,
    pub end: Option<Date>,
    pub place: Option<u32>,
    pub sentences: List<u32>,
    pub figures: List<u32>,
    #[serde(flatten, serialize_with = "json::event_title")]
    pub title: Tri<Text>,
    #[serde(flatten, serialize_with = "json::what")]
    pub what: Tri<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rate {
    pub year: u16,
    pub usd_cny: f64,
    pub usd_krw: f64,
    pub source_usd_cny: Str,
    pub source_usd_krw: Str,
}

/// What a chart of the app draws. Fixed for each chart by the app (`CHART_KINDS`), so that
/// `data/charts.toml` names no kind, only what the chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Money in yuan, one bar per figure (stated or derived), with an optional growth rate
    /// written above the bars.
    Bars,
    /// The events of `events.toml` on a date axis, in the file's order.
    Timeline,
    /// The key figures: a tile per figure.
    Tiles,
}

/// The app's charts, by the id the URL gives them (`url_state::ChartId::code`: `#chart=trade`),
/// in the panel's order, and what each draws: every one needs its `[[chart]]` entry.
pub const CHART_KINDS: [(&str, ChartKind); 4] = [
    ("trade", ChartKind::Bars),
    ("half", ChartKind::Bars),
    ("timeline", ChartKind::Timeline),
    ("key", ChartKind::Tiles),
];

/// What a chart point shows: a stated figure, a derived one or an event (indices into
/// `Dataset::figures`, `derived`, `events`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartValue {
    Figure(u32),
    Derived(u32),
    Event(u32),
}

/// The growth rate a bar chart writes above its bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GrowthKind {
    /// Compound annual growth from the year `Annotation::from` to `to` ("2017→2022 +21.3% a
    /// year"), measured in yuan: always says so.
    Cagr,
    /// Growth on the same period a year before ("+66.4% year on year"): says "in yuan" when the
    /// bars are converted.
    YearOnYear,
}

/// A bar chart's growth rate: a percent figure, stated or derived (never an event).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Annotation {
    pub kind: GrowthKind,
    pub value: ChartValue,
    /// The first and last year a compound growth runs over (from the figure's period,
    /// "2017–2022"); 0 for a year-on-year one.
    pub from: u16,
    pub to: u16,
}

/// One point of a chart (a bar, an event, a tile): what it shows and both directions of
/// point ↔ figure, resolved and checked by the loader.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChartPoint {
    pub value: ChartValue,
    /// The figure of the text the point stands for, whose sentence its tooltip quotes and whose
    /// mark it links to: a stated value's own; a derived value's stated money input (2021 trade →
    /// the 2022 trade it is computed from); an event's first figure, `None` if it states none.
    pub figure: Option<u32>,
    /// The sentence the point comes from: its figure's, else the event's first.
    pub sentence: u32,
    /// The figures of the text that select this point: a stated value itself, the figures
    /// `selects` gives it (a growth rate selects the bar it describes), an event's figures, and
    /// every repeat (`same_as`) of these. A figure's point on a chart is the first listing it.
    pub selected_by: List<u32>,
}

/// A chart of the app as `data/charts.toml` defines it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Chart {
    /// One of `CHART_KINDS`' ids.
    pub id: Str,
    pub kind: ChartKind,
    /// In drawing order: the bars, the events, the tiles. A point's index is what `pt=` says in
    /// the URL.
    pub points: List<ChartPoint>,
    pub annotation: Option<Annotation>,
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
    /// The chart with id `id` (`CHART_KINDS`; the loader gives every one an entry).
    pub fn chart(&self, id: &str) -> Option<&'static Chart> {
        self.charts.iter().find(|c| c.id == id)
    }
    /// The id, number and period of a chart value (an event has no number: 0).
    pub fn chart_value(&self, v: ChartValue) -> (Str, f64, Str) {
        match v {
            ChartValue::Figure(i) => {
                let f = &self.figures[i as usize];
                (f.id, f.value, f.period)
            }
            ChartValue::Derived(i) => {
                let d = &self.derived[i as usize];
                (d.id, d.value, d.period)
            }
            ChartValue::Event(i) => (self.events[i as usize].id, 0.0, ""),
        }
    }
    pub fn rate(&self, year: u16) -> Option<&Rate> {
        self.rates.iter().find(|r| r.year == year)
    }
    /// The false friend written `word` (소통), if the word is one.
    pub fn false_friend(&self, word: &str) -> Option<&FalseFriend> {
        self.false_friends.iter().find(|f| f.word == word)
    }
    /// The false friend linked to glossary term `term` (an index), if any.
    pub fn term_false_friend(&self, term: usize) -> Option<&FalseFriend> {
        self.false_friends
            .iter()
            .find(|f| f.term == Some(term as u32))
    }
    /// The false friend linked to learner word `word` (an index into `learner`), if any.
    pub fn learner_false_friend(&self, word: usize) -> Option<&FalseFriend> {
        self.false_friends
            .iter()
            .find(|f| f.learner == Some(word as u32))
    }
    /// The learner word written `word` (협력), if the learner layer has it.
    pub fn learner_index(&self, word: &str) -> Option<usize> {
        self.learner.iter().position(|l| l.word == word)
    }
    /// The learner layer's marks in sentence `si`, in text order. They never overlap the
    /// sentence's `marks` (terms, spelling notes, figures), so a view can merge both.
    pub fn learner_marks(&self, si: usize) -> Vec<LearnerMark> {
        let mut out: Vec<LearnerMark> = self
            .learner
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                l.occurrences
                    .iter()
                    .filter(|o| o.sentence as usize == si)
                    .map(move |o| LearnerMark {
                        start: o.start,
                        end: o.end,
                        word: i as u32,
                    })
            })
            .collect();
        out.sort_by_key(|m| m.start);
        out
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
                out.push_str(&s.text);
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
            .flat_map(|s| [s.text.as_str(), s.join])
            .collect()
    }
}

/// The JSON download writes a text in three languages as the data files write it: three fields
/// in place (`gloss_ko`, `gloss_zh`, `gloss_en`; the article's title is `title`, `title_zh`,
/// `title_en`), `null` in each where an optional text is absent. Each function here serialises
/// one such field of the model (`#[serde(flatten, serialize_with = …)]`).
mod json {
    use super::{Text, Tri};
    use serde::ser::{SerializeMap, Serializer};

    /// A required text (`Tri<Text>`) or an optional one (`Option<Tri<Text>>`).
    pub trait Texts {
        fn texts(&self) -> Tri<Option<Text>>;
    }
    impl Texts for Tri<Text> {
        fn texts(&self) -> Tri<Option<Text>> {
            self.map(Some)
        }
    }
    impl Texts for Option<Tri<Text>> {
        fn texts(&self) -> Tri<Option<Text>> {
            match self {
                Some(t) => t.map(Some),
                None => Tri::default(),
            }
        }
    }

    fn fields<S: Serializer>(names: [&str; 3], t: &impl Texts, s: S) -> Result<S::Ok, S::Error> {
        let t = t.texts();
        let mut map = s.serialize_map(Some(3))?;
        for (name, (_, text)) in names.into_iter().zip(t.iter()) {
            map.serialize_entry(name, text)?;
        }
        map.end()
    }

    /// The article's title: the Korean one is plain `title`.
    pub fn title<S: Serializer>(t: &impl Texts, s: S) -> Result<S::Ok, S::Error> {
        fields(["title", "title_zh", "title_en"], t, s)
    }
    /// An event's title (`title_ko`, …; a Rust function cannot share the article's name).
    pub fn event_title<S: Serializer>(t: &impl Texts, s: S) -> Result<S::Ok, S::Error> {
        fields(["title_ko", "title_zh", "title_en"], t, s)
    }

    /// The field `f` as `f_ko`, `f_zh`, `f_en`.
    macro_rules! suffixed {
        ($($f:ident),* $(,)?) => {$(
            pub fn $f<S: Serializer>(t: &impl Texts, s: S) -> Result<S::Ok, S::Error> {
                let names = [
                    concat!(stringify!($f), "_ko"),
                    concat!(stringify!($f), "_zh"),
                    concat!(stringify!($f), "_en"),
                ];
                fields(names, t, s)
            }
        )*};
    }
    suffixed!(
        tagline,
        edition,
        translation_note,
        gloss,
        note,
        explain,
        role,
        label,
        what
    );
}
