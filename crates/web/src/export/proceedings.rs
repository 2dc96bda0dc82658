//! The proceedings as Markdown: the source of the HTML page and of the PDF.
//!
//! Structure: the gathering's title (level 1), its date, venue and attendance, a table of
//! contents, each session under a level-2 heading (its report's own headings demoted below it),
//! then, after a rule, the actions agreed at the closing as a section of their own. Plain-text
//! fields (titles, names, the venue) are escaped, so a link or an unclosed `<b>` in a title
//! stays literal text; only reports are Markdown.

use convene_app::harvest::Proceedings;
use convene_i18n::{Arg, Tr};
use std::fmt::Write;

/// Attribution under the gathering's license, as the proceedings carry it.
pub fn attribution(p: &Proceedings, tr: Tr) -> String {
    tr.t3(
        "proceedings-attribution",
        "gathering",
        &p.gathering.title,
        "community",
        &p.community,
        "license",
        &p.gathering.license,
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

/// A heading's anchor as the table of contents links it.
fn anchor(i: usize) -> String {
    format!("session-{}", i + 1)
}

/// The proceedings with their fixed words in the reader's language (what people wrote stays
/// as they wrote it).
pub fn markdown_in(p: &Proceedings, tr: Tr) -> String {
    let mut md = String::new();
    let g = &p.gathering;
    let _ = writeln!(md, "# {}\n", plain(&g.title));
    let _ = writeln!(md, "> {}\n", plain(&g.calling_question));
    let date = match (p.dates.first(), p.dates.last()) {
        (Some(a), Some(b)) if a != b => tr.t2(
            "proceedings-dates",
            "first",
            tr.iso_date(a),
            "last",
            tr.iso_date(b),
        ),
        (Some(a), _) => tr.iso_date(a),
        _ => tr.t("proceedings-no-date"),
    };
    let _ = writeln!(md, "- {}", plain(&tr.t1("proceedings-date", "date", date)));
    let _ = writeln!(
        md,
        "- {}",
        plain(&tr.t1("proceedings-venue", "venue", &g.venue))
    );
    let _ = writeln!(
        md,
        "- {}",
        plain(&tr.t2(
            "proceedings-attendance",
            "yes",
            p.said_yes,
            "present",
            p.checked_in
        ))
    );
    let counts = tr.t2(
        "proceedings-counts",
        "sessions",
        p.sessions.len(),
        "actions",
        p.actions.len(),
    );
    let _ = writeln!(md, "- {}\n", plain(&counts));
    let _ = writeln!(md, "*{}*\n", plain(&attribution(p, tr)));
    let _ = writeln!(md, "## {}\n", plain(&tr.t("proceedings-contents")));
    for (i, s) in p.sessions.iter().enumerate() {
        let _ = writeln!(md, "{}. [{}](#{})", i + 1, plain(&s.title), anchor(i));
    }
    let actions_heading = plain(&tr.t("proceedings-actions-heading"));
    if !p.actions.is_empty() {
        let _ = writeln!(
            md,
            "{}. [{actions_heading}](#actions)",
            p.sessions.len() + 1
        );
    }
    md.push('\n');
    for (i, s) in p.sessions.iter().enumerate() {
        let _ = writeln!(md, "## {} {{#{}}}\n", plain(&s.title), anchor(i));
        let line = match s.round {
            Some(round) => tr.args(
                "proceedings-cafe-line",
                &[
                    ("round", round.value()),
                    ("table", s.space.as_str().value()),
                    ("host", s.convener.as_str().value()),
                    ("present", s.present.value()),
                ],
            ),
            None => tr.args(
                "proceedings-session-line",
                &[
                    ("convener", s.convener.as_str().value()),
                    ("when", crate::i18n::when(tr, &s.when).value()),
                    ("space", s.space.as_str().value()),
                    ("present", s.present.value()),
                    ("dots", s.dots.value()),
                ],
            ),
        };
        let _ = writeln!(md, "{}\n", plain(&line));
        if s.report.trim().is_empty() {
            let _ = writeln!(md, "*{}*\n", plain(&tr.t("proceedings-no-report")));
        } else {
            let _ = writeln!(md, "{}\n", demote_headings(s.report.trim()));
        }
        if !s.named.is_empty() {
            let names = tr.t1("proceedings-taking-part", "names", s.named.join(", "));
            let _ = writeln!(md, "{}\n", plain(&names));
        }
    }
    if !p.actions.is_empty() {
        let _ = writeln!(md, "---\n\n## {actions_heading} {{#actions}}\n");
        let _ = writeln!(md, "{}\n", plain(&tr.t("proceedings-actions-intro")));
        for a in &p.actions {
            let owners = if a.owners.is_empty() {
                tr.t("proceedings-nobody")
            } else {
                a.owners.join(", ")
            };
            let status = crate::i18n::action_status(tr, a.status.as_str());
            let _ = writeln!(
                md,
                "- **{}** ({}) · {}{}",
                plain(&a.title),
                plain(&tr.t2("proceedings-action-line", "status", status, "dots", a.dots)),
                plain(&tr.t1("proceedings-owners", "owners", owners)),
                a.due_on
                    .as_deref()
                    .map(|d| format!(
                        " · {}",
                        plain(&tr.t1("proceedings-due", "date", tr.iso_date(d)))
                    ))
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
