//! Cold start: each release binary is started as Lambda starts it, with
//! `AWS_LAMBDA_RUNTIME_API` pointing at a small Runtime API emulator here.
//! Init is the time from spawning the process to its first request for an
//! event; the first invocation is from handing it the event to its answer.

use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use serde_json::json;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;
use uuid::Uuid;

/// Runs per binary; the median is reported. Inits take a millisecond or
/// two, so a few runs leave the median at the mercy of the scheduler.
pub const RUNS: usize = 15;
pub const BASELINE: &str = "hello-lambda";

pub struct ColdStart {
    pub binary: String,
    pub init: Duration,
    pub init_instructions: Option<u64>,
    pub first_invocation: Duration,
}

struct Emulator {
    /// The events handed over, one per poll, in order.
    events: Vec<String>,
    /// When each event was asked for, handed over and answered. A request's
    /// clock starts when its event is handed over: for the first, after the
    /// move into `quota`, which takes 5 to 15 ms here (the kernel waits for
    /// an RCU grace period) and which Lambda does not make (the share is in
    /// place already).
    next_at: Mutex<Vec<Instant>>,
    handed_at: Mutex<Vec<Instant>>,
    answered_at: Mutex<Vec<Instant>>,
    answered: Notify,
    /// The process to put under `quota` when it first asks for an event:
    /// Lambda runs init with more CPU than a small function's invocations.
    pid: Mutex<Option<u32>>,
    quota: Option<Arc<CpuGroup>>,
}

async fn next(State(emu): State<Arc<Emulator>>) -> (HeaderMap, String) {
    let index = {
        let mut at = emu.next_at.lock().unwrap();
        at.push(Instant::now());
        at.len() - 1
    };
    if index >= emu.events.len() {
        // Later polls wait until the process is stopped.
        std::future::pending::<()>().await;
    }
    if let (0, Some(group)) = (index, &emu.quota) {
        let pid = loop {
            if let Some(pid) = *emu.pid.lock().unwrap() {
                break pid;
            }
            tokio::task::yield_now().await;
        };
        group.enter(pid);
    }
    emu.handed_at.lock().unwrap().push(Instant::now());
    let mut headers = HeaderMap::new();
    let deadline = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        + Duration::from_secs(30);
    headers.insert(
        "lambda-runtime-aws-request-id",
        "bench-request".parse().unwrap(),
    );
    headers.insert(
        "lambda-runtime-deadline-ms",
        deadline.as_millis().to_string().parse().unwrap(),
    );
    headers.insert(
        "lambda-runtime-invoked-function-arn",
        "arn:aws:lambda:us-east-1:000000000000:function:bench"
            .parse()
            .unwrap(),
    );
    (headers, emu.events[index].clone())
}

async fn answered(State(emu): State<Arc<Emulator>>) -> &'static str {
    let done = {
        let mut at = emu.answered_at.lock().unwrap();
        at.push(Instant::now());
        at.len() == emu.events.len()
    };
    if done {
        emu.answered.notify_one();
    }
    ""
}

/// A cgroup (v1) of the bench's with a CPU quota, for the functions' processes.
pub struct CpuGroup {
    group: std::path::PathBuf,
}

impl CpuGroup {
    /// `None` where cgroup v1's CPU controller cannot be written here.
    pub fn new((quota_us, period_us): (u32, u32)) -> Option<CpuGroup> {
        let name = format!("roster-bench-cold-{}", std::process::id());
        let group = Path::new("/sys/fs/cgroup/cpu").join(name);
        std::fs::create_dir(&group).ok()?;
        let made = CpuGroup { group };
        let write =
            |file: &str, value: u32| std::fs::write(made.group.join(file), value.to_string());
        write("cpu.cfs_period_us", period_us).ok()?;
        write("cpu.cfs_quota_us", quota_us).ok()?;
        Some(made)
    }

    /// Moves the process `pid`, all its threads, into the group.
    fn enter(&self, pid: u32) {
        std::fs::write(self.group.join("cgroup.procs"), pid.to_string())
            .expect("a function's process moves into the bench's cgroup");
    }
}

impl Drop for CpuGroup {
    fn drop(&mut self) {
        // Its processes were stopped; an empty group can be removed.
        for _ in 0..50 {
            if std::fs::remove_dir(&self.group).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// The `count` events a process of `binary` is handed, each one a request
/// it serves by reaching DynamoDB as a real one does, and each the same
/// work, so that its first and a warm one compare. An HTTP API function gets
/// its route's event with a body it accepts: ids that name nothing where
/// naming something would only read more (read, then 404: the request's
/// connection, handshake and signing are a real one's), and for the three
/// whose work is past their reads what it needs, made first through the
/// local API: create-account a new caller each time, invite-user and
/// resend-invitation an account of the caller's (they write, then send an
/// email). `publish-events` gets a batch of the table's stream,
/// `record-delivery` an SES event about an invitation that does not exist,
/// `pre-token-generation` a sign-in of a user of a pool made in moto's
/// Cognito, the sweep a scheduled event.
async fn events_for(binary: &str, api: &e2e::Api, count: usize) -> Vec<String> {
    let same = |event: String| vec![event; count];
    if binary == "publish-events" {
        return same(
            std::fs::read_to_string("functions/publish-events/events/stream-batch.json")
                .expect("publish-events' sample batch"),
        );
    }
    if binary == "pre-token-generation" {
        // A sign-in of a user of moto's Cognito: each asks for its settings.
        let pool = e2e::cognito::Pool::new().await;
        return same(serde_json::to_string(&pool.event()).expect("the trigger's event"));
    }
    if binary == "record-delivery" {
        let id = || Uuid::new_v4().to_string();
        return same(e2e::ses_sample("delivery.json", &id(), &id(), &id()).to_string());
    }
    let route = local_api::routes::ROUTES
        .iter()
        .find(|r| r.function.replace('_', "-") == binary);
    let Some(route) = route else {
        return same(
            json!({
                "version": "0", "id": "bench", "detail-type": "Scheduled Event", "source": "aws.events",
                "account": "000000000000", "time": "2026-01-01T00:00:00Z", "region": "us-east-1",
                "resources": [], "detail": {}
            })
            .to_string(),
        );
    };
    let caller = Caller {
        sub: "bench".into(),
        email: "bench@example.com".into(),
    };
    let nothing = || Uuid::new_v4().to_string();
    let mut events = Vec::with_capacity(count);
    match binary {
        "invite-user" | "resend-invitation" => {
            let owner = api.person("bench-owner").await;
            let account = api.account(&owner).await;
            let caller = Caller {
                sub: owner.sub.clone(),
                email: owner.email.clone(),
            };
            for _ in 0..count {
                let email = format!("{}@example.com", e2e::unique("bench-invitee"));
                let event = if binary == "invite-user" {
                    let body = json!({"email": email, "role": "campaign_creator"});
                    http_event(route, &[("account_id", account.clone())], &caller, &body)
                } else {
                    let invited = api
                        .invite(&owner, &account, &email, "campaign_creator")
                        .await
                        .expect(201, None);
                    let user = invited.body["user"]["id"].as_str().unwrap().to_owned();
                    let ids = [("account_id", account.clone()), ("user_id", user)];
                    http_event(route, &ids, &caller, &json!({}))
                };
                events.push(event);
            }
        }
        "create-account" => {
            for _ in 0..count {
                let caller = Caller {
                    sub: e2e::unique("bench"),
                    email: "bench@example.com".into(),
                };
                let body = json!({"name": "Bench Realty"});
                events.push(http_event(route, &[], &caller, &body));
            }
        }
        "preview-invitation" => {
            for _ in 0..count {
                let token = [("token", token_naming_nothing())];
                events.push(http_event(route, &token, &caller, &json!({})));
            }
        }
        _ => {
            let body = match binary {
                "accept-invitation" => json!({"token": token_naming_nothing()}),
                "authorize" => json!({"account_id": nothing(), "permission": "contacts:export"}),
                "change-role" => json!({"role": "account_manager"}),
                "update-account" => json!({"name": "Bench Realty"}),
                "offer-ownership" => json!({"user_id": nothing()}),
                "create-partner-user" | "request-partner-access" => {
                    json!({"partner_account_id": nothing()})
                }
                "set-partner-access" => json!({"enabled": false}),
                _ => json!({}),
            };
            for _ in 0..count {
                events.push(http_event(route, &[], &caller, &body));
            }
        }
    }
    events
}

/// Who an HTTP API event's claims say is calling.
struct Caller {
    sub: String,
    email: String,
}

/// A token of the right shape that names no invitation: the function reads
/// the user it names, and finds none.
fn token_naming_nothing() -> String {
    shared::domain::token::InviteToken::generate(Uuid::new_v4(), Uuid::new_v4()).encode()
}

/// `route`'s API Gateway event from `caller`, with `body`: the path
/// parameters `ids` gives, and a new id (naming nothing) for any other.
fn http_event(
    route: &local_api::routes::Route,
    ids: &[(&'static str, String)],
    caller: &Caller,
    body: &serde_json::Value,
) -> String {
    let params: Vec<(&'static str, String)> = ["account_id", "user_id", "token"]
        .into_iter()
        .filter(|p| route.path.contains(&format!("{{{p}}}")))
        .map(|p| match ids.iter().find(|(name, _)| *name == p) {
            Some((_, id)) => (p, id.clone()),
            None => (p, Uuid::new_v4().to_string()),
        })
        .collect();
    let raw_path = params.iter().fold(route.path.to_owned(), |path, (p, v)| {
        path.replace(&format!("{{{p}}}"), v)
    });
    let claims = [
        ("sub", caller.sub.as_str()),
        ("email", caller.email.as_str()),
        ("email_verified", "true"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let body = body.to_string();
    local_api::event::build(&local_api::event::Incoming {
        method: route.method,
        route_path: route.path,
        raw_path: &raw_path,
        raw_query: "",
        // Without it a POST or PATCH is answered 415 before any read.
        headers: serde_json::Map::from_iter([(
            "content-type".to_owned(),
            serde_json::Value::from("application/json"),
        )]),
        path_parameters: &params,
        claims: Some(claims),
        body: body.as_bytes(),
    })
    .to_string()
}

/// The SES configuration set the functions send through.
const CONFIGURATION_SET: &str = "bench-invitations";

/// The local API, over a table of its own for the functions to read and
/// the SES identity they send from, and the configuration set they send
/// through.
async fn start_api() -> e2e::Api {
    let api = e2e::Api::start().await;
    let made = aws_sdk_sesv2::Client::new(&api.sdk)
        .create_configuration_set()
        .configuration_set_name(CONFIGURATION_SET)
        .send()
        .await;
    if let Err(e) = made {
        // An earlier measure made it (moto names the error its own way).
        use aws_sdk_sesv2::error::ProvideErrorMetadata;
        let exists = e
            .code()
            .is_some_and(|c| c.ends_with("AlreadyExistsException"));
        assert!(exists, "cannot make the configuration set: {e:?}");
    }
    api
}

/// The environment Lambda gives a function, with the Runtime API at `api`.
fn as_lambda(
    mut command: tokio::process::Command,
    name: &str,
    api: &str,
    table: &str,
) -> tokio::process::Command {
    command
        .env("AWS_LAMBDA_RUNTIME_API", api)
        .env("AWS_LAMBDA_FUNCTION_NAME", name)
        .env("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")
        .env("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        .env("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/bench")
        .env("AWS_LAMBDA_LOG_STREAM_NAME", "bench")
        .env("TABLE_NAME", table)
        .env("INVITE_FROM_ADDRESS", "invitations@roster.test")
        // As deployed: invite and resend send through a configuration set,
        // which their init reads (`start_api` makes it).
        .env("SES_CONFIGURATION_SET", CONFIGURATION_SET)
        .env("APP_BASE_URL", "https://app.example.com")
        // authorize-request checks these at init, and fetches its JWKS
        // there: from a closed port, refused at once (`measure_tls` serves
        // one).
        .env("JWT_ISSUER", "https://issuer.example")
        .env("JWKS_URL", "http://127.0.0.1:9/.well-known/jwks.json")
        .env("JWT_AUDIENCE", "bench")
        .env(
            "ROUTE_PERMISSIONS",
            r#"{"GET /accounts/{account_id}/reports": "reports:view"}"#,
        )
        // publish-events checks its bus at init (moto has no such bus: the
        // first invocation's PutEvents is refused, and timed all the same).
        .env("EVENT_BUS_NAME", "bench")
        .env("RUST_LOG", "off");
    command
}

/// Instructions from process start to the first request for an event,
/// counted by valgrind's callgrind: unlike time, the same however busy the
/// machine is. The Runtime API is a closed port, so the binary stops at its
/// first request (the error it prints is counted too). `None` without
/// valgrind.
pub async fn init_instructions(binary: &Path, table: &str) -> Option<u64> {
    let name = binary.file_name()?.to_string_lossy().to_string();
    let mut valgrind = tokio::process::Command::new("valgrind");
    valgrind.args(["--tool=callgrind", "--callgrind-out-file=/dev/null"]);
    valgrind.arg(binary);
    let out = as_lambda(valgrind, &name, "127.0.0.1:9", table)
        .output()
        .await
        .ok()?;
    // "==123== Collected : 2260780"
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .find_map(|line| line.split("Collected :").nth(1))
        .and_then(|n| n.trim().parse().ok())
}

/// How one process is started and what it is handed.
struct Start<'a> {
    events: Vec<String>,
    /// Variables besides (or instead of) `as_lambda`'s.
    env: &'a [(String, String)],
    quota: Option<Arc<CpuGroup>>,
}

/// Init, and the time to answer each event.
struct Timed {
    init: Duration,
    answers: Vec<Duration>,
}

async fn once(binary: &Path, event: String, table: &str) -> (Duration, Duration) {
    let start = Start {
        events: vec![event],
        env: &[],
        quota: None,
    };
    let timed = run(binary, start, table).await;
    (timed.init, timed.answers[0])
}

async fn run(binary: &Path, start: Start<'_>, table: &str) -> Timed {
    let emu = Arc::new(Emulator {
        events: start.events,
        next_at: Mutex::new(Vec::new()),
        handed_at: Mutex::new(Vec::new()),
        answered_at: Mutex::new(Vec::new()),
        answered: Notify::new(),
        pid: Mutex::new(None),
        quota: start.quota,
    });
    let app = Router::new()
        .route("/2018-06-01/runtime/invocation/next", get(next))
        .route(
            "/2018-06-01/runtime/invocation/{id}/response",
            post(answered),
        )
        .route("/2018-06-01/runtime/invocation/{id}/error", post(answered))
        .route("/2018-06-01/runtime/init/error", post(answered))
        .with_state(emu.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let name = binary.file_name().unwrap().to_string_lossy().to_string();
    let mut command = as_lambda(
        tokio::process::Command::new(binary),
        &name,
        &addr.to_string(),
        table,
    );
    command.envs(start.env.iter().map(|(k, v)| (k, v)));
    let spawned = Instant::now();
    let mut child = command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    *emu.pid.lock().unwrap() = child.id();
    tokio::time::timeout(Duration::from_secs(60), emu.answered.notified())
        .await
        .unwrap_or_else(|_| panic!("{name} did not answer its events"));
    let _ = child.kill().await;
    let _ = child.wait().await;
    server.abort();
    let asked = emu.next_at.lock().unwrap()[0];
    let handed_at = emu.handed_at.lock().unwrap().clone();
    let answered_at = emu.answered_at.lock().unwrap().clone();
    Timed {
        init: asked - spawned,
        answers: answered_at
            .iter()
            .zip(&handed_at)
            .map(|(answered, handed)| *answered - *handed)
            .collect(),
    }
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

/// The functions `BENCH_COLD_FUNCTIONS` names (separated by commas, to
/// look into a few), if it names any.
pub fn named() -> Option<String> {
    std::env::var("BENCH_COLD_FUNCTIONS")
        .ok()
        .filter(|names| !names.is_empty())
}

/// Every function (each folder of `functions/`: `measure` fails on one that
/// is not built), or those `named`, and the baseline.
pub fn binaries() -> Vec<String> {
    let only = named();
    let mut names: Vec<String> = std::fs::read_dir("functions")
        .expect("run from the workspace root")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .filter(|name| {
            only.as_ref()
                .is_none_or(|o| o.split(',').any(|n| n == name))
        })
        .collect();
    names.sort();
    names.push(BASELINE.into());
    names
}

pub async fn measure(release: &Path) -> Vec<ColdStart> {
    let api = start_api().await;
    let mut results = Vec::new();
    for binary in binaries() {
        let path = release.join(&binary);
        assert!(
            path.exists(),
            "{} is not built: run ./scripts/bench",
            path.display()
        );
        let mut inits = Vec::new();
        let mut firsts = Vec::new();
        for _ in 0..RUNS {
            let event = events_for(&binary, &api, 1).await.remove(0);
            let (init, first) = once(&path, event, &api.table).await;
            inits.push(init);
            firsts.push(first);
        }
        eprintln!("  {binary}: init {:?}", median(inits.clone()));
        results.push(ColdStart {
            init_instructions: init_instructions(&path, &api.table).await,
            binary,
            init: median(inits),
            first_invocation: median(firsts),
        });
    }
    results
}

/// Runs per binary and setting with TLS (four settings each).
pub const TLS_RUNS: usize = 7;

/// Events handed to each process with TLS: the first request, then warm
/// ones; the last is reported as the warm request.
const TLS_EVENTS: usize = 3;

/// A 128 MB function's CPU for the invocations (init runs unthrottled): the
/// steady 7.2% share, as (quota, period) in microseconds.
pub const TLS_QUOTA: (u32, u32) = crate::warm::QUOTAS[1];

/// One setting's medians.
pub struct Setting {
    pub throttled: bool,
    pub warm_up: bool,
    pub init: Duration,
    pub first: Duration,
    pub warm: Duration,
}

pub struct TlsStart {
    pub binary: String,
    pub settings: Vec<Setting>,
}

impl TlsStart {
    pub fn setting(&self, throttled: bool, warm_up: bool) -> Option<&Setting> {
        self.settings
            .iter()
            .find(|s| s.throttled == throttled && s.warm_up == warm_up)
    }
}

pub struct Tls {
    pub starts: Vec<TlsStart>,
    /// Whether the 128 MB simulation ran (cgroup v1, as root).
    pub throttled: bool,
    /// Instructions of the first TLS handshake of a process, and of each
    /// later one; what they agreed (group, suite).
    pub handshake: Option<(u64, u64, String)>,
}

/// The authorizer's event for a route of `ROUTE_PERMISSIONS`, with a token
/// the bench's issuer signed: the first request fetches the JWKS.
fn authorizer_event(token: &str) -> String {
    let account = Uuid::new_v4().to_string();
    json!({
        "version": "2.0",
        "type": "REQUEST",
        "routeKey": "GET /accounts/{account_id}/reports",
        "rawPath": format!("/accounts/{account}/reports"),
        "headers": {"authorization": format!("Bearer {token}")},
        "pathParameters": {"account_id": account},
    })
    .to_string()
}

/// Each function's init, first and warm request with TLS in front of moto,
/// at full CPU and with the invocations under a 128 MB function's share,
/// with and without the warm-up in init: the bench's builds of the
/// functions, in `release`.
pub async fn measure_tls(release: &Path, bench: &Path) -> Tls {
    let api = start_api().await;
    let dir = std::env::temp_dir().join(format!("roster-bench-{}", std::process::id()));
    let authority = crate::tls::Authority::new(&dir);
    let moto = std::env::var("AWS_ENDPOINT_URL").expect("moto's endpoint (./scripts/bench)");
    let moto: std::net::SocketAddr = moto
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .expect("moto on 127.0.0.1:PORT");
    let aws = authority.terminate(moto);
    let signer = local_api::jwt::Signer::generate("https://issuer.bench.test");
    let jwks = signer.jwks();
    let app = Router::new().route(
        "/.well-known/jwks.json",
        get(move || async move { axum::Json(jwks.clone()) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let jwks_plain = listener.local_addr().unwrap();
    let jwks_server = tokio::spawn(async move { axum::serve(listener, app).await });
    let jwks_tls = authority.terminate(jwks_plain);
    let token = signer.id_token(&local_api::jwt::Identity {
        sub: "bench",
        email: "bench@example.com",
        email_verified: true,
        amr: &[],
    });
    let env: Vec<(String, String)> = [
        ("AWS_ENDPOINT_URL", format!("https://{aws}")),
        (
            "ROSTER_BENCH_CA",
            authority.pem_path.to_string_lossy().into_owned(),
        ),
        ("JWT_ISSUER", signer.issuer().to_owned()),
        ("JWT_AUDIENCE", local_api::jwt::CLIENT_ID.to_owned()),
        (
            "JWKS_URL",
            format!("https://{jwks_tls}/.well-known/jwks.json"),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let mut without = env.clone();
    without.push(("ROSTER_BENCH_NO_WARM_UP".into(), "1".into()));
    let group = CpuGroup::new(TLS_QUOTA).map(Arc::new);
    let mut cpus = vec![false];
    if group.is_some() {
        cpus.push(true);
    }
    let mut starts = Vec::new();
    for binary in binaries().into_iter().filter(|b| b != BASELINE) {
        let path = release.join(&binary);
        assert!(
            path.exists(),
            "{} is not built: run ./scripts/bench",
            path.display()
        );
        let mut settings = Vec::new();
        for &throttled in &cpus {
            let mut timed: [Vec<Timed>; 2] = [Vec::new(), Vec::new()];
            // Alternated, so that the machine's load falls on both alike.
            for _ in 0..TLS_RUNS {
                for (i, vars) in [&without, &env].into_iter().enumerate() {
                    let events = if binary == "authorize-request" {
                        vec![authorizer_event(&token); TLS_EVENTS]
                    } else {
                        events_for(&binary, &api, TLS_EVENTS).await
                    };
                    let start = Start {
                        events,
                        env: vars,
                        quota: group.clone().filter(|_| throttled),
                    };
                    timed[i].push(run(&path, start, &api.table).await);
                }
            }
            for (i, runs) in timed.into_iter().enumerate() {
                let of = |f: fn(&Timed) -> Duration| median(runs.iter().map(f).collect());
                settings.push(Setting {
                    throttled,
                    warm_up: i == 1,
                    init: of(|t| t.init),
                    first: of(|t| t.answers[0]),
                    warm: of(|t| t.answers[TLS_EVENTS - 1]),
                });
            }
        }
        let line = |s: Option<&Setting>| {
            s.map(|s| format!("first {:?}, warm {:?}", s.first, s.warm))
                .unwrap_or_default()
        };
        eprintln!(
            "  {binary} with TLS, 128 MB: without warm-up {}; with {}",
            line(settings.iter().find(|s| s.throttled && !s.warm_up)),
            line(settings.iter().find(|s| s.throttled && s.warm_up)),
        );
        starts.push(TlsStart { binary, settings });
    }
    let handshake = handshake_instructions(bench, aws, &authority.pem_path).await;
    jwks_server.abort();
    let _ = std::fs::remove_dir_all(&dir);
    Tls {
        starts,
        throttled: group.is_some(),
        handshake,
    }
}

/// Instructions (callgrind) inside `crate::tls::handshake`: with one
/// handshake in the process, and with two; the second's is the difference.
async fn handshake_instructions(
    bench: &Path,
    addr: std::net::SocketAddr,
    ca: &Path,
) -> Option<(u64, u64, String)> {
    let count = |n: usize| async move {
        let out = tokio::process::Command::new("valgrind")
            .args([
                "--tool=callgrind",
                "--callgrind-out-file=/dev/null",
                "--toggle-collect=roster_bench::tls::handshake",
            ])
            .arg(bench)
            .arg("handshake")
            .arg(addr.to_string())
            .arg(ca)
            .arg(n.to_string())
            .output()
            .await
            .ok()?;
        let collected: u64 = String::from_utf8_lossy(&out.stderr)
            .lines()
            .find_map(|line| line.split("Collected :").nth(1))
            .and_then(|n| n.trim().parse().ok())?;
        let agreed = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        Some((collected, agreed))
    };
    let (one, agreed) = count(1).await?;
    let (two, _) = count(2).await?;
    Some((one, two.saturating_sub(one), agreed))
}
