//! `POST /accounts/{account_id}/partner-access/users` `{partner_account_id}`:
//! while access is enabled for that partner, the caller's own user in the
//! client account (`account_manager`, active, takes a seat); 201.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::{UserView, partners};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(create(deps, &req).await, http::created_user)
}

async fn create(deps: &Deps, req: &Request) -> Result<UserView> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    partners::create_user(deps, &caller, account_id, requests::partner_account(req)?).await
}
