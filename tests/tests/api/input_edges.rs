//! Requests a clumsy client or an attacker sends: `null` fields, bodies that
//! are not JSON or too large on any route, an account as its own partner,
//! methods a path does not have, HEAD and OPTIONS, over-long URLs. Each gets
//! a problem answer (never a 500, never a retryable 503) and changes nothing.

use e2e::Api;
use serde_json::json;

#[tokio::test]
async fn null_fields_are_refused_as_invalid_not_missed() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let stranger = api.person("stranger").await;
    for who in [&owner, &stranger] {
        for body in [
            json!({"enabled": null}),
            json!({"enabled": false, "partner_account_id": null}),
            json!({"enabled": true, "partner_account_id": null}),
        ] {
            api.put(&format!("/accounts/{account}/partner-access"), who, body)
                .await
                .expect(422, Some("invalid_field"));
        }
    }
    for body in [
        json!({"email": "a@example.com", "role": "campaign_creator", "replace_pending": null}),
        json!({"email": null, "role": "campaign_creator"}),
    ] {
        api.post(&format!("/accounts/{account}/users"), &owner, body)
            .await
            .expect(422, None);
    }
    api.post("/accounts", &owner, json!({"name": "A", "kind": null}))
        .await
        .expect(422, Some("invalid_field"));
    // Naming a partner while turning access off is refused too.
    api.put(
        &format!("/accounts/{account}/partner-access"),
        &owner,
        json!({"enabled": false, "partner_account_id": account}),
    )
    .await
    .expect(422, Some("invalid_field"));
}

#[tokio::test]
async fn an_account_is_not_its_own_partner_on_either_route() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let partner = api.partner_account(&owner).await;
    for route in ["requests", "users"] {
        let answer = api
            .post(
                &format!("/accounts/{partner}/partner-access/{route}"),
                &owner,
                json!({"partner_account_id": partner}),
            )
            .await
            .expect(422, Some("invalid_field"));
        assert_eq!(answer.body["errors"][0]["field"], "partner_account_id");
    }
}

#[tokio::test]
async fn bodies_must_be_json_and_small_on_every_route() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let users = format!("/accounts/{account}/users");
    let body = br#"{"email": "a@example.com", "role": "campaign_creator"}"#.to_vec();
    for content_type in [
        "text/plain",
        "image/png",
        "application/x-www-form-urlencoded",
    ] {
        api.send_typed("POST", &users, &owner, content_type, body.clone())
            .await
            .expect(415, Some("unsupported_media_type"));
    }
    api.send_typed(
        "POST",
        &users,
        &owner,
        "application/json; charset=utf-8",
        body,
    )
    .await
    .expect(201, None);
    // A route that takes no body still refuses a huge one.
    let huge = vec![b' '; 65 * 1024];
    api.send("GET", "/me", Some(&owner.token), Some(huge.clone()), &[])
        .await
        .expect(413, Some("payload_too_large"));
    api.send(
        "POST",
        &format!("{users}/{}/revoke", uuid::Uuid::new_v4()),
        Some(&owner.token),
        Some(huge),
        &[],
    )
    .await
    .expect(413, Some("payload_too_large"));
}

#[tokio::test]
async fn methods_head_options_and_long_urls() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let wrong = api
        .call("PUT", "/me", Some(&owner), None)
        .await
        .expect(405, Some("method_not_allowed"));
    assert_eq!(wrong.header("allow"), Some("GET, HEAD, OPTIONS"));
    let options = api.send("OPTIONS", "/me", None, None, &[]).await;
    assert_eq!(options.status, 204);
    assert_eq!(options.header("allow"), Some("GET, HEAD, OPTIONS"));
    let head = api.send("HEAD", "/me", Some(&owner.token), None, &[]).await;
    assert_eq!(head.status, 200);
    assert_eq!(head.body, serde_json::Value::Null, "HEAD has no body");
    let long = format!("/accounts/{}", "a".repeat(9000));
    api.send("GET", &long, Some(&owner.token), None, &[])
        .await
        .expect(414, Some("uri_too_long"));
}
