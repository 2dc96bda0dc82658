//! World Café rules, pure: the limits of a café's shape (its round timer is `crate::timer`) and the
//! harvest's themes (notes grouped by the terms they share, a method anyone can follow).

use crate::text::TextError;
use std::collections::{BTreeMap, BTreeSet};

/// Rounds, tables and table sizes a café may have.
pub const MAX_ROUNDS: usize = 12;
pub const MAX_TABLES: usize = 100;
pub const TABLE_SIZE: std::ops::RangeInclusive<i32> = 2..=12;
pub const ROUND_MINUTES: std::ops::RangeInclusive<i32> = 1..=180;

/// A table's capacity or the café's table size, from a form field.
pub fn table_size(raw: &str) -> Result<i32, TextError> {
    number(raw, TABLE_SIZE, "table size", "a whole number from 2 to 12")
}

/// A round's length in minutes, from a form field.
pub fn round_minutes(raw: &str) -> Result<i32, TextError> {
    number(
        raw,
        ROUND_MINUTES,
        "minutes",
        "a whole number from 1 to 180",
    )
}

fn number(
    raw: &str,
    range: std::ops::RangeInclusive<i32>,
    field: &'static str,
    hint: &'static str,
) -> Result<i32, TextError> {
    match raw.trim().parse::<i32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(TextError::Invalid { field, hint }),
    }
}

/// Words too common to say what a note is about.
const STOP: &[&str] = &[
    "the", "and", "for", "that", "this", "with", "are", "was", "were", "but", "not", "you", "your",
    "our", "ours", "their", "they", "them", "have", "has", "had", "can", "could", "would",
    "should", "will", "from", "into", "what", "when", "where", "which", "who", "why", "how", "all",
    "any", "more", "most", "some", "such", "than", "then", "there", "these", "those", "also",
    "just", "about", "over", "very", "much", "many", "each", "other", "been", "being", "its",
    "out", "get", "got", "one", "two", "we", "us", "is", "it", "of", "to", "in", "on", "at", "by",
    "an", "or", "as", "be", "do", "so", "if", "no", "yes", "like", "need", "needs", "want", "make",
    "made", "people", "think", "really", "lot",
];

/// The words of a note that can carry its meaning: lower-cased letters and digits, three or
/// more characters, without the most common words; a plural `s` is dropped so "garden" and
/// "gardens" count as one term.
pub fn terms(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP.contains(&w.as_str()))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.chars().count() >= 4 && !stem.ends_with('s') => stem.to_owned(),
            _ => w,
        })
        .collect()
}

/// A group of notes and the terms they share (the theme's suggested name comes from them).
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Indexes into the notes given to [`themes`], in their order.
    pub notes: Vec<usize>,
    /// Terms found in at least two of the theme's notes, most weight first (at most 5).
    pub shared: Vec<String>,
}

impl Theme {
    /// "water, garden, soil", or "Other notes" for notes that share nothing with others.
    pub fn name(&self) -> String {
        if self.shared.is_empty() {
            "Other notes".into()
        } else {
            self.shared
                .iter()
                .take(3)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

/// Two groups merge while the average cosine similarity of their notes is at least this.
pub const MERGE_AT: f64 = 0.12;
/// At most this many notes are grouped (the method is cubic in the number of notes).
pub const MAX_NOTES: usize = 600;

/// Groups notes into themes: every note becomes a TF-IDF vector over its [`terms`] (a term in
/// every note weighs little, a term in few notes much), and groups are merged, most similar
/// pair first (average linkage over cosine similarity), while that similarity is at least
/// [`MERGE_AT`]. Notes left alone go together into one "Other notes" theme at the end.
/// Deterministic: the same notes give the same themes.
pub fn themes(notes: &[&str]) -> Vec<Theme> {
    let notes = &notes[..notes.len().min(MAX_NOTES)];
    let docs: Vec<BTreeMap<String, f64>> = notes
        .iter()
        .map(|n| {
            let mut tf = BTreeMap::new();
            for t in terms(n) {
                *tf.entry(t).or_insert(0.0) += 1.0;
            }
            tf
        })
        .collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &docs {
        for t in d.keys() {
            *df.entry(t.as_str()).or_default() += 1;
        }
    }
    let n = docs.len() as f64;
    let vectors: Vec<BTreeMap<String, f64>> = docs
        .iter()
        .map(|d| {
            let mut v: BTreeMap<String, f64> = d
                .iter()
                .map(|(t, c)| {
                    let idf = ((1.0 + n) / (1.0 + df[t.as_str()] as f64)).ln() + 1.0;
                    (t.clone(), c * idf)
                })
                .collect();
            let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|x| *x /= norm);
            }
            v
        })
        .collect();
    let cos = |a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>| -> f64 {
        a.iter().filter_map(|(t, x)| b.get(t).map(|y| x * y)).sum()
    };
    let m = vectors.len();
    let mut sim = vec![vec![0.0; m]; m];
    for i in 0..m {
        for j in i + 1..m {
            let s = cos(&vectors[i], &vectors[j]);
            sim[i][j] = s;
            sim[j][i] = s;
        }
    }
    let mut groups: Vec<Vec<usize>> = (0..m).map(|i| vec![i]).collect();
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for a in 0..groups.len() {
            for b in a + 1..groups.len() {
                let total: f64 = groups[a]
                    .iter()
                    .flat_map(|&i| groups[b].iter().map(move |&j| (i, j)))
                    .map(|(i, j)| sim[i][j])
                    .sum();
                let avg = total / (groups[a].len() * groups[b].len()) as f64;
                // Strictly better only: ties go to the earliest pair, so the result is stable.
                if avg >= MERGE_AT && best.is_none_or(|(s, _, _)| avg > s) {
                    best = Some((avg, a, b));
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        let moved = groups.remove(b);
        groups[a].extend(moved);
        groups[a].sort_unstable();
    }
    let (mut out, alone): (Vec<_>, Vec<_>) = groups.into_iter().partition(|g| g.len() > 1);
    out.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
    let mut themes: Vec<Theme> = out
        .into_iter()
        .map(|g| {
            let mut weight: BTreeMap<&str, (usize, f64)> = BTreeMap::new();
            for &i in &g {
                for (t, x) in &vectors[i] {
                    let e = weight.entry(t.as_str()).or_default();
                    e.0 += 1;
                    e.1 += x;
                }
            }
            let mut shared: Vec<(&str, (usize, f64))> =
                weight.into_iter().filter(|(_, (c, _))| *c >= 2).collect();
            shared.sort_by(|a, b| b.1.1.total_cmp(&a.1.1).then(a.0.cmp(b.0)));
            Theme {
                notes: g,
                shared: shared
                    .into_iter()
                    .take(5)
                    .map(|(t, _)| t.to_owned())
                    .collect(),
            }
        })
        .collect();
    let alone: BTreeSet<usize> = alone.into_iter().flatten().collect();
    if !alone.is_empty() {
        themes.push(Theme {
            notes: alone.into_iter().collect(),
            shared: Vec::new(),
        });
    }
    themes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_sharing_terms_form_themes_and_the_rest_are_other() {
        let notes = [
            "Community gardens need water and shared tools",
            "A tool library for the gardens, water from the roof",
            "Childcare during meetings so parents can come",
            "Meetings at times parents can manage; childcare",
            "Bicycle repair on Saturdays",
        ];
        let t = themes(&notes);
        assert_eq!(t.len(), 3, "{t:?}");
        assert_eq!(t[0].notes, vec![0, 1]);
        assert!(t[0].shared.contains(&"garden".to_string()), "{:?}", t[0]);
        assert!(t[0].shared.contains(&"water".to_string()));
        assert_eq!(t[1].notes, vec![2, 3]);
        assert!(t[1].shared.contains(&"childcare".to_string()));
        assert_eq!(t[2].notes, vec![4]);
        assert_eq!(t[2].name(), "Other notes");
        // Every note is in exactly one theme, and the method is deterministic.
        let mut all: Vec<usize> = t.iter().flat_map(|x| x.notes.clone()).collect();
        all.sort_unstable();
        assert_eq!(all, (0..notes.len()).collect::<Vec<_>>());
        assert_eq!(themes(&notes), t);
        assert!(themes(&[]).is_empty());
    }

    #[test]
    fn terms_drop_common_words_and_plurals() {
        assert_eq!(
            terms("The Gardens and the garden's TOOLS"),
            vec!["garden", "garden", "tool"]
        );
        assert!(table_size("13").is_err() && table_size("x").is_err());
        assert_eq!(round_minutes(" 20 "), Ok(20));
    }
}
