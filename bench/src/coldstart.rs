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
    event: String,
    next_at: Mutex<Option<Instant>>,
    answered_at: Mutex<Option<Instant>>,
    answered: Notify,
}

async fn next(State(emu): State<Arc<Emulator>>) -> (HeaderMap, String) {
    let first = {
        let mut at = emu.next_at.lock().unwrap();
        let first = at.is_none();
        at.get_or_insert_with(Instant::now);
        first
    };
    if !first {
        // One event per process: later polls wait until it is stopped.
        std::future::pending::<()>().await;
    }
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
    (headers, emu.event.clone())
}

async fn answered(State(emu): State<Arc<Emulator>>) -> &'static str {
    emu.answered_at
        .lock()
        .unwrap()
        .get_or_insert_with(Instant::now);
    emu.answered.notify_one();
    ""
}

/// The event each binary gets: its route's API Gateway event, a batch of
/// the table's stream for `publish-events`, or a scheduled one.
fn event_for(binary: &str) -> String {
    if binary == "publish-events" {
        return std::fs::read_to_string("functions/publish-events/events/stream-batch.json")
            .expect("publish-events' sample batch");
    }
    let route = local_api::routes::ROUTES
        .iter()
        .find(|r| r.function.replace('_', "-") == binary);
    let Some(route) = route else {
        return json!({
            "version": "0", "id": "bench", "detail-type": "Scheduled Event", "source": "aws.events",
            "account": "000000000000", "time": "2026-01-01T00:00:00Z", "region": "us-east-1",
            "resources": [], "detail": {}
        })
        .to_string();
    };
    let id = uuid::Uuid::new_v4().to_string();
    let params: Vec<(&'static str, String)> = ["account_id", "user_id", "token"]
        .into_iter()
        .filter(|p| route.path.contains(&format!("{{{p}}}")))
        .map(|p| (p, id.clone()))
        .collect();
    let raw_path = params.iter().fold(route.path.to_owned(), |path, (p, v)| {
        path.replace(&format!("{{{p}}}"), v)
    });
    let claims = [
        ("sub", "bench"),
        ("email", "bench@example.com"),
        ("email_verified", "true"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    local_api::event::build(&local_api::event::Incoming {
        method: route.method,
        route_path: route.path,
        raw_path: &raw_path,
        raw_query: "",
        headers: serde_json::Map::new(),
        path_parameters: &params,
        claims: Some(claims),
        body: b"{}",
    })
    .to_string()
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
        .env("APP_BASE_URL", "https://app.example.com")
        // authorize-request checks these at init (its JWKS is fetched later).
        .env("JWT_ISSUER", "https://issuer.example")
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

async fn once(binary: &Path, event: String, table: &str) -> (Duration, Duration) {
    let emu = Arc::new(Emulator {
        event,
        next_at: Mutex::new(None),
        answered_at: Mutex::new(None),
        answered: Notify::new(),
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
    let spawned = Instant::now();
    let mut child = as_lambda(
        tokio::process::Command::new(binary),
        &name,
        &addr.to_string(),
        table,
    )
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::null())
    .kill_on_drop(true)
    .spawn()
    .unwrap_or_else(|e| panic!("cannot start {}: {e}", binary.display()));
    tokio::time::timeout(Duration::from_secs(30), emu.answered.notified())
        .await
        .unwrap_or_else(|_| panic!("{name} did not answer its first event"));
    let _ = child.kill().await;
    server.abort();
    let next_at = emu
        .next_at
        .lock()
        .unwrap()
        .expect("the binary asked for an event");
    let answered_at = emu
        .answered_at
        .lock()
        .unwrap()
        .expect("the binary answered");
    (next_at - spawned, answered_at - next_at)
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

/// Every function (each folder of `functions/`: `measure` fails on one that
/// is not built), and the baseline.
pub fn binaries() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("functions")
        .expect("run from the workspace root")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().to_string()))
        .collect();
    names.sort();
    names.push(BASELINE.into());
    names
}

pub async fn measure(release: &Path) -> Vec<ColdStart> {
    // A table for the first invocations to read.
    let api = e2e::Api::start().await;
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
            let (init, first) = once(&path, event_for(&binary), &api.table).await;
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
