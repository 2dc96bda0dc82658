//! A Lean Coffee's summary as Markdown (the PDF is drawn from it by `export::pdf`), in the
//! reader's language: the topics in the order discussed with their votes, how each Roman vote
//! went and the actions with their volunteers, then the topics not reached. Every text is
//! plain (escaped), nothing is Markdown.

use super::proceedings::plain;
use crate::pages::lean::tally;
use convene_app::lean::{Board, TopicCard};
use convene_i18n::Tr;
use std::fmt::Write;

fn topic(out: &mut String, tr: Tr, t: &TopicCard) {
    let _ = writeln!(out, "## {}\n", plain(&t.title));
    let _ = writeln!(
        out,
        "{}\n",
        tr.t2(
            "lean-sum-proposed",
            "name",
            plain(&t.proposer),
            "n",
            t.votes
        )
    );
    if !t.merged.is_empty() {
        let merged: Vec<String> = t.merged.iter().map(|m| format!("“{}”", plain(m))).collect();
        let _ = writeln!(
            out,
            "{}\n",
            tr.t1("lean-sum-merged", "topics", merged.join(", "))
        );
    }
    for (i, r) in t.rounds.iter().enumerate() {
        let _ = writeln!(
            out,
            "- {} {}",
            tr.t1("lean-roman-n", "n", i + 1),
            tally(tr, r)
        );
    }
    if !t.rounds.is_empty() {
        out.push('\n');
    }
    for d in &t.proposals {
        let _ = writeln!(
            out,
            "{}\n",
            tr.t2(
                "lean-sum-decision",
                "title",
                plain(&d.title),
                "status",
                d.status
            )
        );
    }
    if !t.actions.is_empty() {
        let _ = writeln!(out, "### {}\n", tr.t("lean-sum-actions"));
        for a in &t.actions {
            let owners = if a.owners.is_empty() {
                tr.t("lean-no-volunteer")
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
                crate::i18n::action_status(tr, a.status.as_str())
            );
        }
        out.push('\n');
    }
}

pub fn summary(tr: Tr, b: &Board, community: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", plain(&b.gathering.title));
    if !b.gathering.calling_question.is_empty() {
        let _ = writeln!(out, "{}\n", plain(&b.gathering.calling_question));
    }
    let intro = tr.args(
        "lean-sum-intro",
        &[
            ("community", convene_i18n::Arg::value(&plain(community))),
            ("votes", convene_i18n::Arg::value(&b.votes_per_person)),
            ("minutes", convene_i18n::Arg::value(&(b.timebox_secs / 60))),
            (
                "discussed",
                convene_i18n::Arg::value(&(b.done.len() + usize::from(b.discussing.is_some()))),
            ),
            ("waiting", convene_i18n::Arg::value(&b.to_discuss.len())),
        ],
    );
    let _ = writeln!(out, "{intro}\n");
    for t in b.done.iter().chain(b.discussing.iter()) {
        topic(&mut out, tr, t);
    }
    if !b.to_discuss.is_empty() {
        let _ = writeln!(out, "## {}\n", tr.t("lean-sum-not-reached"));
        for t in &b.to_discuss {
            let _ = writeln!(
                out,
                "- {} ({})",
                plain(&t.title),
                tr.t1("lean-votes", "n", t.votes)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "---\n\n{}",
        tr.t3(
            "lean-sum-footer",
            "title",
            plain(&b.gathering.title),
            "community",
            plain(community),
            "license",
            b.gathering.license.as_str()
        )
    );
    out
}
