//! Flags, cases, claims, decisions, appeals and the moderation log. Races and eligibility are
//! settled by the database: one open case per content and one flag per person per content
//! (unique indexes), a claim and a decision are conditional updates, and an appeal's decider
//! must be a party to the case whose only part is "hearer" (see migration m0040).

use crate::entity::{
    appeal, case_party, case_pin, case_review, flag, hide_appeal, moderation_case,
    moderation_entry, moderation_sanction, moderation_setting,
};
use crate::{Result, StoreError, unique};
use convene_domain::Role;
use convene_domain::ids::{AccountId, CaseId, CommunityId, ContentId};
use convene_domain::moderation::{
    AppealOutcome, FlagReason, Outcome, Part, Policy, Sanction, Weight,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

/// A case: the flags on one piece of content until someone decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub id: CaseId,
    pub community: CommunityId,
    pub content: ContentId,
    pub open: bool,
    pub weight: Weight,
    pub hidden_at: Option<i64>,
    pub claimed_by: Option<AccountId>,
    pub claimed_until: Option<i64>,
    pub decided_by: Option<AccountId>,
    pub outcome: Option<Outcome>,
    pub reason: String,
    pub decided_at: Option<i64>,
    /// An appeal reversed the decision.
    pub overturned: bool,
    pub created_at: i64,
}

fn case_of(r: moderation_case::Model) -> Case {
    Case {
        id: CaseId(r.id),
        community: CommunityId(r.community_id),
        content: ContentId(r.content_id),
        open: r.status == "open",
        weight: r.weight,
        hidden_at: r.hidden_at,
        claimed_by: r.claimed_by.map(AccountId),
        claimed_until: r.claimed_until,
        decided_by: r.decided_by.map(AccountId),
        outcome: r.outcome.as_deref().and_then(|o| Outcome::parse(o).ok()),
        reason: r.reason,
        decided_at: r.decided_at,
        overturned: r.overturned,
        created_at: r.created_at,
    }
}

/// The community's flag and appeal rules (defaults until it decided others).
pub async fn policy(db: &impl ConnectionTrait, community: CommunityId) -> Result<Policy> {
    Ok(moderation_setting::Entity::find_by_id(community.get())
        .one(db)
        .await?
        .map_or_else(Policy::default, |s| Policy {
            threshold: s.threshold,
            appeal_days: i64::from(s.appeal_days),
            full_names: s.full_names,
            review_minutes: i64::from(s.review_minutes),
        }))
}

/// Sets the community's rules (the demo; later only through a decision).
pub async fn set_policy(
    db: &impl ConnectionTrait,
    community: CommunityId,
    p: &Policy,
) -> Result<()> {
    moderation_setting::Entity::delete_by_id(community.get())
        .exec(db)
        .await?;
    moderation_setting::ActiveModel {
        community_id: Set(community.get()),
        threshold: Set(p.threshold),
        appeal_days: Set(i32::try_from(p.appeal_days).unwrap_or(14)),
        full_names: Set(p.full_names),
        review_minutes: Set(i32::try_from(p.review_minutes).unwrap_or(60)),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The open case on a piece of content, made (with its author as a party) if there is none.
pub async fn open_case(
    db: &impl ConnectionTrait,
    community: CommunityId,
    content: ContentId,
    author: Option<AccountId>,
    now: i64,
) -> Result<Case> {
    if let Some(c) = open_case_of(db, content).await? {
        return Ok(c);
    }
    let row = moderation_case::ActiveModel {
        community_id: Set(community.get()),
        content_id: Set(content.get()),
        status: Set("open".into()),
        weight: Set(0),
        reason: Set(String::new()),
        overturned: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("case"))?;
    if let Some(a) = author {
        add_party(db, CaseId(row.id), a, Part::Author).await?;
    }
    Ok(case_of(row))
}

/// Adds someone's part in a case; `Duplicate("part")` when they already have one.
pub async fn add_party(
    db: &impl ConnectionTrait,
    case: CaseId,
    account: AccountId,
    part: Part,
) -> Result<()> {
    case_party::ActiveModel {
        case_id: Set(case.get()),
        account_id: Set(account.get()),
        part: Set(part.as_str().into()),
    }
    .insert(db)
    .await
    .map_err(unique("part"))?;
    if matches!(part, Part::Author | Part::Decider) {
        case_pin::ActiveModel {
            case_id: Set(case.get()),
            account_id: Set(account.get()),
            part: Set(part.as_str().into()),
        }
        .insert(db)
        .await
        .map_err(unique("part"))?;
    }
    Ok(())
}

/// Someone's part in a case, if any.
pub async fn part_of(
    db: &impl ConnectionTrait,
    case: CaseId,
    account: AccountId,
) -> Result<Option<Part>> {
    Ok(case_party::Entity::find_by_id((case.get(), account.get()))
        .one(db)
        .await?
        .and_then(|p| Part::parse(&p.part)))
}

pub async fn open_case_of(db: &impl ConnectionTrait, content: ContentId) -> Result<Option<Case>> {
    Ok(moderation_case::Entity::find()
        .filter(moderation_case::Column::ContentId.eq(content.get()))
        .filter(moderation_case::Column::Status.eq("open"))
        .one(db)
        .await?
        .map(case_of))
}

/// The newest case on a piece of content.
pub async fn latest_case_of(db: &impl ConnectionTrait, content: ContentId) -> Result<Option<Case>> {
    Ok(moderation_case::Entity::find()
        .filter(moderation_case::Column::ContentId.eq(content.get()))
        .order_by_desc(moderation_case::Column::Id)
        .one(db)
        .await?
        .map(case_of))
}

pub async fn case(db: &impl ConnectionTrait, community: CommunityId, id: CaseId) -> Result<Case> {
    moderation_case::Entity::find_by_id(id.get())
        .filter(moderation_case::Column::CommunityId.eq(community.get()))
        .one(db)
        .await?
        .map(case_of)
        .ok_or(StoreError::NotFound)
}

/// Open cases, heaviest first, then oldest.
pub async fn queue(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Case>> {
    Ok(moderation_case::Entity::find()
        .filter(moderation_case::Column::CommunityId.eq(community.get()))
        .filter(moderation_case::Column::Status.eq("open"))
        .order_by_desc(moderation_case::Column::Weight)
        .order_by_asc(moderation_case::Column::CreatedAt)
        .order_by_asc(moderation_case::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(case_of)
        .collect())
}

/// Cases that have an appeal waiting: of a decision, then of an automatic hide.
pub async fn appealed(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Appeal>> {
    Ok(appeal::Entity::find()
        .filter(appeal::Column::CommunityId.eq(community.get()))
        .filter(appeal::Column::DecidedBy.is_null())
        .order_by_asc(appeal::Column::At)
        .all(db)
        .await?
        .into_iter()
        .map(appeal_of_row)
        .chain(
            hide_appeal::Entity::find()
                .filter(hide_appeal::Column::CommunityId.eq(community.get()))
                .filter(hide_appeal::Column::DecidedBy.is_null())
                .order_by_asc(hide_appeal::Column::At)
                .all(db)
                .await?
                .into_iter()
                .map(hide_appeal_of_row),
        )
        .collect())
}

/// One flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub case: CaseId,
    pub account: AccountId,
    pub reason: FlagReason,
    pub note: String,
    pub weight: Weight,
    pub at: i64,
}

pub struct NewFlag<'a> {
    pub community: CommunityId,
    pub case: CaseId,
    pub content: ContentId,
    pub account: AccountId,
    pub reason: FlagReason,
    pub note: &'a str,
    pub weight: Weight,
    pub now: i64,
}

/// Records a flag and adds its weight to the case; returns the case's new weight.
/// `Duplicate("flag")` when this person flagged this content before (or has another part in
/// the case, such as its author).
pub async fn add_flag(db: &impl ConnectionTrait, f: NewFlag<'_>) -> Result<Weight> {
    add_party(db, f.case, f.account, Part::Flagger)
        .await
        .map_err(|e| match e {
            StoreError::Duplicate(_) => StoreError::Duplicate("flag"),
            e => e,
        })?;
    flag::ActiveModel {
        community_id: Set(f.community.get()),
        case_id: Set(f.case.get()),
        content_id: Set(f.content.get()),
        account_id: Set(f.account.get()),
        part: Set(Part::Flagger.as_str().into()),
        reason: Set(f.reason.as_str().into()),
        note: Set(f.note.to_owned()),
        weight: Set(f.weight),
        at: Set(f.now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("flag"))?;
    moderation_case::Entity::update_many()
        .col_expr(
            moderation_case::Column::Weight,
            Expr::col(moderation_case::Column::Weight).add(f.weight),
        )
        .filter(moderation_case::Column::Id.eq(f.case.get()))
        .exec(db)
        .await?;
    let c = moderation_case::Entity::find_by_id(f.case.get())
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(c.weight)
}

/// Whether this person flagged this content (in any case).
pub async fn flagged_by(
    db: &impl ConnectionTrait,
    content: ContentId,
    account: AccountId,
) -> Result<bool> {
    Ok(flag::Entity::find()
        .filter(flag::Column::ContentId.eq(content.get()))
        .filter(flag::Column::AccountId.eq(account.get()))
        .one(db)
        .await?
        .is_some())
}

pub async fn flags(db: &impl ConnectionTrait, case: CaseId) -> Result<Vec<Flag>> {
    Ok(flag::Entity::find()
        .filter(flag::Column::CaseId.eq(case.get()))
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|f| Flag {
            case: CaseId(f.case_id),
            account: AccountId(f.account_id),
            reason: FlagReason::parse(&f.reason).unwrap_or(FlagReason::Other),
            note: f.note,
            weight: f.weight,
            at: f.at,
        })
        .collect())
}

/// How many of this person's flags in the community were decided, and how many of those the
/// decision (and any appeal) agreed with: `(upheld, decided)`.
pub async fn accuracy(
    db: &impl ConnectionTrait,
    community: CommunityId,
    account: AccountId,
) -> Result<(i64, i64)> {
    let case_ids: Vec<i32> = flag::Entity::find()
        .select_only()
        .column(flag::Column::CaseId)
        .filter(flag::Column::CommunityId.eq(community.get()))
        .filter(flag::Column::AccountId.eq(account.get()))
        .into_tuple::<i32>()
        .all(db)
        .await?;
    if case_ids.is_empty() {
        return Ok((0, 0));
    }
    let decided = moderation_case::Entity::find()
        .filter(moderation_case::Column::Id.is_in(case_ids))
        .filter(moderation_case::Column::Status.eq("decided"))
        .all(db)
        .await?;
    let upheld = decided
        .iter()
        .filter(|c| c.outcome.as_deref() == Some("uphold") && !c.overturned)
        .count();
    Ok((
        i64::try_from(upheld).unwrap_or(0),
        i64::try_from(decided.len()).unwrap_or(0),
    ))
}

/// Notes when the flags hid the content.
pub async fn mark_hidden(db: &impl ConnectionTrait, case: CaseId, now: i64) -> Result<()> {
    moderation_case::Entity::update_many()
        .col_expr(moderation_case::Column::HiddenAt, Expr::value(now))
        .filter(moderation_case::Column::Id.eq(case.get()))
        .filter(moderation_case::Column::HiddenAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Claims an open case for `who` until `now + seconds`: true if it was free, expired, or
/// already theirs; false if someone else holds a live claim (or it is decided).
pub async fn claim(
    db: &impl ConnectionTrait,
    case: CaseId,
    who: AccountId,
    now: i64,
    seconds: i64,
) -> Result<bool> {
    use moderation_case::Column as C;
    let done = moderation_case::Entity::update_many()
        .col_expr(C::ClaimedBy, Expr::value(who.get()))
        .col_expr(C::ClaimedUntil, Expr::value(now + seconds))
        .filter(C::Id.eq(case.get()))
        .filter(C::Status.eq("open"))
        .filter(
            C::ClaimedBy
                .is_null()
                .or(C::ClaimedUntil.lte(now))
                .or(C::ClaimedBy.eq(who.get())),
        )
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Decides an open case that `who` holds a live claim on: true if decided. The decider
/// becomes a party (`Duplicate("part")` for someone who wrote or flagged the content).
pub async fn decide(
    db: &impl ConnectionTrait,
    case: CaseId,
    who: AccountId,
    outcome: Outcome,
    reason: &str,
    now: i64,
) -> Result<bool> {
    use moderation_case::Column as C;
    let done = moderation_case::Entity::update_many()
        .col_expr(C::Status, Expr::value("decided"))
        .col_expr(C::DecidedBy, Expr::value(who.get()))
        .col_expr(C::Outcome, Expr::value(outcome.as_str()))
        .col_expr(C::Reason, Expr::value(reason))
        .col_expr(C::DecidedAt, Expr::value(now))
        .filter(C::Id.eq(case.get()))
        .filter(C::Status.eq("open"))
        .filter(C::ClaimedBy.eq(who.get()))
        .filter(C::ClaimedUntil.gt(now))
        .exec(db)
        .await?;
    if done.rows_affected != 1 {
        return Ok(false);
    }
    add_party(db, case, who, Part::Decider).await?;
    Ok(true)
}

/// An appeal of a decided case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appeal {
    pub id: i32,
    pub case: CaseId,
    pub appellant: AccountId,
    pub statement: String,
    pub at: i64,
    pub decided_by: Option<AccountId>,
    pub outcome: Option<AppealOutcome>,
    pub reason: String,
    pub decided_at: Option<i64>,
    /// An appeal of the automatic hide, filed before anyone decided the case.
    pub of_hide: bool,
}

fn appeal_of_row(a: appeal::Model) -> Appeal {
    Appeal {
        id: a.id,
        case: CaseId(a.case_id),
        appellant: AccountId(a.appellant_id),
        statement: a.statement,
        at: a.at,
        decided_by: a.decided_by.map(AccountId),
        outcome: a
            .outcome
            .as_deref()
            .and_then(|o| AppealOutcome::parse(o).ok()),
        reason: a.reason,
        decided_at: a.decided_at,
        of_hide: false,
    }
}

fn hide_appeal_of_row(a: hide_appeal::Model) -> Appeal {
    Appeal {
        id: a.id,
        case: CaseId(a.case_id),
        appellant: AccountId(a.appellant_id),
        statement: a.statement,
        at: a.at,
        decided_by: a.decided_by.map(AccountId),
        outcome: a
            .outcome
            .as_deref()
            .and_then(|o| AppealOutcome::parse(o).ok()),
        reason: a.reason,
        decided_at: a.decided_at,
        of_hide: true,
    }
}

pub struct NewAppeal<'a> {
    pub community: CommunityId,
    pub case: CaseId,
    /// Who decided the case (the database checks it is so).
    pub decider: AccountId,
    pub appellant: AccountId,
    pub statement: &'a str,
    pub now: i64,
}

/// Files an appeal; `Duplicate("appeal")` when the case has one.
pub async fn add_appeal(db: &impl ConnectionTrait, a: NewAppeal<'_>) -> Result<Appeal> {
    let row = appeal::ActiveModel {
        case_id: Set(a.case.get()),
        community_id: Set(a.community.get()),
        appellant_id: Set(a.appellant.get()),
        statement: Set(a.statement.to_owned()),
        at: Set(a.now),
        case_decider: Set(a.decider.get()),
        hearer_part: Set(Part::Hearer.as_str().into()),
        reason: Set(String::new()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("appeal"))?;
    Ok(appeal_of_row(row))
}

/// The case's appeal: of its decision, else of its automatic hide.
pub async fn appeal_of(db: &impl ConnectionTrait, case: CaseId) -> Result<Option<Appeal>> {
    if let Some(a) = appeal::Entity::find()
        .filter(appeal::Column::CaseId.eq(case.get()))
        .one(db)
        .await?
    {
        return Ok(Some(appeal_of_row(a)));
    }
    Ok(hide_appeal::Entity::find()
        .filter(hide_appeal::Column::CaseId.eq(case.get()))
        .one(db)
        .await?
        .map(hide_appeal_of_row))
}

pub struct NewHideAppeal<'a> {
    pub community: CommunityId,
    pub case: CaseId,
    /// The case's author (the schema checks they are its author party).
    pub appellant: AccountId,
    pub statement: &'a str,
    pub now: i64,
}

/// Files an appeal of an automatic hide; `Duplicate("appeal")` when the case has one.
pub async fn add_hide_appeal(db: &impl ConnectionTrait, a: NewHideAppeal<'_>) -> Result<Appeal> {
    let row = hide_appeal::ActiveModel {
        case_id: Set(a.case.get()),
        community_id: Set(a.community.get()),
        appellant_id: Set(a.appellant.get()),
        appellant_part: Set(Part::Author.as_str().into()),
        statement: Set(a.statement.to_owned()),
        at: Set(a.now),
        hearer_part: Set(Part::Hearer.as_str().into()),
        reason: Set(String::new()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("appeal"))?;
    Ok(hide_appeal_of_row(row))
}

/// Hears the appeal of an automatic hide as `who`, who becomes the case's hearer
/// (`Duplicate("part")` for its author or a flagger), and closes the case with the answer:
/// upheld keeps the content hidden (the flags were right), reversed dismisses them. False if
/// the appeal was heard or the case decided meanwhile.
pub async fn hear_hide(
    db: &impl ConnectionTrait,
    case: CaseId,
    who: AccountId,
    outcome: AppealOutcome,
    reason: &str,
    now: i64,
) -> Result<bool> {
    add_party(db, case, who, Part::Hearer).await?;
    let heard = hide_appeal::Entity::update_many()
        .col_expr(hide_appeal::Column::DecidedBy, Expr::value(who.get()))
        .col_expr(hide_appeal::Column::Outcome, Expr::value(outcome.as_str()))
        .col_expr(hide_appeal::Column::Reason, Expr::value(reason))
        .col_expr(hide_appeal::Column::DecidedAt, Expr::value(now))
        .filter(hide_appeal::Column::CaseId.eq(case.get()))
        .filter(hide_appeal::Column::DecidedBy.is_null())
        .exec(db)
        .await?;
    if heard.rows_affected != 1 {
        return Ok(false);
    }
    let decided = match outcome {
        AppealOutcome::Upheld => Outcome::Uphold,
        AppealOutcome::Reversed => Outcome::Dismiss,
    };
    use moderation_case::Column as C;
    let closed = moderation_case::Entity::update_many()
        .col_expr(C::Status, Expr::value("decided"))
        .col_expr(C::Outcome, Expr::value(decided.as_str()))
        .col_expr(C::Reason, Expr::value(reason))
        .col_expr(C::DecidedAt, Expr::value(now))
        .col_expr(C::ClaimedBy, Expr::value(Option::<i32>::None))
        .col_expr(C::ClaimedUntil, Expr::value(Option::<i64>::None))
        .filter(C::Id.eq(case.get()))
        .filter(C::Status.eq("open"))
        .exec(db)
        .await?;
    Ok(closed.rows_affected == 1)
}

/// A warning or suspension given with a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SanctionRow {
    pub case: CaseId,
    pub account: AccountId,
    pub sanction: Sanction,
    pub reason: String,
    pub at: i64,
    pub lifted_at: Option<i64>,
}

fn sanction_of(r: moderation_sanction::Model) -> SanctionRow {
    let sanction = match (r.kind.as_str(), r.until) {
        ("suspend", Some(until)) => Sanction::Suspend { until },
        _ => Sanction::Warn,
    };
    SanctionRow {
        case: CaseId(r.case_id),
        account: AccountId(r.account_id),
        sanction,
        reason: r.reason,
        at: r.at,
        lifted_at: r.lifted_at,
    }
}

/// Records the sanction of a decided case; `Duplicate("sanction")` for a second one.
pub async fn add_sanction(
    db: &impl ConnectionTrait,
    community: CommunityId,
    case: CaseId,
    account: AccountId,
    sanction: Sanction,
    reason: &str,
    now: i64,
) -> Result<()> {
    moderation_sanction::ActiveModel {
        community_id: Set(community.get()),
        case_id: Set(case.get()),
        account_id: Set(account.get()),
        kind: Set(sanction.as_str().into()),
        until: Set(match sanction {
            Sanction::Suspend { until } => Some(until),
            Sanction::Warn => None,
        }),
        reason: Set(reason.to_owned()),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("sanction"))?;
    Ok(())
}

pub async fn sanction_of_case(
    db: &impl ConnectionTrait,
    case: CaseId,
) -> Result<Option<SanctionRow>> {
    Ok(moderation_sanction::Entity::find()
        .filter(moderation_sanction::Column::CaseId.eq(case.get()))
        .one(db)
        .await?
        .map(sanction_of))
}

/// Lifts a case's sanction (its decision was reversed on appeal).
pub async fn lift_sanction(db: &impl ConnectionTrait, case: CaseId, now: i64) -> Result<()> {
    moderation_sanction::Entity::update_many()
        .col_expr(moderation_sanction::Column::LiftedAt, Expr::value(now))
        .filter(moderation_sanction::Column::CaseId.eq(case.get()))
        .filter(moderation_sanction::Column::LiftedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The suspension in force for this person in this community at `now`, the one that ends
/// last: `(until, reason)`.
pub async fn suspended(
    db: &impl ConnectionTrait,
    community: CommunityId,
    account: AccountId,
    now: i64,
) -> Result<Option<(i64, String)>> {
    use moderation_sanction::Column as S;
    Ok(moderation_sanction::Entity::find()
        .filter(S::CommunityId.eq(community.get()))
        .filter(S::AccountId.eq(account.get()))
        .filter(S::Kind.eq("suspend"))
        .filter(S::Until.gt(now))
        .filter(S::LiftedAt.is_null())
        .order_by_desc(S::Until)
        .one(db)
        .await?
        .and_then(|r| Some((r.until?, r.reason))))
}

/// An edit of hidden content by its author, asking for review from `review_from`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub case: CaseId,
    pub editor: AccountId,
    pub from_version: i32,
    pub to_version: i32,
    pub at: i64,
    pub review_from: i64,
}

/// After a save of content: if its open case hid it and the editor is the case's author, the
/// edit asks for review after the community's cool-down, and any claim on the case is
/// released (the moderator looks again, at the new text). Returns the review, if one began.
pub async fn edited(
    db: &impl ConnectionTrait,
    content: ContentId,
    editor: AccountId,
    version: i32,
    now: i64,
) -> Result<Option<Review>> {
    let Some(case) = open_case_of(db, content).await? else {
        return Ok(None);
    };
    if case.hidden_at.is_none() || part_of(db, case.id, editor).await? != Some(Part::Author) {
        return Ok(None);
    }
    let policy = policy(db, case.community).await?;
    let review_from = now + policy.review_minutes * 60;
    case_review::ActiveModel {
        case_id: Set(case.id.get()),
        editor_id: Set(editor.get()),
        from_version: Set(version - 1),
        to_version: Set(version),
        at: Set(now),
        review_from: Set(review_from),
        ..Default::default()
    }
    .insert(db)
    .await?;
    moderation_case::Entity::update_many()
        .col_expr(
            moderation_case::Column::ClaimedBy,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            moderation_case::Column::ClaimedUntil,
            Expr::value(Option::<i64>::None),
        )
        .filter(moderation_case::Column::Id.eq(case.id.get()))
        .exec(db)
        .await?;
    log(
        db,
        NewEntry {
            community: case.community,
            at: now,
            action: "edited",
            content,
            case: Some(case.id),
            actor: Some(editor),
            role: None,
            reason: "The author edited the hidden content and asked for review.",
        },
    )
    .await?;
    Ok(Some(Review {
        case: case.id,
        editor,
        from_version: version - 1,
        to_version: version,
        at: now,
        review_from,
    }))
}

/// The author's edits on a case, oldest first.
pub async fn reviews(db: &impl ConnectionTrait, case: CaseId) -> Result<Vec<Review>> {
    Ok(case_review::Entity::find()
        .filter(case_review::Column::CaseId.eq(case.get()))
        .order_by_asc(case_review::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| Review {
            case: CaseId(r.case_id),
            editor: AccountId(r.editor_id),
            from_version: r.from_version,
            to_version: r.to_version,
            at: r.at,
            review_from: r.review_from,
        })
        .collect())
}

/// Decides an undecided appeal as `who`, who becomes the case's hearer: `Duplicate("part")`
/// if they already have a part in the case (author, flagger, decider); false if the appeal
/// was decided already. The schema refuses any other way to name a decider.
pub async fn hear(
    db: &impl ConnectionTrait,
    case: CaseId,
    who: AccountId,
    outcome: AppealOutcome,
    reason: &str,
    now: i64,
) -> Result<bool> {
    add_party(db, case, who, Part::Hearer).await?;
    let done = appeal::Entity::update_many()
        .col_expr(appeal::Column::DecidedBy, Expr::value(who.get()))
        .col_expr(appeal::Column::Outcome, Expr::value(outcome.as_str()))
        .col_expr(appeal::Column::Reason, Expr::value(reason))
        .col_expr(appeal::Column::DecidedAt, Expr::value(now))
        .filter(appeal::Column::CaseId.eq(case.get()))
        .filter(appeal::Column::DecidedBy.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Marks a case's decision as reversed on appeal.
pub async fn overturn(db: &impl ConnectionTrait, case: CaseId) -> Result<()> {
    moderation_case::Entity::update_many()
        .col_expr(moderation_case::Column::Overturned, Expr::value(true))
        .filter(moderation_case::Column::Id.eq(case.get()))
        .exec(db)
        .await?;
    Ok(())
}

/// Decisions per decider and how many of them were reversed on appeal:
/// `(decider, decided, reversed)`, most decisions first.
pub async fn reversals(
    db: &impl ConnectionTrait,
    community: CommunityId,
) -> Result<Vec<(AccountId, i64, i64)>> {
    let rows = moderation_case::Entity::find()
        .filter(moderation_case::Column::CommunityId.eq(community.get()))
        .filter(moderation_case::Column::Status.eq("decided"))
        .all(db)
        .await?;
    let mut by: std::collections::BTreeMap<i32, (i64, i64)> = Default::default();
    for r in rows {
        if let Some(d) = r.decided_by {
            let e = by.entry(d).or_default();
            e.0 += 1;
            e.1 += i64::from(r.overturned);
        }
    }
    let mut out: Vec<_> = by
        .into_iter()
        .map(|(d, (n, rev))| (AccountId(d), n, rev))
        .collect();
    out.sort_by_key(|(d, n, _)| (-n, *d));
    Ok(out)
}

/// One line of the moderation log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: i32,
    pub at: i64,
    pub action: String,
    pub content: ContentId,
    pub case: Option<CaseId>,
    pub actor: Option<AccountId>,
    /// The role the actor acted in (none for the author or the community's flags).
    pub role: Option<Role>,
    pub reason: String,
}

pub struct NewEntry<'a> {
    pub community: CommunityId,
    pub at: i64,
    pub action: &'a str,
    pub content: ContentId,
    pub case: Option<CaseId>,
    pub actor: Option<AccountId>,
    pub role: Option<Role>,
    pub reason: &'a str,
}

pub async fn log(db: &impl ConnectionTrait, e: NewEntry<'_>) -> Result<()> {
    moderation_entry::ActiveModel {
        community_id: Set(e.community.get()),
        at: Set(e.at),
        action: Set(e.action.to_owned()),
        content_id: Set(e.content.get()),
        case_id: Set(e.case.map(CaseId::get)),
        actor_id: Set(e.actor.map(AccountId::get)),
        actor_role: Set(e.role.map(|r| r.as_str().to_owned())),
        reason: Set(e.reason.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The community's moderation log, oldest first.
pub async fn entries(db: &impl ConnectionTrait, community: CommunityId) -> Result<Vec<Entry>> {
    Ok(moderation_entry::Entity::find()
        .filter(moderation_entry::Column::CommunityId.eq(community.get()))
        .order_by_asc(moderation_entry::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|e| Entry {
            id: e.id,
            at: e.at,
            action: e.action,
            content: ContentId(e.content_id),
            case: e.case_id.map(CaseId),
            actor: e.actor_id.map(AccountId),
            role: e.actor_role.as_deref().and_then(Role::parse),
            reason: e.reason,
        })
        .collect())
}
