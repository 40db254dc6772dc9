//! False friends (issue #22, item 4): the article's Sino-Korean words whose hanzi mean something
//! else in Chinese (`data/false_friends.toml`). The loader checks shapes (the word occurs, hanja
//! one per syllable, three languages); these tests check content: the pair word/hanja is a word
//! of the Sino-Korean dictionary the coverage report uses, the links to the glossary, the
//! issue's two examples, and the Chinese notes' punctuation. How the list was made:
//! data/README.md#false_friendstoml (`scripts/false-friends.mjs` reproduces the candidates).
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::DATASET;
use std::collections::HashSet;
use std::path::PathBuf;

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// The `hanja` crate's word list (`data/hanja.txt`, lines `한글:漢字:뜻`), where cargo unpacked
/// the crate at the version `Cargo.lock` names (as in tests/coverage.rs).
fn hanja_pairs() -> HashSet<(String, String)> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock beside Cargo.toml");
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("\nname = \"hanja\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"').to_string())
        .expect("Cargo.lock names the hanja crate (a dev-dependency)");
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME is set");
    let registry = cargo_home.join("registry").join("src");
    let path = std::fs::read_dir(&registry)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", registry.display()))
        .filter_map(Result::ok)
        .map(|d| d.path().join(format!("hanja-{version}/data/hanja.txt")))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "hanja {version} is not unpacked under {}",
                registry.display()
            )
        });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split(':');
            Some((parts.next()?.to_string(), parts.next()?.to_string()))
        })
        .collect()
}

#[test]
fn each_false_friend_is_a_sino_korean_word_with_its_hanja() {
    let pairs = hanja_pairs();
    assert!(DATASET.false_friends.len() >= 10);
    for f in DATASET.false_friends {
        assert!(
            pairs.contains(&(f.word.to_string(), f.hanja.to_string())),
            "{}: {} is not a word of the Sino-Korean dictionary",
            f.word,
            f.hanja
        );
    }
}

#[test]
fn the_issues_examples_say_what_chinese_says_instead() {
    let sotong = DATASET.false_friend("소통").expect("소통");
    assert_eq!(sotong.hanja, "疏通");
    assert!(sotong.note.zh.contains("沟通") && sotong.note.en.contains("沟通"));
    assert!(sotong.note.ko.contains("沟通"));
    let domo = DATASET.false_friend("도모").expect("도모");
    assert_eq!(domo.hanja, "圖謀");
    for n in [domo.note.ko, domo.note.zh, domo.note.en] {
        assert!(n.contains("谋求"), "{n}");
    }
    assert!(domo.note.zh.contains("贬义") && domo.note.en.contains("plot"));
}

/// Every note speaks of the word and its hanzi in the reader's language: the Korean word in all
/// three, the Chinese word in simplified characters in the Chinese and English notes.
#[test]
fn each_note_names_the_word() {
    for f in DATASET.false_friends {
        for n in [f.note.ko, f.note.zh, f.note.en] {
            assert!(n.contains(f.word), "{}: {n}", f.word);
        }
        // The English note gives the hanja as the Korean dictionary writes them.
        assert!(f.note.en.contains(f.hanja), "{}: {}", f.word, f.note.en);
    }
}

/// A false friend that is a glossary form, or a word of one, is linked to that term, and only
/// then; one that is a learner word, to that word: the cards a reader opens on it.
#[test]
fn false_friends_link_to_the_glossary_term_of_their_form() {
    for f in DATASET.false_friends {
        let owner = DATASET
            .terms
            .iter()
            .position(|t| t.forms.contains(&f.word))
            .or_else(|| {
                DATASET
                    .terms
                    .iter()
                    .position(|t| t.forms.iter().any(|x| x.split(' ').any(|w| w == f.word)))
            });
        assert_eq!(f.term.map(|i| i as usize), owner, "{}", f.word);
        assert_eq!(
            f.learner.map(|i| i as usize),
            DATASET.learner_index(f.word),
            "{}",
            f.word
        );
        assert!(f.term.is_some() || f.learner.is_some(), "{}", f.word);
    }
    let linked = |word: &str| {
        DATASET
            .false_friend(word)
            .and_then(|f| f.term)
            .map(|i| DATASET.terms[i as usize].id)
    };
    assert_eq!(linked("대표"), Some("company_head"));
    assert_eq!(linked("시찰"), Some("inspection"));
    assert_eq!(linked("전년"), Some("year_on_year"));
    assert_eq!(linked("친구"), Some("old_friend"));
    assert_eq!(linked("소통"), None);
    // 소통 has no card but a learner word, whose entry shows it.
    let sotong = DATASET
        .learner_index("소통")
        .expect("소통 is a learner word");
    assert_eq!(
        DATASET.learner_false_friend(sotong).map(|f| f.hanja),
        Some("疏通")
    );
    let inspection = DATASET.term_index("inspection").unwrap();
    assert_eq!(
        DATASET.term_false_friend(inspection).map(|f| f.word),
        Some("시찰")
    );
}

/// Chinese notes use Chinese punctuation: no ASCII comma, full stop, colon, semicolon, quotes
/// or brackets next to Chinese text (ASCII brackets around Hangul are a Korean form quoted as
/// written).
#[test]
fn chinese_notes_use_full_width_punctuation() {
    for f in DATASET.false_friends {
        let chars: Vec<char> = f.note.zh.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            if !",.:;\"'()!?".contains(c) {
                continue;
            }
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let near_han = prev.is_some_and(is_han) || next.is_some_and(is_han);
            let near_hangul = prev.is_some_and(is_hangul) || next.is_some_and(is_hangul);
            assert!(
                !near_han || near_hangul,
                "{}: ASCII {c:?} in note_zh: {}",
                f.word,
                f.note.zh
            );
        }
        assert!(f.note.zh.ends_with('。'), "{}: {}", f.word, f.note.zh);
    }
}
