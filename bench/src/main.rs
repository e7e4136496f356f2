//! `roster-bench`, run by `./scripts/bench`: measures on this machine, against
//! the moto server the script started, and writes `BENCHMARKS.md`.
//!
//! 1. DynamoDB and SES requests and capacity per operation (SDK interceptor).
//! 2. Cold start of each function's release binary under a Lambda Runtime API
//!    emulator, against an empty `lambda_runtime` function.
//! 3. Size of each release binary.
//! 4. The warm path of invite, list users, POST /authorize and the Lambda
//!    authorizer, in-process.
//! 5. The sweep's read capacity with few and with many users.

mod coldstart;
mod report;
mod warm;

use report::Report;
use std::path::PathBuf;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let release = PathBuf::from(
        std::env::var("BENCH_RELEASE_DIR").unwrap_or_else(|_| "target/release".into()),
    );
    let sweep_users: usize = std::env::var("BENCH_SWEEP_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let mut report = Report::new();
    eprintln!("1/5 store cost per operation");
    report.store_cost(e2e::tour::run().await);
    eprintln!("2/5 cold start");
    let cold = coldstart::measure(&release).await;
    report.cold_start(&cold);
    eprintln!("3/5 binary size");
    report.binary_sizes(&release, &cold);
    eprintln!("4/5 warm path");
    report.warm(&warm::measure().await);
    eprintln!("5/5 sweep scaling ({sweep_users} users)");
    let small = warm::sweep_read_units(1_000).await;
    let large = warm::sweep_read_units(sweep_users).await;
    report.sweep(small, large, sweep_users);
    std::fs::write("BENCHMARKS.md", report.finish()).expect("cannot write BENCHMARKS.md");
    eprintln!("wrote BENCHMARKS.md");
}
