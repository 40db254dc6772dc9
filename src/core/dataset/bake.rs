//! Writes a validated `Dataset` as Rust source, so the app embeds it as a `static` with no
//! parsing at start-up. `build.rs` calls `bake_dataset`; a host test checks that the embedded
//! value equals a fresh load of `data/`, so the generator cannot drift from the loader.

use super::model::*;

pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for &str {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{:?}", self));
    }
}
thread_local! {
    /// While `bake_dataset` fills the texts file: the file so far (each text once) and where
    /// each text already in it starts. Outside it, a `Text` bakes as a literal.
    static TABLE: std::cell::RefCell<Option<(String, std::collections::HashMap<&'static str, u32>)>> =
        const { std::cell::RefCell::new(None) };
}

impl Bake for Text {
    fn bake(&self, out: &mut String) {
        let s = self.as_str();
        let at = TABLE.with_borrow_mut(|t| {
            t.as_mut().map(|(all, seen)| {
                *seen.entry(s).or_insert_with(|| {
                    let start = all.len() as u32;
                    all.push_str(s);
                    start
                })
            })
        });
        match at {
            Some(start) => out.push_str(&format!("Text::at({start}, {})", s.len())),
            None => out.push_str(&format!("Text::new({s:?})")),
        }
    }
}
impl Bake for bool {
    fn bake(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Bake for u32 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self}u32"));
    }
}
impl Bake for u16 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self}u16"));
    }
}
impl Bake for u8 {
    fn bake(&self, out: &mut String) {
        out.push_str(&format!("{self}u8"));
    }
}
impl Bake for f64 {
    fn bake(&self, out: &mut String) {
        // `{:?}` always keeps a decimal point or exponent and round-trips exactly.
        out.push_str(&format!("{self:?}f64"));
    }
}
impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}
impl<T: Bake> Bake for &[T] {
    fn bake(&self, out: &mut String) {
        out.push_str("&[");
        for v in self.iter() {
            v.bake(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

/// Fieldless enums bake as `Type::Variant` through their `Debug` name.
macro_rules! bake_enum {
    ($($t:ident),*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(&format!(concat!(stringify!($t), "::{:?}"), self));
            }
        }
    )*};
}
bake_enum!(
    ParagraphKind,
    Category,
    Confidence,
    OrthoRule,
    FigureKind,
    Unit,
    Bound,
    ChartKind,
    GrowthKind
);

impl<T: Bake> Bake for Tri<T> {
    fn bake(&self, out: &mut String) {
        out.push_str("Tri { ");
        for (lang, v) in self.iter() {
            out.push_str(lang.code());
            out.push_str(": ");
            v.bake(out);
            out.push_str(", ");
        }
        out.push('}');
    }
}

/// Structs bake as struct literals. Listing the fields here is checked by the compiler: the
/// generated literal does not compile if a field is missing.
macro_rules! bake_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Bake for $t {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($t), " { "));
                $(
                    out.push_str(concat!(stringify!($f), ": "));
                    self.$f.bake(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    )*};
}
bake_struct! {
    Dataset { article, terms, hanja_chars, orthography, people, organisations, figures, derived, events, rates,
              false_friends, learner, charts }
    Article { title, title_source, title_note, description, tagline, credit, published, edition, source_url,
              translation_note, paragraphs, sentences }
    Paragraph { id, kind, first, len }
    Sentence { id, paragraph, text, join, zh, en, marks }
    Mark { start, end, target }
    Occurrence { sentence, start, end }
    Term { id, forms, hanja, standard, variants, hanzi_simplified, hanzi_traditional, pinyin, sino_korean,
           sino_korean_sk, pronunciation, category, gloss, note, confidence, quiet, ortho, occurrences }
    OrthoNote { id, form, standard, rule, explain, occurrences }
    HanjaChar { hanja, readings, hunum, simplified, pinyin, meaning_en }
    FalseFriend { word, hanja, note, term, learner }
    LearnerWord { word, hanja, zh, pinyin, gloss, occurrences }
    Person { id, name, term, role, organisation, country, note, mentions, mention_count, quotes }
    Organisation { id, name, term, country, name_en, name_zh, mentions, mention_count }
    Figure { id, kind, value, bound, unit, period, date, date_end, sentence, start, end, same_as,
             label }
    Derived { id, value, unit, period, formula, inputs, label }
    Event { id, start, end, place, sentences, figures, title, what }
    Rate { year, usd_cny, usd_krw, source_usd_cny, source_usd_krw }
    Date { year, month, day }
    Chart { id, kind, points, annotation }
    ChartPoint { value, figure, sentence, selected_by }
    Annotation { kind, value, from, to }
}

impl Bake for Target {
    fn bake(&self, out: &mut String) {
        out.push_str(&match self {
            Target::Term(i) => format!("Target::Term({i})"),
            Target::Ortho(i) => format!("Target::Ortho({i})"),
            Target::Figure(i) => format!("Target::Figure({i})"),
            Target::Learner(i) => format!("Target::Learner({i})"),
        });
    }
}

impl Bake for ChartValue {
    fn bake(&self, out: &mut String) {
        out.push_str(&match self {
            ChartValue::Figure(i) => format!("ChartValue::Figure({i})"),
            ChartValue::Derived(i) => format!("ChartValue::Derived({i})"),
            ChartValue::Event(i) => format!("ChartValue::Event({i})"),
        });
    }
}

/// The generated file's text (`pub static DATASET: Dataset = …;`, then `TEXTS_FILE`), and the
/// texts file: each distinct text of the dataset once, in the order the dataset first names it.
/// For the wasm (`in_file`) every `Text` in the source is a place in that file, which the app is
/// handed at start; for the host (build step, tests) a literal. Either way the source names the
/// file's length and hash (`TEXTS_FILE`), which `install_texts` checks.
pub fn bake_dataset(d: &Dataset, in_file: bool) -> (String, String) {
    // The file is written for the host too (the build step copies it into dist/), so the
    // table is filled either way; only the wasm's source refers to it.
    TABLE.with_borrow_mut(|t| *t = Some((String::new(), Default::default())));
    let mut file_src = String::new();
    d.bake(&mut file_src);
    let (all, _) = TABLE
        .with_borrow_mut(|t| t.take())
        .expect("the table was set above");
    let value = if in_file {
        file_src
    } else {
        let mut literal = String::new();
        d.bake(&mut literal);
        literal
    };
    let file = TextsFile::of(&all);
    let mut out = String::from("// Generated by build.rs from data/: do not edit.\n");
    out.push_str("pub static DATASET: Dataset = ");
    out.push_str(&value);
    out.push_str(";\n");
    out.push_str(&format!(
        "pub const TEXTS_FILE: TextsFile = TextsFile {{ len: {}, hash: {:#x} }};\n",
        file.len, file.hash
    ));
    (out, all)
}
