//! Passkeys with a software authenticator (a P-256 key, "none" attestation): registration from
//! the account page, sign-in with password then passkey, a challenge answered once, answers
//! from another origin or with a counter that went back refused, removal with the password,
//! and a passkey counting as the second factor a community asks of its stewards.

use crate::harness::{Harness, ORIGIN, PASSWORD, Person, enc, session_cookie};
use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use convene_app::passkey::{CEREMONY_TTL, RelyingParty};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// A minimal CBOR writer: what an attestation object and a COSE key need.
enum Cbor {
    Int(i64),
    Bytes(Vec<u8>),
    Text(&'static str),
    Map(Vec<(Cbor, Cbor)>),
}

fn head(out: &mut Vec<u8>, major: u8, n: u64) {
    let m = major << 5;
    match n {
        0..24 => out.push(m | n as u8),
        24..256 => out.extend([m | 24, n as u8]),
        256..65536 => {
            out.push(m | 25);
            out.extend((n as u16).to_be_bytes());
        }
        _ => {
            out.push(m | 26);
            out.extend((n as u32).to_be_bytes());
        }
    }
}

impl Cbor {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Cbor::Int(i) if *i >= 0 => head(out, 0, *i as u64),
            Cbor::Int(i) => head(out, 1, (-1 - *i) as u64),
            Cbor::Bytes(b) => {
                head(out, 2, b.len() as u64);
                out.extend(b);
            }
            Cbor::Text(t) => {
                head(out, 3, t.len() as u64);
                out.extend(t.as_bytes());
            }
            Cbor::Map(m) => {
                head(out, 5, m.len() as u64);
                for (k, v) in m {
                    k.write(out);
                    v.write(out);
                }
            }
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = vec![];
        self.write(&mut out);
        out
    }
}

/// One credential on a software authenticator that verifies its user (flags UP and UV).
struct SoftKey {
    key: EcdsaKeyPair,
    id: Vec<u8>,
    rp_id: String,
    counter: u32,
}

impl SoftKey {
    fn new(rp_id: &str) -> Self {
        let rng = SystemRandom::new();
        let pkcs8 =
            EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).expect("key");
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .expect("key");
        let id = Sha256::digest(pkcs8.as_ref())[..16].to_vec();
        Self {
            key,
            id,
            rp_id: rp_id.to_owned(),
            counter: 0,
        }
    }

    fn client_data(kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
        json!({"type": kind, "challenge": challenge, "origin": origin, "crossOrigin": false})
            .to_string()
            .into_bytes()
    }

    fn auth_data(&self, flags: u8) -> Vec<u8> {
        let mut d = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        d.push(flags);
        d.extend(self.counter.to_be_bytes());
        d
    }

    /// The answer to `navigator.credentials.create` for `options` (a CreationChallengeResponse).
    fn create(&mut self, options: &Value, origin: &str) -> String {
        let challenge = options["publicKey"]["challenge"]
            .as_str()
            .expect("challenge");
        let point = self.key.public_key().as_ref();
        let cose = Cbor::Map(vec![
            (Cbor::Int(1), Cbor::Int(2)),
            (Cbor::Int(3), Cbor::Int(-7)),
            (Cbor::Int(-1), Cbor::Int(1)),
            (Cbor::Int(-2), Cbor::Bytes(point[1..33].to_vec())),
            (Cbor::Int(-3), Cbor::Bytes(point[33..65].to_vec())),
        ]);
        let mut auth = self.auth_data(0x45);
        auth.extend([0u8; 16]);
        auth.extend((self.id.len() as u16).to_be_bytes());
        auth.extend(&self.id);
        auth.extend(cose.bytes());
        let attestation = Cbor::Map(vec![
            (Cbor::Text("fmt"), Cbor::Text("none")),
            (Cbor::Text("attStmt"), Cbor::Map(vec![])),
            (Cbor::Text("authData"), Cbor::Bytes(auth)),
        ]);
        json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "attestationObject": B64.encode(attestation.bytes()),
                "clientDataJSON": B64.encode(Self::client_data("webauthn.create", challenge, origin)),
                "transports": ["internal"],
            },
            "clientExtensionResults": {},
        })
        .to_string()
    }

    /// The answer to `navigator.credentials.get` for `options` (a RequestChallengeResponse).
    fn get(&mut self, options: &Value, origin: &str) -> String {
        let challenge = options["publicKey"]["challenge"]
            .as_str()
            .expect("challenge");
        self.counter += 1;
        let auth = self.auth_data(0x05);
        let client = Self::client_data("webauthn.get", challenge, origin);
        let mut signed = auth.clone();
        signed.extend(Sha256::digest(&client));
        let sig = self.key.sign(&SystemRandom::new(), &signed).expect("sign");
        json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "authenticatorData": B64.encode(&auth),
                "clientDataJSON": B64.encode(&client),
                "signature": B64.encode(sig.as_ref()),
                "userHandle": null,
            },
            "clientExtensionResults": {},
        })
        .to_string()
    }
}

async fn harness(store: convene_store::Store) -> Harness {
    Harness::with_settings(store, 10_000, |s| {
        s.passkeys = Some(RelyingParty::new(ORIGIN).expect("relying party"));
    })
    .await
}

fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let at = body.find(start).expect(start) + start.len();
    &body[at..at + body[at..].find(end).expect(end)]
}

/// Asks for a registration challenge: its token and options.
async fn register_options(h: &Harness, p: &Person) -> (String, Value) {
    let (s, body) = h
        .post("/account/passkeys/options", Some(&p.cookie), "")
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v: Value = serde_json::from_str(&body).expect("json");
    (
        v["token"].as_str().expect("token").to_owned(),
        v["options"].clone(),
    )
}

async fn register_answer(
    h: &Harness,
    p: &Person,
    token: &str,
    name: &str,
    credential: &str,
) -> (StatusCode, String) {
    h.post(
        "/account/passkeys",
        Some(&p.cookie),
        &format!(
            "token={}&name={}&credential={}",
            enc(token),
            enc(name),
            enc(credential)
        ),
    )
    .await
}

/// Registers a passkey named `name` for `p`; the page shown after.
async fn register(h: &Harness, p: &Person, key: &mut SoftKey, name: &str) -> String {
    let (token, options) = register_options(h, p).await;
    let answer = key.create(&options, ORIGIN);
    let (s, page) = register_answer(h, p, &token, name, &answer).await;
    assert!(
        s == StatusCode::OK || s == StatusCode::SEE_OTHER,
        "{s}: {page}"
    );
    page
}

/// The password step: the token of the second step.
async fn password_step(h: &Harness, email: &str) -> String {
    let (s, headers, page) = h
        .post_full(
            "/signin",
            None,
            &format!("email={}&password={}", enc(email), enc(PASSWORD)),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert!(session_cookie(&headers).is_none());
    assert!(
        page.contains("Use my passkey"),
        "the passkey is offered: {page}"
    );
    between(&page, "name=\"token\" value=\"", "\"").to_owned()
}

async fn sign_in_options(h: &Harness, token: &str) -> Value {
    let (s, body) = h
        .post(
            "/signin/passkey/options",
            None,
            &format!("token={}", enc(token)),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    serde_json::from_str(&body).expect("json")
}

async fn sign_in_answer(
    h: &Harness,
    token: &str,
    credential: &str,
) -> (StatusCode, Option<String>) {
    let (s, headers, _) = h
        .post_full(
            "/signin/passkey",
            None,
            &format!("token={}&credential={}", enc(token), enc(credential)),
        )
        .await;
    (s, session_cookie(&headers))
}

convene_store::test_both_dbs!(
    passkey_register_sign_in_single_use_and_origin,
    |store| async move { flow(harness(store).await).await }
);

async fn flow(h: Harness) {
    let w = h.world("passkeys").await;
    let p = &w.steward;
    let (_, page) = h.get("/account", Some(&p.cookie)).await;
    assert!(page.contains("Add a passkey"), "{page}");
    assert!(page.contains("You have no passkey yet."));
    let mut key = SoftKey::new("convene.test");

    // An answer made for another origin is refused, and so is one after the challenge expired.
    let (token, options) = register_options(&h, p).await;
    let forged = key.create(&options, "http://evil.test");
    let (s, page) = register_answer(&h, p, &token, "laptop", &forged).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{page}");
    assert!(page.contains("That passkey was not accepted"), "{page}");
    let (token, options) = register_options(&h, p).await;
    h.app.clock.advance(CEREMONY_TTL + 1);
    let late = key.create(&options, ORIGIN);
    assert_eq!(
        register_answer(&h, p, &token, "laptop", &late).await.0,
        StatusCode::NOT_FOUND
    );
    // A name is needed.
    let (token, options) = register_options(&h, p).await;
    let answer = key.create(&options, ORIGIN);
    assert_eq!(
        register_answer(&h, p, &token, "  ", &answer).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // The first passkey: on, with ten recovery codes shown once.
    let page = register(&h, p, &mut key, "laptop").await;
    assert_eq!(page.matches("<li><code>").count(), 10, "{page}");
    let recovery: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|c| c[..c.find("</code>").expect("end")].to_owned())
        .collect();
    let (_, page) = h.get("/account", Some(&p.cookie)).await;
    assert!(page.contains("<strong>laptop</strong>"), "{page}");
    assert!(page.contains("not used yet"));
    assert!(
        page.contains("10 of your 10 recovery codes are unused"),
        "{page}"
    );
    let (_, me) = h.api("GET", "/api/v1/me", &p.token, None).await;
    let me: Value = serde_json::from_str(&me).expect("json");
    assert_eq!(me["second_factor"], json!(true));
    assert_eq!(me["totp"], json!(false));
    assert_eq!(me["passkeys"][0]["name"], json!("laptop"));
    assert_eq!(me["passkeys"][0]["last_used_at"], Value::Null);
    // The same authenticator cannot be added twice: the challenge excludes it, and webauthn-rs
    // refuses an answer from an excluded credential.
    let (token, options) = register_options(&h, p).await;
    let excluded = options["publicKey"]["excludeCredentials"].to_string();
    assert!(excluded.contains(&B64.encode(&key.id)), "{excluded}");
    let again = key.create(&options, ORIGIN);
    assert_eq!(
        register_answer(&h, p, &token, "again", &again).await.0,
        StatusCode::UNAUTHORIZED
    );

    // The password alone no longer signs in; password then passkey does.
    assert!(h.app.sign_in(&p.email, PASSWORD).await.is_err());
    let step = password_step(&h, &p.email).await;
    let options = sign_in_options(&h, &step).await;
    let first = key.get(&options, ORIGIN);
    let (s, cookie) = sign_in_answer(&h, &step, &first).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let cookie = cookie.expect("signed in");
    assert_eq!(h.get("/account", Some(&cookie)).await.0, StatusCode::OK);
    let (_, me) = h.api("GET", "/api/v1/me", &p.token, None).await;
    let me: Value = serde_json::from_str(&me).expect("json");
    assert_eq!(me["passkeys"][0]["last_used_at"], json!(h.app.now()));

    // Replayed in a new sign-in (another challenge), that answer is refused.
    let step = password_step(&h, &p.email).await;
    sign_in_options(&h, &step).await;
    assert_eq!(
        sign_in_answer(&h, &step, &first).await.0,
        StatusCode::UNAUTHORIZED
    );
    // A challenge is answered once: after a wrong answer, even a right one to it is refused.
    let options = sign_in_options(&h, &step).await;
    let right = key.get(&options, ORIGIN);
    let mut other = SoftKey::new("convene.test");
    other.id = key.id.clone();
    assert_eq!(
        sign_in_answer(&h, &step, &other.get(&options, ORIGIN))
            .await
            .0,
        StatusCode::UNAUTHORIZED,
        "a signature by another key"
    );
    assert_eq!(
        sign_in_answer(&h, &step, &right).await.0,
        StatusCode::UNAUTHORIZED,
        "its challenge was taken"
    );
    // Another origin is refused.
    let options = sign_in_options(&h, &step).await;
    let phished = key.get(&options, "http://evil.test");
    assert_eq!(
        sign_in_answer(&h, &step, &phished).await.0,
        StatusCode::UNAUTHORIZED
    );
    // A counter that did not grow shows a copied key: refused.
    let options = sign_in_options(&h, &step).await;
    key.counter = 0;
    let copied = key.get(&options, ORIGIN);
    assert_eq!(
        sign_in_answer(&h, &step, &copied).await.0,
        StatusCode::UNAUTHORIZED
    );
    key.counter = 10;
    let options = sign_in_options(&h, &step).await;
    let ok = key.get(&options, ORIGIN);
    assert_eq!(
        sign_in_answer(&h, &step, &ok).await.0,
        StatusCode::SEE_OTHER
    );

    // Codes remain an alternative: a recovery code ends the step too.
    let step = password_step(&h, &p.email).await;
    let (s, _, _) = h
        .post_full(
            "/signin/code",
            None,
            &format!("token={}&code={}", enc(&step), enc(&recovery[0])),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
}

convene_store::test_both_dbs!(a_passkey_counts_for_the_steward_rule, |store| async move {
    steward_rule(harness(store).await).await
});

async fn steward_rule(h: Harness) {
    let w = h.world("guarded-keys").await;
    let s = &w.steward;
    let (st, _) = h
        .post(
            "/c/guarded-keys/settings/second-factor",
            Some(&s.cookie),
            "required=on",
        )
        .await;
    assert_eq!(st, StatusCode::SEE_OTHER);
    assert!(h.ctx(s, "guarded-keys").await.needs_second_factor());
    let mut key = SoftKey::new("convene.test");
    register(&h, s, &mut key, "phone").await;
    assert!(!h.ctx(s, "guarded-keys").await.needs_second_factor());
    assert_eq!(
        h.get("/c/guarded-keys/settings", Some(&s.cookie)).await.0,
        StatusCode::OK
    );
    // Removing the only one warns first, asks the password, and takes the powers again.
    let (_, page) = h.get("/account", Some(&s.cookie)).await;
    assert!(page.contains("This is your only second factor"), "{page}");
    let id = between(&page, "action=\"/account/passkeys/", "/remove").to_owned();
    let remove = format!("/account/passkeys/{id}/remove");
    let (st, page) = h.post(&remove, Some(&s.cookie), "password=wrong").await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(!h.ctx(s, "guarded-keys").await.needs_second_factor());
    let (st, _) = h
        .post(
            &remove,
            Some(&s.cookie),
            &format!("password={}", enc(PASSWORD)),
        )
        .await;
    assert_eq!(st, StatusCode::SEE_OTHER);
    assert!(h.ctx(s, "guarded-keys").await.needs_second_factor());
    let left = h.app.recovery_codes_left(&s.account).await.expect("codes");
    assert_eq!(
        left, 0,
        "the recovery codes went with the last second factor"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_passkey_texts_follow_the_reader() {
    let h = harness(convene_store::testing::sqlite().await).await;
    let w = h.world("leipzig").await;
    let p = &w.steward;
    let mut key = SoftKey::new("convene.test");
    register(&h, p, &mut key, "Laptop").await;
    let (s, de) = h
        .send(
            "GET",
            "/account",
            Some(&p.cookie),
            None,
            &[("accept-language", "de")],
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    for text in [
        "Passkey hinzufügen",
        "noch nicht benutzt",
        "Laptop entfernen",
    ] {
        assert!(de.contains(text), "{text} missing:\n{de}");
    }
    for english in ["Add a passkey", "not used yet", "Remove Laptop"] {
        assert!(!de.contains(english), "{english} leaks:\n{de}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passkey_answers_count_in_the_sign_in_throttle() {
    let h = Harness::with_settings(convene_store::testing::sqlite().await, 3, |s| {
        s.passkeys = Some(RelyingParty::new(ORIGIN).expect("relying party"));
    })
    .await;
    let w = h.world("throttled-keys").await;
    let mut key = SoftKey::new("convene.test");
    register(&h, &w.steward, &mut key, "phone").await;
    let step = password_step(&h, &w.steward.email).await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(sign_in_answer(&h, &step, "{}").await.0);
    }
    assert_eq!(
        statuses.last(),
        Some(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
}
