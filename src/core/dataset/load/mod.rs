//! Loads and validates `data/` into the high form (`model.rs`). Runs at build time (from
//! `build.rs`, which includes this module) and in host tests; never in the browser.
//!
//! Every problem is collected as a `DataError` naming the file, the entry, the field and what is
//! wrong, so a broken dataset stops `cargo build` / `trunk serve` with a message an editor can act
//! on. Nothing is "fixed up": the loader only checks and resolves.
//!
//! One loader per file, in dependency order: `article` → `glossary`, `orthography` → `figures`
//! (placed on sentences) → `marks` (terms and notes found around the figures) → `entities`,
//! `events`, `false_friends` (linked to the terms), `learner` (the learner layer, marked where
//! nothing else is) → `rates`; `hanja` reads the character table right after the glossary, and
//! checks the terms' hanja against it then, the learner words' and the false friends' once they
//! are loaded; `charts` last, once the figures are derived (a chart names stated and derived
//! figures and shows the events); then the checks across files and the seed round trip, here.
//! Like the rest of `dataset/`, these modules refer to each other only through `super::`, because
//! `build.rs` includes this directory by path.

mod article;
mod charts;
mod check;
mod entities;
mod events;
mod false_friends;
mod figures;
mod glossary;
mod hanja;
mod learner;
mod marks;
mod orthography;
mod rates;

use super::derive::derive;
use super::model::*;
use check::leak_list;
use std::fmt;
use std::path::Path;

pub const ARTICLE: &str = "data/article.toml";
pub const SEED: &str = "data/source/article.txt";
pub const GLOSSARY: &str = "data/glossary.toml";
pub const HANJA_CHARS: &str = "data/hanja_chars.csv";
pub const ORTHOGRAPHY: &str = "data/orthography.toml";
pub const ENTITIES: &str = "data/entities.toml";
pub const FIGURES: &str = "data/figures.toml";
pub const EVENTS: &str = "data/events.toml";
pub const RATES: &str = "data/exchange_rates.csv";
pub const FALSE_FRIENDS: &str = "data/false_friends.toml";
pub const LEARNER: &str = "data/learner.toml";
pub const CHARTS: &str = "data/charts.toml";

/// The texts of the dataset files (so tests can feed broken copies without touching disk).
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub article: String,
    pub seed: String,
    pub glossary: String,
    pub orthography: String,
    pub entities: String,
    pub figures: String,
    pub events: String,
    pub rates: String,
    pub hanja_chars: String,
    pub false_friends: String,
    pub learner: String,
    pub charts: String,
}

impl Sources {
    /// Reads the files under `root` (the crate directory).
    pub fn read(root: &Path) -> Result<Sources, Vec<DataError>> {
        let mut errors = Vec::new();
        let mut read = |file: &'static str| match std::fs::read_to_string(root.join(file)) {
            Ok(s) => s,
            Err(e) => {
                errors.push(DataError::new(
                    file,
                    "",
                    "",
                    format!("cannot read the file: {e}"),
                ));
                String::new()
            }
        };
        let s = Sources {
            article: read(ARTICLE),
            seed: read(SEED),
            glossary: read(GLOSSARY),
            orthography: read(ORTHOGRAPHY),
            entities: read(ENTITIES),
            figures: read(FIGURES),
            events: read(EVENTS),
            rates: read(RATES),
            hanja_chars: read(HANJA_CHARS),
            false_friends: read(FALSE_FRIENDS),
            learner: read(LEARNER),
            charts: read(CHARTS),
        };
        if errors.is_empty() {
            Ok(s)
        } else {
            Err(errors)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: &'static str,
    /// Which entry: `[[term]] "harbin"`, or `[[figure]] #3` when the id itself is missing.
    pub entry: String,
    pub field: String,
    pub message: String,
}

impl DataError {
    fn new(file: &'static str, entry: &str, field: &str, message: impl Into<String>) -> Self {
        DataError {
            file,
            entry: entry.into(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.entry.is_empty() {
            write!(f, ": {}", self.entry)?;
        }
        if !self.field.is_empty() {
            write!(f, ": field `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Loads and validates the whole dataset.
pub fn load(src: &Sources) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut article = article::load(&src.article, &mut errors);
    let mut terms = glossary::load(&src.glossary, &mut errors);
    let hanja_chars = hanja::load_chars(&src.hanja_chars, &mut errors);
    hanja::check_readings(&terms, &hanja_chars, &mut errors);
    let mut orthography = orthography::load(&src.orthography, &mut errors);
    // Figures first: their spans are fixed, and the terms are found around them.
    let (figures, figure_refs) = figures::load(&src.figures, &article, &mut errors);
    marks::place(
        &mut article,
        &mut terms,
        &mut orthography,
        &figures,
        &mut errors,
    );
    let (organisations, people) = entities::load(&src.entities, &article, &terms, &mut errors);
    let events = events::load(&src.events, &article, &terms, &figures, &mut errors);
    // After the marks: learner words go only where nothing else is marked.
    let learner = learner::load(&src.learner, &article, &terms, &mut errors);
    let learner_hanja = learner.iter().map(|w| (w.word, w.hanja));
    hanja::check_word_readings(LEARNER, "word", learner_hanja, &hanja_chars, &mut errors);
    // Linked to the glossary terms and the learner words.
    let false_friends =
        false_friends::load(&src.false_friends, &article, &terms, &learner, &mut errors);
    let ff_hanja = false_friends.iter().map(|f| (f.word, f.hanja));
    hanja::check_word_readings(
        FALSE_FRIENDS,
        "false_friend",
        ff_hanja,
        &hanja_chars,
        &mut errors,
    );
    figures::check_event_lengths(&figures, &figure_refs, &events, &mut errors);
    let rates = rates::load(&src.rates, &mut errors);
    rates::check_money_years(&figures, &rates, &mut errors);
    let derived = derive(&figures).unwrap_or_else(|e| {
        errors.push(DataError::new(FIGURES, "", "", e));
        Vec::new()
    });
    // Last: a chart names stated and derived figures, and its timeline is the events.
    let charts = charts::load(
        &src.charts,
        &charts::Facts {
            figures: &figures,
            derived: &derived,
            events: &events,
            rates: &rates,
        },
        &mut errors,
    );
    let article_ok = article.ok;
    let dataset = Dataset {
        article: article.into_article(),
        terms: leak_list(terms),
        hanja_chars: leak_list(hanja_chars),
        orthography: leak_list(orthography),
        people: leak_list(people),
        organisations: leak_list(organisations),
        figures: leak_list(figures),
        derived: leak_list(derived),
        events: leak_list(events),
        rates: leak_list(rates),
        false_friends: leak_list(false_friends),
        learner: leak_list(learner),
        charts: leak_list(charts),
    };
    if article_ok {
        check_round_trip(&dataset, &src.seed, &mut errors);
    }
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// The sentences, with their joins and the paragraph breaks, must rebuild the seed exactly.
fn check_round_trip(dataset: &Dataset, seed: &str, errors: &mut Vec<DataError>) {
    let rebuilt = dataset.article_text();
    if rebuilt == seed {
        return;
    }
    let at = rebuilt
        .char_indices()
        .zip(seed.chars())
        .find(|((_, a), b)| a != b)
        .map(|((i, _), _)| i)
        .unwrap_or(rebuilt.len().min(seed.len()));
    let near = |s: &str| {
        s.get(at..)
            .unwrap_or("")
            .chars()
            .take(30)
            .collect::<String>()
    };
    errors.push(DataError::new(
        ARTICLE,
        "",
        "",
        format!(
            "the sentences do not rebuild {SEED}: first difference at byte {at}: article has {:?}, seed has {:?}",
            near(&rebuilt),
            near(seed)
        ),
    ));
}
