//! Host tests of the dataset: the seed round-trips, every annotation resolves, derived figures
//! match hand arithmetic, readings agree with real dictionaries, and broken files are reported
//! with messages that name the file, the entry and the field.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::load::{load, DataError, Sources};
use longjiang_reader::core::dataset::model::*;
use longjiang_reader::core::dataset::{knum, pinyin, DATASET};
use std::path::Path;

fn sources() -> Sources {
    Sources::read(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("data/ files are readable")
}

fn errors_of(src: &Sources) -> Vec<DataError> {
    match load(src) {
        Ok(_) => panic!("the broken fixture was accepted"),
        Err(e) => e,
    }
}

fn has_error(errors: &[DataError], file: &str, entry: &str, field: &str, needle: &str) -> bool {
    errors.iter().any(|e| {
        e.file == file && e.entry.contains(entry) && e.field == field && e.message.contains(needle)
    })
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn seed_text_round_trips_byte_for_byte() {
    let seed = std::fs::read_to_string("data/source/article.txt").unwrap();
    assert_eq!(DATASET.article_text(), seed);
    // The copy in data/ is the seed: its SHA-256 is pinned in data/article.toml, so a plain clone
    // checks it with nothing beside it.
    let article: toml::Table = std::fs::read_to_string("data/article.toml")
        .unwrap()
        .parse()
        .unwrap();
    let field = |k: &str| {
        article[k]
            .as_str()
            .unwrap_or_else(|| panic!("data/article.toml: `{k}` is a string"))
            .to_string()
    };
    let (pinned, seed_path) = (field("seed_sha256"), field("seed"));
    assert_eq!(
        sha256_hex(seed.as_bytes()),
        pinned,
        "data/source/article.txt does not have the SHA-256 that data/article.toml pins (seed_sha256)"
    );
    // Where the shared folder sits beside the repository (the team's machines and CI), the seed
    // there must be that same file.
    match std::fs::read(format!("../{seed_path}")) {
        Ok(shared) => assert_eq!(
            sha256_hex(&shared),
            pinned,
            "../{seed_path} differs from data/source/article.txt"
        ),
        Err(e) => eprintln!("../{seed_path} not compared ({e}); the pinned hash was"),
    }
    assert!(!seed.ends_with('\n'));
    // The sentence that runs on with no space ("…열린다.다시 만나서…") is kept that way.
    let p04 = DATASET
        .article
        .sentences
        .iter()
        .find(|s| s.id == "p04s1")
        .unwrap();
    assert!(p04.text.ends_with("열린다.") && p04.join.is_empty());
}

#[test]
fn embedded_dataset_equals_a_fresh_load() {
    let fresh = load(&sources()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(fresh, DATASET);
    let json = &longjiang_reader::core::export::dataset_json(&DATASET);
    assert!(json.contains("\"liangtou_shiwei\"") && json.contains("粮头食尾"));
}

/// Issue #19, each text once: the wasm's dataset names places in the texts file, not the texts;
/// the file holds every text of the dataset once; it is the one build.rs wrote, with the length
/// and hash the app checks it against.
#[test]
fn the_wasm_bakes_no_text_and_the_texts_file_holds_each_once() {
    use longjiang_reader::core::dataset::bake::bake_dataset;
    let fresh = load(&sources()).unwrap_or_else(|e| panic!("{e:#?}"));
    let (wasm_source, texts) = bake_dataset(&fresh, true);
    let (host_source, host_texts) = bake_dataset(&fresh, false);
    assert_eq!(texts, host_texts, "the file does not depend on the target");
    assert_eq!(texts, include_str!(concat!(env!("OUT_DIR"), "/texts.txt")));
    assert_eq!(
        TextsFile::of(&texts),
        longjiang_reader::core::dataset::TEXTS_FILE
    );
    // Texts, in every language, of every kind the cards and the article show.
    let mut all: Vec<&str> = Vec::new();
    for s in fresh.article.sentences {
        all.extend([s.text.as_str(), s.zh.as_str(), s.en.as_str()]);
    }
    for t in fresh.terms {
        all.extend(t.gloss.iter().map(|(_, g)| g.as_str()));
        all.extend(
            t.note
                .iter()
                .flat_map(|n| [n.ko, n.zh, n.en])
                .map(|n| n.as_str()),
        );
    }
    for f in fresh.false_friends {
        all.extend(f.note.iter().map(|(_, n)| n.as_str()));
    }
    for c in fresh.hanja_chars {
        all.extend([c.hunum.as_str(), c.meaning_en.as_str()]);
    }
    let long: Vec<&str> = all.iter().copied().filter(|t| t.len() >= 24).collect();
    assert!(long.len() > 600, "{} long texts", long.len());
    for t in &long {
        let literal = format!("{t:?}");
        assert!(!wasm_source.contains(&literal), "the wasm bakes {t:?}");
        assert!(
            host_source.contains(&literal),
            "the host's dataset has no {t:?}"
        );
    }
    // Nothing else: the distinct texts, end to end.
    let mut distinct: Vec<&str> = Vec::new();
    let mut at = 0;
    for cap in wasm_source.match_indices("Text::at(") {
        let rest = &wasm_source[cap.0 + 9..];
        let (start, rest) = rest.split_once(", ").unwrap();
        let len = rest.split_once(')').unwrap().0;
        let (start, len): (usize, usize) = (start.parse().unwrap(), len.parse().unwrap());
        if start == at {
            distinct.push(&texts[start..start + len]);
            at += len;
        }
    }
    assert_eq!(at, texts.len(), "the file is its texts and nothing more");
    let unique: std::collections::HashSet<&str> = distinct.iter().copied().collect();
    assert_eq!(unique.len(), distinct.len(), "a text is in the file twice");
    for t in &long {
        assert!(unique.contains(t), "{t:?} is not in the texts file");
    }
}

/// A texts file that is not the build's (another build's, a damaged download) is refused with
/// what was expected and what came; it is not installed.
#[test]
fn a_texts_file_from_another_build_is_refused() {
    let expected = longjiang_reader::core::dataset::TEXTS_FILE;
    let err = install_texts("another build's texts", expected).unwrap_err();
    assert_eq!(
        err,
        TextsError::Mismatch {
            expected,
            found: TextsFile::of("another build's texts")
        }
    );
    assert!(err
        .to_string()
        .starts_with("the texts file is not the one this build wrote (21 bytes"));
    assert_ne!(TextsFile::of("a"), TextsFile::of("b"));
}

#[test]
fn dataset_download_is_byte_for_byte_what_build_rs_validated() {
    // The download is serialised from the baked model at click time; build.rs wrote the same
    // dataset as JSON right after validating it (the prerender hook reads that file).
    let built = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));
    let served = longjiang_reader::core::export::dataset_json(&DATASET);
    assert!(served.len() > 100_000, "the whole dataset, not a stub");
    assert_eq!(served, built);
}

/// The download writes a text in three languages (`Tri`) as the data files do: three fields in
/// place (the article's Korean title plain `title`), `null` in each where an optional one is
/// absent.
#[test]
fn the_download_writes_a_text_in_three_languages_as_three_fields() {
    let json = longjiang_reader::core::export::dataset_json(&DATASET);
    let s = |v: &str| serde_json::to_string(v).unwrap();
    let t = DATASET.article.title;
    let (ko, zh, en) = (s(&t.ko), s(&t.zh), s(&t.en));
    assert!(json.contains(&format!(
        "\"title\":{ko},\"title_zh\":{zh},\"title_en\":{en},\"title_source\":"
    )));
    let e = DATASET.events[0];
    let (ko, zh, en, what) = (
        s(&e.title.ko),
        s(&e.title.zh),
        s(&e.title.en),
        s(&e.what.ko),
    );
    assert!(json.contains(&format!(
        "\"title_ko\":{ko},\"title_zh\":{zh},\"title_en\":{en},\"what_ko\":{what},"
    )));
    let p = DATASET.people.iter().find(|p| p.note.is_none()).unwrap();
    let nulls = "\"note_ko\":null,\"note_zh\":null,\"note_en\":null,\"mentions\":";
    assert!(json.contains(&format!("\"country\":{},{nulls}", s(p.country))));
}

#[test]
fn structure_has_headings_source_and_translator() {
    let kinds: Vec<(&str, ParagraphKind)> = DATASET
        .article
        .paragraphs
        .iter()
        .map(|p| (p.id, p.kind))
        .collect();
    let headings: Vec<&str> = kinds
        .iter()
        .filter(|(_, k)| *k == ParagraphKind::Heading)
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(headings, ["p05", "p11", "p16"]);
    let last = DATASET.paragraphs_text(DATASET.article.paragraphs.len() - 2);
    assert_eq!(last, "출처: 흑룡강일보");
    assert_eq!(
        DATASET.paragraphs_text(DATASET.article.paragraphs.len() - 1),
        "편역: 진종호"
    );
}

#[test]
fn every_glossary_form_is_marked_in_the_text() {
    assert!(DATASET.terms.len() > 40);
    let mut units = 0;
    for t in DATASET.terms {
        let unit = t.category == Category::Unit;
        units += unit as usize;
        for form in t.forms {
            let n = t
                .occurrences
                .iter()
                .filter(|o| {
                    let text = &DATASET.article.sentences[o.sentence as usize].text
                        [o.start as usize..o.end as usize];
                    // A unit's occurrence is the figure span that holds it.
                    if unit {
                        text.contains(form)
                            && DATASET.figures.iter().any(|f| {
                                f.sentence == o.sentence && (f.start, f.end) == (o.start, o.end)
                            })
                    } else {
                        text == *form
                    }
                })
                .count();
            assert!(n > 0, "{}: form {form} not marked", t.id);
        }
    }
    assert!(units > 0, "no unit terms to check");
    let count = |id: &str| {
        DATASET.terms[DATASET.term_index(id).unwrap()]
            .occurrences
            .len()
    };
    // Counted by hand in the seed (흑룡강성 alone, not inside 흑룡강성상무청 etc.).
    assert_eq!(count("liangtou_shiwei"), 2);
    assert_eq!(count("harbin"), 4);
    assert_eq!(count("mou"), 1);
    // Orthography notes inside a term are attached to it.
    let mou = &DATASET.terms[DATASET.term_index("mou").unwrap()];
    assert!(mou
        .ortho
        .iter()
        .any(|&o| DATASET.orthography[o as usize].id == "ryahae"));
}

#[test]
fn marks_do_not_overlap_and_cover_real_text() {
    assert!(DATASET.article.sentences.len() > 20);
    assert!(
        DATASET
            .article
            .sentences
            .iter()
            .map(|s| s.marks.len())
            .sum::<usize>()
            > 100
    );
    for s in DATASET.article.sentences {
        let mut last = 0;
        for m in s.marks {
            assert!(
                m.start >= last && m.end > m.start,
                "{}: overlapping marks",
                s.id
            );
            assert!(
                s.text.is_char_boundary(m.start as usize)
                    && s.text.is_char_boundary(m.end as usize)
            );
            last = m.end;
        }
    }
}

#[test]
fn figures_point_at_their_spans() {
    let f = &DATASET.figures[DATASET.figure_index("trade_2022").unwrap()];
    let s = &DATASET.article.sentences[f.sentence as usize];
    assert_eq!(&s.text[f.start as usize..f.end as usize], "34억 3,800만원");
    assert_eq!(f.value, 3_438_000_000.0);
    assert_eq!(f.unit, Unit::Cny);
    // Stated twice, and both agree.
    let again = &DATASET.figures[DATASET.figure_index("trade_2022_again").unwrap()];
    assert_eq!(
        again.same_as,
        Some(DATASET.figure_index("trade_2022").unwrap() as u32)
    );
    assert_eq!(again.value, f.value);
    let usd = &DATASET.figures[DATASET.figure_index("investment_total").unwrap()];
    assert_eq!(
        (usd.value, usd.unit, usd.bound),
        (2e9, Unit::Usd, Bound::Over)
    );
}

#[test]
fn derived_figures_match_hand_arithmetic() {
    let d = |id: &str| DATASET.derived_value(id).unwrap().value;
    // 3 438 000 000 / 1.465 = 2 346 757 679.18
    assert!((d("trade_2021") - 2_346_757_679.18).abs() < 1.0);
    // 2 212 000 000 / 1.664 = 1 329 326 923.08
    assert!((d("trade_h1_2022") - 1_329_326_923.08).abs() < 1.0);
    // 3 438 / 1 310 = 2.6244
    assert!((d("multiple_2017_2022") - 2.6244).abs() < 1e-4);
    // 2.6244^(1/5) = 1.21284 → 21.28 %
    assert!((d("cagr_2017_2022") - 21.28).abs() < 0.01);
    let f = DATASET.derived_value("trade_2021").unwrap().formula;
    assert_eq!(f, "3,438,000,000 ÷ (1 + 46.5%) = 2,346,757,679");
}

#[test]
fn events_and_people_resolve() {
    let week = DATASET
        .events
        .iter()
        .find(|e| e.id == "event_week")
        .unwrap();
    assert_eq!(week.start.to_string(), "2023-08-07");
    assert_eq!(week.end.unwrap().to_string(), "2023-08-11");
    let ra = DATASET
        .people
        .iter()
        .find(|p| p.id == "ra_jaehoon")
        .unwrap();
    assert_eq!(DATASET.article.sentences[ra.quotes[0] as usize].id, "p21s2");
    assert_eq!(
        DATASET.organisations[ra.organisation.unwrap() as usize].id,
        "twin_nano"
    );
    assert!(!DATASET.people.is_empty());
    for p in DATASET.people {
        assert!(!p.mentions.is_empty(), "{} never mentioned", p.id);
    }
}

/// The people panel and the glossary count the same thing (issue #20: 5 vs 4 for
/// 흑룡강성상무청, sentences against occurrences): for every person or organisation that is also
/// a glossary entry, its mention count is the glossary's count of the entries that spell its
/// names — its own entry's count when it has one name, the sum when the article uses an old name
/// with an entry of its own (한국중소기업진흥공단 for KOSME).
#[test]
fn people_and_glossary_counts_agree() {
    let table: toml::Table = sources().entities.parse().unwrap();
    let forms_of = |kind: &str, id: &str| -> Vec<String> {
        table[kind]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"].as_str() == Some(id))
            .unwrap()["forms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .collect()
    };
    let entities = DATASET
        .people
        .iter()
        .map(|p| ("person", p.id, p.term, p.mention_count, p.mentions.len()))
        .chain(DATASET.organisations.iter().map(|o| {
            (
                "organisation",
                o.id,
                o.term,
                o.mention_count,
                o.mentions.len(),
            )
        }));
    let mut checked = 0;
    for (kind, id, term, count, sentences) in entities {
        assert!(count as usize >= sentences, "{id}: {count} < {sentences}");
        let Some(term) = term else { continue };
        let forms = forms_of(kind, id);
        let naming: Vec<&Term> = DATASET
            .terms
            .iter()
            .filter(|t| t.forms.iter().any(|f| forms.iter().any(|g| g == f)))
            .collect();
        for f in &forms {
            assert!(
                naming.iter().any(|t| t.forms.iter().any(|x| x == f)),
                "{id}: \"{f}\" is no glossary form"
            );
        }
        let glossary: usize = naming.iter().map(|t| t.occurrences.len()).sum();
        assert_eq!(count as usize, glossary, "{id}: people panel vs glossary");
        let own = &DATASET.terms[term as usize];
        if naming.len() == 1 {
            assert_eq!(count as usize, own.occurrences.len(), "{id} vs {}", own.id);
        }
        checked += 1;
    }
    assert!(
        checked >= 10,
        "only {checked} entities with a glossary entry"
    );
    let hlj = DATASET
        .organisations
        .iter()
        .find(|o| o.id == "hlj_commerce")
        .unwrap();
    let term = &DATASET.terms[hlj.term.unwrap() as usize];
    assert_eq!(
        (
            hlj.mention_count,
            term.occurrences.len(),
            hlj.mentions.len()
        ),
        (5, 5, 4),
        "named five times in four sentences"
    );
}

#[test]
fn rates_come_from_the_reference_file() {
    let r = DATASET.rate(2022).unwrap();
    assert_eq!((r.usd_cny, r.usd_krw), (6.7261, 1291.95));
    assert!(r.source_usd_cny.contains("National Bureau of Statistics"));
    assert_eq!(DATASET.rates.len(), 4);
}

// ── Readings against real references ────────────────────────────────────────────────────────

#[test]
fn pinyin_agrees_with_the_pinyin_crate() {
    use ::pinyin::ToPinyinMulti;
    let mut checked = 0;
    for t in DATASET.terms {
        let (Some(h), Some(p)) = (t.hanzi_simplified, t.pinyin) else {
            continue;
        };
        let syl = pinyin::syllables(p).unwrap();
        for (ch, s) in h.chars().zip(&syl) {
            let readings: Vec<&str> = ch
                .to_pinyin_multi()
                .map(|m| m.into_iter().map(|r| r.with_tone()).collect())
                .unwrap_or_default();
            assert!(
                readings.contains(&s.to_lowercase().as_str()),
                "{}: {ch} is read {readings:?}, the glossary says {s}",
                t.id
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} syllables checked");
}

/// Sino-Korean readings differ between Chinese-Korean and South Korean spelling only in the
/// initial ㄹ/ㄴ/ㅇ (룡/용, 량/양, 록/녹): those are accepted as the same reading.
fn reading_variants(syllable: char) -> Vec<char> {
    let code = syllable as u32 - 0xAC00;
    let (initial, rest) = (code / (21 * 28), code % (21 * 28));
    let mut out = vec![syllable];
    if [2, 5, 11].contains(&initial) {
        for i in [2u32, 5, 11] {
            out.push(char::from_u32(0xAC00 + i * 21 * 28 + rest).unwrap());
        }
    }
    out
}

#[test]
fn sino_korean_readings_agree_with_the_hanja_dictionary() {
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for t in DATASET.terms {
        let Some(sk) = t.sino_korean else { continue };
        let Some(h) = t.hanzi_traditional.or(t.hanzi_simplified) else {
            continue;
        };
        for (ch, s) in h.chars().zip(sk.chars()) {
            let ok = reading_variants(s)
                .into_iter()
                .any(|v| hanja::get(v).is_some_and(|list| list.iter().any(|(c, _)| *c == ch)));
            if !ok {
                mismatches.push(format!("{}: {ch} read {s}", t.id));
            }
            checked += 1;
        }
    }
    // No exceptions are needed today; a reading kept on purpose would be listed here with why.
    assert!(
        mismatches.is_empty(),
        "readings not in the hanja dictionary: {mismatches:#?}"
    );
    assert!(checked > 100);
}

// ── Number and pinyin helpers ───────────────────────────────────────────────────────────────

#[test]
fn korean_numbers_parse() {
    let p = knum::parse_korean_number;
    assert_eq!(p("34억 3,800만원"), Some(3_438_000_000.0));
    assert_eq!(p("13억1000만원"), Some(1_310_000_000.0));
    assert_eq!(p("120여 개"), Some(120.0));
    assert_eq!(p("46.5%"), Some(46.5));
    assert_eq!(p("10만㎡"), Some(100_000.0));
    assert_eq!(p("세번째"), Some(3.0));
    assert_eq!(p("두달"), Some(2.0));
    assert_eq!(p("한 명"), Some(1.0));
    assert_eq!(p("원"), None);
    assert_eq!(knum::digit_runs("8월 7일부터 11일까지"), vec![8, 7, 11]);
}

#[test]
fn pinyin_splits_into_syllables() {
    assert_eq!(pinyin::syllables("Hā'ěrbīn").unwrap(), ["Hā", "ěr", "bīn"]);
    assert_eq!(pinyin::syllables("liángtóu shíwěi").unwrap().len(), 4);
    assert_eq!(
        pinyin::syllables("zhànlüèxìng").unwrap(),
        ["zhàn", "lüè", "xìng"]
    );
    assert!(pinyin::syllables("hello").is_none());
    // No apostrophe: the vowel-initial split is not allowed (ji-neng-ren, not jin-eng-ren).
    assert_eq!(
        pinyin::syllables("Jìnéngrén").unwrap(),
        ["Jì", "néng", "rén"]
    );
    assert!(pinyin::syllables("Haerbin").is_none());
    assert_eq!(pinyin::compact("Hā'ěrbīn"), "haerbin");
}

// ── Broken fixtures: each error is reported with file, entry and field ─────────────────────

#[test]
fn missing_field_is_named() {
    let mut s = sources();
    s.glossary = s
        .glossary
        .replacen("gloss_en = \"Harbin, capital of Heilongjiang\"\n", "", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/glossary.toml",
            "\"harbin\"",
            "gloss_en",
            "missing field"
        ),
        "{e:#?}"
    );
    assert!(e[0]
        .to_string()
        .starts_with("data/glossary.toml: [[term]] \"harbin\": field `gloss_en`"));
}

#[test]
fn span_not_in_text_is_reported() {
    let mut s = sources();
    s.figures = s
        .figures
        .replacen("span = \"34억 3,800만원\"", "span = \"35억 3,800만원\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/figures.toml",
            "\"trade_2022\"",
            "span",
            "is not found"
        ),
        "{e:#?}"
    );
}

#[test]
fn value_that_disagrees_with_its_span_is_reported() {
    let mut s = sources();
    s.figures = s
        .figures
        .replacen("value = 3438000000", "value = 3483000000", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/figures.toml",
            "\"trade_2022\"",
            "value",
            "says 3438000000"
        ),
        "{e:#?}"
    );
}

#[test]
fn wrong_sentence_id_is_reported() {
    let mut s = sources();
    s.figures = s
        .figures
        .replacen("sentence = \"p07s1\"", "sentence = \"p07s9\"", 1);
    s.events = s
        .events
        .replacen("sentences = [\"p06s1\"]", "sentences = [\"p99s1\"]", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/figures.toml",
            "\"date_may_meeting\"",
            "sentence",
            "no sentence with id \"p07s9\""
        ),
        "{e:#?}"
    );
    assert!(
        has_error(
            &e,
            "data/events.toml",
            "\"inspection_visit\"",
            "sentences",
            "p99s1"
        ),
        "{e:#?}"
    );
}

#[test]
fn duplicate_id_is_reported() {
    let mut s = sources();
    s.glossary = s.glossary.replacen("id = \"binxian\"", "id = \"binxi\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/glossary.toml",
            "\"binxi\"",
            "id",
            "duplicate id \"binxi\""
        ),
        "{e:#?}"
    );
}

#[test]
fn bad_pinyin_is_reported() {
    let mut s = sources();
    s.glossary = s
        .glossary
        .replacen("pinyin = \"Hā'ěrbīn\"", "pinyin = \"Haerbinx\"", 1);
    s.glossary = s
        .glossary
        .replacen("pinyin = \"liángtóu shíwěi\"", "pinyin = \"liángtóu\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/glossary.toml",
            "\"harbin\"",
            "pinyin",
            "not valid pinyin"
        ),
        "{e:#?}"
    );
    assert!(
        has_error(
            &e,
            "data/glossary.toml",
            "\"liangtou_shiwei\"",
            "pinyin",
            "2 syllables for 4 hanzi"
        ),
        "{e:#?}"
    );
}

#[test]
fn form_missing_from_the_article_is_reported() {
    let mut s = sources();
    s.glossary = s
        .glossary
        .replacen("forms = [\"할빈\"]", "forms = [\"하얼빈\"]", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/glossary.toml",
            "\"harbin\"",
            "forms",
            "\"하얼빈\" does not occur"
        ),
        "{e:#?}"
    );
}

#[test]
fn changed_article_text_breaks_the_round_trip() {
    let mut s = sources();
    s.article = s.article.replacen("량국 중소기업", "양국 중소기업", 1);
    let e = errors_of(&s);
    assert!(
        e.iter()
            .any(|e| e.file == "data/article.toml" && e.message.contains("do not rebuild")),
        "{e:#?}"
    );
}

#[test]
fn same_as_disagreement_is_reported() {
    // The repeated 2017 figure ("13억1000만원" in p10s1) claims to repeat the 2022 one.
    let mut s = sources();
    let repeat = "span = \"13억1000만원\"\nsame_as = \"trade_2017\"";
    assert!(s.figures.contains(repeat), "fixture text not found");
    s.figures = s.figures.replacen(
        repeat,
        "span = \"13억1000만원\"\nsame_as = \"trade_2022\"",
        1,
    );
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/figures.toml",
            "\"trade_2017_again\"",
            "same_as",
            "repeats \"trade_2022\" but disagrees with it (1310000000 2017"
        ),
        "{e:#?}"
    );
    // Agreeing on the value is not enough: the period must agree too.
    let mut s = sources();
    let period = "period = \"2017\"\nsentence = \"p10s1\"";
    assert!(s.figures.contains(period), "fixture text not found");
    s.figures = s
        .figures
        .replacen(period, "period = \"2018\"\nsentence = \"p10s1\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/figures.toml",
            "\"trade_2017_again\"",
            "same_as",
            "repeats \"trade_2017\" but disagrees"
        ),
        "{e:#?}"
    );
    // And a name that is no figure.
    let mut s = sources();
    s.figures = s
        .figures
        .replacen("same_as = \"trade_2017\"", "same_as = \"trade_2016\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/figures.toml",
            "\"trade_2017_again\"",
            "same_as",
            "no figure with id \"trade_2016\""
        ),
        "{e:#?}"
    );
}

#[test]
fn bad_rates_csv_is_reported() {
    let mut s = sources();
    s.rates = s.rates.replacen("2022,6.7261", "2022,abc", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/exchange_rates.csv",
            "line 4",
            "usd_cny/usd_krw",
            "positive numbers"
        ),
        "{e:#?}"
    );
}

#[test]
fn not_toml_is_reported_with_the_file_name() {
    let mut s = sources();
    s.events = "this is = = not toml".into();
    let e = errors_of(&s);
    assert!(
        e.iter()
            .any(|e| e.file == "data/events.toml" && e.message.contains("not valid TOML")),
        "{e:#?}"
    );
}

#[test]
fn unknown_keywords_name_the_field_and_list_the_allowed_values() {
    let mut s = sources();
    s.article = s
        .article
        .replacen("title_source = \"editorial\"", "title_source = \"ours\"", 1)
        .replacen("kind = \"heading\"", "kind = \"title\"", 1);
    s.glossary = s
        .glossary
        .replacen("category = \"place\"", "category = \"city\"", 1);
    s.orthography = s
        .orthography
        .replacen("rule = \"initial_sound\"", "rule = \"dialect\"", 1);
    s.figures = s
        .figures
        .replacen("kind = \"money\"", "kind = \"cash\"", 1)
        .replacen(
            "value = 46\nunit = \"firms\"",
            "value = 46\nunit = \"companies\"",
            1,
        )
        .replacen("bound = \"over\"", "bound = \"roughly\"", 1);
    let e = errors_of(&s);
    for (file, entry, field, needle) in [
        (
            "data/article.toml",
            "",
            "title_source",
            "\"ours\" is not one of source, editorial",
        ),
        (
            "data/article.toml",
            "[[paragraph]] \"p05\"",
            "kind",
            "\"title\" is not one of body, heading, source, translator",
        ),
        (
            "data/glossary.toml",
            "\"heilongjiang\"",
            "category",
            "\"city\" is not one of place, organisation, event, document, policy, economy, term, title, person, unit",
        ),
        (
            "data/orthography.toml",
            "\"liangguo\"",
            "rule",
            "\"dialect\" is not one of initial_sound, spelling, loanword, typo",
        ),
        (
            "data/figures.toml",
            "\"trade_2017\"",
            "kind",
            "\"cash\" is not one of money, percent, count, area, duration, date",
        ),
        (
            "data/figures.toml",
            "\"delegation_firms\"",
            "unit",
            "\"companies\" is not one of CNY, USD, percent, firms,",
        ),
        (
            "data/figures.toml",
            "\"korean_firms_invested\"",
            "bound",
            "\"roughly\" is not one of exact, about, over",
        ),
    ] {
        assert!(has_error(&e, file, entry, field, needle), "{needle}: {e:#?}");
    }
    let shown = e.iter().map(|e| e.to_string()).collect::<Vec<_>>();
    assert!(
        shown.contains(
            &"data/orthography.toml: [[note]] \"liangguo\": field `rule`: \"dialect\" is not one of initial_sound, spelling, loanword, typo"
                .to_string()
        ),
        "{shown:#?}"
    );
}

#[test]
fn a_nested_field_is_named_with_its_path() {
    let mut s = sources();
    s.article = s
        .article
        .replacen("id = \"p01s1\"\n", "id = \"p01s1\"\nsplit = true\n", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "[[paragraph]] \"p01\"",
            "sentence.split",
            "unknown field `split`"
        ),
        "{e:#?}"
    );
}

#[test]
fn page_facts_come_from_article_toml() {
    let a = DATASET.article;
    assert_eq!(a.credit, "출처: 흑룡강일보 · 편역: 진종호");
    assert!(a.description.contains(a.title.ko.as_str()));
    assert!(a.tagline.en.contains("Heilongjiang Daily"));
    let json = &longjiang_reader::core::export::dataset_json(&DATASET);
    assert!(json.contains("\"description\"") && json.contains("\"credit\""));
}

#[test]
fn the_title_in_chinese_and_english_is_checked_like_every_text_in_three_languages() {
    let a = DATASET.article;
    assert_eq!(a.title.en, "2023 Korean SMEs Longjiang Event Week");
    assert!(a.title.zh.contains("龙江"));
    let mut s = sources();
    s.article = s.article.replacen(
        "title_en = \"2023 Korean SMEs Longjiang Event Week\"",
        "title_en = \"2023 한국 중소기업 룡강 행사주간\"",
        1,
    );
    let e = errors_of(&s);
    assert!(
        e.iter()
            .any(|e| e.file == "data/article.toml" && e.field == "title_en"),
        "{e:#?}"
    );
    let mut s = sources();
    s.article = s
        .article
        .replacen("title_zh = \"2023韩国中小企业龙江活动周\"\n", "", 1);
    let e = errors_of(&s);
    assert!(
        e.iter().any(|e| e.file == "data/article.toml"
            && (e.field == "title_zh" || e.message.contains("title_zh"))),
        "{e:#?}"
    );
}

#[test]
fn broken_page_facts_are_reported() {
    let mut s = sources();
    s.article = s
        .article
        .replacen(
            "tagline_zh = \"借助汉字、拼音和韩国通行说法，阅读《黑龙江日报》朝鲜文版的报道\"",
            "tagline_zh = \"Read it\"",
            1,
        )
        .replacen("kind = \"source\"", "kind = \"body\"", 1)
        .replacen("kind = \"translator\"", "kind = \"body\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "",
            "tagline_zh",
            "has no Chinese characters"
        ),
        "{e:#?}"
    );
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "",
            "credit",
            "no `source` or `translator` paragraph"
        ),
        "{e:#?}"
    );
    let mut s = sources();
    s.article = s.article.replacen("description = ", "# description = ", 1);
    let e = errors_of(&s);
    assert!(
        has_error(&e, "data/article.toml", "", "description", "missing field"),
        "{e:#?}"
    );
    let mut s = sources();
    s.article = s.article.replacen(
        "\n\n[[paragraph]]",
        "\ncredit = \"Source: somewhere\"\n\n[[paragraph]]",
        1,
    );
    let e = errors_of(&s);
    assert!(
        has_error(&e, "data/article.toml", "", "credit", "must be Korean"),
        "{e:#?}"
    );
}

/// A sentence without its Chinese or English translation, or with one in the wrong script, stops
/// the build with the file, the sentence and the field named (issue #22).
#[test]
fn sentence_without_a_translation_is_reported() {
    let zh = "zh = \"这是今年以来韩国中小企业第三次组团来访。\"\n";
    let en = "en = \"This is the third group visit by Korean small and medium-sized enterprises this year.\"\n";
    let mut s = sources();
    assert!(s.article.contains(zh) && s.article.contains(en));
    s.article = s.article.replacen(zh, "", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "sentence \"p01s1\"",
            "zh",
            "is missing"
        ),
        "{e:#?}"
    );
    let shown: Vec<String> = e.iter().map(|e| e.to_string()).collect();
    assert!(
        shown.iter().any(|m| m.starts_with(
            "data/article.toml: sentence \"p01s1\": field `zh`: is missing: every sentence needs"
        )),
        "{shown:#?}"
    );

    let mut s = sources();
    s.article = s.article.replacen(en, "", 1);
    assert!(has_error(
        &errors_of(&s),
        "data/article.toml",
        "sentence \"p01s1\"",
        "en",
        "is missing"
    ));

    // A copy of the Chinese where the English belongs, and Korean where the Chinese belongs.
    let mut s = sources();
    s.article = s
        .article
        .replacen(en, "en = \"这是今年以来韩国中小企业第三次组团来访。\"\n", 1)
        .replacen(
            "zh = \"来源：《黑龙江日报》\"",
            "zh = \"출처: 흑룡강일보\"",
            1,
        );
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "sentence \"p01s1\"",
            "en",
            "has no English"
        ),
        "{e:#?}"
    );
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "sentence \"p23s1\"",
            "zh",
            "has no Chinese"
        ),
        "{e:#?}"
    );
}

/// The note that says whose translations they are is part of the article's facts, in ko, zh and en.
#[test]
fn translation_note_is_required_in_three_languages() {
    let mut s = sources();
    let start = s.article.find("translation_note_en = ").unwrap();
    let end = start + s.article[start..].find('\n').unwrap() + 1;
    s.article.replace_range(start..end, "");
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/article.toml",
            "",
            "translation_note_en",
            "is missing"
        ),
        "{e:#?}"
    );
}

/// The source line links to the report as the paper published it: `source_url` is an http(s)
/// address a browser opens as it is, and it is required.
#[test]
fn source_url_is_a_web_address() {
    assert!(DATASET
        .article
        .source_url
        .starts_with("http://kr.hljnews.cn/"));
    let line = |s: &Sources| {
        let start = s.article.find("source_url = ").unwrap();
        start..start + s.article[start..].find('\n').unwrap() + 1
    };
    for bad in [
        "kr.hljnews.cn/cww/con/2023-08/11/content_715111.html",
        "ftp://kr.hljnews.cn/content_715111.html",
        "javascript:alert(1)",
        "http://",
        "http://localhost/a",
        "https://kr.hljnews.cn/a b.html",
        "https://kr.hljnews.cn:/a",
        "https://kr.hljnews.cn/\"onmouseover=\"x",
    ] {
        let mut s = sources();
        let r = line(&s);
        s.article.replace_range(
            r,
            &format!(
                "source_url = \"{}\"\n",
                bad.replace('\\', "\\\\").replace('"', "\\\"")
            ),
        );
        let e = errors_of(&s);
        assert!(
            has_error(&e, "data/article.toml", "", "source_url", "web address"),
            "{bad}: {e:#?}"
        );
    }
    let mut s = sources();
    let r = line(&s);
    s.article.replace_range(r, "");
    let e = errors_of(&s);
    assert!(
        has_error(&e, "data/article.toml", "", "source_url", "missing"),
        "{e:#?}"
    );
}

// ── Charts: a chart is defined once, in data/charts.toml, and checked when the dataset loads ──

#[test]
fn chart_naming_a_missing_figure_is_reported() {
    // A bar (stated or derived) that names no figure: the build stops instead of drawing a bar
    // of no value.
    let mut s = sources();
    s.charts = s.charts.replacen("\"trade_2021\"", "\"trade_2020\"", 1);
    let e = errors_of(&s);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(
        e[0].to_string(),
        "data/charts.toml: [[chart]] \"trade\": field `bars`: no figure with id \"trade_2020\" \
         in data/figures.toml, nor a derived one (derive.rs)"
    );
    // A key-figure tile, and a growth rate above the bars.
    let mut s = sources();
    s.charts = s
        .charts
        .replacen("\"factory_area\"", "\"factory_areas\"", 1)
        .replacen("growth = \"growth_h1_2023\"", "growth = \"growth_h1\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/charts.toml",
            "[[chart]] \"key\"",
            "tiles",
            "no figure with id \"factory_areas\""
        ),
        "{e:#?}"
    );
    assert!(
        has_error(
            &e,
            "data/charts.toml",
            "[[chart]] \"half\"",
            "growth",
            "no figure with id \"growth_h1\""
        ),
        "{e:#?}"
    );
}

#[test]
fn renaming_a_figure_fails_the_chart_that_names_it() {
    let mut s = sources();
    s.figures = s
        .figures
        .replacen("id = \"factory_area\"", "id = \"factory_floor\"", 1);
    let e = errors_of(&s);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert!(
        has_error(
            &e,
            "data/charts.toml",
            "[[chart]] \"key\"",
            "tiles",
            "no figure with id \"factory_area\" in data/figures.toml"
        ),
        "{e:#?}"
    );
    // A figure a bar stands for: its selecting growth rate goes with it.
    let mut s = sources();
    s.figures = s
        .figures
        .replacen("id = \"growth_2022\"", "id = \"growth_2022_yoy\"", 1);
    let e = errors_of(&s);
    assert!(
        has_error(
            &e,
            "data/charts.toml",
            "[[chart]] \"trade\"",
            "selects.growth_2022",
            "no figure with id \"growth_2022\""
        ),
        "{e:#?}"
    );
}

#[test]
fn chart_entries_are_checked_against_the_app_and_the_figures() {
    let broken = |from: &str, to: &str| {
        let mut s = sources();
        assert!(s.charts.contains(from), "{from}");
        s.charts = s.charts.replacen(from, to, 1);
        errors_of(&s)
    };
    let charts = "data/charts.toml";
    // Every chart of the app has its entry, and no other.
    let e = broken("id = \"timeline\"", "id = \"timelines\"");
    assert!(
        has_error(
            &e,
            charts,
            "\"timelines\"",
            "id",
            "is not a chart of the app"
        ),
        "{e:#?}"
    );
    assert!(
        has_error(&e, charts, "[[chart]] \"timeline\"", "id", "missing"),
        "{e:#?}"
    );
    // A field only where the chart's kind has it.
    let e = broken(
        "id = \"key\"\n",
        "id = \"key\"\ncagr = \"cagr_2017_2022\"\n",
    );
    assert!(
        has_error(&e, charts, "\"key\"", "cagr", "does not apply"),
        "{e:#?}"
    );
    let e = broken("id = \"timeline\"\n", "id = \"timeline\"\ntiles = []\n");
    assert!(
        has_error(&e, charts, "\"timeline\"", "tiles", "does not apply"),
        "{e:#?}"
    );
    // Bars are yuan amounts; the growth above them a percent figure.
    let e = broken("\"trade_2017\", ", "\"factory_area\", ");
    assert!(
        has_error(&e, charts, "\"trade\"", "bars", "is not an amount in yuan"),
        "{e:#?}"
    );
    let e = broken("growth = \"growth_h1_2023\"", "growth = \"trade_h1_2023\"");
    assert!(
        has_error(&e, charts, "\"half\"", "growth", "is not a percent figure"),
        "{e:#?}"
    );
    // A figure selects one of the chart's bars; a repeat goes with the figure it repeats.
    let e = broken(
        "growth_2022 = \"trade_2022\"",
        "growth_2022 = \"trade_2023\"",
    );
    assert!(
        has_error(
            &e,
            charts,
            "\"trade\"",
            "selects.growth_2022",
            "not one of this chart's `bars`"
        ),
        "{e:#?}"
    );
    let e = broken(
        "growth_h1_2023 = \"trade_h1_2023\"",
        "growth_h1_2023_again = \"trade_h1_2023\"",
    );
    assert!(
        has_error(
            &e,
            charts,
            "\"half\"",
            "selects.growth_h1_2023_again",
            "repeats \"growth_h1_2023\""
        ),
        "{e:#?}"
    );
    // A tile is a figure of the text, once.
    let e = broken(
        "\"factory_area\",",
        "\"factory_area\", \"cagr_2017_2022\", \"firms_landed\",",
    );
    assert!(
        has_error(&e, charts, "\"key\"", "tiles", "is a derived figure"),
        "{e:#?}"
    );
    assert!(
        has_error(
            &e,
            charts,
            "\"key\"",
            "tiles",
            "\"firms_landed\" is listed twice"
        ),
        "{e:#?}"
    );
}

#[test]
fn charts_resolve_to_points_and_the_figures_that_select_them() {
    let chart = |id: &str| DATASET.chart(id).unwrap();
    let ids = |list: &[u32]| -> Vec<&str> {
        list.iter()
            .map(|&i| DATASET.figures[i as usize].id)
            .collect()
    };
    // The trade chart: 2017 and 2022 stated, 2021 derived (quoting the 2022 figure it comes
    // from), the 2022 bar selected by its repeat and its growth rate.
    let trade = chart("trade");
    assert_eq!(trade.kind, ChartKind::Bars);
    let values: Vec<&str> = trade
        .points
        .iter()
        .map(|p| DATASET.chart_value(p.value).0)
        .collect();
    assert_eq!(values, ["trade_2017", "trade_2021", "trade_2022"]);
    assert!(matches!(trade.points[1].value, ChartValue::Derived(_)));
    assert_eq!(
        trade.points[1].figure,
        DATASET.figure_index("trade_2022").map(|i| i as u32)
    );
    assert!(trade.points[1].selected_by.is_empty());
    assert_eq!(
        ids(trade.points[2].selected_by),
        ["trade_2022", "growth_2022", "trade_2022_again"]
    );
    let a = trade.annotation.unwrap();
    assert_eq!((a.kind, a.from, a.to), (GrowthKind::Cagr, 2017, 2022));
    let half = chart("half");
    assert_eq!(
        ids(half.points[1].selected_by),
        [
            "trade_h1_2023",
            "growth_h1_2023",
            "trade_h1_2023_again",
            "growth_h1_2023_again"
        ]
    );
    assert_eq!(half.annotation.unwrap().kind, GrowthKind::YearOnYear);
    // The timeline's points are the events, in order; the key figures' the tiles.
    let timeline = chart("timeline");
    assert_eq!(timeline.points.len(), DATASET.events.len());
    for (i, (p, e)) in timeline.points.iter().zip(DATASET.events).enumerate() {
        assert_eq!(p.value, ChartValue::Event(i as u32));
        assert_eq!(p.figure, e.figures.first().copied());
    }
    assert_eq!(chart("key").points.len(), 7);
}
