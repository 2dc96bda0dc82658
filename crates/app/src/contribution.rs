//! Contributions that curators publish: members and guests submit a case, article or idea
//! (title, summary, body as content, license, attribution); the body is its author's alone
//! (private content) until a curator accepts it, which makes it public, the one path by which
//! something written inside the community reaches the public page and its Atom feed. Every
//! decision has a reason its author sees and is in the audit log; after "changes" the author
//! edits and it waits again. Curators are told of waiting ones, authors of decisions.

use crate::Message;
use crate::content::{readable, reader};
use crate::notify::Tell;
use crate::unit::Unit;
use crate::{Allowed, App, AppError, Result, Stale, can};
use convene_domain::Permission;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentRef, ContentState, Reader, Saved, Visibility};
use convene_domain::contribution::{DEFAULT_LICENSE, Outcome, State};
use convene_domain::ids::{ContentId, ContributionId, ThreadId};
use convene_domain::notify::Kind;
use convene_domain::text::{Attribution, ContributionBody, ContributionTitle, Reason, Summary};
use convene_store::contents::{self, Content, NewContent, Save};
use convene_store::contributions::{self, NewContribution};
use convene_store::{Contribution, accounts, communities, threads};

/// What a new contribution is.
pub struct NewContributionInput {
    pub title: ContributionTitle,
    pub summary: Summary,
    pub body: ContributionBody,
    /// An SPDX identifier from `domain::contribution::LICENSES`.
    pub license: &'static str,
    /// Whom it credits; the author's name when none is given.
    pub attribution: Option<Attribution>,
}

/// A contribution as one reader sees it.
#[derive(Debug, Clone)]
pub struct ContributionView {
    pub row: Contribution,
    pub state: State,
    pub content: Content,
    pub author: String,
    pub mine: bool,
    /// The reader may decide on it now.
    pub can_decide: bool,
    /// The reader (its author) may edit it now.
    pub can_edit: bool,
    /// The thread it offers, when the reader may open that thread.
    pub offered_from: Option<(i32, String)>,
}

/// A published contribution, as anyone reads it.
#[derive(Debug, Clone)]
pub struct Published {
    pub id: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub license: String,
    pub attribution: String,
    pub published_at: i64,
    pub updated_at: i64,
}

/// The public page of a community: its name and what curators published.
#[derive(Debug, Clone)]
pub struct PublicPage {
    pub slug: String,
    pub name: String,
    /// The community's default language, for readers who ask for none.
    pub language: Option<String>,
    pub items: Vec<Published>,
}

fn body_ref(id: i32) -> ContentRef {
    ContentRef::new(ContentKind::Contribution, id)
}

impl App {
    /// Submits a contribution; curators are told it waits.
    pub async fn submit_contribution(
        &self,
        ctx: &Allowed<can::TakePart>,
        new: NewContributionInput,
    ) -> Result<(ContributionId, ContentId)> {
        let mut u = self.change(ctx).await?;
        let out = self.submit_in(&mut u, ctx, new).await?;
        self.commit(u).await?;
        Ok(out)
    }

    /// The one way something written inside the community (organization or network) reaches
    /// the public: the person who started a thread offers it as a contribution. Its opening is
    /// copied into a contribution that waits for curators like any other (who see where it
    /// comes from); the thread keeps its visibility and its replies, written by others, stay
    /// inside. Audited.
    pub async fn offer_thread(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ThreadId,
    ) -> Result<(ContributionId, ContentId)> {
        let mut u = self.change(ctx).await?;
        let me = ctx.member.account_id;
        let t = threads::get(&u.tx, ctx.community.id, id.get()).await?;
        let opening = contents::get(&u.tx, ContentRef::new(ContentKind::Thread, t.id))
            .await?
            .ok_or(AppError::NotFound)?;
        if !readable(&reader(ctx), &opening) {
            return Err(AppError::NotFound);
        }
        if t.author_id != Some(me.get()) || opening.author != Some(me) {
            return Err(Message::t("error-offer-not-starter").refused());
        }
        if t.deleted_at.is_some() || opening.state != ContentState::Visible {
            return Err(Message::t("error-offer-hidden").conflict());
        }
        match opening.visibility {
            Visibility::Public => {
                return Err(Message::t("error-offer-public").conflict());
            }
            Visibility::Private(_) => {
                return Err(Message::t("error-offer-private").conflict());
            }
            Visibility::Network | Visibility::Organization(_) => {}
        }
        if let Some(c) = contributions::offer_of(&u.tx, opening.id.get()).await? {
            let state = State::parse(&c.state).unwrap_or(State::Waiting);
            return Err(Message::t("error-offered-already")
                .word("state", state_sentence(state))
                .text("id", c.id)
                .conflict());
        }
        let new = NewContributionInput {
            title: ContributionTitle::parse(&t.title)?,
            summary: Summary::parse(&format!(
                "Offered from the thread “{}” in {}.",
                t.title, ctx.community.name
            ))?,
            body: ContributionBody::parse(&opening.body)?,
            license: DEFAULT_LICENSE,
            attribution: None,
        };
        let (cid, content) = self.submit_in(&mut u, ctx, new).await?;
        contributions::set_source(&u.tx, cid.get(), opening.id.get()).await?;
        u.audit(
            "contribution.offer",
            Subject::new(SubjectKind::Content, opening.id.get()),
            "",
            "",
        );
        self.commit(u).await?;
        Ok((cid, content))
    }

    async fn submit_in(
        &self,
        u: &mut Unit,
        ctx: &Allowed<can::TakePart>,
        new: NewContributionInput,
    ) -> Result<(ContributionId, ContentId)> {
        let me = ctx.member.account_id;
        let now = self.now();
        let attribution = match &new.attribution {
            Some(a) => a.as_str().to_owned(),
            None => accounts::get(&u.tx, me.get()).await?.display_name,
        };
        let c = contributions::create(
            &u.tx,
            NewContribution {
                community: ctx.community.id,
                author: me.get(),
                title: new.title.as_str(),
                summary: new.summary.as_str(),
                license: new.license,
                attribution: &attribution,
                state: State::Waiting.as_str(),
                now,
            },
        )
        .await?;
        let content = contents::create(
            &u.tx,
            NewContent {
                community: ctx.member.community_id,
                of: body_ref(c.id),
                author: me,
                body: new.body.as_str(),
                // Its author's alone until accepted; curators read it through curation.
                visibility: &Visibility::Private(Vec::new()),
                now,
            },
        )
        .await?;
        self.tell(
            u,
            Tell {
                kind: Kind::Curation,
                community: ctx.community.id,
                content: Some(content.id.get()),
                subject: c.id,
                target: None,
                actor: Some(me),
            },
        )
        .await?;
        Ok((ContributionId(c.id), content.id))
    }

    /// One contribution: for its author, for curators, and for everyone once published.
    pub async fn contribution(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ContributionId,
    ) -> Result<ContributionView> {
        let db = self.store.conn();
        let row = contributions::get(db, ctx.community.id, id.get()).await?;
        let content = contents::get(db, body_ref(row.id))
            .await?
            .ok_or(AppError::NotFound)?;
        let curator = ctx.may(Permission::CurateContributions);
        if !curator && !readable(&reader(ctx), &content) {
            return Err(AppError::NotFound);
        }
        let state = State::parse(&row.state).unwrap_or(State::Waiting);
        let mine = row.author_id == Some(ctx.member.account_id.get());
        let author = match row.author_id {
            Some(a) => accounts::get(db, a).await.map(|a| a.display_name).ok(),
            None => None,
        }
        .unwrap_or_else(|| "Someone who left".to_owned());
        let offered_from = match row.source_content_id {
            Some(src) => match contents::by_id(db, src.into()).await? {
                Some(s) if s.of.kind == ContentKind::Thread && readable(&reader(ctx), &s) => {
                    let t = threads::get(db, ctx.community.id, s.of.id).await?;
                    Some((t.id, t.title))
                }
                _ => None,
            },
            None => None,
        };
        Ok(ContributionView {
            offered_from,
            can_decide: curator && matches!(state, State::Waiting | State::Changes),
            can_edit: mine && state.editable(),
            state,
            content,
            author,
            mine,
            row,
        })
    }

    /// The caller's own contributions in the community.
    pub async fn my_contributions(
        &self,
        ctx: &Allowed<can::TakePart>,
    ) -> Result<Vec<Contribution>> {
        Ok(contributions::of_author(
            self.store.conn(),
            ctx.community.id,
            ctx.member.account_id.get(),
        )
        .await?)
    }

    /// The curators' queue: waiting first, then those sent back for changes.
    pub async fn curation_queue(
        &self,
        ctx: &Allowed<can::CurateContributions>,
    ) -> Result<Vec<Contribution>> {
        let db = self.store.conn();
        let mut all = contributions::list(db, ctx.community.id, &[State::Waiting.as_str()]).await?;
        all.extend(contributions::list(db, ctx.community.id, &[State::Changes.as_str()]).await?);
        Ok(all)
    }

    /// A curator's decision with its reason (audited; its author is told). Accepting makes
    /// the body public. Of two curators deciding at once, one decides; the other gets 409.
    pub async fn decide_contribution(
        &self,
        ctx: &Allowed<can::CurateContributions>,
        id: ContributionId,
        outcome: Outcome,
        reason: &Reason,
    ) -> Result<()> {
        let mut u = self.change(ctx).await?;
        let row = contributions::get(&u.tx, ctx.community.id, id.get()).await?;
        let from = State::parse(&row.state).unwrap_or(State::Waiting);
        let allowed = match from {
            State::Waiting => true,
            State::Changes => outcome == Outcome::Decline,
            State::Accepted | State::Declined => false,
        };
        if !allowed {
            return Err(Message::t("error-contribution-undecidable")
                .word("state", state_sentence(from))
                .conflict());
        }
        let to = outcome.state();
        let now = self.now();
        let me = ctx.member.account_id;
        if !contributions::decide(
            &u.tx,
            row.id,
            from.as_str(),
            to.as_str(),
            reason.as_str(),
            me.get(),
            now,
            to == State::Accepted,
        )
        .await?
        {
            return Err(Message::t("error-contribution-decided-meanwhile").conflict());
        }
        let content = contents::get(&u.tx, body_ref(row.id))
            .await?
            .ok_or(AppError::NotFound)?;
        if to == State::Accepted {
            contents::set_visibility(&u.tx, body_ref(row.id), &Visibility::Public).await?;
        }
        u.audit(
            match outcome {
                Outcome::Accept => "contribution.accept",
                Outcome::Changes => "contribution.changes",
                Outcome::Decline => "contribution.decline",
            },
            Subject::new(SubjectKind::Content, content.id.get()),
            "",
            reason.as_str(),
        );
        self.tell(
            &mut u,
            Tell {
                kind: Kind::Decision,
                community: ctx.community.id,
                content: Some(content.id.get()),
                subject: row.id,
                target: row.author_id,
                actor: Some(me),
            },
        )
        .await?;
        self.commit(u).await
    }

    /// Its author edits a contribution (waiting, or sent back for changes) on top of `base`;
    /// it waits for curation again and curators are told.
    #[expect(
        clippy::too_many_arguments,
        reason = "a contribution's fields, all named"
    )]
    pub async fn edit_contribution(
        &self,
        ctx: &Allowed<can::TakePart>,
        id: ContributionId,
        title: &ContributionTitle,
        summary: &Summary,
        body: &ContributionBody,
        attribution: Option<&Attribution>,
        base: i32,
    ) -> Result<i32> {
        let mut u = self.change(ctx).await?;
        let row = contributions::get(&u.tx, ctx.community.id, id.get()).await?;
        let me = ctx.member.account_id;
        if row.author_id != Some(me.get()) {
            return Err(Message::t("error-author-edits").conflict());
        }
        let state = State::parse(&row.state).unwrap_or(State::Waiting);
        if !state.editable() {
            return Err(Message::t("error-contribution-not-editable")
                .word("state", state_sentence(state))
                .conflict());
        }
        let saved = contents::save(
            &u.tx,
            Save {
                community: ctx.member.community_id,
                of: body_ref(row.id),
                body: body.as_str(),
                base,
                author: me,
                now: self.now(),
            },
        )
        .await?;
        match saved {
            Saved::Written(v) => {
                let attribution =
                    attribution.map_or(row.attribution.clone(), |a| a.as_str().to_owned());
                contributions::revise(
                    &u.tx,
                    row.id,
                    title.as_str(),
                    summary.as_str(),
                    &attribution,
                    self.now(),
                )
                .await?;
                let content = contents::get(&u.tx, body_ref(row.id))
                    .await?
                    .ok_or(AppError::NotFound)?;
                self.tell(
                    &mut u,
                    Tell {
                        kind: Kind::Curation,
                        community: ctx.community.id,
                        content: Some(content.id.get()),
                        subject: row.id,
                        target: None,
                        actor: Some(me),
                    },
                )
                .await?;
                self.commit(u).await?;
                Ok(v)
            }
            Saved::Stale {
                version,
                theirs,
                yours,
            } => Err(AppError::Stale(Box::new(Stale {
                what: "contribution",
                version,
                theirs,
                yours,
            }))),
        }
    }

    /// A community's public page: what curators published that anyone may read now (signed
    /// out; a published piece hidden or removed later is not shown).
    pub async fn public_page(&self, slug: &str) -> Result<PublicPage> {
        let db = self.store.conn();
        let community = communities::by_slug(db, slug).await?;
        let rows = contributions::published(db, community.id, 100).await?;
        let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
        let mut texts = contents::of_owners(db, ContentKind::Contribution, &ids).await?;
        let items = rows
            .into_iter()
            .filter_map(|r| {
                let c = texts.remove(&r.id)?;
                readable(&Reader::Anonymous, &c).then(|| Published {
                    id: r.id,
                    title: r.title,
                    summary: r.summary,
                    body: c.body,
                    license: r.license,
                    attribution: r.attribution,
                    published_at: r.published_at.unwrap_or(r.updated_at),
                    updated_at: c.updated_at.max(r.updated_at),
                })
            })
            .collect();
        Ok(PublicPage {
            slug: community.slug,
            name: community.name,
            language: community.language,
            items,
        })
    }
}

/// A state as a plain sentence for its author and the curators, in the reader's language.
pub fn sentence(tr: convene_i18n::Tr, s: State) -> String {
    tr.t(state_sentence(s))
}

/// The catalogue key of a state's sentence.
fn state_sentence(s: State) -> &'static str {
    match s {
        State::Waiting => "talk-state-waiting",
        State::Changes => "talk-state-changes",
        State::Accepted => "talk-state-accepted",
        State::Declined => "talk-state-declined",
    }
}
