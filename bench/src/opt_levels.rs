//! `opt-level` compared on a subset of the binaries: `./scripts/bench`
//! builds invite-user, list-users and the bench itself at each other level
//! into a target directory of its own, and names them all in
//! `BENCH_OPT_LEVELS` (`z=target/release s=target/opt-s/release ...`).

use crate::instructions;
use std::path::{Path, PathBuf};

/// The functions of the subset.
pub const FUNCTIONS: &[&str] = &["invite-user", "list-users"];

pub struct OptLevel {
    pub level: String,
    /// Instructions per warm request of `crate::PROFILED`'s operations.
    pub per_request: Vec<f64>,
    /// Init instructions and size in MiB of each of `FUNCTIONS`.
    pub init: Vec<Option<u64>>,
    pub size: Vec<f64>,
}

/// Each level's figures; only this build's without `BENCH_OPT_LEVELS`.
pub async fn measure(release: &Path, bench: &Path) -> Vec<OptLevel> {
    let levels: Vec<(String, PathBuf)> = match std::env::var("BENCH_OPT_LEVELS") {
        Ok(levels) => levels
            .split_whitespace()
            .map(|l| {
                let (level, dir) = l.split_once('=').expect("LEVEL=DIR");
                (level.to_owned(), PathBuf::from(dir))
            })
            .collect(),
        Err(_) => vec![("this build".into(), release.to_owned())],
    };
    let mut results = Vec::new();
    for (level, dir) in levels {
        eprintln!("  opt-level {level}");
        let bench = if dir == release {
            bench.to_owned()
        } else {
            dir.join("roster-bench")
        };
        let counted = instructions::count(&bench, crate::PROFILED)
            .unwrap_or_else(|| panic!("callgrind could not count {}", bench.display()));
        let mut init = Vec::new();
        for function in FUNCTIONS {
            let binary = dir.join(function);
            assert!(binary.exists(), "{} is not built", binary.display());
            init.push(crate::coldstart::init_instructions(&binary, "roster").await);
        }
        results.push(OptLevel {
            per_request: counted.iter().map(|c| c.per_request).collect(),
            size: FUNCTIONS.iter().map(|f| crate::mib(&dir.join(f))).collect(),
            init,
            level,
        });
    }
    results
}
