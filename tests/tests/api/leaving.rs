//! Leaving an account: any user but the owner removes itself, its seat is
//! freed, and the trail says who left; in one read and one transaction.

use e2e::Api;
use serde_json::json;

#[tokio::test]
async fn a_user_leaves_and_only_the_owner_cannot() {
    let (api, requests) = Api::counting().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "campaign_creator").await;
    let bob = api.person("bob").await;
    let bob_id = api.join(&owner, &account, &bob, "account_manager").await;
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 3);
    let leave = format!("/accounts/{account}/leave");

    requests.take();
    api.post(&leave, &sue, json!({})).await.expect(204, None);
    assert_eq!(
        requests.take(),
        ["dynamodb:BatchGetItem", "dynamodb:TransactWriteItems"]
    );
    let me = api.get("/me", &sue).await.expect(200, None);
    assert_eq!(me.body["accounts"], json!([]));
    let said = api
        .post(
            "/authorize",
            &sue,
            json!({"account_id": account, "permission": "campaigns:edit"}),
        )
        .await
        .expect(200, None);
    assert_eq!(said.body["reason"], "not_a_member");
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 2);
    let left = &api.events(&owner, &account).await[0];
    assert_eq!(left["action"], "user.left");
    assert_eq!(left["actor"]["sub"], sue.sub);
    assert_eq!(left["target"]["email"], sue.email);
    // Once gone, there is nothing to leave.
    api.post(&leave, &sue, json!({}))
        .await
        .expect(404, Some("account_not_found"));

    // A deactivated user may leave too; the owner may not; a stranger
    // learns nothing.
    api.post(
        &format!("/accounts/{account}/users/{bob_id}/deactivate"),
        &owner,
        json!({}),
    )
    .await
    .expect(200, None);
    api.post(&leave, &bob, json!({})).await.expect(204, None);
    api.post(&leave, &owner, json!({}))
        .await
        .expect(409, Some("owner_cannot_leave"));
    let stranger = api.person("stranger").await;
    api.post(&leave, &stranger, json!({}))
        .await
        .expect(404, Some("account_not_found"));
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 1);
}
