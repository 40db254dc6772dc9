//! Study exports (issue #23): the words a reader saved as an Anki deck and as a Pleco file.
//!
//! The Anki deck is Anki's text-import format (docs.ankiweb.net/importing/text-files.html): `#`
//! header lines, then one tab-separated note per word, of the stock `Cloze` note type (a note
//! type a fresh collection lacks would silently become Basic and lose the column mapping). The
//! `Text` field is the article sentence with the word as the cloze, `Back Extra` the card's back;
//! the same facts follow as named columns for learners with their own note type. Re-importing in
//! another interface language updates the same notes (Anki matches on `Text`, which does not
//! depend on the language). The file is checked by Anki's own library in the e2e test
//! (`tests/anki/check_import.py`).
//!
//! The Pleco file is Pleco's flashcard import text: `simplified[traditional]<TAB>pinyin<TAB>
//! definition`, only for words whose hanzi are not a guess.
//!
//! Guessed hanzi are not marked "(?)" here (that is the CSV's `export::GUESS_MARK`): the deck says
//! so in words, in its own column and on the card's back, and gives no guessed hanzi as a hint.

use super::dataset::model::{Dataset, Term};
use super::i18n::Lang;
use super::url_state::UrlState;

/// One word to export: a glossary term (index into ds.terms) and, optionally, the form the reader
/// saved it by (one of term.forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick<'a> {
    pub term: u32,
    pub form: Option<&'a str>,
}

/// The deck every note goes to: one for all interface languages (a note's `Text` is the same in
/// all of them, so a second import updates it rather than adding a twin).
pub const ANKI_DECK: &str = "Longjiang Reader";
/// The stock note type (fields `Text`, `Back Extra`), which every collection has.
pub const ANKI_NOTETYPE: &str = "Cloze";
/// The deck's columns, in order; the first two are the `Cloze` note type's fields.
pub const ANKI_COLUMNS: [&str; 13] = [
    "Text",
    "Back Extra",
    "Korean",
    "Hanja",
    "Chinese",
    "Pinyin",
    "Reading",
    "Reading (South Korea)",
    "Pronunciation",
    "Gloss",
    "Guess",
    "Link",
    "Tags",
];
/// The tag every note carries (besides the term's category key).
pub const ANKI_TAG: &str = "longjiang";
/// Pleco's category line: the cards land in this category.
pub const PLECO_CATEGORY: &str = "//Longjiang Reader";

pub fn anki_file_name(lang: Lang) -> String {
    format!("longjiang-anki-{}.txt", lang.code())
}

pub fn pleco_file_name(lang: Lang) -> String {
    format!("longjiang-pleco-{}.txt", lang.code())
}

/// The labels of the card's back, in the interface language.
struct Labels {
    hanja: &'static str,
    pronunciation: &'static str,
    chinese: &'static str,
    reading: &'static str,
    reading_sk: &'static str,
    gloss: &'static str,
    note: &'static str,
    translation: &'static str,
    link: &'static str,
    /// The `Guess` column when the hanzi are a guess, and when there are none to give.
    guess: &'static str,
    unknown: &'static str,
}

fn labels(lang: Lang) -> Labels {
    Labels {
        hanja: lang.pick("한자(이 낱말)", "该词汉字", "This word's hanja"),
        chinese: lang.pick("중국어", "中文", "Chinese"),
        pronunciation: lang.pick("발음", "发音", "Pronunciation"),
        reading: lang.pick("한자음", "朝鲜汉字音", "Sino-Korean reading"),
        reading_sk: lang.pick("한국 한자음", "韩国汉字音", "South Korean reading"),
        gloss: lang.pick("뜻", "释义", "Meaning"),
        note: lang.pick("참고", "注释", "Note"),
        translation: lang.pick("중국어 번역", "中文译文", "Translation"),
        link: lang.pick("기사에서 보기", "在文章中查看", "See it in the article"),
        guess: lang.pick(
            "한자·병음은 추정",
            "汉字和拼音为推测",
            "hanzi and pinyin are a guess",
        ),
        unknown: lang.pick("한자 미상", "汉字不详", "hanzi not known"),
    }
}

/// Where a pick is shown: the sentence index and the form's byte range in it.
struct Place {
    sentence: usize,
    start: usize,
    end: usize,
}

/// The sentence and range of the form saved (its first occurrence), else of the form at the
/// term's first occurrence. A unit's occurrences are the figure spans that contain it, so the
/// form is looked for inside each occurrence. `None` when the term occurs nowhere.
fn place(ds: &Dataset, t: &Term, form: Option<&str>) -> Option<Place> {
    let sentences = ds.article.sentences;
    let find = |o: &super::dataset::model::Occurrence, f: &str| -> Option<Place> {
        let text = sentences.get(o.sentence as usize)?.text;
        let (s, e) = (o.start as usize, o.end as usize);
        let i = text.get(s..e)?.find(f)?;
        Some(Place {
            sentence: o.sentence as usize,
            start: s + i,
            end: s + i + f.len(),
        })
    };
    if let Some(f) = form.filter(|f| !f.is_empty() && t.forms.contains(f)) {
        if let Some(p) = t.occurrences.iter().find_map(|o| find(o, f)) {
            return Some(p);
        }
    }
    let o = t.occurrences.first()?;
    let span = sentences
        .get(o.sentence as usize)?
        .text
        .get(o.start as usize..o.end as usize)?;
    // The form written there: the whole span, or the longest form inside it (a unit in a figure).
    let form = if t.forms.contains(&span) {
        span
    } else {
        t.forms
            .iter()
            .filter(|f| !f.is_empty() && span.contains(**f))
            .max_by_key(|f| f.len())
            .copied()
            .unwrap_or(span)
    };
    find(o, form)
}

// Escapes text for an HTML field (`&`, `<`, `>`, `"`; an apostrophe stays as written).
use super::markup::escape_attr as html;

/// Escapes text inside the `Text` field: HTML, and braces as character references, so nothing in
/// the sentence reads as a cloze of its own.
fn cloze_text(s: &str) -> String {
    html(s).replace('{', "&#123;").replace('}', "&#125;")
}

/// Escapes the cloze's answer or hint: also `:`, so neither can hold the `::` that ends it.
fn cloze_part(s: &str) -> String {
    cloze_text(s).replace(':', "&#58;")
}

/// One field on one line: no tab, and line breaks as `<br>`.
fn one_line(s: &str) -> String {
    s.replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
        .replace('\t', " ")
}

/// What the `Guess` column says: empty unless the hanzi are a guess (or not known at all).
fn guess_text(t: &Term, l: &Labels) -> &'static str {
    match (t.confidence.is_guess(), t.hanzi_simplified) {
        (false, _) => "",
        (true, Some(_)) => l.guess,
        (true, None) => l.unknown,
    }
}

/// The picks that export: each term once (its first pick), in range, occurring in the article.
fn placed(ds: &Dataset, picks: &[Pick]) -> Vec<(&'static Term, Place)> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for p in picks {
        if seen.contains(&p.term) {
            continue;
        }
        seen.push(p.term);
        let Some(t) = ds.terms.get(p.term as usize) else {
            continue;
        };
        if let Some(pl) = place(ds, t, p.form) {
            out.push((t, pl));
        }
    }
    out
}

/// The deep link: the page in the interface language, the sentence highlighted, the term's card
/// open at that occurrence.
fn deep_link(
    ds: &Dataset,
    t: Option<&Term>,
    sentence: usize,
    lang: Lang,
    page_url: &str,
) -> String {
    UrlState {
        lang: Some(lang),
        // A learner word's link opens the layer, its sentence highlighted.
        learner: t.is_none(),
        term: t.map(|t| t.id),
        sentence: Some(ds.article.sentences[sentence].id),
        ..UrlState::default()
    }
    .url_at(page_url)
}

/// The Anki deck of `picks` (see the module doc), in `lang`: labels, gloss, note and the
/// sentence's translation. The translation is the Chinese one for Korean and Chinese readers (the
/// deck teaches the Chinese behind the Korean words: the hint is Chinese), the English one for
/// English readers.
pub fn anki_deck(
    ds: &Dataset,
    picks: &[Pick],
    learner: &[u32],
    lang: Lang,
    page_url: &str,
) -> String {
    let l = labels(lang);
    let mut out = String::new();
    for h in [
        "#separator:tab".to_string(),
        "#html:true".to_string(),
        format!("#notetype:{ANKI_NOTETYPE}"),
        format!("#deck:{ANKI_DECK}"),
        format!("#columns:{}", ANKI_COLUMNS.join("\t")),
        format!("#tags column:{}", ANKI_COLUMNS.len()),
    ] {
        out.push_str(&h);
        out.push('\n');
    }
    let mut notes: Vec<Note> = placed(ds, picks)
        .into_iter()
        .map(|(t, p)| term_note(ds, t, p, lang, page_url, &l))
        .collect();
    let mut seen = Vec::new();
    for &i in learner {
        if seen.contains(&i) {
            continue;
        }
        seen.push(i);
        if let Some(n) = ds
            .learner
            .get(i as usize)
            .and_then(|w| learner_note(ds, w, lang, page_url))
        {
            notes.push(n);
        }
    }
    for n in notes {
        out.push_str(&note_line(ds, &n, lang, &l));
        out.push('\n');
    }
    out
}

/// What one note says, whether of a glossary term or of a learner word.
struct Note {
    place: Place,
    /// The cloze's hint (the Chinese word), when it helps and is not a guess.
    hint: Option<&'static str>,
    /// The Korean word's own hanja (traditional, as Korean writes them): not the Chinese term.
    hanja: &'static str,
    chinese: &'static str,
    pinyin: &'static str,
    reading: &'static str,
    reading_sk: &'static str,
    pronunciation: String,
    gloss: &'static str,
    note: Option<&'static str>,
    guess: &'static str,
    link: String,
    tags: String,
}

fn term_note(
    ds: &Dataset,
    t: &'static Term,
    p: Place,
    lang: Lang,
    page_url: &str,
    l: &Labels,
) -> Note {
    let form = &ds.article.sentences[p.sentence].text[p.start..p.end];
    let guess = t.confidence.is_guess();
    let form_index = t.forms.iter().position(|f| *f == form);
    Note {
        hint: t
            .hanzi_simplified
            .filter(|h| !guess && *h != form && t.hanzi_traditional != Some(form)),
        hanja: form_index
            .and_then(|k| t.hanja.get(k).copied())
            .unwrap_or(""),
        chinese: t.hanzi_simplified.unwrap_or(""),
        pinyin: t.pinyin.unwrap_or(""),
        reading: t.sino_korean.unwrap_or(""),
        reading_sk: t.sino_korean_sk.unwrap_or(""),
        pronunciation: super::pronounce::term_pronunciation(t, form).unwrap_or_default(),
        gloss: t.gloss.str(lang),
        note: t.note.map(|n| n.str(lang)),
        guess: guess_text(t, l),
        link: deep_link(ds, Some(t), p.sentence, lang, page_url),
        tags: format!("{ANKI_TAG} {}", t.category.key()),
        place: p,
    }
}

/// A learner word's note: its first occurrence, its own hanja, the Chinese word a Chinese reader
/// uses, and a false friend's note where there is one.
fn learner_note(
    ds: &Dataset,
    w: &'static super::dataset::model::LearnerWord,
    lang: Lang,
    page_url: &str,
) -> Option<Note> {
    let o = w.occurrences.first()?;
    let li = ds.learner.iter().position(|x| std::ptr::eq(x, w))?;
    let ff = ds.learner_false_friend(li);
    Some(Note {
        place: Place {
            sentence: o.sentence as usize,
            start: o.start as usize,
            end: o.end as usize,
        },
        hint: Some(w.zh),
        hanja: w.hanja,
        chinese: w.zh,
        pinyin: w.pinyin,
        reading: "",
        reading_sk: "",
        pronunciation: super::pronounce::pronounce(w.word),
        gloss: w.gloss.str(lang),
        note: ff.map(|f| f.note.str(lang)),
        guess: "",
        link: deep_link(ds, None, o.sentence as usize, lang, page_url),
        tags: format!("{ANKI_TAG} learner"),
    })
}

/// One note as the deck's tab-separated line.
fn note_line(ds: &Dataset, n: &Note, lang: Lang, l: &Labels) -> String {
    let s = &ds.article.sentences[n.place.sentence];
    let form = &s.text[n.place.start..n.place.end];
    let cloze = match n.hint.filter(|h| *h != form) {
        Some(h) => format!("{{{{c1::{}::{}}}}}", cloze_part(form), cloze_part(h)),
        None => format!("{{{{c1::{}}}}}", cloze_part(form)),
    };
    // Every time the sentence says the word, not only where the note's place is: an answer
    // printed beside its own cloze gives it away (수출입 … 수출입 총액 in one sentence).
    let mut text = String::new();
    let mut at = 0;
    for (i, _) in s.text.match_indices(form) {
        text.push_str(&cloze_text(&s.text[at..i]));
        text.push_str(&cloze);
        at = i + form.len();
    }
    text.push_str(&cloze_text(&s.text[at..]));
    let translation = lang.pick(s.zh, s.zh, s.en).as_str();
    let tr_lang = lang.pick("zh", "zh", "en");
    let colon = lang.colon();
    let line = |label: &str, value: String| format!("<div>{label}{colon}{value}</div>");
    let span = |tag: &str, v: &str| format!("<span lang=\"{tag}\">{}</span>", html(v));

    let mut back = format!("<div lang=\"ko\"><b>{}</b></div>", html(form));
    if !n.pronunciation.is_empty() {
        back.push_str(&line(
            l.pronunciation,
            span("ko", &format!("[{}]", n.pronunciation)),
        ));
    }
    if !n.hanja.is_empty() {
        back.push_str(&line(l.hanja, span("ko-Hani", n.hanja)));
    }
    match (n.chinese, n.pinyin) {
        ("", "") => {}
        ("", py) => back.push_str(&line(l.chinese, html(py))),
        (h, "") => back.push_str(&line(l.chinese, span("zh-Hans", h))),
        (h, py) => back.push_str(&line(
            l.chinese,
            format!("{} {}", span("zh-Hans", h), html(py)),
        )),
    }
    if !n.reading.is_empty() {
        back.push_str(&line(l.reading, span("ko", n.reading)));
    }
    // The South Korean reading when it is not the same as the article's.
    if !n.reading_sk.is_empty() && n.reading_sk != n.reading {
        back.push_str(&line(l.reading_sk, span("ko", n.reading_sk)));
    }
    if !n.guess.is_empty() {
        back.push_str(&format!("<div><i>{}</i></div>", html(n.guess)));
    }
    back.push_str(&line(l.gloss, html(n.gloss)));
    if let Some(note) = n.note {
        back.push_str(&line(l.note, html(note)));
    }
    back.push_str(&line(l.translation, span(tr_lang, translation)));
    back.push_str(&format!(
        "<div><a href=\"{}\">{}</a></div>",
        html(&n.link),
        html(l.link)
    ));
    let fields = [
        text,
        back,
        html(form),
        html(n.hanja),
        html(n.chinese),
        html(n.pinyin),
        html(n.reading),
        html(n.reading_sk),
        html(&n.pronunciation),
        html(n.gloss),
        html(n.guess),
        html(&n.link),
        n.tags.clone(),
    ];
    fields
        .iter()
        .map(|f| one_line(f))
        .collect::<Vec<_>>()
        .join("\t")
}

/// Pinyin as Pleco reads it: Latin letters (with tone marks), apostrophes and single spaces;
/// hyphens become spaces, anything else goes.
fn pleco_pinyin(p: &str) -> String {
    let kept: String = p
        .chars()
        .map(|c| match c {
            '-' | '\u{2010}' | '\u{2013}' => ' ',
            '\u{2019}' => '\'',
            c => c,
        })
        .filter(|&c| c == ' ' || c == '\'' || (c.is_alphabetic() && c < '\u{0250}'))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text on one Pleco line: no tabs, no line breaks.
fn pleco_text(s: &str) -> String {
    s.replace(['\t', '\r', '\n'], " ")
}

/// The Pleco file of `picks`: words whose hanzi are attested or standard (never a guess) and that
/// have pinyin; the definition is the gloss in `lang`, then the Korean form in brackets.
pub fn pleco_file(ds: &Dataset, picks: &[Pick], learner: &[u32], lang: Lang) -> String {
    let mut out = format!("{PLECO_CATEGORY}\n");
    // Learner words first in their own lines below: the Chinese word a Chinese reader uses.
    let learner_lines: Vec<String> = learner
        .iter()
        .filter_map(|&i| ds.learner.get(i as usize))
        .filter_map(|w| {
            let py = pleco_pinyin(w.pinyin);
            (!py.is_empty() && !w.zh.is_empty()).then(|| {
                let gloss = w.gloss.get(lang);
                [w.zh.to_string(), py, format!("{gloss} ({})", w.word)]
                    .map(|f| pleco_text(&f))
                    .join("\t")
            })
        })
        .collect();
    for (t, p) in placed(ds, picks) {
        if t.confidence.is_guess() {
            continue;
        }
        let (Some(simp), Some(py)) = (t.hanzi_simplified, t.pinyin) else {
            continue;
        };
        let py = pleco_pinyin(py);
        if py.is_empty() {
            continue;
        }
        let head = match t.hanzi_traditional {
            Some(trad) if trad != simp => format!("{simp}[{trad}]"),
            _ => simp.to_string(),
        };
        let form = &ds.article.sentences[p.sentence].text[p.start..p.end];
        let gloss = t.gloss.get(lang);
        let fields = [head, py, format!("{gloss} ({form})")];
        out.push_str(&fields.map(|f| pleco_text(&f)).join("\t"));
        out.push('\n');
    }
    for l in learner_lines {
        out.push_str(&l);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    const PAGE: &str = "https://example.org/longjiang/";

    fn idx(id: &str) -> u32 {
        DATASET.term_index(id).unwrap() as u32
    }

    fn pick(id: &str) -> Pick<'static> {
        Pick {
            term: idx(id),
            form: None,
        }
    }

    /// The note lines of a deck, split into fields.
    fn notes(deck: &str) -> Vec<Vec<&str>> {
        deck.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
            .collect()
    }

    fn col(name: &str) -> usize {
        ANKI_COLUMNS.iter().position(|c| *c == name).unwrap()
    }

    /// The cloze's answer and hint in a `Text` field.
    fn cloze(text: &str) -> (String, Option<String>) {
        let inner = &text[text.find("{{c1::").unwrap() + 6..];
        let inner = &inner[..inner.find("}}").unwrap()];
        let unescape = |s: &str| {
            s.replace("&#58;", ":")
                .replace("&#123;", "{")
                .replace("&#125;", "}")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        };
        match inner.split_once("::") {
            Some((a, h)) => (unescape(a), Some(unescape(h))),
            None => (unescape(inner), None),
        }
    }

    /// Every term, some twice, one out of range.
    fn all_picks() -> Vec<Pick<'static>> {
        let mut picks: Vec<Pick> = (0..DATASET.terms.len() as u32)
            .map(|term| Pick { term, form: None })
            .collect();
        picks.push(pick("harbin"));
        picks.push(Pick {
            term: idx("harbin"),
            form: Some("할빈"),
        });
        picks.push(Pick {
            term: 9999,
            form: None,
        });
        picks
    }

    #[test]
    fn the_hanja_column_is_the_korean_word_s_own_and_learner_words_export_too() {
        let deck = anki_deck(&DATASET, &[pick("first_half")], &[0], Lang::En, PAGE);
        let n = notes(&deck);
        assert_eq!(n.len(), 2);
        assert_eq!(n[0][col("Hanja")], "上半期", "the Korean word's own hanja");
        assert_eq!(n[0][col("Chinese")], "上半年", "the Chinese term, apart");
        assert_eq!(n[0][col("Pronunciation")], "상반기");
        let w = &DATASET.learner[0];
        assert!(n[1][col("Text")].contains(&format!("{{{{c1::{}", w.word)));
        assert_eq!(n[1][col("Hanja")], w.hanja);
        assert_eq!(n[1][col("Chinese")], w.zh);
        assert!(n[1][col("Tags")].contains("learner"));
        assert!(n[1][col("Link")].contains("learn=1"));
        let pleco = pleco_file(&DATASET, &[], &[0], Lang::En);
        assert!(pleco.lines().any(|l| l.starts_with(&format!("{}\t", w.zh))));
    }

    #[test]
    fn the_header_is_anki_s_and_names_every_column() {
        let deck = anki_deck(&DATASET, &[pick("harbin")], &[], Lang::Ko, PAGE);
        let header: Vec<&str> = deck.lines().take_while(|l| l.starts_with('#')).collect();
        assert_eq!(
            header,
            [
                "#separator:tab",
                "#html:true",
                "#notetype:Cloze",
                "#deck:Longjiang Reader",
                "#columns:Text\tBack Extra\tKorean\tHanja\tChinese\tPinyin\tReading\tReading (South Korea)\tPronunciation\tGloss\tGuess\tLink\tTags",
                "#tags column:13",
            ]
        );
        assert_eq!(deck.lines().count(), header.len() + 1);
        assert_eq!(anki_file_name(Lang::Ko), "longjiang-anki-ko.txt");
        assert_eq!(pleco_file_name(Lang::En), "longjiang-pleco-en.txt");
    }

    #[test]
    fn one_note_per_term_each_with_every_column_and_its_word_clozed_in_its_sentence() {
        let picks = all_picks();
        for lang in Lang::ALL {
            let deck = anki_deck(&DATASET, &picks, &[], lang, PAGE);
            let notes = notes(&deck);
            assert_eq!(notes.len(), DATASET.terms.len(), "{lang:?}");
            assert!(!deck.contains("(?)"), "{lang:?}");
            for n in &notes {
                assert_eq!(n.len(), ANKI_COLUMNS.len(), "{n:?}");
                let text = n[col("Text")];
                let clozes = text.matches("{{c1::").count();
                assert!(clozes >= 1, "{text}");
                assert_eq!(text.matches("{{").count(), clozes, "{text}");
                assert_eq!(text.matches("}}").count(), clozes, "{text}");
                assert!(!n[col("Back Extra")].is_empty());
                assert!(n[col("Tags")].split(' ').any(|t| t == ANKI_TAG));
                let (form, _) = cloze(text);
                assert_eq!(n[col("Korean")], html(&form));
                // Every cloze is the same word, and the word is nowhere else in the field.
                let one = &text[text.find("{{c1::").unwrap()..];
                let one = &one[..one.find("}}").unwrap() + 2];
                assert_eq!(text.matches(one).count(), clozes, "{text}");
                assert!(
                    !text.replace(one, "").contains(&cloze_text(&form)),
                    "{form} shown in {text}"
                );
                // With the clozes replaced by the form, the field is an article sentence.
                let plain = text.replace(one, &cloze_text(&form));
                let s = DATASET
                    .article
                    .sentences
                    .iter()
                    .find(|s| cloze_text(&s.text) == plain)
                    .unwrap_or_else(|| panic!("no sentence for {text}"));
                assert!(s.text.contains(&form), "{form} not in {}", s.text);
            }
        }
    }

    #[test]
    fn a_guess_is_said_in_words_and_never_hinted() {
        let t = &DATASET.terms[idx("skilled_workers_assoc") as usize];
        assert!(t.confidence.is_guess() && t.hanzi_simplified.is_some());
        for lang in Lang::ALL {
            let deck = anki_deck(&DATASET, &[pick(t.id)], &[], lang, PAGE);
            let n = &notes(&deck)[0];
            assert_eq!(n[col("Guess")], labels(lang).guess);
            assert!(n[col("Back Extra")].contains(labels(lang).guess));
            assert_eq!(cloze(n[col("Text")]).1, None, "a guessed hint");
            assert!(!deck.contains("(?)"));
        }
        // An attested term: hinted with its Chinese, no guess.
        let deck = anki_deck(&DATASET, &[pick("harbin")], &[], Lang::En, PAGE);
        let n = &notes(&deck)[0];
        assert_eq!(n[col("Guess")], "");
        assert_eq!(
            cloze(n[col("Text")]),
            ("할빈".to_string(), Some("哈尔滨".to_string()))
        );
        assert_eq!(n[col("Tags")], "longjiang place");
        assert_eq!(n[col("Pinyin")], "Hā'ěrbīn");
        assert_eq!(n[col("Reading")], "합이빈");
        assert!(n[col("Back Extra")].contains("哈爾濱"));
        assert!(n[col("Back Extra")].contains("Harbin, capital of Heilongjiang"));
    }

    #[test]
    fn the_saved_form_gives_its_own_sentence() {
        let id = idx("inspection");
        let t = &DATASET.terms[id as usize];
        let first = &DATASET.article.sentences[t.occurrences[0].sentence as usize];
        let o0 = t.occurrences[0];
        let first_form = &first.text[o0.start as usize..o0.end as usize];
        let other = t
            .forms
            .iter()
            .find(|f| **f != first_form && !first.text.contains(**f))
            .expect("a form that the first occurrence's sentence does not hold");
        let deck = anki_deck(
            &DATASET,
            &[Pick {
                term: id,
                form: Some(other),
            }],
            &[],
            Lang::Ko,
            PAGE,
        );
        let n = &notes(&deck)[0];
        assert_eq!(cloze(n[col("Text")]).0, *other);
        assert!(!n[col("Text")].contains(&cloze_text(&first.text)[..20]));
        // Without a form (or with one that is not the term's), the first occurrence's.
        for form in [None, Some("없는 말")] {
            let deck = anki_deck(&DATASET, &[Pick { term: id, form }], &[], Lang::Ko, PAGE);
            assert_eq!(cloze(notes(&deck)[0][col("Text")]).0, first_form);
        }
    }

    #[test]
    fn units_are_clozed_inside_their_figure() {
        let deck = anki_deck(&DATASET, &[pick("unit_eok")], &[], Lang::Ko, PAGE);
        let (form, hint) = cloze(notes(&deck)[0][col("Text")]);
        assert_eq!((form.as_str(), hint.as_deref()), ("억", Some("亿")));
    }

    #[test]
    fn html_and_cloze_syntax_are_escaped() {
        assert_eq!(html("a<b> & \"c\""), "a&lt;b&gt; &amp; &quot;c&quot;");
        assert_eq!(cloze_part("a::b}}"), "a&#58;&#58;b&#125;&#125;");
        assert_eq!(cloze_text("{{c2::x}}"), "&#123;&#123;c2::x&#125;&#125;");
        assert_eq!(one_line("a\tb\nc\r\nd"), "a b<br>c<br>d");
        let deck = anki_deck(&DATASET, &all_picks(), &[], Lang::En, PAGE);
        for n in notes(&deck) {
            for f in &n[..col("Tags")] {
                let outside_tags = f.split('<').skip(1).all(|p| p.contains('>'));
                assert!(outside_tags, "{f}");
            }
            // The sentence's quotation marks never reach the file raw (Anki would read a quote).
            assert!(!n[col("Text")].contains('"'), "{}", n[col("Text")]);
        }
    }

    #[test]
    fn the_link_opens_the_sentence_with_the_card() {
        for lang in Lang::ALL {
            let deck = anki_deck(&DATASET, &all_picks(), &[], lang, PAGE);
            for n in notes(&deck) {
                let link = n[col("Link")].replace("&amp;", "&");
                let (page, hash) = link.split_once('#').unwrap();
                assert_eq!(page, PAGE);
                let st = UrlState::parse(&DATASET, "", hash);
                let t = &DATASET.terms[DATASET.term_index(st.term.unwrap()).unwrap()];
                let s = DATASET.sentence_index(st.sentence.unwrap()).unwrap();
                assert_eq!(st.lang, Some(lang));
                assert!(
                    t.occurrences.iter().any(|o| o.sentence as usize == s),
                    "{link}"
                );
                assert_eq!(n[col("Korean")], html(&cloze(n[col("Text")]).0));
                assert!(n[col("Back Extra")].contains(&format!("href=\"{}\"", n[col("Link")])));
            }
        }
    }

    #[test]
    fn bad_picks_are_skipped() {
        let picks = [
            Pick {
                term: u32::MAX,
                form: None,
            },
            Pick {
                term: DATASET.terms.len() as u32,
                form: Some("할빈"),
            },
        ];
        assert_eq!(
            notes(&anki_deck(&DATASET, &picks, &[], Lang::Ko, PAGE)).len(),
            0
        );
        assert_eq!(
            pleco_file(&DATASET, &picks, &[], Lang::Ko),
            "//Longjiang Reader\n"
        );
        assert_eq!(
            notes(&anki_deck(&DATASET, &[], &[], Lang::Ko, PAGE)).len(),
            0
        );
    }

    #[test]
    fn pleco_has_three_fields_and_no_guessed_hanzi() {
        let picks = all_picks();
        for lang in Lang::ALL {
            let file = pleco_file(&DATASET, &picks, &[], lang);
            let mut lines = file.lines();
            assert_eq!(lines.next(), Some(PLECO_CATEGORY));
            let lines: Vec<&str> = lines.collect();
            let expected = DATASET
                .terms
                .iter()
                .filter(|t| !t.confidence.is_guess() && t.hanzi_simplified.is_some())
                .count();
            assert_eq!(lines.len(), expected, "{lang:?}");
            for l in &lines {
                let f: Vec<&str> = l.split('\t').collect();
                assert_eq!(f.len(), 3, "{l}");
                let simp = f[0].split('[').next().unwrap();
                let t = DATASET
                    .terms
                    .iter()
                    .find(|t| {
                        t.hanzi_simplified == Some(simp)
                            && t.forms.iter().any(|k| f[2].ends_with(&format!("({k})")))
                    })
                    .unwrap();
                assert!(!t.confidence.is_guess(), "{l}");
                assert!(!f[1].is_empty() && !f[1].contains('-'), "{l}");
                assert!(f[2].ends_with(')'), "{l}");
                assert!(!l.contains("(?)"));
            }
        }
        let file = pleco_file(
            &DATASET,
            &[pick("harbin"), pick("china_korea")],
            &[],
            Lang::En,
        );
        assert_eq!(
            file,
            "//Longjiang Reader\n哈尔滨[哈爾濱]\tHā'ěrbīn\tHarbin, capital of Heilongjiang (할빈)\n中韩[中韓]\tZhōng Hán\t"
                .to_string()
                + DATASET.terms[idx("china_korea") as usize].gloss.en.as_str()
                + " (중한)\n"
        );
        let guessed = pleco_file(&DATASET, &[pick("skilled_workers_assoc")], &[], Lang::Ko);
        assert_eq!(guessed, "//Longjiang Reader\n");
    }
}
