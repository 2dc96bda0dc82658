//! The one timer of every runtime: a facilitator's timer over a sequence of timed blocks (a
//! design's blocks, World Café rounds, a Lean Coffee topic's timebox): start, pause, extend,
//! next block. The state is small and stored; what every screen shows is computed from it and
//! the clock ([`Timer::read`], [`Reading::clock`]), so a screen that joins late shows the right
//! time at once.

use crate::Timestamp;

/// The longest a block may be extended in total (a whole day).
pub const MAX_EXTRA_SECS: i64 = 86_400;

/// The timer's state: which block, whether it runs, and how long the block has run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timer {
    /// The current block (0-based); equal to the number of blocks once all are done.
    pub block: u32,
    /// When it was last started, while it runs.
    pub running_since: Option<Timestamp>,
    /// Seconds the current block ran before `running_since`.
    pub spent: i64,
    /// Seconds added to the current block by extending it.
    pub extra: i64,
}

/// How close the current block is to its end: amber with 20 % of its time left, red with
/// 5 %, over once it is used up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Calm,
    Amber,
    Red,
    Over,
}

impl Level {
    /// `left` of `planned` seconds (integers only: 20 % is `left * 5 <= planned`).
    pub fn of(left: i64, planned: i64) -> Self {
        if left <= 0 {
            Level::Over
        } else if left * 20 <= planned {
            Level::Red
        } else if left * 5 <= planned {
            Level::Amber
        } else {
            Level::Calm
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Calm => "calm",
            Level::Amber => "amber",
            Level::Red => "red",
            Level::Over => "over",
        }
    }
}

/// What the timer shows at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub block: u32,
    pub running: bool,
    /// The block's time with its extensions, in seconds.
    pub planned: i64,
    pub spent: i64,
    /// Seconds left; negative once the block runs over.
    pub left: i64,
    pub level: Level,
}

/// What a screen says about the current block; pages word it in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    NotStarted,
    Running { remaining: i64 },
    Paused { remaining: i64 },
    Over { by: i64 },
}

impl Reading {
    /// Running, paused (stopped with time left) or over (the time is used up, running or not).
    pub fn clock(&self) -> Clock {
        if self.left <= 0 {
            Clock::Over { by: -self.left }
        } else if self.running {
            Clock::Running {
                remaining: self.left,
            }
        } else {
            Clock::Paused {
                remaining: self.left,
            }
        }
    }
}

/// `m:ss` for a number of seconds (negative counts as zero).
pub fn mmss(secs: i64) -> String {
    let s = secs.max(0);
    format!("{}:{:02}", s / 60, s % 60)
}

/// Why a timer action does nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TimerError {
    #[error("the timer is already running")]
    Running,
    #[error("the timer is not running")]
    NotRunning,
    #[error("every block is done")]
    Done,
    #[error("a block is extended by 1 second to a day in all")]
    Extension,
}

impl Timer {
    /// A timer on its first block, running since `at` (a Lean Coffee timebox).
    pub fn running_since(at: Timestamp) -> Self {
        Timer {
            running_since: Some(at),
            ..Timer::default()
        }
    }

    /// Seconds the current block has run at `now`.
    pub fn spent_at(&self, now: Timestamp) -> i64 {
        self.spent + self.running_since.map_or(0, |s| (now - s).max(0))
    }

    pub fn is_done(&self, blocks: usize) -> bool {
        self.block as usize >= blocks
    }

    pub fn start(&mut self, now: Timestamp, blocks: usize) -> Result<(), TimerError> {
        if self.is_done(blocks) {
            return Err(TimerError::Done);
        }
        if self.running_since.is_some() {
            return Err(TimerError::Running);
        }
        self.running_since = Some(now);
        Ok(())
    }

    pub fn pause(&mut self, now: Timestamp) -> Result<(), TimerError> {
        if self.running_since.is_none() {
            return Err(TimerError::NotRunning);
        }
        self.spent = self.spent_at(now);
        self.running_since = None;
        Ok(())
    }

    /// Gives the current block `secs` more seconds.
    pub fn extend(&mut self, secs: i64, blocks: usize) -> Result<(), TimerError> {
        if self.is_done(blocks) {
            return Err(TimerError::Done);
        }
        if secs <= 0 || self.extra + secs > MAX_EXTRA_SECS {
            return Err(TimerError::Extension);
        }
        self.extra += secs;
        Ok(())
    }

    /// Moves on to the next block, from its beginning; a running timer keeps running (and
    /// stops after the last block).
    pub fn next(&mut self, now: Timestamp, blocks: usize) -> Result<(), TimerError> {
        if self.is_done(blocks) {
            return Err(TimerError::Done);
        }
        self.block += 1;
        self.spent = 0;
        self.extra = 0;
        self.running_since = match self.running_since {
            Some(_) if !self.is_done(blocks) => Some(now),
            _ => None,
        };
        Ok(())
    }

    /// What to show at `now` for blocks of `durations` seconds (`None` once all are done).
    pub fn read(&self, now: Timestamp, durations: &[i64]) -> Option<Reading> {
        let planned = durations.get(self.block as usize)? + self.extra;
        let spent = self.spent_at(now);
        let left = planned - spent;
        Some(Reading {
            block: self.block,
            running: self.running_since.is_some(),
            planned,
            spent,
            left,
            level: Level::of(left, planned),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const D: [i64; 3] = [600, 300, 100];

    #[test]
    fn runs_pauses_and_resumes_counting_only_running_time() {
        let mut t = Timer::default();
        assert_eq!(t.read(0, &D).expect("a reading").left, 600);
        t.start(1000, 3).expect("a reading");
        assert_eq!(t.start(1001, 3), Err(TimerError::Running));
        assert_eq!(t.read(1100, &D).expect("a reading").left, 500);
        t.pause(1100).expect("a reading");
        assert_eq!(t.pause(1100), Err(TimerError::NotRunning));
        // Paused time does not count.
        assert_eq!(t.read(5000, &D).expect("a reading").left, 500);
        t.start(5000, 3).expect("a reading");
        let r = t.read(5050, &D).expect("a reading");
        assert_eq!((r.spent, r.left, r.running), (150, 450, true));
    }

    #[test]
    fn turns_amber_at_twenty_and_red_at_five_percent() {
        let mut t = Timer::default();
        t.start(0, 3).expect("a reading");
        let at = |s| t.read(s, &D).expect("a reading").level;
        assert_eq!(at(479), Level::Calm);
        assert_eq!(at(480), Level::Amber); // 120 of 600 left: 20 %
        assert_eq!(at(569), Level::Amber);
        assert_eq!(at(570), Level::Red); // 30 of 600: 5 %
        assert_eq!(at(599), Level::Red);
        assert_eq!(at(600), Level::Over);
        assert_eq!(t.read(700, &D).expect("a reading").left, -100);
    }

    #[test]
    fn extending_adds_to_the_current_block_only() {
        let mut t = Timer::default();
        t.start(0, 3).expect("a reading");
        t.extend(120, 3).expect("a reading");
        assert_eq!(t.read(600, &D).expect("a reading").left, 120);
        assert_eq!(t.extend(0, 3), Err(TimerError::Extension));
        assert_eq!(t.extend(MAX_EXTRA_SECS, 3), Err(TimerError::Extension));
        t.next(600, 3).expect("a reading");
        let r = t.read(600, &D).expect("a reading");
        assert_eq!((r.block, r.planned, r.left, r.running), (1, 300, 300, true));
    }

    #[test]
    fn next_walks_to_the_end_and_stops() {
        let mut t = Timer::default();
        t.next(0, 3).expect("a reading"); // paused: stays paused
        assert!(!t.read(50, &D).expect("a reading").running);
        t.start(10, 3).expect("a reading");
        t.next(20, 3).expect("a reading");
        assert_eq!(t.read(20, &D).expect("a reading").block, 2);
        t.next(30, 3).expect("a reading");
        assert!(t.is_done(3));
        assert_eq!(t.running_since, None);
        assert_eq!(t.read(40, &D), None);
        assert_eq!(t.next(40, 3), Err(TimerError::Done));
        assert_eq!(t.start(40, 3), Err(TimerError::Done));
    }

    #[test]
    fn a_clock_going_back_never_counts_negative_time() {
        let mut t = Timer::default();
        t.start(100, 3).expect("a reading");
        assert_eq!(t.spent_at(50), 0);
    }

    #[test]
    fn the_clock_is_running_paused_or_over() {
        let mut t = Timer::running_since(1000);
        let at = |t: &Timer, s| t.read(s, &[600]).expect("a reading").clock();
        assert_eq!(at(&t, 1100), Clock::Running { remaining: 500 });
        t.pause(1100).expect("running");
        assert_eq!(at(&t, 9000), Clock::Paused { remaining: 500 });
        t.start(2000, 1).expect("paused");
        assert_eq!(at(&t, 2600), Clock::Over { by: 100 });
        assert_eq!(at(&t, 2500), Clock::Over { by: 0 }, "no time left is over");
        assert_eq!(mmss(305), "5:05");
        assert_eq!(mmss(-3), "0:00");
    }

    #[derive(Debug, Clone, Copy)]
    enum Op {
        Start,
        Pause,
        Extend(i64),
        Next,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            Just(Op::Start),
            Just(Op::Pause),
            (1i64..40_000).prop_map(Op::Extend),
            Just(Op::Next),
        ]
    }

    fn urgency(l: Level) -> u8 {
        match l {
            Level::Calm => 0,
            Level::Amber => 1,
            Level::Red => 2,
            Level::Over => 3,
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// Any sequence of facilitator actions at any times, against a plain model: only
        /// running time of the current block counts, extensions add to that block only, an
        /// action that cannot apply changes nothing, and the reading (what a screen joining at
        /// that moment shows) follows from the stored state and the clock alone.
        #[test]
        fn only_running_time_of_the_current_block_counts(
            steps in proptest::collection::vec((0i64..400, op()), 0..40),
            look in 0i64..2000,
        ) {
            let blocks = D.len();
            let mut t = Timer::default();
            let mut now = 1_000;
            let (mut block, mut running, mut spent, mut extra) = (0usize, false, 0i64, 0i64);
            for (dt, op) in steps {
                if running {
                    spent += dt;
                }
                now += dt;
                let before = t;
                let done = block >= blocks;
                let (r, ok) = match op {
                    Op::Start => (t.start(now, blocks), !done && !running),
                    Op::Pause => (t.pause(now), running),
                    Op::Extend(s) => (t.extend(s, blocks), !done && extra + s <= MAX_EXTRA_SECS),
                    Op::Next => (t.next(now, blocks), !done),
                };
                prop_assert_eq!(r.is_ok(), ok, "{:?} on {:?}", op, before);
                if !ok {
                    prop_assert_eq!(t, before, "a refused action changes nothing");
                    continue;
                }
                match op {
                    Op::Start => running = true,
                    Op::Pause => running = false,
                    Op::Extend(s) => extra += s,
                    Op::Next => {
                        block += 1;
                        spent = 0;
                        extra = 0;
                        running = running && block < blocks;
                    }
                }
            }
            let at = now + look;
            if running {
                spent += look;
            }
            match t.read(at, &D) {
                None => prop_assert!(block >= blocks),
                Some(r) => {
                    prop_assert_eq!(r.block as usize, block);
                    prop_assert_eq!(r.running, running);
                    prop_assert_eq!(r.spent, spent);
                    prop_assert_eq!(r.planned, D[block] + extra);
                    prop_assert_eq!(r.left, r.planned - spent);
                    prop_assert_eq!(r.level, Level::of(r.left, r.planned));
                    // Paused, the reading stays as it is however late one looks.
                    if !running {
                        prop_assert_eq!(t.read(at + 10_000, &D), Some(r));
                    }
                }
            }
        }

        /// Amber with at most 20 % of the time left, red with at most 5 %, over at none.
        #[test]
        fn levels_follow_the_share_of_time_left(planned in 1i64..200_000, left in -5_000i64..200_000) {
            let left = left.min(planned);
            let want = if left <= 0 {
                Level::Over
            } else if left as f64 <= planned as f64 / 20.0 {
                Level::Red
            } else if left as f64 <= planned as f64 / 5.0 {
                Level::Amber
            } else {
                Level::Calm
            };
            prop_assert_eq!(Level::of(left, planned), want);
        }

        /// While a block runs, its level only ever becomes more urgent.
        #[test]
        fn a_running_block_only_grows_more_urgent(
            planned in 1i64..10_000,
            mut looks in proptest::collection::vec(0i64..20_000, 1..20),
        ) {
            looks.sort_unstable();
            let t = Timer::running_since(0);
            let levels: Vec<u8> = looks
                .iter()
                .map(|&s| urgency(t.read(s, &[planned]).expect("a reading").level))
                .collect();
            prop_assert!(levels.windows(2).all(|w| w[0] <= w[1]), "{:?}", levels);
        }
    }
}
