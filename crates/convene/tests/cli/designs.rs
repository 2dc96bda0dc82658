//! Import by URL between two running servers: a design composed and forked on one, published,
//! imported by the other from its stable URL with the attribution chain kept; and a server
//! that is not configured to fetch private addresses refuses to (no request forgery).

use crate::server::{Server, enc, post_form, request, sign_in_cookie, temp_dir};

fn location(headers: &str) -> String {
    headers
        .lines()
        .find_map(|l| l.strip_prefix("location: "))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_by_url_between_two_servers_keeps_the_attribution_chain() {
    let a = Server::start_in(&temp_dir("designs-a"), &["--demo"]).await;
    let b = Server::start_in(&temp_dir("designs-b"), &["--demo", "--library-fetch-private", "true"]).await;
    let (pa, pb) = (a.demo_password.clone().expect("pw"), b.demo_password.clone().expect("pw"));
    let member = sign_in_cookie(&a.url, "member@demo.convene.test", &pa).await;
    let steward = sign_in_cookie(&a.url, "steward@demo.convene.test", &pa).await;

    // On A: the member composes a design from three practices; the steward forks it.
    let form = [
        ("title", "A morning of open conversation"),
        ("work", "morning"),
        ("practice0", "check-in-circle"),
        ("minutes0", "15"),
        ("notes0", "One word each."),
        ("practice1", "1-2-4-all"),
        ("minutes1", "20"),
        ("practice2", "what-so-what-now-what"),
        ("minutes2", "25"),
    ]
    .iter()
    .map(|(k, v)| format!("{k}={}", enc(v)))
    .collect::<Vec<_>>()
    .join("&");
    let (s, h) = post_form(&a.url, "/c/riverbend/library/designs", &form, Some(&member)).await;
    assert_eq!(s, 303, "{h}");
    assert_eq!(location(&h), "/c/riverbend/library/designs/morning?done=composed");
    let (s, h) = post_form(&a.url, "/c/riverbend/library/designs/morning/fork", "slug=morning-remix", Some(&steward)).await;
    assert_eq!(s, 303, "{h}");
    let public = "/library/c/riverbend/designs/morning-remix/export.json";
    let (s, _, _) = request(&a.url, "GET", public, None, None).await;
    assert_eq!(s, 404, "not published yet");
    let (s, h) = post_form(&a.url, "/c/riverbend/library/designs/morning-remix/publish", "license=CC-BY-SA-4.0", Some(&steward)).await;
    assert_eq!(s, 303, "{h}");
    let (s, _, file) = request(&a.url, "GET", public, None, None).await;
    assert_eq!(s, 200, "{file}");
    let original = "/library/c/riverbend/designs/morning\"";
    assert!(file.contains(original), "the fork names its original: {file}");

    // On B: a member imports it by URL; the chain and the file are as on A.
    let bm = sign_in_cookie(&b.url, "member@demo.convene.test", &pb).await;
    let url = format!("{}{public}", a.url);
    let (s, h) = post_form(&b.url, "/c/riverbend/library/import", &format!("kind=design&file=&url={}", enc(&url)), Some(&bm)).await;
    assert_eq!(s, 303, "{h}");
    assert_eq!(location(&h), "/c/riverbend/library/designs/morning-remix?done=imported");
    let (s, _, page) = request(&b.url, "GET", "/c/riverbend/library/designs/morning-remix", Some(&bm), None).await;
    assert_eq!(s, 200);
    assert!(page.contains("Imported from"), "{page}");
    assert!(page.contains("A morning of open conversation</a> by "), "the chain: {page}");
    assert!(page.contains("<svg") && page.contains("Remix lineage: 1 works before this one"), "{page}");
    let (_, _, there) = request(&b.url, "GET", "/c/riverbend/library/files/designs/morning-remix/export.json", Some(&bm), None).await;
    assert_eq!(there, file, "byte for byte");

    // A is not configured to fetch private addresses: B's loopback URL is refused.
    let (s, _, page) = request(
        &a.url,
        "POST",
        "/c/riverbend/library/import",
        Some(&member),
        Some(&format!("kind=design&file=&url={}", enc(&format!("{}/healthz", b.url)))),
    )
    .await;
    assert_eq!(s, 422, "{page}");
    assert!(page.contains("private or local address"), "{page}");
}
