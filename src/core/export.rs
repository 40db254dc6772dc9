//! Downloadable files: the glossary and the figures as CSV (UTF-8 with BOM, so spreadsheet
//! programs show Hangul and hanzi). The glossary's column keys are fixed (other programs read
//! them); the figures file is for a reader, so its header and units follow the interface
//! language (in English they are the keys).

use super::dataset::model::{Bound, Dataset, FigureKind, Term, Unit};
use super::format::{self, Currency};
use super::i18n::{Lang, K};

pub const BOM: &str = "\u{FEFF}";

/// The folder of `dist/` that holds the downloads. They depend on no state but the language and
/// the currency, so the build writes them (`examples/prerender.rs`), every combination, and the
/// app links to them. The one exception is the glossary rows of a search or a category filter
/// (`GLOSSARY_SELECTION_FILE`), which the app makes with the same `glossary_csv`.
pub const DOWNLOADS_DIR: &str = "downloads";
pub const GLOSSARY_FILE: &str = "longjiang-glossary.csv";
/// The glossary CSV of a search or a category filter: the rows the panel shows, made in the
/// browser by the same `glossary_csv` (the full file stays the build's).
pub const GLOSSARY_SELECTION_FILE: &str = "longjiang-glossary-selection.csv";
pub const DATASET_FILE: &str = "longjiang-dataset.json";

/// The figures CSV's file name for one interface language and currency.
pub fn figures_file(lang: Lang, cur: Currency) -> String {
    format!("longjiang-figures-{}-{}.csv", lang.code(), cur.code())
}

/// Every download as (file name, contents), as the build writes them into `DOWNLOADS_DIR`.
pub fn all_downloads(ds: &Dataset) -> Vec<(String, String)> {
    let mut out = vec![
        (GLOSSARY_FILE.to_string(), glossary_csv(ds.terms)),
        (DATASET_FILE.to_string(), dataset_json(ds)),
    ];
    for lang in Lang::ALL {
        for cur in Currency::ALL {
            out.push((figures_file(lang, cur), figures_csv(ds, lang, cur)));
        }
    }
    out
}
pub const GLOSSARY_HEADER: &str = "korean,standard_korean,hanzi_simplified,hanzi_traditional,pinyin,sino_korean,category,gloss_en,gloss_zh,occurrences,sino_korean_sk,gloss_ko,confidence,note_ko,note_zh,note_en,hanja";

/// What marks hanzi, pinyin and readings that are a guess (confidence low or uncertain), in the
/// CSV as on the card.
pub const GUESS_MARK: &str = " (?)";
/// `label` is in the interface language; `bound` is the article's qualifier (exact, about, over;
/// empty for derived values); money values are also given in the chosen currency
/// (`value_converted`, `unit_converted`), converted at the annual average rate of `rate_year`.
/// The English header; Korean and Chinese files name the same columns in their language
/// (`figures_header`).
pub const FIGURES_HEADER: &str = "id,label,period,bound,value,date,unit,value_converted,unit_converted,rate_year,kind,formula,source_sentence";

/// The figures CSV's header in the interface language, column for column `FIGURES_HEADER`.
pub fn figures_header(lang: Lang) -> &'static str {
    lang.pick(
        "id,항목,기간,한정어,값,날짜,단위,환산값,환산 단위,환율 연도,구분,계산식,출처 문장",
        "id,项目,时期,限定词,数值,日期,单位,折算值,折算单位,汇率年份,类型,计算公式,来源句子",
        FIGURES_HEADER,
    )
}

/// A unit of the figures CSV in the interface language: in English its key (`CNY`, `firms`,
/// `m2`, `ratio`, `date`: data/README.md), in Korean and Chinese its name.
pub fn unit_name(key: &'static str, lang: Lang) -> &'static str {
    let [ko, zh] = match key {
        "CNY" => ["위안(CNY)", "元（CNY）"],
        "USD" => ["달러(USD)", "美元（USD）"],
        "KRW" => ["원(KRW)", "韩元（KRW）"],
        "percent" => ["%", "%"],
        "firms" => ["기업 수", "家企业"],
        "bodies" => ["기관·단체 수", "个机构团体"],
        "visits" => ["번", "次"],
        "agreements" => ["협정 수", "项协议"],
        "areas" => ["분야 수", "个领域"],
        "people" => ["명", "人"],
        "years" => ["년", "年"],
        "months" => ["개월", "个月"],
        "days" => ["일", "天"],
        "m2" => ["제곱미터(㎡)", "平方米"],
        "ratio" => ["배", "倍"],
        "date" => ["날짜", "日期"],
        _ => [key, key],
    };
    lang.pick(ko, zh, key)
}

/// The qualifier column in the interface language: in English its key (`exact`, `about`,
/// `over`), in Korean and Chinese the word the figure takes: 약/约, and for `over` 여/余 after a
/// count of things (120여 개 = 120余家, "more than 120"), 이상/以上 after an amount or a length
/// of time (as `format::quantity_with` writes them).
pub fn bound_name(bound: Bound, unit: Unit, lang: Lang) -> &'static str {
    let counted = matches!(
        unit,
        Unit::Firms | Unit::Bodies | Unit::Visits | Unit::Agreements | Unit::Areas | Unit::People
    );
    match bound {
        Bound::Exact => lang.pick("정확", "确数", "exact"),
        Bound::About => lang.pick("약", "约", "about"),
        Bound::Over if counted => lang.pick("여", "余", "over"),
        Bound::Over => lang.pick("이상", "以上", "over"),
    }
}

/// The kind column in the interface language: in English its key (`stated`, `derived`), in
/// Korean and Chinese the words the charts use (기사 수치 / 계산값, 原文数据 / 推算值).
pub fn kind_name(derived: bool, lang: Lang) -> &'static str {
    match (derived, lang) {
        (false, Lang::En) => "stated",
        (true, Lang::En) => "derived",
        (false, _) => K::Stated.get(lang),
        (true, _) => K::DerivedLabel.get(lang),
    }
}

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

/// The whole dataset as JSON, for the download: serialised from the baked model at build time,
/// byte for byte what `build.rs` validated and wrote (tested).
pub fn dataset_json(ds: &Dataset) -> String {
    // build.rs serialised the same model with the same code: it cannot fail here.
    serde_json::to_string(ds).expect("the baked dataset serialises")
}

/// The glossary CSV of `terms`, in their order: all of them for the build's file
/// (`glossary_csv(ds.terms)`), the rows a search or category filter shows for the panel's
/// selection download.
pub fn glossary_csv<'a>(terms: impl IntoIterator<Item = &'a Term>) -> String {
    let mut out = format!("{BOM}{GLOSSARY_HEADER}\r\n");
    for t in terms {
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
            t.gloss.en.as_str(),
            t.gloss.zh.as_str(),
            &n,
            &guess(t.sino_korean_sk),
            t.gloss.ko.as_str(),
            t.confidence.key(),
            t.note.map_or("", |n| n.ko.as_str()),
            t.note.map_or("", |n| n.zh.as_str()),
            t.note.map_or("", |n| n.en.as_str()),
            // The Korean words' own hanja (as Korean writes them), one per form in the order of
            // `korean`; apart from the Chinese term in `hanzi_*` (issue #20). Added last: the
            // columns before it are what other programs read.
            &t.hanja.join("; "),
        ]));
        out.push_str("\r\n");
    }
    out
}

/// A money value in the chosen currency: (value, ISO code, rate year) — the rate year empty when
/// nothing was converted. Non-money values have none.
fn in_currency(
    ds: &Dataset,
    (value, unit, period): (f64, Unit, &str),
    cur: Currency,
    lang: Lang,
) -> [String; 3] {
    let Some(from) = Currency::from_unit(unit) else {
        return Default::default();
    };
    let unit = unit_name(cur.iso(), lang).to_string();
    if from == cur {
        return [plain_number(value), unit, String::new()];
    }
    match format::convert_for_period(ds, value, from, cur, period) {
        // Converted values are approximations: whole units.
        Some((y, v)) => [format!("{v:.0}"), unit, y.to_string()],
        None => Default::default(),
    }
}

/// Stated figures (with their sentence) and derived figures (with their formula), labelled in
/// `lang`, money also in `cur`. Dates give their ISO date as the value.
pub fn figures_csv(ds: &Dataset, lang: Lang, cur: Currency) -> String {
    let mut out = format!("{BOM}{}\r\n", figures_header(lang));
    for f in ds.figures {
        // A date is in its own column (ISO 8601, a range as start/end), never in `value`, which
        // holds only numbers (issue #24: a spreadsheet read the column as text).
        let (value, date) = match (f.kind, f.date, f.date_end) {
            (FigureKind::Date, Some(a), Some(b)) => (String::new(), format!("{a}/{b}")),
            (FigureKind::Date, Some(a), None) => (String::new(), a.to_string()),
            _ => (plain_number(f.value), String::new()),
        };
        let sentence = ds.article.sentences[f.sentence as usize].text.as_str();
        let unit = if f.kind == FigureKind::Date {
            "date"
        } else {
            f.unit.key()
        };
        let [cv, cu, year] = in_currency(ds, (f.value, f.unit, f.period), cur, lang);
        out.push_str(&row(&[
            f.id,
            f.label.str(lang),
            f.period,
            bound_name(f.bound, f.unit, lang),
            &value,
            &date,
            unit_name(unit, lang),
            &cv,
            &cu,
            &year,
            kind_name(false, lang),
            "",
            sentence,
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
            .map(|&i| {
                ds.article.sentences[ds.figures[i as usize].sentence as usize]
                    .text
                    .as_str()
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let [cv, cu, year] = in_currency(ds, (d.value, d.unit, d.period), cur, lang);
        out.push_str(&row(&[
            d.id,
            d.label.str(lang),
            d.period,
            "",
            &plain_number(d.value),
            "",
            unit_name(unit, lang),
            &cv,
            &cu,
            &year,
            kind_name(true, lang),
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
    fn the_build_writes_every_download_once_under_its_own_name() {
        let all = all_downloads(&DATASET);
        // The glossary, the dataset, and the figures for 3 languages x 3 currencies.
        assert_eq!(all.len(), 11);
        let mut names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 11, "two downloads share a name");
        let get = |n: &str| &all.iter().find(|(name, _)| name == n).unwrap().1;
        assert_eq!(get(GLOSSARY_FILE), &glossary_csv(DATASET.terms));
        assert_eq!(get(DATASET_FILE), &dataset_json(&DATASET));
        for lang in Lang::ALL {
            for cur in Currency::ALL {
                let text = get(&figures_file(lang, cur));
                assert_eq!(text, &figures_csv(&DATASET, lang, cur));
                assert!(text[BOM.len()..].starts_with(figures_header(lang)));
            }
        }
        assert_eq!(
            figures_file(Lang::Zh, Currency::Krw),
            "longjiang-figures-zh-krw.csv"
        );
    }

    #[test]
    fn glossary_csv_has_bom_header_and_one_row_per_entry() {
        let csv = glossary_csv(DATASET.terms);
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
        let upper = rows
            .iter()
            .find(|r| r[0].split("; ").any(|f| f == "상반기"))
            .unwrap();
        assert_eq!(upper[2], "上半年", "the Chinese term");
        assert_eq!(upper[16], "上半期", "the Korean word's own hanja, apart");
        assert_eq!(
            GLOSSARY_HEADER,
            "korean,standard_korean,hanzi_simplified,hanzi_traditional,pinyin,sino_korean,category,gloss_en,gloss_zh,occurrences,sino_korean_sk,gloss_ko,confidence,note_ko,note_zh,note_en,hanja"
        );
        for r in &rows[1..] {
            assert_eq!(r.len(), 17, "{r:?}");
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

    /// A selection's CSV (what the panel downloads for a search or a category filter) is the
    /// header and exactly the selected terms' rows, in the given order, each the same as in the
    /// full file.
    #[test]
    fn a_selection_csv_has_the_header_and_only_the_selected_rows() {
        let full = glossary_csv(DATASET.terms);
        let full_rows = records(&full[BOM.len()..]);
        let picked = [5usize, 0, 42];
        let csv = glossary_csv(picked.iter().map(|&i| &DATASET.terms[i]));
        assert!(csv.starts_with(BOM));
        let rows = records(&csv[BOM.len()..]);
        assert_eq!(rows[0].join(","), GLOSSARY_HEADER);
        assert_eq!(rows.len(), 1 + picked.len());
        for (r, &i) in rows[1..].iter().zip(&picked) {
            assert_eq!(r, &full_rows[1 + i], "{}", DATASET.terms[i].id);
        }
        let none = glossary_csv(std::iter::empty());
        assert_eq!(none, format!("{BOM}{GLOSSARY_HEADER}\r\n"));
        assert_ne!(GLOSSARY_SELECTION_FILE, GLOSSARY_FILE);
    }

    /// Hanzi that are a guess look like one in the CSV, as on the card; others are plain.
    #[test]
    fn guessed_hanzi_are_marked_in_the_csv() {
        let csv = glossary_csv(DATASET.terms);
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
        let csv = figures_csv(&DATASET, Lang::En, Currency::Cny);
        let rows = records(&csv[BOM.len()..]);
        assert_eq!(rows[0].join(","), FIGURES_HEADER);
        let col = |name: &str| FIGURES_HEADER.split(',').position(|h| h == name).unwrap();
        let t22 = rows.iter().find(|r| r[0] == "trade_2022").unwrap();
        assert_eq!(
            (
                t22[col("value")].as_str(),
                t22[col("unit")].as_str(),
                t22[col("kind")].as_str()
            ),
            ("3438000000", "CNY", "stated")
        );
        assert!(t22[col("source_sentence")].contains("34억 3,800만원"));
        let t21 = rows.iter().find(|r| r[0] == "trade_2021").unwrap();
        assert_eq!(t21[col("kind")], "derived");
        assert!(t21[col("formula")].contains("÷ (1 + 46.5%)"));
        assert!(rows
            .iter()
            .all(|r| r.len() == FIGURES_HEADER.split(',').count()));
        assert_eq!(
            rows.len() - 1,
            DATASET.figures.len() + DATASET.derived.len()
        );
    }

    /// The qualifier, the value in the chosen currency next to the stated one, and labels in
    /// the interface language.
    #[test]
    fn figures_csv_follows_language_and_currency() {
        let csv = figures_csv(&DATASET, Lang::Ko, Currency::Krw);
        let rows = records(&csv[BOM.len()..]);
        let col = |name: &str| FIGURES_HEADER.split(',').position(|h| h == name).unwrap();
        let get = |id: &str| rows.iter().find(|r| r[0] == id).unwrap().clone();
        assert_eq!(
            rows[0].join(","),
            figures_header(Lang::Ko),
            "a Korean header"
        );
        let t22 = get("trade_2022");
        assert_eq!(t22[col("label")], "흑룡강성–한국 무역액");
        assert_eq!(t22[col("bound")], "정확");
        assert_eq!(t22[col("kind")], "기사 수치");
        assert_eq!(t22[col("value")], "3438000000");
        assert_eq!(t22[col("unit")], "위안(CNY)");
        // 3.438 bn CNY / 6.7261 × 1291.95 = 660 371 403 934 KRW.
        assert_eq!(t22[col("value_converted")], "660371403934");
        assert_eq!(t22[col("unit_converted")], "원(KRW)");
        assert_eq!(t22[col("rate_year")], "2022");
        let firms = get("korean_firms_invested");
        assert_eq!(firms[col("bound")], "여", "120여 개: more than 120");
        assert_eq!(firms[col("value_converted")], "", "not money");
        let inv = get("investment_total");
        assert_eq!(inv[col("bound")], "이상", "20억 달러 이상");
        assert_eq!(inv[col("unit")], "달러(USD)");
        assert_eq!(inv[col("rate_year")], "2023");
        let t21 = get("trade_2021");
        assert_eq!(t21[col("bound")], "");
        assert_eq!(t21[col("kind")], "계산값");
        assert_eq!(t21[col("unit_converted")], "원(KRW)");
        // In yuan, yuan figures are given as they are; the USD one is converted.
        let cny = figures_csv(&DATASET, Lang::Zh, Currency::Cny);
        let rows = records(&cny[BOM.len()..]);
        let t22 = rows.iter().find(|r| r[0] == "trade_2022").unwrap();
        assert_eq!(t22[col("label")], "黑龙江省对韩贸易额");
        assert_eq!(
            (
                t22[col("value_converted")].as_str(),
                t22[col("rate_year")].as_str()
            ),
            ("3438000000", "")
        );
        let inv = rows.iter().find(|r| r[0] == "investment_total").unwrap();
        assert_eq!(inv[col("unit_converted")], "元（CNY）");
        assert_eq!(rows[0].join(","), figures_header(Lang::Zh));
        assert!(rows[1..].iter().all(|r| !r[col("unit")].is_empty()));
        assert_eq!(inv[col("value_converted")], "14093400000");
    }

    #[test]
    fn fields_are_quoted_when_needed() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("plain"), "plain");
    }

    /// Every language's header has the English one's columns, and no unit the data uses is left
    /// as a key in Korean or Chinese (the keys are English words).
    #[test]
    fn figures_header_and_units_follow_the_language() {
        for lang in Lang::ALL {
            assert_eq!(
                figures_header(lang).split(',').count(),
                FIGURES_HEADER.split(',').count(),
                "{lang:?}"
            );
        }
        let keys = DATASET
            .figures
            .iter()
            .map(|f| match f.kind {
                FigureKind::Date => "date",
                _ => f.unit.key(),
            })
            .chain(["ratio", "KRW"]);
        for key in keys {
            assert_eq!(unit_name(key, Lang::En), key);
            for lang in [Lang::Ko, Lang::Zh] {
                let name = unit_name(key, lang);
                assert!(name == "%" || !name.is_ascii(), "{key} in {lang:?}: {name}");
            }
        }
    }

    /// A Korean or Chinese figures file has no English word in it: the qualifier and the kind
    /// are words of the language too (120余家企业: 余; 20亿美元以上: 以上; 推算值), as are the
    /// header and units. English keeps the keys.
    #[test]
    fn figures_csv_words_follow_the_language() {
        let col = |name: &str| FIGURES_HEADER.split(',').position(|h| h == name).unwrap();
        for cur in Currency::ALL {
            for lang in [Lang::Ko, Lang::Zh] {
                let csv = figures_csv(&DATASET, lang, cur);
                for r in &records(&csv[BOM.len()..])[1..] {
                    for c in ["bound", "unit", "unit_converted", "kind"] {
                        let v = &r[col(c)];
                        assert!(
                            !v.chars().any(|c| c.is_ascii_lowercase()),
                            "{lang:?} {cur:?} {}: {c} \"{v}\"",
                            r[0]
                        );
                    }
                }
            }
        }
        let zh = figures_csv(&DATASET, Lang::Zh, Currency::Cny);
        let rows = records(&zh[BOM.len()..]);
        let get = |id: &str, c: &str| rows.iter().find(|r| r[0] == id).unwrap()[col(c)].clone();
        assert_eq!(get("korean_firms_invested", "bound"), "余");
        assert_eq!(get("investment_total", "bound"), "以上");
        assert_eq!(get("trade_2022", "kind"), "原文数据");
        assert_eq!(get("trade_2021", "kind"), "推算值");
        let en = figures_csv(&DATASET, Lang::En, Currency::Cny);
        let rows = records(&en[BOM.len()..]);
        let firms = rows
            .iter()
            .find(|r| r[0] == "korean_firms_invested")
            .unwrap();
        assert_eq!(
            (firms[col("bound")].as_str(), firms[col("kind")].as_str()),
            ("over", "stated")
        );
    }
}
