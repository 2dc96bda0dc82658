//! The XSS corpus (xss/payloads.txt, 610 payloads written by xss/make_corpus.py) goes into
//! every kind of text field a gathering has — gathering title, calling question, invitation
//! and venue, space names, cell labels, session titles and descriptions, a display
//! name — and every page that shows them is opened in headless Chromium. On each: no payload
//! ran (`window.__xss` unset), no element or attribute was injected (no inline handler, no
//! script that is not ours, no frame, object, base or refresh, no javascript: or marked URL),
//! and the browser reported no CSP violation (a ReportingObserver with buffered reports
//! sees those from before it was made; a deliberate violation checks that it sees them).

use crate::browser::{browser, driver, js, sign_in};
use crate::live::form;

use crate::server::{self, Server, enc, temp_dir};
use fantoccini::Client;
use serde_json::Value;

const PAYLOADS: &str = include_str!("xss/payloads.txt");

/// Keeps the first `n` characters, the limit of the field it goes into.
fn cut(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// What the page shows of an attack: anything injected, anything that ran, CSP violations.
const INSPECT: &str = r#"
const found = [];
if (window.__xss !== undefined) found.push('a payload ran: ' + window.__xss);
const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'poster', 'background'];
for (const el of document.querySelectorAll('*')) {
  const tag = el.tagName.toLowerCase();
  for (const a of el.attributes) {
    const n = a.name.toLowerCase(), v = a.value.toLowerCase().replace(/[\s\u0000-\u001f]/g, '');
    if (n.startsWith('on')) found.push(tag + ' has ' + n);
    if (urlAttrs.includes(n) && (v.startsWith('javascript:') || v.startsWith('data:text/html') || v.includes('xssmark')))
      found.push(tag + ' ' + n + '=' + a.value);
    if (n === 'style' && v.includes('xssmark')) found.push(tag + ' style');
  }
  if (tag === 'script' && !(el.src && new URL(el.src).origin === location.origin) && el.type !== 'application/json')
    found.push('a script that is not ours: ' + el.outerHTML.slice(0, 80));
  if (['iframe', 'frame', 'object', 'embed', 'base', 'isindex', 'keygen', 'xss', 'marquee'].includes(tag))
    found.push('an injected ' + tag);
  if (tag === 'meta' && el.httpEquiv) found.push('meta http-equiv ' + el.httpEquiv);
  if (tag === 'style' && el.textContent.includes('xssmark')) found.push('an injected style');
}
const reports = new ReportingObserver(() => {}, { types: ['csp-violation'], buffered: true });
reports.observe();
for (const r of reports.takeRecords())
  found.push('CSP violation: ' + r.body.effectiveDirective + ' ' + (r.body.blockedURL || '') + ' ' + (r.body.sample || ''));
reports.disconnect();
return found;
"#;

async fn inspect(c: &Client, page: &str) -> Vec<String> {
    c.goto(page).await.expect("open page");
    let found: Vec<String> = serde_json::from_value(js(c, INSPECT).await).expect("a list");
    found.into_iter().map(|f| format!("{page}: {f}")).collect()
}

pub async fn the_corpus_runs_nowhere() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("xss"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = server.url.clone();
    let payloads: Vec<&str> = PAYLOADS.lines().filter(|l| !l.is_empty()).collect();
    assert!(payloads.len() >= 300, "{} payloads", payloads.len());
    let pick = |i: usize| payloads[i % payloads.len()];

    let cookie = server::sign_in_cookie(&url, "steward@demo.convene.test", &password).await;
    let post = |path: String, body: String| {
        let (url, cookie) = (url.clone(), cookie.clone());
        async move {
            let (status, text) = form(&url, &path, &cookie, &body).await;
            assert!(
                status == 303 || status == 201,
                "{path} {body}: {status} {text}"
            );
        }
    };

    // A gathering whose every field is a payload, in its marketplace.
    let slug = "riverbend";
    let (title, question, venue) = (cut(pick(1), 120), cut(pick(2), 300), cut(pick(3), 200));
    let invitation = payloads[..40].join("\n\n");
    let spaces: Vec<String> = (10..13).map(|i| cut(pick(i), 60)).collect();
    let spaces: Vec<&str> = spaces.iter().map(String::as_str).collect();
    let plenary = cut(pick(30), 80);
    let page = server::marketplace(
        &url,
        &cookie,
        slug,
        &server::Details {
            title: &title,
            question: &question,
            invitation: &invitation,
            venue: &venue,
            spaces: &spaces,
            plenary: &plenary,
        },
    )
    .await;
    for p in &payloads {
        post(
            format!("{page}/sessions"),
            format!(
                "title={}&description={}&needs=",
                enc(&cut(p, 120)),
                enc(&format!("{p}\n\n- {p}\n\n> {p}")),
            ),
        )
        .await;
    }
    post(
        "/account/name".to_owned(),
        format!("name={}", enc(&cut(pick(4), 80))),
    )
    .await;

    let c = browser(&driver, "--window-size=1280,900").await;
    sign_in(&c, &url, "steward@demo.convene.test", &password).await;
    // The detector sees a violation when there is one: an image from elsewhere, which the
    // policy refuses.
    c.goto(&format!("{url}/account")).await.expect("account");
    let probe = js(
        &c,
        "const i = document.createElement('img'); i.src = 'https://example.invalid/xssmark.png';
         document.body.appendChild(i); return true;",
    )
    .await;
    assert_eq!(probe, Value::Bool(true));
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let seen: Vec<String> = serde_json::from_value(js(&c, INSPECT).await).expect("list");
    assert!(
        seen.iter()
            .any(|f| f.contains("CSP violation") && f.contains("img-src")),
        "the detector sees a refused image: {seen:?}"
    );

    let mut pages = vec![
        format!("{url}/"),
        format!("{url}/c/{slug}"),
        format!("{url}{page}"),
        format!("{url}{page}/kiosk"),
        format!("{url}{page}/converge"),
        format!("{url}{page}/proceedings"),
        format!("{url}/c/{slug}/members"),
        format!("{url}/c/{slug}/audit"),
        format!("{url}/account"),
    ];
    // Session pages, spread over the corpus (the wall links them all).
    let wall = c.source().await.unwrap_or_default();
    c.goto(&format!("{url}{page}")).await.expect("wall");
    let wall = c.source().await.unwrap_or(wall);
    let prefix = format!("{page}/s/");
    let mut sessions: Vec<String> = wall
        .split(&format!("href=\"{prefix}"))
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|id| format!("{url}{prefix}{id}"))
        .collect();
    sessions.sort();
    sessions.dedup();
    assert!(
        sessions.len() >= 300,
        "{} session links on the wall",
        sessions.len()
    );
    let step = sessions.len() / 25;
    pages.extend(sessions.iter().step_by(step.max(1)).cloned());
    eprintln!(
        "{} payloads, {} pages inspected",
        payloads.len(),
        pages.len()
    );
    let mut found = Vec::new();
    for p in &pages {
        found.extend(inspect(&c, p).await);
    }
    assert!(
        found.is_empty(),
        "{} findings:\n{}",
        found.len(),
        found.join("\n")
    );
    c.close().await.expect("close");
}
