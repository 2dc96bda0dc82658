//! Governance pages in a real browser on the demo: a member on a phone reads the moderation
//! log with pseudonyms only; the second steward on a laptop opens the queue, claims a case,
//! decides it with a reason (each step says what happened), and reads the log with names.
//! axe-core finds no violation on either page.

use crate::browser::{assert_accessible, sign_in};
use crate::browser::{browser, click_button, driver, shot, wait_heading};
use crate::server::{Server, temp_dir};
use fantoccini::{Client, Locator};

/// Waits for the status message that says what happened.
async fn said(c: &Client, text: &str) -> String {
    let found = c
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(Locator::XPath(&format!(
            "//div[@role='status'][contains(., \"{text}\")]"
        )))
        .await;
    let page = body(c).await;
    assert!(found.is_ok(), "no message {text:?}: {page}");
    page
}

async fn body(c: &Client) -> String {
    c.find(Locator::Css("main"))
        .await
        .expect("main")
        .text()
        .await
        .expect("text")
}

pub async fn queue_and_log() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("governance"), &["--demo"]).await;
    let password = server.demo_password.clone().expect("demo password");
    let url = &server.url;

    let phone = browser(&driver, "--window-size=390,844").await;
    sign_in(&phone, url, "member@demo.convene.test", &password).await;
    phone
        .goto(&format!("{url}/c/riverbend/moderation/log"))
        .await
        .expect("log");
    wait_heading(&phone, "Moderation log").await;
    let text = body(&phone).await;
    for seen in ["Steward C", "Curator A", "The author", "Flags from members"] {
        assert!(text.contains(seen), "the member's log shows {seen}: {text}");
    }
    assert!(
        !text.contains("Samira Okafor"),
        "no names for members: {text}"
    );
    assert_accessible(&phone, "the moderation log (phone)").await;
    shot(&phone, "governance-log-phone").await;
    // The governance page: policies in force, the rules, the decision that set the threshold,
    // the second steward's term ending next month.
    phone
        .goto(&format!("{url}/c/riverbend/governance"))
        .await
        .expect("governance");
    wait_heading(&phone, "Governance").await;
    let text = body(&phone).await;
    for seen in [
        "Code of conduct, version 2",
        "Social-media policy, version 1",
        "Lower the flag threshold to 3",
        "Flags now hide content at weight 3.0",
        "decided by consent, quorum 3",
        "steward: ends",
    ] {
        assert!(
            text.contains(seen),
            "the governance page shows {seen}: {text}"
        );
    }
    assert_accessible(&phone, "the governance page (phone)").await;
    shot(&phone, "governance-page-phone").await;
    phone
        .goto(&format!(
            "{url}/c/riverbend/governance/policies/code_of_conduct"
        ))
        .await
        .expect("policy");
    wait_heading(&phone, "Code of conduct").await;
    let text = body(&phone).await;
    assert!(
        text.contains("What changed from version 1 to version 2")
            && text.contains("added: When something goes wrong"),
        "{text}"
    );
    assert_accessible(&phone, "a policy's versions and diff (phone)").await;
    shot(&phone, "governance-policy-diff-phone").await;
    phone.close().await.expect("close");

    let laptop = browser(&driver, "--window-size=1280,900").await;
    sign_in(&laptop, url, "steward-2@demo.convene.test", &password).await;
    laptop
        .goto(&format!("{url}/c/riverbend/moderation"))
        .await
        .expect("queue");
    wait_heading(&laptop, "Moderation").await;
    assert!(body(&laptop).await.contains("Open cases (2)"));
    assert_accessible(&laptop, "the moderation queue").await;
    click_button(&laptop, "Claim this case").await;
    said(&laptop, "You claimed the case for 30 minutes").await;
    laptop
        .find(Locator::Css("textarea[name='reason']"))
        .await
        .expect("reason")
        .send_keys("These flags are right: the text advertises a product, not a session.")
        .await
        .expect("type");
    click_button(&laptop, "Decide").await;
    let text = said(&laptop, "Decided.").await;
    assert!(text.contains("Open cases (1)"), "{text}");
    shot(&laptop, "governance-queue-laptop").await;
    laptop
        .goto(&format!("{url}/c/riverbend/moderation/log"))
        .await
        .expect("log");
    let text = body(&laptop).await;
    assert!(
        text.contains("Samira Okafor (demo steward 2) (Steward)"),
        "{text}"
    );
    assert!(text.contains("advertises a product"), "{text}");
    laptop.close().await.expect("close");
}

/// Types into a field, again if a live update replaced it meanwhile.
async fn fill(c: &Client, id: &str, text: &str) {
    for _ in 0..10 {
        if let Ok(el) = c.find(Locator::Id(id)).await
            && el.clear().await.is_ok()
            && el.send_keys(text).await.is_ok()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    panic!("could not fill #{id}");
}

/// Signs `email` in, in a fresh browser, at laptop size.
async fn person(driver: &str, url: &str, email: &str, password: &str) -> Client {
    let c = browser(driver, "--window-size=1280,900").await;
    sign_in(&c, url, email, password).await;
    c
}

async fn source_has(c: &Client, text: &str) -> bool {
    c.source().await.unwrap_or_default().contains(text)
}

/// The cycle from the issue on the demo: the member announces a session; two members flag its
/// description (a host's and a community builder's flag weigh 2 each: 4 reaches the threshold
/// of 3), it hides, and the author reads why; a steward upholds the flags; the author appeals;
/// that steward cannot decide the appeal (the page says why); the second steward reverses it,
/// the description is back for everyone, and the log shows every step.
pub async fn flag_hide_appeal_reverse() {
    let Some((_driver, driver)) = driver().await else {
        return;
    };
    let server = Server::start_in(&temp_dir("appeal"), &["--demo"]).await;
    let pw = server.demo_password.clone().expect("demo password");
    let url = server.url.clone();
    let author = person(&driver, &url, "member@demo.convene.test", &pw).await;
    // The gathering in its marketplace is the one with the form to announce a session.
    let mut gathering = None;
    for id in 1..10 {
        author
            .goto(&format!("{url}/c/riverbend/g/{id}"))
            .await
            .expect("gathering");
        if author.find(Locator::Id("s-title")).await.is_ok() {
            gathering = Some(id);
            break;
        }
    }
    let g = gathering.expect("a gathering in its marketplace");
    click_button(&author, "Yes").await;
    author
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(Locator::Id("my-rsvp"))
        .await
        .expect("answered");
    fill(&author, "s-title", "Repair café for watches").await;
    fill(
        &author,
        "s-description",
        "Bring a broken watch; we open it together and learn how it works.",
    )
    .await;
    click_button(&author, "Announce session").await;
    // The live wall may replace the link while it is read: read it again then.
    let mut link = String::new();
    for _ in 0..50 {
        let xpath = "//a[normalize-space(.)='Repair café for watches']";
        if let Ok(a) = author.find(Locator::XPath(xpath)).await
            && let Ok(Some(href)) = a.attr("href").await
        {
            link = href;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    assert!(
        link.starts_with(&format!("/c/riverbend/g/{g}/s/")),
        "{link}"
    );
    let session = format!("{url}{link}");

    for email in [
        "network-analyst@demo.convene.test",
        "community-builder@demo.convene.test",
    ] {
        let c = person(&driver, &url, email, &pw).await;
        c.goto(&session).await.expect("session");
        wait_heading(&c, "Repair café for watches").await;
        c.find(Locator::Css("details summary"))
            .await
            .expect("flag")
            .click()
            .await
            .expect("open");
        click_button(&c, "Flag").await;
        // The flag is recorded once the browser is sent back (`?done=`) or told it hid the text.
        let mut back = false;
        for _ in 0..50 {
            let sent_back = c
                .current_url()
                .await
                .is_ok_and(|u| u.as_str().contains("done="));
            if sent_back || source_has(&c, "Flag recorded").await {
                back = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        assert!(back, "the flag was answered");
        c.close().await.expect("close");
    }
    // Hidden: another member no longer finds it; the author reads why.
    let host = person(&driver, &url, "host@demo.convene.test", &pw).await;
    host.goto(&session).await.expect("session");
    assert!(
        !source_has(&host, "Bring a broken watch").await,
        "hidden from others"
    );
    author.goto(&session).await.expect("session");
    wait_heading(&author, "Repair café for watches").await;
    let text = body(&author).await;
    assert!(
        text.contains("Hidden from other members") && text.contains("threshold"),
        "{text}"
    );
    assert_accessible(&author, "the session page with its notice").await;
    shot(&author, "governance-author-notice").await;

    // The first steward upholds the flags (the new case weighs most, so it comes first).
    let steward = person(&driver, &url, "steward@demo.convene.test", &pw).await;
    steward
        .goto(&format!("{url}/c/riverbend/moderation"))
        .await
        .expect("queue");
    click_button(&steward, "Claim this case").await;
    said(&steward, "You claimed the case").await;
    steward
        .find(Locator::Css("textarea[name='reason']"))
        .await
        .expect("reason")
        .send_keys("The flags say it advertises; keeping it hidden until we hear more.")
        .await
        .expect("type");
    click_button(&steward, "Decide").await;
    said(&steward, "Decided.").await;

    // The author appeals.
    author.goto(&session).await.expect("session");
    let statement = author
        .find(Locator::Css("textarea[name='statement']"))
        .await
        .expect("the appeal form");
    statement
        .send_keys("It is a repair session open to everyone; nothing is sold.")
        .await
        .expect("type");
    click_button(&author, "Appeal the decision").await;
    author
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(Locator::XPath(
            "//p[contains(., 'A steward who took no part')]",
        ))
        .await
        .expect("the appeal is recorded");

    // The deciding steward cannot hear it, and is told why.
    steward
        .goto(&format!("{url}/c/riverbend/moderation"))
        .await
        .expect("queue");
    steward
        .find(Locator::Css("textarea[name='reason'][id^='appeal-reason']"))
        .await
        .expect("appeal form")
        .send_keys("I still think the flags were right here.")
        .await
        .expect("type");
    click_button(&steward, "Decide the appeal").await;
    steward
        .wait()
        .at_most(std::time::Duration::from_secs(15))
        .for_element(Locator::XPath(
            "//*[contains(., 'You decided this case, so another steward hears its appeal.')]",
        ))
        .await
        .expect("refused, with why");

    // The second steward reverses it.
    let second = person(&driver, &url, "steward-2@demo.convene.test", &pw).await;
    second
        .goto(&format!("{url}/c/riverbend/moderation"))
        .await
        .expect("queue");
    second
        .find(Locator::Css("textarea[name='reason'][id^='appeal-reason']"))
        .await
        .expect("appeal form")
        .send_keys("It is a repair session, as the author says; nothing is sold. Restored.")
        .await
        .expect("type");
    click_button(&second, "Decide the appeal").await;
    said(&second, "The appeal is decided.").await;
    host.goto(&session).await.expect("session");
    assert!(
        source_has(&host, "Bring a broken watch").await,
        "back for everyone"
    );
    host.goto(&format!("{url}/c/riverbend/moderation/log"))
        .await
        .expect("log");
    let log = body(&host).await;
    for step in [
        "Appeal heard: decision reversed, shown again",
        "Appealed",
        "Flags upheld: hidden",
        "Hidden by flags",
    ] {
        assert!(log.contains(step), "the log shows {step:?}: {log}");
    }
    shot(&host, "governance-log-after-appeal").await;
    for c in [author, host, steward, second] {
        c.close().await.expect("close");
    }
}
