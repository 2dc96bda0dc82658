//! Leadership spread: how many people convened or led something, and how concentrated it is.

/// Spread of a per-person count (sessions convened, actions owned ...).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub people: usize,
    /// People whose count is above zero.
    pub leaders: usize,
    /// `leaders / people`; 0 for nobody.
    pub share: f64,
    /// Gini coefficient of the counts, see [`gini`].
    pub gini: f64,
}

/// Spread of `counts`, one entry per person (people who led nothing count as 0).
pub fn spread(counts: &[u64]) -> Spread {
    let people = counts.len();
    let leaders = counts.iter().filter(|&&c| c > 0).count();
    Spread {
        people,
        leaders,
        share: if people == 0 {
            0.0
        } else {
            leaders as f64 / people as f64
        },
        gini: gini(counts),
    }
}

/// Gini coefficient `G = Σ_i Σ_j |x_i − x_j| / (2 n² μ)` over all ordered pairs (the
/// population form, without small-sample correction): 0 when everyone has the same count,
/// `(n − 1) / n` when one person has everything. Computed in O(n log n) from the sorted
/// values as `G = 2 Σ_i i·x_(i) / (n Σ x) − (n + 1) / n` with `i` from 1. No people, or all
/// counts 0, give 0.
pub fn gini(counts: &[u64]) -> f64 {
    let n = counts.len();
    let total: f64 = counts.iter().map(|&c| c as f64).sum();
    if n == 0 || total == 0.0 {
        return 0.0;
    }
    let mut sorted = counts.to_vec();
    sorted.sort_unstable();
    let weighted: f64 = sorted
        .iter()
        .enumerate()
        .map(|(i, &x)| (i + 1) as f64 * x as f64)
        .sum();
    let n = n as f64;
    2.0 * weighted / (n * total) - (n + 1.0) / n
}

/// Spread per time window: `events` are `(person, time)` (one per session convened, action
/// led ...), `bounds` are ascending window edges, window `i` being `bounds[i] <= t <
/// bounds[i + 1]`. Every one of `people` persons counts in every window, with 0 if they led
/// nothing there. Events of persons `>= people` or outside all windows are ignored.
pub fn spread_over_time(people: usize, events: &[(u32, i64)], bounds: &[i64]) -> Vec<Spread> {
    let windows = bounds.len().saturating_sub(1);
    let mut counts = vec![vec![0u64; people]; windows];
    for &(person, t) in events {
        if person as usize >= people {
            continue;
        }
        // The window is the last bound <= t, if t is also below the final bound.
        let i = bounds.partition_point(|&b| b <= t);
        if i == 0 || i > windows {
            continue;
        }
        counts[i - 1][person as usize] += 1;
    }
    counts.iter().map(|c| spread(c)).collect()
}
