//! The owner's access review: every user with what they hold and why not,
//! the same answer `/authorize` gives each of them, in one query.

use e2e::Api;
use serde_json::{Value, json};

#[tokio::test]
async fn the_review_answers_as_authorize_does_for_every_user_in_one_query() {
    let (api, requests) = Api::counting().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "account_manager").await;
    api.patch(
        &format!("/accounts/{account}/users/{sue_id}"),
        &owner,
        json!({"list_ids": ["vip"], "withheld_permissions": ["contacts:export"]}),
    )
    .await
    .expect(200, None);
    api.invite(&owner, &account, "pat@example.com", "campaign_creator")
        .await
        .expect(201, None);
    let review = format!("/accounts/{account}/access");

    requests.take();
    let all = api.get(&review, &owner).await.expect(200, None).body;
    assert_eq!(requests.take(), ["dynamodb:Query"]);
    let users = all["users"].as_array().unwrap();
    assert_eq!(users.len(), 3);
    let of = |email: &str| users.iter().find(|u| u["email"] == email).unwrap().clone();
    let sue_seen = of(&sue.email);
    assert_eq!(sue_seen["permissions"].as_array().unwrap().len(), 13);
    for held in sue_seen["permissions"].as_array().unwrap() {
        let asked = api
            .post(
                "/authorize",
                &sue,
                json!({"account_id": account, "permission": held["permission"]}),
            )
            .await
            .expect(200, None)
            .body;
        assert_eq!(
            (&held["allowed"], &held["reason"]),
            (&asked["allowed"], &asked["reason"]),
            "{held}"
        );
    }
    let pat = of("pat@example.com");
    assert_eq!(pat["status"], "pending");
    assert!(
        pat["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["reason"] == "not_a_member")
    );

    // Who may edit the vip list, and why not for the rest.
    let vip = api
        .get(
            &format!("{review}?permission=lists:edit&list_id=vip"),
            &owner,
        )
        .await
        .expect(200, None)
        .body;
    let reasons: Vec<(Value, Value)> = vip["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["email"].clone(), u["permissions"][0]["reason"].clone()))
        .collect();
    assert!(
        reasons.contains(&(json!(sue.email), json!("granted"))),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&(json!(owner.email), json!("granted"))),
        "{reasons:?}"
    );
    let sue_vip = vip["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == sue.email.as_str())
        .unwrap();
    assert_eq!(sue_vip["permissions"][0]["list_ids"], json!(["vip"]));

    api.get(&format!("{review}?permission=nope"), &owner)
        .await
        .expect(422, Some("invalid_query"));
    api.get(&review, &sue).await.expect(403, Some("forbidden"));
}
