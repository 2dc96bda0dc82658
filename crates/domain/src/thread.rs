//! Threads: how a reply quotes, which words mention a member, and what a person chose to
//! follow. Pure rules; the store keeps the rows, the app decides who may do what.

/// Whether a person follows a thread: watching (told of replies), muted (never told), or
/// neither (told of mentions only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    Watch,
    Mute,
}

impl Follow {
    pub fn as_str(self) -> &'static str {
        match self {
            Follow::Watch => "watch",
            Follow::Mute => "mute",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "watch" => Some(Follow::Watch),
            "mute" => Some(Follow::Mute),
            _ => None,
        }
    }
}

/// A quote of `text` by `who`, as a Markdown blockquote to put above a reply.
pub fn quote(who: &str, text: &str) -> String {
    let mut out = format!("> **{}** wrote:\n>\n", who.replace(['*', '\n'], ""));
    for line in text.lines() {
        out.push_str("> ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

/// How a display name is written after `@`: without spaces, compared without case
/// ("@AnaLima" mentions "Ana Lima").
pub fn handle(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The handles a text mentions (`@` at the start or after a space or punctuation, then
/// letters, digits, `.`, `-`, `_`), lowercased, each once, in order.
pub fn mentions(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts = c == '@' && prev.is_none_or(|p| !p.is_alphanumeric());
        prev = Some(c);
        if !starts {
            continue;
        }
        let rest = &text[i + 1..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_')))
            .unwrap_or(rest.len());
        let h = handle(rest[..end].trim_end_matches(['.', '-', '_']));
        if !h.is_empty() && !out.contains(&h) {
            out.push(h);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_found_once_and_not_in_addresses() {
        assert_eq!(
            mentions("Hi @AnaLima, see @ben. And @analima again; mail x@y.org"),
            vec!["analima", "ben"]
        );
        assert_eq!(handle("Ana Lima"), "analima");
        assert!(mentions("@ alone").is_empty());
    }

    #[test]
    fn a_quote_is_a_blockquote_of_every_line() {
        let q = quote("Ana", "one\ntwo");
        assert_eq!(q, "> **Ana** wrote:\n>\n> one\n> two\n\n");
    }

    #[test]
    fn follow_names_round_trip() {
        for f in [Follow::Watch, Follow::Mute] {
            assert_eq!(Follow::parse(f.as_str()), Some(f));
        }
    }
}
