//! A deterministic demo community: a home organization, two partners, ~150 people with roles,
//! invitations pending, accepted and declined, a few audited role changes, and two Open Spaces
//! (one finished with its harvest, one in its marketplace; see `demo_gatherings`).
//! The seven sign-in accounts get one fresh random password each time the demo starts.

use crate::{App, AppError, Result, auth};
use convene_domain::invitation::InvitationKind;
use convene_domain::text::Password;
use convene_domain::{Role, RoleSet};
use convene_store::accounts::{self, NewAccount};
use convene_store::audit::{self, NewEntry};
use convene_store::communities::{self, NewCommunity, NewMembership};
use convene_store::invitations::{self, NewInvitation};
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

fn role_email(r: Role) -> String {
    format!("{}@{DOMAIN}", r.as_str().replace('_', "-"))
}

impl App {
    /// Fills the demo community if it is not there yet; (re)sets the sign-in accounts' password.
    pub async fn demo(&self) -> Result<DemoInfo> {
        let password = auth::new_token().0.chars().take(16).collect::<String>();
        let hash = self.hash_password(&Password::parse(&password)?).await?;
        let exists = communities::by_slug(self.store.conn(), SLUG).await.is_ok();
        if !exists {
            self.fill_demo(&hash).await?;
        } else {
            for r in Role::ALL {
                if let Some(a) = accounts::find_by_email(self.store.conn(), &role_email(r)).await? {
                    accounts::set_password(self.store.conn(), a.id, hash.clone()).await?;
                }
            }
        }
        Ok(DemoInfo {
            slug: SLUG,
            password,
            accounts: Role::ALL.into_iter().map(|r| (r, role_email(r))).collect(),
            created: !exists,
        })
    }

    async fn fill_demo(&self, hash: &str) -> Result<()> {
        let mut rng = ChaCha8Rng::seed_from_u64(2026);
        let day = 86_400;
        let start = self.now() - 120 * day;
        let tx = self.store.write().await?;
        let c = communities::create(
            &tx,
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
        let home = communities::add_organization(&tx, c.id, "Riverbend Cooperative", true).await?;
        let northwind = communities::add_organization(&tx, c.id, "Northwind Health", false).await?;
        let commons = communities::add_organization(&tx, c.id, "Open Commons Lab", false).await?;

        // The seven sign-in accounts, one per role; the steward is also the instance operator
        // only if nobody operates this instance yet.
        let mut people = Vec::new();
        let operator_free = accounts::count(&tx).await? == 0;
        for r in Role::ALL {
            let org = match r {
                Role::Guest => &northwind,
                _ => &home,
            };
            let a = accounts::create(
                &tx,
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
                &tx,
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
                        &tx,
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
                invitations::take_use(&tx, id, joined).await?;
            }
            let m = communities::add_membership(
                &tx,
                NewMembership {
                    community_id: c.id,
                    account_id: *account_id,
                    organization_id: *org_id,
                    roles: roles.encode(),
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
                &tx,
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
                invitations::record_decline(&tx, inv.id, now).await?;
            }
        }
        let link = invitations::create(
            &tx,
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
            invitations::record_decline(&tx, link.id, now).await?;
        }

        audit::append(
            &tx,
            NewEntry {
                community_id: Some(c.id),
                actor_id: Some(people[0].0),
                action: "community.create",
                target: &format!("community {SLUG}"),
                reason: "created the community",
                now: start,
            },
        )
        .await?;
        for (i, (_, _, roles)) in people.iter().enumerate().skip(7) {
            if let Some(r) = roles.named().next() {
                audit::append(
                    &tx,
                    NewEntry {
                        community_id: Some(c.id),
                        actor_id: Some(people[0].0),
                        action: "role.change",
                        target: &format!(
                            "member #{}: member → {}",
                            membership_ids[i],
                            roles.encode()
                        ),
                        reason: &format!(
                            "volunteered as {} at the monthly circle",
                            r.label().to_lowercase()
                        ),
                        now: start + (i as i64) * day / 2 + day,
                    },
                )
                .await?;
            }
        }
        crate::demo_gatherings::fill(&tx, c.id, &people, self.now()).await?;
        tx.commit().await.map_err(AppError::from)
    }
}

fn demo_name(rng: &mut ChaCha8Rng) -> String {
    let f = FIRST.choose(rng).copied().unwrap_or("Ada");
    let l = LAST.choose(rng).copied().unwrap_or("Okafor");
    format!("{f} {l}")
}
