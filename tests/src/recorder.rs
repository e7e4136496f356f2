//! The AWS requests a server made, recorded by an SDK interceptor on its
//! clients: the request-count test and the benchmark read them.

use serde_json::Value;
use std::sync::Arc;

/// The AWS requests a server made, as `service:Operation`, and the DynamoDB
/// capacity units each consumed, recorded by an SDK interceptor. One entry
/// per attempt on the wire, so SDK retries would count (moto never throttles).
#[derive(Debug, Default)]
pub struct Requests(std::sync::Mutex<Vec<Request>>);

#[derive(Debug, Clone)]
pub struct Request {
    pub operation: String,
    /// Capacity units DynamoDB reported (`ReturnConsumedCapacity`), 0 for SES.
    /// moto reports none for `TransactWriteItems`: see `write_actions`.
    pub units: f64,
    /// Writes (and condition checks) in a `TransactWriteItems`: each costs
    /// 2 write units per KB of item on DynamoDB.
    pub write_actions: usize,
}

impl Requests {
    /// What was recorded since the last call, and starts afresh.
    pub fn take(&self) -> Vec<String> {
        self.take_detailed()
            .into_iter()
            .map(|r| r.operation)
            .collect()
    }

    pub fn take_detailed(&self) -> Vec<Request> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

/// The interceptor that records into `Requests`.
#[derive(Debug)]
pub struct Recorder(pub Arc<Requests>);

/// The total capacity a DynamoDB answer reports, whichever call it answers.
fn consumed(output: &aws_smithy_runtime_api::client::interceptors::context::Output) -> f64 {
    use aws_sdk_dynamodb::operation as op;
    use aws_sdk_dynamodb::types::ConsumedCapacity;
    let sum = |c: Option<&[ConsumedCapacity]>| {
        c.unwrap_or_default()
            .iter()
            .filter_map(|c| c.capacity_units)
            .sum()
    };
    if let Some(o) = output.downcast_ref::<op::transact_write_items::TransactWriteItemsOutput>() {
        sum(o.consumed_capacity.as_deref())
    } else if let Some(o) = output.downcast_ref::<op::batch_get_item::BatchGetItemOutput>() {
        sum(o.consumed_capacity.as_deref())
    } else if let Some(o) = output.downcast_ref::<op::get_item::GetItemOutput>() {
        o.consumed_capacity
            .as_ref()
            .and_then(|c| c.capacity_units)
            .unwrap_or_default()
    } else if let Some(o) = output.downcast_ref::<op::query::QueryOutput>() {
        o.consumed_capacity
            .as_ref()
            .and_then(|c| c.capacity_units)
            .unwrap_or_default()
    } else {
        0.0
    }
}

impl aws_smithy_runtime_api::client::interceptors::Intercept for Recorder {
    fn name(&self) -> &'static str {
        "request recorder"
    }

    fn read_before_transmit(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextRef<'_>,
        _: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        if let Some(op) = cfg.load::<aws_smithy_runtime_api::client::orchestrator::Metadata>() {
            let operation = format!("{}:{}", op.service().to_lowercase(), op.name());
            // The actions of a transaction, from the JSON it sends.
            let write_actions = context
                .request()
                .body()
                .bytes()
                .and_then(|b| serde_json::from_slice::<Value>(b).ok())
                .and_then(|v| v["TransactItems"].as_array().map(Vec::len))
                .unwrap_or(0);
            self.0.0.lock().unwrap().push(Request {
                operation,
                units: 0.0,
                write_actions,
            });
        }
        Ok(())
    }

    fn read_after_deserialization(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::AfterDeserializationInterceptorContextRef<'_>,
        _: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        _: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        if let (Ok(output), Some(last)) = (
            context.output_or_error(),
            self.0.0.lock().unwrap().last_mut(),
        ) {
            last.units += consumed(output);
        }
        Ok(())
    }
}
