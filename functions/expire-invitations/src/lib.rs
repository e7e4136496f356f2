//! The expiry sweep, run by an EventBridge schedule: whatever the event says,
//! it expires every pending invitation whose expiry has passed.

use shared::Deps;
use shared::lambda::Error;

pub async fn handle(deps: &Deps) -> Result<serde_json::Value, Error> {
    let report = shared::ops::sweep::sweep(deps).await?;
    Ok(serde_json::to_value(report)?)
}
