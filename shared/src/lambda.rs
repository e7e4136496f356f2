//! What every function's `main` does: build the dependencies once, then serve
//! events with its handler. The same handlers serve the local API.

use crate::Deps;
use crate::authorizer::Authorizer;
use crate::error::Error as Failure;
use crate::http::{MAX_BODY, problem_response};
use crate::observe::{observed, operation_span};
use crate::ops::events::EventBus;
use aws_lambda_events::event::dynamodb;
use aws_lambda_events::event::streams::DynamoDbEventResponse;
use lambda_http::request::RequestContext;
use lambda_http::{Body, LambdaEvent, Request, RequestExt, Response, service_fn};
use serde_json::Value;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;

pub use lambda_http::Error;

/// mimalloc instead of glibc's malloc, in every binary that links this
/// crate: a request allocates thousands of small blocks (the SDK's JSON,
/// its maps, our records), each fewer instructions with mimalloc
/// (BENCHMARKS.md, section 4).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A function's handler: an HTTP API event in, an answer out. It never fails;
/// every error is already a problem+json answer.
pub type Handler =
    for<'a> fn(&'a Deps, Request) -> Pin<Box<dyn Future<Output = Response<Body>> + Send + 'a>>;

/// Structured logs on stdout, filtered by `RUST_LOG` (`info` by default;
/// `debug`, or per target as `roster_shared=debug,info`). `Targets` is the
/// filter without regular expressions, which keeps them out of the binary.
pub fn init_tracing() {
    init_tracing_to(std::io::stdout);
}

/// `init_tracing`, writing to `writer`.
pub fn init_tracing_to<W>(writer: W)
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    init_tracing_with(json_lines(writer));
}

/// `init_tracing`'s filter, with `layer` writing the lines: the local API's
/// terminal reads short lines rather than JSON.
pub fn init_tracing_with<L>(layer: L)
where
    L: tracing_subscriber::Layer<tracing_subscriber::Registry> + Send + Sync + 'static,
{
    use tracing_subscriber::util::SubscriberInitExt;
    // `try_init`: a second call (several servers in one test process) is fine.
    let _ = subscriber_with(layer).try_init();
}

/// The JSON lines CloudWatch gets, written to `writer`, for the calling
/// thread only while the guard lives: a test reads the lines of its own
/// requests (its runtime's one thread), not those of tests beside it.
pub fn trace_thread_to<W>(writer: W) -> tracing::subscriber::DefaultGuard
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    tracing::subscriber::set_default(subscriber_with(json_lines(writer)))
}

fn json_lines<W>(
    writer: W,
) -> impl tracing_subscriber::Layer<tracing_subscriber::Registry> + Send + Sync
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt::layer()
        .json()
        .with_target(false)
        .with_writer(writer)
}

fn subscriber_with<L>(layer: L) -> impl tracing::Subscriber + Send + Sync
where
    L: tracing_subscriber::Layer<tracing_subscriber::Registry> + Send + Sync + 'static,
{
    use tracing_subscriber::layer::SubscriberExt;
    let filter: tracing_subscriber::filter::Targets = std::env::var("RUST_LOG")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            tracing_subscriber::filter::Targets::new().with_default(tracing::Level::INFO)
        });
    tracing_subscriber::registry().with(layer).with(filter)
}

/// The handler of a function EventBridge invokes (a schedule, SES's
/// events): the event in, a report of what it did out. An error makes
/// Lambda retry the event, so it is only for what may succeed later.
pub type Job =
    for<'a> fn(&'a Deps, Value) -> Pin<Box<dyn Future<Output = Result<Value, Error>> + Send + 'a>>;

/// Builds the dependencies and serves events with `serve`, on a
/// single-threaded runtime: Lambda hands one event at a time to an instance,
/// and it starts faster.
fn start<F, Fut>(serve: F) -> Result<(), Error>
where
    F: FnOnce(&'static Deps) -> Fut,
    Fut: Future<Output = Result<(), Error>>,
{
    single_threaded(async {
        // Lives as long as the process, so every invocation can borrow it.
        let deps = Deps::from_env()
            .await
            .inspect_err(|e| tracing::error!(error = %e, "the configuration is refused"))?;
        let deps: &'static Deps = Box::leak(Box::new(deps));
        serve(deps).await
    })
}

/// Runs `main` on a single-threaded runtime, with logs set up.
fn single_threaded(main: impl Future<Output = Result<(), Error>>) -> Result<(), Error> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(async {
            init_tracing();
            main.await
        })
}

/// Serves one request of the operation (function) `operation` with
/// `handler`, observed (`crate::observe`). A body over 64 KiB is refused
/// here, for every route; routes that read one also check its media type.
pub async fn invoke(
    operation: &'static str,
    handler: Handler,
    deps: &Deps,
    req: Request,
) -> Response<Body> {
    let request_id = match req.request_context_ref() {
        Some(RequestContext::ApiGatewayV2(context)) => context.request_id.clone(),
        _ => None,
    };
    let span = operation_span(operation, request_id.as_deref().unwrap_or_default());
    let serve = async {
        if req.body().len() > MAX_BODY {
            return problem_response(&Failure::PayloadTooLarge);
        }
        handler(deps, req).await
    };
    observed(span, serve, |res| res.status().as_u16()).await
}

/// The functions that send mail (by crate name): init opens their SES
/// connection too. Every other function leaves SES unbuilt. They are the
/// functions `infra/template.yaml` lets send mail (a test holds the two
/// together).
pub const SENDS_MAIL: &[&str] = &[
    "expire_invitations",
    "invite_user",
    "offer_ownership",
    "resend_invitation",
];

/// The functions whose requests reach no AWS service (by crate name): init
/// opens nothing for them.
const NO_AWS_REQUESTS: &[&str] = &["list_roles"];

/// Whether init opens connections ahead of the first request
/// (`Deps::warm_up`): always, except in the bench's builds when it times
/// the first request without (`ROSTER_BENCH_NO_WARM_UP`).
pub(crate) fn warm_up_wanted() -> bool {
    #[cfg(feature = "bench")]
    if std::env::var_os("ROSTER_BENCH_NO_WARM_UP").is_some() {
        return false;
    }
    true
}

/// Runs an HTTP API function; `operation` is its crate's name.
pub fn run(operation: &'static str, handler: Handler) -> Result<(), Error> {
    start(|deps| async move {
        if warm_up_wanted() && !NO_AWS_REQUESTS.contains(&operation) {
            deps.warm_up(SENDS_MAIL.contains(&operation)).await;
        }
        lambda_http::run(service_fn(move |req| async move {
            Ok::<_, Infallible>(invoke(operation, handler, deps, req).await)
        }))
        .await
    })
}

/// The authorizer's handler: an authorizer event in, its decision out.
pub type AuthorizerHandler =
    for<'a> fn(&'a Deps, &'a Authorizer, Value) -> Pin<Box<dyn Future<Output = Value> + Send + 'a>>;

/// The status an authorizer's decision reads as in the log: a denial is a
/// 403.
pub fn decision_status(decision: &Value) -> u16 {
    if decision["isAuthorized"] == true {
        200
    } else {
        403
    }
}

/// Runs the Lambda authorizer: its configuration is checked at init, where
/// an error stops the function with a log line saying what is wrong.
pub fn run_authorizer(handler: AuthorizerHandler) -> Result<(), Error> {
    start(|deps| async move {
        let authorizer = Authorizer::from_env().inspect_err(
            |e| tracing::error!(error = %e, "the authorizer's configuration is refused"),
        )?;
        let authorizer: &'static Authorizer = Box::leak(Box::new(authorizer));
        if warm_up_wanted() {
            tokio::join!(deps.warm_up(false), authorizer.warm_up());
        }
        serve_observed("authorize_request", decision_status, move |event| {
            handler(deps, authorizer, event)
        })
        .await
    })
}

/// The handler of the function the table's stream invokes: a batch of
/// changes in, the record to retry from (if any) out.
pub type StreamHandler =
    for<'a> fn(
        &'a EventBus,
        dynamodb::Event,
    ) -> Pin<Box<dyn Future<Output = DynamoDbEventResponse> + Send + 'a>>;

/// Runs the function the table's stream invokes (`publish-events`). It needs
/// no store and no mail, only the bus `EVENT_BUS_NAME` names, whose
/// connection init opens.
pub fn run_stream(handler: StreamHandler) -> Result<(), Error> {
    single_threaded(async {
        let bus = EventBus::from_env(&crate::aws::sdk_config().await)
            .inspect_err(|e| tracing::error!(error = %e, "the configuration is refused"))?;
        let bus: &'static EventBus = Box::leak(Box::new(bus));
        if warm_up_wanted() {
            bus.warm_up().await;
        }
        // In the log, a batch to retry reads as a 503.
        let status = |a: &DynamoDbEventResponse| {
            if a.batch_item_failures.is_empty() {
                200
            } else {
                503
            }
        };
        serve_observed("publish_events", status, move |batch| handler(bus, batch)).await
    })
}

/// Serves Lambda events with `handler`, each in the span of `operation`
/// (`crate::observe`), whose closing line gives `status` of the answer.
async fn serve_observed<E, A, F, Fut>(
    operation: &'static str,
    status: fn(&A) -> u16,
    handler: F,
) -> Result<(), Error>
where
    E: serde::de::DeserializeOwned,
    A: serde::Serialize,
    F: Fn(E) -> Fut,
    Fut: Future<Output = A>,
{
    lambda_http::lambda_runtime::run(lambda_http::lambda_runtime::service_fn(
        move |event: LambdaEvent<E>| {
            let span = operation_span(operation, &event.context.request_id);
            let answer = handler(event.payload);
            async move { Ok::<_, Infallible>(observed(span, answer, status).await) }
        },
    ))
    .await
}

/// Runs a function EventBridge invokes; `operation` is its crate's name.
pub fn run_job(operation: &'static str, job: Job) -> Result<(), Error> {
    start(|deps| async move {
        if warm_up_wanted() {
            deps.warm_up(SENDS_MAIL.contains(&operation)).await;
        }
        lambda_http::lambda_runtime::run(lambda_http::lambda_runtime::service_fn(
            move |event: LambdaEvent<Value>| job(deps, event.payload),
        ))
        .await
    })
}
