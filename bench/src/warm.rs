//! The warm path, in-process: the function handlers called directly with
//! API Gateway events, one after another, against moto. CPU time is this
//! thread's own (`/proc/thread-self/schedstat`): moto runs in another process,
//! so its time is not in it; what is in it is the handler, the AWS SDK
//! (serialization, signing, HTTP) and the event's parsing.

use e2e::{Api, Options};
use shared::http::{Body, Request, Response};
use std::time::{Duration, Instant};

pub const REQUESTS: usize = 300;

pub struct Warm {
    pub operation: &'static str,
    pub requests: usize,
    pub wall: Duration,
    pub p50: Duration,
    pub p99: Duration,
    pub cpu_per_request: Duration,
}

fn thread_cpu() -> Duration {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let ns = text
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    Duration::from_nanos(ns)
}

fn request(method: &str, route: &'static str, path: &str, account: &str, body: &[u8]) -> Request {
    let claims = [
        ("sub", "bench-owner"),
        ("email", "owner@bench.example"),
        ("email_verified", "true"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let mut headers = serde_json::Map::new();
    headers.insert("content-type".into(), "application/json".into());
    let event = local_api::event::build(&local_api::event::Incoming {
        method,
        route_path: route,
        raw_path: path,
        raw_query: "limit=50",
        headers,
        path_parameters: &[("account_id", account.to_owned())],
        claims: Some(claims),
        body,
    });
    lambda_http::request::from_str(&event.to_string()).unwrap()
}

async fn run<F, Fut>(operation: &'static str, mut call: F) -> Warm
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = Response<Body>>,
{
    let mut latencies = Vec::with_capacity(REQUESTS);
    let cpu = thread_cpu();
    let start = Instant::now();
    for i in 0..REQUESTS {
        let t = Instant::now();
        let res = call(i).await;
        latencies.push(t.elapsed());
        assert!(res.status().is_success(), "{operation}: {}", res.status());
    }
    let wall = start.elapsed();
    let cpu = thread_cpu() - cpu;
    latencies.sort();
    Warm {
        operation,
        requests: REQUESTS,
        wall,
        p50: latencies[REQUESTS / 2],
        p99: latencies[REQUESTS * 99 / 100],
        cpu_per_request: cpu / REQUESTS as u32,
    }
}

pub async fn measure() -> Vec<Warm> {
    let api = Api::start_with(Options {
        seat_limit: Some(100_000),
        ..Options::default()
    })
    .await;
    let deps = shared::Deps::new(
        shared::Config::from_lookup(|name| {
            Some(match name {
                "TABLE_NAME" => api.table.clone(),
                "INVITE_FROM_ADDRESS" => "invitations@roster.test".into(),
                "APP_BASE_URL" => "https://app.example.com".into(),
                "DEFAULT_SEAT_LIMIT" => "100000".into(),
                "INVITE_RATE_LIMIT" => "1000".into(),
                _ => return None,
            })
        })
        .unwrap(),
        &api.sdk,
    );
    let owner = api
        .person_with("bench-owner", "owner@bench.example", true)
        .await;
    let account = api.account(&owner).await;
    let users = format!("/accounts/{account}/users");
    let invite = run("invite", |i| {
        let body = format!(r#"{{"email":"warm{i}@bench.example","role":"campaign_creator"}}"#);
        let req = request(
            "POST",
            "/accounts/{account_id}/users",
            &users,
            &account,
            body.as_bytes(),
        );
        invite_user::handle(&deps, req)
    })
    .await;
    let list = run("list users (50 a page)", |_| {
        let req = request("GET", "/accounts/{account_id}/users", &users, &account, b"");
        list_users::handle(&deps, req)
    })
    .await;
    let question = format!(r#"{{"account_id":"{account}","permission":"contacts:export"}}"#);
    let ask = run("POST /authorize", |_| {
        let req = request(
            "POST",
            "/authorize",
            "/authorize",
            &account,
            question.as_bytes(),
        );
        authorize::handle(&deps, req)
    })
    .await;
    let authorizer = authorizer(&api, &deps, &owner, &account).await;
    vec![invite, list, ask, authorizer]
}

/// The Lambda authorizer on a warm process: JWT verification (RS256, the
/// local API's key, its JWKS fetched on the first request) and one read.
async fn authorizer(api: &Api, deps: &shared::Deps, owner: &e2e::Person, account: &str) -> Warm {
    let config = shared::authorizer::Authorizer::from_lookup(|name| {
        Some(match name {
            "JWT_ISSUER" => api.signer.issuer().to_owned(),
            "JWT_AUDIENCE" => local_api::jwt::CLIENT_ID.to_owned(),
            "ROUTE_PERMISSIONS" => {
                r#"{"GET /accounts/{account_id}/reports": "reports:view"}"#.to_owned()
            }
            _ => return None,
        })
    })
    .expect("a valid configuration");
    let event = serde_json::json!({
        "version": "2.0", "type": "REQUEST",
        "routeKey": "GET /accounts/{account_id}/reports",
        "headers": {"authorization": format!("Bearer {}", owner.token)},
        "pathParameters": {"account_id": account},
    });
    run("authorize-request (the Lambda authorizer)", |_| {
        let (event, config) = (event.clone(), &config);
        async move {
            let decision = authorize_request::handle(deps, config, event).await;
            assert_eq!(decision["isAuthorized"], true, "{decision}");
            Response::new(Body::Empty)
        }
    })
    .await
}

/// The sweep's read capacity over a table of `users` active users and 50
/// invitations that have expired: the sweep reads nothing but its index
/// queries (`Store::overdue_invitations`, one per shard), so those are run
/// here, without the 50 writes that follow (moto copies the whole table for
/// every transaction, which 100,000 items make too heavy for it).
pub async fn sweep_read_units(users: usize) -> f64 {
    let api = Api::start_with(Options {
        invite_ttl: Some("1s"),
        seat_limit: Some(100),
        ..Options::default()
    })
    .await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    for i in 0..50 {
        api.invite(
            &owner,
            &account,
            &format!("expiring{i}@bench.example"),
            "campaign_creator",
        )
        .await
        .expect(201, None);
    }
    api.bulk_users(users).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let store =
        shared::store::Store::new(aws_sdk_dynamodb::Client::new(&api.sdk), api.table.clone());
    let now = shared::time::now();
    let (mut found, mut units) = (0, 0.0);
    for shard in 0..shared::store::keys::PENDING_SHARDS {
        let (overdue, used) = store.overdue_invitations(shard, now).await.unwrap();
        found += overdue.len();
        units += used;
    }
    assert_eq!(found, 50);
    units
}
