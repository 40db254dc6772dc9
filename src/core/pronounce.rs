//! Pronunciation as a Korean dictionary gives it (표준국어대사전's [발음]): 흑룡강 [흥뇽강],
//! 량두식미 [량두싱미], 협력 [혐녁]. Derived by the Standard Pronunciation rules (표준 발음법) that
//! matter for Sino-Korean words and names; where a word has a lexical exception the rules cannot
//! see (사이시옷-type tensification such as 생산성 [생산썽], 'ㄴ' insertion, 의견란 [의견난]), the
//! glossary gives the pronunciation itself (`pronunciation`, see `data/README.md`).
//!
//! What is derived, by the article of 표준 발음법 (all within one word; each space-separated word
//! is pronounced on its own, and anything that is not Hangul is kept as it is):
//! - §9–11 final neutralisation: only ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ end a syllable (옷 [옫], 닭 [닥]).
//! - §12 ㅎ: ㅎ + ㄱ/ㄷ/ㅈ → ㅋ/ㅌ/ㅊ (좋고 [조코]), ㅎ + ㅅ → ㅆ, ㅎ + ㄴ → ㄴ (놓는 [논는]),
//!   ㅎ silent before a vowel (좋아 [조아]); ㄱ/ㄷ/ㅂ/ㅈ + ㅎ → ㅋ/ㅌ/ㅍ/ㅊ (축하 [추카]).
//! - §13–14 liaison (연음): a final moves to a following vowel (직업 [지겁]); of two finals the
//!   second moves (닭을 [달글]), ㅅ then tense (넋이 [넉씨]).
//! - §17 palatalisation: ㄷ/ㅌ + 이 → 지/치 (굳이 [구지], 같이 [가치]), ㄷ + 히 → 치.
//! - §18 obstruent nasalisation: ㄱ/ㄷ/ㅂ + ㄴ/ㅁ → ㅇ/ㄴ/ㅁ (국물 [궁물], 합니다 [함니다]).
//! - §19 ㄹ → ㄴ after ㅁ/ㅇ (종로 [종노]) and after ㄱ/ㅂ, which then nasalise (흑룡 [흥뇽],
//!   협력 [혐녁], 독립 [동닙]).
//! - §20 liquidisation: ㄴ + ㄹ and ㄹ + ㄴ → ㄹㄹ (신라 [실라], 칼날 [칼랄]). The exceptions
//!   of 의견란 [의견난] type (a word ending in ㄴ + 란/량/력/론/료…) are lexical: overrides.
//! - §23 tensification after obstruents: ㄱ/ㄷ/ㅂ + ㄱ/ㄷ/ㅂ/ㅅ/ㅈ → ㄲ/ㄸ/ㅃ/ㅆ/ㅉ (학교 [학꾜]);
//!   §24–25 after the stem finals ㄵ ㄻ ㄼ ㄾ (앉다 [안따]).
//! - §26 Sino-Korean ㄹ + ㄷ/ㅅ/ㅈ → tense (발전 [발쩐], 실사단 [실싸단]), but not in a doubled
//!   syllable (절절). Applied to every word: the glossary's words are Sino-Korean or names; a
//!   native word with ㄹ + ㄷ/ㅅ/ㅈ inside would need an override.
//! - §5 ㅢ after a written consonant is [ㅣ] (희망 [히망]); 의 elsewhere keeps the primary [의]
//!   (회의 [회의]); 져/쪄/쳐 → [저/쩌/처].
//! - Word-initial ㄹ and ㄴ are said as written: the article's Chinese-Korean orthography has no
//!   initial-sound law (량두식미 [량두싱미], 룡강 [룡강]); so is ㄹ after a vowel (증가률 [증가률]).
//!
//! Not shown: vowel length (회장 [회ː장]), which no rule derives and the reader does not need.

use crate::core::dataset::model::Term;

const BASE: u32 = 0xAC00;

/// An initial (choseong), by its Unicode index (ㄱ 0 … ㅎ 18; ㅇ is no consonant).
mod ini {
    pub const G: u8 = 0;
    pub const GG: u8 = 1;
    pub const N: u8 = 2;
    pub const D: u8 = 3;
    pub const DD: u8 = 4;
    pub const R: u8 = 5;
    pub const M: u8 = 6;
    pub const B: u8 = 7;
    pub const BB: u8 = 8;
    pub const S: u8 = 9;
    pub const SS: u8 = 10;
    pub const O: u8 = 11;
    pub const J: u8 = 12;
    pub const JJ: u8 = 13;
    pub const CH: u8 = 14;
    pub const K: u8 = 15;
    pub const T: u8 = 16;
    pub const P: u8 = 17;
    pub const H: u8 = 18;
}

// Vowels (jungseong) that the rules look at.
const EO: u8 = 4; // ㅓ
const YEO: u8 = 6; // ㅕ
const UI: u8 = 19; // ㅢ
const I: u8 = 20; // ㅣ

/// A final (jongseong), by its Unicode index (0 = none … 27 = ㅎ).
mod fin {
    pub const NONE: u8 = 0;
    pub const G: u8 = 1;
    pub const GG: u8 = 2;
    pub const GS: u8 = 3;
    pub const N: u8 = 4;
    pub const NJ: u8 = 5;
    pub const NH: u8 = 6;
    pub const D: u8 = 7;
    pub const L: u8 = 8;
    pub const LG: u8 = 9;
    pub const LM: u8 = 10;
    pub const LB: u8 = 11;
    pub const LS: u8 = 12;
    pub const LT: u8 = 13;
    pub const LP: u8 = 14;
    pub const LH: u8 = 15;
    pub const M: u8 = 16;
    pub const B: u8 = 17;
    pub const BS: u8 = 18;
    pub const S: u8 = 19;
    pub const SS: u8 = 20;
    pub const NG: u8 = 21;
    pub const J: u8 = 22;
    pub const CH: u8 = 23;
    pub const K: u8 = 24;
    pub const T: u8 = 25;
    pub const P: u8 = 26;
    pub const H: u8 = 27;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Syl {
    initial: u8,
    vowel: u8,
    last: u8,
}

fn split(c: char) -> Option<Syl> {
    let code = (c as u32).checked_sub(BASE)?;
    (code < 11172).then_some(Syl {
        initial: (code / 588) as u8,
        vowel: ((code % 588) / 28) as u8,
        last: (code % 28) as u8,
    })
}

fn join(s: Syl) -> char {
    char::from_u32(BASE + s.initial as u32 * 588 + s.vowel as u32 * 28 + s.last as u32)
        .expect("valid Hangul syllable")
}

/// The final as it is said at the end of a syllable (§9–11): ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ or none.
fn neutral(last: u8) -> u8 {
    use fin::*;
    match last {
        GG | GS | LG | K => G,
        NJ | NH => N,
        S | SS | J | CH | T | H => D,
        LB | LS | LT | LH => L,
        LM => M,
        LP | BS | P => B,
        other => other,
    }
}

/// A simple final as the initial it becomes by liaison (ㄱ → ㄱ, ㄲ → ㄲ, ㅆ → ㅆ …).
fn as_initial(last: u8) -> u8 {
    match last {
        fin::G => ini::G,
        fin::GG => ini::GG,
        fin::N => ini::N,
        fin::D => ini::D,
        fin::L => ini::R,
        fin::M => ini::M,
        fin::B => ini::B,
        fin::S => ini::S,
        fin::SS => ini::SS,
        fin::J => ini::J,
        fin::CH => ini::CH,
        fin::K => ini::K,
        fin::T => ini::T,
        fin::P => ini::P,
        fin::H => ini::H,
        _ => ini::O,
    }
}

/// A double final as (the final that stays, the one that moves on), for liaison and ㅎ.
fn parts(last: u8) -> Option<(u8, u8)> {
    use fin::*;
    Some(match last {
        GS => (G, S),
        NJ => (N, J),
        NH => (N, H),
        LG => (L, G),
        LM => (L, M),
        LB => (L, B),
        LS => (L, S),
        LT => (L, T),
        LP => (L, P),
        LH => (L, H),
        BS => (B, S),
        _ => return None,
    })
}

fn tense(initial: u8) -> u8 {
    use ini::*;
    match initial {
        G => GG,
        D => DD,
        B => BB,
        S => SS,
        J => JJ,
        other => other,
    }
}

/// ㄱ/ㄷ/ㅂ said before a nasal (§18).
fn nasal(last: u8) -> u8 {
    match last {
        fin::G => fin::NG,
        fin::D => fin::N,
        fin::B => fin::M,
        other => other,
    }
}

/// The boundary between a syllable ending in `last` and one starting with `initial` + `vowel`:
/// what the first ends with and the second starts with, as said. `doubled` is true when the two
/// written syllables are the same (절절: no §26 tensification).
fn boundary(last: u8, initial: u8, vowel: u8, doubled: bool) -> (u8, u8) {
    const NONE: u8 = fin::NONE;
    if last == NONE {
        return (NONE, initial);
    }
    // §12: a final ㅎ (also in ㄶ, ㅀ).
    let rest = match last {
        fin::H => Some(NONE),
        fin::NH => Some(fin::N),
        fin::LH => Some(fin::L),
        _ => None,
    };
    if let Some(rest) = rest {
        return match initial {
            ini::G => (rest, ini::K),
            ini::D => (rest, ini::T),
            ini::J => (rest, ini::CH),
            ini::S => (rest, ini::SS),
            // 놓는 [논는], 않네 [안네], 뚫는 [뚤른].
            ini::N if rest == NONE => (fin::N, ini::N),
            ini::N if rest == fin::L => (fin::L, ini::R),
            ini::N => (rest, ini::N),
            // 좋아 [조아], 않은 [아는], 싫어 [시러]: ㅎ is silent, the rest moves on.
            ini::O => (NONE, as_initial(rest)),
            _ => boundary(rest, initial, vowel, doubled),
        };
    }
    match initial {
        // Liaison (§13–14), with palatalisation before 이 (§17).
        ini::O => {
            match (last, vowel) {
                (fin::D, I) => return (NONE, ini::J),
                (fin::T, I) => return (NONE, ini::CH),
                (fin::LT, I) => return (fin::L, ini::CH),
                _ => {}
            }
            match (last, parts(last)) {
                (fin::NG, _) => (fin::NG, ini::O),
                (_, Some((stay, moves))) => {
                    let moved = as_initial(moves);
                    (stay, if moved == ini::S { ini::SS } else { moved })
                }
                (_, None) => (NONE, as_initial(last)),
            }
        }
        // Aspiration (§12): ㄱ/ㄷ/ㅂ/ㅈ + ㅎ → ㅋ/ㅌ/ㅍ/ㅊ; ㄷ/ㅌ + 히 → 치 (§17).
        ini::H => {
            let (stay, obstruent) = match parts(last) {
                Some((fin::G | fin::B, _)) | None => (NONE, last),
                Some(pair) => pair,
            };
            match obstruent {
                fin::G | fin::GG | fin::K | fin::GS => (stay, ini::K),
                fin::B | fin::P | fin::BS => (stay, ini::P),
                fin::D | fin::T if vowel == I => (stay, ini::CH),
                fin::D | fin::S | fin::SS | fin::T => (stay, ini::T),
                fin::J | fin::CH => (stay, ini::CH),
                _ => (last, ini::H),
            }
        }
        _ => {
            let said = neutral(last);
            // §24–25: after the stem finals ㄵ ㄻ ㄼ ㄾ an ending's plain consonant is tense.
            let stem_final = matches!(last, fin::NJ | fin::LM | fin::LB | fin::LT);
            match initial {
                ini::R => match said {
                    fin::N | fin::L => (fin::L, ini::R),
                    fin::M | fin::NG => (said, ini::N),
                    _ => (nasal(said), ini::N),
                },
                ini::N if said == fin::L => (fin::L, ini::R),
                ini::N | ini::M => (nasal(said), initial),
                ini::G | ini::D | ini::B | ini::S | ini::J => {
                    let tensed = matches!(said, fin::G | fin::D | fin::B)
                        || stem_final
                        || (said == fin::L
                            && matches!(initial, ini::D | ini::S | ini::J)
                            && !doubled);
                    (said, if tensed { tense(initial) } else { initial })
                }
                _ => (said, initial),
            }
        }
    }
}

/// One word (a run of Hangul syllables), as said.
fn word(syllables: &[char]) -> String {
    let written: Vec<Syl> = syllables.iter().filter_map(|&c| split(c)).collect();
    let mut said = written.clone();
    for i in 1..said.len() {
        let doubled = syllables[i - 1] == syllables[i];
        let (last, initial) = boundary(said[i - 1].last, said[i].initial, said[i].vowel, doubled);
        said[i - 1].last = last;
        said[i].initial = initial;
    }
    for (s, w) in said.iter_mut().zip(&written) {
        // Whatever final is left is said as one of ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ (옷 [옫], 닭 [닥]).
        s.last = neutral(s.last);
        // §5: ㅢ after a written consonant is [ㅣ] (희망 [히망], 무늬 [무니]).
        if s.vowel == UI && w.initial != ini::O {
            s.vowel = I;
        }
        // §5: 져, 쪄, 쳐 are [저, 쩌, 처].
        if s.vowel == YEO && matches!(w.initial, ini::J | ini::JJ | ini::CH) {
            s.vowel = EO;
        }
    }
    said.into_iter().map(join).collect()
}

/// The pronunciation of `text` (a word or a phrase as written), without the brackets a
/// dictionary puts around it: 흑룡강 → 흥뇽강. Each run of Hangul is one word; everything
/// else (spaces, digits, Latin letters, brackets) is kept as it is and separates words.
pub fn pronounce(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if split(c).is_some() {
            run.push(c);
        } else {
            out.push_str(&word(&run));
            run.clear();
            out.push(c);
        }
    }
    out.push_str(&word(&run));
    out
}

/// True when `text` has something to pronounce (a Hangul syllable).
pub fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| split(c).is_some())
}

/// The pronunciation to show on a term's card for `form` (the form the reader tapped, or
/// `forms[0]`): the glossary's `pronunciation` for the first form where it gives one (the rules
/// are wrong there), else the rules' (`pronounce`). `None` when the form has no Hangul (㎡, %).
pub fn term_pronunciation(term: &Term, form: &str) -> Option<String> {
    if !has_hangul(form) {
        return None;
    }
    match term.pronunciation {
        Some(given) if term.forms.first() == Some(&form) => Some(given.to_string()),
        _ => Some(pronounce(form)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pronunciations as the 표준국어대사전 gives them (vowel length left out), by rule.
    const DICTIONARY: &[(&str, &str)] = &[
        // The article's words.
        ("흑룡강", "흥뇽강"),
        ("량두식미", "량두싱미"),
        ("협력", "혐녁"),
        ("식량", "싱냥"),
        ("합작", "합짝"),
        ("산업단지", "사넙딴지"),
        ("실사단", "실싸단"),
        ("수출입", "수추립"),
        ("편역", "펴녁"),
        ("혁신", "혁씬"),
        ("국제", "국쩨"),
        ("발전", "발쩐"),
        ("착지", "착찌"),
        ("석유화학", "서규화학"),
        ("협정", "협쩡"),
        ("협약", "혀뱍"),
        ("업계", "업꼐"),
        ("총액", "총액"),
        ("출처", "출처"),
        ("희망", "히망"),
        // Nasalisation and ㄹ after a consonant.
        ("국립", "궁닙"),
        ("독립", "동닙"),
        ("박람회", "방남회"),
        ("백로", "뱅노"),
        ("십리", "심니"),
        ("폭력", "퐁녁"),
        ("종로", "종노"),
        ("담력", "담녁"),
        ("대통령", "대통녕"),
        ("심리", "심니"),
        ("국물", "궁물"),
        ("합니다", "함니다"),
        ("백마", "뱅마"),
        ("입문", "임문"),
        ("있는", "인는"),
        ("겉모양", "건모양"),
        // Liquidisation.
        ("신라", "실라"),
        ("난로", "날로"),
        ("칼날", "칼랄"),
        ("물난리", "물랄리"),
        // Tensification.
        ("학교", "학꾜"),
        ("식당", "식땅"),
        ("국밥", "국빱"),
        ("읽다", "익따"),
        ("앉다", "안따"),
        ("넓다", "널따"),
        ("갈등", "갈뜽"),
        ("일시", "일씨"),
        ("물질", "물찔"),
        ("절도", "절또"),
        ("절절", "절절"),
        // ㅎ.
        ("축하", "추카"),
        ("입학", "이팍"),
        ("맏형", "마텽"),
        ("좋고", "조코"),
        ("놓는", "논는"),
        ("좋아", "조아"),
        ("않은", "아는"),
        ("않네", "안네"),
        ("많소", "만쏘"),
        ("싫어", "시러"),
        ("밝히다", "발키다"),
        ("넓히다", "널피다"),
        ("꽂히다", "꼬치다"),
        // Liaison, double finals, palatalisation.
        ("직업", "지겁"),
        ("음악", "으막"),
        ("국어", "구거"),
        ("닭을", "달글"),
        ("넋이", "넉씨"),
        ("굳이", "구지"),
        ("같이", "가치"),
        ("밭이", "바치"),
        ("굳히다", "구치다"),
        // Final neutralisation.
        ("옷", "옫"),
        ("부엌", "부억"),
        ("앞", "압"),
        ("닭", "닥"),
        ("값", "갑"),
        ("꽃", "꼳"),
        ("흙", "흑"),
        // 의 and 져.
        ("무늬", "무니"),
        ("회의", "회의"),
        ("의사", "의사"),
        ("가져", "가저"),
    ];

    #[test]
    fn dictionary_pronunciations_are_derived() {
        assert!(DICTIONARY.len() >= 40);
        let wrong: Vec<String> = DICTIONARY
            .iter()
            .filter(|(w, p)| pronounce(w) != *p)
            .map(|(w, p)| format!("{w}: dictionary [{p}], rules [{}]", pronounce(w)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn phrases_are_said_word_by_word_and_other_text_is_kept() {
        assert_eq!(pronounce("협력 플랫폼"), "혐녁 플랟폼");
        assert_eq!(
            pronounce("중한(흑룡강) 산업투자협력"),
            "중한(흥뇽강) 사넙투자혐녁"
        );
        assert_eq!(pronounce("2023 한국"), "2023 한국");
        // No liaison across a space.
        assert_eq!(pronounce("식 량"), "식 량");
        assert_eq!(pronounce(""), "");
        assert_eq!(pronounce("㎡"), "㎡");
    }

    #[test]
    fn word_initial_rieul_is_said_as_written() {
        assert_eq!(pronounce("룡강"), "룡강");
        assert_eq!(pronounce("량국"), "량국");
        assert_eq!(pronounce("록색식품"), "록쌕씩품");
        assert_eq!(pronounce("증가률"), "증가률");
    }
}
