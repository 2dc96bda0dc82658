//! The proceedings as Markdown: the source of the HTML page and of the PDF.
//!
//! Structure: the gathering's title (level 1), its date, venue and attendance, a table of
//! contents, each session under a level-2 heading (its report's own headings demoted below it),
//! then, after a rule, the actions agreed at the closing as a section of their own. Plain-text
//! fields (titles, names, the venue) are escaped, so a link or an unclosed `<b>` in a title
//! stays literal text; only reports are Markdown.

use convene_app::harvest::Proceedings;
use std::fmt::Write;

/// Attribution under the gathering's license, as the proceedings carry it.
pub fn attribution(p: &Proceedings) -> String {
    format!(
        "Proceedings of “{}” ({}), by its participants. Licensed {}: share and adapt with attribution.",
        p.gathering.title, p.community, p.gathering.license
    )
}

/// Plain text made literal inside Markdown: every character that Markdown, inline HTML or a
/// heading attribute could act on in the middle of a line is backslash-escaped (CommonMark lets
/// any ASCII punctuation be escaped); line breaks become spaces, so it never starts a line.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A report's headings moved two levels down (`#` becomes `###`, capped at `######`), so no
/// report heading is as large as a session's title.
pub fn demote_headings(report: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (event, range) in Parser::new(report).into_offset_iter() {
        let Event::Start(Tag::Heading { level, .. }) = event else {
            continue;
        };
        let hashes = "#".repeat((level as usize + 2).min(6));
        let source = &report[range.clone()];
        let lead = source.len() - source.trim_start().len();
        if source.trim_start().starts_with('#') {
            // ATX: two more hashes in front of the existing ones.
            let at = range.start + lead;
            edits.push((at..at, "##".into()));
        } else {
            // Setext: the text lines become one ATX heading, the underline goes.
            let text: Vec<&str> = source.trim_end().lines().collect();
            let body = text[..text.len().saturating_sub(1)]
                .iter()
                .map(|l| l.trim())
                .collect::<Vec<_>>()
                .join(" ");
            edits.push((range, format!("{hashes} {body}\n")));
        }
    }
    let mut out = report.to_owned();
    for (range, text) in edits.into_iter().rev() {
        out.replace_range(range, &text);
    }
    out
}

/// `1 session`, `3 sessions`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// A heading's anchor as the table of contents links it.
fn anchor(i: usize) -> String {
    format!("session-{}", i + 1)
}

pub fn markdown(p: &Proceedings) -> String {
    let mut md = String::new();
    let g = &p.gathering;
    let _ = writeln!(md, "# {}\n", plain(&g.title));
    let _ = writeln!(md, "> {}\n", plain(&g.calling_question));
    let date = match (p.dates.first(), p.dates.last()) {
        (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
        (Some(a), _) => a.clone(),
        _ => "no date set".into(),
    };
    let _ = writeln!(md, "- Date: {}", plain(&date));
    let _ = writeln!(md, "- Venue: {}", plain(&g.venue));
    let _ = writeln!(
        md,
        "- Attendance: {} said they would come; {} checked in to at least one session",
        p.said_yes, p.checked_in
    );
    let _ = writeln!(
        md,
        "- {}, {}\n",
        count(p.sessions.len(), "session"),
        count(p.actions.len(), "action")
    );
    let _ = writeln!(md, "*{}*\n", plain(&attribution(p)));
    md.push_str("## Contents\n\n");
    for (i, s) in p.sessions.iter().enumerate() {
        let _ = writeln!(md, "{}. [{}](#{})", i + 1, plain(&s.title), anchor(i));
    }
    if !p.actions.is_empty() {
        let _ = writeln!(
            md,
            "{}. [Actions agreed at the closing](#actions)",
            p.sessions.len() + 1
        );
    }
    md.push('\n');
    for (i, s) in p.sessions.iter().enumerate() {
        let _ = writeln!(md, "## {} {{#{}}}\n", plain(&s.title), anchor(i));
        let _ = writeln!(
            md,
            "Convened by {} · {} · {} · {} checked in · {} dots\n",
            plain(&s.convener),
            plain(&s.when),
            plain(&s.space),
            s.present,
            s.dots
        );
        if s.report.trim().is_empty() {
            md.push_str("*No report yet.*\n\n");
        } else {
            let _ = writeln!(md, "{}\n", demote_headings(s.report.trim()));
        }
        if !s.named.is_empty() {
            let names: Vec<String> = s.named.iter().map(|n| plain(n)).collect();
            let _ = writeln!(md, "Taking part: {}\n", names.join(", "));
        }
    }
    if !p.actions.is_empty() {
        md.push_str("---\n\n## Actions agreed at the closing {#actions}\n\n");
        let _ = writeln!(
            md,
            "What people volunteered to carry on after the gathering, with its dots.\n"
        );
        for a in &p.actions {
            let owners = if a.owners.is_empty() {
                "nobody yet".to_owned()
            } else {
                a.owners
                    .iter()
                    .map(|o| plain(o))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(
                md,
                "- **{}** ({}; {} dots) · owners: {}{}",
                plain(&a.title),
                a.status.as_str(),
                a.dots,
                owners,
                a.due_on
                    .as_deref()
                    .map(|d| format!(" · due {}", plain(d)))
                    .unwrap_or_default()
            );
        }
        md.push('\n');
    }
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_stays_literal() {
        let html = crate::markdown::to_html(&format!(
            "## {}\n\n{}",
            plain("<b>bold # title"),
            plain("[click](https://evil.example) *x*")
        ));
        assert!(html.contains("&lt;b&gt;bold # title"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("<a "), "{html}");
        assert!(html.contains("[click](https://evil.example) *x*"), "{html}");
    }

    #[test]
    fn report_headings_go_two_levels_down() {
        let out = demote_headings("# Key points\n\ntext\n\nInsights\n========\n\n#### deep\n");
        assert_eq!(
            out,
            "### Key points\n\ntext\n\n### Insights\n\n###### deep\n"
        );
    }
}
