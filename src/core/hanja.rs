//! A Korean word's own hanja, syllable by syllable (issues #20 and #22): for each Hangul syllable
//! of a term's form or a learner word, the character as Korean writes it (traditional: 上半期 for
//! 상반기, whose Chinese counterpart is 上半年), its 훈음 (용 룡), the form simplified Chinese
//! writes, a pinyin reading and an English meaning. The characters come from the table baked with
//! the dataset (`Dataset::hanja_chars`, made from `data/hanja_chars.csv`: only the characters the
//! terms, the learner words and the false friends use). Pure: the cards call `form_syllables`
//! and `learner_syllables`.

use super::dataset::model::{Dataset, HanjaChar, LearnerWord, Str, Term};
use super::dataset::pinyin::{strip_tones, syllables as pinyin_syllables};

/// One syllable of a Korean word and its character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Syllable {
    /// The syllable as the form writes it (룡 in 흑룡강성).
    pub hangul: Str,
    /// The character as Korean writes it: traditional, in Korea's standard glyph (龍, 産).
    pub hanja: Str,
    /// Meaning and sound in Korean (훈음), as the dictionary gives them: "용 룡".
    pub hunum: Str,
    /// The form simplified Chinese writes (龙; the same character when it is not simplified).
    pub simplified: Str,
    /// A Mandarin reading with tone mark: the one the word's Chinese pinyin gives the character
    /// when its Chinese term or word has it (長 in 副厅长 is zhǎng), else the customary one.
    pub pinyin: Str,
    /// A short English meaning ("dragon").
    pub meaning_en: Str,
}

/// The syllables of the term's first form, or none when the word is not Sino-Korean (a loanword,
/// a native word, a name given only in Hangul): what the card shows.
pub fn syllables(ds: &Dataset, term: &Term) -> Vec<Syllable> {
    form_syllables(ds, term, 0)
}

/// The syllables of the term's form `form` (an index into `term.forms`), or none when that form
/// has no hanja. Characters missing from the table (the loader does not let that happen) are
/// skipped.
pub fn form_syllables(ds: &Dataset, term: &Term, form: usize) -> Vec<Syllable> {
    let (Some(hanja), Some(written)) = (term.hanja.get(form), term.forms.get(form)) else {
        return Vec::new();
    };
    let chinese = match (term.hanzi_simplified, term.pinyin) {
        (Some(hanzi), Some(pinyin)) => paired(hanzi, pinyin),
        _ => Vec::new(),
    };
    word_syllables(ds, written, hanja, &chinese)
}

/// The syllables of a learner word (중소기업 → 中 小 企 業), the pinyin read from the entry's
/// Chinese word where it has the character (業 in 中小企业 is yè), else the customary one.
pub fn learner_syllables(ds: &Dataset, word: &LearnerWord) -> Vec<Syllable> {
    word_syllables(ds, word.word, word.hanja, &paired(word.zh, word.pinyin))
}

/// The Hangul syllables of `written` paired with the characters of `hanja` and their rows.
fn word_syllables(
    ds: &Dataset,
    written: Str,
    hanja: Str,
    chinese: &[(char, String)],
) -> Vec<Syllable> {
    let hangul = written
        .char_indices()
        .filter(|(_, c)| ('\u{AC00}'..='\u{D7A3}').contains(c))
        .map(|(i, c)| &written[i..i + c.len_utf8()]);
    let chars = hanja
        .char_indices()
        .map(|(i, c)| &hanja[i..i + c.len_utf8()]);
    hangul
        .zip(chars)
        .filter_map(|(hangul, hanja)| {
            let row = row(ds.hanja_chars, hanja)?;
            Some(Syllable {
                hangul,
                hanja: row.hanja,
                hunum: row.hunum.as_str(),
                simplified: row.simplified,
                pinyin: pinyin_in(row, chinese),
                meaning_en: row.meaning_en.as_str(),
            })
        })
        .collect()
}

/// The table's row for a character (one character as a string), if a word uses it.
pub fn row<'a>(chars: &'a [HanjaChar], hanja: &str) -> Option<&'a HanjaChar> {
    // Rows are in code point order (checked by the loader).
    let c = hanja.chars().next()?;
    chars
        .binary_search_by_key(&c, |r| r.hanja.chars().next().unwrap_or('\0'))
        .ok()
        .map(|i| &chars[i])
}

/// Chinese characters (simplified) paired with their pinyin syllables, when they line up.
fn paired(hanzi: &str, pinyin: &str) -> Vec<(char, String)> {
    match pinyin_syllables(pinyin) {
        Some(syl) if syl.len() == hanzi.chars().count() => hanzi.chars().zip(syl).collect(),
        _ => Vec::new(),
    }
}

/// The row's reading that the word's Chinese gives the same character (compared in simplified
/// form, case aside), else the row's customary reading.
fn pinyin_in(row: &HanjaChar, chinese: &[(char, String)]) -> Str {
    let simplified = row.simplified.chars().next();
    chinese
        .iter()
        .filter(|(c, _)| Some(*c) == simplified)
        .find_map(|(_, said)| row.pinyin.iter().find(|r| same_syllable(r, said)))
        .or(row.pinyin.first())
        .copied()
        .unwrap_or("")
}

/// The same pinyin syllable, the capital of a name aside ("Zhǎng" = "zhǎng").
fn same_syllable(a: &str, b: &str) -> bool {
    strip_tones(a) == strip_tones(b) && tone(a) == tone(b)
}

/// 1–4 for a tone mark, 0 for the neutral tone.
pub fn tone(s: &str) -> u8 {
    s.chars()
        .find_map(|c| {
            [
                "āēīōūǖĀĒĪŌŪǕ",
                "áéíóúǘÁÉÍÓÚǗ",
                "ǎěǐǒǔǚǍĚǏǑǓǙ",
                "àèìòùǜÀÈÌÒÙǛ",
            ]
            .iter()
            .position(|marks| marks.contains(c))
        })
        .map_or(0, |i| i as u8 + 1)
}

/// The characters (as Korean writes them) whose English meaning has `words` as a whole word or
/// phrase, case aside ("dragon" → 龍): what search matches a meaning against. Three letters at
/// least, so that "to" or "of" does not find every word.
pub fn chars_meaning(chars: &[HanjaChar], words: &str) -> Vec<Str> {
    let q = words.trim().to_ascii_lowercase();
    if q.chars().count() < 3 || !q.chars().any(|c| c.is_ascii_alphabetic()) {
        return Vec::new();
    }
    chars
        .iter()
        .filter(|r| whole_word(&r.meaning_en.to_ascii_lowercase(), &q))
        .map(|r| r.hanja)
        .collect()
}

fn whole_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
    })
}

/// The characters (as Korean writes them) that `c` stands for: itself, and those whose simplified
/// form it is (龙 → 龍).
pub fn traditional_of(chars: &[HanjaChar], c: char) -> Vec<char> {
    let mut out = vec![c];
    for r in chars {
        if r.simplified.starts_with(c) {
            if let Some(h) = r.hanja.chars().next().filter(|h| *h != c) {
                out.push(h);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    #[test]
    fn tones_are_read_from_the_marks() {
        assert_eq!(tone("lóng"), 2);
        assert_eq!(tone("Zhǎng"), 3);
        assert_eq!(tone("de"), 0);
        assert_eq!(tone("lǜ"), 4);
        assert!(same_syllable("Hēi", "hēi"));
        assert!(!same_syllable("zhǎng", "cháng"));
    }

    fn learner(word: &str) -> &'static LearnerWord {
        DATASET
            .learner
            .iter()
            .find(|w| w.word == word)
            .unwrap_or_else(|| panic!("no learner word {word}"))
    }

    #[test]
    fn a_learner_word_breaks_into_its_syllables() {
        let s = learner_syllables(&DATASET, learner("중소기업"));
        assert_eq!(
            s.iter().map(|s| (s.hangul, s.hanja)).collect::<Vec<_>>(),
            [("중", "中"), ("소", "小"), ("기", "企"), ("업", "業")]
        );
        let up = s[3];
        assert_eq!((up.simplified, up.pinyin), ("业", "yè"));
        assert!(up.hunum.ends_with('업'), "{up:?}");
        assert_eq!((s[0].pinyin, s[1].pinyin), ("zhōng", "xiǎo"));
    }

    /// The reading comes from the entry's Chinese word where it has the character, even when it
    /// is not the customary one (拓 is tà, but 开拓 kāituò; 与 is yǔ, but 参与 cānyù); where
    /// Chinese says another word (거래 去來 → 交易), each character's customary reading.
    #[test]
    fn a_learner_words_pinyin_follows_its_chinese_word() {
        let s = learner_syllables(&DATASET, learner("개척"));
        assert_eq!((s[1].hanja, s[1].pinyin), ("拓", "tuò"));
        let s = learner_syllables(&DATASET, learner("참여"));
        assert_eq!(
            (s[1].hanja, s[1].simplified, s[1].pinyin),
            ("與", "与", "yù")
        );
        let s = learner_syllables(&DATASET, learner("거래"));
        assert_eq!(
            s.iter().map(|s| (s.hanja, s.pinyin)).collect::<Vec<_>>(),
            [("去", "qù"), ("來", "lái")]
        );
    }

    #[test]
    fn meanings_match_whole_words() {
        assert!(whole_word("dragon; emperor", "dragon"));
        assert!(!whole_word("dragonfly", "dragon"));
        assert!(whole_word("give birth, bring forth", "bring forth"));
        assert!(!whole_word("bring forth", "ring"));
    }
}
