//! The AWS requests each operation makes, held so they cannot grow
//! unnoticed: at most 2 DynamoDB requests per operation (authorization
//! included), 1 SES request for invite and resend, and never a Scan.

use e2e::{Api, Options, Requests, token_of};
use serde_json::json;
use std::sync::Arc;

const BATCH_GET: &str = "dynamodb:BatchGetItem";
const GET: &str = "dynamodb:GetItem";
const QUERY: &str = "dynamodb:Query";
const TRANSACT: &str = "dynamodb:TransactWriteItems";
const SEND: &str = "sesv2:SendEmail";

#[tokio::test]
async fn requests_per_operation() {
    let requests = Arc::new(Requests::default());
    let api = Api::start_with(Options {
        requests: Some(requests.clone()),
        ..Options::default()
    })
    .await;
    let owner = api.person("owner").await;
    let sue = api.person("sue").await;
    let agency_owner = api.person("agency").await;
    requests.take();
    let mut seen = Vec::new();
    let mut expect = |what: &str, want: &[&str]| {
        let got = requests.take();
        assert_eq!(got, want, "{what}");
        seen.push((what.to_owned(), got));
    };

    let account = api.account(&owner).await;
    expect("create account", &[TRANSACT]);
    api.get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(200, None);
    expect("get account", &[BATCH_GET]);
    api.get("/me", &owner).await.expect(200, None);
    expect("me", &[QUERY]);
    let invited = api
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);
    expect("invite", &[BATCH_GET, TRANSACT, SEND]);
    let path = format!(
        "/accounts/{account}/users/{}",
        invited.body["user"]["id"].as_str().unwrap()
    );
    api.get(&format!("/accounts/{account}/users"), &owner)
        .await
        .expect(200, None);
    expect("list users", &[BATCH_GET, QUERY]);
    api.get(&path, &owner).await.expect(200, None);
    expect("get user", &[BATCH_GET]);
    let resent = api
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    expect("resend", &[BATCH_GET, TRANSACT, SEND]);
    let token = token_of(&resent.body);
    api.call("GET", &format!("/invitations/{token}"), None, None)
        .await
        .expect(200, None);
    expect("preview", &[GET]);
    api.post("/invitations/accept", &sue, json!({"token": token}))
        .await
        .expect(200, None);
    expect("accept", &[BATCH_GET, TRANSACT]);
    api.call(
        "PATCH",
        &path,
        Some(&owner),
        Some(json!({"role": "account_manager"})),
    )
    .await
    .expect(200, None);
    expect("change role", &[BATCH_GET, TRANSACT]);
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    expect("deactivate", &[BATCH_GET, TRANSACT]);
    api.post(&format!("{path}/reactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    expect("reactivate", &[BATCH_GET, TRANSACT]);
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    requests.take();
    api.call("DELETE", &path, Some(&owner), None)
        .await
        .expect(204, None);
    expect("delete", &[BATCH_GET, TRANSACT]);
    let bob = api
        .invite(&owner, &account, "bob@example.com", "campaign_creator")
        .await
        .expect(201, None);
    requests.take();
    let bob_path = format!(
        "/accounts/{account}/users/{}",
        bob.body["user"]["id"].as_str().unwrap()
    );
    api.post(&format!("{bob_path}/revoke"), &owner, json!({}))
        .await
        .expect(200, None);
    expect("revoke", &[BATCH_GET, TRANSACT]);
    api.get(&format!("/accounts/{account}/audit-events"), &owner)
        .await
        .expect(200, None);
    expect("list audit events", &[BATCH_GET, QUERY]);

    // Partner access.
    let partner = api
        .post(
            "/accounts",
            &agency_owner,
            json!({"name": "Agency", "kind": "partner"}),
        )
        .await
        .expect(201, None)
        .body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    requests.take();
    let body = json!({"partner_account_id": partner});
    api.post(
        &format!("/accounts/{account}/partner-access/requests"),
        &agency_owner,
        body.clone(),
    )
    .await
    .expect(202, None);
    expect("request partner access", &[BATCH_GET, TRANSACT]);
    api.get(&format!("/accounts/{account}/partner-access"), &owner)
        .await
        .expect(200, None);
    expect("get partner access", &[BATCH_GET, QUERY]);
    let on = json!({"enabled": true, "partner_account_id": partner});
    api.call(
        "PUT",
        &format!("/accounts/{account}/partner-access"),
        Some(&owner),
        Some(on),
    )
    .await
    .expect(200, None);
    // The answer lists the open requests: one more query.
    expect("enable partner access", &[BATCH_GET, TRANSACT, QUERY]);
    api.post(
        &format!("/accounts/{account}/partner-access/users"),
        &agency_owner,
        body,
    )
    .await
    .expect(201, None);
    expect("create partner user", &[BATCH_GET, TRANSACT]);
    api.call(
        "PUT",
        &format!("/accounts/{account}/partner-access"),
        Some(&owner),
        Some(json!({"enabled": false})),
    )
    .await
    .expect(200, None);
    // Finding the partner's users to deactivate is a query of the account.
    expect(
        "disable partner access",
        &[BATCH_GET, QUERY, TRANSACT, QUERY],
    );

    api.send("POST", "/_local/sweep", None, None, &[])
        .await
        .expect(200, None);
    let sweep = requests.take();
    assert_eq!(
        sweep.iter().filter(|r| *r == QUERY).count(),
        8,
        "one query per index shard"
    );
    assert!(
        sweep.iter().all(|r| r == QUERY),
        "nothing expired, nothing written: {sweep:?}"
    );

    for (what, got) in &seen {
        assert!(
            !got.iter().any(|r| r.ends_with(":Scan")),
            "{what} scanned the table"
        );
    }
}
