//! Saved words ("My words", issue #23): what a reader keeps, as the browser stores it.
//!
//! The list lives in the reader's browser (`localStorage`, key `STORAGE_KEY`) as text this
//! module prints and reads; the app only moves the string in and out. The format is versioned
//! and line-based, so one damaged entry costs that entry, not the list:
//!
//! ```text
//! longjiang-words 1
//! harbin<TAB>할빈<TAB>learning<TAB>1765000000000
//! ```
//!
//! One line per word: the glossary id (stable across releases: data/README.md), the form the
//! reader saved it by, `learning` or `known`, and when it was saved (ms since 1970). A later
//! release may append fields to a line and raise the version; it must not reorder these four,
//! so this release reads a newer list too (and says it is newer). A word whose id this release's
//! glossary lacks is kept, not shown, and written back unchanged: a reader who goes back to an
//! older or newer edition finds it again.

use super::dataset::model::Dataset;
use super::i18n::{Lang, K};

/// A saved learner word's id: this prefix and the word as the article writes it (`learn:협력`);
/// a glossary term's id is its glossary id.
pub const LEARNER_PREFIX: &str = "learn:";

/// What a saved word is in this release's dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordRef {
    /// A glossary term (index).
    Term(u32),
    /// A word of the learner layer (index into `Dataset::learner`).
    Learner(u32),
}

/// The id a learner word is saved under.
pub fn learner_id(word: &str) -> String {
    format!("{LEARNER_PREFIX}{word}")
}

/// The `localStorage` key.
pub const STORAGE_KEY: &str = "longjiang.words";
/// The first line's magic word, and this release's version.
pub const MAGIC: &str = "longjiang-words";
pub const VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordState {
    Learning,
    Known,
}

impl WordState {
    pub fn key(self) -> &'static str {
        match self {
            WordState::Learning => "learning",
            WordState::Known => "known",
        }
    }
    fn from_key(s: &str) -> Option<WordState> {
        match s {
            "learning" => Some(WordState::Learning),
            "known" => Some(WordState::Known),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedWord {
    /// The glossary id (`Term::id`).
    pub id: String,
    /// The form the reader saved it by (one of the term's forms; the first when unknown).
    pub form: String,
    pub state: WordState,
    /// When it was saved, ms since 1970 (0 when unknown).
    pub added: u64,
    /// Fields a later release appended, written back unchanged.
    pub rest: Vec<String>,
}

impl SavedWord {
    pub fn new(id: &str, form: &str, added: u64) -> SavedWord {
        SavedWord {
            id: id.to_string(),
            form: form.to_string(),
            state: WordState::Learning,
            added,
            rest: Vec::new(),
        }
    }
    /// What the word is in this release: a glossary term or a learner word, if it has either.
    pub fn target(&self, ds: &Dataset) -> Option<WordRef> {
        match self.id.strip_prefix(LEARNER_PREFIX) {
            Some(word) => ds.learner_index(word).map(|i| WordRef::Learner(i as u32)),
            None => self.term(ds).map(WordRef::Term),
        }
    }
    /// The term's index in this release's glossary, if it has this id.
    pub fn term(&self, ds: &Dataset) -> Option<u32> {
        ds.terms
            .iter()
            .position(|t| t.id == self.id)
            .map(|i| i as u32)
    }
}

/// What reading a stored list found wrong, for the reader (the list is still read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The stored text is not a word list at all (the whole value is set aside).
    NotAList,
    /// Written by a newer release (version): read as far as this one understands it.
    Newer(u32),
    /// These lines (1-based, counting the header) could not be read and were skipped.
    Damaged(Vec<usize>),
    /// Saved words this release's glossary does not have (kept, not shown).
    Unknown(Vec<String>),
}

/// Why the browser did not keep the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage: switched off, blocked (a sandboxed frame, a privacy setting) or throwing.
    Unavailable,
    /// The storage is full (`QuotaExceededError`).
    Full,
}

/// What the reader is told about their list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Read(Problem),
    Store(StoreError),
}

impl Notice {
    /// The notice in the interface language.
    pub fn text(&self, lang: Lang) -> String {
        let (key, n) = match self {
            Notice::Read(Problem::NotAList) => (K::StorageNotAList, 0),
            Notice::Read(Problem::Newer(_)) => (K::StorageNewer, 0),
            Notice::Read(Problem::Damaged(lines)) => (K::StorageDamaged, lines.len()),
            Notice::Read(Problem::Unknown(ids)) => (K::StorageUnknown, ids.len()),
            Notice::Store(StoreError::Unavailable) => (K::StorageUnavailable, 0),
            Notice::Store(StoreError::Full) => (K::StorageFull, 0),
        };
        key.get(lang).replace("{n}", &n.to_string())
    }
}

/// Where an unreadable stored value is set aside before a new list is written over it.
pub const SET_ASIDE_KEY: &str = "longjiang.words.unreadable";

/// Reads a stored list. Never fails: what cannot be read is skipped and reported. An empty or
/// missing value is an empty list with no problem.
pub fn parse(text: &str, ds: &Dataset) -> (Vec<SavedWord>, Vec<Problem>) {
    let mut problems = Vec::new();
    let text = text.trim_start_matches('\u{FEFF}');
    if text.trim().is_empty() {
        return (Vec::new(), problems);
    }
    let mut lines = text.lines();
    let header = lines.next().unwrap_or("");
    let version = header
        .strip_prefix(MAGIC)
        .map(str::trim)
        .and_then(|v| v.parse::<u32>().ok());
    let Some(version) = version else {
        problems.push(Problem::NotAList);
        return (Vec::new(), problems);
    };
    if version > VERSION {
        problems.push(Problem::Newer(version));
    }
    let mut words: Vec<SavedWord> = Vec::new();
    let mut damaged = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let id = f.next().unwrap_or("").trim();
        let form = f.next().unwrap_or("").trim();
        let state = f.next().and_then(|s| WordState::from_key(s.trim()));
        // Missing is fine (0); present but not a number is damage.
        let added = f.next().map(|a| a.trim().parse::<u64>().ok());
        let rest: Vec<String> = f.map(str::to_string).collect();
        let ok_id = match id.strip_prefix(LEARNER_PREFIX) {
            Some(word) => !word.is_empty() && !word.contains(char::is_whitespace),
            None => {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            }
        };
        match (ok_id, form.is_empty(), state, added) {
            (true, false, Some(state), None | Some(Some(_))) => {
                if words.iter().any(|w| w.id == id) {
                    continue;
                }
                words.push(SavedWord {
                    id: id.to_string(),
                    form: form.to_string(),
                    state,
                    added: added.flatten().unwrap_or(0),
                    rest,
                });
            }
            _ => damaged.push(n + 2),
        }
    }
    if !damaged.is_empty() {
        problems.push(Problem::Damaged(damaged));
    }
    let unknown: Vec<String> = words
        .iter()
        .filter(|w| w.target(ds).is_none())
        .map(|w| w.id.clone())
        .collect();
    if !unknown.is_empty() {
        problems.push(Problem::Unknown(unknown));
    }
    (words, problems)
}

/// The list as stored. A field never holds a tab or a line break (forms are the article's words).
pub fn print(words: &[SavedWord]) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let mut out = format!("{MAGIC} {VERSION}\n");
    for w in words {
        out.push_str(&clean(&w.id));
        out.push('\t');
        out.push_str(&clean(&w.form));
        out.push('\t');
        out.push_str(w.state.key());
        out.push('\t');
        out.push_str(&w.added.to_string());
        for r in &w.rest {
            out.push('\t');
            out.push_str(&clean(r));
        }
        out.push('\n');
    }
    out
}

/// Saves `id` by `form`, or takes it off the list if it is on it. Returns whether it is saved now.
pub fn toggle(words: &mut Vec<SavedWord>, id: &str, form: &str, now: u64) -> bool {
    if let Some(k) = words.iter().position(|w| w.id == id) {
        words.remove(k);
        false
    } else {
        words.push(SavedWord::new(id, form, now));
        true
    }
}

/// Marks a saved word learning or known (nothing if it is not saved).
pub fn set_state(words: &mut [SavedWord], id: &str, state: WordState) {
    if let Some(w) = words.iter_mut().find(|w| w.id == id) {
        w.state = state;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    fn id(k: usize) -> &'static str {
        DATASET.terms[k].id
    }

    #[test]
    fn a_list_survives_printing_and_reading() {
        let mut words = Vec::new();
        assert!(toggle(&mut words, id(0), DATASET.terms[0].forms[0], 5));
        assert!(toggle(&mut words, id(3), DATASET.terms[3].forms[0], 6));
        set_state(&mut words, id(3), WordState::Known);
        let text = print(&words);
        assert!(text.starts_with("longjiang-words 1\n"));
        let (back, problems) = parse(&text, &DATASET);
        assert_eq!(back, words);
        assert!(problems.is_empty(), "{problems:?}");
        // Toggling again takes it off.
        assert!(!toggle(&mut words, id(0), "x", 7));
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].state, WordState::Known);
    }

    #[test]
    fn every_notice_says_something_in_every_language() {
        let all = [
            Notice::Read(Problem::NotAList),
            Notice::Read(Problem::Newer(2)),
            Notice::Read(Problem::Damaged(vec![2, 5])),
            Notice::Read(Problem::Unknown(vec!["x".into()])),
            Notice::Store(StoreError::Unavailable),
            Notice::Store(StoreError::Full),
        ];
        for n in &all {
            for lang in Lang::ALL {
                let t = n.text(lang);
                assert!(!t.is_empty() && !t.contains("{n}"), "{n:?} {lang:?}: {t}");
            }
        }
        assert!(all[2].text(Lang::En).contains('2'));
    }

    #[test]
    fn learner_words_are_saved_by_their_word() {
        let w = &DATASET.learner[0];
        let mut words = Vec::new();
        assert!(toggle(&mut words, &learner_id(w.word), w.word, 3));
        let (back, problems) = parse(&print(&words), &DATASET);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back[0].target(&DATASET), Some(WordRef::Learner(0)));
        let (gone, problems) = parse(
            "longjiang-words 1\nlearn:없는낱말\t없는낱말\tlearning\t1\n",
            &DATASET,
        );
        assert_eq!(gone[0].target(&DATASET), None);
        assert_eq!(
            problems,
            vec![Problem::Unknown(vec!["learn:없는낱말".into()])]
        );
    }

    #[test]
    fn empty_storage_is_an_empty_list_without_complaint() {
        assert_eq!(parse("", &DATASET), (Vec::new(), Vec::new()));
        assert_eq!(parse("  \n", &DATASET), (Vec::new(), Vec::new()));
    }

    #[test]
    fn a_damaged_line_is_skipped_and_reported_and_the_rest_is_read() {
        let text = format!(
            "longjiang-words 1\n{}\t할빈\tlearning\t1\ngarbage\n{}\t\tknown\t2\n\t할빈\tknown\t2\n{}\tx\tmaybe\t3\n{}\tx\tknown\tnot-a-number\n{}\t{}\tknown\t4\n",
            id(0), id(1), id(2), id(3), id(4), DATASET.terms[4].forms[0]
        );
        let (words, problems) = parse(&text, &DATASET);
        assert_eq!(
            words.iter().map(|w| w.id.as_str()).collect::<Vec<_>>(),
            [id(0), id(4)]
        );
        assert_eq!(problems, vec![Problem::Damaged(vec![3, 4, 5, 6, 7])]);
    }

    #[test]
    fn what_is_not_a_list_is_reported_not_read() {
        for bad in [
            "{\"words\":[]}",
            "hello",
            "longjiang-words x\nharbin\t할빈\tlearning\t1",
        ] {
            let (words, problems) = parse(bad, &DATASET);
            assert!(words.is_empty());
            assert_eq!(problems, vec![Problem::NotAList], "{bad}");
        }
    }

    #[test]
    fn a_newer_release_s_list_is_read_and_its_extra_fields_kept() {
        let text = format!(
            "longjiang-words 3\n{}\t{}\tknown\t9\tfuture\tfields\n",
            id(2),
            DATASET.terms[2].forms[0]
        );
        let (words, problems) = parse(&text, &DATASET);
        assert_eq!(problems, vec![Problem::Newer(3)]);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].rest, ["future", "fields"]);
        assert!(print(&words).ends_with("\tknown\t9\tfuture\tfields\n"));
    }

    #[test]
    fn a_word_this_glossary_lacks_is_kept_and_reported() {
        let text = "longjiang-words 1\nno_such_term\t없는말\tlearning\t1\n";
        let (words, problems) = parse(text, &DATASET);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].term(&DATASET), None);
        assert_eq!(
            problems,
            vec![Problem::Unknown(vec!["no_such_term".into()])]
        );
        assert_eq!(print(&words), text);
    }

    #[test]
    fn duplicates_are_read_once_and_tabs_never_reach_a_field() {
        let text = format!(
            "longjiang-words 1\n{0}\ta\tlearning\t1\n{0}\tb\tknown\t2\n",
            id(0)
        );
        let (words, _) = parse(&text, &DATASET);
        assert_eq!(words.len(), 1);
        assert_eq!(words[0].form, "a");
        let w = SavedWord::new(id(0), "a\tb\nc", 1);
        assert_eq!(print(&[w]).lines().nth(1).unwrap().split('\t').count(), 4);
    }
}
