//! Loads and validates `data/` into the high form (`model.rs`). Runs at build time (from
//! `build.rs`, which includes this file) and in host tests; never in the browser.
//!
//! Every problem is collected as a `DataError` naming the file, the entry, the field and what is
//! wrong, so a broken dataset stops `cargo build` / `trunk serve` with a message an editor can act
//! on. Nothing is "fixed up": the loader only checks and resolves.

use super::annotate::find_marks;
use super::derive::derive;
use super::knum::{digit_runs, parse_korean_number};
use super::model::*;
use super::pinyin::syllables;
use super::raw::*;
use super::reading::{same_reading, with_initial_sound_law};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

pub const ARTICLE: &str = "data/article.toml";
pub const SEED: &str = "data/source/article.txt";
pub const GLOSSARY: &str = "data/glossary.toml";
pub const ORTHOGRAPHY: &str = "data/orthography.toml";
pub const ENTITIES: &str = "data/entities.toml";
pub const FIGURES: &str = "data/figures.toml";
pub const EVENTS: &str = "data/events.toml";
pub const RATES: &str = "data/exchange_rates.csv";

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

fn leak(s: impl Into<String>) -> &'static str {
    Box::leak(s.into().into_boxed_str())
}
fn leak_opt(s: Option<String>) -> Option<&'static str> {
    s.map(leak)
}
fn leak_list<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Collects errors while validating one file.
struct Check<'e> {
    file: &'static str,
    errors: &'e mut Vec<DataError>,
}

impl Check<'_> {
    fn err(&mut self, entry: &str, field: &str, msg: impl Into<String>) {
        self.errors
            .push(DataError::new(self.file, entry, field, msg));
    }

    /// Parses `text` as TOML and deserialises each table of the array `key` into `T`.
    /// Returns (entry label, item) pairs; broken entries are reported and skipped.
    fn entries<T: serde::de::DeserializeOwned>(
        &mut self,
        text: &str,
        key: &str,
    ) -> Vec<(String, T)> {
        let table: toml::Table = match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                self.err("", "", format!("not valid TOML: {}", e.message()));
                return Vec::new();
            }
        };
        self.items(&table, key)
    }

    fn items<T: serde::de::DeserializeOwned>(
        &mut self,
        table: &toml::Table,
        key: &str,
    ) -> Vec<(String, T)> {
        for k in table.keys() {
            if k != key {
                self.err(
                    "",
                    k,
                    format!("unknown top-level key (expected only [[{key}]] entries)"),
                );
            }
        }
        let Some(arr) = table.get(key).and_then(|v| v.as_array()) else {
            self.err(
                "",
                key,
                format!("missing: the file must contain [[{key}]] entries"),
            );
            return Vec::new();
        };
        self.array(arr, key)
    }

    fn array<T: serde::de::DeserializeOwned>(
        &mut self,
        arr: &[toml::Value],
        key: &str,
    ) -> Vec<(String, T)> {
        let mut out = Vec::new();
        for (n, v) in arr.iter().enumerate() {
            let label = match v.get("id").and_then(|i| i.as_str()) {
                Some(id) => format!("[[{key}]] \"{id}\""),
                None => format!("[[{key}]] #{}", n + 1),
            };
            match v.clone().try_into::<T>() {
                Ok(t) => out.push((label, t)),
                Err(e) => {
                    let msg = e.message().to_string();
                    self.err(&label, field_of(&msg), msg.clone());
                }
            }
        }
        out
    }

    fn unique_ids<'a>(&mut self, ids: impl Iterator<Item = (&'a str, &'a str)>) {
        let mut seen = HashSet::new();
        for (label, id) in ids {
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            {
                self.err(
                    label,
                    "id",
                    format!("\"{id}\" must be non-empty lowercase ASCII, digits and _"),
                );
            }
            if !seen.insert(id) {
                self.err(label, "id", format!("duplicate id \"{id}\""));
            }
        }
    }

    fn non_empty(&mut self, label: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.err(label, field, "must not be empty");
        }
    }

    /// One text in Korean, Chinese and English, as three fields (ko, zh, en): all three or,
    /// when `required` is false, none; each non-empty and in its language's script (Korean has
    /// Hangul, Chinese has hanzi, English has Latin letters), so a missing translation cannot
    /// hide behind a copy of another language.
    fn three_langs(&mut self, label: &str, fields: [(&str, Option<&str>); 3], required: bool) {
        if !required && fields.iter().all(|(_, v)| v.is_none()) {
            return;
        }
        let scripts: [(fn(char) -> bool, &str); 3] = [
            (is_hangul, "Korean (Hangul)"),
            (is_han, "Chinese characters"),
            (|c: char| c.is_ascii_alphabetic(), "English (Latin letters)"),
        ];
        for ((field, value), (script, what)) in fields.into_iter().zip(scripts) {
            match value {
                None if required => {
                    self.err(label, field, "is missing: it is needed in ko, zh and en")
                }
                None => self.err(
                    label,
                    field,
                    "is missing: give this text in ko, zh and en, or in none",
                ),
                Some(v) if v.trim().is_empty() => self.err(label, field, "must not be empty"),
                Some(v) if !v.chars().any(script) => self.err(
                    label,
                    field,
                    format!("\"{v}\" has no {what}: is it in the right language?"),
                ),
                Some(_) => {}
            }
        }
    }
}

/// The field a serde error names ("missing field `gloss_en`" → "gloss_en"), or "".
fn field_of(msg: &str) -> &str {
    msg.split('`')
        .nth(1)
        .filter(|_| msg.contains("field"))
        .unwrap_or("")
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Parses "2023", "2023-05" or "2023-05-23".
pub fn parse_date(s: &str) -> Option<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    if parts.is_empty() || parts.len() > 3 || parts[0].len() != 4 {
        return None;
    }
    let year: u16 = parts[0].parse().ok()?;
    let month: u8 = match parts.get(1) {
        Some(m) if m.len() == 2 => m.parse().ok().filter(|m| (1..=12).contains(m))?,
        Some(_) => return None,
        None => 0,
    };
    let day: u8 = match parts.get(2) {
        Some(d) if d.len() == 2 => d.parse().ok().filter(|d| (1..=31).contains(d))?,
        Some(_) => return None,
        None => 0,
    };
    let date = Date { year, month, day };
    // Reject impossible days (2023-02-30) by round-tripping through the day count.
    if day > 0 {
        let next = Date {
            year,
            month,
            day: 1,
        }
        .ordinal()
            + day as i32
            - 1;
        let following_month = if month == 12 {
            Date {
                year: year + 1,
                month: 1,
                day: 1,
            }
        } else {
            Date {
                year,
                month: month + 1,
                day: 1,
            }
        };
        if next >= following_month.ordinal() {
            return None;
        }
    }
    Some(date)
}

/// Splits one CSV line with RFC 4180 quoting.
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
}

const RATES_HEADER: &str = "year,usd_cny,usd_krw,source_usd_cny,source_usd_krw";

fn load_rates(text: &str, errors: &mut Vec<DataError>) -> Vec<Rate> {
    let mut c = Check {
        file: RATES,
        errors,
    };
    let mut lines = text.lines();
    if lines.next().map(str::trim) != Some(RATES_HEADER) {
        c.err("line 1", "", format!("the header must be `{RATES_HEADER}`"));
        return Vec::new();
    }
    let mut out: Vec<Rate> = Vec::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let label = format!("line {}", n + 2);
        let f = csv_fields(line);
        if f.len() != 5 {
            c.err(&label, "", format!("expected 5 fields, found {}", f.len()));
            continue;
        }
        let year = f[0].parse::<u16>();
        let cny = f[1].parse::<f64>();
        let krw = f[2].parse::<f64>();
        match (year, cny, krw) {
            (Ok(year), Ok(cny), Ok(krw)) if cny > 0.0 && krw > 0.0 => {
                if out.iter().any(|r| r.year == year) {
                    c.err(&label, "year", format!("duplicate year {year}"));
                }
                for (field, v) in [("source_usd_cny", &f[3]), ("source_usd_krw", &f[4])] {
                    c.non_empty(&label, field, v);
                }
                out.push(Rate {
                    year,
                    usd_cny: cny,
                    usd_krw: krw,
                    source_usd_cny: leak(f[3].clone()),
                    source_usd_krw: leak(f[4].clone()),
                });
            }
            (Err(_), _, _) => c.err(&label, "year", format!("\"{}\" is not a year", f[0])),
            _ => c.err(&label, "usd_cny/usd_krw", "rates must be positive numbers"),
        }
    }
    out
}

/// Loads and validates the whole dataset.
pub fn load(src: &Sources) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Vec::new();

    // ── Article ───────────────────────────────────────────────────────────────────────────────
    let mut paragraphs = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::new();
    let (title, title_source, title_note);
    {
        let mut c = Check {
            file: ARTICLE,
            errors: &mut errors,
        };
        let raw: Option<RawArticle> = match toml::from_str(&src.article) {
            Ok(r) => Some(r),
            Err(e) => {
                let msg = e.message().to_string();
                c.err("", field_of(&msg), msg.clone());
                None
            }
        };
        let raw = raw.unwrap_or(RawArticle {
            title: String::new(),
            title_source: String::new(),
            title_note: String::new(),
            seed: String::new(),
            paragraph: Vec::new(),
        });
        c.non_empty("", "title", &raw.title);
        if !["source", "editorial"].contains(&raw.title_source.as_str()) {
            c.err("", "title_source", "must be \"source\" or \"editorial\"");
        }
        title = leak(raw.title);
        title_source = leak(raw.title_source);
        title_note = leak(raw.title_note);
        let paras: Vec<(String, RawParagraph)> = c.array(&raw.paragraph, "paragraph");
        let mut ids = HashSet::new();
        for (label, p) in paras {
            let kind = match p.kind.as_str() {
                "body" => ParagraphKind::Body,
                "heading" => ParagraphKind::Heading,
                "source" => ParagraphKind::Source,
                "translator" => ParagraphKind::Translator,
                other => {
                    c.err(
                        &label,
                        "kind",
                        format!("\"{other}\" is not one of body, heading, source, translator"),
                    );
                    ParagraphKind::Body
                }
            };
            if !ids.insert(p.id.clone()) {
                c.err(&label, "id", format!("duplicate id \"{}\"", p.id));
            }
            if p.sentence.is_empty() {
                c.err(
                    &label,
                    "sentence",
                    "a paragraph needs at least one sentence",
                );
            }
            let first = sentences.len() as u32;
            let n = p.sentence.len();
            for (k, s) in p.sentence.into_iter().enumerate() {
                let slabel = format!("sentence \"{}\"", s.id);
                if !ids.insert(s.id.clone()) {
                    c.err(&slabel, "id", format!("duplicate id \"{}\"", s.id));
                }
                if s.text.is_empty() || s.text.trim() != s.text || s.text.contains('\n') {
                    c.err(
                        &slabel,
                        "text",
                        "must be non-empty, without line breaks or surrounding spaces",
                    );
                }
                let join = if k + 1 == n {
                    if s.join.as_deref().is_some_and(|j| !j.is_empty()) {
                        c.err(
                            &slabel,
                            "join",
                            "the last sentence of a paragraph has no `join`",
                        );
                    }
                    ""
                } else {
                    match s.join.as_deref() {
                        None | Some(" ") => " ",
                        Some("") => "",
                        Some(other) => {
                            c.err(&slabel, "join", format!("{other:?} must be \" \" or \"\""));
                            " "
                        }
                    }
                };
                sentences.push(Sentence {
                    id: leak(s.id),
                    paragraph: paragraphs.len() as u32,
                    text: leak(s.text),
                    join,
                    marks: &[],
                });
            }
            paragraphs.push(Paragraph {
                id: leak(p.id),
                kind,
                first,
                len: n as u32,
            });
        }
    }
    let article_ok = errors.is_empty();

    // ── Glossary ──────────────────────────────────────────────────────────────────────────────
    let mut terms: Vec<Term> = Vec::new();
    {
        let mut c = Check {
            file: GLOSSARY,
            errors: &mut errors,
        };
        let raws: Vec<(String, RawTerm)> = c.entries(&src.glossary, "term");
        c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
        let mut all_forms: HashMap<String, String> = HashMap::new();
        for (label, t) in raws {
            if t.forms.is_empty() {
                c.err(
                    &label,
                    "forms",
                    "needs at least one form as written in the article",
                );
            }
            for f in &t.forms {
                if let Some(other) = all_forms.insert(f.clone(), t.id.clone()) {
                    c.err(
                        &label,
                        "forms",
                        format!("form \"{f}\" is also a form of \"{other}\""),
                    );
                }
            }
            c.non_empty(&label, "standard", &t.standard);
            c.three_langs(
                &label,
                [
                    ("gloss_ko", Some(t.gloss_ko.as_str())),
                    ("gloss_zh", Some(t.gloss_zh.as_str())),
                    ("gloss_en", Some(t.gloss_en.as_str())),
                ],
                true,
            );
            c.three_langs(
                &label,
                [
                    ("note_ko", t.note_ko.as_deref()),
                    ("note_zh", t.note_zh.as_deref()),
                    ("note_en", t.note_en.as_deref()),
                ],
                false,
            );
            for v in &t.variants {
                if v.trim().is_empty() || !v.chars().any(is_hangul) {
                    c.err(
                        &label,
                        "variants",
                        format!("\"{v}\" must be a Hangul spelling"),
                    );
                } else if t.forms.contains(v) {
                    c.err(&label, "variants", format!("\"{v}\" is already a form"));
                }
            }
            let category = Category::from_key(&t.category).unwrap_or_else(|| {
                c.err(
                    &label,
                    "category",
                    format!(
                        "\"{}\" is not a category ({})",
                        t.category,
                        Category::ALL.map(|c| c.key()).join(", ")
                    ),
                );
                Category::Term
            });
            let confidence = Confidence::from_key(&t.confidence).unwrap_or_else(|| {
                c.err(
                    &label,
                    "confidence",
                    format!(
                        "\"{}\" is not one of high, medium, low, uncertain",
                        t.confidence
                    ),
                );
                Confidence::Uncertain
            });
            check_hanzi(&mut c, &label, &t, confidence);
            if category == Category::Person && t.hanzi_simplified.is_some() {
                c.err(
                    &label,
                    "hanzi_simplified",
                    "a person's hanzi are never guessed: the article gives the name only in Hangul",
                );
            }
            let sino_korean_sk = sk_reading(&mut c, &label, &t);
            terms.push(Term {
                id: leak(t.id),
                forms: leak_list(t.forms.into_iter().map(leak).collect()),
                standard: leak(t.standard),
                variants: leak_list(t.variants.into_iter().map(leak).collect()),
                hanzi_simplified: leak_opt(t.hanzi_simplified),
                hanzi_traditional: leak_opt(t.hanzi_traditional),
                pinyin: leak_opt(t.pinyin),
                sino_korean: leak_opt(t.sino_korean),
                sino_korean_sk: leak_opt(sino_korean_sk),
                category,
                gloss_ko: leak(t.gloss_ko),
                gloss_zh: leak(t.gloss_zh),
                gloss_en: leak(t.gloss_en),
                note_ko: leak_opt(t.note_ko),
                note_zh: leak_opt(t.note_zh),
                note_en: leak_opt(t.note_en),
                confidence,
                ortho: &[],
                occurrences: &[],
            });
        }
    }

    // ── Orthography ───────────────────────────────────────────────────────────────────────────
    let mut orthography: Vec<OrthoNote> = Vec::new();
    {
        let mut c = Check {
            file: ORTHOGRAPHY,
            errors: &mut errors,
        };
        let raws: Vec<(String, RawOrtho)> = c.entries(&src.orthography, "note");
        c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
        for (label, o) in raws {
            let rule = match o.rule.as_str() {
                "initial_sound" => OrthoRule::InitialSound,
                "spelling" => OrthoRule::Spelling,
                "loanword" => OrthoRule::Loanword,
                "typo" => OrthoRule::Typo,
                other => {
                    c.err(
                        &label,
                        "rule",
                        format!(
                            "\"{other}\" is not one of initial_sound, spelling, loanword, typo"
                        ),
                    );
                    OrthoRule::Spelling
                }
            };
            c.non_empty(&label, "form", &o.form);
            c.non_empty(&label, "standard", &o.standard);
            c.three_langs(
                &label,
                [
                    ("explain_ko", Some(o.explain_ko.as_str())),
                    ("explain_zh", Some(o.explain_zh.as_str())),
                    ("explain_en", Some(o.explain_en.as_str())),
                ],
                true,
            );
            if o.form == o.standard {
                c.err(&label, "standard", "is the same as `form`: nothing to note");
            }
            orthography.push(OrthoNote {
                id: leak(o.id),
                form: leak(o.form),
                standard: leak(o.standard),
                rule,
                explain_ko: leak(o.explain_ko),
                explain_zh: leak(o.explain_zh),
                explain_en: leak(o.explain_en),
                occurrences: &[],
            });
        }
    }

    // ── Figures (spans first: they are placed before the terms) ─────────────────────────────
    let sentence_idx: HashMap<&str, u32> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i as u32))
        .collect();
    let mut figures: Vec<Figure> = Vec::new();
    let mut figure_checks: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    {
        let mut c = Check {
            file: FIGURES,
            errors: &mut errors,
        };
        let raws: Vec<(String, RawFigure)> = c.entries(&src.figures, "figure");
        c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
        for (label, f) in raws {
            let kind = match f.kind.as_str() {
                "money" => FigureKind::Money,
                "percent" => FigureKind::Percent,
                "count" => FigureKind::Count,
                "area" => FigureKind::Area,
                "duration" => FigureKind::Duration,
                "date" => FigureKind::Date,
                other => {
                    c.err(
                        &label,
                        "kind",
                        format!(
                            "\"{other}\" is not one of money, percent, count, area, duration, date"
                        ),
                    );
                    continue;
                }
            };
            let Some(&si) = sentence_idx.get(f.sentence.as_str()) else {
                if article_ok {
                    c.err(
                        &label,
                        "sentence",
                        format!("no sentence with id \"{}\" in {ARTICLE}", f.sentence),
                    );
                }
                continue;
            };
            let text = sentences[si as usize].text;
            let nth = f.nth.unwrap_or(1).max(1) as usize;
            let Some((start, _)) = text.match_indices(f.span.as_str()).nth(nth - 1) else {
                c.err(
                    &label,
                    "span",
                    format!(
                        "\"{}\" is not found (occurrence {nth}) in sentence \"{}\": {text}",
                        f.span, f.sentence
                    ),
                );
                continue;
            };
            let bound = match f.bound.as_deref() {
                None | Some("exact") => Bound::Exact,
                Some("about") => Bound::About,
                Some("over") => Bound::Over,
                Some(other) => {
                    c.err(
                        &label,
                        "bound",
                        format!("\"{other}\" is not one of exact, about, over"),
                    );
                    Bound::Exact
                }
            };
            let unit = match f.unit.as_deref() {
                Some(u) => Unit::from_key(u).unwrap_or_else(|| {
                    c.err(
                        &label,
                        "unit",
                        format!(
                            "\"{u}\" is not a known unit ({})",
                            Unit::ALL.map(|(_, k)| k).join(", ")
                        ),
                    );
                    Unit::None
                }),
                None if kind == FigureKind::Date => Unit::None,
                None => {
                    c.err(&label, "unit", "is required for numeric figures");
                    Unit::None
                }
            };
            let (mut date, mut date_end) = (None, None);
            let mut value = 0.0;
            if kind == FigureKind::Date {
                date = f.date.as_deref().and_then(parse_date);
                date_end = f.date_end.as_deref().and_then(parse_date);
                if date.is_none() {
                    c.err(
                        &label,
                        "date",
                        "a date figure needs `date` as YYYY, YYYY-MM or YYYY-MM-DD",
                    );
                }
                if f.date_end.is_some() && date_end.is_none() {
                    c.err(&label, "date_end", "must be YYYY, YYYY-MM or YYYY-MM-DD");
                }
                if let (Some(a), Some(b)) = (date, date_end) {
                    if b < a {
                        c.err(&label, "date_end", "is before `date`");
                    }
                }
                // Every number written in the span must be a part of the dates.
                let mut parts = Vec::new();
                for d in [date, date_end].into_iter().flatten() {
                    parts.extend([d.year as u32, d.month as u32, d.day as u32]);
                }
                for n in digit_runs(&f.span) {
                    if !parts.contains(&n) {
                        c.err(
                            &label,
                            "span",
                            format!(
                                "the span says {n}, which is not in the dates {:?}–{:?}",
                                f.date, f.date_end
                            ),
                        );
                    }
                }
            } else {
                match (f.value, parse_korean_number(&f.span)) {
                    (None, _) => c.err(&label, "value", "is required for numeric figures"),
                    (Some(_), None) => c.err(
                        &label,
                        "span",
                        format!("\"{}\" does not start with a number", f.span),
                    ),
                    (Some(v), Some(p)) if (v - p).abs() > 1e-9 * v.abs().max(1.0) => c.err(
                        &label,
                        "value",
                        format!("is {v}, but the span \"{}\" says {p}", f.span),
                    ),
                    (Some(v), Some(_)) => value = v,
                }
            }
            c.non_empty(&label, "period", &f.period);
            c.three_langs(
                &label,
                [
                    ("label_ko", Some(f.label_ko.as_str())),
                    ("label_zh", Some(f.label_zh.as_str())),
                    ("label_en", Some(f.label_en.as_str())),
                ],
                true,
            );
            figure_checks.push((label, f.same_as.clone(), f.checks_event.clone()));
            figures.push(Figure {
                id: leak(f.id),
                kind,
                value,
                bound,
                unit,
                period: leak(f.period),
                date,
                date_end,
                sentence: si,
                start: start as u32,
                end: (start + f.span.len()) as u32,
                same_as: None,
                label_ko: leak(f.label_ko),
                label_zh: leak(f.label_zh),
                label_en: leak(f.label_en),
            });
        }
        // `same_as`: the repeated statement must agree with the first one.
        for i in 0..figures.len() {
            let (label, same_as, _) = &figure_checks[i];
            if let Some(other) = same_as {
                match figures.iter().position(|f| f.id == other) {
                    None => c.err(label, "same_as", format!("no figure with id \"{other}\"")),
                    Some(j) if j == i => c.err(label, "same_as", "names the figure itself"),
                    Some(j) => {
                        let (a, b) = (figures[i], figures[j]);
                        if a.value != b.value
                            || a.unit != b.unit
                            || a.date != b.date
                            || a.date_end != b.date_end
                            || a.period != b.period
                        {
                            c.err(label, "same_as", format!("repeats \"{other}\" but disagrees with it ({} {} {:?} vs {} {} {:?})",
                                a.value, a.period, a.date, b.value, b.period, b.date));
                        }
                        figures[i].same_as = Some(j as u32);
                    }
                }
            }
        }
        for f in &figures {
            if figures
                .iter()
                .filter(|g| g.sentence == f.sentence && g.start < f.end && f.start < g.end)
                .count()
                > 1
            {
                c.err(
                    &format!("[[figure]] \"{}\"", f.id),
                    "span",
                    "overlaps another figure's span in the same sentence",
                );
            }
        }
    }

    // ── Marks: figures, then terms, then orthography notes ────────────────────────────────────
    // Units (원, 억, %, ㎡ …) are looked up only inside figure spans: outside them the same
    // syllables are parts of other words (연구원, 원자재), and inside them the figure is the mark.
    let is_unit = |t: &Term| t.category == Category::Unit;
    let term_forms: Vec<(&str, u32)> = terms
        .iter()
        .enumerate()
        .filter(|(_, t)| !is_unit(t))
        .flat_map(|(i, t)| t.forms.iter().map(move |f| (*f, i as u32)))
        .collect();
    let unit_forms: Vec<(&str, u32)> = terms
        .iter()
        .enumerate()
        .filter(|(_, t)| is_unit(t))
        .flat_map(|(i, t)| t.forms.iter().map(move |f| (*f, i as u32)))
        .collect();
    let ortho_forms: Vec<(&str, u32)> = orthography
        .iter()
        .enumerate()
        .map(|(i, o)| (o.form, i as u32))
        .collect();
    let mut term_occ: Vec<Vec<Occurrence>> = vec![Vec::new(); terms.len()];
    let mut ortho_occ: Vec<Vec<Occurrence>> = vec![Vec::new(); orthography.len()];
    for (si, s) in sentences.iter_mut().enumerate() {
        let mut fixed: Vec<Mark> = figures
            .iter()
            .enumerate()
            .filter(|(_, f)| f.sentence as usize == si)
            .map(|(i, f)| Mark {
                start: f.start,
                end: f.end,
                target: Target::Figure(i as u32),
            })
            .collect();
        fixed.sort_by_key(|m| m.start);
        // A unit's occurrence is the figure span it is part of: that is the mark a reader
        // meets (and the card opens beside).
        for m in &fixed {
            let span = &s.text[m.start as usize..m.end as usize];
            for &(form, t) in &unit_forms {
                let occ = Occurrence {
                    sentence: si as u32,
                    start: m.start,
                    end: m.end,
                };
                if span.contains(form) && !term_occ[t as usize].contains(&occ) {
                    term_occ[t as usize].push(occ);
                }
            }
        }
        let marks = find_marks(s.text, &fixed, &term_forms, &ortho_forms);
        for m in &marks {
            let occ = Occurrence {
                sentence: si as u32,
                start: m.start,
                end: m.end,
            };
            match m.target {
                Target::Term(t) => term_occ[t as usize].push(occ),
                Target::Ortho(o) => ortho_occ[o as usize].push(occ),
                Target::Figure(_) => {}
            }
        }
        s.marks = leak_list(marks);
    }
    if article_ok {
        let mut c = Check {
            file: GLOSSARY,
            errors: &mut errors,
        };
        for (i, t) in terms.iter_mut().enumerate() {
            for form in t.forms {
                let found = term_occ[i].iter().any(|o| {
                    let text =
                        &sentences[o.sentence as usize].text[o.start as usize..o.end as usize];
                    text == *form || (is_unit(t) && text.contains(form))
                });
                if !found && is_unit(t) {
                    c.err(
                        &format!("[[term]] \"{}\"", t.id),
                        "forms",
                        format!("unit \"{form}\" does not occur inside any figure span"),
                    );
                } else if !found {
                    let anywhere = sentences.iter().any(|s| s.text.contains(form));
                    c.err(
                        &format!("[[term]] \"{}\"", t.id),
                        "forms",
                        if anywhere {
                            format!(
                                "\"{form}\" occurs only inside a longer glossary form or a figure"
                            )
                        } else {
                            format!("\"{form}\" does not occur in the article")
                        },
                    );
                }
            }
            term_occ[i].sort_by_key(|o| (o.sentence, o.start));
            t.occurrences = leak_list(std::mem::take(&mut term_occ[i]));
        }
        let mut c = Check {
            file: ORTHOGRAPHY,
            errors: c.errors,
        };
        for (i, o) in orthography.iter_mut().enumerate() {
            let inside_term = terms
                .iter()
                .any(|t| t.forms.iter().any(|f| f.contains(o.form)));
            if ortho_occ[i].is_empty() && !inside_term {
                c.err(
                    &format!("[[note]] \"{}\"", o.id),
                    "form",
                    format!("\"{}\" does not occur in the article", o.form),
                );
            }
            o.occurrences = leak_list(std::mem::take(&mut ortho_occ[i]));
        }
        for t in terms.iter_mut() {
            let notes: Vec<u32> = orthography
                .iter()
                .enumerate()
                .filter(|(_, o)| t.forms.iter().any(|f| f.contains(o.form)))
                .map(|(i, _)| i as u32)
                .collect();
            t.ortho = leak_list(notes);
        }
    }

    // ── People and organisations ──────────────────────────────────────────────────────────────
    let mentions_of = |forms: &[String]| -> Vec<u32> {
        sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| forms.iter().any(|f| s.text.contains(f.as_str())))
            .map(|(i, _)| i as u32)
            .collect()
    };
    let term_idx = |id: &str| terms.iter().position(|t| t.id == id).map(|i| i as u32);
    let mut organisations: Vec<Organisation> = Vec::new();
    let mut people: Vec<Person> = Vec::new();
    {
        let mut c = Check {
            file: ENTITIES,
            errors: &mut errors,
        };
        let table: toml::Table = match toml::from_str(&src.entities) {
            Ok(t) => t,
            Err(e) => {
                c.err("", "", format!("not valid TOML: {}", e.message()));
                toml::Table::new()
            }
        };
        let empty = Vec::new();
        let get = |k: &str| table.get(k).and_then(|v| v.as_array()).unwrap_or(&empty);
        let raw_orgs: Vec<(String, RawOrganisation)> = c.array(get("organisation"), "organisation");
        let raw_people: Vec<(String, RawPerson)> = c.array(get("person"), "person");
        c.unique_ids(raw_orgs.iter().map(|(l, o)| (l.as_str(), o.id.as_str())));
        c.unique_ids(raw_people.iter().map(|(l, o)| (l.as_str(), o.id.as_str())));
        let resolve_term = |c: &mut Check, label: &str, t: &Option<String>| {
            t.as_ref().and_then(|id| {
                let r = term_idx(id);
                if r.is_none() {
                    c.err(
                        label,
                        "term",
                        format!("no glossary term with id \"{id}\" in {GLOSSARY}"),
                    );
                }
                r
            })
        };
        for (label, o) in raw_orgs {
            let mentions = mentions_of(&o.forms);
            if mentions.is_empty() && article_ok {
                c.err(
                    &label,
                    "forms",
                    format!("none of {:?} occurs in the article", o.forms),
                );
            }
            let term = resolve_term(&mut c, &label, &o.term);
            c.three_langs(
                &label,
                [
                    ("name", Some(o.name.as_str())),
                    ("name_zh", Some(o.name_zh.as_str())),
                    ("name_en", Some(o.name_en.as_str())),
                ],
                true,
            );
            organisations.push(Organisation {
                id: leak(o.id),
                name: leak(o.name),
                term,
                country: leak(o.country),
                name_en: leak(o.name_en),
                name_zh: leak(o.name_zh),
                mentions: leak_list(mentions),
            });
        }
        for (label, p) in raw_people {
            let mentions = mentions_of(&p.forms);
            if mentions.is_empty() && article_ok {
                c.err(
                    &label,
                    "forms",
                    format!("none of {:?} occurs in the article", p.forms),
                );
            }
            let term = resolve_term(&mut c, &label, &p.term);
            let organisation = p.organisation.as_ref().and_then(|id| {
                let r = organisations
                    .iter()
                    .position(|o| o.id == id)
                    .map(|i| i as u32);
                if r.is_none() {
                    c.err(
                        &label,
                        "organisation",
                        format!("no [[organisation]] with id \"{id}\""),
                    );
                }
                r
            });
            let mut quotes = Vec::new();
            for q in &p.quotes {
                match sentence_idx.get(q.as_str()) {
                    None => c.err(
                        &label,
                        "quotes",
                        format!("no sentence with id \"{q}\" in {ARTICLE}"),
                    ),
                    Some(&si) => {
                        let text = sentences[si as usize].text;
                        let para = paragraphs[sentences[si as usize].paragraph as usize];
                        let para_text: String = sentences
                            [para.first as usize..(para.first + para.len) as usize]
                            .iter()
                            .map(|s| s.text)
                            .collect();
                        if !text.contains(['"', '“', '”']) {
                            c.err(
                                &label,
                                "quotes",
                                format!("sentence \"{q}\" has no quotation mark"),
                            );
                        } else if !p.forms.iter().any(|f| para_text.contains(f.as_str())) {
                            c.err(
                                &label,
                                "quotes",
                                format!(
                                    "sentence \"{q}\" is not in a paragraph that names {}",
                                    p.name
                                ),
                            );
                        }
                        quotes.push(si);
                    }
                }
            }
            c.three_langs(
                &label,
                [
                    ("role_ko", Some(p.role_ko.as_str())),
                    ("role_zh", Some(p.role_zh.as_str())),
                    ("role_en", Some(p.role_en.as_str())),
                ],
                true,
            );
            c.three_langs(
                &label,
                [
                    ("note_ko", p.note_ko.as_deref()),
                    ("note_zh", p.note_zh.as_deref()),
                    ("note_en", p.note_en.as_deref()),
                ],
                false,
            );
            people.push(Person {
                id: leak(p.id),
                name: leak(p.name),
                term,
                role_ko: leak(p.role_ko),
                role_zh: leak(p.role_zh),
                role_en: leak(p.role_en),
                organisation,
                country: leak(p.country),
                note_ko: leak_opt(p.note_ko),
                note_zh: leak_opt(p.note_zh),
                note_en: leak_opt(p.note_en),
                mentions: leak_list(mentions),
                quotes: leak_list(quotes),
            });
        }
    }

    // ── Events ────────────────────────────────────────────────────────────────────────────────
    let mut events: Vec<Event> = Vec::new();
    {
        let mut c = Check {
            file: EVENTS,
            errors: &mut errors,
        };
        let raws: Vec<(String, RawEvent)> = c.entries(&src.events, "event");
        c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
        for (label, e) in raws {
            let start = parse_date(&e.start);
            if start.is_none() {
                c.err(
                    &label,
                    "start",
                    format!("\"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", e.start),
                );
            }
            let end = e.end.as_deref().map(parse_date);
            if end == Some(None) {
                c.err(&label, "end", "is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
            let end = end.flatten();
            if let (Some(a), Some(b)) = (start, end) {
                if b < a {
                    c.err(&label, "end", "is before `start`");
                }
            }
            let place = e.place.as_ref().and_then(|p| {
                let r = term_idx(p);
                if r.is_none() {
                    c.err(&label, "place", format!("no glossary term with id \"{p}\""));
                }
                r
            });
            let mut sents = Vec::new();
            for s in &e.sentences {
                match sentence_idx.get(s.as_str()) {
                    Some(&i) => sents.push(i),
                    None => c.err(
                        &label,
                        "sentences",
                        format!("no sentence with id \"{s}\" in {ARTICLE}"),
                    ),
                }
            }
            let mut figs = Vec::new();
            for f in &e.figures {
                match figures.iter().position(|x| x.id == f) {
                    Some(i) => figs.push(i as u32),
                    None => c.err(
                        &label,
                        "figures",
                        format!("no figure with id \"{f}\" in {FIGURES}"),
                    ),
                }
            }
            for (what, [ko, zh, en]) in [
                ("title", [&e.title_ko, &e.title_zh, &e.title_en]),
                ("what", [&e.what_ko, &e.what_zh, &e.what_en]),
            ] {
                c.three_langs(
                    &label,
                    [
                        (&format!("{what}_ko"), Some(ko.as_str())),
                        (&format!("{what}_zh"), Some(zh.as_str())),
                        (&format!("{what}_en"), Some(en.as_str())),
                    ],
                    true,
                );
            }
            events.push(Event {
                id: leak(e.id),
                start: start.unwrap_or(Date {
                    year: 0,
                    month: 0,
                    day: 0,
                }),
                end,
                place,
                sentences: leak_list(sents),
                figures: leak_list(figs),
                title_ko: leak(e.title_ko),
                title_zh: leak(e.title_zh),
                title_en: leak(e.title_en),
                what_ko: leak(e.what_ko),
                what_zh: leak(e.what_zh),
                what_en: leak(e.what_en),
            });
        }
        // A duration that counts an event's days must agree with the event's dates.
        let mut c = Check {
            file: FIGURES,
            errors: c.errors,
        };
        for (i, (label, _, checks)) in figure_checks.iter().enumerate() {
            if let Some(ev) = checks {
                match events.iter().find(|e| e.id == ev) {
                    None => c.err(
                        label,
                        "checks_event",
                        format!("no event with id \"{ev}\" in {EVENTS}"),
                    ),
                    Some(e) => {
                        let days = e.end.map_or(1, |end| end.ordinal() - e.start.ordinal() + 1);
                        let f = figures[i];
                        if f.unit != Unit::Days || f.value != days as f64 {
                            c.err(
                                label,
                                "value",
                                format!(
                                    "says {} {}, but event \"{ev}\" runs {days} days ({}–{:?})",
                                    f.value,
                                    f.unit.key(),
                                    e.start,
                                    e.end.map(|d| d.to_string())
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    // ── Exchange rates ────────────────────────────────────────────────────────────────────────
    let rates = load_rates(&src.rates, &mut errors);
    {
        let mut c = Check {
            file: RATES,
            errors: &mut errors,
        };
        for f in figures.iter().filter(|f| f.kind == FigureKind::Money) {
            let year: u16 = f.period.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
            if !rates.iter().any(|r| r.year == year) {
                c.err(
                    "",
                    "year",
                    format!("no rate for {year}, needed by figure \"{}\"", f.id),
                );
            }
        }
    }

    // ── Seed round trip ───────────────────────────────────────────────────────────────────────
    let derived = match derive(&figures) {
        Ok(d) => d,
        Err(e) => {
            errors.push(DataError::new(FIGURES, "", "", e));
            Vec::new()
        }
    };
    let dataset = Dataset {
        article: Article {
            title,
            title_source,
            title_note,
            paragraphs: leak_list(paragraphs),
            sentences: leak_list(sentences),
        },
        terms: leak_list(terms),
        orthography: leak_list(orthography),
        people: leak_list(people),
        organisations: leak_list(organisations),
        figures: leak_list(figures),
        derived: leak_list(derived),
        events: leak_list(events),
        rates: leak_list(rates),
    };
    if article_ok {
        let rebuilt = dataset.article_text();
        if rebuilt != src.seed {
            let at = rebuilt
                .char_indices()
                .zip(src.seed.chars())
                .find(|((_, a), b)| a != b)
                .map(|((i, _), _)| i)
                .unwrap_or(rebuilt.len().min(src.seed.len()));
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
                    near(&src.seed)
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// The South Korean reading: `sino_korean_sk` when given (it must be the same reading, differing
/// only in ㄹ/ㄴ/ㅇ initials), else the initial-sound law applied to the article's reading.
fn sk_reading(c: &mut Check, label: &str, t: &RawTerm) -> Option<String> {
    let article = t.sino_korean.as_deref();
    match (&t.sino_korean_sk, article) {
        (Some(sk), None) => {
            c.err(label, "sino_korean_sk", "is given without `sino_korean`");
            Some(sk.clone())
        }
        (Some(sk), Some(a)) => {
            if !same_reading(sk, a) {
                c.err(
                    label,
                    "sino_korean_sk",
                    format!(
                        "\"{sk}\" must be the reading \"{a}\" with only ㄹ/ㄴ/ㅇ initials changed"
                    ),
                );
            } else if *sk == with_initial_sound_law(a) {
                c.err(
                    label,
                    "sino_korean_sk",
                    format!("\"{sk}\" is what the initial-sound law gives anyway: leave it out"),
                );
            }
            Some(sk.clone())
        }
        (None, a) => a.map(with_initial_sound_law),
    }
}

/// Checks hanzi, pinyin and Sino-Korean reading agree with each other in length and script.
fn check_hanzi(c: &mut Check, label: &str, t: &RawTerm, confidence: Confidence) {
    let Some(simp) = &t.hanzi_simplified else {
        if confidence != Confidence::Uncertain {
            c.err(label, "hanzi_simplified", "is missing: give the hanzi, or set confidence = \"uncertain\" and say why in a note");
        }
        if t.pinyin.is_some() {
            c.err(label, "pinyin", "is given without `hanzi_simplified`");
        }
        return;
    };
    let han: Vec<char> = simp.chars().filter(|c| is_han(*c)).collect();
    if han.is_empty() || simp.chars().any(|ch| !is_han(ch)) {
        c.err(
            label,
            "hanzi_simplified",
            format!("\"{simp}\" must be Chinese characters only"),
        );
    }
    if let Some(trad) = &t.hanzi_traditional {
        if trad.chars().count() != simp.chars().count() || trad.chars().any(|ch| !is_han(ch)) {
            c.err(
                label,
                "hanzi_traditional",
                format!("\"{trad}\" must be as many Chinese characters as \"{simp}\""),
            );
        }
    }
    match t.pinyin.as_deref().map(|p| (p, syllables(p))) {
        None => c.err(label, "pinyin", "is missing (required with hanzi)"),
        Some((p, None)) => c.err(label, "pinyin", format!("\"{p}\" is not valid pinyin")),
        Some((p, Some(syl))) if syl.len() != han.len() => c.err(
            label,
            "pinyin",
            format!(
                "\"{p}\" has {} syllables for {} hanzi \"{simp}\"",
                syl.len(),
                han.len()
            ),
        ),
        _ => {}
    }
    if let Some(sk) = &t.sino_korean {
        let n = sk.chars().filter(|c| is_hangul(*c)).count();
        if sk.chars().any(|c| !is_hangul(c)) || n != han.len() {
            c.err(
                label,
                "sino_korean",
                format!(
                    "\"{sk}\" must be one Hangul syllable per hanzi ({} hanzi)",
                    han.len()
                ),
            );
        }
    }
}
