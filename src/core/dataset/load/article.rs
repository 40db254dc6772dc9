//! `data/article.toml`: the title and the paragraphs, split into sentences. Whether the
//! sentences rebuild the seed is checked at the end (`super::check_round_trip`), on the whole
//! dataset.

use super::super::model::*;
use super::super::raw::*;
use super::check::{leak, Check};
use super::{DataError, ARTICLE};
use std::collections::HashSet;

/// The article as loaded: the sentences stay a `Vec` until the marks are placed (`marks.rs`).
pub(super) struct LoadedArticle {
    pub title: Str,
    pub title_source: Str,
    pub title_note: Str,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// The file loaded without an error: checks that need the text ("does this form occur?")
    /// run only then, so a broken article does not bury its own error under a hundred others.
    pub ok: bool,
}

impl LoadedArticle {
    /// The index of the sentence with this id.
    pub fn sentence(&self, id: &str) -> Option<u32> {
        self.sentences
            .iter()
            .position(|s| s.id == id)
            .map(|i| i as u32)
    }

    pub fn into_article(self) -> Article {
        Article {
            title: self.title,
            title_source: self.title_source,
            title_note: self.title_note,
            paragraphs: super::check::leak_list(self.paragraphs),
            sentences: super::check::leak_list(self.sentences),
        }
    }
}

pub(super) fn load(text: &str, errors: &mut Vec<DataError>) -> LoadedArticle {
    let before = errors.len();
    let mut c = Check {
        file: ARTICLE,
        errors,
    };
    let table = c.table(text).unwrap_or_default();
    let head: Option<RawArticle> = match toml::Value::Table(table.clone()).try_into() {
        Ok(r) => Some(r),
        Err(e) => {
            c.serde_err("", &e);
            None
        }
    };
    // The paragraphs are read from the table, one by one, even when a title field is broken.
    let paragraphs = table
        .get("paragraph")
        .and_then(|p| p.as_array())
        .map_or(&[][..], |a| a.as_slice());
    let (title, title_source, title_note) = match head {
        Some(h) => {
            c.non_empty("", "title", &h.title);
            (leak(h.title), h.title_source.key(), leak(h.title_note))
        }
        None => ("", "", ""),
    };
    let (paragraphs, sentences) = paragraphs_and_sentences(&mut c, paragraphs);
    LoadedArticle {
        title,
        title_source,
        title_note,
        paragraphs,
        sentences,
        ok: errors.len() == before,
    }
}

fn paragraphs_and_sentences(c: &mut Check, raw: &[toml::Value]) -> (Vec<Paragraph>, Vec<Sentence>) {
    let mut paragraphs = Vec::new();
    let mut sentences: Vec<Sentence> = Vec::new();
    let paras: Vec<(String, RawParagraph)> = c.array(raw, "paragraph");
    let mut ids = HashSet::new();
    for (label, p) in paras {
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
            kind: p.kind,
            first,
            len: n as u32,
        });
    }
    (paragraphs, sentences)
}
