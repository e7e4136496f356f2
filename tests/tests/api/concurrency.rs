//! Invariants under real concurrent requests against the real store: seats,
//! single-use links, one owner, a seat count that matches the users.

use e2e::{Api, Options, token_of};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use tokio::task::JoinSet;

/// Counts answers by status code.
async fn tally(mut set: JoinSet<u16>) -> HashMap<u16, usize> {
    let mut counts = HashMap::new();
    while let Some(status) = set.join_next().await {
        *counts.entry(status.unwrap()).or_default() += 1;
    }
    counts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_invites_take_exactly_the_free_seats() {
    let api = Arc::new(
        Api::start_with(Options {
            seat_limit: Some(5),
            ..Options::default()
        })
        .await,
    );
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let mut set = JoinSet::new();
    for i in 0..20 {
        let (api, owner, account) = (api.clone(), owner.clone(), account.clone());
        set.spawn(async move {
            let email = format!("racer{i}.{}@example.com", e2e::unique("x"));
            let answer = api
                .invite(&owner, &account, &email, "campaign_creator")
                .await;
            if answer.status != 201 {
                assert_eq!(
                    answer.body["code"], "seat_limit_reached",
                    "{:#}",
                    answer.body
                );
            }
            answer.status.as_u16()
        });
    }
    let counts = tally(set).await;
    assert_eq!(counts.get(&201), Some(&4), "{counts:?}");
    assert_eq!(counts.get(&409), Some(&16), "{counts:?}");
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_link_is_accepted_exactly_once() {
    let api = Arc::new(Api::start().await);
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let email = format!("{}@example.com", e2e::unique("sue"));
    let token = token_of(
        &api.invite(&owner, &account, &email, "campaign_creator")
            .await
            .expect(201, None)
            .body,
    );
    let mut set = JoinSet::new();
    for i in 0..20 {
        let (api, token, email) = (api.clone(), token.clone(), email.clone());
        set.spawn(async move {
            // Twenty sign-ins that all own the invited address.
            let who = api
                .person_with(&format!("{}-{i}", e2e::unique("sue")), &email, true)
                .await;
            let answer = api
                .post("/invitations/accept", &who, json!({"token": token}))
                .await;
            if answer.status != 200 {
                assert_eq!(
                    answer.body["code"], "invitation_not_found",
                    "{:#}",
                    answer.body
                );
            }
            answer.status.as_u16()
        });
    }
    let counts = tally(set).await;
    assert_eq!(counts.get(&200), Some(&1), "{counts:?}");
    assert_eq!(counts.get(&404), Some(&19), "{counts:?}");
    let users = api.all_users(&owner, &account).await;
    assert_eq!(users.iter().filter(|u| u["status"] == "active").count(), 2);
    api.assert_seats_exact(&owner, &account).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_resend_revoke_and_accept_keep_seats_exact() {
    let api = Arc::new(Api::start().await);
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let mut people = Vec::new();
    for _ in 0..4 {
        let who = api.person("racer").await;
        let invited = api
            .invite(&owner, &account, &who.email, "campaign_creator")
            .await
            .expect(201, None);
        let path = Api::user_path(&account, &invited.body);
        people.push((who, token_of(&invited.body), path));
    }
    let mut set = JoinSet::new();
    for (who, token, path) in people.clone() {
        for action in ["resend", "revoke", "accept", "resend", "accept"] {
            let (api, owner, who, token, path) = (
                api.clone(),
                owner.clone(),
                who.clone(),
                token.clone(),
                path.clone(),
            );
            set.spawn(async move {
                let answer = match action {
                    "accept" => {
                        api.post("/invitations/accept", &who, json!({"token": token}))
                            .await
                    }
                    _ => {
                        api.post(&format!("{path}/{action}"), &owner, json!({}))
                            .await
                    }
                };
                assert!(answer.status.as_u16() < 500, "{action}: {:#}", answer.body);
                answer.status.as_u16()
            });
        }
    }
    tally(set).await;
    api.assert_seats_exact(&owner, &account).await;
    // Whoever ended active has a membership, and nobody else does.
    for (who, _, path) in people {
        let user = api.get(&path, &owner).await.expect(200, None);
        let status = user.body["status"].as_str().unwrap().to_owned();
        assert!(
            ["pending", "active", "revoked"].contains(&status.as_str()),
            "{status}"
        );
        let me = api.get("/me", &who).await;
        let member_of: Vec<_> = me.body["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| &a["status"])
            .collect();
        if status == "active" {
            assert_eq!(member_of, [&json!("active")]);
        } else {
            assert!(member_of.is_empty(), "{status} user has a membership");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_reactivations_take_only_the_free_seat() {
    let api = Arc::new(
        Api::start_with(Options {
            seat_limit: Some(4),
            ..Options::default()
        })
        .await,
    );
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let mut paths = Vec::new();
    for _ in 0..3 {
        let who = api.person("member").await;
        let id = api.join(&owner, &account, &who, "campaign_creator").await;
        let path = format!("/accounts/{account}/users/{id}");
        api.post(&format!("{path}/deactivate"), &owner, json!({}))
            .await
            .expect(200, None);
        paths.push(path);
    }
    // Fill all but one seat again.
    let filler = api.person("filler").await;
    api.invite(&owner, &account, &filler.email, "campaign_creator")
        .await
        .expect(201, None);
    api.invite(
        &owner,
        &account,
        &format!("{}@example.com", e2e::unique("f2")),
        "campaign_creator",
    )
    .await
    .expect(201, None);
    let mut set = JoinSet::new();
    for path in paths {
        let (api, owner) = (api.clone(), owner.clone());
        set.spawn(async move {
            let answer = api
                .post(&format!("{path}/reactivate"), &owner, json!({}))
                .await;
            if answer.status != 200 {
                assert_eq!(
                    answer.body["code"], "seat_limit_reached",
                    "{:#}",
                    answer.body
                );
            }
            answer.status.as_u16()
        });
    }
    let counts = tally(set).await;
    assert_eq!(counts.get(&200), Some(&1), "{counts:?}");
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_role_changes_and_deactivations_never_lose_an_update() {
    let api = Arc::new(Api::start().await);
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let sue = api.person("sue").await;
    let path = format!(
        "/accounts/{account}/users/{}",
        api.join(&owner, &account, &sue, "campaign_creator").await
    );
    let etag = api
        .get(&path, &owner)
        .await
        .header("etag")
        .unwrap()
        .to_owned();
    // Ten editors who all read the same version: exactly one write wins.
    let mut set = JoinSet::new();
    for i in 0..10 {
        let (api, owner, path, etag) = (api.clone(), owner.clone(), path.clone(), etag.clone());
        set.spawn(async move {
            let role = ["account_manager", "partner_manager"][i % 2];
            let answer = api
                .patch_if_match(&path, &owner, json!({"role": role}), &etag)
                .await;
            if answer.status != 200 {
                assert_eq!(
                    answer.body["code"], "precondition_failed",
                    "{:#}",
                    answer.body
                );
            }
            answer.status.as_u16()
        });
    }
    let counts = tally(set).await;
    assert_eq!(counts.get(&200), Some(&1), "{counts:?}");
    assert_eq!(counts.get(&412), Some(&9), "{counts:?}");
    let user = api.get(&path, &owner).await;
    assert_eq!(user.body["version"], 3);
    // The membership mirrors the user: /me agrees with the list.
    let me = api.get("/me", &sue).await;
    assert_eq!(me.body["accounts"][0]["role"], user.body["role"]);
}
