//! `PUT /accounts/{account_id}/partner-access` `{enabled, partner_account_id?}`:
//! on for a partner that has asked, or off; the old partner's users are
//! deactivated in the same operation.

use shared::http::{self, Body, Fields, Request, Response};
use shared::ops::partners::{self, AccessView};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(set(deps, &req).await, http::ok)
}

async fn set(deps: &Deps, req: &Request) -> Result<AccessView> {
    let caller = http::caller(req)?;
    let account_id = http::account_id(req)?;
    let partner = Fields::of(req)?.parse(|f| {
        let enabled = f.bool("enabled");
        let partner = f.optional_uuid("partner_account_id");
        match (enabled?, partner) {
            (true, None) => {
                f.refuse("partner_account_id", "is required to enable partner access");
                None
            }
            (true, partner) => Some(partner),
            (false, _) => Some(None),
        }
    })?;
    partners::set(deps, &caller, account_id, partner).await
}
