//! Every error code of the contract, as problem+json, and bad input changes
//! nothing.

use e2e::{Api, Options, sleep_secs, token_of};
use serde_json::{Value, json};

#[tokio::test]
async fn no_claims_is_unauthenticated() {
    let api = Api::start().await;
    let (_, account) = api.owner_and_account().await;
    for (method, path) in [
        ("GET", "/me".to_owned()),
        ("POST", "/accounts".to_owned()),
        ("GET", format!("/accounts/{account}")),
        ("GET", format!("/accounts/{account}/users")),
        ("POST", "/invitations/accept".to_owned()),
    ] {
        api.call(method, &path, None, Some(json!({})))
            .await
            .expect(401, Some("unauthenticated"));
        // A forged or foreign token carries no claims either.
        api.send(method, &path, Some("not.a.jwt"), None, &[])
            .await
            .expect(401, Some("unauthenticated"));
    }
}

#[tokio::test]
async fn outsiders_see_no_account_and_members_without_permission_are_forbidden() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let member = api.person("member").await;
    let user_id = api.join(&owner, &account, &member, "account_manager").await;
    let stranger = api.person("stranger").await;
    let user_path = format!("/accounts/{account}/users/{user_id}");
    let writes = [
        (
            "POST",
            format!("/accounts/{account}/users"),
            Some(json!({"email": "x@example.com", "role": "campaign_creator"})),
        ),
        ("GET", format!("/accounts/{account}/users"), None),
        ("GET", user_path.clone(), None),
        (
            "PATCH",
            user_path.clone(),
            Some(json!({"role": "campaign_creator"})),
        ),
        ("POST", format!("{user_path}/deactivate"), None),
        ("POST", format!("{user_path}/reactivate"), None),
        ("POST", format!("{user_path}/resend"), None),
        ("POST", format!("{user_path}/revoke"), None),
        ("DELETE", user_path.clone(), None),
    ];
    for (method, path, body) in &writes {
        api.call(method, path, Some(&stranger), body.clone())
            .await
            .expect(404, Some("account_not_found"));
        api.call(method, path, Some(&member), body.clone())
            .await
            .expect(403, Some("forbidden"));
    }
    api.get(&format!("/accounts/{account}"), &stranger)
        .await
        .expect(404, Some("account_not_found"));
    // Unknown and malformed account ids are simply not found.
    let unknown = uuid::Uuid::new_v4();
    api.get(&format!("/accounts/{unknown}"), &owner)
        .await
        .expect(404, Some("account_not_found"));
    api.get("/accounts/not-a-uuid/users", &owner)
        .await
        .expect(404, Some("account_not_found"));
    // Nothing changed for the member.
    let user = api.get(&user_path, &owner).await.expect(200, None);
    assert_eq!(user.body["role"], "account_manager");
    assert_eq!(user.body["status"], "active");
}

#[tokio::test]
async fn unknown_users_are_not_found_after_authorization() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let stranger = api.person("stranger").await;
    for id in [uuid::Uuid::new_v4().to_string(), "nope".to_owned()] {
        let path = format!("/accounts/{account}/users/{id}");
        api.get(&path, &owner)
            .await
            .expect(404, Some("user_not_found"));
        api.post(&format!("{path}/revoke"), &owner, json!({}))
            .await
            .expect(404, Some("user_not_found"));
        api.get(&path, &stranger)
            .await
            .expect(404, Some("account_not_found"));
    }
}

#[tokio::test]
async fn transitions_not_offered_are_invalid() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let pending = api
        .invite(&owner, &account, "p@example.com", "campaign_creator")
        .await;
    let pending_path = Api::user_path(&account, &pending.body);
    for action in ["deactivate", "reactivate"] {
        api.post(&format!("{pending_path}/{action}"), &owner, json!({}))
            .await
            .expect(409, Some("invalid_transition"));
    }
    api.patch(&pending_path, &owner, json!({"role": "account_manager"}))
        .await
        .expect(409, Some("invalid_transition"));
    api.delete(&pending_path, &owner)
        .await
        .expect(409, Some("invalid_transition"));

    let active = api.person("active").await;
    let active_path = format!(
        "/accounts/{account}/users/{}",
        api.join(&owner, &account, &active, "campaign_creator")
            .await
    );
    for action in ["resend", "revoke", "reactivate"] {
        api.post(&format!("{active_path}/{action}"), &owner, json!({}))
            .await
            .expect(409, Some("invalid_transition"));
    }
    let user = api.get(&active_path, &owner).await;
    assert_eq!(user.body["status"], "active");
}

#[tokio::test]
async fn invitation_errors() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let invited = api
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);
    let token = token_of(&invited.body);

    // Unknown or garbled links.
    for bad in [
        "x".repeat(86),
        "short".to_owned(),
        token.replace(&token[80..], "AAAAAA"),
    ] {
        api.call("GET", &format!("/invitations/{bad}"), None, None)
            .await
            .expect(404, Some("invitation_not_found"));
        api.post("/invitations/accept", &sue, json!({"token": bad}))
            .await
            .expect(404, Some("invitation_not_found"));
    }
    // Another address, or an unverified one: refused, and the link stays valid.
    let other = api.person("other").await;
    api.post("/invitations/accept", &other, json!({"token": token}))
        .await
        .expect(403, Some("email_mismatch"));
    let unverified = api
        .person_with(&e2e::unique("sue-unverified"), &sue.email, false)
        .await;
    api.post("/invitations/accept", &unverified, json!({"token": token}))
        .await
        .expect(403, Some("email_mismatch"));
    let preview = api
        .call("GET", &format!("/invitations/{token}"), None, None)
        .await
        .expect(200, None);
    assert_eq!(preview.body["status"], "pending");

    // Already a user of the account: the owner cannot accept as a second user.
    let owner_as_sue = api.person_with(&owner.sub, &sue.email, true).await;
    api.post(
        "/invitations/accept",
        &owner_as_sue,
        json!({"token": token}),
    )
    .await
    .expect(409, Some("already_member"));
    // The right person still can.
    api.post("/invitations/accept", &sue, json!({"token": token}))
        .await
        .expect(200, None);
    api.post("/invitations/accept", &sue, json!({}))
        .await
        .expect(422, Some("invalid_field"));
}

#[tokio::test]
async fn expired_links_are_gone_not_unknown() {
    let api = Api::start_with(Options::expiring("1s")).await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let invited = api
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await;
    sleep_secs(2).await;
    api.post(
        "/invitations/accept",
        &sue,
        json!({"token": token_of(&invited.body)}),
    )
    .await
    .expect(410, Some("invitation_expired"));
}

#[tokio::test]
async fn invalid_addresses_and_roles_change_nothing() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let users = format!("/accounts/{account}/users");
    let long = format!("{}@{}.com", "a".repeat(64), "b".repeat(190));
    for email in [
        json!("not-an-address"),
        json!("sue@example.com\r\nBcc: everyone@example.com"),
        json!("sue\u{7}@example.com"),
        json!(long),
        json!(""),
        json!(42),
    ] {
        let answer = api
            .post(
                &users,
                &owner,
                json!({"email": email, "role": "campaign_creator"}),
            )
            .await;
        let code = if email.is_string() {
            "invalid_email"
        } else {
            "invalid_field"
        };
        let answer = answer.expect(422, Some(code));
        assert_eq!(answer.body["errors"][0]["field"], "email");
    }
    for role in ["owner", "admin", "Account_Manager"] {
        let answer = api
            .post(
                &users,
                &owner,
                json!({"email": "ok@example.com", "role": role}),
            )
            .await
            .expect(422, Some("invalid_role"));
        assert_eq!(answer.body["errors"][0]["field"], "role");
    }
    // Every invalid field is named; unknown fields too.
    let answer = api
        .post(
            &users,
            &owner,
            json!({"email": "bad", "role": "boss", "replacePending": true}),
        )
        .await
        .expect(422, Some("invalid_email"));
    let fields: Vec<&Value> = answer.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["field"])
        .collect();
    assert_eq!(
        fields,
        [&json!("email"), &json!("role"), &json!("replacePending")]
    );
    api.post(
        &users,
        &owner,
        json!({"email": "ok@example.com", "role": "campaign_creator", "replace_pending": "yes"}),
    )
    .await
    .expect(422, Some("invalid_field"));

    // Nothing was written: the account, its owner, the owner's membership,
    // the account's creation event and the sign-in's tally of created
    // accounts are all the table holds.
    assert_eq!(api.items().await.len(), 5);
}

#[tokio::test]
async fn malformed_and_oversized_bodies() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let users = format!("/accounts/{account}/users");
    for body in [
        &b"{\"email\": "[..],
        b"not json",
        b"[1,2]",
        b"",
        b"\"text\"",
    ] {
        api.send("POST", &users, Some(&owner.token), Some(body.to_vec()), &[])
            .await
            .expect(400, Some("invalid_json"));
    }
    let padding = "x".repeat(65 * 1024);
    let big = serde_json::to_vec(
        &json!({"email": "a@example.com", "role": "campaign_creator", "pad": padding}),
    )
    .unwrap();
    api.send("POST", &users, Some(&owner.token), Some(big), &[])
        .await
        .expect(413, Some("payload_too_large"));
    let mut not_utf8 = b"{\"email\": \"".to_vec();
    not_utf8.extend([0xff, 0xfe]);
    not_utf8.extend(b"\"}");
    api.send("POST", &users, Some(&owner.token), Some(not_utf8), &[])
        .await
        .expect(400, Some("invalid_json"));
    let listed = api.get(&users, &owner).await;
    assert_eq!(listed.body["users"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn account_creation_validates_its_fields() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    for body in [
        json!({}),
        json!({"name": ""}),
        json!({"name": "a\nb"}),
        json!({"name": "x".repeat(101)}),
        json!({"name": 5}),
    ] {
        api.post("/accounts", &owner, body)
            .await
            .expect(422, Some("invalid_field"));
    }
    api.post(
        "/accounts",
        &owner,
        json!({"name": "Agency", "kind": "reseller"}),
    )
    .await
    .expect(422, Some("invalid_field"));
    let partner = api
        .post(
            "/accounts",
            &owner,
            json!({"name": " Agency ", "kind": "partner"}),
        )
        .await
        .expect(201, None);
    assert_eq!(partner.body["kind"], "partner");
    assert_eq!(partner.body["name"], "Agency");
    assert_eq!(partner.body["seat_limit"], 10);
    assert_eq!(partner.body["seats_used"], 1);
    let me = api.get("/me", &owner).await;
    assert_eq!(me.body["accounts"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn stale_if_match_is_a_failed_precondition() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let path = format!(
        "/accounts/{account}/users/{}",
        api.join(&owner, &account, &sue, "campaign_creator").await
    );
    let read = api.get(&path, &owner).await.expect(200, None);
    let etag = read.header("etag").unwrap().to_owned();
    assert!(
        etag.starts_with('"') && etag.ends_with('"') && etag.len() > 2,
        "a strong entity tag: {etag}"
    );

    // Someone else changes the user first.
    api.patch(&path, &owner, json!({"role": "account_manager"}))
        .await
        .expect(200, None);
    let body = json!({"role": "partner_manager"});
    api.patch_if_match(&path, &owner, body.clone(), &etag)
        .await
        .expect(412, Some("precondition_failed"));
    api.send(
        "POST",
        &format!("{path}/deactivate"),
        Some(&owner.token),
        None,
        &[("if-match", &etag)],
    )
    .await
    .expect(412, Some("precondition_failed"));
    let now = api.get(&path, &owner).await;
    assert_eq!(now.body["role"], "account_manager");
    assert_eq!(now.body["status"], "active");

    // The current ETag (or *) goes through.
    let fresh = now.header("etag").unwrap().to_owned();
    let changed = api
        .patch_if_match(&path, &owner, body, &fresh)
        .await
        .expect(200, None);
    assert_ne!(changed.header("etag").unwrap(), fresh);
    api.send(
        "POST",
        &format!("{path}/deactivate"),
        Some(&owner.token),
        None,
        &[("if-match", "*")],
    )
    .await
    .expect(200, None);
}

#[tokio::test]
async fn list_query_and_cursor_errors() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let users = format!("/accounts/{account}/users");
    for query in ["status=gone", "limit=0", "limit=101", "limit=ten"] {
        api.get(&format!("{users}?{query}"), &owner)
            .await
            .expect(422, Some("invalid_query"));
    }
    api.get(&format!("{users}?cursor=%21%21"), &owner)
        .await
        .expect(422, Some("invalid_cursor"));
}

#[tokio::test]
async fn unknown_routes_and_methods() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    api.get("/nowhere", &owner)
        .await
        .expect(404, Some("not_found"));
    api.call("PUT", "/me", Some(&owner), None)
        .await
        .expect(405, Some("method_not_allowed"));
}

/// No input makes the API answer 500: odd ids, tokens, bodies and headers on
/// every route.
#[tokio::test]
async fn odd_input_never_gives_a_server_error() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let long = "z".repeat(5000);
    let ids = [
        "%00",
        "..%2F..",
        "%F0%9F%98%80",
        long.as_str(),
        "00000000-0000-0000-0000-000000000000",
        account.as_str(),
    ];
    let bodies: [&[u8]; 7] = [
        b"null",
        b"{\"email\": null, \"role\": null, \"token\": null, \"name\": null}",
        b"{\"email\": {\"a\": 1}, \"role\": [], \"token\": 7, \"name\": true}",
        b"{\"token\": \"\\u0000\", \"email\": \"\\u0000@x.com\", \"role\": \"\\ud800\"}",
        b"{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{}}}}}}}}}",
        b"1e999999",
        b"{\"email\": \"a@b.co\", \"role\": \"campaign_creator\", \"replace_pending\": 1}",
    ];
    for route in local_api::routes::ROUTES {
        for id in ids {
            let path = route
                .path
                .replace("{account_id}", id)
                .replace("{user_id}", id)
                .replace("{token}", id);
            for body in bodies {
                let answer = api
                    .send(
                        route.method,
                        &path,
                        Some(&owner.token),
                        Some(body.to_vec()),
                        &[("if-match", "W/\"x\", ,\"")],
                    )
                    .await;
                assert!(
                    answer.status.as_u16() < 500,
                    "{} {path}: {:#}",
                    route.method,
                    answer.body
                );
            }
        }
    }
}
