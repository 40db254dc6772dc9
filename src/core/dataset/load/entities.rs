//! `data/entities.toml`: organisations, then people (who may name an organisation). Mentions are
//! the sentences that contain a form, and the mention count how often a form occurs, found as
//! the glossary's marks are (leftmost-longest, `annotate::find_marks`), so that the people
//! panel and the glossary count the same thing; quotes must be sentences with a quotation mark
//! in a paragraph that names the person.

use super::super::annotate::find_marks;
use super::super::model::*;
use super::super::raw::*;
use super::article::LoadedArticle;
use super::check::{given, leak, leak_list, to_text, Check};
use super::{DataError, ARTICLE, ENTITIES, GLOSSARY};

pub(super) fn load(
    text: &str,
    article: &LoadedArticle,
    terms: &[Term],
    errors: &mut Vec<DataError>,
) -> (Vec<Organisation>, Vec<Person>) {
    let sentences = &article.sentences;
    let mentions_of = |forms: &[String]| -> Vec<u32> {
        sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| forms.iter().any(|f| s.text.contains(f.as_str())))
            .map(|(i, _)| i as u32)
            .collect()
    };
    // Occurrences, not sentences: 흑룡강성상무청 is named five times in four sentences, and its
    // glossary entry says 5.
    let count_of = |forms: &[String]| -> u32 {
        let forms: Vec<(&str, u32)> = forms.iter().map(|f| (f.as_str(), 0)).collect();
        sentences
            .iter()
            .map(|s| find_marks(&s.text, &[], &forms, &[]).len() as u32)
            .sum()
    };
    let mut organisations: Vec<Organisation> = Vec::new();
    let mut people: Vec<Person> = Vec::new();
    let mut c = Check {
        file: ENTITIES,
        errors,
    };
    let table = c.table(text).unwrap_or_default();
    let empty = Vec::new();
    let get = |k: &str| table.get(k).and_then(|v| v.as_array()).unwrap_or(&empty);
    let raw_orgs: Vec<(String, RawOrganisation)> = c.array(get("organisation"), "organisation");
    let raw_people: Vec<(String, RawPerson)> = c.array(get("person"), "person");
    c.unique_ids(raw_orgs.iter().map(|(l, o)| (l.as_str(), o.id.as_str())));
    c.unique_ids(raw_people.iter().map(|(l, o)| (l.as_str(), o.id.as_str())));
    let resolve_term = |c: &mut Check, label: &str, t: &Option<String>| {
        t.as_ref().and_then(|id| {
            let r = terms.iter().position(|t| t.id == id).map(|i| i as u32);
            if r.is_none() {
                c.err(
                    label,
                    "term",
                    format!("no glossary term with id \"{id}\" in {GLOSSARY}"),
                );
            }
            r
        })
    };
    for (label, o) in raw_orgs {
        let mentions = mentions_of(&o.forms);
        let mention_count = count_of(&o.forms);
        if mentions.is_empty() && article.ok {
            c.err(
                &label,
                "forms",
                format!("none of {:?} occurs in the article", o.forms),
            );
        }
        let term = resolve_term(&mut c, &label, &o.term);
        let name = given(&o.name, &o.name_zh, &o.name_en);
        let names = Tri::new("name", "name_zh", "name_en");
        c.three_langs_named(&label, names, name, true);
        organisations.push(Organisation {
            id: leak(o.id),
            name: leak(o.name),
            term,
            country: leak(o.country),
            name_en: leak(o.name_en),
            name_zh: leak(o.name_zh),
            mentions: leak_list(mentions),
            mention_count,
        });
    }
    for (label, p) in raw_people {
        let mentions = mentions_of(&p.forms);
        let mention_count = count_of(&p.forms);
        if mentions.is_empty() && article.ok {
            c.err(
                &label,
                "forms",
                format!("none of {:?} occurs in the article", p.forms),
            );
        }
        let term = resolve_term(&mut c, &label, &p.term);
        let organisation = p.organisation.as_ref().and_then(|id| {
            let r = organisations
                .iter()
                .position(|o| o.id == id)
                .map(|i| i as u32);
            if r.is_none() {
                c.err(
                    &label,
                    "organisation",
                    format!("no [[organisation]] with id \"{id}\""),
                );
            }
            r
        });
        let quotes = quotes(&mut c, &label, &p, article);
        let role = Tri::new(p.role_ko, p.role_zh, p.role_en);
        c.three_langs(&label, "role", role.as_deref().map(Some), true);
        let note = Tri::new(p.note_ko, p.note_zh, p.note_en);
        c.three_langs(&label, "note", note.as_ref().map(|n| n.as_deref()), false);
        people.push(Person {
            id: leak(p.id),
            name: leak(p.name),
            term,
            role: role.map(to_text),
            organisation,
            country: leak(p.country),
            note: note.transpose().map(|n| n.map(to_text)),
            mentions: leak_list(mentions),
            mention_count,
            quotes: leak_list(quotes),
        });
    }
    (organisations, people)
}

/// The sentences quoting the person: each must exist, have a quotation mark and be in a
/// paragraph that names the person.
fn quotes(c: &mut Check, label: &str, p: &RawPerson, article: &LoadedArticle) -> Vec<u32> {
    let sentences = &article.sentences;
    let mut quotes = Vec::new();
    for q in &p.quotes {
        let Some(si) = article.sentence(q) else {
            c.err(
                label,
                "quotes",
                format!("no sentence with id \"{q}\" in {ARTICLE}"),
            );
            continue;
        };
        let text = sentences[si as usize].text;
        let para = article.paragraphs[sentences[si as usize].paragraph as usize];
        let para_text: String = sentences[para.first as usize..(para.first + para.len) as usize]
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        if !text.contains(['"', '“', '”']) {
            c.err(
                label,
                "quotes",
                format!("sentence \"{q}\" has no quotation mark"),
            );
        } else if !p.forms.iter().any(|f| para_text.contains(f.as_str())) {
            c.err(
                label,
                "quotes",
                format!(
                    "sentence \"{q}\" is not in a paragraph that names {}",
                    p.name
                ),
            );
        }
        quotes.push(si);
    }
    quotes
}
