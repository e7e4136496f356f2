//! The expiry sweep: expires overdue invitations, frees their seats, audits
//! as `system`; idempotent; safe beside resend and accept; and its reads
//! grow with what expired, not with the table.

use e2e::{Api, Options, sleep_secs, token_of};
use serde_json::json;
use std::sync::Arc;

#[tokio::test]
async fn expires_frees_seats_and_is_idempotent() {
    let api = Api::start_with(Options::expiring("1s")).await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let mut invited = Vec::new();
    for name in ["a", "b", "c"] {
        let who = api.person(name).await;
        invited.push((
            who.clone(),
            api.invite(&owner, &account, &who.email, "campaign_creator")
                .await
                .expect(201, None),
        ));
    }
    sleep_secs(2).await;
    let first = api.sweep().await;
    assert!(first["expired"].as_u64().unwrap() >= 3, "{first}");
    // Run again: nothing left to do (other tests' tables are separate).
    let second = api.sweep().await;
    assert_eq!(second["expired"], 0);
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 1);
    for (who, answer) in &invited {
        let path = Api::user_path(&account, &answer.body);
        assert_eq!(api.get(&path, &owner).await.body["status"], "expired");
        api.post(
            "/invitations/accept",
            who,
            json!({"token": token_of(&answer.body)}),
        )
        .await
        .expect(410, Some("invitation_expired"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sweeps_racing_resends_keep_seats_exact() {
    let api = Arc::new(Api::start_with(Options::expiring("1s")).await);
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let mut paths = Vec::new();
    for i in 0..6 {
        let who = api.person(&format!("r{i}")).await;
        let answer = api
            .invite(&owner, &account, &who.email, "campaign_creator")
            .await
            .expect(201, None);
        paths.push(Api::user_path(&account, &answer.body));
    }
    sleep_secs(2).await;
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..3 {
        let api = api.clone();
        set.spawn(async move { api.sweep().await["expired"].as_u64().unwrap() });
    }
    for path in paths {
        let (api, owner) = (api.clone(), owner.clone());
        set.spawn(async move {
            let answer = api.post(&format!("{path}/resend"), &owner, json!({})).await;
            assert!(answer.status.as_u16() < 500, "{:#}", answer.body);
            0
        });
    }
    let mut expired = 0;
    while let Some(n) = set.join_next().await {
        expired += n.unwrap();
    }
    assert!(expired <= 6, "each invitation expires at most once");
    api.assert_seats_exact(&owner, &account).await;
}

async fn sweep_cost(users: usize) -> f64 {
    let api = Api::start_with(Options::expiring("1s")).await;
    api.bulk_users(users, 0).await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    for i in 0..3 {
        api.invite(
            &owner,
            &account,
            &format!("{}@example.com", e2e::unique(&format!("x{i}"))),
            "campaign_creator",
        )
        .await
        .expect(201, None);
    }
    sleep_secs(2).await;
    let report = api.sweep().await;
    assert_eq!(report["expired"], 3);
    report["read_units"].as_f64().unwrap()
}

#[tokio::test]
async fn sweep_reads_grow_with_expired_invitations_not_with_users() {
    let small = sweep_cost(10).await;
    let large = sweep_cost(2000).await;
    assert!(small > 0.0, "consumed capacity is reported");
    assert!(
        large / small < 1.5,
        "2000 users cost {large} units, 10 cost {small}"
    );
}
