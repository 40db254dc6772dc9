//! The Korean words' own hanja (issue #20 item 4) and the syllable-by-syllable breakdown with
//! its character table (issue #22 item 3): the data (`hanja` on glossary terms, learner words and
//! false friends, `data/hanja_chars.csv`), the loader's checks, `core::hanja::syllables` and
//! `learner_syllables`, and search by a character or its English meaning.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::load::{load, DataError, Sources};
use longjiang_reader::core::dataset::model::*;
use longjiang_reader::core::dataset::{pinyin, DATASET};
use longjiang_reader::core::hanja::{form_syllables, learner_syllables, syllables, Syllable};
use longjiang_reader::core::search::{search, Field};
use std::collections::BTreeMap;
use std::path::Path;

const GLOSSARY: &str = "data/glossary.toml";
const CHARS: &str = "data/hanja_chars.csv";
const LEARNER: &str = "data/learner.toml";
const FALSE_FRIENDS: &str = "data/false_friends.toml";

fn term(id: &str) -> &'static Term {
    DATASET
        .terms
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no term {id}"))
}

fn sources() -> Sources {
    Sources::read(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("data/ files are readable")
}

fn errors_of(src: &Sources) -> Vec<DataError> {
    match load(src) {
        Ok(_) => panic!("the broken fixture was accepted"),
        Err(e) => e,
    }
}

fn assert_error(errors: &[DataError], file: &str, entry: &str, field: &str, needle: &str) {
    assert!(
        errors.iter().any(|e| e.file == file
            && e.entry.contains(entry)
            && e.field == field
            && e.message.contains(needle)),
        "no error {file} {entry} `{field}` \"{needle}\" in {errors:#?}"
    );
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

// ── The data ─────────────────────────────────────────────────────────────────────────────────

/// Issue #20's examples: the Korean word's own hanja, not the Chinese term it renders.
#[test]
fn terms_carry_the_korean_words_own_hanja() {
    for (id, form, hanja) in [
        ("first_half", 0, "上半期"),
        ("grain", 0, "食糧"),
        ("kosme_old", 0, "韓國中小企業振興公團"),
        ("liangtou_shiwei", 0, "糧頭食尾"),
        ("heilongjiang", 0, "黑龍江省"),
        ("heilongjiang", 1, "黑龍江"),
        ("inspection", 1, "實査團"),
        ("inspection", 3, "視察"),
        ("year_on_year", 0, "前年同期對比"),
        ("zhuanhua", 0, "轉換"),
        ("intelligentisation", 0, "知能化"),
    ] {
        assert_eq!(term(id).hanja.get(form), Some(&hanja), "{id} form {form}");
    }
    // The Chinese terms stay what they were: the two are kept apart.
    assert_eq!(term("first_half").hanzi_traditional, Some("上半年"));
    assert_eq!(term("grain").hanzi_simplified, Some("粮食"));
}

/// Loanwords, native words and names known only in Hangul have no hanja; a form written in
/// hanzi (粮头食尾) has none either.
#[test]
fn words_that_are_not_sino_korean_have_none() {
    for id in [
        "biomedical",
        "digital",
        "energy",
        "harbin",
        "hitech_valley",
        "old_friend",
        "yu_hyorim",
        "gi_eonyong",
        "twin_nano",
        "unit_dollar",
        "unit_percent",
    ] {
        assert!(term(id).hanja.is_empty(), "{id}: {:?}", term(id).hanja);
    }
    assert_eq!(term("liangtou_shiwei").hanja.len(), 1);
    assert!(DATASET
        .terms
        .iter()
        .filter(|t| t.category == Category::Person)
        .all(|t| t.hanja.is_empty()));
}

/// Every hanja is as long as its form's Hangul syllables, and there are many of them.
#[test]
fn hanja_align_with_their_forms() {
    let mut n = 0;
    for t in DATASET.terms {
        assert!(t.hanja.len() <= t.forms.len(), "{}", t.id);
        for (h, f) in t.hanja.iter().zip(t.forms.iter()) {
            let syllables = f.chars().filter(|c| is_hangul(*c)).count();
            assert_eq!(h.chars().count(), syllables, "{}: {h} for {f}", t.id);
        }
        n += usize::from(!t.hanja.is_empty());
    }
    assert!(n >= 70, "only {n} terms have hanja");
}

/// The table holds exactly the characters that the hanja of the terms, the learner words and
/// the false friends use: each with one row, and no row for a character no word uses (the wasm
/// carries it).
#[test]
fn every_character_used_has_one_row_and_every_row_is_used() {
    let mut used: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    for t in DATASET.terms {
        for h in t.hanja {
            for c in h.chars() {
                used.entry(c).or_default().push(t.id);
            }
        }
    }
    let words = DATASET.learner.iter().map(|w| (w.word, w.hanja));
    for (word, h) in words.chain(DATASET.false_friends.iter().map(|f| (f.word, f.hanja))) {
        for c in h.chars() {
            used.entry(c).or_default().push(word);
        }
    }
    let mut rows: BTreeMap<char, usize> = BTreeMap::new();
    for r in DATASET.hanja_chars {
        let mut cs = r.hanja.chars();
        let c = cs.next().expect("a row has its character");
        assert!(cs.next().is_none(), "row {}: one character", r.hanja);
        *rows.entry(c).or_default() += 1;
    }
    let missing: Vec<_> = used.keys().filter(|c| !rows.contains_key(c)).collect();
    let unused: Vec<_> = rows.keys().filter(|c| !used.contains_key(c)).collect();
    let twice: Vec<_> = rows.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        missing.is_empty() && unused.is_empty() && twice.is_empty(),
        "{CHARS} must match the words' hanja (run `python3 scripts/gen-hanja-chars.py`): \
         missing {missing:?}, unused {unused:?}, twice {twice:?}"
    );
}

/// The table is what the generator makes from the glossary and its sources (the `hanja`
/// crate's word list and Unihan, which scripts/setup.sh installs with Debian's unicode-data).
#[test]
fn the_table_is_what_the_generator_makes() {
    let root = env!("CARGO_MANIFEST_DIR");
    let unihan = Path::new("/usr/share/unicode/Unihan_Readings.txt.bz2");
    assert!(
        unihan.is_file(),
        "{} is missing: scripts/setup.sh installs it (Debian's unicode-data)",
        unihan.display()
    );
    let out = std::process::Command::new("python3")
        .arg("scripts/gen-hanja-chars.py")
        .arg("--check")
        .current_dir(root)
        .output()
        .expect("python3 runs (scripts/gen-hanja-chars.py)");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// ── core::hanja::syllables ───────────────────────────────────────────────────────────────────

#[test]
fn a_word_breaks_into_its_syllables() {
    let s = syllables(&DATASET, term("first_half"));
    let hanja: String = s.iter().map(|s| s.hanja).collect();
    assert_eq!(hanja, "上半期");
    assert_eq!(
        s.iter().map(|s| s.hangul).collect::<Vec<_>>(),
        ["상", "반", "기"]
    );
    let gi = s[2];
    assert_eq!(
        gi,
        Syllable {
            hangul: "기",
            hanja: "期",
            hunum: "기약할 기",
            simplified: "期",
            pinyin: "qī",
            meaning_en: gi.meaning_en,
        }
    );
    assert!(gi.meaning_en.contains("period"), "{gi:?}");
}

#[test]
fn the_dragon_of_heilongjiang() {
    let s = syllables(&DATASET, term("heilongjiang"));
    assert_eq!(s.len(), 4);
    let long = s[1];
    assert_eq!(
        (long.hangul, long.hanja, long.simplified, long.pinyin),
        ("룡", "龍", "龙", "lóng")
    );
    assert!(long.hunum.starts_with("용 룡"), "{long:?}");
    assert_eq!(long.meaning_en, "dragon");
    // The second form, 흑룡강, has its own three.
    let short = form_syllables(&DATASET, term("heilongjiang"), 1);
    assert_eq!(short.iter().map(|s| s.hanja).collect::<String>(), "黑龍江");
    assert!(form_syllables(&DATASET, term("heilongjiang"), 2).is_empty());
    // A syllable written with the initial-sound law's ㄹ: 량 is 糧, 양식 량.
    let liang = syllables(&DATASET, term("liangtou_shiwei"))[0];
    assert_eq!(
        (liang.hangul, liang.hanja, liang.simplified),
        ("량", "糧", "粮")
    );
    assert!(liang.hunum.contains('량'), "{liang:?}");
}

/// The pinyin is the reading the term's Chinese gives the character, when it has it; the
/// customary one otherwise.
#[test]
fn pinyin_follows_the_chinese_term_where_it_can() {
    let zhang = syllables(&DATASET, term("deputy_director"))[2];
    assert_eq!((zhang.hanja, zhang.pinyin), ("長", "zhǎng"));
    let hei = syllables(&DATASET, term("heilongjiang"))[0];
    assert_eq!(hei.pinyin, "hēi", "a name's capital is not copied");
    // 轉換: the Chinese term is 转化, so 換 takes its own reading.
    let huan = syllables(&DATASET, term("zhuanhua"))[1];
    assert_eq!(
        (huan.hanja, huan.simplified, huan.pinyin),
        ("換", "换", "huàn")
    );
}

/// Korea's standard glyphs, with the Chinese forms beside them.
#[test]
fn korean_glyphs_keep_their_chinese_counterparts() {
    let s = syllables(&DATASET, term("industrial_complex"));
    assert_eq!((s[0].hanja, s[0].simplified), ("産", "产"));
    let s = syllables(&DATASET, term("hlj_industrial_tech"));
    let yan = s.iter().find(|s| s.hangul == "연").expect("연 of 연구원");
    assert_eq!((yan.hanja, yan.simplified, yan.pinyin), ("硏", "研", "yán"));
    let s = syllables(&DATASET, term("event_week"));
    let zhou = s.iter().find(|s| s.hanja == "週").expect("週 of 週間");
    assert_eq!(zhou.simplified, "周");
}

#[test]
fn words_without_hanja_have_no_syllables() {
    assert!(syllables(&DATASET, term("biomedical")).is_empty());
    assert!(syllables(&DATASET, term("yu_hyorim")).is_empty());
    // The hanzi form of 량두식미 has no hanja of its own.
    assert!(form_syllables(&DATASET, term("liangtou_shiwei"), 1).is_empty());
}

/// Every syllable of every term is complete: the table has what the card shows.
#[test]
fn every_syllable_is_complete() {
    for t in DATASET.terms {
        for f in 0..t.hanja.len() {
            let s = form_syllables(&DATASET, t, f);
            assert_eq!(s.len(), t.hanja[f].chars().count(), "{} form {f}", t.id);
            for s in s {
                assert!(
                    [s.hanja, s.hunum, s.simplified, s.pinyin, s.meaning_en]
                        .iter()
                        .all(|x| !x.is_empty()),
                    "{}: {s:?}",
                    t.id
                );
            }
        }
    }
}

// ── core::hanja::learner_syllables ───────────────────────────────────────────────────────────

fn learner(word: &str) -> &'static LearnerWord {
    DATASET
        .learner
        .iter()
        .find(|w| w.word == word)
        .unwrap_or_else(|| panic!("no learner word {word}"))
}

/// Every learner word breaks into as many complete syllables as it has Hangul syllables, each
/// with its own character: the table covers the learner layer.
#[test]
fn every_learner_word_has_all_its_syllables() {
    assert!(DATASET.learner.len() >= 100, "{}", DATASET.learner.len());
    for w in DATASET.learner {
        let s = learner_syllables(&DATASET, w);
        let hangul: Vec<String> = w
            .word
            .chars()
            .filter(|c| is_hangul(*c))
            .map(String::from)
            .collect();
        assert_eq!(
            s.iter().map(|s| s.hangul).collect::<Vec<_>>(),
            hangul,
            "{}: {s:?}",
            w.word
        );
        assert_eq!(
            s.iter().map(|s| s.hanja).collect::<String>(),
            w.hanja,
            "{}",
            w.word
        );
        for s in s {
            assert!(
                [s.hanja, s.hunum, s.simplified, s.pinyin, s.meaning_en]
                    .iter()
                    .all(|x| !x.is_empty()),
                "{}: {s:?}",
                w.word
            );
        }
    }
}

#[test]
fn a_small_business_is_four_characters() {
    let s = learner_syllables(&DATASET, learner("중소기업"));
    assert_eq!(
        s.iter()
            .map(|s| (s.hangul, s.hanja, s.simplified, s.pinyin))
            .collect::<Vec<_>>(),
        [
            ("중", "中", "中", "zhōng"),
            ("소", "小", "小", "xiǎo"),
            ("기", "企", "企", "qǐ"),
            ("업", "業", "业", "yè"),
        ]
    );
    // Korea's glyphs beside the Chinese ones: 靑寫眞 (청사진).
    let s = learner_syllables(&DATASET, learner("청사진"));
    assert_eq!(s.iter().map(|s| s.simplified).collect::<String>(), "青写真");
}

/// Where a learner word's Chinese has a character of its hanja, the syllable reads it as that
/// word's pinyin does (开拓 kāituò, not 拓 tà; 参与 cānyù, not 与 yǔ).
#[test]
fn learner_syllables_read_as_the_chinese_word_does() {
    let mut n = 0;
    for w in DATASET.learner {
        let said = pinyin::syllables(w.pinyin).expect("the loader checks the pinyin");
        let zh: Vec<char> = w.zh.chars().collect();
        for s in learner_syllables(&DATASET, w) {
            let simplified = s.simplified.chars().next();
            let readings: Vec<String> = zh
                .iter()
                .zip(&said)
                .filter(|(c, _)| Some(**c) == simplified)
                .map(|(_, p)| p.to_lowercase())
                .collect();
            if readings.is_empty() {
                continue;
            }
            n += 1;
            assert!(
                readings.contains(&s.pinyin.to_lowercase()),
                "{} ({} {}): {} {} reads {}, the word {readings:?}",
                w.word,
                w.zh,
                w.pinyin,
                s.hanja,
                s.simplified,
                s.pinyin
            );
        }
    }
    assert!(n >= 200, "only {n} syllables shared with the Chinese word");
}

// ── Search ───────────────────────────────────────────────────────────────────────────────────

fn found(q: &str) -> Vec<&'static str> {
    search(&DATASET, q)
        .iter()
        .map(|h| DATASET.terms[h.term].id)
        .collect()
}

fn with_char(c: char) -> Vec<&'static str> {
    DATASET
        .terms
        .iter()
        .filter(|t| t.hanja.iter().any(|h| h.contains(c)))
        .map(|t| t.id)
        .collect()
}

#[test]
fn a_characters_meaning_finds_the_words_that_contain_it() {
    let hits = found("dragon");
    for id in ["heilongjiang", "longjiang", "hlj_commerce", "event_week"] {
        assert!(hits.contains(&id), "dragon: {id} missing from {hits:?}");
    }
    for id in with_char('龍') {
        assert!(hits.contains(&id), "dragon: {id} missing");
    }
    let h = search(&DATASET, "Dragon")
        .into_iter()
        .find(|h| DATASET.terms[h.term].id == "longjiang")
        .expect("longjiang by Dragon");
    assert_eq!(h.field, Field::HanjaMeaning);
    assert_eq!(&h.text(&DATASET.terms[h.term])[h.start..h.end], "龍");
    // Whole words only: "drag" is not "dragon"; and "to" is too short to mean anything.
    assert!(!found("drag").contains(&"longjiang"));
    assert!(search(&DATASET, "to")
        .iter()
        .all(|h| h.field != Field::HanjaMeaning));
    // A meaning of a character only the Korean word has: 期 "period" finds 상반기.
    assert!(found("period").contains(&"first_half"));
}

#[test]
fn a_character_in_either_form_finds_the_words_that_contain_it() {
    let want = with_char('龍');
    assert!(want.len() >= 5, "{want:?}");
    for q in ["龍", "龙"] {
        let hits = found(q);
        for id in &want {
            assert!(hits.contains(id), "{q}: {id} missing from {hits:?}");
        }
    }
    // 期 is only in the Korean word's hanja (上半期; Chinese says 上半年).
    let h = search(&DATASET, "期")
        .into_iter()
        .find(|h| DATASET.terms[h.term].id == "first_half")
        .expect("期 finds 상반기");
    assert_eq!(h.field, Field::Hanja);
    assert_eq!(&h.text(&DATASET.terms[h.term])[h.start..h.end], "期");
    // 查 (Chinese) finds 實査 (Korean glyph 査) through the table.
    let hits = found("查");
    assert!(hits.contains(&"inspection"), "{hits:?}");
    let h = search(&DATASET, "實査團")
        .into_iter()
        .next()
        .expect("實査團");
    assert_eq!(
        (DATASET.terms[h.term].id, h.field, h.form, h.rank),
        ("inspection", Field::Hanja, 1, 0)
    );
}

#[test]
fn names_and_readings_still_come_first() {
    // A character's meaning ranks after every other kind of match.
    let hits = search(&DATASET, "north");
    let meaning = hits.iter().position(|h| h.field == Field::HanjaMeaning);
    let other = hits.iter().rposition(|h| h.field != Field::HanjaMeaning);
    if let (Some(m), Some(o)) = (meaning, other) {
        assert!(o < m, "{hits:?}");
    }
    // Without the table (terms alone), a term's own hanja are still found as typed.
    let hits = search(DATASET.terms, "上半期");
    assert_eq!(DATASET.terms[hits[0].term].id, "first_half");
    assert!(search(DATASET.terms, "dragon")
        .iter()
        .all(|h| h.field != Field::HanjaMeaning));
}

// ── The loader ───────────────────────────────────────────────────────────────────────────────

#[test]
fn a_hanja_of_the_wrong_length_is_reported() {
    let mut s = sources();
    s.glossary = s
        .glossary
        .replacen("hanja = \"上半期\"", "hanja = \"上半\"", 1);
    let e = errors_of(&s);
    assert_error(
        &e,
        GLOSSARY,
        "\"first_half\"",
        "hanja",
        "2 characters for the 3 Hangul syllables of \"상반기\"",
    );
}

#[test]
fn a_hanja_that_is_not_ideographs_is_reported() {
    let mut s = sources();
    s.glossary = s
        .glossary
        .replacen("hanja = \"上半期\"", "hanja = \"上半기\"", 1)
        // U+F9D4 is a compatibility ideograph (a copy of 倫).
        .replacen("hanja = \"總額\"", "hanja = \"總\u{F9D4}\"", 1);
    let e = errors_of(&s);
    assert_error(
        &e,
        GLOSSARY,
        "\"first_half\"",
        "hanja",
        "CJK unified ideographs",
    );
    assert_error(&e, GLOSSARY, "\"total_amount\"", "hanja", "compatibility");
}

#[test]
fn a_hanja_that_does_not_read_as_its_syllable_is_reported() {
    let mut s = sources();
    // 量 is 량, not 반.
    s.glossary = s
        .glossary
        .replacen("hanja = \"上半期\"", "hanja = \"上量期\"", 1);
    s.hanja_chars
        .push_str("量,량,헤아릴 량,量,liàng,quantity\n");
    let e = errors_of(&s);
    assert_error(
        &e,
        GLOSSARY,
        "\"first_half\"",
        "hanja",
        "量 reads 량, not 반 (syllable 2 of \"상반기\")",
    );
}

/// The article's spelling keeps ㄹ where Seoul writes ㅇ/ㄴ: 룡 is a reading of 龍 (용 룡).
#[test]
fn the_initial_sound_law_is_allowed_either_way() {
    let mut s = sources();
    // The row spelt the South Korean way (용) still reads the article's 룡강, 흑룡강성.
    let line = s
        .hanja_chars
        .lines()
        .find(|l| l.starts_with("龍,"))
        .expect("龍 has a row")
        .to_string();
    let seoul = line.replacen("龍,룡,", "龍,용,", 1);
    assert_ne!(line, seoul);
    s.hanja_chars = s.hanja_chars.replacen(&line, &seoul, 1);
    if let Err(e) = load(&s) {
        panic!("{e:#?}");
    }
    let row = DATASET
        .hanja_chars
        .iter()
        .find(|r| r.hanja == "龍")
        .expect("龍 has a row");
    assert_eq!(row.readings, ["룡"]);
    // And 녹 in a row spelt 록 reads the same.
    assert!(DATASET
        .hanja_chars
        .iter()
        .any(|r| r.hanja == "綠" && r.readings.contains(&"록")));
}

#[test]
fn a_character_without_a_row_is_reported() {
    let mut s = sources();
    let line = s
        .hanja_chars
        .lines()
        .find(|l| l.starts_with("期,"))
        .expect("期 has a row")
        .to_string();
    s.hanja_chars = s.hanja_chars.replacen(&format!("{line}\n"), "", 1);
    let e = errors_of(&s);
    assert_error(
        &e,
        GLOSSARY,
        "\"first_half\"",
        "hanja",
        "期 has no row in data/hanja_chars.csv",
    );
}

#[test]
fn an_array_must_give_every_form_its_hanja() {
    let mut s = sources();
    s.glossary = s.glossary.replacen(
        "hanja = [\"黑龍江省\", \"黑龍江\"]",
        "hanja = [\"黑龍江省\"]",
        1,
    );
    s.glossary = s.glossary.replacen(
        "hanja = \"糧頭食尾\"",
        "hanja = [\"糧頭食尾\", \"粮頭食尾\"]",
        1,
    );
    s.glossary = s.glossary.replacen("hanja = \"總額\"", "hanja = 7", 1);
    let e = errors_of(&s);
    assert_error(
        &e,
        GLOSSARY,
        "\"heilongjiang\"",
        "hanja",
        "1 entries for 2 forms",
    );
    assert_error(
        &e,
        GLOSSARY,
        "\"liangtou_shiwei\"",
        "hanja",
        "\"粮头食尾\" has no Hangul syllable",
    );
    assert_error(&e, GLOSSARY, "\"total_amount\"", "hanja", "a string");
}

#[test]
fn broken_rows_are_reported() {
    let mut s = sources();
    let replace = |text: &str, prefix: &str, with: &str| {
        let line = text
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("a row starts {prefix}"))
            .to_string();
        text.replacen(&line, with, 1)
    };
    s.hanja_chars = replace(
        &s.hanja_chars,
        "期,",
        "期,기,기약할 기,期,qi9,period of time",
    );
    s.hanja_chars = replace(&s.hanja_chars, "龍,", "龍,룡,용,龙,lóng,dragon");
    s.hanja_chars = replace(&s.hanja_chars, "上,", "上,상,위 상,上,shàng,");
    s.hanja_chars = replace(&s.hanja_chars, "半,", "半,반,반 반,半,bàn/bànbàn,half");
    s.hanja_chars = replace(&s.hanja_chars, "黑,", "黑,흑,검을 흑,黑,hēi,黑的");
    let e = errors_of(&s);
    assert_error(
        &e,
        CHARS,
        "\"期\"",
        "pinyin",
        "\"qi9\" must be one pinyin syllable",
    );
    assert_error(
        &e,
        CHARS,
        "\"龍\"",
        "hunum",
        "\"용\" must be a Korean meaning",
    );
    assert_error(&e, CHARS, "\"上\"", "meaning_en", "must be non-empty");
    assert_error(&e, CHARS, "\"半\"", "pinyin", "\"bànbàn\"");
    assert_error(&e, CHARS, "\"黑\"", "meaning_en", "no English");
}

#[test]
fn rows_out_of_order_or_twice_are_reported() {
    let mut s = sources();
    s.hanja_chars.push_str("上,상,위 상,上,shàng,top\n");
    let e = errors_of(&s);
    assert_error(&e, CHARS, "\"上\"", "hanja", "code point order");
    let mut s = sources();
    s.hanja_chars = s.hanja_chars.replacen("hanja,readings", "hanja,reading", 1);
    let e = errors_of(&s);
    assert_error(&e, CHARS, "line 1", "", "the header must be");
}

/// The learner words' and the false friends' hanja are held to the table as the terms' are.
#[test]
fn a_learner_word_or_false_friend_without_its_reading_is_reported() {
    let mut s = sources();
    // 上 is 상, not 소; 寫 (of 靑寫眞) loses its row; 疏上 is not 소통.
    s.learner = s
        .learner
        .replacen("hanja = \"中小企業\"", "hanja = \"中上企業\"", 1);
    let line = s
        .hanja_chars
        .lines()
        .find(|l| l.starts_with("寫,"))
        .expect("寫 has a row")
        .to_string();
    s.hanja_chars = s.hanja_chars.replacen(&format!("{line}\n"), "", 1);
    s.false_friends = s
        .false_friends
        .replacen("hanja = \"疏通\"", "hanja = \"疏上\"", 1);
    let e = errors_of(&s);
    assert_error(
        &e,
        LEARNER,
        "[[word]] \"중소기업\"",
        "hanja",
        "上 reads 상, not 소 (syllable 2 of \"중소기업\")",
    );
    assert_error(
        &e,
        LEARNER,
        "[[word]] \"청사진\"",
        "hanja",
        "寫 has no row in data/hanja_chars.csv",
    );
    assert_error(
        &e,
        FALSE_FRIENDS,
        "[[false_friend]] \"소통\"",
        "hanja",
        "上 reads 상, not 통 (syllable 2 of \"소통\")",
    );
    // The initial-sound law is allowed here too: 관련's 聯 reads 련, and a row spelt 연 still
    // reads it.
    let mut s = sources();
    let line = s
        .hanja_chars
        .lines()
        .find(|l| l.starts_with("聯,"))
        .expect("聯 has a row")
        .to_string();
    let seoul = line.replacen("聯,련,", "聯,연,", 1);
    assert_ne!(line, seoul);
    s.hanja_chars = s.hanja_chars.replacen(&line, &seoul, 1);
    if let Err(e) = load(&s) {
        panic!("{e:#?}");
    }
}
