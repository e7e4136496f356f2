//! What one request did, for CloudWatch: every HTTP operation runs in one
//! span naming the operation, the API Gateway request id, the account and
//! the caller's `sub` (recorded as the request is read), and ends with one
//! line giving the DynamoDB requests it made and its outcome code. Never a
//! token, a link or an email address: those stay out of every log line.

use aws_sdk_dynamodb::config::interceptors::BeforeTransmitInterceptorContextRef;
use aws_sdk_dynamodb::config::{ConfigBag, Intercept, RuntimeComponents};
use std::cell::Cell;
use std::future::Future;
use tracing::field::Empty;
use tracing::{Instrument, Span};

tokio::task_local! {
    /// DynamoDB requests sent on the wire by the request being served.
    static DYNAMODB_REQUESTS: Cell<u32>;
}

/// Counts each DynamoDB request (each attempt, so retries count) for the
/// request being served, if any.
#[derive(Debug)]
pub struct CountRequests;

impl Intercept for CountRequests {
    fn name(&self) -> &'static str {
        "count DynamoDB requests"
    }

    fn read_before_transmit(
        &self,
        _: &BeforeTransmitInterceptorContextRef<'_>,
        _: &RuntimeComponents,
        _: &mut ConfigBag,
    ) -> Result<(), aws_sdk_dynamodb::error::BoxError> {
        let _ = DYNAMODB_REQUESTS.try_with(|n| n.set(n.get() + 1));
        Ok(())
    }
}

/// The span of one operation; `http` records the account, the caller and the
/// outcome into it as it goes.
pub fn operation_span(operation: &'static str, request_id: &str) -> Span {
    tracing::info_span!(
        "operation",
        operation,
        request_id,
        account_id = Empty,
        sub = Empty,
        outcome = Empty,
    )
}

/// Runs `serve` in `span`, counting its DynamoDB requests, and logs the
/// closing line with `status` of what it answered.
pub async fn observed<T>(
    span: Span,
    serve: impl Future<Output = T>,
    status: impl FnOnce(&T) -> u16,
) -> T {
    let (answer, requests) = DYNAMODB_REQUESTS
        .scope(Cell::new(0), async {
            let answer = serve.await;
            (answer, DYNAMODB_REQUESTS.with(Cell::get))
        })
        .instrument(span.clone())
        .await;
    let status = status(&answer);
    span.in_scope(|| tracing::info!(status, dynamodb_requests = requests, "request done"));
    answer
}

/// Records a field of the current operation's span.
pub fn record(field: &'static str, value: &str) {
    Span::current().record(field, value);
}
