//! Lifecycle events: every audit event, published to the deployment's
//! EventBridge bus as `source` `roster`, `detail-type` its action and
//! `detail` the event as the API shows it (`AuditEventView`).
//!
//! The audit item is the outbox: the table's stream hands each new audit
//! item to `publish-events`, so an event exists exactly when its change
//! committed, and no operation makes a second write for it. The stream's
//! event source mapping passes on only inserted audit items (its filter, in
//! `infra/template.yaml`); the same test is made here, so that a batch with
//! anything else in it (a filter left out) still publishes audit events only.
//!
//! Nothing is lost on a failure: the answer names the first record that was
//! not published, and Lambda retries the batch from it (a stream is ordered),
//! up to the mapping's retries, then hands the batch's place in the stream to
//! the dead-letter queue. A retry may publish again a record that followed a
//! failed one; subscribers tell repeats by `detail.id`.

use crate::config::ConfigError;
use crate::deps::{Opened, answered, bounded};
use crate::ops::AuditEventView;
use crate::store::keys::{AUDIT_PREFIX, PK};
use crate::store::records::AuditRecord;
use aws_lambda_events::event::dynamodb::{Event, EventRecord};
use aws_lambda_events::event::streams::{DynamoDbBatchItemFailure, DynamoDbEventResponse};
use aws_sdk_eventbridge::types::PutEventsRequestEntry;

/// The `source` of every event Roster publishes.
pub const SOURCE: &str = "roster";

/// PutEvents takes at most this many entries a request.
const ENTRIES_PER_REQUEST: usize = 10;

/// The bus lifecycle events go to.
pub struct EventBus {
    client: aws_sdk_eventbridge::Client,
    name: String,
}

impl EventBus {
    pub fn new(client: aws_sdk_eventbridge::Client, name: String) -> EventBus {
        EventBus { client, name }
    }

    /// The bus `EVENT_BUS_NAME` names.
    pub fn from_env(sdk: &aws_config::SdkConfig) -> Result<EventBus, ConfigError> {
        let name = std::env::var("EVENT_BUS_NAME")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .ok_or(ConfigError::Missing("EVENT_BUS_NAME"))?;
        Ok(EventBus::new(aws_sdk_eventbridge::Client::new(sdk), name))
    }

    /// Opens, during init, the connection the first batch's PutEvents will
    /// use, as `Deps::warm_up` does for the others: within
    /// `WARM_UP_LIMIT`, never failing init. The request goes unsigned:
    /// EventBridge refuses it before any permission is checked (the function
    /// may only put events), after the connection it opens is made, and it
    /// publishes nothing.
    pub async fn warm_up(&self) -> Opened {
        let unsigned = aws_sdk_eventbridge::config::Builder::default().interceptor(Unsigned);
        let request = self
            .client
            .describe_event_bus()
            .name(&self.name)
            .customize()
            .config_override(unsigned);
        bounded("EventBridge", async { answered(request.send().await) }).await
    }

    /// Publishes `entries` (at most `ENTRIES_PER_REQUEST`) in one request;
    /// on a failure, the sequence number of the first entry not published.
    async fn put(&self, entries: &[Pending]) -> Result<(), String> {
        let sent = self
            .client
            .put_events()
            .set_entries(Some(entries.iter().map(|p| p.entry.clone()).collect()))
            .send()
            .await;
        let answer = match sent {
            Ok(answer) => answer,
            Err(e) => {
                tracing::error!(error = %aws_sdk_eventbridge::error::DisplayErrorContext(&e), "PutEvents failed");
                return Err(entries[0].sequence_number.clone());
            }
        };
        // The answer's entries are the request's, in its order.
        let results = answer.entries();
        match entries
            .iter()
            .enumerate()
            .find(|(i, _)| results.get(*i).is_none_or(|r| r.error_code().is_some()))
        {
            None => Ok(()),
            Some((i, failed)) => {
                let code = results.get(i).and_then(|r| r.error_code());
                tracing::error!(error_code = ?code, "an event was not published");
                Err(failed.sequence_number.clone())
            }
        }
    }
}

/// Takes the signature off the warm-up's request (`EventBus::warm_up`).
#[derive(Debug)]
struct Unsigned;

impl aws_sdk_eventbridge::config::Intercept for Unsigned {
    fn name(&self) -> &'static str {
        "unsigned warm-up"
    }

    fn modify_before_transmit(
        &self,
        context: &mut aws_sdk_eventbridge::config::interceptors::BeforeTransmitInterceptorContextMut<'_>,
        _: &aws_sdk_eventbridge::config::RuntimeComponents,
        _: &mut aws_sdk_eventbridge::config::ConfigBag,
    ) -> Result<(), aws_sdk_eventbridge::error::BoxError> {
        let headers = context.request_mut().headers_mut();
        for name in ["authorization", "x-amz-date", "x-amz-security-token"] {
            headers.remove(name);
        }
        Ok(())
    }
}

/// An event ready to publish, and the stream record it came from.
struct Pending {
    sequence_number: String,
    entry: PutEventsRequestEntry,
}

/// The audit event a stream record carries: `None` for anything but a new
/// audit item, an error for an audit item that cannot be read.
fn audit_event(record: EventRecord) -> Option<Result<AuditRecord, serde_dynamo::Error>> {
    let is_audit = match record.change.keys.get(PK) {
        Some(serde_dynamo::AttributeValue::S(pk)) => pk.starts_with(AUDIT_PREFIX),
        _ => false,
    };
    (record.event_name == "INSERT" && is_audit)
        .then(|| serde_dynamo::from_item(record.change.new_image))
}

/// The event Roster publishes for `event`.
fn entry(bus: &str, event: AuditRecord) -> PutEventsRequestEntry {
    let at = aws_sdk_eventbridge::primitives::DateTime::from_secs(event.at);
    let view = AuditEventView::of(event);
    let detail_type = crate::domain::wire_name(view.action);
    PutEventsRequestEntry::builder()
        .event_bus_name(bus)
        .source(SOURCE)
        .detail_type(detail_type)
        .detail(serde_json::to_string(&view).expect("an audit event serializes"))
        .time(at)
        .build()
}

/// Publishes the audit events of a batch of the table's stream, in order,
/// and answers which record Lambda must retry from, if any.
pub async fn publish(bus: &EventBus, batch: Event) -> DynamoDbEventResponse {
    let records = batch.records.len();
    let mut pending = Vec::new();
    let mut unreadable = None;
    for record in batch.records {
        let sequence_number = record.change.sequence_number.clone().unwrap_or_default();
        match audit_event(record) {
            None => {}
            Some(Ok(event)) => pending.push(Pending {
                sequence_number,
                entry: entry(&bus.name, event),
            }),
            Some(Err(_)) => {
                // Retried, then left to the dead-letter queue and its alarm:
                // an event is never dropped unseen. (Not the error itself: it
                // may quote a value, such as an address.)
                tracing::error!(%sequence_number, "an audit item cannot be read");
                unreadable = Some(sequence_number);
                break;
            }
        }
    }
    let mut published = 0;
    let mut retry_from = None;
    for chunk in pending.chunks(ENTRIES_PER_REQUEST) {
        if let Err(first_failed) = bus.put(chunk).await {
            retry_from = Some(first_failed);
            break;
        }
        published += chunk.len();
    }
    let retry_from = retry_from.or(unreadable);
    tracing::info!(
        records,
        published,
        retried = retry_from.is_some(),
        "stream batch"
    );
    let mut answer = DynamoDbEventResponse::default();
    if let Some(sequence_number) = retry_from {
        let mut failure = DynamoDbBatchItemFailure::default();
        failure.item_identifier = Some(sequence_number);
        answer.batch_item_failures.push(failure);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AuditAction;
    use crate::store::records::Actor;
    use aws_sdk_eventbridge::Client;
    use aws_sdk_eventbridge::operation::put_events::{PutEventsError, PutEventsOutput};
    use aws_sdk_eventbridge::types::PutEventsResultEntry;
    use aws_sdk_eventbridge::types::error::InternalException;
    use aws_smithy_mocks::{RuleMode, mock, mock_client};
    use serde_json::{Value, json};
    use uuid::Uuid;

    /// A stream record as Lambda hands it over, `seq` its sequence number.
    fn record(seq: u32, name: &str, pk: &str, image: Value) -> Value {
        json!({
            "eventID": seq.to_string(), "eventName": name, "eventSource": "aws:dynamodb",
            "awsRegion": "eu-west-1",
            "dynamodb": {
                "ApproximateCreationDateTime": 1_795_469_696,
                "Keys": {"pk": {"S": pk}, "sk": {"S": "x"}},
                "NewImage": image,
                "SequenceNumber": seq.to_string(),
                "SizeBytes": 100,
                "StreamViewType": "NEW_IMAGE",
            },
        })
    }

    /// A new audit item.
    fn audit(seq: u32) -> Value {
        let account = Uuid::from_u128(1);
        let event = AuditRecord::new(account, AuditAction::AccountCreated, &Actor::system(), 1);
        let image: serde_dynamo::Item = serde_dynamo::to_item(&event).unwrap();
        let pk = format!("{AUDIT_PREFIX}{account}");
        record(seq, "INSERT", &pk, serde_json::to_value(image).unwrap())
    }

    fn batch(records: Vec<Value>) -> Event {
        serde_json::from_value(json!({ "Records": records })).unwrap()
    }

    /// Where the answer tells Lambda to retry from.
    fn retry_from(answer: &DynamoDbEventResponse) -> Option<&str> {
        assert!(answer.batch_item_failures.len() <= 1);
        answer
            .batch_item_failures
            .first()?
            .item_identifier
            .as_deref()
    }

    /// PutEvents' answer: every entry published but those at `failed`.
    fn answer(entries: usize, failed: &[usize]) -> PutEventsOutput {
        let results = (0..entries).map(|i| match failed.contains(&i) {
            true => PutEventsResultEntry::builder()
                .error_code("InternalFailure")
                .build(),
            false => PutEventsResultEntry::builder()
                .event_id(i.to_string())
                .build(),
        });
        PutEventsOutput::builder()
            .failed_entry_count(failed.len() as i32)
            .set_entries(Some(results.collect()))
            .build()
    }

    #[tokio::test]
    async fn publishes_new_audit_items_ten_a_request_and_nothing_else() {
        let rule = mock!(Client::put_events)
            .match_requests(|req| {
                req.entries().iter().all(|e| {
                    e.source() == Some(SOURCE)
                        && e.detail_type() == Some("account.created")
                        && e.event_bus_name() == Some("bus")
                })
            })
            .then_compute_output(|req| answer(req.entries().len(), &[]));
        let bus = EventBus::new(
            mock_client!(aws_sdk_eventbridge, RuleMode::MatchAny, [&rule]),
            "bus".into(),
        );
        let mut records: Vec<Value> = (1..=23).map(audit).collect();
        let user = format!("ACCOUNT#{}", Uuid::from_u128(1));
        records.push(record(24, "INSERT", &user, json!({})));
        let mut changed = audit(25);
        changed["eventName"] = "MODIFY".into();
        records.push(changed);
        let answer = publish(&bus, batch(records)).await;
        assert_eq!(retry_from(&answer), None);
        assert_eq!(rule.num_calls(), 3, "23 events: 10, 10 and 3");
    }

    #[tokio::test]
    async fn a_failed_entry_is_retried_from_and_nothing_after_it_is_sent() {
        let rule =
            mock!(Client::put_events).then_compute_output(|req| answer(req.entries().len(), &[2]));
        let bus = EventBus::new(
            mock_client!(aws_sdk_eventbridge, RuleMode::MatchAny, [&rule]),
            "bus".into(),
        );
        let answer = publish(&bus, batch((1..=15).map(audit).collect())).await;
        assert_eq!(retry_from(&answer), Some("3"));
        assert_eq!(rule.num_calls(), 1, "the second ten wait for the retry");
    }

    #[tokio::test]
    async fn a_failed_request_is_retried_from_its_first_record() {
        let ok = mock!(Client::put_events)
            .match_requests(|req| req.entries().len() == 10)
            .then_compute_output(|req| answer(req.entries().len(), &[]));
        let failing = mock!(Client::put_events)
            .then_error(|| PutEventsError::InternalException(InternalException::builder().build()));
        let bus = EventBus::new(
            mock_client!(aws_sdk_eventbridge, RuleMode::MatchAny, [&ok, &failing]),
            "bus".into(),
        );
        let answer = publish(&bus, batch((1..=12).map(audit).collect())).await;
        assert_eq!(retry_from(&answer), Some("11"));
        assert_eq!(ok.num_calls(), 1);
    }

    #[tokio::test]
    async fn an_unreadable_audit_item_is_retried_from_after_those_before_it() {
        let rule = mock!(Client::put_events)
            .match_requests(|req| req.entries().len() == 2)
            .then_compute_output(|req| answer(req.entries().len(), &[]));
        let bus = EventBus::new(
            mock_client!(aws_sdk_eventbridge, RuleMode::MatchAny, [&rule]),
            "bus".into(),
        );
        let mut broken = audit(3);
        broken["dynamodb"]["NewImage"]["id"] = json!({"S": "not an id"});
        let records = vec![audit(1), audit(2), broken, audit(4)];
        let answer = publish(&bus, batch(records)).await;
        assert_eq!(retry_from(&answer), Some("3"));
        assert_eq!(rule.num_calls(), 1);
    }

    #[tokio::test]
    async fn the_warm_up_asks_unsigned_and_an_answer_refusing_it_opened_the_connection() {
        let (url, mut heads) = crate::deps::tests::refusing().await;
        let sdk = crate::deps::tests::sdk_at(&url);
        let bus = EventBus::new(Client::new(&sdk), "bus".into());
        assert_eq!(bus.warm_up().await, Opened::Yes);
        let head = heads.try_recv().expect("EventBridge was asked");
        assert!(
            head.contains("\r\nx-amz-target: awsevents.describeeventbus"),
            "{head}"
        );
        assert!(!head.contains("\r\nauthorization:"), "unsigned: {head}");
        assert!(!head.contains("\r\nx-amz-date:"), "unsigned: {head}");
    }
}
