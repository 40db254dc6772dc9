//! `data/false_friends.toml`: Sino-Korean words of the article whose hanzi mean something else in
//! Chinese (소통 疏通: Chinese "unblock", which says 沟通). Each word must occur in the article
//! as written; an entry is linked to the glossary term that has the word as a form, or as a
//! word of a form (전년 in "전년 동기 대비"), and to the learner word written the same
//! (`data/learner.toml`); one of the two must exist, or no card would show it.

use super::super::model::*;
use super::super::raw::*;
use super::article::LoadedArticle;
use super::check::{given, is_han, is_hangul, leak, to_text, Check};
use super::{DataError, FALSE_FRIENDS};
use std::collections::HashSet;

pub(super) fn load(
    text: &str,
    article: &LoadedArticle,
    terms: &[Term],
    learner: &[LearnerWord],
    errors: &mut Vec<DataError>,
) -> Vec<FalseFriend> {
    let mut c = Check {
        file: FALSE_FRIENDS,
        errors,
    };
    let Some(table) = c.table(text) else {
        return Vec::new();
    };
    for k in table.keys().filter(|k| *k != "false_friend") {
        c.err(
            "",
            k,
            "unknown top-level key (expected only [[false_friend]] entries)",
        );
    }
    let Some(entries) = table.get("false_friend").and_then(|v| v.as_array()) else {
        c.err(
            "",
            "false_friend",
            "missing: the file must contain [[false_friend]] entries",
        );
        return Vec::new();
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (n, v) in entries.iter().enumerate() {
        // Entries have no id: the word names them.
        let label = match v.get("word").and_then(|w| w.as_str()) {
            Some(w) if !w.is_empty() => format!("[[false_friend]] \"{w}\""),
            _ => format!("[[false_friend]] #{}", n + 1),
        };
        let f: RawFalseFriend = match v.clone().try_into() {
            Ok(f) => f,
            Err(e) => {
                c.serde_err(&label, &e);
                continue;
            }
        };
        let syllables = f.word.chars().count();
        if syllables == 0 || !f.word.chars().all(is_hangul) {
            c.err(
                &label,
                "word",
                format!(
                    "\"{}\" must be a Hangul word as the article writes it",
                    f.word
                ),
            );
        } else if !article.sentences.iter().any(|s| s.text.contains(&f.word)) {
            c.err(
                &label,
                "word",
                format!("\"{}\" does not occur in the article", f.word),
            );
        }
        if !seen.insert(f.word.clone()) {
            c.err(&label, "word", format!("\"{}\" is listed twice", f.word));
        }
        if f.hanja.chars().count() != syllables || !f.hanja.chars().all(is_han) {
            c.err(
                &label,
                "hanja",
                format!(
                    "\"{}\" must be the word's hanja, one Chinese character per syllable of \"{}\"",
                    f.hanja, f.word
                ),
            );
        }
        c.three_langs(
            &label,
            "note",
            given(&f.note_ko, &f.note_zh, &f.note_en),
            true,
        );
        let term = linked_term(terms, &f.word);
        let learner = learner
            .iter()
            .position(|l| l.word == f.word)
            .map(|i| i as u32);
        if term.is_none() && learner.is_none() {
            c.err(
                &label,
                "word",
                format!(
                    "\"{}\" is neither in a glossary form nor a learner word (data/learner.toml): \
                     no card would show this entry",
                    f.word
                ),
            );
        }
        out.push(FalseFriend {
            word: leak(f.word),
            hanja: leak(f.hanja),
            note: Tri::new(f.note_ko, f.note_zh, f.note_en).map(to_text),
            term,
            learner,
        });
    }
    out
}

/// The glossary term whose form the word is (대표), else one whose form has it as a word of its
/// own between spaces (전년 in "전년 동기 대비"): the card the reader opens on that word.
fn linked_term(terms: &[Term], word: &str) -> Option<u32> {
    let is_form = |t: &Term| t.forms.contains(&word);
    let in_form = |t: &Term| t.forms.iter().any(|f| f.split(' ').any(|w| w == word));
    terms
        .iter()
        .position(is_form)
        .or_else(|| terms.iter().position(in_form))
        .map(|i| i as u32)
}
