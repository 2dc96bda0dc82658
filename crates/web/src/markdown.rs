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
