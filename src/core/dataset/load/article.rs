//! `data/article.toml`: the title, the page's facts (description, tagline, credit) and the
//! paragraphs, split into sentences. Whether the sentences rebuild the seed is checked at the end
//! (`super::check_round_trip`), on the whole dataset.

use super::super::i18n::Lang;
use super::super::model::*;
use super::super::raw::*;
use super::check::{is_hangul, leak, to_text, Check};
use super::{DataError, ARTICLE};
use std::collections::HashSet;

/// The article as loaded: the sentences stay a `Vec` until the marks are placed (`marks.rs`).
pub(super) struct LoadedArticle {
    pub title: Tri<Text>,
    pub title_source: Str,
    pub title_note: Text,
    pub description: Text,
    pub tagline: Tri<Text>,
    pub credit: Text,
    pub published: Str,
    pub edition: Tri<Text>,
    pub source_url: Str,
    pub translation_note: Tri<Text>,
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
            description: self.description,
            tagline: self.tagline,
            credit: self.credit,
            published: self.published,
            edition: self.edition,
            source_url: self.source_url,
            translation_note: self.translation_note,
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
    let (paragraphs, sentences) = paragraphs_and_sentences(&mut c, paragraphs);
    let mut a = LoadedArticle {
        title: Tri::default(),
        title_source: "",
        title_note: Text::default(),
        description: Text::default(),
        tagline: Tri::default(),
        credit: Text::default(),
        published: "",
        edition: Tri::default(),
        source_url: "",
        translation_note: Tri::default(),
        paragraphs,
        sentences,
        ok: false,
    };
    if let Some(h) = head {
        page_facts(&mut c, &mut a, h);
    }
    a.ok = errors.len() == before;
    a
}

/// The title and what the page says around the article.
fn page_facts(c: &mut Check, a: &mut LoadedArticle, h: RawArticle) {
    c.non_empty("", "title", &h.title);
    c.non_empty("", "description", &h.description);
    let hex = |ch: char| ch.is_ascii_digit() || ('a'..='f').contains(&ch);
    if h.seed_sha256.len() != 64 || !h.seed_sha256.chars().all(hex) {
        c.err(
            "",
            "seed_sha256",
            "must be 64 lowercase hex digits (sha256sum of source/article.txt)",
        );
    }
    if !h.description.chars().any(is_hangul) {
        c.err("", "description", "must be Korean, like the page");
    }
    let title = Tri::new(h.title, h.title_zh, h.title_en);
    let names = Tri::new("title", "title_zh", "title_en");
    c.three_langs_named("", names, title.as_deref().map(Some), true);
    let tagline = Tri::new(h.tagline_ko, h.tagline_zh, h.tagline_en);
    c.three_langs("", "tagline", tagline.as_deref().map(Some), true);
    if h.published.len() != 10 || super::check::parse_date(&h.published).is_none() {
        c.err("", "published", "must be a date, YYYY-MM-DD");
    }
    let edition = Tri::new(h.edition_ko, h.edition_zh, h.edition_en);
    c.three_langs("", "edition", edition.as_deref().map(Some), true);
    if !is_web_url(&h.source_url) {
        c.err(
            "",
            "source_url",
            "must be the report's web address: http:// or https://, a host, no spaces",
        );
    }
    let translation_note = Tri::new(
        h.translation_note_ko,
        h.translation_note_zh,
        h.translation_note_en,
    );
    c.three_langs(
        "",
        "translation_note",
        translation_note.as_ref().map(|s| s.as_deref()),
        true,
    );
    // The credit, unless given, is what the article itself prints at its end.
    let printed: Vec<String> = a
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, ParagraphKind::Source | ParagraphKind::Translator))
        .map(|p| {
            let s = &a.sentences[p.first as usize..(p.first + p.len) as usize];
            s.iter().flat_map(|s| [s.text.as_str(), s.join]).collect()
        })
        .collect();
    let credit = match h.credit {
        Some(credit) if credit.trim().is_empty() || !credit.chars().any(is_hangul) => {
            c.err("", "credit", "must be Korean text, like the article");
            credit
        }
        Some(credit) => credit,
        None if printed.is_empty() => {
            c.err(
                "",
                "credit",
                "is missing: the article has no `source` or `translator` paragraph to take it from",
            );
            String::new()
        }
        None => printed.join(" · "),
    };
    a.title = title.map(to_text);
    a.title_source = h.title_source.key();
    a.title_note = to_text(h.title_note);
    a.description = to_text(h.description);
    a.tagline = tagline.map(to_text);
    a.credit = to_text(credit);
    a.published = leak(h.published);
    a.edition = edition.map(to_text);
    a.source_url = leak(h.source_url);
    a.translation_note = translation_note.map(|n| to_text(n.unwrap_or_default()));
}

/// An absolute http or https address with a host (a dotted name or an address, an optional
/// port) and nothing a link would have to escape: what a reader's browser can open as it is.
fn is_web_url(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let name = host.split(':').next().unwrap_or("");
    let label_ok = |l: &str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    name.contains('.')
        && name.split('.').all(label_ok)
        && host[name.len()..]
            .strip_prefix(':')
            .is_none_or(|port| !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()))
        && s.chars().all(|c| c.is_ascii_graphic())
        && !s.contains(['"', '<', '>', '\\', '`', '{', '}', '|', '^'])
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
            // Every sentence, headings and credit lines included, in Chinese and English.
            c.translation(&slabel, "zh", s.zh.as_deref(), Lang::Zh);
            c.translation(&slabel, "en", s.en.as_deref(), Lang::En);
            sentences.push(Sentence {
                id: leak(s.id),
                paragraph: paragraphs.len() as u32,
                text: to_text(s.text),
                join,
                zh: to_text(s.zh.unwrap_or_default()),
                en: to_text(s.en.unwrap_or_default()),
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
