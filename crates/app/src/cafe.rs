//! World Café: a gathering run as a café. The host sets the rounds (a question and minutes
//! each) and the tables (capacity, a host who stays), runs the round timer, and asks the
//! planning engine for a suggested table plan; people join, see "your suggested table" and
//! check in to whichever table they choose (the law of two feet: a suggestion never assigns
//! or blocks anyone). Each table writes notes per round, co-written on a version like
//! reports; the next round's travellers read them at their new table. The harvest groups all
//! notes into themes by shared terms (`domain::cafe::themes`); the host moves notes between
//! themes; proceedings reuse the Open Space export.

use crate::Message;
use crate::cafe_plan;
use crate::content::{Audience, readable_of};
use crate::{Allowed, App, AppError, Result, can};
use convene_domain::Permission;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::cafe;
use convene_domain::content::{ContentKind, ContentRef, Saved};
use convene_domain::ids::{AccountId, GatheringId};
use convene_domain::text::{CafeNoteBody, CafeQuestion, CafeTableName, CafeThemeName};
use convene_domain::timer::{Clock, Timer};
use convene_store::cafes::{self, Cafe, Place, Round, Table};
use convene_store::contents::{self, Save};
use convene_store::store_db::ConnectionTrait;
use convene_store::{Gathering, accounts, communities, gatherings};
use std::collections::HashMap;

/// One table as everyone sees it in the current round.
#[derive(Debug, Clone)]
pub struct TableView {
    pub table: Table,
    pub host: Option<String>,
    /// People who checked in to it this round.
    pub seated: usize,
    /// People whose suggestion for this round is this table.
    pub suggested: usize,
}

/// A note as its reader may read it.
#[derive(Debug, Clone)]
pub struct NoteView {
    pub id: i32,
    pub table_id: i32,
    pub table: String,
    pub round: i32,
    pub body: String,
    pub version: i32,
    pub theme_id: Option<i32>,
}

/// The café as one person sees it.
#[derive(Debug, Clone)]
pub struct CafeView {
    pub gathering: Gathering,
    pub cafe: Cafe,
    pub rounds: Vec<Round>,
    pub tables: Vec<TableView>,
    /// The current round (none before the first starts).
    pub current: Option<Round>,
    pub clock: Clock,
    pub joined: bool,
    /// My suggested table per round number (`None`: no suggestion for that round).
    pub suggested: Vec<(i32, Option<i32>)>,
    /// Where I checked in this round.
    pub seat: Option<i32>,
    /// The table I am at or was suggested this round: its notes so far this round and those
    /// of the round before (what the last travellers left).
    pub here: Option<i32>,
    pub notes_now: Option<NoteView>,
    pub notes_before: Option<NoteView>,
    pub host: bool,
    /// How many people take part, and how many have a suggestion.
    pub people: usize,
    pub planned: usize,
}

impl CafeView {
    pub fn table(&self, id: i32) -> Option<&TableView> {
        self.tables.iter().find(|t| t.table.id == id)
    }

    pub fn my_suggestion_now(&self) -> Option<i32> {
        let r = self.current.as_ref()?.number;
        self.suggested.iter().find(|(n, _)| *n == r)?.1
    }

    pub fn seated_at(&self, t: &TableView) -> bool {
        self.seat == Some(t.table.id)
    }

    pub fn suggests(&self, t: &TableView) -> bool {
        self.my_suggestion_now() == Some(t.table.id)
    }

    pub fn next_round(&self) -> Option<&Round> {
        self.rounds.iter().find(|r| r.number == self.cafe.round + 1)
    }
}

/// The café's round timer on the one timer: rounds are its blocks (round `n` is block `n - 1`),
/// stored as when the round's running time began and, while paused, the seconds it had run.
fn timer(c: &Cafe) -> Timer {
    Timer {
        block: u32::try_from(c.round - 1).unwrap_or(0),
        running_since: c.started_at.filter(|_| c.paused_elapsed.is_none()),
        spent: c.paused_elapsed.unwrap_or(0),
        extra: 0,
    }
}

/// The stored form of a round timer: `(started_at, paused_elapsed)`.
fn stored(t: &Timer, now: i64) -> (Option<i64>, Option<i64>) {
    match t.running_since {
        Some(since) => (Some(since - t.spent), None),
        None => (Some(now - t.spent), Some(t.spent)),
    }
}

/// Each round's seconds, by block (round numbers without a round count as empty blocks).
fn durations(rounds: &[Round]) -> Vec<i64> {
    let last = rounds.iter().map(|r| r.number).max().unwrap_or(0);
    (1..=last)
        .map(|n| {
            rounds
                .iter()
                .find(|r| r.number == n)
                .map_or(0, |r| i64::from(r.minutes) * 60)
        })
        .collect()
}

/// What the café's screens say about the round timer at `now`.
fn clock(c: &Cafe, rounds: &[Round], now: i64) -> Clock {
    if c.started_at.is_none() || c.round < 1 {
        return Clock::NotStarted;
    }
    timer(c)
        .read(now, &durations(rounds))
        .map_or(Clock::NotStarted, |r| r.clock())
}

fn subject(g: GatheringId) -> Subject {
    Subject::new(SubjectKind::Gathering, g.get())
}

async fn cafe_of(db: &impl ConnectionTrait, g: i32) -> Result<Cafe> {
    cafes::get(db, g).await?.ok_or(AppError::NotFound)
}

impl App {
    /// Whether a gathering is run as a World Café (the gathering page links to it).
    pub async fn is_cafe(&self, ctx: &Allowed<can::TakePart>, g: GatheringId) -> Result<bool> {
        let db = self.store.conn();
        gatherings::get(db, ctx.community.id, g.get()).await?;
        Ok(cafes::get(db, g.get()).await?.is_some())
    }

    /// Runs the gathering as a World Café with `tables` tables of `table_size`.
    pub async fn make_cafe(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        table_size: i32,
        tables: i32,
    ) -> Result<()> {
        if !cafe::TABLE_SIZE.contains(&table_size) {
            return Err(Message::t("error-whole-number-from")
                .text("min", 2)
                .text("max", 12)
                .field("table_size"));
        }
        if !(1..=cafe::MAX_TABLES as i32).contains(&tables) {
            return Err(Message::t("error-tables-range")
                .text("min", 1)
                .text("max", cafe::MAX_TABLES)
                .field("tables"));
        }
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        cafes::create(&u.tx, g.get(), table_size, self.now()).await?;
        for n in 1..=tables {
            cafes::add_table(&u.tx, g.get(), n, &format!("Table {n}"), table_size, None).await?;
        }
        u.audit(
            "cafe.create",
            subject(g),
            &format!("{tables} tables of {table_size}"),
            "",
        );
        self.commit(u).await
    }

    pub async fn add_cafe_round(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        question: &CafeQuestion,
        minutes: i32,
    ) -> Result<Round> {
        if !cafe::ROUND_MINUTES.contains(&minutes) {
            return Err(Message::t("error-whole-number-from")
                .text("min", 1)
                .text("max", 180)
                .field("minutes"));
        }
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        cafe_of(&u.tx, g.get()).await?;
        let rounds = cafes::rounds(&u.tx, g.get()).await?;
        if rounds.len() >= cafe::MAX_ROUNDS {
            return Err(Message::t("error-cafe-rounds-max")
                .number("max", cafe::MAX_ROUNDS as i64)
                .conflict());
        }
        let number = rounds.last().map_or(1, |r| r.number + 1);
        let r = cafes::add_round(&u.tx, g.get(), number, question.as_str(), minutes).await?;
        u.audit("cafe.round", subject(g), &format!("round {number}"), "");
        self.commit(u).await?;
        Ok(r)
    }

    pub async fn add_cafe_table(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        name: &CafeTableName,
        capacity: i32,
    ) -> Result<Table> {
        if !cafe::TABLE_SIZE.contains(&capacity) {
            return Err(Message::t("error-whole-number-from")
                .text("min", 2)
                .text("max", 12)
                .field("capacity"));
        }
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        cafe_of(&u.tx, g.get()).await?;
        let tables = cafes::tables(&u.tx, g.get()).await?;
        if tables.len() >= cafe::MAX_TABLES {
            return Err(Message::t("error-cafe-tables-max")
                .number("max", cafe::MAX_TABLES as i64)
                .conflict());
        }
        let number = tables.last().map_or(1, |t| t.number + 1);
        let t = cafes::add_table(&u.tx, g.get(), number, name.as_str(), capacity, None).await?;
        u.audit(
            "cafe.table",
            subject(g),
            &format!("table:{} {}", t.id, t.name),
            "",
        );
        self.commit(u).await?;
        Ok(t)
    }

    /// A table's host, who stays at it every round (a member of the community, who then takes
    /// part in the café); `None` leaves the table without one.
    pub async fn set_cafe_host(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        table_id: i32,
        host: Option<AccountId>,
    ) -> Result<()> {
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        let t = cafes::table(&u.tx, g.get(), table_id).await?;
        if let Some(h) = host {
            communities::membership(&u.tx, ctx.community.id, h.get())
                .await?
                .ok_or_else(|| Message::t("error-not-a-member").field("host"))?;
            let tables = cafes::tables(&u.tx, g.get()).await?;
            if tables
                .iter()
                .any(|x| x.id != t.id && x.host_id == Some(h.get()))
            {
                return Err(Message::t("error-cafe-host-busy").conflict());
            }
            let joined = cafes::people(&u.tx, g.get()).await?;
            if !joined.iter().any(|p| p.account_id == h.get()) {
                cafes::join(&u.tx, g.get(), h.get(), c.round.max(1)).await?;
            }
        }
        cafes::set_host(&u.tx, t.id, host.map(AccountId::get)).await?;
        u.audit(
            "cafe.host",
            subject(g),
            &format!("table:{} host:{}", t.id, host.map_or(0, AccountId::get)),
            "",
        );
        self.commit(u).await
    }

    /// Suggests a table plan for every round not started yet. Past and current rounds keep
    /// what people were shown. Nobody is placed: each person sees a suggestion.
    pub async fn plan_cafe(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
    ) -> Result<usize> {
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        let rounds = cafes::rounds(&u.tx, g.get()).await?;
        let tables = cafes::tables(&u.tx, g.get()).await?;
        let people = cafes::people(&u.tx, g.get()).await?;
        let orgs: HashMap<i32, i32> = communities::members(&u.tx, ctx.community.id)
            .await?
            .into_iter()
            .map(|m| (m.account.id, m.membership.organization_id))
            .collect();
        let Some(inst) = cafe_plan::instance(&people, &tables, rounds.len(), &orgs) else {
            return Err(Message::t("error-cafe-plan-needs").conflict());
        };
        let rows = tokio::task::spawn_blocking(move || cafe_plan::solve(&inst))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map_err(AppError::Internal)?;
        let mut written = 0;
        for r in rounds.iter().filter(|r| r.number > c.round) {
            for p in &people {
                cafes::suggest(&u.tx, g.get(), r.number, p.account_id, None).await?;
            }
            for &(w, a, t) in rows.iter().filter(|x| x.0 == r.number) {
                cafes::suggest(&u.tx, g.get(), w, a, Some(t)).await?;
                written += 1;
            }
        }
        u.audit(
            "cafe.plan",
            subject(g),
            &format!("{written} suggestions"),
            "",
        );
        self.commit(u).await?;
        Ok(written)
    }

    /// Takes part in the café. Joining after a plan was made re-plans only the rounds still
    /// to come, and only for the one who joined: everyone else keeps their suggestion.
    pub async fn join_cafe(&self, ctx: &Allowed<can::TakePart>, g: GatheringId) -> Result<()> {
        let (u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        let me = ctx.member.account_id.get();
        // Arriving during a round: the suggestions start with the next one.
        let from = if c.round == 0 { 1 } else { c.round + 1 };
        cafes::join(&u.tx, g.get(), me, from).await?;
        let places = cafes::places(&u.tx, g.get()).await?;
        if places.iter().any(|p| p.suggested_table.is_some()) {
            let rounds = cafes::rounds(&u.tx, g.get()).await?;
            let tables = cafes::tables(&u.tx, g.get()).await?;
            let people = cafes::people(&u.tx, g.get()).await?;
            let orgs: HashMap<i32, i32> = communities::members(&u.tx, ctx.community.id)
                .await?
                .into_iter()
                .map(|m| (m.account.id, m.membership.organization_id))
                .collect();
            if let Some(inst) = cafe_plan::instance(&people, &tables, rounds.len(), &orgs) {
                let capacity: Vec<usize> =
                    tables.iter().map(|t| t.capacity.max(0) as usize).collect();
                let rows = cafe_plan::arrive(&inst, &places, rounds.len(), &capacity, me, from);
                for (w, a, t) in rows {
                    cafes::suggest(&u.tx, g.get(), w, a, Some(t)).await?;
                }
            }
        }
        self.commit(u).await
    }

    /// Stops taking part after the current round: later suggestions are taken away (no one
    /// else's change).
    pub async fn leave_cafe(&self, ctx: &Allowed<can::TakePart>, g: GatheringId) -> Result<()> {
        let (u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        let me = ctx.member.account_id.get();
        cafes::leave(&u.tx, g.get(), me, c.round).await?;
        for r in cafes::rounds(&u.tx, g.get())
            .await?
            .iter()
            .filter(|r| r.number > c.round)
        {
            cafes::suggest(&u.tx, g.get(), r.number, me, None).await?;
        }
        self.commit(u).await
    }

    /// Starts the next round: its timer runs from now.
    pub async fn start_cafe_round(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
    ) -> Result<i32> {
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        let rounds = cafes::rounds(&u.tx, g.get()).await?;
        let Some(next) = rounds.iter().find(|r| r.number == c.round + 1) else {
            return Err(Message::t(if rounds.is_empty() {
                "error-cafe-add-round"
            } else {
                "error-cafe-last-round"
            })
            .conflict());
        };
        cafes::set_timer(&u.tx, g.get(), next.number, Some(self.now()), None).await?;
        u.audit(
            "cafe.round.start",
            subject(g),
            &format!("round {}", next.number),
            "",
        );
        self.commit(u).await?;
        Ok(next.number)
    }

    /// Pauses (`true`) or resumes the current round's timer.
    pub async fn pause_cafe_round(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        pause: bool,
    ) -> Result<()> {
        let (u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        if c.started_at.is_none() {
            return Err(Message::t("error-cafe-no-round").conflict());
        }
        let rounds = cafes::rounds(&u.tx, g.get()).await?;
        let now = self.now();
        let mut t = timer(&c);
        // Pausing a paused round (or resuming a running one) changes nothing, as before.
        let _ = if pause {
            t.pause(now)
        } else {
            t.start(now, durations(&rounds).len())
        };
        let (started_at, paused_elapsed) = stored(&t, now);
        cafes::set_timer(&u.tx, g.get(), c.round, started_at, paused_elapsed).await?;
        self.commit(u).await
    }

    /// Sits at a table this round, whatever was suggested, full or not: the law of two feet.
    /// `None` stands up.
    pub async fn cafe_check_in(
        &self,
        ctx: &Allowed<can::TakePart>,
        g: GatheringId,
        table_id: Option<i32>,
    ) -> Result<()> {
        let (u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        if c.round == 0 {
            return Err(Message::t("error-cafe-not-started").conflict());
        }
        if let Some(t) = table_id {
            cafes::table(&u.tx, g.get(), t).await?;
        }
        cafes::seat(
            &u.tx,
            g.get(),
            c.round,
            ctx.member.account_id.get(),
            table_id,
        )
        .await?;
        self.commit(u).await
    }

    /// Saves a table's notes of a round on top of `base`. Whoever sat at the table that round,
    /// its host and the gathering's hosts may write; a stale save writes nothing and returns
    /// both texts.
    pub async fn save_cafe_note(
        &self,
        ctx: &Allowed<can::TakePart>,
        g: GatheringId,
        table_id: i32,
        round: i32,
        body: &CafeNoteBody,
        base: i32,
    ) -> Result<i32> {
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        let c = cafe_of(&u.tx, g.get()).await?;
        if round < 1 || round > c.round {
            return Err(Message::t("error-cafe-notes-not-yet").conflict());
        }
        let t = cafes::table(&u.tx, g.get(), table_id).await?;
        let me = ctx.member.account_id.get();
        let sat = cafes::places(&u.tx, g.get())
            .await?
            .iter()
            .any(|p| p.round == round && p.account_id == me && p.seat_table == Some(t.id));
        if !sat && t.host_id != Some(me) && !u.may(Permission::HostGathering) {
            return Err(Message::t("error-cafe-notes-sat").refused());
        }
        let note = cafes::note_for(&u.tx, g.get(), t.id, round).await?;
        // Notes someone may not read (their visibility narrowed) they may not overwrite
        // either: a stale save would show them the text.
        let existing =
            contents::get(&u.tx, ContentRef::new(ContentKind::CafeNote, note.id)).await?;
        if existing.is_some_and(|c| !crate::content::readable(&crate::content::reader(ctx), &c)) {
            return Err(AppError::NotFound);
        }
        let saved = contents::save(
            &u.tx,
            Save {
                community: ctx.member.community_id,
                of: ContentRef::new(ContentKind::CafeNote, note.id),
                body: body.as_str(),
                base,
                author: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        match saved {
            Saved::Written(v) => {
                u.audit(
                    "cafe.note",
                    subject(g),
                    &format!("note:{} v{v}", note.id),
                    "",
                );
                self.commit(u).await?;
                Ok(v)
            }
            Saved::Stale {
                version,
                theirs,
                yours,
            } => Err(AppError::Stale(Box::new(crate::Stale {
                what: "note",
                version,
                theirs,
                yours,
            }))),
        }
    }

    /// Every note of the café the reader may read, in round and table order.
    pub(crate) async fn cafe_notes(&self, audience: Audience, g: i32) -> Result<Vec<NoteView>> {
        let db = self.store.conn();
        let notes = cafes::notes(db, g).await?;
        let tables: HashMap<i32, String> = cafes::tables(db, g)
            .await?
            .into_iter()
            .map(|t| (t.id, t.name))
            .collect();
        let ids: Vec<i32> = notes.iter().map(|n| n.id).collect();
        let texts = readable_of(db, audience, ContentKind::CafeNote, &ids).await?;
        Ok(notes
            .into_iter()
            .filter_map(|n| {
                let c = texts.get(&n.id)?;
                Some(NoteView {
                    id: n.id,
                    table_id: n.table_id,
                    table: tables.get(&n.table_id).cloned().unwrap_or_default(),
                    round: n.round,
                    body: c.body.clone(),
                    version: c.version,
                    theme_id: n.theme_id,
                })
            })
            .collect())
    }

    /// The café as the caller sees it: the round, the timer, the tables, "your suggested
    /// table", where they sit, and the notes at their table now and from the round before.
    pub async fn cafe(&self, ctx: &Allowed<can::TakePart>, g: GatheringId) -> Result<CafeView> {
        let db = self.store.conn();
        let gathering = gatherings::get(db, ctx.community.id, g.get()).await?;
        let c = cafe_of(db, g.get()).await?;
        let rounds = cafes::rounds(db, g.get()).await?;
        let tables = cafes::tables(db, g.get()).await?;
        let places = cafes::places(db, g.get()).await?;
        let people = cafes::people(db, g.get()).await?;
        let me = ctx.member.account_id.get();
        let hosts: Vec<i32> = tables.iter().filter_map(|t| t.host_id).collect();
        let names = accounts::names(db, &hosts).await?;
        let now_places: Vec<&Place> = places.iter().filter(|p| p.round == c.round).collect();
        let table_views = tables
            .iter()
            .map(|t| TableView {
                host: t.host_id.and_then(|h| names.get(&h).cloned()),
                seated: now_places
                    .iter()
                    .filter(|p| p.seat_table == Some(t.id))
                    .count(),
                suggested: now_places
                    .iter()
                    .filter(|p| p.suggested_table == Some(t.id))
                    .count(),
                table: t.clone(),
            })
            .collect();
        let suggested: Vec<(i32, Option<i32>)> = rounds
            .iter()
            .map(|r| {
                let s = places
                    .iter()
                    .find(|p| p.round == r.number && p.account_id == me)
                    .and_then(|p| p.suggested_table);
                (r.number, s)
            })
            .collect();
        let seat = now_places
            .iter()
            .find(|p| p.account_id == me)
            .and_then(|p| p.seat_table);
        let my_host_table = tables.iter().find(|t| t.host_id == Some(me)).map(|t| t.id);
        let here = seat.or(my_host_table).or_else(|| {
            suggested
                .iter()
                .find(|(n, _)| *n == c.round)
                .and_then(|(_, t)| *t)
        });
        let notes = self.cafe_notes(Audience::of(ctx), g.get()).await?;
        let note_at = |round: i32| {
            here.and_then(|t| {
                notes
                    .iter()
                    .find(|n| n.table_id == t && n.round == round)
                    .cloned()
            })
        };
        let planned = places
            .iter()
            .filter(|p| p.suggested_table.is_some())
            .map(|p| p.account_id)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        Ok(CafeView {
            clock: clock(&c, &rounds, self.now()),
            current: rounds.iter().find(|r| r.number == c.round).cloned(),
            joined: people
                .iter()
                .any(|p| p.account_id == me && p.until_round.is_none_or(|u| u >= c.round)),
            notes_now: note_at(c.round),
            notes_before: note_at(c.round - 1),
            host: ctx.may(Permission::HostGathering),
            people: people.len(),
            planned,
            here,
            seat,
            suggested,
            tables: table_views,
            rounds,
            cafe: c,
            gathering,
        })
    }

    /// The café's members, for choosing table hosts (id, name).
    pub async fn cafe_members(
        &self,
        ctx: &Allowed<can::HostGathering>,
    ) -> Result<Vec<(i32, String)>> {
        let mut m: Vec<(i32, String)> = communities::members(self.store.conn(), ctx.community.id)
            .await?
            .into_iter()
            .map(|m| (m.account.id, m.account.display_name))
            .collect();
        m.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(m)
    }
}

/// A theme on the harvest wall with its notes.
#[derive(Debug, Clone)]
pub struct ThemeView {
    /// `None`: a suggested theme not saved yet (or notes not in any saved theme).
    pub id: Option<i32>,
    pub name: String,
    /// The terms its notes share: why they are together.
    pub shared: Vec<String>,
    pub notes: Vec<NoteView>,
}

/// The harvest wall: themes across all rounds.
#[derive(Debug, Clone)]
pub struct CafeHarvest {
    pub gathering: Gathering,
    pub themes: Vec<ThemeView>,
    /// Whether the themes are the host's saved ones (else suggested by shared terms).
    pub saved: bool,
    pub host: bool,
    pub rounds: Vec<Round>,
}

fn grouped(notes: Vec<NoteView>) -> Vec<ThemeView> {
    let bodies: Vec<&str> = notes.iter().map(|n| n.body.as_str()).collect();
    cafe::themes(&bodies)
        .into_iter()
        .map(|t| ThemeView {
            id: None,
            name: t.name(),
            notes: t.notes.iter().map(|&i| notes[i].clone()).collect(),
            shared: t.shared,
        })
        .collect()
}

impl App {
    /// The harvest wall: the host's saved themes if any, else themes suggested from the terms
    /// the notes share. Only notes the reader may read are shown or grouped.
    pub async fn cafe_harvest(
        &self,
        ctx: &Allowed<can::TakePart>,
        g: GatheringId,
    ) -> Result<CafeHarvest> {
        let db = self.store.conn();
        let gathering = gatherings::get(db, ctx.community.id, g.get()).await?;
        cafe_of(db, g.get()).await?;
        let notes = self.cafe_notes(Audience::of(ctx), g.get()).await?;
        let saved = cafes::themes(db, g.get()).await?;
        let themes = if saved.is_empty() {
            grouped(notes)
        } else {
            let mut out: Vec<ThemeView> = saved
                .iter()
                .map(|t| {
                    let ns: Vec<NoteView> = notes
                        .iter()
                        .filter(|n| n.theme_id == Some(t.id))
                        .cloned()
                        .collect();
                    let bodies: Vec<&str> = ns.iter().map(|n| n.body.as_str()).collect();
                    let shared = cafe::themes(&bodies)
                        .into_iter()
                        .flat_map(|x| x.shared)
                        .take(5)
                        .collect();
                    ThemeView {
                        id: Some(t.id),
                        name: t.name.clone(),
                        shared,
                        notes: ns,
                    }
                })
                .collect();
            let loose: Vec<NoteView> = notes.into_iter().filter(|n| n.theme_id.is_none()).collect();
            if !loose.is_empty() {
                out.push(ThemeView {
                    id: None,
                    name: "Not in a theme yet".into(),
                    shared: Vec::new(),
                    notes: loose,
                });
            }
            out
        };
        Ok(CafeHarvest {
            gathering,
            saved: !saved.is_empty(),
            host: ctx.may(Permission::HostGathering),
            rounds: cafes::rounds(db, g.get()).await?,
            themes,
        })
    }

    /// Saves the themes suggested from shared terms (replacing any saved ones). Grouped from
    /// the notes every member may read, so no one's private note shapes a shared theme.
    pub async fn group_cafe_themes(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
    ) -> Result<usize> {
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        cafe_of(&u.tx, g.get()).await?;
        let notes = self.cafe_notes(Audience::Everyone, g.get()).await?;
        let themes: Vec<(String, Vec<i32>)> = grouped(notes)
            .into_iter()
            .map(|t| (t.name, t.notes.iter().map(|n| n.id).collect()))
            .collect();
        cafes::replace_themes(&u.tx, g.get(), &themes).await?;
        u.audit(
            "cafe.themes",
            subject(g),
            &format!("{} themes", themes.len()),
            "",
        );
        self.commit(u).await?;
        Ok(themes.len())
    }

    /// Moves a note into another theme (`None`: out of every theme).
    pub async fn move_cafe_note(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        note: i32,
        theme: Option<i32>,
    ) -> Result<()> {
        let (mut u, _) = self.change_gathering(ctx, g).await?;
        cafes::move_note(&u.tx, g.get(), note, theme).await?;
        u.audit(
            "cafe.note.move",
            subject(g),
            &format!("note:{note} theme:{}", theme.unwrap_or(0)),
            "",
        );
        self.commit(u).await
    }

    pub async fn rename_cafe_theme(
        &self,
        ctx: &Allowed<can::HostGathering>,
        g: GatheringId,
        theme: i32,
        name: &CafeThemeName,
    ) -> Result<()> {
        let (u, _) = self.change_gathering(ctx, g).await?;
        cafes::rename_theme(&u.tx, g.get(), theme, name.as_str()).await?;
        self.commit(u).await
    }

    /// The café's proceedings in the shape of an Open Space's, so the same exports write
    /// them: one entry per table and round (its question, host and notes), by theme order.
    pub async fn cafe_proceedings(
        &self,
        ctx: &Allowed<can::TakePart>,
        g: GatheringId,
    ) -> Result<crate::harvest::Proceedings> {
        let h = self.cafe_harvest(ctx, g).await?;
        let db = self.store.conn();
        let tables = cafes::tables(db, g.get()).await?;
        let hosts: Vec<i32> = tables.iter().filter_map(|t| t.host_id).collect();
        let names = accounts::names(db, &hosts).await?;
        let places = cafes::places(db, g.get()).await?;
        let mut sessions = Vec::new();
        for theme in &h.themes {
            for n in &theme.notes {
                let q = h
                    .rounds
                    .iter()
                    .find(|r| r.number == n.round)
                    .map_or(String::new(), |r| r.question.clone());
                let host = tables
                    .iter()
                    .find(|t| t.id == n.table_id)
                    .and_then(|t| t.host_id)
                    .and_then(|id| names.get(&id).cloned())
                    .unwrap_or_default();
                sessions.push(crate::harvest::SessionHarvest {
                    title: format!("{}: {q}", theme.name),
                    convener: host,
                    when: String::new(),
                    round: Some(n.round),
                    space: n.table.clone(),
                    report: n.body.clone(),
                    named: Vec::new(),
                    dots: 0,
                    present: places
                        .iter()
                        .filter(|p| p.round == n.round && p.seat_table == Some(n.table_id))
                        .count(),
                });
            }
        }
        let checked_in = places
            .iter()
            .filter(|p| p.seat_table.is_some())
            .map(|p| p.account_id)
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        Ok(crate::harvest::Proceedings {
            said_yes: gatherings::attending(db, g.get()).await?.len(),
            dates: Vec::new(),
            actions: Vec::new(),
            community: ctx.community.name.clone(),
            gathering: h.gathering,
            sessions,
            checked_in,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cafe(round: i32, (started_at, paused_elapsed): (Option<i64>, Option<i64>)) -> Cafe {
        Cafe {
            gathering_id: 1,
            table_size: 4,
            round,
            started_at,
            paused_elapsed,
            created_at: 0,
        }
    }

    proptest! {
        /// Pausing and resuming a round through its stored form counts exactly the running
        /// time, as the café's own timer did: what is stored and read back is the one timer.
        #[test]
        fn a_round_timer_survives_its_stored_form(
            minutes in 1i64..60,
            steps in proptest::collection::vec((1i64..300, any::<bool>()), 0..20),
        ) {
            let durations = vec![60, minutes * 60];
            let start = 10_000;
            let mut stored_form = (Some(start), None);
            let (mut now, mut ran, mut running) = (start, 0i64, true);
            for (dt, pause) in steps {
                now += dt;
                if running {
                    ran += dt;
                }
                let mut t = timer(&cafe(2, stored_form));
                let _ = if pause { t.pause(now) } else { t.start(now, durations.len()) };
                stored_form = stored(&t, now);
                running = !pause;
            }
            let r = timer(&cafe(2, stored_form)).read(now, &durations).expect("round 2");
            prop_assert_eq!(r.block, 1);
            prop_assert_eq!(r.spent, ran);
            prop_assert_eq!(r.running, running);
            prop_assert_eq!(r.left, minutes * 60 - ran);
        }
    }

    #[test]
    fn before_the_first_round_the_clock_has_not_started() {
        let rounds = [Round {
            id: 1,
            gathering_id: 1,
            number: 1,
            question: String::new(),
            minutes: 10,
        }];
        assert_eq!(clock(&cafe(0, (None, None)), &rounds, 5), Clock::NotStarted);
        assert_eq!(
            clock(&cafe(1, (Some(0), None)), &rounds, 60),
            Clock::Running { remaining: 540 }
        );
        assert_eq!(
            clock(&cafe(1, (Some(0), Some(120))), &rounds, 9_999),
            Clock::Paused { remaining: 480 }
        );
    }
}
