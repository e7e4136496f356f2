//! Section 1 beyond the tour: a check (`/authorize` and the authorizer) in
//! an account that requires a second factor, the requirement's switch over
//! accounts of `SWITCHED` users, a steady user's last-active marks, and the
//! pre-token-generation trigger's request to Cognito; all counted by the
//! tests' request recorder (`e2e::recorder`), as the tour is.

use e2e::recorder::Recorder;
use e2e::tour::Step;
use e2e::{Api, Options, Person, Request, Requests};
use serde_json::{Value, json};
use shared::authorizer::Authorizer;
use shared::second_factor::{Cognito, Outcome};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const AUTHORIZE_WITH: &str =
    "authorize, the account requiring a second factor: the caller with one";
pub const AUTHORIZE_WITHOUT: &str = "authorize, the same: the caller without one (refused)";
pub const AUTHORIZER_WITH: &str = "authorize-request (the authorizer), the account requiring a second factor: the caller with one";
pub const AUTHORIZER_WITHOUT: &str = "authorize-request, the same: the caller without one (denied)";
pub const TRIGGER_WITHOUT: &str =
    "pre-token-generation (a sign-in), the user without a second factor";
pub const TRIGGER_WITH: &str = "pre-token-generation, the user with one";

/// Users (the owner among them) of the accounts whose requirement is
/// switched on.
pub const SWITCHED: [usize; 2] = [10, 200];

/// `LAST_ACTIVE_EVERY` as deployed (its default, which `measure` checks).
const DEPLOYED_EVERY: &str = "15m";
/// Checks one after another in one period of `DEPLOYED_EVERY`, the first
/// of them finding the mark stale.
pub const BURST_CHECKS: usize = 1_000;
/// The clock's stand-in (the code reads the system's): a short period, and
/// checks at a steady pace over several of them.
const SHORT_EVERY: &str = "1s";
pub const STEADY_PACE: Duration = Duration::from_millis(100);
pub const STEADY_SPAN: Duration = Duration::from_secs(10);

pub struct Checks {
    /// Rows beside the tour's: the checks, and the trigger's sign-ins.
    pub steps: Vec<Step>,
    pub switches: Vec<Switch>,
    pub marks: Marks,
}

/// The requirement switched on in an account of `users`.
pub struct Switch {
    pub users: usize,
    pub requests: Vec<Request>,
}

/// A steady user's checks and the marks they made.
pub struct Marks {
    /// `LAST_ACTIVE_EVERY` as deployed.
    pub every: Duration,
    /// `BURST_CHECKS` back to back in one such period: their requests.
    pub burst: Vec<Request>,
    /// The short period, and the requests of checks every `STEADY_PACE`
    /// over `STEADY_SPAN` with it.
    pub short_every: Duration,
    pub steady: Vec<Request>,
}

impl Marks {
    /// The marks' transactions among `requests`.
    pub fn writes(requests: &[Request]) -> usize {
        requests
            .iter()
            .filter(|r| r.operation == "dynamodb:TransactWriteItems")
            .count()
    }
}

/// A deployed function's dependencies over `api`'s table, its DynamoDB
/// requests recorded into `requests`.
pub fn recorded_deps(api: &Api, requests: Arc<Requests>) -> shared::Deps {
    let mut deps = api.deps("7d");
    let db = shared::deps::dynamodb_config(&api.sdk)
        .interceptor(Recorder(requests))
        .build();
    deps.store =
        shared::store::Store::new(aws_sdk_dynamodb::Client::from_conf(db), api.table.clone());
    deps
}

/// Lets a check's background write (its last-active mark) land, so that it
/// is counted with the check that made it.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(300)).await;
}

pub async fn measure() -> Checks {
    let requests = Arc::new(Requests::default());
    let api = Api::start_with(Options {
        requests: Some(requests.clone()),
        seat_limit: Some(1_000),
        rate_limit: Some(1_000),
        ..Options::default()
    })
    .await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let settings = format!("/accounts/{account}");
    let now = json!({"require_mfa": true, "mfa_grace_days": 0});
    let owner_with = api.with_second_factor(&owner).await;
    api.patch(&settings, &owner_with, now)
        .await
        .expect(200, None);
    let sue_with = api.with_second_factor(&sue).await;
    let mut steps = Vec::new();
    settle().await;
    requests.take();
    let question = json!({"account_id": account, "permission": "campaigns:edit"});
    for (who, operation, allowed) in [
        (&sue_with, AUTHORIZE_WITH, true),
        (&sue, AUTHORIZE_WITHOUT, false),
    ] {
        let said = api.post("/authorize", who, question.clone()).await;
        assert_eq!(said.expect(200, None).body["allowed"], allowed);
        settle().await;
        let requests = requests.take_detailed();
        steps.push(Step {
            operation,
            requests,
        });
    }
    let mut deps = recorded_deps(&api, requests.clone());
    // As the API's (`Options`): the mark made as Sue joined stays fresh, so
    // these rows show a check, not the mark's first write (`Marks` has it).
    deps.config.last_active_every = Duration::from_secs(24 * 3600);
    let authorizer = authorizer(&api);
    for (who, operation, allowed) in [
        (&sue_with, AUTHORIZER_WITH, true),
        (&sue, AUTHORIZER_WITHOUT, false),
    ] {
        let event = authorizer_event(&account, who);
        let decision = authorize_request::handle(&deps, &authorizer, event).await;
        assert_eq!(decision["isAuthorized"], allowed, "{decision}");
        settle().await;
        let requests = requests.take_detailed();
        steps.push(Step {
            operation,
            requests,
        });
    }
    steps.extend(trigger().await);
    let switches = switches(&api, &requests).await;
    let marks = marks(&api, &sue_with, &account, &sue_id).await;
    Checks {
        steps,
        switches,
        marks,
    }
}

/// The authorizer over the local API's sign-in, for one route (the warm
/// section's too).
pub fn authorizer(api: &Api) -> Authorizer {
    Authorizer::from_lookup(|name| {
        Some(match name {
            "JWT_ISSUER" => api.signer.issuer().to_owned(),
            "JWT_AUDIENCE" => local_api::jwt::CLIENT_ID.to_owned(),
            "ROUTE_PERMISSIONS" => {
                r#"{"GET /accounts/{account_id}/reports": "reports:view"}"#.to_owned()
            }
            _ => return None,
        })
    })
    .expect("a valid configuration")
}

fn authorizer_event(account: &str, who: &Person) -> Value {
    json!({
        "version": "2.0", "type": "REQUEST",
        "routeKey": "GET /accounts/{account_id}/reports",
        "rawPath": format!("/accounts/{account}/reports"),
        "headers": {"authorization": format!("Bearer {}", who.token)},
        "pathParameters": {"account_id": account},
    })
}

/// The trigger's handler for a sign-in of a user of moto's Cognito, before
/// and after the user enables an authenticator app.
async fn trigger() -> Vec<Step> {
    let requests = Arc::new(Requests::default());
    let pool = e2e::cognito::Pool::new().await;
    let sdk = shared::aws::sdk_config().await;
    let builder = shared::second_factor::sdk::config::Builder::from(&sdk)
        .interceptor(Recorder(requests.clone()));
    let cognito = Cognito::from_builder(builder);
    let mut steps = Vec::new();
    for (operation, outcome) in [
        (TRIGGER_WITHOUT, Outcome::NoSecondFactor),
        (TRIGGER_WITH, Outcome::SecondFactor),
    ] {
        if outcome == Outcome::SecondFactor {
            pool.enable_totp().await;
        }
        let answered = pre_token_generation::handle(&cognito, pool.event()).await;
        assert_eq!(answered.outcome, outcome);
        let requests = requests.take_detailed();
        steps.push(Step {
            operation,
            requests,
        });
    }
    steps
}

/// The requirement switched on by an owner with a second factor, in a new
/// account of each of `SWITCHED` active users.
async fn switches(api: &Api, requests: &Requests) -> Vec<Switch> {
    let mut switches = Vec::new();
    for users in SWITCHED {
        let owner = api.person("owner").await;
        let account = api.account(&owner).await;
        for _ in 1..users {
            let who = api.person("user").await;
            api.join(&owner, &account, &who, "campaign_creator").await;
        }
        let owner = api.with_second_factor(&owner).await;
        requests.take();
        let on = json!({"require_mfa": true});
        let path = format!("/accounts/{account}");
        api.patch(&path, &owner, on).await.expect(200, None);
        let requests = requests.take_detailed();
        switches.push(Switch { users, requests });
    }
    switches
}

/// Takes the mark off `who`'s user and membership, as if never seen: the
/// next check finds it stale, whatever the period.
async fn unmark(api: &Api, account: &str, user_id: &str, who: &Person) {
    use aws_sdk_dynamodb::types::AttributeValue;
    use shared::store::keys::{Key, PK, SK};
    let account = account.parse().unwrap();
    let db = aws_sdk_dynamodb::Client::new(&api.sdk);
    for key in [
        Key::user(account, user_id.parse().unwrap()),
        Key::member(&who.sub, account),
    ] {
        db.update_item()
            .table_name(&api.table)
            .key(PK, AttributeValue::S(key.pk))
            .key(SK, AttributeValue::S(key.sk))
            .update_expression("REMOVE last_active_at")
            .send()
            .await
            .expect("the mark taken off");
    }
}

/// `who`'s checks in `account` (as the user `user_id`) through APIs over
/// `api`'s table that keep the mark by other periods.
async fn marks(api: &Api, who: &Person, account: &str, user_id: &str) -> Marks {
    let deployed = shared::Config::from_lookup(|name| {
        Some(match name {
            "TABLE_NAME" | "INVITE_FROM_ADDRESS" => "bench".to_owned(),
            "APP_BASE_URL" => "https://app.example.com/".to_owned(),
            _ => return None,
        })
    })
    .expect("the defaults")
    .last_active_every;
    let every = humantime::parse_duration(DEPLOYED_EVERY).unwrap();
    assert_eq!(
        every, deployed,
        "DEPLOYED_EVERY is LAST_ACTIVE_EVERY's default"
    );
    let question = json!({"account_id": account, "permission": "campaigns:edit"});
    let over = |period: &'static str| {
        let requests = Arc::new(Requests::default());
        let options = Options {
            table: Some(api.table.clone()),
            requests: Some(requests.clone()),
            last_active_every: Some(period),
            ..Options::default()
        };
        async move { (Api::start_with(options).await, requests) }
    };
    let (burst_api, recorded) = over(DEPLOYED_EVERY).await;
    unmark(api, account, user_id, who).await;
    for _ in 0..BURST_CHECKS {
        let said = burst_api.post("/authorize", who, question.clone()).await;
        said.expect(200, None);
    }
    settle().await;
    let burst = recorded.take_detailed();
    let (steady_api, recorded) = over(SHORT_EVERY).await;
    let start = Instant::now();
    let mut next = start;
    while next - start < STEADY_SPAN {
        tokio::time::sleep_until(next.into()).await;
        let said = steady_api.post("/authorize", who, question.clone()).await;
        said.expect(200, None);
        next += STEADY_PACE;
    }
    settle().await;
    Marks {
        every,
        burst,
        short_every: humantime::parse_duration(SHORT_EVERY).unwrap(),
        steady: recorded.take_detailed(),
    }
}
