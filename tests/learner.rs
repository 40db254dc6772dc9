//! Host tests of the learner layer (`data/learner.toml`, `Dataset::learner`): the hanja against
//! the `hanja` crate's word list, the pinyin against the `pinyin` crate, where the words are
//! marked (never over another mark), the loader's errors (file, entry, field), and the search
//! (`core::search::search_learner`). That the layer covers every Sino-Korean word of the article
//! is `tests/coverage.rs`.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::load::{load, DataError, Sources};
use longjiang_reader::core::dataset::model::*;
use longjiang_reader::core::dataset::{pinyin, DATASET};
use longjiang_reader::core::search::{search, search_learner, LearnerField};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

const LEARNER: &str = "data/learner.toml";

fn sources() -> Sources {
    Sources::read(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("data/ files are readable")
}

fn errors_of(src: &Sources) -> Vec<DataError> {
    match load(src) {
        Ok(_) => panic!("the broken fixture was accepted"),
        Err(e) => e,
    }
}

fn has_error(errors: &[DataError], entry: &str, field: &str, needle: &str) -> bool {
    errors.iter().any(|e| {
        e.file == LEARNER
            && e.entry.contains(entry)
            && e.field == field
            && e.message.contains(needle)
    })
}

fn learner(word: &str) -> &'static LearnerWord {
    DATASET
        .learner
        .iter()
        .find(|l| l.word == word)
        .unwrap_or_else(|| panic!("no learner entry {word}"))
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

// ── The data against real references ───────────────────────────────────────────────────────

/// The `hanja` crate's word list (`data/hanja.txt`, lines `한글:漢字:뜻`), found where cargo
/// unpacked the crate, at the version `Cargo.lock` names (as in tests/coverage.rs).
fn hanja_word_list() -> String {
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
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Entries whose hanja the word list lacks, and why they are right: each of their characters
/// must still have the syllable's reading in the crate's character table.
const NOT_IN_THE_WORD_LIST: [(&str, &str, &str); 1] = [(
    "기능인",
    "技能人",
    "the list has only 機能人; the article's 기능인 is a skilled worker (技能 'skill', as in the \
     glossary's 한국기능인협회 韓國技能人協會), not 機能 'function'",
)];

/// Every entry's hanja is the dictionary's spelling of the word: the pair `word:hanja` is in the
/// `hanja` crate's word list (so 史上 for 사상 in 사상 최대, not 思想), save the listed exceptions,
/// whose characters are read as the word's syllables.
#[test]
fn hanja_are_the_dictionary_spelling_of_the_word() {
    let list = hanja_word_list();
    let pairs: HashSet<(&str, &str)> = list
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut p = l.split(':');
            Some((p.next()?, p.next()?))
        })
        .collect();
    let mut wrong = Vec::new();
    for l in DATASET.learner {
        if pairs.contains(&(l.word, l.hanja)) {
            assert!(
                !NOT_IN_THE_WORD_LIST.iter().any(|(w, _, _)| *w == l.word),
                "{}: {} is in the word list now: drop the exception",
                l.word,
                l.hanja
            );
            continue;
        }
        let excepted = NOT_IN_THE_WORD_LIST
            .iter()
            .any(|(w, h, _)| *w == l.word && *h == l.hanja);
        let each_read =
            l.word.chars().zip(l.hanja.chars()).all(|(s, ch)| {
                hanja::get(s).is_some_and(|list| list.iter().any(|(c, _)| *c == ch))
            });
        if !(excepted && each_read) {
            let listed: Vec<&str> = pairs
                .iter()
                .filter(|(w, _)| *w == l.word)
                .map(|(_, h)| *h)
                .collect();
            wrong.push(format!(
                "{} {}: not in the word list (it has {listed:?})",
                l.word, l.hanja
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(DATASET.learner.len() > 100);
}

/// Syllables written in the neutral tone (no mark), as the dictionaries write these words; the
/// `pinyin` crate gives only the full tone. Any other syllable without a mark is an error.
const NEUTRAL_TONE: [(&str, char, &str); 1] = [("朋友", '友', "you")];

/// Every syllable of every entry's pinyin is a reading of its hanzi in the `pinyin` crate, tone
/// included.
#[test]
fn pinyin_agrees_with_the_pinyin_crate() {
    use ::pinyin::ToPinyinMulti;
    let mut checked = 0;
    let mut wrong = Vec::new();
    for l in DATASET.learner {
        let syl = pinyin::syllables(l.pinyin).expect("the loader checked the pinyin");
        assert_eq!(syl.len(), l.zh.chars().count(), "{}", l.word);
        for (ch, s) in l.zh.chars().zip(&syl) {
            let readings: Vec<&str> = ch
                .to_pinyin_multi()
                .map(|m| m.into_iter().map(|r| r.with_tone()).collect())
                .unwrap_or_default();
            let s = s.to_lowercase();
            let neutral = NEUTRAL_TONE
                .iter()
                .any(|(w, c, r)| *w == l.zh && *c == ch && *r == s);
            if !readings.contains(&s.as_str()) && !neutral {
                wrong.push(format!(
                    "{} {}: {ch} is read {readings:?}, the entry says {s}",
                    l.word, l.zh
                ));
            }
            checked += 1;
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(checked > 250, "only {checked} syllables checked");
}

/// Pinyin is written as the glossary writes it: lowercase save proper names (Hánguó), the
/// syllables of a word together, words apart.
#[test]
fn pinyin_is_written_like_the_glossary() {
    for l in DATASET.learner {
        let proper = ["한국", "중국"].contains(&l.word);
        let first = l.pinyin.chars().next().unwrap();
        assert_eq!(first.is_uppercase(), proper, "{}: {}", l.word, l.pinyin);
        assert!(
            !l.pinyin.contains("  ") && l.pinyin.trim() == l.pinyin,
            "{}: {:?}",
            l.word,
            l.pinyin
        );
        // A one- or two-character Chinese word is one pinyin word.
        if l.zh.chars().count() <= 2 {
            assert!(!l.pinyin.contains(' '), "{}: {}", l.word, l.pinyin);
        }
    }
}

/// The Chinese texts are Chinese: hanzi and full-width punctuation, no Hangul; the English
/// gloss has no Hangul either.
#[test]
fn chinese_and_english_texts_are_in_their_script() {
    for l in DATASET.learner {
        assert!(
            !l.gloss.zh.chars().any(|c| c.is_ascii() || is_hangul(c)),
            "{}: gloss_zh {:?}",
            l.word,
            l.gloss.zh
        );
        assert!(!l.gloss.en.chars().any(is_hangul), "{}: gloss_en", l.word);
        assert!(l.gloss.ko.chars().any(is_hangul), "{}: gloss_ko", l.word);
    }
}

/// The examples of the issue: where the Chinese word differs from the hanja, the entry gives
/// the Chinese one.
#[test]
fn the_chinese_word_is_what_chinese_says() {
    let sme = learner("중소기업");
    assert_eq!(
        (sme.hanja, sme.zh, sme.pinyin),
        ("中小企業", "中小企业", "zhōngxiǎo qǐyè")
    );
    assert_eq!(
        (learner("소통").hanja, learner("소통").zh),
        ("疏通", "沟通")
    );
    assert_eq!(
        (learner("도모").hanja, learner("도모").zh),
        ("圖謀", "谋求")
    );
    assert_eq!(
        (learner("협력").hanja, learner("협력").zh),
        ("協力", "合作")
    );
    assert_eq!(
        learner("사상").hanja,
        "史上",
        "사상 최대: 'the largest ever'"
    );
    assert_eq!(learner("투자").pinyin, "tóuzī");
}

// ── Occurrences ─────────────────────────────────────────────────────────────────────────────

/// Every entry occurs; each occurrence is the word, in text order, and lies where no other mark
/// (term, spelling note, figure) is, so the two layers never overlap.
#[test]
fn occurrences_are_the_word_and_never_overlap_another_mark() {
    let mut total = 0;
    for l in DATASET.learner {
        assert!(!l.occurrences.is_empty(), "{} has no occurrence", l.word);
        for w in l.occurrences.windows(2) {
            assert!(
                (w[0].sentence, w[0].start) < (w[1].sentence, w[1].start),
                "{}",
                l.word
            );
        }
        for o in l.occurrences {
            let s = &DATASET.article.sentences[o.sentence as usize];
            assert_eq!(&s.text[o.start as usize..o.end as usize], l.word);
            for m in s.marks {
                assert!(
                    o.end <= m.start || m.end <= o.start,
                    "{} in {} overlaps {:?}",
                    l.word,
                    s.id,
                    m
                );
            }
            total += 1;
        }
    }
    assert!(total > 200, "only {total} occurrences");
}

/// The longest learner word wins (중소기업, not 기업 inside it), and a sentence's learner marks
/// (`Dataset::learner_marks`) are its entries' occurrences in text order, apart from each other.
#[test]
fn learner_marks_are_leftmost_longest_and_in_order() {
    let si = DATASET.sentence_index("p01s1").unwrap();
    let text = DATASET.article.sentences[si].text;
    let marks = DATASET.learner_marks(si);
    let words: Vec<&str> = marks
        .iter()
        .map(|m| DATASET.learner[m.word as usize].word)
        .collect();
    assert!(words.contains(&"중소기업"), "{words:?}");
    assert!(!words.contains(&"기업"), "{words:?}");
    for m in &marks {
        assert_eq!(
            &text[m.start as usize..m.end as usize],
            DATASET.learner[m.word as usize].word
        );
    }
    let mut all = 0;
    for si in 0..DATASET.article.sentences.len() {
        let marks = DATASET.learner_marks(si);
        for w in marks.windows(2) {
            assert!(w[0].end <= w[1].start, "{:?}", w);
        }
        all += marks.len();
    }
    let occurrences: usize = DATASET.learner.iter().map(|l| l.occurrences.len()).sum();
    assert_eq!(all, occurrences);
    assert_eq!(
        DATASET
            .learner_index("협력")
            .map(|i| DATASET.learner[i].word),
        Some("협력")
    );
    assert_eq!(DATASET.learner_index("흑룡강성"), None);
}

/// 개최 is marked in 개최되였으며: the spelling note covers only 되였으며 (the Chinese-Korean 되였),
/// so the word beside it is free for the learner layer.
#[test]
fn a_spelling_note_leaves_the_word_beside_it_free() {
    let l = learner("개최");
    let o = l.occurrences[0];
    let s = &DATASET.article.sentences[o.sentence as usize];
    assert!(s.text[o.end as usize..].starts_with("되였으며"));
    assert!(s.marks.iter().any(|m| m.start == o.end
        && matches!(m.target, Target::Ortho(i) if DATASET.orthography[i as usize].form == "되였으며")));
}

// ── The loader's errors name the file, the entry and the field ──────────────────────────────

const HYEOPRYEOK: &str = "word = \"협력\"\nhanja = \"協力\"\nzh = \"合作\"\npinyin = \"hézuò\"\n";

#[test]
fn the_fixture_is_the_file() {
    assert!(sources().learner.contains(HYEOPRYEOK));
    assert!(sources()
        .learner
        .contains("gloss_en = \"cooperation, collaboration; to cooperate\"\n"));
}

#[test]
fn a_missing_gloss_is_named() {
    let mut s = sources();
    s.learner = s.learner.replacen(
        "gloss_en = \"cooperation, collaboration; to cooperate\"\n",
        "",
        1,
    );
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "[[word]] \"협력\"",
            "gloss_en",
            "missing field `gloss_en`"
        ),
        "{e:#?}"
    );
    let mut s = sources();
    s.learner = s.learner.replacen(
        "gloss_en = \"cooperation, collaboration; to cooperate\"",
        "gloss_en = \" \"",
        1,
    );
    let e = errors_of(&s);
    assert!(
        has_error(&e, "[[word]] \"협력\"", "gloss_en", "must not be empty"),
        "{e:#?}"
    );
}

#[test]
fn a_word_listed_twice_is_reported() {
    let mut s = sources();
    s.learner.push_str(&format!(
        "\n[[word]]\n{HYEOPRYEOK}gloss_ko = \"협력\"\ngloss_zh = \"合作\"\ngloss_en = \"cooperation\"\n"
    ));
    let e = errors_of(&s);
    assert!(
        has_error(&e, "[[word]] \"협력\"", "word", "\"협력\" is listed twice"),
        "{e:#?}"
    );
}

#[test]
fn hanja_of_the_wrong_length_are_reported() {
    let mut s = sources();
    s.learner = s.learner.replacen("hanja = \"協力\"", "hanja = \"協\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "[[word]] \"협력\"",
            "hanja",
            "one Chinese character per syllable"
        ),
        "{e:#?}"
    );
}

#[test]
fn a_glossary_form_is_reported() {
    let mut s = sources();
    s.learner.push_str(
        "\n[[word]]\nword = \"흑룡강성\"\nhanja = \"黑龍江省\"\nzh = \"黑龙江省\"\n\
         pinyin = \"Hēilóngjiāng Shěng\"\ngloss_ko = \"헤이룽장성\"\ngloss_zh = \"黑龙江省\"\n\
         gloss_en = \"Heilongjiang\"\n",
    );
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "[[word]] \"흑룡강성\"",
            "word",
            "is a form of glossary term \"heilongjiang\""
        ),
        "{e:#?}"
    );
}

#[test]
fn a_word_only_inside_other_marks_is_reported() {
    // 상무청 occurs only inside the glossary's 흑룡강성상무청.
    let mut s = sources();
    s.learner.push_str(
        "\n[[word]]\nword = \"상무청\"\nhanja = \"商務廳\"\nzh = \"商务厅\"\npinyin = \"shāngwùtīng\"\n\
         gloss_ko = \"상무 담당 관청\"\ngloss_zh = \"商务厅\"\ngloss_en = \"department of commerce\"\n",
    );
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "[[word]] \"상무청\"",
            "word",
            "occurs only inside other marks"
        ),
        "{e:#?}"
    );
    // A word of no sentence at all.
    let mut s = sources();
    s.learner.push_str(
        "\n[[word]]\nword = \"학교\"\nhanja = \"學校\"\nzh = \"学校\"\npinyin = \"xuéxiào\"\n\
         gloss_ko = \"배우는 곳\"\ngloss_zh = \"学校\"\ngloss_en = \"school\"\n",
    );
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "[[word]] \"학교\"",
            "word",
            "does not occur in the article"
        ),
        "{e:#?}"
    );
}

#[test]
fn a_word_not_in_hangul_is_reported() {
    let mut s = sources();
    s.learner = s
        .learner
        .replacen("word = \"협력\"", "word = \"hyeomnyeok\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "[[word]] \"hyeomnyeok\"",
            "word",
            "must be a Hangul word"
        ),
        "{e:#?}"
    );
}

#[test]
fn hangul_in_the_chinese_or_english_gloss_is_reported() {
    let mut s = sources();
    s.learner = s.learner.replacen(
        "gloss_en = \"cooperation, collaboration; to cooperate\"",
        "gloss_en = \"cooperation (협력)\"",
        1,
    );
    s.learner = s
        .learner
        .replacen("gloss_zh = \"投资\"", "gloss_zh = \"投资 투자\"", 1);
    s.learner = s.learner.replacen("zh = \"合作\"", "zh = \"협력\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(&e, "[[word]] \"협력\"", "gloss_en", "has Hangul"),
        "{e:#?}"
    );
    assert!(
        has_error(&e, "[[word]] \"투자\"", "gloss_zh", "has Hangul"),
        "{e:#?}"
    );
    assert!(
        has_error(&e, "[[word]] \"협력\"", "zh", "hanzi only"),
        "{e:#?}"
    );
}

#[test]
fn bad_pinyin_is_reported() {
    let mut s = sources();
    s.learner = s
        .learner
        .replacen("pinyin = \"hézuò\"", "pinyin = \"hé\"", 1);
    s.learner = s
        .learner
        .replacen("pinyin = \"tóuzī\"", "pinyin = \"touzix\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(&e, "[[word]] \"협력\"", "pinyin", "1 syllables for 2 hanzi"),
        "{e:#?}"
    );
    assert!(
        has_error(&e, "[[word]] \"투자\"", "pinyin", "not valid pinyin"),
        "{e:#?}"
    );
}

#[test]
fn unknown_fields_and_keys_are_reported() {
    let mut s = sources();
    s.learner = s
        .learner
        .replacen(HYEOPRYEOK, &format!("{HYEOPRYEOK}hanzi = \"合作\"\n"), 1);
    s.learner.push_str("\n[[term]]\nword = \"x\"\n");
    let e = errors_of(&s);
    assert!(
        has_error(&e, "[[word]] \"협력\"", "hanzi", "unknown field `hanzi`"),
        "{e:#?}"
    );
    assert!(
        e.iter()
            .any(|e| e.file == LEARNER && e.field == "term" && e.message.contains("unknown")),
        "{e:#?}"
    );
}

// ── Search ──────────────────────────────────────────────────────────────────────────────────

fn found(q: &str) -> Vec<&'static str> {
    search_learner(DATASET.learner, q)
        .iter()
        .map(|h| DATASET.learner[h.word].word)
        .collect()
}

/// What a learner types in English finds the entry.
#[test]
fn english_queries_find_learner_entries() {
    assert!(
        found("small business").contains(&"중소기업"),
        "{:?}",
        found("small business")
    );
    assert!(found("SME").contains(&"중소기업"));
    assert_eq!(
        found("investment").first(),
        Some(&"투자"),
        "{:?}",
        found("investment")
    );
    assert!(found("venture").contains(&"사업"), "{:?}", found("venture"));
    assert_eq!(
        found("cooperation").first(),
        Some(&"협력"),
        "{:?}",
        found("cooperation")
    );
    // At a word start only: "trade" is not found inside another word.
    assert!(found("rade").is_empty(), "{:?}", found("rade"));
}

/// The word, its hanja, the Chinese word and the pinyin (tones and spaces optional) each find it,
/// best first.
#[test]
fn every_script_finds_the_entry() {
    for q in ["투자", "投資", "投资", "tóuzī", "touzi", "tou zi"] {
        assert_eq!(found(q).first(), Some(&"투자"), "{q}: {:?}", found(q));
    }
    let h = &search_learner(DATASET.learner, "投资")[0];
    assert_eq!((h.field, h.rank), (LearnerField::Zh, 0));
    let h = &search_learner(DATASET.learner, "tóuzī")[0];
    assert_eq!(h.field, LearnerField::Pinyin);
    assert_eq!(&h.text(&DATASET.learner[h.word])[h.start..h.end], "tóuzī");
    // The Chinese word where it differs from the hanja: 沟通 finds 소통 (疏通).
    assert_eq!(found("沟通").first(), Some(&"소통"));
    assert_eq!(found("疏通").first(), Some(&"소통"));
    assert_eq!(found("zhongxiao qiye").first(), Some(&"중소기업"));
    // A prefix of the word finds the longer words too, exact first.
    let f = found("기업");
    assert_eq!(f.first(), Some(&"기업"), "{f:?}");
    assert!(f.contains(&"중소기업") && f.contains(&"기업인"), "{f:?}");
}

/// The highlight is the matched text of the field, in every field.
#[test]
fn hits_point_at_the_matched_text() {
    for q in ["small business", "협력", "中小", "qǐyè", "venture", "沟通"] {
        let hits = search_learner(DATASET.learner, q);
        assert!(!hits.is_empty(), "{q}");
        for h in hits {
            let text = h.text(&DATASET.learner[h.word]);
            assert!(
                text.get(h.start..h.end).is_some_and(|t| !t.is_empty()),
                "{q}: {h:?}"
            );
        }
    }
}

/// The three queries of the issue each find something in the learner layer, and the glossary
/// search is unchanged by it.
#[test]
fn the_issue_queries_find_something_and_the_glossary_search_is_unchanged() {
    for q in ["small business", "venture", "investment"] {
        assert!(!found(q).is_empty(), "{q}");
    }
    assert!(!search(DATASET.terms, "investment").is_empty());
    assert!(search_learner(DATASET.learner, "").is_empty());
    assert!(search_learner(DATASET.learner, "   ").is_empty());
    for q in ["'", "\u{0}", "ǖǖǖ", "%%%", "a\u{301}", "🙂", "ÅÅ", "x"] {
        let _ = search_learner(DATASET.learner, q);
    }
}
