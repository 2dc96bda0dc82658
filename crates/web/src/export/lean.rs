//! A Lean Coffee's summary as Markdown (the PDF is drawn from it by `export::pdf`): the topics
//! in the order discussed with their votes, how each Roman vote went and the actions with their
//! volunteers, then the topics not reached. Every text is plain (escaped), nothing is Markdown.

use super::proceedings::plain;
use convene_app::lean::{Board, TopicCard};
use std::fmt::Write;

fn topic(out: &mut String, t: &TopicCard) {
    let _ = writeln!(out, "## {}\n", plain(&t.title));
    let votes = if t.votes == 1 {
        "1 vote"
    } else {
        &format!("{} votes", t.votes)
    };
    let _ = writeln!(out, "Proposed by {}; {votes}.\n", plain(&t.proposer));
    if !t.merged.is_empty() {
        let merged: Vec<String> = t.merged.iter().map(|m| format!("“{}”", plain(m))).collect();
        let _ = writeln!(out, "Merged with {}.\n", merged.join(", "));
    }
    for (i, r) in t.rounds.iter().enumerate() {
        let _ = writeln!(out, "- Roman vote {}: {}", i + 1, r.sentence());
    }
    if !t.rounds.is_empty() {
        out.push('\n');
    }
    for d in &t.proposals {
        let _ = writeln!(
            out,
            "Proposed for the community's decision process: “{}” ({}).\n",
            plain(&d.title),
            d.status
        );
    }
    if !t.actions.is_empty() {
        let _ = writeln!(out, "### Actions\n");
        for a in &t.actions {
            let owners = if a.owners.is_empty() {
                "no volunteer yet".to_owned()
            } else {
                a.owners
                    .iter()
                    .map(|o| plain(o))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(
                out,
                "- {} ({}; {owners})",
                plain(&a.title),
                a.status.as_str()
            );
        }
        out.push('\n');
    }
}

pub fn summary(b: &Board, community: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", plain(&b.gathering.title));
    if !b.gathering.calling_question.is_empty() {
        let _ = writeln!(out, "{}\n", plain(&b.gathering.calling_question));
    }
    let _ = writeln!(
        out,
        "A Lean Coffee of {}: {} votes per person, {} minutes per topic. {} topics discussed, {} not reached.\n",
        plain(community),
        b.votes_per_person,
        b.timebox_secs / 60,
        b.done.len() + usize::from(b.discussing.is_some()),
        b.to_discuss.len()
    );
    for t in b.done.iter().chain(b.discussing.iter()) {
        topic(&mut out, t);
    }
    if !b.to_discuss.is_empty() {
        let _ = writeln!(out, "## Not reached\n");
        for t in &b.to_discuss {
            let _ = writeln!(out, "- {} ({} votes)", plain(&t.title), t.votes);
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "---\n\nSummary of “{}” ({}), by its participants. Licensed {}: share and adapt with attribution.",
        plain(&b.gathering.title),
        plain(community),
        b.gathering.license
    );
    out
}
