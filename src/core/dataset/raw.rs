//! The "low" form of the dataset: serde types that mirror the files in `data/` field for field.
//! They are only parsed here, never used by the UI; `load/` validates them into `model.rs` types.
//! `deny_unknown_fields` everywhere, so a misspelt field is an error, not silently ignored.
//!
//! Keyword fields (`kind`, `category`, `confidence`, `rule`, `unit`, `bound`, `title_source`)
//! are parsed here, straight into the model's enums, by each enum's `key()`: one spelling, shared
//! with the CSV export and the DOM, and an unknown keyword is an error listing the allowed ones.

use super::model::*;
use serde::de::{Deserializer, Error as _};
use serde::Deserialize;

/// Implements `Deserialize` for enums with `ALL` and `key()`: the file holds the key.
macro_rules! keyword {
    ($($t:ty),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$t>::ALL.into_iter().find(|v| v.key() == s).ok_or_else(|| {
                    let allowed = <$t>::ALL.map(|v| v.key()).join(", ");
                    D::Error::custom(format!("\"{s}\" is not one of {allowed}"))
                })
            }
        }
    )*};
}
keyword!(
    ParagraphKind,
    Category,
    Confidence,
    OrthoRule,
    FigureKind,
    Unit,
    Bound,
    TitleSource,
);

/// Where the article's title comes from (the model keeps the key).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleSource {
    /// The seed has a headline.
    Source,
    /// We added one.
    Editorial,
}

impl TitleSource {
    pub const ALL: [TitleSource; 2] = [TitleSource::Source, TitleSource::Editorial];
    pub fn key(self) -> &'static str {
        match self {
            TitleSource::Source => "source",
            TitleSource::Editorial => "editorial",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    pub title: String,
    pub title_zh: String,
    pub title_en: String,
    pub title_source: TitleSource,
    pub title_note: String,
    pub seed: String,
    /// The SHA-256 of `source/article.txt` (lowercase hex): a plain clone checks its copy of the
    /// seed against it (tests/dataset.rs), with or without the shared folder beside it.
    pub seed_sha256: String,
    pub description: String,
    pub tagline_ko: String,
    pub tagline_zh: String,
    pub tagline_en: String,
    pub credit: Option<String>,
    /// The date the source ran (YYYY-MM-DD) and the paper's edition in ko/zh/en: what a
    /// citation names (with the translator paragraph).
    pub published: String,
    pub edition_ko: String,
    pub edition_zh: String,
    pub edition_en: String,
    /// The report as the paper published it online (an http or https URL): the page's source
    /// line links to it.
    pub source_url: String,
    /// What the sentences' translations are (ours, not the source), in ko/zh/en: optional here
    /// so that the loader can say which one is missing.
    pub translation_note_ko: Option<String>,
    pub translation_note_zh: Option<String>,
    pub translation_note_en: Option<String>,
    /// Read one by one as `RawParagraph`s (from the table), so that a broken paragraph does not
    /// hide the rest, nor a broken title field the paragraphs.
    pub paragraph: Vec<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParagraph {
    pub id: String,
    pub kind: ParagraphKind,
    pub sentence: Vec<RawSentence>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSentence {
    pub id: String,
    pub text: String,
    pub join: Option<String>,
    /// This edition's Chinese and English translations: optional here so that the loader names
    /// the sentence and the field when one is missing.
    pub zh: Option<String>,
    pub en: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    pub id: String,
    pub forms: Vec<String>,
    /// The Korean word's own hanja (traditional, as Korean writes them): a string for the first
    /// form, or an array with one per form.
    pub hanja: Option<RawHanja>,
    pub standard: String,
    #[serde(default)]
    pub variants: Vec<String>,
    pub hanzi_simplified: Option<String>,
    pub hanzi_traditional: Option<String>,
    pub pinyin: Option<String>,
    pub sino_korean: Option<String>,
    pub sino_korean_sk: Option<String>,
    /// The first form's pronunciation where the rules (`core::pronounce`) get it wrong.
    pub pronunciation: Option<String>,
    pub category: Category,
    pub gloss_ko: String,
    pub gloss_zh: String,
    pub gloss_en: String,
    pub note_ko: Option<String>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
    pub confidence: Confidence,
    /// Everyday South Korean Korean: the quiet reading leaves it unmarked (issue #20).
    #[serde(default)]
    pub quiet: bool,
}

/// A term's `hanja`: `"上半期"` (the first form's) or `["實査活動", "實査團"]` (one per form).
#[derive(Debug, Clone, PartialEq)]
pub enum RawHanja {
    First(String),
    Each(Vec<String>),
}

impl<'de> Deserialize<'de> for RawHanja {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            First(String),
            Each(Vec<String>),
        }
        Either::deserialize(d)
            .map(|e| match e {
                Either::First(s) => RawHanja::First(s),
                Either::Each(v) => RawHanja::Each(v),
            })
            .map_err(|_| {
                D::Error::custom(
                    "must be the first form's hanja (a string) or each form's (an array of strings)",
                )
            })
    }
}

/// An entry of `data/false_friends.toml` (labelled by its `word`, which has no id).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFalseFriend {
    pub word: String,
    pub hanja: String,
    pub note_ko: String,
    pub note_zh: String,
    pub note_en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrtho {
    pub id: String,
    pub form: String,
    pub standard: String,
    pub rule: OrthoRule,
    pub explain_ko: String,
    pub explain_zh: String,
    pub explain_en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub id: String,
    pub name: String,
    pub forms: Vec<String>,
    pub term: Option<String>,
    pub role_ko: String,
    pub role_zh: String,
    pub role_en: String,
    pub organisation: Option<String>,
    pub country: String,
    pub note_ko: Option<String>,
    pub note_zh: Option<String>,
    pub note_en: Option<String>,
    pub quotes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrganisation {
    pub id: String,
    pub name: String,
    pub forms: Vec<String>,
    pub term: Option<String>,
    pub country: String,
    pub name_en: String,
    pub name_zh: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub id: String,
    pub kind: FigureKind,
    pub value: Option<f64>,
    #[serde(default = "exact")]
    pub bound: Bound,
    pub unit: Option<Unit>,
    pub period: String,
    pub date: Option<String>,
    pub date_end: Option<String>,
    pub sentence: String,
    pub span: String,
    pub nth: Option<u32>,
    pub same_as: Option<String>,
    pub checks_event: Option<String>,
    pub label_ko: String,
    pub label_zh: String,
    pub label_en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub start: String,
    pub end: Option<String>,
    pub place: Option<String>,
    pub sentences: Vec<String>,
    pub figures: Vec<String>,
    pub title_ko: String,
    pub title_zh: String,
    pub title_en: String,
    pub what_ko: String,
    pub what_zh: String,
    pub what_en: String,
}

/// An entry of `data/charts.toml`: which of the fields apply depends on the chart's kind
/// (`model::CHART_KINDS`), so all are optional here and the loader says which one is missing or
/// out of place.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChart {
    pub id: String,
    pub bars: Option<Vec<String>>,
    pub cagr: Option<String>,
    pub growth: Option<String>,
    /// Figure id → the bar (figure id) it selects.
    pub selects: Option<std::collections::BTreeMap<String, String>>,
    pub tiles: Option<Vec<String>>,
}

fn exact() -> Bound {
    Bound::Exact
}

/// An entry of `data/learner.toml`, the learner layer (labelled by its `word`, which has no id).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLearnerWord {
    pub word: String,
    pub hanja: String,
    pub zh: String,
    pub pinyin: String,
    pub gloss_ko: String,
    pub gloss_zh: String,
    pub gloss_en: String,
}
