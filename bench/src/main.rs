//! `roster-bench`, run by `./scripts/bench`: measures on this machine, against
//! the moto server the script started, and writes `BENCHMARKS.md`.
//!
//! 1. DynamoDB and SES requests and capacity per operation (SDK interceptor),
//!    and per SES event recorded by `record-delivery`.
//! 2. Cold start of each function's release binary under a Lambda Runtime API
//!    emulator, against an empty `lambda_runtime` function; and with TLS in
//!    front of moto (`crate::tls`), each function's init, first and warm
//!    request at full CPU and under a 128 MB function's share, with and
//!    without the warm-up in init.
//! 3. Size of each release binary.
//! 4. The warm path of every operation, in-process (`roster-bench warm`):
//!    CPU time and instructions (callgrind) per request, where the
//!    instructions go, and a request's time under a 128 MB function's CPU.
//! 5. `opt-level` "z", "s" and 3 compared on a subset of the binaries.
//! 6. The sweep's read capacity with few and with many users.
//!
//! `BENCH_ONLY=store`, `BENCH_ONLY=cold` or `BENCH_ONLY=sweep` runs section
//! 1, 2 or 6 alone and puts it in place in the earlier `BENCHMARKS.md`
//! (`Report::splice`).

mod checks;
mod coldstart;
mod instructions;
mod opt_levels;
mod report;
mod sweep;
mod tls;
mod warm;

use report::Report;
use std::path::{Path, PathBuf};

/// Users of the large table whose access has ended, for the sweep's scaling.
pub const SWEEP_ENDED: usize = 1_000;
/// The operations whose profiles the report shows, and the simulated 128 MB
/// function runs.
const PROFILED: &[&str; 2] = &[e2e::operations::INVITE, e2e::operations::LIST_USERS];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("warm") => return warm::main(&args[1..]),
        Some("handshake") => return tls::main(&args[1..]),
        _ => {}
    }
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(bench());
}

async fn bench() {
    let release = PathBuf::from(
        std::env::var("BENCH_RELEASE_DIR").unwrap_or_else(|_| "target/release".into()),
    );
    let sweep_users: usize = std::env::var("BENCH_SWEEP_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let bench = std::env::current_exe().expect("the bench's own path");
    // One section alone, put in place in the earlier BENCHMARKS.md.
    if let Some(only) = std::env::var("BENCH_ONLY").ok().filter(|o| !o.is_empty()) {
        let mut report = Report::section_only();
        match only.as_str() {
            "store" => store_cost(&mut report).await,
            "cold" => {
                cold_start(&mut report, &release, &bench).await;
            }
            "sweep" => sweep_scaling(&mut report, sweep_users).await,
            other => panic!("BENCH_ONLY={other}: it takes store, cold or sweep"),
        }
        let earlier = std::fs::read_to_string("BENCHMARKS.md").expect("an earlier BENCHMARKS.md");
        // A few functions' cold start goes in beside the others' figures.
        let few = coldstart::named().filter(|_| only == "cold");
        let written = match few {
            Some(names) => {
                let command =
                    format!("BENCH_ONLY=cold BENCH_COLD_FUNCTIONS={names} ./scripts/bench");
                report.splice_part(&earlier, &command, &names.replace(',', ", "))
            }
            None => report.splice(&earlier, &format!("BENCH_ONLY={only} ./scripts/bench")),
        };
        std::fs::write("BENCHMARKS.md", written).expect("cannot write BENCHMARKS.md");
        eprintln!("rewrote that section of BENCHMARKS.md");
        return;
    }
    let mut report = Report::new();
    store_cost(&mut report).await;
    let cold = cold_start(&mut report, &release, &bench).await;
    eprintln!("3/6 binary size");
    report.binary_sizes(&release, &cold);
    eprintln!("4/6 warm path: time");
    let timed = warm::run(&bench, warm::REQUESTS, None, &[]).await;
    eprintln!("4/6 warm path: instructions (callgrind)");
    let counted = instructions::count(&bench, warm::OPERATIONS);
    report.warm(&timed, counted.as_deref());
    if let Some(counted) = &counted {
        report.profiles(counted, PROFILED);
    }
    eprintln!("4/6 warm path: a 128 MB function's CPU");
    // Unthrottled too, with as many requests: moto slows as its table grows.
    let unthrottled = warm::run(&bench, warm::QUOTA_REQUESTS, None, PROFILED).await;
    let mut throttled = Vec::new();
    if warm::Quota::available() {
        for quota in warm::QUOTAS {
            throttled.push(warm::run(&bench, warm::QUOTA_REQUESTS, Some(quota), PROFILED).await);
        }
    }
    report.simulation(&unthrottled, &throttled, PROFILED);
    eprintln!("5/6 opt-level");
    report.opt_levels(&opt_levels::measure(&release, &bench).await);
    sweep_scaling(&mut report, sweep_users).await;
    std::fs::write("BENCHMARKS.md", report.finish()).expect("cannot write BENCHMARKS.md");
    eprintln!("wrote BENCHMARKS.md");
}

/// Section 1: the tour's requests and capacity, record-delivery's for one
/// SES event, and the checks', the requirement's switch, the last-active
/// marks and the trigger's (`checks`).
async fn store_cost(report: &mut Report) {
    eprintln!("1/6 store cost per operation");
    let mut steps = e2e::tour::run().await;
    steps.push(warm::delivery_cost().await);
    report.store_cost(steps, &checks::measure().await);
}

/// Section 2: each release binary's cold start, and with TLS when the bench's
/// builds are there (`BENCH_TLS_DIR`).
async fn cold_start(
    report: &mut Report,
    release: &Path,
    bench: &Path,
) -> Vec<coldstart::ColdStart> {
    eprintln!("2/6 cold start");
    let cold = coldstart::measure(release).await;
    report.cold_start(&cold);
    if let Ok(dir) = std::env::var("BENCH_TLS_DIR") {
        eprintln!("2/6 cold start with TLS");
        report.cold_start_tls(&coldstart::measure_tls(Path::new(&dir), bench).await);
    }
    cold
}

/// Section 6: the sweep's reads over 1,000 users, over `users`, and over
/// `users` with `SWEEP_ENDED` of them due.
async fn sweep_scaling(report: &mut Report, users: usize) {
    eprintln!("6/6 sweep scaling ({users} users)");
    let small = sweep::sweep_read_units(1_000, 0).await;
    let large = sweep::sweep_read_units(users, 0).await;
    let due = sweep::sweep_read_units(users, SWEEP_ENDED).await;
    report.sweep(small, large, due, users);
}

/// The size of a file in MiB, 0 if it is not there.
fn mib(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |m| m.len() as f64 / (1024.0 * 1024.0))
}
