//! Floods: an account sends at most `INVITE_RATE_LIMIT` invitation emails
//! (invites and resends) in any 24 hours, exactly, also under concurrent
//! requests; over it, `429 rate_limited` with `Retry-After`. A partner asking
//! again for access refreshes its request without another audit event.

use e2e::{Api, Options};
use serde_json::json;
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
