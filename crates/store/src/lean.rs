//! Lean Coffee: the format's settings on a gathering, topics (their text is content), one vote
//! per person per topic, Roman votes, which harvest actions came out of which topic, and which
//! decisions were proposed from a topic.

use crate::entity::{
    gathering, lean_coffee, lean_thumb, lean_topic, lean_topic_action, lean_topic_proposal,
    lean_vote,
};
use crate::{Result, StoreError, unique};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub use lean_coffee::Model as LeanCoffee;
pub use lean_topic::Model as Topic;

pub async fn create(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    votes_per_person: i32,
    timebox_secs: i32,
    now: i64,
) -> Result<LeanCoffee> {
    Ok(lean_coffee::ActiveModel {
        gathering_id: Set(gathering_id),
        votes_per_person: Set(votes_per_person),
        timebox_secs: Set(timebox_secs),
        created_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// The Lean Coffee settings of a gathering, if it is one.
pub async fn settings(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Option<LeanCoffee>> {
    Ok(lean_coffee::Entity::find_by_id(gathering_id)
        .one(db)
        .await?)
}

/// The community's Lean Coffees (gathering ids), newest first.
pub async fn of_community(db: &impl ConnectionTrait, community_id: i32) -> Result<Vec<i32>> {
    Ok(lean_coffee::Entity::find()
        .filter(
            lean_coffee::Column::GatheringId.in_subquery(
                Query::select()
                    .column(gathering::Column::Id)
                    .from(gathering::Entity)
                    .and_where(gathering::Column::CommunityId.eq(community_id))
                    .to_owned(),
            ),
        )
        .order_by_desc(lean_coffee::Column::GatheringId)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.gathering_id)
        .collect())
}

pub async fn add_topic(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    proposed_by: i32,
    now: i64,
) -> Result<Topic> {
    Ok(lean_topic::ActiveModel {
        gathering_id: Set(gathering_id),
        proposed_by: Set(Some(proposed_by)),
        state: Set("to_discuss".into()),
        merged_into: Set(None),
        started_at: Set(None),
        box_secs: Set(0),
        round: Set(0),
        vote_open: Set(false),
        ended_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Every topic of the gathering (merged ones too), oldest first.
pub async fn topics(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<Topic>> {
    Ok(lean_topic::Entity::find()
        .filter(lean_topic::Column::GatheringId.eq(gathering_id))
        .order_by_asc(lean_topic::Column::Id)
        .all(db)
        .await?)
}

pub async fn topic(db: &impl ConnectionTrait, gathering_id: i32, id: i32) -> Result<Topic> {
    lean_topic::Entity::find_by_id(id)
        .filter(lean_topic::Column::GatheringId.eq(gathering_id))
        .one(db)
        .await?
        .ok_or(StoreError::NotFound)
}

/// What a change to a topic sets (the fields left `None` stay).
#[derive(Debug, Default, Clone)]
pub struct TopicChange {
    pub state: Option<&'static str>,
    pub started_at: Option<Option<i64>>,
    pub box_secs: Option<i32>,
    pub round: Option<i32>,
    pub vote_open: Option<bool>,
    pub ended_at: Option<Option<i64>>,
    pub merged_into: Option<Option<i32>>,
}

pub async fn change_topic(db: &impl ConnectionTrait, t: Topic, c: TopicChange) -> Result<Topic> {
    let mut am: lean_topic::ActiveModel = t.into();
    if let Some(v) = c.state {
        am.state = Set(v.to_owned());
    }
    if let Some(v) = c.started_at {
        am.started_at = Set(v);
    }
    if let Some(v) = c.box_secs {
        am.box_secs = Set(v);
    }
    if let Some(v) = c.round {
        am.round = Set(v);
    }
    if let Some(v) = c.vote_open {
        am.vote_open = Set(v);
    }
    if let Some(v) = c.ended_at {
        am.ended_at = Set(v);
    }
    if let Some(v) = c.merged_into {
        am.merged_into = Set(v);
    }
    Ok(am.update(db).await?)
}

/// (topic, account) of every vote in the gathering.
pub async fn votes(db: &impl ConnectionTrait, gathering_id: i32) -> Result<Vec<(i32, i32)>> {
    Ok(lean_vote::Entity::find()
        .filter(lean_vote::Column::GatheringId.eq(gathering_id))
        .order_by_asc(lean_vote::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.topic_id, v.account_id))
        .collect())
}

/// How many votes a person has given in the gathering.
pub async fn votes_of(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    account_id: i32,
) -> Result<i32> {
    use sea_orm::PaginatorTrait;
    Ok(lean_vote::Entity::find()
        .filter(lean_vote::Column::GatheringId.eq(gathering_id))
        .filter(lean_vote::Column::AccountId.eq(account_id))
        .count(db)
        .await? as i32)
}

/// One vote; a second one on the same topic is refused by the unique index.
pub async fn add_vote(
    db: &impl ConnectionTrait,
    gathering_id: i32,
    topic_id: i32,
    account_id: i32,
) -> Result<()> {
    lean_vote::ActiveModel {
        gathering_id: Set(gathering_id),
        topic_id: Set(topic_id),
        account_id: Set(account_id),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("vote"))?;
    Ok(())
}

/// Takes a vote back; whether there was one.
pub async fn remove_vote(
    db: &impl ConnectionTrait,
    topic_id: i32,
    account_id: i32,
) -> Result<bool> {
    let r = lean_vote::Entity::delete_many()
        .filter(lean_vote::Column::TopicId.eq(topic_id))
        .filter(lean_vote::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    Ok(r.rows_affected > 0)
}

/// Moves the votes of `from` to `into`; a voter of both keeps one (theirs on `into`) and gets
/// the other back. `returned` are the accounts whose second vote came back.
pub async fn merge_votes(
    db: &impl ConnectionTrait,
    from: i32,
    into: i32,
    returned: &[i32],
) -> Result<()> {
    lean_vote::Entity::delete_many()
        .filter(lean_vote::Column::TopicId.eq(from))
        .filter(lean_vote::Column::AccountId.is_in(returned.iter().copied()))
        .exec(db)
        .await?;
    lean_vote::Entity::update_many()
        .col_expr(lean_vote::Column::TopicId, Expr::value(into))
        .filter(lean_vote::Column::TopicId.eq(from))
        .exec(db)
        .await?;
    Ok(())
}

/// (topic, round, account, thumb) of every hand on the gathering's topics.
pub async fn thumbs(
    db: &impl ConnectionTrait,
    gathering_id: i32,
) -> Result<Vec<(i32, i32, i32, String)>> {
    Ok(lean_thumb::Entity::find()
        .filter(
            lean_thumb::Column::TopicId.in_subquery(
                Query::select()
                    .column(lean_topic::Column::Id)
                    .from(lean_topic::Entity)
                    .and_where(lean_topic::Column::GatheringId.eq(gathering_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(lean_thumb::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.topic_id, t.round, t.account_id, t.thumb))
        .collect())
}

/// A person's hand in a round; a new one replaces theirs while the vote is open.
pub async fn set_thumb(
    db: &impl ConnectionTrait,
    topic_id: i32,
    round: i32,
    account_id: i32,
    thumb: &str,
) -> Result<()> {
    lean_thumb::Entity::delete_many()
        .filter(lean_thumb::Column::TopicId.eq(topic_id))
        .filter(lean_thumb::Column::Round.eq(round))
        .filter(lean_thumb::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    lean_thumb::ActiveModel {
        topic_id: Set(topic_id),
        round: Set(round),
        account_id: Set(account_id),
        thumb: Set(thumb.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(unique("hand"))?;
    Ok(())
}

pub async fn link_action(db: &impl ConnectionTrait, action_id: i32, topic_id: i32) -> Result<()> {
    lean_topic_action::ActiveModel {
        action_id: Set(action_id),
        topic_id: Set(topic_id),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// (action, topic) for the gathering's topics' actions.
pub async fn topic_actions(
    db: &impl ConnectionTrait,
    gathering_id: i32,
) -> Result<Vec<(i32, i32)>> {
    Ok(lean_topic_action::Entity::find()
        .filter(
            lean_topic_action::Column::TopicId.in_subquery(
                Query::select()
                    .column(lean_topic::Column::Id)
                    .from(lean_topic::Entity)
                    .and_where(lean_topic::Column::GatheringId.eq(gathering_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(lean_topic_action::Column::ActionId)
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.action_id, l.topic_id))
        .collect())
}

/// Records that `decision_id` was proposed from `topic_id` (in the unit that opened it).
pub async fn link_proposal(
    db: &impl ConnectionTrait,
    decision_id: i32,
    topic_id: i32,
    by: i32,
    now: i64,
) -> Result<()> {
    lean_topic_proposal::ActiveModel {
        decision_id: Set(decision_id),
        topic_id: Set(topic_id),
        proposed_by: Set(Some(by)),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .map_err(unique("proposal"))?;
    Ok(())
}

/// (decision, topic) for the gathering's topics that became proposals, oldest first.
pub async fn topic_proposals(
    db: &impl ConnectionTrait,
    gathering_id: i32,
) -> Result<Vec<(i32, i32)>> {
    Ok(lean_topic_proposal::Entity::find()
        .filter(
            lean_topic_proposal::Column::TopicId.in_subquery(
                Query::select()
                    .column(lean_topic::Column::Id)
                    .from(lean_topic::Entity)
                    .and_where(lean_topic::Column::GatheringId.eq(gathering_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(lean_topic_proposal::Column::DecisionId)
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.decision_id, l.topic_id))
        .collect())
}

/// The topic a decision was proposed from: (gathering, topic), if any.
pub async fn proposal_topic(
    db: &impl ConnectionTrait,
    decision_id: i32,
) -> Result<Option<(i32, i32)>> {
    let Some(link) = lean_topic_proposal::Entity::find_by_id(decision_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(lean_topic::Entity::find_by_id(link.topic_id)
        .one(db)
        .await?
        .map(|t| (t.gathering_id, t.id)))
}
