//! UI components, one per file (file name = component name).

pub mod article_view;
pub mod charts_panel;
pub mod glossary_panel;
pub mod header;
pub mod people_panel;
pub mod share_panel;
pub mod term_card;
pub mod words_panel;
