//! Search, the pure parts: what a person typed becomes words and quoted phrases
//! ([`SearchQuery::parse`]), never operators, so no character or byte sequence can make a
//! search engine's query syntax fail; text is cut into the same words ([`terms`]) on both
//! databases; a result's snippet is escaped HTML with `<mark>` around the matched words only.

/// The most words (phrase words included) a query keeps; the rest are dropped.
pub const MAX_TERMS: usize = 16;
/// The longest word kept, in characters (longer ones are cut).
pub const MAX_TERM_CHARS: usize = 64;
/// The longest query read, in bytes (the rest is ignored).
pub const MAX_QUERY_BYTES: usize = 1000;

/// One part of a query: a word, or words that must follow each other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Word(String),
    Phrase(Vec<String>),
}

/// A query as the engines receive it: parts that must all match, each made of [`terms`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    pub parts: Vec<Part>,
}

/// The words of a text: maximal runs of letters and digits, lower-cased. Everything else
/// (punctuation, quotes, operators, symbols, control characters) only separates words.
pub fn terms(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
}

/// Words with their byte ranges in `text` (for highlighting).
fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

fn word(t: &str) -> String {
    // Lower-casing can add a combining mark ('İ' becomes 'i' and U+0307), which is no letter:
    // it is dropped, so a word stays letters and digits.
    t.chars()
        .take(MAX_TERM_CHARS)
        .collect::<String>()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Text as the index keeps it: its words separated by single spaces, so PostgreSQL's parser
/// sees the same words SQLite's tokenizer does (no host names, paths or e-mail addresses as
/// one token).
pub fn normalized(text: &str, max_bytes: usize) -> String {
    let mut out = String::new();
    for t in terms(text) {
        if out.len() + t.len() + 1 > max_bytes {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out
}

impl SearchQuery {
    /// Reads anything: text between double quotes is a phrase (an unclosed quote runs to the
    /// end), other white-space separated pieces are words; a piece such as `e-mail` that holds
    /// several words is a phrase of them. Operators (`OR`, `-`, `*`, `NEAR(`) are just words
    /// or separators.
    pub fn parse(input: &str) -> Self {
        let mut cut = input.len().min(MAX_QUERY_BYTES);
        while !input.is_char_boundary(cut) {
            cut -= 1;
        }
        let input = &input[..cut];
        let mut parts = Vec::new();
        let mut budget = MAX_TERMS;
        for (i, chunk) in input.split('"').enumerate() {
            let quoted = i % 2 == 1;
            let pieces: Vec<&str> = if quoted {
                vec![chunk]
            } else {
                chunk.split_whitespace().collect()
            };
            for piece in pieces {
                let words: Vec<String> = terms(piece).take(budget).map(word).collect();
                budget -= words.len();
                let part = match words.len() {
                    0 => continue,
                    1 => Part::Word(words.into_iter().next().unwrap_or_default()),
                    _ => Part::Phrase(words),
                };
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        SearchQuery { parts }
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// Every part quoted: `"word" "two words"`. Inside quotes both SQLite FTS5 and
    /// PostgreSQL's `websearch_to_tsquery` read words only (FTS5's `OR`, `NEAR`, `*` and
    /// PostgreSQL's `or` and `-` are operators only outside quotes), and the words hold no
    /// quote, so this string is a safe query for both.
    pub fn quoted(&self) -> String {
        let mut out = String::new();
        for p in &self.parts {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push('"');
            match p {
                Part::Word(w) => out.push_str(w),
                Part::Phrase(ws) => out.push_str(&ws.join(" ")),
            }
            out.push('"');
        }
        out
    }

    /// The words to highlight.
    pub fn words(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for p in &self.parts {
            match p {
                Part::Word(w) => out.push(w),
                Part::Phrase(ws) => out.extend(ws.iter().map(String::as_str)),
            }
        }
        out
    }
}

/// What people read of Markdown, as plain text: the words of paragraphs, headings, lists,
/// quotes, tables, code and link texts, without the marks (`**`, `#`, `>`, `[…](…)`), link
/// targets or raw HTML, white space collapsed. Indexes and snippets are made of this, so a
/// result shows "Key points", never `**Key points**`.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, TagEnd};
    let mut out = String::new();
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, opts) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::Rule => out.push(' '),
            // Inline marks end inside a word's run; every other end separates.
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => {}
            Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// How many words a snippet shows.
pub const SNIPPET_WORDS: usize = 28;

/// A short piece of `text` around the first matched word, as HTML: the text escaped, the
/// matched words in `<mark>`, `…` where it was cut. Nothing else is markup.
pub fn snippet(text: &str, q: &SearchQuery) -> String {
    let wanted: Vec<String> = q.words().into_iter().map(str::to_owned).collect();
    let words = spans(text);
    let hit = |&(s, e): &(usize, usize)| wanted.contains(&word(&text[s..e]));
    let first = words.iter().position(hit).unwrap_or(0);
    let from = first.saturating_sub(6);
    let to = (from + SNIPPET_WORDS).min(words.len());
    let mut out = String::new();
    if words.is_empty() {
        return out;
    }
    let start = if from == 0 { 0 } else { words[from].0 };
    let end = if to == words.len() {
        text.len()
    } else {
        words[to - 1].1
    };
    if from > 0 {
        out.push('…');
    }
    let mut at = start;
    for w in &words[from..to] {
        escape_html(&text[at..w.0], &mut out);
        if hit(w) {
            out.push_str("<mark>");
            escape_html(&text[w.0..w.1], &mut out);
            out.push_str("</mark>");
        } else {
            escape_html(&text[w.0..w.1], &mut out);
        }
        at = w.1;
    }
    escape_html(&text[at..end], &mut out);
    if end < text.len() {
        out.push('…');
    }
    out
}

/// The whole of `text` (a title) as HTML: escaped, the matched words in `<mark>`, nothing cut.
pub fn mark(text: &str, q: &SearchQuery) -> String {
    let wanted: Vec<String> = q.words().into_iter().map(str::to_owned).collect();
    let mut out = String::new();
    let mut at = 0;
    for (s, e) in spans(text) {
        escape_html(&text[at..s], &mut out);
        let w = &text[s..e];
        if wanted.contains(&word(w)) {
            out.push_str("<mark>");
            escape_html(w, &mut out);
            out.push_str("</mark>");
        } else {
            escape_html(w, &mut out);
        }
        at = e;
    }
    escape_html(&text[at..], &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_title_is_marked_whole_and_escaped() {
        let q = SearchQuery::parse("flood");
        assert_eq!(
            mark("<b>Flood</b> warnings & floods", &q),
            "&lt;b&gt;<mark>Flood</mark>&lt;/b&gt; warnings &amp; floods"
        );
    }

    fn w(s: &str) -> Part {
        Part::Word(s.into())
    }

    #[test]
    fn words_phrases_and_operators_as_words() {
        let q =
            SearchQuery::parse(r#"River "Care for" e-mail OR -weeds* NEAR(a b) "unclosed quote"#);
        assert_eq!(
            q.parts,
            vec![
                w("river"),
                Part::Phrase(vec!["care".into(), "for".into()]),
                Part::Phrase(vec!["e".into(), "mail".into()]),
                w("or"),
                w("weeds"),
                Part::Phrase(vec!["near".into(), "a".into()]),
                w("b"),
                Part::Phrase(vec!["unclosed".into(), "quote".into()]),
            ]
        );
        assert_eq!(SearchQuery::parse(r#"a "b c"#).quoted(), r#""a" "b c""#);
        assert!(SearchQuery::parse(r#" "" * - ( ) " "#).is_empty());
        assert_eq!(SearchQuery::parse("river river").parts.len(), 1);
    }

    #[test]
    fn long_queries_are_bounded() {
        let long = "word ".repeat(10_000);
        assert_eq!(SearchQuery::parse(&long).parts.len(), 1);
        let many: String = (0..100).map(|i| format!("w{i} ")).collect();
        assert_eq!(SearchQuery::parse(&many).words().len(), MAX_TERMS);
        let huge = "x".repeat(500);
        assert_eq!(
            SearchQuery::parse(&huge).words()[0].chars().count(),
            MAX_TERM_CHARS
        );
        // Cut inside a multi-byte character: still fine.
        let s = "é".repeat(MAX_QUERY_BYTES);
        assert!(!SearchQuery::parse(&s).is_empty());
    }

    #[test]
    fn markdown_becomes_the_text_people_read() {
        let md = "## Key points\n\n**Willows** hold the _bank_; see [the map](https://example.org/x).\n\n\
                  - one\n- `two`\n\n> quoted\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| c | d |";
        let t = plain_text(md);
        assert_eq!(
            t,
            "Key points Willows hold the bank; see the map. one two quoted a b c d"
        );
        let s = snippet(&t, &SearchQuery::parse("key"));
        assert!(s.starts_with("<mark>Key</mark> points Willows"), "{s}");
        assert!(!s.contains('*') && !s.contains("https"), "{s}");
        // Text that is not Markdown stays as it is; what looks like HTML is not kept as markup.
        assert_eq!(plain_text("River care 2026"), "River care 2026");
        assert_eq!(plain_text("a <b>bold</b> word"), "a bold word");
        assert_eq!(plain_text("5 < 6 & 7"), "5 < 6 & 7");
    }

    #[test]
    fn snippets_escape_and_mark_only_the_words() {
        let q = SearchQuery::parse("river");
        let s = snippet("<b>The</b> River & \"its\" care", &q);
        assert_eq!(
            s,
            "&lt;b&gt;The&lt;/b&gt; <mark>River</mark> &amp; &quot;its&quot; care"
        );
        let long: String = (0..100).map(|i| format!("w{i} ")).collect::<String>() + "river end";
        let s = snippet(&long, &q);
        assert!(
            s.starts_with('…') && s.contains("<mark>river</mark>"),
            "{s}"
        );
        let s = snippet(&long, &SearchQuery::parse("absent"));
        assert!(s.starts_with("w0 ") && s.ends_with('…'), "{s}");
        assert_eq!(snippet("", &q), "");
    }

    #[test]
    fn normalized_keeps_words_only() {
        assert_eq!(normalized("a.b@c.org /x/y-z", 100), "a b c org x y z");
        assert_eq!(normalized("aa bb cc", 5), "aa bb");
    }

    #[test]
    fn lower_casing_adds_no_mark_to_a_word() {
        assert_eq!(SearchQuery::parse("İstanbul").words(), vec!["istanbul"]);
    }

    proptest! {
        #[test]
        fn any_input_gives_a_safe_query(s in any::<String>()) {
            let q = SearchQuery::parse(&s);
            let quoted = q.quoted();
            // Only quoted words: an even number of quotes, and between them letters, digits
            // and spaces.
            prop_assert_eq!(quoted.matches('"').count(), 2 * q.parts.len());
            prop_assert!(quoted.chars().all(|c| c == '"' || c == ' ' || c.is_alphanumeric()));
            prop_assert!(q.words().len() <= MAX_TERMS);
            let html = snippet(&s, &q);
            prop_assert!(!html.replace("<mark>", "").replace("</mark>", "").contains('<'));
        }
    }
}
