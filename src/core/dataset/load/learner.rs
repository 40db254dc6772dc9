//! `data/learner.toml`: the learner layer, a light entry (hanja, the Chinese word, its pinyin,
//! glosses in ko/zh/en) for each everyday Sino-Korean word of the article that has no glossary
//! card. Where each word occurs is found here, after the other marks are placed: leftmost-longest
//! among the learner words (like the glossary's forms, `annotate.rs`), and only in the text that
//! no glossary term, spelling note or figure covers, so a learner mark never overlaps another.

use super::super::model::*;
use super::super::pinyin::syllables;
use super::super::raw::*;
use super::article::LoadedArticle;
use super::check::{given, is_han, is_hangul, leak, leak_list, to_text, Check};
use super::{DataError, LEARNER};
use std::collections::{HashMap, HashSet};

pub(super) fn load(
    text: &str,
    article: &LoadedArticle,
    terms: &[Term],
    errors: &mut Vec<DataError>,
) -> Vec<LearnerWord> {
    let mut c = Check {
        file: LEARNER,
        errors,
    };
    let Some(table) = c.table(text) else {
        return Vec::new();
    };
    for k in table.keys().filter(|k| *k != "word") {
        c.err(
            "",
            k,
            "unknown top-level key (expected only [[word]] entries)",
        );
    }
    let Some(entries) = table.get("word").and_then(|v| v.as_array()) else {
        c.err(
            "",
            "word",
            "missing: the file must contain [[word]] entries",
        );
        return Vec::new();
    };
    let forms: HashMap<&str, &str> = terms
        .iter()
        .flat_map(|t| t.forms.iter().map(move |f| (*f, t.id)))
        .collect();
    let mut seen = HashSet::new();
    let mut words = Vec::new();
    let mut labels = Vec::new();
    for (n, v) in entries.iter().enumerate() {
        // Entries have no id: the word names them.
        let label = match v.get("word").and_then(|w| w.as_str()) {
            Some(w) if !w.is_empty() => format!("[[word]] \"{w}\""),
            _ => format!("[[word]] #{}", n + 1),
        };
        let w: RawLearnerWord = match v.clone().try_into() {
            Ok(w) => w,
            Err(e) => {
                c.serde_err(&label, &e);
                continue;
            }
        };
        check_entry(&mut c, &label, &w);
        if !seen.insert(w.word.clone()) {
            c.err(&label, "word", format!("\"{}\" is listed twice", w.word));
        }
        if let Some(id) = forms.get(w.word.as_str()) {
            c.err(
                &label,
                "word",
                format!(
                    "\"{}\" is a form of glossary term \"{id}\": its card explains it, remove it here",
                    w.word
                ),
            );
        }
        labels.push(label);
        words.push(LearnerWord {
            word: leak(w.word),
            hanja: leak(w.hanja),
            zh: leak(w.zh),
            pinyin: leak(w.pinyin),
            gloss: Tri::new(w.gloss_ko, w.gloss_zh, w.gloss_en).map(to_text),
            occurrences: &[],
        });
    }
    if !article.ok {
        return words;
    }
    let mut occ = occurrences(&article.sentences, &words);
    for ((w, label), found) in words.iter_mut().zip(&labels).zip(occ.iter_mut()) {
        if found.is_empty() && !w.word.is_empty() {
            let anywhere = article.sentences.iter().any(|s| s.text.contains(w.word));
            c.err(
                label,
                "word",
                if anywhere {
                    format!(
                        "\"{}\" occurs only inside other marks (a glossary term, a spelling note, \
                         a figure) or a longer learner word: there is nothing to mark",
                        w.word
                    )
                } else {
                    format!("\"{}\" does not occur in the article", w.word)
                },
            );
        }
        w.occurrences = leak_list(std::mem::take(found));
    }
    words
}

/// One entry's own fields: the word is Hangul, the hanja one character per syllable, `zh` hanzi
/// with pinyin of as many syllables, and glosses in their languages (no Hangul in the Chinese
/// or English ones).
fn check_entry(c: &mut Check, label: &str, w: &RawLearnerWord) {
    let syl = w.word.chars().count();
    if syl == 0 || !w.word.chars().all(is_hangul) {
        c.err(
            label,
            "word",
            format!(
                "\"{}\" must be a Hangul word as the article writes it",
                w.word
            ),
        );
    }
    if w.hanja.chars().count() != syl || !w.hanja.chars().all(is_han) {
        c.err(
            label,
            "hanja",
            format!(
                "\"{}\" must be the word's hanja, one Chinese character per syllable of \"{}\" ({syl})",
                w.hanja, w.word
            ),
        );
    }
    let zh = w.zh.chars().count();
    if zh == 0 || !w.zh.chars().all(is_han) {
        c.err(
            label,
            "zh",
            format!("\"{}\" must be the Chinese word in hanzi only", w.zh),
        );
    }
    match syllables(&w.pinyin) {
        None => c.err(
            label,
            "pinyin",
            format!("\"{}\" is not valid pinyin", w.pinyin),
        ),
        Some(s) if s.len() != zh => c.err(
            label,
            "pinyin",
            format!(
                "\"{}\" has {} syllables for {zh} hanzi \"{}\"",
                w.pinyin,
                s.len(),
                w.zh
            ),
        ),
        Some(_) => {}
    }
    c.three_langs(
        label,
        "gloss",
        given(&w.gloss_ko, &w.gloss_zh, &w.gloss_en),
        true,
    );
    for (field, value) in [("gloss_zh", &w.gloss_zh), ("gloss_en", &w.gloss_en)] {
        if value.chars().any(is_hangul) {
            c.err(
                label,
                field,
                format!("\"{value}\" has Hangul: the Korean goes in `word` and `gloss_ko`"),
            );
        }
    }
}

/// Where each word occurs (indexed like `words`): in each sentence, outside its marks,
/// leftmost-longest among the words.
fn occurrences(sentences: &[Sentence], words: &[LearnerWord]) -> Vec<Vec<Occurrence>> {
    let mut out = vec![Vec::new(); words.len()];
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text;
        // The gaps between the sentence's marks (which are sorted and never overlap).
        let mut gaps = Vec::new();
        let mut at = 0usize;
        for m in s.marks {
            gaps.push(at..(m.start as usize).max(at));
            at = at.max(m.end as usize);
        }
        gaps.push(at..text.len());
        for gap in gaps {
            let mut i = gap.start;
            while i < gap.end {
                let rest = &text[i..gap.end];
                let hit = words
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| !w.word.is_empty() && rest.starts_with(w.word))
                    .max_by_key(|(_, w)| w.word.len());
                match hit {
                    Some((wi, w)) => {
                        out[wi].push(Occurrence {
                            sentence: si as u32,
                            start: i as u32,
                            end: (i + w.word.len()) as u32,
                        });
                        i += w.word.len();
                    }
                    None => i += rest.chars().next().map_or(1, char::len_utf8),
                }
            }
        }
    }
    out
}
