//! Decision processes as data: which kinds of change a community decides, by which process
//! (consent, advice, or a vote by simple majority, dots or ranked choice), with what quorum and
//! deadline, and the pure tallies that say whether a decision passed. A change applies only
//! when its decision passes; the record keeps the rule that governed it ([`Rule::describe`]).

use crate::text::TextError;
use serde::{Deserialize, Serialize};

/// What a community decides about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A new version of a policy (code of conduct, social media, data sharing).
    Policy,
    /// The weight of flags at which content hides.
    Threshold,
    /// A member becomes a steward (with a term).
    NewSteward,
    /// A steward's or curator's term is extended.
    MandateRenewal,
    /// Who may join: open to anyone signed in, or by invitation only.
    Boundary,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 5] = [
        ChangeKind::Policy,
        ChangeKind::Threshold,
        ChangeKind::NewSteward,
        ChangeKind::MandateRenewal,
        ChangeKind::Boundary,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Policy => "policy",
            ChangeKind::Threshold => "threshold",
            ChangeKind::NewSteward => "new_steward",
            ChangeKind::MandateRenewal => "mandate_renewal",
            ChangeKind::Boundary => "boundary",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Policy => "Policy change",
            ChangeKind::Threshold => "Flag threshold change",
            ChangeKind::NewSteward => "New steward",
            ChangeKind::MandateRenewal => "Mandate renewal",
            ChangeKind::Boundary => "Boundary change",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(TextError::Invalid {
                field: "kind",
                hint: "one of policy, threshold, new_steward, mandate_renewal, boundary",
            })
    }
}

/// How a decision is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Process {
    /// Passes at the deadline when nobody blocks and every objection has been answered.
    Consent,
    /// The proposer decides after recording whom they asked and what they heard.
    Advice,
    /// More than half of the ballots for one option.
    Majority,
    /// Each voter spreads [`DOTS`] dots; the most dots win (a tie changes nothing).
    Dot,
    /// Ranked ballots, instant runoff.
    RankedChoice,
}

/// Dots each voter may spread in a dot vote.
pub const DOTS: u32 = 3;

impl Process {
    pub const ALL: [Process; 5] = [
        Process::Consent,
        Process::Advice,
        Process::Majority,
        Process::Dot,
        Process::RankedChoice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Process::Consent => "consent",
            Process::Advice => "advice",
            Process::Majority => "majority",
            Process::Dot => "dot",
            Process::RankedChoice => "ranked_choice",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Process::Consent => "Consent",
            Process::Advice => "Advice process",
            Process::Majority => "Vote by simple majority",
            Process::Dot => "Dot vote",
            Process::RankedChoice => "Ranked choice (instant runoff)",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(TextError::Invalid {
                field: "process",
                hint: "one of consent, advice, majority, dot, ranked_choice",
            })
    }

    /// Whether people choose among options (the first option is always "keep as it is").
    pub fn is_vote(self) -> bool {
        matches!(
            self,
            Process::Majority | Process::Dot | Process::RankedChoice
        )
    }
}

/// The rule a community set for one kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub kind: ChangeKind,
    pub process: Process,
    /// At least this many people must take part (for advice: pieces of advice recorded).
    pub quorum: u32,
    /// Days from opening to the deadline.
    pub days: u32,
}

impl Rule {
    /// Until a community maps a kind of change, consent of at least three people in 7 days
    /// decides it.
    pub fn default_for(kind: ChangeKind) -> Self {
        Rule {
            kind,
            process: Process::Consent,
            quorum: 3,
            days: 7,
        }
    }

    /// Checks the numbers a community may choose.
    pub fn new(
        kind: ChangeKind,
        process: Process,
        quorum: u32,
        days: u32,
    ) -> Result<Self, TextError> {
        if !(1..=1000).contains(&quorum) {
            return Err(TextError::Invalid {
                field: "quorum",
                hint: "between 1 and 1000 people",
            });
        }
        if !(1..=90).contains(&days) {
            return Err(TextError::Invalid {
                field: "days",
                hint: "between 1 and 90 days",
            });
        }
        Ok(Rule {
            kind,
            process,
            quorum,
            days,
        })
    }

    /// The sentence a decision's record keeps, naming the rule that governed it.
    pub fn describe(&self) -> String {
        format!(
            "{} decided by {}, quorum {}, deadline {} days after opening",
            self.kind.label(),
            self.process.label().to_lowercase(),
            self.quorum,
            self.days
        )
    }
}

/// One concrete change a decision may apply. Votes choose among several (option 0, not
/// stored, is "keep as it is"); consent and advice decide on one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// A new version of a policy with this text.
    Policy {
        document: crate::policy::Document,
        text: String,
    },
    /// Flags hide content at this weight (tenths: a member's flag is 10).
    Threshold { threshold: i32 },
    /// This member becomes a steward for a term of `days`.
    NewSteward { account_id: i32, days: i64 },
    /// This mandate runs `days` longer from its end (or from now, if it ended).
    MandateRenewal { mandate_id: i32, days: i64 },
    /// Anyone signed in may join (`open`), or only by invitation.
    Boundary { open: bool },
}

impl Change {
    pub fn kind(&self) -> ChangeKind {
        match self {
            Change::Policy { .. } => ChangeKind::Policy,
            Change::Threshold { .. } => ChangeKind::Threshold,
            Change::NewSteward { .. } => ChangeKind::NewSteward,
            Change::MandateRenewal { .. } => ChangeKind::MandateRenewal,
            Change::Boundary { .. } => ChangeKind::Boundary,
        }
    }

    /// Checks the numbers in a change.
    pub fn check(&self) -> Result<(), TextError> {
        let days_ok = |d: i64| (1..=1100).contains(&d);
        match self {
            Change::Threshold { threshold } if !(10..=200).contains(threshold) => {
                Err(TextError::Invalid {
                    field: "threshold",
                    hint: "between 10 (one member's flag) and 200 (twenty members' flags)",
                })
            }
            Change::NewSteward { days, .. } | Change::MandateRenewal { days, .. }
                if !days_ok(*days) =>
            {
                Err(TextError::Invalid {
                    field: "days",
                    hint: "a term of 1 to 1100 days",
                })
            }
            Change::Policy { text, .. } => crate::policy::parse_text(text).map(|_| ()),
            _ => Ok(()),
        }
    }
}

/// A consent response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Agree,
    Abstain,
    /// A concern the proposer must answer before the decision may pass.
    Object,
    /// A principled "no": the proposal does not pass while it stands.
    Block,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Agree,
        Stance::Abstain,
        Stance::Object,
        Stance::Block,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Agree => "agree",
            Stance::Abstain => "abstain",
            Stance::Object => "object",
            Stance::Block => "block",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stance::Agree => "Agree",
            Stance::Abstain => "Abstain",
            Stance::Object => "Object",
            Stance::Block => "Block",
        }
    }

    pub fn parse(s: &str) -> Result<Self, TextError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(TextError::Invalid {
                field: "stance",
                hint: "one of agree, abstain, object, block",
            })
    }
}

/// What a tally found: whether the decision passed, which option won (votes; 0 is "keep as
/// it is"), and why, in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub passed: bool,
    pub winner: Option<usize>,
    pub why: String,
}

fn failed(why: String) -> Tally {
    Tally {
        passed: false,
        winner: None,
        why,
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Consent: `(stance, answered)` per person. Passes when at least `quorum` took part, nobody
/// blocks and every objection was answered.
pub fn consent(responses: &[(Stance, bool)], quorum: u32) -> Tally {
    let n = responses.len();
    if n < quorum as usize {
        return failed(format!(
            "{} took part; the quorum is {quorum}.",
            plural(n, "person", "people")
        ));
    }
    let blocks = responses
        .iter()
        .filter(|(s, _)| *s == Stance::Block)
        .count();
    if blocks > 0 {
        return failed(format!("{} stands.", plural(blocks, "block", "blocks")));
    }
    let open = responses
        .iter()
        .filter(|(s, answered)| *s == Stance::Object && !answered)
        .count();
    if open > 0 {
        return failed(format!(
            "{} not answered yet.",
            plural(open, "objection is", "objections are")
        ));
    }
    let agree = responses
        .iter()
        .filter(|(s, _)| *s == Stance::Agree)
        .count();
    if agree == 0 {
        return failed("Nobody agreed.".into());
    }
    Tally {
        passed: true,
        winner: Some(1),
        why: format!(
            "Consent: {} agreed, nobody blocks, every objection was answered.",
            plural(agree, "person", "people")
        ),
    }
}

/// Advice: the proposer's choice after `advice` pieces of advice were recorded.
pub fn advice(advice: usize, quorum: u32, go_ahead: bool) -> Tally {
    if advice < quorum as usize {
        return failed(format!(
            "{} recorded; the rule asks for {quorum}.",
            plural(advice, "piece of advice", "pieces of advice")
        ));
    }
    if !go_ahead {
        return failed("The decider chose not to go ahead after hearing the advice.".into());
    }
    Tally {
        passed: true,
        winner: Some(1),
        why: format!(
            "The decider went ahead after {}.",
            plural(advice, "piece of advice", "pieces of advice")
        ),
    }
}

/// Simple majority: one choice per ballot among `options`; an option other than "keep as it
/// is" (0) wins with more than half of the ballots.
pub fn majority(choices: &[usize], options: usize, quorum: u32) -> Tally {
    let n = choices.len();
    if n < quorum as usize {
        return failed(format!(
            "{} voted; the quorum is {quorum}.",
            plural(n, "person", "people")
        ));
    }
    let mut counts = vec![0usize; options];
    for &c in choices {
        if let Some(x) = counts.get_mut(c) {
            *x += 1;
        }
    }
    match counts.iter().enumerate().find(|(_, c)| **c * 2 > n) {
        Some((0, c)) => failed(format!("{c} of {n} votes to keep it as it is.")),
        Some((i, c)) => Tally {
            passed: true,
            winner: Some(i),
            why: format!("Option {i} has {c} of {n} votes, more than half."),
        },
        None => failed(format!("No option has more than half of the {n} votes.")),
    }
}

/// Dot vote: each ballot spreads at most [`DOTS`] dots over `options`; the option with the
/// most dots wins, a tie for first place changes nothing.
pub fn dots(ballots: &[Vec<u32>], options: usize, quorum: u32) -> Tally {
    let n = ballots.len();
    if n < quorum as usize {
        return failed(format!(
            "{} voted; the quorum is {quorum}.",
            plural(n, "person", "people")
        ));
    }
    let mut totals = vec![0u64; options];
    for b in ballots {
        for (t, d) in totals.iter_mut().zip(b) {
            *t += u64::from(*d);
        }
    }
    let best = totals.iter().copied().max().unwrap_or(0);
    let top: Vec<usize> = (0..options).filter(|&i| totals[i] == best).collect();
    match top.as_slice() {
        [0] => failed(format!("Keeping it as it is has the most dots ({best}).")),
        [i] => Tally {
            passed: true,
            winner: Some(*i),
            why: format!("Option {i} has the most dots ({best})."),
        },
        _ => failed(format!("{} options tie with {best} dots.", top.len())),
    }
}

/// Checks a dot ballot: one count per option, at most [`DOTS`] in all.
pub fn valid_dots(ballot: &[u32], options: usize) -> bool {
    ballot.len() == options
        && ballot.iter().map(|d| u64::from(*d)).sum::<u64>() <= u64::from(DOTS)
        && ballot.iter().any(|d| *d > 0)
}

/// Checks a ranking: distinct options, at least one.
pub fn valid_ranking(ranking: &[usize], options: usize) -> bool {
    let mut seen = vec![false; options];
    !ranking.is_empty()
        && ranking
            .iter()
            .all(|&o| o < options && !std::mem::replace(&mut seen[o], true))
}

/// Instant runoff: the result and each round's first-preference counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Runoff {
    pub winner: Option<usize>,
    pub rounds: Vec<Vec<usize>>,
}

/// Instant runoff over rankings of `options`: each round counts every ballot for its highest
/// ranked option still in the race; an option with more than half of the ballots still
/// counting wins; else the option with the fewest votes is out (a tie: the one listed last,
/// so "keep as it is" survives ties). Ballots whose options are all out stop counting.
/// Each ballot keeps a cursor that only moves forward, so a round costs one pass.
pub fn instant_runoff(rankings: &[Vec<usize>], options: usize) -> Runoff {
    let mut out = vec![false; options];
    let mut cursor = vec![0usize; rankings.len()];
    let mut rounds = Vec::new();
    let mut left = options;
    while left > 0 {
        let mut counts = vec![0usize; options];
        let mut live = 0usize;
        for (b, r) in rankings.iter().enumerate() {
            while cursor[b] < r.len() && r[cursor[b]] < options && out[r[cursor[b]]] {
                cursor[b] += 1;
            }
            if let Some(&o) = r.get(cursor[b]).filter(|o| **o < options) {
                counts[o] += 1;
                live += 1;
            }
        }
        rounds.push(counts.clone());
        if let Some(w) = (0..options).find(|&o| !out[o] && counts[o] * 2 > live) {
            return Runoff {
                winner: Some(w),
                rounds,
            };
        }
        if left == 1 {
            let w = (0..options).find(|&o| !out[o]);
            return Runoff { winner: w, rounds };
        }
        let fewest = (0..options)
            .filter(|&o| !out[o])
            .map(|o| counts[o])
            .min()
            .unwrap_or(0);
        if let Some(o) = (0..options).rev().find(|&o| !out[o] && counts[o] == fewest) {
            out[o] = true;
            left -= 1;
        }
    }
    Runoff {
        winner: None,
        rounds,
    }
}

/// Ranked choice: instant runoff with a quorum; "keep as it is" (0) winning changes nothing.
pub fn ranked(rankings: &[Vec<usize>], options: usize, quorum: u32) -> Tally {
    let n = rankings.len();
    if n < quorum as usize {
        return failed(format!(
            "{} voted; the quorum is {quorum}.",
            plural(n, "person", "people")
        ));
    }
    let r = instant_runoff(rankings, options);
    let rounds = r.rounds.len();
    match r.winner {
        Some(0) => failed(format!(
            "Keeping it as it is won the instant runoff after {}.",
            plural(rounds, "round", "rounds")
        )),
        Some(w) => Tally {
            passed: true,
            winner: Some(w),
            why: format!(
                "Option {w} won the instant runoff after {}.",
                plural(rounds, "round", "rounds")
            ),
        },
        None => failed("No ballot counted.".into()),
    }
}

/// A vote: one option (majority), dots per option, or a ranking. Options count from 0
/// ("keep as it is").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ballot {
    Choice(usize),
    Dots(Vec<u32>),
    Ranking(Vec<usize>),
}

impl Ballot {
    /// Whether this ballot fits the process and the number of options (with "keep").
    pub fn fits(&self, process: Process, options: usize) -> bool {
        match (self, process) {
            (Ballot::Choice(c), Process::Majority) => *c < options,
            (Ballot::Dots(d), Process::Dot) => valid_dots(d, options),
            (Ballot::Ranking(r), Process::RankedChoice) => valid_ranking(r, options),
            _ => false,
        }
    }
}

/// Tallies votes of one process from their ballots.
pub fn tally_votes(process: Process, ballots: &[Ballot], options: usize, quorum: u32) -> Tally {
    match process {
        Process::Majority => {
            let c: Vec<usize> = ballots
                .iter()
                .filter_map(|b| match b {
                    Ballot::Choice(c) => Some(*c),
                    _ => None,
                })
                .collect();
            majority(&c, options, quorum)
        }
        Process::Dot => {
            let d: Vec<Vec<u32>> = ballots
                .iter()
                .filter_map(|b| match b {
                    Ballot::Dots(d) => Some(d.clone()),
                    _ => None,
                })
                .collect();
            dots(&d, options, quorum)
        }
        Process::RankedChoice => {
            let r: Vec<Vec<usize>> = ballots
                .iter()
                .filter_map(|b| match b {
                    Ballot::Ranking(r) => Some(r.clone()),
                    _ => None,
                })
                .collect();
            ranked(&r, options, quorum)
        }
        Process::Consent | Process::Advice => failed("Not a vote.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn consent_needs_quorum_no_block_and_answered_objections() {
        use Stance::*;
        assert!(!consent(&[(Agree, false), (Agree, false)], 3).passed);
        assert!(consent(&[(Agree, false), (Agree, false), (Abstain, false)], 3).passed);
        let t = consent(&[(Agree, false), (Object, false), (Agree, false)], 3);
        assert!(
            !t.passed && t.why.contains("1 objection is not answered"),
            "{}",
            t.why
        );
        assert!(consent(&[(Agree, false), (Object, true), (Agree, false)], 3).passed);
        assert!(!consent(&[(Agree, false), (Block, true), (Agree, false)], 3).passed);
        assert!(!consent(&[(Abstain, false); 3], 3).passed);
    }

    #[test]
    fn votes_and_advice() {
        assert!(majority(&[1, 1, 0], 2, 3).passed);
        assert!(
            !majority(&[1, 0], 2, 2).passed,
            "a tie is not more than half"
        );
        assert!(!majority(&[1, 1], 2, 3).passed, "quorum");
        assert_eq!(majority(&[2, 2, 1], 3, 1).winner, Some(2));
        assert_eq!(dots(&[vec![0, 2, 1], vec![0, 0, 3]], 3, 2).winner, Some(2));
        assert!(!dots(&[vec![0, 3, 0], vec![0, 0, 3]], 3, 2).passed, "a tie");
        assert!(valid_dots(&[1, 1, 1], 3) && !valid_dots(&[2, 2, 0], 3) && !valid_dots(&[1], 3));
        assert!(valid_ranking(&[2, 0], 3) && !valid_ranking(&[1, 1], 3) && !valid_ranking(&[3], 3));
        assert!(
            advice(2, 2, true).passed && !advice(1, 2, true).passed && !advice(3, 2, false).passed
        );
        assert!(
            Rule::default_for(ChangeKind::Threshold)
                .describe()
                .contains("consent")
        );
    }

    #[test]
    fn runoff_transfers_votes() {
        // 0: 4 first, 1: 3 first, 2: 2 first whose second is 1 → 1 wins in round 2.
        let mut b = vec![vec![0]; 4];
        b.extend(vec![vec![1, 0]; 3]);
        b.extend(vec![vec![2, 1]; 2]);
        let r = instant_runoff(&b, 3);
        assert_eq!(r.winner, Some(1));
        assert_eq!(r.rounds, vec![vec![4, 3, 2], vec![4, 5, 0]]);
    }

    /// The reference: every round recounts every ballot from scratch for the remaining set.
    fn reference(rankings: &[Vec<usize>], options: usize) -> Option<usize> {
        let mut remaining: Vec<usize> = (0..options).collect();
        loop {
            let mut counts = vec![0usize; options];
            let mut live = 0;
            for r in rankings {
                if let Some(o) = r.iter().find(|o| remaining.contains(o)) {
                    counts[*o] += 1;
                    live += 1;
                }
            }
            for &o in &remaining {
                if counts[o] * 2 > live {
                    return Some(o);
                }
            }
            if remaining.len() <= 1 {
                return remaining.first().copied();
            }
            let fewest = remaining.iter().map(|&o| counts[o]).min()?;
            let last = *remaining.iter().rev().find(|&&o| counts[o] == fewest)?;
            remaining.retain(|&o| o != last);
        }
    }

    fn ballots() -> impl Strategy<Value = (usize, Vec<Vec<usize>>)> {
        (2usize..6).prop_flat_map(|n| {
            let ballot = Just((0..n).collect::<Vec<_>>())
                .prop_shuffle()
                .prop_flat_map(move |v| (1..=n).prop_map(move |k| v[..k].to_vec()));
            (Just(n), proptest::collection::vec(ballot, 0..40))
        })
    }

    proptest! {
        #[test]
        fn runoff_matches_the_reference((n, b) in ballots()) {
            prop_assert_eq!(instant_runoff(&b, n).winner, reference(&b, n));
        }

        #[test]
        fn a_first_preference_majority_wins((n, b) in ballots()) {
            let mut first = vec![0usize; n];
            for r in &b { first[r[0]] += 1; }
            if let Some(m) = (0..n).find(|&o| first[o] * 2 > b.len()) {
                prop_assert_eq!(instant_runoff(&b, n).winner, Some(m));
            }
        }

        #[test]
        fn the_winner_is_never_beaten_by_everyone((n, b) in ballots()) {
            // Condorcet loser: beaten head to head by every other option (complete ballots).
            let complete: Vec<_> = b.iter().filter(|r| r.len() == n).cloned().collect();
            if complete.is_empty() { return Ok(()); }
            let pos = |r: &Vec<usize>, o: usize| r.iter().position(|x| *x == o).unwrap_or(n);
            let w = instant_runoff(&complete, n).winner.expect("a winner");
            let beaten_by_all = (0..n).filter(|&o| o != w).all(|o| {
                let pref = complete.iter().filter(|r| pos(r, o) < pos(r, w)).count();
                pref * 2 > complete.len()
            });
            prop_assert!(!beaten_by_all);
        }
    }
}
