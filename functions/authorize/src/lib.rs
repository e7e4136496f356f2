//! `POST /authorize` `{account_id, permission, list_id?}`: any signed-in
//! caller asks about itself; always 200 `{allowed, reason, role, list_ids}`,
//! from one read of its membership.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::access::{self, Answer};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(ask(deps, &req).await, http::ok)
}

async fn ask(deps: &Deps, req: &Request) -> Result<Answer> {
    let caller = http::caller(req, &deps.config)?;
    access::authorize(deps, &caller, &requests::question(req)?).await
}
