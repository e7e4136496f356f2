//! The table's stream, filtered to new audit items: each is published to the
//! EventBridge bus as a lifecycle event (`shared::ops::events`).

use aws_lambda_events::event::dynamodb::Event;
use aws_lambda_events::event::streams::DynamoDbEventResponse;
use shared::ops::events::EventBus;

/// Publishes the batch's audit events; the answer names the record Lambda
/// retries from when one could not be published.
pub async fn handle(bus: &EventBus, batch: Event) -> DynamoDbEventResponse {
    shared::ops::events::publish(bus, batch).await
}
