//! The proceedings as Markdown: the source of the HTML page and of the PDF.

use convene_app::harvest::Proceedings;
use std::fmt::Write;

/// Attribution under the gathering's license, as the proceedings carry it.
pub fn attribution(p: &Proceedings) -> String {
    format!(
        "Proceedings of “{}” ({}), by its participants. Licensed {}: share and adapt with attribution.",
        p.gathering.title, p.community, p.gathering.license
    )
}

pub fn markdown(p: &Proceedings) -> String {
    let mut md = String::new();
    let g = &p.gathering;
    let _ = writeln!(md, "# {}\n", g.title);
    let _ = writeln!(md, "> {}\n", g.calling_question.replace('\n', "\n> "));
    let _ = writeln!(md, "*{}*\n", attribution(p));
    for s in &p.sessions {
        let _ = writeln!(md, "## {}\n", s.title);
        let _ = writeln!(
            md,
            "Convened by {} · {} · {} · {} dots\n",
            s.convener, s.when, s.space, s.dots
        );
        if s.report.trim().is_empty() {
            md.push_str("*No report yet.*\n\n");
        } else {
            let _ = writeln!(md, "{}\n", s.report.trim());
        }
        if !s.named.is_empty() {
            let _ = writeln!(md, "Taking part: {}\n", s.named.join(", "));
        }
    }
    if !p.actions.is_empty() {
        md.push_str("## Actions\n\n");
        for a in &p.actions {
            let owners = if a.owners.is_empty() {
                "nobody yet".to_owned()
            } else {
                a.owners.join(", ")
            };
            let _ = writeln!(
                md,
                "- **{}** ({}; {} dots) · owners: {}{}",
                a.title,
                a.status.as_str(),
                a.dots,
                owners,
                a.due_on
                    .as_deref()
                    .map(|d| format!(" · due {d}"))
                    .unwrap_or_default()
            );
        }
        md.push('\n');
    }
    md
}
