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
    use proptest::prelude::*;

    /// Pieces of Markdown and HTML that attacks are built from, to be strung together.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "<script>",
            "</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "![x](javascript:alert(1))",
            "<iframe src=x>",
            "<object data=x>",
            "<style>",
            "style=\"x\"",
            "<div style=\"background:url(x)\">",
            "\"",
            "'",
            ">",
            "<",
            "`",
            "```",
            "\n",
            "\n\n",
            "- ",
            "> ",
            "# ",
            "|a|b|\n|-|-|\n",
            "&#106;avascript:",
            "<b>",
            "</b>",
            "<details open ontoggle=x>",
            "<form action=x>",
            "<base href=x>",
            "<meta http-equiv=refresh>",
            "data:text/html,",
            "onmouseover=",
            "[ref]: javascript:alert(1)\n\n[ref]",
            "<!--",
            "-->",
            "<![CDATA[",
            "word",
            " ",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Whatever is strung together, what comes out has no script, handler, frame, style
        /// or script URL (ammonia's promise, held to it here).
        #[test]
        fn nothing_that_runs_survives(pieces in proptest::collection::vec(piece(), 0..24)) {
            let html = super::to_html(&pieces.concat()).to_lowercase();
            // Text keeps its `<` escaped, so every `<` left opens a real tag: look inside each.
            for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or(t)) {
                let name = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
                prop_assert!(
                    !["script", "iframe", "object", "embed", "style", "form", "base", "meta", "svg"].contains(&name),
                    "a <{name}> in {html}"
                );
                for attr in tag.split_whitespace().skip(1) {
                    let (key, value) = attr.split_once('=').unwrap_or((attr, ""));
                    prop_assert!(!key.starts_with("on") && key != "style", "{key} on <{name}> in {html}");
                    let value = value.trim_matches('"');
                    prop_assert!(
                        !value.starts_with("javascript:") && !value.starts_with("data:") && !value.starts_with("&#"),
                        "{key}={value} on <{name}> in {html}"
                    );
                }
            }
        }
    }

    #[test]
    fn scripts_and_handlers_are_removed() {
        let html =
            super::to_html("**key** point <script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(html.contains("<strong>key</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
    }
}
