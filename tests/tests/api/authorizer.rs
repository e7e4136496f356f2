//! `authorize-request`, the Lambda authorizer of the product's other APIs:
//! its sample event, signed by the local API's key and verified against the
//! local API's JWKS with the same code that verifies Cognito's, allows the
//! right caller with its context; every deny path denies with real tokens
//! (expired, not yet valid, wrong issuer, wrong audience, unknown key, `alg:
//! none`, HS256 keyed by the public key, access tokens where ID tokens are
//! wanted), and so do an unmapped route, a missing account, a deactivated or
//! limited member. Each request reads DynamoDB once. The context names the
//! address only when the token says its issuer verified it.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use e2e::{Api, Options, Person, Requests};
use serde_json::{Value, json};
use shared::authorizer::Authorizer;
use std::sync::Arc;

const ROUTES: &str = r#"{
    "POST /accounts/{account_id}/lists/{list_id}/exports": "contacts:export",
    "GET /accounts/{account_id}/reports": "reports:view"
}"#;

fn authorizer(api: &Api, token_use: &str) -> Authorizer {
    Authorizer::from_lookup(|name| {
        Some(match name {
            "JWT_ISSUER" => api.signer.issuer().to_owned(),
            "JWT_AUDIENCE" => local_api::jwt::CLIENT_ID.to_owned(),
            "JWT_TOKEN_USE" => token_use.to_owned(),
            "ROUTE_PERMISSIONS" => ROUTES.to_owned(),
            "MFA_CLAIM" => "roster_mfa".to_owned(),
            _ => return None,
        })
    })
    .expect("a valid configuration")
}

fn deps(api: &Api, requests: Option<Arc<Requests>>) -> shared::Deps {
    let config = shared::Config::from_lookup(|name| {
        Some(match name {
            "TABLE_NAME" => api.table.clone(),
            "INVITE_FROM_ADDRESS" => "invitations@roster.test".into(),
            "APP_BASE_URL" => api.base.clone(),
            _ => return None,
        })
    })
    .unwrap();
    let mut deps = shared::Deps::new(config, &api.sdk);
    if let Some(requests) = requests {
        let db = shared::deps::dynamodb_config(&api.sdk)
            .interceptor(e2e::recorder::Recorder(requests))
            .build();
        deps.store =
            shared::store::Store::new(aws_sdk_dynamodb::Client::from_conf(db), api.table.clone());
    }
    deps
}

/// The sample event, for `account` and `token`.
fn event(account: &str, token: &str) -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../functions/authorize-request/events/api-gateway-authorizer.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(
        &text
            .replace(e2e::placeholders::ACCOUNT, account)
            .replace(e2e::placeholders::BEARER_TOKEN, token),
    )
    .unwrap()
}

fn now() -> u64 {
    jsonwebtoken::get_current_timestamp()
}

/// The claims of a valid ID token of `who`, with `changes` on top.
fn id_claims(api: &Api, who: &Person, changes: Value) -> Value {
    let mut c = json!({
        "sub": who.sub, "email": who.email, "email_verified": true, "token_use": "id",
        "iss": api.signer.issuer(), "aud": local_api::jwt::CLIENT_ID,
        "iat": now(), "exp": now() + 600,
    });
    c.as_object_mut()
        .unwrap()
        .extend(changes.as_object().unwrap().clone());
    c
}

#[tokio::test]
async fn the_authorizer_allows_exactly_the_right_caller() {
    let api = Api::start_with(Options::default()).await;
    let requests = Arc::new(Requests::default());
    let deps = deps(&api, Some(requests.clone()));
    let auth = authorizer(&api, "id");
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "account_manager").await;
    let decide = |token: String, account: String| {
        let (deps, auth) = (&deps, &auth);
        async move { authorize_request::handle(deps, auth, event(&account, &token)).await }
    };

    // Allowed, with who is calling in the context, from one read.
    requests.take();
    let allowed = decide(sue.token.clone(), account.clone()).await;
    assert_eq!(allowed["isAuthorized"], true, "{allowed}");
    let context = &allowed["context"];
    assert_eq!(context["account_id"], account);
    assert_eq!(context["sub"], sue.sub);
    assert_eq!(context["email"], sue.email);
    assert_eq!(context["role"], "account_manager");
    assert!(
        context["permissions"]
            .as_str()
            .unwrap()
            .split(' ')
            .any(|p| p == "contacts:export")
    );
    assert_eq!(requests.take(), ["dynamodb:GetItem"]);

    // Limited to other lists, then export withheld: denied at once; both
    // lifted: allowed again.
    let path = format!("/accounts/{account}/users/{sue_id}");
    for (limits, allowed) in [
        (json!({"list_ids": ["vip"]}), false),
        (
            json!({"list_ids": ["newsletter"], "withheld_permissions": ["contacts:export"]}),
            false,
        ),
        (json!({"withheld_permissions": []}), true),
    ] {
        api.patch(&path, &owner, limits.clone())
            .await
            .expect(200, None);
        assert_eq!(
            decide(sue.token.clone(), account.clone()).await["isAuthorized"],
            allowed,
            "after {limits}"
        );
    }
    // Deactivated: denied on the very next request.
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(
        decide(sue.token.clone(), account.clone()).await["isAuthorized"],
        false
    );
    // Not a member, or another account: denied.
    let stranger = api.person("stranger").await;
    assert_eq!(
        decide(stranger.token.clone(), account.clone()).await["isAuthorized"],
        false
    );
    let other = api.account(&stranger).await;
    assert_eq!(
        decide(owner.token.clone(), other).await["isAuthorized"],
        false
    );
    // An unmapped route, or no account in the path: denied.
    let mut unmapped = event(&account, &owner.token);
    unmapped["routeKey"] = json!("DELETE /accounts/{account_id}");
    assert_eq!(
        authorize_request::handle(&deps, &auth, unmapped).await["isAuthorized"],
        false
    );
    let mut no_account = event(&account, &owner.token);
    no_account["pathParameters"]
        .as_object_mut()
        .unwrap()
        .remove("account_id");
    assert_eq!(
        authorize_request::handle(&deps, &auth, no_account).await["isAuthorized"],
        false
    );
    assert_eq!(
        authorize_request::handle(&deps, &auth, json!({"garbage": true})).await,
        json!({"isAuthorized": false})
    );
    // The owner may.
    assert_eq!(
        decide(owner.token.clone(), account.clone()).await["isAuthorized"],
        true
    );
}

#[tokio::test]
async fn the_authorizer_denies_from_the_instant_access_ends_in_one_read() {
    let api = Api::start_with(Options::ending("1h", "3d")).await;
    let requests = Arc::new(Requests::default());
    let deps = deps(&api, Some(requests.clone()));
    let auth = authorizer(&api, "id");
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "account_manager").await;
    let end = shared::time::rfc3339(shared::time::now() + 2);
    api.patch(
        &format!("/accounts/{account}/users/{sue_id}"),
        &owner,
        json!({"access_until": end}),
    )
    .await
    .expect(200, None);
    let decide = || authorize_request::handle(&deps, &auth, event(&account, &sue.token));
    assert_eq!(decide().await["isAuthorized"], true);
    e2e::sleep_secs(3).await;
    // Before any sweep has written it.
    requests.take();
    assert_eq!(decide().await["isAuthorized"], false);
    assert_eq!(requests.take(), ["dynamodb:GetItem"]);
}

#[tokio::test]
async fn the_authorizer_wants_the_second_factor_the_account_requires_in_one_read() {
    let api = Api::start().await;
    let requests = Arc::new(Requests::default());
    let deps = deps(&api, Some(requests.clone()));
    let auth = authorizer(&api, "id");
    let (owner, account) = api.owner_and_account().await;
    let owner2 = api.with_second_factor(&owner).await;
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "account_manager").await;
    api.patch(
        &format!("/accounts/{account}"),
        &owner2,
        json!({"require_mfa": true, "mfa_grace_days": 0}),
    )
    .await
    .expect(200, None);
    let token = |changes: Value| api.signer.sign(id_claims(&api, &sue, changes));
    let cases = [
        ("no second factor", token(json!({})), false),
        ("amr mfa", token(json!({"amr": ["pwd", "mfa"]})), true),
        ("amr otp", token(json!({"amr": ["otp"]})), true),
        ("amr pwd only", token(json!({"amr": ["pwd"]})), false),
        (
            "the deployment's claim",
            token(json!({"roster_mfa": "true"})),
            true,
        ),
        (
            "the claim saying false",
            token(json!({"roster_mfa": "false"})),
            false,
        ),
        (
            "the claim under another key",
            local_api::jwt::Signer::generate(api.signer.issuer()).sign(id_claims(
                &api,
                &sue,
                json!({"roster_mfa": "true"}),
            )),
            false,
        ),
    ];
    for (what, token, allowed) in cases {
        requests.take();
        let answer = authorize_request::handle(&deps, &auth, event(&account, &token)).await;
        assert_eq!(answer["isAuthorized"], allowed, "{what}: {answer}");
        let reads = requests.take();
        assert!(reads.len() <= 1, "{what}: {reads:?}");
    }
}

#[tokio::test]
async fn every_bad_token_is_denied() {
    let api = Api::start().await;
    let deps = deps(&api, None);
    let auth = authorizer(&api, "id");
    let (owner, account) = api.owner_and_account().await;
    let claims = |changes: Value| id_claims(&api, &owner, changes);
    let good = api.signer.sign(claims(json!({})));
    let header = |token: &str| token.split('.').next().unwrap().to_owned();
    let payload = good.split('.').nth(1).unwrap().to_owned();
    let none = format!(
        "{}.{payload}.",
        URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#)
    );
    let jwks = serde_json::to_vec(&api.signer.jwks()).unwrap();
    let hs256 = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims(json!({})),
        &jsonwebtoken::EncodingKey::from_secret(&jwks),
    )
    .unwrap();
    let stranger_key = local_api::jwt::Signer::generate(api.signer.issuer());
    let tampered = format!(
        "{}.{}.{}",
        header(&good),
        URL_SAFE_NO_PAD
            .encode(serde_json::to_vec(&claims(json!({"sub": "someone-else"}))).unwrap()),
        good.split('.').nth(2).unwrap()
    );
    let bad = [
        (
            "expired",
            api.signer.sign(claims(json!({"exp": now() - 120}))),
        ),
        (
            "not yet valid",
            api.signer.sign(claims(json!({"nbf": now() + 600}))),
        ),
        (
            "wrong issuer",
            api.signer
                .sign(claims(json!({"iss": "https://issuer.example"}))),
        ),
        (
            "wrong audience",
            api.signer.sign(claims(json!({"aud": "another-client"}))),
        ),
        ("an access token", api.signer.access_token(&owner.sub)),
        ("unknown key", stranger_key.sign(claims(json!({})))),
        ("alg none", none),
        ("HS256 keyed by the public key", hs256),
        ("tampered", tampered),
        ("garbage", "not.a.jwt".to_owned()),
        ("empty", String::new()),
    ];
    assert_eq!(
        authorize_request::handle(&deps, &auth, event(&account, &good)).await["isAuthorized"],
        true
    );
    for (what, token) in bad {
        let answer = authorize_request::handle(&deps, &auth, event(&account, &token)).await;
        assert_eq!(answer, json!({"isAuthorized": false}), "{what}");
    }
    // Configured for access tokens too, Cognito's access tokens pass.
    let any = authorizer(&api, "any");
    let access = api.signer.access_token(&owner.sub);
    let answer = authorize_request::handle(&deps, &any, event(&account, &access)).await;
    assert_eq!(answer["isAuthorized"], true, "{answer}");
    assert_eq!(answer["context"]["email"], "");
}

#[tokio::test]
async fn the_context_carries_the_email_only_when_the_token_says_it_is_verified() {
    let api = Api::start().await;
    let deps = deps(&api, None);
    let auth = authorizer(&api, "id");
    let (owner, account) = api.owner_and_account().await;
    // Cognito writes a JSON boolean; some issuers write the string.
    for (verified, email) in [
        (json!(true), owner.email.as_str()),
        (json!("true"), owner.email.as_str()),
        (json!(false), ""),
        (json!("false"), ""),
        (json!(null), ""),
        (json!(1), ""),
    ] {
        let token = api
            .signer
            .sign(id_claims(&api, &owner, json!({"email_verified": verified})));
        let answer = authorize_request::handle(&deps, &auth, event(&account, &token)).await;
        assert_eq!(answer["isAuthorized"], true, "{verified}: {answer}");
        assert_eq!(answer["context"]["email"], email, "{verified}");
    }
    let mut unsaid = id_claims(&api, &owner, json!({}));
    unsaid.as_object_mut().unwrap().remove("email_verified");
    let answer =
        authorize_request::handle(&deps, &auth, event(&account, &api.signer.sign(unsaid))).await;
    assert_eq!(answer["context"]["email"], "", "{answer}");
}
