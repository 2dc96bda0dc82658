//! Markdown written by people, shown as HTML: rendered by pulldown-cmark, then sanitized by
//! ammonia (no scripts, no event handlers, no styles; links get rel="noopener noreferrer").

pub fn to_html(md: &str) -> String {
    let mut raw = String::new();
    let parser = pulldown_cmark::Parser::new_ext(
        md,
        pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH,
    );
    pulldown_cmark::html::push_html(&mut raw, parser);
    ammonia::clean(&raw)
}

/// The proceedings as HTML: like [`to_html`], and the level-2 headings keep the anchors the
/// table of contents links to (`session-N`, `actions`); no other element may carry an id, so a
/// report cannot clobber one (its headings are demoted below level 2 anyway).
pub fn proceedings_html(md: &str) -> String {
    let mut raw = String::new();
    let parser = pulldown_cmark::Parser::new_ext(
        md,
        pulldown_cmark::Options::ENABLE_TABLES
            | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
            | pulldown_cmark::Options::ENABLE_HEADING_ATTRIBUTES,
    );
    pulldown_cmark::html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .add_tag_attributes("h2", &["id"])
        .attribute_filter(|tag, attr, value| {
            let anchor = value == "actions"
                || value
                    .strip_prefix("session-")
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if tag == "h2" && attr == "id" && !anchor {
                None
            } else {
                Some(value.into())
            }
        })
        .clean(&raw)
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn scripts_and_handlers_are_removed() {
        let html =
            super::to_html("**key** point <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(html.contains("<strong>key</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
    }
}
