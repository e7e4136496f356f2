//! Every function's sample events (`functions/<name>/events/*.json`), fed to
//! that function's own `handle` the way a deployed Lambda receives them
//! (`lambda_http::request::from_str`), against moto.
//!
//! The samples name placeholder ids and a placeholder token. With the
//! placeholders left in, each answers what a caller who names nothing real
//! should get (mostly 404); with real ids put in their place, in the right
//! order, each answers with success; without the authorizer's claims, 401.
//! Every answer is one that `infra/openapi.yaml` documents for its route.

use e2e::placeholders::{ACCOUNT, PARTNER, TOKEN, USER};
use e2e::{Api, Options, sleep_secs, token_of};
use serde_json::{Value, json};
use shared::Deps;
use shared::http::{Body, Request, Response};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Calls the `handle` of the function crate named `function`.
async fn handle(deps: &Deps, function: &str, req: Request) -> Response<Body> {
    match function {
        "accept-invitation" => accept_invitation::handle(deps, req).await,
        "authorize" => authorize::handle(deps, req).await,
        "change-role" => change_role::handle(deps, req).await,
        "create-account" => create_account::handle(deps, req).await,
        "create-partner-user" => create_partner_user::handle(deps, req).await,
        "deactivate-user" => deactivate_user::handle(deps, req).await,
        "delete-user" => delete_user::handle(deps, req).await,
        "get-account" => get_account::handle(deps, req).await,
        "get-me" => get_me::handle(deps, req).await,
        "get-partner-access" => get_partner_access::handle(deps, req).await,
        "get-user" => get_user::handle(deps, req).await,
        "invite-user" => invite_user::handle(deps, req).await,
        "leave-account" => leave_account::handle(deps, req).await,
        "update-account" => update_account::handle(deps, req).await,
        "offer-ownership" => offer_ownership::handle(deps, req).await,
        "withdraw-ownership-offer" => withdraw_ownership_offer::handle(deps, req).await,
        "accept-ownership" => accept_ownership::handle(deps, req).await,
        "review-access" => review_access::handle(deps, req).await,
        "list-audit-events" => list_audit_events::handle(deps, req).await,
        "list-roles" => list_roles::handle(deps, req).await,
        "list-users" => list_users::handle(deps, req).await,
        "preview-invitation" => preview_invitation::handle(deps, req).await,
        "reactivate-user" => reactivate_user::handle(deps, req).await,
        "request-partner-access" => request_partner_access::handle(deps, req).await,
        "resend-invitation" => resend_invitation::handle(deps, req).await,
        "revoke-invitation" => revoke_invitation::handle(deps, req).await,
        "set-partner-access" => set_partner_access::handle(deps, req).await,
        other => panic!(
            "{other} has HTTP sample events but no arm in `handle`: add its crate to \
             tests/Cargo.toml and here"
        ),
    }
}

fn functions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../functions")
}

fn sample(function: &str, file: &str) -> String {
    let path = functions_dir().join(function).join("events").join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every sample file: (function, file name, parsed JSON), in name order.
fn all_samples() -> Vec<(String, String, Value)> {
    let mut found = Vec::new();
    for function in std::fs::read_dir(functions_dir()).unwrap() {
        let function = function.unwrap();
        let name = function.file_name().to_string_lossy().into_owned();
        let Ok(events) = std::fs::read_dir(function.path().join("events")) else {
            continue;
        };
        for event in events {
            let file = event.unwrap().file_name().to_string_lossy().into_owned();
            let text = sample(&name, &file);
            let json: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{name}/events/{file} is not JSON: {e}"));
            found.push((name.clone(), file, json));
        }
    }
    found.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    found
}

/// An API Gateway HTTP API (payload 2.0) event, as opposed to a scheduled
/// one or a Lambda authorizer's (tests/tests/api/authorizer.rs runs those).
fn is_http(event: &Value) -> bool {
    event["version"] == "2.0" && event["routeKey"].is_string() && event.get("type").is_none()
}

/// Real ids for the placeholders; an empty one leaves its placeholder.
#[derive(Default)]
struct Ids {
    account: String,
    user: String,
    partner: String,
    token: String,
}

impl Ids {
    fn fill(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for (placeholder, id) in [
            (ACCOUNT, &self.account),
            (USER, &self.user),
            (PARTNER, &self.partner),
            (TOKEN, &self.token),
        ] {
            if !id.is_empty() {
                text = text.replace(placeholder, id);
            }
        }
        text
    }
}

#[derive(Debug)]
struct Answer {
    status: u16,
    content_type: Option<String>,
    body: Value,
    etag: Option<String>,
}

/// Runs one event (JSON text) through `function`'s handler, and checks that
/// `infra/openapi.yaml` documents the answer.
async fn invoke(deps: &Deps, function: &str, event: &str) -> Answer {
    let request = lambda_http::request::from_str(event)
        .unwrap_or_else(|e| panic!("{function}: not an API Gateway payload 2.0 event: {e}"));
    // On the heap: the handlers' futures together outgrow a test thread's
    // stack in a debug build.
    let res = Box::pin(handle(deps, function, request)).await;
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let answer = Answer {
        status: res.status().as_u16(),
        content_type: header("content-type"),
        etag: header("etag"),
        body: serde_json::from_slice(res.body().as_ref()).unwrap_or(Value::Null),
    };
    let event: Value = serde_json::from_str(event).unwrap();
    assert_documented(event["routeKey"].as_str().unwrap(), &answer);
    answer
}

/// `infra/openapi.yaml`, as JSON.
fn openapi() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../infra/openapi.yaml");
        serde_norway::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    })
}

/// Asserts that `infra/openapi.yaml` documents `answer` for `route_key`: its
/// status, and for a problem, its code among those the status lists.
#[track_caller]
fn assert_documented(route_key: &str, answer: &Answer) {
    let doc = openapi();
    let (method, path) = route_key.split_once(' ').unwrap();
    let operation = &doc["paths"][path][method.to_lowercase()];
    assert!(
        operation.is_object(),
        "{route_key} is not in infra/openapi.yaml"
    );
    let mut response = &operation["responses"][answer.status.to_string()];
    if let Some(target) = response["$ref"].as_str() {
        response = doc
            .pointer(target.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("infra/openapi.yaml has no {target}"));
    }
    assert!(
        response.is_object(),
        "{route_key} answered {}, which infra/openapi.yaml does not document: {:#}",
        answer.status,
        answer.body
    );
    let Some(code) = answer.body["code"].as_str() else {
        return;
    };
    assert_eq!(
        answer.content_type.as_deref(),
        Some("application/problem+json"),
        "{route_key}: {:#}",
        answer.body
    );
    let schema = &response["content"]["application/problem+json"]["schema"];
    let codes: Vec<&Value> = schema["allOf"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|part| part["properties"]["code"]["enum"].as_array())
        .flatten()
        .collect();
    assert!(
        codes.iter().any(|c| *c == code),
        "{route_key}: infra/openapi.yaml lists {codes:?} for {}, not {code}",
        answer.status
    );
}

/// Runs samples in order with the ids found so far, remembering which ran.
struct Run<'a> {
    deps: &'a Deps,
    ids: Ids,
    used: BTreeSet<(String, String)>,
}

impl Run<'_> {
    async fn sample(&mut self, function: &str, file: &str) -> Answer {
        self.used.insert((function.to_owned(), file.to_owned()));
        let event = self.ids.fill(&sample(function, file));
        invoke(self.deps, function, &event).await
    }

    /// Runs the sample and asserts its status; the answer.
    async fn expect(&mut self, function: &str, file: &str, status: u16) -> Answer {
        let answer = self.sample(function, file).await;
        assert_eq!(
            answer.status, status,
            "{function}/events/{file}: {:#}",
            answer.body
        );
        answer
    }

    /// The main sample of `function` (`api-gateway.json`), with `status`.
    async fn ok(&mut self, function: &str, status: u16) -> Value {
        self.expect(function, "api-gateway.json", status).await.body
    }
}

#[tokio::test]
async fn with_real_ids_every_sample_succeeds() {
    let api = Api::start().await;
    let deps = api.deps("7d");
    let mut run = Run {
        deps: &deps,
        ids: Ids::default(),
        used: BTreeSet::new(),
    };

    // The owner of every owner sample creates the account.
    let account = run.ok("create-account", 201).await;
    assert_eq!(account["name"], "Green Acres Realty");
    assert_eq!(account["seats_used"], 1);
    run.ids.account = account["id"].as_str().unwrap().to_owned();
    let answer = run.ok("authorize", 200).await;
    assert_eq!(answer["allowed"], true);
    assert_eq!(answer["reason"], "granted");
    let me = run.ok("get-me", 200).await;
    assert_eq!(me["accounts"][0]["account_id"], account["id"]);
    assert_eq!(me["accounts"][0]["role"], "owner");
    assert_eq!(run.ok("get-account", 200).await["id"], account["id"]);
    let renamed = run.ok("update-account", 200).await;
    assert_eq!(renamed["name"], "Green Acres Realty Group");
    assert_eq!(renamed["time_zone"], "America/Chicago");
    // The sample's caller is the owner, who cannot leave.
    let stays = run.expect("leave-account", "api-gateway.json", 409).await;
    assert_eq!(stays.body["code"], "owner_cannot_leave");
    let roles = run.ok("list-roles", 200).await;
    assert_eq!(roles["roles"][0]["role"], "owner");

    // Sue's invitation: invite, look, revoke, send again, accept.
    let invited = run.ok("invite-user", 201).await;
    assert_eq!(invited["user"]["status"], "pending");
    assert_eq!(invited["user"]["actions"], json!(["resend", "revoke"]));
    assert_eq!(invited["email"]["status"], "sent", "{invited:#}");
    run.ids.user = invited["user"]["id"].as_str().unwrap().to_owned();
    run.ids.token = token_of(&invited);
    let preview = run.ok("preview-invitation", 200).await;
    assert_eq!(preview["email"], "sue.casa@greenacresrealty.com");
    assert_eq!(preview["status"], "pending");
    assert_eq!(
        run.ok("list-users", 200).await["users"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let user = run.expect("get-user", "api-gateway.json", 200).await;
    assert!(
        user.etag
            .is_some_and(|tag| tag.starts_with('"') && tag.ends_with(".1\""))
    );
    assert_eq!(run.ok("revoke-invitation", 200).await["status"], "revoked");
    // The revoked link names nothing any more.
    let gone = run
        .expect("preview-invitation", "api-gateway.json", 404)
        .await;
    assert_eq!(gone.body["code"], "invitation_not_found");
    let resent = run.ok("resend-invitation", 200).await;
    assert_eq!(resent["user"]["status"], "pending");
    run.ids.token = token_of(&resent);
    let accepted = run.ok("accept-invitation", 200).await;
    assert_eq!(accepted["account_id"], account["id"]);
    assert_eq!(accepted["user"]["status"], "active");
    let review = run.ok("review-access", 200).await;
    assert_eq!(review["users"].as_array().unwrap().len(), 2);
    // Ownership offered to Sue and withdrawn; the samples' caller, the
    // owner, has no offer to take.
    assert_eq!(
        run.ok("offer-ownership", 201).await["user_id"],
        run.ids.user.as_str()
    );
    assert_eq!(run.ok("withdraw-ownership-offer", 204).await, Value::Null);
    let none = run
        .expect("accept-ownership", "api-gateway.json", 409)
        .await;
    assert_eq!(none.body["code"], "no_ownership_offer");

    // The owner's actions on an active user; the sample's tag names no
    // incarnation of this user, so it never matches.
    assert_eq!(run.ok("change-role", 200).await["role"], "account_manager");
    let stale = run.expect("change-role", "stale-if-match.json", 412).await;
    assert_eq!(stale.body["code"], "precondition_failed");
    assert_eq!(
        run.ok("deactivate-user", 200).await["status"],
        "deactivated"
    );
    assert_eq!(run.ok("reactivate-user", 200).await["status"], "active");
    run.ok("deactivate-user", 200).await;
    assert_eq!(run.ok("delete-user", 204).await, Value::Null);
    let deleted = run.expect("get-user", "api-gateway.json", 404).await;
    assert_eq!(deleted.body["code"], "user_not_found");
    let events = run.ok("list-audit-events", 200).await;
    assert_eq!(events["events"][0]["action"], "user.deleted");

    // Partner access: the agency (the caller of the partner samples) owns a
    // partner account, asks, is let in, creates its user, is let out.
    let agency = api
        .person_with("sample-agency", "pm@brightagency.example", true)
        .await;
    run.ids.partner = api.partner_account(&agency).await;
    let asked = run.ok("request-partner-access", 202).await;
    assert!(
        asked["partner_name"]
            .as_str()
            .unwrap()
            .starts_with("Agency")
    );
    let access = run.ok("get-partner-access", 200).await;
    assert_eq!(access["enabled"], false);
    assert_eq!(access["requests"].as_array().unwrap().len(), 1);
    assert_eq!(run.ok("set-partner-access", 200).await["enabled"], true);
    let partner_user = run.ok("create-partner-user", 201).await;
    assert_eq!(partner_user["role"], "account_manager");
    assert_eq!(partner_user["partner_account_id"], run.ids.partner.as_str());
    let off = run.expect("set-partner-access", "disable.json", 200).await;
    assert_eq!(off.body["enabled"], false);
    let users = run.ok("list-users", 200).await;
    let partner_user = users["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == partner_user["id"])
        .expect("the partner's user is listed");
    assert_eq!(partner_user["status"], "deactivated");

    // No HTTP sample went untried.
    let untried: Vec<_> = all_samples()
        .into_iter()
        .filter(|(_, _, event)| is_http(event))
        .map(|(function, file, _)| (function, file))
        .filter(|key| !run.used.contains(key))
        .collect();
    assert!(
        untried.is_empty(),
        "samples this test never ran: {untried:?}"
    );
}

/// What each sample answers with its placeholders in a table that holds
/// nothing: the status and, for errors, the problem's code.
fn placeholder_answer(function: &str) -> (u16, Option<&'static str>) {
    match function {
        "create-account" => (201, None),
        "get-me" | "list-roles" => (200, None),
        // Always 200: the answer says the caller is no member.
        "authorize" => (200, None),
        "preview-invitation" | "accept-invitation" => (404, Some("invitation_not_found")),
        // The caller is no member of the partner account it names: the client
        // account in the path is not in question, so this is not a 404.
        "request-partner-access" | "create-partner-user" => (403, Some("forbidden")),
        _ => (404, Some("account_not_found")),
    }
}

#[tokio::test]
async fn with_their_placeholders_the_samples_find_nothing() {
    let api = Api::start().await;
    let deps = api.deps("7d");
    for (function, file, event) in all_samples() {
        if !is_http(&event) {
            continue;
        }
        let answer = invoke(&deps, &function, &event.to_string()).await;
        let (status, code) = placeholder_answer(&function);
        assert_eq!(
            (answer.status, answer.body["code"].as_str()),
            (status, code),
            "{function}/events/{file}: {:#}",
            answer.body
        );
    }
}

#[tokio::test]
async fn without_claims_only_the_open_routes_answer() {
    let api = Api::start().await;
    let deps = api.deps("7d");
    for (function, file, mut event) in all_samples() {
        if !is_http(&event) {
            continue;
        }
        // What the handler sees if no authorizer passed claims. (Deployed, API
        // Gateway's authorizer refuses such a request before any function runs.)
        event["requestContext"]
            .as_object_mut()
            .unwrap()
            .remove("authorizer");
        let answer = invoke(&deps, &function, &event.to_string()).await;
        let expected = if function == "preview-invitation" {
            (404, Some("invitation_not_found"))
        } else if function == "list-roles" {
            (200, None)
        } else {
            (401, Some("unauthenticated"))
        };
        assert_eq!(
            (answer.status, answer.body["code"].as_str()),
            expected,
            "{function}/events/{file}: {:#}",
            answer.body
        );
    }
}

#[tokio::test]
async fn the_scheduled_sample_runs_the_sweep() {
    let api = Api::start_with(Options::expiring("1s")).await;
    let deps = api.deps("1s");
    let mut run = Run {
        deps: &deps,
        ids: Ids::default(),
        used: BTreeSet::new(),
    };
    run.ids.account = run.ok("create-account", 201).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run.ids.user = run.ok("invite-user", 201).await["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    sleep_secs(2).await;

    // What an EventBridge rule's schedule sends; the sweep ignores its content.
    let scheduled: Value =
        serde_json::from_str(&sample("expire-invitations", "scheduled.json")).unwrap();
    assert_eq!(scheduled["detail-type"], "Scheduled Event");
    assert_eq!(scheduled["source"], "aws.events");
    let report = expire_invitations::handle(&deps).await.unwrap();
    assert_eq!(report["expired"], 1, "{report}");
    assert_eq!(run.ok("get-user", 200).await["status"], "expired");
    let account = run.ok("get-account", 200).await;
    assert_eq!(
        account["seats_used"], 1,
        "the expired invitation's seat is free"
    );
    let again = expire_invitations::handle(&deps).await.unwrap();
    assert_eq!(again["expired"], 0, "{again}");
}

/// Without moto: each function has samples, each HTTP sample is an event of
/// a route the local API serves with that very function, and only the open
/// route's samples come without claims.
#[test]
fn every_function_has_samples_of_its_own_route() {
    let samples = all_samples();
    for dir in std::fs::read_dir(functions_dir()).unwrap() {
        let name = dir.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            samples.iter().any(|(function, _, _)| *function == name),
            "functions/{name}/events/ holds no sample event"
        );
    }
    for (function, file, event) in &samples {
        let at = format!("{function}/events/{file}");
        if !is_http(event) {
            let scheduled = event["detail-type"] == "Scheduled Event";
            let authorizer = event["type"] == "REQUEST" && event["version"] == "2.0";
            // tests/tests/api/delivery.rs runs these.
            let ses = event["source"] == "aws.ses" && function == "record-delivery";
            // tests/tests/api/events.rs runs these.
            let stream = event["Records"][0]["eventSource"] == "aws:dynamodb"
                && function == "publish-events";
            // tests/tests/api/pre_token.rs runs these.
            let cognito = event["triggerSource"]
                .as_str()
                .is_some_and(|t| t.starts_with("TokenGeneration_"))
                && function == "pre-token-generation";
            assert!(
                scheduled || authorizer || ses || stream || cognito,
                "{at}: an event of what?"
            );
            continue;
        }
        let route_key = event["routeKey"].as_str().unwrap();
        assert_eq!(event["requestContext"]["routeKey"], route_key, "{at}");
        let route = local_api::routes::ROUTES
            .iter()
            .find(|r| format!("{} {}", r.method, r.path) == route_key)
            .unwrap_or_else(|| panic!("{at}: no route {route_key}"));
        assert_eq!(
            route.function,
            function.replace('-', "_"),
            "{at}: {route_key} is served by another function"
        );
        let claims = &event["requestContext"]["authorizer"]["jwt"]["claims"];
        assert_eq!(
            claims.is_object(),
            route.signed_in,
            "{at}: claims must be there exactly when the route has the authorizer"
        );
        if route.signed_in {
            assert_eq!(claims["email_verified"], "true", "{at}: claims are strings");
        }
        lambda_http::request::from_str(&event.to_string())
            .unwrap_or_else(|e| panic!("{at}: not an API Gateway payload 2.0 event: {e}"));
    }
}
