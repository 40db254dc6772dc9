//! Chart text: measuring, wrapping, and the boxes text occupies. Layout decisions (which label
//! form fits, where a line breaks, whether two labels collide) need text widths; the browser
//! measures with the canvas's own font (`app::canvas`), everything else uses `Estimate`. Every
//! drawn text is recorded as a `TextBox`, so tests can check that no two overlap and none leaves
//! the drawing.

/// Measures text in the chart font.
pub trait Measure {
    /// Width in pixels of `text` at a font size of `px` pixels.
    fn width(&self, text: &str, px: f64, bold: bool) -> f64;
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

/// Chinese characters (and full-width punctuation) may be broken between: Chinese has no spaces.
/// Korean is broken at spaces, as Korean typesetting on the web usually is.
fn breaks_anywhere(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x312F | 0x3190..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFF60)
}

/// Breaks `text` into lines no wider than `max` pixels: at spaces, and between any two Chinese
/// characters; a word longer than a line is cut between characters.
pub fn wrap(text: &str, max: f64, px: f64, bold: bool, m: &dyn Measure) -> Vec<String> {
    // Units that may not be split: a word with the spaces after it, or one Chinese character.
    let mut units: Vec<String> = Vec::new();
    for c in text.chars() {
        // Spaces stay with the word before them; a word goes on until a space or a Chinese
        // character.
        let glue = match units.last().and_then(|u| u.chars().last()) {
            None => false,
            Some(_) if c == ' ' => true,
            Some(last) => last != ' ' && !breaks_anywhere(c) && !breaks_anywhere(last),
        };
        // Closing punctuation stays with what it follows.
        let closing = matches!(c, '，' | '。' | '、' | '）' | '：' | '；' | ')' | ',' | '.');
        match units.last_mut() {
            Some(u) if glue || closing => u.push(c),
            _ => units.push(c.to_string()),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for u in units {
        let candidate = format!("{line}{u}");
        if line.is_empty() || m.width(candidate.trim_end(), px, bold) <= max {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_string());
            line = u.trim_start().to_string();
        }
        // A unit wider than the whole line is cut between characters.
        while m.width(line.trim_end(), px, bold) > max && line.chars().count() > 1 {
            let mut head = String::new();
            for c in line.chars() {
                if !head.is_empty() && m.width(&format!("{head}{c}"), px, bold) > max {
                    break;
                }
                head.push(c);
            }
            line = line[head.len()..].to_string();
            lines.push(head);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Like `wrap`, but with lines of even length (as CSS `text-wrap: balance`): the narrowest
/// width that still takes no more lines, so a label does not end in a lone word.
pub fn wrap_balanced(text: &str, max: f64, px: f64, bold: bool, m: &dyn Measure) -> Vec<String> {
    let lines = wrap(text, max, px, bold, m);
    if lines.len() < 2 {
        return lines;
    }
    let (mut lo, mut hi) = (max / lines.len() as f64, max);
    while hi - lo > 1.0 {
        let mid = (lo + hi) / 2.0;
        if wrap(text, mid, px, bold, m).len() <= lines.len() {
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
        assert!(w(greedy.last().unwrap()) < 40.0, "{greedy:?}");
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
