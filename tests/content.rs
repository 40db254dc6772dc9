//! Content regression tests (issue #10): each test pins one correction to the dataset so that the
//! old error cannot come back unnoticed. The loader already checks shapes (fields present, three
//! languages, scripts, readings against dictionaries); these tests check meaning: which hanzi a
//! term has, what a note says, that no guessed name is stated as fact.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::model::*;
use longjiang_reader::core::dataset::reading::same_reading;
use longjiang_reader::core::dataset::DATASET;
use longjiang_reader::core::export::dataset_json;
use longjiang_reader::core::search::search;

fn term(id: &str) -> &'static Term {
    &DATASET.terms[DATASET
        .term_index(id)
        .unwrap_or_else(|| panic!("no term \"{id}\""))]
}

/// The three notes of a term, which must all be there.
fn notes(t: &Term) -> [&'static str; 3] {
    match t.note {
        Some(n) => [n.ko.as_str(), n.zh.as_str(), n.en.as_str()],
        None => panic!("{}: needs note_ko, note_zh and note_en", t.id),
    }
}

fn sentence_id(i: u32) -> &'static str {
    DATASET.article.sentences[i as usize].id
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Every text of the dataset a reader can see, with where it comes from.
fn all_texts() -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for t in DATASET.terms {
        let w = |f: &str| format!("term {}.{f}", t.id);
        for (f, v) in [
            ("standard", Some(t.standard)),
            ("hanzi_simplified", t.hanzi_simplified),
            ("hanzi_traditional", t.hanzi_traditional),
            ("pinyin", t.pinyin),
            ("sino_korean", t.sino_korean),
            ("sino_korean_sk", t.sino_korean_sk),
            ("gloss_ko", Some(t.gloss.ko.as_str())),
            ("gloss_zh", Some(t.gloss.zh.as_str())),
            ("gloss_en", Some(t.gloss.en.as_str())),
            ("note_ko", t.note.map(|n| n.ko.as_str())),
            ("note_zh", t.note.map(|n| n.zh.as_str())),
            ("note_en", t.note.map(|n| n.en.as_str())),
        ] {
            if let Some(v) = v {
                out.push((w(f), v));
            }
        }
        for v in t.forms.iter().chain(t.variants) {
            out.push((w("forms/variants"), *v));
        }
    }
    for p in DATASET.people {
        let w = |f: &str| format!("person {}.{f}", p.id);
        for (f, v) in [
            ("name", Some(p.name)),
            ("role_ko", Some(p.role.ko.as_str())),
            ("role_zh", Some(p.role.zh.as_str())),
            ("role_en", Some(p.role.en.as_str())),
            ("note_ko", p.note.map(|n| n.ko.as_str())),
            ("note_zh", p.note.map(|n| n.zh.as_str())),
            ("note_en", p.note.map(|n| n.en.as_str())),
        ] {
            if let Some(v) = v {
                out.push((w(f), v));
            }
        }
    }
    for o in DATASET.organisations {
        for (f, v) in [
            ("name", o.name),
            ("name_zh", o.name_zh),
            ("name_en", o.name_en),
        ] {
            out.push((format!("organisation {}.{f}", o.id), v));
        }
    }
    for e in DATASET.events {
        for (f, v) in [
            ("title_ko", e.title.ko.as_str()),
            ("title_zh", e.title.zh.as_str()),
            ("title_en", e.title.en.as_str()),
            ("what_ko", e.what.ko.as_str()),
            ("what_zh", e.what.zh.as_str()),
            ("what_en", e.what.en.as_str()),
        ] {
            out.push((format!("event {}.{f}", e.id), v));
        }
    }
    for fig in DATASET.figures {
        for (f, v) in [
            ("label_ko", fig.label.ko.as_str()),
            ("label_zh", fig.label.zh.as_str()),
            ("label_en", fig.label.en.as_str()),
        ] {
            out.push((format!("figure {}.{f}", fig.id), v));
        }
    }
    for o in DATASET.orthography {
        for (f, v) in [
            ("explain_ko", o.explain.ko.as_str()),
            ("explain_zh", o.explain.zh.as_str()),
            ("explain_en", o.explain.en.as_str()),
        ] {
            out.push((format!("orthography {}.{f}", o.id), v));
        }
    }
    out
}

// ── The speech's three points: 老字号, 原字号, 新字号 ──────────────────────────────────────────

/// The second point, '심층개발전통산업', is 深度开发"原字号" (industries built on raw materials and
/// primary products), not "traditional industries": those are the 老字号 of the first point.
#[test]
fn second_point_is_deep_development_of_the_yuanzihao() {
    let t = term("deep_development");
    assert_eq!(t.forms, ["심층개발전통산업"]);
    let simp = t.hanzi_simplified.expect("hanzi");
    let trad = t.hanzi_traditional.expect("traditional hanzi");
    assert!(
        simp.contains("原字号") && simp.starts_with("深度开发"),
        "{simp}"
    );
    assert!(trad.contains("原字號"), "{trad}");
    assert!(
        !simp.contains("传统") && !trad.contains("傳統"),
        "{simp} / {trad}"
    );
    assert!(
        !t.gloss.en.to_lowercase().contains("traditional"),
        "gloss_en says 'traditional': {}",
        t.gloss.en.as_str()
    );
    assert!(!t.gloss.zh.contains("传统产业"), "{}", t.gloss.zh.as_str());
    assert!(t.gloss.zh.contains("原字号") && t.gloss.ko.contains("原字号"));
    // Restored from the formula, not read in a Chinese source: not "high".
    assert_ne!(t.confidence, Confidence::High);
}

/// All three points are glossed the same way and their notes name the whole triple.
#[test]
fn the_three_points_name_the_triple() {
    let first = term("gaizao_shengji");
    assert_eq!(first.forms, ["개조 업그레이드"]);
    assert!(first.hanzi_simplified.unwrap().contains("老字号"));
    assert!(first.hanzi_traditional.unwrap().contains("老字號"));
    for id in ["gaizao_shengji", "deep_development"] {
        for n in notes(term(id)) {
            for zihao in ["老字号", "原字号", "新字号"] {
                assert!(n.contains(zihao), "{id}: a note lacks {zihao}: {n}");
            }
        }
    }
    // The third point (신흥산업을 육성 = 培育壮大"新字号") is explained on the term inside it.
    for n in notes(term("strategic_emerging")) {
        assert!(n.contains("新字号"), "strategic_emerging: {n}");
    }
}

// ── KOSME: the current name and the old one ──────────────────────────────────────────────────

#[test]
fn kosme_current_name_has_its_own_hanzi_and_the_old_name_is_its_own_term() {
    let new = term("kosme");
    assert_eq!(new.forms, ["한국중소벤처기업진흥공단"]);
    let simp = new.hanzi_simplified.unwrap();
    assert!(simp.contains("风险"), "벤처 is 风险: {simp}");
    assert!(new.hanzi_traditional.unwrap().contains("風險"));
    assert!(
        new.gloss.zh.contains(simp),
        "gloss_zh \"{}\" and hanzi \"{simp}\" disagree",
        new.gloss.zh.as_str()
    );
    assert_eq!(new.occurrences.len(), 1);

    let old = term("kosme_old");
    assert_eq!(old.forms, ["한국중소기업진흥공단"]);
    assert_eq!(old.category, Category::Organisation);
    assert_eq!(old.hanzi_simplified, Some("韩国中小企业振兴公团"));
    assert_eq!(old.hanzi_traditional, Some("韓國中小企業振興公團"));
    assert_eq!(
        old.occurrences.len(),
        4,
        "the article uses the old name 4 times"
    );
    // Renamed on 1 April 2019, when the amended 중소기업진흥에 관한 법률 took effect (not 2018).
    for t in [new, old] {
        let [ko, zh, en] = notes(t);
        assert!(
            ko.contains("2019년 4월 1일")
                && zh.contains("2019年4月1日")
                && en.contains("1 April 2019"),
            "{}: the renaming date: {ko} / {zh} / {en}",
            t.id
        );
        for text in [
            ko,
            zh,
            en,
            t.gloss.ko.as_str(),
            t.gloss.zh.as_str(),
            t.gloss.en.as_str(),
        ] {
            assert!(!text.contains("2018"), "{}: {text}", t.id);
        }
    }

    // One agency: the organisation card is found under both names.
    let org = DATASET
        .organisations
        .iter()
        .find(|o| o.id == "kosme")
        .unwrap();
    let mentioned: Vec<&str> = org.mentions.iter().map(|&s| sentence_id(s)).collect();
    assert!(
        mentioned.contains(&"p04s1") && mentioned.contains(&"p13s1"),
        "{mentioned:?}"
    );
}

// ── Simplified and traditional forms are conversions of each other ─────────────────────────

/// 성남산업단지관리공단: the Chinese name 城南产业园区管理公团 and its traditional form, character by
/// character. Table: the five pairs are in the official simplification list (简化字总表: 產→产,
/// 業→业, 園→园, 區→区, 團→团); the other characters are the same in both scripts. The Korean
/// hanja name (城南産業團地管理公團) is a different word (團地, not 园区) and must not be paired
/// with the Chinese simplified form.
#[test]
fn seongnam_hanzi_are_an_exact_simplified_traditional_pair() {
    const TABLE: [(char, char); 10] = [
        ('城', '城'),
        ('南', '南'),
        ('产', '產'),
        ('业', '業'),
        ('园', '園'),
        ('区', '區'),
        ('管', '管'),
        ('理', '理'),
        ('公', '公'),
        ('团', '團'),
    ];
    let t = term("seongnam_complex");
    let simp: Vec<char> = t.hanzi_simplified.unwrap().chars().collect();
    let trad: Vec<char> = t.hanzi_traditional.unwrap().chars().collect();
    assert_eq!(simp.len(), trad.len());
    for (s, tr) in simp.iter().zip(&trad) {
        let want = TABLE
            .iter()
            .find(|(k, _)| k == s)
            .unwrap_or_else(|| panic!("{s} is not in the table: add it with its source"))
            .1;
        assert_eq!(*tr, want, "{s} converts to {want}, the data says {tr}");
    }
    assert_eq!(
        simp.iter().collect::<String>(),
        "城南产业园区管理公团",
        "the Chinese name of the agency"
    );
}

// ── No guessed hanzi for names given only in Hangul ──────────────────────────────────────────

#[test]
fn no_guessed_hanzi_for_people_or_korean_companies_anywhere() {
    // Once in the data as fact: 金相仁 for 김상인, 阿林 for 아림(사이언스).
    const GUESSES: [&str; 2] = ["金相仁", "阿林"];
    for g in GUESSES {
        assert!(
            !dataset_json(&DATASET).contains(g),
            "{g} is in the dataset JSON"
        );
        for (at, text) in all_texts() {
            assert!(!text.contains(g), "{at}: {text}");
        }
    }
    // A person term has no hanzi and no pinyin, is marked uncertain and says why in a note.
    let mut person_terms = 0;
    for t in DATASET
        .terms
        .iter()
        .filter(|t| t.category == Category::Person)
    {
        person_terms += 1;
        assert_eq!(
            (t.hanzi_simplified, t.hanzi_traditional, t.pinyin),
            (None, None, None),
            "{}: a person named only in Hangul has no hanzi",
            t.id
        );
        assert_eq!(t.confidence, Confidence::Uncertain, "{}", t.id);
        let [ko, zh, en] = notes(t);
        assert!(ko.contains("한자") && zh.contains("汉字") && en.contains("hanzi"));
    }
    assert!(person_terms >= 2);
    for p in DATASET.people {
        if let Some(i) = p.term {
            assert_eq!(
                DATASET.terms[i as usize].category,
                Category::Person,
                "{}",
                p.id
            );
        }
    }
}

/// Where a Korean text names a person or a Hangul-only company, its Chinese counterpart names
/// them with the same Hangul (no hanzi made up for the name).
#[test]
fn chinese_texts_keep_hangul_names() {
    let people: Vec<&str> = DATASET.people.iter().map(|p| p.name).collect();
    // Hangul-only: no glossary card, or a card without hanzi.
    let hangul_only = |o: &&longjiang_reader::core::dataset::model::Organisation| {
        o.term
            .is_none_or(|t| DATASET.terms[t as usize].hanzi_simplified.is_none())
    };
    let companies: Vec<&str> = DATASET
        .organisations
        .iter()
        .filter(hangul_only)
        .map(|o| o.name.trim_start_matches("㈜").trim_start_matches("(주)"))
        .collect();
    let mut pairs: Vec<(String, &str, &str)> = Vec::new();
    for e in DATASET.events {
        pairs.push((
            format!("event {} title", e.id),
            e.title.ko.as_str(),
            e.title.zh.as_str(),
        ));
        pairs.push((
            format!("event {} what", e.id),
            e.what.ko.as_str(),
            e.what.zh.as_str(),
        ));
    }
    for f in DATASET.figures {
        pairs.push((
            format!("figure {} label", f.id),
            f.label.ko.as_str(),
            f.label.zh.as_str(),
        ));
    }
    for p in DATASET.people {
        pairs.push((
            format!("person {} role", p.id),
            p.role.ko.as_str(),
            p.role.zh.as_str(),
        ));
    }
    for o in DATASET.organisations.iter().filter(hangul_only) {
        pairs.push((format!("organisation {} name", o.id), o.name, o.name_zh));
    }
    let mut checked = 0;
    for (at, ko, zh) in &pairs {
        for name in people.iter().chain(&companies) {
            if ko.contains(name) {
                checked += 1;
                assert!(
                    zh.contains(name),
                    "{at}: \"{ko}\" names {name}, \"{zh}\" does not"
                );
            }
        }
    }
    assert!(checked >= 5, "only {checked} names checked");
}

#[test]
fn person_ids_romanise_the_hangul_not_a_guessed_pinyin() {
    for gone in ["yu_xiaolin", "jin_zhonghao"] {
        assert!(DATASET.term_index(gone).is_none(), "term {gone}");
        assert!(
            !DATASET.people.iter().any(|p| p.id == gone),
            "person {gone}"
        );
    }
    let yu = DATASET
        .people
        .iter()
        .find(|p| p.id == "yu_hyorim")
        .expect("person yu_hyorim");
    assert_eq!(yu.name, "유효림");
    assert_eq!(DATASET.terms[yu.term.unwrap() as usize].id, "yu_hyorim");
    assert!(DATASET.people.iter().any(|p| p.id == "jin_jongho"));
    assert!(DATASET.people.iter().any(|p| p.id == "gi_eonyong"));
}

// ── Harbin ───────────────────────────────────────────────────────────────────────────────────

/// 할빈 follows "Harbin" as written in Russian (Харбин) / Japanese (ハルビン); it is neither the
/// Mandarin Hā'ěrbīn (South Korean 하얼빈) nor the Sino-Korean reading 합이빈.
#[test]
fn harbin_note_gives_the_real_origin() {
    let t = term("harbin");
    let [ko, zh, en] = notes(t);
    assert!(en.contains("Russian") && en.contains("Харбин"), "{en}");
    assert!(ko.contains("러시아") && zh.contains("俄语"));
    for n in [ko, zh, en] {
        assert!(n.contains("하얼빈") && n.contains("합이빈"), "{n}");
    }
    assert!(
        !en.contains("from the Mandarin sound rather"),
        "the old, wrong origin is back: {en}"
    );
    assert!(t.variants.contains(&"하얼빈"));
}

// ── 전환 = 转化 ──────────────────────────────────────────────────────────────────────────────

#[test]
fn jeonhwan_in_the_project_sentence_is_zhuanhua() {
    let t = term("zhuanhua");
    assert_eq!(t.forms, ["전환"]);
    assert_eq!(t.hanzi_simplified, Some("转化"));
    assert_eq!(t.hanzi_traditional, Some("轉化"));
    assert_eq!(t.pinyin, Some("zhuǎnhuà"));
    assert_eq!(t.sino_korean, Some("전화"), "轉化 is read 전화, not 전환");
    // The form has one meaning in this article: it occurs once, in p19s1, and in no other form.
    assert_eq!(DATASET.article_text().matches("전환").count(), 1);
    let at: Vec<&str> = t
        .occurrences
        .iter()
        .map(|o| sentence_id(o.sentence))
        .collect();
    assert_eq!(at, ["p19s1"]);
    for other in DATASET.terms.iter().filter(|o| o.id != t.id) {
        assert!(
            !other.forms.iter().any(|f| f.contains("전환")),
            "{} has a form with 전환",
            other.id
        );
    }
    let [ko, zh, en] = notes(t);
    assert!(ko.contains("轉換") && zh.contains("转化") && en.contains("switch"));
}

// ── Every entry complete in three languages ───────────────────────────────────────────────────

#[test]
fn every_term_has_three_glosses_and_notes_all_or_none() {
    for t in DATASET.terms {
        for (f, v) in [
            ("gloss_ko", t.gloss.ko.as_str()),
            ("gloss_zh", t.gloss.zh.as_str()),
            ("gloss_en", t.gloss.en.as_str()),
        ] {
            assert!(!v.trim().is_empty(), "{}: {f} is empty", t.id);
        }
        assert!(t.gloss.ko.chars().any(is_hangul), "{}", t.id);
        assert!(t.gloss.zh.chars().any(is_han), "{}", t.id);
        // A Korean gloss explains; it does not repeat the form.
        assert!(
            !t.forms.contains(&t.gloss.ko.as_str()) && t.gloss.ko.as_str() != t.standard,
            "{}: gloss_ko only repeats the form",
            t.id
        );
        let n = [
            t.note.map(|n| n.ko.as_str()),
            t.note.map(|n| n.zh.as_str()),
            t.note.map(|n| n.en.as_str()),
        ];
        assert!(
            n.iter().all(Option::is_some) || n.iter().all(Option::is_none),
            "{}: notes are all three or none",
            t.id
        );
        if let Some(zh) = t.note.map(|n| n.zh.as_str()) {
            assert!(zh.chars().any(is_han), "{}: note_zh is not Chinese", t.id);
        }
    }
    for p in DATASET.people {
        let n = [
            p.note.map(|n| n.ko.as_str()),
            p.note.map(|n| n.zh.as_str()),
            p.note.map(|n| n.en.as_str()),
        ];
        assert!(
            n.iter().all(Option::is_some) || n.iter().all(Option::is_none),
            "person {}: notes are all three or none",
            p.id
        );
        for v in [p.role.ko.as_str(), p.role.zh.as_str(), p.role.en.as_str()] {
            assert!(!v.trim().is_empty(), "person {}", p.id);
        }
    }
    for o in DATASET.orthography {
        assert!(o.explain.zh.chars().any(is_han), "orthography {}", o.id);
        assert!(!o.explain.ko.is_empty() && !o.explain.en.is_empty());
    }
    for o in DATASET.organisations {
        assert!(
            o.name_zh.chars().any(is_han),
            "organisation {}: name_zh \"{}\" is not Chinese",
            o.id,
            o.name_zh
        );
    }
}

// ── Readings: as the article writes them, South Korean derived ───────────────────────────────

#[test]
fn readings_are_spelt_as_the_article_spells_them() {
    for (id, article, sk) in [
        ("liangtou_shiwei", "량두식미", "양두식미"),
        ("longjiang", "룡강", "용강"),
        ("green_food", "록색식품", "녹색식품"),
        ("mou", "량해비망록", "양해비망록"),
        ("landing", "락지", "낙지"),
        ("heilongjiang", "흑룡강성", "흑룡강성"),
    ] {
        let t = term(id);
        assert_eq!(t.sino_korean, Some(article), "{id}");
        assert_eq!(t.sino_korean_sk, Some(sk), "{id}");
    }
    // Generally: where a form is itself the reading (up to ㄹ/ㄴ/ㅇ initials), the reading is
    // written exactly as the form, i.e. without the South Korean initial-sound law.
    for t in DATASET.terms {
        let Some(reading) = t.sino_korean else {
            continue;
        };
        for f in t.forms {
            if same_reading(f, reading) {
                assert_eq!(*f, reading, "{}: reading spelt the South Korean way", t.id);
            }
        }
    }
}

// ── Search by other spellings ────────────────────────────────────────────────────────────────

#[test]
fn places_and_the_typo_are_found_by_other_spellings() {
    for t in DATASET
        .terms
        .iter()
        .filter(|t| t.category == Category::Place)
    {
        assert!(!t.variants.is_empty(), "place {} has no variants", t.id);
    }
    let mou = term("mou");
    assert!(mou.variants.contains(&"량해각서") && mou.variants.contains(&"양해각서"));
    let top = |q: &str| {
        search(DATASET.terms, q)
            .first()
            .map(|h| DATASET.terms[h.term].id)
    };
    for (q, id) in [
        ("량해각서", "mou"),
        ("양해각서", "mou"),
        ("하얼빈", "harbin"),
        ("헤이룽장성", "heilongjiang"),
        ("용강", "longjiang"),
        ("중소벤처기업진흥공단", "kosme"),
        ("중소기업진흥공단", "kosme_old"),
    ] {
        assert_eq!(top(q), Some(id), "search \"{q}\"");
    }
}

/// A Chinese name the notes call rebuilt from the Korean is a reconstruction: its confidence is
/// `low` or `uncertain`, so it shows as a guess, never as an official name.
#[test]
fn names_rebuilt_from_the_korean_are_marked_as_guesses() {
    let mut checked = 0;
    for t in DATASET.terms {
        let Some(note) = t.note.map(|n| n.en.as_str()) else {
            continue;
        };
        let n = note.to_lowercase();
        if [
            "rebuilt from",
            "back-translat",
            "reconstruct",
            "gives no chinese name",
            "is not in the article",
        ]
        .iter()
        .any(|w| n.contains(w))
        {
            checked += 1;
            assert!(
                t.confidence.is_guess(),
                "{}: the note says the Chinese is rebuilt, but confidence is {}",
                t.id,
                t.confidence.key()
            );
        }
    }
    assert!(checked >= 3, "only {checked} rebuilt names found");
}

// ── Editor's corrections (issue #22) ─────────────────────────────────────────────────────────

fn person(id: &str) -> &'static Person {
    DATASET
        .people
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no person \"{id}\""))
}

fn organisation(id: &str) -> &'static Organisation {
    DATASET
        .organisations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no organisation \"{id}\""))
}

fn figure(id: &str) -> &'static Figure {
    &DATASET.figures[DATASET
        .figure_index(id)
        .unwrap_or_else(|| panic!("no figure \"{id}\""))]
}

/// Every Chinese text of the dataset a reader can see (glosses, notes, roles, names, events,
/// figure labels, spelling notes, and the sentences' Chinese translations), with where it is.
fn chinese_texts() -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = all_texts()
        .into_iter()
        .filter(|(at, _)| at.ends_with("_zh"))
        .collect();
    out.push((
        "article.tagline_zh".into(),
        DATASET.article.tagline.zh.as_str(),
    ));
    out.push((
        "article.edition_zh".into(),
        DATASET.article.edition.zh.as_str(),
    ));
    for d in DATASET.derived {
        out.push((format!("derived {}.label_zh", d.id), d.label.zh.as_str()));
    }
    out.push((
        "article.translation_note_zh".into(),
        DATASET.article.translation_note.zh.as_str(),
    ));
    for s in DATASET.article.sentences {
        out.push((format!("sentence {}.zh", s.id), s.zh.as_str()));
    }
    out
}

/// 한국기능인협회 is no known body: what the article says of it points to the Skilled Koreans
/// Association, (사)기능한국인회 (also 기능한국인협회), whose members are the winners of the
/// Ministry of Employment and Labor's monthly 이달의 기능한국인 award (since 2006). Its card,
/// its organisation entry and 윤통섭's role say so in every language; the old English name,
/// "Korea Skilled Workers Association", is gone.
#[test]
fn skilled_workers_association_is_the_skilled_koreans_association() {
    let t = term("skilled_workers_assoc");
    assert_eq!(t.forms, ["한국기능인협회"], "the article's form stays");
    assert_eq!(t.standard, "기능한국인회");
    assert!(t.variants.contains(&"기능한국인협회"));
    assert!(t.gloss.ko.contains("(사)기능한국인회") && t.gloss.ko.contains("이달의 기능한국인"));
    assert!(t.gloss.zh.contains("技能韩国人会") && t.gloss.zh.contains("2006"));
    assert!(t.gloss.en.contains("Skilled Koreans Association") && t.gloss.en.contains("2006"));
    let [ko, zh, en] = notes(t);
    assert!(
        ko.contains("고용노동부")
            && zh.contains("雇佣劳动部")
            && en.contains("Ministry of Employment and Labor")
    );
    assert!(
        t.confidence.is_guess(),
        "韩国技能人协会 is a literal rendering"
    );
    let yoon = person("yoon_tongseop");
    assert!(
        yoon.role.ko.contains("기능한국인회"),
        "{}",
        yoon.role.ko.as_str()
    );
    assert!(
        yoon.role.zh.contains("技能韩国人会"),
        "{}",
        yoon.role.zh.as_str()
    );
    assert!(
        yoon.role.en.contains("Skilled Koreans Association"),
        "{}",
        yoon.role.en.as_str()
    );
    let org = organisation("skilled_workers_assoc");
    assert!(
        org.name_en.contains("Skilled Koreans Association") && org.name_zh.contains("技能韩国人会")
    );
    for (at, text) in all_texts() {
        assert!(
            !text.contains("Skilled Workers Association"),
            "{at}: {text}"
        );
    }
    let top = search(DATASET.terms, "기능한국인회");
    assert_eq!(top.first().map(|h| DATASET.terms[h.term].id), Some(t.id));
}

/// A Chinese name we rebuilt from the Korean is marked as such wherever it is written, as on its
/// card: followed by 暂译 ("tentative translation"), never in 《》 as an official title.
#[test]
fn guessed_chinese_names_carry_zanyi_in_free_text() {
    const GUESSED: [&str; 3] = [
        "中韩（黑龙江）产业投资合作促进备忘录",
        // 中韩高科技谷, also where a label shortens it.
        "高科技谷",
        "韩国技能人协会",
    ];
    let mut seen = 0;
    for (at, text) in chinese_texts() {
        for name in GUESSED {
            for (i, _) in text.match_indices(name) {
                seen += 1;
                let after = text[i + name.len()..].trim_start_matches(['”', '’']);
                assert!(
                    after.starts_with("（暂译") || after.starts_with("，暂译"),
                    "{at}: \"{name}\" without 暂译: {text}"
                );
                assert!(
                    !text[..i].ends_with('《'),
                    "{at}: \"{name}\" in 《》: {text}"
                );
            }
        }
    }
    assert!(seen >= 6, "only {seen} mentions checked");
    for t in DATASET.terms.iter().filter(|t| t.confidence.is_guess()) {
        assert!(
            !t.gloss.zh.contains('《'),
            "{}: {}",
            t.id,
            t.gloss.zh.as_str()
        );
    }
}

/// 120여 개 is "more than 120" (여 = 余, as in 120余家企业), not "about 120": the figure's bound is
/// `over`, it reads so in every language, and the counter's card says 여 = 余.
#[test]
fn firms_invested_are_more_than_120() {
    use longjiang_reader::core::format::figure_value;
    use longjiang_reader::core::i18n::Lang;
    let f = figure("korean_firms_invested");
    assert_eq!((f.value, f.bound), (120.0, Bound::Over));
    assert_eq!(figure_value(f, Lang::Ko), "120여 개 기업");
    assert_eq!(figure_value(f, Lang::Zh), "120余家企业");
    assert_eq!(figure_value(f, Lang::En), "more than 120 firms");
    let [ko, zh, en] = notes(term("unit_counter"));
    assert!(ko.contains("여(餘)") && ko.contains("余"), "{ko}");
    assert!(zh.contains("“여”（餘）就是中文的“余”"), "{zh}");
    assert!(
        en.contains("여 (餘) is Chinese 余") && en.contains("more than 120"),
        "{en}"
    );
}

/// 높은 대외개방 renders the fixed phrase 高水平对外开放 ("opening up at a high level"), and its
/// card is on the whole phrase.
#[test]
fn high_opening_up_is_gaoshuiping_duiwai_kaifang() {
    let t = term("opening_up");
    assert_eq!(t.forms, ["높은 대외개방"]);
    assert_eq!(t.hanzi_simplified, Some("高水平对外开放"));
    assert_eq!(t.hanzi_traditional, Some("高水平對外開放"));
    assert!(t.gloss.zh.starts_with("高水平对外开放"));
    let at: Vec<&str> = t
        .occurrences
        .iter()
        .map(|o| sentence_id(o.sentence))
        .collect();
    assert_eq!(at, ["p13s1"]);
    assert_ne!(
        t.confidence,
        Confidence::High,
        "the Chinese is not in the article"
    );
}

/// 신흥산업 at the speech's third point renders 培育壮大"新字号": its own card says so.
#[test]
fn third_point_emerging_industries_is_the_xinzihao() {
    let t = term("emerging_industries");
    assert!(
        t.gloss.zh.contains("培育壮大“新字号”"),
        "{}",
        t.gloss.zh.as_str()
    );
    for n in notes(t) {
        assert!(n.contains("培育壮大“新字号”"), "{n}");
        for zihao in ["老字号", "原字号"] {
            assert!(n.contains(zihao), "{n}");
        }
    }
}

/// 률 → 율 in 증가율 is a spelling rule (after a vowel or ㄴ), not the initial-sound law.
#[test]
fn growth_rate_note_names_the_spelling_rule() {
    let [ko, zh, en] = notes(term("growth_rate"));
    assert!(
        ko.contains("모음이나 'ㄴ' 받침 뒤") && ko.contains("두음 법칙과는 다른"),
        "{ko}"
    );
    assert!(zh.contains("拼写规则") && zh.contains("不是"), "{zh}");
    assert!(
        en.contains("spelling rule, not the initial-sound law"),
        "{en}"
    );
    assert!(!ko.contains("두음 법칙을 적용하지 않은"), "{ko}");
}

/// The Korean gloss of 전환 starts from the word as written: 전환 → 转化.
#[test]
fn zhuanhua_gloss_leads_with_the_form() {
    assert!(term("zhuanhua").gloss.ko.starts_with("전환 → 转化"));
}

/// 라 as a surname: South Korea has allowed it (and 류, 리 …) since 2007, so 라재훈 may simply be a
/// South Korean name; the note does not call 나 "the South Korean spelling".
#[test]
fn ra_is_a_south_korean_surname_since_2007() {
    let p = person("ra_jaehoon");
    for n in [
        p.note.map(|n| n.ko.as_str()),
        p.note.map(|n| n.zh.as_str()),
        p.note.map(|n| n.en.as_str()),
    ] {
        assert!(n.expect("a note").contains("2007"), "{n:?}");
    }
    assert!(!p.note.map(|n| n.ko.as_str()).unwrap().contains("나재훈"));
}

/// 빈현 already follows the South Korean rules (an administrative unit is written in
/// Sino-Korean, as in 헤이룽장성); the Chinese note says what a 县 is.
#[test]
fn binxian_follows_the_loanword_rules() {
    let t = term("binxian");
    assert_eq!(t.standard, "빈현");
    let [ko, zh, en] = notes(t);
    assert!(ko.contains("표기법에도 맞는") && en.contains("does not follow the rules"));
    assert!(zh.starts_with("县是一种行政区划单位。"), "{zh}");
    assert!(term("binxi").gloss.zh.starts_with("宾西镇，属哈尔滨市宾县"));
}

/// Chinese texts use Chinese: 三篇大文章 (the formula's own words), no 外局 (a Korean and
/// Japanese word), 食品行业 for 식품업계, one name for the Korean language (朝鲜语 / 朝鲜文, never
/// 韩语, 韩国语 or 韩文), and 트윈나노 as the Korean transcription of Twin Nano.
#[test]
fn chinese_texts_use_chinese_words() {
    for (at, text) in chinese_texts() {
        for bad in [
            "外局",
            "三篇文章",
            "韩语",
            "韩国语",
            "韩文",
            "英文名称所转写",
            "韩文名称所转写",
        ] {
            assert!(!text.contains(bad), "{at}: \"{bad}\" in {text}");
        }
    }
    for id in ["gaizao_shengji", "deep_development", "strategic_emerging"] {
        assert!(
            term(id)
                .note
                .map(|n| n.zh.as_str())
                .unwrap()
                .contains("三篇大文章"),
            "{id}"
        );
    }
    assert!(term("food").gloss.zh.contains("食品行业"));
    assert!(term("twin_nano")
        .note
        .map(|n| n.zh.as_str())
        .unwrap()
        .contains("英文 Twin Nano 的朝鲜文音译"));
}

/// Chinese texts take full-width punctuation and curly quotes: no ASCII quotes (an apostrophe
/// inside pinyin aside), colons, semicolons or slashes, and ASCII brackets only inside a Korean
/// form quoted as written ((주)트윈나노, 흑룡강(성)).
#[test]
fn chinese_texts_use_full_width_punctuation() {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic() && (c as u32) < 0x2000);
    for (at, text) in chinese_texts() {
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let (prev, next) = (
                i.checked_sub(1).map(|j| chars[j]),
                chars.get(i + 1).copied(),
            );
            let ok = match c {
                '\'' => latin(prev) && latin(next),
                '"' | ':' | ';' => false,
                '/' => latin(prev) && latin(next),
                '(' => prev.is_some_and(is_hangul) || next.is_some_and(is_hangul),
                ')' => prev.is_some_and(is_hangul) || next.is_some_and(is_hangul),
                _ => true,
            };
            assert!(ok, "{at}: ASCII {c:?} at {i}: {text}");
        }
    }
}

/// Where an ASCII `:` `(` `)` `/` `;` or `"` stands next to Chinese text (a hanzi or Chinese
/// punctuation on either side, spaces skipped) — where Chinese writes ：（）／；“” — as
/// (character, byte offset). Allowed: inside a URL, next to Hangul (a Korean form quoted as
/// written: (주)트윈나노), between Latin letters or digits (j/k, (1 + 46.5%), 2023-08-07/…),
/// and the "/" key itself before 搜索 ("按 / 搜索").
fn ascii_punctuation_in_chinese(text: &str) -> Option<(char, usize)> {
    let chinese = |c: char| {
        is_han(c)
            || ('\u{3000}'..='\u{303F}').contains(&c)
            || ('\u{FF00}'..='\u{FFEF}').contains(&c)
            || "“”‘’".contains(c)
    };
    let url_at = |i: usize| {
        let start = text[..i].rfind(char::is_whitespace).map_or(0, |s| s + 1);
        let end = text[i..]
            .find(char::is_whitespace)
            .map_or(text.len(), |e| i + e);
        let word = &text[start..end];
        word.contains("://") || word.contains("www.")
    };
    for (i, c) in text.char_indices() {
        if !":()/;\"".contains(c) {
            continue;
        }
        let prev = text[..i].chars().rev().find(|c| *c != ' ');
        let next = text[i + 1..].chars().find(|c| *c != ' ');
        let korean = prev.is_some_and(is_hangul) || next.is_some_and(is_hangul);
        let slash_key = c == '/' && text[i + 1..].starts_with(" 搜索");
        if (prev.is_some_and(chinese) || next.is_some_and(chinese))
            && !korean
            && !slash_key
            && !url_at(i)
        {
            return Some((c, i));
        }
    }
    None
}

/// Every Chinese text a reader can meet — the interface strings (i18n `K::ALL`), every Chinese
/// field of the data, and what the code writes in Chinese from them (chart titles, notes,
/// annotations, tooltips and table cells, descriptions for screen readers, figures, periods, the
/// rate note and sources, the credit and citation, the figures CSV) — uses full-width punctuation
/// (：（）／；) between Chinese text, and the two the editor named read as written:
/// "2017—2022年年均增长21.3%" (no "+") and 计算公式：….
#[test]
fn every_chinese_text_uses_full_width_punctuation() {
    use longjiang_reader::charts::{self, points, Spec};
    use longjiang_reader::core::describe;
    use longjiang_reader::core::export::figures_csv;
    use longjiang_reader::core::format::{self, Currency};
    use longjiang_reader::core::i18n::{Lang, K};
    use longjiang_reader::core::url_state::ChartId;
    let zh = Lang::Zh;
    let mut texts: Vec<(String, String)> = Vec::new();
    for k in K::ALL {
        texts.push((format!("i18n {k:?}"), k.get(zh).to_string()));
    }
    for (at, t) in chinese_texts() {
        texts.push((at, t.to_string()));
    }
    for cur in Currency::ALL {
        for chart in ChartId::ALL {
            let at = |what: &str| format!("chart {chart:?} {cur:?} {what}");
            let title = points::title(chart).get(zh);
            match charts::spec(&DATASET, chart, cur, zh) {
                Spec::Bars(b) => {
                    texts.push((at("description"), charts::describe_bars(&b, title)));
                    for n in charts::bar_notes(&DATASET, &b) {
                        texts.push((at("note"), n));
                    }
                    let mut parts = vec![
                        b.subtitle.clone(),
                        b.legend_stated.clone(),
                        b.legend_derived.clone(),
                    ];
                    parts.extend(b.annotation.clone());
                    for bar in &b.bars {
                        parts.extend([bar.label.clone(), bar.value_text.clone(), bar.kind.clone()]);
                        parts.extend(bar.converted_from.clone());
                    }
                    for p in parts {
                        texts.push((at("text"), p));
                    }
                }
                Spec::Timeline(t) => {
                    texts.push((at("description"), charts::describe_timeline(&t, title)));
                    texts.extend(t.subtitle.clone().map(|s| (at("subtitle"), s)));
                }
            }
            for p in points::points(&DATASET, chart, cur, zh) {
                let tip = points::tip(&DATASET, &p, zh, None);
                texts.extend(tip.formula.map(|f| (at("tooltip formula"), f)));
                texts.push((at("table"), points::table_kind(&p).join("\n")));
            }
        }
        let csv = figures_csv(&DATASET, zh, cur);
        for (n, line) in csv.lines().enumerate() {
            // Less the source sentences: the article's own text, quoted as printed.
            let own = DATASET
                .article
                .sentences
                .iter()
                .fold(line.to_string(), |l, s| {
                    l.replace(&s.text.replace('"', "\"\""), "")
                });
            texts.push((format!("figures CSV {cur:?} line {n}"), own));
        }
    }
    for f in DATASET.figures {
        texts.push((
            format!("figure {} value", f.id),
            format::figure_value(f, zh),
        ));
        texts.push((
            format!("figure {} period", f.id),
            format::period(f.period, zh),
        ));
    }
    for r in DATASET.rates {
        let at = format!("rate {}", r.year);
        texts.extend(format::rate_note(&DATASET, r.year, zh).map(|n| (at.clone(), n)));
        for src in [r.source_usd_cny, r.source_usd_krw] {
            texts.push((at.clone(), describe::rate_source(src, r.year, zh).0));
        }
    }
    let years: Vec<u16> = DATASET.rates.iter().map(|r| r.year).collect();
    texts.push((
        "rate sources".into(),
        format::rate_sources(&DATASET, &years, Currency::Krw, zh),
    ));
    texts.push(("credit".into(), format::source_credit(&DATASET, zh)));
    texts.push(("citation".into(), describe::citation(&DATASET, zh)));
    texts.push(("footer credit".into(), describe::credit(&DATASET, zh)));
    for si in 0..DATASET.article.sentences.len() as u32 {
        texts.push((
            format!("sentence {si} place"),
            describe::sentence_place(&DATASET, si, zh),
        ));
    }
    assert!(texts.len() > 500, "only {} texts", texts.len());
    let bad: Vec<String> = texts
        .iter()
        .filter_map(|(at, t)| {
            let (c, i) = ascii_punctuation_in_chinese(t)?;
            Some(format!("{at}: ASCII {c:?} at {i}: {t}"))
        })
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));

    // The two the editor named.
    let trade = charts::trade_bars(&DATASET, Currency::Cny, zh);
    assert!(trade
        .annotation
        .unwrap()
        .starts_with("2017—2022年年均增长21.3%"));
    let trade = points::points(&DATASET, ChartId::Trade, Currency::Cny, zh);
    let d = trade.iter().find(|p| p.derived.is_some()).unwrap();
    let formula = points::tip(&DATASET, d, zh, None).formula.unwrap();
    assert!(formula.starts_with("计算公式："), "{formula}");
    // The checker itself: what it must catch and what it must let be.
    for bad in [
        "单位: 元",
        "推算值 (元)",
        "第1处 / 共3处",
        "计算公式: 1",
        "2017年)",
        "来源;",
    ] {
        assert!(ascii_punctuation_in_chinese(bad).is_some(), "{bad}");
    }
    for good in [
        "“(주)트윈나노”",
        "快捷键：j/k 下一个／上一个词",
        "按 / 搜索",
        "计算公式：3 ÷ (1 + 46.5%) = 2",
        "见 https://example.org/a:b 页",
        "2023-08-07/2023-08-11",
        "US$1 = CNY 6.7518",
    ] {
        assert_eq!(ascii_punctuation_in_chinese(good), None, "{good}");
    }
}

/// The Anki deck for a Chinese reader labels its fields with a full-width colon (该词汉字：…).
#[test]
fn chinese_anki_deck_labels_take_a_full_width_colon() {
    use longjiang_reader::core::i18n::Lang;
    use longjiang_reader::core::study::{anki_deck, Pick};
    let picks: Vec<Pick> = (0..DATASET.terms.len() as u32)
        .map(|term| Pick { term, form: None })
        .collect();
    let deck = anki_deck(&DATASET, &picks, &[], Lang::Zh, "https://example.org/");
    assert!(
        deck.contains("<div>该词汉字：") && deck.contains("<div>释义："),
        "{deck}"
    );
    for label in ["该词汉字", "中文", "发音", "释义", "注释", "中文译文"] {
        assert!(!deck.contains(&format!("<div>{label}: ")), "{label}");
    }
}

/// Hedged where the Chinese is not in the article: 당선자 (当选者) and 디지털 (数字) are the likely
/// renderings, `medium`, not attested.
#[test]
fn selected_winners_and_digital_are_hedged() {
    for id in ["selected_winners", "digital"] {
        let t = term(id);
        assert_eq!(t.confidence, Confidence::Medium, "{id}");
        let [ko, zh, en] = notes(t);
        assert!(
            ko.contains("기사에 없다") && zh.contains("文章没有给出中文原文"),
            "{id}"
        );
        assert!(
            en.contains("Probably") || en.contains("most likely"),
            "{id}: {en}"
        );
    }
}

/// The first-half trade figure is trade with Korea, as the 2017 and 2022 figures say.
#[test]
fn first_half_trade_is_trade_with_korea() {
    let f = figure("trade_h1_2023");
    assert!(
        f.label.ko.contains("대한국")
            && f.label.zh.contains("对韩")
            && f.label.en.contains("with Korea")
    );
}

// ── Every sentence translated (issue #22, item 1) ────────────────────────────────────────────

/// Text with the punctuation a translation may put around or inside a term removed (quotes,
/// brackets, dashes, spaces), so that 改造升级“老字号” matches the card's 改造升级老字号 and
/// 中韩（黑龙江）… the card's 中韩黑龙江….
fn bare(s: &str) -> String {
    s.chars()
        .filter(|c| !"“”‘’（）()—–- 《》".contains(*c))
        .collect()
}

/// Every sentence, headings and credit lines included, has a Chinese and an English translation,
/// and the dataset says whose they are: this edition's, not the source.
#[test]
fn every_sentence_has_both_translations() {
    for s in DATASET.article.sentences {
        // Chinese, with Hangul only for a name given only in Hangul (유효림, ㈜한국아림사이언스).
        let names = DATASET
            .people
            .iter()
            .map(|p| p.name)
            .chain(DATASET.organisations.iter().map(|o| o.name));
        let rest = names.fold(s.zh.to_string(), |z, n| z.replace(n, ""));
        assert!(
            rest.chars().any(is_han) && !rest.chars().any(is_hangul),
            "{}: zh \"{}\"",
            s.id,
            s.zh
        );
        // English: mostly Latin letters (a Korean name may follow in brackets).
        let latin = s.en.chars().filter(char::is_ascii_alphabetic).count();
        assert!(
            latin > 3 * s.en.chars().filter(|c| !c.is_ascii()).count(),
            "{}: en \"{}\"",
            s.id,
            s.en
        );
    }
    let a = DATASET.article;
    assert!(
        a.translation_note.ko.contains("롱장 리더")
            && a.translation_note.ko.contains("원문이 아니다")
    );
    assert!(
        a.translation_note.zh.contains("龙江阅读器") && a.translation_note.zh.contains("并非原文")
    );
    assert!(
        a.translation_note
            .en
            .contains("Longjiang Reader's own, not the source")
            && a.translation_note.en.contains("not found")
    );
    // The download carries them.
    let json = dataset_json(&DATASET);
    assert!(json.contains("\"zh\":\"这是今年以来韩国中小企业第三次组团来访。\""));
    assert!(json.contains("\"translation_note_en\""));
}

/// The Chinese translation of a sentence names each glossary term in it as the term's card does
/// (the card's simplified hanzi; a name without hanzi in its Hangul), so a reader can match the
/// translation to the card: 粮头食尾, 哈尔滨, 改造升级“老字号”…. Units are checked through the
/// amounts instead (next test).
#[test]
fn chinese_translations_use_the_cards_hanzi() {
    let mut checked = 0;
    for t in DATASET
        .terms
        .iter()
        .filter(|t| t.category != Category::Unit)
    {
        for o in t.occurrences {
            let s = &DATASET.article.sentences[o.sentence as usize];
            let want = match t.hanzi_simplified {
                Some(h) => h,
                None => &s.text[o.start as usize..o.end as usize],
            };
            assert!(
                bare(&s.zh).contains(&bare(want)),
                "{}: term {} ({want}) is not in the translation: {}",
                s.id,
                t.id,
                s.zh
            );
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} occurrences checked");
    // The sample the issue names, literally.
    let zh = |id: &str| DATASET.article.sentences[DATASET.sentence_index(id).unwrap()].zh;
    assert!(zh("p12s2").contains("‘粮头食尾’") && zh("p12s2").contains("改造升级‘老字号’"));
    assert!(zh("p12s2").contains("培育壮大‘新字号’"));
    assert!(zh("p13s1").contains("高水平对外开放"));
    for id in ["p06s1", "p07s1", "p10s1", "p18s1"] {
        assert!(zh(id).contains("哈尔滨"), "{id}");
    }
}

/// The article's amounts are yuan (원 = 元, CNY) and the one dollar amount is US dollars: each
/// translation gives them as the app writes them (13.1亿元, CNY 1.31 billion, US$2 billion), and
/// the English never calls the article's 원 "won".
#[test]
fn translations_give_the_amounts_in_yuan() {
    use longjiang_reader::core::format::{money, Currency};
    use longjiang_reader::core::i18n::Lang;
    let mut checked = 0;
    for f in DATASET
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
    {
        let s = &DATASET.article.sentences[f.sentence as usize];
        let cur = Currency::from_unit(f.unit).unwrap();
        let (zh, en) = (money(f.value, cur, Lang::Zh), money(f.value, cur, Lang::En));
        assert!(s.zh.contains(&zh), "{}: {zh} not in {}", f.id, s.zh);
        assert!(s.en.contains(&en), "{}: {en} not in {}", f.id, s.en);
        checked += 1;
    }
    assert_eq!(checked, 7, "the article's seven amounts");
    for s in DATASET.article.sentences {
        let words: Vec<String> =
            s.en.split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_lowercase)
                .collect();
        assert!(
            !words.iter().any(|w| w == "won" || w == "krw"),
            "{}: {}",
            s.id,
            s.en
        );
        assert!(!s.zh.contains("韩元"), "{}: {}", s.id, s.zh);
    }
}

/// The English uses the cards' English wording for a sample of terms.
#[test]
fn english_translations_use_the_cards_wording() {
    let en = |id: &str| DATASET.article.sentences[DATASET.sentence_index(id).unwrap()].en;
    for (id, words) in [
        (
            "p12s2",
            &[
                "grain at the head, food at the tail",
                "farming at the head, industry at the tail",
                "Green Food",
                "producer services",
                "consumer services",
                "strategic emerging industries",
            ][..],
        ),
        (
            "p13s1",
            &[
                "Korea SMEs and Startups Agency (KOSME)",
                "Northeast China",
                "ice-and-snow economy",
                "high-level opening up",
                "trade turnover",
            ][..],
        ),
        (
            "p09s2",
            &[
                "Department of Commerce of Heilongjiang Province",
                "growth rate",
                "year on year",
                "first half",
            ][..],
        ),
        (
            "p19s1",
            &[
                "asset-light",
                "standardised factory buildings",
                "Binxi Development Zone",
                "deputy county head",
            ][..],
        ),
        (
            "p06s1",
            &[
                "Harbin",
                "China–Korea International Innovation and Entrepreneurship Center",
            ][..],
        ),
        (
            "p02s1",
            &[
                "Skilled Koreans Association",
                "Seongnam Industrial Complex Management Corporation",
            ][..],
        ),
        ("p24s1", &["Compiled and translated by"][..]),
    ] {
        for w in words {
            assert!(en(id).contains(w), "{id}: \"{w}\" not in {}", en(id));
        }
    }
}

/// Issue #20: the quiet reading, the Korean reader's default, marks what a Korean reader of this
/// article meets as Chinese — the Chinese-Korean spellings, Chinese places, organisations and
/// policy terms, a form that differs from the South Korean one — and the amounts of money; the
/// everyday words (반도체, 식품, 디지털) and the other figures are plain.
#[test]
fn the_quiet_reading_marks_what_a_korean_reader_meets_as_chinese() {
    use longjiang_reader::core::url_state::Marks;
    let t = |id: &str| Target::Term(DATASET.term_index(id).expect(id) as u32);
    let quiet = |target| Marks::Quiet.shows(&DATASET, target);
    for id in ["semiconductors", "food", "digital", "unit_percent"] {
        assert!(!quiet(t(id)), "{id} is everyday Korean");
        assert!(Marks::All.shows(&DATASET, t(id)));
    }
    for id in ["heilongjiang", "harbin", "liangtou_shiwei", "kosme"] {
        assert!(quiet(t(id)), "{id} stays marked");
    }
    // A term whose first form is not (part of) a South Korean form stays marked (spaces aside).
    for term in DATASET.terms.iter().filter(|x| x.quiet) {
        let plain = |s: &str| s.replace([' ', '㈜'], "").replace("(주)", "");
        let form = plain(term.forms[0]);
        // "시찰·실사", "공동운영협약 (…)": each form, without an explanation in brackets.
        let seoul = term
            .standard
            .split(['·', '/', ','])
            .flat_map(|s| [plain(s), plain(s.split(" (").next().unwrap_or(s))]);
        assert!(
            seoul
                .clone()
                .any(|s| !s.is_empty() && (form.contains(&s) || s.contains(&form)))
                || term.category == Category::Unit,
            "{} is quiet but written {:?} where Seoul writes {}",
            term.id,
            term.forms,
            term.standard
        );
    }
    let marks: Vec<Target> = DATASET
        .article
        .sentences
        .iter()
        .flat_map(|s| s.marks.iter().map(|m| m.target))
        .collect();
    let shown = marks.iter().filter(|m| quiet(**m)).count();
    assert_eq!(
        (marks.len(), shown),
        (193, 106),
        "marks in all / in the quiet reading"
    );
    for m in &marks {
        match *m {
            Target::Ortho(_) => assert!(quiet(*m)),
            Target::Figure(f) => assert_eq!(
                quiet(*m),
                DATASET.figures[f as usize].kind == FigureKind::Money
            ),
            _ => {}
        }
    }
}
