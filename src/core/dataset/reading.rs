//! Sino-Korean readings: the initial-sound law (두음 법칙) that separates the article's
//! Chinese-Korean spelling (룡강, 량두식미, 록색) from the South Korean one (용강, 양두식미, 녹색).

const BASE: u32 = 0xAC00;
const L_NIEUN: u32 = 2;
const L_RIEUL: u32 = 5;
const L_IEUNG: u32 = 11;

/// Initial consonant index (0–18) and the rest of a precomposed Hangul syllable.
fn split(c: char) -> Option<(u32, u32, u32)> {
    let code = (c as u32).checked_sub(BASE)?;
    (code < 11172).then_some((code / 588, (code % 588) / 28, code % 28))
}

fn join(initial: u32, vowel: u32, last: u32) -> char {
    char::from_u32(BASE + initial * 588 + vowel * 28 + last).expect("valid Hangul syllable")
}

/// Vowels that start with an i/y glide (ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ): before them ㄹ and ㄴ drop to ㅇ.
fn is_iotated(vowel: u32) -> bool {
    matches!(vowel, 2 | 6 | 7 | 12 | 17 | 20)
}

/// The initial-sound law for one word-initial syllable: 량→양, 룡→용, 녀→여, 로→노, 록→녹.
pub fn initial_sound(c: char) -> char {
    match split(c) {
        Some((L_RIEUL, v, l)) if is_iotated(v) => join(L_IEUNG, v, l),
        Some((L_RIEUL, v, l)) => join(L_NIEUN, v, l),
        Some((L_NIEUN, v, l)) if is_iotated(v) => join(L_IEUNG, v, l),
        _ => c,
    }
}

/// The South Korean form of a reading written without the law: the law on the first syllable.
pub fn with_initial_sound_law(reading: &str) -> String {
    let mut chars = reading.chars();
    chars
        .next()
        .map(initial_sound)
        .into_iter()
        .chain(chars)
        .collect()
}

/// True when two readings differ at most in ㄹ/ㄴ/ㅇ initials (the same Sino-Korean reading).
pub fn same_reading(a: &str, b: &str) -> bool {
    let norm = |c: char| match split(c) {
        Some((L_RIEUL | L_NIEUN | L_IEUNG, v, l)) => join(L_IEUNG, v, l),
        _ => c,
    };
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| norm(x) == norm(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_law_on_the_first_syllable() {
        assert_eq!(with_initial_sound_law("룡강"), "용강");
        assert_eq!(with_initial_sound_law("량두식미"), "양두식미");
        assert_eq!(with_initial_sound_law("록색식품"), "녹색식품");
        assert_eq!(with_initial_sound_law("로동"), "노동");
        assert_eq!(with_initial_sound_law("녀자"), "여자");
        assert_eq!(with_initial_sound_law("리론"), "이론");
        assert_eq!(with_initial_sound_law("흑룡강성"), "흑룡강성");
        assert_eq!(with_initial_sound_law(""), "");
    }

    #[test]
    fn readings_that_differ_only_in_the_initial_are_the_same() {
        assert!(same_reading("량두식미", "양두식미"));
        assert!(same_reading("록색", "녹색"));
        assert!(!same_reading("량두식미", "양두식비"));
        assert!(!same_reading("룡강", "용강성"));
    }
}
