//! Reads the number at the start of a Korean text span: "34억 3,800만원" → 3 438 000 000,
//! "120여 개" → 120, "세번째" → 3, "46.5%" → 46.5, "10만㎡" → 100 000.
//!
//! The loader uses it to check that every figure's typed `value` is what its span says, so the
//! dataset cannot disagree with the article.

/// Native Korean numerals as they appear before counters (한 명, 두 달, 세 번).
const NATIVE: [(&str, f64); 10] = [
    ("다섯", 5.0),
    ("여섯", 6.0),
    ("일곱", 7.0),
    ("여덟", 8.0),
    ("아홉", 9.0),
    ("한", 1.0),
    ("두", 2.0),
    ("세", 3.0),
    ("네", 4.0),
    ("열", 10.0),
];

/// Parses the leading number of `span`. Groups like "34억" and "3,800만" are summed; a group
/// without a multiplier ends the number. Returns `None` if the span does not start with a number.
pub fn parse_korean_number(span: &str) -> Option<f64> {
    let mut rest = span.trim_start();
    let mut total = 0.0;
    let mut seen = false;
    while let Some((n, after)) = leading_number(rest) {
        seen = true;
        let after_ws = after.trim_start();
        if let Some(r) = after_ws.strip_prefix('억') {
            total += n * 1e8;
            rest = r.trim_start();
        } else if let Some(r) = after_ws.strip_prefix('만') {
            total += n * 1e4;
            rest = r.trim_start();
        } else {
            total += n;
            break;
        }
    }
    seen.then_some(total)
}

fn leading_number(s: &str) -> Option<(f64, &str)> {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    if end > 0 {
        let digits: String = s[..end].chars().filter(|&c| c != ',').collect();
        let n: f64 = digits.trim_end_matches('.').parse().ok()?;
        return Some((n, &s[end..]));
    }
    NATIVE
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .map(|(w, n)| (*n, &s[w.len()..]))
}

/// The runs of ASCII digits in `s`, as numbers ("8월 7일부터 11일까지" → [8, 7, 11]).
pub fn digit_runs(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut cur: Option<u32> = None;
    for c in s.chars() {
        match c.to_digit(10) {
            Some(d) => cur = Some(cur.unwrap_or(0).saturating_mul(10).saturating_add(d)),
            None => {
                if let Some(n) = cur.take() {
                    out.push(n);
                }
            }
        }
    }
    out.extend(cur);
    out
}
