//! `BENCHMARKS.md`: a table per section, the command and the date, and
//! whether each target holds.

use crate::checks::{Checks, Marks, STEADY_PACE, STEADY_SPAN, Switch};
use crate::coldstart::{BASELINE, ColdStart, Tls};
use crate::instructions::Counted;
use crate::opt_levels::OptLevel;
use crate::warm::Warm;
use e2e::Request;
use e2e::tour::Step;
use std::fmt::Write;
use std::path::Path;
use std::time::Duration;

pub struct Report(String);

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn ms2(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// The figures before the cuts of issue 13, measured the same way on this
/// machine (a bench run of `opt-level = "z"` and glibc's malloc, 30 requests).
const BEFORE_CUTS: &str = "Before the cuts (`opt-level = \"z\"`, glibc's malloc; measured \
     the same way on 2026-11-23, 30 requests each): invite 3.64 M instructions and 1.73 ms of \
     our CPU per request, p50 36.0 ms unthrottled, 29.2 ms at 7200 µs per 100000 µs, 27.9 ms at \
     1000 µs per 13889 µs, 58.3 ms computed for a steady share; list users (50 a page) 12.46 M \
     instructions and 2.34 ms, p50 97.1, 92.5, 105.0 and 127.3 ms. moto's latency varies by \
     several milliseconds from run to run, more than the quotas add at these CPU times: \
     against moto, the measured columns show that a 128 MB function's share costs a request \
     little while most of its time is spent waiting; the computed column is the bound for a \
     store that answers at once.";

/// Functions listed of each profile.
const PROFILE_TOP: usize = 25;

/// What the profiles say (read off the profiles of `opt-level = "s"` with
/// mimalloc).
const PROFILE_READING: &str = "What it means. The AWS SDK is about two thirds of every \
     operation's instructions, and most of the rest is the data itself. SigV4 signing is the \
     largest part of any operation that reads or writes a few items: about 0.25 M instructions \
     per signed request (SHA-256 of the body and of the canonical request, and the signing key \
     derived anew for each request by four HMACs); callgrind runs the sha2 crate's portable \
     code, because valgrind hides the CPU's SHA instructions, which the real run uses, so on \
     the machine this part is cheaper than its share here. Then, for each request, the SDK's \
     own per-operation work: its configuration layers and interceptors rebuilt \
     (`apply_configuration`), the user agent header, endpoint rules, and HTTP (hyper, over \
     a connection kept alive). \
     Deserializing answers grows with the items read: for a page of 50 users it is half of \
     list users, the SDK building a map (hashed with SipHash) per item and a string per \
     attribute, then serde_dynamo turning those maps into our records (a fifth) and the \
     answer's JSON (an eighth). Our own code outside those (rules, keys, the API Gateway \
     event, the span and log line) is a few percent. What was cut, by the means the issue \
     allows: `opt-level` \"s\" instead of \"z\" (section 5: a third fewer instructions, the \
     largest cut), and mimalloc as the global allocator (`shared/src/lambda.rs`: about a \
     tenth fewer instructions per request, measured with callgrind at \"s\": invite 2.56 M to \
     2.29 M, list users 7.64 M to 6.74 M). What the SDK offers as settings does not touch the \
     rest: signing, serialization and its per-request configuration have no switch, and the \
     stalled-stream protection it could drop is under 1%. The number of \
     signed requests is fixed by the request-count target, and each costs about 0.6 M \
     instructions before any item is read (me: one Query).";

/// Why the release profile has the `opt-level` it has (the figures of the
/// run that chose it, before mimalloc).
const OPT_LEVEL_CHOICE: &str = "Choice: `opt-level = \"s\"`. When it was chosen (same \
     bench, glibc's malloc, 10 requests each), invite took 3.64 M instructions per request at \
     \"z\", 2.56 M at \"s\" and 2.26 M at 3; list users 12.46 M, 7.64 M and 6.63 M; invite-user \
     was 5.69 MiB, 6.18 MiB and 9.37 MiB. \"s\" takes 30 to 39% off \"z\"'s instructions per \
     request for half a MiB; 3 takes 10 to 13% more but its binaries are over the 8 MiB \
     target. Init takes fewer instructions at \"s\" than at \"z\" too (the table).";

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

/// Where the section under `heading` lies in `earlier` (a whole
/// `BENCHMARKS.md`): from the newline before its heading to the next such
/// heading or the closing `Rerun:` line.
fn bounds(earlier: &str, heading: &str) -> (usize, usize) {
    let start = earlier
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("BENCHMARKS.md has no section {heading:?}"));
    let rest = &earlier[start + 1..];
    let end = rest
        .find("\n## ")
        .or_else(|| rest.find("\nRerun: "))
        .map(|i| i + start + 1)
        .expect("BENCHMARKS.md has a section or a Rerun line after it");
    (start, end)
}

/// What one step's requests cost.
struct Cost {
    dynamodb: usize,
    ses: usize,
    scans: usize,
    reads: f64,
    writes: usize,
    /// Each request's operation, in order.
    calls: String,
}

impl Cost {
    fn of(requests: &[Request]) -> Cost {
        let dynamo: Vec<&Request> = requests
            .iter()
            .filter(|r| r.operation.starts_with("dynamodb:"))
            .collect();
        let calls: Vec<&str> = requests
            .iter()
            .map(|r| r.operation.split(':').nth(1).unwrap_or(""))
            .collect();
        Cost {
            dynamodb: dynamo.len(),
            ses: requests
                .iter()
                .filter(|r| r.operation.starts_with("sesv2:"))
                .count(),
            scans: dynamo
                .iter()
                .filter(|r| r.operation.ends_with(":Scan"))
                .count(),
            // Folded from 0, not summed: an empty f64 sum is -0.
            reads: dynamo.iter().fold(0.0, |sum, r| sum + r.units),
            writes: dynamo.iter().map(|r| 2 * r.write_actions).sum(),
            calls: calls.join(", "),
        }
    }
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

    /// A report of one section alone (`BENCH_ONLY`), to put in place of that
    /// section of an earlier run's `BENCHMARKS.md` (`splice`).
    pub fn section_only() -> Report {
        Report(String::new())
    }

    /// `earlier` (a whole `BENCHMARKS.md`) with the section this report
    /// holds (from its heading, `## N. ...`, to the next such heading or the
    /// closing `Rerun:` line) replaced by this report's, which says when it
    /// was rerun and by `command`.
    pub fn splice(self, earlier: &str, command: &str) -> String {
        let heading = self.heading();
        let (start, end) = bounds(earlier, &heading);
        let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
        let note = format!(
            "\n{heading}\n\nThis section rerun alone on {now} (`{command}`); the sections \
             without such a note are of the run above.\n"
        );
        let section = self.0.replacen(&format!("\n{heading}\n"), &note, 1);
        format!(
            "{}{}\n{}",
            &earlier[..start],
            section.trim_end(),
            &earlier[end..]
        )
    }

    /// `earlier` with this report's section put in as a part of that
    /// section, at its end under `### Rerun alone: {what}` (in place of an
    /// earlier part of that name), its own headings one level down: a run
    /// of a few functions leaves the others' figures as they are.
    pub fn splice_part(self, earlier: &str, command: &str, what: &str) -> String {
        let heading = self.heading();
        let (start, end) = bounds(earlier, &heading);
        let section = &earlier[start..end];
        let title = format!("\n### Rerun alone: {what}\n");
        let kept = match section.find(&title) {
            Some(i) => {
                let after = i + title.len();
                let next = section[after..]
                    .find("\n### ")
                    .map_or(section.len(), |j| after + j);
                format!("{}{}", &section[..i], &section[next..])
            }
            None => section.to_owned(),
        };
        let body = self
            .0
            .trim_start()
            .split_once('\n')
            .map_or("", |(_, body)| body)
            .replace("\n### ", "\n#### ");
        let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
        format!(
            "{}{}\n{title}\nRun on {now} (`{command}`); the rest of this section is of the run \
             it names.\n{}\n{}",
            &earlier[..start],
            kept.trim_end(),
            body.trim_end(),
            &earlier[end..]
        )
    }

    /// The heading (`## N. ...`) this report's section starts with.
    fn heading(&self) -> String {
        self.0
            .trim_start()
            .lines()
            .next()
            .filter(|line| line.starts_with("## "))
            .expect("the report starts with a section's heading")
            .to_owned()
    }

    fn line(&mut self, text: &str) {
        self.0.push_str(text);
        self.0.push('\n');
    }

    pub fn store_cost(&mut self, steps: Vec<Step>, checks: &Checks) {
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
        let mut mails_ok = true;
        let mut sweep_queries = 0;
        for step in steps.iter().chain(&checks.steps) {
            let cost = Cost::of(&step.requests);
            scans += cost.scans;
            if step.operation.starts_with("expiry sweep") {
                sweep_queries = cost.dynamodb;
            } else if cost.dynamodb > 2 {
                over.push(step.operation);
            }
            if [e2e::operations::INVITE, e2e::operations::RESEND].contains(&step.operation) {
                mails_ok &= cost.ses == 1;
            }
            self.line(&format!(
                "| {} | {} | {} | {} | {} | {} |",
                step.operation, cost.dynamodb, cost.ses, cost.reads, cost.writes, cost.calls
            ));
        }
        // A check stays one DynamoDB read (the contract), whatever the
        // account requires and whether it is allowed.
        let check_rows: Vec<&Step> = steps
            .iter()
            .filter(|s| s.operation == e2e::operations::AUTHORIZE)
            .chain(
                checks
                    .steps
                    .iter()
                    .filter(|s| s.operation.starts_with("authorize")),
            )
            .collect();
        let one_read = check_rows
            .iter()
            .all(|s| s.requests.len() == 1 && s.requests[0].operation == "dynamodb:GetItem");
        let trigger_rows = checks
            .steps
            .iter()
            .filter(|s| s.operation.starts_with("pre-token-generation"));
        let one_lookup = trigger_rows
            .clone()
            .all(|s| s.requests.len() == 1 && s.requests[0].operation.ends_with(":AdminGetUser"));
        self.line(&format!(
            "\nTarget: at most 2 DynamoDB requests per operation: {} ({}). 1 SES request for \
             invite and resend: {}. No Scan anywhere: {}. A check (`/authorize` and the \
             authorizer, in an account that requires a second factor too, allowed or not) \
             is one DynamoDB read: {} ({} checks). The sweep makes one query per shard of \
             each of its indexes ({sweep_queries}), whatever the table holds. \
             `record-delivery` is invoked once per SES event (EventBridge), measured here on \
             a \"Delivery\" event. The pre-token-generation trigger asks Cognito once per \
             sign-in (`AdminGetUser`, against moto's Cognito; its calls column, not SES's): \
             {}; its cold start is in section 2.",
            holds(over.is_empty()),
            if over.is_empty() {
                "every operation".to_owned()
            } else {
                format!("over: {}", over.join(", "))
            },
            holds(mails_ok),
            holds(scans == 0),
            holds(one_read),
            check_rows.len(),
            holds(one_lookup),
        ));
        self.line(
            "\nPartner access reads the client account's whole partition (account, users, \
             requests) in one query, so its read units grow with the account's users; a switch \
             away from a partner with more than 30 active users takes one more transaction for \
             every 30 (a transaction holds at most 100 writes).",
        );
        self.switches(&checks.switches);
        self.marks(&checks.marks);
    }

    /// The requirement of a second factor switched on, by account size.
    fn switches(&mut self, switches: &[Switch]) {
        self.line("\n### Requiring a second factor\n");
        self.line(
            "`PATCH /accounts/{id}` with `require_mfa: true`, by an owner whose token shows a \
             second factor, in an account of that many active users (the owner one of them): \
             a check reads the caller's membership alone, so the requirement is copied onto \
             every user and membership, in transactions of at most 48 users \
             (`shared/src/ops/settings.rs`), the first also writing the account and its event.\n",
        );
        self.line("| users | DynamoDB requests | transactions | write actions | read units | write units (est.) | calls |");
        self.line("|---|---|---|---|---|---|---|");
        for switch in switches {
            let cost = Cost::of(&switch.requests);
            let transactions = Marks::writes(&switch.requests);
            let actions: usize = switch.requests.iter().map(|r| r.write_actions).sum();
            self.line(&format!(
                "| {} | {} | {transactions} | {actions} | {} | {} | {} |",
                thousands(switch.users),
                cost.dynamodb,
                cost.reads,
                cost.writes,
                cost.calls
            ));
        }
        self.line(
            "\nThe switch is rare and the owner's alone; it grows with the users (2 writes per \
             user, about 4 write units) so that every check stays one read. The partition's \
             read is one query; moto reports a unit per query page, while DynamoDB charges it \
             by the items' size (a unit per 4 KB), so on AWS its read units grow with the users \
             too. Switching it off writes the same copies.",
        );
    }

    /// A steady user's last-active marks, beside their checks' reads.
    fn marks(&mut self, marks: &Marks) {
        let every = marks.every.as_secs();
        let reads = |requests: &[Request]| -> (usize, f64) {
            let gets: Vec<&Request> = requests
                .iter()
                .filter(|r| r.operation == "dynamodb:GetItem")
                .collect();
            (gets.len(), gets.iter().map(|r| r.units).sum())
        };
        let (burst_checks, burst_units) = reads(&marks.burst);
        let burst_marks = Marks::writes(&marks.burst);
        let (steady_checks, _) = reads(&marks.steady);
        let steady_marks = Marks::writes(&marks.steady);
        let mark_units: usize = 2 * marks
            .burst
            .iter()
            .chain(&marks.steady)
            .find(|r| r.write_actions > 0)
            .map_or(2, |r| r.write_actions);
        let read_units = burst_units / burst_checks.max(1) as f64;
        self.line("\n### Last active: a steady user's marks\n");
        self.line(&format!(
            "A check (`/authorize`, the authorizer, or any API request) that reads a mark older \
             than the start of the current period (`LAST_ACTIVE_EVERY`, {every} s deployed) \
             moves it by one conditional transaction beside the answer: {mark_units} write \
             units (the user and its membership). The code reads the system's clock, so the \
             rule is measured over real time with a shorter period, and at the deployed one \
             over a burst:\n"
        ));
        let beyond = if burst_marks > 1 {
            " Beyond the first, each is a check that read the stale mark before the first \
             mark landed (moto takes tens of milliseconds to write); its condition \
             (`last_active_at` older than the period's start) refuses it, but it is sent and \
             counted here."
        } else {
            " Only the first wrote."
        };
        self.line(&format!(
            "- {burst_checks} checks one after another, {every} s period, the first finding \
             the mark stale (taken off the items first): {burst_marks} transaction(s).{beyond}",
        ));
        self.line(&format!(
            "- {steady_checks} checks, one every {} ms for {} s, {} s period: {steady_marks} \
             transactions, one per period entered.\n",
            STEADY_PACE.as_millis(),
            STEADY_SPAN.as_secs(),
            marks.short_every.as_secs(),
        ));
        self.line(&format!(
            "So a user checking steadily at N checks per second makes one mark per {every} s \
             period, {:.0} per hour, over {every}·N checks. Per million checks, from that rule, \
             with {mark_units} write units per mark and {read_units} read units per check \
             (measured above):\n",
            3600.0 / every as f64
        ));
        self.line("| checks per second | checks per period | marks per million checks | write units per million checks | read units per million checks | writes ÷ reads |");
        self.line("|---|---|---|---|---|---|");
        for rate in [0.1, 1.0, 10.0, 100.0] {
            let per_period = rate * every as f64;
            let marks = 1e6 / per_period.max(1.0);
            let writes = marks * mark_units as f64;
            let reads = 1e6 * read_units;
            self.line(&format!(
                "| {rate} | {} | {} | {} | {} | {:.2}% |",
                thousands(per_period.round() as usize),
                thousands(marks.round() as usize),
                thousands(writes.round() as usize),
                thousands(reads.round() as usize),
                100.0 * writes / reads.max(1e-9)
            ));
        }
        self.line(
            "\nOn demand, DynamoDB prices a write unit at five read units; even at a check every \
             ten seconds the marks cost a small part of the reads. Bursts of concurrent checks \
             add the refused transactions above, at most one per check in flight while the \
             first mark is written.",
        );
    }

    pub fn cold_start(&mut self, cold: &[ColdStart]) {
        self.line("\n## 2. Cold start\n");
        self.line(&format!(
            "Each release binary started as Lambda starts it (`AWS_LAMBDA_RUNTIME_API` pointing \
             at an emulator in the bench), median of {} runs. Init: process start to its first \
             request for an event. First invocation: event handed over to answer, including \
             its DynamoDB calls to moto, over the connection init opened (plain HTTP here; \
             with TLS below).\n",
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
             randomization: not done. Init now also opens the connection the first request \
             will use (`Deps::warm_up`): one DescribeEndpoints request to moto, about 0.8 M \
             instructions and a round trip (most functions took 1.87 M instructions before \
             it); invite and resend also build their SES client and open its connection (a \
             GetConfigurationSet of the set their mail goes through), publish-events \
             EventBridge's (an unsigned DescribeEventBus, which EventBridge refuses before any \
             permission); the authorizer's JWKS fetch is refused at once here (a closed port). \
             Each function's event is one it serves by reaching AWS as a real request does \
             (`events_for` in `bench/src/coldstart.rs`): ids that name nothing where naming \
             something would only read more, and for create-account, invite and resend what \
             their writes and email need, made first. What the warm-up buys shows with TLS, \
             below.",
        );
    }

    pub fn cold_start_tls(&mut self, tls: &Tls) {
        use crate::coldstart::{TLS_QUOTA, TLS_RUNS};
        let (quota, period) = TLS_QUOTA;
        self.line("\n### With TLS, and the warm-up in init\n");
        self.line(&format!(
            "The same starts with TLS in front of moto, as DynamoDB and SES are reached on AWS: \
             a certificate authority made for the run (rcgen), a terminator on loopback (rustls \
             on aws-lc, `bench/src/tls.rs`), and the bench's builds of the functions \
             (`--features shared/bench`: they also trust that authority, from \
             `ROSTER_BENCH_CA`; deployed builds trust Amazon's roots only) pointed at it with \
             `AWS_ENDPOINT_URL=https://127.0.0.1:PORT`. The authorizer's event carries a token \
             the bench signed, so its first request fetches the JWKS, over TLS too. Each \
             process gets three events: the first request, then the third is the warm one. \
             Without the warm-up: `ROSTER_BENCH_NO_WARM_UP` (only the bench's builds read it); \
             with it, init opens the DynamoDB connection (and SES's for invite and resend, \
             EventBridge's for publish-events, Cognito's for the sign-in trigger, the JWKS for the authorizer) within {} s. Median of {TLS_RUNS} runs of each, the two \
             alternated. 128 MB: init at full CPU, as Lambda runs it, and from the first poll \
             for an event the process in a cgroup (v1) at {quota} µs per {period} µs (a steady \
             7.2% of a core, section 4).\n",
            shared::deps::WARM_UP_LIMIT.as_secs()
        ));
        let sides = if tls.throttled {
            vec![
                (true, "Under the 128 MB simulation"),
                (false, "At full CPU"),
            ]
        } else {
            self.line(
                "The 128 MB simulation needs root and cgroup v1's CPU controller: not run here.\n",
            );
            vec![(false, "At full CPU")]
        };
        // A function whose requests reach no AWS service (list-roles) takes
        // well under a millisecond at full CPU without the warm-up, TLS or
        // not: its first request has no handshake for the warm-up to save.
        let no_aws = |start: &crate::coldstart::TlsStart| {
            start
                .setting(false, false)
                .is_some_and(|s| s.first < Duration::from_millis(1))
        };
        let answered_alone: Vec<&str> = tls
            .starts
            .iter()
            .filter(|s| no_aws(s))
            .map(|s| s.binary.as_str())
            .collect();
        let mut worst: Option<(f64, String)> = None;
        let mut pays = Vec::new();
        let mut costs = Vec::new();
        for (throttled, title) in sides {
            self.line(&format!("{title}:\n"));
            self.line(
                "| function | init ms without warm-up | init ms with | first request ms without | first request ms with | warm request ms | first ÷ warm, with |",
            );
            self.line("|---|---|---|---|---|---|---|");
            for start in &tls.starts {
                let (Some(off), Some(on)) = (
                    start.setting(throttled, false),
                    start.setting(throttled, true),
                ) else {
                    continue;
                };
                let warm = on.warm.min(off.warm);
                let ratio = on.first.as_secs_f64() / warm.as_secs_f64().max(1e-9);
                self.line(&format!(
                    "| {} | {} | {} | {} | {} | {} | {ratio:.1} |",
                    start.binary,
                    ms(off.init),
                    ms(on.init),
                    ms(off.first),
                    ms(on.first),
                    ms(warm),
                ));
                if throttled == tls.throttled && !no_aws(start) {
                    if worst.as_ref().is_none_or(|(w, _)| ratio > *w) {
                        worst = Some((ratio, start.binary.clone()));
                    }
                    let added = on.init.as_secs_f64() - off.init.as_secs_f64();
                    let saved = off.first.as_secs_f64() - on.first.as_secs_f64();
                    if saved > added {
                        pays.push(start.binary.clone());
                    } else {
                        costs.push(format!(
                            "{} (init +{:.1} ms, first request {:+.1} ms)",
                            start.binary,
                            added * 1000.0,
                            -saved * 1000.0
                        ));
                    }
                }
            }
            self.line("");
        }
        if !answered_alone.is_empty() {
            self.line(&format!(
                "Answered before any AWS request (under 1 ms at full CPU without the warm-up), so \
                 their first request has no handshake for the warm-up to save and init opens \
                 nothing for them: {}. They are left out of the target and the weighing below.\n",
                answered_alone.join(", ")
            ));
        }
        if let Some((first, later, agreed)) = &tls.handshake {
            self.line(&format!(
                "One TLS handshake with the terminator, client side (rustls on aws-lc, as the \
                 functions'; agreed: {agreed}; callgrind inside `tls::handshake`, the TCP \
                 connection's set-up included): {:.2} M instructions for a process's first, \
                 which also pays aws-lc's one-time start (its CPU checks and the entropy \
                 source's seeding), and {:.2} M for each later one. A 128 MB function runs about \
                 a million instructions per 14 ms of its share.\n",
                *first as f64 / 1e6,
                *later as f64 / 1e6,
            ));
        }
        let share = if tls.throttled {
            "under the 128 MB simulation"
        } else {
            "at full CPU (the simulation did not run)"
        };
        if let Some((ratio, binary)) = &worst {
            self.line(&format!(
                "Target: the first request within 3× a warm request for every function and the \
                 authorizer, {share}, with the warm-up: {} (worst {ratio:.1}×, {binary}, of \
                 those whose first request reaches AWS).\n",
                holds(*ratio <= 3.0)
            ));
        }
        if tls.throttled {
            self.line(
                "Where the first request's clock starts: when the event is handed over. The \
                 process moves into the cgroup when it first asks for an event, and that move \
                 takes 5 to 15 ms here (writing `cgroup.procs` waits for an RCU grace period); \
                 before 2026-12-03 the bench counted it in the first request, which made a \
                 first request with the warm-up 10 to 50 ms and the 3× goal fail for 17 \
                 functions. On Lambda the share is in place before the event arrives, so the \
                 move belongs to neither init nor the request and is in neither column.\n",
            );
        }
        self.line(&format!(
            "Weighed {share}: the warm-up saves the first request more than it adds to init for \
             {} of {} functions{}.",
            pays.len(),
            pays.len() + costs.len(),
            if costs.is_empty() {
                String::new()
            } else {
                format!("; not for {}", costs.join(", "))
            }
        ));
    }

    pub fn binary_sizes(&mut self, release: &Path, cold: &[ColdStart]) {
        self.line("\n## 3. Binary size\n");
        self.line("Stripped release binaries (`[profile.release]` in Cargo.toml: LTO, one codegen unit, `panic = \"abort\"`, and the `opt-level` section 5 chose).\n");
        self.line("| binary | MiB |");
        self.line("|---|---|");
        let mut largest: f64 = 0.0;
        for c in cold {
            let size = crate::mib(&release.join(&c.binary));
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

    pub fn warm(&mut self, warm: &[Warm], counted: Option<&[Counted]>) {
        self.line("\n## 4. Warm path\n");
        self.line(&format!(
            "Every operation's handler called in-process by `roster-bench warm` with the event \
             API Gateway (or EventBridge) hands the function, one request after another, \
             against moto, after {} requests of warm-up; what a request needs first (an \
             invitation to revoke, a user to reactivate) is made before it, unmeasured. A \
             request is `measured` in `bench/src/warm.rs`: the event's parsing, the handler \
             with its span and closing log line (JSON, written to a sink), the AWS SDK \
             (serialization, signing, HTTP) and the answer, on one current-thread runtime. \
             CPU: that thread's own time (`/proc/thread-self/schedstat`) over {} requests; \
             moto runs in another process, so its time is excluded. Instructions: counted by \
             valgrind's callgrind over {} requests, with collection on only inside \
             `measured` (`--toggle-collect`) and a dump after each operation; they do not \
             depend on the machine's load.\n",
            crate::warm::WARM_UP,
            crate::warm::REQUESTS,
            crate::instructions::REQUESTS,
        ));
        self.line("| operation | p50 ms | p99 ms | our CPU per request ms | of it in the kernel ms | instructions per request (M) |");
        self.line("|---|---|---|---|---|---|");
        let mut over = Vec::new();
        let millions = |operation: &str| {
            counted
                .and_then(|c| c.iter().find(|c| c.operation == operation))
                .map(|c| c.per_request / 1e6)
        };
        for w in warm {
            let instructions = millions(&w.operation).map_or("-".to_owned(), |m| format!("{m:.2}"));
            let cpu = w.cpu_per_request();
            if crate::PROFILED.contains(&w.operation.as_str()) && cpu > Duration::from_micros(500) {
                over.push(format!("{} {} ms", w.operation, ms2(cpu)));
            }
            self.line(&format!(
                "| {} | {} | {} | {} | {} | {instructions} |",
                w.operation,
                ms(w.p50()),
                ms(w.p99()),
                ms2(cpu),
                ms2(w.system_per_request()),
            ));
        }
        self.line(
            "\nLatency is moto's: a Python server that answers one request at a time \
             (`scripts/moto_server.py`) and copies the table for every transaction. Our own \
             CPU and instructions per request are the figures to watch.",
        );
        self.line(&format!(
            "\nTarget: invite and list users at most 0.5 ms of our CPU per request: {}{}.",
            holds(over.is_empty()),
            if over.is_empty() {
                String::new()
            } else {
                format!(" (lowest reached: {}; why: below)", over.join(", "))
            }
        ));
        let [invite, list] =
            crate::PROFILED.map(|op| millions(op).map_or("-".to_owned(), |m| format!("{m:.1} M")));
        self.line(&format!(
            "\nCPU time depends on the machine: this one has 2 cores shared with other \
             developers' builds; the kernel's part is loopback TCP to moto, over connections \
             kept alive as DynamoDB's are. Instructions do not: invite's {invite} and list \
             users' {list} are what would have to fall to 0.5 ms, about a million at the rate \
             this machine runs them. Below, where they go: two thirds are the AWS SDK's, a \
             third SigV4 signing alone for invite, half DynamoDB's answer for a page of 50 \
             users; neither has a setting that cuts them, and the request count is fixed.",
        ));
    }

    /// Where the instructions go: each operation by part, and the top of the
    /// profiles of `operations`.
    pub fn profiles(&mut self, counted: &[Counted], operations: &[&str]) {
        use crate::instructions::PARTS;
        self.line("\n### Where the instructions go\n");
        self.line(
            "From the same callgrind run: each operation's dump read with `callgrind_annotate \
             --inclusive=yes` (`--dump-instr=no`), as shares of its instructions. The parts, \
             found by the functions that enter them:\n",
        );
        for (short, what, _) in PARTS {
            self.line(&format!("- {short}: {what}"));
        }
        let mut header = "\n| operation |".to_owned();
        let mut rule = "|---|".to_owned();
        for (short, _, _) in PARTS {
            header.push_str(&format!(" {short} |"));
            rule.push_str("---|");
        }
        self.line(&header);
        self.line(&rule);
        for c in counted {
            let mut row = format!("| {} |", c.operation);
            for (_, _, functions) in PARTS {
                row.push_str(&format!(" {:.0}% |", c.part(functions) * 100.0));
            }
            self.line(&row);
        }
        for operation in operations {
            let Some(c) = counted.iter().find(|c| c.operation == *operation) else {
                continue;
            };
            self.line(&format!(
                "\nThe top of {operation}'s profile ({:.2} M instructions per request; \
                 inclusive, so a function's share holds its callees'; names as LTO left them, \
                 inlined functions counted in their callers):\n",
                c.per_request / 1e6
            ));
            self.line("| share | function |");
            self.line("|---|---|");
            let below_the_bench = c.profile.iter().filter(|(share, f)| {
                *share < 0.999 && !f.starts_with("roster_bench::") && f.contains("::")
            });
            for (share, function) in below_the_bench.take(PROFILE_TOP) {
                let function = function.replace('|', "\\|");
                self.line(&format!("| {:.1}% | `{function}` |", share * 100.0));
            }
        }
        self.line(&format!("\n{PROFILE_READING}"));
    }

    /// A 128 MB function's CPU share, simulated by CPU quotas (`QUOTAS`,
    /// one run in `throttled` for each; none where cgroups cannot be used),
    /// beside `unthrottled`, a run of as many requests.
    pub fn simulation(
        &mut self,
        unthrottled: &[Warm],
        throttled: &[Vec<Warm>],
        operations: &[&str],
    ) {
        use crate::warm::QUOTAS;
        self.line("\n### A 128 MB function, simulated\n");
        let (quota, period) = QUOTAS[0];
        let share = quota as f64 / period as f64;
        if throttled.is_empty() {
            self.line(
                "This machine has no cgroup v1 CPU controller the bench can write, so the \
                 figure is only computed (last columns but one).\n",
            );
        } else {
            self.line(&format!(
                "The warm loop of each operation below with its thread in a cgroup (v1) of \
                 its own, under `cpu.cfs_quota_us` per `cpu.cfs_period_us`: {:.1}% of one \
                 core, as Lambda gives a 128 MB function (one vCPU at 1,769 MB); {} requests \
                 each, as in the unthrottled run beside them (moto slows as its table grows, so \
                 runs of different lengths do not compare). moto is not throttled (DynamoDB is \
                 not). Per 100 ms, as the issue \
                 asks, a request whose CPU fits in what is left of the period's 7.2 ms runs \
                 at full speed, and moto's tens of milliseconds per request leave most of it \
                 unused; per 13.9 ms (the finest period for a 7.2% share, a quota being at \
                 least 1 ms) the share is spread as a steady one would be. Computed: the \
                 unthrottled p50 plus our CPU per request stretched to a steady 7.2% share \
                 (each millisecond of CPU taking about 14 ms), the worst case, where none \
                 of it overlaps a wait for DynamoDB.\n",
                share * 100.0,
                crate::warm::QUOTA_REQUESTS
            ));
        }
        let mut header = "| operation | p50 ms unthrottled |".to_owned();
        let mut rule = "|---|---|".to_owned();
        for (quota, period) in QUOTAS.iter().take(throttled.len()) {
            header.push_str(&format!(" p50 ms at {quota} µs per {period} µs |"));
            rule.push_str("---|");
        }
        self.line(&format!(
            "{header} p50 ms computed for a steady {:.1}% share | our CPU per request ms |",
            share * 100.0
        ));
        self.line(&format!("{rule}---|---|"));
        for operation in operations {
            let Some(w) = unthrottled.iter().find(|w| w.operation == *operation) else {
                continue;
            };
            let mut row = format!("| {operation} | {} |", ms(w.p50()));
            for run in throttled {
                let t = run.iter().find(|t| t.operation == *operation);
                row.push_str(&format!(" {} |", t.map_or("-".into(), |t| ms(t.p50()))));
            }
            let steady = w.p50() + w.cpu_per_request().mul_f64(1.0 / share - 1.0);
            self.line(&format!(
                "{row} {} | {} |",
                ms(steady),
                ms2(w.cpu_per_request())
            ));
        }
        self.line(&format!("\n{BEFORE_CUTS}"));
    }

    pub fn opt_levels(&mut self, levels: &[OptLevel]) {
        self.line("\n## 5. opt-level\n");
        self.line(&format!(
            "The release profile at each `opt-level`, on a subset: {} and the bench (for the \
             warm requests), each level built into a target directory of its own by \
             `./scripts/bench` (`--config profile.release.opt-level=...`). Instructions per \
             request and init instructions are callgrind's, as above.\n",
            crate::opt_levels::FUNCTIONS.join(", ")
        ));
        let mut header = "| opt-level |".to_owned();
        let mut rule = "|---|".to_owned();
        for operation in crate::PROFILED {
            header.push_str(&format!(" {operation}: instructions per request (M) |"));
            rule.push_str("---|");
        }
        for function in crate::opt_levels::FUNCTIONS {
            header.push_str(&format!(
                " {function}: init instructions (M) | {function}: MiB |"
            ));
            rule.push_str("---|---|");
        }
        self.line(&header);
        self.line(&rule);
        for l in levels {
            let mut row = format!("| {} |", l.level);
            for n in &l.per_request {
                row.push_str(&format!(" {:.2} |", n / 1e6));
            }
            for (init, size) in l.init.iter().zip(&l.size) {
                let init = init.map_or("-".to_owned(), |n| format!("{:.2}", n as f64 / 1e6));
                row.push_str(&format!(" {init} | {size:.2} |"));
            }
            self.line(&row);
        }
        self.line(&format!("\n{OPT_LEVEL_CHOICE}"));
    }

    pub fn sweep(&mut self, small: f64, large: f64, due: f64, users: usize) {
        self.line("\n## 6. Sweep scaling\n");
        self.line(
            "Read capacity of the sweep's reads (its index queries, one per shard of each \
             index; moto's `ReturnConsumedCapacity`), with 50 invitations that have expired, \
             beside many active users written straight into the table, and then with \
             1,000 of those users' access ended (due). The writes that follow are left \
             out: moto copies the whole table for every transaction, and at 100,000 items that \
             exhausted this machine's 24 GiB. The end-to-end test \
             `sweep_reads_grow_with_expired_invitations_not_with_users` runs the whole sweep \
             (10 vs 2,000 users).\n",
        );
        self.line("| users in the table | of them due | read units |");
        self.line("|---|---|---|");
        self.line(&format!("| {} | 0 | {small} |", thousands(1_000)));
        self.line(&format!("| {} | 0 | {large} |", thousands(users)));
        self.line(&format!(
            "| {} | {} | {due} |",
            thousands(users),
            thousands(crate::SWEEP_ENDED)
        ));
        let ratio = large / small.max(1e-9);
        self.line(&format!(
            "\nTarget: ratio under 1.5 with nothing due: {} ({ratio:.2}). With {} users due: {} \
             read units more.",
            holds(ratio < 1.5),
            thousands(crate::SWEEP_ENDED),
            due - large,
        ));
        if due == large {
            self.line(
                "\nmoto reports one read unit for each query page, whatever it returns (its \
                 `include_consumed_capacity`), so these figures count the sweep's queries (one \
                 per shard of each index) and cannot show what the users due add. DynamoDB \
                 charges a query by the size of the items it reads (a unit per 4 KB, half of \
                 one for an index's eventually consistent reads): there the due index's reads \
                 grow with the users due, as the pending index's with the invitations expired.",
            );
        }
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

#[cfg(test)]
mod tests {
    use super::Report;

    const EARLIER: &str = "# Benchmarks\n\nMade on then.\n\n## 1. One\n\nold one\n\n\
         ## 2. Two\n\nold two\n\n### Part\n\nold part\n\n## 3. Three\n\nold three\n\n\
         ## 6. Six\n\nold six\n\nRerun: `./scripts/bench`.\n";

    fn section(heading: &str, body: &str) -> Report {
        let mut report = Report::section_only();
        report.line(&format!("\n## {heading}\n"));
        report.line(body);
        report
    }

    #[test]
    fn a_section_is_put_in_place_with_a_note_of_its_rerun() {
        let spliced = section("2. Two", "new two").splice(EARLIER, "BENCH_ONLY=cold x");
        let (before, after) = spliced
            .split_once("## 2. Two\n\nThis section rerun alone on ")
            .unwrap();
        assert_eq!(
            before,
            "# Benchmarks\n\nMade on then.\n\n## 1. One\n\nold one\n\n"
        );
        let (_, after) = after.split_once(" (`BENCH_ONLY=cold x`); ").unwrap();
        assert!(after.contains(".\n\nnew two\n\n## 3. Three\n\nold three\n\n## 6. Six"));
        assert!(!after.contains("old two") && !after.contains("old part"));
    }

    #[test]
    fn the_last_section_ends_at_the_rerun_line() {
        let spliced = section("6. Six", "new six").splice(EARLIER, "BENCH_ONLY=sweep x");
        assert!(spliced.starts_with(&EARLIER[..EARLIER.find("## 6.").unwrap()]));
        assert!(spliced.ends_with(".\n\nnew six\n\nRerun: `./scripts/bench`.\n"));
        assert!(!spliced.contains("old six"));
    }

    #[test]
    fn a_few_functions_go_in_at_the_end_of_their_section_in_place_of_an_earlier_run() {
        let few = |body: &str| section("2. Two", &format!("{body}\n\n### Part\n\nnew part"));
        let once = few("few").splice_part(EARLIER, "cmd", "f, g");
        assert!(
            once.contains("\nold two\n\n### Part\n\nold part\n"),
            "{once}"
        );
        assert!(
            once.contains("\n### Rerun alone: f, g\n\nRun on "),
            "{once}"
        );
        assert!(once.contains("\nfew\n\n#### Part\n\nnew part\n"), "{once}");
        let twice = few("fewer").splice_part(&once, "cmd", "f, g");
        assert!(
            !twice.contains("\nfew\n") && twice.contains("\nfewer\n"),
            "{twice}"
        );
        assert_eq!(twice.matches("### Rerun alone").count(), 1, "{twice}");
        assert!(twice.contains("\nnew part\n\n## 3. Three\n"), "{twice}");
    }
}
