//! The warm path, in a process of its own (`roster-bench warm`): each
//! operation's handler called in-process, one request after another, with
//! the event API Gateway (or EventBridge) would hand the function, against
//! moto. Whatever a request needs first (an invitation to revoke, a user to
//! reactivate) is made before it, outside what is measured.
//!
//! What is measured for each request is `measured`: the event's parsing,
//! the handler with its span and closing log line (JSON, to a sink), the
//! AWS SDK (serialization, signing, HTTP) and the answer. It runs on a
//! current-thread runtime, so all of it is on this thread: its CPU time is
//! the thread's own (`/proc/thread-self/schedstat`; moto runs in another
//! process, so its time is not in it), and its instructions are what
//! callgrind counts inside `measured` (`--toggle-collect`, see
//! `crate::instructions`).

use e2e::operations::*;
use e2e::{Api, Options, Person, token_of};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use shared::Deps;
use shared::authorizer::Authorizer;
use shared::lambda::Handler;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::time::{Duration, Instant};
use tokio::runtime::Runtime;

/// Requests before the measured ones: the first opens the connection.
pub const WARM_UP: usize = 3;

/// Measured requests per operation for time.
pub const REQUESTS: usize = 60;

/// Measured requests per operation under a 128 MB function's CPU quotas.
pub const QUOTA_REQUESTS: usize = 30;

/// The operations, in the order of the report: the HTTP API's routes (as
/// the functions are named), the Lambda authorizer and `record-delivery`.
pub const OPERATIONS: &[&str] = &[
    CREATE_ACCOUNT,
    GET_ACCOUNT,
    ME,
    INVITE,
    LIST_USERS,
    GET_USER,
    RESEND,
    PREVIEW_INVITATION,
    ACCEPT_INVITATION,
    CHANGE_ROLE,
    DEACTIVATE,
    REACTIVATE,
    DELETE,
    REVOKE,
    LIST_AUDIT_EVENTS,
    REQUEST_PARTNER_ACCESS,
    GET_PARTNER_ACCESS,
    ENABLE_PARTNER_ACCESS,
    CREATE_PARTNER_USER,
    AUTHORIZE,
    AUTHORIZER,
    RECORD_DELIVERY,
];

/// What one process measured of one operation.
#[derive(Serialize, Deserialize)]
pub struct Warm {
    pub operation: String,
    pub requests: usize,
    /// Wall time of each request, sorted.
    pub latencies: Vec<Duration>,
    pub cpu: Duration,
    /// The part of `cpu` spent in the kernel (system calls, loopback TCP).
    pub system: Duration,
}

impl Warm {
    pub fn p50(&self) -> Duration {
        self.latencies[self.latencies.len() / 2]
    }

    pub fn p99(&self) -> Duration {
        self.latencies[self.latencies.len() * 99 / 100]
    }

    pub fn cpu_per_request(&self) -> Duration {
        self.cpu / self.requests as u32
    }

    pub fn system_per_request(&self) -> Duration {
        self.system / self.requests as u32
    }
}

/// This thread's CPU time in the kernel so far (`getrusage`).
fn thread_system_cpu() -> Duration {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is a valid rusage for the call to fill in.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_THREAD, usage.as_mut_ptr());
        usage.assume_init()
    };
    Duration::from_secs(usage.ru_stime.tv_sec as u64)
        + Duration::from_micros(usage.ru_stime.tv_usec as u64)
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

/// An event as the function receives it.
enum Event {
    Http {
        function: &'static str,
        handler: Handler,
        json: String,
    },
    Authorizer(String),
    Delivery(String),
}

/// A handler's answer: its status and body (left as the function returns
/// it: reading it is no work of the function's).
struct Answer {
    status: u16,
    body: Answered,
}

enum Answered {
    Http(lambda_http::Body),
    Json(Value),
}

impl Answer {
    fn json(self) -> Value {
        match self.body {
            Answered::Http(body) => serde_json::from_slice(&body).unwrap_or_default(),
            Answered::Json(value) => value,
        }
    }
}

type Serving<'a> = Pin<Box<dyn Future<Output = Answer> + 'a>>;

/// Serves `event` as the function's `main` would (`shared::lambda`).
fn serve<'a>(deps: &'a Deps, authorizer: &'a Authorizer, event: &'a Event) -> Serving<'a> {
    Box::pin(async move {
        match event {
            Event::Http {
                function,
                handler,
                json,
            } => {
                let req = lambda_http::request::from_str(json).expect("an HTTP API event");
                let res = shared::lambda::invoke(function, *handler, deps, req).await;
                Answer {
                    status: res.status().as_u16(),
                    body: Answered::Http(res.into_body()),
                }
            }
            Event::Authorizer(json) => {
                let event = serde_json::from_str(json).expect("an authorizer event");
                let span = shared::observe::operation_span("authorize_request", "bench");
                let decision = authorize_request::handle(deps, authorizer, event);
                let status = shared::lambda::decision_status;
                let decision = shared::observe::observed(span, decision, status).await;
                Answer {
                    status: status(&decision),
                    body: Answered::Json(decision),
                }
            }
            Event::Delivery(json) => {
                let event = serde_json::from_str(json).expect("an SES event");
                let body = record_delivery::handle(deps, event)
                    .await
                    .expect("the event is recorded");
                let status = if body["outcome"] == "recorded" {
                    200
                } else {
                    500
                };
                Answer {
                    status,
                    body: Answered::Json(body),
                }
            }
        }
    })
}

/// The measured request. Not inlined, so that callgrind can count what runs
/// inside it (`--toggle-collect=roster_bench::warm::measured`); everything
/// the runtime does for the request (the connection's task too) runs
/// within this `block_on`.
#[inline(never)]
fn measured(rt: &Runtime, serving: Serving<'_>) -> Answer {
    rt.block_on(serving)
}

/// Marks the end of an operation's requests: callgrind writes out what it
/// counted so far (`--dump-after=roster_bench::warm::operation_done`).
#[inline(never)]
fn operation_done(operation: &str) {
    std::hint::black_box(operation);
}

/// The claims API Gateway's JWT authorizer passes on for `who`.
fn claims(who: &Person) -> std::collections::HashMap<String, String> {
    [
        ("sub", who.sub.as_str()),
        ("email", who.email.as_str()),
        ("email_verified", "true"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

/// The HTTP API event of a request to `path`, by `who` (signed in) or no one.
fn http(method: &str, path: &str, who: Option<&Person>, body: Value) -> Event {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let local_api::routes::Found::Route(route, params) = local_api::routes::find(method, path)
    else {
        panic!("no route for {method} {path}");
    };
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    let mut headers = serde_json::Map::new();
    if !body.is_empty() {
        headers.insert("content-type".into(), "application/json".into());
    }
    let json = local_api::event::build(&local_api::event::Incoming {
        method,
        route_path: route.path,
        raw_path: path,
        raw_query: query,
        headers,
        path_parameters: &params,
        claims: who.map(claims),
        body: body.as_bytes(),
    })
    .to_string();
    Event::Http {
        function: route.function,
        handler: route.handler,
        json,
    }
}

/// One operation's table, account and the people and ids its requests need.
struct Bench {
    rt: Runtime,
    api: Api,
    deps: Deps,
    authorizer: Authorizer,
    owner: Person,
    account: String,
    /// An active user of the account (`change role`, `deactivate`...): path.
    member: String,
    /// The partner account and its owner (partner access).
    partner: String,
    agency: Person,
}

impl Bench {
    /// A fresh table, an owner and their account, a partner account with a
    /// live request for access, and an active user.
    fn new(rt: Runtime) -> Bench {
        let made = rt.block_on(async {
            let api = Api::start_with(Options {
                seat_limit: Some(10_000),
                rate_limit: Some(1_000),
                ..Options::default()
            })
            .await;
            let mut deps = api.deps("7d");
            deps.config.default_seat_limit = 10_000;
            deps.config.invite_rate_limit = 1_000;
            let authorizer = crate::checks::authorizer(&api);
            let owner = api.person("owner").await;
            let account = api.account(&owner).await;
            let agency = api.person("agency").await;
            let partner = api.partner_account(&agency).await;
            let member = api.person("member").await;
            let member = api
                .join(&owner, &account, &member, "campaign_creator")
                .await;
            (
                api, deps, authorizer, owner, account, member, partner, agency,
            )
        });
        let (api, deps, authorizer, owner, account, member, partner, agency) = made;
        Bench {
            member: format!("/accounts/{account}/users/{member}"),
            rt,
            api,
            deps,
            authorizer,
            owner,
            account,
            partner,
            agency,
        }
    }

    /// Serves `event`, unmeasured; its answer, which must be a success.
    async fn call(&self, event: Event) -> Value {
        let answer = serve(&self.deps, &self.authorizer, &event).await;
        let status = answer.status;
        let body = answer.json();
        assert!(status < 300, "{status}: {body}");
        body
    }

    /// Invites a new address as `role`; the answer (`{user, invite_url}`).
    async fn invite_as(&self, account: &str, by: &Person, email: &str, role: &str) -> Value {
        let body = json!({"email": email, "role": role});
        let path = format!("/accounts/{account}/users");
        self.call(http("POST", &path, Some(by), body)).await
    }

    /// Invites a new address to the account as a Campaign Creator.
    async fn invite(&self, account: &str, by: &Person, email: &str) -> Value {
        self.invite_as(account, by, email, "campaign_creator").await
    }

    fn users(&self) -> String {
        format!("/accounts/{}/users", self.account)
    }

    /// Makes what request `i` of `operation` needs; the request.
    async fn next(&self, operation: &str, i: usize) -> Event {
        let account = &self.account;
        let owner = Some(&self.owner);
        let partner = json!({"partner_account_id": self.partner});
        let access = format!("/accounts/{account}/partner-access");
        match operation {
            CREATE_ACCOUNT => {
                let who = self.api.person("creator").await;
                let body = json!({"name": format!("Bench {i}")});
                http("POST", "/accounts", Some(&who), body)
            }
            GET_ACCOUNT => http("GET", &format!("/accounts/{account}"), owner, Value::Null),
            ME => http("GET", "/me", owner, Value::Null),
            INVITE => {
                let body =
                    json!({"email": format!("warm{i}@bench.example"), "role": "campaign_creator"});
                http("POST", &self.users(), owner, body)
            }
            LIST_USERS => {
                if i == 0 {
                    for n in 0..50 {
                        let email = format!("listed{n}@bench.example");
                        self.invite(account, &self.owner, &email).await;
                    }
                }
                http(
                    "GET",
                    &format!("{}?limit=50", self.users()),
                    owner,
                    Value::Null,
                )
            }
            GET_USER => http("GET", &self.member, owner, Value::Null),
            RESEND | REVOKE | DELETE => {
                let email = format!("{}{i}@bench.example", operation);
                let invited = self.invite(account, &self.owner, &email).await;
                let path = e2e::Api::user_path(account, &invited);
                match operation {
                    DELETE => {
                        let revoke = http("POST", &format!("{path}/revoke"), owner, json!({}));
                        self.call(revoke).await;
                        http("DELETE", &path, owner, Value::Null)
                    }
                    _ => http("POST", &format!("{path}/{operation}"), owner, json!({})),
                }
            }
            PREVIEW_INVITATION => {
                let invited = self
                    .invite(account, &self.owner, &format!("preview{i}@bench.example"))
                    .await;
                let token = token_of(&invited);
                http("GET", &format!("/invitations/{token}"), None, Value::Null)
            }
            ACCEPT_INVITATION => {
                let who = self.api.person("joining").await;
                let invited = self.invite(account, &self.owner, &who.email).await;
                let body = json!({"token": token_of(&invited)});
                http("POST", "/invitations/accept", Some(&who), body)
            }
            CHANGE_ROLE => {
                let role = ["account_manager", "campaign_creator"][i % 2];
                http("PATCH", &self.member, owner, json!({"role": role}))
            }
            DEACTIVATE | REACTIVATE => {
                let undo = if operation == "deactivate" {
                    "reactivate"
                } else {
                    "deactivate"
                };
                if operation == REACTIVATE || i > 0 {
                    let path = format!("{}/{undo}", self.member);
                    self.call(http("POST", &path, owner, json!({}))).await;
                }
                http(
                    "POST",
                    &format!("{}/{operation}", self.member),
                    owner,
                    json!({}),
                )
            }
            LIST_AUDIT_EVENTS => {
                let path = format!("/accounts/{account}/audit-events?limit=50");
                http("GET", &path, owner, Value::Null)
            }
            REQUEST_PARTNER_ACCESS => {
                let path = format!("{access}/requests");
                http("POST", &path, Some(&self.agency), partner)
            }
            GET_PARTNER_ACCESS => http("GET", &access, owner, Value::Null),
            ENABLE_PARTNER_ACCESS => {
                if i > 0 {
                    let off = json!({"enabled": false});
                    self.call(http("PUT", &access, owner, off)).await;
                }
                let path = format!("{access}/requests");
                self.call(http("POST", &path, Some(&self.agency), partner.clone()))
                    .await;
                let on = json!({"enabled": true, "partner_account_id": self.partner});
                http("PUT", &access, owner, on)
            }
            CREATE_PARTNER_USER => {
                if i == 0 {
                    let path = format!("{access}/requests");
                    self.call(http("POST", &path, Some(&self.agency), partner.clone()))
                        .await;
                    let on = json!({"enabled": true, "partner_account_id": self.partner});
                    self.call(http("PUT", &access, owner, on)).await;
                }
                let who = self.api.person("partner-user").await;
                let invited = self
                    .invite_as(&self.partner, &self.agency, &who.email, "partner_manager")
                    .await;
                let body = json!({"token": token_of(&invited)});
                self.call(http("POST", "/invitations/accept", Some(&who), body))
                    .await;
                http("POST", &format!("{access}/users"), Some(&who), partner)
            }
            AUTHORIZE => {
                let body = json!({"account_id": account, "permission": "contacts:export"});
                http("POST", "/authorize", owner, body)
            }
            AUTHORIZER => Event::Authorizer(
                json!({
                    "version": "2.0", "type": "REQUEST",
                    "routeKey": "GET /accounts/{account_id}/reports",
                    "headers": {"authorization": format!("Bearer {}", self.owner.token)},
                    "pathParameters": {"account_id": account},
                })
                .to_string(),
            ),
            RECORD_DELIVERY => {
                let email = format!("delivered{i}@bench.example");
                let invited = self.invite(account, &self.owner, &email).await;
                Event::Delivery(self.delivery_event(&invited).await)
            }
            other => panic!("no such operation: {other}"),
        }
    }

    /// SES's sample "Delivery" event about the invitation email of `invited`.
    async fn delivery_event(&self, invited: &Value) -> String {
        delivery_event(&self.api, &self.account, invited).await
    }
}

/// SES's sample "Delivery" event (functions/record-delivery/events) about
/// the invitation email of `invited`, a user of `account`.
async fn delivery_event(api: &Api, account: &str, invited: &Value) -> String {
    let user = invited["user"]["id"].as_str().unwrap();
    api.ses_event("delivery.json", account, user)
        .await
        .to_string()
}

/// The AWS requests `record-delivery` makes for one SES event about an
/// invitation email, recorded as the tour records each operation's.
pub async fn delivery_cost() -> e2e::tour::Step {
    let recorder = std::sync::Arc::new(e2e::Requests::default());
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let invited = api
        .invite(
            &owner,
            &account,
            "delivered@bench.example",
            "campaign_creator",
        )
        .await
        .expect(201, None);
    let event = delivery_event(&api, &account, &invited.body).await;
    let deps = crate::checks::recorded_deps(&api, recorder.clone());
    let report = record_delivery::handle(&deps, serde_json::from_str(&event).unwrap())
        .await
        .unwrap();
    assert_eq!(report["outcome"], "recorded");
    e2e::tour::Step {
        operation: "record delivery (one SES event)",
        requests: recorder.take_detailed(),
    }
}

/// Runs `bench` (a `roster-bench` binary) in warm mode for `operations`
/// (all if none), under the CPU quota `quota` if one is given.
pub async fn run(
    bench: &Path,
    requests: usize,
    quota: Option<(u32, u32)>,
    operations: &[&str],
) -> Vec<Warm> {
    let mut command = tokio::process::Command::new(bench);
    command.args(["warm", "--requests", &requests.to_string()]);
    if let Some((quota, period)) = quota {
        command.args(["--quota", &format!("{quota}/{period}")]);
    }
    let out = command
        .args(operations)
        .stderr(std::process::Stdio::inherit())
        .output()
        .await
        .expect("cannot start the bench's warm mode");
    assert!(out.status.success(), "the warm mode failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a line of the warm mode"))
        .collect()
}

/// A CPU quota for this thread while `Quota` lives: `cpu.cfs_quota_us` per
/// `cpu.cfs_period_us` in a cgroup (v1) of its own, as Lambda gives a
/// 128 MB function its share of a vCPU.
pub struct Quota {
    group: std::path::PathBuf,
}

/// Lambda's CPU for 128 MB, 7.2% of one vCPU (one vCPU at 1,769 MB), as
/// (quota, period) in microseconds: per 100 ms as the issue asks, and per
/// 13.9 ms, the finest the kernel allows (a quota is at least 1 ms). Over
/// 100 ms, a request whose CPU fits in the 7.2 ms left of the period runs
/// at full speed; the finer period spreads it as a steady share would.
pub const QUOTAS: [(u32, u32); 2] = [(7_200, 100_000), (1_000, 13_889)];
const CPU_CGROUP: &str = "/sys/fs/cgroup/cpu";

impl Quota {
    /// `None` where cgroup v1's CPU controller cannot be written here.
    pub fn set((quota_us, period_us): (u32, u32)) -> Option<Quota> {
        let name = format!("roster-bench-{}", std::process::id());
        let group = std::path::Path::new(CPU_CGROUP).join(name);
        std::fs::create_dir(&group).ok()?;
        let quota = Quota { group };
        let write = |file: &str, value: String| std::fs::write(quota.group.join(file), value).ok();
        write("cpu.cfs_period_us", period_us.to_string())?;
        write("cpu.cfs_quota_us", quota_us.to_string())?;
        write("tasks", thread_id())?;
        Some(quota)
    }

    /// Whether a cgroup of ours can be made here (cgroup v1, as root).
    pub fn available() -> bool {
        let group = std::path::Path::new(CPU_CGROUP).join("roster-bench-probe");
        std::fs::create_dir(&group).is_ok() && std::fs::remove_dir(&group).is_ok()
    }
}

fn thread_id() -> String {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .expect("/proc/thread-self names this thread")
}

impl Drop for Quota {
    fn drop(&mut self) {
        let _ = std::fs::write(std::path::Path::new(CPU_CGROUP).join("tasks"), thread_id());
        let _ = std::fs::remove_dir(&self.group);
    }
}

/// `roster-bench warm [--requests N] [--quota QUOTA/PERIOD] [OPERATION...]`:
/// measures each operation (all by default), with its thread under a CPU
/// quota (microseconds) if one is given, and prints one JSON line for each.
pub fn main(args: &[String]) {
    let mut requests = 100;
    let mut quota = None;
    let mut operations = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--requests" => {
                requests = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--requests N")
            }
            "--quota" => {
                let value = args.next().and_then(|q| q.split_once('/'));
                let parse = |(q, p): (&str, &str)| Some((q.parse().ok()?, p.parse().ok()?));
                quota = Some(value.and_then(parse).expect("--quota QUOTA/PERIOD"));
            }
            operation => operations.push(operation.to_owned()),
        }
    }
    if operations.is_empty() {
        operations = OPERATIONS.iter().map(|o| o.to_string()).collect();
    }
    // The closing log line of each request is formatted as in production.
    shared::lambda::init_tracing_to(std::io::sink);
    for operation in operations {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let bench = Bench::new(rt);
        let warm = bench.measure(&operation, requests, quota);
        println!("{}", serde_json::to_string(&warm).unwrap());
    }
}

impl Bench {
    fn measure(&self, operation: &str, requests: usize, quota: Option<(u32, u32)>) -> Warm {
        for i in 0..WARM_UP {
            self.rt
                .block_on(async { self.call(self.next(operation, i).await).await });
        }
        let limit = quota.map(|q| Quota::set(q).expect("a CPU quota (cgroup v1) for this thread"));
        let mut latencies = Vec::with_capacity(requests);
        let (mut cpu, mut system) = (Duration::ZERO, Duration::ZERO);
        for i in WARM_UP..WARM_UP + requests {
            let event = self.rt.block_on(self.next(operation, i));
            let (start, cpu_start, system_start) =
                (Instant::now(), thread_cpu(), thread_system_cpu());
            let answer = measured(&self.rt, serve(&self.deps, &self.authorizer, &event));
            system += thread_system_cpu() - system_start;
            cpu += thread_cpu() - cpu_start;
            latencies.push(start.elapsed());
            let status = answer.status;
            assert!(status < 300, "{operation}: {status} {}", answer.json());
        }
        drop(limit);
        operation_done(operation);
        latencies.sort();
        Warm {
            operation: operation.to_owned(),
            requests,
            latencies,
            cpu,
            system,
        }
    }
}
