//! The coverage report (issue #10): every article word that has a Sino-Korean reading — a word
//! of the `hanja` crate's dictionary of Sino-Korean words — is explained by a glossary entry,
//! has a light entry in the learner layer (`data/learner.toml`, the everyday words: 협력, 투자),
//! or is on the reviewed skip list (`data/skip.toml`) with another reason (native, grammar, name,
//! covered). The test prints the words that are none of these and fails while there are any; it
//! also checks that the learner layer marks exactly the learner words the scan meets.
//!
//! How words are found: each sentence minus what glossary marks and figure spans cover is split
//! into Hangul runs; from the start of each run the longest dictionary word (two or more
//! syllables, written in hanja only) is taken again and again, until none fits (what follows is
//! then a particle or an ending). Run `cargo test --test coverage -- --nocapture` for the report.
#![cfg(not(target_arch = "wasm32"))]

use longjiang_reader::core::dataset::model::Target;
use longjiang_reader::core::dataset::DATASET;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

const SKIP: &str = "data/skip.toml";
const LEARNER: &str = "data/learner.toml";
/// "common" is gone: the everyday words have learner entries (`data/learner.toml`) instead.
const REASONS: [&str; 4] = ["native", "grammar", "name", "covered"];

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// The word list that ships inside the `hanja` crate (`data/hanja.txt`, lines `한글:漢字:뜻`).
/// Found where cargo unpacked the crate to compile this test (`$CARGO_HOME/registry/src/*/`, at
/// the version `Cargo.lock` names), so it needs neither the network nor every package of the lock
/// file: `cargo metadata --offline`, used before, failed on a fresh machine, where the wasm-only
/// dev-dependencies (wasm-bindgen-test → minicov → cc) were not downloaded yet.
fn hanja_word_list() -> PathBuf {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock beside Cargo.toml");
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("\nname = \"hanja\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")))
        .map(|v| v.trim_end_matches('"').to_string())
        .expect("Cargo.lock names the hanja crate (a dev-dependency)");
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("CARGO_HOME or HOME is set");
    let registry = cargo_home.join("registry").join("src");
    let dirs = std::fs::read_dir(&registry)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", registry.display()));
    dirs.filter_map(Result::ok)
        .map(|d| d.path().join(format!("hanja-{version}/data/hanja.txt")))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!(
                "hanja {version} is not unpacked under {}: cargo unpacks it to compile this test",
                registry.display()
            )
        })
}

/// The dictionary's Sino-Korean words of two or more syllables, written in hanja only.
fn dictionary() -> HashSet<String> {
    let path = hanja_word_list();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let words: HashSet<String> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split(':');
            let (hangul, hanja) = (parts.next()?, parts.next()?);
            let n = hangul.chars().count();
            (n >= 2
                && hangul.chars().all(is_hangul)
                && hanja.chars().count() == n
                && hanja.chars().all(is_han))
            .then(|| hangul.to_string())
        })
        .collect();
    assert!(
        words.len() > 100_000,
        "only {} dictionary words read from {}",
        words.len(),
        path.display()
    );
    words
}

/// `data/skip.toml`: word → reason. Problems name the file, the entry and the field.
fn skip_list(errors: &mut Vec<String>) -> HashMap<String, String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SKIP);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{SKIP}: {e}"));
    let table: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{SKIP}: not valid TOML: {e}"));
    let mut out = HashMap::new();
    let groups = table
        .get("skip")
        .and_then(|v| v.as_array())
        .cloned()
        .unwrap_or_default();
    if groups.is_empty() {
        errors.push(format!(
            "{SKIP}: missing: the file must contain [[skip]] entries"
        ));
    }
    for (n, g) in groups.iter().enumerate() {
        let entry = format!("{SKIP}: [[skip]] #{}", n + 1);
        for key in g
            .as_table()
            .map(|t| t.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
        {
            if !["reason", "why_en", "words"].contains(&key.as_str()) {
                errors.push(format!("{entry}: field `{key}`: unknown field"));
            }
        }
        let reason = g.get("reason").and_then(|v| v.as_str()).unwrap_or("");
        if !REASONS.contains(&reason) {
            errors.push(format!(
                "{entry}: field `reason`: \"{reason}\" is not one of {}",
                REASONS.join(", ")
            ));
        }
        if g.get("why_en")
            .and_then(|v| v.as_str())
            .is_none_or(|w| w.trim().is_empty())
        {
            errors.push(format!(
                "{entry}: field `why_en`: must say why these words need no card"
            ));
        }
        let words = g
            .get("words")
            .and_then(|v| v.as_array())
            .cloned()
            .unwrap_or_default();
        if words.is_empty() {
            errors.push(format!(
                "{entry}: field `words`: must list at least one word"
            ));
        }
        for w in words {
            let w = w.as_str().unwrap_or("").to_string();
            if out.insert(w.clone(), reason.to_string()).is_some() {
                errors.push(format!("{entry}: field `words`: \"{w}\" is listed twice"));
            }
        }
    }
    out
}

/// Every dictionary word the scan meets outside glossary marks and figure spans, with the first
/// sentence id it was met in.
fn scan(words: &HashSet<String>) -> BTreeMap<String, &'static str> {
    let mut found = BTreeMap::new();
    for (si, _, w) in scan_hits(words) {
        found.entry(w).or_insert(DATASET.article.sentences[si].id);
    }
    found
}

/// Where the scan meets each word: (sentence index, byte offset in its text, word), in text
/// order.
fn scan_hits(words: &HashSet<String>) -> Vec<(usize, usize, String)> {
    let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    let mut found = Vec::new();
    for (si, s) in DATASET.article.sentences.iter().enumerate() {
        let mut uncovered = s.text.to_string();
        for m in s.marks {
            if matches!(m.target, Target::Term(_) | Target::Figure(_)) {
                // Blank out covered text with spaces of the same byte length.
                uncovered.replace_range(
                    m.start as usize..m.end as usize,
                    &" ".repeat((m.end - m.start) as usize),
                );
            }
        }
        for run in uncovered
            .split(|c: char| !is_hangul(c))
            .filter(|r| !r.is_empty())
        {
            // Where the run starts in the text (the blanking kept byte offsets).
            let run_at = run.as_ptr() as usize - uncovered.as_ptr() as usize;
            let syl: Vec<char> = run.chars().collect();
            let mut i = 0;
            while i < syl.len() {
                let hit = (2..=longest.min(syl.len() - i))
                    .rev()
                    .map(|n| syl[i..i + n].iter().collect::<String>())
                    .find(|w| words.contains(w));
                let Some(w) = hit else { break };
                let at = run_at + syl[..i].iter().map(|c| c.len_utf8()).sum::<usize>();
                i += w.chars().count();
                found.push((si, at, w));
            }
        }
    }
    found
}

#[test]
fn every_sino_korean_word_has_a_card_or_a_reason() {
    let words = dictionary();
    let mut errors = Vec::new();
    let skip = skip_list(&mut errors);
    let found = scan(&words);
    assert!(
        found.len() > 50,
        "the scan met only {} words: is the dictionary read?",
        found.len()
    );

    let forms: HashSet<&str> = DATASET
        .terms
        .iter()
        .flat_map(|t| t.forms.iter().copied())
        .collect();
    let seed = DATASET
        .article
        .sentences
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let learner: HashSet<&str> = DATASET.learner.iter().map(|l| l.word).collect();
    for (w, reason) in &skip {
        if !seed.contains(w.as_str()) {
            errors.push(format!(
                "{SKIP}: word \"{w}\" ({reason}): does not occur in the article"
            ));
        } else if forms.contains(w.as_str()) {
            errors.push(format!(
                "{SKIP}: word \"{w}\" ({reason}): is a glossary form; remove it here"
            ));
        } else if learner.contains(w.as_str()) {
            errors.push(format!(
                "{SKIP}: word \"{w}\" ({reason}): has a learner entry in {LEARNER}; remove it here"
            ));
        } else if !found.contains_key(w) {
            errors.push(format!(
                "{SKIP}: word \"{w}\" ({reason}): the scan never meets it (covered by a glossary mark or figure?); remove it"
            ));
        }
    }
    for w in &learner {
        if !found.contains_key(*w) {
            errors.push(format!(
                "{LEARNER}: [[word]] \"{w}\": the scan never meets it (not a Sino-Korean word of the \
                 dictionary, or only inside a glossary mark or figure); remove it"
            ));
        }
    }
    let uncovered: Vec<String> = found
        .iter()
        .filter(|(w, _)| {
            !skip.contains_key(*w) && !forms.contains(w.as_str()) && !learner.contains(w.as_str())
        })
        .map(|(w, s)| format!("{w}  ({s})"))
        .collect();
    println!(
        "coverage: {} Sino-Korean words met outside glossary marks; {} in the learner layer; {} on \
         the skip list; {} none of these",
        found.len(),
        found.keys().filter(|w| learner.contains(w.as_str())).count(),
        found.keys().filter(|w| skip.contains_key(*w)).count(),
        uncovered.len()
    );
    for u in &uncovered {
        println!("  uncovered: {u}");
    }
    assert!(
        errors.is_empty(),
        "skip list and learner layer problems:\n{}",
        errors.join("\n")
    );
    assert!(
        uncovered.is_empty(),
        "{} article words with a Sino-Korean reading have no glossary entry, no learner entry and \
         no skip reason (add a [[term]] to data/glossary.toml, a [[word]] to data/learner.toml or \
         the word to data/skip.toml):\n{}",
        uncovered.len(),
        uncovered.join("\n")
    );
}

/// The scan itself: a known compound is found whole, a particle after it is not a word, and
/// glossary marks are not scanned.
#[test]
fn the_scan_finds_words_and_skips_marks() {
    let words = dictionary();
    let found = scan(&words);
    // 협력 occurs unmarked in many sentences.
    assert!(found.contains_key("협력"), "협력 not met");
    // Inside a glossary mark (흑룡강성상무청 is one term) nothing is scanned.
    assert!(
        !found.contains_key("상무청"),
        "the scan looked inside a glossary mark"
    );
    assert!(words.contains("중소기업") && words.contains("협력"));
}

/// The learner layer marks exactly where the scan meets a learner word: no learner mark inside
/// another word (중시 in 집중시켜) that the scan reads differently, and no met learner word left
/// unmarked (inside a spelling note's mark, say, which the scan does not blank).
#[test]
fn learner_marks_are_the_learner_words_the_scan_meets() {
    let words = dictionary();
    let learner: HashSet<&str> = DATASET.learner.iter().map(|l| l.word).collect();
    let met: HashSet<(usize, usize, String)> = scan_hits(&words)
        .into_iter()
        .filter(|(_, _, w)| learner.contains(w.as_str()))
        .collect();
    let marked: HashSet<(usize, usize, String)> = DATASET
        .learner
        .iter()
        .flat_map(|l| {
            l.occurrences
                .iter()
                .map(|o| (o.sentence as usize, o.start as usize, l.word.to_string()))
        })
        .collect();
    let show = |set: Vec<&(usize, usize, String)>| {
        let mut v: Vec<String> = set
            .into_iter()
            .map(|(si, at, w)| format!("{w} ({} @{at})", DATASET.article.sentences[*si].id))
            .collect();
        v.sort();
        v
    };
    let unmarked = show(met.difference(&marked).collect());
    let extra = show(marked.difference(&met).collect());
    assert!(
        unmarked.is_empty() && extra.is_empty(),
        "learner words the scan meets but the layer does not mark: {unmarked:?}\n\
         learner marks where the scan reads another word: {extra:?}"
    );
    assert!(met.len() > 200, "only {} learner occurrences", met.len());
}
