//! Last active: a user's mark moves when the API or `/authorize` sees them,
//! by one conditional write made only when the mark just read is stale,
//! beside the request; a fresh mark costs nothing more than the read.

use e2e::{Api, Options, Requests, sleep_secs};
use serde_json::json;
use shared::time::parse_rfc3339;
use std::sync::Arc;

#[tokio::test]
async fn a_stale_mark_is_moved_once_and_a_fresh_one_costs_no_write() {
    let requests = Arc::new(Requests::default());
    let api = Api::start_with(Options {
        requests: Some(requests.clone()),
        last_active_every: Some("5s"),
        ..Options::default()
    })
    .await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let path = format!("/accounts/{account}/users/{sue_id}");
    let mark =
        |body: &serde_json::Value| parse_rfc3339(body["last_active_at"].as_str().unwrap()).unwrap();
    let joined = mark(&api.get(&path, &owner).await.expect(200, None).body);
    assert!(joined <= shared::time::now());

    sleep_secs(5).await;
    // Start early in a period, so the second check below falls in it too.
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    tokio::time::sleep(std::time::Duration::from_millis(
        5_000 - millis % 5_000 + 100,
    ))
    .await;
    let ask = json!({"account_id": account, "permission": "campaigns:edit"});
    requests.take();
    let said = api
        .post("/authorize", &sue, ask.clone())
        .await
        .expect(200, None);
    assert_eq!(said.body["allowed"], true);
    // The mark's write goes beside the answer, not before it.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        requests.take(),
        ["dynamodb:GetItem", "dynamodb:TransactWriteItems"]
    );
    let seen = api.get(&path, &owner).await.expect(200, None).body;
    let moved = mark(&seen);
    assert!(moved > joined && moved % 5 == 0, "{seen}");
    // Within the same period: one read, no write.
    requests.take();
    api.post("/authorize", &sue, ask).await.expect(200, None);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(requests.take(), ["dynamodb:GetItem"]);
    // The review shows it too.
    let review = api
        .get(&format!("/accounts/{account}/access"), &owner)
        .await
        .expect(200, None)
        .body;
    let row = review["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == sue.email.as_str())
        .unwrap()
        .clone();
    assert!(mark(&row) >= moved);
    // A pending invitee has never been seen.
    let pat = api
        .invite(&owner, &account, "pat@example.com", "account_manager")
        .await
        .expect(201, None);
    assert!(pat.body["user"]["last_active_at"].is_null());
}
