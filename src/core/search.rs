//! Glossary search across scripts: Korean as written or in South Korean spelling, simplified or
//! traditional hanzi, pinyin with or without tone marks and spaces, and the English or Chinese
//! gloss. Returns which field matched and where, so the UI can highlight it.
//!
//! A place is found by any of its spellings: a query that contains one spelling of a place
//! (할빈) is also run with each other spelling (하얼빈, 哈尔滨), so all of them give the same
//! results.
//!
//! The Korean word's own hanja (`Term::hanja`, 上半期 for 상반기) are searched too, a character
//! in either form (龍 or 龙: the character table maps the simplified one), and so is the English
//! meaning of each of its characters ("dragon" finds 흑룡강성 by 龍), as whole words, ranked
//! after every other match.
//!
//! `search_learner` searches the learner layer (`Dataset::learner`: the everyday words' light
//! entries) with the same matching, returning its own hits.

use super::dataset::model::{Category, LearnerWord, Term};
use super::dataset::model::{Dataset, HanjaChar};
use super::dataset::pinyin::{compact, strip_tones, syllables};
use super::hanja::{chars_meaning, tone, traditional_of};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Form,
    Standard,
    Variant,
    Hanzi,
    Traditional,
    /// The Korean word's own hanja (`Term::hanja` of form `Hit::form`).
    Hanja,
    Pinyin,
    SinoKorean,
    SinoKoreanSk,
    GlossKo,
    GlossEn,
    GlossZh,
    /// The English meaning of a character of the word's hanja; the range is that character in
    /// `Term::hanja` of form `Hit::form`.
    HanjaMeaning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub term: usize,
    pub field: Field,
    /// Which form matched, for `Field::Form`; which variant, for `Field::Variant`; whose hanja,
    /// for `Field::Hanja` and `Field::HanjaMeaning`.
    pub form: usize,
    /// Byte range of the match in the field's text as displayed.
    pub start: usize,
    pub end: usize,
    /// Lower is better: exact, then prefix, then inside.
    pub rank: u8,
}

impl Hit {
    /// The text that `start..end` points into: the matched field of `t` as displayed.
    pub fn text(&self, t: &Term) -> &'static str {
        match self.field {
            Field::Form => t.forms[self.form],
            Field::Standard => t.standard,
            Field::Variant => t.variants[self.form],
            Field::Hanzi => t.hanzi_simplified.unwrap_or(""),
            Field::Traditional => t.hanzi_traditional.unwrap_or(""),
            Field::Pinyin => t.pinyin.unwrap_or(""),
            Field::SinoKorean => t.sino_korean.unwrap_or(""),
            Field::SinoKoreanSk => t.sino_korean_sk.unwrap_or(""),
            Field::GlossKo => t.gloss.ko.as_str(),
            Field::GlossEn => t.gloss.en.as_str(),
            Field::GlossZh => t.gloss.zh.as_str(),
            Field::Hanja | Field::HanjaMeaning => t.hanja.get(self.form).copied().unwrap_or(""),
        }
    }
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '·')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Finds `needle` (already squashed) in `hay` ignoring spaces and case; returns the byte range
/// in the original `hay` and how good the match is.
fn find_squashed(hay: &str, needle: &str) -> Option<(usize, usize, u8)> {
    if needle.is_empty() {
        return None;
    }
    // Map each kept char of `hay` back to its byte offset.
    let kept: Vec<(usize, char)> = hay
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace() && *c != '·')
        .map(|(i, c)| (i, c.to_ascii_lowercase()))
        .collect();
    let n: Vec<char> = needle.chars().collect();
    let pos = (0..kept.len()).find(|&i| {
        i + n.len() <= kept.len()
            && kept[i..i + n.len()]
                .iter()
                .map(|(_, c)| *c)
                .eq(n.iter().copied())
    })?;
    let start = kept[pos].0;
    let last = kept[pos + n.len() - 1].0;
    let end = last + hay[last..].chars().next().map_or(1, char::len_utf8);
    let rank = if pos == 0 && n.len() == kept.len() {
        0
    } else if pos == 0 {
        1
    } else {
        2
    };
    Some((start, end, rank))
}

/// Pinyin match on the toneless, separator-free form, mapped back to the written pinyin.
fn find_pinyin(written: &str, query: &str) -> Option<(usize, usize, u8)> {
    let q = compact(query);
    if q.is_empty() || !q.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut map = Vec::new();
    for (i, c) in written.char_indices() {
        for k in compact(c.encode_utf8(&mut [0; 4])).chars() {
            map.push((i, k));
        }
    }
    let hay: String = map.iter().map(|(_, c)| *c).collect();
    let pos_bytes = hay.find(&q)?;
    // `hay` is ASCII, so byte positions are char positions.
    let (start, _) = map[pos_bytes];
    let (last, _) = map[pos_bytes + q.len() - 1];
    let end = last + written[last..].chars().next().map_or(1, char::len_utf8);
    let rank = if pos_bytes == 0 && q.len() == hay.len() {
        0
    } else if pos_bytes == 0 {
        1
    } else {
        2
    };
    Some((start, end, rank))
}

/// What `search` looks in: the terms and the character table of their hanja, which maps a
/// simplified character to the Korean one (龙 → 龍) and gives each character's English meaning.
/// `search(&DATASET, q)` searches both; `search(DATASET.terms, q)` the terms alone (a term's own
/// hanja are still found as typed).
#[derive(Clone, Copy, Debug)]
pub struct Glossary<'a> {
    pub terms: &'a [Term],
    pub chars: &'a [HanjaChar],
}

impl<'a> From<&'a Dataset> for Glossary<'a> {
    fn from(ds: &'a Dataset) -> Self {
        Glossary {
            terms: ds.terms,
            chars: ds.hanja_chars,
        }
    }
}

impl<'a> From<&'a [Term]> for Glossary<'a> {
    fn from(terms: &'a [Term]) -> Self {
        Glossary { terms, chars: &[] }
    }
}

/// Searches the glossary. Each term appears once, at its best-matching field.
pub fn search<'a>(glossary: impl Into<Glossary<'a>>, query: &str) -> Vec<Hit> {
    let g: Glossary = glossary.into();
    let terms = g.terms;
    let mut best: Vec<Option<Hit>> = vec![None; terms.len()];
    for q in with_place_spellings(terms, query.trim()) {
        for h in search_one(g, &q) {
            let slot = &mut best[h.term];
            if slot
                .as_ref()
                .is_none_or(|b| (h.rank, h.field) < (b.rank, b.field))
            {
                *slot = Some(h);
            }
        }
    }
    let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
    hits.sort_by_key(|h| (h.rank, h.field, h.term));
    hits
}

/// The query, and the query with a place's spelling in it replaced by each other spelling of
/// the same place (forms, variants and hanzi of `Category::Place` terms).
fn with_place_spellings(terms: &[Term], query: &str) -> Vec<String> {
    let mut out = vec![query.to_string()];
    let q = squash(query);
    if q.is_empty() {
        return out;
    }
    for t in terms.iter().filter(|t| t.category == Category::Place) {
        let spellings: Vec<&str> = t
            .forms
            .iter()
            .chain(t.variants)
            .copied()
            .chain(t.hanzi_simplified)
            .chain(t.hanzi_traditional)
            .chain(t.hanja.iter().copied())
            .collect();
        // The longest spelling the query contains (흑룡강성 rather than 흑룡강 inside it).
        let Some(found) = spellings
            .iter()
            .filter(|s| q.contains(&squash(s)))
            .max_by_key(|s| s.chars().count())
        else {
            continue;
        };
        let found = squash(found);
        for other in &spellings {
            let alt = q.replace(&found, &squash(other));
            if !out.contains(&alt) {
                out.push(alt);
            }
        }
    }
    out
}

fn search_one(g: Glossary, query: &str) -> Vec<Hit> {
    let q = squash(query);
    if q.is_empty() {
        return Vec::new();
    }
    // A query in Chinese characters: each one as the characters it stands for in the words'
    // hanja (龙 for 龍). A query in English: the characters it is the meaning of.
    let han: Vec<Vec<char>> = if q.chars().all(is_han) {
        q.chars().map(|c| traditional_of(g.chars, c)).collect()
    } else {
        Vec::new()
    };
    let meant: Vec<&str> = chars_meaning(g.chars, query);
    let mut hits: Vec<Hit> = Vec::new();
    for (ti, t) in g.terms.iter().enumerate() {
        let mut best: Option<Hit> = None;
        let mut consider = |field: Field, form: usize, found: Option<(usize, usize, u8)>| {
            if let Some((start, end, rank)) = found {
                let h = Hit {
                    term: ti,
                    field,
                    form,
                    start,
                    end,
                    rank,
                };
                if best
                    .as_ref()
                    .is_none_or(|b| (h.rank, h.field) < (b.rank, b.field))
                {
                    best = Some(h);
                }
            }
        };
        for (fi, f) in t.forms.iter().enumerate() {
            consider(Field::Form, fi, find_squashed(f, &q));
        }
        consider(Field::Standard, 0, find_squashed(t.standard, &q));
        for (vi, v) in t.variants.iter().enumerate() {
            consider(Field::Variant, vi, find_squashed(v, &q));
        }
        if let Some(h) = t.hanzi_simplified {
            consider(Field::Hanzi, 0, find_squashed(h, &q));
        }
        if let Some(h) = t.hanzi_traditional {
            consider(Field::Traditional, 0, find_squashed(h, &q));
        }
        for (fi, h) in t.hanja.iter().enumerate() {
            consider(Field::Hanja, fi, find_hanja(h, &han));
            consider(Field::HanjaMeaning, fi, find_meant(h, &meant));
        }
        if let Some(p) = t.pinyin {
            consider(Field::Pinyin, 0, find_pinyin(p, query));
        }
        if let Some(s) = t.sino_korean {
            consider(Field::SinoKorean, 0, find_squashed(s, &q));
        }
        if let Some(s) = t.sino_korean_sk {
            consider(Field::SinoKoreanSk, 0, find_squashed(s, &q));
        }
        // Glosses: whole-word-ish matching would be nicer, but substring is what readers expect
        // from a search box; require 2+ characters so a single letter does not match everything.
        if q.chars().count() >= 2 {
            consider(
                Field::GlossKo,
                0,
                as_gloss(find_squashed(t.gloss.ko.as_str(), &q)),
            );
            consider(
                Field::GlossEn,
                0,
                as_gloss(find_case_insensitive(t.gloss.en.as_str(), query)),
            );
            consider(
                Field::GlossZh,
                0,
                as_gloss(find_squashed(t.gloss.zh.as_str(), &q)),
            );
        }
        hits.extend(best);
    }
    hits
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// The query's characters (each the set of hanja it stands for) in a word's hanja, ranked like
/// a name: the whole, its start, inside.
fn find_hanja(hanja: &str, query: &[Vec<char>]) -> Option<(usize, usize, u8)> {
    if query.is_empty() {
        return None;
    }
    let chars: Vec<(usize, char)> = hanja.char_indices().collect();
    let pos = (0..chars.len()).find(|&i| {
        i + query.len() <= chars.len()
            && chars[i..i + query.len()]
                .iter()
                .zip(query)
                .all(|((_, c), set)| set.contains(c))
    })?;
    let (start, _) = chars[pos];
    let (last, c) = chars[pos + query.len() - 1];
    let rank = match (pos, query.len() == chars.len()) {
        (0, true) => 0,
        (0, false) => 1,
        _ => 2,
    };
    Some((start, last + c.len_utf8(), rank))
}

/// The first character of a word's hanja whose English meaning the query is: ranked after every
/// other match, glosses included (a character's meaning is further from the word than its gloss).
fn find_meant(hanja: &str, meant: &[&str]) -> Option<(usize, usize, u8)> {
    hanja
        .char_indices()
        .find(|(i, c)| meant.contains(&&hanja[*i..*i + c.len_utf8()]))
        .map(|(i, c)| (i, i + c.len_utf8(), 5))
}

/// Case-insensitive substring for glosses (spaces kept: "ice-and-snow" is a phrase).
fn find_case_insensitive(hay: &str, needle: &str) -> Option<(usize, usize, u8)> {
    // ASCII folding keeps byte offsets, so the match range applies to `hay` as written.
    let lower = hay.to_ascii_lowercase();
    let n = needle.to_ascii_lowercase();
    if n.is_empty() {
        return None;
    }
    // At the start of a word ("MOU" is not found inside "amount").
    let pos = lower.match_indices(&n).map(|(i, _)| i).find(|&i| {
        !lower[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
    })?;
    let rank = match (pos, n.len() == lower.len()) {
        (0, true) => 0,
        (0, false) => 1,
        _ => 2,
    };
    Some((pos, pos + n.len(), rank))
}

/// Gloss matches rank after any match on a name or reading; a gloss that starts with the query
/// ("Harbin, capital of …") before one that only mentions it.
fn as_gloss(found: Option<(usize, usize, u8)>) -> Option<(usize, usize, u8)> {
    found.map(|(a, b, r)| (a, b, if r <= 1 { 3 } else { 4 }))
}

/// Which field of a learner entry (`LearnerWord`) a query matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LearnerField {
    Word,
    Hanja,
    Zh,
    Pinyin,
    GlossKo,
    GlossEn,
    GlossZh,
}

/// A learner entry found by `search_learner`: like `Hit`, for `Dataset::learner`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerHit {
    /// Index into `Dataset::learner`.
    pub word: usize,
    pub field: LearnerField,
    /// Byte range of the match in the field's text as displayed (`text`).
    pub start: usize,
    pub end: usize,
    /// Lower is better, on the glossary's scale: exact, prefix, inside, then gloss matches.
    pub rank: u8,
}

impl LearnerHit {
    /// The text that `start..end` points into: the matched field of `w` as displayed.
    pub fn text(&self, w: &LearnerWord) -> &'static str {
        match self.field {
            LearnerField::Word => w.word,
            LearnerField::Hanja => w.hanja,
            LearnerField::Zh => w.zh,
            LearnerField::Pinyin => w.pinyin,
            LearnerField::GlossKo => w.gloss.ko.as_str(),
            LearnerField::GlossEn => w.gloss.en.as_str(),
            LearnerField::GlossZh => w.gloss.zh.as_str(),
        }
    }
}

/// Searches the learner layer the way `search` searches the glossary: the word as written, its
/// hanja (traditional), the Chinese word (simplified), pinyin with or without tones and spaces,
/// and the ko/zh/en glosses (two or more characters; English at a word start). Each entry
/// appears once, at its best-matching field, best first. `search` itself is unchanged: a view
/// that shows both lists the glossary's hits first.
pub fn search_learner(words: &[LearnerWord], query: &str) -> Vec<LearnerHit> {
    let query = query.trim();
    let q = squash(query);
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (wi, w) in words.iter().enumerate() {
        let mut best: Option<LearnerHit> = None;
        let mut consider = |field: LearnerField, found: Option<(usize, usize, u8)>| {
            if let Some((start, end, rank)) = found {
                if best
                    .as_ref()
                    .is_none_or(|b| (rank, field) < (b.rank, b.field))
                {
                    best = Some(LearnerHit {
                        word: wi,
                        field,
                        start,
                        end,
                        rank,
                    });
                }
            }
        };
        consider(LearnerField::Word, find_squashed(w.word, &q));
        consider(LearnerField::Hanja, find_squashed(w.hanja, &q));
        consider(LearnerField::Zh, find_squashed(w.zh, &q));
        consider(LearnerField::Pinyin, find_pinyin(w.pinyin, query));
        if q.chars().count() >= 2 {
            consider(
                LearnerField::GlossKo,
                as_gloss(find_squashed(w.gloss.ko.as_str(), &q)),
            );
            consider(
                LearnerField::GlossEn,
                as_gloss(find_case_insensitive(w.gloss.en.as_str(), query)),
            );
            consider(
                LearnerField::GlossZh,
                as_gloss(find_squashed(w.gloss.zh.as_str(), &q)),
            );
        }
        hits.extend(best);
    }
    hits.sort_by_key(|h| (h.rank, h.field, h.word));
    hits
}

/// Company marks a Korean list files a name under the name itself (㈜한국아림사이언스 under 한).
const COMPANY_MARKS: [&str; 5] = ["㈜", "(주)", "㈔", "(사)", "(유)"];

/// The glossary's Korean (가나다) order for a form: a leading company mark (㈜, (주), (사)) is
/// ignored, as Korean directories do, so the firm sorts under its name; then a form that still
/// does not start with a Hangul syllable (%, ㎡, a year such as "2023 …") sorts after every
/// Hangul one, instead of first as code point order would have it. Hangul syllables compare in
/// 가나다 order by code point.
pub fn sort_key_korean(form: &str) -> (bool, &str) {
    let name = COMPANY_MARKS
        .iter()
        .find_map(|m| form.strip_prefix(m))
        .unwrap_or(form)
        .trim_start();
    let hangul = name
        .chars()
        .next()
        .is_some_and(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    (!hangul, name)
}

/// The glossary's pinyin order for a written pinyin: syllable by syllable, each by its letters
/// (toneless, `ü` as `v`), then by its tone (1–4, the neutral tone after the fourth), as Chinese
/// dictionaries order words — so "Bīnxī" < "Bīn Xiàn" < "bīngxuě" (bin-xi, bin-xian, bing-xue),
/// where the squashed letters would give "bingxue" < "binxian" < "binxijingji". Word breaks
/// (spaces, hyphens, apostrophes) and capitals do not count. A word that is not pinyin counts as
/// one syllable.
pub fn sort_key_pinyin(pinyin: &str) -> Vec<(String, u8)> {
    let syllables = syllables(pinyin).unwrap_or_else(|| {
        pinyin
            .split([' ', '-', '\'', '’'])
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    });
    syllables
        .iter()
        .map(|s| {
            let t = tone(s);
            (strip_tones(s), if t == 0 { 5 } else { t })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    fn top(q: &str) -> Vec<&'static str> {
        search(DATASET.terms, q)
            .iter()
            .map(|h| DATASET.terms[h.term].id)
            .collect()
    }

    #[test]
    fn matches_every_script_and_form() {
        assert_eq!(top("liangtou")[0], "liangtou_shiwei");
        assert_eq!(top("liángtóu shíwěi")[0], "liangtou_shiwei");
        assert_eq!(top("liangtoushiwei")[0], "liangtou_shiwei");
        assert_eq!(top("haerbin")[0], "harbin");
        assert_eq!(top("할빈")[0], "harbin");
        assert_eq!(top("하얼빈")[0], "harbin");
        assert_eq!(top("粮头食尾")[0], "liangtou_shiwei");
        assert_eq!(top("糧頭食尾")[0], "liangtou_shiwei");
        assert_eq!(top("양두식미")[0], "liangtou_shiwei");
        assert_eq!(top("量두식미"), Vec::<&str>::new());
        assert_eq!(top("Harbin")[0], "harbin");
        assert_eq!(top("헤이룽장")[0], "heilongjiang");
        assert!(top("ice-and-snow").contains(&"ice_snow_economy"));
    }

    /// English glosses match at word starts: "MOU" finds the memorandum, not "amount".
    #[test]
    fn english_matches_start_at_a_word() {
        assert!(!top("MOU").contains(&"total_amount"));
        assert!(top("MOU").contains(&"mou"));
        assert!(top("snow").contains(&"ice_snow_economy"));
    }

    /// A gloss that starts with the query outranks one that mentions it further in.
    #[test]
    fn a_gloss_that_starts_with_the_query_comes_first() {
        let hits = search(DATASET.terms, "Bin County");
        assert_eq!(DATASET.terms[hits[0].term].id, "binxian", "{hits:?}");
        assert!(
            hits.len() > 1,
            "Bin County is mentioned in other glosses too"
        );
    }

    /// Every spelling of a place gives the same results: the article's, the South Korean one
    /// and the hanzi.
    #[test]
    fn every_spelling_of_a_place_gives_the_same_results() {
        let sorted = |q: &str| {
            let mut v = top(q);
            v.sort();
            v
        };
        let places: Vec<_> = DATASET
            .terms
            .iter()
            .filter(|t| t.category == Category::Place)
            .collect();
        assert!(places.len() >= 5, "only {} places", places.len());
        for t in places {
            let want = sorted(t.forms[0]);
            assert!(want.contains(&t.id), "{} not found by its form", t.id);
            for s in t.variants.iter().chain(t.hanzi_simplified.as_ref()) {
                assert_eq!(sorted(s), want, "{}: \"{s}\" vs \"{}\"", t.id, t.forms[0]);
            }
        }
        assert_eq!(sorted("하얼빈"), sorted("할빈"));
        assert_eq!(sorted("哈尔滨"), sorted("할빈"));
    }

    /// The article's typo 랴해각서 is found by the right spelling in both orthographies.
    #[test]
    fn the_typo_is_found_by_its_correct_spellings() {
        let typo = DATASET
            .terms
            .iter()
            .position(|t| t.forms.contains(&"랴해각서"))
            .expect("a term has the article's form 랴해각서");
        for q in ["량해각서", "양해각서", "랴해각서"] {
            assert_eq!(
                search(DATASET.terms, q).first().map(|h| h.term),
                Some(typo),
                "{q}"
            );
        }
    }

    #[test]
    fn highlights_the_matched_text() {
        let hits = search(DATASET.terms, "haerbin");
        let h = &hits[0];
        assert_eq!(h.field, Field::Pinyin);
        assert_eq!(
            &DATASET.terms[h.term].pinyin.unwrap()[h.start..h.end],
            "Hā'ěrbīn"
        );
        let h = &search(DATASET.terms, "식미")[0];
        assert_eq!(&DATASET.terms[h.term].forms[h.form][h.start..h.end], "식미");
    }

    /// ㈜ and (주) are filed under the firm's name; %, ㎡ and a leading year come after every
    /// Hangul entry, not first.
    #[test]
    fn korean_order_files_firms_under_their_name_and_symbols_last() {
        let mut forms: Vec<&str> = DATASET.terms.iter().map(|t| t.forms[0]).collect();
        forms.sort_by_key(|f| sort_key_korean(f));
        let at = |f: &str| forms.iter().position(|x| *x == f).unwrap();
        let last_hangul = forms.iter().rposition(|f| !sort_key_korean(f).0).unwrap();
        for symbol in ["%", "㎡"] {
            assert!(at(symbol) > last_hangul, "{symbol}: {forms:?}");
        }
        assert!(!sort_key_korean(forms[0]).0, "{} first", forms[0]);
        assert_eq!(
            sort_key_korean("㈜한국아림사이언스"),
            (false, "한국아림사이언스")
        );
        assert_eq!(sort_key_korean("(주)트윈나노"), (false, "트윈나노"));
        assert_eq!(sort_key_korean("%"), (true, "%"));
        assert!(sort_key_korean("하얼빈") < sort_key_korean("㈜한국아림사이언스"));
        assert!(sort_key_korean("㈜한국아림사이언스") < sort_key_korean("흑룡강"));
        assert!(sort_key_korean("흑룡강") < sort_key_korean("2023 한국 중소기업"));
        // Every company-marked form sits among the Hangul ones.
        for f in ["㈜한국아림사이언스", "(주)트윈나노"] {
            assert!(at(f) < last_hangul, "{f}: {forms:?}");
            assert!(at(f) > 0);
        }
    }

    /// Pinyin sorts syllable by syllable, then by tone: bin-xi < bin-xian < bing-xue, and the
    /// same syllable in tones 1, 2, 3, 4, then neutral.
    #[test]
    fn pinyin_order_goes_syllable_by_syllable_then_tone() {
        let k = sort_key_pinyin;
        assert_eq!(
            k("Bīn Xiàn"),
            vec![("bin".to_string(), 1), ("xian".to_string(), 4)]
        );
        assert_eq!(
            k("Hā'ěrbīn"),
            vec![
                ("ha".to_string(), 1),
                ("er".to_string(), 3),
                ("bin".to_string(), 1)
            ]
        );
        assert!(k("Bīnxī Kāifāqū") < k("Bīn Xiàn"));
        assert!(k("Bīn Xiàn") < k("bīngxuě jīngjì"));
        assert!(k("mā") < k("má") && k("má") < k("mǎ") && k("mǎ") < k("mà"));
        assert!(k("mà") < k("ma"), "the neutral tone after the fourth");
        assert!(
            k("shùzì") < k("shùzì jīngjì"),
            "a word before its compounds"
        );
        assert!(
            k("Zhōng-Hán") == k("zhōng hán"),
            "breaks and capitals do not count"
        );
        // Over the glossary: the Bin County entries in syllable order.
        let mut all: Vec<&str> = DATASET.terms.iter().filter_map(|t| t.pinyin).collect();
        all.sort_by_key(|p| k(p));
        let at = |p: &str| all.iter().position(|x| *x == p).unwrap();
        assert!(at("Bīnxī") < at("Bīn Xiàn"), "{all:?}");
        assert!(at("Bīn Xiàn") < at("bīngxuě jīngjì"), "{all:?}");
        // Every glossary pinyin splits into syllables (no fallback in the real data).
        for t in DATASET.terms {
            if let Some(p) = t.pinyin {
                assert!(syllables(p).is_some(), "{}: {p}", t.id);
            }
        }
    }

    #[test]
    fn empty_and_odd_queries_are_harmless() {
        assert!(search(DATASET.terms, "").is_empty());
        assert!(search(DATASET.terms, "   ").is_empty());
        for q in ["'", "\u{0}", "ǖǖǖ", "%%%", "a\u{301}", "🙂", "ÅÅ"] {
            let _ = search(DATASET.terms, q);
        }
    }
}
