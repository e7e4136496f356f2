//! The table's definition, for the local run and the tests. The deployed
//! table is declared in `infra/template.yaml` with the same keys and index.

use super::keys::{DUE_AT, DUE_INDEX, DUE_SHARD, EXPIRES_AT, PENDING_INDEX, PENDING_SHARD, PK, SK};
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection,
    ProjectionType, ScalarAttributeType, StreamSpecification, StreamViewType,
    TimeToLiveSpecification,
};

/// Attribute that DynamoDB TTL reads: epoch seconds after which an item may go.
pub const TTL_ATTRIBUTE: &str = "ttl";

fn key(name: &str, kind: KeyType) -> KeySchemaElement {
    KeySchemaElement::builder()
        .attribute_name(name)
        .key_type(kind)
        .build()
        .expect("key has name and type")
}

fn attribute(name: &str, kind: ScalarAttributeType) -> AttributeDefinition {
    AttributeDefinition::builder()
        .attribute_name(name)
        .attribute_type(kind)
        .build()
        .expect("attribute has name and type")
}

/// Creates the table unless it exists, with its stream of new images (the
/// lifecycle events' source), and turns TTL on.
pub async fn ensure(client: &Client, name: &str) -> Result<(), aws_sdk_dynamodb::Error> {
    let pending_index = GlobalSecondaryIndex::builder()
        .index_name(PENDING_INDEX)
        .key_schema(key(PENDING_SHARD, KeyType::Hash))
        .key_schema(key(EXPIRES_AT, KeyType::Range))
        .projection(
            Projection::builder()
                .projection_type(ProjectionType::Include)
                .non_key_attributes("email")
                .non_key_attributes("role")
                .build(),
        )
        .build()
        .expect("index is complete");
    // Every attribute: the sweep decides from the item it finds.
    let due_index = GlobalSecondaryIndex::builder()
        .index_name(DUE_INDEX)
        .key_schema(key(DUE_SHARD, KeyType::Hash))
        .key_schema(key(DUE_AT, KeyType::Range))
        .projection(
            Projection::builder()
                .projection_type(ProjectionType::All)
                .build(),
        )
        .build()
        .expect("index is complete");
    let created = client
        .create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .key_schema(key(PK, KeyType::Hash))
        .key_schema(key(SK, KeyType::Range))
        .attribute_definitions(attribute(PK, ScalarAttributeType::S))
        .attribute_definitions(attribute(SK, ScalarAttributeType::S))
        .attribute_definitions(attribute(PENDING_SHARD, ScalarAttributeType::S))
        .attribute_definitions(attribute(EXPIRES_AT, ScalarAttributeType::N))
        .attribute_definitions(attribute(DUE_SHARD, ScalarAttributeType::S))
        .attribute_definitions(attribute(DUE_AT, ScalarAttributeType::N))
        .global_secondary_indexes(pending_index)
        .global_secondary_indexes(due_index)
        .stream_specification(
            StreamSpecification::builder()
                .stream_enabled(true)
                .stream_view_type(StreamViewType::NewImage)
                .build()
                .expect("stream is complete"),
        )
        .send()
        .await;
    match created {
        Ok(_) => {}
        Err(e)
            if e.as_service_error()
                .is_some_and(|s| s.is_resource_in_use_exception()) =>
        {
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    }
    client
        .update_time_to_live()
        .table_name(name)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .enabled(true)
                .attribute_name(TTL_ATTRIBUTE)
                .build()
                .expect("ttl is complete"),
        )
        .send()
        .await?;
    Ok(())
}
