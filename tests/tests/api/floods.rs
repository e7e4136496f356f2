//! Floods and abuse: an account sends at most `INVITE_RATE_LIMIT` invitation
//! emails (invites and resends) in any 24 hours, a sign-in creates at most
//! `ACCOUNT_CREATE_LIMIT` accounts, and an address receives at most
//! `RECIPIENT_INVITE_LIMIT` invitation emails from all accounts together,
//! each exactly, also under concurrent requests; over a limit, `429
//! rate_limited` with `Retry-After`. An address that bounced for good or
//! complained takes no more invitations from any account; a bounce gives
//! way to the owner's override, a complaint never. Names that would carry a
//! link into our mail are refused, and the mail names the inviter by a
//! verified address. A partner asking again for access refreshes its
//! request without another audit event.

use e2e::{Answer, Api, Options, Person};
use serde_json::{Value, json};
use std::sync::Arc;
use tokio::task::JoinSet;

#[tokio::test]
async fn invites_and_resends_share_the_daily_limit() {
    let api = Api::start_with(Options {
        rate_limit: Some(3),
        ..Options::default()
    })
    .await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let target = format!("{}@example.com", e2e::unique("flooded"));
    let invited = api
        .invite(&owner, &account, &target, "campaign_creator")
        .await
        .expect(201, None);
    let path = Api::user_path(&account, &invited.body);
    for _ in 0..2 {
        api.post(&format!("{path}/resend"), &owner, json!({}))
            .await
            .expect(200, None);
    }
    let refused = api
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(429, Some("rate_limited"));
    let wait: u64 = refused.header("retry-after").unwrap().parse().unwrap();
    assert!((86_000..=86_400).contains(&wait), "{wait}");
    assert!(
        refused.body["detail"]
            .as_str()
            .unwrap()
            .contains("3 invitations"),
        "the answer says what the limit is: {}",
        refused.body
    );
    api.invite(
        &owner,
        &account,
        &format!("{}@example.com", e2e::unique("other")),
        "campaign_creator",
    )
    .await
    .expect(429, Some("rate_limited"));
    assert_eq!(api.emails_to(&target).await.len(), 3);
    // Refused sends changed nothing: the user is as the last resend left it.
    let user = api.get(&path, &owner).await.expect(200, None);
    assert_eq!(user.body["version"], 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_limit_is_exact_under_concurrent_invitations() {
    let api = Arc::new(
        Api::start_with(Options {
            rate_limit: Some(5),
            seat_limit: Some(50),
            ..Options::default()
        })
        .await,
    );
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let mut set = JoinSet::new();
    for i in 0..16 {
        let (api, owner, account) = (api.clone(), owner.clone(), account.clone());
        set.spawn(async move {
            let email = format!("racer{i}.{}@example.com", e2e::unique("x"));
            let answer = api
                .invite(&owner, &account, &email, "campaign_creator")
                .await;
            if answer.status != 201 {
                assert_eq!(answer.body["code"], "rate_limited", "{:#}", answer.body);
            }
            answer.status.as_u16()
        });
    }
    let mut sent = 0;
    while let Some(status) = set.join_next().await {
        sent += usize::from(status.unwrap() == 201);
    }
    assert_eq!(sent, 5);
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 6);
}

#[tokio::test]
async fn asking_again_for_partner_access_refreshes_without_a_new_event() {
    let api = Api::start().await;
    let client_owner = api.person("client").await;
    let client = api.account(&client_owner).await;
    let agency_owner = api.person("agency").await;
    let partner = api.partner_account(&agency_owner).await;
    let mut asked_at = Vec::new();
    for _ in 0..5 {
        let asked = api
            .post(
                &format!("/accounts/{client}/partner-access/requests"),
                &agency_owner,
                json!({"partner_account_id": partner}),
            )
            .await
            .expect(202, None);
        asked_at.push(asked.body["requested_at"].clone());
    }
    let events = api
        .get(&format!("/accounts/{client}/audit-events"), &client_owner)
        .await
        .expect(200, None);
    let requested = events.body["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "partner_access.requested")
        .count();
    assert_eq!(requested, 1);
    let access = api
        .get(&format!("/accounts/{client}/partner-access"), &client_owner)
        .await
        .expect(200, None);
    assert_eq!(access.body["requests"].as_array().unwrap().len(), 1);
    assert_eq!(access.body["requests"][0]["requested_at"], asked_at[4]);
}

/// Statuses of the answers, counted: (201s, 429s), asserting nothing else came.
async fn tally(mut set: JoinSet<Answer>, limit_words: &str) -> (usize, usize) {
    let (mut created, mut refused) = (0, 0);
    while let Some(answer) = set.join_next().await {
        let answer = answer.unwrap();
        if answer.status == 201 {
            created += 1;
            continue;
        }
        let answer = answer.expect(429, Some("rate_limited"));
        let wait: u64 = answer.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=86_400).contains(&wait), "{wait}");
        let detail = answer.body["detail"].as_str().unwrap();
        assert!(detail.contains(limit_words), "{detail}");
        refused += 1;
    }
    (created, refused)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_sign_in_creates_exactly_the_limit_of_accounts_however_fast() {
    let api = Arc::new(
        Api::start_with(Options {
            account_create_limit: Some(3),
            ..Options::default()
        })
        .await,
    );
    for round in 0..3 {
        let spammer = api.person("spammer").await;
        let mut set = JoinSet::new();
        for i in 0..10 {
            let (api, spammer) = (api.clone(), spammer.clone());
            set.spawn(async move {
                let name = format!("Spam {round}.{i}");
                api.post("/accounts", &spammer, json!({ "name": name }))
                    .await
            });
        }
        assert_eq!(tally(set, "accounts").await, (3, 7), "round {round}");
        let me = api.get("/me", &spammer).await.expect(200, None);
        assert_eq!(me.body["accounts"].as_array().unwrap().len(), 3);
    }
    // Another sign-in has a limit of its own.
    api.account(&api.person("neighbour").await).await;
}

/// `n` owners, each with an account of their own.
async fn owners(api: &Api, n: usize) -> Vec<(Person, String)> {
    let mut owners = Vec::new();
    for _ in 0..n {
        owners.push(api.owner_and_account().await);
    }
    owners
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_address_receives_exactly_the_limit_from_all_accounts_together() {
    let api = Arc::new(
        Api::start_with(Options {
            recipient_limit: Some(3),
            ..Options::default()
        })
        .await,
    );
    let owners = owners(&api, 6).await;
    for round in 0..3 {
        let target = format!("{}@example.com", e2e::unique("victim"));
        let mut set = JoinSet::new();
        for (owner, account) in &owners {
            for _ in 0..2 {
                let (api, owner, account, target) =
                    (api.clone(), owner.clone(), account.clone(), target.clone());
                set.spawn(async move {
                    let path = format!("/accounts/{account}/users");
                    let body = json!({"email": target, "role": "campaign_creator", "replace_pending": true});
                    api.post(&path, &owner, body).await
                });
            }
        }
        let (created, _) = tally(set, "this address").await;
        assert_eq!(created, 3, "round {round}");
        assert_eq!(api.emails_to(&target).await.len(), 3, "round {round}");
    }
    // A resend is an invitation email too.
    let target = format!("{}@example.com", e2e::unique("resent"));
    let (owner, account) = &owners[0];
    let invited = api
        .invite(owner, account, &target, "campaign_creator")
        .await
        .expect(201, None);
    let resend = format!("{}/resend", Api::user_path(account, &invited.body));
    for _ in 0..2 {
        api.post(&resend, owner, json!({})).await.expect(200, None);
    }
    api.post(&resend, owner, json!({}))
        .await
        .expect(429, Some("rate_limited"));
    assert_eq!(api.emails_to(&target).await.len(), 3);
}

/// An address invited by the first of `owners`; the user's id.
async fn invited(api: &Api, (owner, account): &(Person, String), target: &str) -> String {
    let answer = api
        .invite(owner, account, target, "campaign_creator")
        .await
        .expect(201, None);
    answer.body["user"]["id"].as_str().unwrap().to_owned()
}

async fn invite_with(api: &Api, (owner, account): &(Person, String), body: Value) -> Answer {
    api.post(&format!("/accounts/{account}/users"), owner, body)
        .await
}

#[tokio::test]
async fn a_complaint_stops_the_mail_from_every_account_for_good() {
    let api = Api::start().await;
    let owners = owners(&api, 2).await;
    let target = format!("{}@example.com", e2e::unique("annoyed"));
    let user_id = invited(&api, &owners[0], &target).await;
    let event = api
        .ses_event("complaint.json", &owners[0].1, &user_id)
        .await;
    assert_eq!(api.record_delivery(event).await, "recorded");
    let resend = format!("/accounts/{}/users/{user_id}/resend", owners[0].1);
    let refused = api
        .post(&resend, &owners[0].0, json!({}))
        .await
        .expect(409, Some("recipient_suppressed"));
    assert_eq!(refused.body["suppression"], "complained");
    assert!(refused.body["detail"].as_str().unwrap().contains("spam"));
    for override_bounce in [false, true] {
        let body = json!({"email": target, "role": "campaign_creator", "override_bounce": override_bounce});
        let refused = invite_with(&api, &owners[1], body)
            .await
            .expect(409, Some("recipient_suppressed"));
        assert_eq!(refused.body["suppression"], "complained");
    }
    assert_eq!(api.emails_to(&target).await.len(), 1);
    // Refused invitations changed nothing: the second account has no user.
    let users = api.all_users(&owners[1].0, &owners[1].1).await;
    assert_eq!(users.len(), 1, "only the owner");
}

#[tokio::test]
async fn a_hard_bounce_suppresses_the_address_until_an_owner_overrides_it() {
    let api = Api::start().await;
    let owners = owners(&api, 2).await;
    let target = format!("{}@example.com", e2e::unique("typo"));
    // A transient bounce suppresses nothing.
    let soft = invited(&api, &owners[1], &target).await;
    let mut event = api.ses_event("bounce.json", &owners[1].1, &soft).await;
    event["detail"]["bounce"]["bounceType"] = json!("Transient");
    assert_eq!(api.record_delivery(event).await, "recorded");
    let user_id = invited(&api, &owners[0], &target).await;
    let event = api.ses_event("bounce.json", &owners[0].1, &user_id).await;
    assert_eq!(api.record_delivery(event).await, "recorded");
    let again = json!({"email": target, "role": "campaign_creator", "replace_pending": true});
    let refused = invite_with(&api, &owners[1], again.clone())
        .await
        .expect(409, Some("recipient_suppressed"));
    assert_eq!(refused.body["suppression"], "bounced");
    assert!(
        refused.body["detail"]
            .as_str()
            .unwrap()
            .contains("override_bounce")
    );
    let resend = format!("/accounts/{}/users/{user_id}/resend", owners[0].1);
    api.post(&resend, &owners[0].0, json!({}))
        .await
        .expect(409, Some("recipient_suppressed"));
    assert_eq!(api.emails_to(&target).await.len(), 2);
    // The owner checked the address: one override lifts the suppression.
    let mut checked = again;
    checked["override_bounce"] = json!(true);
    invite_with(&api, &owners[1], checked)
        .await
        .expect(201, None);
    api.post(&resend, &owners[0].0, json!({}))
        .await
        .expect(200, None);
    assert_eq!(api.emails_to(&target).await.len(), 4);
}

#[tokio::test]
async fn a_megabyte_diagnostic_is_recorded_cut_to_a_thousand_characters() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let target = format!("{}@example.com", e2e::unique("huge"));
    let user_id = invited(&api, &(owner.clone(), account.clone()), &target).await;
    let mut event = api.ses_event("bounce.json", &account, &user_id).await;
    event["detail"]["bounce"]["bouncedRecipients"][0]["diagnosticCode"] =
        json!("\u{e9}".repeat(1_000_000));
    assert_eq!(api.record_delivery(event).await, "recorded");
    let user = api
        .get(&format!("/accounts/{account}/users/{user_id}"), &owner)
        .await
        .expect(200, None);
    let detail = user.body["delivery"]["detail"].as_str().unwrap();
    assert_eq!(detail.chars().count(), 1000);
    assert!(detail.ends_with('\u{2026}'), "marked as cut");
    let events = api.events(&owner, &account).await;
    let bounced = events
        .iter()
        .find(|e| e["action"] == "invitation.bounced")
        .expect("the bounce is audited");
    assert_eq!(bounced["reason"].as_str().unwrap().chars().count(), 1000);
}

#[tokio::test]
async fn names_that_carry_a_link_are_refused_and_mail_names_a_verified_inviter() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    for name in [
        "Urgent: verify your account at https://evil.example",
        "Go to evil.example",
        "Mail help@evil.example now",
    ] {
        let refused = api
            .post("/accounts", &owner, json!({ "name": name }))
            .await
            .expect(422, Some("invalid_field"));
        assert_eq!(refused.body["errors"][0]["field"], "name");
    }
    let account = api.account(&owner).await;
    let target = format!("{}@example.com", e2e::unique("sue"));
    invited(&api, &(owner.clone(), account.clone()), &target).await;
    let email = &api.emails_to(&target).await[0];
    assert!(email["subject"].as_str().unwrap().contains(&owner.email));
    // A sign-in whose address is not verified owns an account but cannot
    // send invitations in its name.
    let unverified = api
        .person_with(
            &e2e::unique("sub"),
            &format!("{}@example.com", e2e::unique("unverified")),
            false,
        )
        .await;
    let theirs = api.account(&unverified).await;
    api.invite(&unverified, &theirs, &target, "campaign_creator")
        .await
        .expect(403, Some("email_unverified"));
    assert_eq!(api.emails_to(&target).await.len(), 1);
}
