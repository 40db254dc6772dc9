//! Downloadable files: the glossary and the figures as CSV (UTF-8 with BOM, so spreadsheet
//! programs show Hangul and hanzi), with the exact headers the newsroom tools expect.

use super::dataset::model::{Dataset, FigureKind, Unit};

pub const BOM: &str = "\u{FEFF}";
pub const GLOSSARY_HEADER: &str = "korean,standard_korean,hanzi_simplified,hanzi_traditional,pinyin,sino_korean,category,gloss_en,gloss_zh,occurrences,sino_korean_sk,gloss_ko,confidence,note_ko,note_zh,note_en";

/// What marks hanzi, pinyin and readings that are a guess (confidence low or uncertain), in the
/// CSV as on the card.
pub const GUESS_MARK: &str = " (?)";
pub const FIGURES_HEADER: &str = "id,label,period,value,unit,kind,formula,source_sentence";

/// Quotes a CSV field when needed (RFC 4180).
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn row(fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",")
}

pub fn glossary_csv(ds: &Dataset) -> String {
    let mut out = format!("{BOM}{GLOSSARY_HEADER}\r\n");
    for t in ds.terms {
        let forms = t.forms.join("; ");
        let n = t.occurrences.len().to_string();
        let guess = |v: Option<&str>| match v {
            Some(v) if t.confidence.is_guess() => format!("{v}{GUESS_MARK}"),
            v => v.unwrap_or("").to_string(),
        };
        out.push_str(&row(&[
            &forms,
            t.standard,
            &guess(t.hanzi_simplified),
            &guess(t.hanzi_traditional),
            &guess(t.pinyin),
            &guess(t.sino_korean),
            t.category.key(),
            t.gloss_en,
            t.gloss_zh,
            &n,
            &guess(t.sino_korean_sk),
            t.gloss_ko,
            t.confidence.key(),
            t.note_ko.unwrap_or(""),
            t.note_zh.unwrap_or(""),
            t.note_en.unwrap_or(""),
        ]));
        out.push_str("\r\n");
    }
    out
}

/// Stated figures (with their sentence) and derived figures (with their formula). Dates give
/// their ISO date as the value.
pub fn figures_csv(ds: &Dataset) -> String {
    let mut out = format!("{BOM}{FIGURES_HEADER}\r\n");
    for f in ds.figures {
        let value = match (f.kind, f.date, f.date_end) {
            (FigureKind::Date, Some(a), Some(b)) => format!("{a}/{b}"),
            (FigureKind::Date, Some(a), None) => a.to_string(),
            _ => plain_number(f.value),
        };
        let sentence = ds.article.sentences[f.sentence as usize].text;
        let unit = if f.kind == FigureKind::Date {
            "date"
        } else {
            f.unit.key()
        };
        out.push_str(&row(&[
            f.id, f.label_en, f.period, &value, unit, "stated", "", sentence,
        ]));
        out.push_str("\r\n");
    }
    for d in ds.derived {
        let unit = if d.unit == Unit::None {
            "ratio"
        } else {
            d.unit.key()
        };
        let sentences: Vec<&str> = d
            .inputs
            .iter()
            .map(|&i| ds.article.sentences[ds.figures[i as usize].sentence as usize].text)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        out.push_str(&row(&[
            d.id,
            d.label_en,
            d.period,
            &plain_number(d.value),
            unit,
            "derived",
            d.formula,
            &sentences.join(" / "),
        ]));
        out.push_str("\r\n");
    }
    out
}

fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    /// Splits CSV text into records, honouring quotes (test helper).
    fn records(text: &str) -> Vec<Vec<String>> {
        let mut rows = vec![vec![String::new()]];
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let row = rows.last_mut().unwrap();
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    row.last_mut().unwrap().push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(String::new()),
                ('\r', false) => {}
                ('\n', false) => rows.push(vec![String::new()]),
                (c, _) => row.last_mut().unwrap().push(c),
            }
        }
        rows.retain(|r| !(r.len() == 1 && r[0].is_empty()));
        rows
    }

    #[test]
    fn glossary_csv_has_bom_header_and_one_row_per_entry() {
        let csv = glossary_csv(&DATASET);
        assert!(csv.starts_with(BOM));
        let rows = records(&csv[BOM.len()..]);
        assert_eq!(rows[0].join(","), GLOSSARY_HEADER);
        assert_eq!(rows.len() - 1, DATASET.terms.len());
        let lt = rows.iter().find(|r| r[0] == "량두식미; 粮头食尾").unwrap();
        assert_eq!(lt[2], "粮头食尾");
        assert_eq!(lt[4], "liángtóu shíwěi");
        assert_eq!(lt[9], "2");
        assert_eq!(lt[5], "량두식미", "the reading as the article writes it");
        assert_eq!(lt[10], "양두식미", "the South Korean reading");
        assert_eq!(lt[12], "high");
        assert_eq!(
            GLOSSARY_HEADER,
            "korean,standard_korean,hanzi_simplified,hanzi_traditional,pinyin,sino_korean,category,gloss_en,gloss_zh,occurrences,sino_korean_sk,gloss_ko,confidence,note_ko,note_zh,note_en"
        );
        for r in &rows[1..] {
            assert_eq!(r.len(), 16, "{r:?}");
            for (i, name) in [(7, "gloss_en"), (8, "gloss_zh"), (11, "gloss_ko")] {
                assert!(!r[i].is_empty(), "{}: empty {name}", r[0]);
            }
            assert!(
                ["high", "medium", "low", "uncertain"].contains(&r[12].as_str()),
                "{r:?}"
            );
            let notes = r[13..16].iter().filter(|n| !n.is_empty()).count();
            assert!(
                notes == 0 || notes == 3,
                "{}: notes in {notes} languages",
                r[0]
            );
        }
    }

    /// Hanzi that are a guess look like one in the CSV, as on the card; others are plain.
    #[test]
    fn guessed_hanzi_are_marked_in_the_csv() {
        let csv = glossary_csv(&DATASET);
        let rows = records(&csv[BOM.len()..]);
        let mut guessed = 0;
        for (r, t) in rows[1..].iter().zip(DATASET.terms) {
            let Some(h) = t.hanzi_simplified else {
                assert_eq!(r[2], "", "{}", t.id);
                continue;
            };
            if t.confidence.is_guess() {
                assert_eq!(r[2], format!("{h}{GUESS_MARK}"), "{}", t.id);
                guessed += 1;
            } else {
                assert_eq!(r[2], h, "{}", t.id);
            }
        }
        assert!(guessed > 0, "no term with guessed hanzi to check");
    }

    #[test]
    fn figures_csv_marks_stated_and_derived() {
        let csv = figures_csv(&DATASET);
        let rows = records(&csv[BOM.len()..]);
        assert_eq!(rows[0].join(","), FIGURES_HEADER);
        let t22 = rows.iter().find(|r| r[0] == "trade_2022").unwrap();
        assert_eq!(
            (t22[3].as_str(), t22[4].as_str(), t22[5].as_str()),
            ("3438000000", "CNY", "stated")
        );
        assert!(t22[7].contains("34억 3,800만원"));
        let t21 = rows.iter().find(|r| r[0] == "trade_2021").unwrap();
        assert_eq!(t21[5], "derived");
        assert!(t21[6].contains("÷ (1 + 46.5%)"));
        assert!(rows.iter().all(|r| r.len() == 8));
        assert_eq!(
            rows.len() - 1,
            DATASET.figures.len() + DATASET.derived.len()
        );
    }

    #[test]
    fn fields_are_quoted_when_needed() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
    }
}
