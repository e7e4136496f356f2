//! `POST /accounts/{account_id}/users/{user_id}/reactivate` `{access_until?}`:
//! a deactivated user (or one whose access ended) is active again, if a seat
//! is free, with a new end of access or none.

use shared::http::{self, Body, Request, Response, requests};
use shared::{Deps, Result, ops::UserView, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(reactivate(deps, &req).await, http::user)
}

async fn reactivate(deps: &Deps, req: &Request) -> Result<UserView> {
    let caller = http::caller(req, &deps.config)?;
    let target = http::target(req)?;
    users::reactivate(deps, &caller, &target, requests::reactivation(req)?).await
}
