//! What every function's `main` does: build the dependencies once, then serve
//! events with its handler. The same handlers serve the local API.

use crate::Deps;
use lambda_http::{Body, LambdaEvent, Request, Response, service_fn};
use serde_json::Value;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;

pub use lambda_http::Error;

/// A function's handler: an HTTP API event in, an answer out. It never fails;
/// every error is already a problem+json answer.
pub type Handler =
    for<'a> fn(&'a Deps, Request) -> Pin<Box<dyn Future<Output = Response<Body>> + Send + 'a>>;

/// Structured logs on stdout, filtered by `RUST_LOG` (`info` by default;
/// `debug`, or per target as `roster_shared=debug,info`). `Targets` is the
/// filter without regular expressions, which keeps them out of the binary.
pub fn init_tracing() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter: tracing_subscriber::filter::Targets = std::env::var("RUST_LOG")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::INFO)
        });
    // `try_init`: a second call (several servers in one test process) is fine.
    let _ = tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().json().with_target(false))
        .with(filter)
        .try_init();
}

/// A scheduled job's handler: it ignores the event's content and reports
/// what it did.
pub type Job =
    for<'a> fn(&'a Deps) -> Pin<Box<dyn Future<Output = Result<Value, Error>> + Send + 'a>>;

/// Builds the dependencies and serves events with `serve`, on a
/// single-threaded runtime: Lambda hands one event at a time to an instance,
/// and it starts faster.
fn start<F, Fut>(serve: F) -> Result<(), Error>
where
    F: FnOnce(&'static Deps) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(async {
            init_tracing();
            // Lives as long as the process, so every invocation can borrow it.
            let deps: &'static Deps = Box::leak(Box::new(Deps::from_env().await?));
            serve(deps).await
        })
}

/// Runs an HTTP API function.
pub fn run(handler: Handler) -> Result<(), Error> {
    start(|deps| {
        lambda_http::run(service_fn(move |req| async move {
            Ok::<_, Infallible>(handler(deps, req).await)
        }))
    })
}

/// Runs a scheduled (EventBridge) function.
pub fn run_job(job: Job) -> Result<(), Error> {
    start(|deps| {
        lambda_http::lambda_runtime::run(lambda_http::lambda_runtime::service_fn(
            move |_: LambdaEvent<Value>| job(deps),
        ))
    })
}
