//! SES's events about invitation emails, from the EventBridge rule: each is
//! recorded on the user its email was for (`shared::ops::delivery`).

use shared::Deps;
use shared::lambda::Error;

/// Reports what became of the event; fails only when the store could not be
/// reached, so that Lambda retries only what may succeed later.
pub async fn handle(deps: &Deps, event: serde_json::Value) -> Result<serde_json::Value, Error> {
    let outcome = shared::ops::delivery::record(deps, event).await?;
    Ok(serde_json::json!({ "outcome": outcome }))
}
