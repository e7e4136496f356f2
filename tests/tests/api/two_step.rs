//! Two-step verification required per account: only an owner signed in
//! with a second factor turns it on or off; during the grace period users
//! without one are warned; after it they hold nothing there until they sign
//! in with one (partner users too); a check stays one read; and turning it
//! on races the ways a user comes to hold access (accepting, a partner
//! creating its user, reactivation) without any slipping through.

use e2e::{Api, Person, token_of};
use serde_json::{Value, json};

/// The caller's membership of `account`, as `/me` shows it.
async fn membership(api: &Api, who: &Person, account: &str) -> Value {
    let me = api.get("/me", who).await.expect(200, None).body;
    me["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["account_id"] == account)
        .cloned()
        .unwrap_or(Value::Null)
}

#[tokio::test]
async fn only_an_owner_with_a_second_factor_requires_it_and_others_are_warned_first() {
    let (api, requests) = Api::counting().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "campaign_creator").await;
    let settings = format!("/accounts/{account}");

    // Without a second factor the owner can neither require it nor lift it.
    api.patch(&settings, &owner, json!({"require_mfa": true}))
        .await
        .expect(403, Some("mfa_required"));
    let seen = api.get(&settings, &owner).await.expect(200, None).body;
    assert_eq!(
        (&seen["require_mfa"], &seen["mfa_grace_days"]),
        (&json!(false), &json!(7))
    );
    assert_eq!(seen["mfa_required_from"], Value::Null);

    let owner2 = api.with_second_factor(&owner).await;
    requests.take();
    let on = api
        .patch(&settings, &owner2, json!({"require_mfa": true}))
        .await
        .expect(200, None)
        .body;
    // One query reads the account with its users; one transaction writes
    // the account, their copies and the event.
    assert_eq!(
        requests.take(),
        ["dynamodb:Query", "dynamodb:TransactWriteItems"]
    );
    assert_eq!(on["require_mfa"], true);
    let from = shared::time::parse_rfc3339(on["mfa_required_from"].as_str().unwrap()).unwrap();
    let week = 7 * 24 * 3600;
    assert!((from - shared::time::now() - week).abs() < 60, "{on}");

    // During the grace period: allowed, with a warning; one read.
    requests.take();
    let said = api.may(&sue, &account, "campaigns:edit").await;
    assert_eq!(requests.take(), ["dynamodb:GetItem"]);
    assert_eq!(said["allowed"], true);
    assert_eq!(said["warning"]["code"], "mfa_required_soon");
    assert_eq!(said["warning"]["required_from"], on["mfa_required_from"]);
    let sue2 = api.with_second_factor(&sue).await;
    let with = api.may(&sue2, &account, "campaigns:edit").await;
    assert_eq!(with["allowed"], true);
    assert!(with.get("warning").is_none(), "{with}");
    let mine = membership(&api, &sue, &account).await;
    assert_eq!(mine["second_factor"], "grace");
    assert_eq!(mine["mfa_required_from"], on["mfa_required_from"]);
    assert_eq!(
        membership(&api, &sue2, &account).await["second_factor"],
        "shown"
    );

    // Asking again changes nothing and writes nothing.
    requests.take();
    api.patch(&settings, &owner2, json!({"require_mfa": true}))
        .await
        .expect(200, None);
    assert_eq!(requests.take(), ["dynamodb:Query"]);
    let events = api.events(&owner, &account).await;
    let required: Vec<&Value> = events
        .iter()
        .filter(|e| e["action"] == "account.mfa_required")
        .collect();
    assert_eq!(required.len(), 1, "{events:#?}");
    assert_eq!(
        required[0]["settings"]["mfa_required_from"],
        on["mfa_required_from"]
    );
    assert_eq!(required[0]["actor"]["sub"], owner.sub);
}

#[tokio::test]
async fn after_the_grace_period_only_a_sign_in_with_a_second_factor_holds_anything() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let owner2 = api.with_second_factor(&owner).await;
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "campaign_creator").await;
    // A partner's user of the account, too.
    let agency_owner = api.person("agency").await;
    let agency = api.partner_account(&agency_owner).await;
    api.enable_partner(&owner, &account, &agency, &agency_owner)
        .await;
    api.post(
        &format!("/accounts/{account}/partner-access/users"),
        &agency_owner,
        json!({"partner_account_id": agency}),
    )
    .await
    .expect(201, None);
    let settings = format!("/accounts/{account}");
    api.patch(&settings, &owner2, json!({"require_mfa": true}))
        .await
        .expect(200, None);
    // The grace period cut to nothing: it has run out.
    let now_on = api
        .patch(&settings, &owner2, json!({"mfa_grace_days": 0}))
        .await
        .expect(200, None)
        .body;
    assert_eq!(now_on["mfa_grace_days"], 0);

    for who in [&sue, &agency_owner] {
        let said = api.may(who, &account, "campaigns:edit").await;
        assert_eq!(
            (&said["allowed"], &said["reason"]),
            (&json!(false), &json!("mfa_required")),
            "{said}"
        );
        api.get(&settings, who)
            .await
            .expect(403, Some("mfa_required"));
        // `/me` still answers, and says why.
        let mine = membership(&api, who, &account).await;
        assert_eq!(mine["second_factor"], "missing");
        assert_eq!(mine["permissions"], json!([]));
        assert_eq!(mine["status"], "active");
        let with = api.with_second_factor(who).await;
        assert_eq!(
            api.may(&with, &account, "campaigns:edit").await["allowed"],
            true
        );
        api.get(&settings, &with).await.expect(200, None);
    }
    // The owner too, and so the owner's routes.
    api.get(&format!("{settings}/users"), &owner)
        .await
        .expect(403, Some("mfa_required"));
    api.get(&format!("{settings}/users"), &owner2)
        .await
        .expect(200, None);

    // Lifted (with the owner's second factor), everyone holds again.
    api.patch(&settings, &owner, json!({"require_mfa": false}))
        .await
        .expect(403, Some("mfa_required"));
    let off = api
        .patch(&settings, &owner2, json!({"require_mfa": false}))
        .await
        .expect(200, None)
        .body;
    assert_eq!(
        (&off["require_mfa"], &off["mfa_required_from"]),
        (&json!(false), &Value::Null)
    );
    assert_eq!(
        api.may(&sue, &account, "campaigns:edit").await["allowed"],
        true
    );
    assert_eq!(
        membership(&api, &sue, &account).await["second_factor"],
        "not_required"
    );
    let actions: Vec<Value> = api
        .events(&owner2, &account)
        .await
        .iter()
        .map(|e| e["action"].clone())
        .take(3)
        .collect();
    assert_eq!(
        actions,
        json!([
            "account.mfa_not_required",
            "account.mfa_required",
            "account.mfa_required"
        ])
        .as_array()
        .unwrap()
        .clone()
    );
}

#[tokio::test]
async fn a_forged_second_factor_shows_nothing() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let owner2 = api.with_second_factor(&owner).await;
    api.patch(
        &format!("/accounts/{account}"),
        &owner2,
        json!({"require_mfa": true, "mfa_grace_days": 0}),
    )
    .await
    .expect(200, None);
    // The signed token's claims with `amr` added, unsigned: refused, not
    // read as a second factor.
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = owner.token.split('.').nth(1).unwrap();
    let mut claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    claims["amr"] = json!(["mfa"]);
    let forged = Person {
        token: format!(
            "{}.{}.",
            URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#),
            URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap())
        ),
        ..owner.clone()
    };
    api.get(&format!("/accounts/{account}"), &forged)
        .await
        .expect(401, Some("unauthenticated"));
    // Another key's signature over the same claims: refused too.
    let stranger = local_api::jwt::Signer::generate(api.signer.issuer());
    let resigned = Person {
        token: stranger.sign(claims),
        ..owner.clone()
    };
    api.get(&format!("/accounts/{account}"), &resigned)
        .await
        .expect(401, Some("unauthenticated"));
    // The real token, without the claim: no second factor.
    api.get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(403, Some("mfa_required"));
}

/// Turns the requirement on, at once, for `account` while `race` runs,
/// then checks that `who`, signed in without a second factor, holds nothing.
async fn required_while<F, Fut>(api: &Api, owner2: &Person, account: &str, race: F)
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = u16>,
{
    let settings = format!("/accounts/{account}");
    let (on, status) = tokio::join!(
        api.patch(
            &settings,
            owner2,
            json!({"require_mfa": true, "mfa_grace_days": 0}),
        ),
        race()
    );
    on.expect(200, None);
    assert!(matches!(status, 200 | 201), "{status}");
}

#[tokio::test]
async fn requiring_it_races_accepting_inviting_a_partner_creating_its_user_and_reactivation() {
    let api = Api::start().await;
    for _ in 0..5 {
        let (owner, account) = api.owner_and_account().await;
        let owner2 = api.with_second_factor(&owner).await;

        // Accepting an invitation while the requirement goes on.
        let sue = api.person("sue").await;
        let invited = api
            .invite(&owner, &account, &sue.email, "campaign_creator")
            .await
            .expect(201, None);
        let token = token_of(&invited.body);
        required_while(&api, &owner2, &account, || async {
            let accepted = api
                .post("/invitations/accept", &sue, json!({"token": token}))
                .await;
            accepted.status.as_u16()
        })
        .await;
        let said = api.may(&sue, &account, "campaigns:edit").await;
        assert_eq!(said["reason"], "mfa_required", "{said}");
        lift(&api, &owner2, &account).await;

        // Inviting while the requirement goes on: the new user holds it too.
        let carol = api.person("carol").await;
        let mut invited = None;
        // The race's future keeps the answer, whose link is shown only once.
        let (inviting, slot) = (
            (&api, &owner2, &account, carol.email.as_str()),
            &mut invited,
        );
        required_while(&api, &owner2, &account, || async move {
            let (api, inviter, account, email) = inviting;
            let answer = api.invite(inviter, account, email, "account_manager").await;
            let status = answer.status.as_u16();
            *slot = Some(answer);
            status
        })
        .await;
        let token = token_of(&invited.expect("invited").body);
        api.post("/invitations/accept", &carol, json!({"token": token}))
            .await
            .expect(200, None);
        let said = api.may(&carol, &account, "campaigns:edit").await;
        assert_eq!(said["reason"], "mfa_required", "{said}");
        lift(&api, &owner2, &account).await;

        // A partner creating its user.
        let agency_owner = api.person("agency").await;
        let agency = api.partner_account(&agency_owner).await;
        api.enable_partner(&owner, &account, &agency, &agency_owner)
            .await;
        required_while(&api, &owner2, &account, || async {
            api.post(
                &format!("/accounts/{account}/partner-access/users"),
                &agency_owner,
                json!({"partner_account_id": agency}),
            )
            .await
            .status
            .as_u16()
        })
        .await;
        let said = api.may(&agency_owner, &account, "campaigns:edit").await;
        assert_eq!(said["reason"], "mfa_required", "{said}");
        lift(&api, &owner2, &account).await;

        // Reactivating a user.
        let bob = api.person("bob").await;
        let bob_id = api.join(&owner, &account, &bob, "account_manager").await;
        let bob_path = format!("/accounts/{account}/users/{bob_id}");
        api.post(&format!("{bob_path}/deactivate"), &owner, json!({}))
            .await
            .expect(200, None);
        required_while(&api, &owner2, &account, || async {
            api.post(&format!("{bob_path}/reactivate"), &owner2, json!({}))
                .await
                .status
                .as_u16()
        })
        .await;
        let said = api.may(&bob, &account, "campaigns:edit").await;
        assert_eq!(said["reason"], "mfa_required", "{said}");
        api.assert_seats_exact(&owner2, &account).await;
    }
}

/// Lifts the requirement again.
async fn lift(api: &Api, owner2: &Person, account: &str) {
    api.patch(
        &format!("/accounts/{account}"),
        owner2,
        json!({"require_mfa": false}),
    )
    .await
    .expect(200, None);
}

/// The partner routes check the caller's membership of the partner account
/// they name, so that account's requirement holds there too.
#[tokio::test]
async fn a_partner_account_s_requirement_holds_on_the_partner_routes() {
    let api = Api::start().await;
    let (owner, client) = api.owner_and_account().await;
    let agency_owner = api.person("agency").await;
    let agency = api.partner_account(&agency_owner).await;
    let agency_owner2 = api.with_second_factor(&agency_owner).await;
    api.patch(
        &format!("/accounts/{agency}"),
        &agency_owner2,
        json!({"require_mfa": true, "mfa_grace_days": 0}),
    )
    .await
    .expect(200, None);

    let request = format!("/accounts/{client}/partner-access/requests");
    let naming = json!({"partner_account_id": agency});
    api.post(&request, &agency_owner, naming.clone())
        .await
        .expect(403, Some("mfa_required"));
    api.post(&request, &agency_owner2, naming.clone())
        .await
        .expect(202, None);
    api.put(
        &format!("/accounts/{client}/partner-access"),
        &owner,
        json!({"enabled": true, "partner_account_id": agency}),
    )
    .await
    .expect(200, None);
    let users = format!("/accounts/{client}/partner-access/users");
    api.post(&users, &agency_owner, naming.clone())
        .await
        .expect(403, Some("mfa_required"));
    api.post(&users, &agency_owner2, naming)
        .await
        .expect(201, None);
}
