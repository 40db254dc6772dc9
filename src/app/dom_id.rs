//! Every DOM id the app creates or looks up, in one place: the code that renders an element and
//! the code that finds it (focus, scroll, a card's anchor, a skip link, `aria-controls`) name it
//! through the same function or constant, so they cannot drift apart. The values are part of the
//! page's contract (deep links such as `#s-p09s2`, the end-to-end tests): do not change them.

use crate::core::dataset::model::Target;
use crate::core::dataset::DATASET;
use crate::core::url_state::{ChartId, Panel};

/// The element the app mounts into (`index.html`).
pub const APP: &str = "app";
/// The page's main landmark.
pub const MAIN: &str = "main";
/// The article: the first skip link's target.
pub const ARTICLE: &str = "article";
pub const ARTICLE_TITLE: &str = "article-title";
/// The last stop of an embed, where "skip past this embed" moves the focus (issue #24).
pub const EMBED_END: &str = "embed-end";
/// The tools panel (glossary, people, charts, my words, share): the second skip link's target.
pub const TOOLS: &str = "tools";
/// The tab panel inside the tools panel.
pub const TOOL_PANEL: &str = "tool-panel";
/// The glossary's search box ("/" focuses it).
pub const SEARCH: &str = "glossary-search";
pub const GLOSSARY_HEADING: &str = "glossary-heading";
/// The glossary's category filter (a `<select>`: all, or one category).
pub const GLOSSARY_FILTER: &str = "glossary-filter";
pub const PEOPLE_HEADING: &str = "people-heading";
pub const CHARTS_HEADING: &str = "charts-heading";
pub const SHARE_HEADING: &str = "share-heading";
pub const WORDS_HEADING: &str = "words-heading";
/// Where a card's "copy with citation" shows its text when the clipboard refuses.
pub const CITE_FIELD_CARD: &str = "cite-field-card";
/// The floating card and its heading.
pub const CARD: &str = "card";
pub const CARD_TITLE: &str = "card-title";
/// The chart keyboard hint every canvas chart is described by.
pub const CHART_KEYS_HINT: &str = "chart-keys-hint";
pub const CURRENCY_SWITCH: &str = "currency-switch";
pub const MODE_SWITCH: &str = "mode-switch";
/// The bar above the article with the display mode, translation and learner switches; in a frame
/// that grows to its content it follows the part the host shows (`embed::follow_visible_band`).
pub const READER_CONTROLS: &str = "reader-controls";
pub const TRANSLATION_SWITCH: &str = "translation-switch";
pub const LEARNER_SWITCH: &str = "learner-switch";
/// The quiet reading's switch and the key to the marks (issue #20).
pub const MARKS_SWITCH: &str = "marks-switch";
pub const MARK_KEY: &str = "mark-key";
/// The glossary search's list of learner words found.
pub const LEARNER_RESULTS: &str = "learner-results";
pub const THEME_TOGGLE: &str = "theme-toggle";
/// The header's text size buttons (가− / 가+).
pub const TEXT_SMALLER: &str = "text-smaller";
pub const TEXT_LARGER: &str = "text-larger";
pub const DOWNLOAD_FIGURES_CSV: &str = "download-figures-csv";
pub const DOWNLOAD_GLOSSARY_CSV: &str = "download-glossary-csv";
pub const DOWNLOAD_DATASET_JSON: &str = "download-dataset-json";
/// The panic panel (`panic.rs`).
pub const FATAL_ERROR: &str = "fatal-error";
/// Why the share panel's version choice is off (the part has no published versions).
pub const EMBED_VERSION_WHY: &str = "embed-version-why";
/// index.html's "could not start" and "loading" lines, which boot.js also shows and hides.
pub const BOOT_ERROR: &str = "boot-error";
pub const BOOT_LOADING: &str = "boot-loading";

// The share panel: each field and its copy button (a refused copy selects the field by its id).
pub const SHARE_LINK: &str = "share-link";
pub const COPY_LINK: &str = "copy-link";
/// The part to embed, its theme and its version (`<select>`s), and what the part carries.
pub const EMBED_PART: &str = "embed-part";
pub const EMBED_THEME: &str = "embed-theme";
pub const EMBED_VERSION: &str = "embed-version";
pub const EMBED_CARRIES: &str = "embed-carries";
pub const EMBED_IFRAME: &str = "embed-iframe";
pub const COPY_EMBED: &str = "copy-embed";
pub const EMBED_PYM: &str = "embed-pym";
pub const COPY_PYM: &str = "copy-pym";
pub const EMBED_AMP: &str = "embed-amp";
pub const COPY_AMP: &str = "copy-amp";
/// The link to a one-chart part's static image.
pub const EMBED_IMAGE: &str = "embed-image";

// The pages built at build time (`examples/prerender.rs`).
/// The heading of the charts the page's shell shows before the app has started.
pub const SHELL_CHARTS_HEADING: &str = "shell-charts-h";

/// A chart in the page's shell (`scripts/prerender.mjs` reads the trade chart's caption by it).
pub fn shell_chart(c: ChartId) -> String {
    format!("shell-chart-{}", c.code())
}

/// A chart's figure (or the key figures' section) on a built embed page.
pub fn embed_chart(c: ChartId) -> String {
    format!("embed-chart-{}", c.code())
}

/// Point `i` of chart `c` in a built embed page's drawing laid out for `width` CSS px (each
/// chart is drawn for two widths, so the width keeps the ids unique).
pub fn chart_point(c: ChartId, i: usize, width: f64) -> String {
    format!("pt-{}-{i}-{width}", c.code())
}

/// The mark at byte `start` of sentence `si` (a card anchors to it; j/k move between them).
pub fn mark(si: u32, start: u32) -> String {
    format!("m-{}-{start}", DATASET.article.sentences[si as usize].id)
}

/// Sentence `si` of the article (also an in-page anchor: `#s-p09s2`).
pub fn sentence(si: u32) -> String {
    format!("s-{}", DATASET.article.sentences[si as usize].id)
}

/// Paragraph `pi` of the article, a section heading or a paragraph (the dataset's id: `p09`).
pub fn paragraph(pi: usize) -> &'static str {
    DATASET.article.paragraphs[pi].id
}

/// A chart's `<figure>` (or the key figures' section).
pub fn chart(c: ChartId) -> String {
    format!("chart-{}", c.code())
}

/// Where a chart's "copy selected value with citation" shows its text when the clipboard refuses.
pub fn cite_field(c: ChartId) -> String {
    format!("cite-field-{}", c.code())
}

/// A chart's title (its figure is labelled by it).
pub fn chart_title(c: ChartId) -> String {
    format!("chart-{}-title", c.code())
}

/// A panel's tab.
pub fn tab(p: Panel) -> String {
    format!("tab-{}", p.code())
}

/// A panel's button in the folded tools' bar (an embed of the whole explorer).
pub fn tools_bar_button(p: Panel) -> String {
    format!("open-{}", p.code())
}

/// A glossary category's heading.
pub fn category(key: &str) -> String {
    format!("cat-{key}")
}

/// A person in the people panel.
pub fn person(id: &str) -> String {
    format!("person-{id}")
}

/// The card of `target` that the page built at build time carries as a native popover (opened by
/// the marks' `popovertarget` before the wasm has started, and without JavaScript).
pub fn popover(target: Target) -> String {
    match target {
        Target::Term(i) => format!("pop-term-{}", DATASET.terms[i as usize].id),
        Target::Ortho(i) => format!("pop-ortho-{}", DATASET.orthography[i as usize].id),
        Target::Figure(i) => format!("pop-fig-{}", DATASET.figures[i as usize].id),
        // Not built (the layer is off on the built page); named for completeness.
        Target::Learner(i) => format!("pop-learn-{i}"),
    }
}

/// The heading of a built card (each card's own, so that every id on the page is unique).
pub fn popover_title(target: Target) -> String {
    format!("{}-title", popover(target))
}

/// The target whose built card has this id (`popover`, read back when the app takes the page
/// over with a card open).
pub fn target_of_popover(id: &str) -> Option<Target> {
    let rest = id.strip_prefix("pop-")?;
    if let Some(t) = rest.strip_prefix("term-") {
        return DATASET.term_index(t).map(|i| Target::Term(i as u32));
    }
    if let Some(o) = rest.strip_prefix("ortho-") {
        return DATASET
            .orthography
            .iter()
            .position(|x| x.id == o)
            .map(|i| Target::Ortho(i as u32));
    }
    let f = rest.strip_prefix("fig-")?;
    DATASET.figure_index(f).map(|i| Target::Figure(i as u32))
}

/// The (sentence, start) anchor of a mark's id (`mark`, read back).
pub fn anchor_of_mark(id: &str) -> Option<(u32, u32)> {
    let rest = id.strip_prefix("m-")?;
    let (sid, start) = rest.rsplit_once('-')?;
    let si = DATASET.sentence_index(sid)? as u32;
    Some((si, start.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_card_and_mark_ids_read_back() {
        for (si, s) in DATASET.article.sentences.iter().enumerate() {
            for m in s.marks {
                assert_eq!(target_of_popover(&popover(m.target)), Some(m.target));
                assert_eq!(
                    anchor_of_mark(&mark(si as u32, m.start)),
                    Some((si as u32, m.start))
                );
            }
        }
        assert_eq!(target_of_popover("pop-term-nope"), None);
        assert_eq!(target_of_popover("card"), None);
        assert_eq!(anchor_of_mark("m-p99s9-0"), None);
        assert_eq!(anchor_of_mark("m-p01s1-x"), None);
    }
}
