//! `POST /accounts/{account_id}/partner-access/requests` `{partner_account_id}`:
//! a member with `partner:tools` of a partner account asks for managed access;
//! 202. Asking again refreshes the request.

use shared::http::{self, Body, Request, Response, StatusCode, requests};
use shared::ops::{RequestView, partners};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(request(deps, &req).await, |view| {
        http::json(StatusCode::ACCEPTED, &view)
    })
}

async fn request(deps: &Deps, req: &Request) -> Result<RequestView> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    partners::request(deps, &caller, account_id, requests::partner_account(req)?).await
}
