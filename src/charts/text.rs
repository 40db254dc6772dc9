//! Chart text: its language, measuring, wrapping, and the boxes text occupies. Layout decisions
//! (which label form fits, where a line breaks, whether two labels collide) need text widths; the
//! browser measures with the canvas's own font (`app::canvas`), everything else uses `Estimate`.
//! Each text is measured and drawn in the font of its own language (`text_lang`,
//! `super::font_family`). Lines break as Chinese and Korean are set: Chinese between characters
//! but never after an opening bracket or before closing punctuation, keeping bracketed runs and
//! known names together; Korean and English at spaces. Every drawn text is recorded as a
//! `TextBox`, so tests can check that no two overlap and none leaves the drawing.

use crate::core::i18n::Lang;

/// Measures text in the chart font.
pub trait Measure {
    /// Width in pixels of `text` at a font size of `px` pixels, in the Korean chart font.
    fn width(&self, text: &str, px: f64, bold: bool) -> f64;
    /// The same in the font family list `family` (`super::font_family`); a measure that reads
    /// no fonts ignores it.
    fn width_in(&self, text: &str, px: f64, bold: bool, family: &'static str) -> f64 {
        let _ = family;
        self.width(text, px, bold)
    }
}

/// A measure in the chart fonts of one interface language: each text is measured in the font
/// it is drawn in, that of its own language (`text_lang`).
pub struct InLang<'a> {
    pub measure: &'a dyn Measure,
    pub lang: Lang,
}

impl Measure for InLang<'_> {
    fn width(&self, text: &str, px: f64, bold: bool) -> f64 {
        let family = super::font_family(text_lang(text, self.lang), text);
        self.measure.width_in(text, px, bold, family)
    }
}

/// A font-free estimate, on the generous side so that real text fits where the estimate does:
/// Hangul and CJK 1 em, Latin capitals and digits 0.66 em, other letters 0.58 em.
#[derive(Clone, Copy, Debug, Default)]
pub struct Estimate;

impl Measure for Estimate {
    fn width(&self, text: &str, px: f64, bold: bool) -> f64 {
        let em: f64 = text
            .chars()
            .map(|c| match c {
                ' ' => 0.32,
                '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'l' | 'j' | '!' => 0.34,
                '(' | ')' | '[' | ']' | '·' | '/' | '-' => 0.42,
                'A'..='Z' | '0'..='9' | '%' | '≈' | '→' | '–' | '—' | '×' | 'm' | 'w' => {
                    0.66
                }
                c if is_wide(c) => 1.0,
                _ => 0.58,
            })
            .sum();
        em * px * if bold { 1.08 } else { 1.0 }
    }
}

/// Hangul, CJK ideographs and full-width forms take a whole em.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// A Chinese character (hanzi, hanja).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// A Hangul syllable or jamo.
pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF)
}

/// The language a chart text is set in, for its font and its `lang`: the interface's, unless
/// the text is a run of another script alone — a Korean name in a Chinese chart (Hangul, no
/// hanzi), Chinese in a Korean chart (hanzi, no Hangul), either with no Latin letter in an
/// English one.
pub fn text_lang(text: &str, ui: Lang) -> Lang {
    let has = |f: fn(char) -> bool| text.chars().any(f);
    let (han, hangul) = (has(is_han), has(is_hangul));
    match ui {
        Lang::Zh if hangul && !han => Lang::Ko,
        Lang::Ko if han && !hangul => Lang::Zh,
        Lang::En if (han || hangul) && !has(|c| c.is_ascii_alphabetic()) => {
            if hangul {
                Lang::Ko
            } else {
                Lang::Zh
            }
        }
        l => l,
    }
}

/// Chinese characters (and full-width punctuation) may be broken between: Chinese has no spaces.
/// Korean is broken at spaces, as Korean typesetting on the web usually is (`keep-all`).
fn breaks_anywhere(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x312F | 0x3190..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// Opening brackets and quotes: no line ends with one.
const OPENING: &str = "（《〈“‘([{「『【〔〖［｛";
/// Closing brackets, punctuation and dashes: no line starts with one.
const CLOSING: &str = "）》〉”’)]}」』】〕〗］｝，。、；：！？,.;:!?·・…%–";
/// Units and measure words a number keeps on its line (8天, 2023年, 5项, 34.38亿元).
const UNITS: &str = "年月日天时周岁项家个位名人次倍届期号亿万千百元角";
/// Bracket pairs whose run stays on one line when it fits (a title in 《》, a name in （）).
const PAIRS: [(char, char); 10] = [
    ('（', '）'),
    ('《', '》'),
    ('〈', '〉'),
    ('「', '」'),
    ('『', '』'),
    ('【', '】'),
    ('“', '”'),
    ('‘', '’'),
    ('(', ')'),
    ('[', ']'),
];

/// Whether a line may break between `a` and `b` (at the lowest level: see `break_ranks`). After
/// a space (never before one); between two Chinese characters or a Chinese character and
/// another script; never after an opening bracket, before closing punctuation, around a dash
/// written without spaces (2017—2022年), or between a number and its unit (8天, 2023年);
/// Hangul, Latin letters and digits only at spaces.
fn may_break(a: char, b: char) -> bool {
    if b.is_whitespace() {
        return false;
    }
    if a.is_whitespace() {
        return !CLOSING.contains(b);
    }
    if OPENING.contains(a) || CLOSING.contains(b) || matches!(a, '—' | '–' | '―') || b == '—'
    {
        return false;
    }
    if a.is_ascii_digit() && UNITS.contains(b) {
        return false;
    }
    breaks_anywhere(a) || breaks_anywhere(b)
}

/// Names a line never breaks inside when they fit on one: the glossary's hanzi and the
/// organisations' Chinese names (黑龙江省, 中韩黑龙江产业投资合作促进备忘录, matched across the
/// brackets a text may add: 中韩（黑龙江）…).
fn names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let ds = &crate::core::dataset::DATASET;
        ds.terms
            .iter()
            .flat_map(|t| [t.hanzi_simplified, t.hanzi_traditional])
            .flatten()
            .chain(ds.organisations.iter().map(|o| o.name_zh))
            .filter(|n| n.chars().count() >= 2)
            .collect()
    })
}

/// For each position `k` in `cs` (before `cs[k]`; `cs.len()` is the end), whether a line may
/// break there and how deep inside protected runs it lies: `None` never (but to cut a unit
/// wider than the line), `Some(0)` a plain break, `Some(d)` inside runs — a bracketed run
/// without spaces (（黑龙江）, 《…》) or a known name — or beside a bracket inside a word. Lines
/// break at the shallowest level that lets the text fit.
fn break_ranks(cs: &[char]) -> Vec<Option<u8>> {
    let n = cs.len();
    let mut rank: Vec<Option<u8>> = (0..=n)
        .map(|k| match k {
            0 => None,
            k if k == n => Some(0),
            k => {
                let (a, b) = (cs[k - 1], cs[k]);
                // Beside a bracket inside a word (중한(흑룡강)): before cutting the word.
                let beside = |x: char, y: char, i: usize| {
                    !x.is_whitespace() && PAIRS.iter().any(|p| [p.0, p.1][i] == y)
                };
                if may_break(a, b) {
                    Some(0)
                } else if !OPENING.contains(a)
                    && !CLOSING.contains(b)
                    && (beside(a, b, 0) || beside(b, a, 1))
                {
                    Some(4)
                } else {
                    None
                }
            }
        })
        .collect();
    let mut deepen = |k: usize, by: u8| {
        if let Some(r) = &mut rank[k] {
            *r = r.saturating_add(by);
        }
    };
    // Bracketed runs: from an opening bracket to its match, when there is no space inside.
    for (i, &c) in cs.iter().enumerate() {
        let Some(&(open, close)) = PAIRS.iter().find(|p| p.0 == c) else {
            continue;
        };
        let mut depth = 0;
        for (j, &d) in cs.iter().enumerate().skip(i) {
            if d.is_whitespace() {
                break;
            }
            if d == open {
                depth += 1;
            } else if d == close {
                depth -= 1;
                if depth == 0 {
                    (i + 1..=j).for_each(|k| deepen(k, 1));
                    break;
                }
            }
        }
    }
    // Known names, across brackets inside them: a name that must break breaks beside its
    // brackets first (中韩（黑龙江） | 产业…).
    if cs.iter().any(|&c| is_han(c)) {
        let bracket = |c: char| PAIRS.iter().any(|p| p.0 == c || p.1 == c);
        for name in names() {
            let first = name.chars().next();
            for i in 0..n {
                if Some(cs[i]) != first {
                    continue;
                }
                let (mut j, mut want) = (i, name.chars().peekable());
                while let (Some(&w), Some(&c)) = (want.peek(), cs.get(j)) {
                    if c == w {
                        want.next();
                    } else if !bracket(c) {
                        break;
                    }
                    j += 1;
                }
                if want.peek().is_none() {
                    for k in i + 1..j {
                        deepen(
                            k,
                            if bracket(cs[k - 1]) || bracket(cs[k]) {
                                1
                            } else {
                                2
                            },
                        );
                    }
                }
            }
        }
    }
    rank
}

/// Breaks `text` into lines no wider than `max` pixels, where a line may break (`may_break`),
/// keeping bracketed runs and known names whole when they fit on a line; what does not fit even
/// alone is broken inside (a name between its characters, still never after an opening bracket
/// or before closing punctuation), and a word longer than a line is cut between characters.
pub fn wrap(text: &str, max: f64, px: f64, bold: bool, m: &dyn Measure) -> Vec<String> {
    wrap_costed(text, max, px, bold, m).0
}

/// `wrap`, and how deep inside protected runs its breaks went, in all (a cut: 1000).
fn wrap_costed(text: &str, max: f64, px: f64, bold: bool, m: &dyn Measure) -> (Vec<String>, u32) {
    let cs: Vec<char> = text.chars().collect();
    let at: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let rank = break_ranks(&cs);
    let n = cs.len();
    let fits = |a: usize, b: usize| m.width(text[at[a]..at[b]].trim_end(), px, bold) <= max;
    let (mut lines, mut cost) = (Vec::new(), 0);
    let mut start = 0;
    loop {
        while start < n && cs[start].is_whitespace() {
            start += 1;
        }
        if start == n {
            break;
        }
        let deepest = rank[start + 1..]
            .iter()
            .flatten()
            .max()
            .copied()
            .unwrap_or(0);
        // The longest line that fits ending at a break of the shallowest level that has one.
        let end = (0..=deepest).find_map(|level| {
            (start + 1..=n)
                .filter(|&k| rank[k].is_some_and(|r| r <= level))
                .take_while(|&k| fits(start, k))
                .last()
        });
        let end = match end {
            Some(k) => {
                cost += u32::from(rank[k].unwrap_or(0));
                k
            }
            // Nothing fits: cut between characters, where no bracket or punctuation is parted
            // from its neighbour if that can be.
            None => {
                cost += 1000;
                let cuts: Vec<usize> = (start + 1..=n)
                    .take_while(|&k| k == start + 1 || fits(start, k))
                    .collect();
                let clean = |k: &&usize| {
                    **k == n || !(OPENING.contains(cs[**k - 1]) || CLOSING.contains(cs[**k]))
                };
                *cuts
                    .iter()
                    .rev()
                    .find(clean)
                    .or(cuts.last())
                    .unwrap_or(&(start + 1))
            }
        };
        lines.push(text[at[start]..at[end]].trim_end().to_string());
        start = end;
    }
    (lines, cost)
}

/// Like `wrap`, but with lines of even length (as CSS `text-wrap: balance`): the narrowest
/// width that still takes no more lines and breaks no more inside names, so a label does not
/// end in a lone word.
pub fn wrap_balanced(text: &str, max: f64, px: f64, bold: bool, m: &dyn Measure) -> Vec<String> {
    let (lines, cost) = wrap_costed(text, max, px, bold, m);
    if lines.len() < 2 {
        return lines;
    }
    let as_good = |w: f64| {
        let (l, c) = wrap_costed(text, w, px, bold, m);
        l.len() <= lines.len() && c <= cost
    };
    let (mut lo, mut hi) = (max / lines.len() as f64, max);
    while hi - lo > 1.0 {
        let mid = (lo + hi) / 2.0;
        if as_good(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    wrap(text, hi, px, bold, m)
}

/// Where one line of text was drawn: its string and its box (left, top, right, bottom) in
/// backend pixels. Lines of one paragraph share a `group`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub rect: (i32, i32, i32, i32),
    pub group: u32,
}

impl TextBox {
    /// Whether two boxes come closer than `gap` pixels (overlap when `gap` is 0).
    pub fn near(&self, other: &TextBox, gap: i32) -> bool {
        let (a, b) = (self.rect, other.rect);
        a.0 < b.2 + gap && b.0 < a.2 + gap && a.1 < b.3 + gap && b.1 < a.3 + gap
    }
}

/// Pairs of text boxes (by index) from different paragraphs that overlap or come closer than
/// `gap` pixels.
pub fn collisions(texts: &[TextBox], gap: i32) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..texts.len() {
        for j in i + 1..texts.len() {
            if texts[i].group != texts[j].group && texts[i].near(&texts[j], gap) {
                out.push((i, j));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_between_cjk_characters() {
        let m = Estimate;
        let lines = wrap(
            "Korean SME investment delegation's 8-day inspection",
            120.0,
            12.0,
            false,
            &m,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(
            lines.iter().all(|l| m.width(l, 12.0, false) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(
            lines.join(" "),
            "Korean SME investment delegation's 8-day inspection"
        );
        let zh = wrap(
            "韩国中小企业投资合作考察团在哈尔滨考察8天",
            100.0,
            12.0,
            false,
            &m,
        );
        assert!(
            zh.len() >= 2 && zh.iter().all(|l| m.width(l, 12.0, false) <= 100.0),
            "{zh:?}"
        );
        assert_eq!(zh.concat(), "韩国中小企业投资合作考察团在哈尔滨考察8天");
        let ko = wrap(
            "한국 중소기업 투자협력 실사단, 할빈에서 8일간 실사",
            110.0,
            12.0,
            false,
            &m,
        );
        assert!(
            ko.iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')),
            "{ko:?}"
        );
        assert_eq!(
            ko.join(" "),
            "한국 중소기업 투자협력 실사단, 할빈에서 8일간 실사"
        );
        // One overlong word is cut, never left wider than the line.
        // Balanced: as many lines, none much shorter than the others.
        let text = "2月23日至3月2日 · 韩国中小企业投资合作考察团在哈尔滨考察8天";
        let greedy = wrap(text, 330.0, 12.0, false, &m);
        let even = wrap_balanced(text, 330.0, 12.0, false, &m);
        assert_eq!(greedy.len(), even.len());
        let w = |l: &String| m.width(l, 12.0, false);
        // (考察 is a name and 8天 a number with its unit: the last line is at least 考察8天.)
        assert!(w(greedy.last().unwrap()) < 50.0, "{greedy:?}");
        assert!(w(even.last().unwrap()) > 100.0, "{even:?}");
        assert_eq!(even.concat(), greedy.concat());
        let long = wrap("Supercalifragilistic", 40.0, 12.0, false, &m);
        assert!(long.len() > 1 && long.iter().all(|l| m.width(l, 12.0, false) <= 40.0));
        assert_eq!(wrap("", 100.0, 12.0, false, &m), Vec::<String>::new());
    }

    #[test]
    fn boxes_collide_within_a_gap() {
        let a = TextBox {
            text: "a".into(),
            rect: (0, 0, 10, 10),
            group: 1,
        };
        let b = TextBox {
            text: "b".into(),
            rect: (12, 0, 20, 10),
            group: 2,
        };
        assert!(!a.near(&b, 0));
        assert!(a.near(&b, 3));
        assert_eq!(collisions(&[a.clone(), b], 3), vec![(0, 1)]);
        let c = TextBox {
            text: "c".into(),
            rect: (0, 11, 10, 20),
            group: 1,
        };
        assert_eq!(collisions(&[a, c], 3), vec![], "lines of one paragraph");
    }
}
