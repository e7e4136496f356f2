//! `POST /accounts` `{name, kind?}`: a new account owned by the caller; 201.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::AccountView;
use shared::ops::accounts;
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(create(deps, &req).await, http::created)
}

async fn create(deps: &Deps, req: &Request) -> Result<AccountView> {
    let caller = http::caller(req, &deps.config)?;
    accounts::create(deps, &caller, requests::new_account(req)?).await
}
