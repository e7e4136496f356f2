//! `PUT /accounts/{account_id}/partner-access` `{enabled, partner_account_id?,
//! until?}`: on for a partner that has asked (until a date, or for good), its
//! date moved, or off; the old partner's users are deactivated in the same
//! operation.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::{AccessView, partners};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(set(deps, &req).await, http::ok)
}

async fn set(deps: &Deps, req: &Request) -> Result<AccessView> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    partners::set(deps, &caller, account_id, requests::partner_switch(req)?).await
}
