//! Exact constructions: seatings where no pair ever meets twice, built directly.
//!
//! - Affine geometry AG(m, q) over the field GF(q), q a prime power: the q^m points are the
//!   people, the lines of one direction partition them into q^(m−1) tables of q, and the
//!   (q^m − 1)/(q − 1) directions give as many rounds in which no two lines meet twice. m = 2
//!   is the affine plane (q² people, q + 1 rounds); m = 3, q = 3 is a Kirkman triple system
//!   on 27 people (13 rounds).
//! - Partial spreads of planes: for q^m people (m ≥ 3) at tables of q², any set of
//!   2-dimensional subspaces of GF(q)^m meeting only in 0 gives one round per subspace (its
//!   cosets are the tables), and two people p, p' meet only in the round whose subspace holds
//!   p − p'. A bounded depth-first search finds such a set (e.g. nine for 32 people at tables
//!   of four, the most there are).
//! - Round robin (circle method) for tables of two.

use super::{Problem, Seating};

/// A seating without repeats for `p` if a construction covers it.
pub fn exact(p: &Problem) -> Option<(Seating, &'static str)> {
    let hosts_only = p.organization.is_none() && p.keep_apart.is_empty() && p.absent.is_empty();
    if !hosts_only {
        return None;
    }
    let (raw, name) = plain(p.people, p.table_size, p.rounds)?;
    place_hosts(p, raw).map(|s| (s, name))
}

/// The first rounds of a seating without repeats, as many as a construction gives (at least
/// one): a start for the search when more rounds are asked.
pub(super) fn prefix(people: usize, k: usize, rounds: usize) -> Option<Seating> {
    (rounds.saturating_sub(4).max(1)..rounds)
        .rev()
        .find_map(|r| plain(people, k, r))
        .map(|(s, _)| s)
}

fn plain(people: usize, k: usize, rounds: usize) -> Option<(Seating, &'static str)> {
    if let Some(s) = affine(people, k, rounds) {
        Some((s, "affine geometry"))
    } else if let Some(s) = round_robin(people, k, rounds) {
        Some((s, "round robin"))
    } else {
        plane_spread(people, k, rounds).map(|s| (s, "partial spread of planes"))
    }
}

/// Renumbers each round's tables so every host sits at their own; `None` if two hosts share
/// a table in some round.
fn place_hosts(p: &Problem, mut seating: Seating) -> Option<Seating> {
    if p.hosts.is_empty() {
        return Some(seating);
    }
    for round in &mut seating {
        let g = round.len();
        let mut target = vec![usize::MAX; g];
        for &(h, t) in &p.hosts {
            let at = round.iter().position(|table| table.contains(&h))?;
            if target[at] != usize::MAX {
                return None;
            }
            target[at] = t;
        }
        let unused: Vec<usize> = (0..g).filter(|t| !target.contains(t)).collect();
        let mut free = unused.into_iter();
        for slot in target.iter_mut().filter(|t| **t == usize::MAX) {
            *slot = free.next()?;
        }
        let mut renumbered = vec![Vec::new(); g];
        for (at, table) in round.drain(..).enumerate() {
            renumbered[target[at]] = table;
        }
        *round = renumbered;
    }
    Some(seating)
}

/// The finite field GF(p^e) with elements 0..q as base-p digit vectors (polynomials in x).
pub struct Field {
    pub q: usize,
    add: Vec<usize>,
    mul: Vec<usize>,
    neg: Vec<usize>,
}

impl Field {
    /// GF(q) if q is a prime power (q ≤ 2,000), found by trying monic polynomials of degree e
    /// until multiplication modulo one has no zero divisors (then it is irreducible).
    pub fn new(q: usize) -> Option<Self> {
        if !(2..=2_000).contains(&q) {
            return None;
        }
        let p = (2..=q).find(|d| q.is_multiple_of(*d))?;
        let mut e = 0;
        let mut rest = q;
        while rest.is_multiple_of(p) {
            rest /= p;
            e += 1;
        }
        if rest != 1 {
            return None;
        }
        let digits = |mut a: usize| -> Vec<usize> {
            (0..e)
                .map(|_| {
                    let d = a % p;
                    a /= p;
                    d
                })
                .collect()
        };
        let number = |d: &[usize]| d.iter().rev().fold(0, |acc, &x| acc * p + x);
        let add: Vec<usize> = (0..q * q)
            .map(|ab| {
                let (a, b) = (digits(ab / q), digits(ab % q));
                number(
                    &a.iter()
                        .zip(&b)
                        .map(|(x, y)| (x + y) % p)
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        let neg = (0..q)
            .map(|a| number(&digits(a).iter().map(|x| (p - x) % p).collect::<Vec<_>>()))
            .collect();
        // x^e = −(low part of the modulus); try each low part.
        for low in 0..q {
            let f = digits(low);
            let product = |a: usize, b: usize| {
                let (a, b) = (digits(a), digits(b));
                let mut c = vec![0; 2 * e];
                for i in 0..e {
                    for j in 0..e {
                        c[i + j] = (c[i + j] + a[i] * b[j]) % p;
                    }
                }
                for d in (e..2 * e).rev() {
                    let coef = c[d];
                    c[d] = 0;
                    for (i, &fi) in f.iter().enumerate() {
                        c[d - e + i] = (c[d - e + i] + p * p - coef * fi % p) % p;
                    }
                }
                number(&c[..e])
            };
            let mul: Vec<usize> = (0..q * q).map(|ab| product(ab / q, ab % q)).collect();
            let field = (1..q).all(|a| (1..q).all(|b| mul[a * q + b] != 0));
            if field {
                return Some(Self { q, add, mul, neg });
            }
        }
        None
    }

    pub fn add(&self, a: usize, b: usize) -> usize {
        self.add[a * self.q + b]
    }

    pub fn mul(&self, a: usize, b: usize) -> usize {
        self.mul[a * self.q + b]
    }

    pub fn neg(&self, a: usize) -> usize {
        self.neg[a]
    }
}

/// AG(m, q) for people = q^m (m ≥ 2), tables of q, up to (q^m − 1)/(q − 1) rounds.
fn affine(people: usize, q: usize, rounds: usize) -> Option<Seating> {
    let mut m = 0;
    let mut size = 1;
    while size < people {
        size *= q;
        m += 1;
    }
    if size != people || m < 2 || rounds > (people - 1) / (q - 1) {
        return None;
    }
    let f = Field::new(q)?;
    let coords = |mut x: usize| -> Vec<usize> {
        (0..m)
            .map(|_| {
                let d = x % q;
                x /= q;
                d
            })
            .collect()
    };
    // Directions: vectors whose first nonzero coordinate is 1, one per parallel class.
    let directions: Vec<Vec<usize>> = (1..people)
        .map(coords)
        .filter(|v| v.iter().find(|&&c| c != 0) == Some(&1))
        .take(rounds)
        .collect();
    let seating = directions
        .iter()
        .map(|d| {
            let lead = d.iter().position(|&c| c == 1).unwrap_or(0);
            let mut round = vec![Vec::with_capacity(q); people / q];
            for person in 0..people {
                // The line through P in direction d meets {x_lead = 0} at P − P_lead·d; the
                // other coordinates of that point name the table.
                let pt = coords(person);
                let shift = pt[lead];
                let table = (0..m).filter(|&i| i != lead).rev().fold(0, |acc, i| {
                    acc * q + f.add(pt[i], f.neg(f.mul(shift, d[i])))
                });
                round[table].push(person);
            }
            round
        })
        .collect();
    Some(seating)
}

/// Tables of two, n − 1 rounds (n even) or n rounds (n odd, one person alone each round).
fn round_robin(people: usize, k: usize, rounds: usize) -> Option<Seating> {
    let n = people + people % 2;
    if k != 2 || rounds > n - 1 {
        return None;
    }
    let m = n - 1;
    let seating = (0..rounds)
        .map(|w| {
            let mut pairs = vec![vec![m, w]];
            pairs.extend((1..n / 2).map(|i| vec![(w + i) % m, (w + m - i) % m]));
            for table in &mut pairs {
                table.retain(|&x| x < people);
            }
            // Largest tables first, as the sizes rule expects nothing else of their order.
            pairs.sort_by_key(|t| std::cmp::Reverse(t.len()));
            pairs
        })
        .collect();
    Some(seating)
}

/// Points of GF(q)^m as numbers 0..q^m (base-q digits are coordinates), with vector addition
/// and scalar multiplication tabulated.
struct Space {
    size: usize,
    add: Vec<usize>,
    scale: Vec<usize>,
}

impl Space {
    fn new(f: &Field, m: usize) -> Self {
        let q = f.q;
        let size = q.pow(m as u32);
        let coords = |mut x: usize| -> Vec<usize> {
            (0..m)
                .map(|_| {
                    let d = x % q;
                    x /= q;
                    d
                })
                .collect()
        };
        let number = |v: &[usize]| v.iter().rev().fold(0, |acc, &d| acc * q + d);
        let add = (0..size * size)
            .map(|ab| {
                let (a, b) = (coords(ab / size), coords(ab % size));
                number(
                    &a.iter()
                        .zip(&b)
                        .map(|(x, y)| f.add(*x, *y))
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        let scale = (0..q * size)
            .map(|cv| {
                let v = coords(cv % size);
                number(&v.iter().map(|x| f.mul(cv / size, *x)).collect::<Vec<_>>())
            })
            .collect();
        Self { size, add, scale }
    }

    fn add(&self, a: usize, b: usize) -> usize {
        self.add[a * self.size + b]
    }

    fn scale(&self, c: usize, v: usize) -> usize {
        self.scale[c * self.size + v]
    }
}

/// Search nodes the partial-spread search may visit before giving up.
const SPREAD_NODES: u64 = 200_000;

/// Tables of q² for q^m people (3 ≤ m, q^m ≤ 256) from `rounds` planes through 0 that share
/// no other point.
fn plane_spread(people: usize, k: usize, rounds: usize) -> Option<Seating> {
    let q = (2..k).find(|q| q * q == k)?;
    let mut m = 0;
    let mut size = 1;
    while size < people {
        size *= q;
        m += 1;
    }
    if size != people || m < 3 || people > 256 || rounds > (people - 1) / (k - 1) {
        return None;
    }
    let f = Field::new(q)?;
    let v = Space::new(&f, m);
    let words = people.div_ceil(64);
    // Each plane once, from its canonical basis: a its least nonzero point, b the least
    // point outside a's line.
    let mut planes: Vec<Vec<u64>> = Vec::new();
    for a in 1..people {
        let line: Vec<usize> = (0..q).map(|c| v.scale(c, a)).collect();
        if line.iter().any(|&x| x != 0 && x < a) {
            continue;
        }
        for b in a + 1..people {
            if line.contains(&b) {
                continue;
            }
            let points: Vec<usize> = (0..q * q)
                .map(|c| v.add(v.scale(c / q, a), v.scale(c % q, b)))
                .collect();
            let least_off_line = points.iter().filter(|x| !line.contains(x)).min();
            if points.iter().any(|&x| x != 0 && x < a) || least_off_line != Some(&b) {
                continue;
            }
            let mut set = vec![0u64; words];
            for x in points.into_iter().filter(|&x| x != 0) {
                set[x / 64] |= 1 << (x % 64);
            }
            planes.push(set);
        }
    }
    let mut chosen = Vec::new();
    let mut nodes = 0;
    if !disjoint(
        &planes,
        0,
        &mut vec![0; words],
        &mut chosen,
        rounds,
        &mut nodes,
    ) {
        return None;
    }
    let seating = chosen
        .iter()
        .map(|&i| {
            let plane: Vec<usize> = (1..people)
                .filter(|x| planes[i][x / 64] >> (x % 64) & 1 == 1)
                .collect();
            let mut table = vec![usize::MAX; people];
            let mut round: Vec<Vec<usize>> = Vec::new();
            for p in 0..people {
                if table[p] == usize::MAX {
                    let coset: Vec<usize> = std::iter::once(p)
                        .chain(plane.iter().map(|&u| v.add(p, u)))
                        .collect();
                    for &x in &coset {
                        table[x] = round.len();
                    }
                    round.push(coset);
                }
            }
            round
        })
        .collect();
    Some(seating)
}

/// Depth-first search for `want` pairwise disjoint sets among `sets[from..]`.
fn disjoint(
    sets: &[Vec<u64>],
    from: usize,
    used: &mut Vec<u64>,
    chosen: &mut Vec<usize>,
    want: usize,
    nodes: &mut u64,
) -> bool {
    if chosen.len() == want {
        return true;
    }
    for i in from..sets.len() {
        *nodes += 1;
        if *nodes > SPREAD_NODES || sets.len() - i < want - chosen.len() {
            return false;
        }
        if sets[i].iter().zip(used.iter()).any(|(a, b)| a & b != 0) {
            continue;
        }
        used.iter_mut().zip(&sets[i]).for_each(|(u, s)| *u |= s);
        chosen.push(i);
        if disjoint(sets, i + 1, used, chosen, want, nodes) {
            return true;
        }
        chosen.pop();
        used.iter_mut().zip(&sets[i]).for_each(|(u, s)| *u &= !s);
    }
    false
}
