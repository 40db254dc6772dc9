//! What every file's loader shares: collecting `DataError`s for one file (`Check`), reading TOML
//! entries with errors that name the entry and the field, the id and three-language checks, and
//! small parsers (dates) and predicates (scripts).

use super::super::i18n::{Lang, Tri};
use super::super::model::{Date, Text};
use super::DataError;
use std::collections::HashSet;

pub(super) fn leak(s: impl Into<String>) -> &'static str {
    Box::leak(s.into().into_boxed_str())
}
/// A text of the dataset (`model::Text`) from the file's string.
pub(super) fn to_text(s: impl Into<String>) -> Text {
    Text::new(leak(s))
}
pub(super) fn leak_opt(s: Option<String>) -> Option<&'static str> {
    s.map(leak)
}
pub(super) fn leak_list<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// A required text's three fields (ko, zh, en) as `Check::three_langs` takes them.
pub(super) fn given<'a>(ko: &'a str, zh: &'a str, en: &'a str) -> Tri<Option<&'a str>> {
    Tri::new(Some(ko), Some(zh), Some(en))
}

/// A script test and its name, for the three-language check.
type Script = (fn(char) -> bool, &'static str);

/// The script of each language.
const SCRIPTS: Tri<Script> = Tri::new(
    (is_hangul, "Korean (Hangul)"),
    (is_han, "Chinese characters"),
    (is_latin, "English (Latin letters)"),
);

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
}

/// Collects errors while validating one file.
pub(super) struct Check<'e> {
    pub file: &'static str,
    pub errors: &'e mut Vec<DataError>,
}

impl Check<'_> {
    pub fn err(&mut self, entry: &str, field: &str, msg: impl Into<String>) {
        self.errors
            .push(DataError::new(self.file, entry, field, msg));
    }

    /// Reports a serde error for `entry`, naming the field: the key whose value failed (toml
    /// gives it, as "in `kind`", only in its `Display`), then the field the message names
    /// ("missing field `gloss_en`"), joined with "." when both are known (`sentence.text`).
    pub fn serde_err(&mut self, entry: &str, e: &toml::de::Error) {
        let msg = e.message().to_string();
        let shown = e.to_string();
        let key = shown
            .lines()
            .filter_map(|l| l.strip_prefix("in `")?.strip_suffix('`'))
            .next_back()
            .unwrap_or("");
        let field = match (key, field_of(&msg)) {
            ("", f) => f.to_string(),
            (k, "") => k.to_string(),
            (k, f) => format!("{k}.{f}"),
        };
        self.err(entry, &field, msg);
    }

    /// Parses `text` as a TOML table; a syntax error is reported for the whole file.
    pub fn table(&mut self, text: &str) -> Option<toml::Table> {
        match toml::from_str(text) {
            Ok(t) => Some(t),
            Err(e) => {
                self.err("", "", format!("not valid TOML: {}", e.message()));
                None
            }
        }
    }

    /// Parses `text` as TOML and deserialises each table of the array `key` into `T`.
    /// Returns (entry label, item) pairs; broken entries are reported and skipped.
    pub fn entries<T: serde::de::DeserializeOwned>(
        &mut self,
        text: &str,
        key: &str,
    ) -> Vec<(String, T)> {
        match self.table(text) {
            Some(table) => self.items(&table, key),
            None => Vec::new(),
        }
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

    /// Deserialises each table of `arr` (the `[[key]]` entries) into `T`, labelled by its id.
    pub fn array<T: serde::de::DeserializeOwned>(
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
                Err(e) => self.serde_err(&label, &e),
            }
        }
        out
    }

    pub fn unique_ids<'a>(&mut self, ids: impl Iterator<Item = (&'a str, &'a str)>) {
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

    pub fn non_empty(&mut self, label: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.err(label, field, "must not be empty");
        }
    }

    /// One text in Korean, Chinese and English, the fields `{field}_ko`, `{field}_zh` and
    /// `{field}_en`: all three or, when `required` is false, none; each non-empty and in its
    /// language's script (Korean has Hangul, Chinese has hanzi, English has Latin letters), so a
    /// missing translation cannot hide behind a copy of another language.
    pub fn three_langs(
        &mut self,
        label: &str,
        field: &str,
        text: Tri<Option<&str>>,
        required: bool,
    ) {
        let names = Tri::new("ko", "zh", "en").map(|code| format!("{field}_{code}"));
        self.three_langs_named(label, names.as_ref().map(|n| n.as_str()), text, required);
    }

    /// `three_langs` for fields named otherwise: the article's title (`title`, `title_zh`,
    /// `title_en`), an organisation's name.
    pub fn three_langs_named(
        &mut self,
        label: &str,
        names: Tri<&str>,
        text: Tri<Option<&str>>,
        required: bool,
    ) {
        if !required && text.iter().all(|(_, v)| v.is_none()) {
            return;
        }
        for lang in Lang::ALL {
            let field = names.get(lang);
            match text.get(lang) {
                None if required => {
                    self.err(label, field, "is missing: it is needed in ko, zh and en")
                }
                None => self.err(
                    label,
                    field,
                    "is missing: give this text in ko, zh and en, or in none",
                ),
                Some(v) => self.in_script(label, field, v, lang),
            }
        }
    }

    /// A sentence's translation into Chinese or English: present, non-empty and in its
    /// language's script, like every other text in three languages.
    pub fn translation(&mut self, label: &str, field: &str, value: Option<&str>, lang: Lang) {
        match value {
            None => self.err(
                label,
                field,
                "is missing: every sentence needs its Chinese (`zh`) and English (`en`) translation",
            ),
            Some(v) if v.trim() != v || v.contains('\n') => self.err(
                label,
                field,
                "must have no line breaks or surrounding spaces, like the sentence",
            ),
            Some(v) => self.in_script(label, field, v, lang),
        }
    }

    /// `value` is non-empty and written in the script of language `lang`.
    fn in_script(&mut self, label: &str, field: &str, value: &str, lang: Lang) {
        let (script, what) = SCRIPTS.get(lang);
        if value.trim().is_empty() {
            self.err(label, field, "must not be empty");
        } else if !value.chars().any(script) {
            self.err(
                label,
                field,
                format!("\"{value}\" has no {what}: is it in the right language?"),
            );
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

pub(super) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}
pub(super) fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Parses "2023", "2023-05" or "2023-05-23".
pub(super) fn parse_date(s: &str) -> Option<Date> {
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
