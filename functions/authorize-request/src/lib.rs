//! `authorize-request`: the Lambda authorizer the product's other HTTP APIs
//! attach to their routes. An authorizer event (payload 2.0) in, a simple
//! response `{isAuthorized, context}` out; an event it cannot read denies.

use serde_json::Value;
use shared::Deps;
use shared::authorizer::{self, Authorizer, Decision, Event};

pub async fn handle(deps: &Deps, authorizer: &Authorizer, event: Value) -> Value {
    let decision = match serde_json::from_value::<Event>(event) {
        Ok(event) => authorizer::authorize(deps, authorizer, &event).await,
        Err(_) => Decision::deny(),
    };
    serde_json::to_value(decision).expect("a decision serializes")
}
