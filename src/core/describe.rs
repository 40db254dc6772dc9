//! Dataset things said in the reader's words, in the interface language: where a sentence is
//! ("paragraph 9, sentence 2", never the internal id `p09s2`), a country code's name, and who
//! published an exchange rate. The dataset keeps ids and English source names; what the
//! interface shows is decided here, so every component says it the same way.

use super::dataset::model::{Dataset, Paragraph, ParagraphKind, Sentence};
use super::i18n::{Lang, K};

/// Where sentence `si` is, as a reader counts: body paragraphs are numbered from 1 (headings
/// and credit lines are not paragraphs of text and are named as such); the sentence number is
/// given only when its paragraph has more than one.
pub fn sentence_place(ds: &Dataset, si: u32, lang: Lang) -> String {
    let s = &ds.article.sentences[si as usize];
    let p = &ds.article.paragraphs[s.paragraph as usize];
    match p.kind {
        ParagraphKind::Heading => K::SectionHeading.get(lang).to_string(),
        ParagraphKind::Source | ParagraphKind::Translator => K::CreditLine.get(lang).to_string(),
        ParagraphKind::Body => {
            let n = ds.article.paragraphs[..=s.paragraph as usize]
                .iter()
                .filter(|q| q.kind == ParagraphKind::Body)
                .count();
            let m = si - p.first + 1;
            let template = if p.len > 1 {
                K::ParagraphNSentenceM
            } else {
                K::ParagraphN
            };
            template
                .get(lang)
                .replace("{n}", &n.to_string())
                .replace("{m}", &m.to_string())
        }
    }
}

/// How often a name or term occurs in the text, as the glossary's count and the people panel's
/// both say it (issue #20: they used to count different things, 5 vs 4 for 흑룡강성상무청):
/// "본문 출현 5회", with the number of sentences when it differs ("본문 출현 5회 (4개 문장)",
/// the people panel's list of links).
pub fn times_in_text(times: usize, sentences: Option<usize>, lang: Lang) -> String {
    let mut out = K::TimesInText.get(lang).replace("{n}", &times.to_string());
    if let Some(m) = sentences.filter(|&m| m != times) {
        out.push_str(&lang.bracketed(K::InSentences.get(lang).replace("{n}", &m.to_string())));
    }
    out
}

/// A country code from the dataset ("CN", "KR") as a name; an unknown code as it is.
pub fn country_name(code: &'static str, lang: Lang) -> &'static str {
    match code {
        "CN" => K::CountryCn.get(lang),
        "KR" => K::CountryKr.get(lang),
        other => other,
    }
}

/// Who published a rate, in the interface language, with the language it is written in. The
/// dataset names its sources in English only (`exchange_rates.csv` has no Korean or Chinese
/// source column); the two publishers it uses are named in every language here, and an unknown
/// source is shown as the data gives it, marked as English.
pub fn rate_source(source: &'static str, year: u16, lang: Lang) -> (String, Lang) {
    let key = if source.starts_with("National Bureau of Statistics of China") {
        Some(K::RateSourceNbs)
    } else if source.starts_with("Bank of Korea") {
        Some(K::RateSourceBok)
    } else {
        None
    };
    match key {
        Some(_) if lang == Lang::En => (source.to_string(), Lang::En),
        Some(k) => (k.get(lang).replace("{year}", &year.to_string()), lang),
        None => (source.to_string(), Lang::En),
    }
}

/// This edition's translation of a sentence in `lang`: Chinese or English; none in Korean (the
/// article is the Korean).
pub fn translation(s: &Sentence, lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Ko => None,
        Lang::Zh => Some(s.zh.as_str()),
        Lang::En => Some(s.en.as_str()),
    }
}

/// A paragraph's translation in `lang`: its sentences' translations, joined as the language
/// writes them (no space between Chinese sentences).
pub fn paragraph_translation(ds: &Dataset, p: &Paragraph, lang: Lang) -> Option<String> {
    let parts = ds
        .paragraph_sentences(p)
        .iter()
        .map(|s| translation(s, lang))
        .collect::<Option<Vec<_>>>()?;
    Some(parts.join(if lang == Lang::Zh { "" } else { " " }))
}

/// The article's credit line in `lang`: as printed ("출처: 흑룡강일보 · 편역: 진종호"), or this
/// edition's translations of the article's source and translator lines, joined the same way
/// ("Source: Heilongjiang Daily · Compiled and translated by Jin Jong-ho (진종호)"); as printed
/// where a line has none.
pub fn credit(ds: &Dataset, lang: Lang) -> String {
    let a = &ds.article;
    if lang == Lang::Ko {
        return a.credit.to_string();
    }
    let lines: Option<Vec<String>> = a
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, ParagraphKind::Source | ParagraphKind::Translator))
        .map(|p| paragraph_translation(ds, p, lang))
        .collect();
    match lines {
        Some(lines) if !lines.is_empty() => lines.join(" · "),
        _ => a.credit.to_string(),
    }
}

/// The source as a citation names it, in the interface language: the paper's edition, the date
/// the report ran and the article's own translator line ("흑룡강일보 조선문판, 2023-08-11, 편역
/// 진종호").
pub fn citation(ds: &Dataset, lang: Lang) -> String {
    let a = &ds.article;
    let translator = a
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Translator)
        .and_then(|p| a.sentences.get(p.first as usize));
    let edition = a.edition.get(lang);
    let sep = if lang == Lang::Zh { "，" } else { ", " };
    let mut out = format!("{edition}{sep}{}", a.published);
    if let Some(t) = translator {
        let line = match lang {
            // "편역: 진종호" reads "편역 진종호" inside a citation.
            Lang::Ko => t.text.replacen(": ", " ", 1),
            Lang::Zh => t.zh.to_string(),
            // "Compiled and translated by …" continues the sentence.
            Lang::En => {
                let mut c = t.en.chars();
                c.next()
                    .map(|f| f.to_lowercase().chain(c).collect())
                    .unwrap_or_default()
            }
        };
        out.push_str(sep);
        out.push_str(&line);
    }
    out
}

/// A sentence to paste elsewhere: quoted as printed (Korean), this edition's translation for a
/// Chinese or English reader (named as ours, never as the source), the citation and the link.
/// `lead` goes first when given (a chart point's label and value).
pub fn quote_with_citation(
    ds: &Dataset,
    si: u32,
    lang: Lang,
    link: &str,
    lead: Option<&str>,
) -> String {
    let s = &ds.article.sentences[si as usize];
    // Curly quotes in all three languages (Chinese uses the same “ ”).
    let (open, close) = ("\u{201C}", "\u{201D}");
    let mut out = String::new();
    if let Some(lead) = lead {
        out.push_str(lead);
        out.push('\n');
    }
    out.push_str(&format!("{open}{}{close}", s.text));
    if let Some(t) = translation(s, lang) {
        let label = K::OurTranslation.get(lang);
        out.push_str(&match lang {
            Lang::Zh => format!("\n（{label}：{t}）"),
            _ => format!("\n({label}: {t})"),
        });
    }
    let dash = if lang == Lang::Zh { "——" } else { "— " };
    out.push_str(&format!("\n{dash}{}\n{link}", citation(ds, lang)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    #[test]
    fn the_credit_line_speaks_the_interface_language() {
        assert_eq!(credit(&DATASET, Lang::Ko), DATASET.article.credit.as_str());
        assert_eq!(
            credit(&DATASET, Lang::Ko),
            "출처: 흑룡강일보 · 편역: 진종호"
        );
        assert_eq!(
            credit(&DATASET, Lang::Zh),
            "来源：《黑龙江日报》 · 编译：진종호"
        );
        assert_eq!(
            credit(&DATASET, Lang::En),
            "Source: Heilongjiang Daily · Compiled and translated by Jin Jong-ho (진종호)"
        );
    }

    #[test]
    fn times_in_text_says_occurrences_and_sentences_when_they_differ() {
        assert_eq!(
            times_in_text(5, Some(4), Lang::Ko),
            "본문 출현 5회 (4개 문장)"
        );
        assert_eq!(
            times_in_text(5, Some(4), Lang::Zh),
            "文中出现5次（4个句子）"
        );
        assert_eq!(
            times_in_text(5, Some(4), Lang::En),
            "5× in the text (in 4 sentence(s))"
        );
        assert_eq!(times_in_text(3, Some(3), Lang::Ko), "본문 출현 3회");
        assert_eq!(times_in_text(2, None, Lang::En), "2× in the text");
    }

    #[test]
    fn the_citation_names_edition_date_and_translator_in_each_language() {
        assert_eq!(
            citation(&DATASET, Lang::Ko),
            "흑룡강일보 조선문판, 2023-08-11, 편역 진종호"
        );
        assert_eq!(
            citation(&DATASET, Lang::Zh),
            "《黑龙江日报》朝鲜文版，2023-08-11，编译：진종호"
        );
        assert_eq!(
            citation(&DATASET, Lang::En),
            "Heilongjiang Daily, Korean edition, 2023-08-11, compiled and translated by Jin Jong-ho (진종호)"
        );
    }

    #[test]
    fn a_quote_carries_the_sentence_our_translation_the_citation_and_the_link() {
        let si = index("p01s1");
        let s = &DATASET.article.sentences[si as usize];
        let link = "https://example.org/r/#s=p01s1";
        let ko = quote_with_citation(&DATASET, si, Lang::Ko, link, None);
        assert_eq!(
            ko,
            format!(
                "\u{201C}{}\u{201D}\n— {}\n{link}",
                s.text,
                citation(&DATASET, Lang::Ko)
            )
        );
        let zh = quote_with_citation(&DATASET, si, Lang::Zh, link, Some("2022年: 1亿元"));
        assert!(zh.starts_with("2022年: 1亿元\n\u{201C}"));
        assert!(
            zh.contains(&format!("（龙江阅读器译文：{}）", s.zh)),
            "{zh}"
        );
        assert!(zh.contains("——《黑龙江日报》朝鲜文版，2023-08-11"));
        assert!(zh.ends_with(link));
        let en = quote_with_citation(&DATASET, si, Lang::En, link, None);
        assert!(en.contains(&format!("(Longjiang Reader's translation: {})", s.en)));
        assert!(en.contains("— Heilongjiang Daily, Korean edition, 2023-08-11"));
    }

    fn index(id: &str) -> u32 {
        DATASET
            .article
            .sentences
            .iter()
            .position(|s| s.id == id)
            .unwrap() as u32
    }

    #[test]
    fn translations_are_chinese_or_english_and_paragraphs_join_as_the_language_writes() {
        let s = &DATASET.article.sentences[index("p09s2") as usize];
        assert_eq!(translation(s, Lang::Ko), None);
        assert_eq!(translation(s, Lang::Zh), Some(s.zh.as_str()));
        assert_eq!(translation(s, Lang::En), Some(s.en.as_str()));
        let p = DATASET
            .article
            .paragraphs
            .iter()
            .find(|p| p.len > 1)
            .expect("a paragraph of several sentences");
        let ss = DATASET.paragraph_sentences(p);
        let zh: String = ss.iter().map(|s| s.zh.as_str()).collect();
        let en = ss
            .iter()
            .map(|s| s.en.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(paragraph_translation(&DATASET, p, Lang::Zh), Some(zh));
        assert_eq!(paragraph_translation(&DATASET, p, Lang::En), Some(en));
        assert_eq!(paragraph_translation(&DATASET, p, Lang::Ko), None);
    }

    #[test]
    fn sentences_are_placed_as_a_reader_counts() {
        assert_eq!(
            sentence_place(&DATASET, index("p02s1"), Lang::En),
            "paragraph 2"
        );
        assert_eq!(
            sentence_place(&DATASET, index("p04s2"), Lang::En),
            "paragraph 4, sentence 2"
        );
        assert_eq!(
            sentence_place(&DATASET, index("p04s2"), Lang::Zh),
            "第4段第2句"
        );
        assert_eq!(
            sentence_place(&DATASET, index("p04s2"), Lang::Ko),
            "4번째 문단 2번째 문장"
        );
        // p05 is a heading: the body paragraph after it is the fifth.
        assert_eq!(
            sentence_place(&DATASET, index("p05s1"), Lang::En),
            "section heading"
        );
        assert_eq!(
            sentence_place(&DATASET, index("p06s1"), Lang::En),
            "paragraph 5"
        );
    }

    #[test]
    fn no_place_shows_an_internal_id() {
        for lang in Lang::ALL {
            for si in 0..DATASET.article.sentences.len() as u32 {
                let p = sentence_place(&DATASET, si, lang);
                assert!(
                    !p.contains(DATASET.article.sentences[si as usize].id),
                    "{p}"
                );
            }
        }
    }

    #[test]
    fn every_rate_source_is_in_the_interface_language() {
        for r in DATASET.rates.iter() {
            for src in [r.source_usd_cny, r.source_usd_krw] {
                assert_eq!(
                    rate_source(src, r.year, Lang::En),
                    (src.to_string(), Lang::En)
                );
                for lang in [Lang::Ko, Lang::Zh] {
                    let (text, in_lang) = rate_source(src, r.year, lang);
                    assert_eq!(in_lang, lang, "{src} has no {lang:?} name");
                    // No English word (currency codes aside).
                    let english = text
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| w.len() > 1 && !["USD", "KRW", "CNY"].contains(&w));
                    assert!(!english, "{text}");
                }
            }
        }
        assert!(
            rate_source("National Bureau of Statistics of China, x", 2022, Lang::Zh)
                .0
                .contains("2022年")
        );
        assert_eq!(
            rate_source("IMF", 2022, Lang::Ko),
            ("IMF".to_string(), Lang::En)
        );
    }

    #[test]
    fn countries_are_named() {
        assert_eq!(country_name("CN", Lang::Ko), "중국");
        assert_eq!(country_name("KR", Lang::Zh), "韩国");
        assert_eq!(country_name("JP", Lang::En), "JP");
        for o in DATASET.organisations.iter() {
            assert_ne!(country_name(o.country, Lang::Ko), o.country);
        }
        for p in DATASET.people.iter() {
            assert_ne!(country_name(p.country, Lang::Ko), p.country);
        }
    }
}
