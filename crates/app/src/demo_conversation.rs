//! The demo's conversation between gatherings: threads across the three organizations (open
//! ones, organization-internal ones, one private), replies and mentions, the demo member's
//! inbox with unread notifications and a digest waiting, and contributions at every stage of
//! curation, two of them published on the public page.

use crate::Result;
use crate::notify::DIGEST_EVERY;
use crate::unit::{Job, Unit};
use convene_domain::RoleSet;
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::content::{ContentKind, ContentRef, Visibility};
use convene_domain::contribution::{DEFAULT_LICENSE, State};
use convene_domain::ids::{AccountId, CommunityId, OrganizationId};
use convene_domain::notify::Kind;
use convene_domain::thread::{Follow, handle};
use convene_store::contents::{self, Content, NewContent};
use convene_store::contributions::{self, NewContribution};
use convene_store::notifications::{self, MAIL_DIGEST, MAIL_NONE, NewEvent};
use convene_store::threads::{self, NewThread};
use convene_store::{accounts, jobs};

struct Ctx<'a> {
    community: CommunityId,
    now: i64,
    u: &'a mut Unit,
}

impl Ctx<'_> {
    async fn name(&self, a: i32) -> Result<String> {
        Ok(accounts::get(&self.u.tx, a).await?.display_name)
    }

    async fn at(&self, a: i32) -> Result<String> {
        Ok(format!("@{}", handle(&self.name(a).await?)))
    }

    async fn content(
        &self,
        of: ContentRef,
        author: i32,
        body: &str,
        vis: &Visibility,
        at: i64,
    ) -> Result<Content> {
        Ok(contents::create(
            &self.u.tx,
            NewContent {
                community: self.community,
                of,
                author: AccountId(author),
                body,
                visibility: vis,
                now: at,
            },
        )
        .await?)
    }

    /// A thread (its author watches it) with its replies, `ago` days back, a day apart.
    async fn thread(
        &self,
        title: &str,
        author: i32,
        vis: Visibility,
        posts: &[(i32, String, Vec<i32>)],
        ago: i64,
    ) -> Result<(i32, Vec<Content>)> {
        let start = self.now - ago * 86_400;
        let t = threads::create(
            &self.u.tx,
            NewThread {
                community: self.community.get(),
                gathering: None,
                session: None,
                title,
                author,
                now: start,
            },
        )
        .await?;
        threads::set_follow(&self.u.tx, t.id, author, Some(Follow::Watch)).await?;
        let mut out = Vec::new();
        for (i, (by, body, mentioned)) in posts.iter().enumerate() {
            let at = start + i as i64 * 86_400 / 2;
            let c = if i == 0 {
                self.content(
                    ContentRef::new(ContentKind::Thread, t.id),
                    *by,
                    body,
                    &vis,
                    at,
                )
                .await?
            } else {
                let r = threads::add_reply(&self.u.tx, t.id, *by, at).await?;
                self.content(
                    ContentRef::new(ContentKind::Reply, r.id),
                    *by,
                    body,
                    &vis,
                    at,
                )
                .await?
            };
            threads::set_mentions(&self.u.tx, c.id.get(), mentioned).await?;
            threads::mark_read(&self.u.tx, t.id, *by, 0, at).await?;
            out.push(c);
        }
        Ok((t.id, out))
    }

    /// An inbox row already delivered (the demo's history), read or not.
    #[expect(clippy::too_many_arguments, reason = "an event's fields, all named")]
    async fn told(
        &self,
        to: i32,
        kind: Kind,
        content: &Content,
        subject: i32,
        actor: i32,
        mail: &str,
        read: bool,
    ) -> Result<()> {
        let at = content.created_at;
        let id = notifications::record(
            &self.u.tx,
            NewEvent {
                kind: kind.as_str(),
                community: self.community.get(),
                content: Some(content.id.get()),
                subject,
                target: Some(to),
                actor: Some(actor),
                now: at,
            },
        )
        .await?;
        let Some(e) = notifications::event(&self.u.tx, id).await? else {
            return Ok(());
        };
        if let Some(row) = notifications::deliver(&self.u.tx, to, &e, mail, at).await?
            && read
        {
            notifications::mark_read(&self.u.tx, to, Some(row), at + 3600).await?;
        }
        Ok(())
    }
}

/// `people`: (account, organization, roles), the seven sign-in accounts first (steward, host,
/// curator, community builder, network analyst, member, guest); `orgs`: home, Northwind Health,
/// Open Commons Lab.
pub(crate) async fn fill(
    u: &mut Unit,
    community: CommunityId,
    people: &[(i32, i32, RoleSet)],
    orgs: [i32; 3],
    now: i64,
) -> Result<()> {
    let [home, northwind, commons] = orgs;
    let role = |i: usize| people[i].0;
    let (steward, host, curator, member, guest) = (role(0), role(1), role(2), role(5), role(6));
    let of_org = |org: i32, n: usize| -> Vec<i32> {
        people
            .iter()
            .skip(7)
            .filter(|p| p.1 == org && !p.2.is_guest())
            .take(n)
            .map(|p| p.0)
            .collect()
    };
    let (north, lab, locals) = (of_org(northwind, 3), of_org(commons, 2), of_org(home, 4));
    let cx = Ctx { community, now, u };
    let (m_at, s_at, c_at, g_at) = (
        cx.at(member).await?,
        cx.at(steward).await?,
        cx.at(curator).await?,
        cx.at(guest).await?,
    );

    // Open threads: the whole network talks.
    let (welcome, posts) = cx
        .thread(
            "What are you working on this spring?",
            steward,
            Visibility::Network,
            &[
                (steward, "Between gatherings, tell the network what you are working on and what help you need.".into(), vec![]),
                (north[0], format!("Northwind is mapping clinics along the river. {m_at}, your flood data would help."), vec![member]),
                (lab[0], "Open Commons Lab is writing up the water-testing kit, happy to share drafts.".into(), vec![]),
                (member, "Glad to share the flood data. I will bring it to the spring gathering.".into(), vec![]),
                (locals[0], "The youth group wants to run a session on river clean-ups.".into(), vec![]),
            ],
            12,
        )
        .await?;
    threads::set_follow(&cx.u.tx, welcome, member, Some(Follow::Watch)).await?;
    cx.told(
        member,
        Kind::Mention,
        &posts[1],
        welcome,
        north[0],
        MAIL_NONE,
        true,
    )
    .await?;
    // Two replies after the member's own wait for their daily digest (unread in the inbox).
    cx.told(
        member,
        Kind::Reply,
        &posts[4],
        welcome,
        locals[0],
        MAIL_DIGEST,
        false,
    )
    .await?;
    let (_, posts) = cx
        .thread(
            "River monitoring data: who holds what?",
            north[1],
            Visibility::Public,
            &[
                (north[1], format!("We keep a list of who measures what along the river. {s_at} {m_at}, can the cooperative add its gauges?"), vec![steward, member]),
                (steward, "Yes: the cooperative has six gauges; I will add them.".into(), vec![]),
            ],
            6,
        )
        .await?;
    cx.told(
        member,
        Kind::Mention,
        &posts[0],
        posts[0].of.id,
        north[1],
        MAIL_NONE,
        false,
    )
    .await?;
    cx.told(
        steward,
        Kind::Mention,
        &posts[0],
        posts[0].of.id,
        north[1],
        MAIL_NONE,
        true,
    )
    .await?;

    // Organization-internal threads, one per organization.
    let (_, posts) = cx
        .thread(
            "Budget for the spring gathering (cooperative only)",
            host,
            Visibility::Organization(OrganizationId(home)),
            &[
                (host, format!("Draft budget: venue 1,800, food 2,400, travel help 900. {c_at}, can the library cover printing?"), vec![curator]),
                (curator, "The library can print the proceedings; the rest looks right.".into(), vec![]),
                (locals[1], "Could we keep 300 aside for childcare?".into(), vec![]),
            ],
            9,
        )
        .await?;
    cx.told(
        curator,
        Kind::Mention,
        &posts[0],
        posts[0].of.id,
        host,
        MAIL_NONE,
        false,
    )
    .await?;
    cx.thread(
        "Consent forms for the clinic map (Northwind only)",
        north[0],
        Visibility::Organization(OrganizationId(northwind)),
        &[
            (
                north[0],
                "Before we publish the clinic map we need consent from every clinic.".into(),
                vec![],
            ),
            (
                north[2],
                "Eleven of fourteen have signed; I am calling the other three.".into(),
                vec![],
            ),
        ],
        5,
    )
    .await?;
    cx.thread(
        "Kit v2 bill of materials (Open Commons Lab only)",
        lab[0],
        Visibility::Organization(OrganizationId(commons)),
        &[
            (
                lab[0],
                "The v2 kit is 38 per unit; the reagent supplier wants a 200-unit order.".into(),
                vec![],
            ),
            (lab[1], "Split the order with Northwind?".into(), vec![]),
        ],
        4,
    )
    .await?;
    // One private thread between the host, the member and the guest.
    let (pairing, posts) = cx
        .thread(
            "Pairing for the opening circle",
            host,
            Visibility::Private(vec![AccountId(host), AccountId(member), AccountId(guest)]),
            &[
                (
                    host,
                    format!("{m_at} {g_at}: would you two open the circle together?"),
                    vec![member, guest],
                ),
                (
                    guest,
                    "Happy to, if we can meet half an hour before.".into(),
                    vec![],
                ),
            ],
            2,
        )
        .await?;
    cx.told(
        member,
        Kind::Mention,
        &posts[0],
        pairing,
        host,
        MAIL_NONE,
        false,
    )
    .await?;
    cx.told(
        guest,
        Kind::Mention,
        &posts[0],
        pairing,
        host,
        MAIL_NONE,
        false,
    )
    .await?;

    // Contributions at every stage; two published on the public page.
    let plan: [(i32, &str, &str, &str, State, &str, i64); 5] = [
        (
            member,
            "How the Riverbend gauges warn the valley",
            "Six volunteer-run gauges, a phone tree and a shared sheet warned three villages before last winter's flood.",
            "## What we built\n\nSix gauges, read by volunteers twice a day, and a phone tree that reaches every household in under an hour.\n\n## What we learned\n\nPeople trust a neighbour's call more than an app.",
            State::Accepted,
            "Clear, practical and ready to share: accepted.",
            20,
        ),
        (
            lab[0],
            "A water-testing kit anyone can build",
            "Open Commons Lab's kit measures nitrate and turbidity for under 40 a unit; the build guide is open.",
            "The kit uses off-the-shelf parts. The build guide, calibration steps and a data sheet are in the lab's repository.",
            State::Accepted,
            "Useful beyond the valley; thank you for the open license.",
            15,
        ),
        (
            guest,
            "Listening sessions at the clinics",
            "Northwind ran listening sessions in four clinics about river health.",
            "We asked patients what the river means to them. Notes follow.",
            State::Waiting,
            "",
            3,
        ),
        (
            north[1],
            "Mapping clinics along the river",
            "A first map of clinics and what they see.",
            "Draft map attached later.",
            State::Changes,
            "Please remove the clinic names until every clinic has consented.",
            7,
        ),
        (
            locals[2],
            "Why the dam should go",
            "An opinion piece on the old dam.",
            "The dam is bad.",
            State::Declined,
            "This reads as a personal opinion without sources; the public page is for cases and practices.",
            10,
        ),
    ];
    for (author, title, summary, body, state, reason, ago) in plan {
        let at = now - ago * 86_400;
        let attribution = cx.name(author).await?;
        let c = contributions::create(
            &cx.u.tx,
            NewContribution {
                community: community.get(),
                author,
                title,
                summary,
                license: DEFAULT_LICENSE,
                attribution: &attribution,
                state: State::Waiting.as_str(),
                now: at,
            },
        )
        .await?;
        let vis = if state == State::Accepted {
            Visibility::Public
        } else {
            Visibility::Private(Vec::new())
        };
        let content = cx
            .content(
                ContentRef::new(ContentKind::Contribution, c.id),
                author,
                body,
                &vis,
                at,
            )
            .await?;
        match state {
            State::Waiting => {
                cx.told(
                    curator,
                    Kind::Curation,
                    &content,
                    c.id,
                    author,
                    MAIL_NONE,
                    false,
                )
                .await?;
            }
            decided => {
                let decided_at = at + 86_400;
                contributions::decide(
                    &cx.u.tx,
                    c.id,
                    State::Waiting.as_str(),
                    decided.as_str(),
                    reason,
                    curator,
                    decided_at,
                    decided == State::Accepted,
                )
                .await?;
                cx.u.audit_at(
                    decided_at,
                    Some(community),
                    Some(AccountId(curator)),
                    match decided {
                        State::Accepted => "contribution.accept",
                        State::Changes => "contribution.changes",
                        _ => "contribution.decline",
                    },
                    Subject::new(SubjectKind::Content, content.id.get()),
                    "",
                    reason,
                );
                cx.told(
                    author,
                    Kind::Decision,
                    &content,
                    c.id,
                    curator,
                    MAIL_NONE,
                    author != member,
                )
                .await?;
            }
        }
    }
    // The member's digest goes out a day after its first row.
    jobs::enqueue_at(
        &cx.u.tx,
        Job::NOTIFY_DIGEST,
        member,
        now + DIGEST_EVERY,
        now,
    )
    .await?;
    Ok(())
}
