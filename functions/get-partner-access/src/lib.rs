//! `GET /accounts/{account_id}/partner-access`: `{enabled, partner, requests}`,
//! for the owner.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::partners};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        partners::get(
            deps,
            &http::caller(&req, &deps.config)?,
            http::account_id(&req)?,
        )
        .await
    };
    http::respond(outcome.await, http::ok)
}
