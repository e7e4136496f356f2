//! Instructions per request, counted by valgrind's callgrind, which counts
//! instructions and not time: the same however busy the machine is. The
//! bench runs its warm mode (`crate::warm`) under callgrind with collection
//! on only inside `measured` (one request: parsing, handler, SDK, HTTP, the
//! answer) and a dump after each operation, so each dump holds exactly that
//! operation's measured requests: moto, in its own process, is not counted,
//! nor is what is made before each request. Each dump is also the
//! operation's profile: inclusive cost by function (`--dump-instr=no`).

use std::path::Path;
use std::process::Command;

/// Measured requests per operation under callgrind (after the warm-up).
pub const REQUESTS: usize = 10;

pub struct Counted {
    pub operation: String,
    pub per_request: f64,
    /// Every function by inclusive cost, largest first: share of the
    /// operation's instructions, and name.
    pub profile: Vec<(f64, String)>,
}

/// Where a request's instructions go: a short name, what it is, and the
/// functions that enter it (none of them calls another of the same part, so
/// their inclusive costs add up). Parts nest: the SDK holds the next four,
/// and allocation is inside all of them.
pub const PARTS: &[(&str, &str, &[&str])] = &[
    (
        "SDK",
        "the AWS SDK, all of it (the next four are inside it; the rest of it is its per-request configuration, interceptors, endpoint and retry logic)",
        &[
            "aws_smithy_runtime::client::orchestrator::invoke_with_stop_point::{{closure}}::{{closure}}::{{closure}}",
        ],
    ),
    (
        "SigV4",
        "SigV4 signing",
        &["SigV4Signer as aws_smithy_runtime_api::client::auth::Sign>::sign_http_request"],
    ),
    (
        "ser",
        "serializing the requests",
        &[
            "RequestSerializer as aws_smithy_runtime_api::client::ser_de::SerializeRequest>::serialize_input",
        ],
    ),
    (
        "de",
        "deserializing DynamoDB's and SES's answers",
        &[
            "ResponseDeserializer as aws_smithy_runtime_api::client::ser_de::DeserializeResponse>::deserialize_nonstreaming",
        ],
    ),
    (
        "HTTP",
        "hyper, over a connection kept alive (as DynamoDB keeps them)",
        &[
            "<aws_smithy_http_client::client::Adapter<C> as aws_smithy_runtime_api::client::http::HttpConnector>::call",
            "hyper::proto::h1::dispatch::Dispatcher<D,Bs,I,T>::poll_",
        ],
    ),
    (
        "items",
        "items to and from our records (serde_dynamo)",
        &[
            "roster_shared::store::parse",
            "serde_dynamo::ser::to_item",
            "serde_dynamo::to_item",
        ],
    ),
    (
        "event",
        "the API Gateway event's parsing (lambda_http)",
        &["lambda_http::request::from_str"],
    ),
    (
        "answer",
        "the answer's JSON",
        &["roster_shared::http::respond"],
    ),
    (
        "tracing",
        "spans and the closing log line (tracing)",
        &[
            "<tracing_subscriber::layer::layered::Layered<L,S> as tracing_core::subscriber::Subscriber>::",
        ],
    ),
    (
        "alloc",
        "allocation, about: the allocator's entry points (glibc's or mimalloc's; inside all of the above)",
        &[
            "__rustc::__rust_alloc",
            "__rustc::__rust_alloc_zeroed",
            "__rustc::__rust_realloc",
            "free",
            "mi_malloc_aligned",
            "mi_zalloc_aligned",
            "mi_realloc_aligned",
            "mi_free",
        ],
    ),
];

impl Counted {
    /// The share of a part (`PARTS`): functions named by a pattern, or
    /// (allocation's bare names) exactly.
    pub fn part(&self, patterns: &[&str]) -> f64 {
        self.profile
            .iter()
            .filter(|(_, f)| {
                patterns.iter().any(|p| {
                    if p.contains(':') {
                        f.contains(p)
                    } else {
                        f == p
                    }
                })
            })
            .fold(0.0, |sum, (share, _)| sum + share)
    }
}

/// Runs `bench` (a `roster-bench` binary) in warm mode under callgrind for
/// `operations`; `None` without valgrind.
pub fn count(bench: &Path, operations: &[&str]) -> Option<Vec<Counted>> {
    let dir = std::env::temp_dir().join(format!("roster-bench-callgrind-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let out = dir.join("callgrind.out");
    let status = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=roster_bench::warm::measured*",
            "--dump-after=roster_bench::warm::operation_done*",
            "--dump-instr=no",
        ])
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(bench)
        .args(["warm", "--requests", &REQUESTS.to_string()])
        .args(operations)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    assert!(status.success(), "the warm mode failed under callgrind");
    let counted = operations
        .iter()
        .enumerate()
        .map(|(i, operation)| {
            // Dumps are numbered from 1, in the order they are made.
            let dump = dir.join(format!("callgrind.out.{}", i + 1));
            let total = totals(&dump);
            Counted {
                operation: operation.to_string(),
                per_request: total as f64 / REQUESTS as f64,
                profile: profile(&dump, total),
            }
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    Some(counted)
}

/// The instructions a dump counted (its `totals:` line).
fn totals(dump: &Path) -> u64 {
    let text = std::fs::read_to_string(dump)
        .unwrap_or_else(|e| panic!("callgrind wrote no {}: {e}", dump.display()));
    text.lines()
        .find_map(|l| {
            l.strip_prefix("totals:")
                .or_else(|| l.strip_prefix("summary:"))
        })
        .and_then(|n| n.trim().parse().ok())
        .expect("a callgrind dump has its totals")
}

/// Every function by inclusive cost, as `callgrind_annotate` lists them.
fn profile(dump: &Path, total: u64) -> Vec<(f64, String)> {
    let Ok(out) = Command::new("callgrind_annotate")
        .args(["--inclusive=yes", "--threshold=100"])
        .arg(dump)
        .output()
    else {
        return Vec::new();
    };
    // "3,141,592 (42.00%)  ???:roster_bench::warm::measured [/path/roster-bench]"
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| {
            let (count, rest) = line.trim().split_once(' ')?;
            let count: u64 = count.replace(',', "").parse().ok()?;
            let function = rest.trim_start().split_once(")  ")?.1;
            let function = function.split(" [").next()?;
            // "???:name", or "./malloc/./malloc/malloc.c:free": the name.
            let function = match function.strip_prefix("???:") {
                Some(name) => name,
                None if function.starts_with(['.', '/']) => function.split_once(':')?.1,
                None => function,
            };
            Some((count as f64 / total.max(1) as f64, function.to_owned()))
        })
        .collect()
}
