//! `data/events.toml`: the timeline, each event tied to its sentences, figures and place.

use super::super::model::*;
use super::super::raw::*;
use super::article::LoadedArticle;
use super::check::{given, leak, leak_list, parse_date, to_text, Check};
use super::{DataError, ARTICLE, EVENTS, FIGURES};

pub(super) fn load(
    text: &str,
    article: &LoadedArticle,
    terms: &[Term],
    figures: &[Figure],
    errors: &mut Vec<DataError>,
) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    let mut c = Check {
        file: EVENTS,
        errors,
    };
    let raws: Vec<(String, RawEvent)> = c.entries(text, "event");
    c.unique_ids(raws.iter().map(|(l, t)| (l.as_str(), t.id.as_str())));
    for (label, e) in raws {
        let start = parse_date(&e.start);
        if start.is_none() {
            c.err(
                &label,
                "start",
                format!("\"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", e.start),
            );
        }
        let end = e.end.as_deref().map(parse_date);
        if end == Some(None) {
            c.err(&label, "end", "is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        let end = end.flatten();
        if let (Some(a), Some(b)) = (start, end) {
            if b < a {
                c.err(&label, "end", "is before `start`");
            }
        }
        let place = e.place.as_ref().and_then(|p| {
            let r = terms.iter().position(|t| t.id == p).map(|i| i as u32);
            if r.is_none() {
                c.err(&label, "place", format!("no glossary term with id \"{p}\""));
            }
            r
        });
        let mut sents = Vec::new();
        for s in &e.sentences {
            match article.sentence(s) {
                Some(i) => sents.push(i),
                None => c.err(
                    &label,
                    "sentences",
                    format!("no sentence with id \"{s}\" in {ARTICLE}"),
                ),
            }
        }
        if e.sentences.is_empty() {
            // The timeline's point for the event links to a sentence.
            c.err(&label, "sentences", "must name at least one sentence");
        }
        let mut figs = Vec::new();
        for f in &e.figures {
            match figures.iter().position(|x| x.id == f) {
                Some(i) => figs.push(i as u32),
                None => c.err(
                    &label,
                    "figures",
                    format!("no figure with id \"{f}\" in {FIGURES}"),
                ),
            }
        }
        let title = given(&e.title_ko, &e.title_zh, &e.title_en);
        c.three_langs(&label, "title", title, true);
        let what = given(&e.what_ko, &e.what_zh, &e.what_en);
        c.three_langs(&label, "what", what, true);
        events.push(Event {
            id: leak(e.id),
            start: start.unwrap_or(Date {
                year: 0,
                month: 0,
                day: 0,
            }),
            end,
            place,
            sentences: leak_list(sents),
            figures: leak_list(figs),
            title: Tri::new(e.title_ko, e.title_zh, e.title_en).map(to_text),
            what: Tri::new(e.what_ko, e.what_zh, e.what_en).map(to_text),
        });
    }
    events
}
