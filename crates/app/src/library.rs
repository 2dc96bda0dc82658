//! A community's library: practices it imported and designs it composed, forked or imported
//! (each a row of `library_works` with its canonical Markdown file as content of kind
//! `practice` / `design`, so revisions, visibility, flags and removal apply), published for
//! everyone (public, and served as a file at a stable URL so another server can import it
//! by URL with the attribution kept), and a design run as a gathering with a facilitator's
//! timer (`domain::timer`; its state in `design_runs`, announced on the gathering's topic).

use crate::Message;
use crate::content::{Audience, readable, reader};
use crate::{Allowed, App, AppError, Ctx, Result, Stale, can};
use convene_domain::Permission;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentRef, ContentState, Reader, Saved, Visibility};
use convene_domain::ids::GatheringId;
use convene_domain::timer::{Reading, Timer, TimerError};
use convene_practice::{
    Design, Document, Imported, License, Line, List, Practice, ReadError, Slug, Source, WebUrl,
};
use convene_store::contents::{self, Content, NewContent, Save};
pub use convene_store::library::WorkKind;
use convene_store::library::{self, NewWork, TimerState};
use convene_store::store_db::ConnectionTrait;
use convene_store::{DesignRun, LibraryWork, accounts, communities, gatherings};

/// A practice or a design, as read from its stored file.
#[derive(Debug, Clone)]
pub enum Doc {
    Practice(Box<Practice>),
    Design(Box<Design>),
}

impl Doc {
    pub fn kind(&self) -> WorkKind {
        match self {
            Doc::Practice(_) => WorkKind::Practice,
            Doc::Design(_) => WorkKind::Design,
        }
    }
    pub fn slug(&self) -> &Slug {
        match self {
            Doc::Practice(p) => &p.slug,
            Doc::Design(d) => &d.slug,
        }
    }
    pub fn title(&self) -> &str {
        match self {
            Doc::Practice(p) => p.title.as_str(),
            Doc::Design(d) => d.title.as_str(),
        }
    }
    pub fn license(&self) -> &License {
        match self {
            Doc::Practice(p) => &p.license,
            Doc::Design(d) => &d.license,
        }
    }
    pub fn derived_from(&self) -> &[Source] {
        match self {
            Doc::Practice(p) => &p.derived_from,
            Doc::Design(d) => &d.derived_from,
        }
    }
    fn set_license(&mut self, l: License) {
        match self {
            Doc::Practice(p) => p.license = l,
            Doc::Design(d) => d.license = l,
        }
    }
    pub fn to_markdown(&self) -> Result<String> {
        match self {
            Doc::Practice(p) => p.to_markdown(),
            Doc::Design(d) => d.to_markdown(),
        }
        .map_err(|e| AppError::Internal(e.to_string()))
    }
    pub fn to_json(&self) -> Result<String> {
        match self {
            Doc::Practice(p) => p.to_json(),
            Doc::Design(d) => d.to_json(),
        }
        .map_err(|e| AppError::Internal(e.to_string()))
    }
    /// The stored file (canonical Markdown, written by this server).
    fn read(kind: WorkKind, md: &str) -> Result<Self> {
        let broken = |e: ReadError| AppError::Internal(format!("a stored {}: {e}", kind.as_str()));
        Ok(match kind {
            WorkKind::Practice => {
                Doc::Practice(Box::new(Practice::from_markdown(md).map_err(broken)?))
            }
            WorkKind::Design => Doc::Design(Box::new(Design::from_markdown(md).map_err(broken)?)),
        })
    }
    /// A file from outside, in the open format (or, for a practice, Open Practice Library
    /// style), with the fields it could not map.
    pub fn import(kind: WorkKind, text: &str) -> Result<(Self, Vec<String>)> {
        let bad = |e: ReadError| AppError::field("file", e.to_string());
        Ok(match kind {
            WorkKind::Practice => {
                let Imported {
                    value, unmapped, ..
                } = convene_practice::import_practice(text).map_err(bad)?;
                (Doc::Practice(Box::new(value)), unmapped)
            }
            WorkKind::Design => {
                let Imported {
                    value, unmapped, ..
                } = convene_practice::import_design(text).map_err(bad)?;
                (Doc::Design(Box::new(value)), unmapped)
            }
        })
    }
}

fn content_kind(kind: WorkKind) -> ContentKind {
    match kind {
        WorkKind::Practice => ContentKind::Practice,
        WorkKind::Design => ContentKind::Design,
    }
}

fn work_ref(w: &LibraryWork) -> Result<ContentRef> {
    Ok(ContentRef::new(content_kind(kind_of(w)?), w.id))
}

fn kind_of(w: &LibraryWork) -> Result<WorkKind> {
    match w.kind.as_str() {
        "practice" => Ok(WorkKind::Practice),
        "design" => Ok(WorkKind::Design),
        k => Err(AppError::Internal(format!("unknown library kind {k}"))),
    }
}

/// One work as its reader may see it.
#[derive(Debug, Clone)]
pub struct Work {
    pub row: LibraryWork,
    pub content: Content,
    pub doc: Doc,
    /// Who added it here (empty when their account is gone).
    pub added_by: String,
}

impl Work {
    pub fn published(&self) -> bool {
        self.row.published_at.is_some() && self.content.visibility == Visibility::Public
    }
}

/// A work of this community that forks another one, for the lineage.
#[derive(Debug, Clone)]
pub struct Fork {
    pub slug: String,
    pub title: String,
    /// 1 for a fork of this design, 2 for a fork of a fork ...
    pub depth: usize,
    /// Deleted: a tombstone that keeps its forks in the lineage (no slug or title shown).
    pub deleted: bool,
}

/// Where a new work comes from.
enum Origin<'a> {
    Here,
    Fork(i32),
    Url(&'a str),
}

/// A timer action of the facilitator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerAction {
    Start,
    Pause,
    /// Add this many seconds to the current block.
    Extend(i64),
    Next,
}

/// A gathering that runs a design: the design, its timer and what it reads now.
#[derive(Debug, Clone)]
pub struct RunView {
    pub design: Design,
    pub design_slug: String,
    pub run: DesignRun,
    pub timer: Timer,
    /// `None` once every block is done.
    pub reading: Option<Reading>,
    pub now: i64,
}

fn timer_of(r: &DesignRun) -> Timer {
    Timer {
        block: r.block.max(0) as u32,
        running_since: r.running_since,
        spent: r.spent,
        extra: r.extra,
    }
}

fn durations(d: &Design) -> Vec<i64> {
    d.blocks
        .iter()
        .map(|b| i64::from(b.minutes.get()) * 60)
        .collect()
}

impl App {
    async fn work_view(
        &self,
        db: &impl ConnectionTrait,
        row: LibraryWork,
        c: Content,
    ) -> Result<Work> {
        let doc = Doc::read(kind_of(&row)?, &c.body)?;
        let names = accounts::names(db, &row.author_id.into_iter().collect::<Vec<_>>()).await?;
        Ok(Work {
            added_by: row
                .author_id
                .and_then(|a| names.get(&a).cloned())
                .unwrap_or_default(),
            row,
            content: c,
            doc,
        })
    }

    async fn readable_work(
        &self,
        db: &impl ConnectionTrait,
        reader: &Reader,
        community: i32,
        kind: WorkKind,
        slug: &str,
    ) -> Result<Work> {
        let row = library::by_slug(db, community, kind, slug).await?;
        let c = contents::get(db, work_ref(&row)?)
            .await?
            .ok_or(AppError::NotFound)?;
        if !readable(reader, &c) {
            return Err(AppError::NotFound);
        }
        self.work_view(db, row, c).await
    }

    /// The community's works of one kind that the member may read, oldest first.
    pub async fn library_works(
        &self,
        ctx: &Allowed<can::TakePart>,
        kind: WorkKind,
    ) -> Result<Vec<Work>> {
        let db = self.store.conn();
        let r = reader(ctx);
        let rows = library::list(db, ctx.community.id, kind).await?;
        let ids: Vec<i32> = rows.iter().map(|w| w.id).collect();
        let mut texts = contents::of_owners(db, content_kind(kind), &ids).await?;
        let mut out = Vec::new();
        for row in rows {
            if let Some(c) = texts.remove(&row.id).filter(|c| readable(&r, c)) {
                out.push(self.work_view(db, row, c).await?);
            }
        }
        Ok(out)
    }

    /// One work of the community, if the member may read it.
    pub async fn library_work(
        &self,
        ctx: &Allowed<can::TakePart>,
        kind: WorkKind,
        slug: &str,
    ) -> Result<Work> {
        let db = self.store.conn();
        self.readable_work(db, &reader(ctx), ctx.community.id, kind, slug)
            .await
    }

    /// The forks of a design made in this community that the member may read, depth first.
    pub async fn design_forks(&self, ctx: &Allowed<can::TakePart>, of: &Work) -> Result<Vec<Fork>> {
        let db = self.store.conn();
        let r = reader(ctx);
        let mut out = Vec::new();
        let mut stack = vec![(of.row.id, 1usize)];
        while let Some((id, depth)) = stack.pop() {
            if out.len() >= 50 || depth > 10 {
                break;
            }
            let kids = library::children(db, id).await?;
            for k in kids.into_iter().rev() {
                let Some(c) = contents::get(db, work_ref(&k)?).await? else {
                    continue;
                };
                // A deleted fork the member could have read stays as a tombstone, so its own
                // forks keep their place in the lineage.
                let deleted = c.state == ContentState::Removed;
                let as_if_kept = Content {
                    state: ContentState::Visible,
                    ..c.clone()
                };
                if !readable(&r, if deleted { &as_if_kept } else { &c }) {
                    continue;
                }
                let (slug, title) = if deleted {
                    (String::new(), String::new())
                } else {
                    let doc = Doc::read(kind_of(&k)?, &c.body)?;
                    (k.slug.clone(), doc.title().to_owned())
                };
                out.push(Fork {
                    slug,
                    title,
                    depth,
                    deleted,
                });
                stack.push((k.id, depth + 1));
            }
        }
        Ok(out)
    }

    /// Imports a practice or design file; answers its slug and the fields that could not be
    /// mapped (kept in the work, named here).
    pub async fn library_import(
        &self,
        ctx: &Allowed<can::TakePart>,
        kind: WorkKind,
        text: &str,
    ) -> Result<(Slug, Vec<String>)> {
        let (doc, unmapped) = Doc::import(kind, text)?;
        let slug = self.add_work(ctx, doc, Origin::Here).await?;
        Ok((slug, unmapped))
    }

    /// Imports the file another server publishes at `url` (its attribution chain as it is).
    pub async fn library_import_url(
        &self,
        ctx: &Allowed<can::TakePart>,
        kind: WorkKind,
        url: &WebUrl,
    ) -> Result<(Slug, Vec<String>)> {
        let text = crate::fetch::fetch_text(url.as_str(), self.settings.library_fetch).await?;
        let (doc, unmapped) = Doc::import(kind, &text)?;
        let slug = self.add_work(ctx, doc, Origin::Url(url.as_str())).await?;
        Ok((slug, unmapped))
    }

    /// A design composed here; without authors it is by the member.
    pub async fn compose_design(
        &self,
        ctx: &Allowed<can::TakePart>,
        mut design: Design,
    ) -> Result<Slug> {
        if design.authors.is_empty() {
            design.authors = self.me_as_author(ctx).await?;
        }
        self.add_work(ctx, Doc::Design(Box::new(design)), Origin::Here)
            .await
    }

    async fn me_as_author(&self, ctx: &Ctx) -> Result<List<Line, 50>> {
        let me = ctx.member.account_id.get();
        let names = accounts::names(self.store.conn(), &[me]).await?;
        let name = names.get(&me).map_or("unknown", String::as_str);
        let mut authors = List::default();
        let line = Line::parse(name)
            .or_else(|_| Line::parse("unknown"))
            .map_err(|e| AppError::Internal(e.to_string()))?;
        authors
            .push(line)
            .map_err(|_| AppError::Internal("one author".into()))?;
        Ok(authors)
    }

    async fn add_work(
        &self,
        ctx: &Allowed<can::TakePart>,
        doc: Doc,
        origin: Origin<'_>,
    ) -> Result<Slug> {
        let md = doc.to_markdown()?;
        let u = self.change(ctx).await?;
        let now = self.now();
        let (parent, source_url) = match origin {
            Origin::Here => (None, None),
            Origin::Fork(p) => (Some(p), None),
            Origin::Url(u) => (None, Some(u)),
        };
        let row = library::create(
            &u.tx,
            NewWork {
                community: ctx.community.id,
                kind: doc.kind(),
                slug: doc.slug().as_str(),
                author: ctx.member.account_id.get(),
                parent,
                source_url,
                now,
            },
        )
        .await
        .map_err(|e| match e {
            convene_store::StoreError::Duplicate(_) => Message::t("error-library-slug-taken")
                .text("kind", doc.kind().as_str())
                .text("slug", doc.slug().as_str())
                .conflict(),
            e => e.into(),
        })?;
        contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: work_ref(&row)?,
                author: ctx.member.account_id,
                body: &md,
                visibility: &Visibility::Network,
                now,
            },
        )
        .await?;
        self.commit(u).await?;
        Ok(doc.slug().clone())
    }

    /// Saves a new version of a design on top of `base`: its author or a steward. The slug
    /// stays (it names the design's URL).
    pub async fn save_design(
        &self,
        ctx: &Allowed<can::TakePart>,
        slug: &str,
        base: i32,
        design: Design,
    ) -> Result<i32> {
        let u = self.change(ctx).await?;
        let w = self
            .readable_work(
                &u.tx,
                &reader(ctx),
                ctx.community.id,
                WorkKind::Design,
                slug,
            )
            .await?;
        may_change_work(&u, &w)?;
        if design.slug.as_str() != slug {
            return Err(Message::t("error-design-keeps-slug").field("slug"));
        }
        let md = Doc::Design(Box::new(design)).to_markdown()?;
        let saved = contents::save(
            &u.tx,
            Save {
                community: ctx.member.community_id,
                of: work_ref(&w.row)?,
                body: &md,
                base,
                author: ctx.member.account_id,
                now: self.now(),
            },
        )
        .await?;
        match saved {
            Saved::Written(v) => {
                library::touch(&u.tx, w.row.id, self.now()).await?;
                self.commit(u).await?;
                Ok(v)
            }
            Saved::Stale {
                version,
                theirs,
                yours,
            } => Err(AppError::Stale(Box::new(Stale {
                what: "design",
                version,
                theirs,
                yours,
            }))),
        }
    }

    /// Forks a design the member may read under a new slug: by the member, with the same
    /// license (share-alike), the original added to the end of its attribution chain with
    /// `at`, the original's stable URL.
    pub async fn fork_design(
        &self,
        ctx: &Allowed<can::TakePart>,
        slug: &str,
        new_slug: Slug,
        at: WebUrl,
    ) -> Result<Slug> {
        let db = self.store.conn();
        let w = self
            .readable_work(db, &reader(ctx), ctx.community.id, WorkKind::Design, slug)
            .await?;
        let Doc::Design(original) = &w.doc else {
            return Err(AppError::NotFound);
        };
        let authors = self.me_as_author(ctx).await?;
        let remix = original
            .remix(new_slug, authors, at)
            .map_err(|e| AppError::field("derived_from", e.to_string()))?;
        self.add_work(ctx, Doc::Design(Box::new(remix)), Origin::Fork(w.row.id))
            .await
    }

    /// Publishes a work under `license`: it becomes public and is served at its stable URL.
    /// Its author or a steward.
    pub async fn publish_work(
        &self,
        ctx: &Allowed<can::TakePart>,
        kind: WorkKind,
        slug: &str,
        license: License,
    ) -> Result<()> {
        let u = self.change(ctx).await?;
        let mut w = self
            .readable_work(&u.tx, &reader(ctx), ctx.community.id, kind, slug)
            .await?;
        may_change_work(&u, &w)?;
        let of = work_ref(&w.row)?;
        if w.doc.license() != &license {
            w.doc.set_license(license);
            let md = w.doc.to_markdown()?;
            let saved = contents::save(
                &u.tx,
                Save {
                    community: ctx.member.community_id,
                    of,
                    body: &md,
                    base: w.content.version,
                    author: ctx.member.account_id,
                    now: self.now(),
                },
            )
            .await?;
            if let Saved::Stale { .. } = saved {
                return Err(Message::t("error-library-publish-stale").conflict());
            }
        }
        contents::set_visibility(&u.tx, of, &Visibility::Public).await?;
        library::set_published(&u.tx, w.row.id, Some(self.now())).await?;
        self.commit(u).await
    }

    /// Deletes a work: its author or a steward, audited. The row stays as a tombstone (its
    /// slug is not given to another work, so a stable URL never names something else) and
    /// its file is removed, so nobody reads it, it leaves the public library and its URL
    /// answers 404; forks keep their own copy of the attribution chain (`derived_from`) and
    /// their place in the lineage. A gathering running it keeps the agenda it made.
    pub async fn delete_work(
        &self,
        ctx: &Allowed<can::TakePart>,
        kind: WorkKind,
        slug: &str,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let w = self
            .readable_work(&u.tx, &reader(ctx), ctx.community.id, kind, slug)
            .await?;
        may_change_work(&u, &w)?;
        contents::set_state(&u.tx, work_ref(&w.row)?, &ContentState::Removed).await?;
        library::set_published(&u.tx, w.row.id, None).await?;
        library::touch(&u.tx, w.row.id, self.now()).await?;
        u.audit(
            match kind {
                WorkKind::Practice => "practice.delete",
                WorkKind::Design => "design.delete",
            },
            Subject::new(SubjectKind::Content, w.content.id.get()),
            &format!("{}:{} {}", kind.as_str(), w.row.id, w.row.slug),
            "",
        );
        self.commit(u).await
    }

    /// A published work, for anyone (signed in or not): public, visible, not removed.
    pub async fn published_work(
        &self,
        community_slug: &str,
        kind: WorkKind,
        slug: &str,
    ) -> Result<(convene_store::Community, Work)> {
        let db = self.store.conn();
        let community = communities::by_slug(db, community_slug).await?;
        let w = self
            .readable_work(db, &Reader::Anonymous, community.id, kind, slug)
            .await?;
        if w.row.published_at.is_none() {
            return Err(AppError::NotFound);
        }
        Ok((community, w))
    }

    /// Every published work of this server, newest first, with its community's slug.
    pub async fn published_works(&self) -> Result<Vec<(String, Work)>> {
        let db = self.store.conn();
        let mut out = Vec::new();
        for row in library::published(db).await? {
            let Some(c) = contents::get(db, work_ref(&row)?).await? else {
                continue;
            };
            if !readable(&Reader::Anonymous, &c) {
                continue;
            }
            let community = communities::get(db, row.community_id).await?;
            out.push((community.slug.clone(), self.work_view(db, row, c).await?));
        }
        Ok(out)
    }

    /// Makes a gathering run a design from its first block, the timer paused (a host), and
    /// its blocks the gathering's agenda: one plenary slot each, from `starts` (a date and a
    /// time in the gathering's zone; now when not given), replacing the slots of a run before.
    pub async fn run_design(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering: GatheringId,
        slug: &str,
        starts: Option<(&str, &str)>,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let w = self
            .readable_work(
                &u.tx,
                &reader(ctx),
                ctx.community.id,
                WorkKind::Design,
                slug,
            )
            .await?;
        // The agenda is shared by everyone in the gathering, so only a design they may all
        // read can become it.
        if !Audience::Everyone.reads(&w.content) {
            return Err(Message::t("error-library-design-readable").conflict());
        }
        let Doc::Design(design) = &w.doc else {
            return Err(AppError::NotFound);
        };
        self.bump(&mut u, ctx.community.id, gathering).await?;
        let g = gatherings::get(&u.tx, ctx.community.id, gathering.get()).await?;
        let zone = crate::gathering::zone_of(&g)?;
        let now = self.now();
        let start = match starts {
            Some((date, time)) => Some(zone.timestamp(date.trim(), time.trim())?),
            None => None,
        };
        self.clear_run(&u.tx, g.id).await?;
        library::start_run(&u.tx, gathering.get(), w.row.id, now).await?;
        // From the next whole minute, when no start is given.
        let soon = (now + 59) / 60 * 60;
        self.lay_out_run(&u.tx, &g, &zone, design, start, soon)
            .await?;
        u.audit(
            "design.run",
            Subject::new(SubjectKind::Gathering, gathering.get()),
            &format!("design:{} {}", w.row.id, w.row.slug),
            "",
        );
        self.commit(u).await
    }

    /// Locks and versions the gathering, so every screen of it hears of the change (without
    /// the network job: a timer is not activity).
    async fn bump(
        &self,
        u: &mut crate::unit::Unit,
        community: i32,
        gathering: GatheringId,
    ) -> Result<()> {
        let version = gatherings::touch(&u.tx, gathering.get()).await?;
        gatherings::get(&u.tx, community, gathering.get()).await?;
        u.topic(crate::unit::Topic::Gathering {
            id: gathering,
            version,
        });
        Ok(())
    }

    /// The design a gathering runs and its timer now, if it runs one the member may read.
    pub async fn design_run(
        &self,
        ctx: &Allowed<can::TakePart>,
        gathering: GatheringId,
    ) -> Result<Option<RunView>> {
        let db = self.store.conn();
        gatherings::get(db, ctx.community.id, gathering.get()).await?;
        self.run_view(db, Audience::of(ctx), gathering).await
    }

    async fn run_view(
        &self,
        db: &impl ConnectionTrait,
        audience: Audience,
        gathering: GatheringId,
    ) -> Result<Option<RunView>> {
        let Some(run) = library::run_of(db, gathering.get()).await? else {
            return Ok(None);
        };
        let row = library::by_id(db, run.work_id).await?;
        let Some(c) = contents::get(db, work_ref(&row)?).await? else {
            return Ok(None);
        };
        if !audience.reads(&c) {
            return Ok(None);
        }
        let Doc::Design(design) = Doc::read(WorkKind::Design, &c.body)? else {
            return Ok(None);
        };
        let timer = timer_of(&run);
        let now = self.now();
        Ok(Some(RunView {
            reading: timer.read(now, &durations(&design)),
            design: *design,
            design_slug: row.slug,
            run,
            timer,
            now,
        }))
    }

    /// A facilitator's timer action (a host); every screen of the gathering follows it.
    pub async fn timer_action(
        &self,
        ctx: &Allowed<can::HostGathering>,
        gathering: GatheringId,
        action: TimerAction,
    ) -> Result<RunView> {
        let mut u = self.change(ctx).await?;
        self.bump(&mut u, ctx.community.id, gathering).await?;
        let view = self
            .run_view(&u.tx, Audience::of(ctx), gathering)
            .await?
            .ok_or(AppError::NotFound)?;
        let now = self.now();
        let blocks = view.design.blocks.len();
        let mut t = view.timer;
        let done = match action {
            TimerAction::Start => t.start(now, blocks),
            TimerAction::Pause => t.pause(now),
            TimerAction::Extend(secs) => t.extend(secs, blocks),
            TimerAction::Next => t.next(now, blocks),
        };
        done.map_err(|e: TimerError| {
            Message::t(match e {
                TimerError::Running => "error-timer-running",
                TimerError::NotRunning => "error-timer-not-running",
                TimerError::Done => "error-timer-done",
                TimerError::Extension => "error-timer-extension",
            })
            .conflict()
        })?;
        let written = library::save_timer(
            &u.tx,
            gathering.get(),
            view.run.version,
            TimerState {
                block: i32::try_from(t.block).unwrap_or(i32::MAX),
                running_since: t.running_since,
                spent: t.spent,
                extra: t.extra,
            },
            now,
        )
        .await?;
        if !written {
            return Err(Message::t("error-timer-changed").conflict());
        }
        self.retime_run(&u.tx, gathering.get(), &view.design, &view.timer, &t, now)
            .await?;
        self.commit(u).await?;
        Ok(RunView {
            reading: t.read(now, &durations(&view.design)),
            timer: t,
            ..view
        })
    }
}

/// Who added a work, or a steward, may change it.
fn may_change_work(u: &crate::unit::Unit, w: &Work) -> Result<()> {
    if w.row.author_id == u.actor().map(|a| a.get()) || u.may(Permission::EditSettings) {
        Ok(())
    } else {
        Err(Message::t("error-library-owner").refused())
    }
}
