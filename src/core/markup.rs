//! Escaping text for HTML and XML (the SVG charts, the built pages, the embed code, the Anki
//! deck's fields): one loop, in the two forms the outputs use. `escape` covers text content and,
//! with `quotes`, an attribute value in either quote; `escape_attr` is for an attribute value in
//! double quotes, or HTML text, and leaves an apostrophe as written ("China's" stays readable in
//! the code an author copies and in a card's field).

/// Escapes `&`, `<` and `>` for text content; with `quotes` also `"` and `'`, for an attribute
/// value in either quote.
pub fn escape(s: &str, quotes: bool) -> String {
    escape_chars(s, quotes, quotes)
}

/// Escapes `&`, `<`, `>` and `"`, for an attribute value in double quotes or HTML text; an
/// apostrophe stays as written.
pub fn escape_attr(s: &str) -> String {
    escape_chars(s, true, false)
}

/// Escapes `&`, `<` and `>`, and `"` (`double`) and `'` (`single`) when asked.
fn escape_chars(s: &str, double: bool, single: bool) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' if double => o.push_str("&quot;"),
            '\'' if single => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_escapes_its_characters() {
        let s = r#"<a href="x">Tom & Jerry's</a>"#;
        assert_eq!(
            escape(s, false),
            r#"&lt;a href="x"&gt;Tom &amp; Jerry's&lt;/a&gt;"#
        );
        assert_eq!(
            escape(s, true),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
        assert_eq!(
            escape_attr(s),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;"
        );
        assert_eq!(escape_attr("흑룡강 · 黑龙江"), "흑룡강 · 黑龙江");
    }
}
