//! `GET /me`: the caller's accounts, with the role and permissions in each.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::accounts};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async { accounts::me(deps, &http::caller(&req, &deps.config)?).await };
    http::respond(outcome.await, http::ok)
}
