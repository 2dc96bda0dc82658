//! The independent checker: recomputes shape and score of a seating from scratch.

use super::{Problem, Seating, TableScore};

/// Checks the shape of a seating (every person present seated once per round, nobody absent
/// seated, table sizes as [`Problem::round_sizes`], hosts at their tables) and scores it.
pub fn evaluate(p: &Problem, seating: &Seating) -> Result<TableScore, String> {
    if seating.len() != p.rounds {
        return Err(format!("{} rounds, expected {}", seating.len(), p.rounds));
    }
    let present = p.present();
    let expected = p.round_sizes();
    let mut met = vec![0u16; p.people * p.people];
    let mut score = TableScore::default();
    for (w, round) in seating.iter().enumerate() {
        let mut sizes: Vec<usize> = round.iter().map(Vec::len).collect();
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        if sizes != expected[w] {
            return Err(format!(
                "round {w}: table sizes {sizes:?}, expected {:?}",
                expected[w]
            ));
        }
        let mut seen = vec![false; p.people];
        for table in round {
            for &x in table {
                if x >= p.people || std::mem::replace(&mut seen[x], true) {
                    return Err(format!("round {w}: person {x} has two seats"));
                }
                if !present[w][x] {
                    return Err(format!("round {w}: person {x} is absent but seated"));
                }
            }
            for (i, &a) in table.iter().enumerate() {
                for &b in &table[i + 1..] {
                    let m = &mut met[a.min(b) * p.people + a.max(b)];
                    *m += 1;
                    if *m > 1 {
                        score.repeats += 1;
                    }
                    if p.organization.as_ref().is_some_and(|o| o[a] == o[b]) {
                        score.same_organization += 1;
                    }
                }
            }
        }
        if let Some(x) = (0..p.people).find(|&x| present[w][x] && !seen[x]) {
            return Err(format!("round {w}: person {x} has no seat"));
        }
        for &(h, t) in &p.hosts {
            if present[w][h] && !round.get(t).is_some_and(|table| table.contains(&h)) {
                return Err(format!("round {w}: host {h} is not at table {t}"));
            }
        }
    }
    for &(a, b, w) in &p.keep_apart {
        if a != b && seating[w].iter().any(|t| t.contains(&a) && t.contains(&b)) {
            score.apart += 1;
        }
    }
    Ok(score)
}
