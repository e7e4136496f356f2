//! Every function's sample event (`functions/<name>/events/`), fed to that
//! function's handler as a deployed Lambda would receive it. The samples name
//! placeholder ids and a placeholder token; this test puts real ones in their
//! place, in an order where each event's answer is a success.

use e2e::{Api, token_of};
use serde_json::{Value, json};
use shared::Deps;

const ACCOUNT: &str = "11111111-1111-4111-8111-111111111111";
const USER: &str = "22222222-2222-4222-8222-222222222222";
const PARTNER: &str = "33333333-3333-4333-8333-333333333333";
const TOKEN: &str = "SAMPLE_INVITATION_TOKEN";

struct Ids {
    account: String,
    user: String,
    partner: String,
    token: String,
}

fn sample(function: &str, file: &str) -> String {
    let path = format!(
        "{}/../functions/{function}/events/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Runs `function`'s sample event through its handler; the answer's status and body.
async fn invoke(deps: &Deps, function: &str, ids: &Ids) -> (u16, Value) {
    let event = sample(function, "api-gateway.json")
        .replace(ACCOUNT, &ids.account)
        .replace(USER, &ids.user)
        .replace(PARTNER, &ids.partner)
        .replace(TOKEN, &ids.token);
    let route = local_api::routes::ROUTES
        .iter()
        .find(|r| r.function.replace('_', "-") == function)
        .unwrap_or_else(|| panic!("no route is served by {function}"));
    let request =
        lambda_http::request::from_str(&event).expect("the sample is an API Gateway 2.0 event");
    let answer = (route.handler)(deps, request).await;
    let body = serde_json::from_slice(answer.body().as_ref()).unwrap_or(Value::Null);
    (answer.status().as_u16(), body)
}

#[tokio::test]
async fn every_sample_event_is_answered_by_its_function() {
    let api = Api::start().await;
    let deps = Deps::new(
        shared::Config::from_lookup(|name| {
            Some(match name {
                "TABLE_NAME" => api.table.clone(),
                "INVITE_FROM_ADDRESS" => "invitations@roster.test".into(),
                "APP_BASE_URL" => api.base.clone(),
                _ => return None,
            })
        })
        .unwrap(),
        &api.sdk,
    );
    // The people the samples' claims name.
    let owner = api
        .person_with("sample-owner", "owner@example.com", true)
        .await;
    let agency = api
        .person_with("sample-partner", "pm@agency.example", true)
        .await;
    let mut ids = Ids {
        account: api.account(&owner).await,
        user: String::new(),
        partner: String::new(),
        token: String::new(),
    };
    let expect = async |function: &str, ids: &Ids, status: u16| {
        let (got, body) = invoke(&deps, function, ids).await;
        assert_eq!(got, status, "{function}: {body:#}");
        body
    };

    let invited = expect("invite-user", &ids, 201).await;
    ids.user = invited["user"]["id"].as_str().unwrap().to_owned();
    ids.token = token_of(&invited);
    expect("preview-invitation", &ids, 200).await;
    ids.token = token_of(&expect("resend-invitation", &ids, 200).await);
    expect("accept-invitation", &ids, 200).await;
    expect("get-user", &ids, 200).await;
    expect("change-role", &ids, 200).await;
    expect("deactivate-user", &ids, 200).await;
    expect("reactivate-user", &ids, 200).await;
    api.post(
        &format!("/accounts/{}/users/{}/deactivate", ids.account, ids.user),
        &owner,
        json!({}),
    )
    .await
    .expect(200, None);
    expect("delete-user", &ids, 204).await;
    ids.user = expect("invite-user", &ids, 201).await["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    expect("revoke-invitation", &ids, 200).await;
    expect("get-account", &ids, 200).await;
    expect("get-me", &ids, 200).await;
    expect("list-users", &ids, 200).await;
    expect("list-audit-events", &ids, 200).await;
    expect("create-account", &ids, 201).await;

    let partner = api
        .post(
            "/accounts",
            &agency,
            json!({"name": "Agency", "kind": "partner"}),
        )
        .await;
    ids.partner = partner.expect(201, None).body["id"]
        .as_str()
        .unwrap()
        .to_owned();
    expect("request-partner-access", &ids, 202).await;
    expect("get-partner-access", &ids, 200).await;
    api.call(
        "PUT",
        &format!("/accounts/{}/partner-access", ids.account),
        Some(&owner),
        Some(json!({"enabled": true, "partner_account_id": ids.partner})),
    )
    .await
    .expect(200, None);
    expect("create-partner-user", &ids, 201).await;
    expect("set-partner-access", &ids, 200).await;

    // The sweep's scheduled event: its handler ignores the content.
    let scheduled: Value =
        serde_json::from_str(&sample("expire-invitations", "scheduled.json")).unwrap();
    assert_eq!(scheduled["detail-type"], "Scheduled Event");
    let report = expire_invitations::handle(&deps).await.unwrap();
    assert_eq!(report["expired"], 0);
}

#[test]
fn every_function_has_a_sample_event() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../functions");
    for entry in std::fs::read_dir(root).unwrap() {
        let dir = entry.unwrap().path();
        let events: Vec<_> = std::fs::read_dir(dir.join("events"))
            .map(|d| d.filter_map(Result::ok).collect())
            .unwrap_or_default();
        assert!(!events.is_empty(), "{} has no sample event", dir.display());
    }
}
