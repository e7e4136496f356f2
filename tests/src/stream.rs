//! Lifecycle events as deployed, against moto: the table's stream read back
//! and handed to `publish-events` in the shape Lambda's event source mapping
//! gives it, and the event bus delivering every Roster event to an SQS queue,
//! as a subscriber's rule would.

use crate::{Api, unique};
use aws_lambda_events::event::dynamodb::Event;
use aws_sdk_dynamodbstreams::types::{Record, ShardIteratorType};
use serde_json::{Value, json};
use shared::ops::events::EventBus;

/// As many records as the event source mapping hands over at once
/// (`BatchSize` in infra/template.yaml).
pub const BATCH_SIZE: usize = 10;

/// The table's stream, read from where the last read stopped.
pub struct Stream {
    client: aws_sdk_dynamodbstreams::Client,
    arn: String,
    last: Option<String>,
}

impl Stream {
    /// The stream of `api`'s table, from its start.
    pub async fn of(api: &Api) -> Stream {
        let table = aws_sdk_dynamodb::Client::new(&api.sdk)
            .describe_table()
            .table_name(&api.table)
            .send()
            .await
            .unwrap();
        let arn = table
            .table
            .and_then(|t| t.latest_stream_arn)
            .expect("the table has a stream");
        Stream {
            client: aws_sdk_dynamodbstreams::Client::new(&api.sdk),
            arn,
            last: None,
        }
    }

    /// The records written since the last call, oldest first.
    pub async fn read(&mut self) -> Vec<Record> {
        let stream = self
            .client
            .describe_stream()
            .stream_arn(&self.arn)
            .send()
            .await
            .unwrap();
        let shards = stream
            .stream_description
            .unwrap()
            .shards
            .unwrap_or_default();
        assert_eq!(shards.len(), 1, "moto keeps one shard per table");
        let iterator = self
            .client
            .get_shard_iterator()
            .stream_arn(&self.arn)
            .shard_id(shards[0].shard_id().unwrap());
        let iterator = match &self.last {
            None => iterator.shard_iterator_type(ShardIteratorType::TrimHorizon),
            Some(after) => iterator
                .shard_iterator_type(ShardIteratorType::AfterSequenceNumber)
                .sequence_number(after),
        };
        let mut next = iterator.send().await.unwrap().shard_iterator;
        let mut records = Vec::new();
        while let Some(at) = next {
            let page = self
                .client
                .get_records()
                .shard_iterator(at)
                .send()
                .await
                .unwrap();
            let got = page.records.unwrap_or_default();
            if got.is_empty() {
                break;
            }
            records.extend(got);
            next = page.next_shard_iterator;
        }
        if let Some(last) = records.last() {
            self.last = last
                .dynamodb()
                .and_then(|d| d.sequence_number())
                .map(Into::into);
        }
        records
    }

    /// The records written since the last call, as the batches Lambda
    /// would invoke `publish-events` with (no filter: the function's own
    /// test of what is an audit item is what runs here).
    pub async fn batches(&mut self) -> Vec<Event> {
        let records = self.read().await;
        records
            .chunks(BATCH_SIZE)
            .map(|chunk| {
                let records: Vec<Value> =
                    chunk.iter().map(|r| lambda_record(r, &self.arn)).collect();
                serde_json::from_value(json!({ "Records": records }))
                    .expect("Lambda's shape of a stream event")
            })
            .collect()
    }
}

/// A stream record as Lambda hands it to a function: the images in
/// DynamoDB's JSON.
fn lambda_record(record: &Record, stream_arn: &str) -> Value {
    let change = record.dynamodb().expect("a change");
    let image = |attributes: Option<&std::collections::HashMap<_, _>>| {
        serde_json::to_value(serde_dynamo::Item::from(
            attributes.cloned().unwrap_or_default(),
        ))
        .unwrap()
    };
    json!({
        "eventID": record.event_id(),
        "eventName": record.event_name().map(|n| n.as_str()),
        "eventVersion": "1.1",
        "eventSource": "aws:dynamodb",
        "awsRegion": "us-east-1",
        "eventSourceARN": stream_arn,
        "dynamodb": {
            "ApproximateCreationDateTime": change.approximate_creation_date_time().map(|t| t.secs()),
            "Keys": image(change.keys()),
            "NewImage": image(change.new_image()),
            "SequenceNumber": change.sequence_number(),
            "SizeBytes": change.size_bytes(),
            "StreamViewType": "NEW_IMAGE",
        },
    })
}

/// A bus of Roster's events and a subscriber: a rule on `source` `roster`
/// that delivers to an SQS queue.
pub struct Bus {
    pub bus: EventBus,
    sqs: aws_sdk_sqs::Client,
    queue_url: String,
}

impl Bus {
    pub async fn new(api: &Api) -> Bus {
        let name = unique("roster-events");
        let events = aws_sdk_eventbridge::Client::new(&api.sdk);
        events.create_event_bus().name(&name).send().await.unwrap();
        let sqs = aws_sdk_sqs::Client::new(&api.sdk);
        let queue_url = sqs
            .create_queue()
            .queue_name(&name)
            .send()
            .await
            .unwrap()
            .queue_url
            .unwrap();
        let queue_arn = sqs
            .get_queue_attributes()
            .queue_url(&queue_url)
            .attribute_names(aws_sdk_sqs::types::QueueAttributeName::QueueArn)
            .send()
            .await
            .unwrap()
            .attributes
            .unwrap()[&aws_sdk_sqs::types::QueueAttributeName::QueueArn]
            .clone();
        events
            .put_rule()
            .name("every-roster-event")
            .event_bus_name(&name)
            .event_pattern(json!({"source": [shared::ops::events::SOURCE]}).to_string())
            .send()
            .await
            .unwrap();
        events
            .put_targets()
            .rule("every-roster-event")
            .event_bus_name(&name)
            .targets(
                aws_sdk_eventbridge::types::Target::builder()
                    .id("queue")
                    .arn(queue_arn)
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        Bus {
            bus: EventBus::new(aws_sdk_eventbridge::Client::new(&api.sdk), name),
            sqs,
            queue_url,
        }
    }

    /// Publishes what the stream holds since the last call, batch by batch,
    /// as Lambda would, and answers the events the subscriber received.
    pub async fn publish(&self, stream: &mut Stream) -> Vec<Value> {
        for batch in stream.batches().await {
            let answer = publish_events::handle(&self.bus, batch).await;
            assert!(
                answer.batch_item_failures.is_empty(),
                "nothing fails against moto: {answer:?}"
            );
        }
        self.received().await
    }

    /// The events delivered to the subscriber since the last call.
    pub async fn received(&self) -> Vec<Value> {
        let mut events = Vec::new();
        loop {
            let page = self
                .sqs
                .receive_message()
                .queue_url(&self.queue_url)
                .max_number_of_messages(10)
                .send()
                .await
                .unwrap();
            let messages = page.messages.unwrap_or_default();
            if messages.is_empty() {
                return events;
            }
            for message in messages {
                events.push(serde_json::from_str(message.body().unwrap()).unwrap());
                self.sqs
                    .delete_message()
                    .queue_url(&self.queue_url)
                    .receipt_handle(message.receipt_handle().unwrap())
                    .send()
                    .await
                    .unwrap();
            }
        }
    }
}
