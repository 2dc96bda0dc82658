//! A deterministic demo community: a home organization, two partners, ~150 people with roles,
//! invitations pending, accepted and declined, a few audited role changes, four Open Spaces
//! over the last eight months (three finished with their harvest, one in its marketplace; see
//! `demo_gatherings`), and people's network choices (most share their metrics, a few opted out).
//! The seven sign-in accounts get one fresh random password each time the demo starts.

use crate::{App, Result, System, auth};
use convene_domain::audit::{Subject, SubjectKind};
use convene_domain::ids::{AccountId, CommunityId};
use convene_domain::invitation::InvitationKind;
use convene_domain::text::Password;
use convene_domain::{Role, RoleSet};
use convene_store::accounts::{self, NewAccount};
use convene_store::communities::{self, NewCommunity, NewMembership};
use convene_store::invitations::{self, NewInvitation};
use convene_store::network;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub const SLUG: &str = "riverbend";
const DOMAIN: &str = "demo.convene.test";

const FIRST: &[&str] = &[
    "Ada", "Bea", "Caio", "Dara", "Emeka", "Fatima", "Goran", "Hana", "Ines", "Jonas", "Kemal",
    "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Sami", "Tomas", "Uma", "Viktor",
    "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Bruno", "Chloe", "Dmitri",
];
const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Silva",
    "Novak",
    "Haddad",
    "Kowalski",
    "Reyes",
    "Osei",
    "Brennan",
    "Nguyen",
    "Fischer",
    "Costa",
    "Ivanova",
    "Mendes",
    "Park",
    "Rossi",
    "Schmidt",
    "Yilmaz",
];

/// Who to sign in as, and with which password.
#[derive(Debug, Clone)]
pub struct DemoInfo {
    pub slug: &'static str,
    pub password: String,
    pub accounts: Vec<(Role, String)>,
    pub created: bool,
}

/// The second steward, who hears appeals of the first one's decisions.
fn steward2_email() -> String {
    format!("steward-2@{DOMAIN}")
}

fn role_email(r: Role) -> String {
    format!("{}@{DOMAIN}", r.as_str().replace('_', "-"))
}

impl App {
    /// Fills the demo community if it is not there yet; (re)sets the sign-in accounts' password.
    pub async fn demo(&self, system: &System) -> Result<DemoInfo> {
        let password = auth::new_token().0.chars().take(16).collect::<String>();
        let hash = self.hash_password(&Password::parse(&password)?).await?;
        let exists = communities::by_slug(self.store.conn(), SLUG).await.is_ok();
        if !exists {
            self.fill_demo(system, &hash).await?;
        } else {
            let emails = Role::ALL
                .into_iter()
                .map(role_email)
                .chain([steward2_email()]);
            for email in emails {
                if let Some(a) = accounts::find_by_email(self.store.conn(), &email).await? {
                    accounts::set_password(self.store.conn(), a.id, hash.clone()).await?;
                }
            }
        }
        Ok(DemoInfo {
            slug: SLUG,
            password,
            accounts: Role::ALL
                .into_iter()
                .map(|r| (r, role_email(r)))
                .chain([(Role::Steward, steward2_email())])
                .collect(),
            created: !exists,
        })
    }

    async fn fill_demo(&self, system: &System, hash: &str) -> Result<()> {
        let mut rng = ChaCha8Rng::seed_from_u64(2026);
        let day = 86_400;
        // Everyone joined before the first gathering, eight months ago.
        let start = self.now() - 330 * day;
        let mut u = self.change_system(system).await?;
        let c = communities::create(
            &u.tx,
            NewCommunity {
                slug: SLUG,
                name: "Riverbend Commons",
                purpose: "Riverbend Cooperative and its partners use this space to work together on \
                          a healthier, fairer river valley: open gatherings, shared harvests and \
                          actions that people volunteer for.",
                open: false,
                now: start,
            },
        )
        .await?;
        let home =
            communities::add_organization(&u.tx, c.id, "Riverbend Cooperative", true).await?;
        let northwind =
            communities::add_organization(&u.tx, c.id, "Northwind Health", false).await?;
        let commons = communities::add_organization(&u.tx, c.id, "Open Commons Lab", false).await?;

        // The seven sign-in accounts, one per role; the steward is also the instance operator
        // only if nobody operates this instance yet.
        let mut people = Vec::new();
        let operator_free = accounts::count(&u.tx).await? == 0;
        for r in Role::ALL {
            let org = match r {
                Role::Guest => &northwind,
                _ => &home,
            };
            let a = accounts::create(
                &u.tx,
                NewAccount {
                    email: &role_email(r),
                    display_name: &format!(
                        "{} (demo {})",
                        demo_name(&mut rng),
                        r.label().to_lowercase()
                    ),
                    password_hash: Some(hash.to_owned()),
                    is_operator: r == Role::Steward && operator_free,
                    now: start,
                },
            )
            .await?;
            people.push((a.id, org.id, RoleSet::only(r)));
        }
        // ~143 more people: most in the home organization, the rest with the partners.
        let mut names = std::collections::BTreeSet::new();
        while people.len() < 150 {
            let name = demo_name(&mut rng);
            if !names.insert(name.clone()) {
                continue;
            }
            let (org, guest) = match rng.gen_range(0..100) {
                0..=59 => (&home, false),
                60..=79 => (&northwind, rng.gen_bool(0.4)),
                _ => (&commons, rng.gen_bool(0.4)),
            };
            let mut named = Vec::new();
            if !guest && rng.gen_bool(0.08) {
                named.push(
                    *[
                        Role::Host,
                        Role::Curator,
                        Role::CommunityBuilder,
                        Role::NetworkAnalyst,
                    ]
                    .choose(&mut rng)
                    .unwrap_or(&Role::Host),
                );
            }
            let email = format!("{}@{DOMAIN}", name.to_lowercase().replace(' ', "."));
            let a = accounts::create(
                &u.tx,
                NewAccount {
                    email: &email,
                    display_name: &name,
                    password_hash: None,
                    is_operator: false,
                    now: start,
                },
            )
            .await?;
            people.push((a.id, org.id, RoleSet::new(guest, named)));
        }

        // Invitations: people join over time through links from the steward, the community
        // builder and the host, and later through those who joined (so invitation chains exist).
        let founders = [people[0].0, people[3].0, people[1].0];
        let mut inviters: Vec<i32> = founders.to_vec();
        let mut membership_ids = Vec::new();
        for (i, (account_id, org_id, roles)) in people.iter().enumerate() {
            let joined = start + (i as i64) * day / 2;
            let invited_by = if i == 0 {
                None
            } else {
                let pick = if i < 20 {
                    founders[i % 3]
                } else {
                    *inviters.choose(&mut rng).unwrap_or(&founders[0])
                };
                Some(pick)
            };
            let invitation_id = match invited_by {
                Some(by) => Some(
                    invitations::create(
                        &u.tx,
                        NewInvitation {
                            community_id: c.id,
                            token_hash: &auth::new_token().1,
                            kind: InvitationKind::Personal.as_str(),
                            email: None,
                            calling_question: "How might the valley's organizations care for the river together?",
                            organization_id: *org_id,
                            guest: roles.is_guest(),
                            max_uses: 1,
                            expires_at: joined + 14 * day,
                            created_by: Some(by),
                            now: joined - day,
                            gathering_id: None,
                        },
                    )
                    .await?
                    .id,
                ),
                None => None,
            };
            if let Some(id) = invitation_id {
                invitations::take_use(&u.tx, id, joined).await?;
            }
            let m = communities::add_membership(
                &u.tx,
                NewMembership {
                    community_id: c.id,
                    account_id: *account_id,
                    organization_id: *org_id,
                    roles: *roles,
                    invited_by,
                    invitation_id,
                    now: joined,
                },
            )
            .await?;
            membership_ids.push(m.id);
            if rng.gen_bool(0.15) {
                inviters.push(*account_id);
            }
        }

        // Pending personal invitations, a declined one, and an open link with some uses left.
        let now = self.now();
        let questions = [
            "Will you bring your clinic's view to our next Open Space?",
            "Could your lab help us map who already works on water quality?",
        ];
        for (k, email) in [
            "lea.berg",
            "omar.said",
            "june.ito",
            "rafael.cruz",
            "mina.kaya",
            "tess.ward",
        ]
        .iter()
        .enumerate()
        {
            let inv = invitations::create(
                &u.tx,
                NewInvitation {
                    community_id: c.id,
                    token_hash: &auth::new_token().1,
                    kind: InvitationKind::Personal.as_str(),
                    email: Some(&format!("{email}@partner.example")),
                    calling_question: questions[k % 2],
                    organization_id: if k % 2 == 0 { northwind.id } else { commons.id },
                    guest: k % 3 == 0,
                    max_uses: 1,
                    expires_at: now + 10 * day,
                    created_by: Some(people[3].0),
                    now: now - (k as i64 + 1) * day,
                    gathering_id: None,
                },
            )
            .await?;
            if k == 5 {
                invitations::record_decline(&u.tx, inv.id, now).await?;
            }
        }
        let link = invitations::create(
            &u.tx,
            NewInvitation {
                community_id: c.id,
                token_hash: &auth::new_token().1,
                kind: InvitationKind::Link.as_str(),
                email: None,
                calling_question: "Join the river valley gathering in spring: what do you want to work on?",
                organization_id: home.id,
                guest: false,
                max_uses: 40,
                expires_at: now + 30 * day,
                created_by: Some(people[0].0),
                now: now - 3 * day,
                gathering_id: None,
            },
        )
        .await?;
        for _ in 0..3 {
            invitations::record_decline(&u.tx, link.id, now).await?;
        }

        crate::demo_gatherings::fill(&u.tx, c.id, &people, self.now()).await?;
        crate::demo_lean::fill(&u.tx, c.id, &people, self.now()).await?;
        crate::demo_cafe::fill(&u.tx, c.id, &people, self.now()).await?;
        // The second steward hears appeals of the first one's decisions.
        let s2 = accounts::create(
            &u.tx,
            NewAccount {
                email: &steward2_email(),
                display_name: "Samira Okafor (demo steward 2)",
                password_hash: Some(hash.to_owned()),
                is_operator: false,
                now: start,
            },
        )
        .await?;
        communities::add_membership(
            &u.tx,
            communities::NewMembership {
                community_id: c.id,
                account_id: s2.id,
                organization_id: home.id,
                roles: RoleSet::only(Role::Steward),
                invited_by: Some(people[0].0),
                invitation_id: None,
                now: start + day,
            },
        )
        .await?;
        crate::demo_moderation::fill(
            &mut u,
            CommunityId(c.id),
            &people,
            AccountId(s2.id),
            self.now(),
        )
        .await?;
        crate::demo_edits::fill(&mut u, CommunityId(c.id), &people, self.now()).await?;
        crate::demo_conversation::fill(
            &mut u,
            CommunityId(c.id),
            &people,
            [home.id, northwind.id, commons.id],
            self.now(),
        )
        .await?;
        // The history's audit entries, at the times they happened.
        let (community, founder) = (Some(CommunityId(c.id)), Some(AccountId(people[0].0)));
        u.audit_at(
            start,
            community,
            founder,
            "community.create",
            Subject::new(SubjectKind::Community, c.id),
            "",
            "created the community",
        );
        for (i, (_, _, roles)) in people.iter().enumerate().skip(7) {
            if let Some(r) = roles.named().next() {
                u.audit_at(
                    start + (i as i64) * day / 2 + day,
                    community,
                    founder,
                    "role.change",
                    Subject::new(SubjectKind::Membership, membership_ids[i]),
                    &format!("member → {}", roles.encode()),
                    &format!(
                        "volunteered as {} at the monthly circle",
                        r.label().to_lowercase()
                    ),
                );
            }
        }

        // Network choices: the sign-in accounts and others, about 60% in all, share their
        // metrics; three people (none of the sign-in accounts) opted out of network analysis;
        // the rest made no choice.
        let mut others: Vec<usize> = (7..people.len()).collect();
        others.shuffle(&mut rng);
        let sharing = people.len() * 3 / 5 - 7;
        let choices = (0..7)
            .chain(others.iter().copied().take(sharing))
            .map(|i| (i, false, true))
            .chain(
                others
                    .iter()
                    .skip(sharing)
                    .take(3)
                    .map(|&i| (i, true, false)),
            );
        for (i, opted_out, share_metrics) in choices {
            network::set_prefs(&u.tx, c.id, people[i].0, opted_out, share_metrics).await?;
        }
        self.commit(u).await
    }
}

fn demo_name(rng: &mut ChaCha8Rng) -> String {
    let f = FIRST.choose(rng).copied().unwrap_or("Ada");
    let l = LAST.choose(rng).copied().unwrap_or("Okafor");
    format!("{f} {l}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Clock, Settings};
    use convene_store::{Store, gatherings, sessions};
    use std::collections::{BTreeMap, BTreeSet};
    use std::sync::Arc;
    use std::sync::atomic::AtomicI64;

    /// 2026-11-23 12:00 UTC.
    const NOW: i64 = 1_795_435_200;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_demo_has_a_history_where_leadership_spreads() {
        let path = std::env::temp_dir().join(format!("convene_demo_{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let store = Store::connect(&format!("sqlite://{}?mode=rwc", path.display()))
            .await
            .expect("open");
        store.migrate().await.expect("migrate");
        let settings = Settings {
            argon2_memory_kib: 64,
            ..Settings::default()
        };
        let (app, system) = App::new(
            store,
            Clock::Manual(Arc::new(AtomicI64::new(NOW))),
            settings,
        );
        assert!(app.demo(&system).await.expect("demo").created);
        let db = app.store.conn();
        let c = communities::by_slug(db, SLUG).await.expect("community");
        let org: BTreeMap<i32, i32> = communities::members(db, c.id)
            .await
            .expect("members")
            .into_iter()
            .map(|m| (m.account.id, m.organization.id))
            .collect();
        let home = communities::organizations(db, c.id).await.expect("orgs")[0].id;
        assert_eq!(org.len(), 151, "150 people and the second steward");
        // Governance: open flags, an automatic hide, a decided case, a reversed appeal.
        let log: Vec<String> = convene_store::moderation::entries(db, CommunityId(c.id))
            .await
            .expect("log")
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(
            log,
            [
                "hidden",
                "upheld",
                "hidden",
                "upheld",
                "appealed",
                "appeal_reversed"
            ]
        );
        let queue = convene_store::moderation::queue(db, CommunityId(c.id))
            .await
            .expect("queue");
        assert_eq!(queue.len(), 2, "a few flags and an automatic hide wait");

        // Oldest first: three finished Open Spaces and one in its marketplace.
        let mut all = gatherings::list(db, c.id).await.expect("gatherings");
        all.reverse();
        // The other formats (a Lean Coffee, a World Café) are set aside; the Open Spaces are checked here.
        let mut formats = (0, 0);
        let mut open_spaces = Vec::new();
        for g in all {
            if convene_store::lean::settings(db, g.id)
                .await
                .expect("lean")
                .is_some()
            {
                formats.0 += 1;
            } else if convene_store::cafes::get(db, g.id)
                .await
                .expect("cafe")
                .is_some()
            {
                formats.1 += 1;
            } else {
                open_spaces.push(g);
            }
        }
        assert_eq!(formats, (1, 1), "one Lean Coffee and one World Café");
        let all = open_spaces;
        let titles: Vec<&str> = all.iter().map(|g| g.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "First Open Space: what does the valley need?",
                "Winter Open Space: warm rooms, cold water",
                "Spring Open Space: the river we share",
                "Autumn Open Space: from harvest to action",
            ]
        );
        let mut leaders = Vec::new();
        let mut took_part = Vec::new();
        let mut yes = Vec::new();
        let mut presence_rows = Vec::new();
        for g in &all {
            let list = sessions::list(db, g.id).await.expect("sessions");
            let mut led: BTreeSet<i32> = list.iter().filter_map(|s| s.convener_id).collect();
            led.extend(
                sessions::co_conveners(db, g.id)
                    .await
                    .expect("co-conveners")
                    .into_iter()
                    .map(|c| c.1),
            );
            let present = sessions::presences(db, g.id).await.expect("presences");
            let counts = gatherings::rsvp_counts(db, g.id).await.expect("rsvps");
            yes.push(counts.iter().find(|c| c.0 == "yes").map_or(0, |c| c.1));
            presence_rows.push(present.len());
            took_part.push(
                present
                    .iter()
                    .map(|p| p.account_id)
                    .collect::<BTreeSet<_>>()
                    .len(),
            );
            leaders.push(led);
        }
        // The spring and autumn gatherings are what they were before the history came.
        assert_eq!((yes[2], presence_rows[2], took_part[2]), (101, 306, 101));
        assert_eq!(yes[3], 84);
        // The earlier ones are smaller, with 50 to 70 people checking in.
        for n in &took_part[..2] {
            assert!((50..=70).contains(n), "{took_part:?}");
        }
        // A handful of the home organization's people led the first; more, and partners, later.
        assert!(leaders[0].len() <= 5 && leaders[0].iter().all(|a| org[a] == home));
        assert!(leaders[0].len() < leaders[1].len() && leaders[1].len() < leaders[2].len());
        assert!(leaders[1].iter().any(|a| org[a] != home));

        // Network choices: 60% share their metrics (the sign-in accounts among them), 3 left.
        let prefs = network::prefs(db, c.id).await.expect("prefs");
        let sharing: BTreeSet<i32> = prefs.iter().filter(|p| p.2 && !p.1).map(|p| p.0).collect();
        let out: Vec<i32> = prefs.iter().filter(|p| p.1 && !p.2).map(|p| p.0).collect();
        assert_eq!((prefs.len(), sharing.len(), out.len()), (93, 90, 3));
        for r in Role::ALL {
            let a = accounts::find_by_email(db, &role_email(r))
                .await
                .expect("find")
                .expect("sign-in account");
            assert!(sharing.contains(&a.id));
        }
        let _ = std::fs::remove_file(&path);
    }
}
